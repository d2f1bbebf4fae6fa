import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCalledMethodName, getEnclosingFunction, isConstructor, isLoop, isWithin, skipTypeWrappers, type FunctionNode } from '../program/ast.js';
import { getMemberReads, getMemberWrites } from '../program/file-model.js';
import { getAbsenceCheck, getSuspensionBetween } from './check-then-act.js';
import { getCriticalSection } from '../locks/critical-section.js';
import { isCriticalSectionCall } from '../locks/locks.js';
import type { SlotAccess } from './slot-access.js';
import { getMemberName } from '../program/state-target.js';
import { getAliasedThis } from '../program/this-alias.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const PROMISE_CHAIN_METHODS = new Set(['then', 'catch', 'finally']);

/**
 * True when the call that `reference` makes is memoized: its promise (through `.then/.catch/.finally`) is
 * stored into shared state by a write that checks for absence with no suspension in between
 * (`this.p ??= this.#connect()`, `if (this.p) return this.p; this.p = this.#connect();`).
 */
function isMemoizedCall(reference: TSESTree.Node, access: SlotAccess, sourceCode: SourceCode): boolean {
  const call = reference.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference) return false;
  let value: TSESTree.Node = call;
  for (;;) {
    const parent: TSESTree.Node | undefined = value.parent;
    if (!parent) return false;
    if (
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression
    ) {
      value = parent;
      continue;
    }
    const chained: TSESTree.Node | null | undefined = parent.type === AST_NODE_TYPES.MemberExpression && parent.object === value ? parent.parent : null;
    if (chained?.type === AST_NODE_TYPES.CallExpression && PROMISE_CHAIN_METHODS.has(getCalledMethodName(chained) ?? '')) {
      value = chained;
      continue;
    }
    break;
  }
  const write = value.parent ? access.getWrite(value.parent) : null;
  if (!write || write.value === null || skipTypeWrappers(write.value) !== skipTypeWrappers(value)) return false;
  const check = getAbsenceCheck(write, access);
  return check !== null && getSuspensionBetween(check, write, access, sourceCode.visitorKeys) === null;
}

/** Calls that run their callback at most once: promise reactions, `once` listeners, timers that do not repeat. */
const ONE_SHOT_METHODS = new Set(['then', 'catch', 'finally', 'once', 'prependOnceListener']);
const ONE_SHOT_FUNCTIONS = new Set(['setTimeout', 'setImmediate', 'queueMicrotask']);

/**
 * True when `fn` is a callback that runs at most once, registered once: `client.once('ready', fn)`,
 * `app.whenReady().then(fn)`, `setTimeout(fn)` at module top level or in a constructor.
 */
function isOneShotCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
  const callee = skipTypeWrappers(call.callee);
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : getCalledMethodName(call);
  const isOneShot = callee.type === AST_NODE_TYPES.Identifier ? ONE_SHOT_FUNCTIONS.has(name ?? '') : ONE_SHOT_METHODS.has(name ?? '');
  return isOneShot && runsOnce(call);
}

/**
 * True when `reference` only ever runs under a lock: called inside a critical section
 * (`mutex.runExclusive(() => this.#refresh())`, between `await lock.acquire()` and `release()`), or handed as the
 * callback itself (`mutex.runExclusive(refresh)`, `lock.acquire('token', this.#refresh.bind(this))`). Two calls never
 * overlap.
 */
function isCalledUnderLock(reference: TSESTree.Node): boolean {
  let callback = reference;
  // `mutex.runExclusive(this.#open.bind(this))`.
  const bound = reference.parent;
  if (bound?.type === AST_NODE_TYPES.MemberExpression && bound.object === reference && getMemberName(bound) === 'bind') {
    if (bound.parent.type !== AST_NODE_TYPES.CallExpression || bound.parent.callee !== bound) return false;
    callback = bound.parent;
  }
  const { parent } = callback;
  if (parent?.type !== AST_NODE_TYPES.CallExpression) return false;
  if (parent.callee === callback) return callback === reference && getCriticalSection(parent) !== null;
  return parent.arguments.includes(callback as TSESTree.Expression) && isCriticalSectionCall(parent);
}

