#!/usr/bin/env bash
# Protocol overhead per oracle call, side by side: the median of N (default 10 000) `grad` round trips through the
# ask/tell protocol (timed in the Python solver around the client's call: JSON encode, pipe, the harness's parse and
# oracle call and reply, decode to NumPy), the same per call inside batches of 64, and an in-process Oracle call
# (ValueAndGradient, timed one by one with Stopwatch), at d = 10 and d = 1000 on the quadratic saddle.
# Needs Debian's python3-numpy. Usage: bench/ProtocolOverhead/run.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release SaddleEscape.Benchmarks -nologo -v q > /dev/null
dotnet SaddleEscape.Benchmarks/bin/Release/net10.0/SaddleEscape.Benchmarks.dll protocol-overhead "${1:-10000}" \
  "${PYTHON:-/usr/bin/python3} $(pwd)/ProtocolOverhead/grad_loop.py"
