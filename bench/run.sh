#!/usr/bin/env bash
# The benchmark suite (not part of ./mvnw -B verify): for each database (h2, postgres) and corpus
# size, fills a fresh database with `generate --reports N --seed 42` (import throughput), starts the
# server (time to first page, memory), loads the theme page, a paragraph page, the API listing and
# search with wrk at 1, 16 and 64 connections, and measures two references on the same machine in
# the same run: nginx serving the same theme page as a static file, and PostgreSQL full-text search
# answering the same queries (postgres runs only); on h2, the rows an import wrote copied inside the
# database (bench/H2Ceiling.java), the ceiling of any import into it. Then the pages whose work grows
# with the data: the coverage page with its heat map, the Secretariat's "My work" and desk (signed in
# with a session cookie), and the downloads of every report (reports.csv, the public and the full
# pack), each timed whole and four at once, with the resident memory meanwhile. Prints a Markdown report; raw
# output stays in $BENCH_DIR. Usage: bench/run.sh [SIZES] [DATABASES]   e.g. bench/run.sh 10000,100000 h2,postgres
# Settings: BENCH_DIR (/tmp/mandato-bench), BENCH_DURATION (10s per wrk run), BENCH_DOWNLOAD_TIMEOUT (1800 s
# for one download), BENCH_NICE (10: the
# niceness of the runs of 100,000 reports and more, which must not slow down other work on the machine),
# BENCH_HEAP (512m: the maximum heap of every Java process, the issue's limit at a million reports),
# BENCH_REUSE (set: keep a database an earlier run of the script generated in $BENCH_DIR, and skip its import).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes="${1:-10000,100000,1000000}"
databases="${2:-h2,postgres}"
work="${BENCH_DIR:-/tmp/mandato-bench}"
duration="${BENCH_DURATION:-10s}"
nice_level="${BENCH_NICE:-10}"
heap="${BENCH_HEAP:-512m}"
# wrk is one client: the per-client limits on search and tokens (docs/CONFIGURATION.md) would refuse it.
unlimited=(--mandato.rate-limit.search.requests=1000000000 --mandato.rate-limit.api-token.requests=1000000000)
# The Secretariat account a new database gets (FirstStart), and the password it is changed to at the first sign-in.
admin_first="bench-first-Kq7v2Lw9"
admin_changed="bench-changed-Zr4t8Nx3"
download_timeout="${BENCH_DOWNLOAD_TIMEOUT:-1800}"
port=18080
nginx_port=18081
pg_port=55432
theme=migration
paragraph=/summits/v/port-of-spain-declaration/17
mkdir -p "$work"
report="$work/report-$(date -u +%Y%m%dT%H%M%SZ).md"

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2" >&2; apt-get install -y "$2" >/dev/null; }; }
need wrk wrk
need nginx nginx
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [[ "$databases" == *postgres* && -z "$pg_bin" ]]; then
    apt-get install -y postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
jar="${BENCH_JAR:-}"
if [[ -z "$jar" ]]; then
    # A copy, so that a build during the run cannot change the jar under the running servers.
    ./mvnw -B -q package -DskipTests
    jar="$work/mandato.jar"
    cp target/mandato-0.1.0-SNAPSHOT.jar "$jar"
fi

out() { echo "$*" | tee -a "$report"; }
niceness=0
run_nice() { nice -n "$niceness" "$@"; }
as_postgres() { (cd /tmp && runuser -u postgres -- "$@"); }

out "# Mandato benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
out ""
out "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
out "- $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2); $(nginx -v 2>&1); PostgreSQL $("$pg_bin/postgres" --version 2>/dev/null | awk '{print $3}')"
out "- commit $(git rev-parse --short HEAD); command: bench/run.sh $sizes $databases (wrk ${duration} per run; runs of 100,000 reports and more at nice $nice_level)"
out ""

server_pid=""
stop_server() {
    if [[ -n "$server_pid" ]]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}
