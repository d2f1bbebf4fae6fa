import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isExitStatement, isFunctionNode, isSuspensionPoint, getCallName, skipTypeWrappers, type FunctionNode, type SuspensionNode } from './ast.js';
import type { ClassNode } from './class-members.js';
import { getMemberName } from './state-target.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What one function does in its own body (not in the functions nested in it), in source order. */
export interface FunctionFacts {
  readonly node: FunctionNode;
  /** Every `await`, `yield` and `for await` that suspends this function. */
  readonly suspensions: SuspensionNode[];
  /** The `return` and `throw` statements that leave it. */
  readonly exits: (TSESTree.ReturnStatement | TSESTree.ThrowStatement)[];
  /** The `if` statements whose consequent leaves the function on every path (`if (!x) return;`). */
  readonly guards: TSESTree.IfStatement[];
  /** The calls it makes. */
  readonly calls: TSESTree.CallExpression[];
}

/** A class's members, by the name `this` reaches them by (`#x` for private names). */
export interface ClassFacts {
  readonly node: ClassNode;
  /** Methods, fields, accessors and getters by name (one name can have a getter and a setter). */
  readonly members: Map<string, TSESTree.ClassElement[]>;
  readonly getters: Set<string>;
  /** Private methods and fields, and every other `#name` written inside the class. */
  readonly privateNames: Set<string>;
  readonly decorators: TSESTree.Decorator[];
  /** Calls of its own methods through `this` (`this.connect()`, `this.#close()`) by method name. */
  readonly thisCalls: Map<string, TSESTree.CallExpression[]>;
}

/** A member access: `x.name`, `this.name`, `this.#name`, `x['name']`; `object` says what it is taken from. */
export interface MemberAccess {
  readonly node: TSESTree.MemberExpression;
  readonly object: 'this' | 'identifier' | 'other';
}

/**
 * The facts every rule asks about one file, gathered by one walk of its AST the first time a rule asks
 * (see `getFileModel`). Lists are in source order.
 */
export interface FileModel {
  /** AST nodes the model has visited: the size of its work, which a test pins to grow linearly with the file. */
  visits: number;
  readonly functions: Map<FunctionNode, FunctionFacts>;
  readonly classes: Map<ClassNode, ClassFacts>;
  /** Writes (assignment targets, `++`/`--`, `delete`) of members, by member name, whatever the object. */
  readonly memberWrites: Map<string, MemberAccess[]>;
  /** Every other access of a member, by member name. */
  readonly memberReads: Map<string, MemberAccess[]>;
  /** Members handed to a call as an argument (`register(this.onMessage)`), by member name. */
  readonly memberArguments: Map<string, TSESTree.CallExpression[]>;
  /** Calls by the name they are made by (see `getCallName`). */
  readonly callsByName: Map<string, TSESTree.CallExpression[]>;
  /** The template tokens of the file (multi-line strings, which re-indenting must not touch). */
  readonly templateTokens: TSESTree.Token[];
  /** Names declared in any scope of the file, and names used without a declaration (globals). */
  readonly usedNames: Set<string>;
  /** Every node of the file by its type, in source order: a whole-file question asks only the types it needs. */
  readonly nodesByType: Map<string, TSESTree.Node[]>;
}

const models = new WeakMap<SourceCode, FileModel>();

/**
 * The model of `sourceCode`'s file: built on the first call, by one walk of the AST, and shared by every rule
 * and every report afterwards. Keyed by the file's `sourceCode`, so it dies with the file.
 */
export function getFileModel(sourceCode: SourceCode): FileModel {
  let model = models.get(sourceCode);
  if (!model) {
    model = buildFileModel(sourceCode);
    models.set(sourceCode, model);
  }
  return model;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isWriteTarget(node: TSESTree.Node): boolean {
  const { parent } = node;
  return (
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) ||
    parent?.type === AST_NODE_TYPES.UpdateExpression ||
    (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete')
  );
}

function getElementName(element: TSESTree.ClassElement): string | null {
  if (!('key' in element) || element.computed) return null;
  const { key } = element;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : null;
}

function indexClass(node: ClassNode): ClassFacts {
  const facts: ClassFacts = {
    node,
    members: new Map(),
    getters: new Set(),
    privateNames: new Set(),
    // espree's AST has no `decorators`.
    decorators: [...((node.decorators as TSESTree.Decorator[] | undefined) ?? [])],
    thisCalls: new Map(),
  };
  for (const element of node.body.body) {
    const name = getElementName(element);
    if ('decorators' in element && Array.isArray(element.decorators)) facts.decorators.push(...element.decorators);
    if (name === null) continue;
    push(facts.members, name, element);
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'get') facts.getters.add(name);
  }
  return facts;
}

