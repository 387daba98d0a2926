#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright's own browser download is impossible offline) and
# serve the build with Debian's nginx (tests/deploy/); install whichever is missing. nginx is not started as a
# service: the deployment test runs its own.
set -euo pipefail

# Debian package → program the tests run.
declare -A PROGRAM=([chromium]=/usr/bin/chromium [nginx]=/usr/sbin/nginx)

missing=()
for package in chromium nginx; do
  [ -x "${PROGRAM[$package]}" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Es fehlt: ${missing[*]} – installiere Debians Pakete …" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Bitte als root ausführen: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
for package in "${missing[@]}"; do test -x "${PROGRAM[$package]}"; done
