#!/usr/bin/env bash
# Installs Debian's Chromium for the HTML report tests (npm run test:reports), once.
# The tests drive it with playwright-core at /usr/bin/chromium; nothing is downloaded
# by Playwright itself. Idempotent: does nothing when Chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-chromium: /usr/bin/chromium is missing; install the Debian package 'chromium' as root" >&2
        exit 1
    fi
fi
echo "install-chromium: installing Debian chromium (once)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version >&2
