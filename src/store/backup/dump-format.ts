import type { DumpValue } from './dump-value.js';

/** Names the file format; bumped if the line shapes change. */
export const DUMP_FORMAT = 'sokan-dump';
export const DUMP_VERSION = 1;

/**
 * A dump is JSON Lines: one header, one line per row of every data table,
 * then one line with the row counts (a truncated file has no footer and is refused).
 */
export type DumpLine =
  | {
      readonly type: 'header';
      readonly format: typeof DUMP_FORMAT;
      readonly version: number;
      readonly createdAt: string;
      readonly migrations: readonly string[];
      readonly tables: readonly { readonly name: string; readonly columns: readonly string[] }[];
    }
  | { readonly type: 'row'; readonly table: string; readonly values: readonly DumpValue[] }
  | { readonly type: 'sequence'; readonly table: string; readonly seq: number }
  | { readonly type: 'footer'; readonly rows: Readonly<Record<string, number>> };
