"""psql helpers: queries, COPY pipes (one psql subprocess per table), timing of each load step."""
import os
import subprocess
import sys
import time


class Db:
    def __init__(self, name):
        self.name = name
        self.base = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", name]
        self.steps = []  # (label, rows, seconds)

    def query(self, sql):
        """Rows of a query as lists of strings (tab separated, NULL as empty string)."""
        out = subprocess.run(self.base + ["-At", "-F", "\t", "-c", sql], check=True, capture_output=True,
                             text=True)
        return [line.split("\t") for line in out.stdout.splitlines() if line != ""]

    def value(self, sql):
        rows = self.query(sql)
        return rows[0][0] if rows else None

    def run(self, sql, label=None, rows=0):
        """Runs SQL (several statements allowed); timed as a step if labelled."""
        start = time.monotonic()
        subprocess.run(self.base, input=sql, check=True, text=True, stdout=subprocess.DEVNULL)
        seconds = time.monotonic() - start
        if label:
            self.step(label, rows, seconds)
        return seconds

    def step(self, label, rows, seconds):
        self.steps.append((label, rows, seconds))
        rate = f"{rows / seconds:,.0f} rows/s" if rows and seconds > 0 else ""
        print(f"  {label:<28} {rows:>12,} rows {seconds:8.1f} s  {rate}", flush=True)

    def copy(self, table, columns, lines, label=None):
        """Streams CSV lines (strings without newline) into table through psql's \\copy; returns the row count."""
        pipe = CopyPipe(self, table, columns)
        start = time.monotonic()
        for line in lines:
            pipe.write(line)
        n = pipe.close()
        self.step(label or table, n, time.monotonic() - start)
        return n


class CopyPipe:
    """One `psql -c "\\copy table (cols) from stdin with (format csv)"` fed through its stdin in large chunks, so the
    rows are generated in this process while the server parses and stores the previous chunk."""

    CHUNK = 4000

    def __init__(self, db, table, columns):
        self.table = table
        cmd = f"\\copy {table} ({', '.join(columns)}) from stdin with (format csv)"
        self.proc = subprocess.Popen(db.base + ["-c", cmd], stdin=subprocess.PIPE, bufsize=1 << 20)
        self.buf = []
        self.rows = 0

    def write(self, line):
        self.buf.append(line)
        if len(self.buf) >= self.CHUNK:
            self.flush()

    def flush(self):
        if self.buf:
            self.buf.append("")
            self.proc.stdin.write("\n".join(self.buf).encode())
            self.rows += len(self.buf) - 1
            self.buf = []

    def close(self):
        self.flush()
        self.proc.stdin.close()
        if self.proc.wait() != 0:
            sys.exit(f"COPY into {self.table} failed")
        return self.rows


def env_defaults():
    os.environ.setdefault("PGHOST", "localhost")
    os.environ.setdefault("PGPORT", "5432")
    os.environ.setdefault("PGUSER", "autosales")
    os.environ.setdefault("PGPASSWORD", "autosales")
