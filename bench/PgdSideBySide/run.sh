#!/usr/bin/env bash
# Side by side: PGD with fixed parameters and a fixed iteration count on the d = 100 quadratic saddle, through
# SaddleEscape's Minimizer.Run (trace and events on), NumPy and PyTorch eager; prints each rate and the ratios.
# Needs Debian's python3-numpy and python3-torch (PyTorch is skipped when missing).
# Usage: bench/PgdSideBySide/run.sh [library iterations] [NumPy iterations] [PyTorch iterations]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project SaddleEscape.Benchmarks -- loop-rate "${1:-2000000}" \
  | /usr/bin/python3 PgdSideBySide/pgd.py "${2:-200000}" "${3:-20000}" 1
