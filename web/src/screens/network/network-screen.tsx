import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { api } from '../../api/client.js';
import type { Network } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { goldsteinColor } from '../../components/colors.js';
import { toCsv } from '../../components/csv.js';
import { DownloadBar } from '../../components/download-bar.js';
import { EvidencePanel, type Selection } from '../../components/evidence-panel.js';
import { filterQuery, PeriodForm, type ViewFilter } from '../../components/period-form.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { edgePath, layoutNetwork, type Positioned } from './network-layout.js';

const W = 1100;
const H = 540;

/** The actor network (相関図): drag nodes, click a node or an edge for the events behind it. */
export function NetworkScreen() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<ViewFilter>({ dyad: '', from: '', to: '' });
  const query = filterQuery({ from: filter.from, to: filter.to });
  const [state] = useAsync(() => api.network(query), [query]);
  const [selection, setSelection] = useState<Selection | null>(null);
  return (
    <div className={selection ? 'viz-layout' : 'viz-layout single'}>
      <div className="viz-main">
        <PeriodForm value={filter} withDyad={false} onApply={(f) => { setFilter(f); setSelection(null); }} />
        <AsyncView state={state}>
          {(net) => (
            <>
              <p className="toolbar">
                <span data-testid="network-count">{t('network.count', { nodes: net.nodes.length, edges: net.edges.length })}</span>
                <DownloadBar items={[
                  { label: 'CSV', text: toCsv(['source', 'target', 'count', 'mean_goldstein', 'last_contact', 'event_ids'], net.edges.map((e) => [e.source, e.target, e.count, e.meanGoldstein, e.lastContact, e.eventIds])), type: 'text/csv', file: 'network-edges.csv' },
                  { label: 'JSON', href: `/api/analyses/network?${query}`, file: 'network.json' },
                  { label: 'GraphML', href: `/api/analyses/network?${filterQuery({ from: filter.from, to: filter.to, format: 'graphml' })}`, file: 'network.graphml' },
                ]} />
              </p>
              <NetworkChart key={query} net={net} selection={selection} onSelect={setSelection} />
            </>
          )}
        </AsyncView>
      </div>
      {selection && <aside className="side"><EvidencePanel key={selection.title} selection={selection} onClose={() => setSelection(null)} /></aside>}
    </div>
  );
}

