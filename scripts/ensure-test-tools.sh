#!/usr/bin/env bash
# The Debian packages the tests use as oracles: poppler (pdftotext, pdffonts, pdftoppm), qpdf,
# HarfBuzz's hb-shape, mupdf-tools (mutool trace), Laksaman (a TH SarabunPSK-compatible face),
# fontTools (to build the TH SarabunPSK-metric test face), LibreOffice Writer (DOCX → PDF),
# fontconfig and Chromium (the package in a browser). Installs the missing ones (apt-get update
# first), so `npm test` passes on a fresh machine by itself; does nothing when all are there.
# Set SARABAN_SKIP_TOOL_INSTALL=1 to skip (the tests that need a missing tool then fail).
set -euo pipefail
[ "${SARABAN_SKIP_TOOL_INSTALL:-0}" = "1" ] && exit 0
packages=(poppler-utils qpdf libharfbuzz-bin mupdf-tools fonts-tlwg-laksaman-ttf python3-fonttools libreoffice-writer-nogui fontconfig chromium)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-test-tools: missing ${missing[*]} and no apt-get here; install them by hand" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "ensure-test-tools: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
