import { describe, expect, it } from 'vitest';
import {
  operationNameOf,
  operationTypeOf,
  readOperations,
  selectOperation,
} from '../src/graphql/operation-type.js';
import { useStake } from './helpers.js';

const stake = useStake();
const SAVE_SEARCH = 'mutation { saveSearch(term:"x") { query results } }';
const UNAVAILABLE = { status: 503, json: { error: 'unavailable' } } as const;

describe('operation type and name detection', () => {
  it('reads an anonymous mutation whose fields are named query (no name)', () => {
    expect(readOperations(SAVE_SEARCH)).toEqual([{ type: 'mutation', name: undefined }]);
    expect(operationNameOf(SAVE_SEARCH)).toBeUndefined();
    expect(operationTypeOf(SAVE_SEARCH)).toBe('mutation');
  });

  it('skips comments, strings and block strings', () => {
    expect(selectOperation('# query Old\nmutation Bet { diceRoll { id } }')).toEqual({
      type: 'mutation',
      name: 'Bet',
    });
    expect(
      readOperations(
        'mutation Note($t: String = "query X {") { note(text: """query Y\n{ \\""" """) { id } }',
      ),
    ).toEqual([{ type: 'mutation', name: 'Note' }]);
  });

  it('takes name and type from the operation operationName names', () => {
    const document = 'query A { a } mutation B { b }';
    expect(operationTypeOf(document, 'B')).toBe('mutation');
    expect(operationTypeOf(document, 'A')).toBe('query');
    expect(operationTypeOf(document)).toBe('query');
    // Unknown name: the safe answer.
    expect(operationTypeOf(document, 'C')).toBe('mutation');
  });

  it('reads the shorthand query, skips fragments and nested default objects', () => {
    expect(readOperations('{ user { id } }')).toEqual([{ type: 'query', name: undefined }]);
    expect(
      readOperations(
        'fragment F on User { query } query Q($f: In = { mutation: 1 }) @live { user { ...F } }',
      ),
    ).toEqual([{ type: 'query', name: 'Q' }]);
  });
});

describe('the client sends and retries by the detected operation', () => {
  it('does not retry an anonymous mutation with a field named query', async () => {
    const server = await stake.start();
    server.enqueue(UNAVAILABLE, UNAVAILABLE);
    await expect(stake.client(server).graphql(SAVE_SEARCH)).rejects.toThrow(/503/);
    expect(server.requests).toHaveLength(1);
    const body = JSON.parse(server.requests[0]?.body ?? '{}') as Record<string, unknown>;
    expect(body).not.toHaveProperty('operationName');
    expect(server.requests[0]?.headers['x-operation-type']).toBe('mutation');
  });

  it('sends a commented-out query name neither as name nor type', async () => {
    const server = await stake.start();
    server.enqueue(UNAVAILABLE, UNAVAILABLE);
    await expect(
      stake.client(server).graphql('# query Old\nmutation Bet { diceRoll { id } }'),
    ).rejects.toThrow(/503/);
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]?.body ?? '{}')).toHaveProperty('operationName', 'Bet');
  });

  it('treats the operation named by operationName as a mutation', async () => {
    const server = await stake.start();
    server.enqueue(UNAVAILABLE, UNAVAILABLE);
    await expect(
      stake.client(server).graphql('query A { a } mutation B { b }', { operationName: 'B' }),
    ).rejects.toThrow(/503/);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['x-operation-type']).toBe('mutation');
  });
});
