#!/usr/bin/env bash
# Installs the Debian packages the plugin, its tests and its demo need (QGIS 3.40 LTR from bookworm-backports).
# Idempotent: when every package is already installed it returns at once without touching apt.
set -euo pipefail

PACKAGES=(qgis python3-qgis qgis-providers python3-venv python3-pip
          xvfb xauth fonts-wqy-zenhei poppler-utils qttools5-dev-tools pyqt5-dev-tools)
BACKPORTED=(qgis python3-qgis qgis-providers)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  qgis_version=$(dpkg-query -W -f='${Version}' qgis)
  case "$qgis_version" in
    3.40*|1:3.40*) exit 0 ;;
  esac
  echo "setup-system: QGIS $qgis_version is installed, this project needs 3.40 LTR; upgrading" >&2
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-system: missing Debian packages: ${missing[*]:-qgis (3.40)}" >&2
  echo "setup-system: run 'sudo make setup' once, or install them yourself (QGIS 3.40 from bookworm-backports)." >&2
  exit 1
fi

# Enable bookworm-backports by reusing the mirror the machine's own sources already name for bookworm.
backports_enabled() {
  grep -rhsE '^[^#]*bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/ >/dev/null
}
mirror_uri() {
  # deb822 files first (Debian 12 default), then the one-line format.
  local f uri
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    uri=$(awk '
      /^[[:space:]]*$/ { if (u != "" && s ~ /(^|[[:space:]])bookworm([[:space:]]|$)/) { print u; exit } u=""; s="" ; next }
      /^URIs:/   { u=$2 }
      /^Suites:/ { $1=""; s=$0 }
      END { if (u != "" && s ~ /(^|[[:space:]])bookworm([[:space:]]|$)/) print u }' "$f" | head -n1)
    [ -n "$uri" ] && { echo "$uri"; return; }
  done
  grep -hsE '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+[[:space:]]+bookworm[[:space:]]' \
    /etc/apt/sources.list /etc/apt/sources.list.d/*.list | head -n1 |
    sed -E 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/'
}

if ! backports_enabled; then
  uri=$(mirror_uri)
  if [ -z "$uri" ]; then
    echo "setup-system: no apt source for bookworm found; add bookworm-backports yourself" >&2
    exit 1
  fi
  cat > /etc/apt/sources.list.d/smart-community-backports.sources <<SRC
Types: deb
URIs: $uri
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  echo "setup-system: enabled bookworm-backports from $uri"
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORTED[@]}"
apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
echo "setup-system: QGIS $(dpkg-query -W -f='${Version}' qgis) installed"
