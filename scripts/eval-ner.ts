// Person recognition (registry + discovery of unknown names) scored against the PER
// entities of GermEval 2014's news test sentences (outer level). The data stays in
// ../shared/corpora/ner-de and is read from there; nothing is copied into the repo.
//
//   npm run -s eval:ner            table, then a JSON line {"per_precision", "per_recall", "per_f1"}
//   npm run -s eval:ner -- --errors 40   also list missed and spurious names
//
// Scoring: exact span match of whole-token spans. A person found inside a hyphenated
// token ("Merkel-Regierung") is what GermEval tags PERpart, not PER, so it is left out
// of the PER predictions. The overlap figures count a prediction as right when it
// shares a token with a gold PER span, and a gold span as found when any prediction
// overlaps it.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { analyzeText } from "../src/analysis/text.js";
import { personSpans, type ActorDocument } from "../src/analysis/actors.js";
import { sharedPath } from "../src/analysis/project.js";

const { values } = parseArgs({ options: { file: { type: "string" }, errors: { type: "string", default: "0" }, "by-cue": { type: "boolean", default: false } } });
const file = values.file ?? sharedPath("corpora", "ner-de", "NER-de-test.news.tsv");

interface GoldSentence {
  id: string;
  date: string | null;
  tokens: string[];
  /** Gold PER spans as [first token, last token + 1]. */
  persons: Array<[number, number]>;
}

function readGermEval(path: string): GoldSentence[] {
  const out: GoldSentence[] = [];
  let current: GoldSentence | null = null;
  let tags: string[] = [];
  const finish = () => {
    if (current && current.tokens.length) {
      for (let i = 0; i < tags.length; i++) {
        if (tags[i] !== "B-PER") continue;
        let j = i + 1;
        while (j < tags.length && tags[j] === "I-PER") j++;
        current.persons.push([i, j]);
      }
      out.push(current);
    }
    current = null;
    tags = [];
  };
  for (const line of readFileSync(path, "utf8").split(/\r?\n/)) {
    if (line.startsWith("#\t")) {
      finish();
      const date = /\[(\d{4}-\d{2}-\d{2})\]/.exec(line)?.[1] ?? null;
      current = { id: `s${out.length + 1}`, date, tokens: [], persons: [] };
      continue;
    }
    if (!line.trim()) {
      finish();
      continue;
    }
    const [, token, outer] = line.split("\t");
    current ??= { id: `s${out.length + 1}`, date: null, tokens: [], persons: [] };
    current.tokens.push(token);
    tags.push(outer ?? "O");
  }
  finish();
  return out;
}

/** Join tokens into running text the way they were written ("Dr. Müller (45), sagte …"), keeping each token's offsets. */
function detokenize(tokens: string[]): { text: string; offsets: Array<[number, number]> } {
  let text = "";
  const offsets: Array<[number, number]> = [];
  let quoteOpen = false;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    let space = i > 0;
    if (/^[.,;:!?)\]…]$/.test(t) || /^['’]s$/.test(t)) space = false;
    if (prev !== undefined && /^[(\[„»]$/.test(prev)) space = false;
    if (t === '"') {
      if (quoteOpen) space = false;
      quoteOpen = !quoteOpen;
    } else if (prev === '"' && quoteOpen) space = false;
    if (space) text += " ";
    offsets.push([text.length, text.length + t.length]);
    text += t;
  });
  return { text, offsets };
}

const gold = readGermEval(file);
const docs: ActorDocument[] = [];
const tokenOffsets = new Map<string, Array<[number, number]>>();
for (const g of gold) {
  const { text, offsets } = detokenize(g.tokens);
  tokenOffsets.set(g.id, offsets);
  docs.push({ id: g.id, date: g.date, text, ...analyzeText(text) });
}

const t0 = Date.now();
const predicted = personSpans(docs);
const seconds = (Date.now() - t0) / 1000;

// Map predicted character spans to token spans; spans inside one token (compound parts) are PERpart, not PER.
interface Pred { id: string; from: number; to: number; exact: boolean; source: string; name: string; cues: string }
const preds: Pred[] = [];
for (const p of predicted) {
  const offsets = tokenOffsets.get(p.doc)!;
  const from = offsets.findIndex(([s, e]) => e > p.start && s < p.end);
  if (from < 0) continue;
  let to = from;
  while (to < offsets.length && offsets[to][0] < p.end) to++;
  const exact = offsets[from][0] === p.start && offsets[to - 1][1] === p.end;
  const insideOneToken = to - from === 1 && !exact;
  if (insideOneToken) continue;
  if (preds.some((q) => q.id === p.doc && q.from === from && q.to === to)) continue;
  preds.push({ id: p.doc, from, to, exact, source: p.source, name: p.name, cues: (p.cues ?? []).join(",") });
}

