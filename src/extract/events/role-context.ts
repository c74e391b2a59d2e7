import type { Mention } from '../actors/match-actors.js';
import type { PlaceMention } from '../places/place-matcher.js';
import type { Language } from '../../core/document.js';

// What every frame's role finder shares: the candidate's context and the
// small readings of particles, quotations and lists around a mention.

/** The participants of one candidate event. */
export interface Roles {
  readonly source: Mention | { readonly code: string; readonly nameEn: string | null; readonly start: number; readonly end: number };
  readonly target: Mention | { readonly code: string; readonly nameEn: string | null; readonly start: number; readonly end: number } | null;
}

export interface RoleContext {
  readonly text: string; // the sentence
  readonly base: number; // offset of the sentence in the document
  readonly mentions: readonly Mention[]; // document offsets
  readonly places: readonly PlaceMention[];
  readonly triggerStart: number; // document offsets
  readonly triggerEnd: number;
  /** The pair of the previous event in this paragraph, for 両国 / 双方. */
  readonly previousPair: readonly [string, string] | null;
  readonly language: Language;
  /** The topic (は-marked actor) carried from earlier sentences of the paragraph, for subjectless sentences. */
  readonly topic: Mention | null;
  /** The state that held a ceremony told earlier in the document, for attending it or staying away. */
  readonly ceremonyHost?: string | null;
  /** The acts of the last sentence of this paragraph that told any, for "condemned the deployment". */
  readonly previousActs?: readonly PreviousAct[];
}

/** An act already told: its CAMEO code and actors. */
export interface PreviousAct {
  readonly cameo: string;
  readonly source: string;
  readonly target: string | null;
}

export type Party = NonNullable<Roles['target']>;

/** A collective noun after a state that still names the state's side: ロシア政府, 北朝鮮代表団, ロシア連邦軍事代表団. */
export const HEAD = '(?:側|政府|当局|軍|国防省|外務省|大統領府|[^、。\\s「」]{0,6}?代表団|[^、。\\s「」]{0,6}?使節団)?(?:の(?:副?報道官|副?報道局長|報道担当者?|当局者|高官|報道官室))?';
/** The speaker of a statement: the は-topic (or a が set off by a comma), past a collective head (米政府は). */
const SPEAKER_PARTICLE = new RegExp(`^${HEAD}(?:は|が、|も、)`, 'u');

/** The speaker of the sentence before the trigger, if any: 米政府は、北朝鮮が…と発表した → the US. */
export function speakerOf(ctx: Pick<RoleContext, 'text' | 'base'>, before: readonly Mention[]): Mention | null {
  return before.find((m) => m.marker === 'plain' && SPEAKER_PARTICLE.test(particleAfter(ctx, m))) ?? null;
}
export function pseudo(code: string): Party {
  return { code, nameEn: null, start: -1, end: -1 };
}

/** All members of the dyad compound (日米韓) that `m` belongs to. */
export function compoundOf(mentions: readonly Mention[], m: Mention): Mention[] {
  const dyads = mentions.filter((x) => x.marker === 'dyad' && x.surface === m.surface);
  let lo = m.start;
  let hi = m.end;
  for (let grown = true; grown; ) {
    grown = false;
    for (const x of dyads) {
      if (x.end === lo) { lo = x.start; grown = true; }
      if (x.start === hi) { hi = x.end; grown = true; }
    }
  }
  return dyads.filter((x) => x.start >= lo && x.end <= hi);
}

/** Whether a mention stands inside 「…」 that is still open at it (sentence-relative). */
export function insideQuote(ctx: Pick<RoleContext, 'text' | 'base'>, m: { start: number }): boolean {
  const head = ctx.text.slice(0, m.start - ctx.base);
  return head.lastIndexOf('「') > head.lastIndexOf('」');
}

/** The few characters after a mention, past a bracketed gloss: 国連安全保障理事会(安保理)が → が. */
export function particleAfter(ctx: Pick<RoleContext, 'text' | 'base'>, m: { end: number }): string {
  const rest = ctx.text.slice(m.end - ctx.base, m.end - ctx.base + 30);
  const gloss = /^\([^)]{1,20}\)/u.exec(rest);
  return (gloss ? rest.slice(gloss[0].length) : rest).slice(0, 6);
}

/** ロシアと中国が… / 米国や日本は…: every actor coordinated with the subject. */
export function coordinated(ctx: RoleContext, subject: Mention, before: readonly Mention[]): Mention[] {
  const out = [subject];
  let head = subject; // where the member being read starts
  for (let i = before.indexOf(subject) - 1; i >= 0; i--) {
    const m = before[i]!;
    const gap = ctx.text.slice(m.end - ctx.base, head.start - ctx.base);
    // ロシアのプーチン大統領と中国の習近平国家主席は: a state before its own leader belongs to the same member
    if (gap === 'の' && m.code === head.code) { head = m; continue; }
    if (!/^(?:と|や|、|・|および|及び|のほか、?|に加え、?)$/u.test(gap) || m.code === subject.code) break;
    out.push(m);
    head = m;
  }
  return out;
}
