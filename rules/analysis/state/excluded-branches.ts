import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isExitStatement, isNullish, skipTypeWrappers, walk } from '../program/ast.js';
import { getThisClass } from '../program/class-members.js';
import { getClassMembers, getMemberReads, getMemberWrites, getNodesOfType } from '../program/file-model.js';
import { getMemberName, getStateTarget } from '../program/state-target.js';
import { getStateGuardsIn, type StateGuard } from './guards.js';
import { getStateValueKey, isTruthyStateValue } from './state-values.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a test (or a guard let through) pins about one member of `this`: that it is truthy, or falsy. */
interface MemberTruth {
  readonly key: string;
  readonly name: string;
  readonly isTruthy: boolean;
}

/** What `test` being true pins: `this.x` (truthy) or `!this.x` (falsy); `null` for any other test. */
function getTestTruth(test: TSESTree.Node, sourceCode: SourceCode): MemberTruth | null {
  const node = skipTypeWrappers(test);
  const isNegated = node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!';
  const target = getStateTarget(isNegated ? node.argument : node, sourceCode);
  if (target?.kind !== 'this-member') return null;
  return { key: target.key, name: target.name, isTruthy: !isNegated };
}

/** What passing `guard` pins: each member it exits on when truthy is falsy after it, and the other way round. */
function getPassedTruths(guard: StateGuard): MemberTruth[] {
  const truths: MemberTruth[] = [];
  for (const condition of guard.conditions) {
    if (condition.target.kind !== 'this-member' || (condition.kind !== 'truthy' && condition.kind !== 'falsy')) continue;
    truths.push({ key: condition.target.key, name: condition.target.name, isTruthy: condition.kind === 'falsy' });
  }
  return truths;
}

/**
 * True when evaluating `node` can neither suspend, run other code (calls, `new`, tagged templates) nor write one of
 * the members `names`: the state a guard established still holds after it.
 */
function isInert(node: TSESTree.Node, names: ReadonlySet<string>, sourceCode: SourceCode): boolean {
  let inert = true;
  walk(node, sourceCode.visitorKeys, (child) => {
    if (!inert) return false;
    switch (child.type) {
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.YieldExpression:
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.TaggedTemplateExpression:
      case AST_NODE_TYPES.ImportExpression:
        inert = false;
        break;
      case AST_NODE_TYPES.ForOfStatement:
        inert = !child.await;
        break;
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.UpdateExpression: {
        const target = skipTypeWrappers(child.type === AST_NODE_TYPES.AssignmentExpression ? child.left : child.argument);
        inert = target.type !== AST_NODE_TYPES.MemberExpression || !names.has(getMemberName(target) ?? '');
        break;
      }
      default:
        break;
    }
    return inert;
  });
  return inert;
}

/**
 * True when the statements of `list` strictly between indexes `from` and `to` keep what a guard at `from` pinned
 * about the members `names`: each is inert, or an early exit whose test is (`if (this.closing) return;`), which on
 * the way through runs only its test.
 */
function isInertBetween(list: readonly TSESTree.Statement[], from: number, to: number, names: ReadonlySet<string>, sourceCode: SourceCode): boolean {
  return list.slice(from + 1, to).every((statement) =>
    statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate && isExitStatement(statement.consequent)
      ? isInert(statement.test, names, sourceCode)
      : isInert(statement, names, sourceCode),
  );
}

/** Whether the constant `value` is truthy: `null`/`undefined` are falsy; `null` when it is no constant or cannot be told. */
function getConstantTruth(value: TSESTree.Node): boolean | null {
  if (isNullish(skipTypeWrappers(value))) return false;
  const key = getStateValueKey(value);
  return key === null ? null : isTruthyStateValue(key);
}

/** The statement list `statement` sits in directly, or `null`. */
function getContainingList(statement: TSESTree.Node): readonly TSESTree.Statement[] | null {
  const { parent } = statement;
  if (parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.StaticBlock) return parent.body;
  if (parent?.type === AST_NODE_TYPES.SwitchCase) return parent.consequent;
  return null;
}

