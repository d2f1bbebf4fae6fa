import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isNullish, skipTypeWrappers } from './ast.js';

/**
 * Shared state a function can read and write across an `await`: a member of `this`
 * (`this.x`, `this.#x`, `this['x']`) or a variable declared at module level.
 * `key` identifies it: two nodes with the same key are the same state.
 */
export type StateTarget =
  | {
      readonly kind: 'this-member';
      readonly key: string;
      /** `lock` for `this.lock` and `this['lock']`, `#lock` for `this.#lock`. */
      readonly name: string;
      readonly isPrivateName: boolean;
      readonly node: TSESTree.MemberExpression;
    }
  | {
      readonly kind: 'module-variable';
      readonly key: string;
      readonly name: string;
      readonly variable: TSESLint.Scope.Variable;
      readonly node: TSESTree.Identifier;
    };

/** The member name of `object.name`, `object.#name` or `object['name']`, else `null`. */
export function getMemberName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) {
    return node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : node.property.name;
  }
  if (node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'string') {
    return node.property.value;
  }
  if (node.property.type === AST_NODE_TYPES.TemplateLiteral && node.property.expressions.length === 0) {
    return node.property.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** True for variables that live as long as the module: declared in its top scope. */
export function isModuleLevelVariable(variable: TSESLint.Scope.Variable): boolean {
  const { scope } = variable;
  if (scope.type === 'module' || scope.type === 'global') return true;
  // CommonJS files: ESLint wraps the program in a function scope whose block is the Program.
  return scope.type === 'function' && scope.block.type === AST_NODE_TYPES.Program;
}

/** The state `node` refers to, or `null` for locals, parameters, computed keys and other objects' members. */
export function getStateTarget(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): StateTarget | null {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    if (skipTypeWrappers(target.object).type !== AST_NODE_TYPES.ThisExpression) return null;
    const name = getMemberName(target);
    if (name === null) return null;
    const isPrivateName = target.property.type === AST_NODE_TYPES.PrivateIdentifier;
    return { kind: 'this-member', key: `this.${name}`, name, isPrivateName, node: target };
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    return getModuleVariableTarget(target, ASTUtils.findVariable(sourceCode.getScope(target), target));
  }
  return null;
}

/**
 * The state `name` refers to when it names `variable` (its variable as resolved from its scope, `null` when
 * unresolved): a `let` or `var` of the module, else `null`. For callers that resolved the name for more than this.
 */
export function getModuleVariableTarget(name: TSESTree.Identifier, variable: TSESLint.Scope.Variable | null): StateTarget | null {
  if (!variable || !isModuleLevelVariable(variable)) return null;
  const isMutableBinding = variable.defs.some(
    (definition) =>
      definition.type === 'Variable' &&
      definition.parent.type === AST_NODE_TYPES.VariableDeclaration &&
      (definition.parent.kind === 'let' || definition.parent.kind === 'var'),
  );
  if (!isMutableBinding) return null;
  return { kind: 'module-variable', key: `module.${name.name}`, name: name.name, variable, node: name };
}

/** True when `node` refers to the same state as `target`. */
export function isSameStateTarget(
  node: TSESTree.Node,
  target: StateTarget,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  return getStateTarget(node, sourceCode)?.key === target.key;
}

/**
 * The states an `if` test checks for absence: `!x`, `x == null`, `x === undefined`, `typeof x === 'undefined'`,
 * and each such operand of `&&` (`!x && more`: the branch still runs only when `x` is absent).
 */
export function getAbsenceCheckedTargets(
  test: TSESTree.Expression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StateTarget[] {
  const target = getAbsenceCheckedTarget(test, sourceCode);
  if (target) return [target];
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
    return [...getAbsenceCheckedTargets(node.left, sourceCode), ...getAbsenceCheckedTargets(node.right, sourceCode)];
  }
  return [];
}

/** The state that `test` as a whole checks for absence (`!x`, `x == null`, `typeof x === 'undefined'`), else `null`. */
export function getAbsenceCheckedTarget(
  test: TSESTree.Expression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): StateTarget | null {
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    return getStateTarget(node.argument, sourceCode);
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '==' || node.operator === '===')) {
    for (const [operand, other] of [
      [node.left, node.right],
      [node.right, node.left],
    ] as const) {
      const typeofOperand = skipTypeWrappers(operand);
      if (typeofOperand.type === AST_NODE_TYPES.UnaryExpression && typeofOperand.operator === 'typeof') {
        return other.type === AST_NODE_TYPES.Literal && other.value === 'undefined'
          ? getStateTarget(typeofOperand.argument, sourceCode)
          : null;
      }
      if (isNullish(other)) return getStateTarget(operand, sourceCode);
    }
  }
  return null;
}
