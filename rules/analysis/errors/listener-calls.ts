import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCallName, skipTypeWrappers, walk, type FunctionNode } from '../program/ast.js';
import { isInjectedCallbackCall } from '../callbacks/injected-callbacks.js';
import { isInsideHandledTry } from './cleanup-steps.js';
import { getReachedLocalFunction } from './reached-functions.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Methods that run listeners synchronously: `EventEmitter#emit`, `EventTarget#dispatchEvent`. */
const DISPATCH_METHODS = new Set(['emit', 'dispatchEvent', 'safeDispatchEvent']);

/** True when `callee`, an identifier, is the variable of a loop over a collection (`for (const listener of this.listeners)`). */
function isLoopVariable(callee: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  const definition = variable?.defs[0];
  if (definition?.type === 'Parameter') {
    // `listeners.forEach((listener) => listener(e))`.
    const fn = definition.node;
    return fn.parent?.type === AST_NODE_TYPES.CallExpression && getCallName(fn.parent) === 'forEach' && fn.params[0] === definition.name;
  }
  return definition?.type === 'Variable' && definition.parent.parent?.type === AST_NODE_TYPES.ForOfStatement;
}

/** True when `call` runs code the file does not own, synchronously: an `emit`, an injected callback, a listener of a list. */
function isListenerCall(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const name = getCallName(call);
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && name !== null && DISPATCH_METHODS.has(name)) return true;
  if (callee.type === AST_NODE_TYPES.Identifier && isLoopVariable(callee, sourceCode)) return true;
  return isInjectedCallbackCall(call, sourceCode);
}

/**
 * The first call in `fn`'s own body (not in functions nested in it, nor in a `try` that catches) that runs
 * listeners or callbacks, when `fn` is synchronous; else `null`.
 */
function getListenerCallIn(fn: FunctionNode, sourceCode: SourceCode): TSESTree.CallExpression | null {
  if (fn.async || fn.generator) return null;
  let found: TSESTree.CallExpression | null = null;
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    if (found) return false;
    if (node.type === AST_NODE_TYPES.CallExpression && isListenerCall(node, sourceCode) && !isInsideHandledTry(node, fn.body)) found = node;
    // `forEach((listener) => listener(e))` runs its callback now: look inside it.
    if (node.type === AST_NODE_TYPES.CallExpression && getCallName(node) === 'forEach') {
      const [callback] = node.arguments;
      if (callback && (callback.type === AST_NODE_TYPES.ArrowFunctionExpression || callback.type === AST_NODE_TYPES.FunctionExpression)) {
        walk(callback.body, sourceCode.visitorKeys, (inner) => {
          if (!found && inner.type === AST_NODE_TYPES.CallExpression && isListenerCall(inner, sourceCode)) found = inner;
          return !found;
        });
      }
    }
    return !found;
  });
  return found;
}

/** Per file, the listener call of each synchronous function asked about (see getListenerCallIn). */
const listenerCalls = new WeakMap<SourceCode, Map<FunctionNode, TSESTree.CallExpression | null>>();

/**
 * The listener or callback call that `call`, a synchronous call of a function of this file
 * (`this.failAll(e)`, `notify(e)`), makes before returning: `this.emit('error', e)`, `this.onError?.(e)`,
 * `for (const listener of this.#listeners) listener(e)`. `null` when the function runs none (or catches
 * what they throw), is `async`, or is not found in this file.
 */
export function getHelperListenerCall(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.CallExpression | null {
  const fn = getReachedLocalFunction(call, sourceCode);
  if (!fn) return null;
  let known = listenerCalls.get(sourceCode);
  if (!known) {
    known = new Map();
    listenerCalls.set(sourceCode, known);
  }
  if (!known.has(fn)) known.set(fn, getListenerCallIn(fn, sourceCode));
  return known.get(fn) ?? null;
}
