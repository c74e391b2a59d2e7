/** Analyst edits of the store: reviews, merges and hand-made events, each audited. */
export { addManualEvent, MANUAL_RULE, normalisedQuote, type ManualEventInput } from './add-manual-event.js';
export { listAudit, writeAudit, type AuditAction, type AuditEntry, type AuditQuery } from './audit-log.js';
export { documentAnnotations, type DocumentAnnotations } from './document-annotations.js';
export type { EditError } from './edit-error.js';
export { checkChanges, type CameoLookup, type EventChanges } from './event-changes.js';
export { findFootnoteMarkers, type FootnoteMarker } from './find-footnote-markers.js';
export { mergeEvents, type MergeInput } from './merge-events.js';
export { readEvent } from './read-event.js';
export { reviewEvent, type EditContext, type ReviewEdit } from './review-event.js';
export { setSourcePath } from './set-source-path.js';
