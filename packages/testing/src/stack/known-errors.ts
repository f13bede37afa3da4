/**
 * Stack's known errors as the real backend sends them (research §2: header
 * `x-stack-known-error: CODE`, body `{ code, details?, error }`; the message is in `error`).
 */
export type KnownErrorDetails = Record<string, unknown>;

interface KnownErrorSpec {
  readonly status: number;
  readonly message: (details: KnownErrorDetails) => string;
}

const fixed = (text: string) => (): string => text;

// Statuses from research §2 (`known-errors.tsx`); messages paraphrase the real ones.
const SPECS = {
  SCHEMA_ERROR: { status: 400, message: (d) => String(d.message) },
  BODY_PARSING_ERROR: { status: 400, message: (d) => String(d.message) },
  ACCESS_TYPE_REQUIRED: {
    status: 400,
    message: fixed(
      'You must specify an access level for this Stack project. Make sure project API keys are provided (eg. x-stack-publishable-client-key) and you set the x-stack-access-type header to "client", "server", or "admin".',
    ),
  },
  INVALID_ACCESS_TYPE: {
    status: 400,
    message: (d) =>
      `The x-stack-access-type header must be "client", "server", or "admin", but was "${String(d.access_type)}".`,
  },
  ACCESS_TYPE_WITHOUT_PROJECT_ID: {
    status: 400,
    message: (d) =>
      `The x-stack-access-type header was '${String(d.request_type)}', but the x-stack-project-id header was not provided.`,
  },
  PROJECT_KEY_WITHOUT_ACCESS_TYPE: {
    status: 400,
    message: fixed(
      'Either an API key or an admin access token was provided, but the x-stack-access-type header is missing. Set it to "client", "server", or "admin" as appropriate.',
    ),
  },
  INSUFFICIENT_ACCESS_TYPE: {
    status: 401,
    message: (d) =>
      `The x-stack-access-type header must be ${(d.allowed_access_types as string[]).map((t) => `"${t}"`).join(' or ')}, but was "${String(d.actual_access_type)}".`,
  },
  INVALID_PUBLISHABLE_CLIENT_KEY: {
    status: 401,
    message: (d) =>
      `The publishable key is not valid for the project ${JSON.stringify(d.project_id)}. Does the project and/or the key exist?`,
  },
  INVALID_SECRET_SERVER_KEY: {
    status: 401,
    message: (d) =>
      `The secret server key is not valid for the project ${JSON.stringify(d.project_id)}. Does the project and/or the key exist?`,
  },
  INVALID_SUPER_SECRET_ADMIN_KEY: {
    status: 401,
    message: (d) =>
      `The super secret admin key is not valid for the project ${JSON.stringify(d.project_id)}. Does the project and/or the key exist?`,
  },
  PUBLISHABLE_CLIENT_KEY_REQUIRED_FOR_PROJECT: {
    status: 401,
    message: (d) =>
      `The project ${JSON.stringify(d.project_id)} requires a publishable client key. Please provide one in the x-stack-publishable-client-key header.`,
  },
  SERVER_AUTHENTICATION_REQUIRED: {
    status: 401,
    message: fixed('The secret server key must be provided.'),
  },
  ADMIN_AUTHENTICATION_REQUIRED: {
    status: 401,
    message: fixed('The super secret admin key must be provided.'),
  },
  UNPARSABLE_ADMIN_ACCESS_TOKEN: {
    status: 401,
    message: fixed('Admin access token is not parsable.'),
  },
  ADMIN_ACCESS_TOKEN_EXPIRED: {
    status: 401,
    message: fixed('Admin access token has expired. Please refresh it and try again.'),
  },
  ADMIN_ACCESS_TOKEN_IS_NOT_ADMIN: {
    status: 401,
    message: fixed('Admin access token does not have the required permissions for this project.'),
  },
  UNPARSABLE_ACCESS_TOKEN: { status: 401, message: fixed('Access token is not parsable.') },
  ACCESS_TOKEN_EXPIRED: {
    status: 401,
    message: (d) =>
      `Access token has expired. Please refresh it and try again. (The access token expired at ${new Date(Number(d.expired_at_millis)).toISOString()}.)`,
  },
  INVALID_PROJECT_FOR_ACCESS_TOKEN: {
    status: 401,
    message: (d) =>
      `The access token is not valid for this project. Expected project ID ${JSON.stringify(d.expected_project_id)}, but the token is for project ID ${JSON.stringify(d.actual_project_id)}.`,
  },
  ANONYMOUS_AUTHENTICATION_NOT_ALLOWED: {
    status: 401,
    message: fixed(
      'X-Stack-Access-Token is for an anonymous user, but anonymous users are not enabled. Set the X-Stack-Allow-Anonymous-User header of this request to "true" to allow anonymous users.',
    ),
  },
  RESTRICTED_USER_NOT_ALLOWED: {
    status: 403,
    message: fixed(
      'This endpoint does not allow restricted users. Set the X-Stack-Allow-Restricted-User header to "true" to allow restricted users.',
    ),
  },
  USER_AUTHENTICATION_REQUIRED: {
    status: 401,
    message: fixed('User authentication required for this endpoint.'),
  },
  REFRESH_TOKEN_NOT_FOUND_OR_EXPIRED: {
    status: 401,
    message: fixed(
      'Refresh token not found for this project, or the session has expired/been revoked.',
    ),
  },
  CANNOT_DELETE_CURRENT_SESSION: {
    status: 400,
    message: fixed('Cannot delete the current session.'),
  },
  CURRENT_PROJECT_NOT_FOUND: {
    status: 400,
    message: (d) =>
      `The current project with ID ${String(d.project_id)} was not found. Please check the value of the x-stack-project-id header.`,
  },
  BRANCH_DOES_NOT_EXIST: {
    status: 400,
    message: (d) => `The branch with ID ${String(d.branch_id)} does not exist.`,
  },
  USER_NOT_FOUND: { status: 404, message: fixed('User not found.') },
  USER_ID_DOES_NOT_EXIST: {
    status: 400,
    message: (d) => `The given user with the ID ${String(d.user_id)} does not exist.`,
  },
  CANNOT_GET_OWN_USER_WITHOUT_USER: {
    status: 400,
    message: fixed(
      "You have specified 'me' as a userId, but did not provide authentication for a user.",
    ),
  },
  USER_EMAIL_ALREADY_EXISTS: {
    status: 409,
    message: (d) => `A user with email ${JSON.stringify(d.email)} already exists.`,
  },
  TEAM_NOT_FOUND: { status: 404, message: (d) => `Team ${String(d.team_id)} not found.` },
  TEAM_MEMBERSHIP_NOT_FOUND: {
    status: 404,
    message: (d) => `User ${String(d.user_id)} is not found in team ${String(d.team_id)}.`,
  },
  TEAM_MEMBERSHIP_ALREADY_EXISTS: {
    status: 409,
    message: fixed('Team membership already exists.'),
  },
  TEAM_PERMISSION_REQUIRED: {
    status: 401,
    message: (d) =>
      `User ${String(d.user_id)} does not have permission ${String(d.permission_id)} in team ${String(d.team_id)}.`,
  },
  PERMISSION_NOT_FOUND: {
    status: 404,
    message: (d) =>
      `Permission "${String(d.permission_id)}" not found. Make sure you created it on the dashboard.`,
  },
  CONTACT_CHANNEL_NOT_FOUND: {
    status: 404,
    message: (d) =>
      `Contact channel ${String(d.contact_channel_id)} not found for user ${String(d.user_id)}.`,
  },
  CONTACT_CHANNEL_ALREADY_USED_FOR_AUTH_BY_SOMEONE_ELSE: {
    status: 409,
    message: (d) =>
      `This ${String(d.type)} (${String(d.contact_channel_value)}) is already used for authentication by another account.`,
  },
  API_KEY_NOT_FOUND: { status: 404, message: fixed('API key not found.') },
  API_KEY_EXPIRED: { status: 401, message: fixed('API key has expired.') },
  API_KEY_REVOKED: { status: 401, message: fixed('API key has been revoked.') },
  WRONG_API_KEY_TYPE: {
    status: 400,
    message: (d) =>
      `This endpoint is for ${String(d.expected_type)} API keys, but a ${String(d.actual_type)} API key was provided.`,
  },
} satisfies Record<string, KnownErrorSpec>;

/** Every code this server can send. */
export type KnownErrorCode = keyof typeof SPECS;

/** Thrown by route handlers; the request handler turns it into the wire shape. */
export class KnownError extends Error {
  readonly code: KnownErrorCode;
  readonly status: number;
  readonly details: KnownErrorDetails | undefined;

  constructor(code: KnownErrorCode, details?: KnownErrorDetails) {
    const spec: KnownErrorSpec = SPECS[code];
    super(spec.message(details ?? {}));
    this.code = code;
    this.status = spec.status;
    this.details = details;
  }

  /** Research §2: `{ code, details?, error }`, `details` only when the code has some. */
  toJson(): Record<string, unknown> {
    return {
      code: this.code,
      ...(this.details === undefined ? {} : { details: this.details }),
      error: this.message,
    };
  }
}

/** A plain `StatusError` (research §2): `text/plain`, no known-error header. */
export class StatusError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}
