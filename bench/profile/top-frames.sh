#!/usr/bin/env bash
# Prints where the CPU time of a JFR recording goes: top frames by self time, by the innermost
# Sahelwatch frame, and inclusive. Usage (from the project root, after building bench/):
#   bench/profile/top-frames.sh RECORDING.jfr [--top 25] [--threads REGEX] [--project org.sahelwatch]
# e.g. --threads stream-thread (the application's stream threads) or --threads jmh-worker (a JMH run).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/benchmarks.jar"
if [[ ! -f "$jar" ]]; then
  echo "bench/target/benchmarks.jar is missing: build it first (see bench/README.md)" >&2
  exit 2
fi
exec java -cp "$jar" org.sahelwatch.bench.profile.TopFrames "$@"
