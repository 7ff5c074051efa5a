#!/usr/bin/env bash
# Where the plugin's time goes (issue 13): profiles get_incident through the plugin (IWorkflowAction.ExecuteAsync) and
# the raw HttpClient GET, each alone in a `soak` process under dotnet-trace (EventPipe's sample profiler, the local tool
# in .config/dotnet-tools.json), then prints per call: managed CPU by library, the top exclusive frames and the plugin's
# layers inclusive (Profiling/ProfileReport.cs), and the types each side allocates (hotpath --what types).
#   tests/Benchmarks/profile.sh              P1's shape: one call at a time
#   tests/Benchmarks/profile.sh --concurrent P2's shape: 32 at once
#   tests/Benchmarks/profile.sh --startup    P3: a cold `list --json` of the published host (run.sh --only P3 publishes
#                                            it; else the build output), main thread, after one run that fills the cache
#   SECONDS_PER_SIDE=20 WARMUP=5 OUT=/tmp/prof TOP=30 tests/Benchmarks/profile.sh
# The traces (.nettrace and .speedscope.json, for https://www.speedscope.app or PerfView) stay in $OUT.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
shape=--sequential
mode=${1:-}
[[ "$mode" == "--concurrent" ]] && shape=""
seconds=${SECONDS_PER_SIDE:-15}
warmup=${WARMUP:-4}
out=${OUT:-$(mktemp -d /tmp/incidentplugin-profile.XXXXXX)}
mkdir -p "$out"
dotnet tool restore >/dev/null
dotnet build tests/Benchmarks/Benchmarks.csproj -c Release -v quiet -nologo >&2
bench=tests/Benchmarks/bin/Release/net10.0/Benchmarks.dll
if [[ "$mode" == "--startup" ]]; then
  sandbox=host-sandbox/Workflow.Sandbox/bin/Release/p3-publish/Workflow.Sandbox.dll
  [[ -f "$sandbox" ]] || sandbox=host-sandbox/Workflow.Sandbox/bin/Release/net10.0/Workflow.Sandbox.dll
  dotnet "$sandbox" list --json >/dev/null
  dotnet dotnet-trace collect --profile dotnet-sampled-thread-time --format Speedscope -o "$out/list.nettrace" \
    -- dotnet "$sandbox" list --json >"$out/list.log" 2>&1
  echo "load: $(cat /proc/loadavg); $sandbox"
  exec dotnet "$bench" profile-startup "$out/list.speedscope.json" --top "${TOP:-40}"
fi
for side in plugin raw; do
  echo "profiling $side for ${seconds} s (${warmup} s warm-up) into $out" >&2
  # shellcheck disable=SC2086
  dotnet dotnet-trace collect --show-child-io --profile dotnet-sampled-thread-time --format Speedscope -o "$out/$side.nettrace" \
    -- dotnet "$bench" soak "$side" "$seconds" $shape --warmup "$warmup" --window "$out/$side.window.json" >"$out/$side.log" 2>&1
done
echo "load: $(cat /proc/loadavg)"
dotnet "$bench" profile "$out/plugin.speedscope.json" "$out/plugin.window.json" "$out/raw.speedscope.json" "$out/raw.window.json" --top "${TOP:-20}"
dotnet "$bench" hotpath --a host-sandbox/Workflow.Sandbox/bin/Release/net10.0/plugins --what types --calls 400 2>&1 | sed -n '/== allocation types/,$p'
