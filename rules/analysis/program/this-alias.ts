import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './ast.js';

/**
 * The node whose `this` a `this` at `node` is: the nearest non-arrow function, the class field or static block
 * (class bodies give `this` its own value there), or the Program at top level. Arrow functions inherit `this`.
 */
export function getThisOwner(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  for (let parent = node.parent; parent; current = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.FunctionExpression || parent.type === AST_NODE_TYPES.FunctionDeclaration) {
      return parent;
    }
    if (parent.type === AST_NODE_TYPES.StaticBlock) return parent;
    if (
      (parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.AccessorProperty) &&
      parent.value === current
    ) {
      return parent;
    }
  }
  return current;
}

/**
 * The `this` that `identifier` stands for when it names an alias that is never reassigned
 * (`const self = this`, `var that = this`), else `null`.
 */
export function getAliasedThis(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.ThisExpression | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const [definition] = variable?.defs ?? [];
  if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable') return null;
  const init = definition.node.init ? skipTypeWrappers(definition.node.init) : null;
  if (init?.type !== AST_NODE_TYPES.ThisExpression || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  const isReassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
  return isReassigned ? null : init;
}
