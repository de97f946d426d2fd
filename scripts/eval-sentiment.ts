// Scores targetPolarity (src/analysis/stance.ts) on GerNTSA, German news sentences with
// a target span and the polarity toward it (../shared/corpora/sentiment-de/gerntsa-dev.jsonl).
// Run: npm run -s eval:sentiment [-- --file other.jsonl] [-- --errors]
// Prints a confusion matrix, per-class precision/recall/F1 and a split-half estimate (the
// two thresholds tuned on the even lines and scored on the odd ones, and vice versa: what
// tuning them on this file is worth on unseen data); the last line is
// {"macro_f1":…, "accuracy":…}. A 10-fold threshold estimate is printed too. Duplicate lines (the same id and snippet twice) count once each,
// as they come.
import { readFileSync } from "node:fs";
import { sharedPath } from "../src/analysis/project.js";
import { targetPolarity, targetPolarityScore, type SentencePolarity } from "../src/analysis/stance.js";

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
const scores: number[] = [];
const predictions: SentencePolarity[] = [];
for (const r of rows) {
  const gold = r.sentiment.polarity;
  const predicted = targetPolarity(r.opinion_snippet, r.target, r.target_anchor);
  predictions.push(predicted);
  scores.push(targetPolarityScore(r.opinion_snippet, r.target, r.target_anchor));
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

// Split-half: tune the positive and negative thresholds on one half of the lines (even / odd),
// score the other half with them.
function macroF1(idx: number[], label: (i: number) => SentencePolarity): { f1: number; accuracy: number } {
  let sum = 0;
  let right = 0;
  for (const i of idx) if (label(i) === rows[i].sentiment.polarity) right++;
  for (const c of classes) {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    for (const i of idx) {
      const p = label(i) === c;
      const g = rows[i].sentiment.polarity === c;
      if (p) predicted++;
      if (g) gold++;
      if (p && g) tp++;
    }
    const precision = predicted ? tp / predicted : 0;
    const recall = gold ? tp / gold : 0;
    sum += precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  }
  return { f1: sum / classes.length, accuracy: idx.length ? right / idx.length : 0 };
}
const byThresholds = (pos: number, neg: number) => (i: number): SentencePolarity => (scores[i] > pos ? "positive" : scores[i] < -neg ? "negative" : "neutral");
function tune(idx: number[]): { pos: number; neg: number } {
  let best = { f1: -1, pos: 0, neg: 0 };
  for (let p = 0; p <= 80; p++) {
    for (let n = 0; n <= 80; n++) {
      const { f1 } = macroF1(idx, byThresholds(p / 20, n / 20));
      if (f1 > best.f1) best = { f1, pos: p / 20, neg: n / 20 };
    }
  }
  return best;
}
const even = rows.map((_, i) => i).filter((i) => i % 2 === 0);
const odd = rows.map((_, i) => i).filter((i) => i % 2 === 1);
const onEven = tune(even);
const onOdd = tune(odd);
const toOdd = macroF1(odd, byThresholds(onEven.pos, onEven.neg));
const toEven = macroF1(even, byThresholds(onOdd.pos, onOdd.neg));
const round = (x: number) => Math.round(x * 1000) / 1000;
console.log("\nsplit-half (thresholds tuned on one half, scored on the other)");
console.log(`even → odd   thresholds +${onEven.pos} / -${onEven.neg}   macro-F1 ${toOdd.f1.toFixed(3)}  accuracy ${toOdd.accuracy.toFixed(3)}`);
console.log(`odd → even   thresholds +${onOdd.pos} / -${onOdd.neg}   macro-F1 ${toEven.f1.toFixed(3)}  accuracy ${toEven.accuracy.toFixed(3)}`);
console.log(`mean                                macro-F1 ${((toOdd.f1 + toEven.f1) / 2).toFixed(3)}  accuracy ${((toOdd.accuracy + toEven.accuracy) / 2).toFixed(3)}`);
// 10-fold: the thresholds tuned on nine tenths of the lines (line i in fold i % 10) label the
// tenth; macro-F1 over the pooled labels. Steadier than split-half, whose tuned thresholds jump
// on a flat optimum.
const all = rows.map((_, i) => i);
const pooled: SentencePolarity[] = new Array(rows.length);
for (let f = 0; f < 10; f++) {
  const t = tune(all.filter((i) => i % 10 !== f));
  for (const i of all) if (i % 10 === f) pooled[i] = byThresholds(t.pos, t.neg)(i);
}
const cv = macroF1(all, (i) => pooled[i]);
console.log(`10-fold (thresholds tuned on nine tenths, scored on the tenth)   macro-F1 ${cv.f1.toFixed(3)}  accuracy ${cv.accuracy.toFixed(3)}`);
const byDefault = (i: number) => predictions[i];
console.log(`default thresholds   even macro-F1 ${macroF1(even, byDefault).f1.toFixed(3)}, odd ${macroF1(odd, byDefault).f1.toFixed(3)}`);
console.log(`\n${rows.length} sentences`);
console.log(JSON.stringify({ macro_f1: round(f1s.reduce((a, b) => a + b, 0) / f1s.length), accuracy: round(correct / rows.length) }));
