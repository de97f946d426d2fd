// Scores statement extraction against the German Wikinews quotation corpus
// (Petersen-Frey & Biemann 2024, ../shared/corpora/quotes-de/dev.jsonl).
// Run: npm run -s eval:quotes [-- --errors] [-- --file other.jsonl] [-- --half even|odd|both]
// `--half even` / `--half odd` score every other article (by position in the file), a
// check against tuning rules to single articles; `--half both` prints both halves' JSON.
//
// Each article's `originalText` is written to a temporary folder as `<number>.txt`
// and read back through the normal pipeline (loadCorpus → extractStatements), so the
// predicted offsets are raw offsets into the same text the gold offsets point into.
//
// Matching (overlap-based): a predicted statement span and a gold quote span match
// when their character overlap covers at least half of the shorter of the two
// (overlap ≥ 0.5 · min(|predicted|, |gold|)). Statement spans never cross a sentence
// boundary except for quotations, so a match means the same sentence-level statement;
// the gold marks complements ("…, dass X") where we may give the whole sentence of a
// speech act, and the reverse. Gold quotes with several spans count as their spans'
// characters. Pairs are matched one to one, largest overlap first, so a sentence with
// an indirect quote and a quotation nested in it counts once.
// Detection P/R/F1 count matched pairs over predicted statements and gold quotes. The
// quoted words inside an indirect or reported statement (Statement.quotes) count as
// predictions of their own, with the statement's speaker: the corpus marks them as direct
// quotes nested in the indirect one.
//
// Speaker accuracy, over matched pairs whose gold quote has a speaker span: correct
// when the predicted speaker phrase overlaps the gold speaker span, or when the
// predicted speaker name shares a word (three letters or more, not an article or
// pronoun) with the gold speaker text. The gold marks no coreference: where its
// speaker is a pronoun ("er", "die"), the name it stands for is taken to be the
// speaker of the nearest earlier gold quote of the article whose speaker is not a
// pronoun, and our resolved name may match that too. Pairs without a gold speaker
// are left out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "../src/analysis/corpus.js";
import { sharedPath } from "../src/analysis/project.js";
import { extractStatements, type Statement } from "../src/analysis/statements.js";

interface Span { charBegin: number; charEnd: number }
interface Part { text: string; spans: Span[] }
interface Annotation { type: string; isNested?: boolean; quote?: Part | null; speaker?: Part | null; cue?: Part | null }
interface Article { _file?: string; documentName: string; originalText: string; annotations: Annotation[] }

interface Gold { doc: string; type: string; start: number; end: number; spans: Span[]; speaker: string | null; speakerSpans: Span[]; text: string; context: string; nested: boolean; antecedent?: string | null }

const args = process.argv.slice(2);
const fileArg = args.indexOf("--file");
const file = fileArg >= 0 ? args[fileArg + 1] : sharedPath("corpora", "quotes-de", "dev.jsonl");
const showErrors = args.includes("--errors");
const halfArg = args.indexOf("--half");
const half = halfArg >= 0 ? args[halfArg + 1] : null;
if (half !== null && !["even", "odd", "both"].includes(half)) throw new Error("--half takes even, odd or both");

/** Article texts by id, for the context shown with speaker errors. */
const texts = new Map<string, string>();

const articles = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Article);

/** The article's number: "11059 - Passagierflugzeug …" → "11059". */
function articleId(a: Article, i: number): string {
  const m = /^(\d+)/.exec(a._file ?? a.documentName);
  return m ? m[1] : `article-${i}`;
}

function overlap(a: { start: number; end: number }, spans: Span[]): number {
  let n = 0;
  for (const s of spans) n += Math.max(0, Math.min(a.end, s.charEnd) - Math.max(a.start, s.charBegin));
  return n;
}

const STOP = new Set("der die das des dem den ein eine einer eines er sie es ihr ihre sein seine und von vom zur zum the".split(" "));
const nameWords = (s: string | null) => (s ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !STOP.has(w));

const PRONOUN = /^(er|sie|es|ihr|der|die|das|dieser|diese|man|wir|ich|welche|welcher)$/i;

function speakerCorrect(p: Statement, g: Gold): boolean {
  if (p.speaker_start !== null && p.speaker_end !== null && overlap({ start: p.speaker_start, end: p.speaker_end }, g.speakerSpans) > 0) return true;
  const want = new Set([...nameWords(g.speaker), ...nameWords(g.antecedent ?? null)]);
  return [...nameWords(p.speaker), ...nameWords(p.speaker_surface)].some((w) => want.has(w));
}

