// Experiment harness: scores targetPolarityScore under option sets given as JSON args and
// prints, for each, split-half macro-F1 (thresholds tuned on one half, scored on the other) and
// macro-F1 at tuned thresholds on each half.
import { readFileSync } from "node:fs";
import { sharedPath } from "../src/analysis/project.js";
import { targetPolarityScore, type SentencePolarity, type TargetPolarityOptions } from "../src/analysis/stance.js";

interface Row { id: string; opinion_snippet: string; target: string; target_anchor: { from: number; to: number }; sentiment: { polarity: SentencePolarity } }
const rows = readFileSync(sharedPath("corpora", "sentiment-de", "gerntsa-dev.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
const classes: SentencePolarity[] = ["positive", "neutral", "negative"];
function f1(idx: number[], label: (i: number) => SentencePolarity): number {
  let sum = 0;
  for (const c of classes) {
    let tp = 0, p = 0, g = 0;
    for (const i of idx) { const a = label(i) === c, b = rows[i].sentiment.polarity === c; if (a) p++; if (b) g++; if (a && b) tp++; }
    const pr = p ? tp / p : 0, rc = g ? tp / g : 0;
    sum += pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
  }
  return sum / 3;
}
const even = rows.map((_, i) => i).filter((i) => i % 2 === 0);
const odd = rows.map((_, i) => i).filter((i) => i % 2 === 1);
const all = rows.map((_, i) => i);
for (const arg of process.argv.slice(2)) {
  const opts = JSON.parse(arg) as TargetPolarityOptions;
  const scores = rows.map((r) => targetPolarityScore(r.opinion_snippet, r.target, r.target_anchor, opts));
  const by = (p: number, n: number) => (i: number): SentencePolarity => (scores[i] > p ? "positive" : scores[i] < -n ? "negative" : "neutral");
  const tune = (idx: number[]) => { let b = { f: -1, p: 0, n: 0 }; for (let p = 0; p <= 80; p++) for (let n = 0; n <= 80; n++) { const f = f1(idx, by(p / 20, n / 20)); if (f > b.f) b = { f, p: p / 20, n: n / 20 }; } return b; };
  const te = tune(even), to = tune(odd), ta = tune(all);
  const eo = f1(odd, by(te.p, te.n)), oe = f1(even, by(to.p, to.n));
  const dby = by(opts.positiveThreshold ?? 1.25, opts.negativeThreshold ?? 1.95);
  const dflt = `${f1(all, dby).toFixed(3)} (even ${f1(even, dby).toFixed(3)} odd ${f1(odd, dby).toFixed(3)})`;
  // 10-fold (line i in fold i % 10): thresholds tuned on nine folds label the tenth; macro-F1 over the pooled labels.
  const pooled: SentencePolarity[] = new Array(rows.length);
  for (let f = 0; f < 10; f++) {
    const t = tune(all.filter((i) => i % 10 !== f));
    for (const i of all) if (i % 10 === f) pooled[i] = by(t.p, t.n)(i);
  }
  const cv = f1(all, (i) => pooled[i]);
  console.log(`cv10 ${cv.toFixed(3)}`);
  console.log(`${arg.padEnd(50)} split ${((eo + oe) / 2).toFixed(3)} (e→o ${eo.toFixed(3)} o→e ${oe.toFixed(3)})  tunedE ${te.f.toFixed(3)} tunedO ${to.f.toFixed(3)} tunedAll ${ta.f.toFixed(3)} @+${ta.p}/-${ta.n}  default ${dflt}`);
}
