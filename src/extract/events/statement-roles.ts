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
  const accused = before.find((m) => m.start > speaker.start && m.code !== speaker.code && /^(?:側)?(?:が|は|による)/u.test(particleAfter(ctx, m)));
  return accused ? [{ source: speaker, target: accused }] : [];
}

/** 韓国を中心とした国際調査団が: the state leading a group that is the subject. */
function ledGroup(ctx: RoleContext, before: readonly Mention[]): Mention | null {
  return before.find((m) => m.marker === 'plain' && /^を中心と(?:した|する)[^、。「」]{0,10}?(?:が|は)/u.test(ctx.text.slice(m.end - ctx.base, m.end - ctx.base + 24))) ?? null;
}

/** Xは「…Y…」と述べた / XはYとの協力を強調した: the speaker → the actor the statement is about. */
export function statementRoles(ctx: RoleContext, before: readonly Mention[], after: readonly Mention[], subject: Mention | null): Roles[] {
  // the speaker (the は-topic, not the が of an
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
