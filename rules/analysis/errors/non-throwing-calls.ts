import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getLastName, skipTypeWrappers } from '../program/ast.js';
import { getCallName } from '../program/ast.js';
import { getConstructor, getFieldDeclaration, getThisClass, type ClassNode } from '../program/class-members.js';
import { getMemberReads, getMemberWrites, type MemberAccess } from '../program/file-model.js';
import { getConstantDefinition } from '../program/local-functions.js';
import { getMemberName } from '../program/state-target.js';

/** The name of the receiver of `x.m()`: `x`, or the last member of `this.x`, `this.#x`, `a.b.x`. */
function getReceiverName(call: TSESTree.CallExpression): string | null {
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? getLastName(callee.object) : null;
}

/**
 * Methods that do not throw by the contract of the platform object they are called on, recognised by the
 * receiver's name (the rule has no types):
 * - `abort()` on an `AbortController` (`controller`, `ac`, `this.#abortController`): the DOM runs the signal's
 *   listeners and reports their errors, `abort()` never throws them;
 * - `destroy()` on a Node.js stream or socket (`socket`, `stream`, `this.tlsSocket`, `req`, `res`): `destroy()`
 *   catches what `_destroy` throws and emits it as an `'error'` event on a later tick;
 * - `stop()` on a `MediaStreamTrack` (`track`, `videoTrack`): the Media Capture spec gives it no exceptions;
 * - `end()` on an OpenTelemetry span (`span`, `rootSpan`): the OpenTelemetry API never throws;
 * - `removeEventListener()` on any receiver (`signal`, `this.socket`, `window`): the DOM's `EventTarget` method has no
 *   exceptions (a listener that is not registered is ignored), and Node.js's `EventTarget` follows it.
 */
const NON_THROWING: ReadonlyMap<string, RegExp> = new Map([
  ['abort', /^_*(?:ac|controller)$|Controller$/u],
  ['destroy', /^_*(?:socket|sock|stream|duplex|readable|writable|req|res)$|(?:Socket|Stream)$/u],
  ['stop', /^_*track$|Track$/u],
  ['end', /^_*span$|Span$/u],
  ['removeEventListener', /(?:)/u],
]);

/** True when `call` is one of the platform methods above, which report failures instead of throwing them. */
export function isNonThrowingPlatformCall(call: TSESTree.CallExpression): boolean {
  const name = getCallName(call);
  const receiverPattern = name === null ? undefined : NON_THROWING.get(name);
  const receiverName = receiverPattern ? getReceiverName(call) : null;
  return receiverPattern !== undefined && receiverName !== null && receiverPattern.test(receiverName);
}

const NEVER_THROWING_FUNCTIONS = new Set(['clearTimeout', 'clearInterval', 'clearImmediate', 'cancelAnimationFrame', 'cancelIdleCallback']);

/** `clearTimeout(t)`, `clearInterval(this.timer)`: timer functions that ignore anything that is not a live timer. */
export function isTimerClear(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier && NEVER_THROWING_FUNCTIONS.has(callee.name);
}

/**
 * True for `end()` where `end` holds what a `startTimer()` returned (`const end = histogram.startTimer();`, the
 * prom-client idiom): it records a duration and cannot fail.
 */
export function isMetricTimerEnd(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(call), callee);
  return (
    variable?.defs.length === 1 &&
    variable.defs[0]?.type === 'Variable' &&
    variable.references.every((reference) => !reference.isWrite() || reference.init === true) &&
    isStartTimerCall(variable.defs[0].node.init)
  );
}

function isStartTimerCall(node: TSESTree.Node | null): boolean {
  const value = node && skipTypeWrappers(node);
  return value?.type === AST_NODE_TYPES.CallExpression && getCallName(value) === 'startTimer';
}

/** Methods of arrays, `Map` and `Set` that cannot throw on a live collection (`indexOf` of a missing item is -1). */
const COLLECTION_METHODS = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'indexOf', 'includes', 'slice', 'at', 'add', 'has', 'get', 'set', 'delete', 'clear']);

/** True for `[]`, `new Map()`, `new Set()` (also typed, `new Map<K, V>()`), and their `WeakMap`/`WeakSet` kin. */
function isCollectionLiteral(node: TSESTree.Node | null | undefined): boolean {
  const value = node && skipTypeWrappers(node);
  if (value?.type === AST_NODE_TYPES.ArrayExpression) return true;
  return (
    value?.type === AST_NODE_TYPES.NewExpression &&
    value.callee.type === AST_NODE_TYPES.Identifier &&
    /^(?:Weak)?(?:Map|Set)$/u.test(value.callee.name) &&
    value.arguments.length === 0
  );
}

/**
 * True for a collection method called on a collection this file creates and never replaces: a member of `this`
 * that is one from construction on (see isOwnCollectionMember: `this.#transactions.splice(i, 1)`), or a constant
 * holding one (`pending.delete(id)`). Its arguments are still to be checked by the caller.
 */
