#!/usr/bin/env bash
# Installs a release tarball as a region's repository does (docs/ci.md, "Getting kinerja
# into a region's repository") in a scratch folder holding the examples, and runs what
# that repository's CI runs. Fails on any install warning, a wrong version, or a command
# that does not do what the docs say.
#
#   scripts/try-release.sh release/kinerja-<version>.tgz
set -euo pipefail
tarball=$(cd "$(dirname "${1:?usage: scripts/try-release.sh release/kinerja-<version>.tgz}")" && pwd)/$(basename "$1")
repo=$(cd "$(dirname "$0")/.." && pwd)
version=$(node -p 'require(process.argv[1]).version' "$repo/package.json")
region=$(mktemp -d "${TMPDIR:-/tmp}/kinerja-region-XXXXXX")
trap 'rm -rf "$region"' EXIT
fail() { echo "try-release: $*" >&2; exit 1; }

echo "== a region's repository: its .kinerja files, and kinerja as a file it keeps (tools/)"
cp "$repo"/examples/*.kinerja "$region/"
mkdir "$region/tools"
cp "$tarball" "$region/tools/"
cd "$region"
printf '{ "name": "kinerja-wilayah", "private": true }\n' > package.json
log=$(mktemp)
npm install --save-dev --no-audit --no-fund "./tools/$(basename "$tarball")" >"$log" 2>&1 || { cat "$log"; fail "npm install failed"; }
if grep -E 'npm (warn|WARN|ERR)' "$log"; then fail "npm install warned (above)"; fi
node -e 'if (require("./package.json").devDependencies.kinerja !== process.argv[1]) process.exit(1)' "file:tools/$(basename "$tarball")" || { cat package.json; fail "package.json does not list the tarball"; }

echo "== its CI: npm ci from the lockfile, then the commands of the sample workflow"
rm -rf node_modules
npm ci --no-audit --no-fund >"$log" 2>&1 || { cat "$log"; fail "npm ci failed"; }
if grep -E 'npm (warn|WARN|ERR)' "$log"; then fail "npm ci warned (above)"; fi
[ "$(npx kinerja --version)" = "$version" ] || fail "kinerja --version is not $version"
[ "$(npx kinerja-language-server --version)" = "$version" ] || fail "kinerja-language-server --version is not $version"
npx kinerja check . 2>"$log" || { cat "$log"; fail "kinerja check failed on the examples"; }
grep -q '^8 berkas diperiksa: 0 kesalahan' "$log" || { cat "$log"; fail "unexpected summary"; }
npx kinerja check --format sarif --out kinerja.sarif || fail "kinerja check --format sarif failed"
node -e 'const log = JSON.parse(require("fs").readFileSync("kinerja.sarif", "utf8"));
  const rules = log.runs[0].tool.driver.rules;
  if (!rules.length || !rules.every(r => r.help && r.help.markdown.startsWith("# " + r.id))) throw new Error("SARIF rules without their help pages");' \
    || fail "the SARIF log lacks the finding pages"
npx kinerja report . --year 2025 --kind annual --format md > summary.md
grep -q 'Laporan' summary.md || fail "the markdown report is empty"
npx kinerja report . --year 2025 --kind annual --format html --out kinerja-annual.html
grep -q '<html' kinerja-annual.html || fail "no HTML report"
rm -f "$log"
echo "try-release: kinerja $version installs from its tarball and runs the sample workflow's commands"
