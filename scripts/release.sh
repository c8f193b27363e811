#!/usr/bin/env bash
# `npm run release`: the files a release of kinerja publishes, in release/ (docs/ci.md,
# "Getting kinerja into a region's repository"):
#
#   kinerja-<version>.tgz    the `kinerja` command and language server, for
#                            `npm install --save-dev <that file or its URL>` (npm pack;
#                            its prepack script builds first)
#   kinerja-<version>.vsix   the VS Code extension (npm run package)
#   SHA256SUMS               their checksums, to publish beside them
#
# kinerja is not on the npm registry, and a git dependency would not work: npm installs a
# git dependency from its source, and the repository holds no build.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(node -p 'require("./package.json").version')
rm -rf release
mkdir release
npm pack --pack-destination release --silent >/dev/null
npm run package --silent -- --out "release/kinerja-$version.vsix" >/dev/null
(cd release && sha256sum "kinerja-$version.tgz" "kinerja-$version.vsix" > SHA256SUMS)
for f in release/*; do echo "release: $f $(du -k "$f" | cut -f1) KiB"; done
