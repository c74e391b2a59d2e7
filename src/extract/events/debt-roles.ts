import type { Mention } from '../actors/match-actors.js';
import { particleAfter, pseudo, type Party, type RoleContext, type Roles } from './role-context.js';

/**
 * Debt relief (ロシアは北朝鮮の債務を免除した / 北朝鮮の対露債務の9割を免除し):
 * the creditor forgives, the debtor receives. The creditor is the state after
 * 対 (対露債務) or before に負った / への / からの; else the subject. The debtor
 * owns the debt (北朝鮮の対露債務, 北朝鮮の債務), else is the subject, else the
 * other side of the pair the paragraph is about (両国の財務次官が…).
 */
export function debtRoles(ctx: RoleContext, before: readonly Mention[]): Roles[] {
  const near = before.filter((m) => ctx.triggerStart - m.end <= 12);
  const owed = [...near].reverse().find(
    (m) => (m.marker === 'against' && ctx.triggerStart - m.end <= 4) || /^(?:に負った|に負う|への|からの)/u.test(particleAfter(ctx, m)),
  );
  const subject = [...before].reverse().find((m) => m.marker === 'plain' && /^(?:側|政府)?(?:は|が)/u.test(particleAfter(ctx, m)));
  const creditor: Party | null = owed ?? subject ?? null;
  if (!creditor) return [];
  const owner = [...before].reverse().find(
    (m) => m.marker === 'plain' && m.code !== creditor.code && m.end <= (owed ? owed.start : ctx.triggerStart) && /^の/u.test(particleAfter(ctx, m)) &&
      (owed ? owed.start : ctx.triggerStart) - m.end <= 2,
  );
  const pairOther = ctx.previousPair?.includes(creditor.code) ? ctx.previousPair.find((c) => c !== creditor.code) : undefined;
  const debtor: Party | null = owner ?? (subject && subject.code !== creditor.code ? subject : null) ?? (pairOther ? pseudo(pairOther) : null);
  return debtor ? [{ source: creditor, target: debtor }] : [];
}
