import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCalleeName, getCalledMethodName, getEnclosingFunction, isExitStatement, isNullish, skipTypeWrappers, walk } from '../program/ast.js';
import { getAbsenceCheck } from './check-then-act.js';
import { getConstructor, getFieldDeclaration, getThisClass } from '../program/class-members.js';
import { getCalledLocalFunction } from '../program/local-functions.js';
import { getSharedSlot, skipChainAndTypeWrappers } from './shared-slot.js';
import type { SlotAccess } from './slot-access.js';
import { getMemberName } from '../program/state-target.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

function isLazyCall(node: TSESTree.Node | null | undefined): boolean {
  const value = node ? skipTypeWrappers(node) : null;
  return value?.type === AST_NODE_TYPES.CallExpression && getCalleeName(value) === 'lazy';
}

/** True when `node` holds a `lazy(...)` of the runtime: a local or module `const`, or a `this` member created so. */
function isLazyInstance(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
    return variable?.defs.some((definition) => definition.type === 'Variable' && isLazyCall(definition.node.init)) ?? false;
  }
  if (value.type !== AST_NODE_TYPES.MemberExpression || value.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = getMemberName(value);
  const owner = getThisClass(value);
  if (name === null || !owner) return false;
  if (isLazyCall(getFieldDeclaration(owner.classNode, name, owner.isStatic)?.value)) return true;
  const constructor = owner.isStatic ? null : getConstructor(owner.classNode);
  let assigned = false;
  if (constructor) {
    walk(constructor.body, sourceCode.visitorKeys, (child) => {
      if (
        child.type === AST_NODE_TYPES.AssignmentExpression &&
        child.left.type === AST_NODE_TYPES.MemberExpression &&
        child.left.object.type === AST_NODE_TYPES.ThisExpression &&
        getMemberName(child.left) === name &&
        isLazyCall(child.right)
      ) {
        assigned = true;
      }
    });
  }
  return assigned;
}

/** True when something in the function stores a fresh value into `key` unconditionally before `before`. */
function isOverwrittenBefore(key: string, before: TSESTree.Node, access: SlotAccess, sourceCode: SourceCode): boolean {
  const fn = getEnclosingFunction(before);
  if (!fn) return false;
  let overwritten = false;
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    if (overwritten || node.range[0] >= before.range[0]) return false;
    const write = access.getWrite(node);
    if (
      write?.key === key &&
      !write.isSelfChecked &&
      write.value !== null &&
      !isNullish(write.value) &&
      getAbsenceCheck(write, access) === null
    ) {
      overwritten = true;
    }
    return !overwritten;
  });
  return overwritten;
}

/**
 * True when `node` evaluates to a promise memoized in shared state, so concurrent callers share one:
 * `this.ready`, `(this.p ??= start())`, `cache.get(key)`, `this.#init.get()` on a runtime `lazy(...)`,
 * `import('x')`, or a local `const` holding one of these. A shared promise overwritten on the way is not shared.
 */
export function isSharedPromise(node: TSESTree.Node, access: SlotAccess, sourceCode: SourceCode, depth = 0): boolean {
  const value = skipChainAndTypeWrappers(node);
  if (depth > 3) return false;
  // The module registry memoizes dynamic imports: every caller gets the same namespace object.
  if (value.type === AST_NODE_TYPES.ImportExpression) return true;
  const key = access.getReadKey(value);
  if (key !== null) return !isOverwrittenBefore(key, node, access, sourceCode);
  if (value.type === AST_NODE_TYPES.AssignmentExpression) {
    return (value.operator === '??=' || value.operator === '||=') && getSharedSlot(value.left, sourceCode) !== null;
  }
  if (value.type === AST_NODE_TYPES.LogicalExpression) return isLogicalMemo(value, access);
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipChainAndTypeWrappers(value.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && getCalledMethodName(value) === 'resolve') {
      // `Promise.resolve(this.client)`: a promise of shared state.
      const [argument] = value.arguments;
      return (
        skipTypeWrappers(callee.object).type === AST_NODE_TYPES.Identifier &&
        sourceCode.getText(callee.object) === 'Promise' &&
        argument !== undefined &&
        argument.type !== AST_NODE_TYPES.SpreadElement &&
        isSharedPromise(argument, access, sourceCode, depth + 1)
      );
    }
    if (
      value.arguments.length === 0 &&
      getCalledMethodName(value) === 'get' &&
      callee.type === AST_NODE_TYPES.MemberExpression &&
      isLazyInstance(callee.object, sourceCode)
    ) {
      return true;
    }
    return returnsSharedPromise(value, access, sourceCode, depth);
  }
  if (value.type === AST_NODE_TYPES.Identifier) {
    const init = getLocalConstInit(value, sourceCode);
    return init !== null && isSharedPromise(init, access, sourceCode, depth + 1);
  }
  return false;
}

