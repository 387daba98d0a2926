#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; Playwright's own browser download is impossible offline.
set -euo pipefail
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$candidate" ]; then exit 0; fi
done
echo "Chromium fehlt – installiere Debians Paket 'chromium' …" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Bitte als root ausführen: apt-get install -y chromium" >&2
  exit 1
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
test -x /usr/bin/chromium
