// The README's Stack Auth tour, compiled by the CLI's type tests (packages/cli/test/tour.test-d.ts);
// a test checks that README.md shows the region below exactly.
declare const userAccessToken: string; // what the frontend sent in x-stack-access-token

// #region readme
import { createStackServerClient } from '@acme/stack-client';

const stack = createStackServerClient({
  projectId: process.env.STACK_PROJECT_ID ?? '',
  secretServerKey: process.env.STACK_SECRET_SERVER_KEY ?? '',
});
const claims = await stack.verifyAccessToken(userAccessToken); // ES256, exact issuer and audience
const { items, nextCursor } = await stack.listUsers({ limit: 20 });

// #endregion readme

export { claims, items, nextCursor };
