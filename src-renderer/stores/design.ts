/**
 * The open design: its blocks with undo/redo, the selected block, its problems, and where it
 * is saved. Outlives the Design view, so a half-made design survives a visit elsewhere. Saved
 * designs (list, save, rename, duplicate, delete) live in ./design-saved.
 */
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { compileDesign } from '../design/design-compile';
import type { DataContext } from '../design/design-data';
import { fitToData } from '../design/design-data';
import { defaultDocument } from '../design/design-defaults';
import type { Block, BlockKind, DesignDocument } from '../design/design-document';
import { insertBlock, moveBlock, removeBlock, updateBlock } from '../design/design-document';
import type { History } from '../design/design-history';
import { canRedo, canUndo, createHistory, record, redo, undo } from '../design/design-history';
import { validateDesign } from '../design/design-validate';
import { useWorkspaceStore } from './workspace';
import { i18n } from '../i18n';

/** The data context of the chosen dataset (null: none chosen). */
function dataContextOf(workspace: ReturnType<typeof useWorkspaceStore>): DataContext | null {
  const chosen = workspace.dataset;
  if (!chosen) return null;
  return {
    name: chosen.summary.name,
    task: chosen.summary.task,
    inputs: workspace.networkInputs,
    outputs: chosen.outputs,
    classes: chosen.classes.length,
  };
}

