# Sourced by ./moniker and benchmarks/run: finds a JDK $MIN_JAVA or newer (JAVA_HOME, the java on
# PATH, or the usual install folders) and sets JDK to its home and JDK_MAJOR to its major version,
# or prints one line saying what is missing and exits 1. $1 names the calling tool in that line.
MIN_JAVA=21

# Major version of the JDK at $1, read from its release file (no JVM start), else from java -version.
# Shell built-ins only on the usual path: every process started here delays every ./moniker command.
jdk_major() {
  local home="$1" v="" line
  [ -x "$home/bin/java" ] || return 1
  if [ -f "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=*) v="${line#JAVA_VERSION=\"}"; v="${v%%[!0-9]*}"; break ;;
      esac
    done < "$home/release"
  fi
  if [ -z "$v" ]; then
    v="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
  fi
  [ "$v" = "1" ] && v=8
  echo "${v:-0}"
}

find_jdk() {
  local candidates=() c best="" best_v=0 v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    c="$(command -v java)"
    [ -L "$c" ] && c="$(readlink -f "$c" 2>/dev/null || echo "$c")"
    c="${c%/*}"
    candidates+=("${c%/*}")
  fi
  # The first of JAVA_HOME and PATH that is new enough wins; otherwise the newest installed JDK.
  for c in "${candidates[@]}"; do
    v="$(jdk_major "$c")" || continue
    if [ "$v" -ge "$MIN_JAVA" ]; then JDK="$c"; JDK_MAJOR="$v"; return 0; fi
    FOUND+=("java $v at $c")
  done
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/*jdk* "$HOME"/.sdkman/candidates/java/* \
           "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] || continue
    v="$(jdk_major "$c")" || continue
    if [ "$v" -ge "$MIN_JAVA" ] && [ "$v" -gt "$best_v" ]; then best="$c"; best_v="$v"; fi
  done
  [ -n "$best" ] && { JDK="$best"; JDK_MAJOR="$best_v"; return 0; }
  return 1
}

FOUND=()
JDK=""
JDK_MAJOR=0
if ! find_jdk; then
  echo "${1:-moniker}: needs a JDK $MIN_JAVA or newer, and none was found${FOUND:+ (found only: ${FOUND[*]})};" \
       "install one (e.g. 'apt install openjdk-21-jdk') or set JAVA_HOME to one." >&2
  exit 1
fi