/** `m ?? (m = x)` or `m || (m = x)` on shared state: the same memo as `m ??= x`. */
function isLogicalMemo(node: TSESTree.LogicalExpression, access: SlotAccess): boolean {
  if (node.operator !== '??' && node.operator !== '||') return false;
  const right = skipTypeWrappers(node.right);
  if (right.type !== AST_NODE_TYPES.AssignmentExpression || right.operator !== '=') return false;
  const key = access.getReadKey(node.left);
  return key !== null && access.getWrite(right)?.key === key;
}

/**
 * True when `call` runs a function of this file (`this.connect()`, `this.#ready()`, `getClient()`) whose every
 * return gives a shared promise or shared state, and which cannot end without returning:
 * `connect() { this.p ??= open(); return this.p; }`. Each caller then awaits the result of one shared call.
 */
function returnsSharedPromise(call: TSESTree.CallExpression, access: SlotAccess, sourceCode: SourceCode, depth: number): boolean {
  const fn = getCalledLocalFunction(call, sourceCode);
  if (!fn || fn.generator) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isSharedValue(fn.body, fn.async, access, sourceCode, depth);
  if (!isExitStatement(fn.body)) return false;
  const returned: TSESTree.Node[] = [];
  let returnsNothing = false;
  walk(fn.body, sourceCode.visitorKeys, (node) => {
    if (node.type !== AST_NODE_TYPES.ReturnStatement) return;
    if (node.argument) returned.push(node.argument);
    else returnsNothing = true;
  });
  return !returnsNothing && returned.every((argument) => isSharedValue(argument, fn.async, access, sourceCode, depth));
}

/** A returned value that is shared: a shared promise, or (from an async function) an awaited one. */
function isSharedValue(node: TSESTree.Node, isAsync: boolean, access: SlotAccess, sourceCode: SourceCode, depth: number): boolean {
  return isSharedPromise(node, access, sourceCode, depth + 1) || (isAsync && isMemoizedResult(node, access, sourceCode, depth + 1));
}

/** The initializer of the local `const` (or never reassigned `let`) that declares `identifier`, destructured or not. */
function getLocalConstInit(identifier: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Expression | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const [definition] = variable?.defs ?? [];
  if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable' || !definition.node.init) return null;
  const isReassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
  return isReassigned ? null : definition.node.init;
}

/**
 * True when `value` is the result of awaiting a shared memoized promise (`await this.ready`,
 * `const { client } = await this.init.get()`): every concurrent caller stores the same result,
 * and the work behind it ran once.
 */
export function isMemoizedResult(value: TSESTree.Node, access: SlotAccess, sourceCode: SourceCode, depth = 0): boolean {
  const node = skipChainAndTypeWrappers(value);
  if (depth > 3) return false;
  if (node.type === AST_NODE_TYPES.AwaitExpression) return isSharedPromise(node.argument, access, sourceCode);
  // `(log('waiting'), await this.pending)` is the value of its last expression.
  if (node.type === AST_NODE_TYPES.SequenceExpression) {
    return isMemoizedResult(node.expressions.at(-1)!, access, sourceCode, depth + 1);
  }
  if (node.type === AST_NODE_TYPES.MemberExpression) return isMemoizedResult(node.object, access, sourceCode, depth + 1);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = getLocalConstInit(node, sourceCode);
    return init !== null && isMemoizedResult(init, access, sourceCode, depth + 1);
  }
  return false;
}
