#!/usr/bin/env bash
# Alternating batch-1 comparison, ours against Jlama on the same checkpoint and prompt:
#   bench/jlama/compare.sh MODEL_DIR [PAIRS=4] [NEW_TOKENS=64]
# Each pair runs `llm bench --batches 1` once, then Jlama twice (its second run is JIT-warm), and
# prints one line: decode tok/s and CPU-ms per decoded token of each run, with the load average.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
model="$1"
pairs="${2:-4}"
tokens="${3:-64}"
prompt="Is this jacket waterproof? Yes, the jacket is waterproof and the hood is removable. How long does shipping take? Shipping takes three to five business days. Can I return the shoes if they do not fit?"
figures='s/.*decode ([0-9.]+) tok.*[,;] ([0-9.]+) CPU-ms.*load average ([0-9.]+)/\1 tok\/s \2 CPU-ms load \3/'
for i in $(seq 1 "$pairs"); do
  ours=$("$root/services/llm/bin/llm" bench --model "$model" --prompt-text "$prompt" \
    --new-tokens "$tokens" --batches 1 2>&1 | grep "batch  1" | sed -E "$figures")
  peer=$("$root/bench/jlama/run.sh" "$model" "$prompt" "$tokens" 2 2>&1 | grep "^run" \
    | sed -E "$figures" | paste -sd '|')
  echo "pair $i: ours $ours || jlama $peer"
done
