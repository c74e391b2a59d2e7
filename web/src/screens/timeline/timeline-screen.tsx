import { scaleUtc } from 'd3-scale';
import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { api } from '../../api/client.js';
import type { Timeline, TimelineItem } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { QUAD_COLOR } from '../../components/colors.js';
import { toCsv } from '../../components/csv.js';
import { DownloadBar } from '../../components/download-bar.js';
import { EvidencePanel, type Selection } from '../../components/evidence-panel.js';
import { filterQuery, PeriodForm, type ViewFilter } from '../../components/period-form.js';
import { BottomAxis } from '../../components/svg-axis.js';
import { timeTickLabels } from '../../components/time-ticks.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { lanesOf, stackRows, startOf } from './timeline-layout.js';

const W = 1100;
const LEFT = 120;
const RIGHT = 20;
const LANE = 44;
const R = 5;
const TOP = 12;

/** Events by date on lanes per actor pair, coloured by QuadClass; drag across the chart to zoom into a period. */
export function TimelineScreen() {
  const [filter, setFilter] = useState<ViewFilter>({ dyad: '', from: '', to: '' });
  const query = filterQuery({ dyad: filter.dyad, from: filter.from, to: filter.to });
  const [state] = useAsync(() => api.timeline(query), [query]);
  const [selection, setSelection] = useState<Selection | null>(null);
  const { t } = useI18n();
  return (
    <div className={selection ? 'viz-layout' : 'viz-layout single'}>
      <div className="viz-main">
        <PeriodForm value={filter} onApply={(f) => { setFilter(f); setSelection(null); }} />
        <AsyncView state={state}>
          {(tl) => (
            <>
              <p className="toolbar">
                <span data-testid="timeline-count">{t('timeline.count', { n: tl.total })}</span>
                <DownloadBar items={[
                  { label: 'CSV', text: timelineCsv(tl.items), type: 'text/csv', file: 'timeline.csv' },
                  { label: 'JSON', href: `/api/analyses/timeline?limit=10000&${query}`, file: 'timeline.json' },
                  ...(filter.dyad ? [{ label: t('viz.reportHtml'), href: `/api/report?${filterQuery({ dyad: filter.dyad, from: filter.from, to: filter.to })}`, newTab: true }] : []),
                ]} />
              </p>
              <TimelineChart timeline={tl} selected={selection} onSelect={setSelection} />
            </>
          )}
        </AsyncView>
      </div>
      {selection && <aside className="side"><EvidencePanel key={selection.eventIds.join()} selection={selection} onClose={() => setSelection(null)} /></aside>}
    </div>
  );
}

const timelineCsv = (items: readonly TimelineItem[]) =>
  toCsv(
    ['id', 'date', 'date_end', 'source', 'target', 'cameo', 'quad_class', 'goldstein', 'status', 'location', 'documents', 'quote'],
    items.map((e) => [e.id, e.date, e.dateEnd, e.source, e.target, e.cameo, e.quadClass, e.goldstein, e.status, e.location, e.sources.map((s) => s.fileName), e.sources[0]?.quote]),
  );

