import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  DEFAULT_CLEANUP_METHODS,
  DEFAULT_REMOVAL_METHODS,
  type FailurePath,
  getFailurePaths,
  getReleasingStatementCalls,
  getRemovalCalls,
  isLoggingCall,
  type RemovalCall,
} from './analysis/errors/index.js';
import {
  getMoveIntoTryFix,
  getReleaseAndClearCallText,
  getRuntimeHelperImport,
  getStatementAfter,
} from './fix/index.js';
import { getPresenceCheckedTarget } from './analysis/locks/index.js';
import {
  getConcurrencySettings,
  getConstructor,
  getEnclosingFunction,
  getFieldDeclaration,
  getStateTarget,
  getThisClass,
  isNullish,
  skipTypeWrappers,
  type StateTarget,
  walk,
} from './analysis/program/index.js';
import { createRule, type PrecisionOptions } from './utils/create-rule.js';
import { PRECISION_OPTION_SCHEMA } from './utils/report-precision.js';

type MessageId = 'clearedDespiteFailure' | 'clearedAfterFailedRelease' | 'moveIntoTry' | 'useReleaseAndClear';
type Options = [{ removalMethods: string[] } & PrecisionOptions];
type SourceCode = Readonly<TSESLint.SourceCode>;
type Clear = TSESTree.AssignmentExpression | TSESTree.UnaryExpression;

const WHERE: Record<FailurePath['kind'], string> = {
  finally: 'in `finally`',
  catch: 'in `catch`',
  'after-catch': 'after a `catch` that swallows errors',
};

/** True when the `catch` only logs the failure: that is what `releaseAndClear`'s own warning replaces. */
function isLoggingOnly(handler: TSESTree.CatchClause): boolean {
  return handler.body.body.every((statement) => {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    const expression = statement.expression.type === AST_NODE_TYPES.ChainExpression ? statement.expression.expression : statement.expression;
    return expression.type === AST_NODE_TYPES.CallExpression && isLoggingCall(expression);
  });
}

/** True when every statement of `block` is a removal call (`x.close();`, `await x?.off(h);`): nothing else in it can fail. */
function isRemovalOnly(block: TSESTree.BlockStatement, removals: readonly RemovalCall[]): boolean {
  return block.body.every((statement) => {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
    let expression = statement.expression;
    if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = expression.argument;
    if (expression.type === AST_NODE_TYPES.ChainExpression) expression = expression.expression;
    return removals.some(({ call }) => call === expression);
  });
}

/** True when TypeScript lets `releaseAndClear(this, 'name', …)` name the member: a public field of `this` (instance or, in static code, class). */
function isPublicInstanceMember(clear: Clear, name: string, isTypeScript: boolean): boolean {
  const owner = getThisClass(clear);
  if (!owner) return !isTypeScript;
  const field = getFieldDeclaration(owner.classNode, name, owner.isStatic);
  if (field) return field.accessibility === undefined || field.accessibility === 'public';
  const parameter = (owner.isStatic ? null : getConstructor(owner.classNode))?.params.find(
    (param) =>
      param.type === AST_NODE_TYPES.TSParameterProperty &&
      param.parameter.type === AST_NODE_TYPES.Identifier &&
      param.parameter.name === name,
  );
  if (parameter?.type === AST_NODE_TYPES.TSParameterProperty) {
    return parameter.accessibility === undefined || parameter.accessibility === 'public';
  }
  return !isTypeScript;
}

/** True when code in `range` reads or writes `target`: moving the clear before it would change what it sees. */
function isTouchedWithin(root: TSESTree.Node, range: [number, number], target: StateTarget, sourceCode: SourceCode): boolean {
  let touched = false;
  walk(
    root,
    sourceCode.visitorKeys,
    (node) => {
      if (touched || node.range[1] <= range[0] || node.range[0] >= range[1]) return false;
      if (node.range[0] >= range[0] && getStateTarget(node, sourceCode)?.key === target.key) touched = true;
      return !touched;
    },
    { enterFunctions: true },
  );
  return touched;
}

/** The last node of `block` (outside nested functions) that refers to `target`. */
function getLastTouch(block: TSESTree.BlockStatement, target: StateTarget, sourceCode: SourceCode): TSESTree.Node | null {
  let last: TSESTree.Node | null = null;
  walk(block, sourceCode.visitorKeys, (node) => {
    if (getStateTarget(node, sourceCode)?.key === target.key) last = node;
  });
  return last;
}

function quote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

const methodSets = new WeakMap<readonly string[], { methods: ReadonlySet<string>; fallbackMethods: ReadonlySet<string> }>();

/** The removal method names with the user's, and those a fallback teardown may use, built once per option value. */
function getMethodSets(removalMethods: readonly string[]): { methods: ReadonlySet<string>; fallbackMethods: ReadonlySet<string> } {
  let sets = methodSets.get(removalMethods);
  if (!sets) {
    const methods = new Set([...DEFAULT_REMOVAL_METHODS, ...removalMethods]);
    // A fallback teardown in the `catch` may use any cleanup verb: `catch { this.ws.terminate(); }`.
    sets = { methods, fallbackMethods: new Set([...methods, ...DEFAULT_CLEANUP_METHODS]) };
    methodSets.set(removalMethods, sets);
  }
  return sets;
}

