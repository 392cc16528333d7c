#!/usr/bin/env bash
# Runs every test of coach-radar: the docker-compose file check, then the Maven build with unit
# tests, integration tests on an in-process Kafka broker (one of them drives the web page in
# headless Chromium), and the formatter check.
# Installs what it needs from Debian's packages when missing (needs root or sudo for that).
set -euo pipefail
cd "$(dirname "$0")"

apt_install() {
  local sudo=""
  if [ "$(id -u)" != "0" ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# docker-compose v1 validates docker-compose.yml offline; no Docker engine is needed for that.
if ! command -v docker-compose >/dev/null 2>&1; then
  echo "test.sh: installing docker-compose (Debian package) to validate docker-compose.yml"
  apt_install docker-compose
fi
docker-compose -f docker-compose.yml config -q
echo "test.sh: docker-compose.yml is valid"

# Headless Chromium renders the web page in BrowserIT (which fails, never skips, without it).
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "test.sh: installing chromium and chromium-driver (Debian packages) for the browser test"
  apt_install chromium chromium-driver
fi

./mvnw -B verify "$@"
