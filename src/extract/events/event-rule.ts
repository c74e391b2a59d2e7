import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../core/document.js';
import { dataPath } from '../../data-path.js';

/** How the roles of an event are found around its trigger. */
export type Frame = 'visit' | 'visit-cancel' | 'meet' | 'summit' | 'agree' | 'directed' | 'imposed' | 'statement' | 'accuse' | 'unilateral' | 'conflict' | 'debt';

export interface EventRule {
  readonly id: string;
  readonly lang: Language;
  readonly pattern: RegExp; // global, matched within one sentence
  readonly cameo: string;
  readonly frame: Frame;
  readonly near: RegExp | null;
  readonly notNear: RegExp | null;
  /** Target when the sentence names none. */
  readonly defaultTarget: string | null;
  /** Target whatever the sentence names (a veto is always cast in the UN: UNO). */
  readonly fixedTarget: string | null;
  /** Source whatever the sentence names (a General Assembly resolution is always the UN's: UNO). */
  readonly fixedSource: string | null;
  /** The trigger names the Nth anniversary of the act (協定締結75周年): the act is dated N years before the anniversary's year. */
  readonly anniversaryOf: boolean;
  /** Ongoing states of affairs (an invasion, an annexation): one event per document and actor pair, whatever the dates of later references. */
  readonly oncePerDocument: boolean;
  /** More specific codes chosen by words of the sentence: the first whose pattern matches wins. */
  readonly refine: readonly { readonly pattern: RegExp; readonly cameo: string }[];
}

interface RuleJson {
  id: string;
  pattern: string;
  cameo: string;
  frame: Frame;
  near?: string;
  notNear?: string;
  defaultTarget?: string;
  fixedTarget?: string;
  fixedSource?: string;
  anniversaryOf?: boolean;
  oncePerDocument?: boolean;
  refine?: { pattern: string; cameo: string }[];
}

const FRAMES: ReadonlySet<string> = new Set(['visit', 'visit-cancel', 'meet', 'summit', 'agree', 'directed', 'imposed', 'statement', 'accuse', 'unilateral', 'conflict', 'debt']);

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
export function compileRules(json: RuleFile, knownCodes: ReadonlySet<string>): EventRule[] {
  if (json.lang !== 'ja' && json.lang !== 'en') throw new Error(`event rule file: "lang" must be ja or en (got ${String(json.lang)})`);
  return json.rules.map((r) => {
    if (!FRAMES.has(r.frame)) throw new Error(`event rule ${r.id}: unknown frame "${r.frame}"`);
    if (!knownCodes.has(r.cameo)) throw new Error(`event rule ${r.id}: CAMEO code ${r.cameo} is not in cameo-codes.tsv`);
    return {
      id: r.id,
      lang: json.lang,
      pattern: compile(r.pattern, 'gu', r.id),
      cameo: r.cameo,
      frame: r.frame,
      near: r.near ? compile(r.near, 'u', r.id) : null,
      notNear: r.notNear ? compile(r.notNear, 'u', r.id) : null,
      defaultTarget: r.defaultTarget ?? null,
      fixedTarget: r.fixedTarget ?? null,
      fixedSource: r.fixedSource ?? null,
      anniversaryOf: r.anniversaryOf ?? false,
      oncePerDocument: r.oncePerDocument ?? false,
      refine: (r.refine ?? []).map((x) => {
        if (!knownCodes.has(x.cameo)) throw new Error(`event rule ${r.id}: refine code ${x.cameo} is not in cameo-codes.tsv`);
        return { pattern: compile(x.pattern, 'u', r.id), cameo: x.cameo };
      }),
    };
  });
}

export interface RuleFile {
  lang: Language;
  rules: RuleJson[];
}

/** Reads every `*.json` rule file of `data/event-rules/` (one per language), in name order. */
export function loadRules(knownCodes: ReadonlySet<string>, dir = dataPath('event-rules')): EventRule[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const file = join(dir, f);
      try {
        return compileRules(JSON.parse(readFileSync(file, 'utf8')) as RuleFile, knownCodes);
      } catch (e) {
        throw new Error(`${file}: ${(e as Error).message}`);
      }
    });
}
