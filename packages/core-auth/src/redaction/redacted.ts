import type { Tagged } from 'type-fest';

/** A URL with credentials removed and query values masked: safe to log. */
export type RedactedUrl = Tagged<string, 'RedactedUrl'>;
