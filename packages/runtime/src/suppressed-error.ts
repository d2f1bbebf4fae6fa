/**
 * `SuppressedError` from explicit resource management (`using` / `await using`): an error raised while
 * cleaning up (`error`) after an earlier one (`suppressed`). Node 20 has no global, so this module
 * exports the native constructor where it exists and a spec-shaped fallback otherwise.
 */
export interface SuppressedErrorLike extends Error {
  /** The error raised during cleanup. */
  error: unknown;
  /** The earlier error that cleanup ran after. */
  suppressed: unknown;
}

/** Constructor shape shared by the native `SuppressedError` and the fallback. */
export interface SuppressedErrorConstructor {
  new (error: unknown, suppressed: unknown, message?: string): SuppressedErrorLike;
  readonly prototype: SuppressedErrorLike;
}

/**
 * Fallback following the proposal: `error`, `suppressed` and `message` are own, non-enumerable,
 * writable properties; `name` is `"SuppressedError"` on the prototype.
 */
class SuppressedErrorFallback extends Error {
  declare error: unknown;
  declare suppressed: unknown;

  constructor(error: unknown, suppressed: unknown, message?: string) {
    super(message);
    Object.defineProperty(this, 'error', { value: error, writable: true, enumerable: false, configurable: true });
    Object.defineProperty(this, 'suppressed', { value: suppressed, writable: true, enumerable: false, configurable: true });
  }
}
Object.defineProperty(SuppressedErrorFallback.prototype, 'name', {
  value: 'SuppressedError',
  writable: true,
  enumerable: false,
  configurable: true,
});
Object.defineProperty(SuppressedErrorFallback, 'name', { value: 'SuppressedError' });

const nativeSuppressedError = (globalThis as { SuppressedError?: SuppressedErrorConstructor }).SuppressedError;

/** `globalThis.SuppressedError` when the platform has it, else a spec-shaped fallback class. */
export const SuppressedError: SuppressedErrorConstructor = nativeSuppressedError ?? SuppressedErrorFallback;
