/**
 * The progress report's own words in each language the interface speaks, kept in main because
 * main writes the report (the renderer only says which language). A lab's title and its tasks'
 * prompts are the lesson's prose and stay in the lesson's language; everything around them
 * (headings, table headers, verdicts, dates and numbers) follows the reader's.
 */
import { LANGUAGE_INTL } from '../contract/languages';
import type { Language } from '../contract/settings-types';

interface Words {
  title: string;
  student: string;
  date: string;
  tasksDone: string;
  /** "2 of 5" */
  of: (done: string, total: string) => string;
  lab: string;
  labNotFound: string;
  done: string;
  notDone: string;
  answer: string;
}

/** Keyed by every language of the interface, so one added there fails to compile here until
 * the report has its words. */
const WORDS: Record<Language, Words> = {
  en: {
    title: 'Neuron Lab progress report',
    student: 'Student',
    date: 'Date',
    tasksDone: 'Tasks done',
    of: (done, total) => `${done} of ${total}`,
    lab: 'Lab',
    labNotFound: 'lab not found',
    done: 'done',
    notDone: 'not done',
    answer: 'Answer',
  },
  es: {
    title: 'Informe de progreso de Neuron Lab',
    student: 'Estudiante',
    date: 'Fecha',
    tasksDone: 'Tareas hechas',
    of: (done, total) => `${done} de ${total}`,
    lab: 'Práctica',
    labNotFound: 'práctica no encontrada',
    done: 'hecha',
    notDone: 'sin hacer',
    answer: 'Respuesta',
  },
};

/** The report's words, and its counts, shares and day as the language writes them. */
export interface ReportWords extends Words {
  language: Language;
  /** 1,234 / 1234 */
  count: (n: number) => string;
  /** 66.7% / 66,7 % */
  share: (fraction: number) => string;
  /** 28 November 2026 / 28 de noviembre de 2026 (the UTC day, as the file name's date) */
  day: (ms: number) => string;
}

/** @param language one of the interface's; dates and numbers take its Intl tag (contract/languages) */
export function reportWords(language: Language): ReportWords {
  const words = WORDS[language];
  const intl = LANGUAGE_INTL[language];
  const count = new Intl.NumberFormat(intl, { maximumFractionDigits: 0 });
  const share = new Intl.NumberFormat(intl, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    ...words,
    language,
    count: (n) => count.format(n),
    share: (f) => share.format(f),
    day: (ms) => day.format(ms),
  };
}
