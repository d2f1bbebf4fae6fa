import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  getIndentationUnit,
  getLeadingWhitespace,
  getLineIndentation,
  getReindentedText,
  getTrailingComments,
} from '../../fix/fix-text.js';
import { containsSuspension, getEnclosingFunction, isFunctionNode, isLoop, walk } from '../program/ast.js';
import type { StateGuard } from './guards.js';
import { getStateTarget } from '../program/state-target.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** How a late state assignment can be moved up to the guard. */
export type EarlyClaim =
  | { readonly kind: 'from-finally'; readonly fix: (fixer: Fixer) => Fix[] }
  | { readonly kind: 'with-restore'; readonly fix: (fixer: Fixer) => Fix[] };

/** The claim as text to insert, and the source it comes from (the statement and the comments trailing it). */
interface ClaimText {
  /** The comments on their own lines right before the statement, which describe it. */
  readonly leading: readonly TSESTree.Comment[];
  /** `this.x = v;` (no `;` in a file that does without). */
  readonly code: string;
  /** The comments that trailed it on its line, each after a space. */
  readonly comments: string;
  readonly range: readonly [number, number];
  /** `;` or `''`, as the claimed statement is written. */
  readonly semicolon: string;
}

/** A name like `previousState` that no variable in scope at `node` has. */
function getUnusedName(base: string, node: TSESTree.Node, sourceCode: SourceCode): string {
  const scope = sourceCode.getScope(node);
  for (let suffix = 1; ; suffix += 1) {
    const name = suffix === 1 ? base : `${base}${suffix}`;
    if (!ASTUtils.findVariable(scope, name) && !scope.through.some((reference) => reference.identifier.name === name)) {
      return name;
    }
  }
}

