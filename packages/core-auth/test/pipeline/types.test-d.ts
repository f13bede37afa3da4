import { describe, expectTypeOf, it } from 'vitest';
import {
  createPipeline,
  type HeaderBuilder,
  type Pipeline,
  type PipelineRequest,
  Secret,
  staticCredential,
} from '../../src/index.js';

describe('types that make wrong use fail to compile', () => {
  it('a Secret is not a string', () => {
    expectTypeOf<Secret>().not.toMatchTypeOf<string>();
    // @ts-expect-error a Secret cannot be passed where a string goes
    const s: string = Secret.from('x');
    void s;
  });

  it('credentials come with their header builder, typed by the credential', () => {
    const credentials = staticCredential({ apiKey: Secret.from('fake') });
    createPipeline({
      baseUrl: 'https://a.example',
      credentials,
      headers: (c) => ({ k: c.apiKey.reveal() }),
    });
    // @ts-expect-error credentials without a header builder
    createPipeline({ baseUrl: 'https://a.example', credentials });
    createPipeline({
      baseUrl: 'https://a.example',
      credentials,
      // @ts-expect-error the builder reads a field the credential does not have
      headers: (c) => ({ k: c.token.reveal() }),
    });
    expectTypeOf<HeaderBuilder<{ a: Secret }>>().returns.toEqualTypeOf<
      Readonly<Record<string, string>>
    >();
  });

  it('a request has a json body, a raw body, or none, never both', () => {
    expectTypeOf<{ method: 'POST'; path: 'x'; json: { a: 1 } }>().toMatchTypeOf<
      PipelineRequest<unknown>
    >();
    expectTypeOf<{ method: 'POST'; path: 'x'; body: 'raw' }>().toMatchTypeOf<
      PipelineRequest<unknown>
    >();
    expectTypeOf<{ method: 'POST'; path: 'x'; json: 1; body: 'raw' }>().not.toMatchTypeOf<
      PipelineRequest<unknown>
    >();
    expectTypeOf<{ method: 'get'; path: 'x' }>().not.toMatchTypeOf<PipelineRequest<unknown>>();
  });

  it('a schema decides the result type', () => {
    const schema = { safeParse: (d: unknown) => ({ success: true as const, data: String(d) }) };
    const pipeline = {} as Pipeline;
    expectTypeOf(
      pipeline.request({ method: 'GET', path: 'x', schema }),
    ).resolves.toEqualTypeOf<string>();
  });
});
