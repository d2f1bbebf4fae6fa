import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers, walk } from '../program/ast.js';
import { getThisClass } from '../program/class-members.js';
import { getMemberName, getModuleVariableTarget, isModuleLevelVariable } from '../program/state-target.js';
import { getAliasedThis, getThisOwner } from '../program/this-alias.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * State that concurrent callers share, reached by any path: a member of `this` (`this.x`, `this.#x`,
 * `this.state.client`, `this.cache[key]`), of an alias of `this` (`const self = this; self.x`), of a class
 * (`ClassName.x`, `this.x` in static code), of a module-level binding (`config.client`), or a module-level
 * `let`/`var`. Locals and parameters are not shared.
 */
export interface SharedSlot {
  /** Two slots with the same key are the same state (within one function). */
  readonly key: string;
  readonly node: TSESTree.Identifier | TSESTree.MemberExpression;
  /** The last member name (`client`, `#client`) or the variable's name. */
  readonly name: string;
}

/** Strips type wrappers and optional chaining, which do not change which state is read. */
export function skipChainAndTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = skipTypeWrappers(node);
  while (current.type === AST_NODE_TYPES.ChainExpression) current = skipTypeWrappers(current.expression);
  return current;
}

/**
 * True for a function a factory hands out to be called many times: a method of an object literal
 * (`{ async get() {} }`, `{ get: async () => {} }`) or the function the factory returns (`return async () => {}`).
 */
function isHandedOutFunction(fn: TSESTree.Node): boolean {
  const { parent } = fn;
  if (parent?.type === AST_NODE_TYPES.ReturnStatement || (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === fn)) return true;
  return parent?.type === AST_NODE_TYPES.Property && parent.value === fn && parent.parent.type === AST_NODE_TYPES.ObjectExpression;
}

/**
 * `variable` (a name resolved from `scope`, where it is read) when it is the `let`/`var` of a factory function
 * read from a function the factory hands out (see `isHandedOutFunction`): `function createClient() { let token;
 * return { async get() { if (!token) token = await fetchToken(); … } }; }`. Every call of the handed-out function
 * shares it, like a member of `this`.
 */
function getFactoryStateVariable(variable: TSESLint.Scope.Variable | null, scope: TSESLint.Scope.Scope): TSESLint.Scope.Variable | null {
  const [definition] = variable?.defs ?? [];
  if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable' || definition.parent.kind === 'const') return null;
  const factory = variable.scope.variableScope;
  const method = scope.variableScope;
  if (factory.type !== 'function' || method === factory || method.upper?.variableScope !== factory) return null;
  return isHandedOutFunction(method.block) ? variable : null;
}

/** The key of the object `this` is at `node`: the instance of its method, or the class in static code. */
function getThisKey(node: TSESTree.Node): string {
  const owner = getThisClass(node);
  if (owner?.isStatic) return `class@${owner.classNode.range[0]}`;
  return `this@${getThisOwner(node).range[0]}`;
}

/** True for key expressions that name the same entry each time they are evaluated: no writes, no awaits. */
export function isStableKey(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  let stable = true;
  walk(node, sourceCode.visitorKeys, (child) => {
    if (
      child.type === AST_NODE_TYPES.AssignmentExpression ||
      child.type === AST_NODE_TYPES.UpdateExpression ||
      child.type === AST_NODE_TYPES.AwaitExpression ||
      child.type === AST_NODE_TYPES.YieldExpression
    ) {
      stable = false;
    }
    return stable;
  });
  return stable;
}

/** The text of `node` without whitespace or comments: equal texts are equal expressions. */
export function getNormalizedText(node: TSESTree.Node, sourceCode: SourceCode): string {
  return sourceCode
    .getTokens(node)
    .map((token) => token.value)
    .join(' ');
}

/** The key of the object an expression evaluates to, when that object is shared; `null` otherwise. */
function getObjectKey(node: TSESTree.Node, sourceCode: SourceCode, depth: number): string | null {
  const value = skipChainAndTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.ThisExpression) return getThisKey(value);
  if (value.type === AST_NODE_TYPES.MemberExpression) return getSlotWithDepth(value, sourceCode, depth)?.key ?? null;
  if (value.type !== AST_NODE_TYPES.Identifier) return null;

  const aliased = getAliasedThis(value, sourceCode);
  if (aliased) return getThisKey(aliased);
  const variable = ASTUtils.findVariable(sourceCode.getScope(value), value);
  // Unresolved names are globals (`process`, `window`): shared by every caller.
  if (!variable) return `global.${value.name}`;
  const [definition] = variable.defs;
  if (variable.defs.length === 1 && definition) {
    if (definition.type === 'ClassName') return `class@${definition.node.range[0]}`;
    if (definition.type === 'Variable') {
      const init = definition.node.init ? skipTypeWrappers(definition.node.init) : null;
      if (init?.type === AST_NODE_TYPES.ClassExpression) return `class@${init.range[0]}`;
      // `const state = this.state`: a local name for shared state.
      if (
        !isModuleLevelVariable(variable) &&
        definition.parent.kind === 'const' &&
        definition.node.id.type === AST_NODE_TYPES.Identifier &&
        init?.type === AST_NODE_TYPES.MemberExpression &&
        depth < 4
      ) {
        return getSlotWithDepth(init, sourceCode, depth + 1)?.key ?? null;
      }
    }
  }
  return isModuleLevelVariable(variable) ? `module.${value.name}` : null;
}

function getSlotWithDepth(node: TSESTree.Node, sourceCode: SourceCode, depth: number): SharedSlot | null {
  const value = skipChainAndTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    // One scope lookup serves both questions: module state, or a factory's closure state.
    const scope = sourceCode.getScope(value);
    const variable = ASTUtils.findVariable(scope, value);
    const target = getModuleVariableTarget(value, variable);
    if (target) return { key: target.key, node: value, name: value.name };
    const factoryVariable = getFactoryStateVariable(variable, scope);
    return factoryVariable ? { key: `closure@${factoryVariable.defs[0]!.node.range[0]}`, node: value, name: value.name } : null;
  }
  if (value.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = getMemberName(value);
  let property: string;
  if (name !== null) property = `.${name}`;
  else if (value.computed && isStableKey(value.property, sourceCode)) property = `[${getNormalizedText(value.property, sourceCode)}]`;
  else return null;
  const objectKey = getObjectKey(value.object, sourceCode, depth);
  return objectKey === null ? null : { key: `${objectKey}${property}`, node: value, name: name ?? property };
}

/**
 * The key of the shared object `node` evaluates to (`this`, `self`, `this.cache`, a module-level `cache`),
 * or `null` when it is a local or parameter.
 */
export function getSharedObjectKey(node: TSESTree.Node, sourceCode: SourceCode): string | null {
  return getObjectKey(node, sourceCode, 0);
}

/** The shared state `node` denotes, or `null` for locals, parameters and values that are not state. */
export function getSharedSlot(node: TSESTree.Node, sourceCode: SourceCode): SharedSlot | null {
  return getSlotWithDepth(node, sourceCode, 0);
}
