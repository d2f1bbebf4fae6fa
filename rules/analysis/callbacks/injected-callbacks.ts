import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionNode, skipTypeWrappers, walk } from '../program/ast.js';
import { getThisClass, type ClassNode } from '../program/class-members.js';
import { getClassElementName, getClassMembers, getMemberStores } from '../program/file-model.js';
import { getInvokedFunction } from '../program/invoked-function.js';
import { getPrototypeClass } from '../program/prototype-class.js';
import { getMemberName } from '../program/state-target.js';
import { getThisOwner } from '../program/this-alias.js';
import { isPromiseResolver } from '../errors/non-throwing-calls.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Names that say "a function someone handed us": `callback`, `cb`, `done`, `onMessage`, `errorHandler`, `beforeSendHook`. */
const CALLBACK_NAME = /^(?:callback|cb|done|handler|listener|hook)$|^on[A-Z\d_]|(?:Callback|Handler|Listener|Hook|Cb)$/u;
/** DOM-style handler properties, all lower case: `onmessage`, `onerror`. */
const LOWER_CASE_HANDLER_NAME =
  /^on(?:message|error|close|open|data|end|load|change|update|event|success|failure|progress|result|response|complete|done|ready|connect|disconnect|timeout|abort)$/u;
/**
 * Injected functions whose failure is not the hazard: a promise's settle functions never throw, and a
 * middleware's `next` runs the rest of the pipeline, whose errors the surrounding `catch` is meant to see.
 */
const NOT_A_CALLBACK_NAME = /^(?:resolve|reject)(?:[A-Z\d_]|$)|^next$/u;
/** Members of `this` that hold callbacks under a computed key: `this.handlers[type](…)`. */
const CALLBACK_CONTAINER_NAME = /^(?:callbacks|handlers|listeners|hooks)$/u;
/** Members of `this` that hold the caller's options, among them callbacks: `this.options.onData(…)`, `this.props.onChange(…)`. */
const OPTIONS_CONTAINER_NAME = /^(?:options|opts|config|configuration|settings|props)$/u;

/** The name without the marks of privacy: `_onData`, `#onData` and `$onData` are `onData`. */
function getBareName(name: string): string {
  return name.replace(/^[#_$]+/u, '');
}

/** Functions that manage callbacks rather than being one: `addEventListener`, `removeHandler`, `setCallback`. */
const MANAGING_NAME = /^(?:add|remove|set|get|has|register|unregister|clear|create|make|build|attach|detach|install|uninstall|bind|unbind|use|wrap|with|is)[A-Z]/u;

function isCallbackName(name: string): boolean {
  const bare = getBareName(name);
  return (
    (CALLBACK_NAME.test(bare) || LOWER_CASE_HANDLER_NAME.test(bare)) &&
    !NOT_A_CALLBACK_NAME.test(bare) &&
    !MANAGING_NAME.test(bare)
  );
}

/** True for the name of an object that holds callbacks: `options`, `handlers`, `handler` (`handler.onData(…)`). */
function isCallbackHolderName(name: string): boolean {
  const bare = getBareName(name);
  return OPTIONS_CONTAINER_NAME.test(bare) || CALLBACK_CONTAINER_NAME.test(bare) || isCallbackName(bare);
}

/** True for `(e: E) => void`, `Handler | undefined`, `Function` and type names that say callback (`MessageHandler`). */
function isFunctionType(type: TSESTree.TypeNode | undefined): boolean {
  if (!type) return false;
  switch (type.type) {
    case AST_NODE_TYPES.TSFunctionType:
      return true;
    case AST_NODE_TYPES.TSUnionType:
      return type.types.some(isFunctionType);
    case AST_NODE_TYPES.TSTypeReference:
      return (
        type.typeName.type === AST_NODE_TYPES.Identifier &&
        (type.typeName.name === 'Function' || isCallbackName(type.typeName.name))
      );
    default:
      return false;
  }
}

/** True for the function passed to `new Promise(…)`: its parameters are the promise's settle functions. */
function isPromiseExecutor(node: TSESTree.Node): boolean {
  const { parent } = node;
  return (
    isFunctionNode(node) &&
    parent?.type === AST_NODE_TYPES.NewExpression &&
    parent.arguments[0] === node &&
    parent.callee.type === AST_NODE_TYPES.Identifier &&
    parent.callee.name === 'Promise'
  );
}

/** The parameter definition `identifier` resolves to (not a promise executor's), else `null`. */
function getParameterDefinition(
  identifier: TSESTree.Identifier,
  sourceCode: SourceCode,
): TSESLint.Scope.Definition | null {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (!definition || definition.type !== 'Parameter' || isPromiseExecutor(definition.node)) return null;
  return definition;
}

/** True for a value the caller handed in: a parameter (`cb`), or a member of one (`options.onData`). */
function isParameterValue(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) return getParameterDefinition(value, sourceCode) !== null;
  if (value.type === AST_NODE_TYPES.MemberExpression) {
    const object = skipTypeWrappers(value.object);
    return object.type === AST_NODE_TYPES.Identifier && getParameterDefinition(object, sourceCode) !== null;
  }
  return false;
}

/** True for `this.options`, `this.#config`, `this.props`: the caller's options held by the instance. */
function isOptionsOfThis(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getMemberName(value);
  return (
    skipTypeWrappers(value.object).type === AST_NODE_TYPES.ThisExpression &&
    name !== null &&
    OPTIONS_CONTAINER_NAME.test(getBareName(name))
  );
}

/** True for code the class itself supplies: a function literal, `x.bind(…)`, or another member of `this`. */
function isClassOwnedValue(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  if (isFunctionNode(value)) return true;
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(value.callee);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.property.type === AST_NODE_TYPES.Identifier &&
      callee.property.name === 'bind'
    );
  }
  return value.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(value.object).type === AST_NODE_TYPES.ThisExpression;
}

