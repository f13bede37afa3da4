import type { Secret } from '@core/auth';
import type { StashKeyEncoding } from '../client/stash-client-options.js';

/** The credential the pipeline carries: an API key, or what signing needs; secrets as Secret. */
export type StashCredential =
  | { readonly scheme: 'apiKey'; readonly apiKey: Secret }
  | {
      readonly scheme: 'hmac';
      readonly shopId: string;
      readonly secret: Secret;
      readonly keyEncoding: StashKeyEncoding;
    };
