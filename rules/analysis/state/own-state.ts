import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getFirstSuspension, isWithin, skipTypeWrappers, walk } from '../program/ast.js';
import { getThisDestructuredMemberKey } from './state-alias.js';
import { getThisClass } from '../program/class-members.js';
import { getMemberName } from '../program/state-target.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * One access to own state, as a string key: `this.socket` for the member itself (`!this.socket`,
 * `this.socket = null`), `this.socket.*` for something inside it (`this.socket.readyState`,
 * `this.#controller.abort()`). Closure and module variables are keyed by name and declaration offset.
 */
export type OwnStateAccess = string;

/**
 * Method names that only look: a call of one reads its object (`this.socket.isOpen()`, `this.pending.has(id)`,
 * `this.clients.map(…)`),
 * while other calls may change it (`this.#controller.abort()`, `this.timers.clear()`).
 */
const PREDICATE_METHOD =
  /^(?:is|has|can|should|was|get|includes|contains|equals|matches|check|find|findLast|some|every|at|keys|values|entries|indexOf|lastIndexOf|toString|toJSON|map|flatMap|filter|forEach|reduce|slice|concat|join)(?![a-z])/u;

/** `this.name` for `this.name`, `this.#name`, `this['name']` and symbol-keyed `this[kName]`. */
function getThisMemberKey(member: TSESTree.MemberExpression): string | null {
  const name = getMemberName(member);
  if (name !== null) return `this.${name}`;
  return member.computed && member.property.type === AST_NODE_TYPES.Identifier ? `this[${member.property.name}]` : null;
}

/**
 * The own state `node` belongs to and whether `node` is that state itself or something inside it:
 * `this.connection.closed` is inside `this.connection`; `this.connection.dispose()` too. Own state is a member
 * of `this` or a variable declared outside `boundary` (closure and module state: a factory's `let closed`).
 * `null` for locals, parameters of `boundary` and undeclared globals.
 */
export function getOwnStateAccess(
  node: TSESTree.Node,
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
  aliasDepth = 0,
): OwnStateAccess | null {
  let current = skipTypeWrappers(node);
  let isInside = false;
  for (;;) {
    if (current.type === AST_NODE_TYPES.ChainExpression) {
      current = skipTypeWrappers(current.expression);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = skipTypeWrappers(current.callee);
      isInside = true;
    } else if (current.type === AST_NODE_TYPES.MemberExpression) {
      const object = skipTypeWrappers(current.object);
      if (object.type === AST_NODE_TYPES.ThisExpression) {
        const key = getThisMemberKey(current);
        return key === null ? null : isInside ? `${key}.*` : key;
      }
      current = object;
      isInside = true;
    } else if (current.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(sourceCode.getScope(current), current);
      const definition = variable?.defs[0];
      if (!variable || !definition) return null;
      if (isWithin(variable.scope.block, boundary)) {
        const aliased = getAliasedAccess(variable, boundary, sourceCode, aliasDepth);
        return aliased === null ? null : isInside && !aliased.endsWith('.*') ? `${aliased}.*` : aliased;
      }
      const key = `${current.name}@${definition.name.range[0]}`;
      return isInside ? `${key}.*` : key;
    } else {
      return null;
    }
  }
}

/**
 * The own state a local stands for when it is a snapshot that is never reassigned: `const socket = this.socket`,
 * `const { socket } = this`, `const ws = this.conn.ws`. Its value is what the member held when it was taken, so a
 * guard on it (`if (!socket) return;`) reads that member. `null` for other locals.
 */
function getAliasedAccess(
  variable: TSESLint.Scope.Variable,
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
  depth: number,
): OwnStateAccess | null {
  const [definition] = variable.defs;
  if (depth > 2 || variable.defs.length !== 1 || definition?.type !== 'Variable' || !definition.node.init) return null;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return null;
  const { id, init } = definition.node;
  if (id.type === AST_NODE_TYPES.Identifier) return getOwnStateAccess(init, boundary, sourceCode, depth + 1);
  return getThisDestructuredMemberKey(definition.name, id, init);
}

