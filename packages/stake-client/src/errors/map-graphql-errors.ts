import {
  AuthenticationError,
  NotFoundError,
  RateLimitError,
  type ResponseContext,
  type SdkError,
} from '@core/auth';
import { BetLimitError, ExistingGameError, InsufficientFundsError } from './bet-errors.js';
import { StakeGraphQLError, type StakeGraphQLErrorEntry } from './stake-graphql-error.js';

/** The class an entry maps to, by `errorType` first and message second (research §2.4). */
type Classified =
  | { kind: 'auth' | 'throttle' | 'funds' | 'game' | 'notFound' }
  | { kind: 'limit'; limit: 'min' | 'max' | 'insignificant' };

// The order entries are looked at: one auth failure explains every other error.
const PRIORITY = ['auth', 'throttle', 'funds', 'limit', 'game', 'notFound'] as const;

/** Simple rules, by errorType, then by the message prefixes Gambler.Bot and userscripts match. */
export function classifyEntry(entry: StakeGraphQLErrorEntry): Classified | undefined {
  const type = entry.errorType;
  const message = entry.message;
  if (type === 'unauthenticated' || type === 'unauthorized') return { kind: 'auth' };
  if (type === 'parallelCasinoBet' || /please slow down/i.test(message))
    return { kind: 'throttle' };
  if (type === 'insufficientBalance' || /not have enough balance/i.test(message))
    return { kind: 'funds' };
  if (type === 'insignificantBet') return { kind: 'limit', limit: 'insignificant' };
  if (/^maximum bet exceeded/i.test(message)) return { kind: 'limit', limit: 'max' };
  if (/^(amount too small|number too small)/i.test(message)) return { kind: 'limit', limit: 'min' };
  if (type === 'existingGame') return { kind: 'game' };
  if (type === 'notFound') return { kind: 'notFound' };
  return undefined;
}

/** Options of {@link mapGraphQLErrors}. */
export interface MapGraphQLErrorsOptions {
  errors: readonly StakeGraphQLErrorEntry[];
  data: unknown;
  operationName: string | undefined;
  /** Whether an auth failure may be cured by refreshing the credential provider. */
  refreshable: boolean;
}

/** Turns a non-empty `errors` array into the most specific typed error. */
export function mapGraphQLErrors(ctx: ResponseContext, options: MapGraphQLErrorsOptions): SdkError {
  const { errors, data, operationName } = options;
  let chosen: { entry: StakeGraphQLErrorEntry; classified: Classified } | undefined;
  for (const kind of PRIORITY) {
    for (const entry of errors) {
      const classified = classifyEntry(entry);
      if (classified?.kind === kind) {
        chosen = { entry, classified };
        break;
      }
    }
    if (chosen !== undefined) break;
  }
  const first = chosen?.entry ?? errors[0];
  const op = operationName ?? 'the operation';
  const quoted =
    first === undefined
      ? ''
      : `"${first.message}"${first.errorType === undefined ? '' : ` (${first.errorType})`}`;
  const init = { ...ctx.errorInit, errors, data, operationName };
  const what = `${op} answered HTTP ${ctx.status} with GraphQL error ${quoted}`;
  switch (chosen?.classified.kind) {
    case 'auth':
      return new AuthenticationError(
        `${what}: Stake refused the access token. Copy a fresh x-access-token from a logged-in browser (Stake tokens end with the session).`,
        { ...ctx.errorInit, credentialExpired: options.refreshable },
      );
    case 'throttle':
      return new RateLimitError(
        `${what}: Stake is throttling this account. Wait, send fewer requests, and place one bet at a time.`,
        { ...ctx.errorInit, retryAfterMs: ctx.retryAfterMs },
      );
    case 'funds':
      return new InsufficientFundsError(
        `${what}: the balance is too low. Lower the amount or deposit.`,
        init,
      );
    case 'limit':
      return new BetLimitError(
        `${what}: the amount is outside the game's limits. Change the amount.`,
        {
          ...init,
          limit: chosen.classified.kind === 'limit' ? chosen.classified.limit : 'min',
        },
      );
    case 'game':
      return new ExistingGameError(
        `${what}: an unfinished game is open. Finish or cash it out first.`,
        init,
      );
    case 'notFound':
      return new NotFoundError(
        `${what}: no such object. Check the ids and variables.`,
        ctx.errorInit,
      );
    default:
      return new StakeGraphQLError(`${what}: ${hintFor(first)}`, init);
  }
}

function hintFor(entry: StakeGraphQLErrorEntry | undefined): string {
  // Schema drift is real (research §2.3, mydicebot #99): say so instead of a bare message.
  if (entry !== undefined && /cannot query field/i.test(entry.message)) {
    return "Stake's schema has changed. Override the operation's document (the documents option) with the current fields.";
  }
  return 'see error.errors, error.errorType and error.data. It is not retried.';
}
