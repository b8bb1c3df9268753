// The web app's session lives in an httpOnly cookie the page's script cannot read (the server sets it on signIn).
// Requests prove they come from this app by repeating the readable CSRF cookie in the X-CSRF-Token header, which a
// page of another site cannot do. The CSRF cookie also tells the app that a session may be open.
import { cookieValue } from '../../ui/utils/cookies';

const CSRF_COOKIE = 'cchc_csrf';

function readCsrfCookie(): string | null {
  return typeof document === 'undefined' ? null : cookieValue(document.cookie, CSRF_COOKIE);
}

/** True when a session cookie was set (it may have ended on the server; `me` tells). */
export const hasSession = (): boolean => readCsrfCookie() !== null;

export function csrfHeader(): Record<string, string> {
  const token = readCsrfCookie();
  return token ? { 'x-csrf-token': token } : {};
}
