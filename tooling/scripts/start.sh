#!/usr/bin/env sh
# The README's run command: install, build the API and the web app, then serve both on one port (SQLite, seeded).
set -eu
cd "$(dirname "$0")/../.."
# Native modules (better-sqlite3, bcrypt) build against the installed Node headers when present, instead of
# downloading them (machines without internet access).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi
pnpm install --frozen-lockfile
pnpm turbo run build --filter=@cchc/api... --filter=@cchc/web...
exec pnpm --filter @cchc/api start