/**
 * True when the call that `reference` makes runs once per module or per instance: at module top level or
 * directly in a constructor, outside loops and callbacks (`main();`, `constructor() { this.ready = this.#init(); }`).
 */
function isCalledOnce(reference: TSESTree.Node): boolean {
  const call = reference.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference) return false;
  return runsOnce(call);
}

/** True when `call` itself runs once: at module top level or directly in a constructor, outside loops. */
function runsOnce(call: TSESTree.CallExpression): boolean {
  const fn = getEnclosingFunction(call);
  if (fn && !isConstructor(fn)) return false;
  for (let node: TSESTree.Node | undefined = call.parent; node && node !== fn; node = node.parent) {
    if (isLoop(node)) return false;
  }
  return true;
}

/**
 * The references that call `fn` by name: `this.#m`/`this.m` in its class for a private method, the name of an
 * unexported module function; `null` when callers outside the file may exist.
 */
export function getCallReferences(fn: FunctionNode, sourceCode: SourceCode): TSESTree.Node[] | null {
  const { parent } = fn;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
    if (parent.type === AST_NODE_TYPES.MethodDefinition && parent.kind !== 'method') return null;
    // espree's AST has no `accessibility`.
    const isPrivate = parent.key.type === AST_NODE_TYPES.PrivateIdentifier || parent.accessibility === 'private';
    const name = parent.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${parent.key.name}` : parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : null;
    if (!isPrivate || parent.computed || name === null) return null;
    const classNode = parent.parent.parent;
    const references: TSESTree.Node[] = [];
    // The file model indexes every access of a member name once per file; keep those inside this class.
    for (const { node } of [...getMemberReads(name, sourceCode), ...getMemberWrites(name, sourceCode)]) {
      if (!isWithin(node, classNode.body)) continue;
      const object = skipTypeWrappers(node.object);
      const isOwn = parent.static
        ? object.type === AST_NODE_TYPES.ThisExpression || (object.type === AST_NODE_TYPES.Identifier && object.name === classNode.id?.name)
        : object.type === AST_NODE_TYPES.ThisExpression || (object.type === AST_NODE_TYPES.Identifier && getAliasedThis(object, sourceCode) !== null);
      // A reference through another object (`other.#m()`) still runs the method: count it as a call we cannot prove memoized.
      references.push(isOwn ? node : object);
    }
    return references;
  }
  // `const work = async () => { … }` (not exported): its uses are the references of its name.
  if (
    parent.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === fn &&
    parent.id.type === AST_NODE_TYPES.Identifier &&
    parent.parent.kind === 'const' &&
    parent.parent.parent.type !== AST_NODE_TYPES.ExportNamedDeclaration
  ) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(parent.id), parent.id);
    return variable ? variable.references.filter((reference) => !reference.init).map((reference) => reference.identifier) : null;
  }
  if (fn.type !== AST_NODE_TYPES.FunctionDeclaration || fn.id === null || parent.type !== AST_NODE_TYPES.Program) return null;
  const variable = ASTUtils.findVariable(sourceCode.getScope(fn), fn.id);
  return variable ? variable.references.map((reference) => reference.identifier) : null;
}

/**
 * True when `fn` never runs twice at once: a private method (`#connect`, TS `private`) or an unexported
 * module-level function that is called once (at module top level, or in the constructor), or every call of which
 * stores its promise into shared state right after an absence check (mongodb's `connect()` memoizes
 * `this._connect()` this way) or runs under a lock; or an async IIFE or a one-shot callback (`client.once('ready', …)`,
 * `app.whenReady().then(…)`) registered once.
 */
export function isSingleFlightFunction(fn: FunctionNode, access: SlotAccess, sourceCode: SourceCode): boolean {
  // `(async () => { … })()` at module level or in a constructor.
  if (fn.parent.type === AST_NODE_TYPES.CallExpression && fn.parent.callee === fn) return isCalledOnce(fn);
  if (isOneShotCallback(fn)) return true;
  const references = getCallReferences(fn, sourceCode);
  if (references === null || references.length === 0) return false;
  if (references.length === 1 && isCalledOnce(references[0]!)) return true;
  return references.every((reference) => isMemoizedCall(reference, access, sourceCode) || isCalledUnderLock(reference));
}
