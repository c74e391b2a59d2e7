import { useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import { useCanEdit } from '../../api/session.js';
import type { EventWithAudit, StoredEvent } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { QuadBadge, ReviewBadge, StatusLabel } from '../../components/labels.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';
import { AuditList } from './audit-list.js';
import { CorrectForm } from './correct-form.js';

/** One event's record with review actions, its sources and its audit history. */
export function EventPanel({ eventId, onChanged, onClose }: { readonly eventId: number; readonly onChanged: () => void; readonly onClose: () => void }) {
  const [state, reload] = useAsync(() => api.event(eventId), [eventId]);
  return (
    <section className="panel event-panel" data-testid="event-panel">
      <AsyncView state={state}>{(d) => <EventRecord data={d} onChanged={() => { reload(); onChanged(); }} onClose={onClose} />}</AsyncView>
    </section>
  );
}

function EventRecord({ data, onChanged, onClose }: { readonly data: EventWithAudit; readonly onChanged: () => void; readonly onClose: () => void }) {
  const { t, date, num } = useI18n();
  const e = data.event;
  const [mode, setMode] = useState<'view' | 'correct' | 'merge'>('view');
  const editable = useCanEdit();
  const [message, setMessage] = useState<string | null>(null);
  const [dupId, setDupId] = useState('');
  const run = async (edit: () => Promise<StoredEvent>) => {
    setMessage(null);
    try {
      await edit();
      setMode('view');
    } catch (err) {
      setMessage(err instanceof ApiError && err.status === 409 ? t('event.stale') : err instanceof Error ? err.message : String(err));
    }
    onChanged();
  };
  const merge = () =>
    run(async () => {
      const dup = await api.event(Number(dupId));
      return api.merge(e, dup.event);
    });
  return (
    <>
      <header className="panel-head">
        <h3>{t('event.record')} #{e.id}</h3>
        <button type="button" className="small" onClick={onClose} aria-label={t('common.close')}>×</button>
      </header>
      <dl className="record">
        <dt>{t('field.date')}</dt><dd>{date(e.date)}{e.dateEnd ? ` – ${date(e.dateEnd)}` : ''}</dd>
        <dt>{t('field.source')} → {t('field.target')}</dt><dd data-testid="event-dyad">{e.source}{e.sourceName ? ` (${e.sourceName})` : ''} → {e.target ?? '—'}{e.targetName ? ` (${e.targetName})` : ''}</dd>
        <dt>{t('field.cameo')}</dt><dd data-testid="event-cameo">{e.cameo} <QuadBadge quad={e.quadClass} /> {t('field.goldstein')} {num(e.goldstein)}</dd>
        <dt>{t('field.status')}</dt><dd><StatusLabel status={e.status} /></dd>
        <dt>{t('field.location')}</dt><dd>{e.location ?? '—'}</dd>
        <dt>{t('events.col.review')}</dt><dd><ReviewBadge state={e.reviewState} /> <span className="muted">{t('event.version')} {e.version}</span></dd>
      </dl>
      {message && <p className="error" role="alert">{message}</p>}
      {mode === 'view' && editable && (
        <div className="actions" data-testid="event-actions">
          <button type="button" className="primary" onClick={() => run(() => api.confirm(e))}>{t('event.confirm')}</button>
          <button type="button" onClick={() => setMode('correct')}>{t('event.correct')}</button>
          <button type="button" className="danger" onClick={() => run(() => api.reject(e))}>{t('event.reject')}</button>
          <button type="button" onClick={() => setMode('merge')}>{t('event.merge')}</button>
        </div>
      )}
      {mode === 'correct' && <CorrectForm event={e} onSave={(changes) => run(() => api.correct(e, changes))} onCancel={() => setMode('view')} />}
      {mode === 'merge' && (
        <form className="form" onSubmit={(ev) => { ev.preventDefault(); void merge(); }}>
          <DuplicateCandidates event={e} onPick={(id) => setDupId(String(id))} />
          <label>{t('event.mergeWith')}<input value={dupId} onChange={(ev) => setDupId(ev.target.value)} inputMode="numeric" pattern="\d+" required /></label>
          <div className="actions">
            <button type="submit" className="primary">{t('event.merge')}</button>
            <button type="button" onClick={() => setMode('view')}>{t('common.cancel')}</button>
          </div>
        </form>
      )}
      <h4>{t('event.sources')}</h4>
      <ul className="sources">
        {e.sources.map((s) => (
          <li key={`${s.documentId}-${s.span.start}`}>
            <blockquote>{s.quote}</blockquote>
            <Link href={`/documents/${s.documentId}?event=${e.id}`}>{s.fileName}</Link> <span className="muted">· {s.rule}</span>
          </li>
        ))}
      </ul>
      <h4>{t('event.audit')}</h4>
      {data.audit.length === 0 ? <p className="muted">{t('event.noAudit')}</p> : <AuditList entries={data.audit} />}
    </>
  );
}

/** Events of the same day and actor pair, offered as the duplicate to merge. */
function DuplicateCandidates({ event, onPick }: { readonly event: StoredEvent; readonly onPick: (id: number) => void }) {
  const { t } = useI18n();
  const [state] = useAsync(() => api.duplicatesOf(event), [event.id, event.version]);
  if (state.status !== 'ready') return null;
  if (state.value.length === 0) return <p className="muted">{t('event.noCandidates')}</p>;
  return (
    <ul className="candidates" data-testid="merge-candidates">
      {state.value.map((c) => (
        <li key={c.id}>
          <button type="button" className="small" onClick={() => onPick(c.id)}>#{c.id}</button> {c.cameo} {c.source}→{c.target ?? '—'}{' '}
          <span className="muted">{c.sources[0]?.quote}</span>
        </li>
      ))}
    </ul>
  );
}
