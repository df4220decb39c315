#!/usr/bin/env bash
# Times a plain COPY of exported customer rows into an empty copy of the customer table with the same indexes
# (CREATE TABLE … (LIKE customer INCLUDING ALL): its 16 indexes, identity, defaults) and its three foreign keys.
#   bash bench/import/copy.sh DB CSV [RUNS]      # prints the median COPY time in ms
# Each run starts from an empty table (created, loaded, dropped), so runs do not see each other's index pages.
set -euo pipefail
DB=$1; CSV=$2; RUNS=${3:-3}
export PGPASSWORD=${PGPASSWORD:-autosales}
COLS="id, store_id, owner_employee_id, kind, name, phone, lifecycle, grade, created_at, updated_at, version, name_pinyin, name_initials, phone_normalized, last_contact_at, last_deal_at, status, merged_into_id"
times=()
for ((r = 1; r <= RUNS; r++)); do
  ms=$(psql -h localhost -U autosales -d "$DB" -v ON_ERROR_STOP=1 -q <<SQL | awk '/^Time:/ { print $2; exit }'
set client_min_messages = warning;
drop table if exists customer_copy_bench;
create table customer_copy_bench (like customer including all);
alter table customer_copy_bench add foreign key (store_id) references org_unit (id),
  add foreign key (owner_employee_id) references org_employee (id),
  add foreign key (merged_into_id) references customer_copy_bench (id);
\timing on
\copy customer_copy_bench ($COLS) from '$CSV' with (format csv)
\timing off
drop table customer_copy_bench;
SQL
  )
  echo "COPY run $r: $ms ms" >&2
  times+=("$ms")
done
printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
