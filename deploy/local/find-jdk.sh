#!/usr/bin/env bash
# Prints the home of a JDK 21 or newer: $JAVA_HOME if it is one, else the newest found in the usual places.
set -u

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'
}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$dir" ] && candidates+=("$dir")
done
if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
fi

best="" best_major=0
for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(java_major "$home")
    major=${major%%.*}
    [ -n "$major" ] || continue
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
        best="$home" best_major="$major"
    fi
    # An explicit JAVA_HOME that qualifies wins.
    if [ "$home" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then
        best="$home"; break
    fi
done

if [ -z "$best" ]; then
    echo "Accord needs a JDK 21 or newer (none found in JAVA_HOME, /usr/lib/jvm, /opt/java or on the PATH)." >&2
    echo "Install one (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
    exit 1
fi
echo "$best"