/** The class whose `this` is in scope for code directly in `fn` (arrow functions see their parent's). */
function getMethodClass(fn: FunctionNode, outer: ClassNode | null): ClassNode | null {
  if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression) return outer;
  const method = fn.parent;
  return method.type === AST_NODE_TYPES.MethodDefinition && method.parent.type === AST_NODE_TYPES.ClassBody ? method.parent.parent : null;
}

interface WalkEntry {
  readonly node: TSESTree.Node;
  readonly fn: FunctionFacts | null;
  /** The class whose `this` code at `node` sees, if any. */
  readonly thisClass: ClassNode | null;
  /** The classes `node` lies inside (for `#name` collection), innermost first. */
  readonly classes: readonly ClassFacts[];
}

function buildFileModel(sourceCode: SourceCode): FileModel {
  const model: FileModel = {
    visits: 0,
    functions: new Map(),
    classes: new Map(),
    memberWrites: new Map(),
    memberReads: new Map(),
    memberArguments: new Map(),
    callsByName: new Map(),
    templateTokens: [],
    usedNames: new Set(),
    nodesByType: new Map(),
  };
  const { visitorKeys } = sourceCode;
  const stack: WalkEntry[] = [{ node: sourceCode.ast, fn: null, thisClass: null, classes: [] }];
  while (stack.length > 0) {
    const { node, fn, thisClass, classes } = stack.pop()!;
    model.visits += 1;
    push(model.nodesByType, node.type, node);
    let childFn = fn;
    let childThisClass = thisClass;
    let childClasses = classes;
    switch (node.type) {
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression: {
        const facts = indexClass(node);
        model.classes.set(node, facts);
        childClasses = [facts, ...classes];
        break;
      }
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
      case AST_NODE_TYPES.StaticBlock:
        // Field initializers and static blocks see the class as `this`.
        if (node.parent.type === AST_NODE_TYPES.ClassBody) childThisClass = node.parent.parent;
        break;
      case AST_NODE_TYPES.PrivateIdentifier:
        for (const facts of classes) facts.privateNames.add(`#${node.name}`);
        break;
      case AST_NODE_TYPES.IfStatement:
        if (fn && isExitStatement(node.consequent)) fn.guards.push(node);
        break;
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ThrowStatement:
        fn?.exits.push(node);
        break;
      case AST_NODE_TYPES.CallExpression: {
        fn?.calls.push(node);
        const name = getCallName(node);
        if (name !== null) push(model.callsByName, name, node);
        const callee = skipTypeWrappers(node.callee);
        if (
          name !== null &&
          thisClass &&
          callee.type === AST_NODE_TYPES.MemberExpression &&
          skipTypeWrappers(callee.object).type === AST_NODE_TYPES.ThisExpression
        ) {
          const facts = model.classes.get(thisClass);
          if (facts) push(facts.thisCalls, name, node);
        }
        for (const argument of node.arguments) {
          const value = skipTypeWrappers(argument);
          const memberName = value.type === AST_NODE_TYPES.MemberExpression ? getMemberName(value) : null;
          if (memberName !== null) push(model.memberArguments, memberName, node);
        }
        break;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = getMemberName(node);
        if (name === null) break;
        const object = skipTypeWrappers(node.object);
        const access: MemberAccess = {
          node,
          object:
            object.type === AST_NODE_TYPES.ThisExpression ? 'this' : object.type === AST_NODE_TYPES.Identifier ? 'identifier' : 'other',
        };
        push(isWriteTarget(node) ? model.memberWrites : model.memberReads, name, access);
        break;
      }
      default:
        if (isFunctionNode(node)) {
          childFn = { node, suspensions: [], exits: [], guards: [], calls: [] };
          model.functions.set(node, childFn);
          childThisClass = getMethodClass(node, thisClass);
        } else if (fn && isSuspensionPoint(node)) {
          fn.suspensions.push(node);
        }
    }
    const keys = visitorKeys[node.type] ?? [];
    for (let keyIndex = keys.length - 1; keyIndex >= 0; keyIndex -= 1) {
      const value = (node as unknown as Record<string, unknown>)[keys[keyIndex]!];
      if (Array.isArray(value)) {
        for (let index = value.length - 1; index >= 0; index -= 1) {
          const item: unknown = value[index];
          if (isNode(item)) stack.push({ node: item, fn: childFn, thisClass: childThisClass, classes: childClasses });
        }
      } else if (isNode(value)) {
        stack.push({ node: value, fn: childFn, thisClass: childThisClass, classes: childClasses });
      }
    }
  }
  for (const token of sourceCode.ast.tokens) {
    if (token.type === AST_TOKEN_TYPES.Template) model.templateTokens.push(token);
  }
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const name of scope.set.keys()) model.usedNames.add(name);
    for (const reference of scope.through) model.usedNames.add(reference.identifier.name);
  }
  return model;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

