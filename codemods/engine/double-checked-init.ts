import type { SourceCode } from 'eslint';
import jscodeshift, { type ASTPath, type Collection, type JSCodeshift } from 'jscodeshift';
import { DEFAULT_LOCK_CLASSES } from '../../rules/analysis/program/settings.js';
import type { FileLanguage } from './language.js';

// Babel's AST, as jscodeshift's `ts`, `tsx` and `babylon` parsers build it. Typed loosely on purpose: the shapes
// below are matched field by field, and anything unexpected makes the collapse leave the class alone.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

/** The initializer's parts, found in its method body. */
interface Initializer {
  readonly flag: string;
  /** The lock whose critical section re-checks the flag, when there is one. */
  readonly initLock: string | null;
  /** The locks it creates, by field, with the creating expression. */
  readonly locks: Map<string, Node>;
}

/** Where a field starts out: its class property, or a `this.x = <literal>` statement of the constructor. */
interface FieldDeclaration {
  readonly path: ASTPath<Node>;
  readonly kind: 'property' | 'constructor';
}

/** `x` for `this.x`, `#x` for `this.#x`; null for anything else. */
function getThisMemberName(node: Node): string | null {
  if ((node?.type !== 'MemberExpression' && node?.type !== 'OptionalMemberExpression') || node.object.type !== 'ThisExpression') return null;
  if (node.computed) return null;
  if (node.property.type === 'Identifier') return node.property.name as string;
  if (node.property.type === 'PrivateName') return `#${node.property.id.name as string}`;
  return null;
}

function getMemberKeyName(member: Node): string | null {
  if (member.computed || member.static) return null;
  if (member.type === 'ClassPrivateProperty' || member.type === 'ClassPrivateMethod') return `#${member.key.id.name as string}`;
  return member.key?.type === 'Identifier' ? (member.key.name as string) : null;
}

function isLiteral(node: Node): boolean {
  return ['NumericLiteral', 'StringLiteral', 'BooleanLiteral', 'NullLiteral'].includes(node?.type as string);
}

function isUnset(node: Node): boolean {
  return node === null || node === undefined || node.type === 'NullLiteral' || (node.type === 'Identifier' && node.name === 'undefined');
}

/** `new Mutex()` with literal arguments only: it means the same in a field initializer as in the method. */
function isLockCreation(node: Node, lockClasses: ReadonlySet<string>): boolean {
  return node?.type === 'NewExpression' && node.callee.type === 'Identifier' && lockClasses.has(node.callee.name as string) && (node.arguments as Node[]).every(isLiteral);
}

function unwrapSingleStatement(node: Node): Node {
  return node?.type === 'BlockStatement' && node.body.length === 1 ? node.body[0] : node;
}

/** `if (this.flag) return;` (or `=== true`): the fast path and the re-check. */
function getExitFlag(statement: Node): string | null {
  if (statement.type !== 'IfStatement' || statement.alternate) return null;
  const exit = unwrapSingleStatement(statement.consequent);
  if (exit?.type !== 'ReturnStatement' || exit.argument) return null;
  const { test } = statement;
  if (test.type === 'BinaryExpression' && test.operator === '===' && test.right.type === 'BooleanLiteral' && test.right.value) {
    return getThisMemberName(test.left);
  }
  return getThisMemberName(test);
}

/** `this.flag = true;` */
function getMarkedFlag(statement: Node): string | null {
  const expression = statement.type === 'ExpressionStatement' ? statement.expression : null;
  if (expression?.type !== 'AssignmentExpression' || expression.operator !== '=') return null;
  if (expression.right.type !== 'BooleanLiteral' || !expression.right.value) return null;
  return getThisMemberName(expression.left);
}

