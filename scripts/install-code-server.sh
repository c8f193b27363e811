#!/usr/bin/env bash
# Installs code-server (the real VS Code server and web workbench, from the npm registry:
# 4.100.3 = VS Code 1.100, the oldest release the extension supports, by default;
# CODE_SERVER_VERSION=4.139.1 = VS Code 1.139, a current one, on Node 24) and Debian's headless Chromium, for the extension's integration tests
# (npm run test:e2e) and the README screenshots, where VS Code itself cannot be
# downloaded. Nothing is downloaded outside npm and apt: code-server runs on the Node its
# VS Code release ships (its package's engines; from the npm registry through
# scripts/install-node.sh when the Node on PATH is another major), and the native modules
# of VS Code's server are built with node-gyp against that Node's headers. DIR/.node
# names that Node; test/e2e/code-server/run.mjs starts code-server with it.
#
#   scripts/install-code-server.sh [DIR]     (default DIR: .vscode-test/code-server)
#   CODE_SERVER_VERSION=4.139.1 scripts/install-code-server.sh .vscode-test/code-server-4.139.1
#
# Idempotent: once DIR/.ready exists it returns at once. apt-get needs root (or sudo).
# Takes a few minutes the first time.
set -euo pipefail
DIR=${1:-.vscode-test/code-server}
VERSION=${CODE_SERVER_VERSION:-4.100.3}   # code-server 4.100.x is VS Code 1.100 (engines.vscode ^1.100.0)
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
if [ -f "$DIR/.ready" ] && [ -f "$ENTRY" ] && [ "$(cat "$DIR/.ready")" = "$VERSION" ] && [ -x "$(cat "$DIR/.node" 2>/dev/null)" ]; then
    exit 0
fi
log() { echo "install-code-server: $*" >&2; }
started=$(date +%s)
here=$(cd "$(dirname "$0")" && pwd)

# The Node this code-server release needs (its engines name one major).
major=$(npm view "code-server@$VERSION" engines.node 2>/dev/null | tr -dc '0-9')
[ -n "$major" ] || { log "cannot read the Node version code-server@$VERSION needs from the npm registry"; exit 1; }
if [ "$(node -p 'process.versions.node.split(".")[0]')" = "$major" ]; then
    nodebin=$(dirname "$(readlink -f "$(command -v node)")")
else
    nodebin=$(bash "$here/install-node.sh" "$major" "$here/../.cache/node")
fi
export PATH="$nodebin:$PATH"
log "code-server $VERSION runs on Node $(node --version) ($nodebin)"

# System packages: Kerberos headers (VS Code's kerberos module), ripgrep (search),
# Chromium (the browser that hosts the workbench), a compiler for node-gyp.
need=()
for pkg in libkrb5-dev ripgrep chromium g++ make python3; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { log "needs root to install: ${need[*]}"; exit 1; }
        SUDO=sudo
    fi
    log "apt-get install ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq >/dev/null
    $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# node-gyp as shipped with this npm, and the headers of that Node to build against: beside
# the binary (a Node from the npm registry, or a system Node with its headers package),
# else where npm's nodedir says.
nodedir=$(dirname "$nodebin")
if [ ! -f "$nodedir/include/node/node.h" ]; then
    nodedir=$(npm config get nodedir 2>/dev/null || true)
fi
[ -f "$nodedir/include/node/node.h" ] || { log "no headers of Node $(node --version) in $nodedir/include/node (install the nodejs headers, or set npm's nodedir)"; exit 1; }
export npm_config_nodedir="$nodedir"
gyp="node $(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
npmq() { npm "$@" --no-audit --no-fund --loglevel=error >/dev/null; }

mkdir -p "$DIR"
cd "$DIR"
rm -f .ready
[ -f package.json ] || echo '{ "private": true }' > package.json
log "npm install code-server@$VERSION"
npmq install --ignore-scripts --save-exact "code-server@$VERSION"
npmq rebuild argon2
cd node_modules/code-server/lib/vscode
log "installing VS Code's server modules"
npmq install --ignore-scripts --omit=dev
# The modules VS Code's server cannot do without (1.100 and 1.139 alike): kerberos (no
# prebuilt binary), node-pty (terminals; 1.139 ships prebuilds too) and @parcel/watcher
# (file events; prebuilt for glibc). @vscode/spdlog (log files), native-watchdog and
# sqlite3 are optional: without them the server logs to the console only.
log "building native modules (kerberos, node-pty, @parcel/watcher)"
(cd node_modules/kerberos && $gyp rebuild --nodedir="$nodedir" >/dev/null 2>&1)
(cd node_modules/node-pty && $gyp rebuild --nodedir="$nodedir" >/dev/null 2>&1)
(cd node_modules/@parcel/watcher && node scripts/build-from-source.js >/dev/null 2>&1)
# VS Code 1.100's @vscode/ripgrep downloads its binary in an install script: Debian's rg
# instead. Later releases (@vscode/ripgrep-universal) ship the binaries in the package.
if [ -f node_modules/@vscode/ripgrep/package.json ]; then
    mkdir -p node_modules/@vscode/ripgrep/bin
    ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
fi
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npmq install --ignore-scripts --omit=dev)
cd - >/dev/null
node node_modules/code-server/out/node/entry.js --version >/dev/null
echo "$nodebin/node" > .node
echo "$VERSION" > .ready
log "code-server $VERSION ready in $DIR ($(( $(date +%s) - started )) s)"
