import type { Mention } from '../actors/match-actors.js';
import type { PlaceMention } from '../places/place-matcher.js';
import type { Language } from '../../core/document.js';
import { englishRoles } from './english-roles.js';
import type { Frame } from './event-rule.js';

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
}

type Party = NonNullable<Roles['target']>;

/** A collective noun after a state that still names the state's side: ロシア政府, 北朝鮮代表団, ロシア連邦軍事代表団. */
const HEAD = '(?:側|政府|当局|軍|国防省|外務省|大統領府|[^、。\\s「」]{0,6}?代表団|[^、。\\s「」]{0,6}?使節団)?(?:の(?:副?報道官|副?報道局長|報道担当者?|当局者|高官|報道官室))?';
const SUBJECT_PARTICLE = new RegExp(`^${HEAD}(?:は|が|も|では|としては)`, 'u');
/** The speaker of a statement: the は-topic (or a が set off by a comma), past a collective head (米政府は). */
const SPEAKER_PARTICLE = new RegExp(`^${HEAD}(?:は|が、|も、)`, 'u');

/** The speaker of the sentence before the trigger, if any: 米政府は、北朝鮮が…と発表した → the US. */
export function speakerOf(ctx: Pick<RoleContext, 'text' | 'base'>, before: readonly Mention[]): Mention | null {
  return before.find((m) => m.marker === 'plain' && SPEAKER_PARTICLE.test(particleAfter(ctx, m))) ?? null;
}
const OBJECT_PARTICLE = /^(?:側|政府|代表団)?(?:を|に対し(?:て)?|への|に(?!よる|よって|とって)|と(?!とも|共に|一緒|同様|並|は|し)|との|から)/u;
/** ロシアは中国とともに…: a partner in the act, not its target. */
/** 双方は / 両国は / 両首脳が: the pair of the previous event is the subject. */
const PAIR_SUBJECT = /(?:双方|両国|両首脳|両者)(?:は|が|とも)/u;
const WITH_PARTICLE = /^(?:側)?(?:とともに|と共に|と一緒に|と共同で|と連携して)/u;
/** What may stand between a target and a nominal trigger: ウクライナ侵攻, ロシアへの訪問, 北朝鮮に対する制裁. */
const NOMINAL_GAP = /^(?:|への|に対する|向け|に対しての|公式|公式親善|非公式|国賓|実務|の公式)$/u;
/** What marks the agent of a nominal trigger: ロシアのウクライナ侵攻, 金総書記によるロシア訪問. */
const AGENT_GAP = /^(?:の|による|側の|が|は)(?:(?:前回|今回|初|最初|初めて|\d+度目|\d+回目|再度|最後)の)?$/u;

/**
 * Finds source and target for a trigger, by Japanese particle heuristics:
 * the subject is marked by は/が (or is the head a relative clause modifies:
 * 訪朝したラブロフ外相), the counterpart by を/に/と/への or by a compound
 * (訪朝, 対露, 露朝). Returns every plausible role assignment (a subject
 * coordinated with と, as in ロシアと中国が拒否権を…, yields one each).
 */
export function findRoles(frame: Frame, ctx: RoleContext, defaultTargetCode: string | null = null, fixed = false): Roles[] {
  if (ctx.language === 'en') return englishRoles(frame, ctx, defaultTargetCode, fixed);
  return findJapaneseRoles(frame, ctx, defaultTargetCode, fixed);
}

/** Role finding by Japanese particles (see findRoles). */
export function findJapaneseRoles(frame: Frame, ctx: RoleContext, defaultTargetCode: string | null = null, fixed = false): Roles[] {
  const defaultTarget = defaultTargetCode ? pseudo(defaultTargetCode) : null;
  if (fixed && defaultTarget) {
    const subject = findSubject(ctx, before(ctx), after(ctx)) ?? ctx.topic ?? looseSubject(ctx, before(ctx));
    if (!subject || subject.code === defaultTarget.code) return [];
    return withPartners(ctx, subject, before(ctx), defaultTarget);
  }
  const inside = ctx.mentions.filter((m) => m.start >= ctx.triggerStart && m.end <= ctx.triggerEnd + 1);
  return rolesAround(frame, ctx, before(ctx), inside, after(ctx), defaultTarget);
}

const before = (ctx: RoleContext): Mention[] => ctx.mentions.filter((m) => m.end <= ctx.triggerStart);
const after = (ctx: RoleContext): Mention[] => ctx.mentions.filter((m) => m.start >= ctx.triggerEnd);

