-- wrk script: logged-in users of mixed roles doing their daily journeys in the browser UI (session cookie) and
-- recording follow-ups over the API (bearer token).
--
-- Run with as many threads as connections (wrk -tN -cN): every wrk thread has its own Lua state, so one thread
-- with one connection is one user with their own session, journey position and follow-up task. bench/journeys/run.sh
-- writes USERS_FILE, one line per connection:
--   role user session token task level customer lead contract quote
-- Each user walks their role's journey (a fixed cycle of requests, started at a random point), waiting
-- THINK_MS ± 50 % (default 1000) between requests.
--
-- Per-request wall time is taken with LuaJIT's FFI (clock_gettime) from request() to response(): with one
-- connection per thread that is the same interval wrk measures, so the figures can be split by request type.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } journeys_timespec;
int clock_gettime(int clk_id, journeys_timespec *tp);
]]
local ts = ffi.new("journeys_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

-- customer searches typed at the counter (the htmx list fragment the search box asks for)
local searches = {
  "zs", "%E5%BC%A0%E4%BC%9F", "wangfang", "%E7%8E%8B", "1391", "li", "%E6%9D%8E%E5%A8%9C", "chen", "0005", "lj",
}

-- Journeys: {type, path}. Types: list (list or search page), page (detail, dashboard, form), report, write.
-- {c} {l} {k} {q} are the user's customer, lead, contract and quote; {s} the next search term.
local journeys = {
  consultant = {
    { "page", "/" }, { "page", "/follow-ups" }, { "list", "/leads" }, { "page", "/leads/{l}" }, { "write", "follow-up" },
    { "list", "/customers" }, { "list", "/customers?q={s}", true }, { "list", "/customers?q={s}", true },
    { "page", "/customers/{c}" }, { "list", "/leads?level=A" }, { "list", "/quotes" }, { "page", "/quotes/{q}" },
    { "list", "/customers?q={s}", true }, { "page", "/" }, { "list", "/contracts" }, { "page", "/contracts/{k}" },
    { "list", "/leads?overdue=true" }, { "page", "/leads/{l}" }, { "write", "follow-up" }, { "list", "/customers?q={s}", true },
  },
  salesmanager = {
    { "page", "/" }, { "list", "/leads" }, { "page", "/leads/manager" }, { "list", "/customers?q={s}", true },
    { "page", "/customers/{c}" }, { "list", "/quotes" }, { "page", "/quotes/{q}" }, { "list", "/contracts" },
    { "page", "/contracts/{k}" }, { "report", "/reports" }, { "report", "/reports/funnel-conversion?period=MONTH" },
    { "list", "/leads?overdue=true" }, { "list", "/customers?q={s}", true }, { "page", "/leads/{l}" },
  },
  gm = {
    { "page", "/" }, { "report", "/reports" }, { "report", "/reports/sales-summary?period=MONTH" },
    { "list", "/customers?q={s}", true }, { "list", "/contracts" }, { "page", "/contracts/{k}" }, { "list", "/quotes" },
    { "list", "/leads" }, { "report", "/reports/target-attainment?period=MONTH" }, { "page", "/customers/{c}" },
    { "list", "/customers?q={s}", true }, { "page", "/" },
  },
  finance = {
    { "page", "/" }, { "list", "/contracts" }, { "page", "/contracts/{k}" }, { "list", "/contracts?status=DEPOSIT_RECEIVED" },
    { "list", "/customers?q={s}", true }, { "page", "/customers/{c}" }, { "report", "/reports" },
    { "report", "/reports/receivables-ageing?period=DAY" }, { "page", "/contracts/{k}" }, { "list", "/quotes" },
  },
  admin = {
    { "page", "/" }, { "list", "/customers" }, { "list", "/customers?q={s}", true }, { "page", "/customers/{c}" },
    { "list", "/leads" }, { "list", "/contracts" }, { "list", "/customers?q={s}", true }, { "report", "/reports" },
  },
}

local lines = {}
do
  local f = assert(io.open(os.getenv("USERS_FILE") or "/tmp/journeys-users.txt"))
  for line in f:lines() do
    if line:match("%S") and not line:match("^#") then lines[#lines + 1] = line end
  end
  f:close()
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("slot", #threads)
  thread:set("cfg", lines[((#threads - 1) % #lines) + 1])
end

local think = tonumber(os.getenv("THINK_MS") or "1000")
local next_date = os.getenv("NEXT_DATE") or "2026-12-31"
local only = os.getenv("ONLY") -- e.g. ONLY=list: send only that type of request (a second pass per type)
if only == "" then only = nil end

function init(args)
  local f = {}
  for w in string.gmatch(cfg, "%S+") do f[#f + 1] = w end
  role, user, session, token, task, level = f[1], f[2], f[3], f[4], f[5], f[6]
  ids = { c = f[7], l = f[8], k = f[9], q = f[10] }
  steps = {}
  for _, step in ipairs(journeys[role] or journeys.consultant) do
    local ok = (task ~= "-" or step[1] ~= "write") and (only == nil or step[1] == only)
    -- a page of a record this user has none of (e.g. consultant2 has no contract yet) is left out
    for k in string.gmatch(step[2], "{(%a)}") do
      if k ~= "s" and ids[k] == "-" then ok = false end
    end
    if ok then steps[#steps + 1] = step end
  end
  math.randomseed(slot * 7919 + os.time())
  pos = math.random(0, #steps - 1)
  search_pos = math.random(0, #searches - 1)
  -- every response as "type status ms;" (done() reads it with thread:get, which copies strings but not tables)
  record = ""
  current = nil
  started = 0
end

local function fill(path)
  return (path:gsub("{(%a)}", function(k)
    if k == "s" then
      search_pos = search_pos + 1
      return searches[(search_pos % #searches) + 1]
    end
    return ids[k]
  end))
end

function request()
  pos = pos + 1
  current = steps[(pos % #steps) + 1]
  local req
  if current[1] == "write" then
    local body = string.format('{"channel":"PHONE","summary":"电话回访：客户询问到店试驾时间 %d","level":"%s","nextDate":"%s"}',
      pos, level, next_date)
    req = wrk.format("POST", "/api/v1/follow-ups/" .. task,
      { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
  else
    local headers = { ["Cookie"] = "SESSION=" .. session }
    if current[3] then headers["HX-Request"] = "true" end -- the list fragment the search box asks for
    req = wrk.format("GET", fill(current[2]), headers)
  end
  started = now_ms()
  return req
end

function response(status, headers, body)
  local ms = now_ms() - started
  local kind = current and current[1] or "?"
  -- every page here answers 200: a redirect (3xx) would mean the session was lost, and counts as an error
  record = record .. string.format("%s %d %.3f;", kind, status, ms)
  if status >= 300 and os.getenv("DEBUG") then
    io.stderr:write(user .. " " .. status .. " " .. (current[2] or "") .. " " .. string.sub(body, 1, 300) .. "\n")
  end
  if kind == "write" and status == 200 then
    -- the answer is the next task of the same lead: record that one next time
    local id = string.match(body, '"id"%s*:%s*(%d+)')
    if id then task = id end
  end
end

function delay()
  if think <= 0 then return 0 end
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end

local function pct(sorted, p)
  if #sorted == 0 then return 0 end
  local i = math.ceil(#sorted * p / 100)
  if i < 1 then i = 1 end
  return sorted[i]
end

-- The follow-up chains go on in the next run: each connection's open task is written back to USERS_FILE
-- (recording a task closes it and answers the next one, which only this run knows).
local function save_tasks()
  local path = os.getenv("USERS_FILE") or "/tmp/journeys-users.txt"
  local out = {}
  for i, line in ipairs(lines) do
    local t = threads[i]
    if t and t:get("task") and t:get("task") ~= "-" then
      local f = {}
      for w in string.gmatch(line, "%S+") do f[#f + 1] = w end
      f[5] = t:get("task")
      line = table.concat(f, " ")
    end
    out[#out + 1] = line
  end
  local file = assert(io.open(path, "w"))
  file:write(table.concat(out, "\n"), "\n")
  file:close()
end

function done(summary, latency, requests)
  save_tasks()
  local all, by_kind, status_total, bad = {}, {}, {}, 0
  for _, t in ipairs(threads) do
    for kind, status, ms in string.gmatch(t:get("record") or "", "(%a+) (%d+) ([%d.]+);") do
      ms = tonumber(ms)
      by_kind[kind] = by_kind[kind] or {}
      table.insert(by_kind[kind], ms)
      table.insert(all, ms)
      local key = kind .. "/" .. status
      status_total[key] = (status_total[key] or 0) + 1
      if tonumber(status) >= 300 then bad = bad + 1 end
    end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f max=%.1f errors=%d socket=%d(connect %d read %d write %d timeout %d) non2xx=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    bad + socket, socket, e.connect, e.read, e.write, e.timeout, bad))
  local keys = {}
  for k in pairs(status_total) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do parts[#parts + 1] = k .. ":" .. status_total[k] end
  io.write("STATUS " .. table.concat(parts, " ") .. "\n")
  local kinds = { "list", "page", "report", "write" }
  for _, kind in ipairs(kinds) do
    local list = by_kind[kind]
    if list and #list > 0 then
      table.sort(list)
      io.write(string.format("TYPE %-6s n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f\n", kind, #list,
        pct(list, 50), pct(list, 95), pct(list, 99), list[#list]))
    end
  end
  table.sort(all)
  io.write(string.format("TYPE all    n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f (Lua wall clock)\n", #all,
    pct(all, 50), pct(all, 95), pct(all, 99), all[#all] or 0))
end
