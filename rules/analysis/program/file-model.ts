import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  getCallName,
  findFirstEndingAfter,
  getDeepestNodeAt,
  isAsciiIdentifierPart,
  isExitStatement,
  isFunctionNode,
  isSuspensionPoint,
  skipTypeWrappers,
  type FunctionNode,
  type SuspensionNode,
} from './ast.js';
import { getThisClass, type ClassNode } from './class-members.js';
import { getMemberName } from './state-target.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type VisitorKeys = TSESLint.SourceCode.VisitorKeys;

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

/** A class's members, by the name `this` reaches them by (`#x` for private names): read from its body alone. */
export interface ClassMembers {
  readonly node: ClassNode;
  /** Methods, fields, accessors and getters by name (one name can have a getter and a setter). */
  readonly members: Map<string, TSESTree.ClassElement[]>;
  readonly getters: Set<string>;
}

/** A class's members, and what one walk of the whole class finds. */
export interface ClassFacts extends ClassMembers {
  /** Every `#name` written inside the class (nested classes included): names a new private member must avoid. */
  readonly privateNames: Set<string>;
  readonly decorators: TSESTree.Decorator[];
  /** Calls of its own methods through `this` (`this.connect()`, `this.#close()`) by method name. */
  readonly thisCalls: Map<string, TSESTree.CallExpression[]>;
}

/** A member access: `x.name`, `this.name`, `this.#name`, `x['name']`. */
export interface MemberAccess {
  readonly node: TSESTree.MemberExpression;
  /** What the member is taken from: `this`, a plain name (perhaps an alias of `this`), or anything else. */
  readonly object: 'this' | 'identifier' | 'other';
}

/** The facts gathered by one walk of the whole file, for questions about the whole file. Lists are in source order. */
export interface FileIndex {
  /** Writes (assignment targets, `++`/`--`, `delete`) of members, by member name, whatever the object. */
  readonly memberWrites: Map<string, MemberAccess[]>;
  /** Every other access of a member, by member name. */
  readonly memberReads: Map<string, MemberAccess[]>;
  /** Calls that hand a member to a function as an argument (`register(this.onMessage)`), by member name. */
  readonly memberArguments: Map<string, TSESTree.CallExpression[]>;
  /** Calls by the name they are made by (see `getCallName`). */
  readonly callsByName: Map<string, TSESTree.CallExpression[]>;
  /** The nodes of the types a whole-file question needs (see `INDEXED_TYPES`), by type. */
  readonly nodesByType: Map<string, TSESTree.Node[]>;
}

/**
 * The facts rules ask about one file, shared by every rule and every report (like ESLint's scope manager). Each
 * part is gathered the first time it is asked for and kept: one walk of the whole file for the file index, one
 * walk of a function or class for its facts. A rule that never asks costs nothing.
 */
export interface FileModel {
  /** AST nodes the model has visited: the size of its work, which a test pins to grow linearly with the file. */
  visits: number;
  readonly functions: Map<FunctionNode, FunctionFacts>;
  readonly classMembers: Map<ClassNode, ClassMembers>;
  readonly classes: Map<ClassNode, ClassFacts>;
  /** Per class: what its body stores into members, per member name (see `getMemberStores`). */
  readonly memberStores: Map<ClassNode, ClassStores>;
  index: FileIndex | null;
  /** Per member name: its reads and writes, found from the places the text spells it (see `getMemberAccesses`). */
  readonly memberAccesses: Map<string, MemberAccesses>;
  /** The tokens that can spell a member's name with an escape (see `findEscapedNameTokens`; `null` until asked). */
  escapedNameTokens: readonly EscapedNameToken[] | null;
  /** Names declared in any scope of the file, and names used without a declaration (globals). */
  usedNames: Set<string> | null;
  /** Whether some function of the file is async or a generator (`null` until asked). */
  hasSuspendableFunction: boolean | null;
}

const models = new WeakMap<SourceCode, FileModel>();

