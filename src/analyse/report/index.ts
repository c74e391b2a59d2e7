/** The report of a dyad: a pure model builder, pure HTML and Markdown renderers, and the store edge. */
export { buildReport } from './build-report.js';
export { citeRuns } from './cite-runs.js';
export { escapeHtml } from './escape-html.js';
export { FootnoteRegistry, type SourceRef } from './footnote-registry.js';
export { loadReport, loadReportInput } from './load-report-input.js';
export { defaultCompare, defaultReportFileName, parseReportRequest, DEFAULT_THIRD } from './parse-report-request.js';
export { renderHtml } from './render-html.js';
export { renderMarkdown } from './render-markdown.js';
export type { ReportDyad, ReportInput, ReportInputEvent, ReportOptions } from './report-input.js';
export type { Cell, Chart, Footnote, PeriodSeries, Report, Section, Table } from './report-model.js';
export { chartSvg } from './svg-charts.js';
