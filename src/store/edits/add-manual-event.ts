import type { EventStatus } from '../../core/event.js';
import { precisionOf } from '../../core/partial-date.js';
import { err, ok, type Result } from '../../core/result.js';
import type { Span } from '../../core/span.js';
import { dedupKey } from '../dedup-key.js';
import { OffsetTable } from '../offset-table.js';
import type { StoredEvent } from '../query-events.js';
import type { Store } from '../store.js';
import { writeAudit } from './audit-log.js';
import { invalid, notFound, type EditError } from './edit-error.js';
import { checkChanges, type CameoLookup } from './event-changes.js';
import { readEvent } from './read-event.js';

export interface ManualEventInput {
  readonly documentId: number;
  /** The selected text, as a span of the document's ORIGINAL text. */
  readonly span: Span;
  readonly date: string;
  readonly dateEnd?: string | null;
  readonly cameo: string;
  readonly source: string;
  readonly target?: string | null;
  readonly sourceName?: string | null;
  readonly targetName?: string | null;
  readonly status?: EventStatus;
  readonly location?: string | null;
}

export const MANUAL_RULE = 'manual';

/**
 * An event an analyst adds by hand from a span of a document. It is stored as
 * confirmed, with the selected text as its source (rule `manual`), and audited.
 */
export async function addManualEvent(
  store: Store,
  input: ManualEventInput,
  ctx: { readonly user: string; readonly cameo: CameoLookup; readonly now?: string },
): Promise<Result<StoredEvent, EditError>> {
  const checked = checkChanges(input, ctx.cameo);
  if (!checked.ok) return checked;
  const code = ctx.cameo(input.cameo)!;
  const now = ctx.now ?? new Date().toISOString();
  return store.db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('documents').select(['id', 'original_text', 'normalised_text', 'offsets']).where('id', '=', input.documentId).executeTakeFirst();
    if (doc === undefined) return err(notFound(`document ${input.documentId}`));
    const { start, end } = input.span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= doc.original_text.length)) {
      return err(invalid('span', `must be a non-empty range within the document's ${doc.original_text.length} characters`));
    }
    const quote = normalisedQuote(doc.normalised_text, OffsetTable.fromBytes(doc.offsets), input.span);
    const event = { date: input.date, cameo: input.cameo, source: input.source, target: input.target ?? null };
    const row = await trx
      .insertInto('events')
      .values({
        ...event,
        date_end: input.dateEnd ?? null,
        precision: precisionOf(input.date),
        quad_class: code.quadClass,
        goldstein: code.goldstein,
        source_name: input.sourceName ?? null,
        target_name: input.targetName ?? null,
        status: input.status ?? 'occurred',
        location: input.location ?? null,
        review_state: 'confirmed',
        origin: 'manual',
        created_at: now,
        updated_at: now,
        dedup_key: dedupKey(event),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('event_sources')
      .values({ event_id: row.id, document_id: doc.id, quote, span_start: start, span_end: end, rule: MANUAL_RULE, extractor_version: MANUAL_RULE })
      .execute();
    const after = (await readEvent(trx, row.id))!;
    await writeAudit(trx, { at: now, user: ctx.user, entity: 'events', entityId: row.id, action: 'create', before: null, after });
    return ok(after);
  });
}

/** The normalised text covering an original span (the offset table is non-decreasing). */
export function normalisedQuote(normalised: string, table: OffsetTable, span: Span): string {
  const first = (offset: number): number => {
    let lo = 0;
    let hi = table.normalisedLength;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (table.toOriginalOffset(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return normalised.slice(first(span.start), first(span.end));
}