/** The key of a class element, as `getMemberName` spells it (`#name` for private names). */
function getElementName(element: TSESTree.MethodDefinition): string | null {
  if (element.key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${element.key.name}`;
  if (element.computed) return null;
  if (element.key.type === AST_NODE_TYPES.Identifier) return element.key.name;
  return element.key.type === AST_NODE_TYPES.Literal && typeof element.key.value === 'string' ? element.key.value : null;
}

/** The body of the method or getter of the class of `this` at `node` that `access` names (`this.isClosed`), if any. */
function getOwnMethodBody(node: TSESTree.Node, access: OwnStateAccess): TSESTree.BlockStatement | null {
  const owner = getThisClass(node);
  const name = /^this\.(.+?)(?:\.\*)?$/u.exec(access)?.[1];
  if (!owner || name === undefined) return null;
  for (const element of owner.classNode.body.body) {
    if (
      element.type === AST_NODE_TYPES.MethodDefinition &&
      (element.kind === 'method' || element.kind === 'get') &&
      element.static === owner.isStatic &&
      element.value.type === AST_NODE_TYPES.FunctionExpression &&
      getElementName(element) === name
    ) {
      return element.value.body;
    }
  }
  return null;
}

/**
 * The own state `node` reads (see {@link getOwnStateAccess}), looking through the getters and methods of the
 * class it uses (`this.isClosed`, `this.callHasEnded()`), two levels deep: they stand for the members they read.
 * Nested functions are not entered.
 */
export function getOwnStateReads(node: TSESTree.Node, boundary: TSESTree.Node, sourceCode: SourceCode): Set<OwnStateAccess> {
  const reads = new Set<OwnStateAccess>();
  const visited = new Set<TSESTree.Node>();
  const collect = (root: TSESTree.Node, depth: number): void => {
    walk(root, sourceCode.visitorKeys, (child) => {
      // Names that are no references: `x.name`, `{ name: x }`.
      if (
        child.type === AST_NODE_TYPES.Identifier &&
        ((child.parent.type === AST_NODE_TYPES.MemberExpression && child.parent.property === child && !child.parent.computed) ||
          (child.parent.type === AST_NODE_TYPES.Property && child.parent.key === child && !child.parent.computed))
      ) {
        return false;
      }
      if (
        child.type !== AST_NODE_TYPES.MemberExpression &&
        child.type !== AST_NODE_TYPES.Identifier &&
        child.type !== AST_NODE_TYPES.CallExpression
      ) {
        return true;
      }
      const access = getOwnStateAccess(child, boundary, sourceCode);
      if (access === null) return true;
      reads.add(access);
      const body = depth < 2 ? getOwnMethodBody(child, access) : null;
      if (body && !visited.has(body)) {
        visited.add(body);
        collect(body, depth + 1);
      }
      // The chain below reads the same state; call arguments and computed keys are further reads.
      return child.type === AST_NODE_TYPES.CallExpression || (child.type === AST_NODE_TYPES.MemberExpression && child.computed);
    });
  };
  collect(node, 0);
  return reads;
}

/** The own state that `node` itself changes (not its descendants), else `null`. */
function getChange(node: TSESTree.Node, boundary: TSESTree.Node, sourceCode: SourceCode): OwnStateAccess | null {
  switch (node.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return getOwnStateAccess(node.left, boundary, sourceCode);
    case AST_NODE_TYPES.UpdateExpression:
      return getOwnStateAccess(node.argument, boundary, sourceCode);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === 'delete' ? getOwnStateAccess(node.argument, boundary, sourceCode) : null;
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipTypeWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
      const method = getMemberName(callee);
      // `this.markClosed()` is an own method: what it changes is found by looking into it.
      if (method === null || PREDICATE_METHOD.test(method) || skipTypeWrappers(callee.object).type === AST_NODE_TYPES.ThisExpression) {
        return null;
      }
      const access = getOwnStateAccess(callee.object, boundary, sourceCode);
      return access === null || access.endsWith('.*') ? access : `${access}.*`;
    }
    default:
      return null;
  }
}

/** Where the first `await` (or `yield`, `for await`) in `node` starts, not entering nested functions; its end if none. */
function getFirstAwaitOffset(node: TSESTree.Node, sourceCode: SourceCode): number {
  return getFirstSuspension(node, sourceCode.visitorKeys)?.range[0] ?? node.range[1];
}

/**
 * The own state that `node` changes in the code that ends before offset `end` (code after it runs after the
 * suspension): assignments, `++`, `delete` and non-predicate method calls on own state
 * (`this.#controller.abort()`), plus what the own methods it calls change before their first `await`
 * (one level deep). Nested functions are not entered: they run later.
 */
export function getOwnStateChanges(
  node: TSESTree.Node,
  end: number,
  boundary: TSESTree.Node,
  sourceCode: SourceCode,
): Set<OwnStateAccess> {
  const changes = new Set<OwnStateAccess>();
  const collect = (root: TSESTree.Node, limit: number, depth: number): void => {
    walk(root, sourceCode.visitorKeys, (child) => {
      if (child.range[0] >= limit) return false;
      if (child.range[1] > limit) return true;
      const change = getChange(child, boundary, sourceCode);
      if (change !== null) changes.add(change);
      if (depth === 0 && child.type === AST_NODE_TYPES.CallExpression) {
        const callee = getOwnStateAccess(child.callee, boundary, sourceCode);
        const body = callee === null ? null : getOwnMethodBody(child, callee);
        if (body) collect(body, getFirstAwaitOffset(body, sourceCode), 1);
      }
      return true;
    });
  };
  collect(node, end, 0);
  return changes;
}

/**
 * True when one of `changes` can make one of `reads` read differently: a change of the member itself affects
 * every read of it; a change inside it (`this.connection.dispose()`) affects reads inside it
 * (`this.connection.closed`) but not a presence check of the member (`!this.connection`).
 */
export function isAnyReadChanged(reads: ReadonlySet<OwnStateAccess>, changes: ReadonlySet<OwnStateAccess>): boolean {
  for (const read of reads) {
    const member = read.endsWith('.*') ? read.slice(0, -2) : read;
    if (changes.has(member) || (read.endsWith('.*') && changes.has(read))) return true;
  }
  return false;
}
