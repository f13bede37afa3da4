import { statusSequence } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { ResponseValidationError, ServerError } from '../../src/index.js';
import { keyedPipeline, server } from './helpers.js';

describe('what adapters get from the pipeline', () => {
  it('passes a call’s meta to mapError', async () => {
    const s = await server();
    s.enqueue({ json: { data: { user: null } } });
    const seen: unknown[] = [];
    const pipeline = keyedPipeline(s.url, {
      mapError: (ctx) => {
        seen.push(ctx.meta);
        return undefined;
      },
    });
    await pipeline.request({
      method: 'POST',
      path: 'graphql',
      json: {},
      meta: { operationName: 'UserBalances' },
    });
    await pipeline.request({ method: 'POST', path: 'graphql', json: {} }).catch(() => undefined);
    expect(seen).toEqual([{ operationName: 'UserBalances' }, {}]);
  });

  it('does not retry an error the adapter marked retryable: false, whatever its status', async () => {
    const s = await server();
    s.enqueue(...statusSequence(503, 503, 200));
    const pipeline = keyedPipeline(s.url, {
      mapError: (ctx) =>
        ctx.status === 503
          ? new ServerError('a challenge page.', { ...ctx.errorInit, retryable: false })
          : undefined,
    });
    const error = await pipeline.request({ method: 'GET', path: 'x' }).catch((e: unknown) => e);
    expect(ServerError.is(error)).toBe(true);
    expect((error as ServerError).retryable).toBe(false);
    expect(s.requests).toHaveLength(1);
  });

  it('decodes a body with the call’s own decoder, then validates it', async () => {
    const s = await server();
    s.enqueue({ body: '{"amount":1e-8}', headers: { 'content-type': 'application/json' } });
    const decode = (text: string) => ({ amount: /"amount":([^}]+)/.exec(text)?.[1] ?? '' });
    const schema = {
      safeParse: (d: unknown) => ({
        success: true as const,
        data: (d as { amount: string }).amount,
      }),
    };
    await expect(
      keyedPipeline(s.url).request({ method: 'GET', path: 'x', decode, schema }),
    ).resolves.toBe('1e-8');
  });

  it('turns a decoder that throws into a ResponseValidationError', async () => {
    const s = await server();
    s.enqueue({ body: 'not json' });
    const decode = () => {
      throw new SyntaxError('nope');
    };
    const error = await keyedPipeline(s.url)
      .request({ method: 'GET', path: 'x', decode })
      .catch((e: unknown) => e);
    expect(ResponseValidationError.is(error)).toBe(true);
  });
});
