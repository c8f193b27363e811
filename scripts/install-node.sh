#!/usr/bin/env bash
# Installs a Node.js release from the npm registry (the node-<os>-<arch> packages hold the
# official binary and headers), for running the suites on each supported Node major
# (.ci/run) and for code-server, which needs the Node its VS Code release ships. Nothing
# is downloaded outside the npm registry.
#
#   scripts/install-node.sh VERSION [DIR]    VERSION: 24, 24.22 or 24.22.3
#
# Prints the folder holding the `node` binary (DIR/<exact version>/bin; default DIR:
# .cache/node), to put first on PATH. Idempotent: a release already there is reused.
set -euo pipefail
want=${1:?usage: scripts/install-node.sh VERSION [DIR]}
root=${2:-.cache/node}
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=darwin ;; *) echo "install-node: no node package for $(uname -s)" >&2; exit 1 ;; esac
case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) echo "install-node: no node package for $(uname -m)" >&2; exit 1 ;; esac
pkg="node-$os-$arch"
# The newest release matching VERSION (npm prints one line per match for a range).
exact=$(npm view "$pkg@$want" version --json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s||"null");const list=(Array.isArray(v)?v:v?[v]:[]).map(x=>x.split(".").map(Number)).sort((a,b)=>a[0]-b[0]||a[1]-b[1]||a[2]-b[2]);if(list.length)console.log(list.pop().join("."))})')
[ -n "$exact" ] || { echo "install-node: the npm registry has no $pkg@$want" >&2; exit 1; }
dir="$root/$exact"
if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version)" = "v$exact" ]; then
    (cd "$dir/bin" && pwd)
    exit 0
fi
echo "install-node: $pkg@$exact from the npm registry" >&2
mkdir -p "$root"
tmp=$(mktemp -d "$root/.download-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
tarball=$(npm pack "$pkg@$exact" --pack-destination "$tmp" --silent --no-audit --no-fund | tail -n 1)
tar -xzf "$tmp/$tarball" -C "$tmp"
"$tmp/package/bin/node" --version >/dev/null
rm -rf "$dir"
mv "$tmp/package" "$dir"
(cd "$dir/bin" && pwd)
