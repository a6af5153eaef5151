#!/usr/bin/env bash
# Analysis benchmark: generates a merged enterprise, loads it into a fresh embedded Neo4j (or, with
# BENCH_REUSE=true, reuses the store a previous run of the same size and seed left), then runs the
# full analysis and prints the time per rule, the peak heap and the projection's bytes per edge.
# Passes or fails nothing.
#   bench/analyze.sh [identities=1000000] [tenants=4] [seed=7]
# Environment: BENCH_HEAP (default 6g), BENCH_PAGE_CACHE (default 4g), BENCH_DIR (default ./bench-out),
# BENCH_REUSE (default false)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build="${BENCH_BUILD_DIR:-target}"
mvn -q -B -DskipTests -Dbuild.dir.name="$build" -pl benchmarks -am package
exec java -Xmx"${BENCH_HEAP:-6g}" -Djava.io.tmpdir="${BENCH_DIR:-$here/bench-out}" \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  -cp "benchmarks/$build/classes:benchmarks/$build/lib/*" dev.faultline.bench.AnalysisBenchmark \
  "${1:-1000000}" "${2:-4}" "${3:-7}" "${BENCH_DIR:-$here/bench-out}" "${BENCH_PAGE_CACHE:-4g}" "${BENCH_REUSE:-false}"
