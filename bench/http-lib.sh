# Sourced by the HTTP benchmarks: tokens the app trusts and the packaged jar started and stopped. Expects DB (the
# database), WORK (a scratch directory), PORT and MPORT (HTTP and management ports); APP (the quarkus-app directory),
# JAVA and JAVA_OPTS (default: the flags docs/operations.md recommends) may be set.
# Tokens: RS256 JWTs signed by a key made here, that the app trusts as its OIDC public key (QUARKUS_OIDC_PUBLIC_KEY):
# the app verifies them exactly as Keycloak's (signature, issuer, audience, expiry), without a Keycloak to run.
APP=${APP:-api/target/quarkus-app}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xms64m -Xmx192m -XX:MaxMetaspaceSize=160m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000}
# glibc's per-thread malloc arenas (64 MiB each, up to 8 per core) are most of a JVM's memory outside the heap.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# A package built with -Dquarkus.package.jar.appcds.enabled=true carries its class-data archive: use it. The archive
# names the class path as it was built (quarkus-run.jar, relative), so the JVM runs from the application's directory.
if [ -f "$APP/app-cds.jsa" ]; then JAVA_OPTS="$JAVA_OPTS -Xshare:on -XX:SharedArchiveFile=app-cds.jsa"; fi

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2>/dev/null
PUBLIC=$(openssl pkey -in "$WORK/key.pem" -pubout | grep -v -- ----- | tr -d '\n')
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
token() { # subject email
  local h p
  h=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  p=$(printf '{"iss":"https://issuer.bench.test","aud":"passerelle","sub":"%s","email":"%s","email_verified":true,"iat":%d,"exp":%d,"realm_access":{"roles":[]}}' \
    "$1" "$2" "$(date +%s)" "$(( $(date +%s) + 7200 ))" | b64url)
  printf '%s.%s.%s' "$h" "$p" "$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$WORK/key.pem" | b64url)"
}

APP_PID=
start_app() {
  local t0 t1
  t0=$(date +%s%N)
  QUARKUS_HTTP_PORT=$PORT QUARKUS_MANAGEMENT_PORT=$MPORT \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$DB" \
  QUARKUS_DATASOURCE_USERNAME=${PGUSER:-postgres} QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-postgres} \
  QUARKUS_OIDC_CLIENT_ID=passerelle QUARKUS_OIDC_PUBLIC_KEY=$PUBLIC QUARKUS_OIDC_TOKEN_ISSUER=https://issuer.bench.test \
  QUARKUS_LOG_LEVEL=WARN \
    sh -c "cd '$APP' && exec $JAVA $JAVA_OPTS -jar quarkus-run.jar" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf "http://localhost:$MPORT/q/health/ready" > /dev/null; do
    kill -0 $APP_PID 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%N)
  echo "== start-up to ready: $(( (t1 - t0) / 1000000 )) ms; RSS at ready: $(( $(ps -o rss= -p $APP_PID) / 1024 )) MiB"
}
stop_app() { [ -n "$APP_PID" ] && kill $APP_PID && wait $APP_PID 2>/dev/null || true; APP_PID=; }
