import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The whitespace before `node` on its line (empty when code precedes it there). */
export function getLineIndentation(node: TSESTree.Node | TSESTree.Token, sourceCode: SourceCode): string {
  const lineStart = node.range[0] - node.loc.start.column;
  const before = sourceCode.text.slice(lineStart, node.range[0]);
  return /^\s*$/u.test(before) ? before : '';
}

/** The leading whitespace of the line `node` starts on. */
function getLeadingWhitespace(node: TSESTree.Node, sourceCode: SourceCode): string {
  return /^\s*/u.exec(sourceCode.lines[node.loc.start.line - 1] ?? '')?.[0] ?? '';
}

/** One level of indentation as the file uses it: the step from `outer`'s line to `inner`'s, else two spaces. */
export function getIndentationUnit(outer: TSESTree.Node, inner: TSESTree.Node, sourceCode: SourceCode): string {
  const outerIndent = getLeadingWhitespace(outer, sourceCode);
  const innerIndent = getLeadingWhitespace(inner, sourceCode);
  if (innerIndent.startsWith(outerIndent) && innerIndent.length > outerIndent.length) {
    return innerIndent.slice(outerIndent.length);
  }
  return innerIndent.includes('\t') ? '\t' : '  ';
}

/**
 * Removes a statement and its line, keeping any comment inside it that lies outside `keep`
 * (a comment is never dropped by our fixes).
 */
export function removeStatement(
  fixer: TSESLint.RuleFixer,
  statement: TSESTree.Statement,
  sourceCode: SourceCode,
  keep?: TSESTree.Node,
): TSESLint.RuleFix {
  const comments = sourceCode
    .getCommentsInside(statement)
    .filter((comment) => !keep || comment.range[0] < keep.range[0] || comment.range[1] > keep.range[1]);
  if (comments.length > 0) {
    const indent = getLineIndentation(statement, sourceCode);
    return fixer.replaceText(statement, comments.map((comment) => sourceCode.getText(comment)).join(`\n${indent}`));
  }
  const { text } = sourceCode;
  const lineStart = statement.range[0] - statement.loc.start.column;
  const lineEnd = text.indexOf('\n', statement.range[1]);
  const aloneOnLine =
    text.slice(lineStart, statement.range[0]).trim() === '' &&
    text.slice(statement.range[1], lineEnd === -1 ? text.length : lineEnd).trim() === '';
  return aloneOnLine && lineEnd !== -1 ? fixer.removeRange([lineStart, lineEnd + 1]) : fixer.remove(statement);
}

/** `text` with `prefix` added to every line that is not blank. */
export function indentLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : prefix + line))
    .join('\n');
}
