#!/usr/bin/env sh
# Run by ./mvnw verify (docs module): generates the client types from docs/openapi/openapi.json and compiles
# the example in strict mode, so that a change of the document that breaks strict clients breaks the build.
# Passerelle itself needs only a JDK: without npm, the example is skipped with a message.
set -eu
cd "$(dirname "$0")"
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: the SPA client example (docs/examples/spa-client) is not compiled"
  exit 0
fi
npm ci --no-audit --no-fund
npm run check
