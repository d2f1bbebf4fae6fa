import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCallName, getEnclosingFunction, isFunctionNode, skipTypeWrappers, walk } from '../program/ast.js';
import { hasUncaughtThrow, type CleanupStep } from './cleanup-steps.js';
import { isLoggingCall } from './logging-calls.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * True when an error thrown at `node` is caught, in the same function, by a `catch` that swallows it (see
 * isSwallowingCatch): whatever error leaves the inner handler, the function drops it anyway (`try { … } catch (e)
 * { log(e); }` around the whole work), so no caller can lose it.
 */
export function isSwallowedInFunction(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  for (let child: TSESTree.Node = node; !isFunctionNode(child) && child.parent; child = child.parent) {
    const parent: TSESTree.Node = child.parent;
    // A `catch` that rethrows passes the error further out; one that does not ends its journey, one way or another.
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child && parent.handler && !hasUncaughtThrow(parent.handler.body, sourceCode.visitorKeys)) {
      return isSwallowingCatch(parent.handler, sourceCode);
    }
  }
  return false;
}

/**
 * True when `handler`, a `catch` that throws nothing, ends the error's journey: it reads the error only to log it. A `catch`
 * that hands the error on (`reject(e)`, `callback(e)`, `return { error: e }`) still shows whichever error reached it.
 */
function isSwallowingCatch(handler: TSESTree.CatchClause, sourceCode: SourceCode): boolean {
  const [variable] = handler.param ? sourceCode.getDeclaredVariables(handler) : [];
  return (variable?.references ?? []).every(({ identifier }) => {
    const call = identifier.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(identifier as TSESTree.Expression) && isLoggingCall(call);
  });
}

/** The source text of a flag: a local (`closed`) or a member (`this.#closed`, `state.done`); `null` for anything else. */
function getFlagText(node: TSESTree.Node, sourceCode: SourceCode): string | null {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name;
  if (value.type !== AST_NODE_TYPES.MemberExpression || value.computed) return null;
  const object = skipTypeWrappers(value.object);
  const isPath = object.type === AST_NODE_TYPES.ThisExpression || getFlagText(object, sourceCode) !== null;
  return isPath ? sourceCode.getText(value) : null;
}

/**
 * The flags `test` requires to be false or unset: `!closed`, `!this.#closed`, `closed === false`,
 * `caughtError === undefined`, and each such conjunct of `!done && !closed && typeof it.return === 'function'`.
 */
function getNegatedFlags(test: TSESTree.Expression, sourceCode: SourceCode): string[] {
  const value = skipTypeWrappers(test);
  if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator === '&&') {
    return [...getNegatedFlags(value.left, sourceCode), ...getNegatedFlags(value.right, sourceCode)];
  }
  let flag: string | null = null;
  if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === '!') flag = getFlagText(value.argument, sourceCode);
  if (value.type === AST_NODE_TYPES.BinaryExpression && isUnsetValue(value.right, value.operator)) flag = getFlagText(value.left, sourceCode);
  return flag === null ? [] : [flag];
}

/** `undefined`, or `void 0` as compilers write it. */
function isUndefinedValue(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void' && node.argument.type === AST_NODE_TYPES.Literal;
}

/** True when `flag <operator> node` holds only for an unset flag: `=== false`, `=== undefined` (`=== void 0`), `== null`. */
function isUnsetValue(node: TSESTree.Node, operator: string): boolean {
  if (operator === '===' && node.type === AST_NODE_TYPES.Literal && node.value === false) return true;
  if (operator === '===' && isUndefinedValue(node)) return true;
  return operator === '==' && ((node.type === AST_NODE_TYPES.Literal && node.raw === 'null') || isUndefinedValue(node));
}

/**
 * The flags whose falseness `step`, inside `finalizer`, depends on: the tests of the `if`s around it
 * (`if (!closed) await it.return();`) and the left side of `closed || (await it.return())`.
 */
function getGatingFlags(step: CleanupStep, finalizer: TSESTree.BlockStatement, sourceCode: SourceCode): Set<string> {
  const flags = new Set<string>();
  for (let child: TSESTree.Node = step; child !== finalizer && child.parent; child = child.parent) {
    const parent: TSESTree.Node = child.parent;
    let flag: string | null = null;
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.consequent === child) {
      for (const negated of getNegatedFlags(parent.test, sourceCode)) flags.add(negated);
    }
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '||' && parent.right === child) {
      flag = getFlagText(parent.left, sourceCode);
    }
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && parent.right === child) {
      for (const negated of getNegatedFlags(parent.left, sourceCode)) flags.add(negated);
    }
    if (flag !== null) flags.add(flag);
  }
  return flags;
}

/**
 * True when `statement` is `flag = true;` for a flag in `flags`, or stores the caught error in it
 * (`caughtError = error;`): an error object, truthy as thrown errors are.
 */
