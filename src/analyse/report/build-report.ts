/**
 * The whole report of a dyad over a period, as a value: every section, and the
 * footnotes their cells cite, numbered in order of first citation (section
 * order, then row order). Same input, same numbers. Pure.
 */
import { dyadEventsCount } from './dyad-events-count.js';
import { eventCiter } from './cells.js';
import { FootnoteRegistry } from './footnote-registry.js';
import { claimsSection, dyadClaims, exchangesSection, summitSection } from './reporting-sections.js';
import { compareSection, indexSection, leadLagSection, networkSection, timelineSection } from './relations-sections.js';
import type { ReportInput, ReportOptions } from './report-input.js';
import type { Report } from './report-model.js';

export function buildReport(input: ReportInput, o: ReportOptions): Report {
  const registry = new FootnoteRegistry(input.titles);
  const cite = eventCiter(registry, input.events);
  const [a, b] = o.dyad;
  const sections = [
    indexSection(input.events, o, cite),
    compareSection(input.events, o, cite),
    leadLagSection(input.events, o, cite),
    summitSection(input, o, cite),
    exchangesSection(input, o, cite),
    timelineSection(input, o, cite),
    networkSection(input, o, cite),
    claimsSection(input, o, registry),
  ];
  const footnotes = registry.list();
  const span = `${o.from ?? '…'}–${o.to ?? '…'}`;
  return {
    title: `${a}–${b} 関係レポート Relations report, ${span}`,
    dyad: [a, b],
    dyadNames: [input.names.get(a) ?? a, input.names.get(b) ?? b],
    from: o.from ?? null,
    to: o.to ?? null,
    granularity: o.granularity,
    counts: {
      events: input.events.length,
      dyadEvents: dyadEventsCount(input.events, o),
      claims: dyadClaims(input.claims, o).length,
      documents: new Set(footnotes.map((f) => f.documentId)).size,
    },
    sections,
    footnotes,
  };
}
