import { api } from '../../api/client.js';
import type { AuditEntry, DocumentSummary, StoreCounts } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { ExportButtons } from '../../components/export-buttons.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages-ja.js';
import { Link } from '../../router.js';
import { AuditList } from '../events/audit-list.js';
import { HomeIndexChart } from './home-index-chart.js';

interface HomeData {
  readonly counts: StoreCounts;
  readonly documents: readonly DocumentSummary[];
  readonly edits: readonly AuditEntry[];
}

const load = async (): Promise<HomeData> => {
  const [counts, documents, edits] = await Promise.all([api.stats(), api.documents(), api.audit(10)]);
  const latest = [...documents].sort((a, b) => b.ingestedAt.localeCompare(a.ingestedAt) || b.id - a.id).slice(0, 8);
  return { counts, documents: latest, edits };
};

const COUNTS: readonly [keyof StoreCounts, MessageKey, string][] = [
  ['documents', 'home.documents', '/documents'],
  ['events', 'home.events', '/events'],
  ['sources', 'home.sources', '/events'],
  ['claims', 'home.claims', '/claims'],
  ['actors', 'home.actors', '/network'],
];

/** Counts, the latest documents, the latest analyst edits and the relationship index of the three main dyads. */
export function HomeScreen() {
  const { t, num, date, time } = useI18n();
  const [state] = useAsync(load, []);
  return (
    <AsyncView state={state}>
      {(d) => (
        <div className="home">
          <section aria-labelledby="counts-h">
            <h2 id="counts-h">{t('home.counts')}</h2>
            <ul className="counts" data-testid="counts">
              {COUNTS.map(([key, label, href]) => (
                <li key={key}>
                  <Link href={href}>
                    <strong>{num(d.counts[key])}</strong>
                    <span>{t(label)}</span>
                  </Link>
                </li>
              ))}
            </ul>
            <ExportButtons links={[{ label: 'JSON (events)', href: '/api/export/events' }, { label: 'JSON (claims)', href: '/api/export/claims' }, { label: 'HTML (report)', href: '/api/report' }]} />
          </section>
          <HomeIndexChart />
          <div className="columns">
            <section aria-labelledby="latest-h">
              <h2 id="latest-h">{t('home.latest')}</h2>
              <ul className="plain-list">
                {d.documents.map((doc) => (
                  <li key={doc.id}>
                    <Link href={`/documents/${doc.id}`}>{doc.title ?? doc.fileName}</Link>
                    <span className="muted" title={time(doc.ingestedAt)}> · {date(doc.publishedDate)} · {doc.eventCount} {t('home.events')}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-labelledby="edits-h">
              <h2 id="edits-h">{t('home.recentEdits')}</h2>
              {d.edits.length === 0 ? <p className="muted">{t('home.noEdits')}</p> : <AuditList entries={d.edits} linkEvents />}
            </section>
          </div>
        </div>
      )}
    </AsyncView>
  );
}
