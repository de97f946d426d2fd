// Polarity toward a target in any sentence (targetPolarity): the polarity words around it,
// scaled, negated and shifted; GerNTSA request lines and `lagebild stance`.
import { readFileSync } from "node:fs";
import { writeFileAtomic, toJsonl } from "../export.js";
import { analyzeText, type Token } from "../text.js";
import type { CueClass, StanceLexicon, Span } from "./types.js";
import { defaultStanceLexicon, isNegator } from "./lexicon.js";
import { ARTICLE } from "./clauses.js";
import { type PolarityWords, type ShifterKind, type ReadOptions, SEPARABLE, wordPolarity, defaultPolarityWords } from "./polarity-words.js";
import { findCues, keptRanges } from "./cues.js";

export type SentencePolarity = "positive" | "neutral" | "negative";

export interface TargetPolarityOptions {
  lexicon?: StanceLexicon;
  /**
   * Word polarities (lower-case lemma or form → -1…1) read at full weight instead of the
   * default: data/stance/polarity.tsv at full weight, backed up by SentiWS as shipped with
   * `natural` (see `backupWeight`).
   */
  general?: ReadonlyMap<string, number>;
  /** Score above which the result is positive. Default 1.25. */
  positiveThreshold?: number;
  /** Score below minus this is negative (news is worded negatively more often than it means it). Default 1.95. */
  negativeThreshold?: number;
  /** Scale of word polarities in the score (stance cues count `cueWeight` each). Default 3. */
  generalWeight?: number;
  /** How fast a word's weight falls with its distance in words from the target: 1 / (1 + decay · d). Default 0: GerNTSA's readers judge the whole snippet. */
  decay?: number;
  /** SentiWS words with |polarity| below this are ignored. Default 0.1 (most SentiWS words carry a placeholder 0.004). */
  minimum?: number;
  /** Count each word as ±1 instead of its value. Default false. */
  signOnly?: boolean;
  /** Read the whole snippet (GerNTSA snippets join two or three sentences about the target); false: only the target's sentence. Default true. */
  wholeSnippet?: boolean;
  /** Weight of the target's own words ("Unfall", "Sieg") against the others. Default 1: readers rate the topic too. */
  targetWeight?: number;
  /** Weight of words in the snippet's other sentences against the target's sentence. Default 0.6. */
  otherSentenceWeight?: number;
  /** Weight of SentiWS words (not in data/stance/polarity.tsv; stopwords skipped) against the curated lexicon. Default 0.5. */
  backupWeight?: number;
  /** Weight of stance cues (data/stance/cues.tsv) by cue class; 0 leaves them out. Default 0: outside diplomatic statements they add nothing the polarity lexicon does not. */
  cueWeight?: number;
  /** Read intensifiers and down-toners (data/stance/intensifiers.tsv). Default true. */
  intensifiers?: boolean;
  /** Read valence shifters (data/stance/shifters.tsv: "Anschläge verhindern", "Kampf gegen Corona", "geringes Risiko"). Default true. */
  shifters?: boolean;
  /** Called with each word that counts: its token, its value and its weight in the score (for explaining a score). */
  trace?: (word: Token, value: number, weight: number) => void;
}

// Cue classes whose words say little outside diplomatic statements ("gegen" in "3:2 gegen Arsenal").
const CLASS_WEIGHT: Record<CueClass, number> = {
  cooperation: 0.4,
  strengthening: 0.5,
  praise: 1,
  positive: 0.6,
  rejection: 0.8,
  countering: 0.3,
  condemnation: 1,
  accusation: 1,
  hostile: 0.6,
  containment: 0.5,
  war: 0.6,
};

/**
 * Polarity toward the target at `anchor` (character offsets into `snippet`): polarity
 * words of the snippet — curated news lexicon, then SentiWS — read by lemma, separable
 * verb, derivation ("erfolglos", "unfair") and compound ("Raubüberfall", "Horror-Crash"),
 * scaled by intensifiers, flipped by negation, weighted by sentence, summed.
 */
export function targetPolarity(snippet: string, target: string, anchor: { from: number; to: number }, options: TargetPolarityOptions = {}): SentencePolarity {
  const score = targetPolarityScore(snippet, target, anchor, options);
  return score > (options.positiveThreshold ?? 1.25) ? "positive" : score < -(options.negativeThreshold ?? 1.95) ? "negative" : "neutral";
}

