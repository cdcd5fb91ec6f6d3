#!/usr/bin/env bash
# The scipy.optimize and torch.optim peers (clients/python/peers) through the ask/tell protocol on the d = 10 quadratic
# saddle from its exact saddle and from a random start: claim, certificate of the claimed point, harness's counts.
# Needs Debian's python3-numpy, python3-scipy, python3-torch. Usage: bench/ProtocolOverhead/peers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release SaddleEscape.Benchmarks -nologo -v q > /dev/null
dotnet SaddleEscape.Benchmarks/bin/Release/net10.0/SaddleEscape.Benchmarks.dll peers-at-saddle "${PYTHON:-/usr/bin/python3}" "$(cd ../clients/python/peers && pwd)"