trap 'stop_server; [[ -f "$work/nginx.pid" ]] && nginx -c "$work/nginx.conf" -s stop 2>/dev/null; [[ -d "$work/pg" ]] && as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true' EXIT

# Starts the server with the given arguments; sets start_seconds, from launch to the first page.
start_seconds=""
start_server() {
    local log="$1"; shift
    local started
    started=$(date +%s.%N)
    nice -n "$niceness" "${java_command:-java}" -Xmx"$heap" ${java_options:-} -jar "${start_jar:-$jar}" --server.port=$port "${unlimited[@]}" "$@" >"$log" 2>&1 &
    server_pid=$!
    # The theme page exists once the catalogue is there (Tomcat answers before the first pack is loaded).
    until curl -sf -o /dev/null "http://localhost:$port/themes/$theme"; do
        if ! kill -0 "$server_pid" 2>/dev/null; then echo "server failed, see $log" >&2; exit 1; fi
        sleep 0.05
    done
    start_seconds=$(awk -v now="$(date +%s.%N)" -v then="$started" 'BEGIN {printf "%.2f", now - then}')
}

# Waits until the instance says it is ready (search index open or rebuilt), so that a restart that
# follows finds an intact index, as a real restart does.
wait_ready() {
    until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.2; done
}

rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$server_pid/status"; }
heap_after_gc_mb() {
    jcmd "$server_pid" GC.run >/dev/null 2>&1
    jcmd "$server_pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K", "", v); printf "%d", v / 1024; exit}}'
}

# One wrk run; sets load_result to "requests/s | p50 | p99" and keeps the highest RSS seen meanwhile.
peak_rss=0
load_result=
load() {
    local url="$1" connections="$2" script="${3:-}" header="${4:-}"
    local threads=$(( connections < 2 ? 1 : 2 ))
    local raw="$work/wrk-$(date +%s%N).txt"
    (while kill -0 "$server_pid" 2>/dev/null; do rss_mb; echo; sleep 1; done) >"$raw.rss" &
    local sampler=$!
    if [[ -n "$script" ]]; then
        SEARCH_PATH="$url" wrk -t$threads -c$connections -d$duration --latency -s "$script" "http://localhost:$port/" >"$raw"
    else
        wrk -t$threads -c$connections -d$duration --latency ${header:+-H "$header"} "$url" >"$raw"
    fi
    kill "$sampler" 2>/dev/null || true
    local rss
    rss=$(sort -n "$raw.rss" | tail -1)
    (( ${rss:-0} > peak_rss )) && peak_rss=$rss
    local non2xx
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$raw")
    load_result="$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$raw") | $(awk '$1 == "50%" {print $2}' "$raw") | $(awk '$1 == "99%" {print $2}' "$raw")${non2xx:+ ($non2xx answers not 2xx)}"
}

table_of() {
    local name="$1" url="$2" script="${3:-}" header="${4:-}"
    for c in 1 16 64; do
        load "$url" "$c" "$script" "$header"
        out "| $name | $c | $load_result |"
    done
}

nginx_reference() {
    mkdir -p "$work/www"
    curl -sf "http://localhost:$port/themes/$theme" -o "$work/www/theme.html"
    cat >"$work/nginx.conf" <<EOF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        location / { default_type text/html; }
    }
}
EOF
    nice -n "$niceness" nginx -c "$work/nginx.conf"
    sleep 0.5
    for c in 1 16 64; do
        local raw="$work/nginx-$c.txt"
        wrk -t$(( c < 2 ? 1 : 2 )) -c$c -d$duration --latency "http://127.0.0.1:$nginx_port/theme.html" >"$raw"
        out "| nginx, same theme page as a static file ($(stat -c %s "$work/www/theme.html") bytes) | $c | $(awk '/Requests\/sec/ {printf "%.0f", $2}' "$raw") | $(awk '$1 == "50%" {print $2}' "$raw") | $(awk '$1 == "99%" {print $2}' "$raw") |"
    done
    nginx -c "$work/nginx.conf" -s stop
    rm -f "$work/nginx.pid"
}

