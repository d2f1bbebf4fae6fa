import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
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

/** First words of a method name that make it a release even when the whole name is not listed: `closeDestinations`. */
const RELEASE_VERBS = new Set(['clean', 'free', 'kill', 'cancel', 'remove', 'unref', 'unlock', 'detach']);

/** True for `client.query('ROLLBACK')`: a transaction undone by a statement rather than by a method. */
function isRollbackStatement(call: TSESTree.CallExpression): boolean {
  const [first] = call.arguments;
  return first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string' && /^\s*ROLLBACK\b/iu.test(first.value);
}

/**
 * True when `call` releases or undoes something, by its name or its first word (`abortTransaction`,
 * `closeDestinations`, `endSession`, `cleanUserDataDir`) or a `ROLLBACK` statement: a cleanup. Other awaited
 * calls before a rethrow (`refreshMetadata()`, `connect()`) are recovery steps, not cleanups.
 */
export function isReleasingCall(call: TSESTree.CallExpression, cleanupMethods: ReadonlySet<string>): boolean {
  const name = getCallName(call)?.replace(/^_+/u, '');
  if (name === 'all' && call.arguments.length === 1) return isReleasingAll(call.arguments[0]!, cleanupMethods);
  if (name === undefined) return false;
  const verb = /^[a-z]+/u.exec(name)?.[0];
  return cleanupMethods.has(name) || (verb !== undefined && (cleanupMethods.has(verb) || RELEASE_VERBS.has(verb))) || isRollbackStatement(call);
}

/** `Promise.all([a.close(), b.close()])`, `Promise.all(conns.map((c) => c.close()))`: every promise is a release. */
function isReleasingAll(argument: TSESTree.Node, cleanupMethods: ReadonlySet<string>): boolean {
  const isRelease = (node: TSESTree.Node | null): boolean => node?.type === AST_NODE_TYPES.CallExpression && isReleasingCall(node, cleanupMethods);
  if (argument.type === AST_NODE_TYPES.ArrayExpression) return argument.elements.length > 0 && argument.elements.every(isRelease);
  if (argument.type !== AST_NODE_TYPES.CallExpression || getCallName(argument) !== 'map') return false;
  const [mapper] = argument.arguments;
  return (
    (mapper?.type === AST_NODE_TYPES.ArrowFunctionExpression && mapper.body.type !== AST_NODE_TYPES.BlockStatement && isRelease(mapper.body)) ?? false
  );
}
