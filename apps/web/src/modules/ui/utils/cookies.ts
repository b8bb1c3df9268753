// Reading a cookie the page's script may read (the CSRF cookie, the language cookie) from a `document.cookie` string.

/**
 * The value of the cookie `name` in `cookies` (a `document.cookie` string), URI-decoded; null when absent, empty or not
 * decodable (a cookie another page wrote badly must not stop the app).
 */
export function cookieValue(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('=').trim()) || null;
    } catch {
      return null;
    }
  }
  return null;
}
