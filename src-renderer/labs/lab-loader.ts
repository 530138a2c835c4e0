import { LabFileError, parseLab, type Lab } from './lab-schema';

/** The labs that validated, in the lecture's order, and a message per file that did not. */
export interface LoadedLabs {
  labs: Lab[];
  problems: string[];
}

/**
 * Validates lab files given by path (as import.meta.glob returns them) and orders the good
 * ones by `order`. A bad file is reported, never fatal: the other labs still open.
 * @param files path → parsed JSON (a module's `default` export is unwrapped)
 */
export function loadLabs(files: Record<string, unknown>): LoadedLabs {
  const labs: Lab[] = [];
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const [path, raw] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop() ?? path;
    const data =
      typeof raw === 'object' && raw !== null && 'default' in raw
        ? (raw as { default: unknown }).default
        : raw;
    try {
      const lab = parseLab(data, file);
      const twin = ids.get(lab.id);
      if (twin) {
        problems.push(`${file}: id: '${lab.id}' is already used by ${twin}`);
        continue;
      }
      ids.set(lab.id, file);
      labs.push(lab);
    } catch (error) {
      problems.push(error instanceof LabFileError ? error.message : `${file}: ${String(error)}`);
    }
  }
  labs.sort((a, b) => a.order - b.order);
  return { labs, problems };
}
