#!/usr/bin/env bash
# The local stack of Accord without containers: PostgreSQL, Kafka and an SMTP server that keeps what it receives
# (real servers run from Maven artifacts), Keycloak (its distribution from Maven Central) and the packaged application.
#
#   stack.sh up | app | down | status
#
# ACCORD_INSTANCES=n (make run INSTANCES=n) starts n instances of the application on the same database, broker and
# Keycloak, on consecutive ports from 8080 (management from 9000); `down` stops every instance that runs.
#
# Everything lives under .local/ (git-ignored): the Keycloak distribution, data, logs and pid files.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
LOCAL="$ROOT/.local"
RUN="$LOCAL/run"
LOGS="$LOCAL/logs"
STATE="$LOCAL/state"

HTTP_PORT=${ACCORD_HTTP_PORT:-8080}
INSTANCES=${ACCORD_INSTANCES:-1}
MANAGEMENT_PORT=${ACCORD_MANAGEMENT_PORT:-9000}
POSTGRES_PORT=${ACCORD_POSTGRES_PORT:-15432}
KAFKA_PORT=${ACCORD_KAFKA_PORT:-19092}
# 1 (one broker) or 3 (a cluster: brokers on KAFKA_PORT, +2, +4, each with its controller on the port after); by
# default as many as the local data was made with, else 1
KAFKA_BROKERS=${ACCORD_KAFKA_BROKERS:-}
SMTP_PORT=${ACCORD_SMTP_PORT:-13025}
MAILBOX_PORT=${ACCORD_MAILBOX_PORT:-13080}
KEYCLOAK_PORT=${ACCORD_KEYCLOAK_PORT:-18180}
KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.5.6}
KEYCLOAK_HOME="$LOCAL/keycloak-$KEYCLOAK_VERSION"
JAVA_HOME=${JAVA_HOME:?JAVA_HOME must point to a JDK 21+ (the Makefile finds one)}
JAVA="$JAVA_HOME/bin/java"

mkdir -p "$RUN" "$LOGS" "$STATE"

