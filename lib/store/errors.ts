/**
 * Store failures the UI can act on: "storage is full" (quota) reads differently
 * from "the database is unavailable" (storage) or "that creator is unknown".
 */
export type StoreErrorCode = 'quota' | 'storage' | 'not-found' | 'invalid';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string')
    return error.name;
  return '';
}

/** Turns whatever IndexedDB threw (DOMException, abort) into a StoreError. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = errorName(error);
  const detail =
    error instanceof Error || (error && typeof error === 'object' && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  if (name === 'QuotaExceededError') {
    return new StoreError(
      'quota',
      'The browser has no storage space left for Microlens; nothing was saved.',
      {
        cause: error,
      },
    );
  }
  return new StoreError(
    'storage',
    `The local database failed (${name || 'error'}: ${detail}); nothing was saved.`,
    {
      cause: error,
    },
  );
}
