import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Network } from '../../api/types.js';

export interface Positioned {
  readonly code: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** Node radius by event count (area ∝ count). Pure. */
export const radiusOf = (eventCount: number) => 8 + Math.sqrt(eventCount) * 3.2;

/**
 * A force-directed layout (d3-force, run to rest synchronously so it is the same for the same graph: nodes start on a
 * circle in code order) fitted into width × height. Pure apart from d3's computation.
 */
export function layoutNetwork(net: Network, width: number, height: number): Positioned[] {
  type N = SimulationNodeDatum & { code: string; r: number };
  const n = net.nodes.length;
  const nodes: N[] = net.nodes.map((d, i) => ({ code: d.code, r: radiusOf(d.eventCount), x: Math.cos((2 * Math.PI * i) / n) * 200, y: Math.sin((2 * Math.PI * i) / n) * 200 }));
  const links = net.edges.map((e) => ({ source: e.source, target: e.target, count: e.count }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink<N, (typeof links)[number]>(links).id((d) => d.code).distance(140).strength(0.4))
    .force('charge', forceManyBody().strength(-600))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.09))
    .force('collide', forceCollide<N>().radius((d) => d.r + 24))
    .stop();
  for (let i = 0; i < 400; i++) sim.tick();
  const xs = nodes.map((d) => d.x!);
  const ys = nodes.map((d) => d.y!);
  const pad = 70;
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.min((width - 2 * pad) / Math.max(x1 - x0, 1), (height - 2 * pad) / Math.max(y1 - y0, 1), 1.6);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return nodes.map((d) => ({ code: d.code, r: d.r, x: width / 2 + (d.x! - cx) * k, y: height / 2 + (d.y! - cy) * k }));
}

/** The path of a directed edge from circle a to circle b, bent to one side when the reverse edge exists. Pure. */
export function edgePath(a: Positioned, b: Positioned, bent: boolean): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const off = bent ? 0.25 : 0;
  // Start and end on the circles (the end leaves room for the arrowhead).
  const sx = a.x + ux * a.r;
  const sy = a.y + uy * a.r;
  const ex = b.x - ux * (b.r + 4);
  const ey = b.y - uy * (b.r + 4);
  if (!bent) return `M${sx.toFixed(1)},${sy.toFixed(1)}L${ex.toFixed(1)},${ey.toFixed(1)}`;
  const mx = (sx + ex) / 2 - uy * len * off;
  const my = (sy + ey) / 2 + ux * len * off;
  return `M${sx.toFixed(1)},${sy.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
}
