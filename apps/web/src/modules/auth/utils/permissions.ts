// What the interface offers each role. The API enforces the same rules; this only avoids offering what would fail.
export interface SessionUser {
  email: string;
  role: string;
  orgUnitCodes: string[];
}

export function canEditTargetsOf(user: SessionUser | null, orgUnitCode: string): boolean {
  if (!user) return false;
  if (user.role === 'ADMIN') return true;
  return user.role === 'PLANNER' && user.orgUnitCodes.includes(orgUnitCode);
}

export function canImport(user: SessionUser | null): boolean {
  return user?.role === 'ADMIN';
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
