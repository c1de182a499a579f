#!/usr/bin/env bash
# PostgreSQL's client tools (pg_dump, pg_restore, psql) of the server's major version, for `make backup` and
# `make restore`: pg_dump refuses a server newer than itself. Keeps wrappers of the three in .local/pg-tools/bin and
# does nothing when they are there already.
#
# The machine's own tools are used when they are new enough. Otherwise the client binaries of Debian 13 (trixie) are
# unpacked into .local/pg-tools and run through trixie's own dynamic loader, so they need no newer libc on this machine
# and no root: the package files are found in the current Packages index and checked against its SHA-256 sums.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TOOLS="$ROOT/.local/pg-tools"
BIN="$TOOLS/bin"
MIRROR=${ACCORD_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUITE=trixie
PACKAGES=(libc6 libssl3t64 libldap2 libpq5)
COMMANDS=(pg_dump pg_restore psql)

fail() {
    printf 'accord: %s\n' "$*" >&2
    exit 1
}

# The major version of the PostgreSQL server that tests and the local stack run (the embedded binaries' version).
server_major() {
    local version
    version=$(sed -n 's|.*<postgres.binaries.version>\([0-9]*\)\..*|\1|p' "$ROOT/pom.xml")
    [ -n "$version" ] || fail "no <postgres.binaries.version> in $ROOT/pom.xml"
    echo "$version"
}

MAJOR=$(server_major)

installed() {
    [ "$(cat "$TOOLS/major" 2>/dev/null)" = "$MAJOR" ] && "$BIN/pg_dump" --version >/dev/null 2>&1
}

major_of() { "$1" --version 2>/dev/null | sed -n 's/^pg_dump (PostgreSQL) \([0-9]*\).*/\1/p'; }

# A folder holding this machine's pg_dump, pg_restore and psql of at least the server's major version, if there is one.
own_tools() {
    local candidate major
    for candidate in $(command -v pg_dump 2>/dev/null) /usr/lib/postgresql/*/bin/pg_dump; do
        [ -x "$candidate" ] || continue
        major=$(major_of "$candidate")
        if [ -n "$major" ] && [ "$major" -ge "$MAJOR" ]; then
            dirname "$candidate"
            return 0
        fi
    done
    return 1
}

# write_wrapper <command>, its script on stdin.
write_wrapper() {
    cat >"$STAGING/bin/$1"
    chmod +x "$STAGING/bin/$1"
}

# resolve <index> <package>...: "<package> <filename> <sha256>" for each, as the index lists them now (the pool
# drops the files of old point releases).
resolve() {
    local index=$1
    shift
    xz -dc "$index" | awk -v wanted="$*" '
        BEGIN { n = split(wanted, list, " ") }
        /^Package: / { package = $2 }
        /^Filename: / { file[package] = $2 }
        /^SHA256: / { sum[package] = $2 }
        END { for (i = 1; i <= n; i++) print list[i], (list[i] in file ? file[list[i]] " " sum[list[i]] : "- -") }'
}

unpack_debian_tools() {
    local downloads="$STAGING/downloads" index package file sum
    mkdir -p "$downloads" "$STAGING/root"
    index="$downloads/Packages.xz"
    echo "Fetching the PostgreSQL $MAJOR client tools of Debian $SUITE from $MIRROR"
    curl -fsS --retry 3 -o "$index" "$MIRROR/dists/$SUITE/main/binary-amd64/Packages.xz" ||
        fail "could not download the $SUITE package index from $MIRROR"
    while read -r package file sum; do
        [ "$file" != "-" ] || fail "the $SUITE package index lists no $package"
        curl -fsS --retry 3 -o "$downloads/$package.deb" "$MIRROR/$file" ||
            fail "could not download $MIRROR/$file"
        echo "$sum  $downloads/$package.deb" | sha256sum --check --quiet - ||
            fail "$file does not have the SHA-256 sum its package index gives ($sum)"
        dpkg-deb -x "$downloads/$package.deb" "$STAGING/root" || fail "could not unpack $file"
    done < <(resolve "$index" "${PACKAGES[@]}" "postgresql-client-$MAJOR")
    rm -rf "$downloads"
    for command in "${COMMANDS[@]}"; do
        write_wrapper "$command" <<EOF
#!/usr/bin/env bash
# PostgreSQL $MAJOR's $command from Debian $SUITE, run by that release's dynamic loader, its own libraries first.
HERE=\$(cd "\$(dirname "\$0")/.." && pwd)
LIB="\$HERE/root/usr/lib/x86_64-linux-gnu"
exec "\$LIB/ld-linux-x86-64.so.2" --library-path "\$LIB:/usr/lib/x86_64-linux-gnu" \\
    "\$HERE/root/usr/lib/postgresql/$MAJOR/bin/$command" "\$@"
EOF
    done
}

link_own_tools() {
    local folder=$1
    echo "Using this machine's PostgreSQL client tools in $folder"
    for command in "${COMMANDS[@]}"; do
        printf '#!/usr/bin/env bash\nexec "%s" "$@"\n' "$folder/$command" | write_wrapper "$command"
    done
}

installed && exit 0

mkdir -p "$ROOT/.local"
STAGING=$(mktemp -d "$ROOT/.local/pg-tools.XXXXXX")
trap 'rm -rf "$STAGING"' EXIT
mkdir -p "$STAGING/bin"
if folder=$(own_tools); then
    link_own_tools "$folder"
else
    [ "$(uname -m)" = x86_64 ] ||
        fail "install PostgreSQL $MAJOR's client tools (pg_dump, pg_restore, psql): only x86_64 machines get them here"
    for tool in curl xz sha256sum dpkg-deb; do
        command -v "$tool" >/dev/null 2>&1 || fail "installing PostgreSQL's client tools needs $tool"
    done
    unpack_debian_tools
fi
echo "$MAJOR" >"$STAGING/major"
for command in "${COMMANDS[@]}"; do
    version=$("$STAGING/bin/$command" --version 2>&1) || fail "$command does not run here: $version"
done
# A build beside this one may have installed them meanwhile; either copy serves.
rm -rf "$TOOLS"
mv "$STAGING" "$TOOLS"
trap - EXIT
echo "Installed $("$BIN/pg_dump" --version) in $BIN"