/** True when `test` holds while `name` is unset: `!this.x`, `this.x == null`, `this.x === null`, `this.x === undefined`. */
function isAbsenceCheck(test: Node, name: string): boolean {
  if (test.type === 'UnaryExpression' && test.operator === '!') return getThisMemberName(test.argument) === name;
  return test.type === 'BinaryExpression' && ['==', '==='].includes(test.operator as string) && getThisMemberName(test.left) === name && isUnset(test.right);
}

/** The lock field and creation of `this.x = new Mutex()`, `this.x ??= new Mutex()` or `if (!this.x) this.x = new Mutex();`. */
function getLockCreation(statement: Node, lockClasses: ReadonlySet<string>): { field: string; creation: Node } | null {
  if (statement.type === 'IfStatement' && !statement.alternate) {
    const inner = getLockCreation(unwrapSingleStatement(statement.consequent), lockClasses);
    return inner && isAbsenceCheck(statement.test, inner.field) ? inner : null;
  }
  const expression = statement.type === 'ExpressionStatement' ? statement.expression : null;
  if (expression?.type !== 'AssignmentExpression' || !['=', '??=', '||='].includes(expression.operator as string)) return null;
  const field = getThisMemberName(expression.left);
  return field !== null && isLockCreation(expression.right, lockClasses) ? { field, creation: expression.right } : null;
}

