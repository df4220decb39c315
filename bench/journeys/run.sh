#!/usr/bin/env bash
# Mixed-role daily journeys under load: wrk + journeys.lua against a running AutoSales (bench data: see bench/README.md).
#   BASE=http://localhost:8097 DURATION=30s bash bench/journeys/run.sh
# Options: CONNECTIONS="10 50 100", WARMUP=10s, THINK_MS=1000, PASSES="all list" (a second pass with list/search
# requests only), CHECK_ONLY=1 (log in, check every URL once with curl, stop).
#
# 1. Every connection slot gets a user (the mix repeats every ten: 6 consultants (consultant1/2, OWN scope),
#    salesmanager (department), gm (store), finance, admin (group)) and logs in with its own browser session:
#    GET /login for the CSRF token, POST /login, keep the SESSION cookie. Each user also gets an API token.
# 2. Each user's records for detail pages (first customer, lead, contract, quote the user sees, over the API), and
#    for each consultant slot its own open follow-up task (a lead with an open task is created for one of the
#    consultant's customers when there are not enough), so no two connections record the same task.
# 3. Every URL of every role's journey is fetched once with curl as that user and must answer 200.
# 4. wrk -tN -cN (one thread = one Lua state = one user) with journeys.lua: a 10 s warm-up, then each level.
set -euo pipefail
cd "$(dirname "$0")"
BASE=${BASE:-http://localhost:8097}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-10 50 100}
PASSWORD=${PASSWORD:-Demo@2026}
PASSES=${PASSES:-all list}
WORK=$(mktemp -d /tmp/journeys.XXXXXX)
USERS_FILE=$WORK/users.txt
export USERS_FILE
export NEXT_DATE=${NEXT_DATE:-$(date -u -d '+5 days' +%F)}   # a future next-contact date for the follow-ups
MIX=(consultant1 consultant2 consultant1 salesmanager consultant2 consultant1 gm consultant2 finance admin)
MAX=0; for c in $CONNECTIONS; do [ "$c" -gt "$MAX" ] && MAX=$c; done

role_of() {
  case "$1" in consultant*) echo consultant ;; *) echo "$1" ;; esac
}
token() {
  curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" | python3 -c 'import sys, json; print(json.load(sys.stdin)["accessToken"])'
}
session() { # form login like a browser; prints the SESSION cookie
  local jar=$WORK/jar.$1.$2 csrf
  csrf=$(curl -sf -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -sf -b "$jar" -c "$jar" -o /dev/null -X POST "$BASE/login" \
    --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}
api() { curl -sf -H "Authorization: Bearer $1" "$BASE$2" || true; }
first_id() { # the first item's id of a list answer, "-" if none or not allowed (the journey then skips that page)
  python3 -c 'import sys, json
try:
    items = json.load(sys.stdin).get("items") or []
except ValueError:
    items = []
print(items[0]["id"] if items else "-")'
}

page_ok() { # user's probe session, path: does the page answer 200?
  [ "$(curl -s -o /dev/null -w '%{http_code}' -b "SESSION=${PROBE[$1]}" "$BASE$2")" = 200 ]
}
declare -A TOKEN PROBE CUST LEAD CONTRACT QUOTE
for u in $(printf '%s\n' "${MIX[@]}" | sort -u); do
  TOKEN[$u]=$(token "$u")
  PROBE[$u]=$(session "$u" probe)
  # the first of the user's customers whose card opens (the bench data's default addresses carry a label the app
  # cannot read, see bench/README.md: those cards answer 500 and are left out)
  CUST[$u]=-
  for c in $(for p in "page=0" "page=1" "sort=OLDEST"; do api "${TOKEN[$u]}" "/api/v1/customers?size=50&$p"; echo; done | python3 -c '
import sys, json
for line in sys.stdin:
    if line.strip():
        print(" ".join(str(c["id"]) for c in json.loads(line).get("items", [])))' || true); do
    if page_ok "$u" "/customers/$c"; then CUST[$u]=$c; break; fi
  done
  LEAD[$u]=$(api "${TOKEN[$u]}" "/api/v1/leads?size=1" | first_id)
  CONTRACT[$u]=$(api "${TOKEN[$u]}" "/api/v1/contracts?size=1" | first_id)
  QUOTE[$u]=$(api "${TOKEN[$u]}" "/api/v1/quotes?size=1" | first_id)
  echo "user $u: customer ${CUST[$u]} lead ${LEAD[$u]} contract ${CONTRACT[$u]} quote ${QUOTE[$u]}"
done

# open follow-up tasks of a consultant: "task level" per line (regular follow-ups of open leads)
open_tasks() {
  api "${TOKEN[$1]}" /api/v1/follow-ups | python3 -c '
import sys, json
d = json.load(sys.stdin)
for t in d["overdue"] + d["dueToday"] + d["upcoming"]:
    if t["purpose"] is None and t["leadStatus"] == "OPEN" and not t["done"]:
        print(t["id"], t["leadLevel"])'
}
# enough open tasks for every consultant slot: new leads (B, walk-in) for the consultant's customers without a lead
for u in consultant1 consultant2; do
  need=0; for ((i = 0; i < MAX; i++)); do [ "${MIX[$((i % 10))]}" = "$u" ] && need=$((need + 1)); done
  have=$(open_tasks "$u" | wc -l)
  page=0
  while [ "$have" -lt "$need" ]; do
    for c in $(api "${TOKEN[$u]}" "/api/v1/customers?size=50&page=$page&sort=NAME" | python3 -c '
import sys, json
print(" ".join(str(c["id"]) for c in json.load(sys.stdin)["items"]))'); do
      [ "$have" -ge "$need" ] && break
      code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/leads" -H "Authorization: Bearer ${TOKEN[$u]}" \
        -H 'Content-Type: application/json' \
        -d "{\"customerId\":$c,\"models\":\"途观L 330TSI\",\"paymentIntent\":\"CASH\",\"source\":\"WALK_IN\",\"level\":\"B\"}")
      [ "$code" = 201 ] || [ "$code" = 200 ] && have=$((have + 1))
    done
    page=$((page + 1))
    [ "$page" -gt 40 ] && { echo "could not create enough leads for $u" >&2; exit 1; }
  done
  open_tasks "$u" | head -"$need" > "$WORK/tasks.$u"
  echo "$u: $(wc -l < "$WORK/tasks.$u") open follow-up tasks for $need connections"
done

echo "logging in $MAX browser sessions"
: > "$USERS_FILE"
declare -A TAKEN
for ((i = 0; i < MAX; i++)); do
  u=${MIX[$((i % 10))]}
  role=$(role_of "$u")
  task="- -"
  if [ "$role" = consultant ]; then
    n=$(( ${TAKEN[$u]:-0} + 1 )); TAKEN[$u]=$n
    task=$(sed -n "${n}p" "$WORK/tasks.$u")
  fi
  echo "$role $u $(session "$u" "$i") ${TOKEN[$u]} $task ${CUST[$u]} ${LEAD[$u]} ${CONTRACT[$u]} ${QUOTE[$u]}" >> "$USERS_FILE"
done

# every GET of every journey once, as its user, must answer 200
echo "checking every URL once per role"
python3 - "$USERS_FILE" "$BASE" <<'EOF'
import re, subprocess, sys
users, base = sys.argv[1], sys.argv[2]
lua = open("journeys.lua", encoding="utf-8").read()
journeys = {}
for role, body in re.findall(r'\n  (\w+) = \{\n(.*?)\n  \},', lua, re.S):
    journeys[role] = re.findall(r'\{ "(\w+)", "([^"]+)"(, true)? \}', body)
seen, bad = set(), 0
for line in open(users):
    role, user, session, token, task, level, c, l, k, q = line.split()
    if user in seen:
        continue
    seen.add(user)
    for kind, path, htmx in journeys[role]:
        ids = {"{c}": c, "{l}": l, "{k}": k, "{q}": q}
        if kind == "write" or any(key in path and value == "-" for key, value in ids.items()):
            continue  # the journey leaves out a page of a record the user has none of
        url = base + path.replace("{c}", c).replace("{l}", l).replace("{k}", k).replace("{q}", q).replace("{s}", "zs")
        cmd = ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}", "-b", "SESSION=" + session, url]
        if htmx:
            cmd[1:1] = ["-H", "HX-Request: true"]
        code, t = subprocess.run(cmd, capture_output=True, text=True).stdout.split()
        print(f"  {code} {float(t) * 1000:7.1f} ms  {user:13s} {url[len(base):]}")
        bad += code != "200"
sys.exit(1 if bad else 0)
EOF
[ -n "${CHECK_ONLY:-}" ] && { echo "users in $USERS_FILE"; exit 0; }

run() { # connections duration pass (all, or one request type: list, page, report, write)
  local only=$3; [ "$only" = all ] && only=
  ONLY=$only wrk -t"$1" -c"$1" -d"$2" --timeout 10s -s journeys.lua "$BASE"
}
echo "warm-up $WARMUP"; run 10 "$WARMUP" all > /dev/null
for pass in $PASSES; do
  for c in $CONNECTIONS; do
    echo "== $c users, $pass requests, $DURATION, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    run "$c" "$DURATION" "$pass" | grep -E '^(RESULT|STATUS|TYPE)'
  done
done
rm -rf "$WORK"
