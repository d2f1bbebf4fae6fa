import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The whitespace at the start of line `line` (1-based). */
function getIndentOfLine(line: number, sourceCode: SourceCode): string {
  return /^\s*/u.exec(sourceCode.lines[line - 1] ?? '')![0];
}

/** True when re-indenting `node`'s lines would change a value: a template or string literal spans lines. */
function hasMultilineLiteral(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  return sourceCode
    .getTokens(node)
    .some((token) => (token.type === 'Template' || token.type === 'String') && token.loc.start.line !== token.loc.end.line);
}

/** True when `statement` is the unbraced body of an `if`, `else` or loop: `if (tx) await tx.rollback();`. */
function isBodyOfControlStatement(statement: TSESTree.Statement): boolean {
  const owner = statement.parent;
  switch (owner?.type) {
    case AST_NODE_TYPES.IfStatement:
      return owner.consequent === statement || owner.alternate === statement;
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return owner.body === statement;
    default:
      return false;
  }
}

/** The name for the cleanup error's `catch` parameter: `cleanupError`, unless that names the original error. */
function getCleanupErrorName(originalError: string | null): string {
  return originalError === 'cleanupError' ? 'cleanupFailure' : 'cleanupError';
}

/** The range and text that replace a cleanup step's statement. */
export interface GuardedStatementReplacement {
  readonly range: TSESTree.Range;
  readonly text: string;
}

/**
 * Replaces `statement`, a cleanup step, with the step in its own `try`, whose `catch` logs the failure the way
 * the runtime's `logCleanupError` does (`cleanup failed: … (original error: …)`, both errors as details) and lets
 * the original error go on. `originalError` is the variable holding the error being passed on, `null` where
 * there is none (a `finally`): then only the cleanup error is logged. Comments inside the statement and on the
 * rest of its line move into the `try` with it; the indentation follows the file's.
 */
export function getGuardedStatementReplacement(
  statement: TSESTree.Statement,
  originalError: string | null,
  sourceCode: SourceCode,
): GuardedStatementReplacement {
  const cleanupError = getCleanupErrorName(originalError);
  const log =
    originalError === null
      ? `console.error(\`cleanup failed: \${${cleanupError}}\`, ${cleanupError});`
      : `console.error(\`cleanup failed: \${${cleanupError}} (original error: \${${originalError}})\`, ${cleanupError}, ${originalError});`;
  const lineStart = statement.range[0] - statement.loc.start.column;
  const startsLine = sourceCode.text.slice(lineStart, statement.range[0]).trim() === '';
  const trailing = sourceCode
    .getCommentsAfter(statement)
    .filter((comment) => comment.loc.start.line === statement.loc.end.line)
    .at(-1);
  const lineEnd = sourceCode.text.indexOf('\n', statement.range[1]);
  const restOfLine = sourceCode.text.slice(trailing?.range[1] ?? statement.range[1], lineEnd === -1 ? undefined : lineEnd);
  const end = trailing && restOfLine.trim() === '' ? trailing.range[1] : statement.range[1];
  const text = sourceCode.text.slice(statement.range[0], end);

  if (!startsLine) {
    // `if (tx) await tx.rollback();`: the step becomes a block, laid out on lines of its own.
    const endsLine = end === statement.range[1] ? restOfLine.trim() === '' : true;
    if (isBodyOfControlStatement(statement) && statement.loc.start.line === statement.loc.end.line && endsLine) {
      const indent = getIndentOfLine(statement.loc.start.line, sourceCode);
      const unit = indent.includes('\t') ? '\t' : '  ';
      const inner = indent + unit;
      return {
        range: [statement.range[0], end],
        text: `{\n${inner}try {\n${inner}${unit}${text}\n${inner}} catch (${cleanupError}) {\n${inner}${unit}${log}\n${inner}}\n${indent}}`,
      };
    }
    return { range: statement.range, text: `try { ${sourceCode.getText(statement)} } catch (${cleanupError}) { ${log} }` };
  }

  const indent = getIndentOfLine(statement.loc.start.line, sourceCode);
  const outerIndent = getIndentOfLine(statement.parent.loc.start.line, sourceCode);
  const unit =
    indent.startsWith(outerIndent) && indent.length > outerIndent.length ? indent.slice(outerIndent.length) : indent.includes('\t') ? '\t' : '  ';
  const body = hasMultilineLiteral(statement, sourceCode)
    ? text
    : text
        .split('\n')
        .map((line, index) => (index === 0 || line.trim() === '' ? line : unit + line))
        .join('\n');
  return {
    range: [statement.range[0], end],
    text: `try {\n${indent}${unit}${body}\n${indent}} catch (${cleanupError}) {\n${indent}${unit}${log}\n${indent}}`,
  };
}
