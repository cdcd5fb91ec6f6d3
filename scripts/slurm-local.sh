#!/usr/bin/env bash
# A one-node Slurm cluster on this machine, for tests and trying `saddle slurm` (Debian 12, as root).
#   scripts/slurm-local.sh up       install slurmctld/slurmd/slurm-client/munge if missing, write the config, start the daemons
#   scripts/slurm-local.sh down     stop only the daemons this script started (by their pid files)
#   scripts/slurm-local.sh status   print what runs
# The config goes to /etc/slurm/slurm.conf (one node with this machine's cores, SlurmUser=root); an existing config
# that this script did not write is left alone and `up` refuses. State (pid files, what was started) lives in
# /run/saddle-slurm-local.
set -euo pipefail
STATE=/run/saddle-slurm-local
CONF=/etc/slurm/slurm.conf
MARK="# written by saddle scripts/slurm-local.sh"

die() { echo "slurm-local: $*" >&2; exit 1; }

up() {
  [ "$(id -u)" -eq 0 ] || die "must run as root (the daemons run as root here)"
  if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurmctld slurmd slurm-client munge >/dev/null \
      || die "could not install slurmctld slurmd slurm-client munge with apt-get"
  fi
  if [ -f "$CONF" ] && ! grep -qF "$MARK" "$CONF"; then
    die "$CONF exists and was not written by this script; not touching a real cluster's configuration"
  fi
  mkdir -p "$STATE" /var/spool/slurmd /var/spool/slurmctld /run/munge /etc/slurm
  chown munge:munge /run/munge
  local host cpus memory
  host=$(hostname -s)
  cpus=$(nproc)
  memory=$(awk '/MemTotal/ { print int($2 / 1024 * 0.8) }' /proc/meminfo)
  cat > "$CONF" <<CONF
$MARK
ClusterName=local
SlurmctldHost=$host
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmdSpoolDir=/var/spool/slurmd
StateSaveLocation=/var/spool/slurmctld
SlurmUser=root
ReturnToService=2
MinJobAge=300
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  touch "$STATE/started"
  if ! pgrep -x munged >/dev/null; then
    su -s /bin/sh munge -c "/usr/sbin/munged --pid-file=/run/munge/munged.pid" || die "munged did not start"
    echo "munged /run/munge/munged.pid" >> "$STATE/started"
  fi
  munge -n | unmunge >/dev/null || die "munge does not work (munge -n | unmunge)"
  if [ ! -f "$STATE/slurmctld.pid" ] || ! kill -0 "$(cat "$STATE/slurmctld.pid")" 2>/dev/null; then
    /usr/sbin/slurmctld || die "slurmctld did not start (see /var/log/slurm)"
    echo "slurmctld $STATE/slurmctld.pid" >> "$STATE/started"
  fi
  if [ ! -f "$STATE/slurmd.pid" ] || ! kill -0 "$(cat "$STATE/slurmd.pid")" 2>/dev/null; then
    /usr/sbin/slurmd || die "slurmd did not start (see /var/log/slurm)"
    echo "slurmd $STATE/slurmd.pid" >> "$STATE/started"
  fi
  for _ in $(seq 1 30); do
    if sinfo -h -o '%t' 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then
      sinfo
      return 0
    fi
    sleep 1
  done
  sinfo || true
  die "the node did not become idle within 30 s"
}

down() {
  [ -f "$STATE/started" ] || { echo "slurm-local: nothing started by this script"; return 0; }
  # Stop in reverse order of starting: slurmd, slurmctld, then munged.
  tac "$STATE/started" | while read -r name pidfile; do
    if [ -f "$pidfile" ]; then
      pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      echo "slurm-local: stopped $name ($pid)"
    fi
  done
  rm -f "$STATE/started"
}

status() {
  [ -f "$STATE/started" ] && cat "$STATE/started" || echo "slurm-local: nothing started by this script"
  sinfo 2>/dev/null || echo "slurm-local: sinfo does not answer"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
