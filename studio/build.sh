#!/usr/bin/env bash
# Builds the studio into target/classes/static for the Maven build (generate-resources), or runs
# its Vitest tests (`build.sh test`, Maven's test phase). Installs the locked dependencies with
# `npm ci` only when package-lock.json changed, and skips the build when the output is newer
# than every source file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if ! command -v npm >/dev/null 2>&1; then
  echo "studio: npm is missing; install Node.js 20+ (the studio is built with Vite)" >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "${1:-build}" = test ]; then
  exec npx vitest run --reporter=dot
fi
out=../target/classes/static/index.html
if [ -f "$out" ] && [ -z "$(find src public index.html package-lock.json vite.config.ts tsconfig.json -newer "$out" -print -quit)" ]; then
  exit 0
fi
npm run build --silent
