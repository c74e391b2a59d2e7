import type { Mention } from '../actors/match-actors.js';
import { englishRoles } from './english-roles.js';
import type { Frame } from './event-rule.js';
import { coordinated, HEAD, insideQuote, particleAfter, pseudo, speakerOf, type Party, type RoleContext, type Roles } from './role-context.js';
import { CEREMONY, COUNTED_ATTENDANCE } from './ceremony-host.js';
import { accuseRoles, statementRoles } from './statement-roles.js';
import { debtRoles } from './debt-roles.js';

export { speakerOf, type RoleContext, type Roles } from './role-context.js';

const SUBJECT_PARTICLE = new RegExp(`^${HEAD}(?:は|が|も|では|としては)`, 'u');
const OBJECT_PARTICLE = /^(?:側|政府|代表団)?(?:を|に対し(?:て)?|への|に(?!よる|よって|とって)|と(?!とも|共に|一緒|同様|並|は|し)|との|から)/u;
/** ロシアは中国とともに…: a partner in the act, not its target. */
/** 双方は / 両国は / 両首脳が: the pair of the previous event is the subject. */
const PAIR_SUBJECT = /(?:双方|両国|両首脳|両者)(?:は|が|とも)/u;
/** A delegation sent (the trigger of ja.visit.delegation). */
const DELEGATION = /^(?:代表団|使節団|訪問団)(?:を|が)(?:送|派遣)/u;
/** Xを含めた欧米諸国が / Xを含む各国は: the group after X, marked as the subject. */
const GROUP_MEMBER = /^(?:を含(?:め|む)(?:た)?|や)[^、。はがをに]{0,8}(?:諸国|各国|国々|首脳)(?:の首脳|の代表)?(?:は|が)/u;
const WITH_PARTICLE = /^(?:側)?(?:とともに|と共に|と一緒に|と共同で|と連携して)/u;
/** What may stand between a target and a nominal trigger: ウクライナ侵攻, ロシアへの訪問, 北朝鮮に対する制裁. */
const NOMINAL_GAP = /^(?:|への|に対する|向け|に対しての|公式|公式親善|非公式|国賓|実務|の公式)$/u;
/** The end of a clause giving the grounds of an act: …に関与したとして、 */
const GROUNDS = /として、/u;
/** Nouns of force whose genitive is the agent: ロシアの侵攻, 北朝鮮による攻撃. */
const FORCE_NOUN = /^(?:侵攻|侵略|併合|編入|攻撃|砲撃)/u;
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
    // 安保理が採択した決議も支持している: the body that adopted the resolution is not who backs it
    const other = (m: Mention | null): Mention | null => (m && m.code !== defaultTarget.code ? m : null);
    const subject = other(findSubject(ctx, before(ctx), after(ctx))) ?? other(ctx.topic) ?? other(looseSubject(ctx, before(ctx)));
    if (!subject) return [];
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
  if (frame === 'debt') return debtRoles(ctx, before);
  if (frame === 'conflict') {
    // イスラエルとハマスの紛争: both sides named before the noun; else like a directed act (ウクライナ紛争: its target)
    const pair = pairOfNoun(ctx, before);
    if (pair) return [pair];
    const roles = rolesAround('directed', ctx, before, inside, after, defaultTarget);
    // ウクライナ紛争で…: no agent in the sentence; the document may name it elsewhere (no code: filled in or dropped later)
    const target = roles.length === 0 ? nominalRoles(ctx, before)?.target : null;
    return target ? [{ source: pseudo(''), target }] : roles;
  }
  const dyad = adjacentDyad(before, ctx.triggerStart) ?? (frame === 'agree' ? anyDyad(before) : null);

  if (frame === 'summit' || frame === 'agree') {
    // 日中韓首脳会議 / 日米韓の合同演習: three or more states in one compound, every pair of them
    const run = compoundRun(before, ctx.triggerStart);
    if (run.length >= 3) return run.flatMap((a, i) => run.slice(i + 1).map((b) => ({ source: a, target: b })));
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
    // 安保理決議による制裁を実行している: the phrase names the imposer; whoever carries the measures out is not their target
    if (/^決議による/u.test(ctx.text.slice(ctx.triggerStart - ctx.base))) return [];
  }
  // 国連総会はロシアの侵攻を非難し…: the genitive before a noun of force is its agent, not its target; with no
  // target in the phrase the act is only referred to here (the clause's subject did something else)
  const lastBefore = before[before.length - 1];
  if (frame === 'directed' && lastBefore && FORCE_NOUN.test(ctx.text.slice(ctx.triggerStart - ctx.base, ctx.triggerEnd - ctx.base)) &&
      /^(?:の|による)$/u.test(ctx.text.slice(lastBefore.end - ctx.base, ctx.triggerStart - ctx.base)) &&
      !placeNominalRoles(ctx, before) && !(before.length >= 2 && AGENT_GAP.test(ctx.text.slice(before[before.length - 2]!.end - ctx.base, lastBefore.start - ctx.base)))) {
    return [];
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
  const crossed = frame === 'directed' ? crossedObjects(ctx, before) : null;
  if (crossed) return crossed;
  const subject = findSubject(ctx, before, after) ?? ctx.topic ?? looseSubject(ctx, before);
  if (frame === 'unilateral') {
    // 北朝鮮の第7回核実験 / 北朝鮮による発射: the agent marked right before the noun
    const last = before[before.length - 1];
    // 中国艦船4隻が海峡を通過: an actor written straight before the noun (no particle) is its owner too
    const agent = last && last.marker === 'plain' && /^(?:の|による|が)?(?:第\d+回|\d+回目の|\d+度目の|初の|最初の|初めての|新たな|新型)?$/u.test(ctx.text.slice(last.end - ctx.base, ctx.triggerStart - ctx.base)) ? last : null;
    const s = agent ?? subject;
    return s ? [{ source: s, target: null }] : [];
  }

  if (subject && (frame === 'agree' || frame === 'meet' || frame === 'summit')) {
    // ロシアと北朝鮮は…署名した: the two coordinated subjects are the pair
    const co = coordinated(ctx, subject, before);
    const first = co[co.length - 1]!;
    if (co.length === 2 && first.code !== subject.code) return [{ source: first, target: subject }];
  }
  if (frame === 'accuse') return accuseRoles(ctx, before);
  if (frame === 'statement') return statementRoles(ctx, before, after, subject);
  let target: Party | null = null;
  const listed = frame === 'visit' ? attendees(ctx, before, after) : [];
  if (listed.length > 1 || (listed.length === 1 && ctx.text.startsWith('など', ctx.triggerStart - ctx.base))) {
    // 米大統領や独首相をはじめとする53カ国の首脳が一堂に会した: each listed attendee visits the host
    const host = placeInSentence(ctx, null) ?? hostOfCeremony(ctx, null);
    return host ? listed.filter((m) => m.code !== host.code).map((m) => ({ source: m, target: host })) : [];
  }
  if (frame === 'visit' || frame === 'visit-cancel') {
    // ドイツは式典を欠席した: the subject just before the trigger is not what it visits
    const object = visitObject(ctx, before);
    target = inside.find((m) => m.marker === 'visit-target') ?? (object && object.code !== subject?.code ? object : null) ??
      placeInSentence(ctx, subject) ?? hostOfCeremony(ctx, subject);
  } else {
    // …に関与したとして、北朝鮮の団体を…指定した: an actor inside the grounds (…として、) is not the object
    const outsideGrounds = frame === 'directed' ? before.filter((m) => m === subject || !GROUNDS.test(ctx.text.slice(m.end - ctx.base, ctx.triggerStart - ctx.base))) : before;
    target = nominal?.target ?? counterpart(ctx, outsideGrounds, subject) ?? (frame === 'meet' ? topicMet(ctx, before, subject) : null) ?? after.find((m) => m.marker === 'against') ?? defaultTarget ??
      (frame === 'directed' && subject ? nearestOther(before, subject) : null) ??
      (frame === 'agree' && subject ? otherOfPair(ctx, subject) : null) ??
      (frame === 'summit' || frame === 'meet' ? partnerAfter(ctx, after) : null);
  }
  if (subject && !target && ctx.previousPair && /両国(?:を|に|に対し)/u.test(ctx.text.slice(0, ctx.triggerStart - ctx.base))) {
    // 米国は…両国を強くけん制した: both members of the pair just discussed
    return ctx.previousPair.filter((c) => c !== subject.code).map((c) => ({ source: subject, target: pseudo(c) }));
  }
  // 中露の使節団が送られた: a dyad that owns the actor of a directed act names two senders, not a sender and a target
  const owner = dyad && frame === 'directed' && ctx.text.slice(dyad[1].end - ctx.base, ctx.triggerStart - ctx.base) === 'の';
  if (owner && DELEGATION.test(ctx.text.slice(ctx.triggerStart - ctx.base))) {
    // 記念式典に中ロの代表団が派遣された: each member sends one, to the host of the occasion (or the state the paragraph is about)
    const host = hostOfCeremony(ctx, null) ?? (ctx.topic && !dyad.some((m) => m.code === ctx.topic!.code) ? ctx.topic : null);
    return host ? dyad.filter((m) => m.code !== host.code).map((m) => ({ source: m, target: host })) : [];
  }
  if (!subject && dyad && !owner) return [{ source: dyad[0], target: dyad[1] }];
  if (!subject || !target || subject.code === target.code) return [];
  return withPartners(ctx, subject, before, target);
}

