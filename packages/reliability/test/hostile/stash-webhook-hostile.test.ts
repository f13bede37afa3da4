import {
  ConfigurationError,
  parseWebhookEvent,
  verifyWebhook,
  WebhookPayloadError,
  WebhookSignatureError,
} from '@acme/stash-client';
import { signStashWebhook } from '@acme/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { junk, junkString } from '../support-leaks/settle.js';

const FAKE_SECRET = `fake-stash-secret-${'0'.repeat(16)}`;

const rawBody = fc.oneof(junk, junkString, fc.uint8Array(), fc.json());
const secretsArb = fc.oneof(
  junk,
  junkString,
  fc.array(fc.oneof(junkString, fc.constant(undefined)), { maxLength: 3 }),
  fc.constant(FAKE_SECRET),
);

describe('webhooks on junk', () => {
  it('verifyWebhook: a boolean or a ConfigurationError; parseWebhookEvent: typed (property)', () => {
    fc.assert(
      fc.property(
        rawBody,
        fc.oneof(junk, junkString, fc.base64String()),
        secretsArb,
        junk,
        (body, signature, secret, options) => {
          const opts = (options ?? undefined) as never;
          try {
            expect(
              typeof verifyWebhook(body as string, signature as string, secret as string, opts),
            ).toBe('boolean');
          } catch (error) {
            expect(ConfigurationError.is(error), String(error)).toBe(true);
          }
          try {
            parseWebhookEvent(body as string, signature as string, secret as string, opts);
          } catch (error) {
            const typed = [ConfigurationError, WebhookSignatureError, WebhookPayloadError].some(
              (c) => c.is(error),
            );
            expect(typed, String(error)).toBe(true);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('a correctly signed junk body: an event or a WebhookPayloadError (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          junkString,
          fc.jsonValue().map((v) => ({ type: 'PURCHASE_SUCCEEDED', data: v })),
        ),
        (event) => {
          const signed = signStashWebhook(event, FAKE_SECRET);
          expect(verifyWebhook(signed.body, signed.signature, FAKE_SECRET)).toBe(true);
          try {
            const parsed = parseWebhookEvent(signed.body, signed.signature, [FAKE_SECRET]);
            expect(typeof parsed.type).toBe('string');
          } catch (error) {
            expect(WebhookPayloadError.is(error), String(error)).toBe(true);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
