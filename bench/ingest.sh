#!/usr/bin/env bash
# Ingest benchmark: generates a merged enterprise, loads it into a fresh embedded Neo4j, and
# compares with a naive one-transaction-per-row loader. Prints figures; passes or fails nothing.
#   bench/ingest.sh [identities=1000000] [tenants=4] [seed=7]
# Environment: BENCH_HEAP (default 6g), BENCH_PAGE_CACHE (default 4g), BENCH_WRITERS (default 2),
# BENCH_DIR (default ./bench-out)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -q -B -DskipTests -pl benchmarks -am package
exec java -Xmx"${BENCH_HEAP:-6g}" -Djava.io.tmpdir="${BENCH_DIR:-$here/bench-out}" \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  -cp "benchmarks/target/classes:benchmarks/target/lib/*" dev.faultline.bench.IngestBenchmark \
  "${1:-1000000}" "${2:-4}" "${3:-7}" "${BENCH_DIR:-$here/bench-out}" "${BENCH_PAGE_CACHE:-4g}" "${BENCH_WRITERS:-2}"
