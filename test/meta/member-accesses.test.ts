// The reads and writes of a member name, found from where the text spells the name (no walk of the file), must be
// exactly what the file index's walk lists: every spelling of a member (dotted, private, string and template keys,
// escapes, decorators that lie outside their class's range), none of the look-alikes (comments, strings that key no
// member, longer names), in source order.
import tsParser from '@typescript-eslint/parser';
import { Linter, type ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getCallsByName, getMemberReads, getMemberStores, getMemberWrites, type MemberAccess } from '../../rules/analysis/program/file-model.js';

type SourceCode = Parameters<typeof getMemberReads>[1];

const SOURCE = String.raw`
// this.x in a comment, and 'x' in a string that keys no member
@dep.x('a') export class A {
  #x = 1;
  x = 2;
  @dep.x() handle(@dep.x() value: number, other = this.x) {
    this.x = value;
    this.#x++;
    delete this['x'];
    const o = { x: 1, xx: 2 };
    o.xx = o.x1 + o._x + o.x$;
    return [this[${'`'}x${'`'}], o?.x, this.\u0078, this['\x78'], this.x.x, 'x', this.#x];
  }
}
@dep.x() export default class B {}
`;

/** What `ask` returns for `source`, each access as `object:text@offset`, asked on a fresh file model. */
function collect(source: string, ask: (sourceCode: SourceCode) => Record<string, readonly MemberAccess[]>): Record<string, string[]> {
  return collectNodes(source, (sourceCode) =>
    Object.fromEntries(Object.entries(ask(sourceCode)).map(([key, accesses]) => [key, accesses.map(({ node, object }) => ({ node, object }))])),
  );
}

/** What `ask` returns for `source`, each node as `[object:]text@offset`, asked on a fresh file model. */
function collectNodes(
  source: string,
  ask: (sourceCode: SourceCode) => Record<string, readonly { node: { range: [number, number] }; object?: string }[]>,
): Record<string, string[]> {
  let result: Record<string, string[]> = {};
  const probe: ESLint.Plugin = {
    rules: {
      accesses: {
        create(context) {
          const sourceCode = context.sourceCode as unknown as SourceCode;
          return {
            'Program:exit'() {
              result = Object.fromEntries(
                Object.entries(ask(sourceCode)).map(([key, accesses]) => [
                  key,
                  accesses.map(({ node, object }) => `${object === undefined ? '' : `${object}:`}${sourceCode.text.slice(...node.range)}@${node.range[0]}`),
                ]),
              );
            },
          };
        },
      },
    },
  };
  const messages = new Linter({ configType: 'flat' }).verify(
    source,
    [{ files: ['**/*.ts'], plugins: { probe }, languageOptions: { parser: tsParser }, rules: { 'probe/accesses': 'error' } }],
    { filename: 'accesses.ts' },
  );
  expect(messages).toEqual([]);
  return result;
}

const NAMES = ['x', '#x', 'xx', 'x1', 'missing'];

/** The reads and writes of every name in NAMES, as `getMemberReads`/`getMemberWrites` answer. */
function askAll(sourceCode: SourceCode): Record<string, readonly MemberAccess[]> {
  return Object.fromEntries(
    NAMES.flatMap((name) => [
      [`reads ${name}`, getMemberReads(name, sourceCode)],
      [`writes ${name}`, getMemberWrites(name, sourceCode)],
    ]),
  );
}

