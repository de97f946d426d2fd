// The stance lexicons (data/stance/*.tsv and the word lists beside them), loaded once per
// process, and the cue classes of hostile acts.
import { existsSync, readFileSync } from "node:fs";
import { dataPath } from "../project.js";
import { defaultLexicon, lemmatize } from "../lemmas.js";
import type { Token } from "../text.js";
import type { CueClass, CueScope, StanceCue, Concept, StanceLexicon } from "./types.js";

export function tsvRows(file: string): string[][] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.trim()));
}

const CUE_CLASSES = new Set(["cooperation", "strengthening", "praise", "positive", "rejection", "countering", "condemnation", "accusation", "hostile", "containment", "war"]);
const CUE_SCOPES = new Set(["partner", "nearest", "left", "right", "subject"]);

/**
 * The rows of cues.tsv, each checked: a cue, a polarity, a class and a scope (a row that misses one, as a comment run into a
 * cue's line would, is named by its line, all such rows in one message).
 */
function cueRows(file: string): string[][] {
  const rows: string[][] = [];
  const bad: string[] = [];
  readFileSync(file, "utf8").split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    const row = line.split("\t").map((c) => c.trim());
    const [cue, polarity, cls, scope] = row;
    const problem = !cue ? "no cue" : polarity !== "support" && polarity !== "oppose" ? `polarity "${polarity ?? ""}" is neither support nor oppose` : !CUE_CLASSES.has(cls) ? `unknown class "${cls ?? ""}"` : scope && !CUE_SCOPES.has(scope) ? `unknown scope "${scope}"` : null;
    if (problem) bad.push(`${file}:${i + 1}: ${problem} (columns: cue, polarity, class, scope, unless; separated by tabs)`);
    else rows.push(row);
  });
  if (bad.length > 0) throw new Error(bad.join("\n"));
  return rows;
}

/** Read the stance lexicons from a folder (default data/stance/). */
export function loadStanceLexicon(dir: string = dataPath("stance")): StanceLexicon {
  const cues: StanceCue[] = cueRows(`${dir}/cues.tsv`).map(([cue, polarity, cls, scope, unless]) => {
    const c: StanceCue = { words: cue.toLowerCase().split(/\s+/), polarity: polarity === "oppose" ? "oppose" : "support", class: cls as CueClass, scope: (scope as CueScope) || "nearest" };
    if (/^\p{Lu}/u.test(cue)) c.noun = true;
    else if (c.words.length === 1 && lemmatize(c.words[0], defaultLexicon()).wordClass === "adj") c.notNoun = true;
    if (unless) c.unless = new Set(unless.toLowerCase().split(/\s+/).filter(Boolean));
    return c;
  });
  const byFirstWord = new Map<string, StanceCue[]>();
  for (const c of cues) byFirstWord.set(c.words[0], [...(byFirstWord.get(c.words[0]) ?? []), c]);
  const negation = tsvRows(`${dir}/negation.tsv`);
  const concepts = tsvRows(`${dir}/concepts.tsv`).map(([name, pattern, def]) => ({ name, pattern: new RegExp(pattern, "giu"), default: def === "cue" ? undefined : def === "support" ? "support" : "oppose" }) as Concept);
  const bilateral = tsvRows(`${dir}/bilateral.tsv`).map(([words]) => words.toLowerCase().split(/\s+/));
  const wordList = (file: string) => (existsSync(`${dir}/${file}`) ? tsvRows(`${dir}/${file}`).map(([w]) => w.toLowerCase()) : []);
  return {
    // Heads are compared as headIn spells lemmas, with "ss" for "ß" ("Äußerungen").
    sideNouns: wordList("side-nouns.txt").map((w) => w.replace(/ß/g, "ss")),
    relationNouns: wordList("relation-nouns.txt").map((w) => w.replace(/ß/g, "ss")),
    tieMeasures: new Set(wordList("tie-measures.txt")),
    talkNouns: wordList("talk-nouns.txt").map((w) => w.replace(/ß/g, "ss")),
    eventNouns: wordList("event-nouns.txt").map((w) => w.replace(/ß/g, "ss")),
    reducingWords: new Set(wordList("reducing-words.txt")),
    actVerbs: new Set(wordList("act-verbs.txt")),
    givingVerbs: new Set(wordList("giving-verbs.txt")),
    namingVerbs: new Set(wordList("naming-verbs.txt")),
    denialVerbs: new Set(wordList("denial-verbs.txt")),
    methodNouns: new Set(wordList("method-nouns.txt")),
    correctiveVerbs: new Set(wordList("corrective-verbs.txt")),
    correctiveObjects: new Map(
      (existsSync(`${dir}/corrective-verbs.txt`) ? tsvRows(`${dir}/corrective-verbs.txt`) : []).filter((r) => (r[1] ?? "").trim() !== "").map(([verb, heads]) => [verb.toLowerCase(), heads.toLowerCase().split(/\s+/).filter(Boolean)]),
    ),
    puppetNouns: new Set(wordList("puppet-nouns.txt")),
    deedVerbs: new Set(wordList("deed-verbs.txt")),
    forceNouns: wordList("force-nouns.txt"),
    dutyNouns: wordList("duty-nouns.txt"),
    lightHeads: existsSync(`${dir}/light-heads.txt`) ? tsvRows(`${dir}/light-heads.txt`).map(([head, except]) => ({ head: head.toLowerCase(), except: new Set((except ?? "").toLowerCase().split(/\s+/).filter(Boolean)) })) : [],
    undoingWords: wordList("undoing-words.txt"),
    upholdingWords: new Set(wordList("upholding-words.txt")),
    shamPrefixes: new Set(wordList("sham-prefixes.txt")),
    cues,
    byFirstWord,
    negators: new Set(negation.filter((r) => r[1] === "negator" && !/\s/.test(r[0])).map((r) => r[0].toLowerCase())),
    negatorPhrases: negation.filter((r) => r[1] === "negator" && /\s/.test(r[0])).map((r) => r[0].toLowerCase().split(/\s+/)),
    keep: negation.filter((r) => r[1] === "keep").map((r) => r[0].toLowerCase().split(/\s+/)),
    concepts,
    bilateral,
  };
}

let cachedLexicon: StanceLexicon | undefined;
/** data/stance/, loaded once per process (read-only data). */
export function defaultStanceLexicon(): StanceLexicon {
  return (cachedLexicon ??= loadStanceLexicon());
}

/** Acts against a side: its victim is supported, its agent opposed (see hostileAct). */
export const HOSTILE_CLASSES = new Set<CueClass>(["hostile", "containment", "war"]);

/** Is token `j` a negator: a word of negation.tsv, or the last word of a phrase there ("alles andere als")? */
export function isNegator(tokens: readonly Token[], j: number, lex: StanceLexicon): boolean {
  const norm = tokens[j].norm;
  if (lex.negators.has(norm)) return true;
  return (lex.negatorPhrases ?? []).some((words) => words[words.length - 1] === norm && words.every((w, i) => tokens[j - words.length + 1 + i]?.norm === w));
}
