import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { useMemo, useState } from 'react';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import { api } from '../../api/client.js';
import type { Place } from '../../api/types.js';
import { AsyncView } from '../../components/async-view.js';
import { toCsv } from '../../components/csv.js';
import { DownloadBar } from '../../components/download-bar.js';
import { EvidencePanel, type Selection } from '../../components/evidence-panel.js';
import { filterQuery, PeriodForm, type ViewFilter } from '../../components/period-form.js';
import { useAsync } from '../../components/use-async.js';
import { useI18n } from '../../i18n/i18n.js';
import { mapMarks, placeIndex, type MapMarks } from './map-data.js';
import { placeLabels } from './map-labels.js';

const W = 1100;
const H = 560;

type Extent = 'marks' | 'asia' | 'world';

/** The offline basemap: world-atlas TopoJSON (Natural Earth 1:50m), bundled and loaded on first use. */
const loadBasemap = async (): Promise<FeatureCollection<Geometry, { name?: string }>> => {
  const topo = (await import('world-atlas/countries-50m.json')).default;
  return feature(topo, topo.objects['countries']!) as unknown as FeatureCollection<Geometry, { name?: string }>;
};

/** Where events happened, on an offline map: a point per place, a route per event that names several places. */
export function MapScreen() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<ViewFilter>({ dyad: '', from: '', to: '' });
  const [extent, setExtent] = useState<Extent>('marks');
  const query = filterQuery({ dyad: filter.dyad, from: filter.from, to: filter.to });
  const [state] = useAsync(async () => {
    const [events, places, land] = await Promise.all([api.eventsWhere(query), api.places(), loadBasemap()]);
    return { marks: mapMarks(events, placeIndex(places)), land };
  }, [query]);
  const [selection, setSelection] = useState<Selection | null>(null);
  return (
    <div className={selection ? 'viz-layout' : 'viz-layout single'}>
      <div className="viz-main">
        <PeriodForm value={filter} onApply={(f) => { setFilter(f); setSelection(null); }}>
          <label>{t('map.extent')}
            <select name="extent" value={extent} onChange={(e) => setExtent(e.target.value as Extent)}>
              <option value="marks">{t('map.extent.marks')}</option>
              <option value="asia">{t('map.extent.asia')}</option>
              <option value="world">{t('map.extent.world')}</option>
            </select>
          </label>
        </PeriodForm>
        <AsyncView state={state}>
          {({ marks, land }) => (
            <>
              <p className="toolbar">
                <span data-testid="map-count">{t('map.count', { points: marks.points.length, routes: marks.routes.length, unplaced: marks.unplaced.length })}</span>
                <DownloadBar items={[
                  { label: 'CSV', text: mapCsv(marks), type: 'text/csv', file: 'map.csv' },
                  { label: 'JSON', text: JSON.stringify({ points: marks.points.map((p) => ({ ...p.place, eventIds: p.eventIds })), routes: marks.routes.map((r) => ({ eventId: r.eventId, places: r.places })) }, null, 1), type: 'application/json', file: 'map.json' },
                  ...(filter.dyad ? [{ label: t('viz.reportHtml'), href: `/api/report?${query}`, newTab: true }] : []),
                ]} />
              </p>
              <MapChart marks={marks} land={land} extent={extent} selection={selection} onSelect={setSelection} />
              {marks.unplaced.length > 0 && (
                <p className="muted small-note" data-testid="unplaced">
                  {t('map.unplaced')}: {[...new Set(marks.unplaced.map((e) => e.location))].join(' · ')}
                </p>
              )}
            </>
          )}
        </AsyncView>
      </div>
      {selection && <aside className="side"><EvidencePanel key={selection.title} selection={selection} onClose={() => setSelection(null)} /></aside>}
    </div>
  );
}

const mapCsv = (m: MapMarks) =>
  toCsv(
    ['kind', 'places', 'lat_lon', 'event_ids'],
    [
      ...m.points.map((p) => ['place', p.place.en, `${p.place.lat} ${p.place.lon}`, p.eventIds]),
      ...m.routes.map((r) => ['route', r.places.map((p) => p.en).join(' > '), r.places.map((p) => `${p.lat} ${p.lon}`).join(' > '), [r.eventId]]),
    ],
  );

function fitted(marks: MapMarks, extent: Extent, land: FeatureCollection): GeoProjection {
  const proj = geoMercator();
  if (extent === 'world') return proj.fitExtent([[10, 10], [W - 10, H - 10]], { type: 'Sphere' });
  const coords = extent === 'asia' ? [[95, 20], [150, 58]] : [...marks.points.map((p) => [p.place.lon, p.place.lat]), ...marks.routes.flatMap((r) => r.places.map((p) => [p.lon, p.lat]))];
  if (coords.length === 0) return proj.fitExtent([[10, 10], [W - 10, H - 10]], land);
  // At least 12° across, so one point does not zoom onto a street.
  const lons = coords.map((c) => c[0]!);
  const lats = coords.map((c) => c[1]!);
  const [cx, cy] = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  const box = [...coords, [cx - 6, cy - 4], [cx + 6, cy + 4]];
  return proj.fitExtent([[60, 50], [W - 60, H - 50]], { type: 'MultiPoint', coordinates: box });
}

