// How errors travel: error paths through try/catch/finally, cleanup steps and which of them can throw,
// handled rejections, logging, removal calls, teardown methods and delegation.
export * from './cleanup-calls.js';
export * from './cleanup-steps.js';
export * from './deferred-rethrow.js';
export * from './error-paths.js';
export * from './handling-catch.js';
export * from './listener-calls.js';
export * from './logging-calls.js';
export * from './non-throwing-calls.js';
export * from './reached-functions.js';
export * from './rejection-handling.js';
export * from './removal-calls.js';
export * from './step-exemptions.js';
export * from './teardown-class-methods.js';
export * from './teardown-delegation.js';
export * from './teardown-methods.js';
export * from './try-paths.js';
