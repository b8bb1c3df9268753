// What the interface offers each role. The API enforces the same rules; this only avoids offering what would fail.
import { mayEditCommuneData, USER_ROLES, type UserRole } from '@cchc/domain';

export interface SessionUser {
  email: string;
  role: string;
  orgUnitCodes: string[];
}

const actorOf = (user: SessionUser | null) =>
  user && (USER_ROLES as readonly string[]).includes(user.role)
    ? { role: user.role as UserRole, orgUnitCodes: user.orgUnitCodes }
    : null;

/** The domain's rule, the one the API enforces: an admin, or a planner of the commune. */
export function canEditTargetsOf(user: SessionUser | null, orgUnitCode: string): boolean {
  return mayEditCommuneData(actorOf(user), orgUnitCode);
}

/** Importing a commune's PHỤ LỤC I changes its data: the same rule as entering it. */
export function canImport(user: SessionUser | null, orgUnitCode: string): boolean {
  return mayEditCommuneData(actorOf(user), orgUnitCode);
}

export function canManageUsers(user: SessionUser | null): boolean {
  return user?.role === 'ADMIN';
}

/** A commune's yearly figures: its planner or an admin (the API also refuses locked data). */
export function canEnterDataOf(user: SessionUser | null, orgUnitCode: string): boolean {
  return canEditTargetsOf(user, orgUnitCode);
}

/** The review queue: reviewers (for their units) and admins. */
export function canReview(user: SessionUser | null): boolean {
  return user?.role === 'REVIEWER' || user?.role === 'ADMIN';
}

/** One submission (a year's figures or a plan): an admin, or a reviewer working for its reviewing unit. */
export function canReviewSubmission(user: SessionUser | null, reviewerUnitCode: string | null | undefined): boolean {
  if (!canReview(user)) return false;
  return user?.role === 'ADMIN' || (reviewerUnitCode ? (user?.orgUnitCodes ?? []).includes(reviewerUnitCode) : false);
}