/** For pronoun speakers: the speaker of the nearest earlier gold quote with a non-pronoun speaker. */
function linkAntecedents(gold: Gold[]): void {
  const sorted = gold.slice().sort((a, b) => (a.doc === b.doc ? a.start - b.start : a.doc < b.doc ? -1 : 1));
  let last: { doc: string; speaker: string } | null = null;
  for (const g of sorted) {
    if (g.speaker && PRONOUN.test(g.speaker.trim())) g.antecedent = last && last.doc === g.doc ? last.speaker : null;
    else if (g.speaker) last = { doc: g.doc, speaker: g.speaker };
  }
}

function report(predicted: Statement[], gold: Gold[], docIds: string[], label = "") {
  const docs = new Set(docIds);
  const goldIn = gold.filter((g) => docs.has(g.doc));
  linkAntecedents(goldIn);
  // Candidate pairs, largest overlap first; one to one.
  const pairs: Array<{ p: number; g: number; o: number }> = [];
  const goldByDoc = new Map<string, number[]>();
  goldIn.forEach((g, gi) => goldByDoc.set(g.doc, [...(goldByDoc.get(g.doc) ?? []), gi]));
  predicted.forEach((p, pi) => {
    for (const gi of goldByDoc.get(p.doc) ?? []) {
      const g = goldIn[gi];
      const o = overlap(p, g.spans);
      const goldLen = g.spans.reduce((n, s) => n + s.charEnd - s.charBegin, 0);
      if (o > 0 && o >= 0.5 * Math.min(goldLen, p.end - p.start)) pairs.push({ p: pi, g: gi, o });
    }
  });
  pairs.sort((a, b) => b.o - a.o);
  const usedP = new Set<number>();
  const usedG = new Map<number, number>();
  for (const x of pairs) {
    if (usedP.has(x.p) || usedG.has(x.g)) continue;
    usedP.add(x.p);
    usedG.set(x.g, x.p);
  }
  const tp = usedG.size;
  const precision = predicted.length ? tp / predicted.length : 0;
  const recall = goldIn.length ? tp / goldIn.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  let withSpeaker = 0;
  let speakerRight = 0;
  const speakerErrors: string[] = [];
  for (const [gi, pi] of usedG) {
    const g = goldIn[gi];
    if (!g.speaker) continue;
    withSpeaker++;
    if (speakerCorrect(predicted[pi], g)) speakerRight++;
    else {
      const p = predicted[pi];
      const text = texts.get(g.doc) ?? "";
      const at = (x: number | null | undefined) => (x === null || x === undefined ? "-" : String(x));
      const gs = g.speakerSpans[0];
      // Where the gold speaker and our speaker phrase stand, each with some text around it.
      const around = (a: number, b: number) => `…${text.slice(Math.max(0, a - 60), a)}⟦${text.slice(a, b)}⟧${text.slice(b, b + 40)}…`.replace(/\s+/g, " ");
      speakerErrors.push(
        `${g.doc} [${p.cue}/${p.speaker_via}] gold=${JSON.stringify(g.speaker)}${g.antecedent ? ` (→ ${JSON.stringify(g.antecedent)})` : ""} predicted=${JSON.stringify(p.speaker)} (${p.speaker_surface}) | ${g.text.slice(0, 80)}` +
          `\n    quote@${g.start} gold speaker@${gs ? gs.charBegin : "-"} ${gs ? around(gs.charBegin, gs.charEnd) : ""}` +
          `\n    predicted speaker@${at(p.speaker_start)} ${p.speaker_start !== null && p.speaker_end !== null ? around(p.speaker_start, p.speaker_end) : ""}`,
      );
    }
  }
  const types = [...new Set(goldIn.map((g) => g.type))].sort();
  const recallByType: Record<string, number> = {};
  console.log("type                    gold  found  recall");
  for (const t of types) {
    const all = goldIn.map((g, i) => [g, i] as const).filter(([g]) => g.type === t);
    const found = all.filter(([, i]) => usedG.has(i)).length;
    recallByType[t] = round(found / all.length);
    console.log(`${t.padEnd(22)} ${String(all.length).padStart(5)} ${String(found).padStart(6)}  ${(found / all.length).toFixed(3)}`);
  }
  const nestedAll = goldIn.map((g, i) => [g, i] as const).filter(([g]) => g.nested);
  const nestedFound = nestedAll.filter(([, i]) => usedG.has(i)).length;
  console.log(`(nested in another quote) ${String(nestedAll.length).padStart(4)} ${String(nestedFound).padStart(6)}  ${(nestedFound / Math.max(1, nestedAll.length)).toFixed(3)}`);
  const byKind = new Map<string, [number, number]>();
  predicted.forEach((p, i) => {
    const [n, ok] = byKind.get(p.kind) ?? [0, 0];
    byKind.set(p.kind, [n + 1, ok + (usedP.has(i) ? 1 : 0)]);
  });
  console.log("\npredicted kind   count  matched  precision");
  for (const [k, [n, ok]] of byKind) console.log(`${k.padEnd(15)} ${String(n).padStart(6)} ${String(ok).padStart(8)}  ${(ok / n).toFixed(3)}`);
  console.log(`\ndocuments ${docs.size}, gold quotes ${goldIn.length}, predicted ${predicted.length}, matched ${tp}`);
  console.log(`detection P=${precision.toFixed(3)} R=${recall.toFixed(3)} F1=${f1.toFixed(3)}; speaker accuracy ${speakerRight}/${withSpeaker}`);
  if (showErrors) {
    console.log("\n-- missed gold quotes");
    goldIn.forEach((g, i) => {
      if (!usedG.has(i)) console.log(`${g.doc} ${g.type}${g.nested ? "(nested)" : ""} [${g.speaker ?? "-"}] …${g.context.slice(0, 80)}⟦${g.text.slice(0, 140)}⟧`);
    });
    console.log("\n-- unmatched predictions");
    predicted.forEach((p, i) => {
      if (!usedP.has(i)) console.log(`${p.doc} ${p.kind} ${p.cue} [${p.speaker ?? "-"}] ${p.text.slice(0, 140)}`);
    });
    console.log("\n-- speaker errors");
    for (const e of speakerErrors) console.log(e);
  }
  console.log(
    label + JSON.stringify({
      detection_f1: round(f1),
      precision: round(precision),
      recall: round(recall),
      speaker_acc: round(withSpeaker ? speakerRight / withSpeaker : 0),
      recall_by_type: recallByType,
    }),
  );
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-quotes-"));
  const gold: Gold[] = [];
  try {
    articles.forEach((a, i) => {
      const id = articleId(a, i);
      writeFileSync(join(dir, `${id}.txt`), a.originalText);
      texts.set(id, a.originalText);
      for (const an of a.annotations) {
        const spans = an.quote?.spans ?? [];
        if (spans.length === 0) continue;
        gold.push({
          doc: id,
          type: an.type,
          start: Math.min(...spans.map((s) => s.charBegin)),
          end: Math.max(...spans.map((s) => s.charEnd)),
          spans,
          speaker: an.speaker?.text || null,
          speakerSpans: an.speaker?.spans ?? [],
          text: an.quote?.text ?? "",
          nested: an.isNested === true,
          context: a.originalText.slice(Math.max(0, Math.min(...spans.map((s) => s.charBegin)) - 80), Math.min(...spans.map((s) => s.charBegin))).replace(/\s+/g, " "),
        });
      }
    });
    const { documents } = await loadCorpus([dir], { dedupe: false });
    // Quoted words inside indirect or reported statements (Statement.quotes) are predictions of
    // their own, as the corpus marks them: a direct quote of the statement's speaker ("quoted").
    // The corpus annotates declared intentions ("Die SPD will …") too: they are kept here.
    const predicted: Statement[] = documents.flatMap((d) =>
      extractStatements(d, { intentions: true }).flatMap((st) => [st, ...st.quotes.map((q) => ({ ...st, kind: "quoted" as Statement["kind"], text: q.text, start: q.start, end: q.end }))]),
    );
    const order = new Map(articles.map((a, i) => [articleId(a, i), i]));
    const inHalf = (id: string, h: string) => (order.get(id) ?? 0) % 2 === (h === "even" ? 0 : 1);
    if (half === null) report(predicted, gold, documents.map((d) => d.id));
    for (const h of half === "both" ? ["even", "odd"] : half ? [half] : []) {
      const ids = documents.map((d) => d.id).filter((id) => inHalf(id, h));
      const keep = new Set(ids);
      report(predicted.filter((p) => keep.has(p.doc)), gold, ids, half === "both" ? `${h} ` : "");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
