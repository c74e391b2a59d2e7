import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client.js';
import type { StoredEvent } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { useRouter } from '../../router.js';
import { EventFilters } from './event-filters.js';
import { EMPTY_FILTER, eventsCsv, matchesFilter, type EventFilter } from './event-filter.js';
import { EventPanel } from './event-panel.js';
import { EventsTable } from './events-table.js';

/** Every event in a filterable, virtually scrolled table, with the selected event's record beside it. */
export function EventsScreen({ eventId }: { readonly eventId: number | null }) {
  const [state, reload] = useAsync(api.events, []);
  return <AsyncView state={state}>{(events) => <Events events={events} eventId={eventId} onChanged={reload} />}</AsyncView>;
}

function Events({ events, eventId, onChanged }: { readonly events: readonly StoredEvent[]; readonly eventId: number | null; readonly onChanged: () => void }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const [filter, setFilter] = useState<EventFilter>(EMPTY_FILTER);
  const shown = useMemo(() => events.filter((e) => matchesFilter(e, filter)), [events, filter]);
  const csvHref = useMemo(() => URL.createObjectURL(new Blob([eventsCsv(shown)], { type: 'text/csv' })), [shown]);
  useEffect(() => () => URL.revokeObjectURL(csvHref), [csvHref]);
  return (
    <div className="events-layout">
      <div className="events-main">
        <EventFilters filter={filter} onChange={setFilter} />
        <p className="toolbar">
          <span data-testid="event-count">{t('events.count', { n: shown.length })}</span>
          <span className="exports">
            <span className="muted">{t('common.export')}:</span>
            <a className="button small" href={csvHref} download="events.csv">CSV</a>
            <a className="button small" href="/api/export/events" download="events.json">JSON</a>
          </span>
        </p>
        <EventsTable events={shown} selected={eventId} onSelect={(id) => navigate(`/events/${id}`)} />
      </div>
      {eventId !== null && (
        <aside className="side">
          <EventPanel key={eventId} eventId={eventId} onChanged={onChanged} onClose={() => navigate('/events')} />
        </aside>
      )}
    </div>
  );
}
