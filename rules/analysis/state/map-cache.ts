import { AST_NODE_TYPES, AST_TOKEN_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getNodesOfType } from '../program/file-model.js';
import { findFirstEndingAfter, getCalleeName, getCalledMethodName, getDeepestNodeAt, isAsciiIdentifierPart, skipTypeWrappers } from '../program/ast.js';
import { getMemberName } from '../program/state-target.js';
import { getNormalizedText, getSharedObjectKey, isStableKey, skipChainAndTypeWrappers } from './shared-slot.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Classes with Map's synchronous `get`/`has`/`set`: Map, WeakMap, `*Map`, `*Cache` (lru-cache), discord.js `Collection`. */
const MAP_LIKE_CLASS = /^(?:\w*Map|\w*Cache|LRU|QuickLRU|Collection)$/u;

/**
 * How every name `MAP_LIKE_CLASS` accepts ends. Where one of these ends a word of a file's text (no identifier character
 * after it) is where such a name can end: a superset of the places, for a cheap first test and a start for the search.
 */
const MAP_LIKE_CLASS_ENDINGS = ['Map', 'Cache', 'LRU', 'Collection'] as const;

/**
 * The offsets just past each place in `text` where a Map-like class name can end (see `MAP_LIKE_CLASS_ENDINGS`), or
 * only whether there is one when `firstOnly`. Found with `indexOf`: over all the corpus's texts, 34 ms against 55–62
 * ms for one regular expression of the four endings. No ending can overlap itself, so each place is found once.
 */
function findMapLikeEnds(text: string, firstOnly: boolean): number[] {
  const ends: number[] = [];
  for (const ending of MAP_LIKE_CLASS_ENDINGS) {
    for (let index = text.indexOf(ending); index !== -1; index = text.indexOf(ending, index + ending.length)) {
      const end = index + ending.length;
      if (isAsciiIdentifierPart(text.charCodeAt(end))) continue;
      ends.push(end);
      if (firstOnly) return ends;
    }
  }
  return ends;
}

