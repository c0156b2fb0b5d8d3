#!/usr/bin/env bash
# The office's pages with 100,000 complaints (README, "Office UI speed"): loads the complaints into a fresh
# PostgreSQL as stored events, lets the queues' read model catch up, signs in through the identity provider and
# renders the queue pages and the complaint page 500 times each after a warm-up; prints p50/p95/p99 and writes
# complaints-office-service/target/benchmark/office-pages.{md,json}.
#   bench/office-pages.sh                       100,000 complaints, 500 requests per page
#   COMPLAINTS=20000 REQUESTS=200 bench/office-pages.sh
# A benchmark, not a test: `verify` never runs it (OfficePagesBenchmark is no *IT).
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B verify -pl complaints-office-service -am \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=OfficePagesBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dbenchmark.complaints="${COMPLAINTS:-100000}" -Dbenchmark.requests="${REQUESTS:-500}" "$@"
