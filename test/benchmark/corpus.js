// The corpus the benchmark scripts lint: the pinned packages of test/integration (downloaded on first use), each
// file read once with the language options the integration run uses for it.
import fs from 'node:fs';
import path from 'node:path';
import { languageOf, preparePackage, selectFiles, selectPackages } from '../integration/run.js';

/**
 * Every corpus file, or with `every` above 1 every `every`th (the first, then one in `every`, in package order), as
 * `{ filename, source, language }`.
 */
export async function loadCorpus({ every = 1 } = {}) {
  const files = [];
  let index = 0;
  for (const pkg of selectPackages([])) {
    const root = await preparePackage(pkg);
    const typeCache = new Map();
    for (const file of selectFiles(pkg, root)) {
      index += 1;
      if ((index - 1) % every !== 0) continue;
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      files.push({ filename: path.join(root, file), source, language: languageOf(pkg, root, file, source, typeCache) });
    }
  }
  return files;
}

/**
 * `make(language)` made once per language of the corpus (parser, source type, JSX) and kept: the configs a script
 * lints a file with depend on its language alone.
 */
export function perLanguage(make) {
  const made = new Map();
  return (language) => {
    const key = `${language.parser}:${language.sourceType}:${language.jsx}`;
    if (!made.has(key)) made.set(key, make(language));
    return made.get(key);
  };
}
