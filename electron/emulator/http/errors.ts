export type FieldErrors = Record<string, string[]>;
export interface CodedError {
  code: number;
  message: string;
  id?: number;
}

/** An Altegio error reply: `{success: false, data: null, meta: {message, errors?}}` plus optional extras. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: FieldErrors | CodedError[] | Array<{ message: string }>,
    readonly topLevel?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const GENERIC_MESSAGE = 'An error has occurred.';

export const unauthorized = (): ApiError => new ApiError(401, 'Authentication needed.');
export const forbidden = (): ApiError => new ApiError(403, 'Access denied.');
/** What real Altegio answers when the user lacks a right for the action. */
export const notEnoughRights = (): ApiError => new ApiError(403, 'Not enough rights');
export const notFound = (message = 'Not found'): ApiError => new ApiError(404, message);
export const badRequest = (errors?: FieldErrors, message = GENERIC_MESSAGE): ApiError =>
  new ApiError(400, message, errors);
export const invalid = (errors: FieldErrors): ApiError => new ApiError(422, GENERIC_MESSAGE, errors);
export const businessRule = (errors: CodedError[], status = 422, message = GENERIC_MESSAGE): ApiError =>
  new ApiError(status, message, errors);

/** Collects field problems and throws them together as one 422 (or 400). */
export class FieldCollector {
  readonly errors: FieldErrors = {};

  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }

  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  throwIfAny(status: 400 | 422 = 422): void {
    if (!this.empty) throw status === 400 ? badRequest(this.errors) : invalid(this.errors);
  }
}
