import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCalledMethodName, skipTypeWrappers } from '../program/ast.js';
import { getMapEntryCall, getMapLikeNames } from './map-cache.js';
import { isModuleLevelVariable } from '../program/state-target.js';
import { getSharedSlot, skipChainAndTypeWrappers } from './shared-slot.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A store into shared state: `this.x = v`, `x ??= v`, `self.x ||= v`, `x = x ?? v`, `cache.set(key, v)`. */
export interface SlotWrite {
  /** The key of the state written (see SharedSlot; `….entry(key)` for a Map entry). */
  readonly key: string;
  readonly node: TSESTree.AssignmentExpression | TSESTree.CallExpression;
  /** The value stored (`null` for `map.set(key)`); for `x = x ?? v`, `v`. */
  readonly value: TSESTree.Node | null;
  /** True for `x ??= v`, `x ||= v`, `x = x ?? v` and `x = x || v`: the write checks for absence itself. */
  readonly isSelfChecked: boolean;
  /** The state as written in the source: the assignment's left side, or the Map of a `set` call. */
  readonly target: TSESTree.Node;
  /** The entry key of a Map `set`, else `null`. */
  readonly entry: TSESTree.Node | null;
}

/** Reads and writes of shared state in one file, Map-like caches included. */
export interface SlotAccess {
  /**
   * The key of the shared state `node` reads: `this.x`, `cache.get(k)` and `cache.has(k)` (the entry), or a
   * local snapshot of either (`const cached = cache.get(k)`). `null` for anything else.
   */
  getReadKey(node: TSESTree.Node): string | null;
  /** `node` as a write of shared state, else `null`. */
  getWrite(node: TSESTree.Node): SlotWrite | null;
}

/** The initial value of a local `const` (or a `let` not written before `use`) that `use` names, else `null`. */
function getSnapshotInit(use: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Expression | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(use), use);
  const [definition] = variable?.defs ?? [];
  if (!variable || variable.defs.length !== 1 || definition?.type !== 'Variable' || isModuleLevelVariable(variable)) {
    return null;
  }
  if (definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) return null;
  const isWrittenBefore = variable.references.some(
    (reference) => reference.isWrite() && !reference.init && reference.identifier.range[0] < use.range[0],
  );
  return isWrittenBefore ? null : definition.node.init;
}

/** The slot accessors of one file; the Map-like evidence is gathered on first need. */
export function createSlotAccess(sourceCode: SourceCode): SlotAccess {
  let mapLikeNames: ReadonlySet<string> | undefined;
  const getMapEntry = (node: TSESTree.Node): ReturnType<typeof getMapEntryCall> =>
    getMapEntryCall(node, () => (mapLikeNames ??= getMapLikeNames(sourceCode)), sourceCode);

  function getReadKeyWithDepth(node: TSESTree.Node, depth: number): string | null {
    const value = skipChainAndTypeWrappers(node);
    if (value.type === AST_NODE_TYPES.CallExpression) {
      const entry = getMapEntry(value);
      return entry && entry.method !== 'set' ? entry.entryKey : null;
    }
    const slot = getSharedSlot(value, sourceCode);
    if (slot) return slot.key;
    if (value.type !== AST_NODE_TYPES.Identifier || depth > 3) return null;
    const init = getSnapshotInit(value, sourceCode);
    return init ? getReadKeyWithDepth(init, depth + 1) : null;
  }

  const getReadKey = (node: TSESTree.Node): string | null => getReadKeyWithDepth(node, 0);

  function getWrite(node: TSESTree.Node): SlotWrite | null {
    if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      if (node.operator !== '=' && node.operator !== '??=' && node.operator !== '||=') return null;
      const slot = getSharedSlot(node.left, sourceCode);
      if (!slot) return null;
      const right = skipTypeWrappers(node.right);
      const isDefaulting =
        node.operator === '=' &&
        right.type === AST_NODE_TYPES.LogicalExpression &&
        (right.operator === '??' || right.operator === '||') &&
        getReadKey(right.left) === slot.key;
      return {
        key: slot.key,
        node,
        value: isDefaulting ? right.right : node.right,
        isSelfChecked: node.operator !== '=' || isDefaulting,
        target: node.left,
        entry: null,
      };
    }
    // Only `set` writes: the method's name is checked before the file's Map-like names are gathered.
    if (node.type !== AST_NODE_TYPES.CallExpression || getCalledMethodName(node) !== 'set') return null;
    const entry = getMapEntry(node);
    if (entry?.method !== 'set') return null;
    const value = node.arguments[1];
    return {
      key: entry.entryKey,
      node,
      value: value && value.type !== AST_NODE_TYPES.SpreadElement ? value : null,
      isSelfChecked: false,
      target: entry.map,
      entry: entry.key,
    };
  }

  return { getReadKey, getWrite };
}
