import { randomUUID } from 'node:crypto';
import type { Table } from '../datasets';

/** How many previewed tables are kept: the one on screen and a couple before it. */
const KEPT = 3;

/**
 * The tables the Data view previewed lately, by id, so that changing a choice (datasets:plan)
 * or importing (datasets:import with a previewId) needs neither the file again nor a second
 * read of it. The oldest goes when a fourth comes.
 */
export class PreviewCache {
  private readonly tables = new Map<string, Table>();

  /** Keeps a table. @returns its id */
  add(table: Table): string {
    const id = randomUUID();
    this.tables.set(id, table);
    while (this.tables.size > KEPT) this.tables.delete(this.tables.keys().next().value!);
    return id;
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
