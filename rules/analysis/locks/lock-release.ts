import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getEnclosingFunction, getLastName, skipTypeWrappers, walk } from '../program/ast.js';
import { getCallName } from '../program/ast.js';
import { LOCK_ACQUIRE_METHODS, LOCK_RELEASE_METHODS } from './locks.js';

/** A method that says it releases a lock: `releaseLock()`, `releaseBrokerLock(broker)`, `unlockWriteLock()`. */
const LOCK_RELEASE_METHOD = /^_*(?:release|unlock)\w*Lock$/u;
/** `lock`, `_mutex`, `sem`, `sema`, `semaphore`, and camel or snake compounds: `sendLock`, `write_mutex`. */
const LOCK_NAME = /^_*(?:lock|mutex|sema?|semaphore)$|(?:Lock|Mutex|Sema?|Semaphore|_lock|_mutex)$/u;


/** True for `lock.acquire()`, `await this.#mutex.acquire()`, `await sem.acquire()` (the release comes back from it). */
function isAcquireCall(node: TSESTree.Node): boolean {
  let value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = skipTypeWrappers(value.argument);
  if (value.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = getCallName(value);
  return name !== null && LOCK_ACQUIRE_METHODS.has(name) && value.callee.type === AST_NODE_TYPES.MemberExpression;
}

/** A reader-writer lock's release, named for the acquire it pairs with: `releaseRead()`, `this.#releaseWrite()`. */
const PAIRED_RELEASE_METHOD = /^_*(?:release|unlock)(Read|Write)$/u;

/**
 * True when the function running `call` also acquires `receiver`: `await this.topicsLock.acquire()` …
 * `this.topicsLock.release()`; with `mode`, by the acquire of that mode (`await this.#acquireWrite()` …
 * `await this.#releaseWrite()`).
 */
function isAcquiredInSameFunction(
  receiver: TSESTree.Node,
  call: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
  mode?: string,
): boolean {
  const fn = getEnclosingFunction(call);
  if (!fn) return false;
  const text = sourceCode.getText(receiver);
  const pairedAcquire = mode === undefined ? null : new RegExp(`^_*(?:acquire|lock)${mode}$`, 'u');
  let found = false;
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    if (found) return false;
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      (pairedAcquire === null ? isAcquireCall(node) : pairedAcquire.test(getCallName(node) ?? '')) &&
      sourceCode.getText(node.callee.object) === text
    ) {
      found = true;
    }
    return !found;
  });
  return found;
}

/**
 * True when `call` releases a lock: the function an acquire returned (`const release = await mutex.acquire();
 * … release()`, `const [, release] = await sem.acquire()`), or `release()`/`unlock()` on a receiver named as a
 * lock (`lock.release()`, `this.#mutex.release()`, `this.sendLock.unlock()`) or acquired in the same function
 * (`await this.topics.acquire()` … `await this.topics.release()`), or a method named for it
 * (`releaseLock()`, `this.releaseBrokerLock(broker)`), or a reader-writer lock's `releaseRead()`/`releaseWrite()`
 * in a function that called the matching `acquireRead()`/`acquireWrite()` on the same receiver. Lock releases do not fail,
 * so they are no hazard in a `catch` or `finally`.
 */
export function isLockRelease(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getCallName(call);
    const receiver = getLastName(callee.object);
    if (method !== null && LOCK_RELEASE_METHOD.test(method)) return true;
    const pairedMode = method === null ? undefined : PAIRED_RELEASE_METHOD.exec(method)?.[1];
    if (pairedMode !== undefined) return isAcquiredInSameFunction(callee.object, call, sourceCode, pairedMode);
    if (method === null || !LOCK_RELEASE_METHODS.has(method)) return false;
    return (receiver !== null && LOCK_NAME.test(receiver)) || isAcquiredInSameFunction(callee.object, call, sourceCode);
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(call), callee);
  return (
    variable !== null &&
    variable.references.some((reference) => reference.writeExpr != null && isAcquireCall(reference.writeExpr))
  );
}
