// What a lock is, how it is released, and what runs inside a critical section.
export * from './critical-section.js';
export * from './critical-section-bodies.js';
export * from './double-checked-init.js';
export * from './lock-release.js';
export * from './locks.js';
