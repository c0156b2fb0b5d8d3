#!/usr/bin/env bash
# The long fault-injection run (README, "Reliability"): the whole platform under a steady load of
# complaints for at least ten minutes while each service, the Kafka broker and PostgreSQL are killed -9
# twice, and PostgreSQL and the key vault are each held down for two minutes. About 30 minutes on a
# 2-core machine. Counts and recovery times: fault-injection/target/fault-injection/long-run.{md,json}.
# ./fault-injection.sh short runs the form ./mvnw verify runs.
set -euo pipefail
cd "$(dirname "$0")"
form="${1:-long}"
exec ./mvnw -B verify -pl fault-injection -am \
  -Dfaults.form="$form" \
  -Dtest=NoUnitTestsHere -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=FaultInjectionIT -Dfailsafe.failIfNoSpecifiedTests=false