const goldSpans = new Map(gold.map((g) => [g.id, g.persons]));
const key = (id: string, a: number, b: number) => `${id}:${a}:${b}`;
const goldKeys = new Set(gold.flatMap((g) => g.persons.map(([a, b]) => key(g.id, a, b))));
const overlaps = (id: string, a: number, b: number) => (goldSpans.get(id) ?? []).some(([x, y]) => a < y && x < b);

const nGold = goldKeys.size;
const tpExact = preds.filter((p) => p.exact && goldKeys.has(key(p.id, p.from, p.to))).length;
const tpOverlapPred = preds.filter((p) => overlaps(p.id, p.from, p.to)).length;
const foundOverlap = gold.reduce((n, g) => n + g.persons.filter(([x, y]) => preds.some((p) => p.id === g.id && p.from < y && x < p.to)).length, 0);

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const precision = ratio(tpExact, preds.length);
const recall = ratio(tpExact, nGold);
const pOverlap = ratio(tpOverlapPred, preds.length);
const rOverlap = ratio(foundOverlap, nGold);

const bySource = (source: string) => {
  const ps = preds.filter((p) => p.source === source);
  const tp = ps.filter((p) => p.exact && goldKeys.has(key(p.id, p.from, p.to))).length;
  return { n: ps.length, tp, precision: ratio(tp, ps.length) };
};
const registry = bySource("registry");
const discovered = bySource("discovered");

const pct = (x: number) => (x * 100).toFixed(1).padStart(6) + " %";
const row = (label: string, ...cells: string[]) => console.log(label.padEnd(34) + cells.map((c) => c.padStart(12)).join(""));
console.log(`GermEval 2014 NER, news test sentences: ${gold.length} sentences, ${nGold} PER entities (outer level)`);
console.log(`person recognition: registry + discovery of unknown names, ${seconds.toFixed(1)} s\n`);
row("", "precision", "recall", "F1", "predicted");
row("PER, exact span", pct(precision), pct(recall), pct(f1(precision, recall)), String(preds.length));
row("PER, overlapping span", pct(pOverlap), pct(rOverlap), pct(f1(pOverlap, rOverlap)), String(preds.length));
row("  from the registry (exact)", pct(registry.precision), "", "", String(registry.n));
row("  discovered names (exact)", pct(discovered.precision), "", "", String(discovered.n));

if (values["by-cue"]) {
  // Precision of discovered names by the cues that made them persons: which rules pay off.
  const groups = new Map<string, { n: number; tp: number }>();
  for (const p of preds.filter((p) => p.source === "discovered")) {
    const sig = p.cues.split(",").filter((c) => c && c !== "initial").sort().join(",") || "(pooled)";
    const g = groups.get(sig) ?? { n: 0, tp: 0 };
    g.n++;
    if (p.exact && goldKeys.has(key(p.id, p.from, p.to))) g.tp++;
    groups.set(sig, g);
  }
  console.log("\ndiscovered names by cues:");
  for (const [sig, g] of [...groups].sort((a, b) => b[1].n - a[1].n)) row(`  ${sig}`, pct(ratio(g.tp, g.n)), "", "", String(g.n));
}

const showErrors = Number(values.errors ?? 0);
if (showErrors > 0) {
  const textOf = (id: string, a: number, b: number) => gold.find((g) => g.id === id)!.tokens.slice(a, b).join(" ");
  console.log(`\nspurious (first ${showErrors}):`);
  for (const p of preds.filter((p) => !(p.exact && goldKeys.has(key(p.id, p.from, p.to)))).slice(0, showErrors)) console.log(`  ${p.id} ${textOf(p.id, p.from, p.to)}  [${p.source} ${p.cues}]   | ${textOf(p.id, Math.max(0, p.from - 4), p.to + 3)}`);
  console.log(`\nmissed (first ${showErrors}):`);
  const predKeys = new Set(preds.filter((p) => p.exact).map((p) => key(p.id, p.from, p.to)));
  let shown = 0;
  for (const g of gold) for (const [a, b] of g.persons) {
    if (predKeys.has(key(g.id, a, b)) || shown >= showErrors) continue;
    shown++;
    console.log(`  ${g.id} ${textOf(g.id, a, b)}   | ${g.tokens.slice(Math.max(0, a - 4), b + 3).join(" ")}`);
  }
}
console.log(JSON.stringify({ per_precision: Number(precision.toFixed(4)), per_recall: Number(recall.toFixed(4)), per_f1: Number(f1(precision, recall).toFixed(4)) }));
