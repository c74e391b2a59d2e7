import { inWindow } from '../relations/index.js';
import type { ReportInputEvent, ReportOptions } from './report-input.js';

/** Events between the dyad's two actors, either way, in the period. */
export function dyadEventsCount(events: readonly ReportInputEvent[], o: ReportOptions): number {
  const [a, b] = o.dyad;
  return events.filter((e) => ((e.source === a && e.target === b) || (e.source === b && e.target === a)) && inWindow(e, o)).length;
}
