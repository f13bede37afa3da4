import { STASH_PROVIDER } from '../client/constants.js';
import { WebhookPayloadError, WebhookSignatureError } from '../errors/webhook-errors.js';
import {
  type StashWebhookEnvironment,
  type StashWebhookEvent,
  type StashWebhookEventType,
  webhookEventData,
} from '../schemas/webhook-event.js';
import {
  rawBytes,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookSecrets,
} from './verify-webhook.js';

/** `PURCHASE_SUCCEEDED` → `purchaseSucceeded`: the key the listener example carries data in. */
function camelKey(type: string): string {
  return type.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

function isKnown(
  events: ReturnType<typeof webhookEventData>,
  type: string,
): type is StashWebhookEventType {
  return Object.hasOwn(events, type);
}

/**
 * Verifies a webhook and parses it into a union on `type`. Throws
 * {@link WebhookSignatureError} when no secret matches, {@link WebhookPayloadError} when the
 * signed body is not a documented event shape. Event data is read from `eventData` or from
 * the camelCase key (`purchaseSucceeded`): the docs show both (research §5).
 *
 * @example
 * ```ts
 * const event = parseWebhookEvent(req.body, req.get('stash-hmac-signature'), [newSecret, oldSecret]);
 * if (event.type === 'PURCHASE_SUCCEEDED') await grantOnce(event.data.orderId, event.data.items);
 * ```
 */
export function parseWebhookEvent(
  rawBody: string | Uint8Array,
  signature: string | null | undefined,
  secret: WebhookSecrets,
  options: VerifyWebhookOptions = {},
): StashWebhookEvent {
  if (!verifyWebhook(rawBody, signature, secret, options)) {
    throw new WebhookSignatureError(
      `webhook signature ${typeof signature === 'string' && signature !== '' ? 'does not match' : 'is missing'}: the body was changed, re-serialised, or signed with another secret. Verify the raw body with the Stash-Hmac-Signature header and the current webhook secret; answer 401.`,
      { provider: STASH_PROVIDER },
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(rawBytes(rawBody).toString('utf8'));
  } catch {
    raw = undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new WebhookPayloadError(
      'webhook body is not a JSON object: check that this endpoint only receives Stash webhooks.',
      { provider: STASH_PROVIDER },
    );
  }
  const body = raw as Record<string, unknown>;
  const type = typeof body.type === 'string' ? body.type : '';
  const environment = (
    typeof body.environment === 'string' ? body.environment : undefined
  ) as StashWebhookEnvironment;
  const rawData = body.eventData ?? body[camelKey(type)] ?? {};
  const events = webhookEventData();
  if (!isKnown(events, type)) {
    const data =
      typeof rawData === 'object' && rawData !== null ? (rawData as Record<string, unknown>) : {};
    return { type: 'UNKNOWN', eventType: type, environment, data, raw: body };
  }
  const parsed = events[type].safeParse(rawData);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: [...i.path], message: i.message }));
    throw new WebhookPayloadError(
      `webhook ${type} does not match the documented shape at ${issues[0]?.path.join('.') || '(root)'}: ${issues[0]?.message ?? 'invalid'}. See error.issues; answer 200 only once handled.`,
      { provider: STASH_PROVIDER, issues },
    );
  }
  return { type, environment, data: parsed.data, raw: body } as StashWebhookEvent;
}