function rolesAround(
  frame: Frame, ctx: RoleContext, before: readonly Mention[], inside: readonly Mention[], after: readonly Mention[], defaultTarget: Party | null,
): Roles[] {
  const dyad = adjacentDyad(before, ctx.triggerStart) ?? (frame === 'agree' ? anyDyad(before) : null);

  if (frame === 'summit' || frame === 'agree') {
    if (dyad) {
      // 米朝、南北、中朝の一連の首脳会談: every pair of the list is a summit
      const list = frame === 'summit' ? dyadList(ctx, before, dyad) : [dyad];
      return list.map(([a, b]) => ({ source: a, target: b }));
    }
    if (/両国|双方|両首脳/.test(ctx.text) && ctx.previousPair) {
      const [a, b] = ctx.previousPair;
      return [{ source: pseudo(a), target: pseudo(b) }];
    }
    // 「双方は…で合意した」 with no pair told before: the other actors of the sentence are not the pair
    if (PAIR_SUBJECT.test(ctx.text.slice(0, ctx.triggerStart - ctx.base))) return [];
  }
  if (frame === 'imposed') {
    const imposed = imposedRoles(ctx, before);
    if (imposed) return [imposed];
  }
  const nominal = frame === 'directed' || frame === 'visit' || frame === 'imposed' ? nominalRoles(ctx, before) ?? (frame === 'directed' ? placeNominalRoles(ctx, before) : null) : null;
  if (nominal?.source) return [{ source: nominal.source, target: nominal.target }];
  const pairSubject = PAIR_SUBJECT.exec(ctx.text.slice(0, ctx.triggerStart - ctx.base));
  if (pairSubject && ctx.previousPair && (frame === 'statement' || frame === 'directed')) {
    // 双方は…米国の挑発に深い懸念を表した: each member of the pair just discussed, toward a third party
    const pair = ctx.previousPair;
    const third = [...before, ...after.filter((m) => m.start - ctx.triggerEnd < 10)].find((m) => !pair.includes(m.code));
    if (third) return pair.map((c) => ({ source: pseudo(c), target: third }));
  }
  const subject = findSubject(ctx, before, after) ?? ctx.topic ?? looseSubject(ctx, before);
  if (frame === 'unilateral') {
    // 北朝鮮の第7回核実験 / 北朝鮮による発射: the agent marked right before the noun
    const last = before[before.length - 1];
    const agent = last && last.marker === 'plain' && /^(?:の|による|が)(?:第\d+回|\d+回目の|初の|新型)?$/u.test(ctx.text.slice(last.end - ctx.base, ctx.triggerStart - ctx.base)) ? last : null;
    const s = agent ?? subject;
    return s ? [{ source: s, target: null }] : [];
  }

  if (subject && (frame === 'agree' || frame === 'meet' || frame === 'summit')) {
    // ロシアと北朝鮮は…署名した: the two coordinated subjects are the pair
    const co = coordinated(ctx, subject, before);
    const first = co[co.length - 1]!;
    if (co.length === 2 && first.code !== subject.code) return [{ source: first, target: subject }];
  }
  if (frame === 'accuse') {
    // 国防相は、北朝鮮がロシアに砲弾を提供したとの分析を示した: the accused is the subject of the reported clause
    // the speaker is the outer topic (first は), not the nearest が of the reported clause
    const speaker = speakerOf(ctx, before) ?? ctx.topic;
    if (!speaker) return [];
    const accused = before.find((m) => m.start > speaker.start && m.code !== speaker.code && /^(?:側)?(?:が|は)/u.test(particleAfter(ctx, m)));
    return accused ? [{ source: speaker, target: accused }] : [];
  }
  if (frame === 'statement') {
    // X は「…Y…」と述べた / XはYとの協力を強調した: the speaker (the は-topic, not the が of an
    // embedded clause: ロシアが講じる措置への支持) and the other actor the statement is about
    // a name inside the quotation is what was said, not who said it
    const outside = before.filter((m) => !insideQuote(ctx, m));
    const speaker = speakerOf(ctx, outside) ?? (subject && !insideQuote(ctx, subject) ? subject : null) ?? ctx.topic;
    if (!speaker) return [];
    // 「北朝鮮の指導者が中国を訪れる見込みが大きい」と報告した: the statement is about the subject of its clause
    const others = before.filter((m) => m.code !== speaker.code && m.start > speaker.start);
    const other = others.find((m) => insideQuote(ctx, m) && /^(?:側)?が/u.test(particleAfter(ctx, m))) ?? others[others.length - 1] ??
      after.find((m) => m.code !== speaker.code && m.start - ctx.triggerEnd < 10);
    if (!other) {
      // 金総書記は…復帰すると表明した, in a paragraph about his talks with Medvedev: said to the other side of those talks
      const pair = ctx.previousPair;
      return pair && pair.includes(speaker.code) && pair[0] !== pair[1] ? [{ source: speaker, target: pseudo(pair[0] === speaker.code ? pair[1] : pair[0]) }] : [];
    }
    // 日米韓による軍事活動に懸念: a compound names several actors, each a target
    // ロシア・中国・イランが共同歩調を取る必要性: each actor of a list, too
    const group = (other.marker === 'dyad' ? compoundOf(ctx.mentions, other) : coordinated(ctx, other, before)).filter((m) => m.code !== speaker.code);
    return group.map((t) => ({ source: speaker, target: t }));
  }
  let target: Party | null = null;
  if (frame === 'visit' || frame === 'visit-cancel') {
    target = inside.find((m) => m.marker === 'visit-target') ?? visitObject(ctx, before) ?? placeInSentence(ctx, subject) ?? null;
  } else {
    target = nominal?.target ?? counterpart(ctx, before, subject) ?? after.find((m) => m.marker === 'against') ?? defaultTarget ??
      (frame === 'directed' && subject ? nearestOther(before, subject) : null);
  }
  if (subject && !target && ctx.previousPair && /両国(?:を|に|に対し)/u.test(ctx.text.slice(0, ctx.triggerStart - ctx.base))) {
    // 米国は…両国を強くけん制した: both members of the pair just discussed
    return ctx.previousPair.filter((c) => c !== subject.code).map((c) => ({ source: subject, target: pseudo(c) }));
  }
  // 中露の使節団が送られた: a dyad that owns the actor of a directed act names two senders, not a sender and a target
  const owner = dyad && frame === 'directed' && ctx.text.slice(dyad[1].end - ctx.base, ctx.triggerStart - ctx.base) === 'の';
  if (!subject && dyad && !owner) return [{ source: dyad[0], target: dyad[1] }];
  if (!subject || !target || subject.code === target.code) return [];
  return withPartners(ctx, subject, before, target);
}