/** XとYの紛争 / XとYの間の戦闘: the two sides named right before the noun. */
function pairOfNoun(ctx: RoleContext, before: readonly Mention[]): Roles | null {
  const y = before[before.length - 1];
  const x = before[before.length - 2];
  if (!x || !y || x.code === y.code || x.marker !== 'plain' || y.marker !== 'plain') return null;
  if (!/^(?:の|の間の|間の|との間の)$/u.test(ctx.text.slice(y.end - ctx.base, ctx.triggerStart - ctx.base))) return null;
  return ctx.text.slice(x.end - ctx.base, y.start - ctx.base) === 'と' ? { source: x, target: y } : null;
}

/**
 * ロシアは核実験の中止を、北朝鮮は援助の提供を要求した: two topics, each with its
 * own object, share the one verb of the trigger; each side did it to the other.
 */
function crossedObjects(ctx: RoleContext, before: readonly Mention[]): Roles[] | null {
  if (!ctx.text.includes('を、')) return null;
  const topics = before.filter((m) => m.marker === 'plain' && /^(?:側)?は/u.test(particleAfter(ctx, m)));
  const a = topics[topics.length - 2];
  const b = topics[topics.length - 1];
  if (!a || !b || a.code === b.code) return null;
  if (!/^(?:側)?は[^、。「」]{1,30}を、$/u.test(ctx.text.slice(a.end - ctx.base, b.start - ctx.base))) return null;
  // the verb is shared only when the trigger follows the second object (…の提供などを要求した), not inside it (…の提供)
  const tail = ctx.text.slice(b.end - ctx.base, ctx.triggerEnd - ctx.base);
  if (!/^(?:側)?は[^、。「」]{1,30}を[^、。「」]{0,6}$/u.test(tail)) return null;
  return [{ source: a, target: b }, { source: b, target: a }];
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
  if (!/^(?:の|での|による|が課す|が科す|の対北朝鮮|独自の|の独自)?$/u.test(gap)) return null;
  const target = [...before].reverse().find(
    (m) => m !== agent && m.code !== agent.code && (m.marker === 'against' || /^(?:に対する|への|に対して)/u.test(particleAfter(ctx, m))),
  );
  if (target) return { source: agent, target };
  // 北朝鮮は…安保理決議による制裁などの対象となっていた: the topic is who the measures target
  if (!/^[^。]{0,12}?の?対象(?:と|に)な/u.test(ctx.text.slice(ctx.triggerEnd - ctx.base))) return null;
  const topic = before.find((m) => m.code !== agent.code && m.marker === 'plain' && /^(?:は|が)/u.test(particleAfter(ctx, m)));
  return topic ? { source: agent, target: topic } : null;
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
/** The states of one compound right before the trigger (日中韓 → JPN, CHN, KOR), distinct, in order. */
function compoundRun(before: readonly Mention[], triggerStart: number): Mention[] {
  const d = before.filter((m) => m.marker === 'dyad');
  const last = d[d.length - 1];
  if (!last || triggerStart - last.end > 5) return [];
  const run = [last];
  for (let i = d.length - 2; i >= 0 && d[i]!.end === run[0]!.start; i--) run.unshift(d[i]!);
  const seen = new Set<string>();
  return run.filter((m) => !seen.has(m.code) && seen.add(m.code));
}

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

function findSubject(ctx: RoleContext, before: readonly Mention[], after: readonly Mention[]): Mention | null {
  const usable = (m: Mention): boolean => m.marker === 'plain';
  // 訪朝したラブロフ外相は / 訪露した北朝鮮の外相: the verb modifies the actor right after it
  const tail = ctx.text.slice(ctx.triggerEnd - ctx.base, ctx.triggerEnd - ctx.base + 12);
  // ロシアに制裁を科す日本: a verb ending in す before the head, with nothing between
  const rel = /^(?:し|を?公式訪問し|入りし)?(?:た|する|している|中の)|^す(?=[^、。\s]{2})/u.exec(tail);
  if (rel) {
    // …表敬訪問したほか、崔善姫外相と会談した: a clause that goes on (ほか, 、) modifies no head
    const heads = after.filter(
      (m) => usable(m) && m.start - ctx.triggerEnd <= (rel[0] === 'す' ? 1 : rel[0].length + 4) && !/[、,。]|^(?:ほか|後|上|り|ら|が|ため|際|こと|もの|と)/u.test(ctx.text.slice(ctx.triggerEnd - ctx.base + rel[0].length, m.start - ctx.base)),
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
    // 日本を含めた欧米諸国が参加を見送った: a state named inside the group that is the subject
    // (日本や欧州諸国の首脳は: the same with や)
    if (usable(m) && (ctx.text.startsWith('を含', m.end - ctx.base) || ctx.text.startsWith('や', m.end - ctx.base)) && GROUP_MEMBER.test(ctx.text.slice(m.end - ctx.base, m.end - ctx.base + 20))) return m;
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
/**
 * The attendees of a ceremony listed around the trigger: before …をはじめとする
 * (X、YやZをはじめとする各国首脳が一堂に会した), or after 参加者は up to など
 * (式典参加者はA、Bの指導者、C事務総長などにとどまった). Empty when the sentence
 * names no ceremony.
 */
function attendees(ctx: RoleContext, before: readonly Mention[], after: readonly Mention[]): Mention[] {
  if (!CEREMONY.test(ctx.text) && !COUNTED_ATTENDANCE.test(ctx.text)) return [];
  // 参加は…今回はカザフスタンなど6カ国となった: the states named before a count of attendees
  const counted = ctx.text.startsWith('など', ctx.triggerStart - ctx.base) ? before.find((m) => m.end === ctx.triggerStart && m.marker === 'plain') : undefined;
  if (counted) return listedBefore(ctx, counted, before);
  const lead = [...before].reverse().find((m) => m.marker === 'plain' && /^をはじめ/u.test(particleAfter(ctx, m)));
  if (lead) return listedBefore(ctx, lead, before);
  if (!/参加者は?$/u.test(ctx.text.slice(0, ctx.triggerEnd - ctx.base))) return [];
  const until = ctx.text.indexOf('など', ctx.triggerEnd - ctx.base);
  if (until < 0) return [];
  const seen = new Set<string>();
  const listed = after.filter((m) => m.marker === 'plain' && m.end - ctx.base <= until);
  return listed.filter((m, i) => {
    // BRICS諸国(ブラジル、インド…): a group glossed by its members stands for none of its own
    if (/^(?:諸国|各国)?\(/u.test(ctx.text.slice(m.end - ctx.base, m.end - ctx.base + 4))) return false;
    // 国連のパン・ギムン事務総長: the official of an owner already listed acts for it
    const prev = listed[i - 1];
    if (prev && ctx.text.slice(prev.end - ctx.base, m.start - ctx.base) === 'の') return false;
    if (seen.has(m.code)) return false;
    seen.add(m.code);
    return true;
  });
}

/**
 * The actors listed before `lead` (インドの首相や、中国の胡錦濤国家主席をはじめとする):
 * items joined by や/と/、, each an actor or an actor's office (Xの首相); an
 * owner before の (国連のパン・ギムン事務総長) stands for its official.
 */
function listedBefore(ctx: RoleContext, lead: Mention, before: readonly Mention[]): Mention[] {
  const out = [lead];
  for (let i = before.indexOf(lead) - 1; i >= 0; i--) {
    const m = before[i]!;
    const gap = ctx.text.slice(m.end - ctx.base, out[out.length - 1]!.start - ctx.base);
    if (gap === 'の') { out[out.length - 1] = m; continue; }
    if (!LIST_GAP.test(gap)) break;
    out.push(m);
  }
  const seen = new Set<string>();
  return out.filter((m) => !seen.has(m.code) && seen.add(m.code) !== undefined);
}

/** Between two listed attendees: a separator, after an office of the first (インドの首相や). */
const LIST_GAP = /^(?:の[^、。「」をにはがでと]{1,8})?(?:と|や|、|・|および|及び)$/u;

/** 記念式典を欠席した / 53カ国の首脳が一堂に会した: the state that held the ceremony told before. */
function hostOfCeremony(ctx: RoleContext, subject: Mention | null): Party | null {
  const host = ctx.ceremonyHost;
  return host && host !== subject?.code && (CEREMONY.test(ctx.text) || COUNTED_ATTENDANCE.test(ctx.text) || LEADERS_ATTENDING.test(ctx.text)) ? pseudo(host) : null;
}

/** 各国の首脳が出席した / 日本の首脳は参加を見送った: leaders attending (or not) what was just told, without naming it again. */
const LEADERS_ATTENDING = /(?:首脳|元首|要人|代表団)(?:ら|など)?(?:は|が|も)[^。]{0,6}?(?:出席|参加|参列|列席)|(?:参加|出席)を見送/u;

function placeInSentence(ctx: RoleContext, subject: Mention | null): Party | null {
  const p = ctx.places.find((x) => x.place.country && x.place.country !== subject?.code && x.place.kind !== 'country');
  return p ? { code: p.place.country, nameEn: null, start: p.start, end: p.end } : null;
}

/** 国防相は、「…」と面談した人民武力部長に述べた: the topic met the person the meeting verb's clause modifies. */
function topicMet(ctx: RoleContext, before: readonly Mention[], subject: Mention | null): Mention | null {
  if (!subject || subject.start < ctx.triggerEnd) return null;
  const topic = speakerOf(ctx, before.filter((m) => !insideQuote(ctx, m)));
  return topic && topic.code !== subject.code ? topic : null;
}

/** 首脳会談でプーチン大統領に…呼びかけた: the person addressed at the talks, right after them. */
function partnerAfter(ctx: RoleContext, after: readonly Mention[]): Mention | null {
  const m = after[0];
  if (!m || m.kind !== 'person' || m.marker !== 'plain') return null;
  if (!/^(?:で|では|において)、?$/u.test(ctx.text.slice(ctx.triggerEnd - ctx.base, m.start - ctx.base))) return null;
  return /^(?:に|と)/u.test(particleAfter(ctx, m)) ? m : null;
}

/** 司令官が平壌入りして、…再開することで合意した: the subject agreed with the other side of the act just told. */
function otherOfPair(ctx: RoleContext, subject: Mention): Party | null {
  const pair = ctx.previousPair;
  if (!pair || !pair.includes(subject.code) || pair[0] === pair[1]) return null;
  return pseudo(pair[0] === subject.code ? pair[1] : pair[0]);
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
    // (a subject heading a relative clause after the trigger leaves every actor before the trigger as a counterpart)
    if (subject && m.start < subject.start && subject.start < ctx.triggerStart) break;
    if (m.marker !== 'against' && !OBJECT_PARTICLE.test(particleAfter(ctx, m))) continue;
    // ロシア大統領にウクライナとの協議を求めた: X との modifies the content noun; the addressee is marked by に/を
    if (!content && m.marker !== 'against' && /^(?:側)?との/u.test(particleAfter(ctx, m))) { content = m; continue; }
    return m;
  }
  return content;
}

