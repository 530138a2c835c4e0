import { randomUUID } from 'node:crypto';
import type { Table } from '../datasets';

/** How many previewed tables are kept at most (several windows may preview at once) … */
const KEPT = 8;
/** … and how many of their cells, about 8 bytes each (a million rows × 40 columns). */
const KEPT_CELLS = 40_000_000;

/**
 * The tables the Data view previewed lately, by id, so that changing a choice (datasets:plan)
 * or importing (datasets:import with a previewId) needs neither the file again nor a second
 * read of it. The oldest go first when there are too many or they hold too many cells; a
 * window whose table went reads its file again.
 */
export class PreviewCache {
  private readonly tables = new Map<string, Table>();

  /** Keeps a table. @returns its id */
  add(table: Table): string {
    const id = randomUUID();
    this.tables.set(id, table);
    while (this.tables.size > 1 && (this.tables.size > KEPT || this.cells() > KEPT_CELLS)) {
      this.tables.delete(this.tables.keys().next().value!);
    }
    return id;
  }

  private cells(): number {
    let n = 0;
    for (const table of this.tables.values()) n += table.rows * table.columns.length;
    return n;
  }

  /** The table of an id, or undefined when it is unknown or was let go. */
  get(id: string): Table | undefined {
    return this.tables.get(id);
  }

  /** Lets a table go (once it is imported). */
  delete(id: string): void {
    this.tables.delete(id);
  }
}
