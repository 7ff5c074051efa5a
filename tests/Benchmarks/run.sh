#!/usr/bin/env bash
# The `bench` command (issue 6): builds the benchmark program in Release and runs P1–P5 in one process,
# printing one Markdown table of ratios, each against its raw baseline measured in the same run.
#   tests/Benchmarks/run.sh                  full run (about 3 minutes on 2 cores, plus the build)
#   tests/Benchmarks/run.sh --quick          smoke run (seconds; numbers are not for quoting)
#   tests/Benchmarks/run.sh --only P1,P3     a subset
#   tests/Benchmarks/run.sh --out FILE       also write the table to FILE
# Progress goes to stderr, the table to stdout. Not part of `dotnet test`: this is a separate console project.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build tests/Benchmarks/Benchmarks.csproj -c Release -v quiet -nologo >&2
exec dotnet tests/Benchmarks/bin/Release/net10.0/Benchmarks.dll "$@"
