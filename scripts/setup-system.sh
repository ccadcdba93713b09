#!/usr/bin/env bash
# Installs the Debian packages the plugin, its tests and its demo need (QGIS 3.40 LTR from bookworm-backports).
# Idempotent: when every package is already installed it returns at once without touching apt.
# Works with both apt source formats: the one-line /etc/apt/sources.list of a standard installation and the
# deb822 *.sources files. `--print-mirror` only prints the Debian mirror it would reuse (APT_ROOT=DIR reads
# DIR/etc/apt instead of /etc/apt; the tests use both).
set -euo pipefail
APT_DIR="${APT_ROOT:-}/etc/apt"
trap 'echo "setup-system: stopped at line $LINENO ($BASH_COMMAND). Run \"sudo bash scripts/setup-system.sh\" to see the error; apt must reach a Debian 12 mirror." >&2' ERR

# Enable bookworm-backports by reusing the mirror the machine's own sources already name for bookworm.
source_files() {
  # Every apt source file that exists, of either format (an unmatched glob is no file).
  local f
  for f in "$APT_DIR/sources.list" "$APT_DIR"/sources.list.d/*.list "$APT_DIR"/sources.list.d/*.sources; do
    [ -f "$f" ] && echo "$f"
  done
  return 0
}
backports_enabled() {
  local files
  mapfile -t files < <(source_files)
  [ ${#files[@]} -gt 0 ] && grep -hqsE '^[^#]*bookworm-backports' "${files[@]}"
}
mirror_uri() {
  # deb822 files first (Debian 12 default), then the one-line format.
  local f uri files
  mapfile -t files < <(source_files)
  for f in "${files[@]}"; do
    case "$f" in *.sources) ;; *) continue ;; esac
    uri=$(awk '
      /^[[:space:]]*$/ { if (u != "" && s ~ /(^|[[:space:]])bookworm([[:space:]]|$)/) { print u; exit } u=""; s="" ; next }
      /^URIs:/   { u=$2 }
      /^Suites:/ { $1=""; s=$0 }
      END { if (u != "" && s ~ /(^|[[:space:]])bookworm([[:space:]]|$)/) print u }' "$f" | head -n1)
    [ -n "$uri" ] && { echo "$uri"; return 0; }
  done
  for f in "${files[@]}"; do
    case "$f" in *.sources) continue ;; esac
    uri=$(grep -hsE '^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?[^[:space:]]+[[:space:]]+bookworm[[:space:]]' "$f" | head -n1 |
          sed -E 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([^[:space:]]+).*/\2/' || true)
    [ -n "$uri" ] && { echo "$uri"; return 0; }
  done
  return 0
}

enable_backports() {
  backports_enabled && return 0
  local uri
  uri=$(mirror_uri)
  if [ -z "$uri" ]; then
    echo "setup-system: no apt source names a bookworm mirror in $APT_DIR; add bookworm-backports yourself" >&2
    return 1
  fi
  echo "setup-system: enabling bookworm-backports from $uri (the mirror your apt sources name)"
  mkdir -p "$APT_DIR/sources.list.d"
  cat > "$APT_DIR/sources.list.d/smart-community-backports.sources" <<SRC
Types: deb
URIs: $uri
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
}

case "${1:-}" in
  --print-mirror) mirror_uri; exit 0 ;;
  --enable-backports) enable_backports; exit $? ;;   # the sources only, no apt (the tests, on a copy)
esac

# qttranslations5-l10n: Qt's own buttons (Close, OK, Cancel) in Chinese too, as the plugin's are.
PACKAGES=(qgis python3-qgis qgis-providers python3-venv python3-pip
          postgresql-15 postgresql-15-postgis-3 postgresql-15-postgis-3-scripts python3-psycopg2
          xvfb xauth fonts-wqy-zenhei poppler-utils qttools5-dev-tools pyqt5-dev-tools qttranslations5-l10n
          chromium)
# chromium: the published web page's tests and bench drive Debian's own browser (Playwright, no browser download).
# npm vendors the page's map library; Debian's npm only where none is installed (a node from elsewhere is fine).
command -v npm >/dev/null || PACKAGES+=(npm)
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

enable_backports || exit 1

export DEBIAN_FRONTEND=noninteractive
echo "setup-system: installing ${missing[*]:-qgis (3.40)} (QGIS from bookworm-backports)"
apt-get update -qq
apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORTED[@]}"
apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}"
echo "setup-system: QGIS $(dpkg-query -W -f='${Version}' qgis) installed"
