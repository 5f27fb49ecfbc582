# Sourced by ./staffcast and ./test.sh: finds a Java 25+ and exports JAVA_HOME and JAVA.
# Order: $JAVA_HOME, then /usr/lib/jvm/temurin-25-jdk-amd64; otherwise a clear error.
staffcast_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}

staffcast_find_java() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(staffcast_java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export JAVA="$candidate/bin/java"
      return 0
    fi
  done
  echo "error: Java 25 not found: set JAVA_HOME to a JDK 25, or install one at /usr/lib/jvm/temurin-25-jdk-amd64 (Debian: apt-get install temurin-25-jdk from the Adoptium repository)" >&2
  return 1
}
