import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getFailureActionOnHandedData, isInjectedCallbackCall } from './analysis/callbacks/index.js';
import { isHandlingCatch } from './analysis/errors/index.js';
import { getTrySplitText } from './fix/index.js';
import {
  type AwaitedData,
  getAwaitedData,
  getInvokedFunction,
  isInAsyncCode,
  isUsingAwaitedData,
  skipTypeWrappers,
  walk,
} from './analysis/program/index.js';
import { createRule, type PrecisionOptions } from './utils/create-rule.js';
import { PRECISION_OPTION_SCHEMA } from './utils/report-precision.js';

type MessageId = 'mixedZones' | 'abortsHandedData' | 'splitZones';
type SourceCode = Readonly<TSESLint.SourceCode>;

/** A callback call handed awaited data, and the index of the top-level statement of the `try` block holding it. */
interface MixedCall {
  readonly call: TSESTree.CallExpression;
  readonly statementIndex: number;
}

/** The call `node` evaluates to, through `await`, `?.`, `void` and `a && call`; `isVoided` when `void` dropped its result. */
function getUnwrappedCall(expression: TSESTree.Expression): { call: TSESTree.CallExpression; isVoided: boolean } | null {
  let node = skipTypeWrappers(expression);
  let isVoided = false;
  for (;;) {
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.ChainExpression) {
      node = skipTypeWrappers(node.type === AST_NODE_TYPES.AwaitExpression ? node.argument : node.expression);
    } else if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void') {
      isVoided = true;
      node = skipTypeWrappers(node.argument);
    } else if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
      node = skipTypeWrappers(node.right);
    } else {
      return node.type === AST_NODE_TYPES.CallExpression ? { call: node, isVoided } : null;
    }
  }
}

function isNullish(node: TSESTree.Node | undefined): boolean {
  const value = node && skipTypeWrappers(node);
  return (
    (value?.type === AST_NODE_TYPES.Literal && value.raw === 'null') ||
    (value?.type === AST_NODE_TYPES.Identifier && value.name === 'undefined')
  );
}

/**
 * The call a statement makes to deliver, not to compute: one whose result is dropped (`cb(x);`,
 * `await this.cb?.(x);`, `void cb(x);`, `cb && cb(x);`), or a node-style callback returned from
 * (`return done(null, user);`, `return void cb(x);`), whose result is no data either.
 */
function getDeliveryCall(statement: TSESTree.ExpressionStatement | TSESTree.ReturnStatement): TSESTree.CallExpression | null {
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) return getUnwrappedCall(statement.expression)?.call ?? null;
  const unwrapped = statement.argument ? getUnwrappedCall(statement.argument) : null;
  if (!unwrapped) return null;
  return unwrapped.isVoided || isNullish(unwrapped.call.arguments[0]) ? unwrapped.call : null;
}

/** The nodes that can hold statements outside functions and classes: statements with a body, clauses, namespaces. */
const STATEMENT_HOLDERS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.LabeledStatement,
  AST_NODE_TYPES.WithStatement,
  AST_NODE_TYPES.TryStatement,
  AST_NODE_TYPES.CatchClause,
  AST_NODE_TYPES.SwitchStatement,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.ExportNamedDeclaration,
  AST_NODE_TYPES.TSModuleDeclaration,
  AST_NODE_TYPES.TSModuleBlock,
]);

/**
 * The first injected callback in `statements` that is handed data an `await` of the same statements
 * produced, not counting code in nested functions or in nested `try` blocks that handle their own failures.
 */
