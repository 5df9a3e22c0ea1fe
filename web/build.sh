#!/usr/bin/env bash
# Rebuild the vendored front-end files from npm (development time only; the served UI never
# reaches the network). Versions are pinned in package.json / package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
out=../src/lagebild/serve/static/vendor
mkdir -p "$out"
cp node_modules/d3/dist/d3.min.js "$out/d3.min.js"
cp node_modules/topojson-client/dist/topojson-client.min.js "$out/topojson-client.min.js"
cp node_modules/world-atlas/countries-110m.json "$out/countries-110m.json"
{
  echo "Vendored front-end files (built by web/build.sh from npm; see web/package-lock.json)."
  echo
  for pkg in d3 topojson-client world-atlas; do
    echo "== $pkg $(node -p "require('./node_modules/$pkg/package.json').version") =="
    cat "node_modules/$pkg/LICENSE"
    echo
  done
} > "$out/LICENSES.txt"
ls -l "$out"
