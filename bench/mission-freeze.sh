#!/usr/bin/env bash
# Benchmark of the mission report freeze, over HTTP, against a running Passerelle in dev mode (demo data) and its
# database. Loads once into the demo société à mission (alphalia), for year Y (default 2027): S training sessions
# (default 10,000 — the national scale of training-statistics.sh: 100,000 enrolments, 1.8 million attendance lines)
# and a 9 MB evidence file on each typed-in indicator's value; then times the report read live (not frozen: its
# indicators computed now, 5 times), a freeze alone (3 times) and six freezes sent at once. A frozen report cannot be thawed through the API: between runs the script deletes it in SQL.
#   ./mvnw quarkus:dev -Dquarkus.http.port=18480   # prints the OIDC dev service's URL; the database's port is in `ps`
#   API=http://localhost:18480 OIDC=http://localhost:<port> PGHOST=localhost PGPORT=<port> PGUSER=postgres \
#     bench/mission-freeze.sh [sessions] > bench/results/mission-freeze-<date>.txt
set -euo pipefail
S=${1:-10000}
Y=${YEAR:-2027}
: "${API:?the running app, e.g. http://localhost:18480}" "${OIDC:?the OIDC dev service, e.g. http://localhost:45025}"
export PGDATABASE=${PGDATABASE:-postgres}
PSQL="psql -qtAX -v ON_ERROR_STOP=1"
ORG=$($PSQL -c "select id from organisations where slug = 'alphalia'")
TOKEN=$(curl -sf -d grant_type=password -d client_id=quarkus-app -d username=admin@alphalia.test -d password=x \
  "$OIDC/token" | python3 -c 'import sys, json; print(json.load(sys.stdin)["access_token"])')
MISSION="$API/api/v1/orgs/alphalia/mission"

if [ "$($PSQL -c "select count(*) from training_sessions where org_id = '$ORG' and extract(year from starts_at) = $Y")" -lt "$S" ]; then
  $PSQL -v org="$ORG" -v y="$Y" -v s="$S" <<'SQL'
\set ORG '''' :org ''''
create temp table bench_people as select gen_random_uuid() as id, g from generate_series(1, 20200) g;
insert into people (id, email, created_at) select id, 'bench-' || :y || '-' || g || '@bench.test', now() from bench_people;
create temp table bench_courses as select gen_random_uuid() as id, g from generate_series(1, 20) g;
insert into training_courses (id, org_id, code, title, objectives, duration_hours, modality, programme_type,
    price_eur, bpf_objective, speciality_code, created_at, updated_at)
  select id, :ORG, 'B' || :y || '-' || g, 'Cours ' || g, '-', 70,
         (array['IN_PERSON','SELF_PACED','VIRTUAL_CLASSROOM','BLENDED'])[1 + g % 4], 'CATALOGUE', 1000 + g * 10,
         (array['RNCP_CERTIFICATION','OTHER_PROFESSIONAL','CQP'])[1 + g % 3], (300 + g % 8)::text, now(), now()
  from bench_courses;
insert into training_trainers (id, org_id, person_id, kind, created_at, updated_at)
  select gen_random_uuid(), :ORG, id, case when g % 5 = 0 then 'STAFF' else 'INDEPENDENT' end, now(), now()
  from bench_people where g > 20000;
create temp table bench_sessions as
  select gen_random_uuid() as id, g, make_timestamptz(:y, 1, 2, 9, 0, 0, 'Europe/Paris') + (g % 330) * interval '1 day' as d
  from generate_series(1, :s) g;
insert into training_sessions (id, org_id, course_id, capacity, status, synchronous_remote, open_source_alternatives,
    starts_at, ends_at, seats_taken, created_at, updated_at)
  select s.id, :ORG, c.id, 12, 'COMPLETED', s.g % 2 = 0, s.g % 3 = 0, s.d, s.d + interval '30 days', 10, now(), now()
  from bench_sessions s join bench_courses c on c.g = 1 + s.g % 20;
insert into training_session_trainers (session_id, person_id)
  select s.id, p.id from bench_sessions s join bench_people p on p.g = 20001 + s.g % 200;