function isSettingFlag(statement: TSESTree.Statement, flags: ReadonlySet<string>, handler: TSESTree.CatchClause, sourceCode: SourceCode): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const { expression } = statement;
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') return false;
  const flag = getFlagText(expression.left, sourceCode);
  if (flag === null || !flags.has(flag)) return false;
  const value = skipTypeWrappers(expression.right);
  const isCaughtError = handler.param?.type === AST_NODE_TYPES.Identifier && value.type === AST_NODE_TYPES.Identifier && value.name === handler.param.name;
  return isCaughtError || (value.type === AST_NODE_TYPES.Literal && value.value === true);
}

/** True when evaluating `statement` cannot throw: no call, `new`, `await`, `yield` or `throw` in it. */
function isInert(statement: TSESTree.Statement, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  let inert = true;
  walk(statement, visitorKeys, (node) => {
    if (
      node.type === AST_NODE_TYPES.CallExpression ||
      node.type === AST_NODE_TYPES.NewExpression ||
      node.type === AST_NODE_TYPES.AwaitExpression ||
      node.type === AST_NODE_TYPES.YieldExpression ||
      node.type === AST_NODE_TYPES.ThrowStatement ||
      node.type === AST_NODE_TYPES.TaggedTemplateExpression
    ) {
      inert = false;
    }
    return inert;
  });
  return inert;
}

/**
 * True when `step`, in the `finally` of `tryStatement`, is gated by a flag its `catch` sets before anything can
 * throw: `catch (e) { closed = true; …; throw e; } finally { if (!closed) await it.return(); }`. Every error that
 * reaches the `finally` has passed through that `catch`, so the step only runs when no error is on its way out.
 */
export function isGatedByCatchFlag(step: CleanupStep, tryStatement: TSESTree.TryStatement, sourceCode: SourceCode): boolean {
  const { handler, finalizer } = tryStatement;
  if (!handler || !finalizer) return false;
  const flags = getGatingFlags(step, finalizer, sourceCode);
  if (flags.size === 0) return false;
  for (const statement of handler.body.body) {
    if (isSettingFlag(statement, flags, handler, sourceCode)) return true;
    if (!isInert(statement, sourceCode.visitorKeys)) return false;
  }
  return false;
}

/**
 * The local flags `test` requires to be set: `ok`, `ok === true`, and each such conjunct of `shouldClose && it`.
 * Only plain local names: their writes can all be read from the scope.
 */
function getAssertedLocalFlags(test: TSESTree.Expression): TSESTree.Identifier[] {
  const value = skipTypeWrappers(test);
  if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator === '&&') {
    return [...getAssertedLocalFlags(value.left), ...getAssertedLocalFlags(value.right)];
  }
  if (value.type === AST_NODE_TYPES.Identifier) return [value];
  const isTrueTest =
    value.type === AST_NODE_TYPES.BinaryExpression &&
    value.operator === '===' &&
    value.left.type === AST_NODE_TYPES.Identifier &&
    value.right.type === AST_NODE_TYPES.Literal &&
    value.right.value === true;
  return isTrueTest ? [value.left as TSESTree.Identifier] : [];
}

/**
 * True when nothing after `statement` in `block` can throw before `block` ends normally: each statement after it,
 * in its own list and in the lists of the \`if\`s around it up to \`block\`, is inert (see isInert). A loop or a
 * \`switch\` on the way may run more of the block afterwards, so it ends the search (false).
 */
function isTailOf(statement: TSESTree.Node, block: TSESTree.BlockStatement, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  for (let child: TSESTree.Node = statement; child !== block; ) {
    const parent = child.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.BlockStatement) {
      const after = parent.body.slice(parent.body.indexOf(child as TSESTree.Statement) + 1);
      if (!after.every((next) => isInert(next, visitorKeys))) return false;
    } else if (parent.type !== AST_NODE_TYPES.IfStatement || parent.test === child) {
      return false;
    }
    child = parent;
  }
  return true;
}

/**
 * True when `step`, in the `finally` of `tryStatement`, runs only when a success flag is set, and the flag is set
 * only where the \`try\` then ends without anything left that can throw: `let shouldClose = false; try { rows =
 * await rs.getRows(); shouldClose = true; } finally { if (shouldClose) await rs.close(); }` (oracledb), `let
 * shouldCommit = false; try { … shouldCommit = result.isNew; return result; } finally { if (shouldCommit) await
 * client.query('COMMIT'); else … }` (DBOS). With the
 * flag set the \`try\` completed, so no error is on its way out when the step runs. The flag must be a \`let\`
 * declared false before the \`try\` in the same statement list (a loop around the \`try\` alone would carry it
 * over from an earlier pass) and written nowhere else.
 */
