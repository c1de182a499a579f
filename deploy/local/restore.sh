#!/usr/bin/env bash
# Restores a backup of backup.sh as Accord's database, whole or not at all.
#
#   restore.sh FILE
#
# The backup goes into a new database beside the target (<target>_restoring) in one transaction; its tables and row
# counts are checked against the backup file; only then does that database take the target's name, in one transaction
# with the old one stepping aside, and the old one is dropped. A damaged file, a failed check or a refusal leaves the
# target as it was. The target must have no connections (stop the application first); it need not exist.
# The database: see database.sh.
set -euo pipefail
# shellcheck source=deploy/local/database.sh
source "$(dirname "$0")/database.sh"

file=${1:-}
[ -n "$file" ] || fail "name the backup to restore: restore.sh FILE"
[[ -f "$file" && -r "$file" ]] || fail "no readable backup at $file"
toc=$("$PG_BIN/pg_restore" --list "$file" 2>&1) ||
    fail "$file is not a backup that pg_restore can read (${toc##*$'\n'}); database $DB_NAME is unchanged"

created=$(sed -n 's/^; Archive created at //p' <<<"$toc")
staging="${DB_NAME}_restoring"
replaced="${DB_NAME}_replaced"
# Commands that need no database of their own run in template1, which a restore never replaces.
admin() { sql template1 --set target="$DB_NAME" --set staging="$staging" --set replaced="$replaced"; }

clients=$(admin <<'SQL'
select count(*) || coalesce(': ' || string_agg(distinct coalesce(nullif(application_name, ''), 'a client')
       || ' from ' || coalesce(host(client_addr), 'this machine'), ', '), '')
  from pg_stat_activity where datname = :'target' and pid <> pg_backend_pid();
SQL
) || fail "cannot reach the PostgreSQL server of database $DB_NAME; is it up ('make up')?"
[ "${clients%%:*}" = 0 ] ||
    fail "database $DB_NAME is in use ($clients); stop the application first" \
        "('make down', then 'make up'), then restore"

drop_staging() { admin <<<'drop database if exists :"staging"' >/dev/null 2>&1 || true; }
drop_staging
admin <<'SQL' >/dev/null || fail "could not create database $staging for the restore"
select coalesce((select pg_get_userbyid(datdba) from pg_database where datname = :'target'), current_user) as owner
\gset
create database :"staging" template template0 owner :"owner";
SQL
trap drop_staging EXIT

echo "Restoring $file into a new database beside $DB_NAME"
"$PG_BIN/pg_restore" --exit-on-error --single-transaction --no-password --dbname="$(database_uri "$staging")" \
    "$file" || fail "the restore of $file failed and was rolled back; database $DB_NAME is unchanged"

# Rows per table in the backup (the COPY blocks of its data) and in the restored database, "<table><tab><rows>".
expected=$("$PG_BIN/pg_restore" --data-only --file=- "$file" |
    awk -v OFS='\t' '/^COPY / { table = substr($0, 6); sub(/ FROM stdin;$/, "", table); sub(/ \(.*\)$/, "", table)
                                rows = 0; copying = 1; next }
                     copying && /^\\\.$/ { print table, rows; copying = 0; next }
                     copying { rows++ }' | sort) || fail "could not read the rows of $file back"
counts_sql=$(awk -F '\t' '{ literal = $1; gsub(/\047/, "\047\047", literal)
                            printf "%sselect \047%s\047, count(*) from %s", (NR > 1 ? " union all " : ""),
                                   literal, $1 }' <<<"$expected")
actual=$(sql "$staging" --field-separator $'\t' --command "${counts_sql:-select null where false}" | sort) ||
    fail "could not count the restored rows; database $DB_NAME is unchanged"
[ "$expected" = "$actual" ] || fail "the restored tables do not hold what $file holds; database $DB_NAME is unchanged
$(diff <(echo "$expected") <(echo "$actual") || true)"
history=$(sql "$staging" --field-separator ' ' --command \
    "select count(*), max(version) filter (where success), count(*) filter (where not success)
       from flyway_schema_history") || fail "the backup has no Flyway history; database $DB_NAME is unchanged"
read -r migrations version failed <<<"$history"
[ "$failed" = 0 ] ||
    fail "the backup's Flyway history records $failed failed migrations; database $DB_NAME is unchanged"

admin <<'SQL' >/dev/null || fail "database $DB_NAME could not be replaced (in use again?); it is unchanged"
select exists (select from pg_database where datname = :'target') as target_exists
\gset
begin;
\if :target_exists
alter database :"target" rename to :"replaced";
\endif
alter database :"staging" rename to :"target";
commit;
SQL
trap - EXIT
admin <<<'drop database if exists :"replaced"' >/dev/null ||
    echo "accord: the previous content is left in database $replaced; drop it when no longer needed" >&2

tables=$(wc -l <<<"$expected")
rows=$(awk '{ sum += $2 } END { print sum + 0 }' <<<"$expected")
echo "Restored database $DB_NAME from $file: $tables tables, $rows rows, as in the backup;"
echo "Flyway history of $migrations migrations, the latest version $version."
echo "Consumers resume from their offsets in Kafka, past every event sent so far: an event sent shortly before"
echo "$created that a module had not applied yet is delivered again only if its outbox row is marked unsent"
echo "(sent_at = null); the inboxes skip whatever was applied. Do not rewind the consumer groups: they would apply"
echo "events of changes this restore took back."
