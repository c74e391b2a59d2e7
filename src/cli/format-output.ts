/** Renders rows as an aligned text table, CSV (RFC 4180) or JSON. Pure. */
export type OutputFormat = 'table' | 'json' | 'csv' | 'jsonl';

export type Row = Readonly<Record<string, unknown>>;

export function formatRows(rows: readonly Row[], format: OutputFormat, columns?: readonly string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  switch (format) {
    case 'json':
      return JSON.stringify(rows, null, 2) + '\n';
    case 'jsonl':
      return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
    case 'csv':
      return [cols.map(csvCell).join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
    case 'table':
      return table(rows, cols);
  }
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function csvCell(v: unknown): string {
  const s = text(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Display width: East Asian wide characters take two columns in a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    w += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

function table(rows: readonly Row[], cols: readonly string[]): string {
  if (rows.length === 0) return '(none)\n';
  const cells = rows.map((r) => cols.map((c) => text(r[c]).replace(/\s+/g, ' ')));
  // Columns are capped at 60 display columns, except the last, which is never cut (quotes, snippets).
  const widths = cols.map((c, i) => {
    const natural = Math.max(displayWidth(c), ...cells.map((row) => displayWidth(row[i]!)));
    return i === cols.length - 1 ? natural : Math.min(60, natural);
  });
  const pad = (s: string, w: number): string => {
    let out = s;
    while (displayWidth(out) > w) out = out.slice(0, -2) + '…';
    return out + ' '.repeat(Math.max(0, w - displayWidth(out)));
  };
  const line = (vals: readonly string[]): string => vals.map((v, i) => pad(v, widths[i]!)).join('  ').trimEnd();
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}
