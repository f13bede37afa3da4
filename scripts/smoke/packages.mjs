// The publishable packages and the exports a user reaches for first. The smoke checks assert
// these exist in both builds (ESM and CJS); the full export lists must also match each other.
export const LIBRARIES = [
  {
    name: '@core/auth',
    folder: 'core-auth',
    exports: ['Secret', 'mask', 'createPipeline', 'SdkError', 'ApiError', 'isSdkError'],
  },
  {
    name: '@acme/stake-client',
    folder: 'stake-client',
    exports: ['StakeClient', 'StakeAuth', 'parseCurl', 'validateAccessToken', 'formatAmount'],
  },
  {
    name: '@acme/stack-client',
    folder: 'stack-client',
    exports: ['createStackClient', 'createStackServerClient', 'createStackAdminClient'],
  },
  {
    name: '@acme/stash-client',
    folder: 'stash-client',
    exports: ['StashClient', 'verifyWebhook', 'parseWebhookEvent', 'WebhookSignatureError'],
  },
  {
    name: '@acme/testing',
    folder: 'testing',
    exports: ['startLoopbackServer', 'startStakeServer', 'startStackServer', 'startStashServer'],
  },
];

/** The CLI ships a bin only (ESM, no library entry): it is smoke-tested by running it. */
export const CLI = { name: '@acme/cli', folder: 'cli', bin: 'dist/cli.js' };
