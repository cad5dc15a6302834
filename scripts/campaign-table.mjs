#!/usr/bin/env node
// Sums the bad-input campaign's results (.tmp/campaign/<action>.json, written by
// tests/campaign/*.campaign.test.ts) into one table by action and outcome, and writes
// .tmp/campaign.json. Run the campaign first: `npm run campaign`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join('.tmp', 'campaign');
if (!existsSync(dir)) {
  console.error('no .tmp/campaign: run `npm run campaign` first');
  process.exit(2);
}
const parts = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const outcomes = Object.keys(parts[0]?.counts ?? {});
const total = Object.fromEntries(outcomes.map((o) => [o, parts.reduce((n, p) => n + p.counts[o], 0)]));
const cases = parts.reduce((n, p) => n + p.cases, 0);
const row = (name, n, counts) => `| ${name} | ${n} | ${outcomes.map((o) => counts[o]).join(' | ')} |`;
console.log(`| action | cases | ${outcomes.join(' | ')} |`);
console.log(`| --- | ---: | ${outcomes.map(() => '---:').join(' | ')} |`);
for (const p of parts) console.log(row(p.action, p.cases, p.counts));
console.log(row('**all**', cases, total));
const byKind = {};
for (const p of parts)
  for (const r of p.results) (byKind[r.kind] ??= Object.fromEntries(outcomes.map((o) => [o, 0])))[r.outcome]++;
writeFileSync(
  join('.tmp', 'campaign.json'),
  `${JSON.stringify({ cases, counts: total, byAction: Object.fromEntries(parts.map((p) => [p.action, p.counts])), byKind }, null, 2)}\n`,
);
