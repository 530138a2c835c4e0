// The Experiments store's edits against a stand-in lab client: names and tags are checked
// before anything is sent, and the lab's answer (the updated run, or why not) reaches the list
// or the view's alert.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answers, callsOf, leaveCalls, resetFake } from './fake-lab-client';

vi.mock('../../../src-renderer/api/use-lab', async () =>
  (await import('./fake-lab-client')).apiModule(),
);

const { useExperimentsStore, MAX_TAG } = await import('../../../src-renderer/stores/experiments');

const RUN = { id: 5, name: 'first', notes: '', tags: [] as string[], status: 'done' };

beforeEach(() => {
  setActivePinia(createPinia());
  answers['experiments:list'] = () => ({ ok: true, value: [RUN] });
});
afterEach(() => resetFake());

describe('experiments store edits', () => {
  it('refuses an empty name or an over-long tag without calling the lab', async () => {
    const store = useExperimentsStore();
    expect(await store.rename(5, '   ')).toBe(false);
    expect(store.error).toBe("A run's name cannot be empty.");
    expect(await store.addTag(5, 'x'.repeat(MAX_TAG + 1))).toBe(false);
    expect(store.error).toBe(`A tag can have at most ${MAX_TAG} characters (this one has 65).`);
    expect(callsOf('experiments:rename')).toEqual([]);
    expect(callsOf('experiments:tag')).toEqual([]);
  });

  it('sends the trimmed name, and puts the lab’s refusal in the alert', async () => {
    const store = useExperimentsStore();
    answers['experiments:rename'] = () => ({
      ok: false,
      error: { code: 'conflict', message: 'taken' },
    });
    expect(await store.rename(5, '  second ')).toBe(false);
    expect(callsOf('experiments:rename')).toEqual([{ id: 5, name: 'second' }]);
    expect(store.error).toMatch(/taken/);
  });

  it('copies the updated run into the list and says what changed', async () => {
    const store = useExperimentsStore();
    await store.refresh();
    answers['experiments:tag'] = () => ({ ok: true, value: { ...RUN, tags: ['good'] } });
    expect(await store.addTag(5, ' good')).toBe(true);
    expect(store.runs[0].tags).toEqual(['good']);
    expect(store.message).toMatch(/good/);
  });

  it('a delete still offered for undo is sent as the page goes away, by the way that arrives', async () => {
    const page = new EventTarget(); // the page's window, for its pagehide
    vi.stubGlobal('window', page);
    const store = useExperimentsStore();
    store.listen();
    await store.refresh();
    store.remove(5);
    expect(store.pending?.id).toBe(5);
    page.dispatchEvent(new Event('pagehide'));
    expect(leaveCalls).toEqual([{ name: 'experiments:delete', payload: { id: 5 } }]);
    expect(callsOf('experiments:delete')).toEqual([]);
    expect(store.pending).toBeNull();
    page.dispatchEvent(new Event('pagehide')); // nothing pending: nothing sent again
    expect(leaveCalls).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});
