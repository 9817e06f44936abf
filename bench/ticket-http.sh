#!/usr/bin/env bash
# Per-request cost of the ticket API against PostgreSQL's own: on one machine, builds a scratch database with N
# tickets of one organisation (the data shape of ticket-statistics.sh; default 1 million, the issue's goal is 10),
# starts the packaged jar in prod mode, then, for each kind of request, drives HTTP with wrk (16 connections) and
# pgbench with the same SQL on the same table (16 connections), one after the other, and prints the ratios.
# Also prints the jar's start-up time (to ready) and resident memory after the load.
#   ./mvnw -B -q -DskipTests package -pl api -am
#   PGHOST=localhost PGPORT=55440 PGUSER=postgres bench/ticket-http.sh [tickets] > bench/results/ticket-http-<date>.txt
# Tokens and the app: bench/http-lib.sh. APP (the quarkus-app directory), JAVA_OPTS, DURATION (per run, 20s),
# RUNS (3; medians are printed), LOAD=0 (reuse the database of a previous run), ONLY_LOAD=1 (build the database, then stop) may be set.
set -euo pipefail
N=${1:-1000000}
DB=${BENCH_DB:-passerelle_http_bench}
DURATION=${DURATION:-20s}
RUNS=${RUNS:-3}
PORT=${PORT:-18580}; MPORT=${MPORT:-18590}
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/ticket-http.XXXX)
ORG=00000000-0000-0000-0000-000000000001
export PGDATABASE=$DB
PSQL="psql -qtAX -v ON_ERROR_STOP=1"
echo "== $(date -u +%FT%TZ) on $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"

. bench/http-lib.sh
echo "== $N tickets; JAVA_OPTS=$JAVA_OPTS; MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
AGENT=$(token bench-agent agent@bench.test)
trap 'stop_app; rm -rf "$WORK"' EXIT

# --- The database: the app's migrations, then the data -------------------------------------------------------------
if [ "${LOAD:-1}" = 1 ]; then
  psql -qX -d postgres -c "drop database if exists $DB" -c "create database $DB"
  start_app   # migrates the empty database: its first start
  stop_app
  $PSQL <<SQL
insert into organisations (id, slug, name, kind, time_zone, created_at) values ('$ORG', 'bench', 'Bench', 'IT_AGENCY', 'Europe/Paris', now());
insert into teams (id, org_id, name, created_at, updated_at) values
  ('00000000-0000-0000-0000-0000000000a1', '$ORG', 'Logiciels', now(), now()),
  ('00000000-0000-0000-0000-0000000000a2', '$ORG', 'Matériels', now(), now());
insert into members (id, org_id, name, kind, created_at, updated_at)
  select ('00000000-0000-0000-0001-' || lpad(to_hex(g), 12, '0'))::uuid, '$ORG', 'Commune ' || g, 'COMMUNE', now(), now()
  from generate_series(1, 400) g;
insert into ticket_categories (id, org_id, name, team_id, default_level, created_at, updated_at)
  select ('00000000-0000-0000-0002-' || lpad(to_hex(g), 12, '0'))::uuid, '$ORG', 'Catégorie ' || g,
         case when g % 2 = 0 then '00000000-0000-0000-0000-0000000000a1'::uuid else '00000000-0000-0000-0000-0000000000a2'::uuid end,
         'N1', now(), now() from generate_series(1, 60) g;
