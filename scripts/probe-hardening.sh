#!/bin/bash
# Probes `saddle` with mistaken and hostile inputs (issue 22) and checks each ending: the exit code, one line on
# stderr ("saddle: …"), no stack trace, and — for refused inputs — nothing written into the folder the probe runs
# in. Usage: scripts/probe-hardening.sh [path/to/saddle]   (default: the Release build). Prints one line per probe
# and a tally by kind; exits 1 when any probe fails. Fault probes that need root (a small tmpfs, a read-only mount)
# are skipped otherwise.
set -uo pipefail
SADDLE=${1:-$(cd "$(dirname "$0")/.." && pwd)/src/SaddleEscape.Cli/bin/Release/net10.0/linux-x64/saddle}
[ -x "$SADDLE" ] || { echo "no saddle at $SADDLE (dotnet build -c Release first)" >&2; exit 2; }
WORK=$(mktemp -d /tmp/saddle-probe.XXXXXX)
trap 'umount -l "$WORK"/disk "$WORK"/ro 2>/dev/null; rm -rf "$WORK"' EXIT
FIX=$WORK/fixtures; mkdir -p "$FIX"
declare -A PASS FAIL
passed=0; failed=0

# Fixtures.
head -c 2000000 /dev/zero | tr '\0' '1' > "$FIX/big.json"
{ echo 'name = "big"'; printf '#'; head -c 2000000 /dev/zero | tr '\0' 'x'; echo; } > "$FIX/big.toml"
echo "not a folder" > "$FIX/afile"
mkdir -p "$FIX/empty-run" "$FIX/bad-run"; : > "$FIX/empty-run/summary.json"; echo '[0]' > "$FIX/empty-run/point.json"
echo '{"problem": 3, "dim": "x"}' > "$FIX/bad-run/summary.json"; echo '[0]' > "$FIX/bad-run/point.json"
GRID=$'[[problems]]\nname = "octopus"\n[[optimizers]]\nname = "gd"\n'
printf 'name = "s"\nseeds = [99999999999]\n%s' "$GRID" > "$FIX/seeds-overflow.toml"
printf 'name = "s"\ndimensions = [99999999999]\n%s' "$GRID" > "$FIX/dims-overflow.toml"
printf 'name = "s"\ndimensions = []\n%s' "$GRID" > "$FIX/dims-empty.toml"
printf 'name = "s"\ndimensions = [3, 3]\n%s' "$GRID" > "$FIX/dims-twice.toml"
printf 'name = "s"\nname = "t"\n%s' "$GRID" > "$FIX/key-twice.toml"
printf 'name = "s"\nseeds = 1000000000\n%s' "$GRID" > "$FIX/huge.toml"
printf 'name = "s"\n[run]\nmax_iterations = -5\n%s' "$GRID" > "$FIX/negative.toml"
printf 'name = "s"\n[[problems]]\nname = "octopus"\nset = { gamma = [2, 2] }\n[[optimizers]]\nname = "gd"\n' > "$FIX/value-twice.toml"
printf 'name = "ok"\nseeds = 2\ndimensions = [2]\n%s[run]\nmax_iterations = 2000\n' "$GRID" > "$FIX/ok.toml"

# probe KIND EXPECTED-EXIT WRITES(yes|no) ARGS…  — runs in a fresh empty folder.
probe() {
  local kind=$1 expect=$2 writes=$3; shift 3
  local cwd; cwd=$(mktemp -d "$WORK/p.XXXX")
  (cd "$cwd" && "$SADDLE" "$@" > "$cwd/../out.$$" 2> "$cwd/../err.$$"); local code=$?
  local err; err=$(cat "$cwd/../err.$$"); local last; last=$(printf '%s\n' "$err" | grep -v '^$' | tail -n 1)
  local why=""
  [ "$code" = "$expect" ] || why="exit $code, expected $expect"
  if grep -qE '^   at |Unhandled exception' <<< "$err"; then why="$why; stack trace"; fi
  if [ "$expect" != 0 ]; then
    [[ "$last" == "saddle: "* ]] || why="$why; last line is not 'saddle: …'"
    if [ "$expect" = 2 ] && [ "$(grep -c . <<< "$err")" != 1 ]; then why="$why; $(grep -c . <<< "$err") lines on stderr"; fi
  fi
  if [ "$writes" = no ] && [ -n "$(ls -A "$cwd")" ]; then why="$why; wrote $(ls -A "$cwd" | head -3 | tr '\n' ' ')"; fi
  if [ -n "$(find "$WORK" -name PWNED 2>/dev/null)" ]; then why="$why; a value ran as a command"; fi
  local shown; shown=$(printf '%q ' "$@" | cut -c1-110)
  if [ -z "$why" ]; then
    passed=$((passed + 1)); PASS[$kind]=$(( ${PASS[$kind]:-0} + 1 ))
    printf 'PASS %-9s exit %-3s %s\n       %s\n' "$kind" "$code" "$shown" "${last:0:150}"
  else
    failed=$((failed + 1)); FAIL[$kind]=$(( ${FAIL[$kind]:-0} + 1 ))
    printf 'FAIL %-9s exit %-3s %s\n       %s\n       stderr: %s\n' "$kind" "$code" "$shown" "${why#; }" "${last:0:200}"
  fi
  rm -f "$cwd/../out.$$" "$cwd/../err.$$"
}

