// Scores targetPolarity (src/analysis/stance.ts) on GerNTSA, German news sentences with
// a target span and the polarity toward it (../shared/corpora/sentiment-de/gerntsa-dev.jsonl).
// Run: npm run -s eval:sentiment [-- --file other.jsonl] [-- --errors]
// Prints a confusion matrix and per-class precision/recall/F1; the last line is
// {"macro_f1":…, "accuracy":…}. Duplicate lines (the same id and snippet twice) count once each,
// as they come.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedPath } from "../src/analysis/project.js";
import { targetPolarity, type SentencePolarity } from "../src/analysis/stance.js";

interface Row { id: string; opinion_snippet: string; target: string; target_anchor: { from: number; to: number }; sentiment: { polarity: SentencePolarity } }

const args = process.argv.slice(2);
const fileArg = args.indexOf("--file");
const file = fileArg >= 0 ? args[fileArg + 1] : sharedPath("corpora", "sentiment-de", "gerntsa-dev.jsonl");
const showErrors = args.includes("--errors");
const classes: SentencePolarity[] = ["positive", "neutral", "negative"];

const rows = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

const confusion = new Map<string, number>();
let correct = 0;
for (const r of rows) {
  const gold = r.sentiment.polarity;
  const predicted = targetPolarity(r.opinion_snippet, r.target, r.target_anchor);
  confusion.set(`${gold}|${predicted}`, (confusion.get(`${gold}|${predicted}`) ?? 0) + 1);
  if (gold === predicted) correct++;
  else if (showErrors) console.log(`${gold} → ${predicted} [${r.target}] ${r.opinion_snippet.slice(0, 160)}`);
}
const count = (g: string, p: string) => confusion.get(`${g}|${p}`) ?? 0;
console.log(`gold \\ predicted   ${classes.map((c) => c.padStart(9)).join("")}`);
for (const g of classes) console.log(`${g.padEnd(18)} ${classes.map((p) => String(count(g, p)).padStart(9)).join("")}`);
console.log("\nclass       precision  recall  f1");
const f1s: number[] = [];
for (const c of classes) {
  const tp = count(c, c);
  const predicted = classes.reduce((n, g) => n + count(g, c), 0);
  const gold = classes.reduce((n, p) => n + count(c, p), 0);
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  f1s.push(f1);
  console.log(`${c.padEnd(10)} ${precision.toFixed(3).padStart(10)} ${recall.toFixed(3).padStart(7)} ${f1.toFixed(3).padStart(5)}`);
}
const round = (x: number) => Math.round(x * 1000) / 1000;
console.log(`\n${rows.length} sentences`);
console.log(JSON.stringify({ macro_f1: round(f1s.reduce((a, b) => a + b, 0) / f1s.length), accuracy: round(correct / rows.length) }));
