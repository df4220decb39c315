#!/usr/bin/env bash
# Customer import of ROWS rows through the API (dry run + accept), next to a plain COPY of the same rows.
#   bash bench/import/run.sh                      # as root; ROWS=1000000 FILES=4 by default
# Options: JAR (default target/autosales-*.jar), PORT=8095, DB=autosales_import, START_APP=0 to use an app already
# running on PORT against DB, KEEP=1 to leave the app and database (default: stop the app, drop the database),
# DROP_INDEX=name drops that index of the customer table before the import (a what-if; the COPY then has it missing too).
#
# 1. creates the database DB (owner autosales) and starts its own app on PORT (-Xmx1g, pool 5, GC log); waits for
#    "Demo data created";
# 2. writes ROWS rows in FILES .xlsx files (make_xlsx.py: the template's Chinese headers, unique mobiles). One file
#    cannot hold 1,000,000 rows: the upload limit is 20 MB (about 680,000 rows of this layout), and POI refuses a
#    sheet whose XML unzips to more than 100,000,000 bytes (about 330,000 rows here; the upload answers 422
#    "unreadable"), so the rows go in four files of 250,000;
# 3. as gm (the demo store's general manager, who may import): per file, POST /api/v1/customers/imports (the dry
#    run starts at once) and poll until CHECKED, POST …/accept with If-Match and poll until IMPORTED; times each
#    phase (poll every second) and checks the customer count grew by the valid rows;
# 4. stops the app, exports the imported customer rows (every column the import wrote) with \copy, and times a COPY
#    of the same rows into an empty copy of the customer table with the same 16 indexes and 3 foreign keys
#    (copy.sh; median of COPY_RUNS);
# 5. prints the figures and the app's heap after GC (from the GC log).
set -euo pipefail
cd "$(dirname "$0")"
ROWS=${ROWS:-1000000}
FILES=${FILES:-4}
PORT=${PORT:-8095}
DB=${DB:-autosales_import}
BASE=http://localhost:$PORT
JAR=${JAR:-$(ls ../../target/autosales-*.jar 2>/dev/null | head -1 || true)}
WORK=${WORK:-/tmp/import-bench}
COPY_RUNS=${COPY_RUNS:-3}
export PGPASSWORD=autosales
PSQL="psql -h localhost -U autosales -d $DB -v ON_ERROR_STOP=1 -Atq"
mkdir -p "$WORK"
log() { echo "[import $(date -u +%T)] $*"; }

if [ "${START_APP:-1}" = 1 ]; then
  su postgres -c "createdb -O autosales $DB"
  AUTOSALES_DB_POOL=5 SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB SPRING_DATASOURCE_USERNAME=autosales \
    SPRING_DATASOURCE_PASSWORD=autosales SERVER_PORT=$PORT \
    nohup java -Xmx1g -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" > "$WORK/app.log" 2>&1 &
  echo $! > "$WORK/app.pid"
  log "app starting on :$PORT (pid $(cat "$WORK/app.pid"))"
  until grep -q "Demo data created" "$WORK/app.log"; do sleep 5; done
fi
APP_PID=$(cat "$WORK/app.pid")
if [ -n "${DROP_INDEX:-}" ]; then
  $PSQL -c "drop index $DROP_INDEX"
  log "what-if: index $DROP_INDEX dropped"
fi
stop_app() { # SIGTERM (graceful), SIGKILL after 60 s
  kill "$APP_PID" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$APP_PID" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$APP_PID" 2>/dev/null || true
}

per=$(( (ROWS + FILES - 1) / FILES ))
LIST=()
for ((f = 0; f < FILES; f++)); do
  n=$per; [ $(( (f + 1) * per )) -gt "$ROWS" ] && n=$(( ROWS - f * per ))
  [ -f "$WORK/customers-$f-$n.xlsx" ] || python3 make_xlsx.py "$n" "$WORK/customers-$f-$n.xlsx" $(( f * per ))
  LIST+=("$WORK/customers-$f-$n.xlsx")
done
ls -l "${LIST[@]}"

TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"gm","password":"Demo@2026"}' | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])')
OWNER=$($PSQL -c "select employee_id from app_user where username = 'consultant1'")
BEFORE=$($PSQL -c "select count(*) from customer")
MAXID=$($PSQL -c "select coalesce(max(id), 0) from customer")
log "customers before: $BEFORE (max id $MAXID); default owner employee $OWNER"
json() { python3 -c "import sys, json; d = json.load(sys.stdin); d = d.get('job', d); print($1)"; }
wait_for() { # job status; prints seconds
  local id=$1 want=$2 t0=$3 s
  while true; do
    s=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/customers/imports/$id" | json 'd["status"], d["rowsRead"], d["importedRows"]')
    case "$s" in "$want "*) break ;; FAILED*) log "job $id FAILED" >&2; return 1 ;; esac
    sleep 1
  done
  echo "$(date +%s.%N) - $t0" | bc
}
VALID=0; DRY=0; IMP=0
for file in "${LIST[@]}"; do
  t0=$(date +%s.%N)
  job=$(curl -sf -H "Authorization: Bearer $TOKEN" -F "file=@$file" -F "defaultOwnerEmployeeId=$OWNER" \
    "$BASE/api/v1/customers/imports" | json 'd["id"]')
  up=$(echo "$(date +%s.%N) - $t0" | bc)
  dry=$(wait_for "$job" CHECKED "$t0")
  read -r valid errors dups version < <(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/customers/imports/$job" \
    | json 'd["validRows"], d["errorRows"], d["duplicateRows"], d["version"]')
  log "$(basename "$file"): job $job, upload ${up}s, dry run done after ${dry}s: $valid valid, $errors errors, $dups duplicates"
  t1=$(date +%s.%N)
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H "If-Match: \"$version\"" \
    "$BASE/api/v1/customers/imports/$job/accept"
  imp=$(wait_for "$job" IMPORTED "$t1")
  log "$(basename "$file"): imported after ${imp}s ($(curl -sf -H "Authorization: Bearer $TOKEN" \
    "$BASE/api/v1/customers/imports/$job" | json 'd["importedRows"], "imported,", d["skippedRows"], "skipped"'))"
  VALID=$((VALID + valid)); DRY=$(echo "$DRY + $dry" | bc); IMP=$(echo "$IMP + $imp" | bc)
done
AFTER=$($PSQL -c "select count(*) from customer")
log "customers after: $AFTER (+$((AFTER - BEFORE)), valid rows $VALID)"
[ $((AFTER - BEFORE)) -eq "$VALID" ] || { log "count mismatch"; exit 1; }
log "heap after GC, max over the run: $(grep -o 'Pause[^>]*->[0-9]*M' "$WORK/gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1) MB"

stop_app
log "app stopped; COPY of the same rows"
COLS="id, store_id, owner_employee_id, kind, name, phone, lifecycle, grade, created_at, updated_at, version, name_pinyin, name_initials, phone_normalized, last_contact_at, last_deal_at, status, merged_into_id"
$PSQL -c "\\copy (select $COLS from customer where id > $MAXID order by id) to '$WORK/customers.csv' with (format csv)"
COPY_MS=$(bash copy.sh "$DB" "$WORK/customers.csv" "$COPY_RUNS")
TOTAL=$(echo "$DRY + $IMP" | bc)
echo
echo "rows: $ROWS in $FILES files, valid $VALID"
printf 'import: dry run %.1f s + import %.1f s = %.1f s (%.0f rows/s)\n' "$DRY" "$IMP" "$TOTAL" "$(echo "$VALID / $TOTAL" | bc -l)"
printf 'COPY (median of %d): %.1f s (%.0f rows/s)\n' "$COPY_RUNS" "$(echo "$COPY_MS / 1000" | bc -l)" "$(echo "$VALID / ($COPY_MS / 1000)" | bc -l)"
printf 'import / COPY: %.1fx (import phase alone %.1fx)\n' "$(echo "$TOTAL / ($COPY_MS / 1000)" | bc -l)" "$(echo "$IMP / ($COPY_MS / 1000)" | bc -l)"
if [ "${KEEP:-0}" != 1 ]; then
  su postgres -c "dropdb $DB"
  log "database $DB dropped"
fi
