import { SdkError, type SdkErrorOptions } from './sdk-error.js';

/**
 * Bad options or input, found before any network I/O. The message names the option and
 * the fix; a secret is described by its length and prefix, never shown.
 *
 * @example
 * ```ts
 * try { createPipeline({ baseUrl: 'http://api.example.com' }); }
 * catch (error) { if (ConfigurationError.is(error)) console.error(error.option); } // 'baseUrl'
 * ```
 */
export class ConfigurationError extends SdkError {
  static override readonly kind: string = 'ConfigurationError';
  static override readonly defaultCode: string = 'configuration_error';
  /** The option or argument that was wrong, e.g. `timeoutMs`. */
  readonly option: string | undefined;

  constructor(message: string, options: SdkErrorOptions & { option?: string } = {}) {
    super(message, options);
    this.option = options.option;
  }
}