# Signs in as the Secretariat ("admin", created by the first start with $admin_first) and changes the
# one-time password when asked to; sets secretariat_cookie to the session's Cookie header, or leaves it
# empty when the database's admin has another password (a database generated by an older script).
secretariat_cookie=""
sign_in_secretariat() {
    local jar="$work/secretariat.cookies" base="http://localhost:$port" token where password
    secretariat_cookie=""
    csrf_of() { curl -s -c "$jar" -b "$jar" "$base$1" | { grep -o 'name="_csrf" value="[^"]*"' || true; } | head -1 | sed 's/.*value="//; s/"$//'; }
    for password in "$admin_changed" "$admin_first"; do
        rm -f "$jar"
        token=$(csrf_of /login)
        where=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=admin" \
            --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login")
        [[ "$where" != *error* && -n "$where" ]] && break
        where=""
    done
    [[ -z "$where" ]] && return 0
    if [[ "$password" == "$admin_first" ]]; then
        token=$(csrf_of /account/password)
        curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "current=$admin_first" --data-urlencode "next=$admin_changed" \
            --data-urlencode "confirmation=$admin_changed" --data-urlencode "_csrf=$token" "$base/account/password"
    fi
    local cookie="Cookie: SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar" | tail -1)"
    [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base/my/work")" == 200 ]] && secretariat_cookie="$cookie"
    return 0
}

# One download read whole by curl; sets download_result to "seconds | MB | MB/s".
download_result=
download() {
    local url="$1" header="${2:-}"
    local timing
    timing=$(curl -s -o /dev/null --max-time "$download_timeout" -w '%{http_code} %{time_total} %{size_download}' \
        ${header:+-H "$header"} "$url" || true)
    download_result=$(awk -v t="$timing" 'BEGIN {split(t, a, " "); if (a[1] != 200) {printf "failed (HTTP %s after %.1f s) | | ", a[1], a[2]; exit}
        printf "%.2f | %.2f | %.1f", a[2], a[3] / 1048576, a[3] / 1048576 / (a[2] > 0 ? a[2] : 1)}')
}

