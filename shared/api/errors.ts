/**
 * Errors cross the API boundary as plain data: a stable code and a Chinese sentence for the user.
 * Never a stack trace: those stay in the main process log.
 */
export type ApiErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'UNKNOWN_METHOD'
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'IN_USE'
  | 'READ_ONLY'
  | 'STORE_BROKEN'
  | 'FILE'
  /** A job the user cancelled while it had written nothing. */
  | 'CANCELLED'
  | 'INTERNAL';

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  /** Field-level messages keyed by dotted path, for forms to mark the right field. */
  fields?: Record<string, string>;
}

export type ApiEnvelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** Thrown by services for anything the user caused and can fix; the message is shown as it is. */
export class AppError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: Record<string, string> | undefined;

  constructor(code: ApiErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  toApiError(): ApiError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
