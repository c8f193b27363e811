#!/usr/bin/env bash
# Installs Debian's Chromium for the HTML and PDF report tests (npm run test:reports),
# once, and poppler-utils (pdftotext, pdfinfo), which the PDF tests read the printed
# report back with. The tests drive Chromium with playwright-core at /usr/bin/chromium;
# nothing is downloaded by Playwright itself. Idempotent: does nothing when both are there.
set -euo pipefail
PACKAGES=()
[ -x /usr/bin/chromium ] || PACKAGES+=(chromium)
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 || PACKAGES+=(poppler-utils)
if [ ${#PACKAGES[@]} -eq 0 ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-chromium: missing ${PACKAGES[*]}; install the Debian package(s) as root" >&2
        exit 1
    fi
fi
echo "install-chromium: installing Debian ${PACKAGES[*]} (once)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${PACKAGES[@]}" >/dev/null
/usr/bin/chromium --version >&2