/**
 * True when the truthy write `statement` (of `this.<name>`) is followed at once, with only constant writes of
 * members in between, by a falsy write of `this.<other>`: `this.connected = true; this.connecting = false;`.
 */
function isFollowedByFalsyWrite(statement: TSESTree.ExpressionStatement, other: string, sourceCode: SourceCode): boolean {
  const list = getContainingList(statement);
  if (!list) return false;
  for (const next of list.slice(list.indexOf(statement) + 1)) {
    if (next.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    const { expression } = next;
    if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return false;
    const target = getStateTarget(expression.left, sourceCode);
    const truth = getConstantTruth(expression.right);
    if (target?.kind !== 'this-member' || truth === null) return false;
    if (target.name === other) return !truth;
  }
  return false;
}

/**
 * True when the truthy write `statement` comes after a guard of its own statement list that exits while
 * `this.<other>` is truthy, with nothing in between that runs other code or writes either member:
 * `if (this.connected) return; … this.connecting = true;`.
 */
function isBehindGuardOnOther(statement: TSESTree.ExpressionStatement, names: ReadonlySet<string>, other: string, sourceCode: SourceCode): boolean {
  const list = getContainingList(statement);
  if (!list) return false;
  const index = list.indexOf(statement);
  return getStateGuardsIn(list, sourceCode).some((guard) => {
    if (guard.isWrapping) return false;
    const guardIndex = list.indexOf(guard.statement);
    return (
      guardIndex !== -1 &&
      guardIndex < index &&
      getPassedTruths(guard).some((truth) => truth.name === other && !truth.isTruthy) &&
      isInertBetween(list, guardIndex, index, names, sourceCode)
    );
  });
}

/** True when a member called `name` can be set in the file in a way {@link areNeverBothTruthy} does not follow. */
function hasUntrackedStore(name: string, sourceCode: SourceCode): boolean {
  // Destructuring into the member (`({ a: this.a } = x)`) reads as no write in the file index.
  const isPatternTarget = (access: TSESTree.MemberExpression): boolean => {
    const { parent } = access;
    return (
      (parent.type === AST_NODE_TYPES.Property && parent.value === access && parent.parent.type === AST_NODE_TYPES.ObjectPattern) ||
      parent.type === AST_NODE_TYPES.ArrayPattern ||
      parent.type === AST_NODE_TYPES.RestElement ||
      (parent.type === AST_NODE_TYPES.AssignmentPattern && (parent.left as TSESTree.Node) === access) ||
      ((parent.type === AST_NODE_TYPES.ForOfStatement || parent.type === AST_NODE_TYPES.ForInStatement) && parent.left === access)
    );
  };
  if (getMemberReads(name, sourceCode).some(({ node }) => isPatternTarget(node))) return true;
  // Initial values other than falsy constants, and members given by constructor parameters.
  const initializers = [
    ...getNodesOfType(AST_NODE_TYPES.PropertyDefinition, sourceCode),
    ...getNodesOfType(AST_NODE_TYPES.AccessorProperty, sourceCode),
    ...getNodesOfType(AST_NODE_TYPES.Property, sourceCode),
  ];
  for (const node of initializers) {
    if (node.computed) continue;
    const key =
      node.key.type === AST_NODE_TYPES.PrivateIdentifier
        ? `#${node.key.name}`
        : node.key.type === AST_NODE_TYPES.Identifier
          ? node.key.name
          : node.key.type === AST_NODE_TYPES.Literal
            ? String(node.key.value)
            : null;
    if (key !== name || !node.value) continue;
    if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) continue;
    if (node.type === AST_NODE_TYPES.Property && (node.kind !== 'init' || node.method)) return true;
    if (getConstantTruth(node.value) !== false) return true;
  }
  if (getNodesOfType(AST_NODE_TYPES.TSParameterProperty, sourceCode).some(({ parameter }) => {
    const id = parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
    return id.type === AST_NODE_TYPES.Identifier && id.name === name;
  })) {
    return true;
  }
  // Writes through a computed key the file index cannot name (`this[key] = true`).
  return getNodesOfType(AST_NODE_TYPES.AssignmentExpression, sourceCode).some(({ left }) => {
    const target = skipTypeWrappers(left);
    return (
      target.type === AST_NODE_TYPES.MemberExpression &&
      target.computed &&
      skipTypeWrappers(target.object).type === AST_NODE_TYPES.ThisExpression &&
      getMemberName(target) === null
    );
  });
}

