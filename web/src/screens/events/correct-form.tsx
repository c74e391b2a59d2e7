import { useState, type FormEvent } from 'react';
import type { EventChanges, EventStatus, StoredEvent } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

const STATUSES: readonly EventStatus[] = ['occurred', 'planned', 'cancelled', 'alleged'];

/** Edits the correctable fields; only changed fields are sent. */
export function CorrectForm({ event, onSave, onCancel }: { readonly event: StoredEvent; readonly onSave: (c: EventChanges) => void; readonly onCancel: () => void }) {
  const { t } = useI18n();
  const [date, setDate] = useState(event.date);
  const [cameo, setCameo] = useState(event.cameo);
  const [source, setSource] = useState(event.source);
  const [target, setTarget] = useState(event.target ?? '');
  const [status, setStatus] = useState(event.status);
  const [location, setLocation] = useState(event.location ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c: { -readonly [K in keyof EventChanges]: EventChanges[K] } = {};
    if (date !== event.date) c.date = date;
    if (cameo !== event.cameo) c.cameo = cameo;
    if (source.toUpperCase() !== event.source) c.source = source.toUpperCase();
    if ((target || null) !== event.target) c.target = target ? target.toUpperCase() : null;
    if (status !== event.status) c.status = status;
    if ((location || null) !== event.location) c.location = location || null;
    onSave(c);
  };
  return (
    <form className="form" onSubmit={submit} data-testid="correct-form">
      <label>{t('field.date')}<input name="date" value={date} onChange={(e) => setDate(e.target.value)} required /></label>
      <label>{t('field.cameo')}<input name="cameo" value={cameo} onChange={(e) => setCameo(e.target.value)} required pattern="\d{2,4}" /></label>
      <label>{t('field.source')}<input name="source" value={source} onChange={(e) => setSource(e.target.value)} required /></label>
      <label>{t('field.target')}<input name="target" value={target} onChange={(e) => setTarget(e.target.value)} /></label>
      <label>{t('field.status')}
        <select name="status" value={status} onChange={(e) => setStatus(e.target.value as EventStatus)}>
          {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </label>
      <label>{t('field.location')}<input name="location" value={location} onChange={(e) => setLocation(e.target.value)} /></label>
      <div className="actions">
        <button type="submit" className="primary">{t('common.save')}</button>
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
