/**
 * What the desktop app's menus and opened files ask of the page (the `app:command` event, sent
 * only by the Electron host): show a view or the shortcuts, undo/redo in the open editor, open
 * a lesson in Labs' import, a data file in Data's import, or go to the export choices.
 * A lesson waits in `openedLesson` until the Labs view's import takes it.
 */
import { onBeforeUnmount, onMounted, shallowRef, type Ref } from 'vue';
import type { AppCommand, AppView, OpenedFile } from '../../src-main/contract/app-command';
import { isTextField } from '../design/design-keys';
import { useAppStore } from '../stores/app';
import { useDataImportStore } from '../stores/data-import';
import { useDesignStore } from '../stores/design';
import { useLab } from './use-lab';

/** A lesson file the desktop app was asked to open, until the lesson import takes it. */
export const openedLesson = shallowRef<OpenedFile | null>(null);

/** Moves focus to the current view's export choices, or shows the view that has them. */
function focusExport(app: ReturnType<typeof useAppStore>): void {
  const button = document.querySelector<HTMLElement>('.export-menu button');
  if (button && button.offsetParent !== null) button.focus();
  else app.go('experiments');
}

/** What a command may do to the page (the stores' and the document's parts used). */
export interface AppCommandTargets {
  view: () => string;
  go: (view: AppView) => void;
  showShortcuts: () => void;
  /** whether a text field has the focus (its own undo has then already applied) */
  typing: () => boolean;
  undo: () => void;
  redo: () => void;
  openLesson: (file: OpenedFile) => void;
  importData: (file: File) => void;
  focusExport: () => void;
}

/** The page's answer to each command. */
export function appCommandHandler(to: AppCommandTargets): (command: AppCommand) => void {
  return (command) => {
    switch (command.command) {
      case 'show-view':
        return to.go(command.view);
      case 'show-shortcuts':
        return to.showShortcuts();
      case 'undo':
      case 'redo':
        // main has already asked the page's editing (a text field's own undo); the design is
        // the editor with a history of its own
        if (to.typing() || to.view() !== 'design') return;
        return command.command === 'undo' ? to.undo() : to.redo();
      case 'open-lesson':
        to.openLesson({ fileName: command.fileName, bytes: command.bytes });
        return to.go('labs');
      case 'import-data':
        to.go('data');
        return to.importData(new File([command.bytes.slice()], command.fileName));
      case 'export':
        return to.focusExport();
    }
  };
}

/** Subscribes for the component's life. @param helpOpen the shortcuts' help (App's) */
export function useAppCommands(helpOpen: Ref<boolean>): void {
  const app = useAppStore();
  const design = useDesignStore();
  const imports = useDataImportStore();
  const onCommand = appCommandHandler({
    view: () => app.view,
    go: (view) => app.go(view),
    showShortcuts: () => (helpOpen.value = true),
    typing: () => isTextField(document.activeElement),
    undo: () => design.undo(),
    redo: () => design.redo(),
    openLesson: (file) => (openedLesson.value = file),
    importData: (file) => void imports.openFile(file),
    focusExport: () => focusExport(app),
  });

  let stop: (() => void) | undefined;
  onMounted(() => (stop = useLab().on('app:command', onCommand)));
  onBeforeUnmount(() => stop?.());
}
