import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { walk } from './ast.js';

/** True for `module.exports`, `exports.x` or `module.exports.x` as the target of an assignment. */
function isExportsTarget(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const { object, property } = node;
  if (object.type === AST_NODE_TYPES.Identifier) {
    return object.name === 'exports' || (object.name === 'module' && property.type === AST_NODE_TYPES.Identifier && property.name === 'exports');
  }
  return isExportsTarget(object);
}

/** Asked once per report by the rewrites that add imports; the answer may take a walk of the whole file. */
const commonJsFiles = new WeakMap<Readonly<TSESLint.SourceCode>, boolean>();

/**
 * True when the file is CommonJS: parsed as such, or parsed as a module (ESLint's default for `.js`) while it has no
 * `import`/`export` and uses `require(…)` or assigns `module.exports`/`exports.x`. An `import` added to it would not run.
 */
export function isCommonJsFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let isCommonJs = commonJsFiles.get(sourceCode);
  if (isCommonJs === undefined) {
    isCommonJs = hasCommonJsShape(sourceCode);
    commonJsFiles.set(sourceCode, isCommonJs);
  }
  return isCommonJs;
}

function hasCommonJsShape(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const program = sourceCode.ast;
  if (program.sourceType !== 'module') return true;
  const hasModuleSyntax = program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
      statement.type === AST_NODE_TYPES.TSExportAssignment,
  );
  if (hasModuleSyntax) return false;
  let found = false;
  walk(
    program,
    sourceCode.visitorKeys,
    (node) => {
      if (found) return false;
      if (node.type === AST_NODE_TYPES.AssignmentExpression && isExportsTarget(node.left)) found = true;
      if (
        node.type === AST_NODE_TYPES.CallExpression &&
        node.callee.type === AST_NODE_TYPES.Identifier &&
        node.callee.name === 'require' &&
        !sourceCode.getScope(node).references.some((reference) => reference.identifier === node.callee && reference.resolved)
      ) {
        found = true;
      }
      return !found;
    },
    { enterFunctions: true },
  );
  return found;
}