/** `text` as a statement that cannot run into the line before it in a file without semicolons. */
function asStatementStart(text: string, semicolon: string): string {
  return semicolon === '' && /^[([`+\-/]/u.test(text) ? `;${text}` : text;
}

/** The claim `statement` makes, with the comments around it that travel with it. */
function getClaimText(statement: TSESTree.ExpressionStatement, sourceCode: SourceCode): ClaimText {
  const semicolon = sourceCode.getLastToken(statement)?.value === ';' ? ';' : '';
  const trailing = getTrailingComments(statement, sourceCode);
  const comments = trailing.map((comment) => ` ${sourceCode.getText(comment)}`).join('');
  const previousLine = sourceCode.getTokenBefore(statement)?.loc.end.line ?? 0;
  const leading = sourceCode.getCommentsBefore(statement).filter((comment) => comment.loc.start.line > previousLine);
  return {
    leading,
    code: `${asStatementStart(sourceCode.getText(statement.expression), semicolon)}${semicolon}`,
    comments,
    range: [leading[0]?.range[0] ?? statement.range[0], trailing.at(-1)?.range[1] ?? statement.range[1]],
    semicolon,
  };
}

/** The claim's lines, each but the first starting with `indent`. */
function getClaimLines(claim: ClaimText, indent: string, sourceCode: SourceCode): string {
  return [...claim.leading.map((comment) => sourceCode.getText(comment)), `${claim.code}${claim.comments}`].join(`\n${indent}`);
}

/**
 * Where the guarded path's code begins: after the guard (after a wrapping guard's `{`) and the comments that end
 * its line, which stay with the guard.
 */
function getGuardEnd(guard: StateGuard, sourceCode: SourceCode): TSESTree.Node | TSESTree.Token {
  const anchor =
    guard.isWrapping && guard.statement.consequent.type === AST_NODE_TYPES.BlockStatement
      ? sourceCode.getFirstToken(guard.statement.consequent)!
      : guard.statement;
  return getTrailingComments(anchor, sourceCode).at(-1) ?? anchor;
}

/** Edits that put `claim` as a statement directly after the guard (first in the block for a wrapping guard). */
function insertAfterGuard(fixer: Fixer, guard: StateGuard, claim: ClaimText, sourceCode: SourceCode): Fix {
  const first = guard.path[0];
  const indent = guard.isWrapping
    ? first
      ? getLineIndentation(first, sourceCode)
      : `${getLineIndentation(guard.statement, sourceCode)}  `
    : getLineIndentation(guard.statement, sourceCode);
  const after = getGuardEnd(guard, sourceCode);
  // Without semicolons, a next line starting with `(`, `[` or a template would continue the claim.
  const next = sourceCode.getTokenAfter(after);
  const separator = claim.semicolon === '' && next && /^[([`]/u.test(next.value) ? ';' : '';
  return fixer.insertTextAfter(after, `\n${indent}${getClaimLines({ ...claim, code: claim.code + separator }, indent, sourceCode)}`);
}

/** Edits that remove `range` (a statement and its trailing comments), with its line when nothing else is on it. */
function removeLine(fixer: Fixer, range: readonly [number, number], sourceCode: SourceCode): Fix {
  const { text } = sourceCode;
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', range[1]);
  const isAlone = text.slice(lineStart, range[0]).trim() === '' && text.slice(range[1], lineEnd === -1 ? text.length : lineEnd).trim() === '';
  return isAlone && lineEnd !== -1 ? fixer.removeRange([lineStart, lineEnd + 1]) : fixer.removeRange([range[0], range[1]]);
}

/** Edits that take the claim out of the `finally` of `tryStatement`, dropping a `finally` left empty. */
function removeFromFinally(fixer: Fixer, claim: ClaimText, tryStatement: TSESTree.TryStatement, sourceCode: SourceCode): Fix | null {
  const finalizer = tryStatement.finalizer!;
  if (finalizer.body.length > 1) return removeLine(fixer, claim.range, sourceCode);
  const otherComments = sourceCode
    .getCommentsInside(finalizer)
    .filter((comment) => comment.range[0] < claim.range[0] || comment.range[1] > claim.range[1]);
  if (otherComments.length > 0) return null;
  if (tryStatement.handler) return fixer.removeRange([tryStatement.handler.range[1], finalizer.range[1]]);
  // `try { … } finally { x = v }` with nothing else: the try has no purpose left, so unwrap its block.
  const block = tryStatement.block;
  if (block.body.length === 0) {
    return sourceCode.getCommentsInside(block).length > 0 ? null : removeLine(fixer, tryStatement.range, sourceCode);
  }
  const first = sourceCode.getTokenAfter(sourceCode.getFirstToken(block)!, { includeComments: true })!;
  const last = sourceCode.getTokenBefore(sourceCode.getLastToken(block)!, { includeComments: true })!;
  const unit = getIndentationUnit(tryStatement, block.body[0]!, sourceCode);
  const inner = getReindentedText([first.range[0], last.range[1]], (line) => (line.startsWith(unit) ? line.slice(unit.length) : line), sourceCode);
  return fixer.replaceText(tryStatement, inner);
}

/** True when a declaration among `wrapped` is used at or after `position`: wrapping it in a block would hide it. */
function declaresNamesUsedAfter(wrapped: readonly TSESTree.Statement[], position: number, sourceCode: SourceCode): boolean {
  return wrapped.some((statement) =>
    sourceCode
      .getDeclaredVariables(statement)
      .some((variable) => variable.references.some((reference) => reference.identifier.range[0] >= position)),
  );
}

/**
 * True when code in `statements` can leave them other than by falling through or throwing: a `return`, a `break`
 * or `continue` to a target outside them, or (with `countThrow`) a `throw`. Also true for a `using` declaration
 * among them, which a block around them would dispose of sooner, and for a `yield` of an async generator, where the
 * consumer may stop and leave without an error.
 */
function hasExit(statements: readonly TSESTree.Statement[], countThrow: boolean, sourceCode: SourceCode): boolean {
  const [first] = statements;
  const last = statements.at(-1);
  if (!first || !last) return false;
  const region: readonly [number, number] = [first.range[0], last.range[1]];
  const fn = getEnclosingFunction(first);
  const isInside = (node: TSESTree.Node): boolean => node.range[0] >= region[0] && node.range[1] <= region[1];
  let found = false;
  for (const statement of statements) {
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (found) return false;
      switch (node.type) {
        case AST_NODE_TYPES.ReturnStatement:
          found = true;
          break;
        case AST_NODE_TYPES.ThrowStatement:
          found = countThrow;
          break;
        case AST_NODE_TYPES.YieldExpression:
          found = fn?.async === true && fn.generator;
          break;
        case AST_NODE_TYPES.VariableDeclaration:
          found = node.kind === 'using' || node.kind === 'await using';
          break;
        case AST_NODE_TYPES.BreakStatement:
        case AST_NODE_TYPES.ContinueStatement:
          found = !isJumpTargetInside(node, isInside);
          break;
        default:
          break;
      }
      return !found;
    });
  }
  return found;
}

/** True when the statement a `break`/`continue` jumps to lies inside the region `isInside` tells. */
function isJumpTargetInside(
  jump: TSESTree.BreakStatement | TSESTree.ContinueStatement,
  isInside: (node: TSESTree.Node) => boolean,
): boolean {
  for (let current: TSESTree.Node | undefined = jump.parent; current && !isFunctionNode(current); current = current.parent) {
    const isTarget = jump.label
      ? current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === jump.label.name
      : isLoop(current) || (jump.type === AST_NODE_TYPES.BreakStatement && current.type === AST_NODE_TYPES.SwitchStatement);
    if (isTarget) return isInside(current);
  }
  return false;
}

/**
 * How to move `assignment` (a late claim of guarded state) to directly after `guard`:
 * out of a `finally` as is (it ran on both outcomes), or from the success path with the previous value
 * restored in a `catch` that rethrows (the failure outcome stays what it was). `null` when the move would change
 * more than when the claim happens: a comment inside the statement, code between the guard and the `try` that can
 * wait or leave, moved code that can leave by `return`/`break`, or declarations that later code uses.
 */
export function getEarlyClaim(
  guard: StateGuard,
  assignment: TSESTree.AssignmentExpression,
  sourceCode: SourceCode,
): EarlyClaim | null {
  const statement = assignment.parent;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || sourceCode.getCommentsInside(statement).length > 0) {
    return null;
  }
  const claim = getClaimText(statement, sourceCode);
  const { path } = guard;

  const finalizer = statement.parent;
  const tryStatement = finalizer?.parent;
  if (
    finalizer?.type === AST_NODE_TYPES.BlockStatement &&
    tryStatement?.type === AST_NODE_TYPES.TryStatement &&
    tryStatement.finalizer === finalizer &&
    path.includes(tryStatement)
  ) {
    // The `finally` ran whatever the `try` did; code before the `try` that waits or leaves did not reach it.
    const before = path.slice(0, path.indexOf(tryStatement));
    if (hasExit(before, true, sourceCode) || before.some((node) => containsSuspension(node, sourceCode.visitorKeys))) return null;
    return {
      kind: 'from-finally',
      fix: (fixer) => {
        const removal = removeFromFinally(fixer, claim, tryStatement, sourceCode);
        return removal ? [insertAfterGuard(fixer, guard, claim, sourceCode), removal] : [];
      },
    };
  }

  const index = path.indexOf(statement);
  if (index <= 0) return null;
  const wrapped = path.slice(0, index);
  // A `throw` is caught, restored and rethrown; a `return` or `break` would leave the state claimed.
  if (declaresNamesUsedAfter(wrapped, statement.range[0], sourceCode) || hasExit(wrapped, false, sourceCode)) return null;
  const first = wrapped[0]!;
  // Comments between the guard and the first statement describe the work: they move into the `try` with it.
  const start = sourceCode.getTokenAfter(getGuardEnd(guard, sourceCode), { includeComments: true })!;
  // The line's own indentation, also when a `;` of a file without semicolons precedes the statement.
  const indent = getLeadingWhitespace(first, sourceCode);
  const unit = getIndentationUnit(guard.isWrapping ? guard.statement : (guard.statement.parent ?? guard.statement), first, sourceCode);
  const targetText = sourceCode.getText(assignment.left);
  // `previousState` for `this.#state`, `this['state']`, `this._state` or a module's `state`.
  const words = (getStateTarget(assignment.left, sourceCode)?.name ?? '').split(/[^A-Za-z\d]+/u).filter(Boolean);
  const memberName = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('').replace(/^\d+/u, '');
  const previous = getUnusedName(`previous${memberName || 'Value'}`, first, sourceCode);
  const { semicolon } = claim;
  const lastWrapped = sourceCode.getTokenBefore(claim.leading[0] ?? statement, { includeComments: true })!;
  const body = getReindentedText([start.range[0], lastWrapped.range[1]], (line) => unit + line, sourceCode);
  const replacement = [
    `const ${previous} = ${targetText}${semicolon}`,
    `${indent}${getClaimLines(claim, indent, sourceCode)}`,
    `${indent}try {`,
    `${indent}${unit}${body}`,
    `${indent}} catch (error) {`,
    `${indent}${unit}${asStatementStart(targetText, semicolon)} = ${previous}${semicolon}`,
    `${indent}${unit}throw error${semicolon}`,
    `${indent}}`,
  ].join('\n');
  return {
    kind: 'with-restore',
    fix: (fixer) => [fixer.replaceTextRange([start.range[0], claim.range[1]], replacement)],
  };
}
