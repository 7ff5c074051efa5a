#!/usr/bin/env bash
# The reliability drills (RELIABILITY.md): the 1,000-create fault drill (R1), the 10,000-input bad-input corpus (R2), the template sandbox timings (R5)
# and the webhook drill (R9).
#   tests/Drills/run.sh                 # both
#   tests/Drills/run.sh creates --count 1000 --seed 7 --faults "rate429=0.1,..."
#   tests/Drills/run.sh inputs [--count 10000] [--seed N]
#   tests/Drills/run.sh templates
#   tests/Drills/run.sh webhooks [--count 1000] [--concurrency 32] [--seed 15]   # R9: listen killed and restarted mid-run
#   tests/Drills/run.sh webhooks-bench [--count 2000] [--rounds 5] [--warmup 3]  # B-listen: listen vs a bare HMAC endpoint (not in "all")
#   tests/Drills/run.sh store-bench [--count 20000] [--rounds 5]                 # B-listen breakdown: CPU of a durable accept, part by part, in process (not in "all")
#   tests/Drills/run.sh conditions-bench [--count 20000] [--rounds 5]            # B-condition: us per trigger.if evaluation, now vs the render path (not in "all")
set -euo pipefail
cd "$(dirname "$0")/../.."
exec dotnet run --project tests/Drills/Drills.csproj -c Release -- "$@"
