import { useState, type FormEvent } from 'react';
import { api } from '../../api/client.js';
import type { Annotations, EventStatus, StoredDocument } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import type { TextSelection } from './highlighted-text.js';

const STATUSES: readonly EventStatus[] = ['occurred', 'planned', 'cancelled', 'alleged'];

/** Adds an event by hand from a selected span; actors and date are guessed from what the span contains. */
export function AddEventForm({ doc, annotations, selection, onAdded, onCancel }: {
  readonly doc: StoredDocument;
  readonly annotations: Annotations;
  readonly selection: TextSelection;
  readonly onAdded: (eventId: number) => void;
  readonly onCancel: () => void;
}) {
  const { t } = useI18n();
  const inside = annotations.mentions.filter((m) => m.span.start >= selection.start && m.span.end <= selection.end).map((m) => m.code);
  const actors = [...new Set(inside)];
  const [date, setDate] = useState(doc.publishedDate ?? '');
  const [cameo, setCameo] = useState('');
  const [source, setSource] = useState(actors[0] ?? '');
  const [target, setTarget] = useState(actors[1] ?? '');
  const [status, setStatus] = useState<EventStatus>('occurred');
  const [location, setLocation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const created = await api.addEvent({
        documentId: doc.id,
        span: { start: selection.start, end: selection.end },
        date,
        cameo,
        source: source.toUpperCase(),
        target: target ? target.toUpperCase() : null,
        status,
        location: location || null,
      });
      onAdded(created.id);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form className="panel form" onSubmit={submit} data-testid="add-event">
      <h3>{t('reader.addEvent')}</h3>
      <blockquote>{selection.text}</blockquote>
      <label>{t('field.date')}<input value={date} onChange={(e) => setDate(e.target.value)} placeholder="2024-06-19" required /></label>
      <label>{t('field.cameo')}<input value={cameo} onChange={(e) => setCameo(e.target.value)} placeholder="042" required pattern="\d{2,4}" /></label>
      <label>{t('field.source')}<input value={source} onChange={(e) => setSource(e.target.value)} placeholder="RUS" required /></label>
      <label>{t('field.target')}<input value={target} onChange={(e) => setTarget(e.target.value)} placeholder="PRK" /></label>
      <label>{t('field.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as EventStatus)}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </label>
      <label>{t('field.location')}<input value={location} onChange={(e) => setLocation(e.target.value)} /></label>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="actions">
        <button type="submit" className="primary">{t('common.save')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
