#!/usr/bin/env bash
# Jlama 0.8.4 peer benchmark: bench/jlama/run.sh MODEL_DIR "PROMPT TEXT" NEW_TOKENS [REPEATS] [F32|I8]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$root/bin/jdk.sh"
if [ ! -f "$here/target/classpath.txt" ] || [ ! -d "$here/target/classes" ]; then
  (cd "$root" && ./mvnw -B -q -f bench/jlama/pom.xml compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt >&2)
fi
exec java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED \
  -cp "$here/target/classes:$(cat "$here/target/classpath.txt")" \
  com.storefront.qa.bench.jlama.JlamaBench "$@"
