#!/usr/bin/env node
// Port Seizure Atlas: searoute-js 0.1.0 baseline for bench_routing (not a dependency of the plugin).
//
//   node searoute_baseline.js PAIRS.csv OUT.json NODE_MODULES_DIR [MAX_PAIRS_PER_SET]
//
// PAIRS.csv is written by `bench_routing --write-pairs` (set,from,to,from_lon,from_lat,to_lon,to_lat,km).
// searoute-js takes two GeoJSON Point features and returns a GeoJSON LineString whose properties.length is in the
// units asked for; it logs a line per call, which is silenced here. Each pair is routed once and timed alone.
// OUT.json: { load_ms, sets: { <set>: { pairs, failed, median_ms, mean_ms, routes_per_s, median_length_ratio } } }
// SPDX-License-Identifier: GPL-2.0-or-later
'use strict';

const fs = require('fs');
const path = require('path');

const [pairsPath, outPath, modulesDir, maxPairsArg] = process.argv.slice(2);
if (!pairsPath || !outPath || !modulesDir) {
  console.error('usage: node searoute_baseline.js PAIRS.csv OUT.json NODE_MODULES_DIR [MAX_PAIRS_PER_SET]');
  process.exit(1);
}
const maxPairs = maxPairsArg ? parseInt(maxPairsArg, 10) : Infinity;

const now = () => Number(process.hrtime.bigint()) / 1e6;
const quietly = (work) => {
  const log = console.log;
  console.log = () => {};
  try {
    return work();
  } finally {
    console.log = log;
  }
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const point = (lon, lat) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [lon, lat] } });

// requiring the package reads its network and builds its graph
const loadStart = now();
const searoute = quietly(() => require(path.join(modulesDir, 'searoute-js')));
const loadMs = now() - loadStart;

const lines = fs.readFileSync(pairsPath, 'utf8').trim().split('\n');
const header = lines.shift().split(',');
const column = (name) => {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`${pairsPath}: no column ${name}`);
  return index;
};
const [setColumn, fromLon, fromLat, toLon, toLat, kmColumn] =
  ['set', 'from_lon', 'from_lat', 'to_lon', 'to_lat', 'km'].map(column);

const bySet = new Map();
for (const line of lines) {
  const fields = line.split(',');
  const name = fields[setColumn];
  if (!bySet.has(name)) bySet.set(name, []);
  if (bySet.get(name).length < maxPairs) bySet.get(name).push(fields);
}

const result = { package: 'searoute-js@0.1.0', load_ms: loadMs, sets: {} };
for (const [name, pairs] of bySet) {
  const times = [];
  const ratios = [];
  let failed = 0;
  for (const fields of pairs) {
    const origin = point(Number(fields[fromLon]), Number(fields[fromLat]));
    const destination = point(Number(fields[toLon]), Number(fields[toLat]));
    const start = now();
    let route = null;
    try {
      route = quietly(() => searoute(origin, destination, 'kilometers'));
    } catch (error) {
      route = null;
    }
    times.push(now() - start);
    if (!route) {
      ++failed;
      continue;
    }
    const ours = Number(fields[kmColumn]);
    if (ours > 0) ratios.push(route.properties.length / ours);
  }
  const total = times.reduce((a, b) => a + b, 0);
  result.sets[name] = {
    pairs: pairs.length,
    failed,
    median_ms: median(times),
    mean_ms: total / times.length,
    routes_per_s: (1000 * times.length) / total,
    median_length_ratio: ratios.length ? median(ratios) : 0,
  };
  console.log(`searoute-js ${name}: ${pairs.length} pairs, median ${median(times).toFixed(2)} ms/route, ` +
              `${result.sets[name].routes_per_s.toFixed(1)} routes/s, ${failed} failed`);
}
fs.writeFileSync(outPath, JSON.stringify(result, null, 2) + '\n');
