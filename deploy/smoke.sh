#!/usr/bin/env bash
# The production smoke run: the documented deployment, really run (without Docker, which this
# machine lacks): the API built as the Dockerfile builds it, Debian's PostgreSQL and nginx with
# deploy/nginx.conf, two API instances with docker-compose.yml's environment. deploy/smoke.mjs
# starts them and checks uploads, compression and cache headers, deep links, the health check,
# an outage, a rolling restart and a backup/restore; it prints what it checked.
#
#   bash deploy/smoke.sh          # from the repository root, after `pnpm install`
#
# As root with apt-get (CI), Debian's nginx and postgresql packages are installed when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pnpm.sh

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if ! command -v nginx >/dev/null 2>&1 || [ -z "$(pg_bin)" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "smoke: installing Debian's nginx and PostgreSQL ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light postgresql >/dev/null
  else
    echo "smoke: needs Debian's nginx and postgresql packages (or run as root with apt-get)" >&2
    exit 1
  fi
fi

work="$(mktemp -d /tmp/kruispunt-smoke.XXXXXX)"
chmod 755 "$work"
# The Dockerfile's build stage: the three packages built, then the API deployed with its
# production dependencies only (no embedded PostgreSQL).
echo "smoke: building as the Dockerfile does (into $work) ..."
pnpm run build >/dev/null
pnpm --filter @kruispunt/api deploy --prod --no-optional --legacy "$work/api" >/dev/null
cp -r packages/web/dist "$work/web"
chmod -R a+rX "$work/web"
exec node deploy/smoke.mjs --work "$work" --pg-bin "$(pg_bin)"
