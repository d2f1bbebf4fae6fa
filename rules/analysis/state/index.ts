// State a member holds and how code claims it: own state, guards, claims early and late, check-then-act,
// conditional assignment, map caches, memoized promises and results, single flight.
export * from './check-then-act.js';
export * from './claimed-handles.js';
export * from './conditional-assignment.js';
export * from './early-claim.js';
export * from './entry-guards.js';
export * from './guards.js';
export * from './late-state-claims.js';
export * from './map-cache.js';
export * from './memoized-promise.js';
export * from './memoized-result.js';
export * from './own-methods.js';
export * from './own-state.js';
export * from './shared-slot.js';
export * from './single-flight.js';
export * from './slot-access.js';
export * from './state-alias.js';
export * from './state-values.js';