/** The model of `sourceCode`'s file, created on first use. Keyed by the file's `sourceCode`, so it dies with the file. */
export function getFileModel(sourceCode: SourceCode): FileModel {
  let model = models.get(sourceCode);
  if (!model) {
    model = {
      visits: 0,
      functions: new Map(),
      classMembers: new Map(),
      classes: new Map(),
      memberStores: new Map(),
      index: null,
      memberAccesses: new Map(),
      escapedNameTokens: null,
      usedNames: null,
      hasSuspendableFunction: null,
    };
    models.set(sourceCode, model);
  }
  return model;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Calls `visit` on `root` and its descendants in source order (children after their parent), counting each in
 * `model.visits`. `visit` returns `false` to skip a node's children. Recursive, so that no walk allocates per node.
 */
function visitTree(model: FileModel, root: TSESTree.Node, visitorKeys: VisitorKeys, visit: (node: TSESTree.Node) => boolean | void): void {
  model.visits += 1;
  if (visit(root) === false) return;
  const keys = visitorKeys[root.type];
  if (!keys) return;
  for (const key of keys) {
    const value = (root as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visitTree(model, item, visitorKeys, visit);
    } else if (isNode(value)) {
      visitTree(model, value, visitorKeys, visit);
    }
  }
}

function isWriteTarget(node: TSESTree.Node): boolean {
  const { parent } = node;
  return (
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) ||
    parent?.type === AST_NODE_TYPES.UpdateExpression ||
    (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'delete')
  );
}

/** The node types kept in `FileIndex.nodesByType`: those that can name a Map-like value, a variable or a member. */
const INDEXED_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.AccessorProperty,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.PropertyDefinition,
  AST_NODE_TYPES.TSParameterProperty,
  AST_NODE_TYPES.TSPropertySignature,
  AST_NODE_TYPES.VariableDeclarator,
]);

function getFileIndex(sourceCode: SourceCode): FileIndex {
  const model = getFileModel(sourceCode);
  if (model.index) return model.index;
  const index: FileIndex = {
    memberWrites: new Map(),
    memberReads: new Map(),
    memberArguments: new Map(),
    callsByName: new Map(),
    nodesByType: new Map(),
  };
  visitTree(model, sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (INDEXED_TYPES.has(node.type)) push(index.nodesByType, node.type, node);
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = getMemberName(node);
      if (name === null) return;
      push(isWriteTarget(node) ? index.memberWrites : index.memberReads, name, getMemberAccess(node));
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      const name = getCallName(node);
      if (name !== null) push(index.callsByName, name, node);
      for (const argument of node.arguments) {
        const value = skipTypeWrappers(argument);
        const memberName = value.type === AST_NODE_TYPES.MemberExpression ? getMemberName(value) : null;
        if (memberName !== null) push(index.memberArguments, memberName, node);
      }
    }
  });
  model.index = index;
  return index;
}

const NO_ACCESSES: readonly MemberAccess[] = [];
const NO_CALLS: readonly TSESTree.CallExpression[] = [];
const NO_NODES: readonly TSESTree.Node[] = [];

/** Every write of a member called `name` in the file (`x.name = …`, `this.name++`, `delete o.name`), in source order. */
export function getMemberWrites(name: string, sourceCode: SourceCode): readonly MemberAccess[] {
  return getMemberAccesses(name, sourceCode).writes;
}

/** Every read of a member called `name` in the file, in source order. */
export function getMemberReads(name: string, sourceCode: SourceCode): readonly MemberAccess[] {
  return getMemberAccesses(name, sourceCode).reads;
}

/** The accesses of the members called one name, split as the file index splits them. */
interface MemberAccesses {
  readonly reads: readonly MemberAccess[];
  readonly writes: readonly MemberAccess[];
}

/** `node` as the file index lists it, with what its member is taken from. */
function getMemberAccess(node: TSESTree.MemberExpression): MemberAccess {
  const object = skipTypeWrappers(node.object).type;
  return { node, object: object === AST_NODE_TYPES.ThisExpression ? 'this' : object === AST_NODE_TYPES.Identifier ? 'identifier' : 'other' };
}

/**
 * How many names a file's member accesses are looked up for from the text, each with a search of the whole text,
 * before the file index is built instead: a walk of the file, after which every name costs a lookup. Either way the
 * work stays linear in the file's size, however many names are asked.
 */
const MAX_NAMES_FROM_TEXT = 8;

