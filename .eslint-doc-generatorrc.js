/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  ignoreConfig: ['all'],
  ruleDocSectionInclude: ['Why', 'Examples', 'When Not To Use It'],
  ruleDocTitleFormat: 'desc-parens-name',
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions'],
  urlConfigs: 'https://github.com/eslint-plugin-concurrency/eslint-plugin-concurrency#configs',
};
