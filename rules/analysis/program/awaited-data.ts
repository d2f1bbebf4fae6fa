import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, skipTypeWrappers, walk } from './ast.js';
import { getStateTarget } from './state-target.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * The values that awaits in a stretch of code produce, and where each becomes available: locals and members
 * of `this` written from an `await` (`const data = await extract()`, `this.buffer = await read()`), the
 * variables of `for await`, and whatever is computed from those later (`const parsed = parse(data)`).
 */
export interface AwaitedData {
  /** The source offset from which each variable holds awaited data. */
  readonly variables: ReadonlyMap<Variable, number>;
  /** The same for members of `this`, by state key (`this.buffer`). */
  readonly members: ReadonlyMap<string, number>;
}

/** True when `node` awaits as part of its own evaluation (not in a nested function). */
function containsAwait(node: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  if (isFunctionNode(node)) return false;
  let found = false;
  walk(node, visitorKeys, (child) => {
    if (child.type === AST_NODE_TYPES.AwaitExpression) found = true;
    return !found;
  });
  return found;
}

/** True when `node` reads awaited data written before it, or awaits itself. */
export function isUsingAwaitedData(node: TSESTree.Node, data: AwaitedData, sourceCode: SourceCode): boolean {
  if (containsAwait(node, sourceCode.visitorKeys)) return true;
  for (const [variable, from] of data.variables) {
    const isRead = variable.references.some(
      (reference) =>
        reference.isRead() &&
        reference.identifier.range[0] >= Math.max(from, node.range[0]) &&
        reference.identifier.range[1] <= node.range[1],
    );
    if (isRead) return true;
  }
  if (data.members.size === 0) return false;
  let found = false;
  walk(
    node,
    sourceCode.visitorKeys,
    (child) => {
      if (child.type === AST_NODE_TYPES.MemberExpression) {
        const target = getStateTarget(child, sourceCode);
        const from = target?.kind === 'this-member' ? data.members.get(target.key) : undefined;
        if (from !== undefined && child.range[0] >= from) found = true;
      }
      return !found;
    },
    { enterFunctions: true },
  );
  return found;
}

/** The variables `pattern` writes to: `a`, `{ a, b: [c] }`, `...rest`. */
function getWrittenVariables(pattern: TSESTree.Node, sourceCode: SourceCode): Variable[] {
  const variables: Variable[] = [];
  walk(pattern, sourceCode.visitorKeys, (node) => {
    if (node.type !== AST_NODE_TYPES.Identifier) return;
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    if (variable?.references.some((reference) => reference.identifier === node && reference.isWrite())) {
      variables.push(variable);
    }
  });
  return variables;
}

/**
 * The awaited data of `statements`, in source order, not entering nested functions nor the nodes
 * `isOwnZone` says handle their own failures (a nested `try` with its own `catch`).
 */
export function getAwaitedData(
  statements: readonly TSESTree.Statement[],
  sourceCode: SourceCode,
  isOwnZone: (node: TSESTree.Node) => boolean,
): AwaitedData {
  const variables = new Map<Variable, number>();
  const members = new Map<string, number>();
  const data: AwaitedData = { variables, members };
  const mark = (target: TSESTree.Node, from: number): void => {
    const node = skipTypeWrappers(target);
    const state = getStateTarget(node, sourceCode);
    if (state?.kind === 'this-member') {
      if (!members.has(state.key)) members.set(state.key, from);
      return;
    }
    for (const variable of getWrittenVariables(node, sourceCode)) {
      if (!variables.has(variable)) variables.set(variable, from);
    }
  };
  for (const statement of statements) {
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (isOwnZone(node)) return false;
      if (node.type === AST_NODE_TYPES.VariableDeclarator && node.init && isUsingAwaitedData(node.init, data, sourceCode)) {
        mark(node.id, node.range[1]);
      } else if (node.type === AST_NODE_TYPES.AssignmentExpression && isUsingAwaitedData(node.right, data, sourceCode)) {
        mark(node.left, node.range[1]);
      } else if (node.type === AST_NODE_TYPES.ForOfStatement && (node.await || isUsingAwaitedData(node.right, data, sourceCode))) {
        mark(node.left, node.left.range[1]);
      }
      return true;
    });
  }
  return data;
}
