import { useState } from 'react';
import { api } from '../../api/client.js';
import { AsyncView } from '../../components/async-view.js';
import { EvidencePanel, type Selection } from '../../components/evidence-panel.js';
import { PeriodChart, SeriesLegend } from '../../components/period-chart.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';
import { comparisonSeries, periodsOf } from '../index/index-data.js';

/** Query of the home chart: the three main dyads, events per year since 2015. */
export const HOME_INDEX_QUERY = 'dyad=RUS,PRK&compare=CHN,PRK;CHN,RUS&by=year&from=2015';

/** Events per year of the three main dyads (RUS–PRK, CHN–PRK, CHN–RUS); a point opens the events behind it. */
export function HomeIndexChart() {
  const { t } = useI18n();
  const [state] = useAsync(() => api.index(HOME_INDEX_QUERY), []);
  const [selection, setSelection] = useState<Selection | null>(null);
  return (
    <section aria-labelledby="index-h" className="panel home-index" data-testid="home-index">
      <header className="panel-head">
        <h2 id="index-h">{t('home.indexChart')}</h2>
        <Link href="/index">{t('home.openIndex')}</Link>
      </header>
      <AsyncView state={state}>
        {(r) => {
          const series = comparisonSeries(r);
          return (
            <>
              <PeriodChart periods={periodsOf(r)} series={series} kind="lines" zeroFill markId="home-index-point" label={t('home.indexChart')} onSelect={setSelection} width={1300} />
              <SeriesLegend names={series.map((s) => s.name)} />
            </>
          );
        }}
      </AsyncView>
      {selection && <EvidencePanel key={selection.title} selection={selection} onClose={() => setSelection(null)} />}
    </section>
  );
}
