# Sourced by scripts/qgis-process and scripts/qgis: the environment for running QGIS on this checkout.
# A private profile under build/ keeps the user's own QGIS settings untouched.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$here/build"
mkdir -p "$build/plugins"
ln -sfn "$here" "$build/plugins/smart_community"
site=$(ls -d "$here"/.venv/lib/python3*/site-packages 2>/dev/null | head -n1 || true)
if [ -n "$site" ]; then
  export PYTHONPATH="$site${PYTHONPATH:+:$PYTHONPATH}"
fi
export QGIS_PLUGINPATH="$build/plugins${QGIS_PLUGINPATH:+:$QGIS_PLUGINPATH}"
export QGIS_CUSTOM_CONFIG_PATH="${SMART_COMMUNITY_QGIS_PROFILE:-$build/qgis-profile}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$build/runtime}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Enable the plugin in the private profile once (qgis_process writes the profile's settings).
enable_plugin() {
  local ini="$QGIS_CUSTOM_CONFIG_PATH/profiles/default/QGIS/QGIS3.ini"
  grep -qs '^smart_community=true' "$ini" && return 0
  QT_QPA_PLATFORM=offscreen qgis_process plugins enable smart_community >/dev/null 2>&1 || {
    echo "$(basename "$0"): could not enable the plugin; run 'make setup' first" >&2; return 1; }
}
