#!/usr/bin/env sh
# The README's run command: install, build the API and the web app, then serve both on one port (SQLite, seeded),
# in demo mode: demo accounts with a published password. A real installation runs `node apps/api/dist/main.js`
# without DEMO_MODE (see docs/security.md).
set -eu
cd "$(dirname "$0")/../.."
# Native modules (better-sqlite3, bcrypt) build against the installed Node headers when present, instead of
# downloading them (machines without internet access).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi
pnpm install --frozen-lockfile
pnpm turbo run build --filter=@cchc/api... --filter=@cchc/web...
export DEMO_MODE="${DEMO_MODE:-1}"
if [ "$DEMO_MODE" = "1" ] || [ "$DEMO_MODE" = "true" ]; then
  echo "==> DEMO MODE: demo accounts (admin@demo.cchc, analyst@demo.cchc, planner.binhthanh@demo.cchc,"
  echo "    planner.other@demo.cchc, reviewer.thainguyen@demo.cchc) with the published password 'cchc-demo'."
  echo "    Not for real data:"
  echo "    run with DEMO_MODE=0 (and NODE_ENV=production) for an installation; see docs/security.md."
fi
exec pnpm --filter @cchc/api start
