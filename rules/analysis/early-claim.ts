import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getIndentationUnit, getLineIndentation, indentLines, removeStatement } from '../utils/fix-text.js';
import type { StateGuard } from './guards.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;

/** How a late state assignment can be moved up to the guard. */
export type EarlyClaim =
  | { readonly kind: 'from-finally'; readonly fix: (fixer: Fixer) => Fix[] }
  | { readonly kind: 'with-restore'; readonly fix: (fixer: Fixer) => Fix[] };

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

/** Edits that put `text` as a statement directly after the guard (first in the block for a wrapping guard). */
function insertAfterGuard(fixer: Fixer, guard: StateGuard, text: string, sourceCode: SourceCode): Fix {
  const first = guard.path[0];
  if (guard.isWrapping && guard.statement.consequent.type === AST_NODE_TYPES.BlockStatement) {
    const indent = first ? getLineIndentation(first, sourceCode) : `${getLineIndentation(guard.statement, sourceCode)}  `;
    const openBrace = sourceCode.getFirstToken(guard.statement.consequent)!;
    return fixer.insertTextAfter(openBrace, `\n${indent}${text}`);
  }
  return fixer.insertTextAfter(guard.statement, `\n${getLineIndentation(guard.statement, sourceCode)}${text}`);
}

/** Edits that take `statement` out of the `finally` of `tryStatement`, dropping a `finally` left empty. */
function removeFromFinally(
  fixer: Fixer,
  statement: TSESTree.Statement,
  tryStatement: TSESTree.TryStatement,
  sourceCode: SourceCode,
): Fix | null {
  const finalizer = tryStatement.finalizer!;
  if (finalizer.body.length > 1) return removeStatement(fixer, statement, sourceCode);
  if (sourceCode.getCommentsInside(finalizer).length > 0) return null;
  if (tryStatement.handler) return fixer.removeRange([tryStatement.handler.range[1], finalizer.range[1]]);
  // `try { … } finally { x = v }` with nothing else: the try has no purpose left, so unwrap its block.
  const block = tryStatement.block;
  if (block.body.length === 0) return removeStatement(fixer, tryStatement, sourceCode);
  const unit = getIndentationUnit(tryStatement, block.body[0]!, sourceCode);
  const inner = sourceCode.text.slice(block.body[0]!.range[0], block.body.at(-1)!.range[1]);
  const dedented = inner
    .split('\n')
    .map((line, index) => (index > 0 && line.startsWith(unit) ? line.slice(unit.length) : line))
    .join('\n');
  return fixer.replaceText(tryStatement, dedented);
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
 * How to move `assignment` (a late claim of guarded state) to directly after `guard`:
 * out of a `finally` as is (it ran on both outcomes), or from the success path with the previous value
 * restored in a `catch` that rethrows (the failure outcome stays what it was). `null` when the shape is not simple.
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
  const claimText = `${sourceCode.getText(assignment)};`;
  const { path } = guard;

  const finalizer = statement.parent;
  const tryStatement = finalizer?.parent;
  if (
    finalizer?.type === AST_NODE_TYPES.BlockStatement &&
    tryStatement?.type === AST_NODE_TYPES.TryStatement &&
    tryStatement.finalizer === finalizer &&
    path.includes(tryStatement)
  ) {
    return {
      kind: 'from-finally',
      fix: (fixer) => {
        const removal = removeFromFinally(fixer, statement, tryStatement, sourceCode);
        return removal ? [insertAfterGuard(fixer, guard, claimText, sourceCode), removal] : [];
      },
    };
  }

  const index = path.indexOf(statement);
  if (index <= 0) return null;
  const wrapped = path.slice(0, index);
  if (declaresNamesUsedAfter(wrapped, statement.range[0], sourceCode)) return null;
  const first = wrapped[0]!;
  const indent = getLineIndentation(first, sourceCode);
  const unit = getIndentationUnit(guard.isWrapping ? guard.statement : (guard.statement.parent ?? guard.statement), first, sourceCode);
  const targetText = sourceCode.getText(assignment.left);
  const memberName = targetText.replace(/^.*[.#]/u, '').replace(/^\w/u, (letter) => letter.toUpperCase());
  const previous = getUnusedName(`previous${memberName}`, first, sourceCode);
  const body = sourceCode.text.slice(first.range[0], statement.range[0]).trimEnd();
  const replacement = [
    `const ${previous} = ${targetText};`,
    `${indent}${claimText}`,
    `${indent}try {`,
    indentLines(`${indent}${body}`, unit),
    `${indent}} catch (error) {`,
    `${indent}${unit}${targetText} = ${previous};`,
    `${indent}${unit}throw error;`,
    `${indent}}`,
  ].join('\n');
  return {
    kind: 'with-restore',
    fix: (fixer) => [fixer.replaceTextRange([first.range[0], statement.range[1]], replacement)],
  };
}
