/** The three clients of the repo: package, folder, and the main factory its users import. */
export const CLIENTS = [
  { name: '@acme/stack-client', folder: 'stack-client', entry: 'createStackServerClient' },
  { name: '@acme/stake-client', folder: 'stake-client', entry: 'StakeClient' },
  { name: '@acme/stash-client', folder: 'stash-client', entry: 'StashClient' },
];

/** The official SDK the issue compares against. */
export const STACKFRAME = { name: '@stackframe/js', entry: 'StackServerApp' };
