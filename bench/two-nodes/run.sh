#!/usr/bin/env bash
# Two AutoSales nodes (8081, 8082) on one PostgreSQL database behind nginx (round robin), on this machine.
# Proves (issue 12):
#   1. a session logged in through node A works through node B and through nginx; logging out on B ends it on A;
#   2. a ShedLock-guarded cron job (payments collection, customer pool reclaim, both set to every 5 s) runs on
#      exactly one node per tick.
# Run as root from anywhere:  bash bench/two-nodes/run.sh      (PROOF_SECONDS=45, LB_PORT=8088 to change)
# Uses a throw-away database autosales_nodes (role autosales/autosales); never touches other databases.
# Exits non-zero on any failure; stops nginx and both nodes and drops autosales_nodes on exit.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
export LANG=C.UTF-8 LC_ALL=C.UTF-8

DB=autosales_nodes
PORT_A=8081
PORT_B=8082
LB_PORT=${LB_PORT:-8088}
PROOF_SECONDS=${PROOF_SECONDS:-45}
JAR=$ROOT/target/autosales-0.1.0-SNAPSHOT.jar
WORK=$(mktemp -d /tmp/autosales-two-nodes.XXXXXX)
JOBS=(payments-collection customer-pool-reclaim)
FAILURES=()
PIDS=()

log()  { echo "[two-nodes $(date +%H:%M:%S)] $*"; }
ok()   { echo "  PASS  $*"; }
bad()  { echo "  FAIL  $*"; FAILURES+=("$*"); }
psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }

cleanup() {
  local rc=$?
  set +e
  log "cleaning up"
  [ -f "$WORK/nginx/nginx.pid" ] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" -s stop 2>/dev/null
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null
  done
  psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1
  log "logs kept in $WORK (node-a.log, node-b.log, nginx/access.log)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------ 1. nginx
if ! command -v nginx >/dev/null; then
  log "installing nginx"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx >/dev/null
  # the package starts the system service on :80; this bench runs its own instance instead
  systemctl disable --now nginx >/dev/null 2>&1 || service nginx stop >/dev/null 2>&1 || true
fi

for p in $PORT_A $PORT_B $LB_PORT; do
  if ss -ltn "sport = :$p" | grep -q LISTEN; then
    echo "port $p is in use: stop what listens there (or set LB_PORT)" >&2; exit 2
  fi
done

# ------------------------------------------------------------------ 2. PostgreSQL
if ! pg_lsclusters -h | awk '$1==15 && $2=="main" {print $4}' | grep -q online; then
  log "starting PostgreSQL 15"
  pg_ctlcluster 15 main start
fi
psql_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'autosales')
               THEN CREATE ROLE autosales LOGIN PASSWORD 'autosales'; END IF; END \$\$"
psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
psql_admin -c "CREATE DATABASE $DB OWNER autosales"
log "database $DB created (empty)"

# ------------------------------------------------------------------ 3. the two nodes
if [ ! -f "$JAR" ]; then
  log "building the jar"
  ./mvnw -B -o -q -DskipTests package
fi

start_node() {   # name port
  local name=$1 port=$2
  SERVER_PORT=$port \
  SPRING_PROFILES_ACTIVE=prod \
  SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/$DB \
  SPRING_DATASOURCE_USERNAME=autosales \
  SPRING_DATASOURCE_PASSWORD=autosales \
  AUTOSALES_DEMO=true \
  AUTOSALES_SECURE_COOKIE=false \
  AUTOSALES_DB_POOL=5 \
  AUTOSALES_COLLECTION_CRON='*/5 * * * * *' \
  AUTOSALES_CUSTOMERS_POOL_CRON='*/5 * * * * *' \
  AUTOSALES_NOTIFICATIONS_DISPATCH_INTERVAL=PT2S \
    java -Xmx768m -Dlogging.level.com.autosales.shared.infra.OneNodeAtATime=DEBUG -jar "$JAR" > "$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  log "node $name starting on :$port (pid $!)"
}
start_node node-a $PORT_A
start_node node-b $PORT_B

