"""One epoch of Farrell & Quintero Peña's MLP on Fashion-MNIST in PyTorch: the reference side of bench/TorchSideBySide.

Same data (Debian's IDX files), model (784-128 sigmoid-dropout 0.25-32 sigmoid-10), loss (MSE on softmax),
optimiser (SGD, lr 0.01), batch 128 and thread count as the TorchSharp side (Program.cs). Prints one line per
epoch: seconds of the training loop only (data already in a tensor).
Run with Debian's interpreter: /usr/bin/python3 mlp_epoch.py [epochs] [threads]
"""
import gzip
import struct
import sys
import time

import numpy as np
import torch

DATA = "/usr/share/datasets/fashion-mnist"


def idx(path):
    with gzip.open(path, "rb") as f:
        raw = f.read()
    ndim = raw[3]
    dims = struct.unpack(">" + "i" * ndim, raw[4:4 + 4 * ndim])
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def main():
    epochs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    x = torch.tensor(idx(f"{DATA}/train-images-idx3-ubyte.gz"), dtype=torch.float32).div_(255).unsqueeze(1)
    y = torch.tensor(idx(f"{DATA}/train-labels-idx1-ubyte.gz"), dtype=torch.int64)
    model = torch.nn.Sequential(
        torch.nn.Flatten(), torch.nn.Linear(784, 128), torch.nn.Sigmoid(), torch.nn.Dropout(0.25),
        torch.nn.Linear(128, 32), torch.nn.Sigmoid(), torch.nn.Linear(32, 10))
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    gen = torch.Generator().manual_seed(1)
    n = x.shape[0]
    model.train()
    for epoch in range(1, epochs + 1):
        start = time.perf_counter()
        order = torch.randperm(n, generator=gen)
        for s in range(0, n, 128):
            index = order[s:s + 128]
            xb, yb = x.index_select(0, index), y.index_select(0, index)
            opt.zero_grad()
            out = torch.softmax(model(xb), dim=1)
            loss = torch.nn.functional.mse_loss(out, torch.nn.functional.one_hot(yb, 10).to(out.dtype))
            loss.backward()
            opt.step()
        print(f"pytorch {torch.__version__} epoch {epoch}: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
