#!/usr/bin/env bash
# Side by side: PGD with fixed parameters and a fixed iteration count on the d = 100 quadratic saddle and the d = 10 octopus,
# through SaddleEscape's Minimizer.Run (trace and events on), NumPy and (quadratic saddle) PyTorch eager; prints each
# rate and the library's ratios to NumPy:
#   warm  median of 5 runs of N iterations in one process, after a warm-up run (SaddleEscape.Benchmarks loop-rate);
#   cold  the first 400 000 iterations of a fresh process (bench/PgdColdStart, a separate console app), COLD_RUNS
#         processes per problem; timed from just before Minimizer.Run to its return, so the JIT of the loop and of all
#         it calls is inside; each process's whole wall time (start to exit, /usr/bin/time) is printed beside it.
# Needs Debian's python3-numpy (and python3-torch for PyTorch, skipped when missing).
# Usage: bench/PgdSideBySide/run.sh [library warm iterations = 2 000 000] [NumPy iterations = 400 000] [PyTorch iterations = 20 000]
# Environment: COLD_RUNS (default 5); FEED=1 builds the cold app against the library packed into a temporary local feed
# (dotnet pack + PackageReference) instead of the project reference.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dotnet build -c Release SaddleEscape.Benchmarks -nologo -v q > "$tmp/build.log" || { cat "$tmp/build.log"; exit 1; }
if [[ "${FEED:-0}" == 1 ]]; then
  dotnet pack ../src/SaddleEscape -c Release -o "$tmp/feed" -p:PackageVersion=0.0.0-local -nologo -v q > "$tmp/build.log" || { cat "$tmp/build.log"; exit 1; }
  dotnet build PgdColdStart -c Release --artifacts-path "$tmp/artifacts" -p:SaddleEscapeFeed="$tmp/feed" \
    -p:RestorePackagesPath="$tmp/packages" -nologo -v q > "$tmp/build.log" || { cat "$tmp/build.log"; exit 1; }
  cold="$tmp/artifacts/bin/PgdColdStart/release/PgdColdStart.dll"
  echo "cold app: PackageReference SaddleEscape 0.0.0-local from $(ls "$tmp"/feed/*.nupkg | head -1)" >&2
else
  dotnet build -c Release PgdColdStart -nologo -v q > "$tmp/build.log" || { cat "$tmp/build.log"; exit 1; }
  cold=PgdColdStart/bin/Release/net10.0/PgdColdStart.dll
fi
{
  dotnet SaddleEscape.Benchmarks/bin/Release/net10.0/SaddleEscape.Benchmarks.dll loop-rate "${1:-2000000}"
  for _ in $(seq "${COLD_RUNS:-5}"); do
    for problem in quadratic-saddle octopus; do
      if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -f "process $problem %e" -o "$tmp/time" dotnet "$cold" "$problem" 400000
        cat "$tmp/time"
      else
        dotnet "$cold" "$problem" 400000
      fi
    done
  done
} | /usr/bin/python3 PgdSideBySide/pgd.py "${2:-400000}" "${3:-20000}" 1
