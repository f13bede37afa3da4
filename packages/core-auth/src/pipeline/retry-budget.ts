/** @default 10 */
export const DEFAULT_RETRY_BUDGET_TOKENS = 10;
/** @default 0.1 */
export const DEFAULT_RETRY_BUDGET_REFILL = 0.1;

/** How many retries a pipeline may spend while its server keeps failing. */
export interface RetryBudgetOptions {
  /** @default 10 */
  maxTokens?: number;
  /** Tokens earned back by each success. @default 0.1 */
  refillPerSuccess?: number;
}

/**
 * Retry throttling after gRPC's A6 design: every failed attempt costs a token, every
 * success earns back a tenth, and retries stop while half the bucket or less is left. A
 * server that is down therefore sees a handful of retries, not a retry per call.
 */
export class RetryBudget {
  readonly #max: number;
  readonly #refill: number;
  #tokens: number;

  constructor(options: RetryBudgetOptions = {}) {
    this.#max = options.maxTokens ?? DEFAULT_RETRY_BUDGET_TOKENS;
    this.#refill = options.refillPerSuccess ?? DEFAULT_RETRY_BUDGET_REFILL;
    this.#tokens = this.#max;
  }

  /** Records a failed attempt; true when a retry may still be spent on it. */
  spend(): boolean {
    this.#tokens = Math.max(0, this.#tokens - 1);
    return this.#tokens > this.#max / 2;
  }

  /** Records a success. */
  earn(): void {
    this.#tokens = Math.min(this.#max, this.#tokens + this.#refill);
  }

  get tokens(): number {
    return this.#tokens;
  }
}
