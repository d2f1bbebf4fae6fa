import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isConstructor, isFunctionNode, skipTypeWrappers, walk, type FunctionNode } from './ast.js';
import { getConstructor, getFieldDeclaration, getThisClass } from './class-members.js';
import { getPrototypeClass } from './prototype-class.js';
import { getMemberName } from './state-target.js';
import { getThisOwner } from './this-alias.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * True when `fn` runs once per object, as it is built: a class constructor or a pre-class constructor function
 * (async functions and generators cannot be called with `new`).
 */
export function isConstructionFunction(fn: FunctionNode, sourceCode: SourceCode): boolean {
  if (isConstructor(fn)) return true;
  if (fn.async || fn.generator || fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  return getPrototypeClass(fn.body, sourceCode)?.constructorFunction === fn;
}

/** The key of a property (`lock`, `'lock'`), else `null`. */
function getPropertyName(property: TSESTree.Property): string | null {
  if (property.computed) return null;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : null;
}

/** The values stored into `this.<name>` directly in `body` (not in nested functions). */
function getThisAssignedValues(body: TSESTree.Node, name: string, sourceCode: SourceCode): TSESTree.Node[] {
  const values: TSESTree.Node[] = [];
  walk(body, sourceCode.visitorKeys, (node) => {
    if (
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.operator === '=' &&
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      skipTypeWrappers(node.left.object).type === AST_NODE_TYPES.ThisExpression &&
      getMemberName(node.left) === name
    ) {
      values.push(node.right);
    }
  });
  return values;
}

/**
 * The values the object behind `this` at `node` gets for member `name` while it is built: the class field's
 * initializer, a TS parameter property's default, the constructor's assignments; the assignments of the
 * constructor function of a prototype method; the property of an object literal whose method `node` is in.
 */
export function getConstructionValues(node: TSESTree.Node, name: string, sourceCode: SourceCode): TSESTree.Node[] {
  const owner = getThisClass(node);
  if (owner) {
    const values: TSESTree.Node[] = [];
    const field = getFieldDeclaration(owner.classNode, name, owner.isStatic);
    if (field?.value) values.push(field.value);
    const constructor = owner.isStatic ? null : getConstructor(owner.classNode);
    if (!constructor) return values;
    for (const parameter of constructor.params) {
      if (
        parameter.type === AST_NODE_TYPES.TSParameterProperty &&
        parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern &&
        parameter.parameter.left.type === AST_NODE_TYPES.Identifier &&
        parameter.parameter.left.name === name
      ) {
        values.push(parameter.parameter.right);
      }
    }
    return [...values, ...getThisAssignedValues(constructor.body, name, sourceCode)];
  }
  const prototypeClass = getPrototypeClass(node, sourceCode);
  if (prototypeClass) return getThisAssignedValues(prototypeClass.constructorFunction.body, name, sourceCode);
  const thisOwner = getThisOwner(node);
  if (!isFunctionNode(thisOwner)) return [];
  const { parent } = thisOwner;
  if (parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const property = parent.parent.properties.find(
      (candidate): candidate is TSESTree.Property =>
        candidate.type === AST_NODE_TYPES.Property && candidate.kind === 'init' && !candidate.method && getPropertyName(candidate) === name,
    );
    return property ? [property.value] : [];
  }
  return [];
}
