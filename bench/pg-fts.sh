#!/usr/bin/env bash
# The PostgreSQL full-text search reference on its own, without the whole suite: loads N synthetic
# report texts (default 1,000,000) into a fresh PostgreSQL started from Debian's binaries, with a
# stored tsvector column ('simple' configuration, filled once) and a GIN index on it, and measures
# the queries of bench/queries.txt (bench/fts-queries.sh) with pgbench at 1 and 16 clients: top 20
# by ts_rank on the stored column, plus the number of matches. The texts follow the distribution of
# SearchLatencyBenchmark's corpus before 2026-11-28 (same words per language, same shares of
# languages, 40 to 119 words, a full stop every 12), drawn by PostgreSQL's random() rather than
# Java's: not the same texts, the same kind. The benchmark's corpus now draws its words by Zipf's
# law and by theme (org.mandato.generator.SyntheticText); this script still draws them uniformly
# from the old, short word lists, the worst case for both engines (see bench/notes-search.md). Usage: bench/pg-fts.sh [N]. Settings: BENCH_DIR (/tmp/mandato-pg-fts),
# BENCH_DURATION (seconds per pgbench run, 20), PG_PORT (55433).
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000000}"
work="${BENCH_DIR:-/tmp/mandato-pg-fts}"
duration="${BENCH_DURATION:-20}"
port="${PG_PORT:-55433}"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
source bench/fts-queries.sh
as_postgres() { (cd /tmp && runuser -u postgres -- "$@"); }
sql() { "$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d postgres "$@"; }
seconds_since() { awk -v now="$(date +%s.%N)" -v then="$1" 'BEGIN {printf "%.1f", now - then}'; }

mkdir -p "$work"
rm -rf "$work/pg" && mkdir -p "$work/pg" && chown postgres "$work/pg"
as_postgres "$pg_bin/initdb" -D "$work/pg" --auth=trust -U postgres >/dev/null
# The settings of bench/run.sh's PostgreSQL.
printf "port = %d\nlisten_addresses = 'localhost'\nshared_buffers = 512MB\nmax_connections = 200\nunix_socket_directories = '/tmp'\n" "$port" >>"$work/pg/postgresql.conf"
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w start >/dev/null
trap 'as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true' EXIT

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB RAM; PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s.%N)
sql <<SQL
create table vocabulary (lang text primary key, words text[] not null);
insert into vocabulary values
 ('en', string_to_array('migration migrants rights health education energy renewable climate change corruption transparency security disaster risk tobacco vaccination water training workers women youth indigenous programme ministry regional cooperation public policy data survey border protection school hospital inspection credit infrastructure agriculture food', ' ')),
 ('es', string_to_array('migración migrantes derechos humanos salud educación energía renovable cambio climático corrupción transparencia seguridad ciudadana riesgo desastres tabaco vacunación agua potable formación trabajadores mujeres jóvenes indígenas programa ministerio cooperación política pública', ' ')),
 ('pt', string_to_array('migração migrantes direitos saúde educação energia renovável mudança clima corrupção transparência segurança risco desastres vacinação água formação trabalhadores mulheres jovens programa', ' ')),
 ('fr', string_to_array('migration migrants droits santé publique éducation énergie renouvelable climat corruption transparence sécurité risque catastrophes vaccination eau formation professionnelle travailleurs femmes jeunes programme ministère coopération', ' '));
create table fts_report (
    id   integer primary key,
    lang text    not null,
    body text    not null,
    fts  tsvector generated always as (to_tsvector('simple', body)) stored
);
insert into fts_report (id, lang, body)
select d.id, d.lang,
       (select string_agg(v.words[1 + floor(random() * cardinality(v.words))::int] || case when w % 12 = 0 then '.' else '' end, ' ')
          from generate_series(1, d.length) w)
  from (select id, (array['en','en','en','es','es','pt','fr'])[1 + floor(random() * 7)::int] as lang,
               40 + floor(random() * 80)::int as length
          from generate_series(1, $n) id) d
  join vocabulary v on v.lang = d.lang;
SQL
loaded=$(seconds_since "$started")
started=$(date +%s.%N)
sql -c "create index fts_report_fts on fts_report using gin (fts)" -c "vacuum analyze fts_report"
indexed=$(seconds_since "$started")
echo "$n texts loaded (stored tsvector filled as they were written) in $loaded s; GIN index built and table analysed in $indexed s; table with index $(sql -At -c "select pg_size_pretty(pg_total_relation_size('fts_report'))")"

echo "matches per query:"
for q in "${fts_queries[@]}"; do
    echo "  $q: $(sql -At -c "select count(*) from fts_report where fts @@ $q")"
done
echo "plan of the first query's top 20:"
sql -At -c "explain (analyze, buffers off, costs off) select id from fts_report t where t.fts @@ ${fts_queries[0]} order by ts_rank(t.fts, ${fts_queries[0]}) desc limit 20" | sed 's/^/  /'

read -ra scripts <<<"$(fts_scripts "$work" "fts_report t" "t.fts" "t.id")"
echo ""
echo "| PostgreSQL full-text search, $n texts | clients | transactions/s | p50 | p99 |"
echo "|---|---:|---:|---:|---:|"
for c in 1 16; do
    rm -f "$work"/fts.[0-9]*
    echo "load average before $c client(s): $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    (cd "$work" && "$pg_bin/pgbench" -n -h localhost -p "$port" -U postgres "${scripts[@]}" -c $c -j $(( c < 2 ? 1 : 2 )) \
        -T "$duration" -l --log-prefix=fts postgres >"$work/pgbench-$c.txt" 2>&1)
    tps=$(awk '/^tps/ {printf "%.1f", $3; exit}' "$work/pgbench-$c.txt")
    echo "| one query of bench/queries.txt at random (top 20 + count) | $c | $tps | $(cat "$work"/fts.[0-9]* | awk '{print $3}' | sort -n | awk '{a[NR] = $1} END {printf "%.2f ms | %.2f ms", a[int(NR * 0.5) + 1] / 1000, a[int(NR * 0.99) + 1] / 1000}') |"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
