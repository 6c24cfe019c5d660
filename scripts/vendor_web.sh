#!/usr/bin/env bash
# Re-fetch the web page's third-party files from the npm registry (exact versions, no CDN at run time).
# Why a script: the vendored files are committed so the page works offline; this records where each
# came from and lets a maintainer bump a version reproducibly. Needs `npm` (only for `npm pack`).
set -euo pipefail

LEAFLET=1.9.4
MARKERCLUSTER=1.5.3
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/src/sitrep/web/static/vendor"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

fetch() {  # fetch NAME VERSION -> unpacked into $TMP/NAME/package
    mkdir -p "$TMP/$1"
    (cd "$TMP/$1" && npm pack --silent "$1@$2" >/dev/null && tar xzf ./*.tgz)
}

fetch leaflet "$LEAFLET"
fetch leaflet.markercluster "$MARKERCLUSTER"
fetch topojson-client "$TOPOJSON_CLIENT"
fetch world-atlas "$WORLD_ATLAS"

rm -rf "$DEST"
mkdir -p "$DEST/leaflet/images" "$DEST/leaflet.markercluster" "$DEST/topojson-client" "$DEST/world-atlas"

P="$TMP/leaflet/package"
cp "$P/dist/leaflet.js" "$P/dist/leaflet.css" "$P/LICENSE" "$DEST/leaflet/"
cp "$P"/dist/images/*.png "$DEST/leaflet/images/"

P="$TMP/leaflet.markercluster/package"
cp "$P/dist/leaflet.markercluster.js" "$P/dist/MarkerCluster.css" \
    "$P/dist/MarkerCluster.Default.css" "$DEST/leaflet.markercluster/"
cp "$P/MIT-LICENCE.txt" "$DEST/leaflet.markercluster/LICENSE"

P="$TMP/topojson-client/package"
cp "$P/dist/topojson-client.min.js" "$P/LICENSE" "$DEST/topojson-client/"

# Natural Earth admin-0 countries at 1:50m (public domain), as TopoJSON; converted in the browser.
P="$TMP/world-atlas/package"
cp "$P/countries-50m.json" "$P/LICENSE" "$DEST/world-atlas/"

chmod -R a-x,a+X "$DEST"

cat >"$DEST/VERSIONS.txt" <<VERSIONS
Fetched by scripts/vendor_web.sh from the npm registry (npm pack):
leaflet@$LEAFLET (BSD-2-Clause) dist/leaflet.js, dist/leaflet.css, dist/images
leaflet.markercluster@$MARKERCLUSTER (MIT) dist/leaflet.markercluster.js, dist/MarkerCluster*.css
topojson-client@$TOPOJSON_CLIENT (ISC) dist/topojson-client.min.js
world-atlas@$WORLD_ATLAS (ISC; data: Natural Earth, public domain) countries-50m.json
VERSIONS
echo "vendored into $DEST"