/** The subject, the actors coordinated with it (XとYは) and its partners (Xとともに), each as a source. */
function withPartners(ctx: RoleContext, subject: Mention, before: readonly Mention[], target: Party): Roles[] {
  const partners = before
    .filter((m) => m.start > subject.start && m.code !== target.code && WITH_PARTICLE.test(particleAfter(ctx, m)))
    .flatMap((m) => coordinated(ctx, m, before.filter((x) => x.start > subject.start)));
  const sources = [...coordinated(ctx, subject, before), ...partners];
  const seen = new Set<string>();
  return sources.filter((s) => s.code !== target.code && !seen.has(s.code) && seen.add(s.code)).map((s) => ({ source: s, target }));
}

/**
 * 北朝鮮に対する国連制裁決議 / 対北朝鮮の安保理制裁: for measures named after who
 * imposes them, the actor right before the noun is the agent and the actor
 * marked by 対 or に対する is the target.
 */
function imposedRoles(ctx: RoleContext, before: readonly Mention[]): Roles | null {
  const agent = before[before.length - 1];
  if (!agent || agent.marker !== 'plain') return null;
  const gap = ctx.text.slice(agent.end - ctx.base, ctx.triggerStart - ctx.base);
  if (!/^(?:の|による|が課す|が科す|の対北朝鮮|独自の|の独自)?$/u.test(gap)) return null;
  const target = [...before].reverse().find(
    (m) => m !== agent && m.code !== agent.code && (m.marker === 'against' || /^(?:に対する|への|に対して)/u.test(particleAfter(ctx, m))),
  );
  return target ? { source: agent, target } : null;
}

/**
 * ロシアのウクライナ侵攻 / 金総書記のロシア訪問 / 対北朝鮮制裁: a noun phrase
 * whose target stands right before the trigger and whose agent is marked
 * by の or による before that.
 */
function nominalRoles(ctx: RoleContext, before: readonly Mention[]): { source: Mention | null; target: Mention } | null {
  const t = before[before.length - 1];
  if (!t || t.kind === 'person') return null;
  const gap = ctx.text.slice(t.end - ctx.base, ctx.triggerStart - ctx.base);
  if (!NOMINAL_GAP.test(gap) && t.marker !== 'against') return null;
  const a = before[before.length - 2];
  if (!a || a.code === t.code || a.marker !== 'plain') return { source: null, target: t };
  const agentGap = ctx.text.slice(a.end - ctx.base, t.start - ctx.base - (t.marker === 'against' ? 1 : 0));
  return { source: AGENT_GAP.test(agentGap) ? a : null, target: t };
}

