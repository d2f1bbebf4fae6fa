import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getLastName, skipTypeWrappers } from '../program/ast.js';
import { getCallName } from '../program/ast.js';

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
