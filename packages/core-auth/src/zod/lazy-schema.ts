import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';

/**
 * A zod schema built on first use, so that importing a client constructs nothing (issue 7:
 * cold import time). It validates like the schema it wraps, so it goes wherever a
 * `ResponseSchema` does.
 *
 * @example
 * ```ts
 * const Payment = lazySchema(() => z.looseObject({ status: z.optional(z.string()) }));
 * Payment.safeParse(body);
 * ```
 */
export interface LazySchema<S extends z.ZodMiniType> {
  /** The schema, built on first access; for composing into other schemas. */
  readonly schema: S;
  safeParse(data: unknown): z.core.util.SafeParseResult<z.output<S>>;
}

/** What a lazy schema accepts. */
export type LazyInput<L> = L extends LazySchema<infer S> ? z.input<S> : never;
/** What a lazy schema resolves to. */
export type LazyOutput<L> = L extends LazySchema<infer S> ? z.output<S> : never;

/**
 * zod/mini ships no messages ("Invalid input" for everything); zod classic registers English
 * on its first schema. Do the same, and likewise leave a locale the application chose.
 */
function useEnglishMessages(): void {
  if (z.config().localeError === undefined) z.config(en());
}

/** `build` (which makes zod schemas), run once on first use, with English messages. */
export function lazyZod<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    if (built === undefined) {
      useEnglishMessages();
      built = { value: build() };
    }
    return built.value;
  };
}

/** Wraps `build`, run once on first use. */
export function lazySchema<S extends z.ZodMiniType>(build: () => S): LazySchema<S> {
  const get = lazyZod(build);
  return {
    get schema() {
      return get();
    },
    safeParse: (data) => get().safeParse(data),
  };
}
