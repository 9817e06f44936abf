#!/usr/bin/env bash
# Scale-out proof on one machine (issue 19), not part of the test command. Starts a PostgreSQL 15 primary and a
# streaming replica (initdb, pg_basebackup -R), Keycloak with the realm of docs/keycloak, two instances of the
# packaged jar in prod mode (both on the primary, the replica configured for statistics), HAProxy in front with
# health checks on the management port and a webhook receiver; then, under write and read load through HAProxy
# with real tokens, kills one instance with kill -9 and checks that no acknowledged write is lost, that clients saw
# at most the requests in flight fail, that each webhook delivery arrived exactly once, and that statistics were
# served from the replica. Prints PASS/FAIL and writes its output to ops/results/scale-out-<date>.txt.
#
# Needs: PostgreSQL 15 server binaries (apt-get install -y postgresql-15), HAProxy (apt-get install -y haproxy),
# python3, curl, a JDK 21+ under /usr/lib/jvm for Keycloak. SKIP_BUILD=1 reuses api/target/quarkus-app.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${SCALE_OUT_DIR:-/tmp/passerelle-scale-out}
PG=${PG_BIN:-/usr/lib/postgresql/15/bin}
PRIMARY_PORT=57432 REPLICA_PORT=57433 KC_PORT=57180 LB_PORT=57080 HOOK_PORT=57070
A_HTTP=57081 A_MGMT=57091 B_HTTP=57082 B_MGMT=57092
WRITERS=${WRITERS:-4} READERS=${READERS:-2} KILL_AFTER=${KILL_AFTER:-30} RUN_AFTER_KILL=${RUN_AFTER_KILL:-30}
RESULT="$ROOT/ops/results/scale-out-$(date -u +%F).txt"
mkdir -p "$ROOT/ops/results"
exec > >(tee "$RESULT") 2>&1

missing() { echo "MISSING: $1 — $2"; exit 2; }
[ -x "$PG/initdb" ] || missing "PostgreSQL 15 server binaries in $PG" "apt-get install -y postgresql-15"
command -v haproxy >/dev/null || missing "haproxy" "apt-get install -y haproxy"
command -v python3 >/dev/null || missing "python3" "apt-get install -y python3"
command -v curl >/dev/null || missing "curl" "apt-get install -y curl"
KC_JDK=$(ls -d /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/temurin-21* /usr/lib/jvm/java-2[1-9]* 2>/dev/null | head -1 || true)
[ -n "$KC_JDK" ] || missing "a JDK 21+ for Keycloak under /usr/lib/jvm" "install Temurin 25"
JAVA=${JAVA:-java}
KC_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$ROOT/api/pom.xml")

