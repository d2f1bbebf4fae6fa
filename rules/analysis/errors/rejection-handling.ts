import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from '../program/ast.js';
import { getCallName } from '../program/ast.js';

/** `x.y` where `x` is the identifier `object` and `y` is `property`. */
function isStaticMember(node: TSESTree.Node, object: string, property: string): boolean {
  const value = skipTypeWrappers(node);
  return (
    value.type === AST_NODE_TYPES.MemberExpression &&
    !value.computed &&
    value.object.type === AST_NODE_TYPES.Identifier &&
    value.object.name === object &&
    value.property.type === AST_NODE_TYPES.Identifier &&
    value.property.name === property
  );
}

/**
 * True when the promise `node` evaluates to cannot reject: a chain that ends in a rejection handler
 * (`x.close().catch(log)`, `x.close().then(done, log)`), `Promise.allSettled(…)`, or `Promise.resolve()`.
 * `.finally(…)` handles nothing: the rejection passes through it.
 */
export function isRejectionHandled(node: TSESTree.Node): boolean {
  let value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.ChainExpression) value = value.expression;
  if (value.type !== AST_NODE_TYPES.CallExpression) return false;
  if (isStaticMember(value.callee, 'Promise', 'allSettled')) return true;
  if (isStaticMember(value.callee, 'Promise', 'resolve')) return value.arguments.length === 0;
  if (value.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getCallName(value);
  return (method === 'catch' && value.arguments.length >= 1) || (method === 'then' && value.arguments.length >= 2);
}
