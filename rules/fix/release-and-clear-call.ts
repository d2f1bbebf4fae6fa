import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { walk } from '../analysis/program/ast.js';

/** The names `node` reads as variables (not property names): a new parameter must not shadow them. */
function getReadNames(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): Set<string> {
  const names = new Set<string>();
  walk(
    node,
    visitorKeys,
    (child) => {
      const parent = child.parent;
      const isPropertyName =
        (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === child && !parent.computed) ||
        (parent?.type === AST_NODE_TYPES.Property && parent.key === child && !parent.computed && !parent.shorthand);
      if (child.type === AST_NODE_TYPES.Identifier && !isPropertyName) names.add(child.name);
    },
    { enterFunctions: true },
  );
  return names;
}

function quote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/**
 * The statement `await <helper>(this, '<key>', (<key>) => <release>);` that replaces the source text in `replaced`,
 * where `<release>` is `release` (a call such as `this.socket?.close()`) with `receiver` (`this.socket`) swapped for
 * the callback's parameter. Comments of `replaced` outside the call are kept, each on its own line above it.
 * `null` when no parameter name is free.
 */
export function getReleaseAndClearCallText(
  release: TSESTree.Expression,
  receiver: TSESTree.Node,
  key: string,
  replaced: readonly [number, number],
  helperName: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): string | null {
  const readNames = getReadNames(release, sourceCode.visitorKeys);
  const parameter = [key, 'resource', '_resource'].find((name) => /^[A-Za-z_$][\w$]*$/u.test(name) && !readNames.has(name));
  if (!parameter) return null;
  const { text } = sourceCode;
  const callbackBody = text.slice(release.range[0], receiver.range[0]) + parameter + text.slice(receiver.range[1], release.range[1]);
  const lineStart = text.lastIndexOf('\n', replaced[0] - 1) + 1;
  const indent = /^[ \t]*/u.exec(text.slice(lineStart))![0];
  const comments = sourceCode
    .getAllComments()
    .filter(
      (comment) =>
        comment.range[0] >= replaced[0] &&
        comment.range[1] <= replaced[1] &&
        (comment.range[1] <= release.range[0] || comment.range[0] >= release.range[1]),
    );
  return [
    ...comments.map((comment) => sourceCode.getText(comment)),
    `await ${helperName}(this, ${quote(key)}, (${parameter}) => ${callbackBody});`,
  ].join(`\n${indent}`);
}
