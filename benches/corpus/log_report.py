"""Web-server log analysis: lines generated with f-strings, parsed with `split`,
`partition`, `strip`, `startswith`, `int()`, aggregated into `defaultdict(list)` and
`Counter`s, and summarized in a report sorted by key functions (`sorted(key=...)`,
`most_common`, `max(key=...)`)."""
import sys
from collections import Counter, defaultdict

PATHS = ["/", "/index.html", "/api/users", "/api/orders", "/static/app.js", "/static/site.css",
         "/login", "/logout", "/search", "/api/items", "/admin", "/favicon.ico"]
METHODS = ["GET", "GET", "GET", "POST", "GET", "PUT", "DELETE", "GET"]
AGENTS = ["Mozilla/5.0 (X11; Linux x86_64)", "curl/7.88.1", "Mozilla/5.0 (Macintosh)",
          "python-requests/2.31", "Googlebot/2.1"]
STATUSES = [200, 200, 200, 200, 304, 404, 200, 500, 301, 200, 403]


def generate(n):
    state = 12345
    lines = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        r = state >> 20
        ip = f"10.{r % 7}.{(r >> 3) % 13}.{(r >> 7) % 200 + 1}"
        hour = ((i * 24) // n + (r >> 41) % 3) % 24
        minute = (r >> 11) % 60
        second = (r >> 17) % 60
        method = METHODS[(r >> 23) % len(METHODS)]
        path = PATHS[(r >> 27) % len(PATHS)]
        if path == "/search":
            path += f"?q=term{(r >> 31) % 50}&page={(r >> 37) % 5 + 1}"
        status = STATUSES[(r >> 33) % len(STATUSES)]
        size = (r >> 13) % 50000 if status != 304 else 0
        agent = AGENTS[(r >> 40) % len(AGENTS)]
        millis = (r >> 5) % 900 + 5
        lines.append(f'{ip} - - [12/Mar/2024:{hour:02d}:{minute:02d}:{second:02d} +0000] '
                     f'"{method} {path} HTTP/1.1" {status} {size} "-" "{agent}" {millis}ms')
    return lines


def parse(line):
    ip, _, rest = line.partition(" - - [")
    stamp, _, rest = rest.partition("] \"")
    request, _, rest = rest.partition("\" ")
    method, path, _proto = request.split(" ")
    fields = rest.split(" ", 2)
    status = int(fields[0])
    size = int(fields[1])
    tail = fields[2]
    agent = tail.split('"')[3]
    millis = int(tail.rsplit(" ", 1)[1].rstrip("ms"))
    hour = int(stamp.split(":")[1])
    query = {}
    if "?" in path:
        path, _, qs = path.partition("?")
        for pair in qs.split("&"):
            key, _, value = pair.partition("=")
            query[key] = value
    return {"ip": ip, "hour": hour, "method": method, "path": path, "query": query,
            "status": status, "size": size, "agent": agent, "millis": millis}


def agent_family(agent):
    lower = agent.lower()
    if "bot" in lower:
        return "bot"
    if lower.startswith("mozilla"):
        return "browser"
    return agent.split("/")[0]


def percentile(sorted_values, fraction):
    if not sorted_values:
        return 0
    k = int(round(fraction * (len(sorted_values) - 1)))
    return sorted_values[k]


def main(n):
    lines = generate(n)
    records = [parse(line) for line in lines]
    by_path = defaultdict(list)
    by_hour = Counter()
    statuses = Counter()
    agents = Counter()
    bytes_by_ip = defaultdict(int)
    searches = Counter()
    errors = []
    for rec in records:
        by_path[rec["path"]].append(rec["millis"])
        by_hour[rec["hour"]] += 1
        statuses[rec["status"]] += 1
        agents[agent_family(rec["agent"])] += 1
        bytes_by_ip[rec["ip"]] += rec["size"]
        if rec["query"]:
            searches[rec["query"]["q"]] += 1
        if rec["status"] >= 500 or (rec["status"] >= 400 and rec["method"] != "GET"):
            errors.append(rec)
    print(f"{len(records)} requests, {len(by_path)} paths, {len(bytes_by_ip)} clients")
    print("status:", ", ".join(f"{code}={count}" for code, count in sorted(statuses.items())))
    print("agents:", agents.most_common(3))
    print(f"{'path':<16}{'hits':>8}{'p50':>6}{'p95':>6}{'mean':>9}")
    for path, times in sorted(by_path.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        times.sort()
        mean = sum(times) / len(times)
        print(f"{path:<16}{len(times):>8}{percentile(times, 0.5):>6}"
              f"{percentile(times, 0.95):>6}{mean:>9.2f}")
    busiest = max(by_hour.items(), key=lambda kv: (kv[1], -kv[0]))
    print("busiest hour", busiest)
    top_clients = sorted(bytes_by_ip, key=bytes_by_ip.get, reverse=True)[:3]
    print("top clients", [(ip, bytes_by_ip[ip]) for ip in top_clients])
    print("top searches", searches.most_common(4))
    worst = sorted(errors, key=lambda r: (-r["millis"], r["ip"], r["path"]))[:3]
    for rec in worst:
        print("  error", rec["status"], rec["method"], rec["path"], rec["ip"], f"{rec['millis']}ms")
    summary = "|".join(sorted({rec["path"].strip("/").split("/")[0] or "root" for rec in records}))
    print("sections", summary.upper().replace("|", " "))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 150000)
