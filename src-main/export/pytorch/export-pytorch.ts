import type { Services } from '../../services/services';
import { fileStem } from '../exportable-model';
import { zipFiles } from '../zip-files';
import { metricsCsv } from '../csv/metrics-csv';
import { PROJECT_SOURCES } from './project-sources';
import { pytorchConfig, PROJECT_FILES } from './pytorch-config';
import { pytorchDataCsv } from './pytorch-data-csv';
import { pytorchReadme } from './pytorch-readme';
import { gatherPytorchRun } from './pytorch-run';

/** One file of a project, by its path inside the project's folder. */
export interface ProjectFile {
  path: string;
  text: string;
}

/** A PyTorch project and what the person should know about it. */
export interface PytorchProject {
  files: ProjectFile[];
  /** what train.py does differently from the lab's run (also in the README) */
  notices: string[];
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * A finished run as a small PyTorch project that trains it again as the lab did: train.py
 * and its modules, config.json, the data as CSV with its split, the initial and trained
 * weights, the lab's metrics and a README with the commands.
 * @throws as gatherPytorchRun
 */
export function pytorchProject(
  services: Services,
  experimentId: number,
  appVersion: string,
  date = new Date(),
): PytorchProject {
  const run = gatherPytorchRun(services, experimentId);
  const files: ProjectFile[] = [
    { path: 'README.md', text: pytorchReadme(run, appVersion, date) },
    ...Object.entries(PROJECT_SOURCES).map(([path, text]) => ({ path, text })),
    { path: 'config.json', text: json(pytorchConfig(run, appVersion)) },
    { path: PROJECT_FILES.data, text: pytorchDataCsv(run.prepared) },
    // weights on one line: a large layer would otherwise take a line per number
    { path: PROJECT_FILES.initial, text: `${JSON.stringify(run.initial)}\n` },
    { path: PROJECT_FILES.trained, text: `${JSON.stringify(run.trained)}\n` },
    { path: PROJECT_FILES.labMetrics, text: metricsCsv(run.curves) },
  ];
  return { files, notices: run.notices };
}

/**
 * The project as one ZIP file holding its folder (`NAME-pytorch/…`): what the app's export
 * menu downloads, a browser being unable to save a folder.
 * @throws as pytorchProject
 */
export function pytorchProjectZip(services: Services, experimentId: number, appVersion: string) {
  const project = pytorchProject(services, experimentId, appVersion);
  const record = services.store.experiments.get(experimentId)!;
  const folder = `${fileStem(record.name)}-pytorch`;
  const encoder = new TextEncoder();
  const bytes = zipFiles(
    project.files.map((f) => ({ path: `${folder}/${f.path}`, bytes: encoder.encode(f.text) })),
  );
  return { file: { fileName: `${folder}.zip`, mime: 'application/zip', bytes }, project };
}
