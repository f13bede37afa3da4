// The ways to send the same authenticated GET /api/v1/users/{id} to the local Stack server:
// raw fetch, bare ky, our pipeline (on its default node:http transport, and on ky over fetch
// for reference) and our Stack client. All send the same headers.
import { createStackServerClient, STACK_CLIENT_VERSION } from '@acme/stack-client';
import { createPipeline, Secret, staticCredential } from '@core/auth';
import ky from 'ky';

/** The headers our Stack server client sends for a server call (see stackHeaders()). */
export function serverHeaders(info) {
  return {
    'x-stack-access-type': 'server',
    'x-stack-project-id': info.projectId,
    'x-stack-client-version': STACK_CLIENT_VERSION,
    'x-stack-secret-server-key': info.keys.secretServerKey,
  };
}

/** Builds the variants; `close()` releases the pipeline and the clients. */
export function buildGetVariants(info) {
  const headers = { ...serverHeaders(info), accept: 'application/json' };
  const url = `${info.url}/api/v1/users/${info.userId}`;
  const check = (user) => {
    if (user?.id !== info.userId)
      throw new Error(`unexpected answer: ${JSON.stringify(user).slice(0, 80)}`);
  };

  const pipelineOn = (transport) =>
    createPipeline({
      baseUrl: `${info.url}/api/v1`,
      allowInsecureHttp: true,
      provider: '@acme/bench',
      transport,
      credentials: staticCredential({ key: Secret.from(info.keys.secretServerKey) }),
      headers: (credential) => ({
        ...serverHeaders(info),
        'x-stack-secret-server-key': credential.key.reveal(),
      }),
    });
  const pipeline = pipelineOn(undefined);
  const fetchPipeline = pipelineOn('fetch');
  const stack = createStackServerClient({
    projectId: info.projectId,
    secretServerKey: info.keys.secretServerKey,
    baseUrl: info.url,
    allowInsecureHttp: true,
  });
  const userPath = `/users/${info.userId}`;

  const variants = [
    {
      name: 'raw fetch',
      call: async () => {
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`status ${response.status}`);
        check(await response.json());
      },
    },
    { name: 'bare ky', call: async () => check(await ky.get(url, { headers }).json()) },
    {
      name: 'pipeline',
      call: async () => check(await pipeline.request({ method: 'GET', path: userPath })),
    },
    {
      name: 'pipeline on fetch',
      call: async () => check(await fetchPipeline.request({ method: 'GET', path: userPath })),
    },
    { name: 'stack getUser', call: async () => check(await stack.getUser(info.userId)) },
  ];
  return {
    variants,
    close: () => {
      pipeline.close();
      fetchPipeline.close();
      stack.close?.();
    },
  };
}
