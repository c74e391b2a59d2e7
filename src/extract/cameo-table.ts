import { readFileSync } from 'node:fs';
import type { QuadClass } from '../core/event.js';
import { dataPath } from '../data-path.js';

export interface CameoCode {
  readonly code: string;
  readonly root: string;
  readonly quadClass: QuadClass;
  readonly goldstein: number;
  readonly description: string;
}

/** Parses `cameo-codes.tsv` (code, root, quad_class, goldstein, description). Pure. */
export function parseCameoTable(tsv: string): ReadonlyMap<string, CameoCode> {
  const out = new Map<string, CameoCode>();
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim());
  for (const line of lines.slice(1)) {
    const [code, root, quad, goldstein, description] = line.split('\t');
    if (!code || !root || !quad) continue;
    const q = Number(quad);
    if (q !== 1 && q !== 2 && q !== 3 && q !== 4) throw new Error(`cameo table: bad QuadClass for ${code}: ${quad}`);
    out.set(code, { code, root, quadClass: q, goldstein: Number(goldstein), description: description ?? '' });
  }
  return out;
}

let cached: ReadonlyMap<string, CameoCode> | null = null;

/** The CAMEO table shipped in `data/cameo-codes.tsv`, read once. I/O edge. */
export function loadCameoTable(file = dataPath('cameo-codes.tsv')): ReadonlyMap<string, CameoCode> {
  if (!cached || file !== dataPath('cameo-codes.tsv')) cached = parseCameoTable(readFileSync(file, 'utf8'));
  return cached;
}
