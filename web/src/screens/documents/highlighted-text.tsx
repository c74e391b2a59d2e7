import { memo, useEffect, useRef, type MouseEvent } from 'react';
import type { Mark, Segment } from './segments.js';

export interface TextSelection {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Props {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** The event whose record is open: its text is outlined and scrolled into view. */
  readonly selectedEvent: number | null;
  readonly onEvent: (eventId: number) => void;
  readonly onClaim: (claimId: number) => void;
  readonly onSelect: (s: TextSelection | null) => void;
}

const classes = (marks: readonly Mark[]) =>
  [...new Set(marks.map((m) => (m.kind === 'event' ? `hl-event hl-q${m.quad}` : `hl-${m.kind}`)))].join(' ');

/** Offset in the original text of a DOM point inside a segment (`data-start`). */
function offsetOf(node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const seg = el?.closest<HTMLElement>('[data-start]');
  return seg ? Number(seg.dataset['start']) + (node.nodeType === Node.TEXT_NODE ? offset : 0) : null;
}

/**
 * The original text cut into segments. A segment in an event or claim is
 * clickable; footnote markers link to their note and notes back to the marker.
 * A text selection is reported in original-text offsets.
 */
export const HighlightedText = memo(function HighlightedText({ text, segments, selectedEvent, onEvent, onClaim, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector('.hl-selected')?.scrollIntoView({ block: 'center' });
  }, [selectedEvent]);
  const onMouseUp = () => {
    const sel = getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const r = sel.getRangeAt(0);
    const start = offsetOf(r.startContainer, r.startOffset);
    const end = offsetOf(r.endContainer, r.endOffset);
    if (start === null || end === null || end <= start) return;
    onSelect({ start, end, text: text.slice(start, end) });
  };
  const onClick = (e: MouseEvent<HTMLElement>, marks: readonly Mark[]) => {
    if (getSelection()?.isCollapsed === false) return;
    const ev = marks.find((m) => m.kind === 'event');
    if (ev?.kind === 'event') return onEvent(ev.eventId);
    const claim = marks.find((m) => m.kind === 'claim');
    if (claim?.kind === 'claim') return onClaim(claim.claimId);
    e.stopPropagation();
  };
  return (
    <div className="text" ref={box} onMouseUp={onMouseUp} data-testid="reader-text">
      {segments.map((s) => {
        const piece = text.slice(s.start, s.end);
        if (s.marks.length === 0) return <span key={s.start} data-start={s.start}>{piece}</span>;
        const marker = s.marks.find((m) => m.kind === 'marker');
        if (marker) {
          return (
            <a key={s.start} data-start={s.start} id={`ref-${marker.citation}`} href={`#note-${marker.citation}`} className="hl-marker">
              {piece}
            </a>
          );
        }
        const note = s.marks.find((m) => m.kind === 'note');
        const firstOfNote = note && note.span.start === s.start;
        const clickable = s.marks.some((m) => m.kind === 'event' || m.kind === 'claim');
        const ev = s.marks.find((m) => m.kind === 'event');
        return (
          <span
            key={s.start}
            data-start={s.start}
            id={firstOfNote ? `note-${note.citation}` : undefined}
            className={classes(s.marks) + (clickable ? ' clickable' : '') + (s.marks.some((m) => m.kind === 'event' && m.eventId === selectedEvent) ? ' hl-selected' : '')}
            data-event={ev?.kind === 'event' ? ev.eventId : undefined}
            title={s.marks.map((m) => (m.kind === 'actor' ? m.code : m.kind === 'event' ? `event #${m.eventId}` : m.kind)).join(' · ')}
            onClick={clickable ? (e) => onClick(e, s.marks) : undefined}
          >
            {firstOfNote && <a className="backref" href={`#ref-${note.citation}`} aria-label="↩">↩</a>}
            {piece}
          </span>
        );
      })}
    </div>
  );
});
