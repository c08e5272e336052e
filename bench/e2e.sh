#!/usr/bin/env bash
# The end-to-end harness (bench/README.md, "End to end"). From the project root, after building:
#   mvn -B -q install -DskipTests && mvn -B -q -f bench/pom.xml package
#   bench/e2e.sh --rates 100,500,1000 --find-max --results bench/results/e2e-DATE.md
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/benchmarks.jar"
if [[ ! -f "$jar" ]]; then
  echo "bench/target/benchmarks.jar is missing: build it first (see bench/README.md)" >&2
  exit 2
fi
exec java -cp "$jar" org.sahelwatch.bench.e2e.EndToEnd "$@"
