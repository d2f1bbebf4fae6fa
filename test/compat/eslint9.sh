#!/usr/bin/env bash
# ESLint 9 compatibility run: the plugin's peer range is ^9.15 || ^10, and its tests run on ESLint 10 by default.
# This copies the project to a scratch folder, swaps in the latest eslint@9 there (our node_modules is untouched),
# then builds and runs the rule, meta, example and codemod engine tests against it.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=$(mktemp -d "${TMPDIR:-/tmp}/concurrency-eslint9.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

if [ ! -d "$root/node_modules" ]; then
  echo "eslint9: run \"npm install\" first" >&2
  exit 1
fi

tar -C "$root" --exclude=./node_modules --exclude=./dist --exclude='./.cache' --exclude='./test/integration/.cache' \
  --exclude=./.git -cf - . | tar -C "$scratch" -xf -
cp -a "$root/node_modules" "$scratch/node_modules"

cd "$scratch"
npm install --no-save --no-audit --no-fund --ignore-scripts --legacy-peer-deps 'eslint@^9.15.0' >/dev/null
echo "eslint9: testing with eslint $(node -p "require('eslint/package.json').version")"
npm run build --workspace concurrency-runtime >/dev/null
npx tsc -p tsconfig.build.json
npx vitest run test/rules test/meta test/examples.test.ts test/codemods/engine.test.ts test/codemods/transforms.test.ts \
  test/codemods/project-config.test.ts test/codemods/language.test.ts
