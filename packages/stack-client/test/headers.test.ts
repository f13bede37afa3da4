import { Secret } from '@core/auth';
import { describe, expect, it } from 'vitest';
import { STACK_CLIENT_VERSION, stackHeaders } from '../src/index.js';
import { FAKE_PCK, FAKE_PROJECT_ID, FAKE_SSK, scriptedServer } from './fixtures.js';

const request = {
  method: 'GET' as const,
  url: new URL('https://api.stack-auth.com/api/v1'),
  body: undefined,
};

describe('stackHeaders (research §1)', () => {
  it('sends the access type, project, only the key of that type, and the client version', () => {
    const headers = stackHeaders()(
      { accessType: 'server', projectId: FAKE_PROJECT_ID, key: Secret.from(FAKE_SSK) },
      request,
    );
    expect(headers).toEqual({
      'x-stack-access-type': 'server',
      'x-stack-project-id': FAKE_PROJECT_ID,
      'x-stack-secret-server-key': FAKE_SSK,
      'x-stack-client-version': STACK_CLIENT_VERSION,
    });
  });

  it('adds the user token and the allow headers only when asked', () => {
    const headers = stackHeaders({ allowAnonymous: true, allowRestricted: true })(
      {
        accessType: 'client',
        projectId: FAKE_PROJECT_ID,
        key: Secret.from(FAKE_PCK),
        accessToken: Secret.from('fake.access.token'),
      },
      request,
    );
    expect(headers['x-stack-publishable-client-key']).toBe(FAKE_PCK);
    expect(headers['x-stack-access-token']).toBe('fake.access.token');
    expect(headers['x-stack-allow-anonymous-user']).toBe('true');
    expect(headers['x-stack-allow-restricted-user']).toBe('true');
    expect(headers['x-stack-secret-server-key']).toBeUndefined();
  });
});

describe('headers on the wire', () => {
  it('a server call carries exactly the server headers, never x-stack-request-type', async () => {
    const { kit, server } = await scriptedServer();
    await using _ = kit;
    kit.enqueue({ json: { id: FAKE_PROJECT_ID, display_name: 'Fake', config: {} } });
    const project = await server.getProject();
    expect(project.displayName).toBe('Fake');
    const [sent] = kit.requests;
    expect(sent?.path).toBe('/api/v1/projects/current');
    const stackHeaderNames = Object.keys(sent?.headers ?? {}).filter((h) =>
      h.startsWith('x-stack-'),
    );
    expect(stackHeaderNames.sort()).toEqual([
      'x-stack-access-type',
      'x-stack-client-version',
      'x-stack-project-id',
      'x-stack-secret-server-key',
    ]);
    expect(sent?.headers['x-stack-access-type']).toBe('server');
    expect(sent?.headers['x-stack-client-version']).toBe('js @acme/stack-client@0.1.0');
  });

  it('a client call carries the publishable key and no secret key', async () => {
    const { kit, client } = await scriptedServer();
    await using _ = kit;
    kit.enqueue({ json: { id: FAKE_PROJECT_ID, display_name: null } });
    await client.getProject();
    const headers = kit.requests[0]?.headers ?? {};
    expect(headers['x-stack-access-type']).toBe('client');
    expect(headers['x-stack-publishable-client-key']).toBe(FAKE_PCK);
    expect(headers['x-stack-secret-server-key']).toBeUndefined();
    expect(headers['x-stack-request-type']).toBeUndefined();
  });
});
