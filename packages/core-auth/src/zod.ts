// `@core/auth/zod`: the helpers that need zod at run time, apart from the main entry so that
// importing `@core/auth` alone does not load zod (about 90 ms: zod's core loads every locale).
export {
  type LazyInput,
  type LazyOutput,
  type LazySchema,
  lazySchema,
  lazyZod,
} from './zod/lazy-schema.js';
