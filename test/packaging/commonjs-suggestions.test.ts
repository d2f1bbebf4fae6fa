// Suggestions that import a runtime helper are offered only where the added `import` compiles: not in a `.cts`
// file, not in a file with TypeScript's CommonJS syntax, not in a file TypeScript compiles to CommonJS (here with
// `verbatimModuleSyntax`, where an `import` is error TS1286). There only the inline rewrite is offered.
import { fileURLToPath } from 'node:url';
import rule from '../../rules/no-shadowed-exception.js';
import { ruleTester } from '../rules/rule-tester.js';

const commonJsProject = fileURLToPath(new URL('fixtures/commonjs-typescript/', import.meta.url));

const backup = `
async function backup(db: Db, target: string) {
  const snapshot = await db.snapshot();
  try {
    await snapshot.copyTo(target);
  } catch (e) {
    snapshot.release();
    throw e;
  }
  snapshot.release();
}
`;

/** `backup` after the inline suggestion: the cleanup in its own try/catch, the original error rethrown. */
const backupWithGuardedCleanup = `
async function backup(db: Db, target: string) {
  const snapshot = await db.snapshot();
  try {
    await snapshot.copyTo(target);
  } catch (e) {
    try {
      snapshot.release();
    } catch (cleanupError) {
      console.error(\`cleanup failed: \${cleanupError} (original error: \${e})\`, cleanupError, e);
    }
    throw e;
  }
  snapshot.release();
}
`;

ruleTester.run('runtime helper imports in CommonJS TypeScript', rule, {
  valid: [],
  invalid: [
    {
      // An ES module: both the inline rewrite and the runtime helper, with its import.
      code: backup,
      filename: 'backup.mts',
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 5,
          suggestions: [
            { messageId: 'wrapCleanup', output: backupWithGuardedCleanup },
            {
              messageId: 'useWithCleanup',
              output: `
import { withCleanup } from 'concurrency-runtime';
async function backup(db: Db, target: string) {
  const snapshot = await db.snapshot();
  await withCleanup(async () => {
    await snapshot.copyTo(target);
  }, () => {
    snapshot.release();
  });
}
`,
            },
          ],
        },
      ],
    },
    {
      // `.cts`: an added `import` of an ES module fails to compile under node16 (TS1479).
      code: backup,
      filename: 'backup.cts',
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 5,
          suggestions: [{ messageId: 'wrapCleanup', output: backupWithGuardedCleanup }],
        },
      ],
    },
    {
      // TypeScript's CommonJS syntax: `import x = require()`.
      code: `import fs = require('node:fs');${backup}`,
      filename: 'backup.ts',
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 5,
          suggestions: [{ messageId: 'wrapCleanup', output: `import fs = require('node:fs');${backupWithGuardedCleanup}` }],
        },
      ],
    },
    {
      // Type information says the file compiles to CommonJS (`module: CommonJS`, `verbatimModuleSyntax`).
      code: backup,
      filename: `backup.ts`,
      languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir: commonJsProject } },
      output: null,
      errors: [
        {
          messageId: 'cleanupBeforeRethrow',
          line: 7,
          column: 5,
          suggestions: [{ messageId: 'wrapCleanup', output: backupWithGuardedCleanup }],
        },
      ],
    },
  ],
});