/**
 * The reads and writes of the members called `name`. From the file index when some question built it; else found
 * from the places the text spells the name (`findMemberAccesses`), and kept per name. The few files that ask (a
 * race's method is looked up by its callers, a suggestion checks a field's other writes) ask for a name or two: the
 * whole-file walk behind the index cost them more than the rest of the rules' work on the file together.
 */
function getMemberAccesses(name: string, sourceCode: SourceCode): MemberAccesses {
  const model = getFileModel(sourceCode);
  let accesses = model.memberAccesses.get(name);
  if (!accesses) {
    // An empty name is spelled everywhere, and a line end in a template's name may be spelled `\r\n`: the index knows.
    const isIndexed =
      model.index !== null || model.memberAccesses.size >= MAX_NAMES_FROM_TEXT || name === '' || /[\r\n]/u.test(name);
    const index = isIndexed ? getFileIndex(sourceCode) : null;
    accesses = index
      ? { reads: index.memberReads.get(name) ?? NO_ACCESSES, writes: index.memberWrites.get(name) ?? NO_ACCESSES }
      : findMemberAccesses(name, sourceCode);
    model.memberAccesses.set(name, accesses);
  }
  return accesses;
}

/** The token types whose text, with an escape, can make a member's name: `x.n\u0061me`, `x.#n\u0061me`, `x['n\x61me']`. */
const NAME_TOKEN_TYPES: ReadonlySet<string> = new Set([
  AST_TOKEN_TYPES.Identifier,
  AST_TOKEN_TYPES.PrivateIdentifier,
  AST_TOKEN_TYPES.String,
  AST_TOKEN_TYPES.Template,
]);

/** A token that can spell a member's name with an escape (see `findEscapedNameTokens`). */
interface EscapedNameToken {
  /** Its position in the file's token list. */
  readonly index: number;
  /** Where its first `\` is: inside the node the token makes, whatever the parser counts as the node's delimiters. */
  readonly place: number;
}

/**
 * The tokens that can spell a member's name with an escape (`NAME_TOKEN_TYPES` holding a `\`), in source order. Found
 * once per file from where the text has a `\` (most files have few, in strings and regular expressions).
 */
function findEscapedNameTokens(sourceCode: SourceCode): readonly EscapedNameToken[] {
  const model = getFileModel(sourceCode);
  if (model.escapedNameTokens) return model.escapedNameTokens;
  const found: EscapedNameToken[] = [];
  const { text } = sourceCode;
  const { tokens } = sourceCode.ast;
  for (let place = text.indexOf('\\'); place !== -1; place = text.indexOf('\\', place + 1)) {
    const index = findTokenHolding(tokens, place);
    if (index === -1 || index === found.at(-1)?.index || !NAME_TOKEN_TYPES.has(tokens[index]!.type)) continue;
    found.push({ index, place });
  }
  model.escapedNameTokens = found;
  return found;
}

/** The position in `tokens` (in source order, without overlaps) of the token whose range holds `place`, else -1. */
function findTokenHolding(tokens: readonly TSESTree.Token[], place: number): number {
  const index = findFirstEndingAfter(tokens, place);
  return index < tokens.length && tokens[index]!.range[0] <= place ? index : -1;
}

/**
 * Every access of a member called `name` (not empty, without a line end), in source order, found without a walk: a
 * member's name is its property, spelled `x.name`, `x.#name`, `x['name']` or `` x[`name`] `` (the name bounded by no
 * letter, digit, `_` or `$`, which would make a longer name), or with an escape inside a name or string token. Each
 * such place is followed down to its node (`getDeepestNodeAt`: a descent, not a walk), and kept when it is the
 * property of a member called `name`. Words in comments, strings that are no member's key and longer names that
 * contain the name are found too, and dropped there.
 */
