// Who may manage users: admins only. Kept beside target.permissions.ts so a new role is added in one place per rule.
import type { AuthUser } from '../../auth.js';
import { forbiddenRole, unauthenticated } from '../../errors.js';

export function assertSignedIn(user: AuthUser | null): AuthUser {
  if (!user) throw unauthenticated();
  return user;
}

export function assertMayManageUsers(user: AuthUser | null): AuthUser {
  const signedIn = assertSignedIn(user);
  if (signedIn.role !== 'ADMIN') throw forbiddenRole(signedIn.role, 'MANAGE_USERS', `Role ${signedIn.role} may not manage users`);
  return signedIn;
}
