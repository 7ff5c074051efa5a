#!/usr/bin/env bash
# Puts a results file written by `run.sh --out FILE` into BENCHMARKS.md, between the markers
# <!-- quiet-run:start --> and <!-- quiet-run:end --> (replacing what was there), so the quiet run's table is quoted as
# measured. Usage: tests/Benchmarks/render.sh FILE
set -euo pipefail
cd "$(dirname "$0")/../.."
results="${1:?usage: tests/Benchmarks/render.sh FILE (written by run.sh --out FILE)}"
[[ -s "$results" ]] || { echo "render.sh: $results is missing or empty" >&2; exit 2; }
grep -q '<!-- quiet-run:start -->' BENCHMARKS.md && grep -q '<!-- quiet-run:end -->' BENCHMARKS.md \
  || { echo "render.sh: BENCHMARKS.md lacks the quiet-run markers" >&2; exit 2; }
awk -v file="$results" '
  /<!-- quiet-run:start -->/ { print; while ((getline line < file) > 0) print line; skip = 1; next }
  /<!-- quiet-run:end -->/   { skip = 0 }
  !skip { print }
' BENCHMARKS.md > BENCHMARKS.md.tmp
mv BENCHMARKS.md.tmp BENCHMARKS.md
echo "BENCHMARKS.md: quiet-run table replaced from $results" >&2
