#!/usr/bin/env bash
# Alternating batch-1 comparison, ours against Jlama on the same checkpoint and prompt, first as the
# host is, then with one CPU-bound background process that this script starts (and stops) itself,
# so both engines run beside the same load:
#   bench/jlama/compare.sh MODEL_DIR [PAIRS=4] [NEW_TOKENS=64] [DTYPE=fp32]
# DTYPE is ours (fp32 or int8); Jlama always loads the checkpoint as it did before (F32).
# Each pair runs `llm bench --batches 1` once, then Jlama twice (its second run is JIT-warm), and
# prints one line: decode tok/s and CPU-ms per decoded token of each run, with the load average.
# "quiet" only means this script adds no load: check the load average printed on each line.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
model="$1"
pairs="${2:-4}"
tokens="${3:-64}"
dtype="${4:-fp32}"
prompt="Is this jacket waterproof? Yes, the jacket is waterproof and the hood is removable. How long does shipping take? Shipping takes three to five business days. Can I return the shoes if they do not fit?"
figures='s/.*decode ([0-9.]+) tok.*[,;] ([0-9.]+) CPU-ms.*load average ([0-9.]+)/\1 tok\/s \2 CPU-ms load \3/'
load_pid=""
stop_load() { [ -n "$load_pid" ] && kill "$load_pid" 2>/dev/null; load_pid=""; }
trap stop_load EXIT
run_pairs() {
  for i in $(seq 1 "$pairs"); do
    ours=$("$root/services/llm/bin/llm" bench --model "$model" --prompt-text "$prompt" \
      --new-tokens "$tokens" --batches 1 --dtype "$dtype" 2>&1 | grep "batch  1" | sed -E "$figures")
    peer=$("$root/bench/jlama/run.sh" "$model" "$prompt" "$tokens" 2 2>&1 | grep "^run" \
      | sed -E "$figures" | paste -sd '|')
    echo "$1 pair $i: ours $ours || jlama $peer"
  done
}
run_pairs quiet
# one CPU-bound process (a shell busy loop: no memory traffic, no I/O) beside both engines
sh -c 'while :; do :; done' &
load_pid=$!
run_pairs loaded
stop_load
