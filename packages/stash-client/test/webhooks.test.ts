import { createHmac } from 'node:crypto';
import {
  ConfigurationError,
  parseWebhookEvent,
  STASH_WEBHOOK_SIGNATURE_HEADER,
  verifyWebhook,
  WebhookPayloadError,
  WebhookSignatureError,
} from '@acme/stash-client';
import { fakePurchaseSucceededEvent, startLoopbackServer } from '@acme/testing';
import { describe, expect, it } from 'vitest';
import { useStash } from './use-stash.js';

const stash = useStash();

describe('verifyWebhook', () => {
  it('accepts the raw body as string, Buffer or Uint8Array', async () => {
    const server = await stash.start();
    const { body, signature } = server.signWebhook(fakePurchaseSucceededEvent());
    const secret = server.credentials.webhookSecret;
    expect(signature).toHaveLength(44);
    expect(verifyWebhook(body, signature, secret)).toBe(true);
    expect(verifyWebhook(Buffer.from(body), signature, secret)).toBe(true);
    expect(verifyWebhook(new TextEncoder().encode(body), signature, secret)).toBe(true);
  });

  it('refuses a changed, re-serialised or missing signature', async () => {
    const server = await stash.start();
    const secret = server.credentials.webhookSecret;
    const { body, signature } = server.signWebhook(fakePurchaseSucceededEvent());
    expect(verifyWebhook(body.replace('248', '249'), signature, secret)).toBe(false);
    expect(verifyWebhook(JSON.stringify(JSON.parse(body), null, 2), signature, secret)).toBe(false);
    expect(verifyWebhook(body, undefined, secret)).toBe(false);
    expect(verifyWebhook(body, 'not base64 at all', secret)).toBe(false);
    expect(verifyWebhook(body, signature, `fake_other_secret_${'0'.repeat(10)}`)).toBe(false);
    expect(() => verifyWebhook(JSON.parse(body) as never, signature, secret)).toThrow(
      ConfigurationError,
    );
    expect(() => verifyWebhook(body, signature, [])).toThrow(ConfigurationError);
  });

  it('refuses a base64 secret that decodes to (almost) nothing, which anyone could forge', () => {
    const body = '{"type":"PURCHASE_SUCCEEDED"}';
    const forged = createHmac('sha256', Buffer.alloc(0)).update(body).digest('base64');
    for (const weak of ['a', '!!!!', 'AAAA']) {
      expect(() => verifyWebhook(body, forged, weak, { keyEncoding: 'base64' })).toThrow(
        /not a base64 key of at least 16 bytes/,
      );
    }
  });

  it('skips an unset rotation slot instead of refusing every delivery', async () => {
    const server = await stash.start();
    const signed = server.signWebhook(fakePurchaseSucceededEvent());
    const secrets = [server.credentials.webhookSecret, undefined, ''];
    expect(verifyWebhook(signed.body, signed.signature, secrets)).toBe(true);
  });

  it('accepts any of several secrets during a rotation', async () => {
    const server = await stash.start();
    const oldSecret = `fake_old_webhook_${'0'.repeat(20)}`;
    const signedOld = server.signWebhook(fakePurchaseSucceededEvent(), oldSecret);
    const signedNew = server.signWebhook(fakePurchaseSucceededEvent());
    const secrets = [server.credentials.webhookSecret, oldSecret];
    expect(verifyWebhook(signedOld.body, signedOld.signature, secrets)).toBe(true);
    expect(verifyWebhook(signedNew.body, signedNew.signature, secrets)).toBe(true);
    expect(
      verifyWebhook(signedOld.body, signedOld.signature, [server.credentials.webhookSecret]),
    ).toBe(false);
  });
});

describe('parseWebhookEvent', () => {
  it('returns a typed PURCHASE_SUCCEEDED with minor-unit strings', async () => {
    const server = await stash.start();
    const { body, signature } = server.signWebhook(fakePurchaseSucceededEvent());
    const event = parseWebhookEvent(body, signature, server.credentials.webhookSecret);
    expect(event.type).toBe('PURCHASE_SUCCEEDED');
    if (event.type !== 'PURCHASE_SUCCEEDED') return;
    expect(event.environment).toBe('test');
    expect(event.data).toMatchObject({ orderId: 'order_fake_1', total: '248', source: 'StashPay' });
    expect(event.data.items[0]?.price).toBe('99');
  });

  it('reads the eventData form and keeps unknown events', async () => {
    const server = await stash.start();
    const secret = server.credentials.webhookSecret;
    const refund = server.signWebhook({
      type: 'PURCHASE_REFUNDED',
      environment: 'prod',
      eventData: { orderId: 'o1', total: 199 },
    });
    const event = parseWebhookEvent(refund.body, refund.signature, secret);
    expect(event).toMatchObject({
      type: 'PURCHASE_REFUNDED',
      environment: 'prod',
      data: { orderId: 'o1', total: '199' },
    });
    const future = server.signWebhook({
      type: 'SUBSCRIPTION_RENEWED',
      environment: 'test',
      subscriptionRenewed: { id: 's1' },
    });
    expect(parseWebhookEvent(future.body, future.signature, secret)).toMatchObject({
      type: 'UNKNOWN',
      eventType: 'SUBSCRIPTION_RENEWED',
      data: { id: 's1' },
    });
  });

  it('throws WebhookSignatureError on a mismatch and WebhookPayloadError on a bad signed body', async () => {
    const server = await stash.start();
    const secret = server.credentials.webhookSecret;
    const { body, signature } = server.signWebhook(fakePurchaseSucceededEvent());
    expect(() => parseWebhookEvent(`${body} `, signature, secret)).toThrow(WebhookSignatureError);
    try {
      parseWebhookEvent(body, signature.replace(/^./, 'A'), secret);
    } catch (error) {
      expect(WebhookSignatureError.is(error)).toBe(true);
      expect(String((error as Error).message)).not.toContain(secret);
    }
    const notJson = server.signWebhook('not json');
    expect(() => parseWebhookEvent(notJson.body, notJson.signature, secret)).toThrow(
      WebhookPayloadError,
    );
    const noOrder = server.signWebhook({
      type: 'PURCHASE_SUCCEEDED',
      purchaseSucceeded: { total: '1' },
    });
    expect(() => parseWebhookEvent(noOrder.body, noOrder.signature, secret)).toThrow(/orderId/);
  });

  it('handles a real delivery over loopback, answering 200 only when verified', async () => {
    const server = await stash.start();
    const seen: string[] = [];
    await using receiver = await startLoopbackServer({
      handler: (request) => {
        try {
          const event = parseWebhookEvent(
            request.body,
            request.headers[STASH_WEBHOOK_SIGNATURE_HEADER],
            server.credentials.webhookSecret,
          );
          if (event.type === 'PURCHASE_SUCCEEDED') seen.push(event.data.orderId);
          return { status: 200, json: {} };
        } catch (error) {
          return { status: WebhookSignatureError.is(error) ? 401 : 400, json: {} };
        }
      },
    });
    const ok = await server.deliverWebhook(
      `${receiver.url}/stash`,
      fakePurchaseSucceededEvent({ orderId: 'order_fake_9' }),
    );
    expect(ok).toMatchObject({ status: 200, delivered: true });
    expect(seen).toEqual(['order_fake_9']);
    const forged = await fetch(`${receiver.url}/stash`, {
      method: 'POST',
      headers: { [STASH_WEBHOOK_SIGNATURE_HEADER]: server.signWebhook('{}').signature },
      body: JSON.stringify(fakePurchaseSucceededEvent()),
    });
    expect(forged.status).toBe(401);
  });
});
