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

/** True when typescript-eslint parsed the file as TypeScript (`.ts`, `.tsx`, `.mts`, `.cts`), by the file name it was given. */
function isTypeScriptFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const services = sourceCode.parserServices as TypeScriptServicesView | undefined;
  const file = services?.esTreeNodeToTSNodeMap?.get(sourceCode.ast) as TypeScriptFileView | undefined;
  return file?.fileName !== undefined && /\.[cm]?tsx?$/iu.test(file.fileName);
}

/** True for `require('…')` with a string literal. */
function isRequireCall(node: TSESTree.Node | null | undefined): node is TSESTree.CallExpression {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]!.type === AST_NODE_TYPES.Literal &&
    typeof node.arguments[0]!.value === 'string'
  );
}

/** True for a declaration that loads a module: `const x = require('y')`, `const { a } = require('y')`, `var z = require('y').z`. */
function isRequireDeclaration(statement: TSESTree.ProgramStatement): statement is TSESTree.VariableDeclaration {
  return (
    statement.type === AST_NODE_TYPES.VariableDeclaration &&
    statement.declarations.some(
      (declarator) => isRequireCall(declarator.init) || (declarator.init?.type === AST_NODE_TYPES.MemberExpression && isRequireCall(declarator.init.object)),
    )
  );
}

/** True for `module.exports = …`, `module.exports.x = …` or `exports.x = …` as a statement. */
function isExportsAssignment(statement: TSESTree.ProgramStatement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.AssignmentExpression) return false;
  let target: TSESTree.Node = statement.expression.left;
  while (target.type === AST_NODE_TYPES.MemberExpression) {
    const { object, property }: TSESTree.MemberExpression = target;
    if (object.type === AST_NODE_TYPES.Identifier) {
      return object.name === 'exports' || (object.name === 'module' && property.type === AST_NODE_TYPES.Identifier && property.name === 'exports');
    }
    target = object;
  }
  return false;
}

/**
 * True when `require` loads modules in the file: ESLint's `commonjs` source type, a file parsed as a module that has the
 * shape of CommonJS (see {@link isCommonJsFile}), or a script whose top level requires or exports (a script without
 * either may run in a browser, where `require` is not defined).
 */
function isRequireFile(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const { sourceType, body } = sourceCode.ast;
  // ESLint's own type for `.cjs` files, which typescript-eslint's AST types do not list.
  if ((sourceType as string) === 'commonjs') return true;
  if (sourceType === 'module') return isCommonJsFile(sourceCode);
  let isRequiring = requiringScripts.get(sourceCode);
  if (isRequiring === undefined) {
    isRequiring = body.some((statement) => isRequireDeclaration(statement) || isExportsAssignment(statement));
    requiringScripts.set(sourceCode, isRequiring);
  }
  return isRequiring;
}

// Per file (and module): what the suggestions read of the top-level statements. Each suggestion asks, and a file with
// a report per class would otherwise read every top-level statement once per report.
const requiringScripts = new WeakMap<Readonly<TSESLint.SourceCode>, boolean>();
const requireDeclarations = new WeakMap<Readonly<TSESLint.SourceCode>, TSESTree.VariableDeclaration[]>();
const runtimeDestructurings = new WeakMap<Readonly<TSESLint.SourceCode>, Map<string, RuntimeDestructuring[]>>();
const valueImports = new WeakMap<Readonly<TSESLint.SourceCode>, Map<string, TSESTree.ImportDeclaration[]>>();
const lastImports = new WeakMap<Readonly<TSESLint.SourceCode>, TSESTree.ImportDeclaration | null>();

/** The top-level declarations that load a module (see {@link isRequireDeclaration}), in source order. */
function getRequireDeclarations(sourceCode: Readonly<TSESLint.SourceCode>): readonly TSESTree.VariableDeclaration[] {
  let declarations = requireDeclarations.get(sourceCode);
  if (!declarations) {
    declarations = sourceCode.ast.body.filter(isRequireDeclaration);
    requireDeclarations.set(sourceCode, declarations);
  }
  return declarations;
}

