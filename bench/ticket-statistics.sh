#!/usr/bin/env bash
# Benchmark of the ticketing statistics at scale: builds a throw-away database with Passerelle's migrations,
# loads N tickets for one organisation over one year (default 10 million) with the statistics trigger off (a bulk
# load), builds the aggregates in one command (timed), then times with EXPLAIN ANALYZE the year's statistics
# as they were computed before the aggregates (scans of the tickets, "raw") and as StatisticsService reads them
# now (the aggregates), the cost of the trigger on inserts, and list pages. Needs psql and a PostgreSQL server reachable
# through the usual PG* variables (e.g. Debian's: sudo -u postgres, or PGHOST/PGUSER/PGPASSWORD).
#   bench/ticket-statistics.sh [tickets] > bench/results/ticket-statistics-<date>.txt
set -euo pipefail
N=${1:-10000000}
DB=${BENCH_DB:-passerelle_bench}
cd "$(dirname "$0")/.."
psql -qX -d postgres -c "drop database if exists $DB" -c "create database $DB"
PSQL="psql -qX -v ON_ERROR_STOP=1 -d $DB"
# Migrations in Flyway's order (their dated versions sort like their file names).
for f in $(ls */src/main/resources/db/migration/*/V*.sql | awk -F/ '{print $NF" "$0}' | sort | cut -d' ' -f2); do
  $PSQL -f "$f"
done
$PSQL <<SQL
insert into organisations (id, slug, name, kind) values ('00000000-0000-0000-0000-000000000001', 'bench', 'Bench', 'IT_AGENCY');
insert into teams (id, org_id, name, created_at, updated_at) values
  ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-000000000001', 'Logiciels', now(), now()),
  ('00000000-0000-0000-0000-0000000000a2', '00000000-0000-0000-0000-000000000001', 'Matériels', now(), now());
insert into members (id, org_id, name, kind, created_at, updated_at)
  select ('00000000-0000-0000-0001-' || lpad(to_hex(g), 12, '0'))::uuid, '00000000-0000-0000-0000-000000000001',
         'Commune ' || g, 'COMMUNE', now(), now() from generate_series(1, 400) g;
insert into ticket_categories (id, org_id, name, team_id, default_level, created_at, updated_at)
  select ('00000000-0000-0000-0002-' || lpad(to_hex(g), 12, '0'))::uuid, '00000000-0000-0000-0000-000000000001',
         'Catégorie ' || g, case when g % 2 = 0 then '00000000-0000-0000-0000-0000000000a1'::uuid else '00000000-0000-0000-0000-0000000000a2'::uuid end,
         'N1', now(), now() from generate_series(1, 60) g;
alter table tickets disable trigger ticket_statistics;
\timing on
insert into tickets (id, org_id, reference, type, status, member_id, title, description, category_id, team_id, level,
    urgency, impact, priority, created_at, updated_at, resolved_at, processing_seconds, processing_business_seconds,
    first_responded_at, first_response_breached, resolution_breached, recategorised, satisfaction_score)
select gen_random_uuid(), '00000000-0000-0000-0000-000000000001', 'T-2024-' || lpad(g::text, 8, '0'),
    case when g % 31 = 0 then 'PURCHASE_ORDER' else 'ASSISTANCE' end, case when g % 50 = 0 then 'IN_PROGRESS' else 'CLOSED' end,
    ('00000000-0000-0000-0001-' || lpad(to_hex(1 + g % 400), 12, '0'))::uuid, 'Demande', '-',
    ('00000000-0000-0000-0002-' || lpad(to_hex(1 + (g::bigint * 7) % 60), 12, '0'))::uuid,
    case when (g::bigint * 7) % 60 % 2 = 1 then '00000000-0000-0000-0000-0000000000a1'::uuid else '00000000-0000-0000-0000-0000000000a2'::uuid end,
    case when g % 4 = 0 then 'N2' else 'N1' end, 'MEDIUM', 'MEDIUM', 'P3',
    c, c, case when g % 50 = 0 then null else c + make_interval(secs => p) end,
    case when g % 50 = 0 then null else p end, case when g % 50 = 0 then null else p / 3 end,
    c + interval '1 hour', g % 9 = 0, g % 11 = 0, case when g % 17 = 0 then 1 else 0 end,
    case when g % 3 = 0 then 1 + g % 5 end
from generate_series(1, $N) g,
    lateral (select timestamptz '2024-01-01 08:00 Europe/Paris' + (g::double precision / $N) * interval '360 days' as c) cc,
    lateral (select 3600 + (g::bigint * 7919) % 400000 as p) pp;
alter table tickets enable trigger ticket_statistics;
analyze tickets;
SQL
echo "== building the aggregates (select ticketing_rebuild_statistics(org, zone))"
$PSQL -c '\timing on' -c "select ticketing_rebuild_statistics('00000000-0000-0000-0000-000000000001', 'Europe/Paris')" | grep Time
$PSQL -c 'analyze' -c "select relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid)) from pg_stat_user_tables where relname like 'ticket_%' and relname not like 'ticket_cat%' order by 1"
ORG="'00000000-0000-0000-0000-000000000001'"; FROM="'2024-01-01T00:00+01'"; TO="'2025-01-01T00:00+01'"
echo "== $N tickets; table size: $($PSQL -tA -c "select pg_size_pretty(pg_total_relation_size('tickets'))")"
q() { echo; echo "== $1"; $PSQL -c "explain (analyze, buffers, timing off, summary on) $2" | grep -E 'Execution Time|Index|Seq Scan|Planning Time'; }
echo; echo "######## raw: the statistics as computed before the aggregates (scans of the year's tickets)"
q "counts by type" "select type, count(*) from tickets where org_id = $ORG and created_at >= $FROM and created_at < $TO group by type"
q "top categories" "select c.id, c.name, count(*) from tickets t join ticket_categories c on c.id = t.category_id where t.org_id = $ORG and t.created_at >= $FROM and t.created_at < $TO group by c.id, c.name order by count(*) desc limit 5"
q "processing time per level" "select level, count(*), avg(processing_seconds), percentile_cont(0.5) within group (order by processing_seconds), avg(processing_business_seconds), percentile_cont(0.5) within group (order by processing_business_seconds) from tickets where org_id = $ORG and resolved_at >= $FROM and resolved_at < $TO and processing_seconds is not null group by level"
q "SLA compliance" "select count(*) filter (where first_responded_at is not null and not first_response_breached), count(*) filter (where first_responded_at is not null), count(*) filter (where not resolution_breached), count(*) from tickets where org_id = $ORG and resolved_at >= $FROM and resolved_at < $TO"
q "backlog at end" "select count(*) from tickets where org_id = $ORG and created_at < $TO and (resolved_at is null or resolved_at >= $TO) and not (status = 'CANCELLED' and closed_at < $TO) and status <> 'AWAITING_APPROVAL'"
echo; echo "######## aggregates: the statistics as StatisticsService reads them now (same figures)"
DAYS="org_id = $ORG and day between '2024-01-01' and '2024-12-31'"
for d in TYPE LEVEL TEAM MEMBER; do
  q "counts by $d" "select value, sum(created) from ticket_created_counts where $DAYS and dimension = '$d' group by value having sum(created) > 0 order by value"
done
q "top categories" "select c.id, c.name, n.created from (select cast(value as uuid) as id, sum(created) as created from ticket_created_counts where $DAYS and dimension = 'CATEGORY' group by value having sum(created) > 0) n join ticket_categories c on c.org_id = $ORG and c.id = n.id order by n.created desc, c.name limit 5"
q "processing time per level: sums" "select level, sum(processed), sum(processing_sum), sum(business_processed), sum(business_sum) from ticket_resolution_counts where $DAYS group by level having sum(processed) > 0 order by level"
q "processing time per level: histogram for the medians" "select level, business, bucket, sum(tickets) from ticket_processing_histogram where $DAYS group by level, business, bucket having sum(tickets) > 0"
q "SLA compliance" "select sum(responded_in_time), sum(responded), sum(resolved_in_time), sum(resolved) from ticket_resolution_counts where $DAYS"
q "satisfaction" "select sum(score_sum), sum(rated), sum(resolved) from ticket_resolution_counts where $DAYS"
q "recategorisation" "select coalesce(sum(recategorised), 0), coalesce(sum(created), 0), sum(processing_recategorised), sum(processed_recategorised), sum(processing_other), sum(processed_other) from ticket_created_counts where $DAYS and dimension = 'ALL'"
q "backlog at end" "select coalesce(sum(change), 0) from ticket_backlog_changes where org_id = $ORG and day <= '2024-12-31'"
echo; echo "== all the aggregate queries of one statistics call, in one session (wall time)"
START=$(date +%s%N)
$PSQL -o /dev/null <<SQL
select value, sum(created) from ticket_created_counts where $DAYS and dimension = 'TYPE' group by value;
select value, sum(created) from ticket_created_counts where $DAYS and dimension = 'LEVEL' group by value;
select value, sum(created) from ticket_created_counts where $DAYS and dimension = 'TEAM' group by value;
select value, sum(created) from ticket_created_counts where $DAYS and dimension = 'MEMBER' group by value;
select value, sum(created) from ticket_created_counts where $DAYS and dimension = 'CATEGORY' group by value;
select level, sum(processed), sum(processing_sum), sum(business_processed), sum(business_sum) from ticket_resolution_counts where $DAYS group by level;
select level, business, bucket, sum(tickets) from ticket_processing_histogram where $DAYS group by level, business, bucket;
select sum(responded_in_time), sum(responded), sum(resolved_in_time), sum(resolved), sum(score_sum), sum(rated) from ticket_resolution_counts where $DAYS;
select sum(recategorised), sum(created) from ticket_created_counts where $DAYS and dimension = 'ALL';
select sum(change) from ticket_backlog_changes where org_id = $ORG and day <= '2024-12-31';
SQL
echo "$(( ($(date +%s%N) - START) / 1000000 )) ms"
echo; echo "== the trigger's cost: 2,000 tickets inserted one per transaction, trigger off then on"
ins() { $PSQL -c "alter table tickets $1 trigger ticket_statistics" >/dev/null
  START=$(date +%s%N)
  seq 1 2000 | sed "s/.*/insert into tickets (id, org_id, reference, type, status, member_id, title, description, category_id, team_id, level, urgency, impact, priority, created_at, updated_at) values (gen_random_uuid(), $ORG, 'X-$1-&', 'ASSISTANCE', 'NEW', '00000000-0000-0000-0001-000000000001', 'x', '-', '00000000-0000-0000-0002-000000000001', '00000000-0000-0000-0000-0000000000a1', 'N1', 'MEDIUM', 'MEDIUM', 'P3', timestamptz '2024-06-01 10:00+02', now());/" | $PSQL -o /dev/null
  echo "trigger $1: $(( ($(date +%s%N) - START) / 1000000 )) ms in all"; }
ins disable
ins enable
$PSQL -c "alter table tickets enable trigger ticket_statistics" >/dev/null
echo; echo "######## lists"
q "list page (newest first, 50)" "select t.id, t.created_at from tickets t where t.org_id = $ORG order by t.created_at desc, t.id desc limit 51"
q "team queue page" "select t.id from tickets t where t.org_id = $ORG and t.team_id = '00000000-0000-0000-0000-0000000000a1' and t.status in ('NEW','IN_PROGRESS','WAITING') order by t.created_at desc, t.id desc limit 51"
