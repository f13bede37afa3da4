import type { FakeStashCredentials } from './fake-credentials.js';
import type { StashKeyEncoding } from './hmac-signature.js';
import type { StashPaymentFixture, StashProductFixture } from './seed-data.js';

/** A checkout link the server created, kept so tests can assert what was charged once. */
export interface CreatedStashLink {
  readonly id: string;
  readonly url: string;
  /** `transactionId` from the request, when it carried one. */
  readonly transactionId: string | undefined;
  /** The parsed request body. */
  readonly request: Readonly<Record<string, unknown>>;
}

/** The mutable state behind a fake Stash server. */
export interface StashState {
  readonly credentials: FakeStashCredentials;
  readonly keyEncoding: StashKeyEncoding;
  readonly now: () => number;
  acceptApiKey: boolean;
  /** Where generated checkout and webshop links point. */
  linkBaseUrl: string;
  readonly products: StashProductFixture[];
  readonly payments: Record<string, StashPaymentFixture>;
  readonly quickPayLinks: CreatedStashLink[];
  readonly subscriptionLinks: CreatedStashLink[];
}

/**
 * A gRPC error a route answers with; the router turns it into grpc-gateway's status and
 * `{ code, message, details }` body.
 */
export class GrpcFailure extends Error {
  readonly code: number;
  readonly details: unknown[];

  constructor(code: number, message: string, details: unknown[] = []) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