/** The values a write can store: both sides of `a ?? b` and `a || b`. */
function getStoredValues(node: TSESTree.Node): TSESTree.Node[] {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator !== '&&') {
    return [...getStoredValues(value.left), ...getStoredValues(value.right)];
  }
  return [value];
}

/** What the class body says about member `name`. */
interface MemberEvidence {
  isMethod: boolean;
  isParameterProperty: boolean;
  isFunctionTyped: boolean;
  isDeclared: boolean;
  isStoredFromParameter: boolean;
  isStoredFromClass: boolean;
  /** Stored from `new X(…)`: an object the class creates for itself. */
  isStoredFromNew: boolean;
}

/** True when `classNode` declares a method `name` (static or not, as `isStatic`): `getMemberEvidence(…).isMethod`, from the member index alone. */
function hasOwnMethod(classNode: ClassNode, name: string, isStatic: boolean, sourceCode: SourceCode): boolean {
  return (getClassMembers(classNode, sourceCode).members.get(name) ?? []).some(
    (element) =>
      (element.type === AST_NODE_TYPES.MethodDefinition || element.type === AST_NODE_TYPES.TSAbstractMethodDefinition) &&
      element.static === isStatic &&
      !(element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor' && !isStatic),
  );
}

/** Member evidence by class, then by static-ness and name (`1:x`, `0:x`): asked again for every call of the member. */
const memberEvidence = new WeakMap<ClassNode, Map<string, MemberEvidence>>();

function getMemberEvidence(classNode: ClassNode, name: string, isStatic: boolean, sourceCode: SourceCode): MemberEvidence {
  let byName = memberEvidence.get(classNode);
  if (!byName) {
    byName = new Map();
    memberEvidence.set(classNode, byName);
  }
  const key = `${isStatic ? 1 : 0}:${name}`;
  let evidence = byName.get(key);
  if (!evidence) {
    evidence = readMemberEvidence(classNode, name, isStatic, sourceCode);
    byName.set(key, evidence);
  }
  return evidence;
}

function readMemberEvidence(
  classNode: ClassNode,
  name: string,
  isStatic: boolean,
  sourceCode: SourceCode,
): MemberEvidence {
  const evidence: MemberEvidence = {
    isMethod: false,
    isParameterProperty: false,
    isFunctionTyped: false,
    isDeclared: false,
    isStoredFromParameter: false,
    isStoredFromClass: false,
    isStoredFromNew: false,
  };
  const record = (value: TSESTree.Node): void => {
    for (const stored of getStoredValues(value)) {
      // `this.#rejectTick = reject` in a `new Promise` executor: the class's own promise, settled by the class.
      if (isPromiseResolver(stored, sourceCode)) evidence.isStoredFromClass = true;
      else if (isParameterValue(stored, sourceCode)) evidence.isStoredFromParameter = true;
      else if (isClassOwnedValue(stored)) evidence.isStoredFromClass = true;
      else if (stored.type === AST_NODE_TYPES.NewExpression) evidence.isStoredFromNew = true;
    }
  };
  for (const element of classNode.body.body) {
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor' && !isStatic) {
      for (const parameter of element.value.params) {
        if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const inner = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
        if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) evidence.isParameterProperty = true;
      }
      continue;
    }
    if (!('static' in element) || element.static !== isStatic || getClassElementName(element) !== name) continue;
    if (
      element.type === AST_NODE_TYPES.MethodDefinition ||
      element.type === AST_NODE_TYPES.TSAbstractMethodDefinition
    ) {
      evidence.isMethod = true;
    } else if (
      element.type === AST_NODE_TYPES.PropertyDefinition ||
      element.type === AST_NODE_TYPES.AccessorProperty ||
      element.type === AST_NODE_TYPES.TSAbstractPropertyDefinition
    ) {
      evidence.isDeclared = true;
      if (isFunctionType(element.typeAnnotation?.typeAnnotation)) evidence.isFunctionTyped = true;
      if (element.value) record(element.value);
    }
  }
  for (const node of getMemberStores(classNode, name, sourceCode).assignments) {
    if (node.operator === '&&=') continue;
    const object = skipTypeWrappers((skipTypeWrappers(node.left) as TSESTree.MemberExpression).object);
    // A static member may also be written through the class's name: `static { Telemetry.hook = … }`.
    const isOwnMember =
      (object.type === AST_NODE_TYPES.ThisExpression && getThisClass(node)?.classNode === classNode) ||
      (isStatic && object.type === AST_NODE_TYPES.Identifier && object.name === classNode.id?.name);
    if (!isOwnMember) continue;
    evidence.isDeclared = true;
    record(node.right);
  }
  return evidence;
}