describe('member accesses found from the text', () => {
  it('lists every spelling of the member, in source order, and none of its look-alikes', () => {
    const at = (text: string, occurrence = 0): number => {
      let index = -1;
      for (let count = 0; count <= occurrence; count += 1) index = SOURCE.indexOf(text, index + 1);
      return index;
    };
    const found = collect(SOURCE, askAll);
    expect(found['reads x']).toEqual([
      `identifier:dep.x@${at("dep.x('a')")}`,
      `identifier:dep.x@${at('dep.x()')}`,
      `identifier:dep.x@${at('dep.x()', 1)}`,
      `this:this.x@${at('this.x)')}`,
      `this:this[\`x\`]@${at('this[`x`]')}`,
      `identifier:o?.x@${at('o?.x')}`,
      `this:this.\\u0078@${at('this.\\u0078')}`,
      `this:this['\\x78']@${at("this['\\x78']")}`,
      `other:this.x.x@${at('this.x.x')}`,
      `this:this.x@${at('this.x.x')}`,
      `identifier:dep.x@${at('dep.x()', 2)}`,
    ]);
    expect(found['writes x']).toEqual([`this:this.x@${at('this.x = value')}`, `this:this['x']@${at("this['x']")}`]);
    expect(found['reads #x']).toEqual([`this:this.#x@${at('this.#x];')}`]);
    expect(found['writes #x']).toEqual([`this:this.#x@${at('this.#x++')}`]);
    expect(found['writes xx']).toEqual([`identifier:o.xx@${at('o.xx')}`]);
    expect(found['reads x1']).toEqual([`identifier:o.x1@${at('o.x1')}`]);
    expect(found['reads missing']).toEqual([]);
    expect(found['writes missing']).toEqual([]);
  });

  it('answers as the file index does, whichever is asked first', () => {
    const fromText = collect(SOURCE, askAll);
    const fromIndex = collect(SOURCE, (sourceCode) => {
      // `getCallsByName` builds the whole-file index; the member questions after it read the index.
      getCallsByName('handle', sourceCode);
      return askAll(sourceCode);
    });
    expect(fromText).toEqual(fromIndex);
  });
});

const CLASS_SOURCE = String.raw`
class Store {
  x = 1;
  'y' = 2;
  #z = 3;
  xx = 4;
  method(other: Store) {
    // this.x = 0 in a comment
    this.x = 5;
    (this.x as number) = 6;
    this.x! += 7;
    this['x'] ??= 8;
    this[${'`'}x${'`'}] = 9;
    this.\u0078 = 10;
    other.x = 11;
    this.#z = 12;
    this.xx = 13;
    const s = 'x';
    return this.x + this.x1;
  }
}
`;

const STORE_NAMES = ['x', 'y', '#z', 'xx', 'missing'];

/** The class's stores of every name in STORE_NAMES, after `first` (names asked before them), as `getMemberStores` answers. */
function askStores(sourceCode: SourceCode, first: readonly string[]): Record<string, readonly { node: { range: [number, number] } }[]> {
  const classNode = (sourceCode as unknown as { ast: { body: Parameters<typeof getMemberStores>[0][] } }).ast.body[0]!;
  for (const name of first) getMemberStores(classNode, name, sourceCode);
  return Object.fromEntries(
    STORE_NAMES.flatMap((name) => {
      const { assignments, fields } = getMemberStores(classNode, name, sourceCode);
      return [
        [`assignments ${name}`, assignments.map((node) => ({ node }))],
        [`fields ${name}`, fields.map((node) => ({ node }))],
      ];
    }),
  );
}

describe('member stores found from the text of a class', () => {
  it('lists every store into the member and every field of that name, in source order, and none of their look-alikes', () => {
    const found = collectNodes(CLASS_SOURCE, (sourceCode) => askStores(sourceCode, []));
    const at = (text: string): number => CLASS_SOURCE.indexOf(text);
    expect(found['fields x']).toEqual([`x = 1;@${at('x = 1')}`]);
    expect(found['assignments x']).toEqual([
      `this.x = 5@${at('this.x = 5')}`,
      `(this.x as number) = 6@${at('(this.x as number)')}`,
      `this.x! += 7@${at('this.x! += 7')}`,
      `this['x'] ??= 8@${at("this['x']")}`,
      `this[\`x\`] = 9@${at('this[`x`]')}`,
      `this.\\u0078 = 10@${at('this.\\u0078')}`,
      `other.x = 11@${at('other.x')}`,
    ]);
    expect(found['fields y']).toEqual([`'y' = 2;@${at("'y' = 2")}`]);
    expect(found['assignments #z']).toEqual([`this.#z = 12@${at('this.#z = 12')}`]);
    expect(found['fields #z']).toEqual([`#z = 3;@${at('#z = 3')}`]);
    expect(found['assignments xx']).toEqual([`this.xx = 13@${at('this.xx = 13')}`]);
    expect(found['assignments missing']).toEqual([]);
  });

  it('answers as one pass over the tokens of the class does, once many names were asked', () => {
    const fromText = collectNodes(CLASS_SOURCE, (sourceCode) => askStores(sourceCode, []));
    const afterMany = collectNodes(CLASS_SOURCE, (sourceCode) => askStores(sourceCode, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']));
    expect(afterMany).toEqual(fromText);
  });
});
