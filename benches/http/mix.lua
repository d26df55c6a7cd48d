-- wrk script for benches/http.sh: each request is one search of the
-- benchmark's query mix (one API path per line in the file named by the
-- environment variable VIECLAM_HTTP_PATHS), picked at random.
--
-- With VIECLAM_HTTP_UNIQUE=1 every request also carries a `posted_since`
-- day long before any posting (it filters nothing), cycling through
-- 10,000 days, so requests hardly ever repeat and the server's memory of
-- recent results cannot answer them: the figure is then the engine's own.

local paths = {}
local unique = os.getenv("VIECLAM_HTTP_UNIQUE") == "1"
local counter = 0
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  local file = assert(io.open(os.getenv("VIECLAM_HTTP_PATHS"), "r"))
  for line in file:lines() do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  file:close()
  -- A different sequence per thread, the same from run to run.
  math.randomseed(2024 + id)
  counter = id * 3571
end

function request()
  local path = paths[math.random(#paths)]
  if unique then
    counter = counter + 1
    -- Days from 1990-01-01 onwards, cycling through about 27 years.
    local day = counter % 10000
    local t = os.time({ year = 1990, month = 1, day = 1 + day, hour = 12 })
    path = path .. "&posted_since=" .. os.date("%Y-%m-%d", t)
  end
  return wrk.format("GET", path)
end