/**
 * True when `this.<name>` holds a function handed in from outside rather than code of the class: a
 * constructor parameter property, a member stored from a parameter, a field typed as a function, or a
 * member named like a callback that the class neither defines as a method nor fills with its own code.
 * `at` is the `this` (or a node inside the same function) that the member is read from.
 */
function isInjectedThisMember(name: string | null, at: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (name === null || NOT_A_CALLBACK_NAME.test(getBareName(name))) return false;
  const owner = getThisClass(at);
  if (!owner) return isInjectedPrototypeMember(name, at, sourceCode);
  // Most calls on `this` are of the class's own methods: known from the member index, without a look at the body.
  if (hasOwnMethod(owner.classNode, name, owner.isStatic, sourceCode)) return false;
  const evidence = getMemberEvidence(owner.classNode, name, owner.isStatic, sourceCode);
  if (evidence.isMethod) return false;
  if (evidence.isParameterProperty || evidence.isStoredFromParameter) return true;
  if (evidence.isStoredFromClass) return false;
  if (evidence.isFunctionTyped) return true;
  // A callback-named member a subclass never declares may be a method it inherits.
  return isCallbackName(name) && (evidence.isDeclared || owner.classNode.superClass === null);
}

/**
 * The same for a pre-class "class" (`function Poller(client, callback) { this.callback = callback; }` with
 * `Poller.prototype.poll = async function () {}`): stored from a constructor parameter, or named like a
 * callback and set in the constructor (`this.onmessage = null`) but never given a prototype method or own code.
 */
