import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getCallName, getLastName, skipTypeWrappers } from '../program/ast.js';
import { getThisClass } from '../program/class-members.js';
import { getClassMembers } from '../program/file-model.js';
import type { TeardownMethod } from './teardown-methods.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The names given to `Foo.prototype.<name>` at the top level of a file, by constructor name, built once per file. */
const prototypeMethodsByFile = new WeakMap<SourceCode, Map<string, Set<string>>>();

/**
 * The plain method an element list (one name's members, from the file model) holds, as `this` calls it: a
 * non-computed `name()` or `#name()` method, the last one declared where the name repeats.
 */
function getPlainMethod(elements: readonly TSESTree.ClassElement[] | undefined): TSESTree.FunctionExpression | undefined {
  const method = elements?.findLast(
    (element): element is TSESTree.MethodDefinition & { value: TSESTree.FunctionExpression } =>
      element.type === AST_NODE_TYPES.MethodDefinition &&
      element.kind === 'method' &&
      !element.computed &&
      (element.key.type === AST_NODE_TYPES.Identifier || element.key.type === AST_NODE_TYPES.PrivateIdentifier) &&
      element.value.type === AST_NODE_TYPES.FunctionExpression,
  );
  return method?.value;
}

function getPrototypeMethods(sourceCode: SourceCode): Map<string, Set<string>> {
  let methods = prototypeMethodsByFile.get(sourceCode);
  if (!methods) {
    methods = new Map();
    for (const statement of sourceCode.ast.body) {
      const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
      const left = expression?.type === AST_NODE_TYPES.AssignmentExpression ? expression.left : null;
      const prototype = left?.type === AST_NODE_TYPES.MemberExpression ? left.object : null;
      if (prototype?.type !== AST_NODE_TYPES.MemberExpression || getLastName(prototype) !== 'prototype') continue;
      const constructor = getLastName(prototype.object);
      const name = getLastName(left!);
      if (constructor === null || name === null) continue;
      const names = methods.get(constructor) ?? new Set<string>();
      names.add(name);
      methods.set(constructor, names);
    }
    prototypeMethodsByFile.set(sourceCode, methods);
  }
  return methods;
}

/**
 * The same-class method an own call runs (`this.teardownTransport()`, `this.#flush()`, `this.#close.call(this)`):
 * the function, `null` when the class of `this` is known and declares no such method (it is inherited), or
 * `undefined` when `this` is not a class instance the file shows.
 */
export function getSameClassMethod(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): TSESTree.FunctionExpression | null | undefined {
  let callee = skipTypeWrappers(call.callee);
  let name = getCallName(call);
  if ((name === 'call' || name === 'apply') && callee.type === AST_NODE_TYPES.MemberExpression) {
    callee = skipTypeWrappers(callee.object);
    name = getLastName(callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.PrivateIdentifier) name = `#${name}`;
  } else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.PrivateIdentifier) {
    name = `#${name}`;
  }
  const owner = getThisClass(call);
  if (!owner || name === null) return undefined;
  return getPlainMethod(getClassMembers(owner.classNode, sourceCode).members.get(name)) ?? null;
}

/** Methods that bring a closed object back: after one of them, a later teardown has work to do again. */
const REOPENING_METHODS = /^_*(?:open|reopen|connect|reconnect|start|restart|listen|init|initialize|launch|resume|attach|enable|begin)(?![a-z])/u;

/**
 * True when the object `method` tears down can be opened again by a method of its own (`start`, `connect`,
 * `open`, `reconnect`, …): a teardown routed through `runIdempotent` would then do nothing on the second stop.
 * Class methods and `Foo.prototype.open = …` assignments of the same file are looked at; an object literal is one
 * handle, never reopened.
 */
export function hasReopeningMethod(method: TeardownMethod, sourceCode: SourceCode): boolean {
  const { member } = method;
  if (member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition) {
    if (member.parent.type !== AST_NODE_TYPES.ClassBody) return false;
    const classBody = member.parent;
    return classBody.body.some((element) => {
      const name = 'key' in element && !element.computed ? getLastName(element.key) : null;
      return name !== null && REOPENING_METHODS.test(name);
    });
  }
  if (member.type === AST_NODE_TYPES.AssignmentExpression && member.left.type === AST_NODE_TYPES.MemberExpression) {
    const object = member.left.object;
    if (object.type === AST_NODE_TYPES.ThisExpression) {
      const owner = getThisClass(member);
      if (owner === null) return false;
      const { members } = getClassMembers(owner.classNode, sourceCode);
      return [...members].some(([name, elements]) => REOPENING_METHODS.test(name) && getPlainMethod(elements) !== undefined);
    }
    const constructor = object.type === AST_NODE_TYPES.MemberExpression ? getLastName(object.object) : null;
    const names = constructor === null ? undefined : getPrototypeMethods(sourceCode).get(constructor);
    return names !== undefined && [...names].some((name) => REOPENING_METHODS.test(name));
  }
  return false;
}

/** The names of the decorators on a class method (`synchronized` for `@synchronized`, `@synchronized()` and `@lib.synchronized`). */
function getDecoratorNames(method: TeardownMethod): string[] {
  const { member } = method;
  if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) return [];
  return (member.decorators ?? []).flatMap((decorator) => {
    const expression = skipTypeWrappers(decorator.expression);
    const name = getLastName(expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression);
    return name === null ? [] : [name];
  });
}

/** Decorators that let one call of a method run at a time, or once. */
const SERIALISING_DECORATOR =
  /^(?:guarded|synchroni[sz]ed|exclusive|mutex|lock|locked|withLock|serial|seriali[sz]ed|sequential|single(?:Flight|ton)?|once|idempotent|memoi[sz]e(?:d)?|dedupe(?:d)?)$/iu;

/** True when a decorator on `method` serialises its calls (`@synchronized`, `@guarded()`, `@exclusive`, `@mutex`, `@lock`). */
export function hasSerialisingDecorator(method: TeardownMethod): boolean {
  return getDecoratorNames(method).some((name) => SERIALISING_DECORATOR.test(name));
}

/** Decorators that turn a call away once the object is disposed: `@throwIfDisposed(…)`, `@inertIfDisposed`. */
const DISPOSAL_GUARD_DECORATOR = /If(?:Disposed|Closed|Destroyed|Stopped|Terminated|Ended)$/u;

/** True when a decorator on `method` turns calls away once the object is disposed (`@throwIfDisposed(…)`). */
export function hasDisposalGuardDecorator(method: TeardownMethod): boolean {
  return getDecoratorNames(method).some((name) => DISPOSAL_GUARD_DECORATOR.test(name));
}
