import { DirectedGraph } from 'graphology';
import type { ActorCode } from '../../core/actor.js';
import { inWindow, type DateWindow } from './date-window.js';
import { tidy } from './event-tally.js';
import type { RelationEvent } from './relation-event.js';

export interface NetworkNode {
  readonly code: ActorCode;
  readonly name: string;
  /** Events with this actor as source or target (including events with no target). */
  readonly eventCount: number;
}

/** All events from `source` to `target`, folded into one directed edge. */
export interface NetworkEdge {
  readonly source: ActorCode;
  readonly target: ActorCode;
  readonly count: number;
  readonly meanGoldstein: number;
  /** The latest start date among them, as written (`2023` sorts before `2023-01`). */
  readonly lastContact: string;
  readonly eventIds: readonly number[];
}

export interface ActorNetwork {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

type NodeAttrs = { name: string; eventCount: number };
type EdgeAttrs = { count: number; goldsteinSum: number; lastContact: string; eventIds: number[] };

/**
 * The actor network (相関図): actors as nodes, and for each ordered pair one
 * edge weighted by the events between them. `names` maps codes to display
 * names (the code itself otherwise). Nodes by code, edges by source then target.
 */
export function actorNetwork(events: readonly RelationEvent[], window: DateWindow = {}, names: ReadonlyMap<ActorCode, string> = new Map()): ActorNetwork {
  const g = new DirectedGraph<NodeAttrs, EdgeAttrs>();
  const touch = (code: ActorCode): void => {
    g.mergeNode(code, { name: names.get(code) ?? code });
    g.updateNodeAttribute(code, 'eventCount', (n) => (n ?? 0) + 1);
  };
  const ordered = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  for (const e of ordered) {
    if (!inWindow(e, window)) continue;
    touch(e.source);
    if (e.target === null) continue;
    if (e.target !== e.source) touch(e.target);
    const key = `${e.source}→${e.target}`;
    if (!g.hasEdge(key)) g.addEdgeWithKey(key, e.source, e.target, { count: 0, goldsteinSum: 0, lastContact: e.date, eventIds: [] });
    g.updateEdgeAttributes(key, (a) => ({
      count: a.count + 1,
      goldsteinSum: a.goldsteinSum + e.goldstein,
      lastContact: e.date > a.lastContact ? e.date : a.lastContact,
      eventIds: [...a.eventIds, e.id],
    }));
  }
  const nodes = g.mapNodes((code, a) => ({ code, name: a.name, eventCount: a.eventCount })).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const edges = g
    .mapEdges((_k, a, source, target) => ({ source, target, count: a.count, meanGoldstein: tidy(a.goldsteinSum / a.count), lastContact: a.lastContact, eventIds: a.eventIds }))
    .sort((a, b) => (a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1));
  return { nodes, edges };
}