function isInjectedPrototypeMember(name: string, at: TSESTree.Node, sourceCode: SourceCode): boolean {
  const prototypeClass = getPrototypeClass(at, sourceCode);
  if (!prototypeClass || prototypeClass.prototypeMembers.has(name)) return false;
  const { constructorFunction } = prototypeClass;
  let isDeclared = false;
  let isStoredFromParameter = false;
  let isStoredFromClass = false;
  walk(
    constructorFunction.body,
    sourceCode.visitorKeys,
    (node) => {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator === '&&=') return;
      const target = skipTypeWrappers(node.left);
      if (
        target.type !== AST_NODE_TYPES.MemberExpression ||
        skipTypeWrappers(target.object).type !== AST_NODE_TYPES.ThisExpression ||
        getMemberName(target) !== name ||
        getThisOwner(target) !== constructorFunction
      ) {
        return;
      }
      isDeclared = true;
      for (const stored of getStoredValues(node.right)) {
        if (isParameterValue(stored, sourceCode)) isStoredFromParameter = true;
        else if (isClassOwnedValue(stored)) isStoredFromClass = true;
      }
    },
    { enterFunctions: true },
  );
  if (isStoredFromParameter) return true;
  return !isStoredFromClass && isDeclared && isCallbackName(name);
}

/** True when `identifier` is a local destructured from the caller's options: `const { onData } = options`. */
function isDestructuredCallback(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.ObjectPattern) return false;
  const init = definition.node.init;
  if (!init || !(isParameterValue(init, sourceCode) || isOptionsOfThis(init))) return false;
  const property = definition.name.parent;
  const key =
    property?.type === AST_NODE_TYPES.Property && !property.computed && property.key.type === AST_NODE_TYPES.Identifier
      ? property.key.name
      : definition.name.name;
  return isCallbackName(key) || isCallbackName(definition.name.name);
}

/** True for `{ eachMessage }: { eachMessage: EachMessageHandler }`: a destructured parameter whose annotation types it as a function. */
function isFunctionTypedInPattern(name: TSESTree.Identifier): boolean {
  const property = name.parent.type === AST_NODE_TYPES.AssignmentPattern ? name.parent.parent : name.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.computed || property.parent.type !== AST_NODE_TYPES.ObjectPattern) return false;
  const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
  const annotation = property.parent.typeAnnotation?.typeAnnotation;
  if (key === null || annotation?.type !== AST_NODE_TYPES.TSTypeLiteral) return false;
  return annotation.members.some(
    (member) =>
      (member.type === AST_NODE_TYPES.TSMethodSignature || member.type === AST_NODE_TYPES.TSPropertySignature) &&
      !member.computed &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === key &&
      (member.type === AST_NODE_TYPES.TSMethodSignature || isFunctionType(member.typeAnnotation?.typeAnnotation)),
  );
}

/** True for a callback parameter: named like one (`cb`, `onData`), or typed as a function in its own or its pattern's annotation. */
function isCallbackParameter(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const definition = getParameterDefinition(identifier, sourceCode);
  if (!definition) return false;
  if (isCallbackName(identifier.name)) return true;
  const { name } = definition;
  if (name.type !== AST_NODE_TYPES.Identifier) return false;
  return isFunctionType(name.typeAnnotation?.typeAnnotation) || isFunctionTypedInPattern(name);
}

/** True for `this.handlers.get(type)`: a lookup in a registry of callbacks the instance holds. */
function isCallbackRegistryLookup(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(value.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getMemberName(callee) !== 'get') return false;
  const registry = skipTypeWrappers(callee.object);
  const name = registry.type === AST_NODE_TYPES.MemberExpression ? getMemberName(registry) : null;
  return (
    registry.type === AST_NODE_TYPES.MemberExpression &&
    skipTypeWrappers(registry.object).type === AST_NODE_TYPES.ThisExpression &&
    name !== null &&
    CALLBACK_CONTAINER_NAME.test(getBareName(name))
  );
}

/**
 * True when `identifier` is a local that never changes and was read from where injected callbacks live:
 * `const cb = this.callback`, `const { onEvent } = this`, `const handler = this.handlers.get(type)`.
 */
