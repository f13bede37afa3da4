import type { ApiError } from './api-error.js';

/**
 * Any ApiError class, as the base of an adapter's mixin that adds fields to each status class
 * (Stash's gRPC status, Stack's known-error details). TypeScript requires a mixin base to be
 * constructible with `...args: any[]` (TS2545).
 *
 * @example
 * ```ts
 * function withGrpcFields<B extends ApiErrorClass>(Base: B) { return class extends Base { … }; }
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: the mixin rule above.
export type ApiErrorClass = new (...args: any[]) => ApiError;
