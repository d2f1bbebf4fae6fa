// The file model and the AST vocabulary every other concept builds on: functions and their suspension points,
// state targets, class members, construction sites, local functions, settings. Imports nothing above it.
export * from './ast.js';
export * from './awaited-data.js';
export * from './class-members.js';
export * from './commonjs-file.js';
export * from './construction-sites.js';
export * from './file-model.js';
export * from './invoked-function.js';
export * from './local-functions.js';
export * from './path-suspensions.js';
export * from './prototype-class.js';
export * from './references-within.js';
export * from './settings.js';
export * from './state-target.js';
export * from './tail-exit.js';
export * from './this-alias.js';