/** The signed score behind `targetPolarity` (positive: favourable toward the target). */
export function targetPolarityScore(snippet: string, target: string, anchor: { from: number; to: number }, options: TargetPolarityOptions = {}): number {
  const lex = options.lexicon ?? defaultStanceLexicon();
  const words: PolarityWords = options.general ? { ...defaultPolarityWords(), curated: options.general, backup: new Map(), backupClasses: new Map() } : defaultPolarityWords();
  const generalWeight = options.generalWeight ?? 3;
  const decay = options.decay ?? 0;
  const targetWeight = options.targetWeight ?? 1;
  const otherWeight = options.otherSentenceWeight ?? 0.6;
  const cueWeight = options.cueWeight ?? 0;
  const read: ReadOptions = { minimum: options.minimum ?? 0.1, backupWeight: options.backupWeight ?? 0.5 };
  const layer = analyzeText(snippet);
  const { tokens, sentences } = layer;
  if (tokens.length === 0) return 0;
  let at = tokens.findIndex((t) => t.end > anchor.from && t.start < anchor.to);
  if (at < 0) at = tokens.findIndex((t) => target !== "" && t.text.includes(target));
  if (at < 0) at = 0;
  const sentence = sentences[tokens[at].sentence];
  const span = options.wholeSnippet !== false ? { from: 0, to: tokens.length } : { from: sentence.tokenStart, to: sentence.tokenEnd };
  let targetEnd = at;
  while (targetEnd + 1 < span.to && tokens[targetEnd + 1].start < anchor.to) targetEnd++;
  const isTarget = (k: number) => k >= at && k <= targetEnd;
  const weightAt = (k: number) => (tokens[k].sentence === sentence.index ? 1 : otherWeight) / (1 + decay * Math.max(0, k < at ? at - k : k - targetEnd));
  let score = 0;
  const counted = new Set<number>();
  if (cueWeight > 0) {
    for (const hit of findCues(tokens, span, lex, isTarget)) {
      score += (hit.polarity === "support" ? 1 : -1) * CLASS_WEIGHT[hit.cue.class] * cueWeight * weightAt(hit.at);
      for (let k = hit.from; k <= hit.at; k++) counted.add(k);
    }
  }
  const kept = keptRanges(tokens, span, lex);
  const values = new Map<number, number>();
  for (let k = span.from; k < span.to; k++) {
    const t = tokens[k];
    if ((isTarget(k) && targetWeight === 0) || counted.has(k) || t.kind !== "word") continue;
    // An intensifier before an adjective or verb only scales it ("stark steigende", "schwer verletzt").
    const next = tokens[k + 1];
    if (options.intensifiers !== false && words.intensifiers.has(t.norm) && next && k + 1 < span.to && next.kind === "word" && next.wordClass !== "noun" && next.wordClass !== "function" && next.wordClass !== "name") continue;
    let value = wordPolarity(tokens, k, span.to, words, read);
    if (value === 0 || testResult(tokens, k, span) || inName(tokens, k)) continue;
    if (options.signOnly) value = Math.sign(value);
    const before = tokens[k - 1];
    if (options.intensifiers !== false && before && k - 1 >= span.from) value *= words.intensifiers.get(before.norm) ?? 1;
    if (isTarget(k)) value *= targetWeight;
    for (let j = k - 1; j >= Math.max(span.from, k - 3); j--) {
      if (/^[,;:.]$/.test(tokens[j].text)) break;
      if (isNegator(tokens, j, lex) && !kept.has(j)) {
        value = -value;
        break;
      }
    }
    values.set(k, value);
  }
  if (options.shifters !== false) applyShifters(tokens, span, values, words, lex, kept);
  for (const [k, value] of values) {
    if (value === 0) continue;
    score += value * generalWeight * weightAt(k);
    options.trace?.(tokens[k], value, generalWeight * weightAt(k));
  }
  return score;
}

// How much of a shifted word's value remains, with its sign turned.
const SHIFT_FACTOR: Record<ShifterKind, number> = { against: 0.5, less: 0.5 };
// Words that end the clause a shifter reaches into.
const CLAUSE_BREAK = /^(?:[,;:.!?»«"„“”]|und|oder|aber|doch|sondern|dass|weil|obwohl|während|wenn|nachdem)$/;

/** The shifter at token k (lemma, form, or a separated particle verb: "dämmt … ein" → eindämmen). */
function shifterAt(tokens: Token[], k: number, to: number, shifters: ReadonlyMap<string, ShifterKind>): ShifterKind | undefined {
  const t = tokens[k];
  const lemma = t.lemma.toLowerCase();
  const direct = shifters.get(lemma) ?? shifters.get(t.norm);
  if (direct) return direct;
  if (t.wordClass !== "verb") return undefined;
  for (let j = k + 1; j < to && j < k + 15; j++) {
    const u = tokens[j];
    if (/^[.;:!?,]$/.test(u.text)) break;
    if (SEPARABLE.has(u.norm)) {
      const after = tokens[j + 1];
      if (!after || after.kind === "punct" || /^(und|oder|aber|sowie)$/.test(after.norm)) return shifters.get(u.norm + lemma);
    }
  }
  return undefined;
}

// "positiv"/"negativ" next to a test or an infection is a finding, not an evaluation
// ("positiv getestet", "ein positiver PCR-Test", "positive Corona-Fälle").
const TEST_CONTEXT = /(?:test|befund|probe|fall$|fälle|infekt|infiz|corona|covid|virus|pcr|antigen)/;

function testResult(tokens: Token[], k: number, span: Span): boolean {
  if (!/^(?:positiv|negativ)/.test(tokens[k].norm)) return false;
  for (let j = Math.max(span.from, k - 3); j < Math.min(span.to, k + 4); j++) {
    if (j !== k && TEST_CONTEXT.test(tokens[j].lemma.toLowerCase())) return true;
  }
  return false;
}

/**
 * A word that is part of a name, not an evaluation: a capitalised word right after an unknown
 * capitalised name word ("Hubertus Heil", "Mike Heiter"), or a capitalised adjective inside a
 * sentence ("die Toten Hosen", "das Rote Kreuz").
 */
function inName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!before || before.sentence !== t.sentence || !/^\p{Lu}/u.test(t.text) || before.kind !== "word") return false;
  // A given name before it, not a genitive ("Putins Krieg") or a name after an article ("die Hamas").
  const first = before.wordClass === null && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !/s$/.test(before.text) && !ARTICLE.test(tokens[k - 2]?.norm ?? "");
  if (first && t.wordClass !== "adj") return true;
  return t.wordClass === "adj";
}

