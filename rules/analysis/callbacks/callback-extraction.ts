import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isLoop, isWithin, walk } from '../program/ast.js';


/** True when the target of `jump` lies inside `top`, so the jump still works once `top` is in a function. */
function isJumpTargetWithin(jump: TSESTree.BreakStatement | TSESTree.ContinueStatement, top: TSESTree.Node): boolean {
  for (let node: TSESTree.Node | undefined = jump.parent; node && isWithin(node, top); node = node.parent) {
    if (jump.label) {
      if (node.type === AST_NODE_TYPES.LabeledStatement && node.label.name === jump.label.name) return true;
    } else if (isLoop(node) || (jump.type === AST_NODE_TYPES.BreakStatement && node.type === AST_NODE_TYPES.SwitchStatement)) {
      return true;
    }
  }
  return false;
}

/** The identifiers a pattern (`a`, `[a, b]`, `{ a, b: c, ...d }`, `a = 1`) assigns to. */
function getPatternIdentifiers(pattern: TSESTree.Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return [pattern];
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.flatMap((element) => (element ? getPatternIdentifiers(element) : []));
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) =>
        getPatternIdentifiers(property.type === AST_NODE_TYPES.Property ? property.value : property),
      );
    case AST_NODE_TYPES.RestElement:
      return getPatternIdentifiers(pattern.argument);
    case AST_NODE_TYPES.AssignmentPattern:
      return getPatternIdentifiers(pattern.left);
    default:
      return [];
  }
}

/** The identifiers that `node` writes: assignment targets, `x++`, `for (x of …)`. */
function getWrittenIdentifiers(node: TSESTree.Node): TSESTree.Identifier[] {
  if (node.type === AST_NODE_TYPES.AssignmentExpression) return getPatternIdentifiers(node.left);
  if (node.type === AST_NODE_TYPES.UpdateExpression) return getPatternIdentifiers(node.argument);
  if (
    (node.type === AST_NODE_TYPES.ForInStatement || node.type === AST_NODE_TYPES.ForOfStatement) &&
    node.left.type !== AST_NODE_TYPES.VariableDeclaration
  ) {
    return getPatternIdentifiers(node.left);
  }
  return [];
}

/**
 * True when `statements` run the same as the body of an arrow function put in their place: no `return`,
 * `yield` or `var` (they would act on the new function), no `break`/`continue` to a statement outside them,
 * and no assignment to a variable declared outside them (a closure hides it from TypeScript's flow analysis,
 * so `let x; … x = await f(); use(x)` would stop compiling). `this`, `super` and `arguments` are the enclosing
 * function's in an arrow function too.
 */
export function isMovableIntoArrowFunction(
  statements: readonly TSESTree.Statement[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  return statements.every((top) => {
    let movable = true;
    walk(top, sourceCode.visitorKeys, (node) => {
      if (!movable) return false;
      if (
        node.type === AST_NODE_TYPES.ReturnStatement ||
        node.type === AST_NODE_TYPES.YieldExpression ||
        (node.type === AST_NODE_TYPES.VariableDeclaration && node.kind === 'var') ||
        ((node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) &&
          !isJumpTargetWithin(node, top))
      ) {
        movable = false;
        return false;
      }
      for (const identifier of getWrittenIdentifiers(node)) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
        const declaredInside =
          variable?.defs.some((definition) => statements.some((statement) => isWithin(definition.name, statement))) ?? false;
        if (!declaredInside) movable = false;
      }
      return movable;
    });
    return movable;
  });
}