function getMixedCallbackCall(statements: readonly TSESTree.Statement[], sourceCode: SourceCode): MixedCall | null {
  const isOwnZone = (node: TSESTree.Node): boolean =>
    node.type === AST_NODE_TYPES.BlockStatement &&
    node.parent?.type === AST_NODE_TYPES.TryStatement &&
    node.parent.block === node &&
    node.parent.handler !== null &&
    isHandlingCatch(node.parent.handler, sourceCode.visitorKeys);
  // Awaited data needs an `await` (or `for await`) among the statements, and is read only after it: without one in
  // their text, nothing they hand a callback was produced by them, and they need no walk; a call that ends before
  // the first `await` in their text is handed no awaited data, and need not be asked about.
  const [first] = statements;
  const last = statements.at(-1);
  const text = first && last ? sourceCode.text.slice(first.range[0], last.range[1]) : '';
  const awaitOffset = text.indexOf('await');
  if (!first || awaitOffset === -1) return null;
  const firstAwait = first.range[0] + awaitOffset;
  // The delivery statements sit in statements; outside the functions the walk does not enter, only statements hold
  // statements, and a class's `static { … }` block. Without `static` in the text (nor a `\u` escape that might spell
  // it), the walk need not go into expressions, declarations and types.
  const mayNestStatements = text.includes('static') || text.includes('\\u');
  // Injected callbacks are rare: asked first, they spare most zones the walk that gathers the awaited data.
  let data: AwaitedData | undefined;
  for (const [statementIndex, statement] of statements.entries()) {
    let call: TSESTree.CallExpression | null = null;
    walk(statement, sourceCode.visitorKeys, (node) => {
      if (call || isOwnZone(node)) return false;
      if (node.type !== AST_NODE_TYPES.ExpressionStatement && node.type !== AST_NODE_TYPES.ReturnStatement) {
        // The statement itself is always entered: a function declaration's body is searched too.
        return mayNestStatements || node === statement || STATEMENT_HOLDERS.has(node.type);
      }
      const candidate = getDeliveryCall(node);
      if (candidate && candidate.arguments.length > 0 && candidate.range[1] > firstAwait && isInjectedCallbackCall(candidate, sourceCode)) {
        data ??= getAwaitedData(statements, sourceCode, isOwnZone);
        const produced = data;
        if (candidate.arguments.some((argument) => isUsingAwaitedData(argument, produced, sourceCode))) call = candidate;
      }
      return !call && mayNestStatements;
    });
    if (call) return { call, statementIndex };
  }
  return null;
}

export default createRule<[PrecisionOptions], MessageId>({
  name: 'no-mixed-error-zones',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow one `try`/`catch` around both producing data and handing it to an injected callback',
      recommended: 'warn',
      // The split repeats the `catch` in both zones: behaviour is unchanged, and each failure now has its own handler to edit.
      // Splitting a zone whose `catch` aborts the handed data would abort it in both zones: a person decides.
      cures: { mixedZones: 'splitZones', abortsHandedData: null },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: { precision: PRECISION_OPTION_SCHEMA },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ precision: 'any' }],
    messages: {
      mixedZones:
        '`{{callback}}` runs in the same `try` as the `await` that produced its data: one `catch` handles both, so a failure of the callback is handled as a failure to produce the data. Give the callback its own error zone (and count its failures).',
      abortsHandedData:
        '`{{callback}}` runs in the same `try` as the `await` that produced `{{data}}`, and the `catch` treats a failure as a failure to produce it (`{{action}}`, line {{line}}) before throwing on: when the callback fails, data it was already handed is aborted under it. Give the callback its own error zone.',
      splitZones:
        'Split into two error zones: produce the data in one `try` (leave on failure), then call the callback in its own `try`.',
    },
  },
  create(context) {
    const { sourceCode } = context;

    /**
     * A `catch` that only throws on leaves the failure to the caller, unless it first acts on the data it handed
     * the callback as if producing that data had failed (`body.destroy(err); throw err;`).
     */
    function checkRethrowingCatch(node: TSESTree.TryStatement, handler: TSESTree.CatchClause): void {
      const mixed = getMixedCallbackCall(node.block.body, sourceCode);
      const action = mixed && getFailureActionOnHandedData(mixed.call, handler, sourceCode);
      if (!mixed || !action) return;
      context.report({
        node: mixed.call,
        messageId: 'abortsHandedData',
        data: {
          callback: sourceCode.getText(getInvokedFunction(mixed.call)),
          data: sourceCode.getText(action.data),
          action: sourceCode.getText(action.call).replaceAll(/\s+/gu, ' '),
          line: action.call.loc.start.line,
        },
      });
    }

    return {
      TryStatement(node) {
        // Data an `await` produced needs an `await` in the block: none outside async code (module code may await).
        if (!node.handler || !isInAsyncCode(node)) return;
        if (!isHandlingCatch(node.handler, sourceCode.visitorKeys)) {
          checkRethrowingCatch(node, node.handler);
          return;
        }
        const mixed = getMixedCallbackCall(node.block.body, sourceCode);
        if (!mixed) return;
        const { call, statementIndex } = mixed;
        // The split must leave each zone unmixed: the callback's data all produced before it.
        const splitText =
          statementIndex > 0 && getMixedCallbackCall(node.block.body.slice(statementIndex), sourceCode) === null
            ? getTrySplitText(node, statementIndex, sourceCode)
            : null;
        context.report({
          node: call,
          messageId: 'mixedZones',
          data: { callback: sourceCode.getText(getInvokedFunction(call)) },
          suggest:
            splitText === null
              ? []
              : [{ messageId: 'splitZones', fix: (fixer) => fixer.replaceText(node, splitText) }],
        });
      },
    };
  },
});
