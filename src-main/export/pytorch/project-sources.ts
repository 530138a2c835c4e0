// The Python side of a PyTorch project, kept as real .py files beside this one (readable,
// checked by python -m py_compile in the tests) and bundled as text at build time.
import data from './project/data.py?raw';
import distributed from './project/distributed.py?raw';
import model from './project/model.py?raw';
import results from './project/results.py?raw';
import train from './project/train.py?raw';

/** The project's Python files, by name, the same for every run. */
export const PROJECT_SOURCES: Readonly<Record<string, string>> = {
  'train.py': train,
  'model.py': model,
  'data.py': data,
  'distributed.py': distributed,
  'results.py': results,
};
