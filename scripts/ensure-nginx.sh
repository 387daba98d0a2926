#!/usr/bin/env bash
# The deployment test (tests/deploy/nginx.spec.ts) serves the built site with Debian's nginx and the
# configuration in deploy/; install it when missing (it is not started as a service, the test runs its own).
set -euo pipefail
if [ -x /usr/sbin/nginx ]; then exit 0; fi
echo "nginx fehlt – installiere Debians Paket 'nginx' …" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Bitte als root ausführen: apt-get install -y nginx" >&2
  exit 1
fi
$sudo apt-get update -qq
# Only the program: the package's service start is not wanted (and impossible without an init system).
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx >/dev/null
test -x /usr/sbin/nginx
