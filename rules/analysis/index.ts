export * from './ast.js';
export * from './class-members.js';
export * from './conditional-assignment.js';
export * from './double-checked-init.js';
export * from './eager-initialization.js';
export * from './locks.js';
export * from './settings.js';
export * from './state-target.js';
