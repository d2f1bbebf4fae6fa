import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isCommonJsFile } from '../analysis/program/commonjs-file.js';

/** How a suggestion refers to a runtime helper, and the edits (possibly none) that import it. */
export interface RuntimeHelperImport {
  /** The local name to call the helper by. */
  readonly localName: string;
  readonly fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

function isValueImportOf(statement: TSESTree.ProgramStatement, runtimeModule: string): statement is TSESTree.ImportDeclaration {
  return (
    statement.type === AST_NODE_TYPES.ImportDeclaration &&
    statement.source.value === runtimeModule &&
    // espree's AST has no `importKind`.
    statement.importKind !== 'type'
  );
}

/** TypeScript's `ModuleKind` numbers we need, without loading `typescript` (not a dependency of the plugin). */
const TS_MODULE_KIND_COMMONJS = 1;
const TS_MODULE_KIND_NODE16 = 100;
const TS_MODULE_KIND_NODENEXT = 199;

/** The few members of typescript-eslint's parser services and TypeScript's program read here, typed loosely. */
interface TypeScriptFileView {
  readonly fileName?: string;
  readonly impliedNodeFormat?: number;
}
interface TypeScriptServicesView {
  readonly esTreeNodeToTSNodeMap?: { get(node: TSESTree.Node): unknown };
  readonly program?: { getCompilerOptions(): { module?: number } } | null;
}

/** True for `export = x` and `import x = require('y')`: TypeScript's CommonJS syntax. */
function isTypeScriptCommonJsStatement(statement: TSESTree.ProgramStatement): boolean {
  return (
    statement.type === AST_NODE_TYPES.TSExportAssignment ||
    (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference)
  );
}

/**
 * True when TypeScript compiles the file to CommonJS, where an added `import` may not compile: with
 * `verbatimModuleSyntax` it is an error (TS1286), and under `node16` it cannot load an ES module (TS1479).
 * Known from the extension (`.cts`, `.cjs`), from type information when the file is linted with a program
 * (the module setting, and per file under `node16`/`nodenext`), else from `export =` or `import x = require()`.
 */
function isCompiledToCommonJs(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let isCommonJs = compiledToCommonJs.get(sourceCode);
  if (isCommonJs === undefined) {
    isCommonJs = getIsCompiledToCommonJs(sourceCode);
    compiledToCommonJs.set(sourceCode, isCommonJs);
  }
  return isCommonJs;
}

/** Per file: asked once per suggestion, and the answer reads every top-level statement. */
const compiledToCommonJs = new WeakMap<Readonly<TSESLint.SourceCode>, boolean>();

function getIsCompiledToCommonJs(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const program = sourceCode.ast;
  if (program.body.some(isTypeScriptCommonJsStatement)) return true;
  const services = sourceCode.parserServices as TypeScriptServicesView | undefined;
  const file = services?.esTreeNodeToTSNodeMap?.get(program) as TypeScriptFileView | undefined;
  if (file?.fileName && /\.c[jt]s$/iu.test(file.fileName)) return true;
  const module = services?.program?.getCompilerOptions().module;
  if (module === TS_MODULE_KIND_COMMONJS) return true;
  if (module !== undefined && module >= TS_MODULE_KIND_NODE16 && module <= TS_MODULE_KIND_NODENEXT) {
    return file?.impliedNodeFormat === TS_MODULE_KIND_COMMONJS;
  }
  return false;
}

/**
 * The import of helper `name` from `runtimeModule` for code at `usage`: reuses an import that already brings
 * it in, else adds the specifier to an existing value import of that module, else inserts
 * `import { name } from 'module';` after the last import (or before the first statement).
 * `null` when that cannot be done safely: the file is not an ES module (or uses CommonJS exports), TypeScript compiles
 * it to CommonJS (see {@link isCompiledToCommonJs}), or `name` already means something else at `usage`. Callers then
 * offer only their inline rewrites.
 */
export function getRuntimeHelperImport(
  usage: TSESTree.Node,
  name: string,
  runtimeModule: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): RuntimeHelperImport | null {
  const program = sourceCode.ast;
  // A `.js` file that uses `module.exports` runs as CommonJS under Node even when parsed as a module: an
  // `import` added there would stop it from loading.
  if (program.sourceType !== 'module' || isCommonJsFile(sourceCode) || isCompiledToCommonJs(sourceCode)) return null;
  const imports = program.body.filter((statement) => isValueImportOf(statement, runtimeModule));

  for (const declaration of imports) {
    for (const specifier of declaration.specifiers) {
      if (
        specifier.type === AST_NODE_TYPES.ImportSpecifier &&
        specifier.importKind !== 'type' &&
        (specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value) === name
      ) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(usage), specifier.local.name);
        const isShadowed = variable?.defs.some((definition) => definition.node !== specifier) ?? true;
        return isShadowed ? null : { localName: specifier.local.name, fix: () => [] };
      }
    }
  }
  if (ASTUtils.findVariable(sourceCode.getScope(usage), name)) return null;

  const extensible = imports.find((declaration) =>
    declaration.specifiers.every((specifier) => specifier.type !== AST_NODE_TYPES.ImportNamespaceSpecifier),
  );
  const lastNamed = extensible?.specifiers.findLast((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier);
  const defaultSpecifier = extensible?.specifiers.find(
    (specifier) => specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier,
  );
  if (lastNamed) return { localName: name, fix: (fixer) => [fixer.insertTextAfter(lastNamed, `, ${name}`)] };
  if (defaultSpecifier) return { localName: name, fix: (fixer) => [fixer.insertTextAfter(defaultSpecifier, `, { ${name} }`)] };

  const quotedModule = `'${runtimeModule.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  const declarationText = `import { ${name} } from ${quotedModule};`;
  const lastImport = program.body.findLast((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration);
  if (lastImport) return { localName: name, fix: (fixer) => [fixer.insertTextAfter(lastImport, `\n${declarationText}`)] };
  const first = program.body[0];
  return {
    localName: name,
    fix: (fixer) => [first ? fixer.insertTextBefore(first, `${declarationText}\n`) : fixer.insertTextAfterRange([0, 0], `${declarationText}\n`)],
  };
}
