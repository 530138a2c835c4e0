// A child process that writes a file with writeFileAtomic and dies (SIGKILL, no clean-up of
// any kind) at the moment named by its argument: 'before-rename' once the new bytes are
// written and synced under the temporary name, 'mid-write' while a large write is under way;
// with a third argument, the journal of unfinished writes it notes its temporary file in.
import { writeFileAtomic } from '../../../src-main/export/atomic-write';

const [target, when, journal] = process.argv.slice(2);
const big = new Uint8Array(64 * 1024 * 1024).fill(0x4e);
if (when === 'mid-write') setTimeout(() => process.kill(process.pid, 'SIGKILL'), 5);
await writeFileAtomic(target, big, {
  force: true,
  journal,
  beforeRename: () => {
    if (when === 'before-rename') process.kill(process.pid, 'SIGKILL');
  },
});
