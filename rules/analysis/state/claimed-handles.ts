import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCallName, isSuspensionPoint, isWithin, skipTypeWrappers, walk, type SuspensionNode } from '../program/ast.js';
import { getFirstSuspensionOnPath } from './guards.js';
import { getChangesBeforeSuspension } from './entry-guards.js';
import { getOwnStateAccess, getOwnStateChanges, getOwnStateReads, isAnyReadChanged, type OwnStateAccess } from './own-state.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What the optional chain `node` tests, else `null`: the object whose absence skips it (`socket` in `socket?.end()`,
 * the own callback `this.onClose` in `this.onClose?.()`), or, for a method called optionally on another object
 * (`this.store.disconnect?.()`), that object, with `isMethodOnly`: the chain asks whether the object has the method,
 * so it is skipped for the object's absence only where the object itself is replaced (`this.socket = null`), not
 * where the awaited call may change the object inside.
 */
function getOptionalBase(node: TSESTree.Node): { readonly base: TSESTree.Node; readonly isMethodOnly: boolean } | null {
  const chain = skipTypeWrappers(node);
  if (chain.type !== AST_NODE_TYPES.ChainExpression) return null;
  let current: TSESTree.Node = chain.expression;
  for (;;) {
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTypeWrappers(current.callee);
      if (current.optional) {
        const isMethodOnly = callee.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(callee.object).type !== AST_NODE_TYPES.ThisExpression;
        return isMethodOnly ? { base: (callee as TSESTree.MemberExpression).object, isMethodOnly } : { base: current.callee, isMethodOnly };
      }
      current = callee;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (current.optional) return { base: current.object, isMethodOnly: false };
      current = skipTypeWrappers(current.object);
    } else {
      return null;
    }
  }
}

/**
 * True when `suspension` runs only while some state in `changes` is present: it awaits an optional chain on it
 * (`await socket?.end()`), or sits in the branch of an `if`, `?:` or `&&` that tests it (`if (socket) await …`).
 */
function isGatedByChangedState(
  suspension: SuspensionNode,
  changes: ReadonlySet<OwnStateAccess>,
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  const optional = suspension.type === AST_NODE_TYPES.AwaitExpression ? getOptionalBase(suspension.argument) : null;
  const baseAccess = optional ? getOwnStateAccess(optional.base, boundary, sourceCode) : null;
  if (baseAccess !== null && (optional?.isMethodOnly ? changes.has(baseAccess) : isAnyReadChanged(new Set([baseAccess]), changes))) return true;
  let child: TSESTree.Node = suspension;
  for (let parent: TSESTree.Node | undefined = suspension.parent; parent && parent !== boundary; child = parent, parent = parent.parent) {
    const test =
      (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && child === parent.consequent
        ? parent.test
        : parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && child === parent.right
          ? parent.left
          : null;
    if (test && isAnyReadChanged(getOwnStateReads(test, boundary, sourceCode), changes)) return true;
  }
  return false;
}

/**
 * True when `statements` take their handles before the first `await` and every `await` works on one of them only
 * while it is there: `const socket = this.socket; this.socket = undefined; await socket?.end();`, or
 * `if (socket) { await socket.end(); }`. A second call finds the handles gone and awaits nothing.
 */
export function isClaimedHandleCleanup(
  statements: readonly TSESTree.Statement[],
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  return isEveryAwaitGated(statements, getChangesBeforeSuspension(statements, boundary, sourceCode), boundary, sourceCode);
}

/** The `await`s, `yield`s and `for await`s of `statements`, nested functions excluded. */
function getSuspensions(statements: readonly TSESTree.Statement[], sourceCode: SourceCode): SuspensionNode[] {
  const suspensions: SuspensionNode[] = [];
  for (const statement of statements) {
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (isSuspensionPoint(node)) suspensions.push(node);
    });
  }
  return suspensions;
}

/** True when `statements` suspend, and only while some state in `changes` is present (see {@link isGatedByChangedState}). */
function isEveryAwaitGated(
  statements: readonly TSESTree.Statement[],
  changes: ReadonlySet<OwnStateAccess>,
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  if (changes.size === 0) return false;
  const suspensions = getSuspensions(statements, sourceCode);
  return suspensions.length > 0 && suspensions.every((suspension) => isGatedByChangedState(suspension, changes, boundary, sourceCode));
}

/** The own state `statements` change anywhere, after their `await`s too (own methods' synchronous starts included). */
export function getAllOwnStateChanges(
  statements: readonly TSESTree.Statement[],
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): Set<OwnStateAccess> {
  const changes = new Set<OwnStateAccess>();
  for (const statement of statements) {
    for (const change of getOwnStateChanges(statement, statement.range[1], boundary, sourceCode)) changes.add(change);
  }
  return changes;
}

/**
 * True when every `await` of `statements` works on handles that are released only after an `await`:
 * `if (this.poller) { await this.poller.stop(); this.poller = undefined; }`. A later call finds them gone; a call
 * made while the first one waits still finds them there.
 */
