import type { TSESTree } from '@typescript-eslint/utils';
import { getCallName } from '../program/ast.js';

/**
 * Method and function names that release a resource: the calls a `catch` or `finally` typically makes
 * before passing an error on, and that can themselves throw (a closed socket, a failed rollback).
 */
export const DEFAULT_CLEANUP_METHODS: readonly string[] = [
  'abort',
  'cleanup',
  'cleanUp',
  'close',
  'destroy',
  'disconnect',
  'dispose',
  'end',
  'quit',
  'release',
  'rollback',
  'shutdown',
  'stop',
  'teardown',
  'tearDown',
  'terminate',
  'unsubscribe',
];

/**
 * True when `call` is a cleanup step by name: its name, without leading underscores (`_close`), is one of
 * `cleanupMethods`. Plain calls count too (`cleanup()`, `release()`): a helper function is still cleanup.
 */
export function isCleanupCall(call: TSESTree.CallExpression, cleanupMethods: ReadonlySet<string>): boolean {
  const name = getCallName(call);
  return name !== null && cleanupMethods.has(name.replace(/^_+/u, ''));
}
