import { StackServerApp } from '@stackframe/js';

const THROTTLE_MS = 300;

/** A StackServerApp of @stackframe/js 2.8.108 pointed at the local Stack server. */
export function createStackframeApp(info) {
  return new StackServerApp({
    baseUrl: info.url,
    projectId: info.projectId,
    publishableClientKey: info.keys.publishableClientKey,
    secretServerKey: info.keys.secretServerKey,
    tokenStore: 'memory',
    noAutomaticPrefetch: true,
    // 2.8.108 names its headers `x-hexclave-*`; the local server reads `x-stack-*` (what the
    // client of this repo and Stack's docs use). The SDK's own option adds them.
    extraRequestHeaders: {
      'x-stack-access-type': 'server',
      'x-stack-project-id': info.projectId,
      'x-stack-publishable-client-key': info.keys.publishableClientKey,
      'x-stack-secret-server-key': info.keys.secretServerKey,
    },
  });
}

/**
 * Instances used in turn, so no cache key is fetched twice within the SDK's 300 ms throttle.
 * Counts the reuses that came too soon (they would include a throttle wait).
 */
export async function createStackframePool(info, size) {
  const apps = Array.from({ length: size }, () => createStackframeApp(info));
  const lastUsed = new Array(size).fill(Number.NEGATIVE_INFINITY);
  let index = 0;
  let tooSoon = 0;
  return {
    next: () => {
      index = (index + 1) % size;
      const now = performance.now();
      if (now - lastUsed[index] < THROTTLE_MS) tooSoon += 1;
      lastUsed[index] = now;
      return apps[index];
    },
    tooSoonReuses: () => tooSoon,
  };
}