const NO_ACCESSES: readonly MemberAccess[] = [];
const NO_CALLS: readonly TSESTree.CallExpression[] = [];
const NO_NODES: readonly TSESTree.Node[] = [];

/**
 * Every node of type `type` in the file, in source order (nested functions included): for facts gathered from
 * the whole file (the names given Map-like values, say) without a walk of their own.
 */
export function getNodesOfType<T extends AST_NODE_TYPES>(type: T, sourceCode: SourceCode): readonly Extract<TSESTree.Node, { type: T }>[] {
  return (getFileModel(sourceCode).nodesByType.get(type) ?? NO_NODES) as readonly Extract<TSESTree.Node, { type: T }>[];
}

/** Every write of a member called `name` in the file (`x.name = …`, `this.name++`, `delete o.name`), in source order. */
export function getMemberWrites(name: string, sourceCode: SourceCode): readonly MemberAccess[] {
  return getFileModel(sourceCode).memberWrites.get(name) ?? NO_ACCESSES;
}

/** Every read of a member called `name` in the file, in source order. */
export function getMemberReads(name: string, sourceCode: SourceCode): readonly MemberAccess[] {
  return getFileModel(sourceCode).memberReads.get(name) ?? NO_ACCESSES;
}

/** The calls that hand a member called `name` to a function (`emitter.on('x', this.name)`). */
export function getCallsPassingMember(name: string, sourceCode: SourceCode): readonly TSESTree.CallExpression[] {
  return getFileModel(sourceCode).memberArguments.get(name) ?? NO_CALLS;
}

/** Every call made by `name` in the file (`name()`, `x.name()`, `this.#name()`; see `getCallName`). */
export function getCallsByName(name: string, sourceCode: SourceCode): readonly TSESTree.CallExpression[] {
  return getFileModel(sourceCode).callsByName.get(name) ?? NO_CALLS;
}

/** The suspension points, exits, exit guards and calls of `fn`'s own body. */
export function getFunctionFacts(fn: FunctionNode, sourceCode: SourceCode): FunctionFacts {
  return getFileModel(sourceCode).functions.get(fn)!;
}

/** The member index of `classNode`: members by name, getters, private names, decorators, `this.m()` calls. */
export function getClassFacts(classNode: ClassNode, sourceCode: SourceCode): ClassFacts {
  return getFileModel(sourceCode).classes.get(classNode)!;
}

/**
 * True when `name` is declared in some scope of the file or used there as a global: a new binding of that name
 * could shadow or be shadowed somewhere.
 */
export function isNameUsedInFile(name: string, sourceCode: SourceCode): boolean {
  return getFileModel(sourceCode).usedNames.has(name);
}

/** The template tokens that overlap `range`, found by binary search (tokens are sorted and do not overlap). */
export function getTemplateTokensOverlapping(range: readonly [number, number], sourceCode: SourceCode): TSESTree.Token[] {
  const tokens = getFileModel(sourceCode).templateTokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle]!.range[1] > range[0]) high = middle;
    else low = middle + 1;
  }
  const overlapping: TSESTree.Token[] = [];
  for (let index = low; index < tokens.length && tokens[index]!.range[0] < range[1]; index += 1) overlapping.push(tokens[index]!);
  return overlapping;
}