/** The top-level `{ … } = require(runtimeModule)` declarators, in source order. */
function getRuntimeDestructurings(sourceCode: Readonly<TSESLint.SourceCode>, runtimeModule: string): readonly RuntimeDestructuring[] {
  let byModule = runtimeDestructurings.get(sourceCode);
  if (!byModule) {
    byModule = new Map();
    runtimeDestructurings.set(sourceCode, byModule);
  }
  let declarators = byModule.get(runtimeModule);
  if (!declarators) {
    declarators = [];
    for (const statement of sourceCode.ast.body) {
      if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
      for (const declarator of statement.declarations) {
        if (isRuntimeDestructuring(declarator, runtimeModule)) declarators.push(declarator);
      }
    }
    byModule.set(runtimeModule, declarators);
  }
  return declarators;
}

/** The value imports of `runtimeModule` (see {@link isValueImportOf}), in source order. */
function getValueImports(sourceCode: Readonly<TSESLint.SourceCode>, runtimeModule: string): readonly TSESTree.ImportDeclaration[] {
  let byModule = valueImports.get(sourceCode);
  if (!byModule) {
    byModule = new Map();
    valueImports.set(sourceCode, byModule);
  }
  let imports = byModule.get(runtimeModule);
  if (!imports) {
    imports = sourceCode.ast.body.filter((statement) => isValueImportOf(statement, runtimeModule));
    byModule.set(runtimeModule, imports);
  }
  return imports;
}

