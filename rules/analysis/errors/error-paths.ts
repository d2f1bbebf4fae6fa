import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isExitStatement, isLoop, skipTypeWrappers } from '../program/ast.js';
import { hasUncaughtThrow, type CleanupStep } from './cleanup-steps.js';

/**
 * The identifiers that read the caught error: every reference to the `catch (e)` or `.catch((e) => …)` parameter,
 * and to the locals that only copy it (`const error = e as Error;`, never reassigned).
 */
export function getCaughtErrorReads(variable: TSESLint.Scope.Variable, sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<TSESTree.Node> {
  const reads = new Set<TSESTree.Node>();
  const pending = [variable];
  for (let current = pending.pop(); current; current = pending.pop()) {
    for (const reference of current.references) {
      if (!reference.isRead() || reads.has(reference.identifier)) continue;
      reads.add(reference.identifier);
      const declarator = getCopyingDeclarator(reference.identifier);
      const copy = declarator && sourceCode.getDeclaredVariables(declarator)[0];
      if (copy && copy.references.every((write) => !write.isWrite() || write.init === true)) pending.push(copy);
    }
  }
  return reads;
}

/** The declarator `const copy = e` (or `= e as Error`) that `identifier`, a read of `e`, initialises, else `null`. */
function getCopyingDeclarator(identifier: TSESTree.Node): TSESTree.VariableDeclarator | null {
  let node: TSESTree.Node = identifier;
  while (node.parent && skipTypeWrappers(node.parent) !== node.parent) node = node.parent;
  const { parent } = node;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier
    ? parent
    : null;
}

/**
 * True when some read of the caught error lies in the value of a `throw` (`throw e`, `throw new X('…', { cause: e })`):
 * what `isErrorPassedOn` needs of a throw, asked of the reads alone. Without such a read no throw passes the error on,
 * so a handler can be passed over before its paths are followed.
 */
export function isReadInThrow(reads: ReadonlySet<TSESTree.Node>): boolean {
  for (const read of reads) {
    let node = read.parent;
    while (node && !node.type.endsWith('Statement') && !node.type.endsWith('Declaration') && node.type !== AST_NODE_TYPES.Program) {
      node = node.parent;
    }
    if (node?.type === AST_NODE_TYPES.ThrowStatement) return true;
  }
  return false;
}

function isRead(node: TSESTree.Node | null, reads: ReadonlySet<TSESTree.Node>): boolean {
  return node !== null && reads.has(skipTypeWrappers(node));
}

/**
 * True when `statement` throws the caught error on: `throw e`, or a new error that carries it
 * (`new Error('…', { cause: e })`, `new DbError(e)`, `new AggregateError([e, other])`).
 * A throw that only quotes it (`new Error(e.message)`) has already dropped the original.
 */
export function isErrorPassedOn(statement: TSESTree.ThrowStatement, reads: ReadonlySet<TSESTree.Node>): boolean {
  const thrown = skipTypeWrappers(statement.argument);
  if (isRead(thrown, reads)) return true;
  if (thrown.type !== AST_NODE_TYPES.NewExpression && thrown.type !== AST_NODE_TYPES.CallExpression) return false;
  return thrown.arguments.some((argument) => {
    const value = skipTypeWrappers(argument);
    if (value.type === AST_NODE_TYPES.ObjectExpression) {
      return value.properties.some((property) => property.type === AST_NODE_TYPES.Property && isRead(property.value, reads));
    }
    if (value.type === AST_NODE_TYPES.ArrayExpression) return value.elements.some((element) => isRead(element, reads));
    return isRead(value, reads);
  });
}

/** The steps that may have run on the paths reaching a point; `null` when no path reaches it. */
type Reached = ReadonlySet<CleanupStep> | null;

function join(...states: Reached[]): Reached {
  const present = states.filter((state): state is ReadonlySet<CleanupStep> => state !== null);
  if (present.length === 0) return null;
  return new Set(present.flatMap((state) => [...state]));
}

function add(state: Reached, steps: readonly CleanupStep[]): Reached {
  return state === null || steps.length === 0 ? state : new Set([...state, ...steps]);
}

/** A statement that `break`/`continue` can leave, with the states that jump out of it. */
interface JumpTarget {
  readonly node: TSESTree.Node;
  readonly label: string | null;
  readonly isLoop: boolean;
  breaks: Reached;
  continues: Reached;
}


/**
 * The steps that run before a throw passing the caught error on, on the same path, in `body`
 * (a `catch` body), each with the first such throw. A step on a path that returns, or that throws something
 * else, is not listed: there the original error is dropped on purpose. Steps of a `finally` that runs
 * between such a throw and the caller count too. A throw caught again inside `body` passes nothing on.
 *
 * `getSteps(node)` lists the steps in `node`, a statement or expression without nested statements to follow.
 */
export function getStepsBeforeErrorPassedOn(
  body: TSESTree.BlockStatement,
  isPassingOn: (statement: TSESTree.ThrowStatement) => boolean,
  getSteps: (node: TSESTree.Node) => readonly CleanupStep[],
): Map<CleanupStep, TSESTree.ThrowStatement> {
  const found = new Map<CleanupStep, TSESTree.ThrowStatement>();
  const targets: JumpTarget[] = [];

  function stepsOf(node: TSESTree.Node | null | undefined): readonly CleanupStep[] {
    return node ? getSteps(node) : [];
  }

  /** The `finally` blocks that run after `statement` throws and before its error leaves `body`, or `null` if caught. */
  function getFinalizersOnTheWayOut(statement: TSESTree.ThrowStatement): TSESTree.BlockStatement[] | null {
    const finalizers: TSESTree.BlockStatement[] = [];
    for (let child: TSESTree.Node = statement, parent = statement.parent; child !== body; child = parent, parent = parent.parent!) {
      if (parent.type !== AST_NODE_TYPES.TryStatement || child === parent.finalizer) continue;
      if (child === parent.block && parent.handler) return null;
      if (parent.finalizer) finalizers.push(parent.finalizer);
    }
    return finalizers;
  }

  function passOn(statement: TSESTree.ThrowStatement, state: ReadonlySet<CleanupStep>): void {
    const finalizers = getFinalizersOnTheWayOut(statement);
    if (finalizers === null) return;
    for (const step of [...state, ...finalizers.flatMap((finalizer) => getSteps(finalizer))]) {
      if (!found.has(step)) found.set(step, statement);
    }
  }

  function jump(statement: TSESTree.BreakStatement | TSESTree.ContinueStatement, state: Reached): void {
    const label = statement.label?.name ?? null;
    const isBreak = statement.type === AST_NODE_TYPES.BreakStatement;
    const target = targets.findLast((candidate) =>
      label === null ? candidate.isLoop || (isBreak && candidate.node.type === AST_NODE_TYPES.SwitchStatement) : candidate.label === label,
    );
    // A jump out of `body` leaves the handler: nothing is passed on along that path.
    if (!target) return;
    if (isBreak) target.breaks = join(target.breaks, state);
    else target.continues = join(target.continues, state);
  }

  function flowLoop(loop: TSESTree.Node & { body: TSESTree.Statement }, entry: Reached, label: string | null, after: TSESTree.Node[]): Reached {
    const target: JumpTarget = { node: loop, label, isLoop: true, breaks: null, continues: null };
    targets.push(target);
    let head = entry;
    // Steps of a later iteration run before a throw of an earlier part of the body: flow until nothing new arrives.
    for (;;) {
      const end = join(flow(loop.body, head), target.continues);
      const next = join(head, after.reduce<Reached>((state, node) => add(state, stepsOf(node)), end));
      if ((next?.size ?? -1) === (head?.size ?? -1)) break;
      head = next;
    }
    targets.pop();
    return join(head, target.breaks);
  }

  function flow(statement: TSESTree.Statement, incoming: Reached, label: string | null = null): Reached {
    if (incoming === null) return null;
    switch (statement.type) {
      case AST_NODE_TYPES.BlockStatement:
        return statement.body.reduce<Reached>((state, child) => flow(child, state), incoming);
      case AST_NODE_TYPES.IfStatement: {
        const afterTest = add(incoming, stepsOf(statement.test));
        return join(flow(statement.consequent, afterTest), statement.alternate ? flow(statement.alternate, afterTest) : afterTest);
      }
      case AST_NODE_TYPES.ThrowStatement: {
        const state = add(incoming, stepsOf(statement.argument));
        if (state && isPassingOn(statement)) passOn(statement, state);
        return null;
      }
      case AST_NODE_TYPES.ReturnStatement:
        return null;
      case AST_NODE_TYPES.BreakStatement:
      case AST_NODE_TYPES.ContinueStatement:
        jump(statement, incoming);
        return null;
      case AST_NODE_TYPES.LabeledStatement: {
        if (isLoop(statement.body)) return flow(statement.body, incoming, statement.label.name);
        const target: JumpTarget = { node: statement, label: statement.label.name, isLoop: false, breaks: null, continues: null };
        targets.push(target);
        const out = flow(statement.body, incoming);
        targets.pop();
        return join(out, target.breaks);
      }
      case AST_NODE_TYPES.WhileStatement:
        return flowLoop(statement, add(incoming, stepsOf(statement.test)), label, [statement.test]);
      case AST_NODE_TYPES.DoWhileStatement:
        return flowLoop(statement, incoming, label, [statement.test]);
      case AST_NODE_TYPES.ForStatement: {
        const entry = add(add(incoming, stepsOf(statement.init)), stepsOf(statement.test));
        return flowLoop(statement, entry, label, [statement.update, statement.test].filter((node) => node !== null));
      }
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
        return flowLoop(statement, add(incoming, stepsOf(statement.right)), label, []);
      case AST_NODE_TYPES.SwitchStatement: {
        const afterDiscriminant = add(incoming, stepsOf(statement.discriminant));
        const target: JumpTarget = { node: statement, label, isLoop: false, breaks: null, continues: null };
        targets.push(target);
        let fallthrough: Reached = null;
        for (const switchCase of statement.cases) {
          const entry = add(join(afterDiscriminant, fallthrough), stepsOf(switchCase.test));
          fallthrough = switchCase.consequent.reduce<Reached>((state, child) => flow(child, state), entry);
        }
        targets.pop();
        const hasDefault = statement.cases.some((switchCase) => switchCase.test === null);
        return join(fallthrough, target.breaks, hasDefault ? null : afterDiscriminant);
      }
      case AST_NODE_TYPES.TryStatement: {
        const afterBlock = flow(statement.block, incoming);
        // The catch may start anywhere in the block; the block's own steps are protected by it.
        const afterHandler = statement.handler ? flow(statement.handler.body, join(incoming, afterBlock)) : null;
        if (!statement.finalizer) return join(afterBlock, afterHandler);
        // A `finally` that always ends in `throw`/`return` discards any error of the block or the catch.
        const overrides = isExitStatement(statement.finalizer);
        const afterFinalizer = flow(statement.finalizer, overrides ? incoming : join(incoming, afterBlock, afterHandler));
        return afterBlock === null && afterHandler === null ? null : afterFinalizer;
      }
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.EmptyStatement:
        return incoming;
      default:
        return add(incoming, getSteps(statement));
    }
  }

  flow(body, new Set());
  return found;
}


/**
 * True when an error can leave the `try`/`catch` part of `statement`, so that its `finally` runs while that
 * error is on its way to the caller: always without a `catch` (unless the block is empty); with one, only if
 * the `catch` body has a `throw` that is not caught again inside it. A `catch` without `throw` has handled
 * the error: there is none left for the `finally` to lose.
 */
export function canThrowIntoFinally(statement: TSESTree.TryStatement, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  if (!statement.handler) return statement.block.body.length > 0;
  return hasUncaughtThrow(statement.handler.body, visitorKeys);
}
