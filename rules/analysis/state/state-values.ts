import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers, walk } from '../program/ast.js';
import { getThisClass } from '../program/class-members.js';
import { getMemberStores } from '../program/file-model.js';
import { getStateTarget, isModuleLevelVariable, type StateTarget } from '../program/state-target.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * A value a state member can hold, comparable across the file: `true`, `"open"`, `State.Closing`.
 * `null` for values that are not such a constant (calls, objects, handles, variables).
 */
export function getStateValueKey(node: TSESTree.Node): string | null {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal) {
    if (typeof value.value === 'boolean' || typeof value.value === 'string' || typeof value.value === 'number') {
      return JSON.stringify(value.value);
    }
    return null;
  }
  if (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0) {
    return JSON.stringify(value.quasis[0]?.value.cooked ?? '');
  }
  // Enum and const-object members: `State.Closing`, `Status['OPEN']`.
  if (value.type === AST_NODE_TYPES.MemberExpression && value.object.type === AST_NODE_TYPES.Identifier) {
    if (!value.computed && value.property.type === AST_NODE_TYPES.Identifier) {
      return `${value.object.name}.${value.property.name}`;
    }
    if (value.computed && value.property.type === AST_NODE_TYPES.Literal && typeof value.property.value === 'string') {
      return `${value.object.name}.${value.property.value}`;
    }
  }
  return null;
}

/**
 * True when `node` is a state constant as `getStateValueKey` reads it and, for `X.y`, `X` is not a local variable or
 * parameter: `result.id` off a destructured awaited result is data, `State.Ready` a constant.
 */
export function isStateConstant(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (getStateValueKey(node) === null) return false;
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.MemberExpression || value.object.type !== AST_NODE_TYPES.Identifier) return true;
  const variable = ASTUtils.findVariable(sourceCode.getScope(value.object), value.object);
  return !variable || isModuleLevelVariable(variable) || variable.defs.every((definition) => definition.type === 'ImportBinding');
}

/** True when the constant `key` is truthy in JavaScript; `null` when it cannot be told (enum members). */
export function isTruthyStateValue(key: string): boolean | null {
  if (key === 'true') return true;
  if (key === 'false' || key === '""' || key === '0') return false;
  if (key.startsWith('"') || /^-?[\d.]/u.test(key)) return true;
  return null;
}

/** Values that make a member a handle (a resource reference), not a state flag. */
function isHandleValue(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  switch (value.type) {
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.AwaitExpression:
      return true;
    case AST_NODE_TYPES.CallExpression:
      return !(value.callee.type === AST_NODE_TYPES.Identifier && value.callee.name === 'Boolean');
    default:
      return false;
  }
}

/** The name a class field declares (`#x` for private names), or `null` for computed keys. */
function getFieldName(node: TSESTree.PropertyDefinition): string | null {
  if (node.computed) return null;
  if (node.key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.key.name}`;
  return node.key.type === AST_NODE_TYPES.Identifier ? node.key.name : null;
}

/**
 * The values stored into each `this` member within `scope` (assignments and field initializers), keyed like
 * StateTarget keys. One walk per scope and file, for `this` outside classes (classes have their own index).
 */
function getValuesByThisMember(scope: TSESTree.Node, sourceCode: SourceCode): Map<string, TSESTree.Node[]> {
  let byScope = storedValuesCache.get(sourceCode.ast);
  if (!byScope) {
    byScope = new Map();
    storedValuesCache.set(sourceCode.ast, byScope);
  }
  const cached = byScope.get(scope);
  if (cached) return cached;
  const values = new Map<string, TSESTree.Node[]>();
  const add = (key: string, value: TSESTree.Node): void => {
    values.set(key, [...(values.get(key) ?? []), value]);
  };
  walk(
    scope,
    sourceCode.visitorKeys,
    (node) => {
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression) {
        const target = getStateTarget(node.left, sourceCode);
        if (target?.kind === 'this-member') add(target.key, node.right);
      }
      if (node.type === AST_NODE_TYPES.PropertyDefinition && node.value) {
        const name = getFieldName(node);
        if (name !== null) add(`this.${name}`, node.value);
      }
    },
    { enterFunctions: true },
  );
  byScope.set(scope, values);
  return values;
}

const storedValuesCache = new WeakMap<TSESTree.Program, Map<TSESTree.Node, Map<string, TSESTree.Node[]>>>();

/**
 * Every value stored into `target` in the scope that owns it: the class body (field initializer included)
 * for `this` members, the whole program otherwise; all writes of a module-level variable.
 */
export function getStoredValues(target: StateTarget, sourceCode: SourceCode): TSESTree.Node[] {
  if (target.kind === 'module-variable') {
    const values: TSESTree.Node[] = [];
    for (const definition of target.variable.defs) {
      if (definition.type === 'Variable' && definition.node.init) values.push(definition.node.init);
    }
    for (const reference of target.variable.references) {
      const parent = reference.identifier.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier) {
        values.push(parent.right);
      }
    }
    return values;
  }
  const owner = getThisClass(target.node);
  if (!owner) return getValuesByThisMember(sourceCode.ast, sourceCode).get(target.key) ?? [];
  // In a class, from what its body stores into members of that name (the file model finds them without a walk).
  const { assignments, fields } = getMemberStores(owner.classNode, target.name, sourceCode);
  const values: TSESTree.Node[] = [];
  for (const assignment of assignments) {
    if (assignment.left.type === AST_NODE_TYPES.MemberExpression && getStateTarget(assignment.left, sourceCode)?.kind === 'this-member') {
      values.push(assignment.right);
    }
  }
  for (const field of fields) {
    if (getFieldName(field) === target.name) values.push(field.value!);
  }
  return values;
}

/**
 * True when `target` is a state member: it is given constant values (booleans, strings, enum or const-object
 * members) and never a handle (`new`, objects, functions, awaited results). `this.socket = null` alone is a handle.
 */
export function isStateMember(target: StateTarget, sourceCode: SourceCode): boolean {
  const values = getStoredValues(target, sourceCode);
  return values.some((value) => getStateValueKey(value) !== null) && !values.some((value) => isHandleValue(value));
}