/** The file's last top-level `import`, or `null`. */
function getLastImport(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.ImportDeclaration | null {
  let lastImport = lastImports.get(sourceCode);
  if (lastImport === undefined) {
    lastImport = sourceCode.ast.body.findLast((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration) ?? null;
    lastImports.set(sourceCode, lastImport);
  }
  return lastImport;
}

/** The line break the file uses (its first one), so that an inserted line matches its neighbours. */
function getLineBreak(sourceCode: Readonly<TSESLint.SourceCode>): string {
  return /\r\n?|\n/u.exec(sourceCode.text)?.[0] ?? '\n';
}

function getQuotedModule(runtimeModule: string): string {
  return `'${runtimeModule.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/** The top-level statement that holds `node`. */
function getTopLevelStatement(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && current.parent.type !== AST_NODE_TYPES.Program) current = current.parent;
  return current;
}

/** The name a destructured property takes from the object: `a` for `{ a }`, `{ a: b }` and `{ 'a': b }`. */
function getPropertyKeyName(property: TSESTree.Property): string | null {
  if (property.computed) return null;
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : null;
}

/** The local binding of a destructured property: `b` for `{ a: b }` and `{ a: b = fallback }`; `null` for a nested pattern. */
function getPropertyLocal(property: TSESTree.Property): TSESTree.Identifier | null {
  const { value } = property;
  if (value.type === AST_NODE_TYPES.Identifier) return value;
  return value.type === AST_NODE_TYPES.AssignmentPattern && value.left.type === AST_NODE_TYPES.Identifier ? value.left : null;
}

/** A declarator `{ … } = require('<runtimeModule>')`. */
type RuntimeDestructuring = TSESTree.VariableDeclarator & { readonly id: TSESTree.ObjectPattern; readonly parent: TSESTree.VariableDeclaration };

function isRuntimeDestructuring(declarator: TSESTree.VariableDeclarator, runtimeModule: string): declarator is RuntimeDestructuring {
  return (
    declarator.id.type === AST_NODE_TYPES.ObjectPattern &&
    isRequireCall(declarator.init) &&
    (declarator.init.arguments[0] as TSESTree.StringLiteral).value === runtimeModule
  );
}

/**
 * The `require` form of {@link getRuntimeHelperImport} for a JavaScript CommonJS file: reuses a top-level
 * `const { name } = require('module')` (or `{ name: local }`), else adds `name` to such a destructuring, else inserts
 * `const { name } = require('module');` after the last top-level `require` declaration, or after the directive prologue,
 * or before the first statement. Only declarations before the statement that holds `usage` are extended or followed,
 * so that top-level code there never meets the helper's binding before its initialization.
 */
function getRequireImport(
  usage: TSESTree.Node,
  name: string,
  runtimeModule: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): RuntimeHelperImport | null {
  const program = sourceCode.ast;
  const scope = sourceCode.getScope(usage);
  // A `require` of the file's own making (a `createRequire`, a bundler's shim) is not Node's: leave it to a person.
  if (ASTUtils.findVariable(scope, 'require')?.defs.length) return null;
  const runtimeDeclarators = getRuntimeDestructurings(sourceCode, runtimeModule);

  for (const declarator of runtimeDeclarators) {
    for (const property of declarator.id.properties) {
      const local = property.type === AST_NODE_TYPES.Property && getPropertyKeyName(property) === name ? getPropertyLocal(property) : null;
      if (!local) continue;
      const variable = ASTUtils.findVariable(scope, local.name);
      const isShadowed = variable?.defs.some((definition) => definition.node !== declarator) ?? true;
      return isShadowed ? null : { localName: local.name, fix: () => [] };
    }
  }
  if (ASTUtils.findVariable(scope, name)) return null;

  const usageStatementStart = getTopLevelStatement(usage).range[0];
  const extensible = runtimeDeclarators.find(
    (declarator) =>
      declarator.range[1] <= usageStatementStart &&
      declarator.parent.kind === 'const' &&
      declarator.id.properties.every((property) => property.type === AST_NODE_TYPES.Property),
  );
  const lastProperty = extensible?.id.properties.at(-1);
  if (lastProperty) return { localName: name, fix: (fixer) => [fixer.insertTextAfter(lastProperty, `, ${name}`)] };
  if (extensible) return { localName: name, fix: (fixer) => [fixer.replaceText(extensible.id, `{ ${name} }`)] };

  const lineBreak = getLineBreak(sourceCode);
  const declarationText = `const { ${name} } = require(${getQuotedModule(runtimeModule)});`;
  const directiveCount = program.body.findIndex(
    (statement) => statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined,
  );
  const anchor =
    getRequireDeclarations(sourceCode).findLast((statement) => statement.range[1] <= usageStatementStart) ??
    program.body[(directiveCount === -1 ? program.body.length : directiveCount) - 1];
  if (anchor) return { localName: name, fix: (fixer) => [fixer.insertTextAfter(anchor, `${lineBreak}${declarationText}`)] };
  const first = program.body[0]!;
  return { localName: name, fix: (fixer) => [fixer.insertTextBefore(first, `${declarationText}${lineBreak}`)] };
}

/**
 * The import of helper `name` from `runtimeModule` for code at `usage`. In a module: reuses an import that already brings
 * it in, else adds the specifier to an existing value import of that module, else inserts
 * `import { name } from 'module';` after the last import (or before the first statement). In a JavaScript CommonJS file:
 * the same with `const { name } = require('module')` (see {@link getRequireImport}).
 * `null` when that cannot be done safely: TypeScript compiles the file to CommonJS (see {@link isCompiledToCommonJs}; the
 * inline form compiles there, an `import` or an untyped `require` may not), the file is neither a module nor CommonJS,
 * or `name` already means something else at `usage`. Callers then offer only their inline rewrites.
 */
export function getRuntimeHelperImport(
  usage: TSESTree.Node,
  name: string,
  runtimeModule: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): RuntimeHelperImport | null {
  const program = sourceCode.ast;
  if (!isTypeScriptFile(sourceCode) && isRequireFile(sourceCode)) return getRequireImport(usage, name, runtimeModule, sourceCode);
  // A `.js` file that uses `module.exports` runs as CommonJS under Node even when parsed as a module: an
  // `import` added there would stop it from loading.
  if (program.sourceType !== 'module' || isCommonJsFile(sourceCode) || isCompiledToCommonJs(sourceCode)) return null;
  const imports = getValueImports(sourceCode, runtimeModule);

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

  const lineBreak = getLineBreak(sourceCode);
  const declarationText = `import { ${name} } from ${getQuotedModule(runtimeModule)};`;
  const lastImport = getLastImport(sourceCode);
  if (lastImport) return { localName: name, fix: (fixer) => [fixer.insertTextAfter(lastImport, `${lineBreak}${declarationText}`)] };
  const first = program.body[0];
  return {
    localName: name,
    fix: (fixer) => [first ? fixer.insertTextBefore(first, `${declarationText}${lineBreak}`) : fixer.insertTextAfterRange([0, 0], `${declarationText}${lineBreak}`)],
  };
}
