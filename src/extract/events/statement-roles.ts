import type { Mention } from '../actors/match-actors.js';
import { compoundOf, coordinated, insideQuote, particleAfter, pseudo, speakerOf, type RoleContext, type Roles } from './role-context.js';

// Roles of the two frames whose source is a speaker: `accuse` (the speaker →
// the subject of the reported clause) and `statement` (the speaker → the
// actor the statement is about).

/** 国防相は、北朝鮮がロシアに砲弾を提供したとの分析を示した: the speaker → the accused. */
export function accuseRoles(ctx: RoleContext, before: readonly Mention[]): Roles[] {
  // the speaker is the outer topic (first は), not the nearest が of the reported clause
  // 韓国を中心とした調査団が、北朝鮮による攻撃が原因であるとの結論を…: a group led by a state speaks for it
  const speaker = speakerOf(ctx, before) ?? ledGroup(ctx, before) ?? ctx.topic;
  if (!speaker) return [];
  // (北朝鮮の魚雷攻撃によるものだとする調査結果: the genitive agent of an attack named in the finding)
  const accused = before.find((m) => m.start > speaker.start && m.code !== speaker.code && (/^(?:側)?(?:が|は|による)/u.test(particleAfter(ctx, m)) || ATTACK_BY.test(ctx.text.slice(m.end - ctx.base, m.end - ctx.base + 12))));
  return accused ? [{ source: speaker, target: accused }] : [];
}

/** 韓国を中心とした国際調査団が: the state leading a group that is the subject. */
function ledGroup(ctx: RoleContext, before: readonly Mention[]): Mention | null {
  return before.find((m) => m.marker === 'plain' && /^を中心と(?:した|する)[^、。「」]{0,10}?(?:が|は)/u.test(ctx.text.slice(m.end - ctx.base, m.end - ctx.base + 24))) ?? null;
}

/** が, then a clause ending in a verb that modifies the object of the trigger (が…採択した決議も). */
const RELATIVE_OBJECT = /^(?:側)?が[^、。「」]*?(?:した|する|している|された)[^、。「」]{1,24}?(?:を|も)(?:すべて|全て|一貫して|強く)?$/u;

const JOINS = /^に[^、。]{0,15}(?:復帰|参加|出席|加盟)(?:する|したい)/u;

/** Xの(魚雷)攻撃 / Xの砲撃 / Xの関与: a genitive agent of a hostile act. */
const ATTACK_BY = /^の[^、。]{0,4}?(?:攻撃|砲撃|関与|犯行|挑発)/u;

/** Xは「…Y…」と述べた / XはYとの協力を強調した: the speaker → the actor the statement is about. */
export function statementRoles(ctx: RoleContext, before: readonly Mention[], after: readonly Mention[], subject: Mention | null): Roles[] {
  // the speaker (the は-topic, not the が of an
  // embedded clause: ロシアが講じる措置への支持) and the other actor the statement is about
  // a name inside the quotation is what was said, not who said it
  const outside = before.filter((m) => !insideQuote(ctx, m));
  const stated = speakerOf(ctx, outside);
  // (ロシアは)安保理が採択した決議もすべて支持している: the が of a clause that modifies the object
  // is whose object it is; the speaker is the topic carried from before
  if (!stated && subject && ctx.topic && ctx.topic.code !== subject.code && subject.end <= ctx.triggerStart && !insideQuote(ctx, subject) &&
    RELATIVE_OBJECT.test(ctx.text.slice(subject.end - ctx.base, ctx.triggerStart - ctx.base))) {
    return [{ source: ctx.topic, target: subject }];
  }
  const speaker = stated ?? (subject && !insideQuote(ctx, subject) ? subject : null) ?? ctx.topic;
  if (!speaker) return [];
  // ロシアの駐韓大使が、…根拠がないと述べた: an ambassador speaks to the state he is posted in
  const posted = ctx.mentions.find((m) => m.marker === 'posted-in' && m.start > speaker.start && m.start - speaker.end <= 2 && m.code !== speaker.code);
  if (posted) return [{ source: speaker, target: posted }];
  // 「北朝鮮の指導者が中国を訪れる見込みが大きい」と報告した: the statement is about the subject of its clause
  // 六者会合に復帰すると表明した: a forum the speaker means to join is what is said, not to whom
  const others = before.filter((m) => m.code !== speaker.code && m.start > speaker.start && !(m.kind === 'organisation' && JOINS.test(ctx.text.slice(m.end - ctx.base, ctx.triggerEnd - ctx.base))));
  // 「日米韓による軍事活動の増大と、戦略資産の韓国移転」に懸念を表明した: every actor of a quotation that is the object of the trigger
  const quoted = quotedObject(ctx, others);
  if (quoted.length > 0) return quoted.map((t) => ({ source: speaker, target: t }));
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

/** The actors inside a quotation that closes right before the trigger as its object (「…」に懸念, 「…」を非難), one per state. */
function quotedObject(ctx: RoleContext, others: readonly Mention[]): Mention[] {
  const head = ctx.text.slice(0, ctx.triggerStart - ctx.base);
  const close = head.lastIndexOf('」');
  if (close < 0 || !/^」(?:に|を|への|に対する|に対して)$/u.test(head.slice(close))) return [];
  const open = head.lastIndexOf('「', close);
  const seen = new Set<string>();
  return others.filter((m) => m.start - ctx.base > open && m.end - ctx.base <= close && !seen.has(m.code) && seen.add(m.code) !== undefined);
}
