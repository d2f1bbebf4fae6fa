import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getFirstSuspension, isExitStatement, type SuspensionNode } from './ast.js';

type VisitorKeys = TSESLint.SourceCode.VisitorKeys;

export type { SuspensionNode };

/** The first suspension that runs as part of `node` (see `getFirstSuspension` in ast.ts). */
export const getFirstSuspensionWithin = getFirstSuspension;

/** The statements of a block-like node (`{ … }`, the program, a `case`), else `null`. */
export function getStatementList(node: TSESTree.Node): readonly TSESTree.Node[] | null {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.StaticBlock:
      return node.body;
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return null;
  }
}

/** The first suspension of `statement` on a path where it completes normally (falls through to what follows). */
export function getFallThroughSuspension(statement: TSESTree.Node, visitorKeys: VisitorKeys): SuspensionNode | null {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return null;
    case AST_NODE_TYPES.IfStatement:
      return (
        getFirstSuspensionWithin(statement.test, visitorKeys) ??
        (isExitStatement(statement.consequent) ? null : getFallThroughSuspension(statement.consequent, visitorKeys)) ??
        (statement.alternate && !isExitStatement(statement.alternate)
          ? getFallThroughSuspension(statement.alternate, visitorKeys)
          : null)
      );
    case AST_NODE_TYPES.BlockStatement: {
      if (isExitStatement(statement)) return null;
      for (const child of statement.body) {
        const suspension = getFallThroughSuspension(child, visitorKeys);
        if (suspension) return suspension;
      }
      return null;
    }
    case AST_NODE_TYPES.TryStatement: {
      const { block, handler, finalizer } = statement;
      const catchFallsThrough = handler !== null && !isExitStatement(handler.body);
      return (
        (isExitStatement(block) ? null : getFallThroughSuspension(block, visitorKeys)) ??
        // An await in `try` that then throws into a `catch` that falls through.
        (catchFallsThrough ? getFirstSuspensionWithin(block, visitorKeys) ?? getFallThroughSuspension(handler.body, visitorKeys) : null) ??
        getFirstSuspensionWithin(finalizer, visitorKeys)
      );
    }
    case AST_NODE_TYPES.LabeledStatement:
      return getFallThroughSuspension(statement.body, visitorKeys);
    default:
      return getFirstSuspensionWithin(statement, visitorKeys);
  }
}

/** The child nodes of `node`, in source order. */
function getChildren(node: TSESTree.Node, visitorKeys: VisitorKeys): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, unknown>)[key];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'object' && item !== null && typeof (item as { type?: unknown }).type === 'string') {
        children.push(item as TSESTree.Node);
      }
    }
  }
  return children.sort((left, right) => left.range[0] - right.range[0]);
}

/** The suspensions that run in `parent` before its child `child` starts, on the path into `child`. */
export function getSuspensionsBefore(parent: TSESTree.Node, child: TSESTree.Node, visitorKeys: VisitorKeys): (SuspensionNode | null)[] {
  const list = getStatementList(parent);
  if (list) {
    return list.slice(0, list.indexOf(child)).map((statement) => getFallThroughSuspension(statement, visitorKeys));
  }
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return child === parent.test ? [] : [getFirstSuspensionWithin(parent.test, visitorKeys)];
    case AST_NODE_TYPES.LogicalExpression:
      return child === parent.right ? [getFirstSuspensionWithin(parent.left, visitorKeys)] : [];
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return child === parent.body ? [getFirstSuspensionWithin(parent.test, visitorKeys)] : [];
    case AST_NODE_TYPES.ForStatement:
      return child === parent.body
        ? [parent.init, parent.test, parent.update].map((part) => getFirstSuspensionWithin(part, visitorKeys))
        : [];
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.ForInStatement:
      return child === parent.body
        ? [getFirstSuspensionWithin(parent.right, visitorKeys), parent.type === AST_NODE_TYPES.ForOfStatement && parent.await ? parent : null]
        : [];
    case AST_NODE_TYPES.TryStatement:
      if (child === parent.handler) return [getFirstSuspensionWithin(parent.block, visitorKeys)];
      if (child === parent.finalizer) return [getFirstSuspensionWithin(parent.block, visitorKeys), getFirstSuspensionWithin(parent.handler, visitorKeys)];
      return [];
    case AST_NODE_TYPES.SwitchStatement: {
      const cases = parent.cases.slice(0, parent.cases.indexOf(child as TSESTree.SwitchCase) + 1);
      return [getFirstSuspensionWithin(parent.discriminant, visitorKeys), ...cases.map((switchCase) => getFirstSuspensionWithin(switchCase.test, visitorKeys))];
    }
    case AST_NODE_TYPES.CatchClause:
    case AST_NODE_TYPES.LabeledStatement:
      return [];
    default:
      // Expressions evaluate their operands left to right.
      return getChildren(parent, visitorKeys)
        .filter((sibling) => sibling.range[1] <= child.range[0])
        .map((sibling) => getFirstSuspensionWithin(sibling, visitorKeys));
  }
}


/**
 * The first suspension that runs on the way from the start of `path` (a statement list) to `site`, inside one of its
 * statements: the suspensions of the statements before it that can fall through to it (an `await` in a branch that
 * always returns or throws is on another path: `if (typeof data === 'function') return wrap(await data());`), then
 * those on the way into `site` within its own statement, then those within `site` itself (`x = await f()`).
 * `null` when that way never suspends, or when `site` is not in `path`.
 */
export function getSuspensionOnPathTo(path: readonly TSESTree.Node[], site: TSESTree.Node, visitorKeys: VisitorKeys): SuspensionNode | null {
  const index = path.findIndex((statement) => statement.range[0] <= site.range[0] && site.range[1] <= statement.range[1]);
  if (index === -1) return null;
  const found = path.slice(0, index).map((statement) => getFallThroughSuspension(statement, visitorKeys));
  for (let child = site; child !== path[index] && child.parent; child = child.parent) {
    found.push(...getSuspensionsBefore(child.parent, child, visitorKeys));
  }
  found.push(getFirstSuspensionWithin(site, visitorKeys));
  return getEarliestSuspension(found);
}

/** The suspension of `suspensions` that comes first in the source, or `null` when there is none. */
export function getEarliestSuspension(suspensions: readonly (SuspensionNode | null)[]): SuspensionNode | null {
  let earliest: SuspensionNode | null = null;
  for (const suspension of suspensions) {
    if (suspension && (!earliest || suspension.range[0] < earliest.range[0])) earliest = suspension;
  }
  return earliest;
}
