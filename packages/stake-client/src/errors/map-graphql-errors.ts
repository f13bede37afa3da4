import type { ApiErrorInit, ResponseContext, SdkError } from '@core/auth';
import type { OperationType } from '../graphql/operation-type.js';
import { BetLimitError, ExistingGameError, InsufficientFundsError } from './bet-errors.js';
import { isRecord } from './read-graphql-errors.js';
import {
  StakeAuthenticationError,
  StakeNotFoundError,
  StakeRateLimitError,
} from './stake-api-errors.js';
import { StakeGraphQLError, type StakeGraphQLErrorEntry } from './stake-graphql-error.js';

/** The class an entry maps to, by `errorType` first and message second (research §2.4). */
type Classified =
  | { kind: 'auth' | 'throttle' | 'funds' | 'game' | 'notFound' }
  | { kind: 'limit'; limit: 'min' | 'max' | 'insignificant' };

// The order entries are looked at: one auth failure explains every other error.
const PRIORITY = ['auth', 'throttle', 'funds', 'limit', 'game', 'notFound'] as const;

/**
 * Simple rules, by errorType, then by the message prefixes Gambler.Bot and userscripts match.
 * An `unauthenticated`/`unauthorized` entry is an auth failure only when the whole operation
 * failed: the entry is at the root (no path, or a one-element path) and `data` holds nothing
 * (null, or every root field null). Otherwise a field deep inside a result was refused
 * (e.g. `diceRoll.user.email`) while the operation itself ran: replaying it would bet twice.
 */
export function classifyEntry(
  entry: StakeGraphQLErrorEntry,
  data: unknown = null,
): Classified | undefined {
  const type = entry.errorType;
  const message = entry.message;
  if (type === 'unauthenticated' || type === 'unauthorized') {
    return isRootEntry(entry) && isEmptyData(data) ? { kind: 'auth' } : undefined;
  }
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
  /** The operation's type (`mutation` when unknown). */
  operationType: OperationType;
  /** Whether an auth failure may be cured by refreshing the credential provider. */
  refreshable: boolean;
  /** The error fields of the response, with the body decoded exactly. */
  errorInit: ApiErrorInit;
}

/** Turns a non-empty `errors` array into the most specific typed error. */
export function mapGraphQLErrors(ctx: ResponseContext, options: MapGraphQLErrorsOptions): SdkError {
  const { errors, data, operationName } = options;
  let chosen: { entry: StakeGraphQLErrorEntry; classified: Classified } | undefined;
  for (const kind of PRIORITY) {
    for (const entry of errors) {
      const classified = classifyEntry(entry, data);
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
  const init = { ...options.errorInit, errors, data, operationName };
  const what = `${op} answered HTTP ${ctx.status} with GraphQL error ${quoted}`;
  switch (chosen?.classified.kind) {
    case 'auth':
      return new StakeAuthenticationError(
        `${what}: Stake refused the access token. Copy a fresh x-access-token from a logged-in browser (Stake tokens end with the session).`,
        {
          ...init,
          credentialExpired: options.refreshable && mayReplay(options.operationType, data),
        },
      );
    case 'throttle':
      return new StakeRateLimitError(
        `${what}: Stake is throttling this account. Wait, send fewer requests, and place one bet at a time.`,
        { ...init, retryAfterMs: ctx.retryAfterMs },
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
      return new StakeNotFoundError(`${what}: no such object. Check the ids and variables.`, init);
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

/**
 * Whether a refused credential may be refreshed and the operation replayed: never for a
 * mutation that returned any data, since it acted (a replayed bet is a second bet).
 */
export function mayReplay(operationType: OperationType, data: unknown): boolean {
  return operationType !== 'mutation' || isEmptyData(data);
}

function isRootEntry(entry: StakeGraphQLErrorEntry): boolean {
  return entry.path === undefined || entry.path.length <= 1;
}

/** True when `data` holds nothing: absent, null, or every root field null. */
export function isEmptyData(data: unknown): boolean {
  if (data === undefined || data === null) return true;
  return isRecord(data) && Object.values(data).every((value) => value === null);
}
