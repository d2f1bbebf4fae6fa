import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, isLoop } from '../analysis/program/ast.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;


function isStatementListParent(node: TSESTree.Node | undefined): boolean {
  return (
    node?.type === AST_NODE_TYPES.BlockStatement ||
    node?.type === AST_NODE_TYPES.Program ||
    node?.type === AST_NODE_TYPES.StaticBlock ||
    node?.type === AST_NODE_TYPES.SwitchCase
  );
}

/**
 * The statement after which code runs exactly once, right after `node` completed, inside `container`: the innermost
 * enclosing statement that sits in a block, lifted out of any loop between `node` and `container`.
 * `null` when there is none, or when `node` is part of a `return` or `throw` (nothing after it runs once it did).
 */
export function getStatementAfter(node: TSESTree.Node, container: TSESTree.BlockStatement): TSESTree.Statement | null {
  let anchor: TSESTree.Statement | null = null;
  for (let current: TSESTree.Node = node; current !== container; current = current.parent!) {
    if (!current.parent || isFunctionNode(current)) return null;
    if (isLoop(current)) anchor = null;
    // Past a `return` or `throw`, only paths that skipped `node` reach the code after it.
    if (current.type === AST_NODE_TYPES.ReturnStatement || current.type === AST_NODE_TYPES.ThrowStatement) return null;
    if (anchor === null && current.parent.type === AST_NODE_TYPES.BlockStatement) anchor = current as TSESTree.Statement;
  }
  return anchor;
}

/** The leading whitespace of the line `offset` is on. */
function getLineIndent(offset: number, sourceCode: SourceCode): string {
  const { text } = sourceCode;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/u.exec(text.slice(lineStart))![0];
}

/** True when only whitespace separates `offset` from the start of its line. */
function isFirstOnLine(offset: number, sourceCode: SourceCode): boolean {
  const { text } = sourceCode;
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).trim() === '';
}

/**
 * `statement` with its comments: those on its own first and last line, and the comment lines right above it
 * (no blank line between). That is the text that moves as one piece.
 */
function getMovedRange(statement: TSESTree.Statement, sourceCode: SourceCode): [number, number] {
  let start = statement.range[0];
  let firstLine = statement.loc.start.line;
  for (const comment of sourceCode.getCommentsBefore(statement).reverse()) {
    const sameLine = comment.loc.end.line === firstLine && comment.range[1] <= start;
    const lineAbove = comment.loc.end.line === firstLine - 1 && isFirstOnLine(comment.range[0], sourceCode) && isFirstOnLine(start, sourceCode);
    if (!sameLine && !lineAbove) break;
    start = comment.range[0];
    firstLine = comment.loc.start.line;
  }
  const after = sourceCode.getCommentsAfter(statement).filter((comment) => comment.loc.start.line === statement.loc.end.line);
  return [start, after.at(-1)?.range[1] ?? statement.range[1]];
}

/**
 * True when a line comment lies wholly within `range`. The file's comments are in source order and apart: a binary
 * search finds the first that starts in it, instead of a look at every comment of the file per fix.
 */
function hasLineCommentWithin([start, end]: [number, number], sourceCode: SourceCode): boolean {
  const comments = sourceCode.getAllComments();
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comments[middle]!.range[0] < start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < comments.length && comments[index]!.range[1] <= end; index += 1) {
    if (comments[index]!.type === AST_TOKEN_TYPES.Line) return true;
  }
  return false;
}

/** The range to delete for `range`: its whole line(s) when nothing else is on them. */
function getRemovalRange(range: [number, number], sourceCode: SourceCode): [number, number] {
  const { text } = sourceCode;
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', range[1]);
  const aloneOnLine =
    text.slice(lineStart, range[0]).trim() === '' && text.slice(range[1], lineEnd === -1 ? text.length : lineEnd).trim() === '';
  return aloneOnLine && lineEnd !== -1 ? [lineStart, lineEnd + 1] : range;
}

/** Where to insert after `anchor`, and the text to insert there for `moved`; `null` when a line comment would swallow code. */
function getInsertion(anchor: TSESTree.Statement, moved: string, hasLineComment: boolean, sourceCode: SourceCode): [number, string] | null {
  const { text } = sourceCode;
  const trailing = sourceCode.getCommentsAfter(anchor).filter((comment) => comment.loc.start.line === anchor.loc.end.line);
  const offset = trailing.at(-1)?.range[1] ?? anchor.range[1];
  const lineEnd = text.indexOf('\n', offset);
  if (lineEnd !== -1 && text.slice(offset, lineEnd).trim() === '') {
    return [offset, `\n${getLineIndent(anchor.range[0], sourceCode)}${moved}`];
  }
  return hasLineComment || trailing.length > 0 ? null : [offset, ` ${moved}`];
}

