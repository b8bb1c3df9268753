// Who may change a target: admins everything, planners their own org units, analysts and anonymous users nothing.
import { mayEditCommuneData } from '@cchc/domain';
import type { AuthUser } from '../../auth.js';
import { forbiddenRole, forbiddenUnit, unauthenticated } from '../../errors.js';

export function assertMayPlan(user: AuthUser | null, orgUnitCode: string): AuthUser {
  if (!user) throw unauthenticated();
  // The domain's rule, the one the web app asks before offering the action.
  if (mayEditCommuneData(user, orgUnitCode)) return user;
  throw user.role === 'PLANNER'
    ? forbiddenUnit(orgUnitCode, 'CHANGE_DATA', `Planner ${user.email} may not change targets or data of org unit "${orgUnitCode}"`)
    : forbiddenRole(user.role, 'CHANGE_DATA', `Role ${user.role} may not change targets or data`);
}
