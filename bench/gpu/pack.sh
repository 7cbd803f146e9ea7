#!/usr/bin/env bash
# Run here (a machine with the JDK and the Maven repository): builds bench/gpu/dist and packs it
# into bench/gpu/dist.tar.xz, which bench/gpu/run.sh unpacks and runs on a GPU machine that has no
# JDK and cannot download anything:
#   dist/jre  a jlinked Java runtime (the modules the engine and its libraries use)
#   dist/lib  the llm classes and the jars a GPU run needs: DJL's api, pytorch-engine and
#             pytorch-jni (whose jar holds the cu128 JNI), the tokenizers; not the 110 MB CPU
#             libtorch jar (the GPU machine's own libtorch is used) nor what only train-demo needs.
# A device call carries at most 64 MiB: the runtime alone is ~60 MB unpacked (libjvm, and
# java.desktop, which jinjava needs for java.beans), so what travels is the xz archive; the script
# prints both sizes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$root/bin/jdk.sh"
(cd "$root" && ./mvnw -B -q -o -f services/llm/pom.xml compile dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt)
rm -rf "$here/dist"
mkdir -p "$here/dist/lib"
jlink --add-modules java.base,java.logging,java.management,jdk.management,jdk.unsupported,jdk.incubator.vector,java.desktop,java.naming,java.xml,java.sql,jdk.crypto.ec \
  --strip-debug --no-man-pages --no-header-files --output "$here/dist/jre"
strip --strip-unneeded "$here/dist/jre/lib/server/libjvm.so"
(cd "$root/services/llm/target/classes" && jar cf "$here/dist/lib/llm.jar" .)
for jar in $(tr ':' '\n' < "$root/services/llm/target/runtime-classpath.txt"); do
  case "$(basename "$jar")" in
    pytorch-native-cpu-*|kafka-clients-*|zstd-jni-*|snappy-java-*|lz4-java-*|moderation-*) continue ;;
    tokenizers-*) # keep only the linux-x86_64 native library of the tokenizers jar
      tmp="$(mktemp -d)"
      (cd "$tmp" && unzip -q "$jar" && find native -mindepth 2 -maxdepth 2 -type d ! -name linux-x86_64 \
        -exec rm -rf {} + 2>/dev/null; jar cf "$here/dist/lib/$(basename "$jar")" .)
      rm -rf "$tmp" ;;
    *) cp "$jar" "$here/dist/lib/" ;;
  esac
done
tar -C "$here" -cf - dist | xz -6 -T2 > "$here/dist.tar.xz"
du -sh "$here/dist" "$here/dist/jre" "$here/dist/lib" "$here/dist.tar.xz"
