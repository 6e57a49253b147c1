#!/usr/bin/env bash
# Local backend benchmarks of the foundation issue, each against a baseline measured in the
# same run:
#  1. 20 trivial candidates through `dreamfoundry run --backend local` against the same 20
#     scripts run bare by `xargs -P <cores> python3 ...` and in bwrap sandboxes started by
#     `xargs -P <cores> bwrap ...` (the floor with isolation; issue 11 targets <= 1.10 of it,
#     network off on both sides), and with the private network on; overhead per candidate.
#  2. Peak RSS of `dreamfoundry run` with 20 candidates each printing 10 MiB (target <= 150 MiB).
# Usage: tests/bench/bench_local.sh [build dir]   (default: build)
# COUNT (default 20) trivial candidates, PARALLEL (default: the cores) at a time, REPEATS
# (default 9) paired runs; the RSS figure keeps its 20 loud candidates.
set -euo pipefail

build=${1:-build}
app=$(realpath "$build/bin/dreamfoundry")
cores=${PARALLEL:-$(nproc)}
count=${COUNT:-20}
repeats=${REPEATS:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The app runs candidates with the system's python3; the baseline uses the same one.
mkdir -p "$work/trivial" "$work/loud"
for i in $(seq -w 1 "$count"); do
  cat > "$work/trivial/c$i.py" <<'PY'
import sys
print("candidate done")
open(sys.argv[2], "w").write("x" * 1024)
PY
done
for i in $(seq -w 1 20); do
  cat > "$work/loud/c$i.py" <<'PY'
import sys
line = "y" * 1023 + "\n"
out = sys.stdout
for _ in range(10 * 1024):
    out.write(line)
open(sys.argv[2], "w").write("ok")
PY
done

now() { date +%s.%N; }
# Each timed command starts on a settled machine: the kernel tears network and mount
# namespaces down after their processes have exited, on its own threads, and the previous
# command's twenty sandboxes would otherwise be torn down during the next command's time.
settle() { sleep 1; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# The floor with isolation (issue 11): the same scripts in bwrap sandboxes with the app's own
# bwrap options as far as a shell command can give them, started by xargs:
#  - the same namespaces (user with no further ones, PID, IPC, UTS, cgroup, no network), no
#    capabilities, a new session, dying with the parent, hostname "sandbox";
#  - the same root: /usr and the /bin, /lib... links read-only, and an /etc of the same kind,
#    one read-only folder holding the app's allow-list of the host's /etc and a passwd and
#    group (made once below, as the app makes its own once per run; the app binds the
#    allow-listed folders, ssl, alternatives..., on its copy where the floor copies them);
#  - the same hidden folders (an empty read-only tmpfs of 4 KiB each) and a sized tmpfs for
#    /home/daytona and one for /tmp (the disk limit, 1 GiB), /proc, /dev, a cleared
#    environment with the same variables, the root read-only.
# Left out, as no shell command expresses them without starting more processes of its own:
# the seccomp filter, the sandbox's memory and process control group, the per-process limits,
# the switch to the unprivileged user as root, the cap on files of the disk (one tmpfs for home
# and /tmp together), copying the script in and the artifact out (the floor binds the script
# and a folder the artifact is written to). The app's cost for those is in its figure.
etc="$work/etc"
mkdir "$etc"
for e in ld.so.cache ld.so.conf ld.so.conf.d nsswitch.conf host.conf gai.conf hosts protocols \
  services localtime timezone ssl ca-certificates ca-certificates.conf pki mime.types magic \
  magic.mime alternatives fonts os-release debian_version lsb-release locale.alias locale.conf \
  $(cd /etc && ls -d python3* 2>/dev/null); do
  [ -e "/etc/$e" ] && cp -RH "/etc/$e" "$etc/" 2>/dev/null || true
done
printf 'root:x:0:0:root:/root:/usr/sbin/nologin\n' > "$etc/passwd"
printf 'root:x:0:\n' > "$etc/group"
chmod -R a+rX "$etc"
export etc
sandboxed() {
  local script=$1 out=$2 hidden=() remount=()
  for h in /home /root /tmp /var/tmp /run /media /mnt; do
    hidden+=(--size 4096 --tmpfs "$h")
    [ "$h" = /tmp ] || remount+=(--remount-ro "$h")
  done
  bwrap --unshare-user --disable-userns --unshare-pid --unshare-ipc --unshare-uts \
    --unshare-cgroup-try --unshare-net --die-with-parent --new-session --cap-drop ALL \
    --hostname sandbox --ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/lib /lib \
    --symlink usr/lib64 /lib64 --symlink usr/sbin /sbin --ro-bind "$etc" /etc \
    --dev /dev --proc /proc "${hidden[@]}" \
    --size 1073741824 --tmpfs /home/daytona --size 1073741824 --tmpfs /tmp \
    --ro-bind "$script" /home/daytona/c.py --bind "$out" /out --chdir /home/daytona \
    --clearenv "${remount[@]}" --remount-ro / --setenv PATH /usr/local/bin:/usr/bin:/bin \
    --setenv HOME /home/daytona --setenv LANG C.UTF-8 \
    -- /usr/bin/python3 /home/daytona/c.py objective /out/artifact.md >/dev/null
}
export -f sandboxed

# Seconds `$@` takes, started on a settled machine.
timed() {
  settle
  local t0
  t0=$(now)
  "$@" >/dev/null
  echo "$(now) - $t0" | bc -l
}
bare_run() {
  ls "$work"/trivial/*.py | xargs -P "$cores" -I{} sh -c \
    '/usr/bin/python3 "$1" "objective" "$2/$(basename "$1").md" >/dev/null' _ {} "$work/bare"
}
floor_run() {
  ls "$work"/trivial/*.py | xargs -P "$cores" -I{} bash -c \
    'mkdir -p "$2/$(basename "$1")" && sandboxed "$1" "$2/$(basename "$1")"' _ {} "$work/bwrap"
}

app_run() {
  "$app" run --backend local --parallel "$cores" --no-network -o objective --out "$work/out-$1" \
    "$work"/trivial/*.py
}
private_run() {
  "$app" run --backend local --parallel "$cores" -o objective --out "$work/net-$1" \
    "$work"/trivial/*.py
}

# This machine's speed drifts from one minute to the next: each repeat times the floor and the
# app next to each other (in turn first), and the ratio reported is the median of the repeats'
# own ratios, with their range.
bare_times=() bwrap_times=() app_times=() private_times=() ratios=() private_ratios=()
for r in $(seq "$repeats"); do
  rm -rf "$work/bare" "$work/bwrap" && mkdir "$work/bare" "$work/bwrap"
  bare_times+=("$(timed bare_run)")
  if ((r % 2)); then
    floor_time=$(timed floor_run)
    app_time=$(timed app_run "$r")
  else
    app_time=$(timed app_run "$r")
    floor_time=$(timed floor_run)
  fi
  private_time=$(timed private_run "$r")
  bwrap_times+=("$floor_time") app_times+=("$app_time") private_times+=("$private_time")
  ratios+=("$(echo "$app_time / $floor_time" | bc -l)")
  private_ratios+=("$(echo "$private_time / $floor_time" | bc -l)")
done
bare=$(printf '%s\n' "${bare_times[@]}" | median)
floor=$(printf '%s\n' "${bwrap_times[@]}" | median)
appt=$(printf '%s\n' "${app_times[@]}" | median)
privt=$(printf '%s\n' "${private_times[@]}" | median)
ratio=$(printf '%s\n' "${ratios[@]}" | median)
private_ratio=$(printf '%s\n' "${private_ratios[@]}" | median)
range() { sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.2f-%.2f", lo, hi}'; }

echo "== $count trivial candidates, $cores at a time, median of $repeats runs"
printf 'bare xargs -P %d python3:               %.3f s\n' "$cores" "$bare"
printf 'xargs -P %d bwrap python3 (the floor):  %.3f s\n' "$cores" "$floor"
printf 'dreamfoundry run --no-network:         %.3f s\n' "$appt"
printf 'dreamfoundry run, private network:     %.3f s\n' "$privt"
printf 'ratio app / bare:                      %.2f\n' "$(echo "$appt / $bare" | bc -l)"
printf 'ratio app / bwrap floor:               %.2f (target <= 1.10; repeats %s)\n' "$ratio" \
  "$(printf '%s\n' "${ratios[@]}" | range)"
printf 'ratio app with private network / floor: %.2f (repeats %s)\n' "$private_ratio" \
  "$(printf '%s\n' "${private_ratios[@]}" | range)"
printf 'overhead per candidate over the floor: %.1f ms of wall time (%.1f ms per sandbox slot)\n' \
  "$(echo "($appt - $floor) * 1000 / $count" | bc -l)" \
  "$(echo "($appt - $floor) * 1000 * $cores / $count" | bc -l)"

echo "== 20 candidates each printing 10 MiB"
/usr/bin/time -f '%M' -o "$work/rss" "$app" run --backend local -o objective \
  --out "$work/loud-out" "$work"/loud/*.py >/dev/null
rss_kib=$(tail -n1 "$work/rss")
printf 'peak RSS of dreamfoundry run: %.1f MiB (target <= 150 MiB)\n' "$(echo "$rss_kib / 1024" | bc -l)"