/**
 * ロシアによるクリミア併合 / ロシアのドンバス侵攻: a place of another state right
 * before the trigger stands for that state as the target, and the actor marked
 * by による or の right before the place is the agent.
 */
function placeNominalRoles(ctx: RoleContext, before: readonly Mention[]): { source: Mention | null; target: Party } | null {
  const place = [...ctx.places].reverse().find((p) => p.end <= ctx.triggerStart);
  if (!place || !place.place.country || !/^の?$/u.test(ctx.text.slice(place.end - ctx.base, ctx.triggerStart - ctx.base))) return null;
  const a = [...before].reverse().find((m) => m.end <= place.start);
  if (!a || a.marker !== 'plain' || a.code === place.place.country) return null;
  if (!/^(?:による|の)$/u.test(ctx.text.slice(a.end - ctx.base, place.start - ctx.base))) return null;
  return { source: a, target: { code: place.place.country, nameEn: null, start: place.start, end: place.end } };
}

function pseudo(code: string): Party {
  return { code, nameEn: null, start: -1, end: -1 };
}

/** All members of the dyad compound (日米韓) that `m` belongs to. */
function compoundOf(mentions: readonly Mention[], m: Mention): Mention[] {
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

/** 朝ロ国防相会談が行われ、両国軍間の協力拡大で合意した: the last dyad compound of the sentence before the trigger. */
function anyDyad(before: readonly Mention[]): [Mention, Mention] | null {
  const d = before.filter((m) => m.marker === 'dyad');
  for (let i = d.length - 1; i > 0; i--) {
    const a = d[i - 1]!;
    const b = d[i]!;
    if (b.start === a.end && a.code !== b.code) return [a, b];
  }
  return null;
}

/** 露朝首脳会談, 中露の合同演習: a dyad compound just before the trigger. */
function adjacentDyad(before: readonly Mention[], triggerStart: number): [Mention, Mention] | null {
  const d = before.filter((m) => m.marker === 'dyad' && triggerStart - m.end <= 5);
  if (d.length < 2) return null;
  const a = d[d.length - 2]!;
  const b = d[d.length - 1]!;
  return a.code !== b.code && b.start === a.end ? [a, b] : null;
}

/** The dyad compounds listed before `last` (米朝、南北、中朝), each as a pair, in text order. */
function dyadList(ctx: RoleContext, before: readonly Mention[], last: [Mention, Mention]): [Mention, Mention][] {
  const d = before.filter((m) => m.marker === 'dyad');
  const out: [Mention, Mention][] = [last];
  let head = last[0];
  for (;;) {
    const b = [...d].reverse().find((m) => m.end <= head.start);
    const a = b && [...d].reverse().find((m) => m.end === b.start);
    if (!a || !b || a.code === b.code) break;
    if (!/^(?:、|・|と|や)$/u.test(ctx.text.slice(b.end - ctx.base, head.start - ctx.base))) break;
    out.unshift([a, b]);
    head = a;
  }
  return out;
}

/** Whether a mention stands inside 「…」 that is still open at it (sentence-relative). */
function insideQuote(ctx: Pick<RoleContext, 'text' | 'base'>, m: { start: number }): boolean {
  const head = ctx.text.slice(0, m.start - ctx.base);
  return head.lastIndexOf('「') > head.lastIndexOf('」');
}

/** The few characters after a mention, past a bracketed gloss: 国連安全保障理事会(安保理)が → が. */
function particleAfter(ctx: Pick<RoleContext, 'text' | 'base'>, m: { end: number }): string {
  const rest = ctx.text.slice(m.end - ctx.base, m.end - ctx.base + 30);
  const gloss = /^\([^)]{1,20}\)/u.exec(rest);
  return (gloss ? rest.slice(gloss[0].length) : rest).slice(0, 6);
}