function isInjectedAlias(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable' || !definition.node.init) return false;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return false;
  const { id } = definition.node;
  const init = skipTypeWrappers(definition.node.init);
  if (id.type === AST_NODE_TYPES.ObjectPattern) {
    const property = definition.name.parent;
    if (init.type !== AST_NODE_TYPES.ThisExpression || property?.type !== AST_NODE_TYPES.Property || property.value !== definition.name) return false;
    const key = property.computed ? null : property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
    return isInjectedThisMember(key, init, sourceCode);
  }
  if (id.type !== AST_NODE_TYPES.Identifier) return false;
  const value = init.type === AST_NODE_TYPES.ChainExpression ? skipTypeWrappers(init.expression) : init;
  return value.type === AST_NODE_TYPES.MemberExpression ? isInjectedMember(value, sourceCode) : isCallbackRegistryLookup(value);
}

/** The same judgement for a member: `this.callback`, `this.options.onData`, `options.onItem`, `this.handlers[type]`. */
function isInjectedMember(callee: TSESTree.MemberExpression, sourceCode: SourceCode): boolean {
  const object = skipTypeWrappers(callee.object);
  if (object.type === AST_NODE_TYPES.ThisExpression) return isInjectedThisMember(getMemberName(callee), callee, sourceCode);
  const name = getMemberName(callee);
  if (object.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(object.object).type === AST_NODE_TYPES.ThisExpression) {
    const container = getMemberName(object);
    // `this.handlers[type](x)`; `this.handlers.get(type)` is the collection's own method.
    if (container !== null && CALLBACK_CONTAINER_NAME.test(getBareName(container)) && callee.computed) return true;
    return (
      container !== null &&
      isCallbackHolderName(container) &&
      name !== null &&
      isCallbackName(name) &&
      !isCreatedByClass(object, container, sourceCode)
    );
  }
  // `options.onData(x)`, `handler.onMessage(x)`; `request.onBodySent(x)` may be the request's own method.
  return (
    object.type === AST_NODE_TYPES.Identifier &&
    isCallbackHolderName(object.name) &&
    getParameterDefinition(object, sourceCode) !== null &&
    name !== null &&
    isCallbackName(name)
  );
}

/**
 * True when `this.<name>` only ever holds objects the class creates itself (`this.handler = new MessageHandler()`):
 * `this.handler.onMessage(x)` is then a method of that object, not a callback the caller handed in.
 */
function isCreatedByClass(member: TSESTree.MemberExpression, name: string, sourceCode: SourceCode): boolean {
  const owner = getThisClass(member);
  if (!owner) return false;
  const evidence = getMemberEvidence(owner.classNode, name, owner.isStatic, sourceCode);
  return evidence.isStoredFromNew && !evidence.isStoredFromParameter && !evidence.isParameterProperty;
}

/**
 * True when `call` calls a function injected from outside the code at hand, whose failure is the
 * caller's business rather than this code's: a callback parameter (`cb(data)`, `onData?.(x)`), a callback
 * held by the instance (`this.callback(data)`, `this.#onMessage?.(data)`, a constructor parameter property,
 * `this.callback` of a constructor function's prototype method), or one held in the caller's options
 * (`this.options.onData(x)`, `options.onData(x)`, `this.handlers[type](x)`); also through `fn.call(…)` and
 * `fn.apply(…)`, and through a local that never changes (`const { onEvent } = this`).
 *
 * Without types, the evidence is the binding and the name. Not injected: methods of the class, members it
 * fills with its own functions (`this.onData = this.handle.bind(this)`), module functions, `console.*`,
 * `this.emit(…)`, a promise's `resolve`/`reject`, and a middleware's `next`.
 */
export function isInjectedCallbackCall(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const callee = getInvokedFunction(call);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (NOT_A_CALLBACK_NAME.test(callee.name)) return false;
    if (getParameterDefinition(callee, sourceCode)) return isCallbackParameter(callee, sourceCode);
    return isDestructuredCallback(callee, sourceCode) || isInjectedAlias(callee, sourceCode);
  }
  return callee.type === AST_NODE_TYPES.MemberExpression && isInjectedMember(callee, sourceCode);
}
