import { useState } from 'react';
import { api } from '../../api/client.js';
import type { IndexReport } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { toCsv } from '../../components/csv.js';
import { DownloadBar } from '../../components/download-bar.js';
import { EvidencePanel, type Selection } from '../../components/evidence-panel.js';
import { PeriodChart, SeriesLegend } from '../../components/period-chart.js';
import { filterQuery, PeriodForm, type ViewFilter } from '../../components/period-form.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { asymmetrySeries, comparisonSeries, directionSeries, periodsOf } from './index-data.js';

type By = 'month' | 'quarter' | 'year';

/** The relationship index of a dyad (Goldstein sums per direction), its asymmetry, and a comparison with other dyads. */
export function IndexScreen() {
  const { t, num } = useI18n();
  const [filter, setFilter] = useState<ViewFilter>({ dyad: 'RUS,PRK', from: '2023', to: '' });
  const [by, setBy] = useState<By>('quarter');
  const [compare, setCompare] = useState('CHN,PRK;CHN,RUS');
  const query = filterQuery({ dyad: filter.dyad, from: filter.from, to: filter.to, by, compare });
  const [state] = useAsync(() => api.index(query), [query]);
  const [selection, setSelection] = useState<Selection | null>(null);
  return (
    <div className={selection ? 'viz-layout' : 'viz-layout single'}>
      <div className="viz-main">
        <PeriodForm value={filter} dyadRequired onApply={(f) => { setFilter(f); setSelection(null); }}>
          <label>{t('index.compare')}<input name="compare" value={compare} size={18} onChange={(e) => setCompare(e.target.value.toUpperCase())} placeholder="CHN,PRK;CHN,RUS" /></label>
          <label>{t('index.by')}
            <select name="by" value={by} onChange={(e) => setBy(e.target.value as By)}>
              <option value="month">{t('index.by.month')}</option>
              <option value="quarter">{t('index.by.quarter')}</option>
              <option value="year">{t('index.by.year')}</option>
            </select>
          </label>
        </PeriodForm>
        <AsyncView state={state}>
          {(r) => {
            const periods = periodsOf(r);
            const dirs = directionSeries(r);
            const asym = asymmetrySeries(r);
            const comp = comparisonSeries(r);
            const overall = r.asymmetry.find((a) => a.bucket === 'all');
            return (
              <>
                <p className="toolbar">
                  <span>{t('index.periods', { n: periods.length })}</span>
                  <DownloadBar items={[
                    { label: 'CSV', text: indexCsv(r), type: 'text/csv', file: `index-${filter.dyad}.csv` },
                    { label: 'JSON', href: `/api/analyses/index?${query}&evidence=all`, file: 'index.json' },
                    { label: t('viz.reportHtml'), href: `/api/report?${filterQuery({ dyad: filter.dyad, from: filter.from, to: filter.to, by, compare: compare || 'none' })}`, newTab: true },
                  ]} />
                </p>
                <section className="chart-box" data-testid="index-chart">
                  <h3>{t('index.goldsteinSum')}</h3>
                  <PeriodChart periods={periods} series={dirs} kind="bars" markId="index-bar" label={t('index.goldsteinSum')} onSelect={setSelection} />
                  <SeriesLegend names={dirs.map((s) => s.name)} />
                </section>
                <section className="chart-box" data-testid="asymmetry-chart">
                  <h3>{t('index.asymmetry')}</h3>
                  <p className="muted small-note">{t('index.asymmetryNote')}{overall && overall.difference !== null ? ` ${t('index.overall')}: ${num(Math.round(overall.difference * 1000) / 1000)}` : ''}</p>
                  <PeriodChart periods={periods} series={asym} kind="bars" markId="asymmetry-bar" label={t('index.asymmetry')} onSelect={setSelection} />
                </section>
                {comp.length > 0 && (
                  <section className="chart-box" data-testid="comparison-chart">
                    <h3>{t('index.comparison')}</h3>
                    <PeriodChart periods={periods} series={comp} kind="lines" zeroFill markId="compare-point" label={t('index.comparison')} onSelect={setSelection} />
                    <SeriesLegend names={comp.map((s) => s.name)} />
                  </section>
                )}
              </>
            );
          }}
        </AsyncView>
      </div>
      {selection && <aside className="side"><EvidencePanel key={selection.title} selection={selection} onClose={() => setSelection(null)} /></aside>}
    </div>
  );
}

const indexCsv = (r: IndexReport) =>
  toCsv(
    ['dyad', 'period', 'bucket', 'direction', 'count', 'q1', 'q2', 'q3', 'q4', 'goldstein_sum', 'goldstein_mean', 'event_ids'],
    r.index.map((x) => [x.dyad, x.period, x.bucket, x.direction, x.count, x.quad1, x.quad2, x.quad3, x.quad4, x.goldsteinSum, x.goldsteinMean, x.eventIds]),
  );
