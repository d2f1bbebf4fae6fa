// The reads and writes of a member name, found from where the text spells the name (no walk of the file), must be
// exactly what the file index's walk lists: every spelling of a member (dotted, private, string and template keys,
// escapes, decorators that lie outside their class's range), none of the look-alikes (comments, strings that key no
// member, longer names), in source order.
import tsParser from '@typescript-eslint/parser';
import { Linter, type ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getCallsByName, getMemberReads, getMemberWrites, type MemberAccess } from '../../rules/analysis/program/file-model.js';

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
                  accesses.map(({ node, object }) => `${object}:${sourceCode.getText(node)}@${node.range[0]}`),
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
