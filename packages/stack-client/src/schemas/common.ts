import { ConfigurationError, type ResponseSchema } from '@core/auth';
import { type LazySchema, lazySchema, lazyZod } from '@core/auth/zod';
import * as z from 'zod/mini';
import { PACKAGE_NAME } from '../version.js';

// Responses are lenient (research §7): unknown keys are dropped, missing optional fields
// become null, so a new server field never breaks a client. Requests are strict (below).
// Every schema is built on first use (issue 7: importing the package constructs nothing).

/** A string that may be absent or null on the wire; null in our API. */
export const nullableString = lazyZod(() =>
  z.pipe(
    z.nullish(z.string()),
    z.transform((v) => v ?? null),
  ),
);

/** A boolean that may be absent; false in our API. */
export const flag = lazyZod(() =>
  z.pipe(
    z.nullish(z.boolean()),
    z.transform((v) => v ?? false),
  ),
);

/** `*_millis` (research §4) as a Date. */
export const millisDate = lazyZod(() =>
  z.pipe(
    z.number(),
    z.transform((ms) => new Date(ms)),
  ),
);

/** An optional `*_millis` as a Date, or null. */
export const nullableMillisDate = lazyZod(() =>
  z.pipe(
    z.nullish(z.number()),
    z.transform((ms) => (ms === null || ms === undefined ? null : new Date(ms))),
  ),
);

/** Metadata: any JSON, null when absent. */
export const metadata = lazyZod(() =>
  z.pipe(
    z.optional(z.unknown()),
    z.transform((v) => (v === undefined ? null : v)),
  ),
);

/** JSON a caller may store as metadata. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON value for request metadata. */
export const jsonInput = lazyZod(() => {
  const json: z.ZodMiniType<Json> = z.lazy(() =>
    z.union([
      z.null(),
      z.boolean(),
      z.number(),
      z.string(),
      z.array(json),
      z.record(z.string(), json),
    ]),
  );
  return json;
});

/** Research §4: every list is `{ items, is_paginated, pagination?: { next_cursor } }`. */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    is_paginated: z.optional(z.boolean()),
    pagination: z.nullish(z.object({ next_cursor: z.nullish(z.string()) })),
  });
}

const itemLists = new WeakMap<object, unknown>();

/** The items of a list response; one schema per item schema, built on first use. */
export function itemsOf<T extends z.ZodMiniType>(item: LazySchema<T>) {
  const build = () =>
    z.pipe(
      listOf(item.schema),
      z.transform((list) => list.items),
    );
  type Items = LazySchema<ReturnType<typeof build>>;
  let items = itemLists.get(item) as Items | undefined;
  if (items === undefined) {
    items = lazySchema(build);
    itemLists.set(item, items);
  }
  return items;
}

/** What a delete answers (research §4: `{ "success": true }`); its content carries nothing. */
export const successSchema = lazySchema(() =>
  z.pipe(
    z.unknown(),
    z.transform((): undefined => undefined),
  ),
);

const SNAKE = /[A-Z]/g;

/** Top-level camelCase keys to the wire's snake_case; undefined values left out. */
export function toWire(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) out[key.replace(SNAKE, (c) => `_${c.toLowerCase()}`)] = value;
  }
  return out;
}

/**
 * Checks a call's input against its strict schema before any request (research §1.7: the
 * server refuses unknown keys with `SCHEMA_ERROR`), naming each bad field and never its value.
 */
export function parseInput<T>(schema: ResponseSchema<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`)
    .join('; ');
  const first = result.error.issues[0]?.path[0];
  throw new ConfigurationError(
    `${what} got invalid input (${problems}). Fix the fields named; unknown fields are refused because the Stack API refuses them.`,
    { option: typeof first === 'string' ? first : what, provider: PACKAGE_NAME },
  );
}
