#!/usr/bin/env bash
# Runs the whole complaints platform on this machine: the identity provider, PostgreSQL, Kafka, an SMTP server and the five
# services, with nothing installed but a JDK 17. Data stays in .local-data/. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "A JDK 17 is needed (java not found on the PATH)." >&2
  exit 1
fi

echo "[local-stack] Building the services (tests skipped; the first build downloads dependencies)..."
./mvnw -B -q -DskipTests package

launcher=$(ls local-stack/target/local-stack-*-exec.jar | head -n 1)
exec java -Xmx1g -Daxoniq.update-checker.disabled=true -jar "$launcher" "$PWD"
