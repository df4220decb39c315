"""AutoSales data generator (issue 12): fills a migrated and demo-seeded PostgreSQL database with a dealer group at a
chosen scale, by streaming CSV rows into `psql \\copy` (one pipe per table). Python 3 standard library only.

It writes what bench/customers/generate.sql and bench/reports/generate.sql write, with the same columns, id ranges and
conventions (so the app and its reports read it alike), and in addition real leads with their follow-up tasks and
level changes, and a login for every bench consultant. Run through bench/generate.sh; see bench/README.md.
"""
import argparse
import datetime as dt
import math
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import (CITIES, FOLLOW_UP_SUMMARIES, GIVEN, LOST_NOTES, PLATFORMS, PROVINCES, SURNAMES,  # noqa: E402
                   TRADE_INS, TRADES)
from pg import CopyPipe, Db, env_defaults  # noqa: E402

SCALES = {
    # bench stores (one of them goes into the demo store), consultants per store (3 teams), customers
    "small": dict(stores=3, consultants_per_store=6, customers=5_000),
    "medium": dict(stores=9, consultants_per_store=34, customers=100_000),
    "large": dict(stores=29, consultants_per_store=34, customers=1_000_000),
}
# activity per 1,000,000 customers (reports/generate.sql's defaults; leads are real sales_lead rows here)
PER_MILLION = dict(sales=500_000, visits=1_600_000, leads=1_000_000, drives=700_000, quotes=300_000)
MONTH_FACTOR = [1.15, 0.60, 0.95, 0.90, 0.95, 1.00, 0.80, 0.85, 1.10, 1.10, 1.10, 1.40]
CADENCE = {"H": 1, "A": 3, "B": 7, "C": 15}  # LeadLevel's default follow-up cadence in days
LEVEL_SHIFT = {"H": "AA", "A": "HB", "B": "AC", "C": "BB"}
HISTORY_DAYS = 1095
PAD = 60  # day indexes run from -PAD (orders before the first delivery day) to HISTORY_DAYS + PAD
BIG_TABLES = ["customer", "customer_profile", "customer_credit", "customer_address", "sales_lead", "lead_follow_up",
              "lead_level_change", "funnel_entry", "performance_fact", "performance_sale", "receivable_account",
              "receivable_line"]


def src(x):
    """reports/generate.sql's pg_temp.src: sources weighted like a Shanghai 4S store's."""
    m = x % 50
    return ("WALK_IN" if m < 17 else "ONLINE" if m < 32 else "PHONE" if m < 40 else "REFERRAL" if m < 46
            else "EVENT" if m < 49 else "UNKNOWN")


SRC = [src(i) for i in range(50)]


def csvq(s):
    """A text field for CSV: quoted when needed; None is NULL (empty, unquoted)."""
    if s is None:
        return ""
    s = str(s)
    if s == "" or any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def rhu(v):
    """round half up, like PostgreSQL's numeric round for the positive amounts here"""
    return int(math.floor(v + 0.5))


