import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, skipTypeWrappers, type FunctionNode } from '../program/ast.js';
import { getThisClass, type ClassNode } from '../program/class-members.js';
import { getCalledLocalFunction, getClassMethodFunction, getConstantDefinition } from '../program/local-functions.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The function a `let` declared without a value is given by its only assignment: `let close; new Promise((resolve,
 * reject) => { close = () => { … }; }); return close;`, the deferred-settle idiom.
 */
function getOnlyAssignedFunction(identifier: TSESTree.Identifier, sourceCode: SourceCode): FunctionNode | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable' || definition.node.init || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  const writes = variable.references.filter((reference) => reference.isWrite());
  const value = writes.length === 1 ? writes[0]!.writeExpr : null;
  return value && isFunctionNode(value) ? value : null;
}

/** The function `node` evaluates to: a function expression, or a constant of this file holding one. */
function getFunctionValue(node: TSESTree.Node, sourceCode: SourceCode, depth: number): FunctionNode | null {
  const value = skipTypeWrappers(node);
  if (isFunctionNode(value)) return value;
  if (value.type !== AST_NODE_TYPES.Identifier || depth > 2) return null;
  const assigned = getOnlyAssignedFunction(value, sourceCode);
  if (assigned) return assigned;
  const definition = getConstantDefinition(value, sourceCode);
  if (definition?.type === 'FunctionName' && isFunctionNode(definition.node)) return definition.node;
  if (definition?.type !== 'Variable' || !definition.node.init || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  return getFunctionValue(definition.node.init, sourceCode, depth + 1);
}

/** The values `fn` returns: its expression body, or the argument of each `return` directly in its body. */
function getReturnedValues(fn: FunctionNode): TSESTree.Node[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  return fn.body.body.flatMap((statement) =>
    statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument ? [statement.argument] : [],
  );
}

/** The name a non-computed property key spells, else `null`. */
function getKeyName(property: TSESTree.Property): string | null {
  if (property.computed) return null;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : null;
}

/** The function the property `name` of the object literal `node` holds (`{ close() {…} }`, `{ rollback: pop }`). */
function getPropertyFunction(node: TSESTree.Node, name: string, sourceCode: SourceCode, depth: number): FunctionNode | null {
  const object = skipTypeWrappers(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const property = object.properties.findLast(
    (candidate): candidate is TSESTree.Property => candidate.type === AST_NODE_TYPES.Property && getKeyName(candidate) === name,
  );
  return property && property.kind === 'init' ? getFunctionValue(property.value, sourceCode, depth) : null;
}

/** The function `fn` always returns when it returns exactly one thing: a factory of a closure or of a handler object. */
function getOnlyReturnedValue(fn: FunctionNode): TSESTree.Node | null {
  const values = getReturnedValues(fn);
  return values.length === 1 ? values[0]! : null;
}

/** The value a call of a function of this file returns: `makeCleanup(conn)`, `this.#createTransaction()`. */
function getCallResult(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | null {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const factory = getCalledLocalFunction(call, sourceCode);
  return factory && !factory.async && !factory.generator ? getOnlyReturnedValue(factory) : null;
}

/** The value a getter of the enclosing class returns, for `this.name` read at `member`. */
function getGetterResult(member: TSESTree.MemberExpression): TSESTree.Node | null {
  const owner = getThisClass(member);
  const { property } = member;
  if (!owner || member.computed || (property.type !== AST_NODE_TYPES.Identifier && property.type !== AST_NODE_TYPES.PrivateIdentifier)) {
    return null;
  }
  const getter = owner.classNode.body.body.find(
    (element): element is TSESTree.MethodDefinition =>
      element.type === AST_NODE_TYPES.MethodDefinition &&
      element.kind === 'get' &&
      element.static === owner.isStatic &&
      !element.computed &&
      element.key.type === property.type &&
      element.key.name === property.name,
  );
  return getter && isFunctionNode(getter.value) ? getOnlyReturnedValue(getter.value) : null;
}

/**
 * The object `node` stands for, when this file shows it: an object literal held by a constant
 * (`const handlers = { … }`), returned by a function of this file (`this.#createTransaction()`), or by a getter.
 */
function getObjectValue(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | null {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.ObjectExpression) return value;
  if (value.type === AST_NODE_TYPES.Identifier) {
    const definition = getConstantDefinition(value, sourceCode);
    if (definition?.type !== 'Variable' || !definition.node.init || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
    const init = skipTypeWrappers(definition.node.init);
    return init.type === AST_NODE_TYPES.ObjectExpression ? init : getCallResult(init, sourceCode);
  }
  if (value.type === AST_NODE_TYPES.CallExpression) return getCallResult(value, sourceCode);
  if (value.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(value.object).type === AST_NODE_TYPES.ThisExpression) {
    return getGetterResult(value);
  }
  return null;
}

/** The class of this file a constant was built from: `ConnectionPool` for `const pool = new ConnectionPool(…)`. */
function getConstructedLocalClass(node: TSESTree.Node, sourceCode: SourceCode): ClassNode | null {
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const definition = getConstantDefinition(node, sourceCode);
  if (definition?.type !== 'Variable' || !definition.node.init || definition.node.id.type !== AST_NODE_TYPES.Identifier) return null;
  const init = skipTypeWrappers(definition.node.init);
  if (init.type !== AST_NODE_TYPES.NewExpression || init.callee.type !== AST_NODE_TYPES.Identifier) return null;
  const classDefinition = getConstantDefinition(init.callee, sourceCode);
  if (classDefinition?.type === 'ClassName') return classDefinition.node as ClassNode;
  const classValue = classDefinition?.type === 'Variable' && classDefinition.node.init ? skipTypeWrappers(classDefinition.node.init) : null;
  return classValue?.type === AST_NODE_TYPES.ClassExpression ? classValue : null;
}

/**
 * The function of this file that `call` runs, also when it is reached indirectly (beyond getCalledLocalFunction):
 * - a closure a factory of this file returned: `const release = makeRelease(conn); release();`;
 * - a method of a handler object: `const { rollback } = this.#createTransaction(); rollback();`,
 *   `handlers.close()` with `const handlers = { close() {…} }`;
 * - a function a getter returns: `this.cleanup()` with `get cleanup() { return () => {…}; }`;
 * - a method of a class of this file on a constant built from it: `const pool = new ConnectionPool(…); pool.close();`.
 * Only what the code shows without types: a single returned value, constants never reassigned.
 */
export function getReachedLocalFunction(call: TSESTree.CallExpression, sourceCode: SourceCode): FunctionNode | null {
  const direct = getCalledLocalFunction(call, sourceCode);
  if (direct) return direct;
  let callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.ChainExpression) callee = callee.expression;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const definition = getConstantDefinition(callee, sourceCode);
    if (definition?.type !== 'Variable' || !definition.node.init) return null;
    const { id, init } = definition.node;
    if (id.type === AST_NODE_TYPES.Identifier) {
      const result = getCallResult(init, sourceCode);
      return result && getFunctionValue(result, sourceCode, 0);
    }
    // `const { rollback } = handlers`: the property the pattern takes the name from.
    if (id.type !== AST_NODE_TYPES.ObjectPattern) return null;
    const property = id.properties.find(
      (candidate): candidate is TSESTree.Property =>
        candidate.type === AST_NODE_TYPES.Property && skipTypeWrappers(candidate.value) === definition.name,
    );
    const name = property && getKeyName(property);
    const object = name ? getObjectValue(init, sourceCode) : null;
    return object && name ? getPropertyFunction(object, name, sourceCode, 0) : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return null;
  const object = skipTypeWrappers(callee.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    // `this.cleanup()`, `this.#cleanup()` through a getter.
    const result = getGetterResult(callee);
    return result && getFunctionValue(result, sourceCode, 0);
  }
  if (callee.property.type !== AST_NODE_TYPES.Identifier) return null;
  // `pool.close()` with `const pool = new ConnectionPool(…)`: the method that class of this file defines.
  const constructed = getConstructedLocalClass(object, sourceCode);
  if (constructed) return getClassMethodFunction(constructed, callee.property, false);
  const handlers = getObjectValue(object, sourceCode);
  return handlers && getPropertyFunction(handlers, callee.property.name, sourceCode, 0);
}
