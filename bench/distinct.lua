-- wrk script: every request a different URL, read from the file named by the first script argument (one path a
-- line). The two threads take alternate lines, so that no URL is sent twice; a thread that runs out starts over
-- (reported by LongTail as "wrapped" when the file was too short for the run).
local paths = {}
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local i = 0
  for line in io.lines(args[1]) do
    if i % 2 == id then
      table.insert(paths, line)
    end
    i = i + 1
  end
  next_path = 1
  wrapped = 0
end

function request()
  local p = paths[next_path]
  next_path = next_path + 1
  if next_path > #paths then
    next_path = 1
    wrapped = wrapped + 1
  end
  return wrk.format("GET", p)
end

function done(summary, latency, requests)
  local w = 0
  for _, t in ipairs(threads) do
    w = w + (t:get("wrapped") or 0)
  end
  io.write(string.format("wrapped %d\n", w))
end
