/** A formatter turns a result into the bytes printed or written: `(result, options) => string`. */
export interface FormatOptions {
  /** Colour output (table format) — false under NO_COLOR, non-TTY stdout, or --no-color. */
  color: boolean;
  /** Terminal width for tables (columns): the terminal's, else $COLUMNS, else 80. No line is wider. */
  width: number;
  /** CSV field separator (`,` default; `;` for German spreadsheets, TAB). */
  csvDelimiter?: string;
  /** Start CSV output with a UTF-8 byte order mark (spreadsheets then read umlauts right). */
  bom?: boolean;
  /** compare table/md: list groups of a single figure too (hidden by default; html collapses them). */
  singles?: boolean;
  /** Interface language of the compare html report (`en` default, `de`). */
  lang?: 'en' | 'de';
}

export type Formatter<R> = (result: R, options: FormatOptions) => string;

/** Formats that stream: one chunk per article, written as soon as the article is done. */
export interface StreamFormatter<Item> {
  head?: () => string;
  item: (item: Item, options: FormatOptions) => string;
  tail?: () => string;
}
