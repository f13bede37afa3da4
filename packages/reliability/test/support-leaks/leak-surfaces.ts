import { inspect } from 'node:util';
import { expect } from 'vitest';

/**
 * The forms a secret takes when something prints it: as is, JSON-escaped, URL-encoded,
 * util.inspect-escaped and form-encoded. For long secrets also a 12-character prefix: the
 * mask shows 8, so a longer prefix means a secret was cut (a body cut at 2 KB) before it
 * was redacted.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set([
    secret,
    JSON.stringify(secret).slice(1, -1),
    encodeURIComponent(secret),
    inspect(secret).slice(1, -1),
    new URLSearchParams({ s: secret }).toString().slice(2),
  ]);
  if (secret.length >= 20) forms.add(secret.slice(0, 12));
  return [...forms];
}

/**
 * Every way an error reaches a log: String, message, stack, JSON, util.inspect (depth 10,
 * hidden fields too), each enumerable field, and the same for every error of the cause chain.
 */
export function errorSurfaces(error: unknown): Record<string, string> {
  const out: Record<string, string> = {
    string: safe(() => String(error)),
    json: safe(() => JSON.stringify(error) ?? ''),
    inspect: safe(() => inspect(error, { depth: 10 })),
    inspectHidden: safe(() => inspect(error, { depth: 10, showHidden: true })),
  };
  let level = 0;
  for (let e: unknown = error; e !== undefined && e !== null && level < 10; level += 1) {
    if (!(e instanceof Error)) {
      out[`cause${level}`] = safe(() => inspect(e, { depth: 10 }));
      break;
    }
    const current = e;
    out[`message${level}`] = current.message;
    out[`stack${level}`] = current.stack ?? '';
    out[`inspect${level}`] = safe(() => inspect(current, { depth: 10 }));
    out[`fields${level}`] = safe(() => JSON.stringify(Object.entries(current)) ?? '');
    e = current.cause;
  }
  return out;
}

function safe(render: () => string): string {
  try {
    return render();
  } catch (error) {
    return `<render failed: ${error instanceof Error ? error.name : typeof error}>`;
  }
}

/**
 * Fails, naming the surface and the form but never printing the secret's value, when any
 * form of any secret appears in any surface.
 */
export function expectNoLeak(surfaces: Record<string, string>, secrets: readonly string[]): void {
  for (const [index, secret] of secrets.entries()) {
    for (const form of secretForms(secret)) {
      for (const [where, text] of Object.entries(surfaces)) {
        const at = text.indexOf(form);
        if (at !== -1) {
          // Generated secrets are fake, so the context may be shown.
          const context = JSON.stringify(text.slice(Math.max(0, at - 60), at + form.length + 20));
          expect.fail(
            `secret #${index} (${secret.length} chars) leaked into ${where} as ${JSON.stringify(form)}: …${context}…`,
          );
        }
      }
    }
  }
}

/** {@link expectNoLeak} on an error's every surface. */
export function expectErrorFreeOf(error: unknown, secrets: readonly string[]): void {
  expectNoLeak(errorSurfaces(error), secrets);
}