/** The statements of `await this.lock.runExclusive(async () => { … })`, with the lock. */
function getCriticalSection(statement: Node): { lock: string; body: Node[] } | null {
  const expression = statement.type === 'ExpressionStatement' ? statement.expression : null;
  const call = expression?.type === 'AwaitExpression' ? expression.argument : null;
  if (call?.type !== 'CallExpression' || call.arguments.length !== 1) return null;
  const { callee } = call;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'runExclusive') return null;
  const lock = getThisMemberName(callee.object);
  const [callback] = call.arguments as Node[];
  if (lock === null || (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression')) return null;
  if (callback.params.length > 0 || callback.body.type !== 'BlockStatement') return null;
  return { lock, body: callback.body.body as Node[] };
}

/**
 * The note's initializer, when `statements` (a method body) is exactly: a fast path on a flag, then lock creations,
 * optionally a critical section of one of those locks that re-checks the flag, creates locks and sets the flag.
 * Anything else in the body (logging, other work) and the method is left for a person.
 */
function getInitializer(statements: readonly Node[], lockClasses: ReadonlySet<string>): Initializer | null {
  const flag = statements[0] ? getExitFlag(statements[0]) : null;
  if (flag === null) return null;
  const locks = new Map<string, Node>();
  let initLock: string | null = null;
  let isMarked = false;
  const readStatement = (statement: Node, isInSection: boolean): boolean => {
    const creation = getLockCreation(statement, lockClasses);
    if (creation) {
      if (locks.has(creation.field) || creation.field === flag) return false;
      locks.set(creation.field, creation.creation);
      return true;
    }
    if (getMarkedFlag(statement) === flag) {
      isMarked = true;
      return true;
    }
    if (isInSection) return getExitFlag(statement) === flag;
    const section = initLock === null ? getCriticalSection(statement) : null;
    if (!section || !locks.has(section.lock)) return false;
    initLock = section.lock;
    return section.body.every((inner) => readStatement(inner, true));
  };
  if (!statements.slice(1).every((statement) => readStatement(statement, false)) || !isMarked) return null;
  if (initLock !== null) locks.delete(initLock);
  return locks.size > 0 ? { flag, initLock, locks } : null;
}

function isPrivateMethod(member: Node): boolean {
  return member.type === 'ClassPrivateMethod' || (member.type === 'ClassMethod' && member.accessibility === 'private');
}

/** The declarations of `name` in the class: its property, or the constructor's `this.name = <literal>;`. */
function getFieldDeclarations(j: JSCodeshift, body: ASTPath<Node>, name: string): FieldDeclaration[] {
  const declarations: FieldDeclaration[] = [];
  (body.get('body') as { each(callback: (member: ASTPath<Node>) => void): void }).each((member) => {
    const node = member.node;
    if ((node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') && getMemberKeyName(node) === name) {
      declarations.push({ path: member, kind: 'property' });
    }
    if (node.type === 'ClassMethod' && node.kind === 'constructor') {
      j(member)
        .find(j.ExpressionStatement)
        .filter((statement) => statement.parent?.parent?.node === node)
        .forEach((statement) => {
          const { expression } = statement.node as Node;
          if (expression.type === 'AssignmentExpression' && expression.operator === '=' && getThisMemberName(expression.left) === name && isLiteral(expression.right)) {
            declarations.push({ path: statement, kind: 'constructor' });
          }
        });
    }
  });
  return declarations;
}

/** The `this.name` expressions of the class, outside nested classes (whose `this` is another object). */
function getMemberReferences(j: JSCodeshift, body: ASTPath<Node>, name: string): ASTPath<Node>[] {
  const references: ASTPath<Node>[] = [];
  const collect = (collection: Collection<Node>): void => {
    collection.forEach((path: ASTPath<Node>) => {
      if (getThisMemberName(path.node) === name && j(path).closest(j.ClassBody).get().node === body.node) references.push(path);
    });
  };
  collect(j(body).find(j.MemberExpression));
  collect(j(body).find(j.OptionalMemberExpression as never));
  return references;
}

function isWithin(path: ASTPath<Node>, ancestor: ASTPath<Node>): boolean {
  for (let current: ASTPath<Node> | null = path; current; current = current.parent as ASTPath<Node> | null) {
    if (current.node === ancestor.node) return true;
  }
  return false;
}

/** `await this.ensure();` or `this.ensure();` as a statement of a block, when `reference` is its `this.ensure`. */
function getCallStatement(reference: ASTPath<Node>): ASTPath<Node> | null {
  const call = reference.parent as ASTPath<Node>;
  if (call.node.type !== 'CallExpression' || call.node.callee !== reference.node || call.node.arguments.length > 0) return null;
  const awaited = call.parent.node.type === 'AwaitExpression' ? (call.parent as ASTPath<Node>) : call;
  const statement = awaited.parent as ASTPath<Node>;
  if (statement.node.type !== 'ExpressionStatement') return null;
  return statement.parent.node.type === 'BlockStatement' ? statement : null;
}

/** `T | null | undefined` without its null and undefined members. */
function narrowTypeAnnotation(j: JSCodeshift, property: Node): void {
  const annotation = property.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== 'TSUnionType') return;
  const kept = (annotation.types as Node[]).filter((type) => type.type !== 'TSNullKeyword' && type.type !== 'TSUndefinedKeyword');
  if (kept.length === 0 || kept.length === annotation.types.length) return;
  property.typeAnnotation.typeAnnotation = kept.length === 1 ? kept[0] : j.tsUnionType(kept);
}

/**
 * Collapses one class's initializer into field initializers, when every piece is where the shape says and nothing
 * else touches it. Returns the lines of the initializer methods it collapsed.
 */
function collapseInClass(j: JSCodeshift, body: ASTPath<Node>, lockClasses: ReadonlySet<string>): number[] {
  const collapsed: number[] = [];
  const members = [...(body.node.body as Node[])];
  for (const method of members) {
    if (!isPrivateMethod(method) || method.kind !== 'method' || method.static || !method.async || method.params.length > 0) continue;
    const methodName = getMemberKeyName(method);
    const initializer = methodName === null ? null : getInitializer(method.body.body as Node[], lockClasses);
    if (methodName === null || !initializer) continue;
    const methodPath = j(body).find(j.Node, (node: Node) => node === method).paths()[0] as ASTPath<Node> | undefined;
    if (!methodPath) continue;

    const calls = getMemberReferences(j, body, methodName).map(getCallStatement);
    if (calls.some((call) => call === null)) continue;

    // The flag and the init lock live only in the initializer; the locks are created nowhere else.
    const removedFields = [initializer.flag, ...(initializer.initLock === null ? [] : [initializer.initLock])];
    const isConfined = (name: string, allowReads: boolean): boolean =>
      getMemberReferences(j, body, name).every((reference) => {
        if (isWithin(reference, methodPath)) return true;
        const parent = reference.parent.node as Node;
        const isWrite = (parent.type === 'AssignmentExpression' && parent.left === reference.node) || parent.type === 'UpdateExpression';
        if (isWrite) return isConstructorInit(reference, body);
        return allowReads;
      });
    if (!removedFields.every((name) => isConfined(name, false))) continue;
    if (![...initializer.locks.keys()].every((name) => isConfined(name, true))) continue;

    const declarations = new Map([...removedFields, ...initializer.locks.keys()].map((name) => [name, getFieldDeclarations(j, body, name)]));
    const isDeclaredOnce = [...declarations].every(([name, found]) => {
      if (found.length !== 1) return initializer.locks.has(name) ? false : found.length === 0;
      const node = found[0]!.path.node as Node;
      return found[0]!.kind === 'constructor' || (!node.declare && !node.readonly && (isUnset(node.value) || node.value.type === 'BooleanLiteral'));
    });
    if (!isDeclaredOnce) continue;

    for (const [name, creation] of initializer.locks) {
      const { path, kind } = declarations.get(name)![0]!;
      if (kind === 'property') {
        path.node.value = creation;
        path.node.optional = false;
        narrowTypeAnnotation(j, path.node);
      } else {
        path.node.expression.right = creation;
      }
      // `this.lock!` no longer needs its assertion: the field is always set.
      getMemberReferences(j, body, name).forEach((reference) => {
        if (reference.parent.node.type === 'TSNonNullExpression') reference.parent.replace(reference.node);
      });
    }
    for (const name of removedFields) declarations.get(name)?.forEach(({ path }) => path.prune());
    calls.forEach((call) => call!.prune());
    methodPath.prune();
    collapsed.push((method.loc?.start.line as number | undefined) ?? 0);
  }
  return collapsed;
}

/** True when `reference` is written in the constructor's own top-level statements (its initial value). */
function isConstructorInit(reference: ASTPath<Node>, body: ASTPath<Node>): boolean {
  const statement = reference.parent.parent as ASTPath<Node>;
  const method = statement?.parent?.parent as ASTPath<Node> | undefined;
  return statement?.node.type === 'ExpressionStatement' && method?.node.kind === 'constructor' && method.parent?.node === body.node;
}

// ESLint's ESTree of the same text (typescript-eslint's or espree's), for the pre-check below. Typed loosely like
// Babel's: only a few fields are read, and a shape it does not know makes the pre-check answer yes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EstreeNode = any;

/** `this.x`, `this.#x` or `this?.x` in ESTree (which drops parentheses, so it accepts more than Babel's reading does). */
function isEstreeThisMember(node: EstreeNode): boolean {
  const member = node?.type === 'ChainExpression' ? node.expression : node;
  return member?.type === 'MemberExpression' && !member.computed && member.object.type === 'ThisExpression';
}

/** `if (this.flag) return;` (or `=== true`) in ESTree: what `getExitFlag` accepts, and possibly more. */
function isEstreeExitOnFlag(statement: EstreeNode): boolean {
  if (statement?.type !== 'IfStatement' || statement.alternate) return false;
  const consequent = statement.consequent.type === 'BlockStatement' && statement.consequent.body.length === 1 ? statement.consequent.body[0] : statement.consequent;
  if (consequent.type !== 'ReturnStatement' || consequent.argument) return false;
  const { test } = statement;
  const isTrueComparison = test.type === 'BinaryExpression' && test.operator === '===' && test.right.type === 'Literal' && test.right.value === true;
  return isEstreeThisMember(isTrueComparison ? test.left : test);
}

/** A statement of the shapes `getInitializer` reads after the fast path: lock creations, the mark, the critical section. */
function isEstreeInitializerStatement(statement: EstreeNode): boolean {
  if (statement.type === 'IfStatement') return !statement.alternate;
  return statement.type === 'ExpressionStatement' && (statement.expression.type === 'AssignmentExpression' || statement.expression.type === 'AwaitExpression');
}

/**
 * A class method that may be an initializer: private, async, an instance method whose body opens with the fast path
 * and goes on with statements of the shapes an initializer has. Babel keeps a directive prologue out of the body's
 * statements, ESTree keeps it in: leading string-literal statements are skipped.
 */
function isEstreeInitializerCandidate(member: EstreeNode): boolean {
  if (member.type !== 'MethodDefinition' || member.kind !== 'method' || member.static || member.computed) return false;
  if (member.key.type !== 'PrivateIdentifier' && member.accessibility !== 'private') return false;
  if (!member.value.async || member.value.body?.type !== 'BlockStatement') return false;
  const statements = member.value.body.body as EstreeNode[];
  const start = statements.findIndex((statement) => !(statement.type === 'ExpressionStatement' && statement.expression.type === 'Literal' && typeof statement.expression.value === 'string'));
  return start !== -1 && isEstreeExitOnFlag(statements[start]) && statements.slice(start + 1).every(isEstreeInitializerStatement);
}

/**
 * True when some class of `sourceCode` has a method the collapse might read as an initializer: a necessary condition
 * of `getInitializer` on ESLint's AST of the same text. The rules have already parsed the file; parsing it again
 * with Babel (and recast's copy of its tokens) took a fifth of the codemod's time on the corpus, where no file holds
 * the shape. Classes are found from the `class` keywords of the text, without a walk of the whole AST: every class
 * has the keyword, and the innermost node at it is the class itself (at a `class` in a comment, a string or a name
 * it is some other node).
 */
function hasInitializerCandidate(sourceCode: SourceCode): boolean {
  for (const match of sourceCode.text.matchAll(/\bclass\b/gu)) {
    const node = sourceCode.getNodeByRangeIndex(match.index) as EstreeNode;
    if ((node?.type === 'ClassDeclaration' || node?.type === 'ClassExpression') && (node.body.body as EstreeNode[]).some(isEstreeInitializerCandidate)) return true;
  }
  return false;
}

/**
 * The note's double-checked lock initialization (an "initialized" flag, an init lock, a private
 * `ensure…Initialized()` method and the calls to it) collapsed into field initializers: a JavaScript lock needs no
 * event loop, so `new Mutex()` can run at construction. No single report covers the whole shape, hence the
 * collection API here. Returns the rewritten text and the lines of the collapsed methods, or null.
 */
export function collapseDoubleCheckedInit(
  source: string,
  language: FileLanguage,
  sourceCode: SourceCode,
  extraLockClasses: readonly string[] = [],
): { text: string; lines: number[] } | null {
  // Cheap pre-checks: the shape needs a flag read and a lock created, which most files lack, and a private async
  // method opening with the fast path, which ESLint's AST (`sourceCode`, of `source`) shows without a second parse.
  if (!/\bnew\s/u.test(source) || !/\bthis\.#?\w+(?:\s*===\s*true)?\s*\)\s*(?:\{\s*)?return\b/u.test(source)) return null;
  if (!hasInitializerCandidate(sourceCode)) return null;
  const j = jscodeshift.withParser(language.jscodeshiftParser);
  let root: Collection<Node>;
  try {
    root = j(source);
  } catch {
    // Babel reads a few files ESLint's parsers accept; those keep the rules' rewrites only.
    return null;
  }
  const lockClasses = new Set([...DEFAULT_LOCK_CLASSES, ...extraLockClasses]);
  const lines: number[] = [];
  root.find(j.ClassBody).forEach((body: ASTPath<Node>) => {
    lines.push(...collapseInClass(j, body, lockClasses));
  });
  return lines.length === 0 ? null : { text: root.toSource(), lines };
}
