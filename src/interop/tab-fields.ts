/**
 * The fields of one tab-separated line, found without splitting it: only the
 * fields asked for are cut out (a GDELT import reads about 15 of 61 columns,
 * and `split` would make a string of every one, ~12 million for 200,000
 * rows). Holds one line at a time; `at` answers as `line.split('\t')[i] ?? ''`.
 */
export class TabFields {
  /** Where each field ends (its tab, or the end of the line); reused from line to line. */
  private readonly ends: number[] = [];
  private text = '';
  private count = 0;

  /** Takes a new line; returns its number of fields (`split('\t').length`). */
  read(text: string): number {
    this.text = text;
    let n = 0;
    for (let tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', tab + 1)) this.ends[n++] = tab;
    this.ends[n++] = text.length;
    this.count = n;
    return n;
  }

  /** Field `i` (0-based) of the current line; '' past the last one. */
  at(i: number): string {
    if (i >= this.count) return '';
    return this.text.slice(i === 0 ? 0 : this.ends[i - 1]! + 1, this.ends[i]);
  }
}
