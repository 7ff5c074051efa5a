#!/usr/bin/env bash
# The reliability drills (RELIABILITY.md): the 1,000-create fault drill (R1), the 10,000-input bad-input corpus (R2) and the template sandbox timings (R5).
#   tests/Drills/run.sh                 # both
#   tests/Drills/run.sh creates --count 1000 --seed 7 --faults "rate429=0.1,..."
#   tests/Drills/run.sh inputs [--count 10000] [--seed N]
#   tests/Drills/run.sh templates
set -euo pipefail
cd "$(dirname "$0")/../.."
exec dotnet run --project tests/Drills/Drills.csproj -c Release -- "$@"
