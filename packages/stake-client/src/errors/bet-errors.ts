import { StakeGraphQLError, type StakeGraphQLErrorInit } from './stake-graphql-error.js';

/**
 * `insufficientBalance`, or "You do not have enough balance to do that." (research §2.4).
 *
 * @example
 * ```ts
 * if (InsufficientFundsError.is(error)) notify('top up first');
 * ```
 */
export class InsufficientFundsError extends StakeGraphQLError {
  static override readonly kind: string = 'InsufficientFundsError';
  static override readonly defaultCode: string = 'insufficient_funds';
}

/** Which bet limit was hit. */
export type BetLimit = 'min' | 'max' | 'insignificant';

/**
 * The amount is outside the game's limits: `insignificantBet`, "Amount too small…",
 * "Number too small." or "Maximum bet exceeded…" (research §2.4, Gambler.Bot #81).
 *
 * @example
 * ```ts
 * if (BetLimitError.is(error) && error.limit === 'max') lowerTheBet();
 * ```
 */
export class BetLimitError extends StakeGraphQLError {
  static override readonly kind: string = 'BetLimitError';
  static override readonly defaultCode: string = 'bet_limit';
  readonly limit: BetLimit;

  constructor(message: string, init: StakeGraphQLErrorInit & { limit: BetLimit }) {
    super(message, init);
    this.limit = init.limit;
  }
}

/**
 * `existingGame`: an unfinished mines or hilo game must be resumed or cashed out first
 * (research §2.4).
 *
 * @example
 * ```ts
 * if (ExistingGameError.is(error)) await cashOut();
 * ```
 */
export class ExistingGameError extends StakeGraphQLError {
  static override readonly kind: string = 'ExistingGameError';
  static override readonly defaultCode: string = 'existing_game';
}
