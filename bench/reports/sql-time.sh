#!/usr/bin/env bash
# The report against ALL its own SQL: PostgreSQL logs every statement of the measured app with its duration, and for
# each timed API call the durations logged during the call (parse + bind + execute of every statement the report ran,
# as the server measured them) are added up. The ratio is the report's time over the time PostgreSQL spent on its
# queries. Run as root (reads the server log). So that only the measured app is logged, it signs in to the database
# as its own login role, which has the option set (connections read it when they open, so set it before starting):
#   su postgres -c "psql -c \"create role autosales_log login password 'autosales' inherit in role autosales\" \
#     -c 'alter role autosales_log in database autosales_bench set log_min_duration_statement = 0'"
#   SPRING_DATASOURCE_USERNAME=autosales_log SERVER_PORT=8098 ... java -jar target/autosales-0.1.0-SNAPSHOT.jar
# Writing the log costs the logged app time on every statement (not counted in the durations), so the report's own time
# is taken from a second app on the same database that is not logged (PLAIN_BASE, signed in as autosales); the logged
# app's time is shown too. Then
#   PLAIN_BASE=http://localhost:8097 BASE=http://localhost:8098 DB=autosales_bench DB_USER=autosales_log \
#     bash bench/reports/sql-time.sh
# and afterwards: drop role autosales_log (after stopping that app)
set -uo pipefail
BASE=${BASE:-http://localhost:8098}
PLAIN_BASE=${PLAIN_BASE:-http://localhost:8097}
DB=${DB:-autosales_bench}
DB_USER=${DB_USER:-autosales_log}
N=${N:-5}
LOG=${LOG:-/var/log/postgresql/postgresql-15-main.log}
MONTH=${MONTH:-2026-11-01}
DAY=${DAY:-2026-11-30}
if [ "$(PGPASSWORD=${PGPASSWORD:-autosales} psql -h localhost -U "$DB_USER" -Atc 'show log_min_duration_statement' "$DB")" != 0 ]; then
  echo "set log_min_duration_statement = 0 for $DB_USER in $DB and start the app as $DB_USER (see the top of this script)" >&2; exit 2
fi
token() {
  curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"${PASSWORD:-Demo@2026}\"}" \
    | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])'
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print a[int((NR + 1) / 2)]}'; }
declare -A TOKEN=([gm]=$(token gm) [admin]=$(token admin))
declare -A PLAIN_TOKEN=([gm]=$(BASE=$PLAIN_BASE token gm) [admin]=$(BASE=$PLAIN_BASE token admin))
plain_ms() { # token url -> median ms of N calls after three warm-ups
  for _ in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $1" "$2"; done
  for _ in $(seq "$N"); do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $1" "$2"; done \
    | awk '{printf "%.1f\n", $1 * 1000}' | median
}
one_call() { # token url -> "report_ms sql_ms statements"
  local before after ms
  before=$(wc -l < "$LOG")
  ms=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $1" "$2" | awk '{printf "%.1f", $1 * 1000}')
  sleep 0.3 # the log is written asynchronously
  after=$(wc -l < "$LOG")
  sed -n "$((before + 1)),${after}p" "$LOG" | grep " $DB_USER@$DB " | grep -o 'duration: [0-9.]* ms  [a-z]*' \
    | awk -v ms="$ms" '{sum += $2; if ($4 == "execute") n++} END {printf "%s %.1f %d\n", ms, sum, n}'
}
printf '| report | scope | report ms | report ms, logged app | its SQL ms | statements | ratio |\n|---|---|---:|---:|---:|---:|---:|\n'
while read -r code period date; do
  [ -z "$code" ] && continue
  for user in gm admin; do
    url="$BASE/api/v1/reports/$code?period=$period&date=$date"
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${TOKEN[$user]}" "$url")
    if [ "$status" != 200 ]; then printf '| %s %s | %s | HTTP %s | | | | |\n' "$code" "$period" "$user" "$status"; continue; fi
    for _ in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer ${TOKEN[$user]}" "$url"; done
    runs=$(for _ in $(seq "$N"); do one_call "${TOKEN[$user]}" "$url"; done)
    logged=$(echo "$runs" | awk '{print $1}' | median)
    sql=$(echo "$runs" | awk '{print $2}' | median)
    statements=$(echo "$runs" | awk '{print $3}' | median)
    report=$(plain_ms "${PLAIN_TOKEN[$user]}" "${url/$BASE/$PLAIN_BASE}")
    ratio=$(awk -v a="$report" -v s="$sql" 'BEGIN { if (s > 0) printf "%.1f×", a / s; else print "–" }')
    printf '| %s %s | %s | %s | %s | %s | %s | %s |\n' "$code" "$period" "$user" "$report" "$logged" "$sql" "$statements" "$ratio"
  done
done <<LIST
sales-summary DAY $DAY
sales-summary MONTH $MONTH
sales-analysis MONTH $MONTH
customer-composition MONTH $MONTH
lead-source-roi MONTH $MONTH
funnel-conversion MONTH $MONTH
target-attainment MONTH $MONTH
receivables-ageing DAY $DAY
stock-ageing DAY $DAY
ranking MONTH $MONTH
LIST
