// The general polarity words: data/stance/polarity.tsv with its prefixes, intensifiers and
// shifters, backed up by SentiWS; a token's polarity by lemma, particle verb, derivation or compound.
import { readFileSync } from "node:fs";
import { dataPath, resolvePackageFile } from "../project.js";
import { defaultLexicon } from "../lemmas.js";
import type { Token } from "../text.js";
import { tsvRows } from "./lexicon.js";
import { PARTICLES, ADJ_ENDING } from "./clauses.js";

export interface PolarityWords {
  /** data/stance/polarity.tsv: lemma or form → polarity, read at full weight. */
  curated: ReadonlyMap<string, number>;
  /** data/stance/polarity-prefixes.tsv: evaluative first parts of compounds. */
  prefixes: ReadonlyMap<string, number>;
  /** SentiWS forms → polarity, read at `backupWeight`. */
  backup: ReadonlyMap<string, number>;
  /** SentiWS forms → their entries' word classes (NN, VB, JJ, RB) and polarities; empty when `general` replaces the lexicons. */
  backupClasses: ReadonlyMap<string, ReadonlyArray<{ pos: string; value: number; base: boolean }>>;
  /** German stopwords (stopwords-iso): SentiWS rates some ("groß", "neu", "heißen") that say nothing in news. */
  stop: ReadonlySet<string>;
  /** data/stance/intensifiers.tsv: word → factor. */
  intensifiers: ReadonlyMap<string, number>;
  /** data/stance/shifters.tsv: lemma → kind. */
  shifters: ReadonlyMap<string, ShifterKind>;
}

/** `against`: turns a bad thing it acts on into a good one ("Anschläge verhindern"); `less`: flips what it scales down ("geringes Risiko", "Rückgang der Arbeitslosigkeit"). */
export type ShifterKind = "against" | "less";

export interface ReadOptions {
  minimum: number;
  backupWeight: number;
}

export const SEPARABLE = new Set([...PARTICLES, "um", "los", "her", "weg", "durch", "über", "unter", "nieder"]);

/** Polarity of token k: curated lexicon (with separable verbs, derivations and compounds), then SentiWS; 0 if none. */
export function wordPolarity(tokens: Token[], k: number, to: number, words: PolarityWords, read: ReadOptions): number {
  const t = tokens[k];
  const lemma = t.lemma.toLowerCase();
  const { curated } = words;
  // Separated particle verbs: "griff … an" → angreifen, "sagte … ab" → absagen.
  if (t.wordClass === "verb") {
    for (let j = k + 1; j < to && j < k + 20; j++) {
      const u = tokens[j];
      if (/^[.;:!?]$/.test(u.text) || u.norm === "dass") break;
      const after = tokens[j + 1];
      if (SEPARABLE.has(u.norm) && (!after || after.kind === "punct" || /^(und|oder|aber|sowie)$/.test(after.norm))) {
        const joined = curated.get(u.norm + lemma);
        if (joined !== undefined) return joined;
        break;
      }
    }
  }
  const direct = curated.get(lemma) ?? curated.get(t.norm) ?? adjectiveStem(t, curated);
  if (direct !== undefined) return direct;
  const derived = derivedPolarity(lemma, t.wordClass, curated);
  if (derived !== undefined) return derived;
  // A compound noun, also one led by a number or a score ("2:1-Sieg", "0:3-Niederlage", "100-Millionen-Schaden").
  if ((t.wordClass === "noun" || t.wordClass === null) && /^(?:\p{Lu}|[\d.,:/]+-\p{L})/u.test(t.text)) {
    const compound = compoundPolarity(lemma, t, words);
    if (compound !== undefined) return compound;
    // A feminine form reads as its base ("Siegerin", "Oscarpreisträgerin", "Terroristinnen").
    const base = lemma.match(/^(.{4,}?)in(?:nen)?$/)?.[1];
    if (base !== undefined) {
      const v = curated.get(base) ?? compoundPolarity(base, { ...t, parts: undefined }, words);
      if (v !== undefined) return v;
    }
  }
  if (words.stop.has(t.norm) || words.stop.has(lemma)) return 0;
  const backup = backupPolarity(t, lemma, words);
  return Math.abs(backup) < read.minimum ? 0 : backup * read.backupWeight;
}

/**
 * A form read as an adjective's stem ("schwacher" → schwach, "verdienten" → verdient), but a verb
 * form not as a noun ("gefahren" is not Gefahr, "suchte" not Sucht, "erfolgen" not Erfolg).
 */
