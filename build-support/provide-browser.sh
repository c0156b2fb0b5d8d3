#!/usr/bin/env bash
# The browser tests drive a real Chromium through chromedriver, Debian's packages, never a browser a test
# downloads (this machine reaches package registries only). `./mvnw verify` runs this first, so a fresh
# machine with nothing but a JDK gets them without a manual step; where they cannot be installed
# (no apt-get, not root and no password-less sudo), the build stops here with one line saying what to
# install, rather than minutes later with a failed (or, worse, skipped) browser test.
set -euo pipefail

# Maven passes skipTests, skipITs and maven.test.skip (their literal ${...} when unset): with any of
# them true, no browser test runs, so nothing is needed (./run.sh builds with -DskipTests).
for skip in "$@"; do
  if [ "$skip" = "true" ]; then
    exit 0
  fi
done

chromium=/usr/bin/chromium
driver=/usr/bin/chromedriver
packages=(chromium chromium-driver)
what="The browser tests need Chromium and chromedriver at $chromium and $driver: install Debian's packages 'chromium' and 'chromium-driver' (as root: apt-get install chromium chromium-driver), then run the build again."

present() { [ -x "$chromium" ] && [ -x "$driver" ]; }

if present; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "$what" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "$what" >&2
  exit 1
fi

log=$(mktemp -t provide-browser.XXXXXX.log)
echo "[browser] Installing Debian's ${packages[*]} for the browser tests (about a minute, once)..."
# Another apt client (an unattended upgrade) may hold the lock for a while: wait for it rather than fail.
if "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq >"$log" 2>&1 \
   && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq "${packages[@]}" >>"$log" 2>&1 \
   && present; then
  echo "[browser] $("$chromium" --version 2>/dev/null || echo chromium) and $("$driver" --version 2>/dev/null | cut -d' ' -f1-2) installed."
  rm -f "$log"
  exit 0
fi
echo "$what (apt-get failed: see $log)" >&2
exit 1
