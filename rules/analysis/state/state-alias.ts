import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from '../program/ast.js';
import { getStateTarget, isModuleLevelVariable } from '../program/state-target.js';

/**
 * The key (as in `StateTarget`) of the state a local variable is a snapshot of: `this.ws` for `ws` in
 * `const ws = this.ws;` or `const { ws } = this;`. Only locals that are never reassigned after their
 * declaration qualify, so the local holds the value the member had when it was declared. `null` otherwise.
 */
export function getAliasedStateKey(
  identifier: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || isModuleLevelVariable(variable) || variable.defs.length !== 1) return null;
  const [definition] = variable.defs;
  if (definition?.type !== 'Variable' || !definition.node.init) return null;
  const isReassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
  if (isReassigned) return null;

  const { id, init } = definition.node;
  if (id.type === AST_NODE_TYPES.Identifier) return getStateTarget(init, sourceCode)?.key ?? null;
  return getThisDestructuredMemberKey(definition.name, id, init);
}

/**
 * `this.ws` for the binding `ws` of `const { ws } = this` (the property read off `this` is the member);
 * `null` for any other pattern, a computed or renamed-from-computed key, or an initializer that is not `this`.
 */
export function getThisDestructuredMemberKey(
  binding: TSESTree.Identifier,
  pattern: TSESTree.BindingName,
  init: TSESTree.Expression,
): string | null {
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern || skipTypeWrappers(init).type !== AST_NODE_TYPES.ThisExpression) {
    return null;
  }
  const property = binding.parent;
  if (
    property?.type !== AST_NODE_TYPES.Property ||
    property.parent !== pattern ||
    property.value !== binding ||
    property.computed ||
    property.key.type !== AST_NODE_TYPES.Identifier
  ) {
    return null;
  }
  return `this.${property.key.name}`;
}