function adjectiveStem(t: Token, curated: ReadonlyMap<string, number>): number | undefined {
  if (!ADJ_ENDING.test(t.norm) || t.norm.length <= 4) return undefined;
  const stem = t.norm.replace(ADJ_ENDING, "");
  if (t.wordClass === "verb" && isNoun(stem)) return undefined;
  return curated.get(stem);
}

// Token word classes → SentiWS part-of-speech tags they can stand for.
const SENTIWS_POS: Record<string, string[]> = { noun: ["NN"], name: ["NN"], verb: ["VB", "JJ"], adj: ["JJ", "RB", "VB"], function: ["JJ", "RB", "VB"] };

/**
 * SentiWS value of a token whose word class fits the entry's: "heißt" (verb heißen) is not the
 * adjective form "heißen" (hot), "Fest" is a noun but "steht fest" is not. The lemma is looked
 * up among base forms only. Tokens of unknown class take any entry.
 */
function backupPolarity(t: Token, lemma: string, words: PolarityWords): number {
  const fits = t.wordClass ? SENTIWS_POS[t.wordClass] : undefined;
  if (t.wordClass && !fits) return 0;
  const pick = (key: string, baseOnly: boolean): number | undefined => {
    for (const e of words.backupClasses.get(key) ?? []) {
      if ((!fits || fits.includes(e.pos)) && (!baseOnly || e.base)) return e.value;
    }
    return undefined;
  };
  return pick(t.norm, false) ?? pick(lemma, true) ?? 0;
}

/** "unfair" → -fair, "erfolglos" → -Erfolg, "fehlerfrei" → +, "hoffnungsvoll" → Hoffnung. */
function derivedPolarity(lemma: string, wordClass: Token["wordClass"], curated: ReadonlyMap<string, number>): number | undefined {
  let m: RegExpMatchArray | null;
  if (wordClass !== "noun" && (m = lemma.match(/^un(.{4,})$/))) {
    const v = curated.get(m[1]);
    if (v !== undefined) return -v * 0.8;
  }
  if ((m = lemma.match(/^(.{3,}?)(?:s|es|en|n)?(los|frei)(?:e|en|er|es|em|igkeit)?$/))) {
    const v = curated.get(m[1]) ?? curated.get(lemma.replace(/(los|frei).*$/, "").replace(/s$/, ""));
    // Without something good is bad ("erfolglos"); without something bad is good ("problemlos", "fehlerfrei").
    if (v !== undefined && (m[2] === "los" || v < 0)) return m[2] === "los" && v > 0 ? -v : Math.abs(v) * 0.7;
  }
  if ((m = lemma.match(/^(.{3,}?)(?:s|es)?(voll|reich)(?:e|en|er|es|em)?$/))) {
    const v = curated.get(m[1]);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** A noun compound: its head ("Raubüberfall" → Überfall), else half its evaluative first part ("Traumtor", "Horror-Crash"). */
function compoundPolarity(lemma: string, t: Token, words: PolarityWords): number | undefined {
  const { curated, prefixes } = words;
  const parts = lemma.split("-");
  const last = parts[parts.length - 1];
  if (parts.length > 1 && curated.has(last)) return curated.get(last);
  // The head is a noun of four letters or more and what stands before it a word of its own:
  // not "Entscheidung" (ent + Scheidung), "Wiederholung" or "Nachbarschaft" (… + Haft).
  for (let i = 3; i <= last.length - 4; i++) {
    const v = curated.get(last.slice(i));
    if (v !== undefined && isNoun(last.slice(i)) && isModifier(last.slice(0, i))) return v;
  }
  for (let i = last.length - 3; i >= 3; i--) {
    const v = prefixes.get(last.slice(0, i));
    if (v !== undefined && isNoun(last.slice(i))) return v * 0.5;
  }
  if (parts.length > 1) {
    const v = prefixes.get(parts[0]) ?? curated.get(parts[0]);
    if (v !== undefined) return v * 0.5;
  }
  let fromParts: number | undefined;
  for (const p of t.parts ?? []) fromParts = curated.get(p.lemma.toLowerCase()) ?? fromParts;
  return fromParts;
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** A noun form in the lemma dictionaries ("scheidung" → Scheidung). */
function isNoun(word: string): boolean {
  return /(?:^|\|)[NI]:/.test(defaultLexicon().forms.get(capitalise(word)) ?? "");
}

// Verb prefixes that make words, not compounds: "ent|scheidung", "ver|einigung".
const VERB_PREFIX = /^(?:ab|an|auf|aus|be|bei|durch|ein|ent|er|ge|her|hin|miss|mit|nach|über|um|un|unter|ver|vor|weg|wider|zer|zu)$/;

/** The first part of a compound: a word of its own, perhaps with a linking -s-, -es-, -n-, -en-, -e-, -er- ("Unfall|stelle", "Todes|opfer", "Wasch|maschine"). */
function isModifier(first: string): boolean {
  if (VERB_PREFIX.test(first)) return false;
  const { forms } = defaultLexicon();
  for (const stem of new Set([first, first.replace(/(?:es|s)$/, ""), first.replace(/(?:en|n|e|er)$/, "")])) {
    if (stem.length < 3) continue;
    if (forms.has(capitalise(stem)) || forms.has(stem) || forms.has(`${stem}en`) || forms.has(`${stem}n`)) return true;
  }
  return false;
}

interface SentiEntry { form: string; polarity: string; pos?: string; sense?: string }

function polarityTsv(file: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, value] of tsvRows(file)) {
    const v = Number(value);
    const key = (word ?? "").toLowerCase();
    if (key && !key.includes(" ") && Number.isFinite(v) && !out.has(key)) out.set(key, v);
  }
  return out;
}

let cachedSentiWS: Map<string, number> | undefined;
/** SentiWS (Remus, Quasthoff & Heyer 2010) as `natural` ships it (pattern-sentiment-de.json): every inflected form → polarity. */
function sentiWS(): Map<string, number> {
  if (cachedSentiWS) return cachedSentiWS;
  const data = JSON.parse(readFileSync(resolvePackageFile("natural/lib/natural/sentiment/German/pattern-sentiment-de.json"), "utf8")) as Record<string, SentiEntry>;
  const out = new Map<string, number>();
  for (const entry of Object.values(data)) {
    const value = Number(entry.polarity);
    if (!Number.isFinite(value)) continue;
    for (const form of [entry.form, ...(entry.sense ?? "").split(",")]) {
      const key = form.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, value);
    }
  }
  return (cachedSentiWS = out);
}