function findMemberAccesses(name: string, sourceCode: SourceCode): MemberAccesses {
  const { text, ast, visitorKeys } = sourceCode;
  const members = new Set<TSESTree.MemberExpression>();
  const visitAt = (index: number): void => {
    let node: TSESTree.Node | undefined = getDeepestNodeAt(ast, index, visitorKeys);
    // `` x[`name`] ``: the place is in the template's one quasi.
    if (node.type === AST_NODE_TYPES.TemplateElement) node = node.parent;
    const member = node?.parent;
    if (member?.type === AST_NODE_TYPES.MemberExpression && member.property === node && getMemberName(member) === name) members.add(member);
  };
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + 1)) {
    if (!isAsciiIdentifierPart(text.charCodeAt(index - 1)) && !isAsciiIdentifierPart(text.charCodeAt(index + name.length))) visitAt(index);
  }
  for (const { place } of findEscapedNameTokens(sourceCode)) visitAt(place);
  // Source order, as the index lists them: an outer member first where two start together (`this.x.x`).
  const sorted = [...members].sort((left, right) => left.range[0] - right.range[0] || right.range[1] - left.range[1]);
  const reads: MemberAccess[] = [];
  const writes: MemberAccess[] = [];
  for (const member of sorted) (isWriteTarget(member) ? writes : reads).push(getMemberAccess(member));
  return { reads, writes };
}

/** The calls that hand a member called `name` to a function (`emitter.on('x', this.name)`). */
export function getCallsPassingMember(name: string, sourceCode: SourceCode): readonly TSESTree.CallExpression[] {
  return getFileIndex(sourceCode).memberArguments.get(name) ?? NO_CALLS;
}

/** Every call made by `name` in the file (`name()`, `x.name()`, `this.#name()`; see `getCallName`). */
export function getCallsByName(name: string, sourceCode: SourceCode): readonly TSESTree.CallExpression[] {
  return getFileIndex(sourceCode).callsByName.get(name) ?? NO_CALLS;
}

type IndexedType =
  | AST_NODE_TYPES.AccessorProperty
  | AST_NODE_TYPES.AssignmentExpression
  | AST_NODE_TYPES.Property
  | AST_NODE_TYPES.PropertyDefinition
  | AST_NODE_TYPES.TSParameterProperty
  | AST_NODE_TYPES.TSPropertySignature
  | AST_NODE_TYPES.VariableDeclarator;

/**
 * Every node of type `type` in the file, in source order (nested functions included): for facts gathered from the
 * whole file (the names given Map-like values, say) without a walk of their own.
 */
export function getNodesOfType<T extends IndexedType>(type: T, sourceCode: SourceCode): readonly Extract<TSESTree.Node, { type: T }>[] {
  return (getFileIndex(sourceCode).nodesByType.get(type) ?? NO_NODES) as readonly Extract<TSESTree.Node, { type: T }>[];
}

/** The suspension points, exits, exit guards and calls of `fn`'s own body (one walk of `fn`, kept). */
export function getFunctionFacts(fn: FunctionNode, sourceCode: SourceCode): FunctionFacts {
  const model = getFileModel(sourceCode);
  let facts = model.functions.get(fn);
  if (facts) return facts;
  const found: FunctionFacts = { node: fn, suspensions: [], exits: [], guards: [], calls: [] };
  visitTree(model, fn, sourceCode.visitorKeys, (node) => {
    if (node !== fn && isFunctionNode(node)) return false;
    if (isSuspensionPoint(node)) found.suspensions.push(node);
    else if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement) found.exits.push(node);
    else if (node.type === AST_NODE_TYPES.IfStatement && isExitStatement(node.consequent)) found.guards.push(node);
    else if (node.type === AST_NODE_TYPES.CallExpression) found.calls.push(node);
    return true;
  });
  facts = found;
  model.functions.set(fn, facts);
  return facts;
}

/** The name `this` reaches a class element by: `x`, `#x` for a private name, `'x'` keys; `null` for computed keys. */
export function getClassElementName(element: TSESTree.ClassElement): string | null {
  if (!('key' in element) || element.computed) return null;
  const { key } = element;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : null;
}

/**
 * The members of `classNode` by name, and its getters: one pass over its body's elements, kept. Cheaper than
 * `getClassFacts` (no walk of the class), for the questions asked of every `this.x` a guard reads.
 */
