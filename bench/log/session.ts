/** Signs in through the API exactly once per account: the login throttle stays far away. */

export interface Session {
  cookie: string;
  csrfToken: string;
}

async function call(baseUrl: string, session: Session | undefined, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrfToken;
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return { response, json: text ? JSON.parse(text) : undefined };
}

function sessionFrom(response: Response, json: { csrfToken?: unknown }): Session {
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('relacja_session='));
  if (!cookie || typeof json.csrfToken !== 'string') throw new Error('no session in the sign-in answer');
  return { cookie, csrfToken: json.csrfToken };
}

/** Signs in with a one-time password and sets an own password, which the server requires first. */
async function signInFirstTime(baseUrl: string, email: string, oneTimePassword: string, newPassword: string): Promise<Session> {
  const login = await call(baseUrl, undefined, 'POST', '/api/auth/login', { email, password: oneTimePassword });
  const first = sessionFrom(login.response, login.json);
  const changed = await call(baseUrl, first, 'POST', '/api/auth/password', { currentPassword: oneTimePassword, newPassword });
  return sessionFrom(changed.response, changed.json);
}

export interface BenchUser {
  session: Session;
  userId: string;
  branchId: string;
  practiceIds: string[];
}

/** A dedicated librarian in a dedicated branch, set up by the first administrator. */
export async function prepareBenchUser(baseUrl: string, admin: { email: string; oneTimePassword: string }): Promise<BenchUser> {
  const adminSession = await signInFirstTime(baseUrl, admin.email, admin.oneTimePassword, 'Pomiar-Rejestru-2026-Admin');
  const branch = await call(baseUrl, adminSession, 'POST', '/api/branches', { name: 'Filia pomiarowa' });
  const user = await call(baseUrl, adminSession, 'POST', '/api/users', {
    email: 'pomiar@biblioteka.test',
    name: 'Konto pomiarowe',
    role: 'librarian',
    branchIds: [branch.json.id],
  });
  const session = await signInFirstTime(baseUrl, 'pomiar@biblioteka.test', user.json.oneTimePassword, 'Pomiar-Rejestru-2026-Bibliotekarz');
  const practices = await call(baseUrl, session, 'GET', '/api/practices?limit=20');
  const practiceIds = practices.json.items.map((item: { id: string }) => item.id);
  return { session, userId: user.json.user.id, branchId: branch.json.id, practiceIds };
}
