import { readFileSync } from 'node:fs';
import type { Language } from '../../core/document.js';
import { dataPath } from '../../data-path.js';

/** How the roles of an event are found around its trigger. */
export type Frame = 'visit' | 'visit-cancel' | 'meet' | 'summit' | 'agree' | 'directed' | 'unilateral';

export interface EventRule {
  readonly id: string;
  readonly lang: Language;
  readonly pattern: RegExp; // global, matched within one sentence
  readonly cameo: string;
  readonly frame: Frame;
  readonly near: RegExp | null;
  readonly notNear: RegExp | null;
}

interface RuleJson {
  id: string;
  lang: Language;
  pattern: string;
  cameo: string;
  frame: Frame;
  near?: string;
  notNear?: string;
}

const FRAMES: ReadonlySet<string> = new Set(['visit', 'visit-cancel', 'meet', 'summit', 'agree', 'directed', 'unilateral']);

/** `(?i)` at the start of a pattern in the data file means case-insensitive. */
function compile(source: string, flags: string, where: string): RegExp {
  const insensitive = source.startsWith('(?i)');
  try {
    return new RegExp(insensitive ? source.slice(4) : source, flags + (insensitive ? 'i' : ''));
  } catch (e) {
    throw new Error(`event rule ${where}: bad regular expression: ${(e as Error).message}`);
  }
}

/** Validates and compiles the rules of `data/event-rules.json`. Pure. */
export function compileRules(json: { rules: RuleJson[] }, knownCodes: ReadonlySet<string>): EventRule[] {
  return json.rules.map((r) => {
    if (!FRAMES.has(r.frame)) throw new Error(`event rule ${r.id}: unknown frame "${r.frame}"`);
    if (!knownCodes.has(r.cameo)) throw new Error(`event rule ${r.id}: CAMEO code ${r.cameo} is not in cameo-codes.tsv`);
    return {
      id: r.id,
      lang: r.lang,
      pattern: compile(r.pattern, 'gu', r.id),
      cameo: r.cameo,
      frame: r.frame,
      near: r.near ? compile(r.near, 'u', r.id) : null,
      notNear: r.notNear ? compile(r.notNear, 'u', r.id) : null,
    };
  });
}

export function loadRules(knownCodes: ReadonlySet<string>, file = dataPath('event-rules.json')): EventRule[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { rules: RuleJson[] };
  return compileRules(json, knownCodes);
}