/** What a shifter acts on: a noun, or an adjective right before one ("terroristische Attentate"), not an adverb ("leider") or a verb. */
function objectWord(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.wordClass === "noun" || (t.wordClass === null && /^\p{Lu}/u.test(t.text))) return true;
  const next = tokens[j + 1];
  return t.wordClass === "adj" && next !== undefined && next.wordClass === "noun";
}

/**
 * Valence shifters: a verb, adjective or noun that acts on a polar word in its clause turns
 * that word around ("23 Terroranschläge verhindert", "Kampf gegen die Pandemie", "das Risiko
 * ist gering", "Rückgang der Arbeitslosigkeit"), and its own value is dropped. Nouns and
 * prepositions reach right (their object), verbs and adjectives both ways, up to five words.
 * A negated shifter ("konnte den Anschlag nicht verhindern") shifts nothing.
 */
function applyShifters(tokens: Token[], span: Span, values: Map<number, number>, words: PolarityWords, lex: StanceLexicon, kept: Set<number>): void {
  const shifted = new Set<number>();
  for (let k = span.from; k < span.to; k++) {
    const t = tokens[k];
    if (t.kind !== "word") continue;
    const kind = shifterAt(tokens, k, span.to, words.shifters);
    if (!kind) continue;
    const rightOnly = t.wordClass === "noun" || t.wordClass === "function" || /^\p{Lu}/u.test(t.text);
    const scope: number[] = [];
    let negated = false;
    for (let j = k + 1; j < span.to && j <= k + 5; j++) {
      if (CLAUSE_BREAK.test(tokens[j].norm)) break;
      if (isNegator(tokens, j, lex) && !kept.has(j)) negated = true;
      scope.push(j);
    }
    for (let j = k - 1; j >= span.from && j >= k - 5; j--) {
      if (CLAUSE_BREAK.test(tokens[j].norm)) break;
      if (isNegator(tokens, j, lex) && !kept.has(j)) {
        negated = true;
        break;
      }
      if (!rightOnly) scope.push(j);
    }
    // "zu niedrig", "zu gering": too little is bad, not good.
    if (negated || (kind === "less" && tokens[k - 1]?.norm === "zu")) continue;
    let found = false;
    for (const j of scope) {
      const v = values.get(j) ?? 0;
      if (shifted.has(j) || v === 0 || (kind === "against" && v > 0) || !objectWord(tokens, j)) continue;
      values.set(j, -v * SHIFT_FACTOR[kind]);
      shifted.add(j);
      found = true;
    }
    if (found) values.set(k, 0);
  }
}

/** Lines of the GerNTSA format: {"id","opinion_snippet","target","target_anchor":{"from","to"}, …}. */
export interface PolarityRequest {
  id: string;
  opinion_snippet: string;
  target: string;
  target_anchor: { from: number; to: number };
}

/** Polarity for each request line; unreadable lines are reported in `problems`, never thrown. */
export function polarityLines(lines: Iterable<string>, options: TargetPolarityOptions = {}): { results: Array<{ id: string; polarity: SentencePolarity }>; problems: string[] } {
  const results: Array<{ id: string; polarity: SentencePolarity }> = [];
  const problems: string[] = [];
  let n = 0;
  for (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as PolarityRequest;
      if (typeof r.opinion_snippet !== "string" || !r.target_anchor) throw new Error("needs opinion_snippet and target_anchor");
      results.push({ id: String(r.id), polarity: targetPolarity(r.opinion_snippet, r.target ?? "", r.target_anchor, options) });
    } catch (error) {
      problems.push(`line ${n}: ${(error as Error).message}`);
    }
  }
  return { results, problems };
}

/** `lagebild stance <in.jsonl> --out <out.jsonl>`: writes {"id","polarity"} lines. */
export function stanceFile(inPath: string, outPath: string, options: TargetPolarityOptions = {}): { written: number; problems: string[] } {
  const { results, problems } = polarityLines(readFileSync(inPath, "utf8").split(/\r?\n/), options);
  writeFileAtomic(outPath, toJsonl(results));
  // Name the file in every message, as the loader does.
  return { written: results.length, problems: problems.map((p) => `${inPath}: ${p}`) };
}
