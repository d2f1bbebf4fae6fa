import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers, type FunctionNode } from '../program/ast.js';

/** Method names that release an object's resources: the note's `shutdown`/`disconnect` and their usual kin. */
export const DEFAULT_TEARDOWN_METHODS: readonly string[] = [
  'close',
  'shutdown',
  'dispose',
  'destroy',
  'stop',
  'disconnect',
  'terminate',
  'teardown',
];

/** The key text `[Symbol.asyncDispose]` methods are named by. */
export const ASYNC_DISPOSE_NAME = '[Symbol.asyncDispose]';

/** A function that is an object's teardown method, with what a report and a rewrite need to know about it. */
export interface TeardownMethod {
  readonly fn: FunctionNode;
  /**
   * The node that holds the function: a class method, a class field, an object-literal property, or an assignment
   * to a prototype or instance member (`Pool.prototype.close = async function () {}`, `this.close = async () => {}`),
   * or the declaration of a factory's local function that the factory returns in an object
   * (`const close = async () => {}; return { close };`).
   */
  readonly member:
    | TSESTree.MethodDefinition
    | TSESTree.PropertyDefinition
    | TSESTree.Property
    | TSESTree.AssignmentExpression
    | TSESTree.VariableDeclarator
    | TSESTree.FunctionDeclaration;
  readonly key: TSESTree.Node;
  /** `close`, `'close'` as written in a string key, or `[Symbol.asyncDispose]`. */
  readonly name: string;
}

/** The name of a non-computed key (`close`, `'close'`) or `[Symbol.asyncDispose]`; `null` for other keys and `#private` names. */
function getKeyName(key: TSESTree.Node, computed: boolean): string | null {
  if (computed) {
    return key.type === AST_NODE_TYPES.MemberExpression &&
      !key.computed &&
      key.object.type === AST_NODE_TYPES.Identifier &&
      key.object.name === 'Symbol' &&
      key.property.type === AST_NODE_TYPES.Identifier &&
      key.property.name === 'asyncDispose'
      ? ASYNC_DISPOSE_NAME
      : null;
  }
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return null;
}

/**
 * True when the object literal is passed straight to a call (`new WritableStream({ write, close })`,
 * `register({ stop })`): its methods are callbacks the callee invokes on its own terms, not a resource's API.
 */
function isArgument(object: TSESTree.ObjectExpression): boolean {
  const parent = object.parent;
  return (
    (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) &&
    parent.arguments.includes(object)
  );
}

/**
 * True when every use of `parameter` in `fn` copes with the argument left out, as compiled JavaScript writes an
 * optional parameter once TypeScript's `?` is gone: `closeConnection ?? this.ownsConnection`, `if (force)`,
 * `!options`, `timeout === undefined`, `typeof callback === 'function'`, `options || {}`. A parameter the body acts
 * on (`peer.close()`, `this.sessions.get(id)`, `{ timeout: ms }`) is an argument the call needs; so is one never
 * read (a DOM `stop(event)` handler), and one with a type annotation, whose type says whether it is optional.
 */
function isAbsenceTolerant(parameter: TSESTree.Identifier, fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (parameter.typeAnnotation) return false;
  const variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === parameter.name);
  const reads = variable?.references.filter((reference) => reference.isRead()) ?? [];
  return (
    reads.length > 0 &&
    reads.every(({ identifier }) => {
      const use = identifier.parent;
      switch (use?.type) {
        case AST_NODE_TYPES.LogicalExpression:
          return use.left === identifier;
        case AST_NODE_TYPES.IfStatement:
        case AST_NODE_TYPES.ConditionalExpression:
          return use.test === identifier;
        case AST_NODE_TYPES.UnaryExpression:
          return use.operator === '!' || use.operator === 'typeof';
        case AST_NODE_TYPES.BinaryExpression: {
          const other = use.left === identifier ? use.right : use.left;
          return ['===', '!==', '==', '!='].includes(use.operator) && isAbsentValue(other);
        }
        default:
          return false;
      }
    })
  );
}

/** `undefined`, `null` or `void 0`: what a left-out argument is compared with. */
function isAbsentValue(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') ||
    (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node)) ||
    (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void')
  );
}

/**
 * True when `fn` needs an argument (a parameter with no `?`, no default and no `...`, which its body does not test
 * for absence): a teardown is called without one (`close()`, `close(options?)`, `close(force = false)`, compiled
 * `stop(closeConnection) { … closeConnection ?? true … }`), while `stop(id)`, `disconnect(peer)` or a DOM
 * `stop(event)` handler act on what they are given, and one guard per object would merge different calls.
 */