function MapChart({ marks, land, extent, selection, onSelect }: { readonly marks: MapMarks; readonly land: FeatureCollection<Geometry, { name?: string }>; readonly extent: Extent; readonly selection: Selection | null; readonly onSelect: (s: Selection) => void }) {
  const { t, lang } = useI18n();
  const proj = useMemo(() => fitted(marks, extent, land), [marks, extent, land]);
  const path = geoPath(proj);
  const countries = useMemo(() => land.features.map((f, i) => ({ d: path(f) ?? '', name: f.properties?.name ?? '', key: `${f.id ?? i}` })), [land, proj]);
  const nameOf = (p: Place) => (lang === 'ja' ? (p.ja[0] ?? p.en) : p.en);
  const xy = (p: Place) => proj([p.lon, p.lat]) ?? [0, 0];
  const maxN = Math.max(1, ...marks.points.map((p) => p.eventIds.length));
  const labels = useMemo(() => placeLabels([
    ...marks.points.map((m) => ({ key: m.place.en, xy: xy(m.place), text: `${nameOf(m.place)} ${m.eventIds.length}`, weight: m.eventIds.length })),
    ...marks.routes.flatMap((r) => r.places.map((p, i) => ({ key: `route-${r.eventId}-${i}`, xy: xy(p), text: nameOf(p), weight: 0.5 }))),
  ]), [marks, proj, lang]);
  return (
    <div className="chart-box">
      <svg className="chart map" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('nav.map')} data-testid="map-chart">
        <defs>
          <marker id="route-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#8e24aa" /></marker>
        </defs>
        <rect className="sea" width={W} height={H} />
        <g className="land">{countries.map((c) => <path key={c.key} d={c.d}><title>{c.name}</title></path>)}</g>
        {marks.routes.map((r) => {
          const pts = r.places.map(xy);
          const title = `#${r.eventId} ${r.label}`;
          const pick = () => onSelect({ title, eventIds: [r.eventId] });
          return (
            <g key={r.eventId} className={`mark route${selection?.title === title ? ' selected' : ''}`} data-testid="map-route" tabIndex={0} role="button" aria-label={title}
              onClick={pick} onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && pick()}>
              <polyline points={pts.map((p) => p.join(',')).join(' ')} fill="none" stroke="#8e24aa" strokeWidth={2.5} strokeDasharray="6 3" markerEnd="url(#route-arrow)" />
              <polyline className="hit" points={pts.map((p) => p.join(',')).join(' ')} fill="none" stroke="transparent" strokeWidth={12} />
              {pts.map((p, i) => <circle key={i} cx={p[0]} cy={p[1]} r={3.5} fill="#fff" stroke="#8e24aa" strokeWidth={1.5} />)}
              {r.places.map((p, i) => {
                const at = labels.get(`route-${r.eventId}-${i}`);
                return at && <text key={i} className="place-label route-label" x={at[0]} y={at[1]} textAnchor={at[2]}>{nameOf(p)}</text>;
              })}
              <title>{title}</title>
            </g>
          );
        })}
        {[...marks.points].sort((a, b) => b.eventIds.length - a.eventIds.length).map((m) => {
          const [x, y] = xy(m.place);
          const title = `${nameOf(m.place)} (${m.eventIds.length})`;
          const pick = () => onSelect({ title, eventIds: m.eventIds });
          return (
            <g key={m.place.en} className={`mark place${selection?.title === title ? ' selected' : ''}`} data-testid="map-point" data-place={m.place.en} tabIndex={0} role="button" aria-label={title}
              onClick={pick} onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && pick()}>
              <circle cx={x} cy={y} r={4 + Math.sqrt(m.eventIds.length / maxN) * 14} />
              {labels.get(m.place.en) && <text className="place-label" x={labels.get(m.place.en)![0]} y={labels.get(m.place.en)![1]} textAnchor={labels.get(m.place.en)![2]}>{nameOf(m.place)} {m.eventIds.length}</text>}
              <title>{`${m.place.en} / ${m.place.ja[0] ?? ''}: ${m.eventIds.length}`}</title>
            </g>
          );
        })}
      </svg>
      <p className="legend chart-legend">
        <span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" className="legend-place" /></svg> {t('map.legendPlace')}</span>
        <span><svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="#8e24aa" strokeWidth="2.5" strokeDasharray="6 3" /></svg> {t('map.legendRoute')}</span>
        <span className="muted">{t('map.attribution')}</span>
      </p>
    </div>
  );
}

