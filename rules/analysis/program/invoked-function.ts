import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './ast.js';

/** The function a call runs: `fn` in `fn(x)`, and also in `fn.call(thisArg, x)` and `fn.apply(thisArg, args)`. */
export function getInvokedFunction(call: TSESTree.CallExpression): TSESTree.Node {
  const callee = skipTypeWrappers(call.callee);
  if (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    (callee.property.name === 'call' || callee.property.name === 'apply')
  ) {
    return skipTypeWrappers(callee.object);
  }
  return callee;
}
