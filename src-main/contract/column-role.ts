/** What a column is for in a dataset: the one list the contract, the importer, lesson files
 * and the Data view share. */
export const COLUMN_ROLES = ['input', 'target', 'ignored'] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];
