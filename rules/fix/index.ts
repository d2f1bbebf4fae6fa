// Fix and suggestion builders (as in eslint-plugin-unicorn's rules/fix/): text helpers, memoized promises,
// eager initialization, idempotent rewrites, try splits, withCleanup and releaseAndClear calls, runtime imports.
export * from './cleanup-guard.js';
export * from './eager-initialization.js';
export * from './fix-text.js';
export * from './idempotent-rewrite.js';
export * from './move-into-try.js';
export * from './promise-memo-suggestions.js';
export * from './release-and-clear-call.js';
export * from './runtime-helper-import.js';
export * from './try-split.js';
export * from './with-cleanup-rewrite.js';