insert into training_session_slots (id, org_id, session_id, day, half, starts_at, ends_at, created_at, updated_at)
  select gen_random_uuid(), :ORG, s.id, (s.d + (h / 2) * interval '1 day')::date,
         case when h % 2 = 0 then 'MORNING' else 'AFTERNOON' end,
         s.d + (h / 2) * interval '1 day' + (h % 2) * interval '4 hours',
         s.d + (h / 2) * interval '1 day' + (h % 2) * interval '4 hours' + interval '3 hours 30 minutes', now(), now()
  from bench_sessions s, generate_series(0, 19) h;
insert into training_enrolments (id, org_id, session_id, learner_id, trainee_type, funding_source, status, holds_seat,
    created_at, updated_at)
  select gen_random_uuid(), :ORG, s.id, p.id,
         (array['EMPLOYEE','JOBSEEKER','INDIVIDUAL'])[1 + k % 3], (array['OPCO','CPF','EMPLOYER','FRANCE_TRAVAIL'])[1 + k % 4],
         case when k = 9 then 'DROPPED' else 'COMPLETED' end, k <> 9, now(), now()
  from bench_sessions s, generate_series(0, 9) k, bench_people p where p.g = 1 + (s.g * 7919 + k) % 20000;
insert into training_attendance (id, org_id, slot_id, enrolment_id, status, minutes_connected, created_at, updated_at)
  select gen_random_uuid(), :ORG, sl.id, e.id,
         case when (hashtext(sl.id::text || e.id::text) & 15) = 0 then 'ABSENT' else 'PRESENT' end,
         case when (hashtext(e.id::text) & 1) = 0 then 200 end, now(), now()
  from bench_sessions s join training_enrolments e on e.session_id = s.id
  join training_session_slots sl on sl.session_id = e.session_id where e.holds_seat;
insert into training_surveys (id, org_id, enrolment_id, kind, overall, created_at, updated_at)
  select gen_random_uuid(), :ORG, e.id, 'HOT', 1 + (hashtext(e.id::text) & 3) + (hashtext(e.id::text) >> 30 & 1), now(), now()
  from bench_sessions s join training_enrolments e on e.session_id = s.id where e.holds_seat;
analyze;
SQL
fi

if [ "$($PSQL -c "select count(*) from mission_measurements where org_id = '$ORG' and year = $Y and evidence_filename is not null")" = 0 ]; then
  EVIDENCE=$(mktemp)
  head -c 9000000 /dev/urandom > "$EVIDENCE"
  for indicator in $($PSQL -c "select id from mission_indicators where org_id = '$ORG' and source_key is null"); do
    measurement=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"year\": $Y, \"value\": 10, \"note\": \"bench\"}" "$MISSION/indicators/$indicator/measurements" \
      | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
    curl -sf -o /dev/null -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/pdf' \
      --data-binary @"$EVIDENCE" "$MISSION/measurements/$measurement/evidence?filename=preuve.pdf"
  done
  rm "$EVIDENCE"
fi

echo "== year $Y: $($PSQL -c "select count(*) from training_sessions where org_id = '$ORG' and extract(year from starts_at) = $Y") sessions, \
$($PSQL -c "select count(*) || ' indicators, ' || count(*) filter (where source_key is not null) || ' computed by a source' from mission_indicators where org_id = '$ORG'"), \
$($PSQL -c "select count(*) || ' evidence files (' || pg_size_pretty(coalesce(sum(length(evidence_data)), 0)) || ')' from mission_measurements where org_id = '$ORG' and year = $Y and evidence_filename is not null")"
thaw() { $PSQL -c "delete from mission_reports where org_id = '$ORG' and year = $Y"; }
live() { curl -s -o /dev/null -w "$1 %{http_code} %{time_total}s\n" -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' "$MISSION/reports/$Y"; }
freeze() { curl -s -o /dev/null -w "$1 %{http_code} %{time_total}s\n" -X POST -H "Authorization: Bearer $TOKEN" "$MISSION/reports/$Y/freeze"; }
echo "== the report read while not frozen: its indicators computed from live data"
thaw
for run in 1 2 3 4 5; do live "live report"; done
echo "== one freeze at a time"
for run in 1 2 3; do thaw; freeze "freeze"; done
echo "== six freezes at once"
thaw
for run in 1 2 3 4 5 6; do freeze "freeze $run" & done
wait
