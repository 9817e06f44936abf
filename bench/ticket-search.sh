#!/usr/bin/env bash
# Full-text ticket search at scale: builds a throw-away database with Passerelle's migrations, loads N tickets of one
# organisation (default 1 million; the shape of ticket-statistics.sh) whose public text is "Demande <n>" (so
# "demande" is in every ticket), one ticket saying "zygomorphe" in its public text and one saying "ornithorynque" in an
# internal note only; then EXPLAIN ANALYZE of the first page of GET …/tickets?q= as TicketSearch runs it, for staff
# (public or internal text) and for a requester (public text of its structure's tickets), for a rare word, a word in
# no ticket, a common word and the internal-only word, before (one statement ordered by creation) and now (the
# matches through the GIN indexes, then sorted; see docs/ticketing.md). Past CAP (RCAP for a requester) matches,
# TicketSearch runs the "before" statement (the word is common: it fills a page soon).
#   PGHOST=/tmp/pg PGPORT=58432 PGUSER=postgres bench/ticket-search.sh [tickets] > bench/results/ticket-search-<date>.txt
# LOAD=0 reuses the database of a previous run.
set -euo pipefail
N=${1:-1000000}
DB=${BENCH_DB:-passerelle_search_bench}
CAP=${CAP:-10000}; RCAP=${RCAP:-1000}   # passerelle.ticketing.search.sorted-matches, …-of-a-structure
cd "$(dirname "$0")/.."
export PGDATABASE=$DB
PSQL="psql -qX -v ON_ERROR_STOP=1"
ORG="'00000000-0000-0000-0000-000000000001'"
OWN="'00000000-0000-0000-0001-000000000087'"   # the structure of the ticket saying "zygomorphe"
echo "== $(date -u +%FT%TZ) on $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg); $N tickets"
if [ "${LOAD:-1}" = 1 ]; then
  psql -qX -d postgres -c "drop database if exists $DB" -c "create database $DB"
  for f in $(ls */src/main/resources/db/migration/*/V*.sql | awk -F/ '{print $NF" "$0}' | sort | cut -d' ' -f2); do
    $PSQL -f "$f"
  done
  $PSQL <<SQL
insert into organisations (id, slug, name, kind) values ($ORG, 'bench', 'Bench', 'IT_AGENCY');
insert into teams (id, org_id, name, created_at, updated_at) values
  ('00000000-0000-0000-0000-0000000000a1', $ORG, 'Logiciels', now(), now());
insert into members (id, org_id, name, kind, created_at, updated_at)
  select ('00000000-0000-0000-0001-' || lpad(to_hex(g), 12, '0'))::uuid, $ORG, 'Commune ' || g, 'COMMUNE', now(), now()
  from generate_series(1, 400) g;
insert into ticket_categories (id, org_id, name, team_id, default_level, created_at, updated_at)
  values ('00000000-0000-0000-0002-000000000001', $ORG, 'Catégorie', '00000000-0000-0000-0000-0000000000a1', 'N1', now(), now());
alter table tickets disable trigger ticket_statistics;
insert into tickets (id, org_id, reference, type, status, member_id, title, description, category_id, team_id, level,
    urgency, impact, priority, created_at, updated_at, search_public, search_internal)
select gen_random_uuid(), $ORG, 'T-2024-' || lpad(g::text, 8, '0'), 'ASSISTANCE',
    case when g % 50 = 0 then 'IN_PROGRESS' else 'CLOSED' end,
    ('00000000-0000-0000-0001-' || lpad(to_hex(1 + g % 400), 12, '0'))::uuid, 'Demande ' || (g % 1000), '-',
    '00000000-0000-0000-0002-000000000001', '00000000-0000-0000-0000-0000000000a1', 'N1', 'MEDIUM', 'MEDIUM', 'P3',
    c, c,
    to_tsvector('french', 'Demande ' || (g % 1000) || case when g = $N / 3 + 1 then ' zygomorphe' else '' end),
    case when g = $N / 2 + 1 then to_tsvector('french', 'ornithorynque') else ''::tsvector end
from generate_series(1, $N) g,
    lateral (select timestamptz '2024-01-01 08:00 Europe/Paris' + (g::double precision / $N) * interval '360 days' as c) cc;
alter table tickets enable trigger ticket_statistics;
vacuum analyze tickets;
SQL
fi
echo "== table size: $($PSQL -tA -c "select pg_size_pretty(pg_total_relation_size('tickets'))")"
q() { echo; echo "== $1"; $PSQL -c "explain (analyze, buffers, costs off) $2" | grep -vE '^ *(Buffers|I/O Timings):'; }
staff() { echo "(e.search_public @@ websearch_to_tsquery('french', '$1') or e.search_internal @@ websearch_to_tsquery('french', '$1'))"; }
public() { echo "e.search_public @@ websearch_to_tsquery('french', '$1')"; }
before() { echo "select e.* from tickets e where e.org_id = $ORG $1 and $2 order by e.created_at desc, e.id desc limit 51"; }
now() { echo "with matching as materialized (select e.id, e.created_at as _key from tickets e where e.org_id = $ORG $1 and $2 limit $(( ${3:-$CAP} + 1 ))),
  page as (select id from matching order by _key desc, id desc limit 51)
  select e.*, (select count(*) from matching) as matches from tickets e join page on page.id = e.id order by e.created_at desc, e.id desc"; }
REQ="and e.member_id = $OWN"
for w in zygomorphe absentissime ornithorynque demande; do
  echo; echo "######## q=$w"
  q "staff, before" "$(before "" "$(staff $w)")"
  q "staff, now" "$(now "" "$(staff $w)")"
  q "requester, before" "$(before "$REQ" "$(public $w)")"
  q "requester, now" "$(now "$REQ" "$(public $w)" $RCAP)"
done
echo; echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
