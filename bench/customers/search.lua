-- wrk script: the customer list as people use it, over the API and the htmx list fragment, as several roles.
-- Each connection takes one role's token (round robin) and cycles through searches typed at the counter:
-- names, pinyin, initials, phone fragments, filters, sort orders, later pages.
-- TOKENS="t1 t2 ..." is read from the environment (bench/customers/run.sh fills it). Each connection is one
-- user with think time between requests (see delay()).
local paths = {
  "/api/v1/customers",
  "/api/v1/customers?q=zs",
  "/api/v1/customers?q=%E5%BC%A0%E4%BC%9F",            -- 张伟
  "/api/v1/customers?q=wangfang",
  "/api/v1/customers?q=%E8%A6%83",                       -- 覃
  "/api/v1/customers?q=1391",
  "/api/v1/customers?q=0005",
  "/api/v1/customers?q=%E6%9D%AD%E5%B7%9E%E5%BC%A0",     -- 杭州张 (company names)
  "/api/v1/customers?grade=A&region=%E5%8D%8E%E4%B8%9C",  -- grade A, 华东
  "/api/v1/customers?lifecycle=OLD&sort=NAME",
  "/api/v1/customers?tradeStage=TRADING&page=3",
  "/api/v1/customers?q=li&sort=RECENTLY_UPDATED",
  "/customers?q=zhang",                                   -- the list fragment a browser asks for while typing
  "/customers?q=%E7%8E%8B&grade=B",                       -- 王, grade B
}

local tokens = {}
for t in string.gmatch(os.getenv("TOKENS") or "", "%S+") do tokens[#tokens + 1] = t end
local next_token = 0

function setup(thread)
  -- nothing: tokens are handed out per connection in init
end

function init(args)
  next_token = next_token + 1
  token = tokens[((math.random(1, 1000) + next_token) % #tokens) + 1]
  counter = math.random(0, #paths - 1)
end

function request()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  local headers = { ["Authorization"] = "Bearer " .. token }
  if string.sub(path, 1, 4) ~= "/api" then headers["HX-Request"] = "true" end
  return wrk.format("GET", path, headers)
end

-- A user reads the page before the next search: THINK_MS (default 1000) ± 50 %. THINK_MS=0 runs flat out.
local think = tonumber(os.getenv("THINK_MS") or "1000")
function delay()
  if think <= 0 then return 0 end
  return math.random(math.floor(think / 2), math.floor(think * 3 / 2))
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("requests %d, %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, errors %d (non-2xx %d, socket %d)\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    non2xx + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
