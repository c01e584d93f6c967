#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests of `ctmap report` (playwright-core drives it;
# no browser is ever downloaded by npm or playwright). Idempotent: does nothing when
# /usr/bin/chromium exists. Without apt-get or root it skips loudly, and fails under CI=true.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
skip() {
  echo "install-chromium: $1; the browser tests of ctmap report will be SKIPPED" >&2
  if [ "${CI:-}" = "true" ]; then exit 1; fi
  exit 0
}
command -v apt-get >/dev/null 2>&1 || skip "apt-get not found"
[ "$(id -u)" = "0" ] || skip "not root (install it with: sudo apt-get install chromium)"
echo "install-chromium: installing Debian's chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq --no-install-recommends chromium >&2
[ -x /usr/bin/chromium ] || skip "apt-get install chromium left no /usr/bin/chromium"
