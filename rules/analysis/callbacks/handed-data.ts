import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers, walk } from '../program/ast.js';
import { getStateTarget } from '../program/state-target.js';
import { DEFAULT_CLEANUP_METHODS, isReleasingCall } from '../errors/cleanup-calls.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const ABORTING_METHODS: ReadonlySet<string> = new Set([...DEFAULT_CLEANUP_METHODS, 'error']);

/** What `node` names, to compare one value across statements: its variable, or its state key (`this.body`). */
function getValueIdentity(node: TSESTree.Node, sourceCode: SourceCode): TSESLint.Scope.Variable | string | null {
  let value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.ChainExpression) value = value.expression;
  if (value.type === AST_NODE_TYPES.Identifier) return ASTUtils.findVariable(sourceCode.getScope(value), value);
  return getStateTarget(value, sourceCode)?.key ?? null;
}

/** A call in a `catch` that treats a value as failed: `body.destroy(err)`, `stream?.abort()`, `util.destroy(body, err)`. */
export interface FailureAction {
  readonly call: TSESTree.CallExpression;
  /** The value acted on, as an argument of the callback call. */
  readonly data: TSESTree.Node;
}

/**
 * The first call in `handler` (before it throws, outside nested functions) that aborts, destroys or closes a value
 * the callback `callbackCall` was handed: `try { const body = await open(); onBody(body); } catch (err) {
 * body.destroy(err); throw err; }`. When the callback is what failed, the `catch` still treats its data as if
 * producing it had failed. `null` when the `catch` leaves the handed values alone.
 */
export function getFailureActionOnHandedData(
  callbackCall: TSESTree.CallExpression,
  handler: TSESTree.CatchClause,
  sourceCode: SourceCode,
): FailureAction | null {
  const handed = callbackCall.arguments.flatMap((argument) => {
    const identity = argument.type === AST_NODE_TYPES.SpreadElement ? null : getValueIdentity(argument, sourceCode);
    return identity === null ? [] : [{ identity, data: argument }];
  });
  if (handed.length === 0) return null;
  const getHanded = (node: TSESTree.Node): TSESTree.Node | null => {
    const identity = getValueIdentity(node, sourceCode);
    return identity === null ? null : (handed.find((candidate) => candidate.identity === identity)?.data ?? null);
  };
  let found: FailureAction | null = null;
  walk(handler.body, sourceCode.visitorKeys, (node) => {
    if (found || node.type === AST_NODE_TYPES.ThrowStatement) return false;
    if (node.type !== AST_NODE_TYPES.CallExpression || !isReleasingCall(node, ABORTING_METHODS)) return true;
    const callee = skipTypeWrappers(node.callee);
    const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? getHanded(callee.object) : null;
    const data = receiver ?? node.arguments.map((argument) => getHanded(argument)).find((value) => value !== null) ?? null;
    if (data) found = { call: node, data };
    return !found;
  });
  return found;
}
