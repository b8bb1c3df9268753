// Who may change a target: admins everything, planners their own org units, analysts and anonymous users nothing.
import { mayEditCommuneData } from '@cchc/domain';
import type { AuthUser } from '../../auth.js';
import { forbidden, unauthenticated } from '../../errors.js';

export function assertMayPlan(user: AuthUser | null, orgUnitCode: string): AuthUser {
  if (!user) throw unauthenticated();
  // The domain's rule, the one the web app asks before offering the action.
  if (mayEditCommuneData(user, orgUnitCode)) return user;
  throw forbidden(
    user.role === 'PLANNER'
      ? `Planner ${user.email} may not change targets or data of org unit "${orgUnitCode}"`
      : `Role ${user.role} may not change targets or data`,
  );
}
