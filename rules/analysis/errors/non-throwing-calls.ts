import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getLastName, skipTypeWrappers } from '../program/ast.js';
import { getCallName } from '../program/ast.js';
import { getFieldDeclaration, getThisClass } from '../program/class-members.js';

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
 * - `end()` on an OpenTelemetry span (`span`, `rootSpan`): the OpenTelemetry API never throws.
 */
const NON_THROWING: ReadonlyMap<string, RegExp> = new Map([
  ['abort', /^_*(?:ac|controller)$|Controller$/u],
  ['destroy', /^_*(?:socket|sock|stream|duplex|readable|writable|req|res)$|(?:Socket|Stream)$/u],
  ['stop', /^_*track$|Track$/u],
  ['end', /^_*span$|Span$/u],
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
 * True for a collection method called on a collection this file creates and never replaces: a field
 * initialised with `[]` or `new Map()` (`this.#transactions.splice(i, 1)`), or a constant holding one
 * (`pending.delete(id)`). Its arguments are still to be checked by the caller.
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
  if (receiver.type !== AST_NODE_TYPES.MemberExpression || receiver.computed || skipTypeWrappers(receiver.object).type !== AST_NODE_TYPES.ThisExpression) {
    return false;
  }
  const owner = getThisClass(receiver);
  const { property } = receiver;
  if (!owner || (property.type !== AST_NODE_TYPES.Identifier && property.type !== AST_NODE_TYPES.PrivateIdentifier)) return false;
  const field = getFieldDeclaration(owner.classNode, property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${property.name}` : property.name, owner.isStatic);
  // A readonly or `#private` field is not replaced from outside; a public one could be, so it must be readonly.
  return field !== null && (field.readonly || property.type === AST_NODE_TYPES.PrivateIdentifier) && isCollectionLiteral(field.value);
}