export function isGatedBySuccessFlag(step: CleanupStep, tryStatement: TSESTree.TryStatement, sourceCode: SourceCode): boolean {
  const { finalizer } = tryStatement;
  if (!finalizer) return false;
  const flags: TSESTree.Identifier[] = [];
  for (let child: TSESTree.Node = step; child !== finalizer && child.parent; child = child.parent) {
    const parent: TSESTree.Node = child.parent;
    if (parent.type === AST_NODE_TYPES.IfStatement && parent.consequent === child) flags.push(...getAssertedLocalFlags(parent.test));
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && parent.right === child) {
      flags.push(...getAssertedLocalFlags(parent.left));
    }
  }
  return flags.some((flag) => isSuccessFlag(flag, tryStatement, sourceCode));
}

/**
 * True when `flag` is a `let` declared false before `tryStatement`, in the same list, and only ever set at a tail of its block:
 * `ok = true`, or a value computed there (`shouldCommit = result.shouldExecute`), which is stored only once
 * computing it did not throw.
 */
function isSuccessFlag(flag: TSESTree.Identifier, tryStatement: TSESTree.TryStatement, sourceCode: SourceCode): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(flag), flag);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable' || definition.parent.kind !== 'let' || definition.node.id !== definition.name) return false;
  const init = definition.node.init && skipTypeWrappers(definition.node.init);
  if (init && !(init.type === AST_NODE_TYPES.Literal && init.value === false)) return false;
  // Declared before the `try` in the same list, so a loop around the `try` runs the declaration again too (a flag
  // outliving one pass would let a later failed pass through); every write after it is checked below.
  const declaration = definition.parent;
  const list = declaration.parent && 'body' in declaration.parent && Array.isArray(declaration.parent.body) ? (declaration.parent.body as TSESTree.Node[]) : null;
  if (!list || !list.includes(tryStatement) || list.indexOf(declaration) > list.indexOf(tryStatement)) return false;
  return variable.references.every((reference) => {
    if (reference.init || !reference.isWrite()) return true;
    const assignment = reference.identifier.parent;
    const statement = assignment?.parent;
    return (
      assignment?.type === AST_NODE_TYPES.AssignmentExpression &&
      assignment.operator === '=' &&
      statement?.type === AST_NODE_TYPES.ExpressionStatement &&
      getEnclosingFunction(statement) === getEnclosingFunction(tryStatement) &&
      isWithinBlock(statement, tryStatement.block) &&
      isTailOf(statement, tryStatement.block, sourceCode.visitorKeys)
    );
  });
}

function isWithinBlock(node: TSESTree.Node, block: TSESTree.BlockStatement): boolean {
  return node.range[0] >= block.range[0] && node.range[1] <= block.range[1];
}

/** The iterator `call` closes (`it` of `it.return()`, `it.return?.()`), as source text; `null` for other calls. */
function getClosedIterator(step: CleanupStep, sourceCode: SourceCode): string | null {
  let value = skipTypeWrappers(step.type === AST_NODE_TYPES.AwaitExpression ? step.argument : step);
  if (value.type === AST_NODE_TYPES.ChainExpression) value = value.expression;
  if (value.type !== AST_NODE_TYPES.CallExpression || getCallName(value) !== 'return') return null;
  const callee = skipTypeWrappers(value.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression ? getFlagText(callee.object, sourceCode) : null;
}

/** True when `node` is, or hands on, a call of `iterator.next()`: `it.next()`, `race(it.next(), …)`, `it.next().then(…)`. */
function isNextOf(node: TSESTree.Node, iterator: string, sourceCode: SourceCode, depth = 0): boolean {
  let value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.ChainExpression) value = value.expression;
  if (value.type === AST_NODE_TYPES.ArrayExpression) {
    return depth < 3 && value.elements.some((element) => element !== null && isNextOf(element, iterator, sourceCode, depth + 1));
  }
  if (value.type !== AST_NODE_TYPES.CallExpression || depth > 3) return false;
  const callee = skipTypeWrappers(value.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && getCallName(value) === 'next' && getFlagText(callee.object, sourceCode) === iterator) {
    return true;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && isNextOf(callee.object, iterator, sourceCode, depth + 1)) return true;
  return value.arguments.some((argument) => isNextOf(argument, iterator, sourceCode, depth + 1));
}

/**
 * True when `step` is `await it.return()` (or `it.return?.()`) in the `finally` of a `try` whose only awaits
 * wait for `it.next()`: an iterator whose `next()` failed is already closed, and `return()` on it settles
 * without running anything, so it cannot replace that failure.
 */
export function isIteratorCloseAfterNext(step: CleanupStep, tryStatement: TSESTree.TryStatement, sourceCode: SourceCode): boolean {
  const iterator = getClosedIterator(step, sourceCode);
  if (iterator === null) return false;
  let isOnlyNext = true;
  walk(tryStatement.block, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.AwaitExpression && !isNextOf(node.argument, iterator, sourceCode)) isOnlyNext = false;
    if (node.type === AST_NODE_TYPES.ForOfStatement && node.await) isOnlyNext = false;
    return isOnlyNext;
  });
  return isOnlyNext;
}
