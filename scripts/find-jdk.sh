# Finds a JDK 21 or newer; sourced by ./studiebro and .ci/run so that both pick the same one.
# find_jdk prints its home: JAVA_HOME when that is a JDK 21+, else the newest JDK 21+ installed in the
# machine's usual places. It fails with a clear message when there is none.

# The major version of the JDK in $1 ("1.8.0_402" -> 8, "25.0.1" -> 25), from what `java -version` says.
java_major() {
  local version
  version=$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')
  [[ -n $version ]] || return 1
  version=${version#1.}
  echo "${version%%[!0-9]*}"
}

is_jdk() {
  [[ -x $1/bin/java && -x $1/bin/javac ]]
}

find_jdk() {
  local candidate major best="" best_major=0
  if [[ -n ${JAVA_HOME:-} ]] && is_jdk "$JAVA_HOME"; then
    major=$(java_major "$JAVA_HOME" || echo 0)
    if ((major >= 21)); then
      echo "$JAVA_HOME"
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    is_jdk "$candidate" || continue
    major=$(java_major "$candidate" || echo 0)
    if ((major >= 21 && major > best_major)); then
      best=$candidate
      best_major=$major
    fi
  done
  if [[ -z $best ]]; then
    {
      echo "Studiebro needs a JDK 21 or newer, and found none."
      if [[ -n ${JAVA_HOME:-} ]]; then
        echo "  JAVA_HOME=$JAVA_HOME is not a JDK 21+."
      fi
      echo "  Looked in /usr/lib/jvm and /Library/Java/JavaVirtualMachines."
      echo "  Install one (for example Debian's openjdk-21-jdk or Eclipse Temurin 21+) or set JAVA_HOME to it."
    } >&2
    return 1
  fi
  echo "$best"
}
