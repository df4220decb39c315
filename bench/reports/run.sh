#!/usr/bin/env bash
# Report timings: each report over the API (curl %{time_total} on localhost ≈ server time; WARMUP untimed calls, then the
# median of N) for gm (STORE: the demo store) and admin (ALL: the group), next to the report's heaviest query run as raw SQL
# in psql (sql/<code>.sql, the median of N \timing runs after a warm-up, rows sent to /dev/null).
#   BASE=http://localhost:8097 DB=autosales_bench bash bench/reports/run.sh
set -uo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8090}
DB=${DB:-autosales_bench}
N=${N:-5}
WARMUP=${WARMUP:-3}   # untimed calls first (the first one also checks the status)
MONTH=${MONTH:-2026-11-01}
DAY=${DAY:-2026-11-30}
DEMO_STORE=$(PGPASSWORD=${PGPASSWORD:-autosales} psql -h localhost -U autosales -Atc "select id from org_unit where code = 'SH-PD-4S'" "$DB")
token() {
  curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"${PASSWORD:-Demo@2026}\"}" \
    | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])'
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print a[int((NR + 1) / 2)]}'; }
api_ms() { # token url -> median ms, or the HTTP status of a refusal
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $1" "$2")
  if [ "$status" != 200 ]; then echo "HTTP $status"; return; fi
  for _ in $(seq $((WARMUP - 1))); do curl -s -o /dev/null -H "Authorization: Bearer $1" "$2"; done
  for _ in $(seq "$N"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $1" "$2"
  done | awk '{printf "%.0f\n", $1 * 1000}' | median
}
sql_ms() { # file store -> median ms
  local runs
  runs=$( { echo '\o /dev/null'; echo '\timing on'; for _ in $(seq $((N + 1))); do echo "\\i $1"; done; } \
    | PGPASSWORD=${PGPASSWORD:-autosales} psql -h localhost -U autosales -q -v store="$2" "$DB" 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
  echo "$runs" | tail -n +2 | awk '{printf "%.1f\n", $1}' | median
}
declare -A TOKEN=([gm]=$(token gm) [admin]=$(token admin))
printf '| report | scope | report ms | raw SQL ms | ratio |\n|---|---|---:|---:|---:|\n'
while read -r code period date sql; do
  [ -z "$code" ] && continue
  for user in gm admin; do
    store=$([ "$user" = gm ] && echo "$DEMO_STORE" || echo null)
    api=$(api_ms "${TOKEN[$user]}" "$BASE/api/v1/reports/$code?period=$period&date=$date")
    raw=$(sql_ms "sql/$sql.sql" "$store")
    ratio=$(awk -v a="$api" -v r="$raw" 'BEGIN { if (a ~ /^[0-9]+$/ && r > 0) printf "%.1f×", a / r; else print "–" }')
    printf '| %s %s | %s | %s | %s | %s |\n' "$code" "$period" "$user" "$api" "$raw" "$ratio"
  done
done <<LIST
sales-summary DAY $DAY sales-summary-DAY
sales-summary MONTH $MONTH sales-summary-MONTH
sales-analysis MONTH $MONTH sales-analysis
customer-composition MONTH $MONTH customer-composition
lead-source-roi MONTH $MONTH lead-source-roi
funnel-conversion MONTH $MONTH funnel-conversion
target-attainment MONTH $MONTH target-attainment
receivables-ageing DAY $DAY receivables-ageing
stock-ageing DAY $DAY stock-ageing
ranking MONTH $MONTH ranking
LIST
