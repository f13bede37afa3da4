import { GrpcFailure } from './stash-state.js';

type Json = Record<string, unknown>;

/**
 * Parses a request body the way grpc-gateway does: an empty body is an empty message; a body
 * that is not a JSON object is INVALID_ARGUMENT.
 */
export function readJsonBody(body: string): Json {
  if (body === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new GrpcFailure(3, 'invalid request body: not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GrpcFailure(3, 'invalid request body: expected a JSON object');
  }
  return value as Json;
}

/**
 * Reads a field by its lowerCamelCase name or its proto (snake_case) name: protobuf-JSON
 * parsers accept both (research §3, payload conventions).
 */
export function field(object: unknown, camelName: string): unknown {
  if (typeof object !== 'object' || object === null) return undefined;
  const record = object as Json;
  if (record[camelName] !== undefined) return record[camelName];
  return record[camelName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)];
}

/** A non-empty string field, or undefined. */
export function stringField(object: unknown, camelName: string): string | undefined {
  const value = field(object, camelName);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A non-empty string field, or INVALID_ARGUMENT naming it the way protoc-gen-validate does. */
export function requiredString(object: unknown, camelName: string, message: string): string {
  const value = stringField(object, camelName);
  if (value === undefined) throw new GrpcFailure(3, `invalid ${message}: value is required`);
  return value;
}
