import type { AuthConfig } from './router/parse-auth.js';
import type { StackStore } from './store/stack-store.js';

/** Everything a route handler may read or change: the store, the token keys, the settings. */
export interface StackWorld extends AuthConfig {
  readonly store: StackStore;
  readonly accessTokenLifetimeMs: number;
  readonly stats: { refreshes: number };
}
