import { baseURL } from './env.js';

// Talks to the server the way any client does (POST /graphql), to sign in and to seed data for a scenario.
export const DEMO_PASSWORD = 'cchc-demo';

export const DEMO_USERS = {
  admin: 'admin@demo.cchc',
  analyst: 'analyst@demo.cchc',
  planner: 'planner.binhthanh@demo.cchc',
  otherPlanner: 'planner.other@demo.cchc',
  reviewer: 'reviewer.thainguyen@demo.cchc',
} as const;

export type DemoUser = keyof typeof DEMO_USERS;

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLError[];
}

export { baseURL };

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseURL()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** The data of a request that must succeed; any error fails the test with the server's message. */
export async function graphqlOk<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await graphql<T>(query, variables, token);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL request failed: ${JSON.stringify(result.errors ?? result)}\n${query}`);
  }
  return result.data;
}

const tokens = new Map<DemoUser, string>();

export async function login(user: DemoUser): Promise<string> {
  const cached = tokens.get(user);
  if (cached) return cached;
  const data = await graphqlOk<{ login: { token: string } }>(
    'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: DEMO_USERS[user], password: DEMO_PASSWORD },
  );
  tokens.set(user, data.login.token);
  return data.login.token;
}

export interface BrowserCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  expires: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Strict' | 'Lax' | 'None';
}

/** Signs in the way the web app does (signIn sets an httpOnly session cookie and a CSRF cookie) and returns them. */
export async function webSessionCookies(user: DemoUser): Promise<BrowserCookie[]> {
  const response = await fetch(`${baseURL()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
      variables: { email: DEMO_USERS[user], password: DEMO_PASSWORD },
    }),
  });
  const { hostname } = new URL(baseURL());
  const cookies = response.headers.getSetCookie().map((header): BrowserCookie => {
    const [pair, ...attributes] = header.split(';').map((part) => part.trim());
    const [name, ...value] = pair!.split('=');
    const expires = attributes.find((a) => /^expires=/i.test(a));
    return {
      name: name!,
      value: value.join('='),
      domain: hostname,
      path: '/',
      expires: expires ? Math.floor(Date.parse(expires.slice('expires='.length)) / 1000) : -1,
      httpOnly: attributes.some((a) => /^httponly$/i.test(a)),
      secure: attributes.some((a) => /^secure$/i.test(a)),
      sameSite: 'Strict',
    };
  });
  if (!cookies.some((c) => c.name === 'cchc_session')) throw new Error(`signIn ${user} set no session cookie`);
  return cookies;
}

export interface TargetRow {
  id: string;
  version: number;
  text: string;
  value: number;
  owner: string | null;
  history: { field: string; before: string | null; after: string | null; by: string }[];
}

const TARGET_FIELDS = 'id version text value owner history { field before after by }';

export async function targetsOf(orgUnitCode = 'binh-thanh', programme = '2026-2030'): Promise<TargetRow[]> {
  const data = await graphqlOk<{ targets: TargetRow[] }>(
    `query Targets($orgUnitCode: String!, $programme: String!) { targets(orgUnitCode: $orgUnitCode, programme: $programme) { ${TARGET_FIELDS} } }`,
    { orgUnitCode, programme },
    // Signed in: history authors are e-mails for the province's users (anonymous readers get a role and unit).
    await login('admin'),
  );
  return data.targets;
}

export async function targetById(id: string): Promise<TargetRow> {
  const data = await graphqlOk<{ target: TargetRow | null }>(
    `query Target($id: ID!) { target(id: $id) { ${TARGET_FIELDS} } }`,
    { id },
    await login('admin'),
  );
  if (!data.target) throw new Error(`target ${id} not found`);
  return data.target;
}

export async function saveQuery(user: DemoUser, name: string, query: string, variables: Record<string, unknown> | null): Promise<string> {
  const data = await graphqlOk<{ saveQuery: { id: string } }>(
    'mutation Save($input: SaveQueryInput!) { saveQuery(input: $input) { id } }',
    { input: { name, query, variables } },
    await login(user),
  );
  return data.saveQuery.id;
}
