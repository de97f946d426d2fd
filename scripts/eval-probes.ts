// Scores statements, speakers and stance on the probe sets in test/probes/ with the shared scorer
// (../shared/tools/score-statements.mjs), pooled per set: "dev" (probes whose texts and misses
// were read while writing rules) and "heldout" (never opened; the check that rules carry over).
// Run: npm run -s eval:probes [-- --set dev|heldout] [-- --per] [-- --dir other/probes]
//
// Each probe is a folder `pNNN/` with `articles/*.txt` and `gold.jsonl` in the seed gold's
// format; `sets.json` lists the probes of each set. A probe's articles go through the normal
// pipeline (loadCorpus → statementRows, as `lagebild analyze` writes statements.jsonl), and the
// scorer reads them from a temporary file. Pooled figures add up the scorer's counts (matched,
// predicted, gold) over a set's probes, so a probe weighs by its number of statements.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../src/analysis/corpus.js";
import { projectRoot, sharedPath } from "../src/analysis/project.js";
import { statementRows } from "../src/analysis/stance.js";

type Measure = "detection" | "attribution" | "stance";
const MEASURES: Measure[] = ["detection", "attribution", "stance"];
interface Counts { tp: number; predicted: number; gold: number }
type Score = Record<Measure, Counts>;

// Bad input (a missing folder, a set with no probes, gold without its article) ends the run with one line naming it.
const fail = (e: unknown) => { console.error(`eval-probes: ${e instanceof Error ? e.message : String(e)}`); process.exit(1); };
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  if (args[i + 1] === undefined || args[i + 1].startsWith("--")) throw new Error(`${name} needs a value`);
  return args[i + 1];
};
const dir = option("--dir") ?? join(projectRoot(), "test", "probes");
const onlySet = option("--set");
const perProbe = args.includes("--per");

const sets = JSON.parse(readFileSync(join(dir, "sets.json"), "utf8")) as Record<string, string[]>;
if (onlySet !== undefined && !(onlySet in sets)) throw new Error(`${join(dir, "sets.json")}: no set "${onlySet}" (sets: ${Object.keys(sets).join(", ")})`);
const scorer = sharedPath("tools", "score-statements.mjs");

async function scoreProbe(probe: string, tmp: string): Promise<Score> {
  const { documents } = await loadCorpus([join(dir, probe, "articles")]);
  // (A probe without articles, or gold naming an article it lacks, would score zero without saying why.)
  if (documents.length === 0) throw new Error(`${join(dir, probe, "articles")}: no articles`);
  const goldFile = join(dir, probe, "gold.jsonl");
  const ids = new Set(documents.map((d) => d.id));
  const missing = readFileSync(goldFile, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { doc: string }).doc).filter((doc) => !ids.has(doc));
  if (missing.length > 0) throw new Error(`${goldFile}: gold names articles that ${probe}/articles/ lacks: ${[...new Set(missing)].join(", ")}`);
  const predicted = join(tmp, `${probe}.jsonl`);
  writeFileSync(predicted, statementRows(documents).map((r) => JSON.stringify(r)).join("\n") + "\n");
  const out = execFileSync(process.execPath, [scorer, goldFile, predicted, "--json"], { encoding: "utf8" });
  return JSON.parse(out) as Score;
}

const f1 = ({ tp, predicted, gold }: Counts) => {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, predicted, gold };
};
const fixed = (x: number) => x.toFixed(3);

const tmp = mkdtempSync(join(tmpdir(), "lagebild-probes-"));
const result: Record<string, Record<Measure, ReturnType<typeof f1>> & { probes: number }> = {};
try {
  console.log("set       probes  detection F1  attribution F1  stance F1 (P / R)");
  for (const [set, probes] of Object.entries(sets)) {
    if (onlySet !== undefined && set !== onlySet) continue;
    if (probes.length === 0) throw new Error(`${join(dir, "sets.json")}: set "${set}" lists no probes`);
    const pooled: Score = { detection: { tp: 0, predicted: 0, gold: 0 }, attribution: { tp: 0, predicted: 0, gold: 0 }, stance: { tp: 0, predicted: 0, gold: 0 } };
    for (const probe of probes) {
      const score = await scoreProbe(probe, tmp);
      for (const m of MEASURES) for (const k of ["tp", "predicted", "gold"] as const) pooled[m][k] += score[m][k];
      if (perProbe) console.log(`  ${probe.padEnd(14)}  ${MEASURES.map((m) => fixed(f1(score[m]).f1).padStart(m === "stance" ? 5 : m.length + 3)).join("  ")}`);
    }
    const [d, a, s] = MEASURES.map((m) => f1(pooled[m]));
    result[set] = { detection: d, attribution: a, stance: s, probes: probes.length };
    console.log(`${set.padEnd(9)} ${String(probes.length).padStart(6)}  ${fixed(d.f1).padStart(12)}  ${fixed(a.f1).padStart(14)}  ${fixed(s.f1)} (${fixed(s.precision)} / ${fixed(s.recall)}), ${s.gold} gold targets, ${d.gold} gold statements`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(JSON.stringify(result));
