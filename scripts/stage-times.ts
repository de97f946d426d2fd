// Where the per-document CPU goes: each stage of `documentResults` (text layer, term rows,
// actors, statements and stance, the cache's JSON) timed on news-de in this process, one
// thread, after one warm-up pass. CPU time, not wall time, so other work on the machine
// barely moves the figures. A profiling aid next to `npm run -s bench`, which times the whole run.
// Run: node bin/run.js scripts/stage-times.ts   (REPS=3 passes, the first one warms up)
// Last line: {"mb":…,"cpu_s_per_mb":{"text":…,"terms":…,"actors":…,"statements":…,"json":…,"total":…}}
import { loadCorpus } from "../src/analysis/corpus.js";
import { analyzeDocument } from "../src/analysis/text.js";
import { termRows } from "../src/analysis/terms.js";
import { matchActors, defaultRegistry } from "../src/analysis/actors.js";
import { documentStance, toRow } from "../src/analysis/stance.js";
import { toActorMentions } from "../src/analysis/statements.js";
import { sharedPath } from "../src/analysis/project.js";

const REPS = Math.max(2, Number(process.env.REPS ?? 3));
const { documents } = await loadCorpus([process.env.NEWS_DE ?? sharedPath("corpora", "news-de", "articles.jsonl")]);
const registry = defaultRegistry();
const mb = documents.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1e6;
const STAGES = ["text", "terms", "actors", "statements", "json"] as const;
const seconds: Record<(typeof STAGES)[number], number> = { text: 0, terms: 0, actors: 0, statements: 0, json: 0 };
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
function timed<T>(stage: (typeof STAGES)[number], run: () => T): T {
  const start = cpu();
  const result = run();
  seconds[stage] += cpu() - start;
  return result;
}
for (let pass = 0; pass < REPS; pass++) {
  if (pass === 1) for (const s of STAGES) seconds[s] = 0;
  for (const doc of documents) {
    const layer = timed("text", () => analyzeDocument(doc));
    const rows = timed("terms", () => termRows(layer));
    const mentions = timed("actors", () => matchActors(layer, registry));
    const statements = timed("statements", () => documentStance(layer, { layer, mentions: toActorMentions(mentions, registry) }).map(toRow));
    timed("json", () => JSON.stringify(rows) + JSON.stringify(mentions) + JSON.stringify(statements));
  }
}
const perMb = (s: number) => Math.round((s / (REPS - 1) / mb) * 1000) / 1000;
const figures = Object.fromEntries(STAGES.map((s) => [s, perMb(seconds[s])])) as Record<string, number>;
figures.total = perMb(STAGES.reduce((sum, s) => sum + seconds[s], 0));
for (const [stage, value] of Object.entries(figures)) console.log(`${stage.padEnd(12)} ${value.toFixed(3)} CPU-s per MB`);
console.log(JSON.stringify({ mb: Math.round(mb * 1000) / 1000, cpu_s_per_mb: figures }));
