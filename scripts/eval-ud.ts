// Scores the text layer against the Universal Dependencies German test treebanks:
// sentence boundaries, tokens and lemmas. Run: npm run -s eval:ud [-- --errors]
// Sentences of a document (PUD) or of a run of 20 consecutive sentences (GSD has no
// document marks) are joined into running text and split by our splitter, so
// boundaries are found, not given. A sentence without final punctuation (. ! ? …
// : ; before any closing quotes) is a headline or dateline, which real articles
// put on a line of its own, so it is followed by a line break; every other
// sentence by a space. Hyphenated compounds are one token for us with visible
// parts; UD splits them ("US", "-", "Statistikbehörde"), so they are scored part by part.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { analyzeText, type Token } from "../src/analysis/text.js";
import { defaultLexicon } from "../src/analysis/lemmas.js";
import { sharedPath } from "../src/analysis/project.js";

export const UD_DIR = process.env.UD_DIR ?? sharedPath("corpora", "ud-german");
const FILES = ["de_gsd-ud-test.conllu", "de_pud-ud-test.conllu"];
const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "ADV"]);
const showErrors = process.argv.includes("--errors");

interface GoldToken { form: string; lemma: string | null; upos: string | null; start: number; end: number }
interface GoldSentence { id: string; doc: string; news: boolean; text: string; tokens: GoldToken[] }

/** Parse a CoNLL-U file; multi-word tokens ("zum") count as one surface token without a lemma. */
export function readConllu(file: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  const isGsd = basename(file).includes("gsd");
  let doc = "";
  let current: { id: string; text: string; rows: string[][] } | null = null;
  const finish = () => {
    if (!current) return;
    const tokens: GoldToken[] = [];
    let cursor = 0;
    let skipUntil = 0;
    for (const cols of current.rows) {
      const [id, form, lemma, upos] = cols;
      if (id.includes(".")) continue; // empty nodes
      let isRange = false;
      if (id.includes("-")) {
        const [, to] = id.split("-").map(Number);
        skipUntil = to;
        isRange = true;
      } else if (Number(id) <= skipUntil) continue;
      const start = current.text.indexOf(form, cursor);
      if (start < 0) continue; // a form altered from the text (rare): leave it out
      cursor = start + form.length;
      tokens.push({ form, lemma: isRange ? null : lemma, upos: isRange ? null : upos, start, end: cursor });
    }
    const num = Number(current.id.replace(/\D/g, ""));
    const news = isGsd ? num >= 302 && num <= 977 : current.id.startsWith("n");
    const group = isGsd ? `gsd-${Math.floor(num / 20)}` : doc;
    sentences.push({ id: current.id, doc: group, news, text: current.text, tokens });
    current = null;
  };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("# newdoc id = ")) doc = line.slice(14).trim();
    else if (line.startsWith("# sent_id = ")) current = { id: line.slice(12).trim(), text: "", rows: [] };
    else if (line.startsWith("# text = ") && current) current.text = line.slice(9);
    else if (line.trim() === "") finish();
    else if (!line.startsWith("#") && current) current.rows.push(line.split("\t"));
  }
  finish();
  return sentences;
}

/** Our tokens in UD's granularity: compounds become parts and hyphens. */
function udTokens(tokens: Token[]): Array<{ start: number; end: number; lemma: string }> {
  const out: Array<{ start: number; end: number; lemma: string }> = [];
  for (const t of tokens) {
    if (!t.parts) {
      out.push({ start: t.start, end: t.end, lemma: t.lemma });
      continue;
    }
    t.parts.forEach((p, i) => {
      if (i > 0) out.push({ start: t.parts![i - 1].end, end: p.start, lemma: "-" });
      out.push({ start: p.start, end: p.end, lemma: p.lemma });
    });
  }
  return out;
}

interface Counts { goldB: number; predB: number; hitB: number; goldT: number; predT: number; hitT: number; lemmaN: number; lemmaOk: number; contentN: number; contentOk: number }
const zero = (): Counts => ({ goldB: 0, predB: 0, hitB: 0, goldT: 0, predT: 0, hitT: 0, lemmaN: 0, lemmaOk: 0, contentN: 0, contentOk: 0 });
const errors = { sentence: [] as string[], token: new Map<string, number>(), lemma: new Map<string, number>() };

