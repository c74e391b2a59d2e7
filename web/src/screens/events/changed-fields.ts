const SHOWN = ['date', 'dateEnd', 'cameo', 'quadClass', 'goldstein', 'source', 'target', 'status', 'location', 'reviewState'] as const;

const text = (v: unknown) => (v === null || v === undefined ? '—' : String(v));

/** The fields an audit row changed, as before/after text. Pure. */
export function changedFields(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const b = (before !== null && typeof before === 'object' && !('kept' in before) ? before : {}) as Record<string, unknown>;
  const a = (after !== null && typeof after === 'object' ? after : {}) as Record<string, unknown>;
  return SHOWN.filter((f) => (f in a || f in b) && b[f] !== a[f]).map((f) => ({ field: f, before: text(b[f]), after: text(a[f]) }));
}
