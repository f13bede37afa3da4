import type { StashCallOptions } from '../client/stash-client-options.js';
import {
  type AuthenticatedUrl,
  AuthenticatedUrlRequestSchema,
  AuthenticatedUrlSchema,
  type GenerateAuthenticatedUrlRequest,
} from '../schemas/authenticated-url.js';
import { parseInput } from '../validation/parse-input.js';
import { callOptions, type StashCallContext } from './call-context.js';

/** POST /sdk/server/generate_url: a POST, so never retried. */
export async function generateAuthenticatedUrl(
  context: StashCallContext,
  input: GenerateAuthenticatedUrlRequest,
  options?: StashCallOptions,
): Promise<AuthenticatedUrl> {
  parseInput(AuthenticatedUrlRequestSchema, input, 'generateAuthenticatedUrl');
  return context.pipeline.request({
    method: 'POST',
    path: '/sdk/server/generate_url',
    json: input,
    schema: AuthenticatedUrlSchema,
    ...callOptions(options),
  });
}
