/** Rows as CSV (RFC 4180 quoting, CRLF), the columns in the given order. Pure. */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const q = (v: unknown) => {
    const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map(q).join(','), ...rows.map((r) => r.map(q).join(','))].join('\r\n') + '\r\n';
}
