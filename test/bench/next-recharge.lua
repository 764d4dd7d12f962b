-- Runs inside wrk (LuaJIT), the C counterpart of next-recharge.cjs (see wrk-load.ts): each
-- POST /v1/recharges gets the next unused card of this thread and a fresh Idempotency-Key.
-- wrk gives every thread its own Lua state; `setup` and `done` run in the main one.
-- Input (environment): BENCH_WRK_CARDS, a file of request bodies, one per line;
-- BENCH_WRK_THREADS, how many threads share it; BENCH_WRK_API_KEY; BENCH_WRK_KEY_PREFIX.

-- Main state: every thread, so `done` can read their counters.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

-- Thread state. `id` is set by setup before init runs.
local bodies, headers = {}, {}
local prefix
sent = 0
cards = 0
statuses = {}

function init(args)
  local threadCount = tonumber(os.getenv("BENCH_WRK_THREADS"))
  -- Thread k takes lines k, k + n, k + 2n…: disjoint slices, so each card is used once.
  local line = 0
  for body in io.lines(os.getenv("BENCH_WRK_CARDS")) do
    if line % threadCount == id then
      bodies[#bodies + 1] = body
    end
    line = line + 1
  end
  cards = #bodies
  prefix = os.getenv("BENCH_WRK_KEY_PREFIX") .. "-" .. id .. "-"
  headers["Authorization"] = "Bearer " .. os.getenv("BENCH_WRK_API_KEY")
  headers["Content-Type"] = "application/json"
end

function request()
  sent = sent + 1
  -- Past the last card the final one is resent: it fails, and the run reports that it ran out.
  headers["Idempotency-Key"] = prefix .. sent
  return wrk.format("POST", "/v1/recharges", headers, bodies[math.min(sent, cards)])
end

function response(status)
  local code = tostring(status)
  statuses[code] = (statuses[code] or 0) + 1
end

-- One line for wrk-load.ts to parse; latencies in µs, duration in µs.
function done(summary, latency)
  local codes, total, cardTotal = {}, 0, 0
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do
      codes[code] = (codes[code] or 0) + n
    end
    total = total + thread:get("sent")
    cardTotal = cardTotal + thread:get("cards")
  end
  local parts = {}
  for code, n in pairs(codes) do
    parts[#parts + 1] = string.format('"%s":%d', code, n)
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_WRK {"statuses":{%s},"sent":%d,"cards":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,'
      .. '"socketErrors":%d,"timeouts":%d}\n',
    table.concat(parts, ","), total, cardTotal, summary.duration,
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write, e.timeout))
end