export default createRule<Options, MessageId>({
  name: 'no-unconditional-handler-clear',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow clearing a reference even when removing or releasing it failed',
      // No report kind is measured high yet (the tier table of the rule's doc has the figures): in `strict`, not in `recommended`.
      recommended: false,
      // Clearing right after the removal in the `try` keeps the reference exactly when the removal failed.
      cures: { clearedDespiteFailure: 'moveIntoTry', clearedAfterFailedRelease: 'moveIntoTry' },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          removalMethods: {
            type: 'array',
            items: { type: 'string', pattern: '^[\\w$]+$' },
            uniqueItems: true,
            description: 'More method names that remove or release a resource, on top of the defaults (`close`, `off`, `unsubscribe`, …).',
          },
          precision: PRECISION_OPTION_SCHEMA,
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ removalMethods: [], precision: 'any' }],
    messages: {
      clearedDespiteFailure:
        '`{{name}}` is cleared {{where}}, so a failed `{{method}}(…)` (line {{line}}) loses the reference needed to retry it. Clear it only once the removal succeeded.',
      clearedAfterFailedRelease:
        '`{{name}}` is cleared {{where}}, also when `{{method}}(…)` (line {{line}}), the release the `try` hands it to, fails: the reference needed to retry that release is lost. Clear it only once the call succeeded.',
      moveIntoTry: 'Clear `{{name}}` inside the `try`, right after `{{method}}(…)`: a failed removal keeps the reference for a retry.',
      useReleaseAndClear:
        'Use `await releaseAndClear(this, {{key}}, …)`: it clears `{{name}}` only if `{{method}}(…)` succeeds, and {{change}}.',
    },
  },
  create(context, [{ removalMethods }]) {
    const { sourceCode } = context;
    const { methods, fallbackMethods } = getMethodSets(removalMethods);
    const { runtimeModule } = getConcurrencySettings(context);
    /** Keys of the state used by removal calls in the `try` blocks seen so far: a cheap filter before any path analysis. */
    const removedKeys = new Set<string>();
    /** The `try` statements seen whose removal calls are not in `removedKeys` yet: read when a clear first needs them. */
    const pendingTries: TSESTree.TryStatement[] = [];

    /** `removedKeys` with the `try` statements seen so far. */
    function getRemovedKeys(): ReadonlySet<string> {
      for (const node of pendingTries.splice(0)) {
        for (const { usedStateKeys, canFail } of [...getRemovalCalls(node.block, methods, sourceCode), ...getReleasingStatementCalls(node.block, sourceCode)]) {
          if (canFail) for (const key of usedStateKeys) removedKeys.add(key);
        }
      }
      return removedKeys;
    }

    function getMoveSuggestion(clear: Clear, target: StateTarget, path: FailurePath, removal: RemovalCall) {
      const statement = clear.parent;
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return null;
      // After the removal, or after a later use of the reference in the try (`ws.off(…); ws.disconnect();`).
      const { block } = path.tryStatement;
      const lastUse = getLastTouch(block, target, sourceCode);
      const anchor = getStatementAfter(lastUse && lastUse.range[0] > removal.call.range[1] ? lastUse : removal.call, block);
      if (!anchor || isTouchedWithin(getEnclosingFunction(statement)?.body ?? sourceCode.ast, [anchor.range[1], statement.range[0]], target, sourceCode)) return null;
      return getMoveIntoTryFix(statement, anchor, path.tryStatement, sourceCode);
    }

    /** `await releaseAndClear(this, 'x', (x) => x.close())` for `try { await this.x.close() } … this.x = null`, when that is all there is. */
    function getReleaseAndClearSuggestion(clear: Clear, target: StateTarget, path: FailurePath, removal: RemovalCall) {
      const { tryStatement } = path;
      const { handler, finalizer } = tryStatement;
      const statement = clear.parent;
      const [only] = tryStatement.block.body;
      const callee = skipTypeWrappers(removal.call.callee);
      if (
        target.kind !== 'this-member' ||
        target.isPrivateName ||
        clear.type !== AST_NODE_TYPES.AssignmentExpression ||
        !isNullish(clear.right) ||
        skipTypeWrappers(clear.right).type !== AST_NODE_TYPES.Literal ||
        statement.type !== AST_NODE_TYPES.ExpressionStatement ||
        tryStatement.block.body.length !== 1 ||
        only?.type !== AST_NODE_TYPES.ExpressionStatement ||
        only.expression.type !== AST_NODE_TYPES.AwaitExpression ||
        skipTypeWrappers(only.expression.argument) !== (removal.call.parent.type === AST_NODE_TYPES.ChainExpression ? removal.call.parent : removal.call) ||
        callee.type !== AST_NODE_TYPES.MemberExpression ||
        getStateTarget(callee.object, sourceCode)?.key !== target.key ||
        (handler && !isLoggingOnly(handler)) ||
        !isPublicInstanceMember(clear, target.name, /\.[cm]?tsx?$/u.test(context.filename))
      ) {
        return null;
      }
      let replaced: [number, number];
      if (path.kind === 'finally' && finalizer?.body.length === 1 && finalizer.body[0] === statement) {
        replaced = tryStatement.range;
      } else if (path.kind === 'after-catch' && !finalizer && statement.parent === tryStatement.parent && sourceCode.getTokenAfter(tryStatement)?.range[0] === statement.range[0]) {
        replaced = [tryStatement.range[0], statement.range[1]];
      } else {
        return null;
      }
      const helper = getRuntimeHelperImport(clear, 'releaseAndClear', runtimeModule, sourceCode);
      if (!helper) return null;

      const text = getReleaseAndClearCallText(
        skipTypeWrappers(only.expression.argument) as TSESTree.Expression,
        skipTypeWrappers(callee.object),
        target.name,
        replaced,
        helper.localName,
        sourceCode,
      );
      if (text === null) return null;
      return {
        change: handler ? 'the failure is logged as a warning instead of by this `catch`' : 'the failure is logged as a warning instead of thrown',
        fix: (fixer: TSESLint.RuleFixer) => [fixer.replaceTextRange(replaced, text), ...helper.fix(fixer)],
      };
    }

    /**
     * True when another removal of the same reference runs between the `try` block and the clear, and a failure
     * of it would skip the clear (`catch { this.ws.terminate(); }`): the clear then follows a removal that worked.
     */
    function hasFallbackRemoval(tryStatement: TSESTree.TryStatement, clear: Clear, key: string): boolean {
      const start = tryStatement.block.range[1];
      return getRemovalCalls(getEnclosingFunction(clear)?.body ?? sourceCode.ast, fallbackMethods, sourceCode).some(({ call, usedStateKeys }) => {
        if (!usedStateKeys.has(key) || call.range[0] < start || call.range[1] > clear.range[0]) return false;
        for (let node: TSESTree.Node = call; node.parent && node !== tryStatement; node = node.parent) {
          const parent = node.parent;
          const isSwallowed = parent.type === AST_NODE_TYPES.TryStatement && parent.block === node && parent.handler !== null;
          if (isSwallowed && parent.range[0] > start) return false;
        }
        return true;
      });
    }

    function check(clear: Clear, cleared: TSESTree.Node): void {
      // No `try` seen yet: nothing removed, so no clear to judge.
      if (pendingTries.length === 0 && removedKeys.size === 0) return;
      const target = getStateTarget(cleared, sourceCode);
      if (!target || !getRemovedKeys().has(target.key)) return;
      // `if (this.x) this.x = null` still clears whenever there is something to clear.
      const isPresenceCheck = (test: TSESTree.Expression): boolean => getPresenceCheckedTarget(test, sourceCode)?.key === target.key;
      for (const path of getFailurePaths(clear, sourceCode, isPresenceCheck)) {
        const removals = getRemovalCalls(path.tryStatement.block, methods, sourceCode);
        const isRemovingTarget = ({ usedStateKeys, canFail }: RemovalCall): boolean => canFail && usedStateKeys.has(target.key);
        let removal = removals.filter(isRemovingTarget).at(-1);
        let messageId: 'clearedDespiteFailure' | 'clearedAfterFailedRelease' = 'clearedDespiteFailure';
        // A call by another name counts when the whole `try` only hands the state over, and the clear is not the
        // `catch` itself (dropping what failed to start or to run there is a decision, not a lost release).
        if (!removal && path.kind !== 'catch') {
          removal = getReleasingStatementCalls(path.tryStatement.block, sourceCode).filter(isRemovingTarget).at(-1);
          messageId = 'clearedAfterFailedRelease';
        }
        if (!removal || hasFallbackRemoval(path.tryStatement, clear, target.key)) continue;
        // A `catch` after other work too is a general failure handler: dropping a broken resource there is a decision.
        if (path.kind === 'catch' && !isRemovalOnly(path.tryStatement.block, removals)) continue;
        const name = sourceCode.getText(target.node);
        const { method } = removal;
        const suggest: TSESLint.ReportSuggestionArray<MessageId> = [];
        const move = getMoveSuggestion(clear, target, path, removal);
        if (move) suggest.push({ messageId: 'moveIntoTry', data: { name, method }, fix: move });
        const release = path.kind === 'catch' ? null : getReleaseAndClearSuggestion(clear, target, path, removal);
        if (release) {
          suggest.push({
            messageId: 'useReleaseAndClear',
            data: { name, method, key: quote(target.name), change: release.change },
            fix: release.fix,
          });
        }
        context.report({
          node: clear,
          messageId,
          data: { name, method, where: WHERE[path.kind], line: removal.call.loc.start.line },
          suggest,
        });
        return;
      }
    }

    return {
      TryStatement(node) {
        pendingTries.push(node);
      },
      AssignmentExpression(node) {
        if (node.operator === '=' && isNullish(node.right)) check(node, node.left);
      },
      UnaryExpression(node) {
        if (node.operator === 'delete') check(node, node.argument);
      },
    };
  },
});