# Each download alone, then four at once, with the highest resident memory seen during each.
downloads() {
    out ""
    out "| download | at once | seconds (each) | MB | MB/s | peak resident MB |"
    out "|---|---:|---:|---:|---:|---:|"
    local spec name path header n i rss
    for spec in "public reports.csv|/export/reports.csv|" "public pack|/export/pack.zip|" \
                "full pack (Secretariat)|/secretariat/export/pack.zip|$secretariat_cookie"; do
        IFS='|' read -r name path header <<<"$spec"
        if [[ "$path" == /secretariat/* && -z "$header" ]]; then
            out "| $name | | not measured: no Secretariat session | | | |"
            continue
        fi
        for n in 1 4; do
            local raw="$work/download-$(date +%s%N)"
            (while kill -0 "$server_pid" 2>/dev/null; do rss_mb; echo; sleep 1; done) >"$raw.rss" &
            local sampler=$!
            local pids=()
            for i in $(seq 1 "$n"); do
                (download "http://localhost:$port$path" "$header"; echo "$download_result" >"$raw.$i") &
                pids+=($!)
            done
            wait "${pids[@]}" || true
            kill "$sampler" 2>/dev/null || true
            rss=$(sort -n "$raw.rss" | tail -1)
            (( ${rss:-0} > peak_rss )) && peak_rss=$rss
            out "| $name | $n | $(cat "$raw".[0-9]* | awk -F' [|] ' '{s = s (s ? ", " : "") $1; m = $2; r = $3} END {printf "%s | %s | %s", s, m, r}') | ${rss:-?} |"
        done
    done
}

pg_started=""
start_postgres() {
    [[ -n "$pg_started" ]] && return
    rm -rf "$work/pg" && mkdir -p "$work/pg" && chown postgres "$work/pg"
    as_postgres "$pg_bin/initdb" -D "$work/pg" --auth=trust -U postgres >/dev/null
    printf "port = %d\nlisten_addresses = 'localhost'\nshared_buffers = 512MB\nmax_connections = 200\nunix_socket_directories = '/tmp'\n" "$pg_port" >>"$work/pg/postgresql.conf"
    as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w start >/dev/null
    pg_started=yes
}

# PostgreSQL full-text search on the same queries (bench/fts-queries.sh): a stored tsvector column
# on report_text, filled once ('simple' configuration, the corpus being in four languages), with a
# GIN index on it; ranked by ts_rank on the stored column, so no vector is computed per row at query
# time. The top 20 by rank and the number of matches, what the search page shows besides facets and
# snippets. One pgbench script per query, chosen at random. bench/pg-fts.sh measures the same on its own.
source bench/fts-queries.sh
fts_reference() {
    local database="$1"
    local started scripts=()
    started=$(date +%s)
    "$pg_bin/psql" -q -h localhost -p $pg_port -U postgres -d "$database" \
        -c "alter table report_text add column if not exists fts tsvector generated always as (to_tsvector('simple', body)) stored" \
        -c "create index if not exists report_text_fts on report_text using gin (fts)" -c "vacuum analyze report_text"
    out "| (stored tsvector column filled and its GIN index built in $(( $(date +%s) - started )) s) | | | | |"
    read -ra scripts <<<"$(fts_scripts "$work" "report_text t join report r on r.id = t.report_id" "t.fts" "r.id" "r.status = 'published' and")"
    for c in 1 16 64; do
        rm -f "$work"/fts.[0-9]*
        (cd "$work" && "$pg_bin/pgbench" -n -h localhost -p $pg_port -U postgres "${scripts[@]}" -c $c -j $(( c < 2 ? 1 : 2 )) \
            -T "${duration%s}" -l --log-prefix=fts "$database" >"$work/pgbench-$c.txt" 2>&1)
        local tps
        tps=$(awk '/^tps/ {printf "%.0f", $3; exit}' "$work/pgbench-$c.txt")
        out "| PostgreSQL full-text search, same queries | $c | $tps | $(cat "$work"/fts.[0-9]* | awk '{print $3}' | sort -n | awk '{a[NR] = $1} END {printf "%.2fms | %.2fms", a[int(NR * 0.5) + 1] / 1000, a[int(NR * 0.99) + 1] / 1000}') |"
    done
}

# Cold start with the demo pack only: the first start of an empty database (migrations, pack load)
# and a restart of it, each to the first page; then the same with the start recipe of
# docs/OPERATIONS.md (the context prepared ahead of time, and a class data sharing archive).
rm -rf "$work/demo"
start_server "$work/demo-first.log" --mandato.data-dir="$work/demo"
first=$start_seconds
wait_ready
stop_server
start_server "$work/demo-again.log" --mandato.data-dir="$work/demo"
out "Cold start to the first page with the demo pack (embedded database), \`java -jar\`: first start ${first} s (migrations and pack load included), restart ${start_seconds} s; resident memory at rest $(rss_mb) MB."
stop_server
rm -rf "$work/app" "$work/demo"
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app_jar="$work/app/$(basename "$jar")"
java -XX:ArchiveClassesAtExit="$work/app/app.jsa" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar "$app_jar" \
    --mandato.data-dir="$work/demo-training" --server.port=0 >"$work/cds-training.log" 2>&1
rm -rf "$work/demo-training"
java_options="-XX:SharedArchiveFile=$work/app/app.jsa -Dspring.aot.enabled=true" start_jar="$app_jar" \
    start_server "$work/demo-fast-first.log" --mandato.data-dir="$work/demo"
first=$start_seconds
wait_ready
stop_server
java_options="-XX:SharedArchiveFile=$work/app/app.jsa -Dspring.aot.enabled=true" start_jar="$app_jar" \
    start_server "$work/demo-fast-again.log" --mandato.data-dir="$work/demo"
out "Cold start with the recipe of docs/OPERATIONS.md (ahead-of-time context, class data sharing archive): first start ${first} s, restart ${start_seconds} s; resident memory at rest $(rss_mb) MB."
stop_server
# The same with the client compiler only: a faster start bought with slower code afterwards (OPERATIONS.md).
java_options="-XX:SharedArchiveFile=$work/app/app.jsa -Dspring.aot.enabled=true -XX:TieredStopAtLevel=1" start_jar="$app_jar" \
    start_server "$work/demo-c1-again.log" --mandato.data-dir="$work/demo"
out "Restart with the same recipe and the client compiler only (-XX:TieredStopAtLevel=1): ${start_seconds} s."
stop_server
# Java 24 and later keep loaded and linked classes and method profiles in an ahead-of-time cache
# (JEP 483, 514, 515): the same recipe with it instead of the class data sharing archive, when such
# a JDK is installed (BENCH_JAVA_AOT names its java; the code itself still builds and runs on 17).
java_aot="${BENCH_JAVA_AOT:-$(ls -d /usr/lib/jvm/*-2[4-9]-*/bin/java 2>/dev/null | sort -V | tail -1 || true)}"
if [[ -n "$java_aot" && -x "$java_aot" ]]; then
    "$java_aot" -XX:AOTCacheOutput="$work/app/app.aot" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar "$app_jar" \
        --mandato.data-dir="$work/demo-training" --server.port=0 >"$work/aot-training.log" 2>&1
    rm -rf "$work/demo-training"
    java_command="$java_aot" java_options="-XX:AOTCache=$work/app/app.aot -Dspring.aot.enabled=true" start_jar="$app_jar" \
        start_server "$work/demo-aot-again.log" --mandato.data-dir="$work/demo"
    out "Restart with the same recipe on $("$java_aot" -version 2>&1 | head -1 | cut -d'"' -f2) and its ahead-of-time cache instead of the archive: ${start_seconds} s."
    stop_server
fi
out ""

IFS=',' read -ra size_list <<<"$sizes"
IFS=',' read -ra database_list <<<"$databases"
for database in "${database_list[@]}"; do
    for size in "${size_list[@]}"; do
        data="$work/$database-$size"
        niceness=$(( size >= 100000 ? nice_level : 0 ))
        reuse=""
        [[ -n "${BENCH_REUSE:-}" && "$database" == h2 && -f "$data-generate.log" && -d "$data" ]] && reuse=yes
        [[ -z "$reuse" ]] && rm -rf "$data" && mkdir -p "$data"
        args=(--mandato.data-dir="$data" --mandato.admin.password="$admin_first")
        if [[ "$database" == postgres ]]; then
            start_postgres
            "$pg_bin/psql" -q -h localhost -p $pg_port -U postgres -c "drop database if exists mandato_$size" -c "create database mandato_$size"
            args+=(--spring.datasource.url="jdbc:postgresql://localhost:$pg_port/mandato_$size" --spring.datasource.username=postgres --spring.datasource.password=)
        fi
        out "## $database, $size reports"
        out ""
        if [[ -z "$reuse" ]]; then
            run_nice java -Xmx"$heap" -jar "$jar" generate --reports "$size" --seed 42 --server.port=0 "${args[@]}" >"$data-generate.log" 2>&1
            out "- import: $(grep '^GENERATE' "$data-generate.log" | sed 's/^GENERATE //')"
            if [[ "$database" == h2 ]]; then
                # The embedded database's own ceiling for the same rows (bench/H2Ceiling.java), on a copy.
                rm -rf "$work/ceiling" && cp -r "$data" "$work/ceiling"
                run_nice java -Xmx"$heap" -cp "$(ls "$work"/app/lib/h2-*.jar)" bench/H2Ceiling.java \
                    "jdbc:h2:file:$work/ceiling/mandato;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" >"$data-ceiling.log" 2>&1
                out "- reference, the same rows copied inside H2 into tables with the same keys and indexes (bench/H2Ceiling.java): $(grep '^H2-CEILING' "$data-ceiling.log" | sed 's/^H2-CEILING //')"
                rm -rf "$work/ceiling"
            fi
        else
            out "- import: not repeated (BENCH_REUSE); the earlier run printed: $(grep '^GENERATE' "$data-generate.log" | sed 's/^GENERATE //')"
        fi
        start_server "$data-server.log" "${args[@]}"
        out "- start to the first page: ${start_seconds} s (the search index is built after the first page is served)"
        indexed=$(date +%s)
        wait_ready
        if grep -q "Search index rebuilt" "$data-server.log"; then
            out "- $(grep -o 'Search index rebuilt.*' "$data-server.log"), ready $(( $(date +%s) - indexed )) s after the first page"
        else
            out "- search index intact from an earlier run: ready $(( $(date +%s) - indexed )) s after the first page"
        fi
        for warm in $(seq 1 20); do
            curl -s -o /dev/null "http://localhost:$port/themes/$theme"; curl -s -o /dev/null "http://localhost:$port$paragraph"
            curl -s -o /dev/null "http://localhost:$port/api/v1/reports"; curl -s -o /dev/null "http://localhost:$port/search?q=migration"
        done
        out "- at rest after warm-up: resident $(rss_mb) MB, heap used after a full GC $(heap_after_gc_mb) MB"
        out ""
        out "| page | connections | requests/s | p50 | p99 |"
        out "|---|---:|---:|---:|---:|"
        peak_rss=0
        table_of "theme /themes/$theme" "http://localhost:$port/themes/$theme"
        table_of "theme, built for each request (a cookie: not a kept page)" "http://localhost:$port/themes/$theme" "" "Cookie: bench=1"
        table_of "paragraph $paragraph" "http://localhost:$port$paragraph"
        table_of "API /api/v1/reports" "http://localhost:$port/api/v1/reports"
        table_of "search /search?q=… (8 queries in turn)" "/search?q=" bench/search.lua
        table_of "API search /api/v1/search?q=…" "/api/v1/search?q=" bench/search.lua
        table_of "coverage and heat map /coverage" "http://localhost:$port/coverage"
        sign_in_secretariat
        if [[ -n "$secretariat_cookie" ]]; then
            table_of "My work /my/work (Secretariat, every actor's reports)" "http://localhost:$port/my/work" "" "$secretariat_cookie"
            table_of "desk /secretariat" "http://localhost:$port/secretariat" "" "$secretariat_cookie"
            published=$(curl -s -H "$secretariat_cookie" "http://localhost:$port/my/work" | { grep -o 'id="published-heading">[^<]*' || true; } | tr -dc '0-9')
            last_page=$(( (${published:-0} + 49) / 50 ))
            table_of "My work, last page of the published list (/my/work/published?page=$last_page)" \
                "http://localhost:$port/my/work/published?page=$last_page" "" "$secretariat_cookie"
        else
            out "| My work, desk | | not measured: the Secretariat could not sign in (database generated by an older script?) | | |"
        fi
        downloads
        out ""
        out "| page | connections | requests/s | p50 | p99 |"
        out "|---|---:|---:|---:|---:|"
        nginx_reference
        if [[ "$database" == postgres ]]; then
            fts_reference "mandato_$size"
        fi
        out ""
        out "- resident memory under load: at most $peak_rss MB; heap used after a full GC afterwards $(heap_after_gc_mb) MB"
        out ""
        stop_server
    done
done
echo "Report written to $report"
