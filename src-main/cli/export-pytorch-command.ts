import { writeFolderAtomic } from '../export/write-folder';
import { pytorchProject } from '../export/pytorch/export-pytorch';
import { pendingJournal, type Services } from '../services/services';

/**
 * `neuron-lab export ID --format pytorch --out DIR [--force]`: the run as a PyTorch project
 * in the folder DIR, written whole or not at all (see writeFolderAtomic); says what it wrote,
 * what train.py does differently from the lab's run, and how to start it.
 * @throws as pytorchProject and writeFolderAtomic
 */
export async function exportPytorchCommand(
  services: Services,
  experimentId: number,
  folder: string,
  options: { force: boolean; version: string },
  out: (line: string) => void,
): Promise<number> {
  const project = pytorchProject(services, experimentId, options.version);
  await writeFolderAtomic(
    folder,
    project.files.map((f) => ({ path: f.path, bytes: f.text })),
    { force: options.force, journal: pendingJournal(services.dataDir) },
  );
  const bytes = project.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  out(
    `wrote ${folder}/ (${project.files.length} files, ${bytes.toLocaleString('en')} bytes): ${project.files.map((f) => f.path).join(', ')}`,
  );
  for (const notice of project.notices) out(`note: ${notice}`);
  out(`to train it: cd ${folder} && python3 train.py   (README.md has the other commands)`);
  return 0;
}
