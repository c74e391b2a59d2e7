/** The relations analyses: pure functions over plain event records. */
export { actorNetwork, type ActorNetwork, type NetworkEdge, type NetworkNode } from './actor-network.js';
export { asymmetry, type AsymmetryRow } from './asymmetry.js';
export { bucketEvents, type BucketedEvents, type BucketOptions } from './bucket-events.js';
export { compareDyads, type ComparisonRow } from './compare-dyads.js';
export { crossCorrelation, type CorrelationRefusal, type CrossCorrelation, type LagCorrelation } from './cross-correlation.js';
export { inWindow, type DateWindow } from './date-window.js';
export { tally, type EventTally } from './event-tally.js';
export { grangerTest, minimumLength, MIN_DF2, type GrangerRefusal, type GrangerResult } from './granger-test.js';
export { leadLag, type GrangerOutcome, type LeadLagOptions, type LeadLagRefusal, type LeadLagReport, type SeriesMeasure, type SeriesPoint } from './lead-lag.js';
export { residualSumOfSquares } from './least-squares.js';
export { bucketOf, periodsBetween, type Bucket, type Granularity } from './period.js';
export { dyadLabel, type Dyad, type RelationEvent, type RelationSource } from './relation-event.js';
export { dyadIndex, dyadsOf, relationshipIndex, type Flow, type IndexOptions, type IndexRow } from './relationship-index.js';
export { escapeXml, toGraphML } from './to-graphml.js';
export { matchesFilters, timeline, timelinePage, type Timeline, type TimelineEntry, type TimelineFilters } from './timeline.js';
export { MAX_LAGS, parseChoice, parseCodes, parseDyad, parseDyadList, parseIndexRequest, parseLeadLagRequest, parseWindow, type IndexRequest, type LeadLagRequest, type OptionError } from './parse-relations-options.js';
export { evidenceFor, type Evidence } from './evidence.js';
export { indexDyads, indexReport, type IndexReport } from './index-report.js';
