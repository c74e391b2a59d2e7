import { scaleLinear, scaleLog, scaleUtc } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { ClaimGroup } from '../../api/types.js';
import { BottomAxis, LeftAxis } from '../../components/svg-axis.js';
import { timeTickLabels } from '../../components/time-ticks.js';
import { useI18n } from '../../i18n/i18n.js';
import { useRouter } from '../../router.js';
import { startOf } from '../timeline/timeline-layout.js';

const W = 1100;
const H = 150;
const LEFT = 64;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 26;

/** The dated claims of a group, the ones a chart draws. Pure. */
export const datedClaims = (g: ClaimGroup) => g.series.filter((c) => c.date !== null);

/**
 * One group's estimates over the date each was made: a step line through the low values, a dot for an exact value, a
 * bar for a range, a triangle for an open "more than". A log axis when values span more than 50×. A mark opens the
 * document that states the claim.
 */
export function ClaimsChart({ group, color }: { readonly group: ClaimGroup; readonly color: string }) {
  const { num, date, t, lang } = useI18n();
  const { navigate } = useRouter();
  const claims = datedClaims(group);
  if (claims.length === 0) return null;
  const times = claims.map((c) => +startOf(c.date!));
  const pad = Math.max((Math.max(...times) - Math.min(...times)) * 0.05, 86_400_000 * 20);
  const x = scaleUtc().domain([new Date(Math.min(...times) - pad), new Date(Math.max(...times) + pad)]).range([LEFT, W - RIGHT]);
  const values = claims.flatMap((c) => [c.low, c.high ?? c.low]);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const log = lo > 0 && hi / lo > 50;
  const y = log ? scaleLog().domain([lo / 1.5, hi * 1.5]).range([H - BOTTOM, TOP]) : scaleLinear().domain([0, hi * 1.15 || 1]).nice().range([H - BOTTOM, TOP]);
  const yTicks = (log ? y.ticks(4).filter((v) => Math.log10(v) % 1 === 0) : y.ticks(4)).map((v) => ({ y: y(v), label: num(v) }));
  const tickDates = x.ticks(6);
  const tickLabels = timeTickLabels(tickDates, lang);
  const xTicks = tickDates.map((d, i) => ({ x: x(d), label: tickLabels[i]! }));
  const pts = claims.map((c) => [x(startOf(c.date!)), y(c.low)] as [number, number]);
  return (
    <svg className="chart claims" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${t('claims.chart')}: ${group.label}`}>
      <LeftAxis ticks={yTicks} x={LEFT} y0={TOP} y1={H - BOTTOM} grid={W - LEFT - RIGHT} />
      <BottomAxis ticks={xTicks} y={H - BOTTOM} x0={LEFT} x1={W - RIGHT} />
      <path d={line().curve(curveStepAfter)(pts) ?? ''} fill="none" stroke={color} strokeWidth={1.5} opacity={0.6} />
      {claims.map((c, i) => {
        const [cx, cy] = pts[i]!;
        const open = () => navigate(`/documents/${c.documentId}`);
        return (
          <g key={c.id} className="mark" data-testid="claim-mark" tabIndex={0} role="link" aria-label={`${date(c.date)} ${num(c.low)} ${c.unit}`}
            onClick={open} onKeyDown={(k) => k.key === 'Enter' && open()}>
            {c.high !== null && c.high !== c.low && <rect x={cx - 3} width={6} y={y(c.high)} height={Math.max(y(c.low) - y(c.high), 1)} fill={color} opacity={0.35} />}
            {c.high === null ? <path d={`M${cx},${cy - 7}L${cx + 6},${cy + 4}L${cx - 6},${cy + 4}Z`} fill={color} stroke="#fff" /> : <circle cx={cx} cy={cy} r={5} fill={color} stroke="#fff" />}
            <title>{`${date(c.date)}: ${c.high === null ? `${num(c.low)}+` : c.high === c.low ? num(c.low) : `${num(c.low)}–${num(c.high)}`} ${c.unit} — ${c.claimantName ?? c.claimant ?? '?'}\n${c.fileName} [${c.span.start},${c.span.end})\n${c.quote}`}</title>
          </g>
        );
      })}
    </svg>
  );
}
