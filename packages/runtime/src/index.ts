/**
 * The reference runtime of eslint-plugin-concurrency: the correct implementations that the rules'
 * suggestions and the codemods rewrite toward. Zero dependencies; see docs/runtime.md.
 */
export { FailureBudget } from './failure-budget.js';
export type { FailureBudgetOptions } from './failure-budget.js';
export { idempotent } from './idempotent.js';
export type { IdempotentFunction, IdempotentOptions, IdempotentStatus } from './idempotent.js';
export { lazy } from './lazy.js';
export type { Lazy, LazyOptions } from './lazy.js';
export { Lifecycle } from './lifecycle.js';
export type { LifecycleOptions } from './lifecycle.js';
export { getRuntimeLogger, setRuntimeLogger } from './logger.js';
export type { RuntimeLogger } from './logger.js';
export { Mutex } from './mutex.js';
export type { MutexOptions, ReleaseLock } from './mutex.js';
export { releaseAndClear } from './release-and-clear.js';
export { formatReleaseFailure, releaseThenClear } from './release-then-clear.js';
export type { ReleaseOptions, ReleaseThenClearOptions } from './release-then-clear.js';
export { getIdempotentStatus, runIdempotent } from './run-idempotent.js';
export type { IdempotentKey } from './run-idempotent.js';
export { SuppressedError } from './suppressed-error.js';
export type { SuppressedErrorConstructor, SuppressedErrorLike } from './suppressed-error.js';
export { formatCleanupError, logCleanupError, withCleanup } from './with-cleanup.js';
export type { CleanupErrorHandler, WithCleanupOptions } from './with-cleanup.js';
