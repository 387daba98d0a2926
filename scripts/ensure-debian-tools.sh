#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright's own browser download is impossible offline),
# serve the build with Debian's nginx (tests/deploy/) and run the W3C Nu HTML Checker with Debian's Java
# (tests/e2e/w3c-html.spec.ts; vnu-jar's own Java download is not allowed to run); install whichever is missing. nginx is not started as a
# service: the deployment test runs its own, loading Debian's brotli_static module for the precompressed .br files.
set -euo pipefail

# Is the program a Debian package provides there? Same paths as playwright.config.ts and tests/deploy/nginx-server.ts.
has_program() {
  case "$1" in
    chromium) [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ] ;;
    nginx) [ -x "${NGINX_BIN:-/usr/sbin/nginx}" ] ;;
    libnginx-mod-http-brotli-static) [ -f "${NGINX_BROTLI_STATIC_MODULE:-/usr/lib/nginx/modules/ngx_http_brotli_static_module.so}" ] ;;
    default-jre-headless) command -v java >/dev/null 2>&1 ;;
  esac
}

missing=()
for package in chromium nginx libnginx-mod-http-brotli-static default-jre-headless; do
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
