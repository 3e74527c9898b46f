/**
 * thai — the single error type thrown by the Thai text kit (leaf module).
 * Every parser and formatter in src/thai throws ThaiTextError for input it cannot read,
 * with a stable snake_case `code`, the offending `input`, an English `message` that names
 * the input and what is wrong, and the same content in Thai as `messageTh`.
 */

export const THAI_TEXT_ERROR_CODES = [
  'invalid_date',
  'unknown_month',
  'unknown_weekday',
  'unreadable_date',
  'invalid_number',
  'invalid_amount',
  'invalid_baht_text',
  'invalid_time',
] as const;

export type ThaiTextErrorCode = (typeof THAI_TEXT_ERROR_CODES)[number];

export class ThaiTextError extends Error {
  override name = 'ThaiTextError';
  readonly code: ThaiTextErrorCode;
  /** The text (or value rendered as text) that could not be read. */
  readonly input: string;
  /** Thai version of `message`. */
  readonly messageTh: string;

  constructor(code: ThaiTextErrorCode, input: string, message: string, messageTh: string) {
    super(message);
    this.code = code;
    this.input = input;
    this.messageTh = messageTh;
  }
}

export function isThaiTextError(value: unknown): value is ThaiTextError {
  return value instanceof ThaiTextError;
}
