#!/usr/bin/env bash
# Playwright cannot download its own browsers offline, so the tests use Debian's: the headless shell for the
# Playwright suites, the full Chromium for Lighthouse and the browser benchmarks. Debian's nginx serves the build in
# tests/deploy/ (not as a service; with Debian's brotli_static module for the .br files), and Debian's Java runs the
# W3C Nu HTML Checker (tests/dist/w3c-html.test.ts; vnu-jar's own Java download is not allowed). Installs what is missing.
set -euo pipefail

# Is the program a Debian package provides there? Same paths as playwright.config.ts and tests/deploy/nginx-server.ts.
has_program() {
  case "$1" in
    chromium) [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ] ;;
    chromium-headless-shell) [ -x /usr/lib/chromium/chromium-headless-shell ] ;;
    nginx) [ -x "${NGINX_BIN:-/usr/sbin/nginx}" ] ;;
    libnginx-mod-http-brotli-static) [ -f "${NGINX_BROTLI_STATIC_MODULE:-/usr/lib/nginx/modules/ngx_http_brotli_static_module.so}" ] ;;
    default-jre-headless) command -v java >/dev/null 2>&1 ;;
  esac
}

missing=()
for package in chromium chromium-headless-shell nginx libnginx-mod-http-brotli-static default-jre-headless; do
  has_program "$package" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Es fehlt: ${missing[*]} – installiere Debians Pakete …" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "Bitte als root ausführen: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
"${sudo[@]}" apt-get update -qq
# env, not a prefix: sudo would drop DEBIAN_FRONTEND from the environment.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
for package in "${missing[@]}"; do has_program "$package"; done
