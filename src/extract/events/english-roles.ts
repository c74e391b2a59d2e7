import type { Frame } from './event-rule.js';
import type { RoleContext, Roles } from './roles.js';
import { findJapaneseRoles } from './roles.js';

/**
 * Source and target for an English trigger. Placeholder that defers to the
 * Japanese particle logic until English clause-based role finding lands.
 */
export function englishRoles(frame: Frame, ctx: RoleContext, defaultTargetCode: string | null, fixed: boolean): Roles[] {
  return findJapaneseRoles(frame, ctx, defaultTargetCode, fixed);
}