export const useDesignStore = defineStore('design', () => {
  const workspace = useWorkspaceStore();
  const data = computed(() => dataContextOf(workspace));

  const history = shallowRef<History<DesignDocument>>(createHistory(defaultDocument(data.value)));
  const selectedId = ref<string | null>(null);
  /** what fitting the design to a newly chosen dataset changed, to explain it */
  const dataChanges = ref<string[]>([]);
  /** the saved design this one is (null: not saved), and what it was when saved */
  const savedId = ref<number | null>(null);
  const savedName = ref('');
  const savedJson = ref<string | null>(null);

  const doc = computed(() => history.value.present);
  const compiled = computed(() => compileDesign(doc.value));
  const problems = computed(() => validateDesign(doc.value, data.value, compiled.value));
  const valid = computed(() => problems.value.count === 0);
  const selected = computed<Block | null>(
    () => doc.value.blocks.find((b) => b.id === selectedId.value) ?? null,
  );
  const canUndoEdit = computed(() => canUndo(history.value));
  const canRedoEdit = computed(() => canRedo(history.value));
  const compiledJson = computed(() =>
    JSON.stringify({ spec: compiled.value.spec, unit: compiled.value.unit ?? null }),
  );
  /** unsaved changes since the last save or open (always true before the first save) */
  const dirty = computed(() => savedJson.value !== compiledJson.value);

  function edit(next: DesignDocument): void {
    history.value = record(history.value, next);
    dataChanges.value = [];
  }

  /**
   * Adds a block of `kind` at `index` (default: after the selected block, or at the end) and
   * selects it. Input and output blocks take the data's sizes.
   */
  function add(kind: BlockKind, index?: number): string {
    const blocks = doc.value.blocks;
    const at = selectedIndex();
    const where = index ?? (at >= 0 ? at + 1 : blocks.length);
    const d = data.value;
    const size =
      kind === 'input'
        ? d?.inputs
        : kind === 'softmax' && d && d.task === 'classification'
          ? Math.max(2, d.outputs)
          : undefined;
    const inserted = insertBlock(doc.value, kind, where, size);
    edit(inserted.doc);
    selectedId.value = inserted.id;
    return inserted.id;
  }

  /** Removes a block; the selection goes to its neighbour. */
  function remove(id: string): void {
    const index = doc.value.blocks.findIndex((b) => b.id === id);
    if (index < 0) return;
    edit(removeBlock(doc.value, id));
    const blocks = doc.value.blocks;
    selectedId.value = blocks[Math.min(index, blocks.length - 1)]?.id ?? null;
  }

  /** Moves a block to `to` in the chain without it (drag and drop). */
  function moveTo(id: string, to: number): void {
    edit(moveBlock(doc.value, id, to));
  }

  /** Moves a block one place up (−1) or down (+1). */
  function moveBy(id: string, by: -1 | 1): void {
    const index = doc.value.blocks.findIndex((b) => b.id === id);
    if (index < 0) return;
    const to = index + by;
    if (to < 0 || to >= doc.value.blocks.length) return;
    moveTo(id, to);
  }

  /** Changes settings of a block (one undo step). */
  function update(id: string, patch: Partial<Omit<Block, 'id' | 'kind'>>): void {
    edit(updateBlock(doc.value, id, patch));
  }

  function select(id: string | null): void {
    selectedId.value = id;
  }

  function selectedIndex(): number {
    return doc.value.blocks.findIndex((b) => b.id === selectedId.value);
  }

  function keepSelection(): void {
    if (!doc.value.blocks.some((b) => b.id === selectedId.value)) {
      selectedId.value = doc.value.blocks[doc.value.blocks.length - 1]?.id ?? null;
    }
  }

  function undoEdit(): void {
    history.value = undo(history.value);
    dataChanges.value = [];
    keepSelection();
  }

  function redoEdit(): void {
    history.value = redo(history.value);
    dataChanges.value = [];
    keepSelection();
  }

  /** Replaces every block at once (clearing the canvas): one undo step. */
  function replaceBlocks(blocks: Block[]): void {
    edit({ blocks, nextId: doc.value.nextId });
    selectedId.value = blocks[0]?.id ?? null;
  }

  /**
   * Puts a whole document in place of the open one (a new default, an opened design): one
   * undo step, so that opening by mistake loses nothing.
   */
  function replace(next: DesignDocument, saved: { id: number; name: string } | null): void {
    edit(next);
    selectedId.value = null;
    savedId.value = saved?.id ?? null;
    savedName.value = saved?.name ?? '';
    savedJson.value = saved ? compiledJson.value : null;
  }

  /** A fresh design suited to the chosen data. */
  function startNew(): void {
    replace(defaultDocument(data.value), null);
  }

  /** Remembers that the current design is saved as design `id` named `name`. */
  function markSaved(id: number, name: string): void {
    savedId.value = id;
    savedName.value = name;
    savedJson.value = compiledJson.value;
  }

  /** Forgets the saved design (it was deleted); the blocks stay. */
  function forgetSaved(): void {
    savedId.value = null;
    savedName.value = '';
    savedJson.value = null;
  }

  // A newly chosen dataset resizes the input and output blocks; an untouched starting design
  // is replaced by the one suited to the data (a softmax output for many classes, say).
  watch(
    () => (data.value ? JSON.stringify(data.value) : null),
    () => {
      const d = data.value;
      if (!d) return;
      const untouched = !canUndo(history.value) && savedId.value === null;
      if (untouched) {
        history.value = createHistory(defaultDocument(d));
        const t = i18n.global.t;
        const targets =
          d.task === 'regression'
            ? t('design.data.itsTargets')
            : t('design.data.itsClasses', { n: d.classes });
        const values = { name: d.name, summary: compiled.value.summary, n: d.inputs, targets };
        dataChanges.value = [t('design.data.starting', values)];
        keepSelection();
        return;
      }
      const fitted = fitToData(doc.value, d);
      if (fitted.changes.length === 0) return;
      history.value = record(history.value, fitted.doc);
      dataChanges.value = fitted.changes;
    },
  );

  return {
    data,
    doc,
    compiled,
    problems,
    valid,
    selectedId,
    selected,
    dataChanges,
    savedId,
    savedName,
    dirty,
    canUndo: canUndoEdit,
    canRedo: canRedoEdit,
    add,
    remove,
    moveTo,
    moveBy,
    update,
    select,
    undo: undoEdit,
    redo: redoEdit,
    replace,
    replaceBlocks,
    startNew,
    markSaved,
    forgetSaved,
  };
});
