import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { containsSuspension, getEnclosingFunction, isWithin, skipTypeWrappers } from '../analysis/program/ast.js';
import { isMovableIntoArrowFunction } from '../analysis/callbacks/callback-extraction.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * A `try` statement that runs its cleanup however the work ends, rewritable as `await withCleanup(work, cleanup)`.
 * - `finally`: `try { work } finally { cleanup }`.
 * - `repeated-after`: `try { work } catch (e) { cleanup; throw e; } cleanup` (the same statements after the try).
 * - `repeated-in-try`: `try { work; cleanup } catch (e) { cleanup; throw e; }`. Unlike `withCleanup`, it runs the
 *   cleanup a second time when the first run, after a successful work, throws.
 */
export interface WithCleanupRewrite {
  readonly shape: 'finally' | 'repeated-after' | 'repeated-in-try';
  /** The replaced range: the try statement, and the repeated cleanup after it. */
  readonly range: TSESTree.Range;
  /** The replacing statement, given the expression naming `withCleanup` (see getRuntimeImport). */
  readonly getText: (withCleanup: string) => string;
}

function haveSameTokens(left: readonly TSESTree.Statement[], right: readonly TSESTree.Statement[], sourceCode: SourceCode): boolean {
  if (left.length !== right.length) return false;
  const tokens = (statements: readonly TSESTree.Statement[]): string =>
    JSON.stringify(statements.flatMap((statement) => sourceCode.getTokens(statement).map(({ type, value }) => [type, value])));
  return tokens(left) === tokens(right);
}

/** True when `statements` declare a name that later statements of their block would lose when they move. */
function declaresNames(statements: readonly TSESTree.Statement[]): boolean {
  return statements.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.VariableDeclaration ||
      statement.type === AST_NODE_TYPES.FunctionDeclaration ||
      statement.type === AST_NODE_TYPES.ClassDeclaration,
  );
}

/** The text of `block` cut after `last` (a statement of it) and closed again at `indent`, with the range it keeps. */
function getBlockUpTo(
  block: TSESTree.BlockStatement,
  last: TSESTree.Statement,
  indent: string,
  sourceCode: SourceCode,
): { text: string; kept: TSESTree.Range } {
  if (last === block.body.at(-1)) return { text: sourceCode.getText(block), kept: block.range };
  return { text: `${sourceCode.text.slice(block.range[0], last.range[1])}\n${indent}}`, kept: [block.range[0], last.range[1]] };
}

function getArrowText(statements: readonly TSESTree.Statement[], body: string, sourceCode: SourceCode): string {
  const suspends = statements.some((statement) => containsSuspension(statement, sourceCode.visitorKeys));
  return `${suspends ? 'async ' : ''}() => ${body}`;
}

/** The statements of the cleanup, if `handler` is `catch (e) { cleanup; throw e; }` with a cleanup that does not read `e`. */
function getRethrowingCleanup(handler: TSESTree.CatchClause, sourceCode: SourceCode): TSESTree.Statement[] | null {
  const { param } = handler;
  const statements = handler.body.body;
  const last = statements.at(-1);
  if (param?.type !== AST_NODE_TYPES.Identifier || last?.type !== AST_NODE_TYPES.ThrowStatement || statements.length < 2) return null;
  const thrown = skipTypeWrappers(last.argument);
  if (thrown.type !== AST_NODE_TYPES.Identifier || thrown.name !== param.name) return null;
  const cleanup = statements.slice(0, -1);
  const variable = sourceCode.getDeclaredVariables(handler)[0];
  const readsError = variable?.references.some((reference) => cleanup.some((statement) => isWithin(reference.identifier, statement)));
  return readsError === false ? cleanup : null;
}

/**
 * How to rewrite `statement` into `await withCleanup(async () => { work }, async () => { cleanup })`, or `null`
 * when it has none of the shapes above, is not in an async function, the work or cleanup would not run the
 * same inside an arrow function (isMovableIntoArrowFunction), or a comment would be lost.
 */
export function getWithCleanupRewrite(statement: TSESTree.TryStatement, sourceCode: SourceCode): WithCleanupRewrite | null {
  if (getEnclosingFunction(statement)?.async !== true) return null;
  const { block, handler, finalizer } = statement;
  const lineStart = statement.range[0] - statement.loc.start.column;
  const indent = /^\s*/u.exec(sourceCode.text.slice(lineStart, statement.range[0]))![0];

  let shape: WithCleanupRewrite['shape'];
  let work: readonly TSESTree.Statement[];
  let cleanup: readonly TSESTree.Statement[];
  let cleanupBlock: TSESTree.BlockStatement;
  let end = statement.range[1];
  if (finalizer && !handler) {
    [shape, work, cleanup, cleanupBlock] = ['finally', block.body, finalizer.body, finalizer];
  } else if (handler && !finalizer) {
    const rethrowing = getRethrowingCleanup(handler, sourceCode);
    if (!rethrowing || declaresNames(rethrowing)) return null;
    [cleanup, cleanupBlock] = [rethrowing, handler.body];
    const siblings = statement.parent.type === AST_NODE_TYPES.BlockStatement ? statement.parent.body : [];
    const index = siblings.indexOf(statement);
    const after = siblings.slice(index + 1, index + 1 + cleanup.length);
    if (block.body.length > cleanup.length && haveSameTokens(block.body.slice(-cleanup.length), cleanup, sourceCode)) {
      [shape, work] = ['repeated-in-try', block.body.slice(0, -cleanup.length)];
    } else if (index >= 0 && haveSameTokens(after, cleanup, sourceCode)) {
      [shape, work, end] = ['repeated-after', block.body, after.at(-1)!.range[1]];
    } else {
      return null;
    }
  } else {
    return null;
  }
  if (work.length === 0 || cleanup.length === 0) return null;
  if (!isMovableIntoArrowFunction(work, sourceCode) || !isMovableIntoArrowFunction(cleanup, sourceCode)) return null;

  const workPart = getBlockUpTo(block, work.at(-1)!, indent, sourceCode);
  const cleanupPart = getBlockUpTo(cleanupBlock, cleanup.at(-1)!, indent, sourceCode);
  const kept = [workPart.kept, cleanupPart.kept];
  const losesComment = sourceCode
    .getAllComments()
    .some(
      (comment) =>
        comment.range[0] >= statement.range[0] &&
        comment.range[1] <= end &&
        !kept.some(([from, to]) => comment.range[0] >= from && comment.range[1] <= to),
    );
  if (losesComment) return null;

  return {
    shape,
    range: [statement.range[0], end],
    getText: (withCleanup) =>
      `await ${withCleanup}(${getArrowText(work, workPart.text, sourceCode)}, ${getArrowText(cleanup, cleanupPart.text, sourceCode)});`,
  };
}