O=$WORK/out   # an output folder that may be created
# Sizes over the limits.
probe size 2 no run --problem quadratic-saddle --optimizer gd --dim 1000000000 --out "$O"
probe size 2 no run --problem tensor-orthogonal-4 --optimizer gd --dim 100000
probe size 2 no run --problem tensor-ica-4 --optimizer sgd --dim 20000
probe size 2 no run --problem landscape-design-F --optimizer gd --dim 50000
probe size 2 no spectrum --problem octopus --dim 2000000000 --out x
probe size 2 no slice --problem tensor-sphere-3 --dim 200000 --out x
probe size 2 no reproduce octopus-escape --quick --set seeds=1000000000
probe size 2 no reproduce octopus-escape --quick --set dimensions=1000000000
probe size 2 no reproduce tensor-decomposition --quick --set dimensions=100000
probe size 2 no reproduce spin-glass --quick --set starts=100000000
probe size 2 no reproduce level-sets --quick --set pairs=1e9
probe size 2 no sweep "$FIX/huge.toml"
# Files too large to be what they claim.
probe file 2 no run --problem octopus --optimizer gd --init "$FIX/big.json"
probe file 2 no spectrum --problem octopus --init "$FIX/big.json" --out x
probe file 2 no slice --problem octopus --center "$FIX/big.json" --out x
probe file 2 no sweep "$FIX/big.toml"
probe file 2 no run --problem octopus --optimizer gd --init "$FIX"
# Parse errors.
probe parse 2 no sweep "$FIX/seeds-overflow.toml"
probe parse 2 no sweep "$FIX/dims-overflow.toml"
probe parse 2 no sweep "$FIX/negative.toml"
probe parse 2 no spectrum --from-run "$FIX/empty-run" --out x
probe parse 2 no spectrum --from-run "$FIX/bad-run" --out x
probe parse 2 no reproduce octopus-escape --quick --set seeds=99999999999
probe parse 2 no run --problem octopus --optimizer gd --set gamma=1e999
# Duplicates and empty lists.
probe dup 2 no reproduce octopus-escape --quick --set dimensions=2,2
probe dup 2 no reproduce octopus-escape --quick --set seeds=1 seeds=2
probe dup 2 no sweep "$FIX/dims-twice.toml"
probe dup 2 no sweep "$FIX/dims-empty.toml"
probe dup 2 no sweep "$FIX/key-twice.toml"
probe dup 2 no sweep "$FIX/value-twice.toml"
# Output folders that cannot be written.
probe out 2 no run --problem octopus --optimizer gd --out /proc/saddle
probe out 2 no run --problem octopus --optimizer gd --out "$FIX/afile"
probe out 2 no run --problem octopus --optimizer gd --out ''
probe out 2 no reproduce octopus-escape --quick --out ''
probe out 2 no reproduce octopus-escape --quick --out /proc/saddle
probe out 2 no sweep "$FIX/ok.toml" --out "$FIX/afile/x"
probe out 2 no spectrum --problem octopus --out /sys/saddle
probe out 2 no slurm octopus-escape --quick --shards 2 --out ''
# The option at fault is the one named.
probe blame 2 no run --problem quadratic-saddle --optimizer gd --set scale=1e308
probe blame 2 no slice --problem octopus --center /no/such --out x
probe blame 2 no run --problem octopus --optimizer gd --max-seconds 1e-9
probe blame 2 no run --problem octopus --optimizer gd --max-seconds 1e300
# Generated scripts: hostile values are refused (or quoted: see the test suite).
probe shell 2 no slurm octopus-escape --quick --shards 2 --out "$O/s1" --time $'01:00:00\ntouch PWNED'
probe shell 2 no slurm octopus-escape --quick --shards 2 --out "$O/s2" --partition $'debug\ntouch PWNED'
probe shell 2 no slurm octopus-escape --quick --shards 2 --out "$O/s3/"$'\n'"touch PWNED"
probe shell 2 no slurm octopus-escape --quick --shards 2 --out "$O/s4" --time bogus
probe shell 2 no slurm octopus-escape --quick --shards 2 --out "$O/s5" --partition '$(touch PWNED)'
probe shell 2 no slurm octopus-escape --quick --shards 2 --out "$O/s6" --saddle $'saddle\ntouch PWNED'
probe shell 0 no slurm octopus-escape --quick --shards 2 --out "$O/s7" --data '$(touch PWNED) `touch PWNED`'
for f in "$O"/s7/slurm/*; do bash -n "$f" || { echo "FAIL shell: bash -n $f"; failed=$((failed + 1)); }; done
# Numerical faults are divergences (exit 3, outputs written), not bad arguments.
probe numeric 3 yes run --problem tensor-orthogonal-4 --optimizer gd --opt step_size=1e200 --out r
probe numeric 3 yes run --problem quadratic-saddle --optimizer gd --set gamma=1e300 --out r
# Stores that cannot be used.
"$SADDLE" reproduce octopus-escape --quick --set dimensions=2 seeds=2 --out "$WORK/store" > /dev/null 2>&1
cp "$WORK/store/octopus-escape/results.sqlite" "$WORK/good.sqlite"
truncate -s 4096 "$WORK/store/octopus-escape/results.sqlite"
probe store 4 no reproduce octopus-escape --quick --set dimensions=2 seeds=2 --out "$WORK/store"
probe store 4 no results export "$WORK/store" --format csv
cp "$WORK/good.sqlite" "$WORK/store/octopus-escape/results.sqlite"; printf 'garbage garbage garbage' | dd of="$WORK/store/octopus-escape/results.sqlite" conv=notrunc 2> /dev/null
probe store 4 no reproduce octopus-escape --quick --set dimensions=2 seeds=2 --out "$WORK/store"
[ -z "$(ls "$WORK"/store/octopus-escape/results.sqlite-* 2>/dev/null)" ] || { echo "FAIL store: -wal/-shm left beside a damaged store"; failed=$((failed + 1)); }
if [ "$(id -u)" = 0 ]; then
  cp "$WORK/good.sqlite" "$WORK/store/octopus-escape/results.sqlite"
  mkdir -p "$WORK/ro" && mount --bind "$WORK/store" "$WORK/ro" && mount -o remount,bind,ro "$WORK/ro"
  probe store 2 no reproduce octopus-escape --quick --set dimensions=2 seeds=2 --out "$WORK/ro"
  umount -l "$WORK/ro"
  # A full disk: a 2 MB tmpfs with 100 kB left.
  mkdir -p "$WORK/disk" && mount -t tmpfs -o size=2m tmpfs "$WORK/disk"
  avail=$(df -k --output=avail "$WORK/disk" | tail -1); head -c $(( (avail - 100) * 1024 )) /dev/zero > "$WORK/disk/filler"
  probe disk 4 yes reproduce octopus-escape --quick --out "$WORK/disk/r"
  [ -z "$(find "$WORK/disk" -name '*.tmp*')" ] || { echo "FAIL disk: partial files left"; failed=$((failed + 1)); }
  rm -f "$WORK/disk/filler"
  probe disk 0 yes reproduce octopus-escape --quick --out "$WORK/disk/r"
fi

echo
for kind in $(printf '%s\n' "${!PASS[@]}" "${!FAIL[@]}" | sort -u); do
  printf '%-9s %3d passed, %d failed\n' "$kind" "${PASS[$kind]:-0}" "${FAIL[$kind]:-0}"
done
echo "total: $passed passed, $failed failed"
[ "$failed" = 0 ]