/** SentiWS forms → the entries they belong to: word class, polarity, and whether the form is the entry's base form. */
function sentiWSClasses(): Map<string, Array<{ pos: string; value: number; base: boolean }>> {
  const data = JSON.parse(readFileSync(resolvePackageFile("natural/lib/natural/sentiment/German/pattern-sentiment-de.json"), "utf8")) as Record<string, SentiEntry>;
  const out = new Map<string, Array<{ pos: string; value: number; base: boolean }>>();
  for (const entry of Object.values(data)) {
    const value = Number(entry.polarity);
    if (!Number.isFinite(value)) continue;
    const forms = [entry.form, ...(entry.sense ?? "").split(",")];
    forms.forEach((form, i) => {
      const key = form.trim().toLowerCase();
      if (!key) return;
      const list = out.get(key) ?? [];
      list.push({ pos: entry.pos ?? "", value, base: i === 0 });
      out.set(key, list);
    });
  }
  return out;
}

let cachedWords: PolarityWords | undefined;
export function defaultPolarityWords(): PolarityWords {
  if (cachedWords) return cachedWords;
  const iso = JSON.parse(readFileSync(resolvePackageFile("stopwords-iso/stopwords-iso.json"), "utf8")) as Record<string, string[]>;
  return (cachedWords = {
    curated: polarityTsv(dataPath("stance", "polarity.tsv")),
    prefixes: polarityTsv(dataPath("stance", "polarity-prefixes.tsv")),
    backup: sentiWS(),
    backupClasses: sentiWSClasses(),
    stop: new Set(iso.de ?? []),
    intensifiers: polarityTsv(dataPath("stance", "intensifiers.tsv")),
    shifters: new Map(tsvRows(dataPath("stance", "shifters.tsv")).map(([word, kind]) => [word.toLowerCase(), kind === "less" ? "less" : "against"] as [string, ShifterKind])),
  });
}

let cachedGeneral: Map<string, number> | undefined;
/**
 * A general German polarity lexicon: data/stance/polarity.tsv, then SentiWS (Remus,
 * Quasthoff & Heyer 2010) as the `natural` package ships it (pattern-sentiment-de.json),
 * every inflected form listed.
 */
export function defaultGeneralPolarity(): ReadonlyMap<string, number> {
  if (cachedGeneral) return cachedGeneral;
  const out = new Map(defaultPolarityWords().curated);
  for (const [form, value] of sentiWS()) if (!out.has(form)) out.set(form, value);
  return (cachedGeneral = out);
}
