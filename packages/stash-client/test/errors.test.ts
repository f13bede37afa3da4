import {
  ApiError,
  NotFoundError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  StashApiError,
  StashConflictError,
  StashNotFoundError,
  StashRateLimitError,
  StashServerError,
} from '@acme/stash-client';
import { stashGrpcError } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { rejectionOf, useStash } from './use-stash.js';

const stash = useStash();

describe('grpc-gateway errors', () => {
  it('maps an unknown route (404 {code:5,"Not Found"}) to StashNotFoundError, a core NotFoundError', async () => {
    const server = await stash.start();
    server.loopback.enqueue({ status: 404, json: { code: 5, message: 'Not Found', details: [] } });
    const error = await rejectionOf(stash.hmacClient(server).getPayment('x'));
    expect(StashNotFoundError.is(error) && NotFoundError.is(error) && ApiError.is(error)).toBe(
      true,
    );
    expect((error as Error).message).toMatch(/HTTP 404 NOT_FOUND \(gRPC 5\), "Not Found"/);
    expect((error as Error).message).toMatch(/^\[@acme\/stash-client\] GET /);
  });

  it('maps each status to its class with grpcCode, grpcStatus and details', async () => {
    const server = await stash.start();
    const client = stash.hmacClient(server, { retry: 0 });
    const cases = [
      [stashGrpcError(6, 'exists'), StashConflictError, 409, 'ALREADY_EXISTS'],
      [
        stashGrpcError(8, 'slow', { retryAfter: 2 }),
        StashRateLimitError,
        429,
        'RESOURCE_EXHAUSTED',
      ],
      [
        stashGrpcError(13, 'boom', {
          details: [{ '@type': 'type.googleapis.com/google.rpc.DebugInfo' }],
        }),
        StashServerError,
        500,
        'INTERNAL',
      ],
      [stashGrpcError(12, 'Method Not Allowed'), StashServerError, 501, 'UNIMPLEMENTED'],
    ] as const;
    for (const [step, Class, status, grpcStatus] of cases) {
      server.loopback.enqueue(step);
      const error = await rejectionOf(client.getPayment('pay_fake_completed'));
      expect(Class.is(error)).toBe(true);
      expect(error).toMatchObject({ status, grpcStatus, code: grpcStatus });
    }
    server.loopback.enqueue(stashGrpcError(8, 'slow', { retryAfter: 2 }));
    const limited = await rejectionOf(client.getPayment('pay_fake_completed'));
    expect(RateLimitError.is(limited) && limited.retryAfterMs).toBe(2_000);
    server.loopback.enqueue(stashGrpcError(13, 'boom', { details: [{ '@type': 'x' }] }));
    expect(await rejectionOf(client.getPayment('pay_fake_completed'))).toMatchObject({
      details: [{ '@type': 'x' }],
    });
  });

  it('keeps a non-gRPC error body (a proxy page) with no grpcCode', async () => {
    const server = await stash.start();
    server.loopback.enqueue({
      status: 502,
      body: '<html>bad gateway</html>',
      headers: { 'content-type': 'text/html' },
    });
    const error = await rejectionOf(
      stash.hmacClient(server, { retry: 0 }).getPayment('pay_fake_completed'),
    );
    expect(ServerError.is(error) && StashServerError.is(error)).toBe(true);
    expect(error).toMatchObject({
      status: 502,
      grpcCode: undefined,
      grpcStatus: undefined,
      code: 'INTERNAL',
    });
  });

  it('maps an unexpected status to StashApiError', async () => {
    const server = await stash.start();
    server.loopback.enqueue({ status: 418, json: { code: 2, message: 'teapot' } });
    const error = await rejectionOf(stash.hmacClient(server).getPayment('pay_fake_completed'));
    expect(StashApiError.is(error)).toBe(true);
    expect(error).toMatchObject({ grpcStatus: 'UNKNOWN' });
  });

  it('rejects a 2xx of the wrong shape with ResponseValidationError', async () => {
    const server = await stash.start();
    server.loopback.enqueue({ json: { url: 42 } });
    const error = await rejectionOf(
      stash.hmacClient(server).generateAuthenticatedUrl({ user: { id: 'p' } }),
    );
    expect(ResponseValidationError.is(error)).toBe(true);
    server.loopback.enqueue({ json: { total: 7.47 } });
    expect(
      ResponseValidationError.is(await rejectionOf(stash.hmacClient(server).getPayment('x'))),
    ).toBe(true);
  });

  it('redacts the API key if the server echoes it', async () => {
    const server = await stash.start();
    server.loopback.enqueue({
      status: 400,
      json: { code: 3, message: `bad key ${server.credentials.apiKey}` },
    });
    const error = await rejectionOf(stash.apiKeyClient(server).getPayment('x'));
    expect(JSON.stringify(error)).not.toContain(server.credentials.apiKey);
    expect((error as Error).message).not.toContain(server.credentials.apiKey);
  });
});
