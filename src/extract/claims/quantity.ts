/** A number with its unit found in a sentence; offsets are local to the scanned text. */
export interface Quantity {
  /** The figure with its qualifiers (`約1万個以上`). */
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly low: number;
  /** Equal to `low` for a point value; null for "more than low". */
  readonly high: number | null;
  readonly approx: boolean;
  readonly unit: string;
  /** Id of the rule that found it, e.g. `ja.counter`, `ja.ordinal`, `ja.table`, `en.noun`. */
  readonly rule: string;
  /** The counter or noun that gave the unit (`個`, `コンテナ`, `troops`). */
  readonly cue: string;
  /** Row label of a table cell (`首脳会談`), else null. */
  readonly label: string | null;
  /** A better quote range than the figure's clause (a table row), else null. */
  readonly context: { readonly start: number; readonly end: number } | null;
}