function hasRequiredParameter(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return fn.params.some((parameter) => {
    switch (parameter.type) {
      case AST_NODE_TYPES.Identifier:
        return parameter.name !== 'this' && parameter.optional !== true && !isAbsenceTolerant(parameter, fn, sourceCode);
      case AST_NODE_TYPES.ObjectPattern:
      case AST_NODE_TYPES.ArrayPattern:
        return parameter.optional !== true;
      default:
        return false;
    }
  });
}

/**
 * True for the member written by `Foo.prototype.close = …` or `this.close = …`: a method of every instance, or of
 * this one. Other objects' members (`client.close = …`, `module.exports.close = …`) are not this object's API.
 */
function isMethodAssignment(assignment: TSESTree.AssignmentExpression): assignment is TSESTree.AssignmentExpression & {
  left: TSESTree.MemberExpression;
} {
  const { left } = assignment;
  if (assignment.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = left.object;
  return (
    object.type === AST_NODE_TYPES.ThisExpression ||
    (object.type === AST_NODE_TYPES.MemberExpression &&
      !object.computed &&
      object.property.type === AST_NODE_TYPES.Identifier &&
      object.property.name === 'prototype')
  );
}

/**
 * The teardown method `fn` is the body of: a class method (`async close() {}`, static included), a class
 * field holding a function (`close = async () => {}`), an object-literal method or function-valued property
 * (`{ async close() {} }`, `{ disconnect: async () => {} }`), or a function assigned to a prototype or instance
 * member (`Pool.prototype.close = async function () {}`, `this.close = async () => {}`), whose name is in `names`
 * or is `[Symbol.asyncDispose]` and that takes no required argument. Object literals passed to a call hold
 * callbacks, not teardown methods. `#private` methods are helpers of a public teardown, not one themselves.
 */
export function getTeardownMethod(
  fn: FunctionNode,
  names: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TeardownMethod | null {
  const member = fn.parent;
  if (!member) return null;
  if (member.type === AST_NODE_TYPES.AssignmentExpression) {
    if (member.right !== fn || !isMethodAssignment(member)) return null;
    // The name before the parameters: most methods are no teardown, and reading a parameter's uses costs more.
    const name = getKeyName(member.left.property, member.left.computed);
    if (name === null || (name !== ASYNC_DISPOSE_NAME && !names.has(name)) || hasRequiredParameter(fn, sourceCode)) return null;
    return { fn, member, key: member.left.property, name };
  }
  switch (member.type) {
    case AST_NODE_TYPES.MethodDefinition:
      if (member.kind !== 'method') return null;
      break;
    case AST_NODE_TYPES.PropertyDefinition:
      break;
    case AST_NODE_TYPES.Property:
      if (member.kind !== 'init' || member.parent.type !== AST_NODE_TYPES.ObjectExpression || isArgument(member.parent)) {
        return null;
      }
      break;
    default:
      return null;
  }
  if (member.value !== fn) return null;
  const name = getKeyName(member.key, member.computed);
  if (name === null || (name !== ASYNC_DISPOSE_NAME && !names.has(name)) || hasRequiredParameter(fn, sourceCode)) return null;
  return { fn, member, key: member.key, name };
}

/** True when `node` is handed out in an object the function returns: `return { close }`, `=> ({ close: close })`. */
function isReturnedInObject(node: TSESTree.Identifier): boolean {
  const property = node.parent;
  if (property.type !== AST_NODE_TYPES.Property || property.value !== node || property.computed) return false;
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
  let holder: TSESTree.Node = object;
  while (holder.parent && skipTypeWrappers(holder.parent) !== holder.parent) holder = holder.parent;
  const parent = holder.parent;
  return (
    (parent?.type === AST_NODE_TYPES.ReturnStatement && parent.argument === holder) ||
    (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === holder)
  );
}

/**
 * The teardown a factory hands out as a local function: `const close = async () => {…}` or
 * `async function close() {…}`, named in `names`, taking no required argument, and returned in an object
 * (`return { close, send }`). Its state is the factory's closure, one per handle, as a class's is per instance.
 */
export function getReturnedClosureTeardown(
  fn: FunctionNode,
  names: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TeardownMethod | null {
  const declarator = fn.parent;
  const id =
    fn.type === AST_NODE_TYPES.FunctionDeclaration
      ? fn.id
      : declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === fn && declarator.id.type === AST_NODE_TYPES.Identifier
        ? declarator.id
        : null;
  if (!id || !names.has(id.name) || hasRequiredParameter(fn, sourceCode)) return null;
  const scope = sourceCode.getScope(fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.parent : declarator!);
  const variable = ASTUtils.findVariable(scope, id);
  if (!variable?.references.some((reference) => isReturnedInObject(reference.identifier as TSESTree.Identifier))) return null;
  const member = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : (declarator as TSESTree.VariableDeclarator);
  return { fn, member, key: id, name: id.name };
}
