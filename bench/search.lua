-- wrk script: the search page, rotating through the queries of bench/queries.txt (one per line).
local queries = {}
for line in io.lines("bench/queries.txt") do
  if line ~= "" then
    queries[#queries + 1] = line:gsub("([^%w%-%.%_%~ ])", function(c) return string.format("%%%02X", string.byte(c)) end):gsub(" ", "+")
  end
end
local path = os.getenv("SEARCH_PATH") or "/search?q="
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", path .. queries[(n % #queries) + 1])
end
