#!/usr/bin/env bash
# One call on a GPU machine (no JDK, no network): bench/gpu/run.sh
# Needs bench/gpu/dist.tar.xz (or dist/) from bench/gpu/pack.sh: on the device tool, carry
# ["bench/gpu/dist.tar.xz"] and run `bench/gpu/run.sh` with timeout_s about 540. Writes its figures to $OUT (or bench/gpu/out).
#  1. the machine: nvidia-smi, the Python torch wheel's version and lib folder
#  2. whether DJL 0.35.1 (JNI for libtorch 2.7.1, cu128) loads that libtorch: the first engine
#     start; if it fails, the error is printed and the script stops (the GPU path stays unverified)
#  3. the bench checkpoint (154M Llama layout, written here), then for fp16 and int8 on the GPU:
#     the oracle comparison (logits against the CPU fp32 engine), decode at batch 1/16/64, and
#     the 16-arrival burst
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${OUT:-$here/out}"
mkdir -p "$out"
summary="$out/summary.txt"
note() { echo "== $*" | tee -a "$summary"; }
if [ ! -x "$here/dist/jre/bin/java" ] && [ -f "$here/dist.tar.xz" ]; then
  tar -C "$here" -xJf "$here/dist.tar.xz"
fi
java="$here/dist/jre/bin/java"
[ -x "$java" ] || { note "no $java: run bench/gpu/pack.sh first and carry bench/gpu/dist.tar.xz"; exit 2; }
nvidia-smi > "$out/nvidia-smi.txt" 2>&1; head -12 "$out/nvidia-smi.txt"
torchlib=$(python3 -c 'import os, torch; print(os.path.join(os.path.dirname(torch.__file__), "lib"))' 2>&1)
note "python torch: $(python3 -c 'import torch; print(torch.__version__, "cuda", torch.version.cuda)' 2>&1) in $torchlib"
export PYTORCH_LIBRARY_PATH="$torchlib" PYTORCH_VERSION="${PYTORCH_VERSION:-2.7.1}" \
  PYTORCH_FLAVOR="${PYTORCH_FLAVOR:-cu128}" DJL_OFFLINE=true DJL_CACHE_DIR="$out/djl-cache" \
  LD_LIBRARY_PATH="$torchlib:${LD_LIBRARY_PATH:-}" OMP_WAIT_POLICY=passive
llm() {
  timeout "${STEP_TIMEOUT:-150}" "$java" -Dai.djl.offline=true --enable-native-access=ALL-UNNAMED \
    --add-modules jdk.incubator.vector -Xmx24g -cp "$here/dist/lib/*" \
    com.storefront.qa.llm.cli.Main "$@"
}
model=/tmp/bench-154m
llm make-tiny-checkpoint --out "$model" --arch llama --hidden 1024 --layers 12 --heads 16 \
  --kv-heads 4 --intermediate 1536 --vocab 32000 > "$out/checkpoint.txt" 2>&1 || {
  note "could not write the checkpoint"; tail -20 "$out/checkpoint.txt"; exit 3; }
if ! llm compare-logits --model "$model" --device gpu --dtype fp16 --prompt-tokens 32 \
  > "$out/first-load.txt" 2>&1; then
  note "DJL did not run on this libtorch (PYTORCH_VERSION=$PYTORCH_VERSION PYTORCH_FLAVOR=$PYTORCH_FLAVOR):"
  grep -v "^\[main\] INFO" "$out/first-load.txt" | tail -25 | tee -a "$summary"
  exit 4
fi
note "DJL loaded this libtorch; $(grep 'against cpu' "$out/first-load.txt")"
for dtype in fp16 int8; do
  note "$dtype: $(llm compare-logits --model "$model" --device gpu --dtype "$dtype" 2>&1 | grep 'against cpu')"
  llm bench --model "$model" --device gpu --dtype "$dtype" --batches 1,16,64 --prompt-tokens 128 \
    --new-tokens 64 > "$out/bench-$dtype.txt" 2>&1
  grep -E "^(model|prefill|batch|peak)" "$out/bench-$dtype.txt" | tee -a "$summary"
  llm bench-burst --model "$model" --device gpu --dtype "$dtype" --rounds 1 \
    > "$out/burst-$dtype.txt" 2>&1
  grep -E "^round" "$out/burst-$dtype.txt" | tee -a "$summary"
done
