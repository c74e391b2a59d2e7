import type { Mention } from '../actors/match-actors.js';
import { particleAfter, pseudo, type RoleContext, type Roles } from './role-context.js';

/**
 * Acts whose author is always the same body, named by the act's noun
 * (ロシアを非難する国連総会決議, ロシアによる併合の無効性について採択した総会決議:
 * the UN condemns Russia): the source is that body and the target the actor
 * the resolution is about, marked by を / による / の / に対する close before the
 * trigger.
 */
export function fixedSourceRoles(ctx: RoleContext, sourceCode: string): Roles[] {
  const before = ctx.mentions.filter((m) => m.end <= ctx.triggerStart && ctx.triggerStart - m.end <= 30);
  const target = [...before].reverse().find(
    (m: Mention) => m.marker === 'plain' && m.code !== sourceCode && /^(?:側)?(?:を|による|の|に対する)/u.test(particleAfter(ctx, m)),
  );
  return target ? [{ source: pseudo(sourceCode), target }] : [];
}
