#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100 on Node 20) into a cache folder outside the repo,
# for the e2e tests and `npm start`. Idempotent: a finished install is reused.
# Needs the Debian packages of docs/editor-testing.md (see .ci/run).
# Prints the path of the code-server executable on its last line.
set -euo pipefail

version=4.100.3
cache="${NIANBAO_CACHE:-${HOME:-/root}/.cache/nianbao}"
dir="$cache/code-server-$version"
bin="$dir/node_modules/.bin/code-server"

if [[ -x "$bin" && -f "$dir/.complete" ]]; then
  echo "$bin"
  exit 0
fi

# @vscode/ripgrep downloads its binary from GitHub unless it finds it in this cache; hand it
# Debian's rg instead.
rg_path="$(command -v rg || true)"
if [[ -z "$rg_path" ]]; then
  echo "install-code-server: ripgrep (rg) is not installed (apt-get install ripgrep)" >&2
  exit 1
fi
tmp="$(node -p 'require("os").tmpdir()')"
rg_cache="$tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$rg_cache"
tar -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$rg_path")" rg

rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
echo '{"name":"nianbao-editor-cache","private":true}' > package.json
echo "install-code-server: installing code-server $version into $dir (takes a few minutes)" >&2
npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund --loglevel=error \
  "code-server@$version" >&2
test -x "$bin"
touch .complete
echo "$bin"