export function getClassMembers(classNode: ClassNode, sourceCode: SourceCode): ClassMembers {
  const model = getFileModel(sourceCode);
  let found = model.classMembers.get(classNode);
  if (found) return found;
  found = { node: classNode, members: new Map(), getters: new Set() };
  for (const element of classNode.body.body) {
    const name = getClassElementName(element);
    if (name === null) continue;
    push(found.members, name, element);
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'get') found.getters.add(name);
  }
  model.classMembers.set(classNode, found);
  return found;
}

/** The member index of `classNode`: members by name, getters, private names, decorators, `this.m()` calls (one walk of the class, kept). */
export function getClassFacts(classNode: ClassNode, sourceCode: SourceCode): ClassFacts {
  const model = getFileModel(sourceCode);
  let facts = model.classes.get(classNode);
  if (facts) return facts;
  const found: ClassFacts = {
    ...getClassMembers(classNode, sourceCode),
    privateNames: new Set(),
    // espree's AST has no `decorators`.
    decorators: [...((classNode.decorators as TSESTree.Decorator[] | undefined) ?? [])],
    thisCalls: new Map(),
  };
  for (const element of classNode.body.body) {
    if ('decorators' in element && Array.isArray(element.decorators)) found.decorators.push(...element.decorators);
  }
  visitTree(model, classNode, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.PrivateIdentifier) found.privateNames.add(`#${node.name}`);
    if (node.type !== AST_NODE_TYPES.CallExpression) return;
    const callee = skipTypeWrappers(node.callee);
    const name = getCallName(node);
    if (
      name !== null &&
      callee.type === AST_NODE_TYPES.MemberExpression &&
      skipTypeWrappers(callee.object).type === AST_NODE_TYPES.ThisExpression &&
      getThisClass(node)?.classNode === classNode
    ) {
      push(found.thisCalls, name, node);
    }
  });
  facts = found;
  model.classes.set(classNode, facts);
  return facts;
}

/** What a class body stores into the members called one name (see `getMemberStores`), in source order. */
export interface MemberStores {
  /** Assignments whose target, through type wrappers, is a member of that name, whatever its object (`this.x = …`, `o.x ??= …`). */
  readonly assignments: readonly TSESTree.AssignmentExpression[];
  /** Field declarations with an initializer whose key spells that name (`x = 1`, `#x = 1`, `'x' = 1`). */
  readonly fields: readonly TSESTree.PropertyDefinition[];
}

const TYPE_WRAPPERS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/** What can follow a member name that is stored into: an assignment operator, `]`, `)`, `!`, `as`, `satisfies`, a field's `:` or `?`. */
const STORE_FOLLOWERS: ReadonlySet<string> = new Set([']', ')', '!', 'as', 'satisfies', ':', '?', '>']);

/**
 * True when `next`, the token after a member's name, may belong to a store into it (`this.x = …`, `this['x'] ??= …`,
 * `(this.x as T) = …`, `this.x! = …`, `x: T = …`): a superset, to skip the reads (`this.x.y`, `this.x(…)`) unvisited.
 * Any token ending in `=` passes (every assignment operator, however the parser splits `>>=`).
 */
function mayPrecedeStore(next: TSESTree.Token | undefined): boolean {
  return next !== undefined && (next.value.endsWith('=') || STORE_FOLLOWERS.has(next.value));
}

/**
 * What `classNode`'s body (nested functions and classes included) stores into members called `name`. Found from the
 * tokens in the body that spell `name`, and those with a `\` (an escape: spelled otherwise than the name it makes),
 * each followed down to its node and checked there: no walk of the class.
 */
export function getMemberStores(classNode: ClassNode, name: string, sourceCode: SourceCode): MemberStores {
  const model = getFileModel(sourceCode);
  let classStores = model.memberStores.get(classNode);
  if (!classStores) {
    classStores = { byName: new Map(), tokensByName: null };
    model.memberStores.set(classNode, classStores);
  }
  let stores = classStores.byName.get(name);
  if (!stores) {
    // Past a few names, one pass over the body's tokens for every name costs less than a search of its text per name.
    // An empty name is spelled everywhere, and a line end in a template's name may be spelled `\r\n`: the pass knows.
    if (classStores.byName.size >= MAX_NAMES_FROM_TEXT || name === '' || /[\r\n]/u.test(name)) {
      classStores.tokensByName ??= indexStoreTokens(classNode.body, sourceCode);
    }
    const tokens = classStores.tokensByName
      ? mergeInOrder(classStores.tokensByName.get(name) ?? [], getEscapedTokensIn(classNode.body, sourceCode))
      : findStoreTokens(classNode.body, name, sourceCode);
    stores = findMemberStores(classNode.body, name, tokens, sourceCode);
    classStores.byName.set(name, stores);
  }
  return stores;
}

