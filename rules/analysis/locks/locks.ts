import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { getCalledMethodName, getCalleeName, isFunctionNode, skipTypeWrappers, type FunctionNode } from '../program/ast.js';

/**
 * True when `node` creates a lock: `new Mutex()`, `new am.Semaphore(2)`, `withTimeout(new Mutex(), 100)`,
 * or a call of a factory listed in `lockClasses`.
 */
export function isLockCreation(node: TSESTree.Node, lockClasses: ReadonlySet<string>): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.NewExpression && value.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = getCalleeName(value);
  return name !== null && lockClasses.has(name);
}

/** Methods that run a callback while holding the lock: async-mutex `runExclusive`, async-lock `acquire(key, fn)`. */
const CALLBACK_LOCK_METHODS = new Set(['runExclusive', 'acquire', 'withLock', 'exclusive']);
/** Methods that take a lock and need a matching release: async-mutex, async-sema, await-lock. */
export const LOCK_ACQUIRE_METHODS: ReadonlySet<string> = new Set(['acquire', 'acquireAsync', 'lock', 'wait', 'waitOne']);
export const LOCK_RELEASE_METHODS: ReadonlySet<string> = new Set(['release', 'unlock', 'signal', 'releaseLock']);

/**
 * The callback run inside a critical section by `call`, e.g. the function given to
 * `mutex.runExclusive(fn)` or `lock.acquire('key', fn)`, else `null`.
 */
/** True when `call` runs a callback under a lock: `mutex.runExclusive(fn)`, `lock.acquire(key, fn)`. */
export function isCriticalSectionCall(call: TSESTree.CallExpression): boolean {
  const method = getCalledMethodName(call);
  return method !== null && CALLBACK_LOCK_METHODS.has(method);
}

export function getCriticalSectionCallback(call: TSESTree.CallExpression): FunctionNode | null {
  if (!isCriticalSectionCall(call)) return null;
  const callback = call.arguments.find((argument) => isFunctionNode(argument));
  return callback && isFunctionNode(callback) ? callback : null;
}

/** True when `statement` awaits a lock acquisition: `await m.acquire()`, `const release = await m.acquire()`. */
export function isAwaitedAcquire(statement: TSESTree.Statement): boolean {
  let expression: TSESTree.Node | null = null;
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) expression = statement.expression;
  if (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1) {
    expression = statement.declarations[0]!.init;
  }
  if (expression?.type === AST_NODE_TYPES.AssignmentExpression) expression = expression.right;
  if (expression?.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const awaited = skipTypeWrappers(expression.argument);
  if (awaited.type !== AST_NODE_TYPES.CallExpression) return false;
  const method = getCalledMethodName(awaited);
  // `acquire(key, fn)` with a callback is the callback form, not a bare acquisition.
  return method !== null && LOCK_ACQUIRE_METHODS.has(method) && !awaited.arguments.some((argument) => isFunctionNode(argument));
}

/**
 * True when `block` calls a release: `release()`, `releaser()`, `m.release()`, `lock.unlock()`,
 * awaited or not (kafkajs awaits its lock's release).
 */
export function callsRelease(block: TSESTree.BlockStatement): boolean {
  return block.body.some((statement) => isReleaseStatement(statement));
}

/** True when `statement` is a release call: `release();`, `this.lock.release();`, `await lock.unlock();`. */
export function isReleaseStatement(statement: TSESTree.Node): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  let expression = skipTypeWrappers(statement.expression);
  if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = skipTypeWrappers(expression.argument);
  if (expression.type === AST_NODE_TYPES.ChainExpression) expression = expression.expression;
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = getCalledMethodName(expression) ?? getCalleeName(expression);
  return name !== null && (LOCK_RELEASE_METHODS.has(name) || /^releas/iu.test(name));
}

/**
 * The critical sections directly in `statements`: the `try` block of an
 * `await lock.acquire(); try { … } finally { release() }` sequence.
 */
export function getAcquireReleaseSections(statements: readonly TSESTree.Statement[]): TSESTree.BlockStatement[] {
  const sections: TSESTree.BlockStatement[] = [];
  statements.forEach((statement, index) => {
    if (!isAwaitedAcquire(statement)) return;
    const next = statements[index + 1];
    if (next?.type === AST_NODE_TYPES.TryStatement && next.finalizer && callsRelease(next.finalizer)) {
      sections.push(next.block);
    }
  });
  return sections;
}