insert into business_calendars (org_id, holiday_zone, updated_at) values ('$ORG', 'FR', now());
insert into opening_hours (org_id, day_of_week, opens_at, closes_at)
  select '$ORG', d, '09:00', '17:00' from unnest(array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']) d;
insert into people (id, email, subject, created_at) values ('00000000-0000-0000-0003-000000000001', 'agent@bench.test', 'bench-agent', now());
insert into memberships (id, org_id, person_id, roles, name, team_id, created_at, updated_at)
  values (gen_random_uuid(), '$ORG', '00000000-0000-0000-0003-000000000001', '{agent}', 'Agent', '00000000-0000-0000-0000-0000000000a1', now(), now());
-- Ids are numbered (…-4000-8000-<g in hex>) so that wrk and pgbench draw the same random tickets.
insert into tickets (id, org_id, reference, type, status, member_id, title, description, category_id, team_id, level,
    urgency, impact, priority, created_at, updated_at, resolved_at, processing_seconds, processing_business_seconds,
    first_responded_at, first_response_breached, resolution_breached, recategorised, satisfaction_score, search_public)
select ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid, '$ORG', 'T-2024-' || lpad(g::text, 8, '0'),
    case when g % 31 = 0 then 'PURCHASE_ORDER' else 'ASSISTANCE' end,
    case when g % 5000 = 0 then 'CANCELLED' when g % 50 = 0 then 'IN_PROGRESS' else 'CLOSED' end,
    ('00000000-0000-0000-0001-' || lpad(to_hex(1 + g % 400), 12, '0'))::uuid, 'Demande ' || (g % 1000), '-',
    ('00000000-0000-0000-0002-' || lpad(to_hex(1 + (g::bigint * 7) % 60), 12, '0'))::uuid,
    case when (g::bigint * 7) % 60 % 2 = 1 then '00000000-0000-0000-0000-0000000000a1'::uuid else '00000000-0000-0000-0000-0000000000a2'::uuid end,
    case when g % 4 = 0 then 'N2' else 'N1' end, 'MEDIUM', 'MEDIUM', 'P3',
    c, c, case when g % 50 = 0 then null else c + make_interval(secs => p) end,
    case when g % 50 = 0 then null else p end, case when g % 50 = 0 then null else p / 3 end,
    c + interval '1 hour', g % 9 = 0, g % 11 = 0, case when g % 17 = 0 then 1 else 0 end,
    case when g % 3 = 0 then 1 + g % 5 end,
    -- one ticket in the whole table says "zygomorphe": the rare word of the search
    case when g = $N / 3 then to_tsvector('french', 'Demande zygomorphe') else to_tsvector('french', 'Demande ' || (g % 1000)) end
from generate_series(1, $N) g,
    lateral (select timestamptz '2024-01-01 08:00 Europe/Paris' + (g::double precision / $N) * interval '360 days' as c) cc,
    lateral (select 3600 + (g::bigint * 7919) % 400000 as p) pp;
insert into ticket_order_lines (id, org_id, ticket_id, position, item, quantity, unit_price)
  select gen_random_uuid(), '$ORG', id, 0, 'Portable', 2, 289.90 from tickets where type = 'PURCHASE_ORDER';
insert into ticket_sequences (org_id, year, last_value) values ('$ORG', extract(year from now())::int, 0);
vacuum analyze;
SQL
fi
if [ "${ONLY_LOAD:-0}" = 1 ]; then exit 0; fi
echo "== table size: $($PSQL -c "select pg_size_pretty(pg_total_relation_size('tickets'))")"

# --- The same SQL for pgbench ------------------------------------------------------------------------------------
COLS=$($PSQL -c "select string_agg('e.' || column_name, ', ' order by ordinal_position) from information_schema.columns
  where table_name = 'tickets' and column_name not like 'search%'")
ID="('00000000-0000-4000-8000-' || lpad(to_hex(:n), 12, '0'))::uuid"
DEEP_G=$(( N / 2 ))
DEEP=$($PSQL -c "select id || '|' || to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')
  from tickets where id = ('00000000-0000-4000-8000-' || lpad(to_hex($DEEP_G), 12, '0'))::uuid")
DEEP_AT=${DEEP#*|}; DEEP_ID=${DEEP%|*}
CURSOR=$(printf '%s' "$DEEP" | b64url)
PAGE="select $COLS from tickets e where e.org_id = '$ORG'"
ORDER="order by e.created_at desc, e.id desc limit 51"
cat > "$WORK/byid.sql" <<SQL
\set n random(1, $N)
select $COLS from tickets e where e.org_id = '$ORG' and e.id = $ID;
SQL
echo "$PAGE $ORDER;" > "$WORK/first.sql"
echo "$PAGE and e.status in ('CANCELLED') $ORDER;" > "$WORK/status.sql"
echo "$PAGE and e.category_id = '00000000-0000-0000-0002-000000000007' $ORDER;" > "$WORK/category.sql"
echo "$PAGE and (e.created_at, e.id) < ('$DEEP_AT', '$DEEP_ID') $ORDER;" > "$WORK/deep.sql"
# TicketSearch's statement for staff: the matches through the GIN indexes (capped), then sorted.
cat > "$WORK/search.sql" <<SQL
with matching as materialized (select e.id, e.created_at as _key from tickets e where e.org_id = '$ORG'
    and (e.search_public @@ websearch_to_tsquery('french', 'zygomorphe') or e.search_internal @@ websearch_to_tsquery('french', 'zygomorphe')) limit 10001),
  page as (select id from matching order by _key desc, id desc limit 51)
select $COLS, (select count(*) from matching) as matches from tickets e join page on page.id = e.id $ORDER;
SQL
# The counter's own limit: gapless references lock one row per organisation and year (docs/ticketing.md), so no
# creation can go faster than this transaction, the counter's increment then the same INSERT.
cat > "$WORK/counted.sql" <<SQL
begin;
update ticket_sequences set last_value = last_value + 1 where org_id = '$ORG';
insert into tickets (id, org_id, reference, type, status, member_id, title, description, category_id, team_id, level,
  urgency, impact, priority, sla_started_at, first_response_due_at, resolution_due_at, created_at, updated_at)
values (gen_random_uuid(), '$ORG', 'Q-' || gen_random_uuid(), 'ASSISTANCE', 'NEW', '00000000-0000-0000-0001-000000000001',
  'Imprimante en panne', 'Plus rien ne sort du bac.', '00000000-0000-0000-0002-000000000002', '00000000-0000-0000-0000-0000000000a1',
  'N1', 'MEDIUM', 'MEDIUM', 'P3', now(), now() + interval '4 hours', now() + interval '2 days', now(), now());
commit;
SQL
cat > "$WORK/insert.sql" <<SQL
insert into tickets (id, org_id, reference, type, status, member_id, title, description, category_id, team_id, level,
  urgency, impact, priority, sla_started_at, first_response_due_at, resolution_due_at, created_at, updated_at)
values (gen_random_uuid(), '$ORG', 'P-' || gen_random_uuid(), 'ASSISTANCE', 'NEW', '00000000-0000-0000-0001-000000000001',
  'Imprimante en panne', 'Plus rien ne sort du bac.', '00000000-0000-0000-0002-000000000002', '00000000-0000-0000-0000-0000000000a1',
  'N1', 'MEDIUM', 'MEDIUM', 'P3', now(), now() + interval '4 hours', now() + interval '2 days', now(), now());
SQL

# --- The same requests for wrk -----------------------------------------------------------------------------------
cat > "$WORK/get.lua" <<'LUA'
local path, n = os.getenv("WRK_PATH"), tonumber(os.getenv("WRK_N"))
wrk.headers["Authorization"] = "Bearer " .. os.getenv("WRK_TOKEN")
wrk.headers["Accept"] = "application/json"
request = function()
  if n then
    return wrk.format("GET", string.format(path, math.random(1, n)))
  end
  return wrk.format("GET", path)
end
LUA
cat > "$WORK/create.lua" <<'LUA'
wrk.method = "POST"
wrk.path = "/api/v1/orgs/bench/tickets" -- compare passes no path: without it wrk posted to "/" (404s, counted)
wrk.headers["Authorization"] = "Bearer " .. os.getenv("WRK_TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title":"Imprimante en panne","description":"Plus rien ne sort du bac.","memberId":"00000000-0000-0000-0001-000000000001","categoryId":"00000000-0000-0000-0002-000000000002"}'
LUA

start_app
# Warm-up: the JIT compiles the hot paths before anything is counted.
WRK_TOKEN=$AGENT WRK_PATH="/api/v1/orgs/bench/tickets/00000000-0000-4000-8000-%012x" WRK_N=$N \
  wrk -t2 -c16 -d20s -s "$WORK/get.lua" "http://localhost:$PORT" > /dev/null
WRK_TOKEN=$AGENT WRK_PATH="/api/v1/orgs/bench/tickets" wrk -t2 -c16 -d10s -s "$WORK/get.lua" "http://localhost:$PORT" > /dev/null

# One creation first, shown: the load below counts only answers, not whether they were 201s.
echo "== one creation: $(curl -s -o "$WORK/created.json" -w '%{http_code}' -H "Authorization: Bearer $AGENT" \
  -H 'Content-Type: application/json' -d "$(sed -n "s/^wrk.body = '\(.*\)'$/\1/p" "$WORK/create.lua")" \
  "http://localhost:$PORT/api/v1/orgs/bench/tickets") $(head -c 300 "$WORK/created.json")"

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
http_run() { # lua path n -> "rps p99"
  local out
  out=$(WRK_TOKEN=$AGENT WRK_PATH=$2 WRK_N=$3 wrk -t2 -c16 -d"$DURATION" --latency -s "$WORK/$1" "http://localhost:$PORT")
  if echo "$out" | grep -q "Non-2xx"; then echo "$out" >&2; fi
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1 == "99%" {print $2}')"
}
pg_run() { # script -> "tps avg-latency-ms"
  local out
  out=$(pgbench -n -c16 -j2 -T "${DURATION%s}" -f "$WORK/$1" 2>&1)
  echo "$(echo "$out" | awk '/^tps/ {print $3}') $(echo "$out" | awk '/latency average/ {print $4}')"
}
compare() { # label lua path n sql
  local h=() p=() r
  for _ in $(seq "$RUNS"); do
    h+=("$(http_run "$2" "$3" "$4")")
    p+=("$(pg_run "$5")")
  done
  local rps p99 tps lat
  rps=$(printf '%s\n' "${h[@]}" | cut -d' ' -f1 | median)
  p99=$(printf '%s\n' "${h[@]}" | cut -d' ' -f2 | tr '\n' ' ')
  tps=$(printf '%s\n' "${p[@]}" | cut -d' ' -f1 | median)
  lat=$(printf '%s\n' "${p[@]}" | cut -d' ' -f2 | median)
  r=$(awk -v a="$rps" -v b="$tps" 'BEGIN {printf "%.2f", a / b}')
  printf '| %s | %s req/s, p99 %s| %s TPS, mean %s ms | %s |\n' "$1" "$rps" "$p99" "$tps" "$lat" "$r"
}
echo
echo "| work (16 connections, $RUNS runs of $DURATION, medians; p99 of each run) | HTTP | PostgreSQL alone, same SQL | ratio |"
echo "|---|---|---|---|"
compare "ticket by id" get.lua "/api/v1/orgs/bench/tickets/00000000-0000-4000-8000-%012x" "$N" byid.sql
compare "first list page of 50" get.lua "/api/v1/orgs/bench/tickets" "" first.sql
compare "list page by a rare status (CANCELLED, 0.02 %)" get.lua "/api/v1/orgs/bench/tickets?status=CANCELLED" "" status.sql
compare "list page by category (1 in 60)" get.lua "/api/v1/orgs/bench/tickets?categoryId=00000000-0000-0000-0002-000000000007" "" category.sql
compare "list page deep in the table (cursor at N/2)" get.lua "/api/v1/orgs/bench/tickets?cursor=$CURSOR" "" deep.sql
compare "staff search, one match in N" get.lua "/api/v1/orgs/bench/tickets?q=zygomorphe" "" search.sql
compare "ticket creation vs one raw INSERT" create.lua "" "" insert.sql
compare "ticket creation vs the counter's increment + the INSERT" create.lua "" "" counted.sql
echo
echo "== after the load: RSS $(( $(ps -o rss= -p $APP_PID) / 1024 )) MiB; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
stop_app
if [ "${LOAD:-1}" = 1 ]; then
  start_app   # a start on the loaded database is the one that counts (with LOAD=0, the first one was)
fi