/**
 * True when the file's own writes never leave `this.<a>` and `this.<b>` truthy together (`connected` and
 * `connecting`): every write of either is a plain `this.x = <constant>`; each falsy one keeps the invariant, and
 * each truthy one is either followed at once by a falsy write of the other or made behind a guard that exits while
 * the other is truthy. Initial values are falsy constants. Accessors, computed writes and writes through other
 * objects or aliases leave it unproven.
 */
function areNeverBothTruthy(a: string, b: string, classNode: TSESTree.Node | null, sourceCode: SourceCode): boolean {
  const names = new Set([a, b]);
  if (classNode && (classNode.type === AST_NODE_TYPES.ClassDeclaration || classNode.type === AST_NODE_TYPES.ClassExpression)) {
    const { members } = getClassMembers(classNode, sourceCode);
    const isAccessor = (name: string): boolean =>
      (members.get(name) ?? []).some((element) => element.type === AST_NODE_TYPES.MethodDefinition || element.type === AST_NODE_TYPES.TSAbstractMethodDefinition);
    if (isAccessor(a) || isAccessor(b)) return false;
  }
  if (hasUntrackedStore(a, sourceCode) || hasUntrackedStore(b, sourceCode)) return false;
  for (const [name, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const write of getMemberWrites(name, sourceCode)) {
      const assignment = write.node.parent;
      if (write.object !== 'this' || assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' || assignment.left !== write.node) {
        return false;
      }
      const truth = getConstantTruth(assignment.right);
      if (truth === false) continue;
      const statement = assignment.parent;
      if (truth === null || statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      if (!isFollowedByFalsyWrite(statement, other, sourceCode) && !isBehindGuardOnOther(statement, names, other, sourceCode)) return false;
    }
  }
  return true;
}

/** True when `passed` (what a guard let through) and `branch` (what a branch needs) cannot both hold. */
function isContradiction(passed: MemberTruth, branch: MemberTruth, classNode: TSESTree.Node | null, sourceCode: SourceCode): boolean {
  if (passed.key === branch.key) return passed.isTruthy !== branch.isTruthy;
  return passed.isTruthy && branch.isTruthy && areNeverBothTruthy(passed.name, branch.name, classNode, sourceCode);
}

/**
 * The `if` statements of `statements` (a body whose guards are `guards`) that never run on the guarded path: an
 * `if` without `else` after the guards whose test contradicts what an earlier guard let through, with nothing
 * between the two that runs other code, suspends or writes the members. `if (!this.connected) return;
 * if (this.connecting) await once(this, 'connected');` skips the `await` when the class never leaves `connected`
 * and `connecting` truthy together (see {@link areNeverBothTruthy}); `if (!this.open) return; if (!this.open) …`
 * skips it always. An `await` in such a branch is on no path to what follows.
 */
export function getExcludedBranches(
  statements: readonly TSESTree.Statement[],
  guards: readonly StateGuard[],
  sourceCode: SourceCode,
): Set<TSESTree.IfStatement> {
  const excluded = new Set<TSESTree.IfStatement>();
  const lastGuard = guards.at(-1);
  if (!lastGuard || lastGuard.isWrapping) return excluded;
  const lastIndex = statements.indexOf(lastGuard.statement);
  for (let index = lastIndex + 1; index < statements.length; index += 1) {
    const statement = statements[index]!;
    if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate) continue;
    const branch = getTestTruth(statement.test, sourceCode);
    if (!branch) continue;
    const classNode = getThisClass(statement)?.classNode ?? null;
    const isExcluded = guards.some((guard) => {
      const guardIndex = statements.indexOf(guard.statement);
      return getPassedTruths(guard).some(
        (passed) =>
          isContradiction(passed, branch, classNode, sourceCode) &&
          isInertBetween(statements, guardIndex, index, new Set([passed.name, branch.name]), sourceCode),
      );
    });
    if (isExcluded) excluded.add(statement);
  }
  return excluded;
}
