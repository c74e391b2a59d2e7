import { useState } from 'react';
import { api } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { EventPanel } from '../screens/events/event-panel.js';
import { Link } from '../router.js';
import { AsyncView } from './async-view.js';
import { QuadBadge } from './labels.js';
import { useAsync } from './use-async.js';

/** What a clicked mark stands for: a title and the ids of the events behind it. */
export interface Selection {
  readonly title: string;
  readonly eventIds: readonly number[];
}

/**
 * The events behind a mark, beside the chart: one event opens its record (review actions, sources, audit); several are
 * listed by date, each opening its record, with a link to the Events screen. The events of the mark's ids are fetched
 * when it is clicked (GET /api/analyses/evidence), not with the chart: a busy dyad has tens of thousands.
 */
export function EvidencePanel({ selection, onClose }: { readonly selection: Selection; readonly onClose: () => void }) {
  const { t, date } = useI18n();
  const [open, setOpen] = useState<number | null>(selection.eventIds.length === 1 ? selection.eventIds[0]! : null);
  const [state, reload] = useAsync(() => api.evidence(selection.eventIds), [selection.eventIds]);
  if (open !== null)
    return (
      <div data-testid="evidence">
        {selection.eventIds.length > 1 && <button type="button" className="small back" onClick={() => setOpen(null)}>← {selection.title}</button>}
        <EventPanel key={open} eventId={open} onChanged={reload} onClose={selection.eventIds.length > 1 ? () => setOpen(null) : onClose} />
      </div>
    );
  return (
    <section className="panel" data-testid="evidence">
      <header className="panel-head">
        <h3>{selection.title}</h3>
        <button type="button" className="small" onClick={onClose} aria-label={t('common.close')}>×</button>
      </header>
      <p className="muted">{t('viz.eventsBehind', { n: selection.eventIds.length })}</p>
      <AsyncView state={state}>
        {(evidence) => {
          const start = (e: (typeof evidence)[number]) => e.date.split('/')[0]!;
          const events = [...evidence].sort((a, b) => start(a).localeCompare(start(b)) || a.eventId - b.eventId);
          return (
            <ul className="evidence-list">
              {events.map((e) => (
                <li key={e.eventId}>
                  <button type="button" className="link" onClick={() => setOpen(e.eventId)} data-testid="evidence-event">
                    <span className="muted">{date(start(e))}</span> <QuadBadge quad={e.quadClass} /> {e.cameo} {e.source}→{e.target ?? '—'}
                  </button>
                  <div className="quote muted">{e.sources[0]?.quote}</div>
                </li>
              ))}
            </ul>
          );
        }}
      </AsyncView>
      <p><Link href={selection.eventIds.length === 1 ? `/events/${selection.eventIds[0]}` : '/events'}>{t('viz.openEvents')}</Link></p>
    </section>
  );
}
