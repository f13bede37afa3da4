import { SdkError } from './sdk-error.js';

/**
 * No credential could be had: none was configured or found in the environment, or it
 * expired and cannot be refreshed.
 *
 * @example
 * ```ts
 * catch (error) { if (CredentialError.is(error)) console.error('Set STAKE_ACCESS_TOKEN'); }
 * ```
 */
export class CredentialError extends SdkError {
  static override readonly kind: string = 'CredentialError';
  static override readonly defaultCode: string = 'credential_unavailable';
}
