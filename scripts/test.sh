#!/usr/bin/env bash
# Runs every test: shared (jest), API (jest against an embedded PostgreSQL, over real HTTP),
# web (jest driving headless Chromium against the real API and database).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pnpm.sh
pnpm install --frozen-lockfile
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium from Debian's packages for the browser tests ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The web tests need Chromium: install Debian's 'chromium' package or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
rm -f packages/*/.jest-results.json deploy/.smoke-results.json
status=0
# The house rules (eslint.config.mjs) first: seconds, and a broken rule shows before the long runs.
lint=0
pnpm run lint || lint=$?
# Prettier's layout (.prettierrc.json) over the code; prose (*.md) is wrapped by hand.
pnpm run format:check || lint=$?
[ "$lint" = 0 ] || status=$lint
pnpm run test || status=$?
# The production smoke run (deploy/smoke.sh): the deployment as documented, really run.
bash deploy/smoke.sh || status=$?
LINT_STATUS=$lint node scripts/test-summary.js
exit $status
