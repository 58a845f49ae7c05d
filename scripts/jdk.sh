# Sourced by ./zapcut, ./run-tests and .ci/run: selects a JDK >= 21 (the machine's default java may be 17).
# The JDK's release file names its version; asking the JVM itself costs 0.15 s on every command.
zapcut_java_major() {
  local v; v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null || true)
  [ -n "$v" ] && { echo "$v"; return; }
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
zapcut_pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]-openjdk-* /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    local major; major=$(zapcut_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then export JAVA_HOME="$candidate"; return 0; fi
  done
  echo "zapcut: needs a JDK 21 or newer (none found in JAVA_HOME or /usr/lib/jvm)" >&2
  return 1
}
zapcut_pick_jdk
export PATH="$JAVA_HOME/bin:$PATH"
