import { ConfigurationError } from '../errors/configuration-error.js';
import { describeValue } from '../errors/describe-value.js';

/**
 * One attempt's headers: the pipeline's defaults, then the credential's, then the call's,
 * each name lower-cased, so a later `Accept` replaces the default `accept` on every
 * transport instead of being joined with it (fetch joins names that differ in case).
 */
export function attemptHeaders(
  provider: string,
  defaults: Readonly<Record<string, string>>,
  ...layers: ReadonlyArray<Readonly<Record<string, string>> | undefined>
): Record<string, string> {
  const headers: Record<string, string> = { ...defaults };
  for (const layer of layers) {
    if (layer === undefined) continue;
    if (typeof layer !== 'object' || layer === null) {
      throw new ConfigurationError(
        `headers must be an object of header names and values: got ${describeValue(layer)}. Check the header builder and the call's headers.`,
        { option: 'headers', provider },
      );
    }
    for (const name of Object.keys(layer)) headers[name.toLowerCase()] = layer[name] as string;
  }
  return headers;
}
