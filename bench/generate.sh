#!/usr/bin/env bash
# AutoSales data generator (issue 12): fills a migrated, demo-seeded PostgreSQL database with a dealer group at scale,
# bulk loaded with COPY. See bench/README.md, "Data generator".
#   bench/generate.sh --scale=small|medium|large [--db=autosales_bench] [--seed=42] [--last-day=2026-12-06]
# Connection: PGHOST/PGPORT/PGUSER/PGPASSWORD (default localhost:5432, autosales/autosales).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v python3 >/dev/null || { echo "python3 is needed (Debian: apt-get install python3)" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is needed (Debian: apt-get install postgresql-client)" >&2; exit 1; }
PYTHONDONTWRITEBYTECODE=1 exec python3 "$here/generate/generate.py" "$@"