/** What `getMemberStores` found in a class per member name, and (once many names were asked) its store tokens by name. */
interface ClassStores {
  readonly byName: Map<string, MemberStores>;
  /** The body's tokens that may precede a store, without escapes, by the names they spell (see `indexStoreTokens`). */
  tokensByName: Map<string, number[]> | null;
}

/** The names a token may spell as a member or a field's key (a superset: the node found from the token is checked again). */
function getSpelledNames(token: TSESTree.Token): readonly string[] {
  // `#x`, spelled `x` or `#x` by the parser.
  if (token.type === AST_TOKEN_TYPES.PrivateIdentifier) return token.value.startsWith('#') ? [token.value] : [`#${token.value}`];
  // `'x'` or `` `x` `` in `o['x']`, a template's value cooked with its line ends made `\n`.
  if (token.type === AST_TOKEN_TYPES.String || token.type === AST_TOKEN_TYPES.Template) return [token.value.slice(1, -1).replaceAll(/\r\n?/gu, '\n')];
  // `x` in `o.x`, whatever the token's type (`o.default`).
  return [token.value];
}

/**
 * The tokens of a class body that may spell `name` where a store into a member of that name can be (see
 * `mayPrecedeStore`), as positions in the file's tokens, in source order: from where the body's text spells the name
 * (then the token there must spell it: a longer name, a comment or another string is no such place), and every token
 * with an escape, which may spell any name. A class is asked for a name or two: a search of its text for each costs
 * less than a pass over all the body's tokens. `name` is not empty and has no line end (see `getMemberStores`).
 */
function findStoreTokens(body: TSESTree.ClassBody, name: string, sourceCode: SourceCode): number[] {
  const { text } = sourceCode;
  const { tokens } = sourceCode.ast;
  const found: number[] = [];
  for (let place = text.indexOf(name, body.range[0]); place !== -1 && place < body.range[1]; place = text.indexOf(name, place + 1)) {
    // The token that spells the name ends where the name does, or (a string's) just before its closing quote.
    if (isAsciiIdentifierPart(text.charCodeAt(place + name.length))) continue;
    const index = findTokenHolding(tokens, place);
    if (index !== -1 && index !== found.at(-1) && isStoreSpelling(tokens, index, name)) found.push(index);
  }
  return mergeInOrder(found, getEscapedTokensIn(body, sourceCode));
}

/** True when the token at `index`, without an escape, spells `name` and may precede a store into it. */
function isStoreSpelling(tokens: readonly TSESTree.Token[], index: number, name: string): boolean {
  const token = tokens[index]!;
  return !token.value.includes('\\') && getSpelledNames(token).includes(name) && mayPrecedeStore(tokens[index + 1]);
}

/** The body's tokens with an escape that may precede a store (each may spell any name), in source order. */
function getEscapedTokensIn(body: TSESTree.ClassBody, sourceCode: SourceCode): number[] {
  const { tokens } = sourceCode.ast;
  return findEscapedNameTokens(sourceCode)
    .filter(({ index }) => tokens[index]!.range[0] >= body.range[0] && tokens[index]!.range[1] <= body.range[1] && mayPrecedeStore(tokens[index + 1]))
    .map(({ index }) => index);
}

/**
 * The tokens of a class body that may precede a store, without escapes, by each name they may spell: one pass over the
 * body's tokens, for a class asked for many names.
 */
function indexStoreTokens(body: TSESTree.ClassBody, sourceCode: SourceCode): Map<string, number[]> {
  const { tokens } = sourceCode.ast;
  const tokensByName = new Map<string, number[]>();
  for (let index = findTokenHolding(tokens, body.range[0]); index !== -1 && index < tokens.length && tokens[index]!.range[0] < body.range[1]; index += 1) {
    const token = tokens[index]!;
    if (token.value.includes('\\') || !mayPrecedeStore(tokens[index + 1])) continue;
    for (const name of getSpelledNames(token)) push(tokensByName, name, index);
  }
  return tokensByName;
}

