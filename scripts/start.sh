#!/usr/bin/env bash
# Starts Kruispunt: installs dependencies, builds, starts an embedded PostgreSQL unless
# DATABASE_URL is set, migrates, loads the seed zones into an empty database, serves API and web.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pnpm.sh
pnpm install --frozen-lockfile
pnpm run build
export NODE_ENV="${NODE_ENV:-production}"
exec pnpm --filter @kruispunt/api run start
