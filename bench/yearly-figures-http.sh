#!/usr/bin/env bash
# Yearly figures over HTTP, one call at a time with curl against the packaged jar in prod mode: the ticketing statistics
# on the database of ticket-http.sh (TICKET_DB, its aggregates rebuilt first), the training statistics and the BPF on
# the database of training-statistics.sh (TRAINING_DB). Either database may be left out. CALLS calls each (default 6):
# the first ones of a fresh JVM include its JIT warm-up.
#   ./mvnw -B -q -DskipTests package -pl api -am
#   TICKET_DB=passerelle_http_10m TRAINING_DB=passerelle_bench_training PGHOST=localhost PGPORT=55440 PGUSER=postgres \
#     bench/yearly-figures-http.sh > bench/results/yearly-figures-http-<date>.txt
set -euo pipefail
CALLS=${CALLS:-6}
YEAR=${YEAR:-2024}
PORT=${PORT:-18581}; MPORT=${MPORT:-18591}
cd "$(dirname "$0")/.."
WORK=$(mktemp -d /tmp/yearly-figures.XXXX)
. bench/http-lib.sh
AGENT=$(token bench-agent agent@bench.test)
trap 'stop_app; rm -rf "$WORK"' EXIT
# training-statistics.sh builds its database from the migration files with psql, without Flyway's history: the app
# takes such a database as migrated up to the newest file.
export QUARKUS_FLYWAY_BASELINE_ON_MIGRATE=true
QUARKUS_FLYWAY_BASELINE_VERSION=$(ls */src/main/resources/db/migration/*/V*.sql | sed 's/.*\/V\([0-9_]*\)__.*/\1/' | sort | tail -1 | tr _ .)
export QUARKUS_FLYWAY_BASELINE_VERSION

echo "# $(date -u +%FT%TZ) on $(nproc) cores; JAVA_OPTS=$JAVA_OPTS"
calls() { # label path
  for _ in $(seq "$CALLS"); do
    curl -s -o "$WORK/answer" -w "$1: %{http_code} %{time_total} s\n" -H "Authorization: Bearer $AGENT" \
      -H 'Accept: application/json' "http://localhost:$PORT$2"
  done
}
if [ -n "${TICKET_DB:-}" ]; then
  DB=$TICKET_DB
  echo "== $DB: $(psql -qtAX -d "$DB" -c "select count(*) from tickets") tickets; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  start_app
  calls "ticketing statistics $YEAR" "/api/v1/orgs/bench/ticketing/statistics?year=$YEAR"
  stop_app
fi
if [ -n "${TRAINING_DB:-}" ]; then
  DB=$TRAINING_DB
  # An administrator of the organisation for the token's subject.
  psql -qX -v ON_ERROR_STOP=1 -d "$DB" <<'SQL'
insert into people (id, email, subject, created_at)
  select '00000000-0000-0000-0009-000000000001', 'agent@bench.test', 'bench-agent', now()
  where not exists (select 1 from people where subject = 'bench-agent');
insert into memberships (id, org_id, person_id, roles, name, created_at, updated_at)
  select gen_random_uuid(), o.id, p.id, '{admin}', 'Bench', now(), now()
  from organisations o, people p where o.slug = 'bench' and p.subject = 'bench-agent'
    and not exists (select 1 from memberships m where m.org_id = o.id and m.person_id = p.id);
SQL
  echo "== $DB: $(psql -qtAX -d "$DB" -c "select count(*) from training_sessions") sessions, \
$(psql -qtAX -d "$DB" -c "select count(*) from training_attendance") attendance lines; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  start_app
  calls "training statistics $YEAR" "/api/v1/orgs/bench/training/statistics?year=$YEAR"
  calls "BPF $YEAR" "/api/v1/orgs/bench/training/bpf/$YEAR"
  stop_app
fi
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