function TimelineChart({ timeline, selected, onSelect }: { readonly timeline: Timeline; readonly selected: Selection | null; readonly onSelect: (s: Selection) => void }) {
  const { t, date, lang } = useI18n();
  const items = timeline.items;
  const [zoom, setZoom] = useState<[Date, Date] | null>(null);
  const [drag, setDrag] = useState<[number, number] | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const lanes = useMemo(() => lanesOf(items), [items]);
  const H = TOP + lanes.names.length * LANE + 30;
  const x = useMemo(() => {
    const times = items.flatMap((e) => [startOf(e.date), startOf(e.dateEnd ?? e.date)]);
    const lo = zoom?.[0] ?? new Date(Math.min(...times.map(Number)));
    const hi = zoom?.[1] ?? new Date(Math.max(...times.map(Number)));
    const pad = Math.max((+hi - +lo) * 0.02, 86_400_000 * 15);
    return scaleUtc().domain([new Date(+lo - pad), new Date(+hi + pad)]).range([LEFT, W - RIGHT]);
  }, [items, zoom]);
  const marks = useMemo(() => {
    const xs = items.map((e) => x(startOf(e.date)));
    const out: { e: TimelineItem; x: number; y: number; x2: number | null }[] = [];
    for (let lane = 0; lane < lanes.names.length; lane++) {
      const idx = items.map((e, i) => (lanes.of.get(e.id) === lane ? i : -1)).filter((i) => i >= 0);
      const rows = stackRows(idx.map((i) => xs[i]!), R * 2 + 1);
      idx.forEach((i, k) => {
        const e = items[i]!;
        out.push({ e, x: xs[i]!, y: TOP + lane * LANE + LANE / 2 + rows[k]! * (R * 2 - 1), x2: e.dateEnd ? x(startOf(e.dateEnd)) : null });
      });
    }
    return out;
  }, [items, lanes, x]);
  const tickDates = x.ticks(10);
  const tickLabels = timeTickLabels(tickDates, lang);
  const ticks = tickDates.map((d, i) => ({ x: x(d), label: tickLabels[i]! }));
  const toSvgX = (ev: PointerEvent) => {
    const r = svg.current!.getBoundingClientRect();
    return ((ev.clientX - r.left) / r.width) * W;
  };
  const onUp = () => {
    if (drag && Math.abs(drag[1] - drag[0]) > 8) {
      const [a, b] = [Math.min(...drag), Math.max(...drag)].map((v) => x.invert(v));
      setZoom([a!, b!]);
    }
    setDrag(null);
  };
  const [lo, hi] = x.domain();
  const visible = marks.filter((m) => m.x >= LEFT - R && m.x <= W - RIGHT + R);
  return (
    <div className="chart-box">
      <p className="muted small-note">
        {t('timeline.zoomHint')} {zoom && <button type="button" className="small" onClick={() => setZoom(null)} data-testid="zoom-reset">{t('viz.resetZoom')}</button>}
        {' '}{date(lo!.toISOString().slice(0, 10))} – {date(hi!.toISOString().slice(0, 10))}
      </p>
      <svg ref={svg} className="chart timeline" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('nav.timeline')} data-testid="timeline-chart"
        onPointerDown={(ev) => { if ((ev.target as Element).closest('.mark')) return; setDrag([toSvgX(ev), toSvgX(ev)]); }}
        onPointerMove={(ev) => drag && setDrag([drag[0], toSvgX(ev)])}
        onPointerUp={onUp} onPointerLeave={() => setDrag(null)}>
        <defs><clipPath id="tl-clip"><rect x={LEFT - R - 1} y={0} width={W - LEFT - RIGHT + 2 * R + 2} height={H} /></clipPath></defs>
        {lanes.names.map((name, i) => (
          <g key={name || 'other'}>
            <rect className={i % 2 ? 'lane odd' : 'lane'} x={LEFT} y={TOP + i * LANE} width={W - LEFT - RIGHT} height={LANE} />
            <text className="lane-label" x={LEFT - 8} y={TOP + i * LANE + LANE / 2} dy="0.32em" textAnchor="end">{name || t('timeline.other')}</text>
          </g>
        ))}
        <BottomAxis ticks={ticks} y={TOP + lanes.names.length * LANE} x0={LEFT} x1={W - RIGHT} />
        <g clipPath="url(#tl-clip)">
          {visible.map(({ e, x: mx, y, x2 }) => {
            const isSel = selected?.eventIds.length === 1 && selected.eventIds[0] === e.id;
            const open = () => onSelect({ title: `#${e.id}`, eventIds: [e.id] });
            return (
              <g key={e.id} className={isSel ? 'mark selected' : 'mark'} data-testid="timeline-mark" data-event={e.id} tabIndex={0} role="button"
                aria-label={`${date(e.date)} ${e.source}→${e.target ?? '—'} ${e.cameo}`}
                onClick={open} onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && open()}>
                {x2 !== null && x2 > mx && <line x1={mx} x2={x2} y1={y} y2={y} stroke={QUAD_COLOR[e.quadClass]} strokeWidth={3} opacity={0.5} />}
                <circle cx={mx} cy={y} r={R} fill={e.status === 'occurred' ? QUAD_COLOR[e.quadClass] : '#fff'} stroke={QUAD_COLOR[e.quadClass]} strokeWidth={1.6} />
                <title>{`#${e.id} ${date(e.date)}${e.dateEnd ? `–${date(e.dateEnd)}` : ''} ${e.cameo} ${e.source}→${e.target ?? '—'} (${t(`status.${e.status}`)})${e.location ? ` @ ${e.location}` : ''}\n${e.sources[0]?.quote ?? ''}`}</title>
              </g>
            );
          })}
        </g>
        {drag && <rect className="brush" x={Math.min(...drag)} y={TOP} width={Math.abs(drag[1] - drag[0])} height={lanes.names.length * LANE} />}
      </svg>
      <QuadLegend />
    </div>
  );
}

/** The QuadClass colours and the status fill. */
export function QuadLegend() {
  const { t } = useI18n();
  return (
    <p className="legend chart-legend">
      {([1, 2, 3, 4] as const).map((q) => (
        <span key={q}><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" fill={QUAD_COLOR[q]} /></svg> {t(`quad.${q}`)}</span>
      ))}
      <span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="4.5" fill="#fff" stroke="#555" /></svg> {t('timeline.notOccurred')}</span>
    </p>
  );
}