function isMapLikeType(node: TSESTree.TypeNode | undefined): boolean {
  if (!node) return false;
  if (node.type === AST_NODE_TYPES.TSUnionType) return node.types.some((type) => isMapLikeType(type));
  if (node.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const { typeName } = node;
  const name = typeName.type === AST_NODE_TYPES.TSQualifiedName ? typeName.right.name : typeName.type === AST_NODE_TYPES.Identifier ? typeName.name : null;
  return name !== null && MAP_LIKE_CLASS.test(name);
}

function isMapLikeCreation(node: TSESTree.Node | null | undefined): boolean {
  const value = node ? skipTypeWrappers(node) : null;
  if (value?.type !== AST_NODE_TYPES.NewExpression) return false;
  const name = getCalleeName(value);
  return name !== null && MAP_LIKE_CLASS.test(name);
}

function getKeyName(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : null;
}

/** The node types that can name a Map-like value. */
const MAP_EVIDENCE_TYPES = [
  AST_NODE_TYPES.VariableDeclarator,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.PropertyDefinition,
  AST_NODE_TYPES.AccessorProperty,
  AST_NODE_TYPES.TSPropertySignature,
  AST_NODE_TYPES.Property,
  AST_NODE_TYPES.TSParameterProperty,
] as const;

const MAP_EVIDENCE_TYPE_SET: ReadonlySet<string> = new Set(MAP_EVIDENCE_TYPES);

/**
 * The names given a Map-like value anywhere in the file: `const cache = new Map()`, `this.cache = new LRUCache()`,
 * `cache = new Map()` fields, `{ cache: new Map() }`, or a `Map<K, V>` annotation. Without types, a name is the
 * evidence that `x.cache.get(key)` reads a synchronous cache and not, say, an async store.
 */
export function getMapLikeNames(sourceCode: SourceCode): ReadonlySet<string> {
  // Two rules ask per file: found once, kept with the file like the file model's parts.
  let names = mapLikeNamesByFile.get(sourceCode);
  if (!names) {
    names = findMapLikeNames(sourceCode);
    mapLikeNamesByFile.set(sourceCode, names);
  }
  return names;
}

const mapLikeNamesByFile = new WeakMap<SourceCode, ReadonlySet<string>>();

/**
 * False when the file can have no Map-like names (see `getMapLikeNames`): every piece of evidence names a Map-like
 * class, so a file without such a name in its text has none, unless an identifier is spelled with `\u` escapes.
 * Asked of the text alone: a rule can leave out a listener that only Map entries would need.
 */
export function mayHaveMapLikeNames(sourceCode: SourceCode): boolean {
  return sourceCode.text.includes('\\u') || findMapLikeEnds(sourceCode.text, true).length > 0;
}

function findMapLikeNames(sourceCode: SourceCode): Set<string> {
  const names = new Set<string>();
  const hasEscapes = sourceCode.text.includes('\\u');
  const add = (name: string | null): void => {
    if (name !== null) names.add(name);
  };
  const visit = (node: TSESTree.Node): void => {
    switch (node.type) {
      case AST_NODE_TYPES.VariableDeclarator:
        if (node.id.type === AST_NODE_TYPES.Identifier && (isMapLikeCreation(node.init) || isMapLikeType(node.id.typeAnnotation?.typeAnnotation))) {
          add(node.id.name);
        }
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (isMapLikeCreation(node.right)) {
          if (node.left.type === AST_NODE_TYPES.Identifier) add(node.left.name);
          if (node.left.type === AST_NODE_TYPES.MemberExpression) add(getMemberName(node.left));
        }
        break;
      case AST_NODE_TYPES.PropertyDefinition:
      case AST_NODE_TYPES.AccessorProperty:
      case AST_NODE_TYPES.TSPropertySignature:
        if (!node.computed && (('value' in node && isMapLikeCreation(node.value)) || isMapLikeType(node.typeAnnotation?.typeAnnotation))) {
          add(getKeyName(node.key));
        }
        break;
      case AST_NODE_TYPES.Property:
        if (!node.computed && isMapLikeCreation(node.value)) add(getKeyName(node.key));
        break;
      case AST_NODE_TYPES.TSParameterProperty:
        if (node.parameter.type === AST_NODE_TYPES.Identifier && isMapLikeType(node.parameter.typeAnnotation?.typeAnnotation)) {
          add(node.parameter.name);
        }
        break;
      default:
        break;
    }
  };
  if (hasEscapes) {
    for (const type of MAP_EVIDENCE_TYPES) for (const node of getNodesOfType(type, sourceCode)) visit(node);
    return names;
  }
  // Every piece of evidence holds the class's name as an identifier token: only the nodes around those tokens can be
  // evidence, found from the tokens without a walk of the file. The tokens are found from where the text spells such
  // a name (without escapes, a token's value is its text), not from a pass over the whole token list. Most files
  // spell none, and are answered from their text without a walk.
  const { text } = sourceCode;
  for (const end of findMapLikeEnds(text, false)) {
    let start = end;
    while (start > 0 && isAsciiIdentifierPart(text.charCodeAt(start - 1))) start -= 1;
    const token = getTokenStartingAt(start, sourceCode);
    if (token?.type !== AST_TOKEN_TYPES.Identifier || !MAP_LIKE_CLASS.test(token.value)) continue;
    for (let node: TSESTree.Node | undefined = getDeepestNodeAt(sourceCode.ast, token.range[0], sourceCode.visitorKeys); node; node = node.parent) {
      if (MAP_EVIDENCE_TYPE_SET.has(node.type)) visit(node);
    }
  }
  return names;
}

/**
 * The token that starts at `offset`, else `null`: the first token that ends after it (`findFirstEndingAfter`, by halves)
 * starts there if any does, since tokens are in order and do not overlap.
 */
function getTokenStartingAt(offset: number, sourceCode: SourceCode): TSESTree.Token | null {
  const { tokens } = sourceCode.ast;
  const token = tokens[findFirstEndingAfter(tokens, offset)];
  return token?.range[0] === offset ? token : null;
}

/** A call on one entry of a shared Map-like cache: `this.cache.get(key)`, `cache.has(id)`, `self.byId.set(id, v)`. */
export interface MapEntryCall {
  readonly call: TSESTree.CallExpression;
  readonly method: 'get' | 'has' | 'set';
  readonly map: TSESTree.Expression;
  readonly key: TSESTree.Expression;
  /** Two calls with the same entry key are on the same entry of the same map. */
  readonly entryKey: string;
}

const ENTRY_METHODS = new Set(['get', 'has', 'set']);

/** `node` as a `get`/`has`/`set` call on an entry of a shared Map-like whose name is in `mapLikeNames`, else `null`. */
export function getMapEntryCall(
  node: TSESTree.Node,
  mapLikeNames: ReadonlySet<string> | (() => ReadonlySet<string>),
  sourceCode: SourceCode,
): MapEntryCall | null {
  const call = skipChainAndTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const method = getCalledMethodName(call);
  const [key] = call.arguments;
  if (method === null || !ENTRY_METHODS.has(method) || !key || key.type === AST_NODE_TYPES.SpreadElement) return null;
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const map = skipChainAndTypeWrappers(callee.object);
  const mapName =
    map.type === AST_NODE_TYPES.Identifier ? map.name : map.type === AST_NODE_TYPES.MemberExpression ? getMemberName(map) : null;
  if (mapName === null || !(typeof mapLikeNames === 'function' ? mapLikeNames() : mapLikeNames).has(mapName)) return null;
  const mapKey = getSharedObjectKey(map, sourceCode);
  if (mapKey === null) return null;
  if (!isStableKey(key, sourceCode)) return null;
  return {
    call,
    method: method as MapEntryCall['method'],
    map: map as TSESTree.Expression,
    key,
    entryKey: `${mapKey}.entry(${getNormalizedText(key, sourceCode)})`,
  };
}
