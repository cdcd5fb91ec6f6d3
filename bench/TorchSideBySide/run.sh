#!/usr/bin/env bash
# Side by side: Farrell & Quintero Peña's MLP, one epoch of Fashion-MNIST (60 000 images, batch 128), TorchSharp vs PyTorch,
# same data, model, loss, optimiser and thread count. Needs Debian's python3-torch and dataset-fashion-mnist.
set -euo pipefail
cd "$(dirname "$0")"
EPOCHS=${1:-3}
THREADS=${2:-2}
dotnet run -c Release -- "$EPOCHS" "$THREADS"
/usr/bin/python3 mlp_epoch.py "$EPOCHS" "$THREADS"
