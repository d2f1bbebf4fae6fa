import { readFileSync } from 'node:fs';

// Docs links derive from package.json's `repository`, the one place the address is written.
const { repository } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
const repositoryUrl = repository.url.replace(/^git\+/u, '').replace(/\.git$/u, '');

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
  urlConfigs: `${repositoryUrl}#configs`,
};
