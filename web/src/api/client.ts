import type { ApiErrorBody, ErrorCode } from "@mend/core/errors";

/** Codes the server sends, plus one for when the server could not be reached at all. */
export type ApiErrorCode = ErrorCode | "offline";

/**
 * A failed API call. `message` is already written for the person using Mend, so it can be shown as is;
 * `fields` maps form field names to their own messages.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly fields: Readonly<Record<string, string>>;

  constructor(status: number, code: ApiErrorCode, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

const offlineMessage = "We couldn't reach Mend. Check your internet connection, then try again.";
const unexpectedMessage = "Something went wrong on our side. Please try again in a moment.";

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isErrorBody(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, body.error.fields ?? {});
  }
  return new ApiError(response.status, response.status >= 500 ? "internal" : "not_found", unexpectedMessage);
}

type Method = "GET" | "POST" | "PUT" | "DELETE";

export interface RequestOptions {
  /**
   * When the session has ended, wait for the person to sign in again in place and then send the request
   * once more (see `whenSessionEnds`). On by default; off for requests that must not prompt for a password.
   */
  renew?: boolean;
}

/** The account these pages belong to: the server refuses requests meant for it once another has signed in. */
let expectedAccountId: string | null = null;
export function setExpectedAccount(accountId: string | null) {
  expectedAccountId = accountId;
}

/** Resolves true once the same person has signed in again, false when the request should fail as it is. */
type SessionRenewal = () => Promise<boolean>;
let renewSession: SessionRenewal = async () => false;
export function whenSessionEnds(renewal: SessionRenewal) {
  renewSession = renewal;
}

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  try {
    return await send<T>(method, path, body);
  } catch (error) {
    const renewable = options.renew !== false && isApiError(error, "not_signed_in");
    if (renewable && (await renewSession())) return send<T>(method, path, body);
    throw error;
  }
}

async function send<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  // The server refuses any state-changing request without this header (its CSRF defence).
  if (method !== "GET") headers["x-mend-csrf"] = "1";
  if (body !== undefined) headers["content-type"] = "application/json";
  if (expectedAccountId) headers["x-mend-account"] = expectedAccountId;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      cache: "no-store",
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "offline", offlineMessage);
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>("GET", path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>("POST", path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>("PUT", path, body, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>("DELETE", path, undefined, options),
};

/** Path segments built from values (ids, tokens) are always encoded. */
export const segment = (value: string) => encodeURIComponent(value);

export const isApiError = (error: unknown, code?: ApiErrorCode): error is ApiError =>
  error instanceof ApiError && (code === undefined || error.code === code);
