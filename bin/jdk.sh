# Sourced by the project's scripts: picks a JDK 21+ so that `./mvnw` builds on machines whose
# default java is older (Debian 12 ships 17). Respects a JAVA_HOME that is already 21+.
_java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(_java_major "$JAVA_HOME" 2>/dev/null || echo 0)" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(_java_major "$candidate")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then JAVA_HOME=$candidate; fi
  done
fi
if [ -z "${JAVA_HOME:-}" ] || [ "$(_java_major "$JAVA_HOME")" -lt 21 ]; then
  echo "error: no JDK 21 or newer found (looked in JAVA_HOME and /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin, and retry." >&2
  return 1 2>/dev/null || exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
