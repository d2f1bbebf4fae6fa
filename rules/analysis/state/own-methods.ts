import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isWithin, skipTypeWrappers, walk, type FunctionNode } from '../program/ast.js';
import { getThisClass, type ClassNode } from '../program/class-members.js';
import { getCallsByName, getClassMembers } from '../program/file-model.js';
import { getMemberName, getStateTarget } from '../program/state-target.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The name a class element is reached by through `this` (`#x` for private names), or `null` for computed keys. */
function getElementName(element: TSESTree.ClassElement): string | null {
  if (!('key' in element) || element.computed) return null;
  const { key } = element;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  return key.type === AST_NODE_TYPES.Identifier ? key.name : null;
}

/** The method of `classNode` named `name` of `kind` (`get`, or a plain `method`) on the instance or the class itself. */
function getOwnMethod(
  classNode: ClassNode,
  name: string,
  kind: 'get' | 'method',
  isStatic: boolean,
  sourceCode: SourceCode,
): TSESTree.FunctionExpression | null {
  for (const element of getClassMembers(classNode, sourceCode).members.get(name) ?? []) {
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== kind || element.static !== isStatic) continue;
    return element.value.type === AST_NODE_TYPES.FunctionExpression ? element.value : null;
  }
  return null;
}

/**
 * The expression a getter of `this` stands for, when its body is a single `return` (`get isClosed() { return
 * this.#closed; }`): a guard reading `this.isClosed` reads `this.#closed`. `null` for anything else.
 */
export function getGetterValue(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Expression | null {
  const member = skipTypeWrappers(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || skipTypeWrappers(member.object).type !== AST_NODE_TYPES.ThisExpression) {
    return null;
  }
  const name = getMemberName(member);
  const owner = getThisClass(member);
  if (name === null || !owner) return null;
  const getter = getOwnMethod(owner.classNode, name, 'get', owner.isStatic, sourceCode);
  const [statement] = getter?.body.body ?? [];
  return getter?.body.body.length === 1 && statement?.type === AST_NODE_TYPES.ReturnStatement ? statement.argument : null;
}

/**
 * The synchronous method of the same class that `call` runs (`this.markClosed()`, `this.#finish()`), whose writes
 * happen before the call returns; `null` for other calls, async methods and generators.
 */
export function getCalledOwnSyncMethod(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.FunctionExpression | null {
  const method = getCalledOwnMethod(call, sourceCode);
  return method && !method.async && !method.generator ? method : null;
}

/** The method of the same class that `this.m()` calls, synchronous or not; else `null`. */
export function getCalledOwnMethod(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.FunctionExpression | null {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || skipTypeWrappers(callee.object).type !== AST_NODE_TYPES.ThisExpression) {
    return null;
  }
  const name = getMemberName(callee);
  const owner = getThisClass(callee);
  if (name === null || !owner) return null;
  return getOwnMethod(owner.classNode, name, 'method', owner.isStatic, sourceCode);
}

/**
 * The assignments `method` makes to a member of `this` as statements of its own body, which run on every call
 * (`markClosed() { this.closed = true; this.emit('close'); }`), not in branches or callbacks.
 */
export function getUnconditionalMemberWrites(method: TSESTree.FunctionExpression, sourceCode: SourceCode): TSESTree.AssignmentExpression[] {
  const writes: TSESTree.AssignmentExpression[] = [];
  for (const statement of method.body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const { expression } = statement;
    if (expression.type === AST_NODE_TYPES.AssignmentExpression && expression.operator === '=' && getStateTarget(expression.left, sourceCode)?.kind === 'this-member') {
      writes.push(expression);
    }
  }
  return writes;
}

/** The name `fn` is called by on its instances when it is an instance method of a class declared with a name. */
function getInstanceMethod(fn: FunctionNode): { name: string; classNode: TSESTree.ClassDeclaration; className: string } | null {
  const method = fn.parent;
  if (method.type !== AST_NODE_TYPES.MethodDefinition || method.kind !== 'method' || method.static) return null;
  const name = getElementName(method);
  const classNode = method.parent.parent;
  if (name === null || name.startsWith('#') || classNode.type !== AST_NODE_TYPES.ClassDeclaration || !classNode.id) return null;
  return { name, classNode, className: classNode.id.name };
}

/** True when `node` is the whole operand of `await` (through parentheses and type assertions). */
function isAwaited(node: TSESTree.Node): boolean {
  let current = node;
  while (
    current.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    current.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.parent?.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.parent;
  }
  return current.parent?.type === AST_NODE_TYPES.AwaitExpression;
}

/** True when `object` is the object of a call of its method `name` (`object.name(…)`). */
function isMethodCallOn(object: TSESTree.Node, name: string): boolean {
  const member = object.parent;
  return (
    member?.type === AST_NODE_TYPES.MemberExpression &&
    member.object === object &&
    getMemberName(member) === name &&
    member.parent.type === AST_NODE_TYPES.CallExpression &&
    member.parent.callee === member
  );
}

/** True when `node` is the value of a `return` (or of an arrow function's expression body), through type assertions. */
function isReturned(node: TSESTree.Node): boolean {
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.TSAsExpression || current.parent?.type === AST_NODE_TYPES.TSNonNullExpression) {
    current = current.parent;
  }
  const { parent } = current;
  return (
    (parent?.type === AST_NODE_TYPES.ReturnStatement && parent.argument === current) ||
    (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === current)
  );
}

/**
 * True when `root` hands `this` to other code: passes it (`registry.add(this)`), stores it (`peer.owner = this`,
 * `const self = this`) or puts it in an array or object. Reaching its own members and `return this` (to a caller
 * that already holds it) hand nothing out.
 */
function handsThisOut(root: TSESTree.Node, sourceCode: SourceCode): boolean {
  let found = false;
  walk(
    root,
    sourceCode.visitorKeys,
    (node) => {
      if (found) return false;
      if (node.type === AST_NODE_TYPES.ThisExpression) {
        let use: TSESTree.Node = node;
        while (use.parent && (use.parent.type === AST_NODE_TYPES.TSAsExpression || use.parent.type === AST_NODE_TYPES.TSNonNullExpression)) use = use.parent;
        const { parent } = use;
        found =
          ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(use as TSESTree.Expression)) ||
          (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === use) ||
          (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === use) ||
          (parent?.type === AST_NODE_TYPES.Property && parent.value === use) ||
          parent?.type === AST_NODE_TYPES.ArrayExpression ||
          parent?.type === AST_NODE_TYPES.SpreadElement;
      }
      return !found;
    },
    { enterFunctions: true },
  );
  return found;
}