export function isLateClaimedHandleCleanup(
  statements: readonly TSESTree.Statement[],
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  return isEveryAwaitGated(statements, getAllOwnStateChanges(statements, boundary, sourceCode), boundary, sourceCode);
}

/** Methods that take things out of a collection: what they return, or what was in it, is the caller's alone. */
const TAKING_METHODS = new Set(['pop', 'shift', 'splice', 'clear', 'delete', 'drain']);

/**
 * The own state a local iterates over when it is bound by a `for…of` over own state:
 * `listeners` in `for (const [key, listeners] of this.listeners)` stands for something inside `this.listeners`.
 */
function getIteratedAccess(node: TSESTree.Node, boundary: TSESTree.Node, sourceCode: SourceCode): OwnStateAccess | null {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return null;
  const definition = ASTUtils.findVariable(sourceCode.getScope(value), value)?.defs[0];
  const declaration = definition?.type === 'Variable' ? definition.parent : null;
  const loop = declaration?.parent;
  if (loop?.type !== AST_NODE_TYPES.ForOfStatement || loop.left !== declaration) return null;
  const iterated = getOwnStateAccess(loop.right, boundary, sourceCode);
  return iterated === null ? null : iterated.endsWith('.*') ? iterated : `${iterated}.*`;
}

/**
 * The own state `statements` empty before their first `await`: lists drained with `pop()`, `shift()`,
 * `splice(…)`, maps and sets `clear()`ed, members replaced by an empty `[]` or `{}`.
 */
function getTakenBeforeSuspension(
  statements: readonly TSESTree.Statement[],
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): Set<OwnStateAccess> {
  const first = getFirstSuspensionOnPath(statements, sourceCode);
  const end = first ? first.range[0] : Infinity;
  const taken = new Set<OwnStateAccess>();
  for (const statement of statements) {
    if (statement.range[0] >= end) break;
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (node.range[0] >= end) return false;
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTypeWrappers(node.callee);
        const name = getCallName(node);
        if (callee.type === AST_NODE_TYPES.MemberExpression && name !== null && TAKING_METHODS.has(name)) {
          const access = getOwnStateAccess(callee.object, boundary, sourceCode) ?? getIteratedAccess(callee.object, boundary, sourceCode);
          if (access !== null) taken.add(access);
        }
      }
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.operator === '=') {
        const right = skipTypeWrappers(node.right);
        // Emptied, not nulled: a second call that finds `null` where a handle was would throw, not skip.
        const isEmpty =
          (right.type === AST_NODE_TYPES.ArrayExpression && right.elements.length === 0) ||
          (right.type === AST_NODE_TYPES.ObjectExpression && right.properties.length === 0);
        const access = isEmpty ? getOwnStateAccess(node.left, boundary, sourceCode) : null;
        if (access !== null) taken.add(access);
      }
      return true;
    });
  }
  return taken;
}

/** True when `node` refers to a local of `boundary` declared before offset `end` (`tasks` filled from drained lists). */
function refersToEarlyLocal(node: TSESTree.Node, boundary: TSESTree.Node, end: number, sourceCode: SourceCode): boolean {
  let isFound = false;
  walk(node, sourceCode.visitorKeys, (child) => {
    if (isFound) return false;
    if (child.type !== AST_NODE_TYPES.Identifier) return true;
    const definition = ASTUtils.findVariable(sourceCode.getScope(child), child)?.defs[0];
    if (definition?.type === 'Variable' && isWithin(definition.name, boundary) && definition.name.range[1] <= end) isFound = true;
    return !isFound;
  });
  return isFound;
}

/**
 * True when `statements` take their handles out of own state before the first `await` and then await only what they
 * took: `while (listeners.length > 0) tasks.push(listeners.pop().close()); await Promise.all(tasks);`, or
 * `const subs = this.subs; this.subs = []; await Promise.all(subs.map((s) => s.close()));`. A second call finds
 * nothing left to take.
 */
export function isDrainedHandleCleanup(
  statements: readonly TSESTree.Statement[],
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  const taken = getTakenBeforeSuspension(statements, boundary, sourceCode);
  if (taken.size === 0) return false;
  const first = getFirstSuspensionOnPath(statements, sourceCode);
  const end = first ? first.range[0] : 0;
  const suspensions = getSuspensions(statements, sourceCode);
  return (
    suspensions.length > 0 &&
    suspensions.every((suspension) => {
      const operand = suspension.type === AST_NODE_TYPES.ForOfStatement ? suspension.right : suspension.argument;
      if (!operand) return false;
      const reads = getOwnStateReads(operand, boundary, sourceCode);
      if (reads.size > 0) return [...reads].every((read) => isAnyReadChanged(new Set([read]), taken));
      return refersToEarlyLocal(operand, boundary, end, sourceCode);
    })
  );
}
