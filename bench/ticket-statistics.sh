#!/usr/bin/env bash
# Benchmark of the ticketing statistics at scale: builds a throw-away database with Passerelle's migrations,
# loads N tickets for one organisation over one year (default 10 million), then times the statistics
# queries (the SQL of StatisticsService) with EXPLAIN ANALYZE. Needs psql and a PostgreSQL server reachable
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
analyze tickets;
SQL
ORG="'00000000-0000-0000-0000-000000000001'"; FROM="'2024-01-01T00:00+01'"; TO="'2025-01-01T00:00+01'"
echo "== $N tickets; table size: $($PSQL -tA -c "select pg_size_pretty(pg_total_relation_size('tickets'))")"
q() { echo; echo "== $1"; $PSQL -c "explain (analyze, buffers, timing off, summary on) $2" | grep -E 'Execution Time|Index|Seq Scan|Planning Time'; }
q "counts by type" "select type, count(*) from tickets where org_id = $ORG and created_at >= $FROM and created_at < $TO group by type"
q "top categories" "select c.id, c.name, count(*) from tickets t join ticket_categories c on c.id = t.category_id where t.org_id = $ORG and t.created_at >= $FROM and t.created_at < $TO group by c.id, c.name order by count(*) desc limit 5"
q "processing time per level" "select level, count(*), avg(processing_seconds), percentile_cont(0.5) within group (order by processing_seconds), avg(processing_business_seconds), percentile_cont(0.5) within group (order by processing_business_seconds) from tickets where org_id = $ORG and resolved_at >= $FROM and resolved_at < $TO and processing_seconds is not null group by level"
q "SLA compliance" "select count(*) filter (where first_responded_at is not null and not first_response_breached), count(*) filter (where first_responded_at is not null), count(*) filter (where not resolution_breached), count(*) from tickets where org_id = $ORG and resolved_at >= $FROM and resolved_at < $TO"
q "backlog at end" "select count(*) from tickets where org_id = $ORG and created_at < $TO and (resolved_at is null or resolved_at >= $TO) and not (status = 'CANCELLED' and closed_at < $TO) and status <> 'AWAITING_APPROVAL'"
q "list page (newest first, 50)" "select t.id, t.created_at from tickets t where t.org_id = $ORG order by t.created_at desc, t.id desc limit 51"
q "team queue page" "select t.id from tickets t where t.org_id = $ORG and t.team_id = '00000000-0000-0000-0000-0000000000a1' and t.status in ('NEW','IN_PROGRESS','WAITING') order by t.created_at desc, t.id desc limit 51"
