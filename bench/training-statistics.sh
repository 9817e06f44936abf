#!/usr/bin/env bash
# Benchmark of the training outcomes and the BPF at scale: builds a throw-away database with Passerelle's
# migrations, loads S sessions of 20 half-days with 10 learners each (default 10,000 sessions: 100,000
# enrolments, 200,000 slots, 2 million attendance lines) for one organisation over one year, then times the
# SQL of StatisticsService (SQL, OUTCOMES) and BpfService (SECTIONS, TRAINERS) with EXPLAIN ANALYZE — keep the
# queries below in step with those constants. An agency-sized organisation's statistics are timed among those
# rows too (read through the indexes). The attendance lines are loaded with their trigger off (a bulk load), then the
# minutes attended per enrolment are built in one command (timed); outcomes, the BPF and certificates are timed
# both as they were computed before that table ("raw": summing the lines) and as the services read them now. The
# slots, enrolments and surveys are loaded likewise with the figures-per-session triggers off, then those figures
# are built in one command (timed), and the yearly statistics timed raw and as StatisticsService reads them now. ATTENDANCE=0 skips the attendance lines (outcomes and BPF then have none
# to sum; the statistics query does not read them) to load more sessions quickly. Needs psql and a PostgreSQL
# server reachable through the PG* variables (e.g. Debian's: su postgres -c …).
#   bench/training-statistics.sh [sessions] > bench/results/training-statistics-<date>.txt
set -euo pipefail
S=${1:-10000}
DB=${BENCH_DB:-passerelle_bench_training}
cd "$(dirname "$0")/.."
psql -qX -d postgres -c "drop database if exists $DB" -c "create database $DB"
PSQL="psql -qX -v ON_ERROR_STOP=1 -d $DB"
for f in $(ls */src/main/resources/db/migration/*/V*.sql | awk -F/ '{print $NF" "$0}' | sort | cut -d' ' -f2); do
  $PSQL -f "$f"
done
ORG="'00000000-0000-0000-0000-000000000001'"
AGENCY="'00000000-0000-0000-0000-000000000002'"
$PSQL <<SQL
insert into organisations (id, slug, name, kind) values ($ORG, 'bench', 'Bench', 'TRAINING_ORGANISATION');
-- 20 courses, 200 trainers, 20,000 learners.
insert into training_courses (id, org_id, code, title, objectives, duration_hours, modality, programme_type,
    price_eur, bpf_objective, speciality_code, created_at, updated_at)
  select ('00000000-0000-0000-0003-' || lpad(to_hex(g), 12, '0'))::uuid, $ORG, 'C-' || g, 'Cours ' || g, '-', 70,
         (array['IN_PERSON','SELF_PACED','VIRTUAL_CLASSROOM','BLENDED'])[1 + g % 4],
         (array['CATALOGUE','REGIONAL_PROGRAMME','SPECIFIC_REQUEST'])[1 + (g / 4) % 3], 1000 + g * 10,
         (array['RNCP_CERTIFICATION','OTHER_PROFESSIONAL','CQP'])[1 + g % 3], (300 + g % 8)::text, now(), now()
  from generate_series(1, 20) g;
insert into people (id, email, created_at)
  select ('00000000-0000-0000-0004-' || lpad(to_hex(g), 12, '0'))::uuid, 'p' || g || '@bench.test', now()
  from generate_series(1, 20200) g;
insert into training_trainers (id, org_id, person_id, kind, created_at, updated_at)
  select gen_random_uuid(), $ORG, ('00000000-0000-0000-0004-' || lpad(to_hex(g), 12, '0'))::uuid,
         case when g % 5 = 0 then 'STAFF' else 'INDEPENDENT' end, now(), now() from generate_series(20001, 20200) g;
\timing on
insert into training_sessions (id, org_id, course_id, capacity, status, synchronous_remote, open_source_alternatives,
    starts_at, ends_at, seats_taken, created_at, updated_at)
  select ('00000000-0000-0000-0005-' || lpad(to_hex(g), 12, '0'))::uuid, $ORG,
         ('00000000-0000-0000-0003-' || lpad(to_hex(1 + g % 20), 12, '0'))::uuid, 12, 'COMPLETED', g % 2 = 0, g % 3 = 0,
         d, d + interval '30 days', 10, now(), now()
  from generate_series(1, $S) g, lateral (select timestamptz '2024-01-02 09:00 Europe/Paris' + (g % 330) * interval '1 day' as d) dd;
insert into training_session_trainers (session_id, person_id)
  select ('00000000-0000-0000-0005-' || lpad(to_hex(g), 12, '0'))::uuid,
         ('00000000-0000-0000-0004-' || lpad(to_hex(20001 + g % 200), 12, '0'))::uuid from generate_series(1, $S) g;
alter table training_session_slots disable trigger training_session_figures;
alter table training_enrolments disable trigger training_session_figures;
alter table training_surveys disable trigger training_session_figures;
insert into training_session_slots (id, org_id, session_id, day, half, starts_at, ends_at, created_at, updated_at)
  select gen_random_uuid(), $ORG, s.id, (s.starts_at + (h / 2) * interval '1 day')::date,
         case when h % 2 = 0 then 'MORNING' else 'AFTERNOON' end,
         s.starts_at + (h / 2) * interval '1 day' + (h % 2) * interval '4 hours',
         s.starts_at + (h / 2) * interval '1 day' + (h % 2) * interval '4 hours' + interval '3 hours 30 minutes', now(), now()
  from training_sessions s, generate_series(0, 19) h;
insert into training_enrolments (id, org_id, session_id, learner_id, trainee_type, funding_source, status, holds_seat,
    created_at, updated_at)
  select gen_random_uuid(), $ORG, s.id, ('00000000-0000-0000-0004-' || lpad(to_hex(1 + (n * 7919 + k) % 20000), 12, '0'))::uuid,
         (array['EMPLOYEE','JOBSEEKER','INDIVIDUAL'])[1 + k % 3], (array['OPCO','CPF','EMPLOYER','FRANCE_TRAVAIL'])[1 + k % 4],
         case when k = 9 then 'DROPPED' else 'COMPLETED' end, k <> 9, now(), now()
  from (select id, row_number() over () as n from training_sessions) s, generate_series(0, 9) k;
insert into training_surveys (id, org_id, enrolment_id, kind, overall, created_at, updated_at)
  select gen_random_uuid(), $ORG, e.id, 'HOT', 1 + (hashtext(e.id::text) & 3) + (hashtext(e.id::text) >> 30 & 1), now(), now()
  from training_enrolments e where e.holds_seat;
alter table training_session_slots enable trigger training_session_figures;
alter table training_enrolments enable trigger training_session_figures;
alter table training_surveys enable trigger training_session_figures;
\\echo == building the figures per session (select training_rebuild_session_figures(org))
select training_rebuild_session_figures($ORG);
SQL
if [ "${ATTENDANCE:-1}" = 1 ]; then
  $PSQL <<SQL
alter table training_attendance disable trigger training_attended_minutes;
\\timing on
insert into training_attendance (id, org_id, slot_id, enrolment_id, status, minutes_connected, created_at, updated_at)
  select gen_random_uuid(), $ORG, sl.id, e.id, case when (hashtext(sl.id::text || e.id::text) & 15) = 0 then 'ABSENT' else 'PRESENT' end,
         case when (hashtext(e.id::text) & 1) = 0 then 200 end, now(), now()
  from training_enrolments e join training_session_slots sl on sl.session_id = e.session_id where e.holds_seat;
alter table training_attendance enable trigger training_attended_minutes;
\\echo == building the minutes attended per enrolment (select training_rebuild_attended_minutes(org))
select training_rebuild_attended_minutes($ORG);
SQL
fi
# An agency-sized organisation (300 sessions of 2 half-days, 7 learners each, 6 surveys) among those rows: its
# statistics must be read through the (org_id, …) indexes, not by scanning the other organisation's rows.
$PSQL <<SQL
insert into organisations (id, slug, name, kind) values ($AGENCY, 'agency', 'Agency', 'IT_AGENCY');
insert into training_courses (id, org_id, code, title, objectives, duration_hours, modality, programme_type,
    price_eur, bpf_objective, speciality_code, created_at, updated_at)
  select ('00000000-0000-0000-0013-' || lpad(to_hex(g), 12, '0'))::uuid, $AGENCY, 'A-' || g, 'Cours ' || g, '-', 7,
         (array['IN_PERSON','SELF_PACED','VIRTUAL_CLASSROOM','IN_PERSON'])[g],
         (array['CATALOGUE','CATALOGUE','CATALOGUE','SPECIFIC_REQUEST'])[g], 0, 'OTHER_PROFESSIONAL', '326', now(), now()
  from generate_series(1, 4) g;
insert into training_sessions (id, org_id, course_id, capacity, status, starts_at, ends_at, seats_taken, created_at, updated_at)
  select ('00000000-0000-0000-0015-' || lpad(to_hex(g), 12, '0'))::uuid, $AGENCY,
         ('00000000-0000-0000-0013-' || lpad(to_hex(1 + g % 4), 12, '0'))::uuid, 12, 'COMPLETED',
         timestamptz '2024-01-08 09:00 Europe/Paris' + (g % 330) * interval '1 day',
         timestamptz '2024-01-08 17:00 Europe/Paris' + (g % 330) * interval '1 day', 7, now(), now()
  from generate_series(1, 300) g;
insert into training_session_slots (id, org_id, session_id, day, half, starts_at, ends_at, created_at, updated_at)
  select gen_random_uuid(), $AGENCY, s.id, s.starts_at::date, h, s.starts_at + (h = 'AFTERNOON')::int * interval '4 hours',
         s.starts_at + (h = 'AFTERNOON')::int * interval '4 hours' + interval '3 hours 30 minutes', now(), now()
  from training_sessions s, unnest(array['MORNING', 'AFTERNOON']) h where s.org_id = $AGENCY;
insert into training_enrolments (id, org_id, session_id, learner_id, trainee_type, funding_source, status, holds_seat,
    created_at, updated_at)
  select gen_random_uuid(), $AGENCY, s.id, ('00000000-0000-0000-0004-' || lpad(to_hex(1 + (n * 31 + k) % 20000), 12, '0'))::uuid,
         'EMPLOYEE', 'EMPLOYER', 'COMPLETED', true, now(), now()
  from (select id, row_number() over () as n from training_sessions where org_id = $AGENCY) s, generate_series(0, 6) k;
insert into training_surveys (id, org_id, enrolment_id, kind, overall, created_at, updated_at)
  select gen_random_uuid(), $AGENCY, e.id, 'HOT', 4 + (hashtext(e.id::text) & 1), now(), now()
  from training_enrolments e where e.org_id = $AGENCY and (hashtext(e.id::text) & 7) <> 0;
analyze;
SQL
FROM="'2024-01-01T00:00+01'"; TO="'2025-01-01T00:00+01'"
MINUTES="CASE WHEN a.minutes_connected IS NOT NULL THEN least(a.minutes_connected, extract(epoch FROM sl.ends_at - sl.starts_at) / 60) ELSE extract(epoch FROM sl.ends_at - sl.starts_at) / 60 END"
echo "== $S sessions (and the agency's 300); rows: $($PSQL -tA -c "select (select count(*) from training_enrolments) || ' enrolments, ' || (select count(*) from training_session_slots) || ' slots, ' || (select count(*) from training_attendance) || ' attendance lines (' || pg_size_pretty(pg_total_relation_size('training_attendance')) || ')'")"
RAW="attended AS (SELECT a.enrolment_id, sum($MINUTES) AS minutes FROM training_attendance a JOIN training_session_slots sl ON sl.org_id = a.org_id AND sl.id = a.slot_id JOIN entered x ON x.id = a.enrolment_id WHERE a.org_id = $ORG AND a.status = 'PRESENT' GROUP BY a.enrolment_id)"
KEPT="attended AS (SELECT m.enrolment_id, m.minutes FROM training_attended_minutes m JOIN entered x ON x.id = m.enrolment_id WHERE m.org_id = $ORG)"
q() { echo; echo "== $1"; $PSQL -c "explain (analyze, buffers, timing off, summary on) $2" | grep -E 'Execution Time|Index|Seq Scan|Planning Time' | sort | uniq -c; }
OUTCOMES="WITH held AS (SELECT s.id FROM training_sessions s WHERE s.org_id = $ORG AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= $FROM AND s.starts_at < $TO %s),
 entered AS (SELECT e.id, e.status, e.time_spent_minutes FROM training_enrolments e JOIN held h ON h.id = e.session_id WHERE e.org_id = $ORG AND e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'DROPPED')),
 @ATTENDED@,
 hot AS (SELECT v.overall FROM training_surveys v JOIN entered x ON x.id = v.enrolment_id WHERE v.org_id = $ORG AND v.kind = 'HOT')
 SELECT coalesce(sum(coalesce(t.minutes, 0) + x.time_spent_minutes), 0), count(*) FILTER (WHERE coalesce(t.minutes, 0) + x.time_spent_minutes >= 60), count(*), count(*) FILTER (WHERE x.status = 'COMPLETED'), count(*) FILTER (WHERE x.status = 'DROPPED'), (SELECT count(*) FROM hot), (SELECT count(*) FROM hot WHERE overall >= 4), (SELECT count(DISTINCT tr.person_id) FROM training_session_trainers tr JOIN held h ON h.id = tr.session_id), (SELECT count(*) FROM held)
 FROM entered x LEFT JOIN attended t ON t.enrolment_id = x.id"
STATISTICS="WITH held AS (SELECT s.id, c.modality, c.programme_type, s.synchronous_remote, s.open_source_alternatives FROM training_sessions s JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id WHERE s.org_id = @ORG@ AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= $FROM AND s.starts_at < $TO),
 slots AS (SELECT sl.session_id, count(*) AS n FROM training_session_slots sl JOIN held h ON h.id = sl.session_id WHERE sl.org_id = @ORG@ GROUP BY sl.session_id),
 learners AS (SELECT e.session_id, count(*) FILTER (WHERE e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED')) AS seated, count(v.overall) AS surveys, count(*) FILTER (WHERE v.overall >= 4) AS satisfied FROM training_enrolments e JOIN held h ON h.id = e.session_id LEFT JOIN training_surveys v ON v.org_id = e.org_id AND v.enrolment_id = e.id AND v.kind = 'HOT' WHERE e.org_id = @ORG@ AND e.status IN ('SELECTED', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'DROPPED') GROUP BY e.session_id)
 SELECT h.modality, h.programme_type, count(*), coalesce(sum(sl.n), 0), coalesce(sum(l.seated), 0), count(*) FILTER (WHERE h.synchronous_remote), count(*) FILTER (WHERE h.open_source_alternatives), coalesce(sum(l.surveys), 0), coalesce(sum(l.satisfied), 0)
 FROM held h LEFT JOIN slots sl ON sl.session_id = h.id LEFT JOIN learners l ON l.session_id = h.id GROUP BY h.modality, h.programme_type"
STATISTICS_KEPT="SELECT c.modality, c.programme_type, count(*), coalesce(sum(f.slots), 0), coalesce(sum(f.seated), 0), count(*) FILTER (WHERE s.synchronous_remote), count(*) FILTER (WHERE s.open_source_alternatives), coalesce(sum(f.surveys), 0), coalesce(sum(f.satisfied), 0)
 FROM training_sessions s JOIN training_courses c ON c.org_id = s.org_id AND c.id = s.course_id LEFT JOIN training_session_figures f ON f.session_id = s.id
 WHERE s.org_id = @ORG@ AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= $FROM AND s.starts_at < $TO GROUP BY c.modality, c.programme_type"
q "sessions by programme type and modality, with their satisfaction (statistics, raw: joining slots, enrolments, surveys)" "${STATISTICS//@ORG@/$ORG}"
q "the same for the agency-sized organisation among the others' rows (indexes, raw)" "${STATISTICS//@ORG@/$AGENCY}"
q "sessions by programme type and modality (statistics, now: training_session_figures)" "${STATISTICS_KEPT//@ORG@/$ORG}"
q "the same for the agency-sized organisation (now)" "${STATISTICS_KEPT//@ORG@/$AGENCY}"
BPF="WITH held AS (SELECT s.id, s.course_id FROM training_sessions s WHERE s.org_id = $ORG AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= $FROM AND s.starts_at < $TO),
 entered AS (SELECT e.id, e.session_id, h.course_id, e.trainee_type, e.funding_source, e.price_eur, e.time_spent_minutes FROM training_enrolments e JOIN held h ON h.id = e.session_id WHERE e.org_id = $ORG AND e.holds_seat),
 @ATTENDED@,
 lines AS (SELECT x.id, x.session_id, c.code AS course, x.trainee_type, x.funding_source, c.bpf_objective, c.speciality_code, c.speciality_label, coalesce(x.price_eur, c.price_eur, 0) AS price, x.time_spent_minutes + coalesce(t.minutes, 0) AS minutes
   FROM entered x JOIN training_courses c ON c.org_id = $ORG AND c.id = x.course_id LEFT JOIN attended t ON t.enrolment_id = x.id)
 SELECT GROUPING(funding_source), GROUPING(trainee_type), GROUPING(bpf_objective), GROUPING(speciality_code), funding_source, trainee_type, bpf_objective, speciality_code, max(speciality_label), count(*), count(*) FILTER (WHERE minutes > 0), coalesce(sum(minutes), 0), coalesce(sum(price), 0)
 FROM lines GROUP BY GROUPING SETS ((funding_source), (trainee_type), (bpf_objective), (speciality_code), ())"
BPF_LINES="WITH held AS (SELECT s.id, s.course_id FROM training_sessions s WHERE s.org_id = $ORG AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= $FROM AND s.starts_at < $TO),
 entered AS (SELECT e.id, e.session_id, h.course_id, e.trainee_type, e.funding_source, e.price_eur, e.time_spent_minutes FROM training_enrolments e JOIN held h ON h.id = e.session_id WHERE e.org_id = $ORG AND e.holds_seat),
 @ATTENDED@,
 lines AS (SELECT x.id, x.session_id, c.code AS course, x.trainee_type, x.funding_source, c.bpf_objective, c.speciality_code, c.speciality_label, coalesce(x.price_eur, c.price_eur, 0) AS price, x.time_spent_minutes + coalesce(t.minutes, 0) AS minutes
   FROM entered x JOIN training_courses c ON c.org_id = $ORG AND c.id = x.course_id LEFT JOIN attended t ON t.enrolment_id = x.id)

 SELECT funding_source, trainee_type, bpf_objective, speciality_code, speciality_label, price, minutes FROM lines"
for MODE in RAW KEPT; do
  A=${!MODE}
  echo; echo "######## $MODE: minutes attended $([ $MODE = RAW ] && echo 'summed from the attendance lines (before)' || echo 'read from training_attended_minutes (now)')"
  q "outcomes of the year (statistics, $MODE)" "$(printf "${OUTCOMES//@ATTENDED@/$A}" "")"
  q "outcomes of one course (Qualiopi indicator 2, $MODE)" "$(printf "${OUTCOMES//@ATTENDED@/$A}" "AND s.course_id = '00000000-0000-0000-0003-000000000007'")"
  q "BPF sections C, F-1, F-3, F-4 summed in SQL ($MODE)" "${BPF//@ATTENDED@/$A}"
  q "BPF lines as BpfService reads them, summed in Java ($MODE)" "${BPF_LINES//@ATTENDED@/$A}"
done
q "BPF section E (trainers)" "WITH held AS (SELECT s.id FROM training_sessions s WHERE s.org_id = $ORG AND s.status IN ('RUNNING', 'COMPLETED') AND s.starts_at >= $FROM AND s.starts_at < $TO),
 taught AS (SELECT t.person_id, sum(extract(epoch FROM sl.ends_at - sl.starts_at)) / 3600 AS hours FROM training_session_trainers t JOIN held h ON h.id = t.session_id JOIN training_session_slots sl ON sl.org_id = $ORG AND sl.session_id = h.id GROUP BY t.person_id)
 SELECT CASE WHEN tr.kind = 'STAFF' THEN 'INTERNAL' ELSE 'EXTERNAL' END, count(*), sum(x.hours) FROM taught x LEFT JOIN training_trainers tr ON tr.org_id = $ORG AND tr.person_id = x.person_id GROUP BY 1 ORDER BY 1 DESC"
q "one enrolment's hours (certificate, raw)" "SELECT coalesce(sum($MINUTES), 0) FROM training_attendance a JOIN training_session_slots sl ON sl.org_id = a.org_id AND sl.id = a.slot_id WHERE a.org_id = $ORG AND a.enrolment_id = (SELECT id FROM training_enrolments LIMIT 1) AND a.status = 'PRESENT'"
q "one enrolment's hours (certificate, now)" "SELECT coalesce(sum(minutes), 0) FROM training_attended_minutes WHERE org_id = $ORG AND enrolment_id = (SELECT id FROM training_enrolments LIMIT 1)"
