#!/usr/bin/env bash
# Starts Kruispunt: installs dependencies, builds, starts an embedded PostgreSQL unless
# DATABASE_URL is set, migrates, loads the seed zones into an empty database, serves API and web.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pnpm.sh
pnpm install --frozen-lockfile
pnpm run build
# A local run (embedded PostgreSQL, no SMTP server) is development: mails are caught in the API's
# own SMTP server and shown at /dev/mails. With a database of its own it runs as production, where
# that page does not exist (it would show password reset links to anyone).
if [ -z "${DATABASE_URL:-}" ] && [ -z "${SMTP_URL:-}${SMTP_HOST:-}" ]; then
  export NODE_ENV="${NODE_ENV:-development}"
fi
export NODE_ENV="${NODE_ENV:-production}"
exec pnpm --filter @kruispunt/api run start
