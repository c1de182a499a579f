#!/usr/bin/env bash
# Replays every dead letter through the running application, as an administrator, and prints each outcome.
#
#   ACCORD_ADMIN_USER (ada) and ACCORD_ADMIN_PASSWORD (the local demo password) name the administrator.
set -euo pipefail

HTTP_PORT=${ACCORD_HTTP_PORT:-8080}
KEYCLOAK_URL=${ACCORD_KEYCLOAK_URL:-http://localhost:${ACCORD_KEYCLOAK_PORT:-18180}}
ADMIN_USER=${ACCORD_ADMIN_USER:-ada}
# Local demo only: the demo users' password.
ADMIN_PASSWORD=${ACCORD_ADMIN_PASSWORD:-accord-demo}

token_response=$(curl -fsS -d grant_type=password -d client_id=accord-cli -d "username=$ADMIN_USER" \
    --data-urlencode "password=$ADMIN_PASSWORD" "$KEYCLOAK_URL/realms/accord/protocol/openid-connect/token") ||
    { echo "accord: could not sign in as $ADMIN_USER at $KEYCLOAK_URL; is the stack up ('make run')?" >&2; exit 1; }
token=$(printf '%s' "$token_response" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')

curl -fsS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    "http://localhost:$HTTP_PORT/api/admin/dead-letters/replay" ||
    { echo "accord: the replay request failed; see .local/logs/app.log" >&2; exit 1; }
echo