say() { printf '%s\n' "$*"; }
fail() {
    printf 'accord: %s\n' "$1" >&2
    [ $# -gt 1 ] && printf '        log: %s\n' "$2" >&2
    exit 1
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running() {
    local pid_file="$RUN/$1.pid"
    [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null
}

require_free_port() {
    local port=$1 variable=$2 what=$3
    if port_in_use "$port"; then
        fail "port $port for $what is taken by another program; free it or choose another with $variable=<port>"
    fi
}

# wait_for <name> <seconds> <log> <check command...>: dots while waiting, a clear failure when it does not come up.
wait_for() {
    local name=$1 seconds=$2 log=$3
    shift 3
    printf 'Waiting for %s ' "$name"
    for ((i = 0; i < seconds; i++)); do
        if "$@" >/dev/null 2>&1; then
            printf ' ready\n'
            return 0
        fi
        if ! running "$name"; then
            printf ' stopped\n'
            fail "$name stopped while starting" "$log"
        fi
        printf '.'
        sleep 1
    done
    printf ' timed out\n'
    fail "$name did not come up within ${seconds}s" "$log"
}

start_background() {
    local name=$1 log=$2
    shift 2
    # Emptied before the start, so that waiting for a line of the log never reads one left by the previous run.
    : >"$log"
    nohup "$@" >>"$log" 2>&1 </dev/null &
    echo $! >"$RUN/$name.pid"
}

http_ok() { curl -fsS -o /dev/null "$1"; }

# pg_ctl detaches PostgreSQL from the datastores process, so a datastores process killed with SIGKILL leaves it running
# on the port and the data directory. SIGINT is PostgreSQL's fast shutdown, which does not wait for connected clients.
stop_orphaned_postgres() {
    local data="$STATE/postgres" pid args
    [ -f "$data/postmaster.pid" ] || return 0
    pid=$(head -n 1 "$data/postmaster.pid")
    args=$(ps -o args= -p "$pid" 2>/dev/null) || return 0
    [[ "$args " == *" -D $data "* ]] || return 0
    printf 'Stopping the PostgreSQL left running by a killed datastores process '
    kill -INT "$pid"
    for ((i = 0; i < 60; i++)); do
        [ -f "$data/postmaster.pid" ] || break
        printf '.'
        sleep 1
    done
    printf ' stopped\n'
}

# The brokers `make up` started, and their addresses: the application is given all of them.
running_brokers() { cat "$RUN/kafka.brokers" 2>/dev/null || echo 1; }
bootstrap_servers() {
    local servers="localhost:$KAFKA_PORT"
    for ((i = 1; i < $(running_brokers); i++)); do servers+=",localhost:$((KAFKA_PORT + 2 * i))"; done
    echo "$servers"
}

# A single broker's log lies in .local/state/kafka, a cluster's in one folder per node below it; neither can become
# the other (LocalStack refuses too).
kafka_brokers_in_state() {
    if [ -f "$STATE/kafka/meta.properties" ]; then echo 1; elif [ -d "$STATE/kafka/node-1" ]; then echo 3; else echo 0; fi
}

check_kafka_brokers() {
    local before
    before=$(kafka_brokers_in_state)
    if [ -z "$KAFKA_BROKERS" ]; then
        KAFKA_BROKERS=$before
        [ "$KAFKA_BROKERS" != 0 ] || KAFKA_BROKERS=1
    fi
    [[ "$KAFKA_BROKERS" == 1 || "$KAFKA_BROKERS" == 3 ]] || fail "KAFKA_BROKERS must be 1 or 3, not '$KAFKA_BROKERS'"
    if [[ "$before" != 0 && "$before" != "$KAFKA_BROKERS" ]]; then
        fail "the Kafka data in $STATE/kafka belongs to $before broker(s), not $KAFKA_BROKERS; start with \
KAFKA_BROKERS=$before, or delete the local data with 'make reset' and start again"
    fi
}

start_data_services() {
    check_kafka_brokers
    if running datastores; then
        [[ "$(running_brokers)" == "$KAFKA_BROKERS" ]] ||
            fail "Kafka is running with $(running_brokers) broker(s); 'make down' first to start $KAFKA_BROKERS"
        say "PostgreSQL, Kafka and the SMTP server are already running."
        return
    fi
    stop_orphaned_postgres
    require_free_port "$POSTGRES_PORT" ACCORD_POSTGRES_PORT PostgreSQL
    for ((i = 0; i < KAFKA_BROKERS; i++)); do
        require_free_port "$((KAFKA_PORT + 2 * i))" ACCORD_KAFKA_PORT "Kafka broker $((i + 1))"
        require_free_port "$((KAFKA_PORT + 2 * i + 1))" ACCORD_KAFKA_PORT "the controller of Kafka broker $((i + 1))"
    done
    require_free_port "$SMTP_PORT" ACCORD_SMTP_PORT "the SMTP server"
    require_free_port "$MAILBOX_PORT" ACCORD_MAILBOX_PORT "the SMTP server's mailbox"
    local classpath_file="$LOCAL/stack.classpath"
    [ -f "$classpath_file" ] || fail "missing $classpath_file; run 'make up' rather than this script"
    echo "$KAFKA_BROKERS" >"$RUN/kafka.brokers"
    start_background datastores "$LOGS/datastores.log" "$JAVA" "-Xmx$((512 + 256 * KAFKA_BROKERS))m" \
        -cp "$(cat "$classpath_file")" org.accord.testing.stack.LocalStack "$STATE" "$POSTGRES_PORT" "$KAFKA_PORT" \
        "$SMTP_PORT" "$MAILBOX_PORT" "$KAFKA_BROKERS"
    wait_for datastores 120 "$LOGS/datastores.log" grep -q "LOCAL STACK READY" "$LOGS/datastores.log"
}

start_keycloak() {
    if running keycloak; then
        say "Keycloak is already running."
        return
    fi
    [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || fail "no Keycloak at $KEYCLOAK_HOME; run 'make up' rather than this script"
    require_free_port "$KEYCLOAK_PORT" ACCORD_KEYCLOAK_PORT Keycloak
    mkdir -p "$KEYCLOAK_HOME/data/import" "$STATE/keycloak"
    # The demo realm: the production realm with the demo's users, password-grant client and client secrets.
    "$JAVA" -cp "$(cat "$LOCAL/stack.classpath")" org.accord.testing.DemoRealm "$ROOT/deploy/keycloak/accord-realm.json" \
        "$ROOT/deploy/keycloak/demo/accord-realm-demo.json" "$KEYCLOAK_HOME/data/import/accord-realm.json"
    JAVA_HOME="$JAVA_HOME" \
        KC_DB=dev-file \
        KC_DB_URL="jdbc:h2:file:$STATE/keycloak/keycloakdb;NON_KEYWORDS=VALUE" \
        KC_BOOTSTRAP_ADMIN_USERNAME=admin \
        KC_BOOTSTRAP_ADMIN_PASSWORD=admin-local-demo \
        JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
        JAVA_OPTS_APPEND="--add-opens=java.base/java.lang=ALL-UNNAMED" \
        start_background keycloak "$LOGS/keycloak.log" \
        "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port="$KEYCLOAK_PORT" --import-realm
    wait_for keycloak 300 "$LOGS/keycloak.log" \
        http_ok "http://localhost:$KEYCLOAK_PORT/realms/accord/.well-known/openid-configuration"
}

# Instance n (1, 2, ...) listens on HTTP_PORT + n - 1 and MANAGEMENT_PORT + n - 1; the first is named app, as when it
# runs alone, the others app-<n>.
app_name() { if [ "$1" -eq 1 ]; then echo app; else echo "app-$1"; fi; }

start_apps() {
    [[ "$INSTANCES" =~ ^[1-9][0-9]*$ ]] || fail "INSTANCES must be a whole number from 1 (got '$INSTANCES')"
    local jar="$ROOT/modules/app/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] || fail "the application is not built ($jar); run 'make run'"
    # The public log's signing key: a local demo key, made once and kept with the stack's data.
    local log_key
    log_key=${ACCORD_TRANSPARENCY_SIGNING_KEY:-$("$JAVA" -cp "$(cat "$LOCAL/stack.classpath")" \
        org.accord.testing.LogSigningKey "$STATE/demo-transparency-signing-key")}
    # One after another: the first makes the demo's bundle signing keystore that the others then read.
    for ((n = 1; n <= INSTANCES; n++)); do
        start_app "$n" "$jar" "$log_key"
    done
}

start_app() {
    local n=$1 jar=$2 log_key=$3 name http_port management_port
    name=$(app_name "$n")
    http_port=$((HTTP_PORT + n - 1))
    management_port=$((MANAGEMENT_PORT + n - 1))
    if running "$name"; then
        say "Accord instance $n is already running."
        return
    fi
    require_free_port "$http_port" ACCORD_HTTP_PORT "Accord instance $n"
    require_free_port "$management_port" ACCORD_MANAGEMENT_PORT "the management interface of Accord instance $n"
    # The demo profile holds the secrets of the demo realm, the same for every instance; production takes them from
    # the environment. Only the first instance seeds the demo data.
    QUARKUS_PROFILE=demo ACCORD_HTTP_PORT="$http_port" ACCORD_MANAGEMENT_PORT="$management_port" \
        ACCORD_POSTGRES_PORT="$POSTGRES_PORT" ACCORD_KAFKA_BOOTSTRAP_SERVERS="$(bootstrap_servers)" \
        ACCORD_SMTP_PORT="$SMTP_PORT" ACCORD_DEMO_MAILBOX="http://127.0.0.1:$MAILBOX_PORT/messages" \
        ACCORD_KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT" \
        ACCORD_DEMO=$([ "$n" -eq 1 ] && echo true || echo false) ACCORD_MEMBERSHIP_INITIAL_PASSWORD=accord-demo \
        ACCORD_SIGNING_KEYSTORE="${ACCORD_SIGNING_KEYSTORE:-$STATE/demo-bundle-signing.p12}" \
        ACCORD_TRANSPARENCY_SIGNING_KEY="$log_key" \
        start_background "$name" "$LOGS/$name.log" "$JAVA" "@$ROOT/deploy/app/jvm.options" -jar "$jar"
    wait_for "$name" 120 "$LOGS/$name.log" http_ok "http://localhost:$management_port/q/health/ready"
}

# Every instance that is running, by name, whatever INSTANCES says now.
app_names() {
    local pid_file
    for pid_file in "$RUN"/app.pid "$RUN"/app-*.pid; do
        [ -f "$pid_file" ] && basename "$pid_file" .pid
    done
    return 0
}

stop() {
    local name=$1 pid_file="$RUN/$1.pid"
    if running "$name"; then
        local pid
        pid=$(cat "$pid_file")
        printf 'Stopping %s ' "$name"
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 60; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            printf '.'
            sleep 1
        done
        if kill -0 "$pid" 2>/dev/null; then
            pkill -KILL -P "$pid" 2>/dev/null || true
            kill -KILL "$pid" 2>/dev/null || true
        fi
        printf ' stopped\n'
    fi
    rm -f "$pid_file"
}

status() {
    for name in datastores keycloak; do
        if running "$name"; then say "$name: running (pid $(cat "$RUN/$name.pid"))"; else say "$name: stopped"; fi
    done
    local names
    names=$(app_names)
    [ -n "$names" ] || names=app
    for name in $names; do
        if running "$name"; then say "$name: running (pid $(cat "$RUN/$name.pid"))"; else say "$name: stopped"; fi
    done
    if running datastores; then say "Kafka: $(running_brokers) broker(s) at $(bootstrap_servers)"; fi
}

case "${1:-}" in
up)
    start_data_services
    start_keycloak
    say "Local stack is up: PostgreSQL localhost:$POSTGRES_PORT, Kafka $(bootstrap_servers), SMTP localhost:$SMTP_PORT,"
    say "Keycloak http://localhost:$KEYCLOAK_PORT"
    ;;
app)
    start_apps
    say ""
    for ((n = 1; n <= INSTANCES; n++)); do
        say "Accord instance $n is running at http://localhost:$((HTTP_PORT + n - 1))" \
            "(health, metrics and Swagger UI: http://localhost:$((MANAGEMENT_PORT + n - 1))/q)"
    done
    say "Sign in as ada (admin), mo (moderator), eli (editor), liv (liaison) or uma, ula, ucs, emi, eva, ecs (members);"
    say "every demo password is accord-demo. Demo mail: sign in as an admin and open /admin/mail."
    say "Logs: $LOGS. Stop everything with 'make down'."
    ;;
down)
    for name in $(app_names); do
        stop "$name"
    done
    stop keycloak
    stop datastores
    rm -f "$RUN/kafka.brokers"
    stop_orphaned_postgres
    ;;
status) status ;;
*)
    echo "usage: $0 up | app | down | status" >&2
    exit 2
    ;;
esac
