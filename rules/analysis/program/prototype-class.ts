import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, skipTypeWrappers, type FunctionNode } from './ast.js';
import { getMemberName } from './state-target.js';
import { getThisOwner } from './this-alias.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A pre-class "class": a constructor function and the members its prototype gets. */
export interface PrototypeClass {
  /** `function Poller(client, callback) { this.callback = callback; }`. */
  readonly constructorFunction: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;
  /** The names given to `Poller.prototype`: `Poller.prototype.poll = …`, `Poller.prototype = { poll() {} }`, `Object.assign(Poller.prototype, { … })`. */
  readonly prototypeMembers: ReadonlySet<string>;
}

type ConstructorFunction = PrototypeClass['constructorFunction'];

/** The function a name declared in this file refers to (`function Poller`, `const Poller = function`), if it is one. */
function getDeclaredFunction(name: TSESTree.Identifier, sourceCode: SourceCode): { fn: ConstructorFunction; variable: TSESLint.Scope.Variable } | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(name), name);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || !definition) return null;
  const node = definition.type === 'FunctionName' ? definition.node : definition.type === 'Variable' && definition.node.init ? skipTypeWrappers(definition.node.init) : null;
  if (node?.type !== AST_NODE_TYPES.FunctionDeclaration && node?.type !== AST_NODE_TYPES.FunctionExpression) return null;
  return { fn: node, variable };
}

/** `Poller` in `Poller.prototype`, else `null`. */
function getPrototypeOwner(node: TSESTree.Node): TSESTree.Identifier | null {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.MemberExpression || getMemberName(value) !== 'prototype') return null;
  const object = skipTypeWrappers(value.object);
  return object.type === AST_NODE_TYPES.Identifier ? object : null;
}

/** The object literal whose members go onto a prototype: `X.prototype = { … }`, `Object.assign(X.prototype, { … })`. */
function getPrototypeOwnerOfLiteral(object: TSESTree.ObjectExpression, sourceCode: SourceCode): TSESTree.Identifier | null {
  const holder = object.parent;
  if (holder.type === AST_NODE_TYPES.AssignmentExpression && holder.right === object) return getPrototypeOwner(holder.left);
  if (holder.type === AST_NODE_TYPES.CallExpression && holder.arguments.includes(object) && sourceCode.getText(holder.callee) === 'Object.assign') {
    const [target] = holder.arguments;
    return target && target !== object ? getPrototypeOwner(target) : null;
  }
  return null;
}

/** The constructor name of the prototype that method `fn` is put on, else `null`. */
function getMethodOwner(fn: FunctionNode, sourceCode: SourceCode): TSESTree.Identifier | null {
  const { parent } = fn;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === fn && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    return getPrototypeOwner(parent.left.object);
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === fn && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    return getPrototypeOwnerOfLiteral(parent.parent, sourceCode);
  }
  return null;
}

function getPropertyKeyName(property: TSESTree.Property): string | null {
  if (property.computed) return null;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : null;
}

/** The member names every use of `variable` (the constructor) puts on its prototype. */
function getPrototypeMembers(variable: TSESLint.Scope.Variable, sourceCode: SourceCode): Set<string> {
  const names = new Set<string>();
  for (const { identifier } of variable.references) {
    const prototype = identifier.parent;
    if (prototype?.type !== AST_NODE_TYPES.MemberExpression || prototype.object !== identifier || getMemberName(prototype) !== 'prototype') continue;
    const outer = prototype.parent;
    if (outer.type === AST_NODE_TYPES.MemberExpression && outer.object === prototype) {
      const name = getMemberName(outer);
      if (name !== null && outer.parent.type === AST_NODE_TYPES.AssignmentExpression && outer.parent.left === outer) names.add(name);
      continue;
    }
    const literals: TSESTree.Node[] = [];
    if (outer.type === AST_NODE_TYPES.AssignmentExpression && outer.left === prototype) literals.push(outer.right);
    if (outer.type === AST_NODE_TYPES.CallExpression && outer.arguments[0] === prototype && sourceCode.getText(outer.callee) === 'Object.assign') {
      literals.push(...outer.arguments.slice(1));
    }
    for (const literal of literals) {
      if (literal.type !== AST_NODE_TYPES.ObjectExpression) continue;
      for (const property of literal.properties) {
        const name = property.type === AST_NODE_TYPES.Property ? getPropertyKeyName(property) : null;
        if (name !== null) names.add(name);
      }
    }
  }
  return names;
}

/**
 * The pre-class "class" a `this` at `node` belongs to: `this` in a prototype method (`Poller.prototype.poll =
 * async function () {}`, `Poller.prototype = { async poll() {} }`) or in the constructor function itself
 * (a capitalised function declared in this file). `null` for any other `this`.
 */
export function getPrototypeClass(node: TSESTree.Node, sourceCode: SourceCode): PrototypeClass | null {
  const owner = getThisOwner(node);
  if (!isFunctionNode(owner)) return null;
  const ownerName = getMethodOwner(owner, sourceCode);
  if (ownerName) {
    const declared = getDeclaredFunction(ownerName, sourceCode);
    return declared ? { constructorFunction: declared.fn, prototypeMembers: getPrototypeMembers(declared.variable, sourceCode) } : null;
  }
  const ownName =
    owner.type === AST_NODE_TYPES.ArrowFunctionExpression
      ? null
      : (owner.id ?? (owner.parent.type === AST_NODE_TYPES.VariableDeclarator && owner.parent.id.type === AST_NODE_TYPES.Identifier ? owner.parent.id : null));
  if (!ownName || !/^[A-Z]/u.test(ownName.name)) return null;
  const declared = getDeclaredFunction(ownName, sourceCode);
  return declared?.fn === owner ? { constructorFunction: owner, prototypeMembers: getPrototypeMembers(declared.variable, sourceCode) } : null;
}
