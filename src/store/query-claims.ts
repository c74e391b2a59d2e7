import { sql } from 'kysely';
import type { StoredClaim } from '../core/stored-claim.js';
import { containsPattern } from './like-pattern.js';
import { coarserPrefixes, upperBound } from './date-range.js';
import type { Store } from './store.js';

export interface ClaimQuery {
  /** Exact unit: `container`, `shell`. */
  readonly unit?: string;
  /** Actor code of the claimant. */
  readonly claimant?: string;
  /** Text the subject contains (case-insensitive for ASCII). */
  readonly subject?: string;
  /** ISO partial dates, inclusive, on the claim's date (undated claims are left out when either is given). */
  readonly from?: string;
  readonly to?: string;
}

export type { StoredClaim } from '../core/stored-claim.js';

/** Claims matching every given filter, by claim date (undated last), document, position. */
export async function queryClaims(store: Store, q: ClaimQuery = {}): Promise<StoredClaim[]> {
  let query = store.db
    .selectFrom('claims as c')
    .innerJoin('documents as d', 'd.id', 'c.document_id')
    .select(['c.id', 'c.document_id', 'd.file_name', 'c.subject', 'c.low', 'c.high', 'c.unit', 'c.claimant', 'c.claimant_name'])
    .select(['c.date', 'c.period', 'c.quote', 'c.span_start', 'c.span_end'])
    .orderBy((eb) => eb.case().when('c.date', 'is', null).then(1).else(0).end())
    .orderBy('c.date')
    .orderBy('d.file_name')
    .orderBy('c.span_start')
    .orderBy('c.id');
  if (q.unit !== undefined) query = query.where('c.unit', '=', q.unit);
  if (q.claimant !== undefined) query = query.where('c.claimant', '=', q.claimant);
  if (q.subject !== undefined) {
    // LIKE with ESCAPE reads the same in SQLite and PostgreSQL (instr/strpos do not).
    const pattern = containsPattern(q.subject.toLowerCase());
    query = query.where(sql<boolean>`lower(${sql.ref('c.subject')}) like ${pattern} escape '\\'`);
  }
  if (q.from !== undefined) {
    const from = q.from;
    const prefixes = coarserPrefixes(from);
    query = query.where((eb) => eb.or([eb('c.date', '>=', from), ...(prefixes.length > 0 ? [eb('c.date', 'in', prefixes)] : [])]));
  }
  if (q.to !== undefined) query = query.where('c.date', '<=', upperBound(q.to));
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id, documentId: r.document_id, fileName: r.file_name, subject: r.subject, low: r.low, high: r.high, unit: r.unit,
    claimant: r.claimant, claimantName: r.claimant_name, date: r.date, period: r.period, quote: r.quote,
    span: { start: r.span_start, end: r.span_end },
  }));
}