/** True when the block declares names that would leak into (or clash with) the enclosing scope if unwrapped. */
function hasLexicalDeclarations(block: TSESTree.BlockStatement): boolean {
  return block.body.some(
    (statement) =>
      (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.kind !== 'var') ||
      statement.type === AST_NODE_TYPES.ClassDeclaration ||
      statement.type === AST_NODE_TYPES.FunctionDeclaration,
  );
}

function hasMultilineTemplate(block: TSESTree.BlockStatement, sourceCode: SourceCode): boolean {
  return sourceCode
    .getTokens(block)
    .some((token) => token.type === AST_TOKEN_TYPES.Template && token.loc.start.line !== token.loc.end.line);
}

/** The try block's statements, as they read once `try {` and `}` are gone: one level less indented. */
function getUnwrappedText(tryStatement: TSESTree.TryStatement, insertion: [number, string], sourceCode: SourceCode): string {
  const { block } = tryStatement;
  const innerStart = block.range[0] + 1;
  const raw = sourceCode.text.slice(innerStart, block.range[1] - 1);
  const at = insertion[0] - innerStart;
  const inner = raw.slice(0, at) + insertion[1] + raw.slice(at);
  if (!inner.includes('\n')) return inner.trim();
  const outerIndent = getLineIndent(tryStatement.range[0], sourceCode);
  const innerIndent = getLineIndent(block.body[0]!.range[0], sourceCode);
  return inner
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : line.startsWith(innerIndent) ? outerIndent + line.slice(innerIndent.length) : line))
    .join('\n')
    .trim();
}

/**
 * A fix that moves `statement` (a whole statement in a block, with the comments on its lines) into the `try` block
 * of `tryStatement`, right after `anchor`. When that empties the `finally` clause, the clause goes too; a `try`
 * left with neither `catch` nor `finally` is unwrapped (or, when unwrapping could change scoping or string
 * contents, turned into a plain block); with comments between the clauses, the empty `finally {}` stays.
 * `null` when no such edit is safe.
 */
export function getMoveIntoTryFix(
  statement: TSESTree.Statement,
  anchor: TSESTree.Statement,
  tryStatement: TSESTree.TryStatement,
  sourceCode: SourceCode,
): ((fixer: Fixer) => Fix[]) | null {
  if (!isStatementListParent(statement.parent) || anchor.parent?.type !== AST_NODE_TYPES.BlockStatement) return null;
  const movedRange = getMovedRange(statement, sourceCode);
  const moved = sourceCode.text.slice(...movedRange);
  const hasLineComment = hasLineCommentWithin(movedRange, sourceCode);
  const insertion = getInsertion(anchor, moved, hasLineComment, sourceCode);
  if (!insertion) return null;

  const { finalizer, handler, block } = tryStatement;
  const move = (fixer: Fixer): Fix => fixer.insertTextAfterRange([insertion[0], insertion[0]], insertion[1]);
  // Dropping the emptied `finally` deletes the text between the clauses: only when no comment is there.
  const hasCommentsBetween = (start: number, end: number): boolean =>
    sourceCode.getAllComments().some((comment) => comment.range[0] >= start && comment.range[1] <= end);
  const emptiesFinally =
    finalizer !== null &&
    finalizer.body.length === 1 &&
    finalizer.body[0] === statement &&
    sourceCode.getCommentsInside(finalizer).every((comment) => comment.range[0] >= movedRange[0] && comment.range[1] <= movedRange[1]) &&
    !hasCommentsBetween((handler ?? block).range[1], finalizer.range[0]) &&
    (handler !== null || !hasCommentsBetween(tryStatement.range[0], block.range[0]));

  if (!emptiesFinally) return (fixer) => [move(fixer), fixer.removeRange(getRemovalRange(movedRange, sourceCode))];
  if (handler) return (fixer) => [move(fixer), fixer.removeRange([handler.range[1], finalizer.range[1]])];
  const canUnwrap =
    isStatementListParent(tryStatement.parent) &&
    isFirstOnLine(tryStatement.range[0], sourceCode) &&
    !hasLexicalDeclarations(block) &&
    !hasMultilineTemplate(block, sourceCode);
  if (canUnwrap) {
    return (fixer) => [fixer.replaceText(tryStatement, getUnwrappedText(tryStatement, insertion, sourceCode))];
  }
  // `try { … } finally {}` is just a block: keep the braces, so scoping stays as it was.
  return (fixer) => [fixer.removeRange([tryStatement.range[0], block.range[0]]), move(fixer), fixer.removeRange([block.range[1], finalizer.range[1]])];
}
