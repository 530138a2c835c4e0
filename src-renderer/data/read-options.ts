/** How a file is read; unset fields are detected by the importer. */
export interface ReadOptions {
  delimiter?: Delimiter;
  header?: boolean;
  decimalComma?: boolean;
  /** spreadsheets: the sheet's name */
  sheet?: string;
}

export type Delimiter = ',' | ';' | '\t';