/** Two ascending lists of positions as one, in order, without repeats. */
function mergeInOrder(left: readonly number[], right: readonly number[]): number[] {
  return [...new Set([...left, ...right])].sort((first, second) => first - second);
}

/** True when `field`'s key is not computed and names `name` (`x`, `#x`, `'x'`). */
function isKeySpelling(field: TSESTree.PropertyDefinition, name: string): boolean {
  return !field.computed && getClassElementName(field) === name;
}

/** What `getMemberStores` finds for `name`, from the class's store tokens that may spell it (`storeTokens`, in order). */
function findMemberStores(body: TSESTree.ClassBody, name: string, storeTokens: readonly number[], sourceCode: SourceCode): MemberStores {
  const assignments: TSESTree.AssignmentExpression[] = [];
  const fields: TSESTree.PropertyDefinition[] = [];
  const { tokens } = sourceCode.ast;
  for (const index of storeTokens) {
    const token = tokens[index]!;
    let node = getDeepestNodeAt(body, token.range[0], sourceCode.visitorKeys);
    if (node.type === AST_NODE_TYPES.TemplateElement) node = node.parent;
    const { parent } = node;
    if (parent?.type === AST_NODE_TYPES.PropertyDefinition && parent.key === node) {
      if (parent.value && isKeySpelling(parent, name)) fields.push(parent);
      continue;
    }
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.property !== node || getMemberName(parent) !== name) continue;
    let target: TSESTree.Node = parent;
    while (target.parent && TYPE_WRAPPERS.has(target.parent.type) && (target.parent as { expression?: unknown }).expression === target) {
      target = target.parent;
    }
    if (target.parent?.type === AST_NODE_TYPES.AssignmentExpression && target.parent.left === target) assignments.push(target.parent);
  }
  return { assignments, fields };
}

/**
 * True when `name` is declared in some scope of the file or used there as a global: a new binding of that name
 * could shadow or be shadowed somewhere.
 */
export function isNameUsedInFile(name: string, sourceCode: SourceCode): boolean {
  const model = getFileModel(sourceCode);
  if (!model.usedNames) {
    const names = new Set<string>();
    for (const scope of sourceCode.scopeManager?.scopes ?? []) {
      for (const declared of scope.set.keys()) names.add(declared);
      for (const reference of scope.through) names.add(reference.identifier.name);
    }
    model.usedNames = names;
  }
  return model.usedNames.has(name);
}

/**
 * True when some function of the file is async or a generator: the only code that can suspend between two of its
 * steps (see `isInSuspendableFunction`). Read from the function scopes of the scope manager ESLint built, one per
 * function, rather than from the AST: about half the files of a corpus have none, and a rule whose every report sits
 * in such a function then registers no listener there (ESLint calls and times each listener on every node of its type).
 */
export function hasSuspendableFunction(sourceCode: SourceCode): boolean {
  const model = getFileModel(sourceCode);
  if (model.hasSuspendableFunction === null) {
    const { scopeManager } = sourceCode;
    // Without a scope manager (no parser gives none to ESLint's rules today), nothing is known: say yes.
    model.hasSuspendableFunction =
      !scopeManager ||
      scopeManager.scopes.some(({ block }) => isFunctionNode(block) && (block.async || block.generator));
  }
  return model.hasSuspendableFunction;
}

/**
 * The template tokens that overlap `range`: found by binary search in the file's token list (sorted, without
 * overlaps), then read over `range` only, never a filter of the whole list.
 */
export function getTemplateTokensOverlapping(range: readonly [number, number], sourceCode: SourceCode): TSESTree.Token[] {
  const { tokens } = sourceCode.ast;
  const overlapping: TSESTree.Token[] = [];
  for (let index = findFirstEndingAfter(tokens, range[0]); index < tokens.length && tokens[index]!.range[0] < range[1]; index += 1) {
    if (tokens[index]!.type === AST_TOKEN_TYPES.Template) overlapping.push(tokens[index]!);
  }
  return overlapping;
}
