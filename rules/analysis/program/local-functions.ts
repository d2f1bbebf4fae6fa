import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, skipTypeWrappers, type FunctionNode } from './ast.js';
import { getThisClass, type ClassNode } from './class-members.js';

/**
 * The function of this file that `call` runs, when it can be known from the code alone: a function
 * declaration or a `const`/never-reassigned variable holding a function (`cleanup()`), or a method (or a field
 * initialised with a function) of the enclosing class called on `this` (`this.close()`, `this.#close()`).
 * `null` for anything else.
 */
export function getCalledLocalFunction(call: TSESTree.CallExpression, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | null {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(call), callee);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || !definition) return null;
    if (definition.type === 'FunctionName' && isFunctionNode(definition.node)) return definition.node;
    if (definition.type !== 'Variable' || !definition.node.init) return null;
    const writes = variable.references.filter((reference) => reference.isWrite());
    const value = skipTypeWrappers(definition.node.init);
    return writes.length === 1 && isFunctionNode(value) ? value : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.object.type !== AST_NODE_TYPES.ThisExpression) {
    return null;
  }
  const owner = getThisClass(call);
  const { property } = callee;
  if (!owner || (property.type !== AST_NODE_TYPES.Identifier && property.type !== AST_NODE_TYPES.PrivateIdentifier)) return null;
  return getClassMethodFunction(owner.classNode, property, owner.isStatic);
}

/**
 * The function `classNode` itself defines as its method `property` names (`close() {…}`, `#close() {…}`), or holds
 * in a field of that name (`close = async () => {…}`); `null` when it defines none (an inherited one is not known).
 */
export function getClassMethodFunction(
  classNode: ClassNode,
  property: TSESTree.Identifier | TSESTree.PrivateIdentifier,
  isStatic: boolean,
): FunctionNode | null {
  const isPrivate = property.type === AST_NODE_TYPES.PrivateIdentifier;
  for (const member of classNode.body.body) {
    if (
      (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) ||
      member.static !== isStatic ||
      member.computed ||
      member.key.type !== (isPrivate ? AST_NODE_TYPES.PrivateIdentifier : AST_NODE_TYPES.Identifier) ||
      (member.key as TSESTree.Identifier | TSESTree.PrivateIdentifier).name !== property.name
    ) {
      continue;
    }
    if (member.type === AST_NODE_TYPES.MethodDefinition) {
      if (member.kind === 'method' && isFunctionNode(member.value)) return member.value;
      continue;
    }
    // A field holding a function: `close = async () => { … }`.
    const value = member.value && skipTypeWrappers(member.value);
    if (value && isFunctionNode(value)) return value;
  }
  return null;
}

/** The one definition of the variable `identifier` names, when it is never written again after it. */
export function getConstantDefinition(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Definition | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition) return null;
  return variable.references.every((reference) => !reference.isWrite() || reference.init === true) ? definition : null;
}
