#!/usr/bin/env bash
# Local backend benchmarks of the foundation issue, each against a baseline measured in the
# same run:
#  1. 20 trivial candidates through `dreamfoundry run --backend local` against the same 20
#     scripts run bare by `xargs -P <cores> python3 ...` and in bwrap sandboxes started by
#     `xargs -P <cores> bwrap ...` (the floor with isolation; issue 11 targets <= 1.10 of it,
#     network off on both sides), and with the private network on; overhead per candidate.
#  2. Peak RSS of `dreamfoundry run` with 20 candidates each printing 10 MiB (target <= 150 MiB).
# Usage: tests/bench/bench_local.sh [build dir]   (default: build)
set -euo pipefail

build=${1:-build}
app=$(realpath "$build/bin/dreamfoundry")
cores=$(nproc)
repeats=${REPEATS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The app runs candidates with the system's python3; the baseline uses the same one.
mkdir -p "$work/trivial" "$work/loud"
for i in $(seq -w 1 20); do
  cat > "$work/trivial/c$i.py" <<'PY'
import sys
print("candidate done")
open(sys.argv[2], "w").write("x" * 1024)
PY
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
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# The floor with isolation (issue 11): the same scripts in bwrap sandboxes of the same kind
# (own namespaces, the system folders read-only, empty home and /tmp), started by xargs.
sandboxed() {
  local script=$1 out=$2
  bwrap --unshare-all --die-with-parent --new-session \
    --ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/lib /lib \
    --symlink usr/lib64 /lib64 --symlink usr/sbin /sbin --ro-bind /etc /etc \
    --proc /proc --dev /dev --tmpfs /tmp --tmpfs /home/daytona \
    --ro-bind "$script" /home/daytona/c.py --bind "$out" /out --chdir /home/daytona \
    /usr/bin/python3 /home/daytona/c.py objective /out/artifact.md >/dev/null
}
export -f sandboxed

bare_times=() bwrap_times=() app_times=() private_times=()
for r in $(seq "$repeats"); do
  rm -rf "$work/bare" "$work/bwrap" && mkdir "$work/bare" "$work/bwrap"
  t0=$(now)
  ls "$work"/trivial/*.py | xargs -P "$cores" -I{} sh -c \
    '/usr/bin/python3 "$1" "objective" "$2/$(basename "$1").md" >/dev/null' _ {} "$work/bare"
  t1=$(now)
  ls "$work"/trivial/*.py | xargs -P "$cores" -I{} bash -c \
    'mkdir -p "$2/$(basename "$1")" && sandboxed "$1" "$2/$(basename "$1")"' _ {} "$work/bwrap"
  t2=$(now)
  "$app" run --backend local --parallel "$cores" --no-network -o objective \
    --out "$work/out-$r" "$work"/trivial/*.py >/dev/null
  t3=$(now)
  "$app" run --backend local --parallel "$cores" -o objective --out "$work/net-$r" \
    "$work"/trivial/*.py >/dev/null
  t4=$(now)
  bare_times+=("$(echo "$t1 - $t0" | bc -l)")
  bwrap_times+=("$(echo "$t2 - $t1" | bc -l)")
  app_times+=("$(echo "$t3 - $t2" | bc -l)")
  private_times+=("$(echo "$t4 - $t3" | bc -l)")
done
bare=$(printf '%s\n' "${bare_times[@]}" | median)
floor=$(printf '%s\n' "${bwrap_times[@]}" | median)
appt=$(printf '%s\n' "${app_times[@]}" | median)
privt=$(printf '%s\n' "${private_times[@]}" | median)

echo "== 20 trivial candidates, $cores at a time, median of $repeats runs"
printf 'bare xargs -P %d python3:               %.3f s\n' "$cores" "$bare"
printf 'xargs -P %d bwrap python3 (the floor):  %.3f s\n' "$cores" "$floor"
printf 'dreamfoundry run --no-network:         %.3f s\n' "$appt"
printf 'dreamfoundry run, private network:     %.3f s\n' "$privt"
printf 'ratio app / bare:                      %.2f\n' "$(echo "$appt / $bare" | bc -l)"
printf 'ratio app / bwrap floor:               %.2f (target <= 1.10)\n' \
  "$(echo "$appt / $floor" | bc -l)"
printf 'ratio app with private network / floor: %.2f\n' "$(echo "$privt / $floor" | bc -l)"
printf 'overhead per candidate over the floor: %.1f ms of wall time (%.1f ms per sandbox slot)\n' \
  "$(echo "($appt - $floor) * 1000 / 20" | bc -l)" \
  "$(echo "($appt - $floor) * 1000 * $cores / 20" | bc -l)"

echo "== 20 candidates each printing 10 MiB"
/usr/bin/time -f '%M' -o "$work/rss" "$app" run --backend local -o objective \
  --out "$work/loud-out" "$work"/loud/*.py >/dev/null
rss_kib=$(tail -n1 "$work/rss")
printf 'peak RSS of dreamfoundry run: %.1f MiB (target <= 150 MiB)\n' "$(echo "$rss_kib / 1024" | bc -l)"