export function isOwnCollectionCall(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const callee = skipTypeWrappers(call.callee);
  const name = getCallName(call);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || name === null || !COLLECTION_METHODS.has(name)) return false;
  const receiver = skipTypeWrappers(callee.object);
  if (receiver.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(call), receiver);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    return (
      definition?.type === 'Variable' &&
      definition.parent.kind === 'const' &&
      definition.node.id.type === AST_NODE_TYPES.Identifier &&
      isCollectionLiteral(definition.node.init)
    );
  }
  return receiver.type === AST_NODE_TYPES.MemberExpression && isOwnCollectionMember(receiver, sourceCode);
}

/**
 * True when `member` (`this.x`, `this.#x`) is a collection from the moment the instance exists and stays one: the
 * class declares it with `[]` or `new Map()`, or its constructor stores one there before anything else can run
 * (`this._queue = [];` as a statement of the constructor's body), and every write of a member of that name in this
 * file stores a fresh collection too (`this.pending = new Map()` in `reset()`). A write from another file is not
 * looked for: what this file shows is what a report rests on (msw's `private scheduledCleanups: Map<…>` set in the
 * constructor, Azure's `this._queue = []` in a semaphore).
 */
export function isOwnCollectionMember(member: TSESTree.MemberExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (member.computed || skipTypeWrappers(member.object).type !== AST_NODE_TYPES.ThisExpression) return false;
  const owner = getThisClass(member);
  const name = getMemberName(member);
  if (!owner || name === null) return false;
  const field = getFieldDeclaration(owner.classNode, name, owner.isStatic);
  if (field?.value ? !isCollectionLiteral(field.value) : !isStoredByConstructor(owner.classNode, name, owner.isStatic)) return false;
  return getMemberWrites(name, sourceCode).every((write) => {
    const assignment = getMemberAssignment(write);
    return assignment !== null && isCollectionLiteral(assignment.right);
  });
}

/** The assignment whose target is `write`, a member write of the file model (through type wrappers); `null` for `++`, `delete`, destructuring. */
export function getMemberAssignment({ node }: MemberAccess): TSESTree.AssignmentExpression | null {
  let target: TSESTree.Node = node;
  while (target.parent && skipTypeWrappers(target.parent) !== target.parent) target = target.parent;
  const write = target.parent;
  return write?.type === AST_NODE_TYPES.AssignmentExpression && write.left === target ? write : null;
}

/** True when a statement of the constructor's own body (not a branch of it) is `this.name = <collection>`. */
function isStoredByConstructor(classNode: ClassNode, name: string, isStatic: boolean): boolean {
  const constructor = isStatic ? null : getConstructor(classNode);
  return (
    constructor?.body.body.some((statement) => {
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      const store = statement.expression;
      if (store.type !== AST_NODE_TYPES.AssignmentExpression || store.operator !== '=') return false;
      const target = skipTypeWrappers(store.left);
      return (
        target.type === AST_NODE_TYPES.MemberExpression &&
        skipTypeWrappers(target.object).type === AST_NODE_TYPES.ThisExpression &&
        getMemberName(target) === name &&
        isCollectionLiteral(store.right)
      );
    }) ?? false
  );
}

/**
 * Methods that read an array without adding to it: a queue only ever filled by `push`/`unshift` of known values
 * holds nothing else when these are its only other uses.
 */
const NON_ADDING_METHODS = new Set(['shift', 'pop', 'indexOf', 'includes', 'at', 'slice', 'find', 'findIndex', 'some', 'every', 'forEach', 'map', 'filter']);

/**
 * True when `call` settles a promise: it calls a function taken from a queue of this class that only ever receives
 * the `resolve` or `reject` functions of `new Promise` executors (`const next = this._queue.shift(); if (next)
 * next();`, `this.waiters.shift()?.()`, `waiter.resolve(value)` with `this.waiters.push({ resolve, reject })`, or
 * each of them in turn: `for (const waiter of waiters) waiter.reject(error)` with `const waiters = this.#waiters`),
 * the semaphore and pool idiom. A promise's resolving functions never throw.
 */
export function isQueuedResolverCall(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.ChainExpression) callee = skipTypeWrappers(callee.expression);
  // `waiter.resolve(value)`: the queue holds objects, and the resolver is one of their properties.
  let property: string | null = null;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    if (callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
    property = callee.property.name;
    callee = skipTypeWrappers(callee.object);
  }
  const queue = getQueueTakenFrom(callee, sourceCode);
  if (!queue || !isOwnCollectionMember(queue, sourceCode)) return false;
  const isResolverValue = (value: TSESTree.Node): boolean =>
    property === null ? isPromiseResolver(value, sourceCode) : isObjectWithResolver(value, property, sourceCode);
  // Every use of a member of that name in the file reads its length, takes from it, or adds resolvers to it.
  return getMemberReads(getMemberName(queue)!, sourceCode).every(({ node }) => isResolverQueueUse(node, isResolverValue, sourceCode, true));
}