function NetworkChart({ net, selection, onSelect }: { readonly net: Network; readonly selection: Selection | null; readonly onSelect: (s: Selection) => void }) {
  const { t, num, date } = useI18n();
  const initial = useMemo(() => layoutNetwork(net, W, H), [net]);
  const [pos, setPos] = useState<readonly Positioned[]>(initial);
  const [focus, setFocus] = useState<string | null>(null);
  const drag = useRef<{ code: string; moved: boolean } | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const at = new Map(pos.map((p) => [p.code, p]));
  const pairs = new Set(net.edges.map((e) => `${e.source}>${e.target}`));
  const maxCount = Math.max(1, ...net.edges.map((e) => e.count));
  const toSvg = (ev: PointerEvent) => {
    const r = svg.current!.getBoundingClientRect();
    return [((ev.clientX - r.left) / r.width) * W, ((ev.clientY - r.top) / r.height) * H] as const;
  };
  const onMove = (ev: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const [x, y] = toSvg(ev);
    d.moved = true;
    setPos((ps) => ps.map((p) => (p.code === d.code ? { ...p, x: Math.max(p.r, Math.min(W - p.r, x)), y: Math.max(p.r, Math.min(H - p.r, y)) } : p)));
  };
  const selectNode = (code: string) => {
    const name = net.nodes.find((n) => n.code === code)?.name ?? code;
    const ids = [...new Set(net.edges.filter((e) => e.source === code || e.target === code).flatMap((e) => e.eventIds))];
    setFocus(code);
    onSelect({ title: `${code} (${name})`, eventIds: ids });
  };
  const touches = (s: string, tg: string) => focus === null || s === focus || tg === focus;
  return (
    <div className="chart-box">
      <p className="muted small-note">{t('network.hint')}</p>
      <svg ref={svg} className="chart network" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('nav.network')} data-testid="network-chart"
        onPointerMove={onMove} onPointerUp={() => (drag.current = null)} onPointerLeave={() => (drag.current = null)}
        onClick={(ev) => { if (ev.target === svg.current) setFocus(null); }}>
        <defs>
          {['pos', 'neg'].map((k) => (
            <marker key={k} id={`arrow-${k}`} viewBox="0 0 10 10" refX="8" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse">
              <path d="M0,0L10,5L0,10z" fill={goldsteinColor(k === 'pos' ? 1 : -1)} />
            </marker>
          ))}
        </defs>
        <g>
          {net.edges.map((e) => {
            const a = at.get(e.source);
            const b = at.get(e.target);
            if (!a || !b) return null;
            const pick = () => onSelect({ title: `${e.source} → ${e.target}`, eventIds: e.eventIds });
            const isSel = selection?.title === `${e.source} → ${e.target}`;
            return (
              <g key={`${e.source}>${e.target}`} className={`mark edge${touches(e.source, e.target) ? '' : ' faded'}${isSel ? ' selected' : ''}`} data-testid="network-edge" tabIndex={0} role="button"
                aria-label={`${e.source} → ${e.target}: ${e.count}`} onClick={pick} onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && pick()}>
                <path d={edgePath(a, b, pairs.has(`${e.target}>${e.source}`))} fill="none" stroke={goldsteinColor(e.meanGoldstein)} strokeWidth={1.2 + (e.count / maxCount) * 7} markerEnd={`url(#arrow-${e.meanGoldstein >= 0 ? 'pos' : 'neg'})`} opacity={0.75} />
                <path className="hit" d={edgePath(a, b, pairs.has(`${e.target}>${e.source}`))} fill="none" stroke="transparent" strokeWidth={12} />
                <title>{`${e.source} → ${e.target}\n${t('network.events')}: ${e.count}\n${t('network.meanGoldstein')}: ${num(Math.round(e.meanGoldstein * 100) / 100)}\n${t('network.lastContact')}: ${date(e.lastContact)}`}</title>
              </g>
            );
          })}
        </g>
        <g>
          {net.nodes.map((n) => {
            const p = at.get(n.code)!;
            return (
              <g key={n.code} className={`mark node${touches(n.code, n.code) || net.edges.some((e) => (e.source === focus && e.target === n.code) || (e.target === focus && e.source === n.code)) ? '' : ' faded'}${focus === n.code ? ' selected' : ''}`}
                data-testid="network-node" data-code={n.code} transform={`translate(${p.x},${p.y})`} tabIndex={0} role="button" aria-label={`${n.code} ${n.name}: ${n.eventCount}`}
                onPointerDown={(ev) => { (ev.currentTarget as Element).setPointerCapture?.(ev.pointerId); drag.current = { code: n.code, moved: false }; }}
                onPointerMove={onMove}
                onPointerUp={() => { const d = drag.current; drag.current = null; if (d && !d.moved) selectNode(n.code); }}
                onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && selectNode(n.code)}>
                <circle r={p.r} />
                <text dy="0.35em" textAnchor="middle" className="node-code">{n.code}</text>
                <text y={p.r + 13} textAnchor="middle" className="node-name">{n.name !== n.code ? n.name : ''}</text>
                <title>{`${n.code} ${n.name}\n${t('network.events')}: ${n.eventCount}`}</title>
              </g>
            );
          })}
        </g>
      </svg>
      <p className="legend chart-legend">
        <span><svg width="24" height="8" aria-hidden="true"><line x1="0" x2="24" y1="4" y2="4" stroke={goldsteinColor(1)} strokeWidth="3" /></svg> {t('network.coop')}</span>
        <span><svg width="24" height="8" aria-hidden="true"><line x1="0" x2="24" y1="4" y2="4" stroke={goldsteinColor(-1)} strokeWidth="3" /></svg> {t('network.conflict')}</span>
        <span className="muted">{t('network.legendSize')}</span>
      </p>
    </div>
  );
}
