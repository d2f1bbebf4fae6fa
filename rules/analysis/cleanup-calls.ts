import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './ast.js';

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
 * The name a call is made by: `close` for `close()`, `x.close()`, `x?.close()`, `this.#close()` and `x['close']()`;
 * `null` for computed or anonymous callees.
 */
export function getCallName(call: TSESTree.CallExpression): string | null {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const { property } = callee;
  if (!callee.computed && (property.type === AST_NODE_TYPES.Identifier || property.type === AST_NODE_TYPES.PrivateIdentifier)) {
    return property.name;
  }
  if (callee.computed && property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') return property.value;
  return null;
}

/**
 * True when `call` is a cleanup step by name: its name, without leading underscores (`_close`), is one of
 * `cleanupMethods`. Plain calls count too (`cleanup()`, `release()`): a helper function is still cleanup.
 */
export function isCleanupCall(call: TSESTree.CallExpression, cleanupMethods: ReadonlySet<string>): boolean {
  const name = getCallName(call);
  return name !== null && cleanupMethods.has(name.replace(/^_+/u, ''));
}