function scoreGroup(sentences: GoldSentence[], c: Counts): void {
  const lexicon = defaultLexicon();
  // Join the sentences of a group as running text.
  let text = "";
  const goldEnds: number[] = [];
  const goldTokens: GoldToken[] = [];
  for (const s of sentences) {
    if (text) text += /(?:[.!?…:;]["'“”»«)\]]*|[:;])$/.test(text) ? " " : "\n";
    const offset = text.length;
    text += s.text;
    goldEnds.push(text.length);
    for (const t of s.tokens) goldTokens.push({ ...t, start: t.start + offset, end: t.end + offset });
  }
  const layer = analyzeText(text, { lexicon });
  // Boundaries inside the group (the group's end is given, not found).
  const gold = new Set(goldEnds.slice(0, -1));
  const pred = new Set(layer.sentences.slice(0, -1).map((s) => s.end));
  c.goldB += gold.size;
  c.predB += pred.size;
  for (const e of pred) {
    if (gold.has(e)) c.hitB++;
    else if (showErrors) errors.sentence.push(`+ …${text.slice(Math.max(0, e - 40), e)} ‖ ${text.slice(e, e + 30)}…`);
  }
  if (showErrors) for (const e of gold) if (!pred.has(e)) errors.sentence.push(`- …${text.slice(Math.max(0, e - 40), e)} ‖ ${text.slice(e, e + 30)}…`);
  const predTokens = udTokens(layer.tokens);
  const predBySpan = new Map(predTokens.map((t) => [`${t.start}:${t.end}`, t]));
  c.goldT += goldTokens.length;
  c.predT += predTokens.length;
  const goldSpans = new Set(goldTokens.map((t) => `${t.start}:${t.end}`));
  for (const g of goldTokens) {
    const p = predBySpan.get(`${g.start}:${g.end}`);
    if (!p) {
      if (showErrors) bump(errors.token, `missed ${g.form}`);
      continue;
    }
    c.hitT++;
    if (g.lemma === null || g.upos === "PUNCT" || g.upos === "NUM" || g.upos === "SYM" || g.upos === "X") continue;
    const ok = p.lemma === g.lemma;
    c.lemmaN++;
    if (ok) c.lemmaOk++;
    if (g.upos && CONTENT.has(g.upos)) {
      c.contentN++;
      if (ok) c.contentOk++;
      else if (showErrors) bump(errors.lemma, `${g.upos} ${g.form} → ${p.lemma} (gold ${g.lemma})`);
    }
  }
  if (showErrors) for (const p of predTokens) if (!goldSpans.has(`${p.start}:${p.end}`)) bump(errors.token, `extra ${text.slice(p.start, p.end)}`);
}

function bump(m: Map<string, number>, k: string) {
  m.set(k, (m.get(k) ?? 0) + 1);
}

const f1 = (hit: number, gold: number, pred: number) => (hit === 0 ? 0 : (2 * hit) / (gold + pred));
const round = (x: number) => Math.round(x * 10000) / 10000;

export interface UdScores {
  sentence_f1_news: number;
  sentence_f1_all: number;
  token_f1: number;
  lemma_acc: number;
  lemma_acc_content: number;
}

/** Score the text layer on the UD treebanks in `dir`; `report` receives the readable table. */
export function evaluateUd(dir: string = UD_DIR, report: (line: string) => void = () => {}): UdScores {
  const news = zero();
  const all = zero();
  const perFile: Array<[string, Counts]> = [];
  for (const name of FILES) {
    const sentences = readConllu(join(dir, name));
    const fileCounts = zero();
    const groups = new Map<string, GoldSentence[]>();
    for (const s of sentences) groups.set(s.doc, [...(groups.get(s.doc) ?? []), s]);
    for (const group of groups.values()) {
      scoreGroup(group, fileCounts);
      // News boundaries are scored on groups of news sentences only.
      const newsPart = group.filter((s) => s.news);
      if (newsPart.length > 0) scoreGroup(newsPart, news);
    }
    perFile.push([name, fileCounts]);
    for (const k of Object.keys(all) as Array<keyof Counts>) all[k] += fileCounts[k];
  }
  const row = (label: string, c: Counts) =>
    `${label.padEnd(24)} ${f1(c.hitB, c.goldB, c.predB).toFixed(4).padStart(10)} ${f1(c.hitT, c.goldT, c.predT).toFixed(4).padStart(9)} ${(c.lemmaOk / c.lemmaN).toFixed(4).padStart(9)} ${(c.contentOk / c.contentN).toFixed(4).padStart(13)}`;
  report(`${"".padEnd(24)} ${"sentenceF1".padStart(10)} ${"tokenF1".padStart(9)} ${"lemmaAcc".padStart(9)} ${"contentLemma".padStart(13)}`);
  for (const [name, c] of perFile) report(row(name, c));
  report(row("news sentences", news));
  report(row("all", all));
  if (showErrors) {
    report("\nsentence boundary errors (+ spurious, - missed):");
    for (const e of errors.sentence.slice(0, 60)) report("  " + e);
    for (const [title, m] of [["token errors", errors.token], ["content lemma errors", errors.lemma]] as const) {
      report(`\n${title}:`);
      for (const [k, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 80)) report(`  ${n}\t${k}`);
    }
  }
  return {
    sentence_f1_news: round(f1(news.hitB, news.goldB, news.predB)),
    sentence_f1_all: round(f1(all.hitB, all.goldB, all.predB)),
    token_f1: round(f1(all.hitT, all.goldT, all.predT)),
    lemma_acc: round(all.lemmaOk / all.lemmaN),
    lemma_acc_content: round(all.contentOk / all.contentN),
  };
}

// Run as a script: the table, then the figures as one JSON line.
if (/eval-ud\.ts$/.test(process.argv[1] ?? "")) {
  const scores = evaluateUd(UD_DIR, (line) => console.log(line));
  console.log(JSON.stringify(scores));
}
