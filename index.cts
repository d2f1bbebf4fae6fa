// The CommonJS entry: `require('eslint-plugin-concurrency')` returns the very object `import` gives, not a
// `{ __esModule, default }` namespace. It loads the ES module build through require(esm) (Node 20.19+,
// 22.12+, 23+), so both module systems share one module instance: one plugin object, one set of rules.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the one form a CommonJS file may load it by
import esm = require('./index.js');

export = esm.default;
