import { useState } from 'react';
import { api } from '../../api/client.js';
import type { Claim, ClaimGroup } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { toCsv } from '../../components/csv.js';
import { DownloadBar } from '../../components/download-bar.js';
import { seriesColor } from '../../components/colors.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { Link } from '../../router.js';
import { ClaimsChart } from './claims-chart.js';

/** `1000+` for an open value, `5000–7000` for a range. Pure. */
export const claimValue = (c: Pick<Claim, 'low' | 'high'>, num: (n: number) => string) =>
  c.high === null ? `${num(c.low)}+` : c.high === c.low ? num(c.low) : `${num(c.low)}–${num(c.high)}`;

/** Estimates of the same quantity over time: per group, a chart of the claims by the date each was made and the table of claims with their sources. */
export function ClaimsScreen() {
  const { t } = useI18n();
  const [state] = useAsync(api.claims, []);
  const [unit, setUnit] = useState('');
  return (
    <AsyncView state={state}>
      {(groups) => {
        const units = [...new Set(groups.map((g) => g.unit))].sort();
        const shown = groups.filter((g) => !unit || g.unit === unit);
        const q = unit ? `?unit=${encodeURIComponent(unit)}` : '';
        return (
          <div data-testid="claims">
            <p className="toolbar">
              <label className="inline">{t('claims.unit')}{' '}
                <select value={unit} onChange={(e) => setUnit(e.target.value)} name="unit">
                  <option value="">{t('claims.allUnits')}</option>
                  {units.map((u) => <option key={u} value={u}>{u}</option>)}
                </select>
              </label>
              <span data-testid="claims-count">{t('claims.count', { groups: shown.length, claims: shown.reduce((n, g) => n + g.series.length, 0) })}</span>
              <DownloadBar items={[
                { label: 'CSV', text: claimsCsv(shown), type: 'text/csv', file: 'claims.csv' },
                { label: 'JSON', href: `/api/analyses/claims${q}`, file: 'claims.json' },
                { label: 'SVG', href: `/api/analyses/claims/chart.svg${q}`, file: 'claims.svg' },
              ]} />
            </p>
            {shown.map((g, i) => <ClaimGroupTable key={g.key} group={g} color={seriesColor(i)} />)}
          </div>
        );
      }}
    </AsyncView>
  );
}

function ClaimGroupTable({ group, color }: { readonly group: ClaimGroup; readonly color: string }) {
  const { t, date, num } = useI18n();
  return (
    <section className="panel">
      <h3>{group.label} <span className="muted">({group.series.length})</span></h3>
      <ClaimsChart group={group} color={color} />
      <table className="grid" data-testid="claim-group">
        <thead><tr><th>{t('claims.date')}</th><th className="num">{t('claims.value')}</th><th>{t('claims.unit')}</th><th>{t('claims.claimant')}</th><th>{t('claims.period')}</th><th>{t('claims.source')}</th></tr></thead>
        <tbody>
          {group.series.map((c) => (
            <tr key={c.id}>
              <td>{c.date ? date(c.date) : '—'}</td>
              <td className="num">{claimValue(c, num)}</td>
              <td>{c.unit}</td>
              <td>{c.claimantName ?? c.claimant ?? '—'}{c.claimantName && c.claimant ? <span className="muted"> ({c.claimant})</span> : null}</td>
              <td>{c.period ?? ''}</td>
              <td><Link href={`/documents/${c.documentId}`}>{c.fileName}</Link><div className="quote muted">{c.quote}</div></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const claimsCsv = (groups: readonly ClaimGroup[]) =>
  toCsv(
    ['group', 'claim_id', 'date', 'low', 'high', 'unit', 'claimant', 'claimant_name', 'period', 'document', 'span', 'quote'],
    groups.flatMap((g) => g.series.map((c) => [g.label, c.id, c.date, c.low, c.high, c.unit, c.claimant, c.claimantName, c.period, c.fileName, `${c.span.start}-${c.span.end}`, c.quote])),
  );