/**
 * True when an instance of `classNode` can reach other code before or during a run of `fn`: its constructor or a
 * field initializer hands `this` out (`registry.add(this)`), or `fn` itself does. Another holder could then start a
 * second run that overlaps the first.
 */
function isInstanceHandedOut(classNode: ClassNode, fn: FunctionNode, sourceCode: SourceCode): boolean {
  if (handsThisOut(fn, sourceCode)) return true;
  return classNode.body.body.some(
    (element) =>
      (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor' && handsThisOut(element.value, sourceCode)) ||
      ((element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.AccessorProperty) &&
        !element.static &&
        element.value !== null &&
        handsThisOut(element.value, sourceCode)),
  );
}

/**
 * True when `fn` is a method of a one-shot object: its class is not exported and is used only by `new` in this file,
 * and each instance is used for one run of the method that nothing else overlaps, and the class never calls it on
 * itself. An instance counts when it goes into a `const` whose only call of the method is awaited before anything
 * else touches the instance (`const runner = new Runner(); await runner.start(); return runner;`) or is that
 * `const`'s only use, returned (`const q = new Query(sql); return q.run();`), or when the method is called on the
 * `new` itself, which no name keeps (`await new Runner(conn).run(sql)`, `return new Query(sql).run()`): per-call
 * state, which no second call can reach while the first one waits.
 */
export function isOneShotObjectMethod(fn: FunctionNode, sourceCode: SourceCode): boolean {
  const method = getInstanceMethod(fn);
  if (!method) return false;
  const { name, classNode, className } = method;
  if (classNode.parent.type === AST_NODE_TYPES.ExportNamedDeclaration || classNode.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
    return false;
  }
  // A class declaration binds its name twice: outside (the uses we judge) and inside its own body (which must have none).
  const classScope = sourceCode.getScope(classNode);
  // Type positions (`touches: TouchHandle[]`) name the class without reaching an instance.
  const getValueReferences = (variable: TSESLint.Scope.Variable | undefined): TSESLint.Scope.Reference[] =>
    variable?.references.filter((reference) => !reference.isTypeReference) ?? [];
  const outer = getValueReferences(classScope.upper?.set.get(className));
  const inner = classScope.block === classNode ? getValueReferences(classScope.set.get(className)) : [];
  if (outer.length === 0 || inner.length > 0) return false;
  for (const reference of outer) {
    const creation = reference.identifier.parent;
    if (creation.type !== AST_NODE_TYPES.NewExpression || creation.callee !== reference.identifier) return false;
    // `new Runner(conn).run(sql)`: the instance has no name, so this call is the only one it ever gets from here.
    if (isMethodCallOn(creation, name)) continue;
    const declarator = creation.parent;
    if (
      declarator.type !== AST_NODE_TYPES.VariableDeclarator ||
      declarator.init !== creation ||
      declarator.id.type !== AST_NODE_TYPES.Identifier ||
      declarator.parent.kind !== 'const'
    ) {
      return false;
    }
    const [instance] = sourceCode.getDeclaredVariables(declarator);
    const uses = instance?.references.filter((use) => !use.init) ?? [];
    const [first] = uses;
    if (!first) return false;
    const firstUse = first.identifier.parent;
    const isAwaitedCall =
      isMethodCallOn(first.identifier, name) &&
      firstUse.parent !== undefined &&
      (isAwaited(firstUse.parent) || (uses.length === 1 && isReturned(firstUse.parent))) &&
      sourceCode.getScope(first.identifier).variableScope === instance!.scope.variableScope;
    const isCalledAgain = uses.slice(1).some(({ identifier }) => {
      const use = identifier.parent;
      return use.type === AST_NODE_TYPES.MemberExpression && use.object === identifier && getMemberName(use) === name;
    });
    if (!isAwaitedCall || isCalledAgain) return false;
  }
  // The class calling the method on itself (`restart() { await this.start(); }`) makes it reachable twice, and so
  // does an instance that hands itself out as it is built or run (`registry.add(this)`).
  return !getCallsByName(name, sourceCode).some((call) => isWithin(call, classNode)) && !isInstanceHandedOut(classNode, fn, sourceCode);
}
