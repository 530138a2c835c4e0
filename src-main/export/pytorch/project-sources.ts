// The Python side of a PyTorch project, the same for every run (config.json holds the run).
import data from './project/data-py';
import distributed from './project/distributed-py';
import model from './project/model-py';
import results from './project/results-py';
import train from './project/train-py';

/** The project's Python files, by name. */
export const PROJECT_SOURCES: Readonly<Record<string, string>> = {
  'train.py': train,
  'model.py': model,
  'data.py': data,
  'distributed.py': distributed,
  'results.py': results,
};