function findSubject(ctx: RoleContext, before: readonly Mention[], after: readonly Mention[]): Mention | null {
  const usable = (m: Mention): boolean => m.marker === 'plain';
  // 訪朝したラブロフ外相は / 訪露した北朝鮮の外相: the verb modifies the actor right after it
  const tail = ctx.text.slice(ctx.triggerEnd - ctx.base, ctx.triggerEnd - ctx.base + 12);
  const rel = /^(?:し|を?公式訪問し|入りし)?(?:た|する|している|中の)/u.exec(tail);
  if (rel) {
    // …表敬訪問したほか、崔善姫外相と会談した: a clause that goes on (ほか, 、) modifies no head
    const heads = after.filter(
      (m) => usable(m) && m.start - ctx.triggerEnd <= rel[0].length + 4 && !/[、,。]|^(?:ほか|後|上|り|ら|が|ため|際|こと|もの)/u.test(ctx.text.slice(ctx.triggerEnd - ctx.base + rel[0].length, m.start - ctx.base)),
    );
    // 訪露した北朝鮮の朴宜春外相: the person after a genitive state is the head
    const person = heads.find((m) => m.kind === 'person');
    const head = person ?? heads[0];
    if (head) return head;
  }
  // nearest は/が-marked actor before the trigger
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (usable(m) && SUBJECT_PARTICLE.test(particleAfter(ctx, m))) return m;
  }
  // X の訪朝 / X による侵攻: genitive right before the trigger
  const last = before[before.length - 1];
  if (last && usable(last) && /^(?:の|による|側の)/u.test(particleAfter(ctx, last)) && ctx.triggerStart - last.end <= 4) return last;
  return null;
}

/** Last resort: the first actor before the trigger that is not marked as an object or oblique. */
function looseSubject(ctx: RoleContext, before: readonly Mention[]): Mention | null {
  return before.find((m) => m.marker === 'plain' && !/^(?:側)?(?:を|に|へ|と|の|から|による|侵攻|併合)/u.test(particleAfter(ctx, m))) ?? null;
}

/** ロシアを訪問 / 平壌を訪問 / ロシア公式訪問: the state or place just before the trigger. */
function visitObject(ctx: RoleContext, before: readonly Mention[]): Party | null {
  const window = 6;
  const place = [...ctx.places].reverse().find((p) => p.end <= ctx.triggerStart && ctx.triggerStart - p.end <= window);
  const state = [...before].reverse().find((m) => ctx.triggerStart - m.end <= window && /^(?:を|へ|に|の)?/u.test(particleAfter(ctx, m)) && m.kind !== 'person');
  const candidate: Party[] = [];
  if (place) candidate.push({ code: place.place.country, nameEn: null, start: place.start, end: place.end });
  if (state) candidate.push(state);
  candidate.sort((a, b) => b.end - a.end);
  return candidate[0] ?? null;
}

/** モスクワでの式典に出席した: the country of a place named in the sentence, when it is not the visitor's own. */
function placeInSentence(ctx: RoleContext, subject: Mention | null): Party | null {
  const p = ctx.places.find((x) => x.place.country && x.place.country !== subject?.code && x.place.kind !== 'country');
  return p ? { code: p.place.country, nameEn: null, start: p.start, end: p.end } : null;
}

/** (ロシアが講じる)全ての措置への支持: any other actor between the subject and the trigger, nearest first. */
function nearestOther(before: readonly Mention[], subject: Mention): Mention | null {
  return [...before].reverse().find((m) => m.start > subject.start && m.code !== subject.code) ?? null;
}

/** The actor marked as object or partner (を/に/と/への) between subject and trigger. */
function counterpart(ctx: RoleContext, before: readonly Mention[], subject: Mention | null): Party | null {
  let content: Mention | null = null;
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (subject && (m === subject || m.code === subject.code)) continue;
    if (subject && m.start < subject.start) break;
    if (m.marker !== 'against' && !OBJECT_PARTICLE.test(particleAfter(ctx, m))) continue;
    // ロシア大統領にウクライナとの協議を求めた: X との modifies the content noun; the addressee is marked by に/を
    if (!content && m.marker !== 'against' && /^(?:側)?との/u.test(particleAfter(ctx, m))) { content = m; continue; }
    return m;
  }
  return content;
}

/** ロシアと中国が… / 米国や日本は…: every actor coordinated with the subject. */
function coordinated(ctx: RoleContext, subject: Mention, before: readonly Mention[]): Mention[] {
  const out = [subject];
  for (let i = before.indexOf(subject) - 1; i >= 0; i--) {
    const m = before[i]!;
    const gap = ctx.text.slice(m.end - ctx.base, out[out.length - 1]!.start - ctx.base);
    if (!/^(?:と|や|、|・|および|及び|のほか、?|に加え、?)$/u.test(gap) || m.code === subject.code) break;
    out.push(m);
  }
  return out;
}
