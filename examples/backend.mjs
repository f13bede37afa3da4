// Stack Auth in a backend: verify the access token a user's frontend sent, then list users.
//
//   STACK_PROJECT_ID=… STACK_SECRET_SERVER_KEY=ssk_… STACK_USER_ACCESS_TOKEN=eyJ… node examples/backend.mjs
//
// STACK_BASE_URL points it elsewhere (the tests use @acme/testing's local Stack server).
import { AccessTokenVerificationError, createStackServerClient } from '@acme/stack-client';

const baseUrl = process.env.STACK_BASE_URL;
const stack = createStackServerClient({
  projectId: process.env.STACK_PROJECT_ID ?? '',
  secretServerKey: process.env.STACK_SECRET_SERVER_KEY ?? '',
  ...(baseUrl === undefined ? {} : { baseUrl, allowInsecureHttp: isLoopback(baseUrl) }),
});

// A backend's handler: the frontend sends the user's token in x-stack-access-token.
async function handle(request) {
  try {
    const claims = await stack.verifyAccessToken(request.headers.get('x-stack-access-token') ?? '');
    const user = await stack.getUser(claims.userId); // null when deleted meanwhile
    return Response.json({ id: claims.userId, email: user?.primaryEmail ?? null });
  } catch (error) {
    if (AccessTokenVerificationError.is(error)) return new Response(null, { status: 401 });
    throw error;
  }
}

const token = process.env.STACK_USER_ACCESS_TOKEN ?? '';
const response = await handle(
  new Request('http://localhost/me', { headers: { 'x-stack-access-token': token } }),
);
console.log(
  `GET /me -> ${response.status} ${response.status === 200 ? await response.text() : ''}`,
);

const { items, nextCursor } = await stack.listUsers({ limit: 5 });
console.log(`users: ${items.map((u) => u.primaryEmail ?? u.id).join(', ')}`);
if (nextCursor !== null && nextCursor !== undefined) console.log('(more users on the next page)');
stack.close();

// http:// only for the local test servers; everything else must be https.
function isLoopback(url) {
  return /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(url);
}