wait_healthy() {   # port
  for _ in $(seq 1 420); do
    if curl -fs "http://localhost:$1/actuator/health" 2>/dev/null | grep -q UP; then return 0; fi
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "a node died, see $WORK" >&2; return 1; }; done
    sleep 1
  done
  return 1
}
T_START=$(date +%s)
wait_healthy $PORT_A || { echo "node A did not come up"; tail -40 "$WORK/node-a.log"; exit 1; }
wait_healthy $PORT_B || { echo "node B did not come up"; tail -40 "$WORK/node-b.log"; exit 1; }
log "both nodes healthy after $(( $(date +%s) - T_START )) s"

mkdir -p "$WORK/nginx"
sed "s/listen 8080;/listen $LB_PORT;/" deploy/nginx.conf > "$WORK/nginx/nginx.conf"
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log"
log "nginx on :$LB_PORT -> :$PORT_A, :$PORT_B ($(nginx -v 2>&1 | sed 's/.*: //'))"

# ------------------------------------------------------------------ 4. session proof
echo
echo "== Session: log in through A, use it through B and nginx, log out through B"
A=http://localhost:$PORT_A
B=http://localhost:$PORT_B
LB=http://localhost:$LB_PORT
JAR_FILE=$WORK/cookies.txt
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }

curl -s -c "$JAR_FILE" -b "$JAR_FILE" "$A/login" -o "$WORK/login.html"
CSRF=$(csrf_of "$WORK/login.html")
OUT=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" -o /dev/null -w '%{http_code} %{redirect_url}' \
      --data-urlencode "_csrf=$CSRF" --data-urlencode username=gm --data-urlencode 'password=Demo@2026' "$A/login")
[ "${OUT%% *}" = 302 ] && [[ "$OUT" != *login* ]] && ok "POST /login on A (gm): $OUT" || bad "POST /login on A: $OUT"

OUT=$(curl -s -b "$JAR_FILE" -o "$WORK/home-b.html" -w '%{http_code}' "$B/")
if [ "$OUT" = 200 ] && grep -q '王建国' "$WORK/home-b.html"; then ok "GET / on B with A's session: 200, shows 王建国"
else bad "GET / on B with A's session: $OUT (王建国 $(grep -c '王建国' "$WORK/home-b.html") times)"; fi

LB_OK=0
for i in $(seq 1 10); do
  OUT=$(curl -s -b "$JAR_FILE" -o "$WORK/home-lb.html" -w '%{http_code}' "$LB/")
  [ "$OUT" = 200 ] && grep -q '王建国' "$WORK/home-lb.html" && LB_OK=$((LB_OK + 1))
done
SERVED=$(tail -10 "$WORK/nginx/access.log" | grep -o 'upstream=[0-9.:]*' | sort | uniq -c | tr -s ' ' | paste -sd, -)
[ "$LB_OK" = 10 ] && ok "10 x GET / through nginx: 10 x 200 as 王建国 (served by$SERVED)" \
                  || bad "GET / through nginx: $LB_OK of 10 were 200 as 王建国 ($SERVED)"

CSRF=$(csrf_of "$WORK/home-b.html")
OUT=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" -o /dev/null -w '%{http_code} %{redirect_url}' \
      --data-urlencode "_csrf=$CSRF" "$B/logout")
[ "${OUT%% *}" = 302 ] && ok "POST /logout on B: $OUT" || bad "POST /logout on B: $OUT"
OUT=$(curl -s -b "$JAR_FILE" -o /dev/null -w '%{http_code} %{redirect_url}' "$A/")
[ "${OUT%% *}" = 302 ] && [[ "$OUT" == */login* ]] && ok "GET / on A after logout on B: $OUT" \
                                                   || bad "GET / on A after logout on B: $OUT"

