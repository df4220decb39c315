#!/usr/bin/env bash
# Customer list/search load test: wrk against a running AutoSales on PostgreSQL filled by generate.sql.
#   BASE=http://localhost:8090 DURATION=30s bash bench/customers/run.sh
# Logs in four roles over the API (consultant1 OWN, salesmanager DEPARTMENT, gm STORE, admin ALL) and runs
# bench/customers/search.lua at 10, 50 and 100 connections.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8090}
DURATION=${DURATION:-30s}
token() {
  curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"${PASSWORD:-Demo@2026}\"}" \
    | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])'
}
TOKENS=""
for user in ${USERS:-consultant1 consultant2 salesmanager gm admin}; do TOKENS="$TOKENS $(token "$user")"; done
export TOKENS
echo "warm-up"; wrk -t2 -c10 -d10s -s search.lua "$BASE" > /dev/null
for c in ${CONNECTIONS:-10 50 100}; do
  printf '%3d users: ' "$c"
  wrk -t2 -c"$c" -d"$DURATION" --timeout 10s -s search.lua "$BASE" | tail -1
done
