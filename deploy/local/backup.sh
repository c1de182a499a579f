#!/usr/bin/env bash
# Dumps Accord's database (every module's schema, Flyway's history and the sequences) in pg_dump's custom format, from
# one snapshot, while the application keeps running.
#
#   backup.sh [FILE]    FILE defaults to backups/accord-<UTC time>.dump
#
# The database: see database.sh. ACCORD_BACKUP_SNAPSHOT dumps a snapshot another session exported
# (pg_export_snapshot()) and keeps open, so that it can read exactly what the backup holds.
set -euo pipefail
# shellcheck source=deploy/local/database.sh
source "$(dirname "$0")/database.sh"

file=${1:-$ROOT/backups/accord-$(date -u +%Y%m%dT%H%M%SZ).dump}
mkdir -p "$(dirname "$file")"
partial="$file.partial"
trap 'rm -f "$partial"' EXIT

"$PG_BIN/pg_dump" --format=custom --no-password --lock-wait-timeout=30s \
    ${ACCORD_BACKUP_SNAPSHOT:+--snapshot="$ACCORD_BACKUP_SNAPSHOT"} \
    --file="$partial" --dbname="$DB_URI" ||
    fail "pg_dump of database $DB_NAME failed (is the stack up? 'make up'); nothing was written to $file"
toc=$("$PG_BIN/pg_restore" --list "$partial") ||
    fail "the dump of database $DB_NAME cannot be read back; nothing was written to $file"
tables=$(grep -c ' TABLE DATA ' <<<"$toc" || true)
mv "$partial" "$file"
trap - EXIT

echo "Backed up database $DB_NAME ($tables tables, $(du -h "$file" | cut -f1)) to $file"
echo "Restore it with: make restore FILE=$file"