/**
 * The queue member `node` was taken from: `this.q.shift()` or `.pop()`, a constant holding it, or the element of
 * `for (const w of this.q)` (also of a constant alias of the queue). `null` for anything else.
 */
function getQueueTakenFrom(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.MemberExpression | null {
  let taken: TSESTree.Node | null = node;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    const loop = definition?.type === 'Variable' ? definition.parent.parent : undefined;
    if (definition?.type === 'Variable' && definition.parent.kind === 'const' && loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === definition.parent && !loop.await) {
      return getQueueValue(loop.right, sourceCode);
    }
    taken = getConstantValue(node, sourceCode);
  }
  if (taken?.type !== AST_NODE_TYPES.CallExpression || !['shift', 'pop'].includes(getCallName(taken) ?? '')) return null;
  const takenFrom = skipTypeWrappers(taken.callee);
  return takenFrom.type === AST_NODE_TYPES.MemberExpression ? getQueueValue(takenFrom.object, sourceCode) : null;
}

/** The member `node` is, or that a constant it names holds (`const waiters = this.#waiters`). */
function getQueueValue(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.MemberExpression | null {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.MemberExpression) return value;
  const held = value.type === AST_NODE_TYPES.Identifier ? getConstantValue(value, sourceCode) : null;
  return held?.type === AST_NODE_TYPES.MemberExpression ? held : null;
}

/**
 * True when `node`, the queue or a constant alias of it, is used in a way that adds nothing but resolvers to it:
 * its `length` read, a method that reads or takes (see NON_ADDING_METHODS), `push`/`unshift` of resolvers, iterated
 * by `for…of`, or (the queue itself) held by a `const` whose every use is one of these.
 */
function isResolverQueueUse(
  node: TSESTree.Node,
  isResolverValue: (value: TSESTree.Node) => boolean,
  sourceCode: Readonly<TSESLint.SourceCode>,
  mayAlias: boolean,
): boolean {
  let use: TSESTree.Node = node;
  while (use.parent && skipTypeWrappers(use.parent) !== use.parent) use = use.parent;
  const parent = use.parent;
  if (parent?.type === AST_NODE_TYPES.ForOfStatement) return parent.right === use;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator) {
    if (!mayAlias || parent.init !== use || parent.id.type !== AST_NODE_TYPES.Identifier || parent.parent.kind !== 'const') return false;
    const [alias] = sourceCode.getDeclaredVariables(parent);
    return alias !== undefined && alias.references.every((reference) => reference.init === true || isResolverQueueUse(reference.identifier, isResolverValue, sourceCode, false));
  }
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== use || parent.computed) return false;
  if (getMemberName(parent) === 'length') return true;
  const method = parent.parent;
  if (method?.type !== AST_NODE_TYPES.CallExpression || method.callee !== parent) return false;
  const methodName = getMemberName(parent);
  if (methodName === 'push' || methodName === 'unshift') {
    return method.arguments.every((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && isResolverValue(argument));
  }
  return methodName !== null && NON_ADDING_METHODS.has(methodName);
}

/** The value a constant of this file holds: `const next = this._queue.shift()` (never written again). */
function getConstantValue(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Node | null {
  const definition = getConstantDefinition(identifier, sourceCode);
  if (definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) return null;
  let value = skipTypeWrappers(definition.node.init);
  if (value.type === AST_NODE_TYPES.ChainExpression) value = skipTypeWrappers(value.expression);
  return value;
}

/** True for a parameter of a `new Promise` executor: `resolve` or `reject` in `new Promise((resolve, reject) => …)`. */
export function isPromiseResolver(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Parameter' || variable!.references.some((reference) => reference.isWrite())) return false;
  const executor = definition.node;
  const construction = executor.parent;
  return (
    (executor.type === AST_NODE_TYPES.ArrowFunctionExpression || executor.type === AST_NODE_TYPES.FunctionExpression) &&
    executor.params.slice(0, 2).includes(definition.name as TSESTree.Parameter) &&
    construction?.type === AST_NODE_TYPES.NewExpression &&
    construction.arguments[0] === executor &&
    construction.callee.type === AST_NODE_TYPES.Identifier &&
    construction.callee.name === 'Promise'
  );
}

/** True for an object literal whose property `name` is a promise's resolving function: `{ resolve, reject, timer }`. */
function isObjectWithResolver(node: TSESTree.Node, name: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const properties = value.properties.filter(
    (candidate) => candidate.type === AST_NODE_TYPES.SpreadElement || candidate.computed || getLastName(candidate.key) === name,
  );
  const property = properties.length === 1 ? properties[0]! : null;
  return property?.type === AST_NODE_TYPES.Property && property.kind === 'init' && isPromiseResolver(property.value, sourceCode);
}
