# shellcheck shell=bash disable=SC2034
# Sourced by backup.sh and restore.sh: the database they work on and PostgreSQL's client tools for it.
#
# The database is the application's, named the same way: ACCORD_DB_URL (a jdbc:postgresql:// URL, or a postgresql://
# URI; by default the local stack's on ACCORD_POSTGRES_PORT), ACCORD_DB_USERNAME and ACCORD_DB_PASSWORD.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

fail() {
    printf 'accord: %s\n' "$*" >&2
    exit 1
}

"$ROOT/deploy/local/pg-tools.sh" >&2
PG_BIN="$ROOT/.local/pg-tools/bin"

DB_URI=${ACCORD_DB_URL:-jdbc:postgresql://localhost:${ACCORD_POSTGRES_PORT:-15432}/postgres}
DB_URI=${DB_URI#jdbc:}
[[ "$DB_URI" =~ ^postgres(ql)?://[^/]*/([^?]+)(\?.*)?$ ]] ||
    fail "ACCORD_DB_URL must name a database: jdbc:postgresql://host:port/database, not $DB_URI"
DB_NAME=${BASH_REMATCH[2]}
export PGUSER=${ACCORD_DB_USERNAME:-postgres}
[ -z "${ACCORD_DB_PASSWORD:-}" ] || export PGPASSWORD=$ACCORD_DB_PASSWORD
export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-10}
export PGAPPNAME=accord-${0##*/}

# The URI of another database on the same server.
database_uri() {
    local name=$1
    printf '%s' "${DB_URI%%\?*}" | sed "s|/[^/]*$|/$name|"
    [[ "$DB_URI" != *\?* ]] || printf '?%s' "${DB_URI#*\?}"
}

# psql on the given database: no .psqlrc, stop at the first error, bare values out.
sql() {
    local database=$1
    shift
    PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" --no-psqlrc --quiet --tuples-only --no-align \
        --set ON_ERROR_STOP=1 \
        --dbname "$(database_uri "$database")" "$@"
}
