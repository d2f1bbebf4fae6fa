import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isWithin, skipTypeWrappers } from '../program/ast.js';
import { hasUncaughtThrow } from './cleanup-steps.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The variable a `catch` that throws nothing parks its error in, to throw it later: `let error; try { … }
 * catch (e) { error = e; } await other.close(); if (error) throw error;`. A variable declared outside the
 * `try`, assigned the caught error by a statement of the `catch` body. `null` when there is none.
 */
export function getDeferredErrorVariable(tryStatement: TSESTree.TryStatement, sourceCode: SourceCode): TSESLint.Scope.Variable | null {
  const { handler } = tryStatement;
  const param = handler?.param;
  if (!handler || param?.type !== AST_NODE_TYPES.Identifier) return null;
  // The parking assignment is looked for first: it is rare, and cheaper to find than a walk of the whole body.
  for (const statement of handler.body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const { expression } = statement;
    if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=' || expression.left.type !== AST_NODE_TYPES.Identifier) {
      continue;
    }
    const value = skipTypeWrappers(expression.right);
    if (value.type !== AST_NODE_TYPES.Identifier || value.name !== param.name) continue;
    const variable = ASTUtils.findVariable(sourceCode.getScope(expression.left), expression.left);
    if (variable && variable.defs.length > 0 && variable.defs.every((definition) => !isWithin(definition.name, tryStatement))) {
      return hasUncaughtThrow(handler.body, sourceCode.visitorKeys) ? null : variable;
    }
  }
  return null;
}

/** The reads of `variable` after `tryStatement`: the places a later `throw` can pass the parked error on from. */
export function getReadsAfter(variable: TSESLint.Scope.Variable, tryStatement: TSESTree.TryStatement): ReadonlySet<TSESTree.Node> {
  return new Set(
    variable.references
      .filter((reference) => reference.isRead() && reference.identifier.range[0] > tryStatement.range[1])
      .map((reference) => reference.identifier),
  );
}
