import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, walk } from './ast.js';
import { getMemberName, getStateTarget, type StateTarget } from './state-target.js';

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** The class whose instance (or, for static code, whose constructor) `this` is at `node`; `null` if `this` is dynamic. */
export function getThisClass(node: TSESTree.Node): { classNode: ClassNode; isStatic: boolean } | null {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (
      (current.type === AST_NODE_TYPES.PropertyDefinition ||
        current.type === AST_NODE_TYPES.StaticBlock ||
        current.type === AST_NODE_TYPES.AccessorProperty) &&
      current.parent.type === AST_NODE_TYPES.ClassBody
    ) {
      return { classNode: current.parent.parent, isStatic: current.type === AST_NODE_TYPES.StaticBlock || current.static };
    }
    if (isFunctionNode(current)) {
      const method = current.parent;
      if (method.type === AST_NODE_TYPES.MethodDefinition && method.parent.type === AST_NODE_TYPES.ClassBody) {
        return { classNode: method.parent.parent, isStatic: method.static };
      }
      return null;
    }
  }
  return null;
}

/** The field declaration of a `this` member (`lock: Mutex | null = null`, `#lock`), if the class declares one. */
export function getFieldDeclaration(
  classNode: ClassNode,
  name: string,
  isStatic: boolean,
): TSESTree.PropertyDefinition | null {
  for (const element of classNode.body.body) {
    if (element.type !== AST_NODE_TYPES.PropertyDefinition || element.static !== isStatic || element.computed) continue;
    const key = element.key;
    const keyName =
      key.type === AST_NODE_TYPES.PrivateIdentifier
        ? `#${key.name}`
        : key.type === AST_NODE_TYPES.Identifier
          ? key.name
          : key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string'
            ? key.value
            : null;
    if (keyName === name) return element;
  }
  return null;
}

/** The class constructor's function, if it has one. */
export function getConstructor(classNode: ClassNode): TSESTree.FunctionExpression | null {
  for (const element of classNode.body.body) {
    if (
      element.type === AST_NODE_TYPES.MethodDefinition &&
      element.kind === 'constructor' &&
      element.value.type === AST_NODE_TYPES.FunctionExpression
    ) {
      return element.value;
    }
  }
  return null;
}

/**
 * Every `<object>.<name>` member expression in the class body, nested functions included, whatever the object
 * (`this.lock`, `self.lock`, `other.#lock`), and every `this[key]` whose key is not a known name.
 * Over-collecting is deliberate: callers use it to prove a member is *not* touched elsewhere.
 */
export function getMemberAccesses(
  classNode: ClassNode,
  name: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.MemberExpression[] {
  const accesses: TSESTree.MemberExpression[] = [];
  walk(
    classNode.body,
    sourceCode.visitorKeys,
    (node) => {
      if (node.type !== AST_NODE_TYPES.MemberExpression) return;
      const memberName = getMemberName(node);
      if (memberName === name || (memberName === null && node.computed && node.object.type === AST_NODE_TYPES.ThisExpression)) {
        accesses.push(node);
      }
    },
    { enterFunctions: true },
  );
  return accesses;
}

/** The assignments to `target` in `root`, not entering nested functions. */
export function getAssignmentsTo(
  root: TSESTree.Node,
  target: StateTarget,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.AssignmentExpression[] {
  const assignments: TSESTree.AssignmentExpression[] = [];
  walk(root, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression && getStateTarget(node.left, sourceCode)?.key === target.key) {
      assignments.push(node);
    }
  });
  return assignments;
}