class Generator:
    def __init__(self, args):
        self.args = args
        self.db = Db(args.db)
        scale = SCALES[args.scale]
        self.stores = scale["stores"]
        self.per_team = math.ceil(scale["consultants_per_store"] / 3)
        self.n_customers = scale["customers"]
        f = self.n_customers / 1_000_000
        self.sizes = {k: round(v * f) for k, v in PER_MILLION.items()}
        self.seed = args.seed
        rng = random.Random(args.seed)
        # seed-dependent offsets of the formulas (with all offsets 0 the formulas are the SQL generators')
        self.o = {k: rng.randrange(1_000_000) for k in
                  ("surname", "given", "given2", "phone", "sale", "trim", "lead", "visit", "drive", "quote", "emp")}
        self.last_day = dt.date.fromisoformat(args.last_day)
        self.first_day = self.last_day - dt.timedelta(days=HISTORY_DAYS)
        self.day_str = [(self.first_day + dt.timedelta(days=i)).isoformat() for i in range(-PAD, HISTORY_DAYS + PAD + 1)]
        self.tod = ["%02d:%02d:00+08" % (m // 60, m % 60) for m in range(1440)]
        self.now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S+00")

    # --- helpers -------------------------------------------------------------------------------------------------
    def day(self, i):
        return self.day_str[i + PAD]

    def ts_of(self, d, x, extra=0):
        """a moment of the showroom day (09:00–18:59 Shanghai), as pg_temp.ts_of"""
        return self.day_str[d + PAD] + " " + self.tod[min(540 + (x * 7) % 600 + extra, 1439)]

    def day_counts(self, n):
        """pg_temp.events: n events spread over the days by weight (seasonality, weekends, growth)"""
        w = []
        for i in range(HISTORY_DAYS + 1):
            d = self.first_day + dt.timedelta(days=i)
            w.append(MONTH_FACTOR[d.month - 1] * (1.5 if d.isoweekday() >= 6 else 1) * (1 + 0.08 * i / 365.0))
        total = sum(w)
        return [rhu(n * wi / total) for wi in w]

    def events(self, n):
        """(x, day index) numbered in day order from 1"""
        x = 0
        for d, c in enumerate(self.day_counts(n)):
            for _ in range(c):
                x += 1
                yield x, d

    def event_ranges(self, n):
        """per day index: the range of event numbers of that day"""
        out, x = [], 1
        for c in self.day_counts(n):
            out.append(range(x, x + c))
            x += c
        return out

    def next_id(self, table):
        return int(self.db.value(f"select greatest((select coalesce(max(id), 0) from {table}), "
                                 f"(select last_value from {self.db.value(f'select pg_get_serial_sequence($${table}$$, $$id$$)')})) + 1"))

    # --- the run -------------------------------------------------------------------------------------------------
    def run(self):
        a = self.args
        print(f"AutoSales data generator: scale {a.scale}, database {a.db}, seed {a.seed}, history "
              f"{self.first_day} .. {self.last_day}", flush=True)
        t0 = time.monotonic()
        self.read_database()
        self.drop_indexes()
        self.org()
        self.customers()
        self.sales()
        self.leads()
        self.funnel()
        self.facts()
        self.receivables()
        self.cards()
        self.finish()
        self.report(time.monotonic() - t0)

    def read_database(self):
        db = self.db
        if db.value("select count(*) from org_unit where code = 'SH-PD-4S'") != "1":
            sys.exit("The database has no demo group: start the app once against it first (see bench/README.md).")
        if db.value("select count(*) from org_unit where code like 'BENCH-S%'") != "0":
            sys.exit("The database already holds bench stores (BENCH-S…): generate into a fresh database.")
        self.group_id = db.value("select id from org_unit where kind = 'GROUP' order by id limit 1")
        self.demo_store = int(db.value("select id from org_unit where code = 'SH-PD-4S'"))
        self.demo_sales = int(db.value("select id from org_unit where code = 'SH-PD-SALES'"))
        self.position = db.value("select id from org_position where code = 'sales-consultant'")
        self.role = db.value("select id from app_role where code = 'consultant'")
        self.password_hash = db.value("select password_hash from app_user where username = 'consultant1'")
        self.usernames = {int(e): u for e, u in db.query("select employee_id, username from app_user "
                                                          "where employee_id is not null")}
        self.employee_names = {int(i): n for i, n in db.query("select id, name from org_employee")}
        self.demo_sellers = [int(r[0]) for r in db.query(
            "select id from org_employee where employee_no in ('E1003', 'E1004') order by id")]
        # the customers with an owner, numbered by id (reports/generate.sql's cust): the demo's come first
        self.demo_customers = [(int(i), int(s), int(o), n) for i, s, o, n in db.query(
            "select id, store_id, owner_employee_id, name from customer where owner_employee_id is not null order by id")]
        self.trims = [(int(i), label, int(price)) for i, label, price in db.query(
            "select t.id, b.name_zh || ' ' || s.name_zh || ' ' || m.name || ' · ' || t.name, "
            "120000 + (t.id * 37919 % 250) * 1000 from vehicle_trim t join vehicle_model m on m.id = t.model_id "
            "join vehicle_series s on s.id = m.series_id join vehicle_brand b on b.id = s.brand_id order by t.id")]
        if not self.trims:
            sys.exit("No vehicle trims: the demo catalogue is missing.")
        self.lost_reasons = [int(r[0]) for r in db.query("select id from lead_lost_reason order by sort_order")]
        self.had_report_indexes = db.value("select count(*) from pg_indexes where indexname = 'ix_funnel_entry_time'")

    def drop_indexes(self):
        """Drops the secondary indexes, unique and foreign-key constraints of the big tables (kept to build again)."""
        db = self.db
        tables = ",".join(f"'{t}'::regclass" for t in BIG_TABLES)
        fks = db.query(f"select conrelid::regclass, conname, pg_get_constraintdef(oid) from pg_constraint "
                       f"where contype = 'f' and conrelid in ({tables}) order by conrelid::regclass::text, conname")
        uniques = db.query(f"select conrelid::regclass, conname, pg_get_constraintdef(oid) from pg_constraint c "
                           f"where contype = 'u' and conrelid in ({tables}) and not exists (select 1 from pg_constraint f "
                           f"where f.contype = 'f' and f.conindid = c.conindid and f.conrelid not in ({tables})) "
                           f"order by conrelid::regclass::text, conname")
        indexes = db.query(f"select i.indexrelid::regclass, pg_get_indexdef(i.indexrelid) from pg_index i "
                           f"where i.indrelid in ({tables}) and not i.indisprimary and not exists (select 1 from "
                           f"pg_constraint c where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x')) "
                           f"order by i.indrelid::regclass::text, i.indexrelid::regclass::text")
        self.rebuild = ([f"alter table {t} add constraint {n} {d};" for t, n, d in uniques]
                        + [f"{d};" for _, d in indexes]
                        + [f"alter table {t} add constraint {n} {d};" for t, n, d in fks])
        drop = ([f"alter table {t} drop constraint {n};" for t, n, _ in fks]
                + [f"alter table {t} drop constraint {n};" for t, n, _ in uniques]
                + [f"drop index {n};" for n, _ in indexes])
        keep = f"/tmp/autosales-generate-{self.args.db}-indexes.sql"
        with open(keep, "w") as fh:
            fh.write("\n".join(self.rebuild) + "\n")
        print(f"  dropping {len(indexes)} indexes, {len(uniques)} unique and {len(fks)} foreign-key constraints "
              f"for the load (their definitions: {keep})", flush=True)
        db.run("begin;\n" + "\n".join(drop) + "\ncommit;\n")

    # --- 1. stores, teams, consultants and their logins ----------------------------------------------------------
    def org(self):
        db = self.db
        unit0 = self.next_id("org_unit")
        stores = [unit0 + s - 1 for s in range(1, self.stores + 1)]
        depts = [unit0 + self.stores + s - 1 for s in range(1, self.stores + 1)]
        teams = []  # (team id, store id the team works for)
        rows = []
        for s in range(1, self.stores + 1):
            c = CITIES[s % 16]
            rows.append(f"{stores[s - 1]},{self.group_id},STORE,DEALERSHIP,BENCH-S{s},{c[0]}第{s}4S店,Bench store {s},,60,t,0")
        for s in range(1, self.stores + 1):
            rows.append(f"{depts[s - 1]},{stores[s - 1]},DEPARTMENT,,BENCH-S{s}-SALES,销售部,Sales,PRODUCT_LINE,40,t,0")
        tid = unit0 + 2 * self.stores
        for s in range(1, self.stores + 1):
            for t in range(1, 4):
                # one bench store's teams go into the demo store's sales department (reports/generate.sql, step 1)
                parent = self.demo_sales if s == 1 else depts[s - 1]
                rows.append(f"{tid},{parent},TEAM,,BENCH-S{s}-SALES-T{t},销售{t}组,Team {t},,12,t,0")
                teams.append((tid, self.demo_store if s == 1 else stores[s - 1]))
                tid += 1
        db.copy("org_unit", ["id", "parent_id", "kind", "store_type", "code", "name_zh", "name_en", "organised_by",
                             "planned_headcount", "active", "version"], rows, "stores, departments, teams")
        self.bench_stores = stores

        emp0 = self.next_id("org_employee")
        employees = []  # (id, employee_no, name, store)
        e = emp0
        for team, store in teams:
            for n in range(1, self.per_team + 1):
                name = SURNAMES[(team * 7 + n) % 100][0] + GIVEN[(team * 13 + n * 3) % 100][0]
                employees.append((e, f"B{team}-{n}", name, store, team, f"139{team * 100 + n:08d}"))
                e += 1
        db.copy("org_employee", ["id", "employee_no", "name", "phone", "position_id", "unit_id", "manager_id",
                                 "hire_date", "status", "version"],
                (f"{i},{no},{name},{phone},{self.position},{team},,2024-03-01,ACTIVE,0"
                 for i, no, name, store, team, phone in employees), "consultants")
        user0 = self.next_id("app_user")
        users = []
        for k, (i, no, name, store, team, phone) in enumerate(employees):
            users.append((user0 + k, no.lower(), name, i, store))
            self.usernames[i] = no.lower()
            self.employee_names[i] = name
        db.copy("app_user", ["id", "username", "password_hash", "display_name", "employee_id", "store_id", "enabled",
                             "failed_attempts", "created_at", "version"],
                (f"{u},{login},{csvq(self.password_hash)},{name},{emp},{store},t,0,{self.now},0"
                 for u, login, name, emp, store in users), "consultant logins")
        db.copy("app_user_role", ["user_id", "role_id"], (f"{u[0]},{self.role}" for u in users), "login roles")
        db.run("select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit));"
               "select setval(pg_get_serial_sequence('org_employee', 'id'), (select max(id) from org_employee));"
               "select setval(pg_get_serial_sequence('app_user', 'id'), (select max(id) from app_user));")
        # the sellers customers are dealt to, round robin: bench consultants by id, then the demo's two consultants
        self.sellers = [(i, store) for i, no, name, store, team, phone in employees]
        self.sellers += [(i, self.demo_store) for i in self.demo_sellers]
        self.n_employees = len(employees)

    # --- 2. customers and their card profiles --------------------------------------------------------------------
    def customer_name(self, x):
        """(name, pinyin, initials, kind) of generated customer x (bench/customers/generate.sql)"""
        o = self.o
        s = SURNAMES[(x * 31 + o["surname"]) % 100]
        g = GIVEN[(x * 17 + x // 100 + o["given"]) % 100]
        if x % 5 == 0:
            c = CITIES[x % 16]
            tr = TRADES[x % 8]
            no = x // 5 % 97
            return (f"{c[0]}{s[0]}{g[0]}{tr[0]}有限公司{no}", f"{c[1]}{s[1]}{g[1]}{tr[1]}youxiangongsi{no}",
                    c[1][0] + s[1][0] + g[1][0], "ORGANISATION")
        if x % 3 == 0:
            g2 = GIVEN[(x * 7 + 3 + o["given2"]) % 100]
            return s[0] + g[0] + g2[0], s[1] + g[1] + g2[1], s[1][0] + g[1][0] + g2[1][0], "INDIVIDUAL"
        return s[0] + g[0], s[1] + g[1], s[1][0] + g[1][0], "INDIVIDUAL"

    def customers(self):
        db = self.db
        self.cbase = self.next_id("customer")
        n_sellers = len(self.sellers)
        base = dt.datetime(2022, 1, 1)
        days = [(base + dt.timedelta(days=i)).date().isoformat() for i in range(1600)]
        lifecycle = ["POTENTIAL", "NEW", "OLD"]
        grade = ["A", "B", "C", ""]
        o_phone = self.o["phone"]

        def rows():
            cbase, sellers, tod = self.cbase, self.sellers, self.tod
            for x in range(1, self.n_customers + 1):
                emp, store = sellers[x % n_sellers]
                name, pinyin, initials, kind = self.customer_name(x)
                phone = f"1{3 + x % 7}{(x * 7919 + o_phone) % 1_000_000_000:09d}"
                m = 540 + x % 600
                d = x % 1400
                created = f"{days[d]} {tod[m]}"
                updated = f"{days[d + x % 200]} {tod[m]}"
                yield (f"{cbase + x - 1},{store},{emp},{kind},{name},{phone},{lifecycle[x % 3]},{grade[x % 4]},"
                       f"{created},{updated},0,{pinyin},{initials},{phone}")
        db.copy("customer", ["id", "store_id", "owner_employee_id", "kind", "name", "phone", "lifecycle", "grade",
                             "created_at", "updated_at", "version", "name_pinyin", "name_initials", "phone_normalized"],
                rows(), "customers")
        db.run("select setval(pg_get_serial_sequence('customer', 'id'), (select max(id) from customer));")

        stages = ["PAST", "TRADING", "ABOUT_TO_TRADE"]
        natures = ["INDIVIDUAL", "ORDINARY_COMPANY", "TRADE_PARTNER", "GOVERNMENT", "SPECIAL_PARTNER"]
        volumes = ["KEY", "ORDINARY", "SCATTERED"]

        def profiles():
            for cid in range(self.cbase, self.cbase + self.n_customers):
                if cid % 5 < 3:
                    yield (f"{cid},{stages[cid % 3]},{natures[cid % 5]},{volumes[cid % 3]},{CITIES[cid % 16][2]},"
                           f"R{cid % 40},{cid // 40 % 30 + 1},{self.now},0")
        db.copy("customer_profile", ["customer_id", "trade_stage", "nature", "volume_class", "region", "route_code",
                                     "visit_order", "updated_at", "version"], profiles(), "customer profiles")
        # the demo's own customers without a card profile get one by the same rule (SQL, a handful of rows)
        db.run(f"""insert into customer_profile (customer_id, trade_stage, nature, volume_class, region, route_code,
                   visit_order, updated_at, version)
select c.id, (array['PAST','TRADING','ABOUT_TO_TRADE'])[1 + c.id % 3],
       (array['INDIVIDUAL','ORDINARY_COMPANY','TRADE_PARTNER','GOVERNMENT','SPECIAL_PARTNER'])[1 + c.id % 5],
       (array['KEY','ORDINARY','SCATTERED'])[1 + c.id % 3],
       (array['华东','华东','华东','华东','华东','华东','华北','华北','华北','华南','华南','西南','西南','华中','华中','西北'])[1 + c.id % 16],
       'R' || (c.id % 40), (c.id / 40 % 30) + 1, now(), 0
from customer c where c.id < {self.cbase} and c.id % 5 < 3
  and not exists (select 1 from customer_profile p where p.customer_id = c.id);
""")
        self.n_cust = len(self.demo_customers) + self.n_customers

    def cust(self, k):
        """reports/generate.sql's cust row k: (id, store, owner, name)"""
        d = len(self.demo_customers)
        if k < d:
            return self.demo_customers[k]
        x = k - d + 1
        emp, store = self.sellers[x % len(self.sellers)]
        return self.cbase + x - 1, store, emp, self.customer_name(x)[0]

    def cse(self, k):
        """cust row k without the name: (id, store, owner)"""
        d = len(self.demo_customers)
        if k < d:
            c = self.demo_customers[k]
            return c[0], c[1], c[2]
        x = k - d + 1
        emp, store = self.sellers[x % len(self.sellers)]
        return self.cbase + x - 1, store, emp

    # --- 3. deliveries (performance_sale) ------------------------------------------------------------------------
    def sales(self):
        n, trims, nt = self.n_cust, self.trims, len(self.trims)
        o_sale, o_trim = self.o["sale"], self.o["trim"]
        self.sale_rows = []  # (contract id, store, employee, customer, delivered day, order day, due, margin, financed)

        def rows():
            for x, d in self.events(self.sizes["sales"]):
                cid = 10_000_000 + x
                customer, store, emp = self.cse((x * 7919 + o_sale) % n)
                trim_id, label, price = trims[(x * 31 + x // 1000 + o_trim) % nt]
                pk, ins = (x % 5) * 3000, 4000 + (x % 7) * 500
                disc = rhu(price * (2 + x % 9) / 100.0)
                finance = x % 5 < 2
                fin = rhu(price * 0.5) if finance else 0
                due = price - disc + pk + ins
                vm, pm, ic, fc = rhu(price * 0.09 - disc * 0.8), rhu(pk * 0.4), rhu(ins * 0.15), rhu(fin * 0.03)
                margin = vm + pm + ic + fc
                self.sale_rows.append((cid, store, emp, customer, d, d - (3 + cid % 25), due, margin, fin))
                yield (f"{cid},BS{x:08d},{store},{emp},{customer},{self.day(d)},{trim_id},{csvq(label)},"
                       f"{'FINANCE' if finance else 'CASH'},{due},{price},{disc},{disc * 100.0 / price:.4f},{pk},{ins},"
                       f"{fin},{vm},{pm},{ic},{fc},{margin}")
        self.db.copy("performance_sale", ["contract_id", "contract_number", "store_id", "employee_id", "customer_id",
                                          "delivered_on", "trim_id", "trim_label", "payment_method", "amount_due",
                                          "vehicle_price", "discount", "discount_percent", "packages_total", "insurance",
                                          "financed_amount", "vehicle_margin", "packages_margin", "insurance_commission",
                                          "finance_commission", "gross_margin"], rows(), "deliveries (performance_sale)")

    # --- 4. leads, follow-ups, level changes (three pipes fed in one pass) ---------------------------------------
    def leads(self):
        db, n, trims, nt = self.db, self.n_cust, self.trims, len(self.trims)
        r = random.Random(f"{self.seed}-leads")
        lead_pipe = CopyPipe(db, "sales_lead", [
            "id", "customer_id", "customer_name", "store_id", "owner_employee_id", "models", "budget", "payment_intent",
            "trade_in", "trade_in_description", "competitor_models", "source", "source_detail", "level", "status",
            "lost_reason_id", "lost_note", "last_follow_up_at", "created_at", "updated_at", "version",
            "response_started_at", "first_contact_due_at", "reassign_offer_at", "first_contact_at",
            "first_response_minutes"])
        fu_pipe = CopyPipe(db, "lead_follow_up", [
            "id", "lead_id", "store_id", "owner_employee_id", "due_date", "state", "channel", "summary", "level_before",
            "level_after", "done_at", "done_by", "created_at"])
        lc_pipe = CopyPipe(db, "lead_level_change", [
            "lead_id", "store_id", "owner_employee_id", "level_before", "level_after", "changed_at", "changed_by"])
        span = HISTORY_DAYS + 2 * PAD + 1
        self.leads_by_day = [[] for _ in range(span)]      # (lead id, store, owner, customer, source, created)
        self.follow_ups_by_day = [[] for _ in range(span)]  # (follow-up id, store, owner, on time)
        models = [label.split(" · ")[0] for _, label, _ in trims]
        o_lead, o_trim = self.o["lead"], self.o["trim"]
        fid = 10_000_000
        last = HISTORY_DAYS
        start = time.monotonic()
        for x, d in self.events(self.sizes["leads"]):
            lid = 10_000_000 + x
            customer, store, emp, cname = self.cust((x * 1299709 + o_lead) % n)
            user = self.usernames.get(emp, "bench")
            source = SRC[(x * 3 + 1) % 50]
            if source == "UNKNOWN":
                source = "PHONE"  # a lead always has its source; UNKNOWN is the funnel's
            detail = (PLATFORMS[x % len(PLATFORMS)] if source == "ONLINE"
                      else SURNAMES[r.randrange(100)][0] + ("先生" if r.random() < 0.6 else "女士") if source == "REFERRAL"
                      else "")
            lv = r.random()
            level = "H" if lv < 0.10 else "A" if lv < 0.35 else "B" if lv < 0.75 else "C"
            ti = (x * 31 + x // 1000 + o_trim) % nt
            budget = (trims[ti][2] // 10000 + r.randint(-1, 3)) * 10000
            loan = r.random() < 0.4
            trade_in = r.random() < 0.18
            competitor = models[(ti + 1 + r.randrange(nt - 1)) % nt] if nt > 1 and r.random() < 0.35 else ""
            created = self.ts_of(d, x)
            active = last - d <= 60
            status = ("LOST_PENDING" if r.random() < 0.08 else "OPEN") if active else (
                "WON" if r.random() < 0.35 else "LOST")
            self.leads_by_day[d + PAD].append((lid, store, emp, customer, source, created))
            # the follow-up chain: the first task falls due on the day the lead came in, each result plans the next
            # at the (new) level's cadence; a closed lead's open task is cancelled, an active lead keeps one open
            target = 15 if active else r.choices((0, 1, 2, 3), (30, 45, 20, 5))[0]
            due, prev_ts, last_done_ts, last_done = d, created, None, d
            done_count = 0
            while done_count < target and not (active and due > last - 1):
                late = 0 if r.random() < 0.78 else r.randint(1, 3)
                done = due + late
                if active and done > last:
                    break
                fid += 1
                after = level if r.random() >= 0.2 else LEVEL_SHIFT[level][r.randrange(2)]
                done_ts = self.ts_of(done, fid)
                fu_pipe.write(f"{fid},{lid},{store},{emp},{self.day(due)},DONE,"
                              f"{'PHONE' if r.random() < 0.6 else r.choice(('WECHAT', 'WECHAT', 'VISIT', 'SMS'))},"
                              f"{FOLLOW_UP_SUMMARIES[r.randrange(len(FOLLOW_UP_SUMMARIES))]},{level},{after},"
                              f"{done_ts},{user},{prev_ts}")
                self.follow_ups_by_day[done + PAD].append((fid, store, emp, late == 0))
                if after != level:
                    lc_pipe.write(f"{lid},{store},{emp},{level},{after},{done_ts},{user}")
                level, prev_ts, last_done_ts, last_done = after, done_ts, done_ts, done
                due = done + CADENCE[after]
                done_count += 1
            fid += 1
            fu_pipe.write(f"{fid},{lid},{store},{emp},{self.day(due)},{'OPEN' if active else 'CANCELLED'},,,,,,,{prev_ts}")
            if active:
                updated = last_done_ts or created
            else:
                updated = self.ts_of(min(last_done + 1 + r.randrange(10), last), x + 1)
            reason = note = ""
            if status in ("LOST", "LOST_PENDING"):
                reason = self.lost_reasons[r.randrange(len(self.lost_reasons))] if self.lost_reasons else ""
                note = LOST_NOTES.get(reason, "") if reason else ""
            if source == "ONLINE":  # the first-contact clock ran: contacted within minutes of opening hours
                minutes = r.randint(3, 90)
                clock = (f"{created},{self.ts_of(d, x, 30)},{self.ts_of(d, x, 120)},{self.ts_of(d, x, minutes)},"
                         f"{minutes}")
            else:  # a walk-in, call, referral or event lead was talked to when it was created
                clock = f",,,{created},"
            lead_pipe.write(
                f"{lid},{customer},{csvq(cname)},{store},{emp},{csvq(models[ti])},{budget},{'LOAN' if loan else 'CASH'},"
                f"{'t' if trade_in else 'f'},{TRADE_INS[x % len(TRADE_INS)] if trade_in else ''},{csvq(competitor or None)},"
                f"{source},{detail},{level},{status},{reason},{note},{last_done_ts or ''},{created},{updated},0,{clock}")
        leads_n, fu_n, lc_n = lead_pipe.close(), fu_pipe.close(), lc_pipe.close()
        seconds = time.monotonic() - start
        db.step("leads (sales_lead)", leads_n, seconds)
        db.step("  + follow-ups (lead_follow_up)", fu_n, seconds)
        db.step("  + level changes", lc_n, seconds)
        db.steps[-3:] = [("leads + follow-ups + level changes (one pass)", leads_n + fu_n + lc_n, seconds),
                         ("  of which sales_lead", leads_n, None), ("  of which lead_follow_up", fu_n, None),
                         ("  of which lead_level_change", lc_n, None)]
        db.run("select setval(pg_get_serial_sequence('sales_lead', 'id'), (select max(id) from sales_lead));"
               "select setval(pg_get_serial_sequence('lead_follow_up', 'id'), (select max(id) from lead_follow_up));")

    def sales_by_day(self):
        """The sales by order day and by delivery day (lists indexed by day + PAD)."""
        span = HISTORY_DAYS + 2 * PAD + 1
        orders = [[] for _ in range(span)]
        deliveries = [[] for _ in range(span)]
        for s in self.sale_rows:
            orders[s[5] + PAD].append(s)
            deliveries[s[4] + PAD].append(s)
        return orders, deliveries

    # --- 5. the funnel, in time order ----------------------------------------------------------------------------
    def funnel(self):
        n = self.n_cust
        orders, deliveries = self.sales_by_day()
        activity = [("VISIT", "reception", self.event_ranges(self.sizes["visits"]), 104729, 10_000_000, self.o["visit"]),
                    ("TEST_DRIVE", "testdrive", self.event_ranges(self.sizes["drives"]), 15485863, 10_000_000,
                     self.o["drive"]),
                    ("QUOTE", "quote", self.event_ranges(self.sizes["quotes"]), 32452843, 20_000_000, self.o["quote"])]
        self.activity = activity
        now = self.now

        def rows():
            for di in range(-PAD, HISTORY_DAYS + PAD + 1):
                day = []
                for cid, store, emp, customer, d, od, *_ in orders[di + PAD]:
                    source = SRC[cid % 50]
                    day.append((self.ts_of(od, cid - 60), f"QUOTE,quote,{cid},{store},{emp},{customer},,{source}"))
                    day.append((self.ts_of(od, cid), f"ORDER,contract,{cid},{store},{emp},{customer},,{source}"))
                for cid, store, emp, customer, d, od, *_ in deliveries[di + PAD]:
                    day.append((self.ts_of(d, cid), f"DELIVERY,contract,{cid},{store},{emp},{customer},,{SRC[cid % 50]}"))
                for lid, store, emp, customer, source, created in self.leads_by_day[di + PAD]:
                    day.append((created, f"LEAD,lead,{lid},{store},{emp},{customer},{lid},{source}"))
                if 0 <= di <= HISTORY_DAYS:
                    for stage, rtype, ranges, prime, base, off in activity:
                        for x in ranges[di]:
                            customer, store, emp = self.cse((x * prime + off) % n)
                            day.append((self.ts_of(di, x),
                                        f"{stage},{rtype},{base + x},{store},{emp},{customer},,{SRC[(x * 3 + 1) % 50]}"))
                day.sort(key=lambda e: e[0])
                for ts, row in day:
                    yield f"{row},{ts},{now}"
        self.db.copy("funnel_entry", ["stage", "record_type", "record_id", "store_id", "consultant_employee_id",
                                      "customer_id", "lead_id", "source", "occurred_at", "recorded_at"], rows(),
                     "funnel entries")

    # --- 6. performance facts, in day order ----------------------------------------------------------------------
    def facts(self):
        n = self.n_cust
        orders, deliveries = self.sales_by_day()
        visits, drives = self.activity[0], self.activity[1]

        def rows():
            for di in range(-PAD, HISTORY_DAYS + PAD + 1):
                day = self.day(di)
                for cid, store, emp, customer, d, od, due, margin, fin in orders[di + PAD]:
                    yield f"ORDERS,{store},{emp},{day},1,{due},contract,{cid}"
                for cid, store, emp, customer, d, od, due, margin, fin in deliveries[di + PAD]:
                    yield f"DELIVERIES,{store},{emp},{day},1,0,contract,{cid}"
                    yield f"REVENUE,{store},{emp},{day},1,{due},contract,{cid}"
                    yield f"GROSS_MARGIN,{store},{emp},{day},1,{margin},contract,{cid}"
                    yield f"COLLECTIONS,{store},{emp},{day},1,{due},payment,{cid}"
                for lid, store, emp, customer, source, created in self.leads_by_day[di + PAD]:
                    yield f"NEW_LEADS,{store},{emp},{day},1,0,lead,{lid}"
                for fid, store, emp, on_time in self.follow_ups_by_day[di + PAD]:
                    yield f"FOLLOW_UPS,{store},{emp},{day},1,0,follow-up,{fid}"
                    if on_time:
                        yield f"FOLLOW_UPS_ON_TIME,{store},{emp},{day},1,0,follow-up,{fid}"
                if 0 <= di <= HISTORY_DAYS:
                    _, _, ranges, prime, base, off = drives
                    for x in ranges[di]:
                        customer, store, emp = self.cse((x * prime + off) % n)
                        yield f"TEST_DRIVES,{store},{emp},{day},1,0,test-drive,{base + x}"
                    _, _, ranges, prime, base, off = visits
                    for x in ranges[di]:
                        if (base + x) % 4 == 0:  # one visit in four is a first visit: a new customer
                            customer, store, emp = self.cse((x * prime + off) % n)
                            yield f"NEW_CUSTOMERS,{store},{emp},{day},1,0,reception,{base + x}"
        self.db.copy("performance_fact", ["metric", "store_id", "employee_id", "occurred_on", "quantity", "amount",
                                          "source_type", "source_id"], rows(), "performance facts")

    # --- 7. receivables of the last 120 days' contracts ----------------------------------------------------------
    def receivables(self):
        recent = [s for s in self.sale_rows if s[4] > HISTORY_DAYS - 120]
        demo_names = {c[0]: c[3] for c in self.demo_customers}

        def name_of(customer):
            if customer in demo_names:
                return demo_names[customer]
            return self.customer_name(customer - self.cbase + 1)[0]

        def accounts():
            for cid, store, emp, customer, d, od, due, margin, fin in recent:
                received = 5000 + (cid % 3) * rhu(due * 0.2) if cid % 6 == 0 else due
                yield (f"{cid},BS{cid - 10_000_000:08d},{customer},{csvq(name_of(customer))},{store},{emp},"
                       f"{csvq(self.employee_names.get(emp))},{due},{received},f,{self.day(od)},0")
        self.db.copy("receivable_account", ["contract_id", "contract_number", "customer_id", "customer_name", "store_id",
                                            "owner_employee_id", "owner_name", "expected", "received", "cancelled",
                                            "opened_on", "version"], accounts(), "receivable accounts")

        def lines():
            for cid, store, emp, customer, d, od, due, margin, fin in recent:
                yield f"{cid},0,DEPOSIT,5000,{self.day(od)}"
                if due - 5000 - fin > 0:
                    yield f"{cid},1,CUSTOMER_BALANCE,{due - 5000 - fin},{self.day(d)}"
                if fin > 0:
                    yield f"{cid},2,LOAN,{fin},{self.day(d + 10)}"
        self.db.copy("receivable_line", ["contract_id", "position", "kind", "amount", "due_on"], lines(),
                     "receivable lines")

    # --- 8. credit cards of companies, default addresses, marketing cost -----------------------------------------
    def cards(self):
        db, ratings = self.db, ["AAA", "AA", "A", "B", "C", ""]
        cb, n = self.cbase, self.n_customers

        def credit():
            for x in range(5, n + 1, 5):  # the companies
                cid = cb + x - 1
                limit = "" if cid % 7 == 0 else 200000 + (cid % 20) * 50000
                yield f"{cid},{ratings[cid % 6]},{limit},30,{(cid % 13) * 40000},{self.now},{self.now},0"
        db.copy("customer_credit", ["customer_id", "rating", "credit_limit", "payment_days", "exposure", "exposure_at",
                                    "updated_at", "version"], credit(), "company credit cards")

        def addresses():
            for cid in range(cb + (cb % 2), cb + n, 2):
                label = "REGISTERED" if (cid - cb + 1) % 5 == 0 else "HOME"  # a company's registered address
                yield f"{cid},{label},{PROVINCES[(cid // 2) % 16]}中山路{cid % 900 + 1}号,,t,{self.now},0"
        db.copy("customer_address", ["customer_id", "label", "address", "postal_code", "is_default", "updated_at",
                                     "version"], addresses(), "default addresses")
        start = time.monotonic()
        db.run(f"""
insert into customer_credit (customer_id, rating, credit_limit, payment_days, exposure, exposure_at, updated_at, version)
select c.id, (array['AAA', 'AA', 'A', 'B', 'C', null])[1 + c.id % 6], case when c.id % 7 = 0 then null else 200000 + (c.id % 20) * 50000 end,
       30, (c.id % 13) * 40000, now(), now(), 0
from customer c where c.id < {cb} and c.kind = 'ORGANISATION' and not exists (select 1 from customer_credit x where x.customer_id = c.id);
insert into customer_address (customer_id, label, address, postal_code, is_default, updated_at, version)
select c.id, case when c.kind = 'ORGANISATION' then 'REGISTERED' else 'HOME' end, (array['上海市', '浙江省杭州市', '江苏省南京市', '江苏省苏州市', '浙江省宁波市', '安徽省合肥市', '北京市',
        '天津市', '河北省石家庄市', '广东省广州市', '广东省深圳市', '四川省成都市', '重庆市', '湖北省武汉市', '湖南省长沙市',
        '陕西省西安市'])[1 + (c.id / 2) % 16] || '中山路' || (c.id % 900 + 1) || '号', null, true, now(), 0
from customer c where c.id < {cb} and c.id % 2 = 0 and not exists (select 1 from customer_address a where a.customer_id = c.id);
insert into lead_source_cost (store_id, cost_month, source, amount, note, updated_by, updated_at, version)
select s.id, m::date, src, 20000 + (s.id * 7 + extract(month from m)::int * 13) % 40 * 1000, null, 'bench', now(), 0
from org_unit s
cross join generate_series(date_trunc('month', date '{self.last_day}' - {HISTORY_DAYS}), date '{self.last_day}', interval '1 month') m
cross join unnest(array['WALK_IN', 'PHONE', 'ONLINE', 'REFERRAL', 'EVENT']) src
where s.kind = 'STORE' and (s.code like 'BENCH-S%' or s.code = 'SH-PD-4S')
on conflict do nothing;
""")
        cost_rows = int(db.value("select count(*) from lead_source_cost where updated_by = 'bench'"))
        db.step("marketing cost (SQL)", cost_rows, time.monotonic() - start)

    # --- 9. indexes back, statistics -----------------------------------------------------------------------------
    def finish(self):
        db = self.db
        print(f"  building {len(self.rebuild)} indexes and constraints again …", flush=True)
        start = time.monotonic()
        db.run("set maintenance_work_mem = '512MB';\n" + "\n".join(self.rebuild) + "\n")
        db.step("indexes and constraints", 0, time.monotonic() - start)
        start = time.monotonic()
        db.run("\n".join(f"vacuum analyze {t};" for t in BIG_TABLES + ["org_unit", "org_employee", "app_user"]) + "\n")
        db.step("vacuum analyze", 0, time.monotonic() - start)

    def report(self, total):
        db = self.db
        rows = sum(r for label, r, s in db.steps if s is not None and not label.startswith("  "))
        lines = db.value("select (select count(*) from performance_fact) + (select count(*) from funnel_entry) "
                         "+ (select count(*) from receivable_line)")
        size = db.value(f"select pg_size_pretty(pg_database_size('{self.args.db}'))")
        print()
        print(f"Scale {self.args.scale}: {self.stores} bench stores + the demo store, {self.n_employees:,} consultants, "
              f"{self.n_customers:,} customers; {int(lines):,} order/payment lines in the database (facts + funnel "
              f"entries + receivable lines); database size {size}.")
        print()
        print("| table / step | rows | seconds | rows/s |")
        print("|---|---:|---:|---:|")
        for label, r, s in db.steps:
            if s is None:
                print(f"| {label} | {r:,} | | |")
            else:
                print(f"| {label} | {r:,} | {s:.1f} | {f'{r / s:,.0f}' if r and s > 0 else ''} |")
        print(f"| **total** | **{rows:,}** | **{total:.1f}** | **{rows / total:,.0f}** |")


def main():
    p = argparse.ArgumentParser(description="Fills an AutoSales database with a dealer group at scale.")
    p.add_argument("--scale", choices=sorted(SCALES), required=True)
    p.add_argument("--db", default="autosales_bench")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--last-day", default="2026-12-06", help="the last day of the three years of history")
    args = p.parse_args()
    env_defaults()
    Generator(args).run()


if __name__ == "__main__":
    main()
