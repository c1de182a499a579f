-- wrk script of `make bench`: each request takes the next path, bearer token and body from the files named on the
-- command line (method, paths, tokens, bodies or "-", threads), so that many members act at once. The threads take
-- interleaved turns, so no two of them send as the same member at the same moment. At the end it writes one line:
-- "RESULT <json>".
local threads = {}

local function read(file)
  local lines = {}
  if file ~= "-" then
    for line in io.lines(file) do
      lines[#lines + 1] = line
    end
  end
  return lines
end

function setup(thread)
  thread:set("first", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  method = args[1]
  paths = read(args[2])
  tokens = read(args[3])
  bodies = read(args[4])
  stride = tonumber(args[5])
  turn = first
end

function request()
  local i = turn
  turn = turn + stride
  local headers = { ["Authorization"] = "Bearer " .. tokens[i % #tokens + 1] }
  local body = nil
  if #bodies > 0 then
    body = bodies[i % #bodies + 1]
    headers["Content-Type"] = "application/json"
  end
  return wrk.format(method, paths[i % #paths + 1], headers, body)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'RESULT {"requests":%d,"durationMicros":%d,"p50Micros":%d,"p99Micros":%d,"statusErrors":%d,' ..
    '"socketErrors":%d}\n', summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
