/** The providers the CLI knows, in the order `all` runs them. */
export const PROVIDER_NAMES = ['stake', 'stack', 'stash'] as const;

/** One of {@link PROVIDER_NAMES}. */
export type ProviderName = (typeof PROVIDER_NAMES)[number];

/** What `check` and `headers` say a provider is. */
export const PROVIDER_TITLES: Readonly<Record<ProviderName, string>> = {
  stake: 'Stake.com',
  stack: 'Stack Auth',
  stash: 'Stash',
};
