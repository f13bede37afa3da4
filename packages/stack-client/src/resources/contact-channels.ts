import { itemsOf, parseInput, successSchema } from '../schemas/common.js';
import {
  type CreateContactChannelInput,
  contactChannelSchema,
  createContactChannelInput,
  type StackContactChannel,
  type UpdateContactChannelInput,
  updateContactChannelInput,
} from '../schemas/contact-channel.js';
import { type CallOptions, callOptions, inputObject, type Requester, seg } from './call.js';

/** Contact channels (research §4); `userId: 'me'` for a `withUser` client. */
export interface ContactChannelMethods {
  /**
   * `GET /contact-channels?user_id=`.
   *
   * @example
   * ```ts
   * const channels = await server.listContactChannels({ userId });
   * ```
   */
  listContactChannels(
    input: { userId: string },
    options?: CallOptions,
  ): Promise<StackContactChannel[]>;
  /**
   * `POST /contact-channels`.
   *
   * @example
   * ```ts
   * await server.createContactChannel({ userId, value: 'ada@example.com', usedForAuth: false });
   * ```
   */
  createContactChannel(
    input: CreateContactChannelInput,
    options?: CallOptions,
  ): Promise<StackContactChannel>;
  /**
   * `PATCH /contact-channels/{user}/{id}`.
   *
   * @example
   * ```ts
   * await server.updateContactChannel({ userId, contactChannelId }, { isPrimary: true });
   * ```
   */
  updateContactChannel(
    target: { userId: string; contactChannelId: string },
    input: UpdateContactChannelInput,
    options?: CallOptions,
  ): Promise<StackContactChannel>;
  /**
   * `DELETE /contact-channels/{user}/{id}`.
   *
   * @example
   * ```ts
   * await server.deleteContactChannel({ userId, contactChannelId });
   * ```
   */
  deleteContactChannel(
    target: { userId: string; contactChannelId: string },
    options?: CallOptions,
  ): Promise<void>;
}

const path = (target: { userId: string; contactChannelId: string }, call: string) => {
  const t = inputObject(target, call, '{ userId, contactChannelId }');
  return `/contact-channels/${seg(t.userId, 'userId')}/${seg(t.contactChannelId, 'contactChannelId')}`;
};

// Every method is async, so a bad argument rejects the returned Promise, never throws.
export function contactChannelMethods(request: Requester): ContactChannelMethods {
  return {
    listContactChannels: async (input, options) =>
      request({
        method: 'GET',
        path: '/contact-channels',
        searchParams: { user_id: inputObject(input, 'listContactChannels', '{ userId }').userId },
        schema: itemsOf(contactChannelSchema),
        ...callOptions(options),
      }),
    createContactChannel: async (input, options) =>
      request({
        method: 'POST',
        path: '/contact-channels',
        json: parseInput(createContactChannelInput, input, 'createContactChannel'),
        schema: contactChannelSchema,
        ...callOptions(options),
      }),
    updateContactChannel: async (target, input, options) =>
      request({
        method: 'PATCH',
        path: path(target, 'updateContactChannel'),
        json: parseInput(updateContactChannelInput, input, 'updateContactChannel'),
        schema: contactChannelSchema,
        ...callOptions(options),
      }),
    deleteContactChannel: async (target, options) =>
      request({
        method: 'DELETE',
        path: path(target, 'deleteContactChannel'),
        schema: successSchema,
        ...callOptions(options),
      }),
  };
}
