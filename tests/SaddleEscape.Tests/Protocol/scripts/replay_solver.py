"""Replays the solver's side of a transcript ('< ' lines), reading one harness line for each '> ' line."""
import sys

with open(sys.argv[1]) as f:
    lines = [line.rstrip("\n") for line in f if line.strip()]
for line in lines:
    if line.startswith("< "):
        sys.stdout.write(line[2:] + "\n")
        sys.stdout.flush()
    elif line.startswith("> "):
        sys.stdin.readline()
