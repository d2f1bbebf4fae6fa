/**
 * `eslint-plugin-concurrency/runtime`: kept for code written before the runtime became its own package.
 * The helpers live in `concurrency-runtime` (zero dependencies, meant as a production dependency); this
 * re-export gives the very same functions and classes, so both imports can be mixed in one program.
 */
export * from 'concurrency-runtime';