# ------------------------------------------------------------------ 5. one node per tick
echo
echo "== Scheduled jobs every 5 s (${JOBS[*]}): one node per tick, for $PROOF_SECONDS s"
# wait for the next 5-second boundary so that only whole ticks after both nodes are up are counted
sleep $(( 5 - $(date +%s) % 5 ))
FROM=$(date +%s)
while [ $(( $(date +%s) - FROM )) -lt "$PROOF_SECONDS" ]; do
  psql_admin -d "$DB" -c "SELECT name, to_char(locked_at, 'HH24:MI:SS.MS'), locked_by FROM shedlock
                          WHERE name IN ('payments-collection', 'customer-pool-reclaim')" >> "$WORK/shedlock-samples.txt"
  sleep 1
done
TO=$(( FROM + PROOF_SECONDS ))
sleep 2   # let the last tick's log lines land

# runs = one log line "Lock <name> taken" per run on the node that held the lock; tick = 5-second slot
runs_of() {   # node-log node-name
  { grep -a 'Lock .* taken: running it on this node' "$WORK/$1.log" || true; } \
    | sed -E 's/^([0-9-]+)T([0-9:]+)\.[0-9]+.*Lock ([a-z-]+) taken.*/\1 \2 \3/' \
    | while read -r d t job; do
        s=$(date -d "$d $t" +%s)
        if [ "$s" -ge "$FROM" ] && [ "$s" -lt "$TO" ]; then echo "$job $(( s - s % 5 )) $2"; fi
      done
}
{ runs_of node-a A; runs_of node-b B; } | sort > "$WORK/runs.txt"
TICKS=$(( PROOF_SECONDS / 5 ))
for job in "${JOBS[@]}"; do
  ON_A=$(awk -v j="$job" '$1==j && $3=="A"' "$WORK/runs.txt" | wc -l)
  ON_B=$(awk -v j="$job" '$1==j && $3=="B"' "$WORK/runs.txt" | wc -l)
  SLOTS=$(awk -v j="$job" '$1==j {print $2}' "$WORK/runs.txt" | sort -u | wc -l)
  TWICE=$(awk -v j="$job" '$1==j {print $2}' "$WORK/runs.txt" | sort | uniq -d | wc -l)
  echo "  $job: $TICKS ticks, ran in $SLOTS of them: $ON_A on A, $ON_B on B; ticks run on both nodes: $TWICE"
  [ "$TWICE" = 0 ] && ok "$job: no tick ran on both nodes" || bad "$job: $TWICE ticks ran on both nodes"
  [ "$SLOTS" -ge $(( TICKS - 1 )) ] && ok "$job: ran in $SLOTS of $TICKS ticks" \
                                     || bad "$job: ran in only $SLOTS of $TICKS ticks"
done
echo "  node per tick:"
awk -v jobs="${JOBS[*]}" 'BEGIN { n = split(jobs, J, " ") }
  { ran[$2 " " $1] = ran[$2 " " $1] $3; t[$2] = 1 }
  END { for (k in t) { line = "    " strftime("%H:%M:%S", k);
                       for (i = 1; i <= n; i++) line = line "  " J[i] "=" (ran[k " " J[i]] == "" ? "-" : ran[k " " J[i]]);
                       print line } }' "$WORK/runs.txt" | sort
echo "  shedlock.locked_by seen in the samples:"
awk -F'|' '{print "    " $1 " " $3}' "$WORK/shedlock-samples.txt" | sort | uniq -c

for port in $PORT_A $PORT_B; do
  curl -fs "http://localhost:$port/actuator/health" | grep -q UP && ok "node :$port still healthy" \
                                                              || bad "node :$port is not healthy"
done

echo
if [ "${#FAILURES[@]}" -eq 0 ]; then
  echo "== PASS: session shared across nodes; each job tick ran on exactly one node"
else
  echo "== FAIL (${#FAILURES[@]}):"; printf '   - %s\n' "${FAILURES[@]}"
  exit 1
fi
