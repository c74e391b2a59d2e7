import type { ActorMention } from '../core/actor.js';
import type { OffsetMapLike } from '../core/document.js';
import type { Span } from '../core/span.js';

/** An actor mention as stored: the core mention's identity with its span in the ORIGINAL text. */
export interface StoredMention {
  readonly code: string;
  readonly entityId: string;
  readonly surface: string;
  /** Span in the original text. */
  readonly span: Span;
}

/** Maps core mentions (normalised offsets) to stored mentions (original spans). */
export function toStoredMentions(
  mentions: readonly ActorMention[],
  offsets: OffsetMapLike,
): StoredMention[] {
  return mentions.map((m) => ({
    code: m.code,
    entityId: m.entityId,
    surface: m.surface,
    span: offsets.toOriginal(m.start, m.end),
  }));
}
