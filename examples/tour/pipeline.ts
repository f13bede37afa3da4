// The README's "Use the pipeline" example, compiled by the CLI's type tests
// (packages/cli/test/tour.test-d.ts); a test checks that README.md shows the region exactly.
// #region readme
import { createPipeline, fromEnv, RateLimitError } from '@core/auth';
import { z } from 'zod';

const api = createPipeline({
  baseUrl: 'https://api.example.com/v1',
  provider: '@acme/example',
  credentials: fromEnv({ apiKey: 'EXAMPLE_API_KEY' }, { envFile: '.env' }),
  headers: (c) => ({ 'x-api-key': c.apiKey.reveal() }),
  timeoutMs: 10_000, // each attempt
  deadlineMs: 30_000, // the whole call, retries included
  retry: { limit: 3 },
});

const User = z.object({ id: z.string(), name: z.string() });
try {
  const user = await api.request({ method: 'GET', path: '/users/42', schema: User });
  console.log(user.name); // typed by the schema
} catch (error) {
  if (RateLimitError.is(error)) console.warn(`slow down for ${error.retryAfterMs} ms`);
  else throw error;
}
// #endregion readme
