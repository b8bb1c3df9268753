// Who may change a target: admins everything, planners their own org units, analysts and anonymous users nothing.
import type { AuthUser } from '../../auth.js';
import { forbidden, unauthenticated } from '../../errors.js';

export function assertMayPlan(user: AuthUser | null, orgUnitCode: string): AuthUser {
  if (!user) throw unauthenticated();
  if (user.role === 'ADMIN') return user;
  if (user.role === 'PLANNER' && user.orgUnitCodes.includes(orgUnitCode)) return user;
  throw forbidden(
    user.role === 'PLANNER'
      ? `Planner ${user.email} may not change targets or data of org unit "${orgUnitCode}"`
      : `Role ${user.role} may not change targets or data`,
  );
}
