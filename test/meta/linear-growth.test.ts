// Rule cost must stay linear in file size. Timings vary by machine, so this counts work instead: the file
// model's own node visits, and, for all rules together, every lookup of the parser's visitor keys (one per node
// any walk visits) and of the token list. A helper that walks the file or filters its tokens per report makes
// these counts grow with the square of the file; doubling the file must at most ~double them.
import tsParser from '@typescript-eslint/parser';
import { Linter, type ESLint, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../index.js';
import { getCallsByName, getClassFacts, getFileModel, getFunctionFacts, getMemberReads, getMemberWrites } from '../../rules/analysis/program/file-model.js';
import { generateClasses } from '../benchmark/generate.js';

const CLASSES = 8;
/** Twice the file, at most this many times the work (a little over 2 for the fixed header and warm-up). */
const MAX_GROWTH = 2.1;

type ParseResult = ReturnType<typeof tsParser.parseForESLint>;

/** An array or object whose property reads add to `counter.reads`. */
function countReads<T extends object>(target: T, counter: { reads: number }): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      counter.reads += 1;
      return Reflect.get(object, key, receiver) as unknown;
    },
  });
}

/** The parser, with the visitor keys, tokens and scope list it returns counting their reads. */
function getCountingParser(counter: { reads: number }): Linter.Parser {
  return {
    meta: { name: 'counting-parser' },
    parseForESLint(code: string, options: unknown): ParseResult {
      const result = tsParser.parseForESLint(code, options as Parameters<typeof tsParser.parseForESLint>[1]);
      result.ast.tokens = countReads(result.ast.tokens, counter);
      // A rule that scans every scope per report is as quadratic as one that walks the file per report.
      const scopeManager = result.scopeManager as unknown as { scopes: object[] } | null;
      if (scopeManager) scopeManager.scopes = countReads(scopeManager.scopes, counter);
      return { ...result, visitorKeys: countReads(result.visitorKeys, counter) };
    },
  } as Linter.Parser;
}

function lint(source: string, configs: Linter.Config[]): void {
  const messages = new Linter({ configType: 'flat' }).verify(source, configs, { filename: 'generated.ts' });
  expect(messages.filter((message) => message.fatal)).toEqual([]);
}

type SourceCode = Parameters<typeof getFileModel>[0];
/** A probe's listeners, typed by the analysis' node types rather than ESLint's. */
type ProbeListeners = Record<string, (node: never) => void>;

/** Lints a generated file of `classCount` classes with `parser` and one probe rule, whose listeners `listen` returns. */
function lintWithProbe(classCount: number, parser: Linter.Parser, listen: (sourceCode: SourceCode) => ProbeListeners): void {
  const probe: ESLint.Plugin = {
    rules: { probe: { create: (context) => listen(context.sourceCode as unknown as SourceCode) as Rule.RuleListener } },
  };
  lint(generateClasses(classCount), [{ files: ['**/*.ts'], plugins: { probe }, languageOptions: { parser }, rules: { 'probe/probe': 'error' } }]);
}

/** The file model's visits on a generated file of `classCount` classes, with every part of it built. */
function getModelVisits(classCount: number): number {
  let visits = 0;
  lintWithProbe(classCount, tsParser as Linter.Parser, (sourceCode) => ({
    ':function'(node: Parameters<typeof getFunctionFacts>[0]) {
      getFunctionFacts(node, sourceCode);
    },
    ClassDeclaration(node: Parameters<typeof getClassFacts>[0]) {
      getClassFacts(node, sourceCode);
    },
    'Program:exit'() {
      // The whole-file index (built for the calls by name), then the member accesses read from it.
      getCallsByName('connect', sourceCode);
      getMemberWrites('profile', sourceCode);
      visits = getFileModel(sourceCode).visits;
    },
  }));
  return visits;
}

/** The reads counted while every rule of the plugin (or none) lints a generated file of `classCount` classes. */
function getLintReads(classCount: number, withRules: boolean): number {
  const counter = { reads: 0 };
  const rules = withRules ? Object.fromEntries(Object.keys(plugin.rules).map((id) => [`concurrency/${id}`, 'error' as const])) : {};
  lint(generateClasses(classCount), [
    { files: ['**/*.ts'], plugins: { concurrency: plugin }, languageOptions: { parser: getCountingParser(counter) }, rules },
  ]);
  return counter.reads;
}

/**
 * The reads counted while the accesses of a few member names (each spelled in every class) are found from the text,
 * with no file index: one descent per place the text spells a name, each about the file's depth.
 */
function getMemberLookupReads(classCount: number): number {
  const counter = { reads: 0 };
  let lookupReads = 0;
  lintWithProbe(classCount, getCountingParser(counter), (sourceCode) => ({
    'Program:exit'() {
      const before = counter.reads;
      for (const name of ['profile', '#schema', 'client']) {
        expect(getMemberReads(name, sourceCode).length + getMemberWrites(name, sourceCode).length).toBeGreaterThanOrEqual(classCount);
      }
      lookupReads = counter.reads - before;
      expect(getFileModel(sourceCode).index).toBeNull();
    },
  }));
  return lookupReads;
}

describe('linear growth', () => {
  it('the file model visits each node at most a few times: twice the file, twice the visits', () => {
    const small = getModelVisits(CLASSES);
    const large = getModelVisits(2 * CLASSES);
    expect(small).toBeGreaterThan(1000);
    expect(large / small).toBeLessThanOrEqual(MAX_GROWTH);
  });

  it('member accesses found from the text: twice the file, at most about twice the work', () => {
    const small = getMemberLookupReads(CLASSES);
    const large = getMemberLookupReads(2 * CLASSES);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThanOrEqual(MAX_GROWTH);
  });

  it("all rules together: twice the file, at most about twice the rules' work", () => {
    const floorSmall = getLintReads(CLASSES, false);
    const floorLarge = getLintReads(2 * CLASSES, false);
    const rulesSmall = getLintReads(CLASSES, true) - floorSmall;
    const rulesLarge = getLintReads(2 * CLASSES, true) - floorLarge;
    expect(rulesSmall).toBeGreaterThan(0);
    expect(rulesLarge / rulesSmall).toBeLessThanOrEqual(MAX_GROWTH);
  });
});
