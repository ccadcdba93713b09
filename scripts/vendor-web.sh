#!/usr/bin/env bash
# The published page's libraries, from the npm registry at pinned versions (npm checks each tarball's
# integrity): Leaflet for the map, qrcode-generator for the printable QR code of the page's own address.
# They go to resources/web/vendor/ (not committed), which publish_web copies beside each page and the ZIP carries.
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGES=(leaflet@1.9.4 qrcode-generator@1.4.4)
OUT=resources/web/vendor
STAMP="$OUT/.versions"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "${PACKAGES[*]}" ]; then exit 0; fi
command -v npm >/dev/null || { echo "vendor-web: npm is missing (make setup installs it)" >&2; exit 1; }
work=build/npm
rm -rf "$work" "$OUT.part"
mkdir -p "$work" "$OUT.part"
( cd "$work" && npm pack --silent "${PACKAGES[@]}" >/dev/null )
tar -xzf "$work"/leaflet-1.9.4.tgz -C "$work" package/dist
cp "$work"/package/dist/leaflet.js "$work"/package/dist/leaflet.css "$OUT.part/"
cp -r "$work"/package/dist/images "$OUT.part/images"
rm -rf "$work"/package
tar -xzf "$work"/qrcode-generator-1.4.4.tgz -C "$work" package/qrcode.js package/package.json
cp "$work"/package/qrcode.js "$OUT.part/qrcode.js"
cp "$work"/package/package.json "$OUT.part/qrcode-generator.package.json"   # its licence (MIT) is stated there
tar -xzf "$work"/leaflet-1.9.4.tgz -C "$work" package/LICENSE
cp "$work"/package/LICENSE "$OUT.part/leaflet.LICENSE"
echo "${PACKAGES[*]}" > "$OUT.part/.versions"
rm -rf "$OUT"
mv "$OUT.part" "$OUT"
echo "vendor-web: ${PACKAGES[*]} -> $OUT"