echo "== Passerelle scale-out test, $(date -u '+%F %T') UTC, commit $(git -C "$ROOT" rev-parse --short HEAD)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2 " GB RAM, " $7 " GB available"}'), load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "PostgreSQL $("$PG/postgres" --version | awk '{print $3}'), $(haproxy -v | head -1 | cut -d' ' -f1-3), Keycloak $KC_VERSION on $(basename "$KC_JDK"), application on $("$JAVA" -version 2>&1 | head -1)"

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for d in replica primary; do
        [ -d "$WORK/$d" ] && runuser -u postgres -- "$PG/pg_ctl" -D "$WORK/$d" -m fast stop >/dev/null 2>&1 || true
    done
    echo "(processes stopped; logs in $WORK)"
}
trap cleanup EXIT
await() { # url seconds what
    for _ in $(seq "$2"); do curl -sf -o /dev/null "$1" && return 0; sleep 1; done
    echo "FAIL: $3 not up after $2 s (see $WORK)"; exit 1
}
as_root() { # PostgreSQL refuses to run as root
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "-- packaging the jar (./mvnw -B -q -DskipTests package -pl api -am)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package -pl api -am)
fi
JAR="$ROOT/api/target/quarkus-app/quarkus-run.jar"
[ -f "$JAR" ] || missing "$JAR" "run without SKIP_BUILD=1"

rm -rf "$WORK" && mkdir -p "$WORK" && chmod 777 "$WORK"
echo "-- PostgreSQL primary :$PRIMARY_PORT and streaming replica :$REPLICA_PORT under $WORK"
as_root "$PG/initdb" -D "$WORK/primary" -U passerelle --auth=trust -E UTF8 --locale=C >"$WORK/initdb.log"
as_root "$PG/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w \
    -o "-p $PRIMARY_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
psql_primary() { psql -h 127.0.0.1 -p "$PRIMARY_PORT" -U passerelle -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_primary -d postgres -c "create database passerelle"
# The replica is read with a role that can only read, as an operator would give it.
psql_primary -d passerelle -c "create role passerelle_reader login password 'reader';
    alter default privileges for role passerelle in schema public grant select on tables to passerelle_reader"
as_root "$PG/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U passerelle -D "$WORK/replica" -R -X stream -c fast
as_root "$PG/pg_ctl" -D "$WORK/replica" -l "$WORK/replica.log" -w \
    -o "-p $REPLICA_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
echo "replica in recovery: $(psql -h 127.0.0.1 -p "$REPLICA_PORT" -U passerelle -d passerelle -qAt -c 'select pg_is_in_recovery()'),"\
     "streaming: $(psql_primary -d postgres -c "select state from pg_stat_replication")"

echo "-- Keycloak $KC_VERSION :$KC_PORT (realm docs/keycloak/passerelle-realm.json)"
KC_TAR="$HOME/.m2/repository/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.tar.gz"
[ -f "$KC_TAR" ] || (cd "$ROOT" && ./mvnw -B -q dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:tar.gz")
tar -xzf "$KC_TAR" -C "$WORK"
mkdir -p "$WORK/keycloak-$KC_VERSION/data/import"
cp "$ROOT/docs/keycloak/passerelle-realm.json" "$WORK/keycloak-$KC_VERSION/data/import/"
(cd "$WORK/keycloak-$KC_VERSION" && JAVA_HOME="$KC_JDK" PATH="$KC_JDK/bin:$PATH" JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1" \
    exec bash bin/kc.sh start-dev --http-port=$KC_PORT --import-realm --cache=local >"$WORK/keycloak.log" 2>&1) &
PIDS+=($!)
ISSUER="http://127.0.0.1:$KC_PORT/realms/passerelle"

echo "-- webhook receiver :$HOOK_PORT"
python3 "$ROOT/ops/scale-out/webhook-receiver.py" "$HOOK_PORT" "$WORK/webhook-ids.log" &
PIDS+=($!)
touch "$WORK/webhook-ids.log"

echo "-- two instances of the packaged jar: A :$A_HTTP (management :$A_MGMT), B :$B_HTTP (management :$B_MGMT)"
instance() { # name http management
    env QUARKUS_HTTP_PORT="$2" QUARKUS_MANAGEMENT_PORT="$3" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/passerelle" \
        QUARKUS_DATASOURCE_USERNAME=passerelle QUARKUS_DATASOURCE_PASSWORD=passerelle \
        QUARKUS_DATASOURCE_REPLICA_JDBC_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/passerelle" \
        QUARKUS_DATASOURCE_REPLICA_USERNAME=passerelle_reader QUARKUS_DATASOURCE_REPLICA_PASSWORD=reader \
        QUARKUS_OIDC_AUTH_SERVER_URL="$ISSUER" QUARKUS_OIDC_CLIENT_ID=passerelle QUARKUS_OIDC_CONNECTION_DELAY=8M \
        PASSERELLE_WEBHOOKS_ALLOW_INSECURE_URLS=true PASSERELLE_WEBHOOKS_DISPATCH_INTERVAL=1s \
        PASSERELLE_WEBHOOKS_TIMEOUT=5s PASSERELLE_WEBHOOKS_LEASE=20s \
        "$JAVA" -Xmx512m -XX:+UseSerialGC -jar "$JAR" >"$WORK/instance-$1.log" 2>&1 &
}
instance a $A_HTTP $A_MGMT; A_PID=$!; PIDS+=($A_PID)
instance b $B_HTTP $B_MGMT; B_PID=$!; PIDS+=($B_PID)

echo "-- HAProxy :$LB_PORT, health checks on the management ports"
cat >"$WORK/haproxy.cfg" <<CFG
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A connection refused (instance gone) is tried on the other instance; a request already sent never is
    # (it may have been processed): that is the client's to retry, with its Idempotency-Key.
    retries 3
    retry-on conn-failure
    option redispatch
frontend api
    bind 127.0.0.1:$LB_PORT
    default_backend passerelle
backend passerelle
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    server a 127.0.0.1:$A_HTTP check port $A_MGMT inter 1s fall 2 rise 2
    server b 127.0.0.1:$B_HTTP check port $B_MGMT inter 1s fall 2 rise 2
CFG
haproxy -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)

await "$ISSUER/.well-known/openid-configuration" 600 "Keycloak"
await "http://127.0.0.1:$A_MGMT/q/health/ready" 600 "instance A"
await "http://127.0.0.1:$B_MGMT/q/health/ready" 300 "instance B"
echo "all up; load average now $(cut -d' ' -f1-3 /proc/loadavg)"

API="http://127.0.0.1:$LB_PORT"
token() { curl -sf "$ISSUER/protocol/openid-connect/token" -d grant_type=password -d client_id=passerelle-cli \
    -d "username=$1" -d password=change-me | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'; }
post() { # token path json -> id
    local out code
    out=$(curl -s -X POST "$API$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" \
        -w '\n%{http_code}')
    code=${out##*$'\n'}
    case $code in
        2*) python3 -c 'import json,sys; b = json.loads(sys.argv[1]); print(b.get("id") or b["webhook"]["id"])' \
                "${out%$'\n'*}" ;;
        *) echo "FAIL: POST $2 answered $code: ${out%$'\n'*}" >&2; exit 1 ;;
    esac
}
echo "-- organisation, desk and webhook subscription, through HAProxy with Keycloak tokens"
ROOT_TOKEN=$(token root)
post "$ROOT_TOKEN" /api/v1/orgs '{"slug":"landes","name":"Landes","kind":"IT_AGENCY"}' >/dev/null
post "$ROOT_TOKEN" /api/v1/orgs/landes/people '{"email":"alice@landes.example","name":"Alice","roles":["admin"]}' >/dev/null
ALICE=$(token alice)
MEMBER=$(post "$ALICE" /api/v1/orgs/landes/members '{"name":"Mairie de Capbreton","kind":"COMMUNE"}')
TEAM=$(post "$ALICE" /api/v1/orgs/landes/teams '{"name":"Support"}')
SERVICE=$(post "$ALICE" /api/v1/orgs/landes/services "{\"code\":\"SUP\",\"name\":\"Support\",\"teamId\":\"$TEAM\"}")
post "$ALICE" "/api/v1/orgs/landes/members/$MEMBER/subscriptions" "{\"serviceId\":\"$SERVICE\",\"startsOn\":\"2020-01-01\"}" >/dev/null
CATEGORY=$(post "$ALICE" /api/v1/orgs/landes/ticketing/categories \
    "{\"name\":\"Logiciels\",\"teamId\":\"$TEAM\",\"serviceId\":\"$SERVICE\",\"defaultLevel\":\"N1\"}")
post "$ALICE" /api/v1/orgs/landes/people \
    "{\"email\":\"remi@capbreton.example\",\"name\":\"Rémi\",\"roles\":[\"requester\"],\"memberId\":\"$MEMBER\"}" >/dev/null
SUBSCRIPTION=$(post "$ALICE" /api/v1/orgs/landes/webhooks \
    "{\"url\":\"http://127.0.0.1:$HOOK_PORT/hook\",\"eventTypes\":[\"ticket.created\"]}")
echo "organisation landes, category $CATEGORY, webhook subscription $SUBSCRIPTION"

echo "-- load: $WRITERS writers (POST tickets as remi), $READERS readers (ticketing and training statistics as alice);" \
     "kill -9 of instance A after ${KILL_AFTER}s, ${RUN_AFTER_KILL}s more on B alone"
cat >"$WORK/load.json" <<JSON
{"api": "$API", "org": "landes", "category": "$CATEGORY", "subscription": "$SUBSCRIPTION",
 "requester_token": "$(token remi)", "admin_token": "$(token alice)",
 "writers": $WRITERS, "readers": $READERS, "kill_after": $KILL_AFTER, "run_after_kill": $RUN_AFTER_KILL,
 "victim_pid": $A_PID, "victim_http": $A_HTTP, "victim_management": $A_MGMT, "survivor_management": $B_MGMT, "drain_timeout": 120,
 "receiver_log": "$WORK/webhook-ids.log", "psql": "$(command -v psql)",
 "primary_port": $PRIMARY_PORT, "replica_port": $REPLICA_PORT}
JSON
set +e
python3 "$ROOT/ops/scale-out/load.py" "$WORK/load.json"
STATUS=$?
set -e
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $( [ $STATUS = 0 ] && echo PASS || echo FAIL ) — output in ${RESULT#$ROOT/}"
exit $STATUS
