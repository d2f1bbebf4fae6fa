import { AST_TOKEN_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getTemplateTokensOverlapping } from '../analysis/program/file-model.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The whitespace before `node` on its line (empty when code precedes it there). */
export function getLineIndentation(node: TSESTree.Node | TSESTree.Token, sourceCode: SourceCode): string {
  const lineStart = node.range[0] - node.loc.start.column;
  const before = sourceCode.text.slice(lineStart, node.range[0]);
  return /^\s*$/u.test(before) ? before : '';
}

/** The leading whitespace of the line `node` starts on. */
export function getLeadingWhitespace(node: TSESTree.Node, sourceCode: SourceCode): string {
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

/** The comments that follow `node` on its line with nothing else after them (`x = 1; // why`), in order. */
export function getTrailingComments(node: TSESTree.Node | TSESTree.Token, sourceCode: SourceCode): TSESTree.Comment[] {
  const comments: TSESTree.Comment[] = [];
  let previous: TSESTree.Node | TSESTree.Token | TSESTree.Comment = node;
  for (;;) {
    const next: TSESTree.Token | null = sourceCode.getTokenAfter(previous, { includeComments: true });
    if (!next || next.loc.start.line !== node.loc.end.line) break;
    if (next.type !== AST_TOKEN_TYPES.Line && next.type !== AST_TOKEN_TYPES.Block) return [];
    comments.push(next);
    previous = next;
  }
  return comments;
}

/**
 * The source text of `range` with every line after the first re-indented by `change` (which gets the line and
 * returns it with its indentation changed); blank lines are emptied, and lines that start inside a template
 * literal are left alone: re-indenting them would change the string.
 */
export function getReindentedText(range: readonly [number, number], change: (line: string) => string, sourceCode: SourceCode): string {
  const templates = getTemplateTokensOverlapping(range, sourceCode);
  let offset = range[0];
  return sourceCode.text
    .slice(range[0], range[1])
    .split('\n')
    .map((line, index) => {
      const lineStart = offset;
      offset += line.length + 1;
      if (index === 0 || templates.some((token) => token.range[0] < lineStart && lineStart < token.range[1])) return line;
      return line.trim() === '' ? '' : change(line);
    })
    .join('\n');
}
