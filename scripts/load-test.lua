-- wrk script for scripts/load-test.sh: each connection takes the paths in LOAD_URLS (a file, one path a line)
-- in turn, starting at a different place, and every answer outside 200-299 is counted (wrk's own count
-- leaves out 3xx).
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("LOAD_URLS")) do
    if #line > 0 then table.insert(paths, line) end
  end
  index = id * 7
  non2xx = 0
  statuses = ""
end

function request()
  index = index + 1
  return wrk.format("GET", paths[(index % #paths) + 1])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if #statuses < 200 then statuses = statuses .. status .. " " end
  end
end

function done(summary, latency, requests)
  local total, seen = 0, ""
  for _, thread in ipairs(threads) do
    total = total + thread:get("non2xx")
    seen = seen .. thread:get("statuses")
  end
  io.write(string.format("non-2xx: %d\n", total))
  if total > 0 then io.write("non-2xx statuses seen: " .. seen .. "\n") end
  io.write(string.format("requests: %d\n", summary.requests))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50/p99/max (ms): %.1f / %.1f / %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
