import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { endsEveryPathWith, walk } from '../analysis/program/ast.js';
import { getTailExit } from '../analysis/program/tail-exit.js';
import { getIndentationUnit } from './fix-text.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

interface Edit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** True when `identifier` names a binding, not a property (`x.name`, `{ name: 1 }`). */
function isBindingName(identifier: TSESTree.Identifier): boolean {
  const { parent } = identifier;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === identifier && !parent.computed) return false;
  return !(parent?.type === AST_NODE_TYPES.Property && parent.key === identifier && !parent.computed && !parent.shorthand);
}

/**
 * True when declaring `name` in the block around `tryStatement` would clash with a declaration there, or capture
 * a use outside the `try` block that now means something else (an outer variable, a global). Uses that resolve
 * to a declaration nested in that block (a `const` in another `try`) are unaffected.
 */
function isNameTaken(
  tryStatement: TSESTree.TryStatement & { parent: TSESTree.BlockStatement },
  name: string,
  sourceCode: SourceCode,
): boolean {
  const { parent: block, block: except } = tryStatement;
  const scope = sourceCode.getScope(tryStatement);
  if (scope.set.has(name)) return true;
  let found = false;
  walk(
    block,
    sourceCode.visitorKeys,
    (node) => {
      if (found || node === except) return false;
      if (node.type === AST_NODE_TYPES.Identifier && node.name === name && isBindingName(node)) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
        const isDeclaredInside =
          variable !== null &&
          variable.scope !== scope &&
          variable.defs.length > 0 &&
          variable.defs.every(({ name: definition }) => definition.range[0] >= block.range[0] && definition.range[1] <= block.range[1]);
        found = !isDeclaredInside;
      }
      return !found;
    },
    { enterFunctions: true },
  );
  return found;
}

/**
 * The declarations of `extraction` that the statements in `delivery` read, moved out of the `try`: the
 * hoisted `let` lines, and the edits that turn each into plain assignments (`const data = …` → `data = …`).
 * `null` when one cannot move (a destructuring, a `using`, a function or class declaration, a name that clashes).
 */
function getHoisting(
  tryStatement: TSESTree.TryStatement & { parent: TSESTree.BlockStatement },
  extraction: readonly TSESTree.Statement[],
  delivery: readonly TSESTree.Statement[],
  sourceCode: SourceCode,
): { declarations: string[]; edits: Edit[] } | null {
  const deliveryStart = delivery[0]!.range[0];
  const deliveryEnd = delivery.at(-1)!.range[1];
  const declarations: string[] = [];
  const edits: Edit[] = [];
  for (const statement of extraction) {
    const isNeeded = sourceCode.scopeManager
      ?.getDeclaredVariables(statement)
      .some((variable) =>
        variable.references.some(({ identifier }) => identifier.range[0] >= deliveryStart && identifier.range[1] <= deliveryEnd),
      );
    // A `var` is already visible from the second `try`.
    if (!isNeeded || (statement.type === AST_NODE_TYPES.VariableDeclaration && statement.kind === 'var')) continue;
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration || (statement.kind !== 'const' && statement.kind !== 'let')) {
      return null;
    }
    const names: string[] = [];
    for (const declarator of statement.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return null;
      if (isNameTaken(tryStatement, declarator.id.name, sourceCode)) return null;
      const annotation = declarator.id.typeAnnotation;
      names.push(declarator.id.name + (annotation ? sourceCode.getText(annotation) : ''));
      if (annotation) edits.push({ range: annotation.range, text: '' });
    }
    declarations.push(`let ${names.join(', ')}`);
    const keyword = sourceCode.getFirstToken(statement)!;
    const next = sourceCode.getTokenAfter(keyword, { includeComments: true })!;
    edits.push({ range: [keyword.range[0], next.range[0]], text: '' });
  }
  return { declarations, edits };
}

/** Every jump: a `catch` ending in any of them never falls through to the code after the `try`. */
const ANY_JUMP = new Set([
  AST_NODE_TYPES.BreakStatement,
  AST_NODE_TYPES.ContinueStatement,
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.ThrowStatement,
] as const);

/** True unless the statements are written without semicolons (standard style): the added lines follow suit. */
function isSemicolonStyle(statements: readonly TSESTree.Statement[], sourceCode: SourceCode): boolean {
  const ended = statements.filter((statement) => statement.type !== AST_NODE_TYPES.BlockStatement && !isCompoundStatement(statement));
  return ended.length === 0 || ended.some((statement) => sourceCode.getLastToken(statement)?.value === ';');
}

/** Statements that end with a block or a nested statement, never with a semicolon of their own. */
function isCompoundStatement(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.TryStatement:
    case AST_NODE_TYPES.SwitchStatement:
    case AST_NODE_TYPES.LabeledStatement:
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ClassDeclaration:
      return true;
    default:
      return false;
  }
}

