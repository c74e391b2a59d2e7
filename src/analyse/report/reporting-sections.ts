/** Report sections from the reporting analyses: summits, exchange counts, claims. Pure. */
import { claimsTracker, subjectKey, type TrackedClaim } from '../reporting/claims-tracker.js';
import { exchangeCounts } from '../reporting/exchange-counts.js';
import { overlapsPeriod } from '../reporting/iso-period.js';
import { frameworkLabel } from '../reporting/report-rows.js';
import { summitTable } from '../reporting/summit-table.js';
import { num, text, type EventCiter } from './cells.js';
import type { FootnoteRegistry } from './footnote-registry.js';
import type { ReportInput, ReportOptions } from './report-input.js';
import type { Section } from './report-model.js';

export function summitSection(input: ReportInput, o: ReportOptions, cite: EventCiter): Section {
  const rows = summitTable(input.events, o.dyad, { from: o.from, to: o.to }, { levels: input.levels });
  return {
    id: 'summits',
    title: '首脳会談 Summits',
    intro: 'Leader-level meetings (CAMEO 040, 041, 044, 046; occurred): both named persons were leaders then, or a source calls it a summit (首脳会談…). The framework is a phone call, a named multilateral summit, or a visit of the dyad over the same dates.',
    charts: [],
    tables: [{
      caption: `Summits (${rows.length})`,
      columns: ['date', 'CAMEO', 'leaders', 'place', 'framework', 'basis', 'sources 出典'],
      rows: rows.map((r) => [
        text(r.dateEnd ? `${r.date}/${r.dateEnd}` : r.date), text(r.cameo), text(`${r.sourceName ?? r.source} – ${r.targetName ?? r.target ?? '?'}`),
        text(r.place), text(frameworkLabel(r.framework)), text(r.basis), text('', cite([r.eventId])),
      ]),
      empty: 'no leader-level meetings in the period',
    }],
    notes: [],
  };
}

export function exchangesSection(input: ReportInput, o: ReportOptions, cite: EventCiter): Section {
  const rows = exchangeCounts(input.events, o.dyad, { levels: input.levels, period: { from: o.from, to: o.to }, byYear: true });
  return {
    id: 'exchanges',
    title: '要人往来 Exchanges',
    intro: 'Visits (042, 043; direction visitor → host, level of the visitor) and contacts (040, 041, 044, 046; initiator → counterpart, the lower level of the named sides, leader when called a summit) per year. Occurred events only.',
    charts: [],
    tables: [{
      caption: 'Visits and contacts per year, level and direction',
      columns: ['year', 'kind', 'level', 'direction', 'events'],
      rows: rows.map((r) => [text(r.year), text(r.kind), text(r.level), text(r.direction), num(r.count, cite(r.eventIds))]),
      empty: 'no visits or contacts in the period',
    }],
    notes: [],
  };
}

/** Claims whose subject names both actors of the dyad (`containers (PRK to RUS)`), dated in the period. */
export function dyadClaims(claims: readonly TrackedClaim[], o: ReportOptions): TrackedClaim[] {
  return claims.filter((c) => {
    const actors = subjectKey(c, false).actors.split(/[>,]/);
    if (!o.dyad.every((a) => actors.includes(a))) return false;
    return c.date === null ? o.from === undefined && o.to === undefined : overlapsPeriod(c.date, null, { from: o.from, to: o.to });
  });
}

const valueText = (c: TrackedClaim): string => (c.high === null ? `${c.low}+` : c.high === c.low ? String(c.low) : `${c.low}–${c.high}`);

export function claimsSection(input: ReportInput, o: ReportOptions, registry: FootnoteRegistry): Section {
  const groups = claimsTracker(dyadClaims(input.claims, o));
  return {
    id: 'claims',
    title: '数量主張の追跡 Claims tracker',
    intro: `Every estimate of the same quantity about ${o.dyad[0]} and ${o.dyad[1]} across sources and time, grouped by unit, subject and actors; each series by claim date. An open “more than” value is written N+.`,
    charts: [{ kind: 'claims', title: 'Claims over time', groups }],
    tables: [{
      caption: `Claims (${groups.reduce((n, g) => n + g.series.length, 0)} in ${groups.length} groups)`,
      columns: ['group', 'subject', 'date', 'value', 'unit', 'claimant', 'about', 'source 出典'],
      rows: groups.flatMap((g, i) => g.series.map((c) => [
        num(i + 1), text(g.label), text(c.date), text(valueText(c)), text(c.unit), text(c.claimantName ?? c.claimant), text(c.period), text('', registry.cite([c])),
      ])),
      empty: 'no claims about the dyad in the period',
    }],
    notes: [],
  };
}
