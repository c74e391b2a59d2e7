import { useMemo, useState } from 'react';
import { api } from '../../api/client.js';
import { useCanEdit } from '../../api/session.js';
import type { Annotations, StoredDocument } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { useRouter } from '../../router.js';
import { EventPanel } from '../events/event-panel.js';
import { AddEventForm } from './add-event-form.js';
import { HighlightedText, type TextSelection } from './highlighted-text.js';
import { marksOf, segmentText } from './segments.js';

const load = async (id: number) => {
  const [doc, annotations] = await Promise.all([api.document(id), api.annotations(id)]);
  return { doc, annotations };
};

/** One document's original text with its actors, events, claims and notes highlighted. */
export function ReaderScreen({ documentId, eventId }: { readonly documentId: number; readonly eventId: number | null }) {
  const [state, reload] = useAsync(() => load(documentId), [documentId]);
  return <AsyncView state={state}>{(d) => <Reader {...d} eventId={eventId} onChanged={reload} />}</AsyncView>;
}

function Reader({ doc, annotations, eventId, onChanged }: { readonly doc: StoredDocument; readonly annotations: Annotations; readonly eventId: number | null; readonly onChanged: () => void }) {
  const { t, date } = useI18n();
  const { navigate } = useRouter();
  const [claimId, setClaimId] = useState<number | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const editable = useCanEdit();
  const segments = useMemo(() => segmentText(doc.originalText.length, marksOf(annotations)), [doc, annotations]);
  const claim = annotations.claims.find((c) => c.id === claimId) ?? null;
  const openEvent = (id: number) => {
    setClaimId(null);
    navigate(`/documents/${doc.id}?event=${id}`);
  };
  return (
    <div className="reader-layout">
      <article className="reader" lang={doc.language}>
        <header>
          <h2>{doc.title ?? doc.fileName}</h2>
          <p className="muted">
            {doc.fileName} · {doc.format} · {doc.encoding} · {date(doc.publishedDate)} {doc.publisher ? `· ${doc.publisher}` : ''}
          </p>
          <p className="legend" aria-label={t('reader.legend')}>
            <span className="hl-actor legend-item">{t('reader.actor')}</span> <span className="hl-event legend-item">{t('reader.event')}</span>{' '}
            <span className="hl-claim legend-item">{t('reader.claim')}</span> <span className="hl-note legend-item">{t('reader.note')}</span>
          </p>
        </header>
        <HighlightedText text={doc.originalText} segments={segments} selectedEvent={eventId} onEvent={openEvent} onClaim={setClaimId} onSelect={setSelection} />
      </article>
      <aside className="side">
        {eventId !== null && <EventPanel key={eventId} eventId={eventId} onChanged={onChanged} onClose={() => navigate(`/documents/${doc.id}`)} />}
        {claim && (
          <section className="panel" data-testid="claim-record">
            <h3>{t('reader.claimRecord')} #{claim.id}</h3>
            <dl>
              <dt>subject</dt><dd>{claim.subject}</dd>
              <dt>value</dt><dd>{claim.low}{claim.high !== claim.low ? `–${claim.high ?? '+'}` : ''} {claim.unit}</dd>
              <dt>claimant</dt><dd>{claim.claimant ?? '—'}</dd>
              <dt>{t('field.date')}</dt><dd>{date(claim.date)}</dd>
            </dl>
            <blockquote>{claim.quote}</blockquote>
          </section>
        )}
        {selection && editable ? (
          <AddEventForm key={`${selection.start}-${selection.end}`} doc={doc} annotations={annotations} selection={selection} onAdded={(id) => { setSelection(null); onChanged(); openEvent(id); }} onCancel={() => setSelection(null)} />
        ) : (
          eventId === null && claim === null && <p className="muted">{t('reader.selectHint')}</p>
        )}
      </aside>
    </div>
  );
}