/** `text` of `range` with `edits` (inside it, not overlapping) applied. */
function applyEdits(text: string, range: readonly [number, number], edits: readonly Edit[]): string {
  let result = '';
  let position = range[0];
  for (const edit of [...edits].sort((a, b) => a.range[0] - b.range[0])) {
    if (edit.range[0] < range[0] || edit.range[1] > range[1]) continue;
    result += text.slice(position, edit.range[0]) + edit.text;
    position = edit.range[1];
  }
  return result + text.slice(position, range[1]);
}

/** Where the delivery part starts in the text: at the line of its first own comment or statement. */
function getSplitOffset(last: TSESTree.Statement, first: TSESTree.Statement, sourceCode: SourceCode): number {
  const ownComment = sourceCode.getCommentsBefore(first).find((comment) => comment.loc.start.line > last.loc.end.line);
  const start = ownComment?.range[0] ?? first.range[0];
  const lineStart = sourceCode.text.lastIndexOf('\n', start - 1) + 1;
  return lineStart > last.range[1] ? lineStart : start;
}

/**
 * The text that splits `tryStatement` into two error zones with the same `catch`: the statements before
 * `splitIndex` (extraction) in a first `try` whose `catch` ends with the jump that skips the rest (`return`
 * or `continue`, so the second part never runs with missing data), then the rest (delivery) in a second `try`.
 * Declarations the delivery reads are hoisted before the first `try` as `let` with their type annotation.
 *
 * Runs exactly as before: either the `catch` always leaves (`return`, `throw`), or the `try` is the last
 * thing its function or loop body does, so the added jump lands where falling through would. `null` otherwise,
 * when there is a `finally`, or when something cannot move without changing meaning or losing a comment.
 */
export function getTrySplitText(tryStatement: TSESTree.TryStatement, splitIndex: number, sourceCode: SourceCode): string | null {
  const { block, handler, finalizer, parent } = tryStatement;
  const extraction = block.body.slice(0, splitIndex);
  const delivery = block.body.slice(splitIndex);
  const last = extraction.at(-1);
  const first = delivery[0];
  if (!handler || finalizer || !last || !first || parent.type !== AST_NODE_TYPES.BlockStatement) return null;
  // A `catch` that always leaves needs no jump added; otherwise the jump must land where falling through would.
  const isCatchLeaving = endsEveryPathWith(handler.body, ANY_JUMP);
  const exit = isCatchLeaving ? null : getTailExit(tryStatement);
  if (!isCatchLeaving && exit === null) return null;
  // A comment between `try` and `{` or between `}` and `catch` has no place in the split.
  const isCommentKept = ({ range }: TSESTree.Comment): boolean =>
    (range[0] >= block.range[0] && range[1] <= block.range[1]) || (range[0] >= handler.range[0] && range[1] <= handler.range[1]);
  if (!sourceCode.getCommentsInside(tryStatement).every(isCommentKept)) return null;
  // A `using` is disposed where its block ends: the split would dispose it before the delivery runs.
  if (extraction.some((statement) => statement.type === AST_NODE_TYPES.VariableDeclaration && statement.kind.endsWith('using'))) return null;
  const hoisting = getHoisting(tryStatement as TSESTree.TryStatement & { parent: TSESTree.BlockStatement }, extraction, delivery, sourceCode);
  if (!hoisting) return null;
  const semicolon = isSemicolonStyle(block.body, sourceCode) ? ';' : '';

  const { text } = sourceCode;
  const indent = /^\s*/u.exec(sourceCode.lines[tryStatement.loc.start.line - 1] ?? '')?.[0] ?? '';
  const innerIndent = indent + getIndentationUnit(tryStatement, first, sourceCode);
  const split = getSplitOffset(last, first, sourceCode);
  const extractionText = applyEdits(text, [block.range[0], split], hoisting.edits).trimEnd();
  const deliveryText = text.slice(split, block.range[1]);
  const catchText = sourceCode.getText(handler);
  const closeExtraction = extractionText.includes('\n') ? `\n${indent}}` : ' }';
  const openDelivery = text[split - 1] === '\n' ? '{\n' : '{ ';

  let exitingCatchText = catchText;
  if (exit !== null) {
    const body = text.slice(handler.range[0], handler.body.range[1] - 1).trimEnd();
    exitingCatchText = sourceCode.getText(handler.body).includes('\n')
      ? `${body}\n${innerIndent}${exit}${semicolon}\n${indent}}`
      : `${body} ${exit}${semicolon} }`;
  }
  const hoisted = hoisting.declarations.map((declaration) => `${declaration}${semicolon}\n${indent}`).join('');
  return `${hoisted}try ${extractionText}${closeExtraction} ${exitingCatchText}\n${indent}try ${openDelivery}${deliveryText} ${catchText}`;
}
