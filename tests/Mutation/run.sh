#!/usr/bin/env bash
# Mutation testing with Stryker.NET (tests/Mutation/README.md). Not part of .ci/run: a whole-project run
# takes over an hour on 2 cores; scope it with --mutate or --since.
#   tests/Mutation/run.sh                                   # plugin, every file (slow)
#   tests/Mutation/run.sh plugin --since main               # only files changed since main
#   tests/Mutation/run.sh plugin --mutate '**/Client/Errors/*.cs'
#   tests/Mutation/run.sh plugin --mutate '**/Client/**/*.cs' --mutate '!**/Client/Errors/*.cs' --concurrency 2
#   tests/Mutation/run.sh sandbox --mutate '**/Templating/**/*.cs'   # the host engine (Workflow.Hosting)
#   tests/Mutation/run.sh --report path/to/mutation-report.json  # print the scores of an earlier run again
# Prints the score per folder (killed + timeout over killed + timeout + survived + no coverage) and every
# surviving mutant; the full HTML and JSON reports stay in artifacts/mutation/<project>/reports/.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Stryker runs several dotnet builds; a reused MSBuild worker node once left them both waiting on each other's pipe.
export MSBUILDDISABLENODEREUSE=1

scores() { dotnet run --file "$repo/tests/Mutation/Scores.cs" -- "$@"; }

project=plugin
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then project="$1"; shift; fi
if [ "$project" = "--report" ] || { [ $# -ge 2 ] && [ "$1" = "--report" ]; }; then
  [ "$project" = "--report" ] || shift
  scores "$1"; exit
fi

case "$project" in
  plugin)  tests_dir=tests/IncidentIo.Plugin.Tests ;;
  sandbox) tests_dir=tests/Workflow.Sandbox.Tests ;;   # the engine (Workflow.Hosting): validation, templating, running, workflows, text
  *) echo "run.sh: unknown project '$project' (known: plugin, sandbox)" >&2; exit 2 ;;
esac

args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --since) args+=("--since:${2:?--since needs a commit, e.g. main}"); shift 2 ;;
    --since:*) args+=("$1"); shift ;;
    --mutate|-m) args+=(--mutate "${2:?--mutate needs a glob}"); shift 2 ;;
    --concurrency|-c) args+=(--concurrency "${2:?--concurrency needs a number}"); shift 2 ;;
    --level|-l) args+=(--mutation-level "${2:?--level needs Basic, Standard, Advanced or Complete}"); shift 2 ;;
    *) echo "run.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

out="$repo/artifacts/mutation/$project"
running="$out.running"   # the last finished report stays in $out until a new one is written
dotnet tool restore >/dev/null
stryker() {
  rm -rf "$running"
  (cd "$tests_dir" && dotnet stryker --config-file stryker-config.json --output "$running" --skip-version-check "${args[@]}") 2>&1 \
    | tee "$repo/artifacts/mutation/$project.log"
}
mkdir -p "$repo/artifacts/mutation"
stryker || true
# On a loaded machine Stryker's project analysis (Buildalyzer) can time out before anything is mutated: try once more.
if [ ! -f "$running/reports/mutation-report.json" ] && grep -q "Could not find build environment" "$repo/artifacts/mutation/$project.log"; then
  echo "run.sh: Stryker's project analysis timed out (loaded machine); trying once more" >&2
  stryker || true
fi
if [ ! -f "$running/reports/mutation-report.json" ]; then
  echo "run.sh: Stryker wrote no report (see artifacts/mutation/$project.log)" >&2
  exit 1
fi
rm -rf "$out"
mv "$running" "$out"
scores "$out/reports/mutation-report.json"
