// Stance: what a speaker is for or against. For each statement, its targets — actors
// named in it (countries and organisations by their short name; persons and
// institutions stand for their country), concepts ("Einmischung von außen",
// "Hegemonie") and, in an article about two countries, the partner side when the
// statement speaks of "beide Seiten" or of cooperation — each with a polarity decided
// by cue words from data/stance/: cooperation, praise and strengthening support;
// rejecting, countering and condemning oppose; negation flips. A speaker takes no
// stance toward their own side. The same lexicons score the polarity toward a target
// in any sentence (`targetPolarity`), with a general German polarity lexicon as backup.
import { existsSync, readFileSync } from "node:fs";
import type { ColumnTable } from "arquero";
import { writeFileAtomic, toJsonl } from "./export.js";
import { dataPath, resolvePackageFile, table } from "./project.js";
import { defaultLexicon, isCapitalized, lemmatize } from "./lemmas.js";
import { analyzeText, tokenRange, type Sentence, type TextLayer, type Token } from "./text.js";
import { ADVERBIAL_SUBORDINATORS, AUX_FORMS, hasLowerCase, isTimeWord, lowerLatin1, PREPOSITIONS, QUOTE_MARK, RELATIVES, REPORT_NOUNS, SUBORDINATORS, THIRD_PERSON_POSSESSIVE } from "./statements/words.js";
import { extractStatements, registryMentions, type ActorMention, type MentionFinder, type Statement, type QuotedFragment, type StatementInput, type StatementOptions } from "./statements.js";

// ---------------------------------------------------------------------------
// Types

export type Polarity = "support" | "oppose" | "neutral";
export type CueClass = "cooperation" | "strengthening" | "praise" | "positive" | "rejection" | "countering" | "condemnation" | "accusation" | "hostile" | "containment" | "war";
export type CueScope = "partner" | "nearest" | "left" | "right" | "subject";

export interface StanceCue {
  /** Lower-case lemmas, one per word. */
  words: string[];
  polarity: "support" | "oppose";
  class: CueClass;
  scope: CueScope;
  /** Written with a capital: matches nouns only ("Abkommen", not "vom Weg abgekommen"). */
  noun?: true;
  /** An adjective by the dictionary: matches no noun ("gut", not the "Güter" whose lemma is "Gut"). */
  notNoun?: true;
  /** Lemmas that, anywhere in the cue's clause, make it no stance ("gegen" with "verlieren": a match lost). */
  unless?: ReadonlySet<string>;
}

export interface Concept {
  name: string;
  pattern: RegExp;
  default: "support" | "oppose";
}

export interface StanceLexicon {
  cues: StanceCue[];
  /** First word → cues starting with it. */
  byFirstWord: ReadonlyMap<string, StanceCue[]>;
  negators: ReadonlySet<string>;
  /** Phrases with a negator (or a cue) that neither negate nor count ("nicht nur", "zum Scheitern verurteilt"). */
  keep: string[][];
  concepts: Concept[];
  /** "beide Seiten", "bilateral": lemma sequences that name both sides. */
  bilateral: string[][];
  /** Lower-case heads through which a country acts ("regierung", "militär"): see side-nouns.txt. */
  sideNouns?: readonly string[];
  /** Words that undo a measure after them ("Aufhebung", "gelockert"): data/stance/undoing-words.txt. */
  undoingWords?: readonly string[];
  /** Lower-case heads of a relation between sides ("beziehung", "verhältnis"): see relation-nouns.txt. */
  relationNouns?: readonly string[];
  /** Lower-case heads of talks between sides ("gespräch", "treffen"), whose praise supports the partner: see talk-nouns.txt. */
  talkNouns?: readonly string[];
  /** Lower-case verb lemmas that cut back support named before them ("kürzen", "zurückfahren"): see reducing-words.txt. */
  reducingWords?: ReadonlySet<string>;
  /** Lower-case heads of a side's reported act ("plan", "durchfahrt"): see event-nouns.txt. */
  eventNouns?: readonly string[];
  /** Lower-case verb lemmas that carry out the act their object names ("betreiben", "verhängen"): see act-verbs.txt. */
  actVerbs?: ReadonlySet<string>;
  /** Lower-case verb lemmas of giving ("zusichern", "anbieten"): see giving-verbs.txt. */
  givingVerbs?: ReadonlySet<string>;
  /** Lower-case verb lemmas of naming ("bezeichnen", "werten"): see naming-verbs.txt. */
  namingVerbs?: ReadonlySet<string>;
  /** Lower-case verb lemmas of denying ("bestreiten", "dementieren"): see denial-verbs.txt. */
  denialVerbs?: ReadonlySet<string>;
  /** Lower-case cooperation nouns that name a way of settling anything ("dialog"): see method-nouns.txt. */
  methodNouns?: ReadonlySet<string>;
  /** Lower-case verb lemmas of changing course ("beenden", "respektieren"): see corrective-verbs.txt. */
  correctiveVerbs?: ReadonlySet<string>;
  /** Corrective verbs that change course only with one of these object heads before them ("lockern": "sanktion", "zoll"). */
  correctiveObjects?: ReadonlyMap<string, readonly string[]>;
  /** Lower-case nouns for a side that serves another ("marionette"), whose master is opposed too: see puppet-nouns.txt. */
  puppetNouns?: ReadonlySet<string>;
  /** Lower-case compound heads that leave the cue to their first part ("versuch", "politik"), with first parts that do not: see light-heads.txt. */
  lightHeads?: readonly { head: string; except: ReadonlySet<string> }[];
  /** Lower-case verb lemmas of deeds that blame only a side or its forces ("rammen", "kapern"): see deed-verbs.txt. */
  deedVerbs?: ReadonlySet<string>;
  /** Lower-case heads of a side's forces ("schiff", "truppen"): see force-nouns.txt. */
  forceNouns?: readonly string[];
  /** Lower-case heads of what one is responsible for as a duty ("sicherheit", "organisation"): see duty-nouns.txt. */
  dutyNouns?: readonly string[];
}

export interface StanceTarget {
  target: string;
  polarity: Polarity;
  /** The words that decided it, as written ("lehne … ab", "Zusammenarbeit", "nicht unterstützen"). */
  cues: string[];
}

export interface StatementWithStance extends Statement {
  stance: StanceTarget[];
}

export interface StanceOptions extends Omit<StatementOptions, "mentions"> {
  stanceLexicon?: StanceLexicon;
  /** Actor mentions or a finder; default the actor registry. */
  mentions?: ActorMention[] | MentionFinder | false;
  /** Tokens a cue reaches to find its target. Default 10. */
  window?: number;
}

// ---------------------------------------------------------------------------
// Lexicons (data/stance/*.tsv)

function tsvRows(file: string): string[][] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "" && !l.startsWith("#"))
    .map((l) => l.split("\t").map((c) => c.trim()));
}

/** Read the stance lexicons from a folder (default data/stance/). */
export function loadStanceLexicon(dir: string = dataPath("stance")): StanceLexicon {
  const cues: StanceCue[] = tsvRows(`${dir}/cues.tsv`).map(([cue, polarity, cls, scope, unless]) => {
    const c: StanceCue = { words: cue.toLowerCase().split(/\s+/), polarity: polarity === "oppose" ? "oppose" : "support", class: cls as CueClass, scope: (scope as CueScope) || "nearest" };
    if (/^\p{Lu}/u.test(cue)) c.noun = true;
    else if (c.words.length === 1 && lemmatize(c.words[0], defaultLexicon()).wordClass === "adj") c.notNoun = true;
    if (unless) c.unless = new Set(unless.toLowerCase().split(/\s+/).filter(Boolean));
    return c;
  });
  const byFirstWord = new Map<string, StanceCue[]>();
  for (const c of cues) byFirstWord.set(c.words[0], [...(byFirstWord.get(c.words[0]) ?? []), c]);
  const negation = tsvRows(`${dir}/negation.tsv`);
  const concepts = tsvRows(`${dir}/concepts.tsv`).map(([name, pattern, def]) => ({ name, pattern: new RegExp(pattern, "giu"), default: def === "support" ? "support" : "oppose" }) as Concept);
  const bilateral = tsvRows(`${dir}/bilateral.tsv`).map(([words]) => words.toLowerCase().split(/\s+/));
  const wordList = (file: string) => (existsSync(`${dir}/${file}`) ? tsvRows(`${dir}/${file}`).map(([w]) => w.toLowerCase()) : []);
  return {
    // Heads are compared as headIn spells lemmas, with "ss" for "ß" ("Äußerungen").
    sideNouns: wordList("side-nouns.txt").map((w) => w.replace(/ß/g, "ss")),
    relationNouns: wordList("relation-nouns.txt").map((w) => w.replace(/ß/g, "ss")),
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
    cues,
    byFirstWord,
    negators: new Set(negation.filter((r) => r[1] === "negator").map((r) => r[0].toLowerCase())),
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

// ---------------------------------------------------------------------------
// Cue and target finding over a token range

const PARTICLES = new Set(["zurück", "ab", "an", "auf", "aus", "bei", "ein", "entgegen", "fest", "fort", "hin", "mit", "nach", "vor", "weiter", "zu", "zusammen", "voran", "aufrecht", "voraus"]);
const ADJ_ENDING = /(?:e|en|er|es|em)$/;

/** Forms under which a token can match a cue: lemma, form, adjective stem. */
function keysOf(t: Token): string[] {
  const lemma = t.lemma.toLowerCase();
  const keys = [lemma, t.norm];
  const stem = adjectiveStemLength(t.norm);
  if (stem < t.norm.length) keys.push(t.norm.slice(0, stem));
  // A hyphenated compound's head may open a cue of several words: "die Ukraine-Krise ausgelöst".
  const hyphen = lemma.lastIndexOf("-");
  if (hyphen > 0 && t.wordClass === "noun") keys.push(lemma.slice(hyphen + 1));
  return keys;
}

/** Length of a form of more than four letters less its adjective ending (what ADJ_ENDING cuts), else its length. */
function adjectiveStemLength(norm: string): number {
  const n = norm.length;
  if (n <= 4) return n;
  const last = norm.charCodeAt(n - 1);
  // "en", "er", "es", "em" before a bare "e".
  if (norm.charCodeAt(n - 2) === 0x65 && (last === 0x6e || last === 0x72 || last === 0x73 || last === 0x6d)) return n - 2;
  return last === 0x65 ? n - 1 : n;
}

/**
 * Could token t be where a cue starts? False means surely not: none of its keys (keysOf) is a
 * cue's first word, nor its lemma the stem of a particle verb cue, nor, for a noun, may its
 * lemma end in a cue (compound heads). Most tokens are ruled out without building their keys.
 */
function mayStartCue(t: Token, lex: StanceLexicon): boolean {
  const first = cueFirstWords(lex);
  if (first.has(t.norm) || hasLowerCase(first, t.lemma)) return true;
  const stem = adjectiveStemLength(t.norm);
  if (stem < t.norm.length && hasLowerCase(first, t.norm, stem)) return true;
  if (t.wordClass === "noun") return mayEndInCue(t.lemma, lex) || (t.lemma.includes("-") && first.has(t.lemma.slice(t.lemma.lastIndexOf("-") + 1).toLowerCase())) || modifierCue(t.lemma.toLowerCase().replace(/^.*-/, ""), lex) !== null;
  return t.wordClass === "verb" && hasLowerCase(particleVerbStems(lex), t.lemma);
}

/** Could a noun lemma, lower-cased, end in a compound-head cue? Only if its last two letters are a cue's (see compoundHeadCues). */
function mayEndInCue(lemma: string, lex: StanceLexicon): boolean {
  const n = lemma.length;
  // Below U+0100 lower-casing keeps the length and maps letter by letter; above, let the keys decide.
  for (let i = 0; i < n; i++) if (lemma.charCodeAt(i) >= 0x100) return true;
  if (n < 5) return false;
  return headCues(lex).has(lowerLatin1(lemma.charCodeAt(n - 2)) * 0x10000 + lowerLatin1(lemma.charCodeAt(n - 1)));
}

const firstWordIndex = new WeakMap<StanceLexicon, Set<string>>();
/** The first words of the cues. */
function cueFirstWords(lex: StanceLexicon): Set<string> {
  let words = firstWordIndex.get(lex);
  if (!words) firstWordIndex.set(lex, (words = new Set(lex.byFirstWord.keys())));
  return words;
}

/** Keys of the tokens of one span, each computed once: cues, keep phrases and "beide Seiten" all read them. */
type SpanKeys = (k: number) => string[];

function spanKeys(tokens: Token[], span: Span): SpanKeys {
  const cache: Array<string[] | undefined> = [];
  return (k) => (cache[k - span.from] ??= keysOf(tokens[k]));
}

interface CueHit {
  cue: StanceCue;
  /** Token index the cue stands at (the particle of a separated verb). */
  at: number;
  /** Token index of its first word. */
  from: number;
  polarity: "support" | "oppose";
  text: string;
  /** The negator that turned its polarity round, if one did. */
  negator?: number;
}

interface TargetMention {
  target: string;
  from: number;
  to: number;
  kind: "actor" | "concept" | "bilateral";
  /** Named as a place ("in Deutschland", "im deutschen Bundesland"): where, not whom, a cue is about. */
  place?: true;
  /** A country named as a place ("in der Ukraine"): no partner of a cooperation, unlike a body one works in ("in der SOZ"). */
  countryPlace?: true;
  /** Only a modifier of what the phrase is about ("deutsche Kaffeeröster", "US-Industriekonzern", "anti-chinesische Proteste"). */
  modifier?: true;
  /** A modifier of a relation ("die russisch-chinesischen Beziehungen"): a party to it, which an evaluation of the relation supports. */
  party?: true;
  /** The first part of an issue's name ("in der Taiwan-Frage"): no side a cooperation is with. */
  issue?: true;
  /** What a matter after "um"/"über" is about ("die Hängepartie um Schweden"): an issue no cue reaches. */
  about?: true;
  /** One or a few persons named by their people ("ein 34-jähriger Türke", "zwei Chinesen"): no doer a misdeed blames their state for. */
  individual?: true;
  /** A side named by its people ("der Russen", "die Amerikaner"): who acts, never a land invaded. */
  people?: true;
  /** A side of talks between two that a third backs ("Gespräche zwischen Caracas und Georgetown"): no support reaches it. */
  talks?: true;
  /** The agent of an attributive participle ("das von Russland angegriffene Land"): it describes whom the phrase is about, which support is for. */
  describing?: true;
  /** Concepts: the polarity a speaker takes when no cue is near. */
  fallback?: "support" | "oppose";
}

interface Span {
  from: number;
  to: number;
}

/** Cue words in tokens [from, to): single lemmas, compound heads, separated verbs, multiword cues. */
function findCues(tokens: Token[], span: Span, lex: StanceLexicon, skip: (k: number) => boolean, keysAt: SpanKeys = spanKeys(tokens, span), demanded = false): CueHit[] {
  const out: CueHit[] = [];
  const kept = keptRanges(tokens, span, lex, keysAt);
  // A negator inside a name negates nothing: "Attacke auf ein Spital von Ärzte ohne Grenzen".
  for (let k = span.from; k < span.to; k++) if (skip(k) && lex.negators.has(tokens[k].norm)) kept.add(k);
  for (let k = span.from; k < span.to; k++) {
    if (skip(k) || kept.has(k)) continue;
    const t = tokens[k];
    if (t.kind !== "word" || !mayStartCue(t, lex)) continue;
    if (attributiveParticiple(tokens, k, span)) continue;
    const keys = keysAt(k);
    // Separated particle verbs: "lehne … ab", "wies … zurück", "halte … fest".
    if (t.wordClass === "verb" && particleVerbStems(lex).has(keys[0])) {
      const particle = particleAfter(tokens, k, span.to);
      if (particle !== null) {
        const joined = tokens[particle].norm + keys[0];
        const cue = (lex.byFirstWord.get(joined) ?? []).find((c) => c.words.length === 1);
        if (cue) {
          out.push({ cue, at: particle, from: k, polarity: cue.polarity, text: `${t.text} … ${tokens[particle].text}` });
          continue;
        }
      }
    }
    let matched = false;
    for (const key of keys) {
      for (const cue of lex.byFirstWord.get(key) ?? []) {
        if (cue.noun && !isCapitalized(t.text)) continue;
        if (cue.notNoun && t.wordClass === "noun") continue;
        if (cue.words.length === 1) {
          out.push({ cue, at: k, from: k, polarity: cue.polarity, text: t.text });
          matched = true;
          break;
        }
        const end = multiwordEnd(tokens, k, span.to, cue.words, keysAt);
        if (end !== null) {
          out.push({ cue, at: end, from: k, polarity: cue.polarity, text: end === k + 1 ? `${t.text} ${tokens[end].text}` : `${t.text} … ${tokens[end].text}` });
          matched = true;
          break;
        }
      }
      if (matched) break;
    }
    if (matched || t.wordClass !== "noun") continue;
    // Compound heads: "Sicherheitszusammenarbeit", "US-Eindämmungspolitik".
    const full = keys[0]; // the lower-cased lemma
    const lemma = full.replace(/^.*-/, "");
    // (Not after "de-", which undoes it: "Deeskalation" is no "Eskalation", "Demilitarisierung" no "Militarisierung";
    // nor after a particle alone: PARTICLE_ONLY.)
    for (const cue of compoundHeadCues(lex, lemma)) {
      const w = cue.words[0];
      if ((lemma.length > w.length || full.length > lemma.length) && lemma.endsWith(w) && !lemma.endsWith(`de${w}`) && !lemma.endsWith(`des${w}`) && !PARTICLE_ONLY.test(lemma.slice(0, lemma.length - w.length))) {
        out.push({ cue, at: k, from: k, polarity: cue.polarity, text: t.text });
        matched = true;
        break;
      }
    }
    // A light head leaves the cue to the first part: "Erpressungsversuche aus Washington", "Sanktionspolitik".
    const modifier = matched ? null : modifierCue(lemma, lex);
    if (modifier) out.push({ cue: modifier, at: k, from: k, polarity: modifier.polarity, text: t.text });
  }
  // Negation flips a cue: a negator shortly before it (or right after a verb cue). A cooperation or a war
  // denied by "kein" is none, not its opposite: "plant kein Militärbündnis mit China", "kein Verbündeter Russlands".
  const denied = new Set<CueHit>();
  for (const hit of out) {
    // "Eine Allianz gegen Dritte sei aber nicht geplant": a cooperation said not to be intended is none either.
    if (hit.cue.class === "cooperation" && isCapitalized(tokens[hit.at].text) && notIntended(tokens, hit.at, span)) {
      denied.add(hit);
      continue;
    }
    const negator = negatorNear(tokens, hit, span, lex, kept);
    if (negator === null) continue;
    // Refusing to let a side do it still blames that side: "sich von Peking nicht einschüchtern lassen".
    if (hit.cue.scope === "subject" && lettingClause(tokens, span, hit) !== null) continue;
    // Asked not to do a misdeed, the addressee is blamed for it: "forderte Washington auf, die Spannungen nicht weiter anzuheizen".
    // So is a subject told it may not or cannot do it: "X dürfe die Spannungen nicht anheizen", "Peking könne den Krieg nicht befeuern, ohne …".
    // (Or the dass-clause a demand reports, in its first clause: "forderte, dass Russland die Wahlen nicht manipuliere".)
    // ("dürften … nicht" with a participle and "haben" is a guess, no demand: "dürften die Wahl nicht manipuliert haben".)
    const demandedClause = demanded && tokens[span.from].norm === "dass" && clauseOpening(tokens, span, hit.from) === span.from;
    const mayNot = modalBefore(tokens, span, hit.from) && !/^(?:haben|sein)$/.test(tokens[hit.at + 1]?.norm ?? "");
    if (hit.cue.scope === "subject" && hit.polarity === "oppose" && ((isZuInfinitiveAt(tokens, hit.from) && demandedBefore(tokens, span, hit.from)) || demandedClause || mayNot)) continue;
    // So is a war: "dass Russland ohne fremde Hilfe keinen Krieg mehr führen könne" speaks for no one.
    if ((hit.cue.class === "cooperation" || hit.cue.class === "war") && /^kein/.test(tokens[negator].norm)) denied.add(hit);
    hit.polarity = hit.polarity === "support" ? "oppose" : "support";
    hit.text = `${tokens[negator].text} ${hit.text}`;
    hit.negator = negator;
  }
  return denied.size === 0 ? out : out.filter((hit) => !denied.has(hit));
}

/**
 * Does the responsibility at `hit` name a duty it is for ("für die Organisation des Gipfels", "für die Sicherheit"), not
 * something that went wrong ("für den Vorfall", "für die Folgen")? Then "allein" or "volle" make no blame of it.
 */
function dutyNamed(tokens: Token[], span: Span, hit: CueHit, dutyNouns: readonly string[]): boolean {
  let noun = hit.from;
  while (noun < hit.at && !/verantwortung$/.test(tokens[noun].lemma.toLowerCase())) noun++;
  for (let k = noun + 1; k < span.to && k <= noun + 2; k++) if (tokens[k].norm === "für") return dutyAfter(tokens, span, k, dutyNouns);
  return false;
}

/** Does the "für" at k name a duty ("für die Sicherheit", "für den Wiederaufbau"), not something pointed back to ("für diese Entwicklung")? */
function dutyAfter(tokens: Token[], span: Span, k: number, dutyNouns: readonly string[]): boolean {
  if (/^(?:diese|dieser|diesen|dieses|diesem)$/.test(tokens[k + 1]?.norm ?? "")) return false;
  let head = k + 1;
  while (head < span.to && head <= k + 4 && (ARTICLE.test(tokens[head].norm) || tokens[head].wordClass === "adj" || tokens[head].wordClass === "function")) head++;
  return head < span.to && endsInOne(tokens[head].lemma.toLowerCase(), dutyNouns);
}

/** Does `lemma` end in one of `heads` (a compound's head: "küstenwachschiff" in "schiff")? */
function endsInOne(lemma: string, heads: readonly string[]): boolean {
  return heads.some((h) => lemma.endsWith(h));
}

/** Does a noun (or, with `verbs`, a verb) of clearly negative polarity stand between `from` and `to` ("für die Eskalation", "für schwere Menschenrechtsverletzungen")? */
function badBetween(tokens: Token[], from: number, to: number, verbs = false): boolean {
  const general = defaultGeneralPolarity();
  // (A noun the lexicon does not know is one too: "Militarisierung".)
  const noun = (t: Token) => t.wordClass === "noun" || (t.wordClass === null && t.kind === "word" && isCapitalized(t.text));
  return tokens.slice(from + 1, to).some((t) => (noun(t) || (verbs && t.wordClass === "verb")) && (general.get(t.lemma.toLowerCase()) ?? 0) <= -0.5);
}

/**
 * The side after ", sondern" where the negator at n negates a side right after it ("nicht Russland, sondern die Ukraine",
 * "nicht bei Moskau, sondern bei Washington"), or null: the negation is the side's, not the cue's.
 */
function contrastAfter(tokens: Token[], span: Span, n: number, targets: readonly TargetMention[]): TargetMention | null {
  const actorFrom = (k: number) => targets.find((t) => t.kind === "actor" && t.from >= k && t.from <= k + 2 && tokens.slice(k, t.from).every((x) => ARTICLE.test(x.norm) || PREPOSITIONS.has(x.norm) || (x.wordClass === "adj" && !isCapitalized(x.text))));
  const negated = actorFrom(n + 1);
  if (!negated) return null;
  for (let j = negated.to; j < span.to && j <= negated.to + 3; j++) {
    if (tokens[j].norm === "sondern") return tokens[j - 1]?.text === "," ? (actorFrom(j + 1) ?? null) : null;
    if (tokens[j].kind === "punct" && tokens[j].text !== ",") return null;
  }
  return null;
}

// Verbs and nouns of a hostile act in a condition: "angreifen", "vorgehen gegen", "Truppen", "Waffen", "Soldaten".
const ATTACKING = new Set(["angreifen", "vorgehen", "einmarschieren", "eingreifen", "angriff", "bombardieren", "beschießen", "eskalieren", "provozieren", "überschreiten", "verletzen", "annektieren", "besetzen", "blockieren", "verhängen", "stationieren", "entsenden"]);
const MILITARY = /(?:truppe|truppen|soldat|soldaten|waffe|waffen|rakete|raketen|militär|militäroperation|panzer|kampfjet|kriegsschiff|atomwaffe|sanktion|sanktionen)$/;
const FRIENDLY_ANSWER = /^(?:positiv|positive|positiven|entgegenkommen|freilassung|belohnen|belohnung|dankbar|begrüßen)$/;

// Punishments, an answer to whatever a side does: "Sanktionen", "Strafzölle", "Strafmaßnahmen".
const PUNISHMENT = /(?:sanktion|sanktionen|strafzoll|strafzölle|strafmaßnahme|strafmaßnahmen|strafe|strafen)$/;
// Verbs that impose or threaten one ("folgen", "verhängen", "drohen"; "nötig", "fällig"), lift or ease it ("senken",
// "enden"), and of a condition that gives in ("zustimmen", "einlenken"; the lemma of a separable verb's stem as well).
const IMPOSING = /^(?:folgen|drohen|androhen|verhängen|erheben|verschärfen|einführen|ausweiten|auferlegen|nötig|notwendig|fällig|denkbar|unausweichlich|rechnen|geben|kommen|treffen)$/;
const LIFTING = /^(?:senken|reduzieren|beenden|enden|streichen|wegfallen|fallen|überprüfen|aussetzen|zurücknehmen|verlieren|verstoßen|reden|sprechen|verhandeln)$/;
const GIVING_IN = /^(?:zustimmen|akzeptieren|annehmen|einlenken|abziehen|zurückziehen|beenden|einstellen|aufgeben|mitziehen|helfen|einigen|einhalten|respektieren|verzichten|unterschreiben|unterzeichnen)$/;

// Words of an answer in kind: what the speaker's side will do if the other acts.
const RETALIATION = /^(?:antworten|antwort|reagieren|reaktion|konsequenz|vergeltung|vergelten|vergeltungsschlag|gegenmaßnahme|gegenschlag|zurückschlagen|bestrafen|kriegspartei)$/;

/**
 * The side whose act a condition names, where the rest of the statement answers it in kind: the subject of a clause opened
 * by "sollte(n)", "wenn", "falls" (not a passive, whose subject suffers the act: "Sollte Russland angegriffen werden").
 */
function conditionThreatened(tokens: Token[], span: Span, clauseOf: number[], foreign: readonly TargetMention[], hostileAt: ReadonlySet<number>, undoingWords: readonly string[]): { side: TargetMention; cue: string } | null {
  // (Only where the answer is in kind: not "werde der Aktienmarkt positiv reagieren", "mit der Freilassung weiterer Geiseln antworten".)
  if (tokens.slice(span.from, span.to).some((t) => FRIENDLY_ANSWER.test(t.norm))) return null;
  for (let k = span.from; k < span.to; k++) {
    if (!opensCondition(tokens, k) || (k > span.from && !/^[,;:–-]$/.test(tokens[k - 1].text) && tokens[k - 1].wordClass !== "function")) continue;
    const clause = clauseOf[k - span.from];
    const inClause = (j: number) => j < span.to && clauseOf[j - span.from] === clause;
    // (The condition's subject: only articles and adjectives before it, not "sollten die Europäer Russland … abkaufen".)
    const side = foreign.find((t) => t.kind === "actor" && t.from > k && t.from <= k + 3 && inClause(t.from) && !t.place && !t.modifier && !afterPreposition(tokens, t) && tokens.slice(k + 1, t.from).every((x) => ARTICLE.test(x.norm) || x.wordClass === "adj"));
    if (!side) continue;
    let end = side.to;
    while (inClause(end)) end++;
    if (tokens.slice(side.to, end).some((t, i) => t.norm === "werden" && tokens[side.to + i - 1]?.wordClass === "verb")) continue;
    // A punishment imposed is an answer to any act: "Sollte Russland eine Waffenruhe weiter verweigern, müssten harte
    // Sanktionen folgen". Not one lifted or eased ("würden die Sanktionen aufgehoben", "werde er die Strafzölle senken"),
    // nor one against another side ("sollte die Slowakei ihr Veto aufgeben, könnten die Sanktionen gegen Russland …"),
    // nor where the condition is giving in ("sollte Russland eine Waffenruhe akzeptieren", not "nicht einlenken").
    const outside = tokens.slice(span.from, span.to).filter((t) => !inClause(t.index));
    const punishment = outside.find((t) => PUNISHMENT.test(t.lemma.toLowerCase()) && isCapitalized(t.text));
    const lifted = outside.some((t) => LIFTING.test(t.lemma.toLowerCase()) || undoingWords.some((w) => t.lemma.toLowerCase() === w || (w.length >= 6 && t.norm.startsWith(w))));
    const imposed = outside.some((t) => IMPOSING.test(t.lemma.toLowerCase()));
    // (Nor one denied: "werde es keine Strafzölle geben"; nor on another's goods: "Strafzölle auf europäische Waren".)
    const denied = punishment !== undefined && [1, 2].some((d) => /^(?:kein|keine|keinen|keinerlei)$/.test(tokens[punishment.index - d]?.norm ?? ""));
    const againstOther = punishment !== undefined && foreign.some((t) => t.kind === "actor" && t.target !== side.target && t.from > punishment.index && t.from <= punishment.index + 3 && /^(?:gegen|für|auf)$/.test(tokens[openerOf(tokens, t.from, span.from)]?.norm ?? ""));
    const condition = tokens.slice(side.to, end);
    const givingIn = condition.some((t) => GIVING_IN.test(t.lemma.toLowerCase())) && !condition.some((t) => /^(?:nicht|nie|kein|keine|keinen)$/.test(t.norm));
    if (punishment && imposed && !lifted && !denied && !againstOther && !givingIn) return { side, cue: `${tokens[k].text} … ${punishment.text}` };
    // (A hostile act the condition names: "Militäroperationen einleiten", "Truppen schicken", "Waffen liefern"; not "die Zinsen senken".)
    if (!tokens.slice(side.to, end).some((t) => hostileAt.has(t.index) || ATTACKING.has(t.lemma.toLowerCase()) || MILITARY.test(t.lemma.toLowerCase()))) continue;
    const answer = outside.find((t) => RETALIATION.test(t.lemma.toLowerCase()));
    if (answer) return { side, cue: `${tokens[k].text} … ${answer.text}` };
  }
  return null;
}

/** Does token k stand in a relative clause (opened by a comma and a relative pronoun: ", das sich … bemüht,")? */
function relativeClauseAt(tokens: Token[], span: Span, k: number): boolean {
  const open = clauseOpening(tokens, span, k);
  return open > span.from && tokens[open - 1]?.text === "," && RELATIVES.has(tokens[open].norm) && !isCapitalized(tokens[open + 1]?.text ?? "");
}

/** A capitalised name that is no target: "Europa" in "China und Europa". */
function unknownName(t: Token | undefined, targets: readonly TargetMention[]): boolean {
  return t !== undefined && t.kind === "word" && isCapitalized(t.text) && (t.wordClass === "name" || t.wordClass === null) && !targets.some((x) => x.from <= t.index && t.index < x.to);
}

// Nouns of talks between sides ("Gespräche zwischen Caracas und Georgetown").
const NEGOTIATION_NOUN = /(?:gespräch|gespräche|dialog|verhandlung|verhandlungen|vermittlung|konsultation|konsultationen|annäherung|normalisierung|aussöhnung|versöhnung)$/;

/** The sides named after "zwischen" that follows a noun of talks, by phrase: "Gespräche zwischen Caracas und Georgetown". */
function talksBetween(tokens: Token[], span: Span, targets: TargetMention[]): TargetMention[][] {
  const out: TargetMention[][] = [];
  for (let k = span.from + 1; k < span.to; k++) {
    if (tokens[k].norm !== "zwischen" || !NEGOTIATION_NOUN.test(tokens[k - 1].lemma.toLowerCase()) || !isCapitalized(tokens[k - 1].text)) continue;
    let end = k + 1;
    while (end < span.to && end < k + 10 && !/^[,.;:!?–]$/.test(tokens[end].text) && tokens[end].wordClass !== "verb") end++;
    const group = targets.filter((t) => t.kind === "actor" && t.from > k && t.to <= end);
    if (group.length >= 2) out.push(group);
  }
  return out;
}

// Nouns of talk and of concern whose "über" phrase is only their topic.
const TALK_NOUNS = /^(?:spekulation|gerücht|bericht|meldung|behauptung|debatte|diskussion|mutmaßung|vermutung|besorgnis|sorge|bedenken|kritik)(?:en|e|s|n)?$/;

/**
 * Is token k inside the "über" phrase of a noun of talk or concern ("Spekulationen westlicher Medien über … Peking",
 * "seine Bedenken über die engen Beziehungen zu Moskau")? Not when that noun is the cue itself ("Besorgnis über X" judges X).
 */
function talkTopic(tokens: Token[], span: Span, k: number, hit: CueHit): boolean {
  for (let j = k - 1; j > span.from && j >= k - 6; j--) {
    const w = tokens[j];
    if (w.kind === "punct" || isFiniteVerb(w)) return false;
    if (w.norm !== "über") continue;
    for (let n = j - 1; n >= span.from && n >= j - 4; n--) if (tokens[n].wordClass === "noun" && TALK_NOUNS.test(tokens[n].norm) && n !== hit.from && n !== hit.at) return true;
    return false;
  }
  return false;
}

/** A modal of permission, ability or obligation earlier in the clause of token k ("dürfe … nicht", "könne … nicht"); with `demandOnly` one of demand ("müsse", "solle")? */
function modalBefore(tokens: Token[], span: Span, k: number, demandOnly = false): boolean {
  for (let j = k - 1; j >= span.from && !/^[,;:]$/.test(tokens[j].text); j--) if (DEMANDING_MODALS.has(tokens[j].norm) || (!demandOnly && /^(?:kann|könne|können|darf|dürfe|dürfen|dürften)$/.test(tokens[j].norm))) return true;
  return false;
}

/** Does a verb of demand come before token k in the span ("forderte … auf, …", "rief … dazu auf, …")? */
function demandedBefore(tokens: Token[], span: Span, k: number): boolean {
  for (let j = span.from; j < k; j++) if (isDemandVerb(tokens, j) || (NECESSARY.test(tokens[j].norm) && tokens[j + 1]?.text === "," && !/^(?:nicht|kein|keine)$/.test(tokens[j - 1]?.norm ?? ""))) return true;
  return false;
}

// What is called necessary before a zu-infinitive is asked for: "es sei wichtig, Iran zu isolieren", "höchste Zeit, …".
const NECESSARY = /^(?:wichtig|notwendig|nötig|erforderlich|unerlässlich|unabdingbar|geboten|dringend|zeit)$/;

/** Does the clause of the noun at k go on with "nicht geplant", "nicht vorgesehen", "nicht beabsichtigt"? */
function notIntended(tokens: Token[], k: number, span: Span): boolean {
  for (let j = k + 1; j < Math.min(span.to, k + 10); j++) {
    if (/^[,;:.]$/.test(tokens[j].text)) return false;
    if (tokens[j].norm === "nicht" && /^(?:geplant|vorgesehen|beabsichtigt|angestrebt|gewollt)$/.test(tokens[j + 1]?.norm ?? "")) return true;
  }
  return false;
}

/**
 * "der von Russland unterstützten Regierung", "die international kritisierte Reform": a participle
 * before its noun, with the article before it (adverbs, adjectives and an agent between), describes
 * the noun; it is no stance the speaker takes.
 */
function attributiveParticiple(tokens: Token[], k: number, span: Span): boolean {
  const t = tokens[k];
  if (t.wordClass !== "verb" || isCapitalized(t.text) || !/(?:te|ten|tem|ter|tes)$/.test(t.norm)) return false;
  const next = tokens[k + 1];
  if (!next || k + 1 >= span.to || !isCapitalized(next.text) || next.wordClass !== "noun") return false;
  for (let j = k - 1; j >= Math.max(span.from, k - 6); j--) {
    const w = tokens[j];
    if (ARTICLE.test(w.norm)) return true;
    if (w.kind !== "word") return false;
    // Inside the phrase: adverbs and adjectives, and an agent ("von Russland").
    if (!isCapitalized(w.text) && (w.wordClass === "adj" || w.wordClass === "function" || w.wordClass === null) && !/^(und|oder|aber|dass|weil)$/.test(w.norm)) continue;
    if (isCapitalized(w.text) && /^(von|vom|durch)$/.test(tokens[j - 1]?.norm ?? "")) continue;
    return false;
  }
  return false;
}

// Participles of a deed a side is credited with: its agent gets the praise of what it made ("lobte die von China vermittelte
// Annäherung", "dankte den von Polen entsandten Helfern"); the agent of any other ("für das von Russland angegriffene Land",
// "die von Aserbaidschan kontrollierte Region") gets no support meant for what the phrase is about.
const CREDITED_PARTICIPLE = /^(?:vermittelt|ausgehandelt|angestoßen|initiiert|vorgelegt|vorgeschlagen|geführt|entsandt|organisiert|ausgerichtet|geäußert|erzielt|geleistet|bereitgestellt|gespendet|geliefert|finanziert|gegründet|eingebracht|gestartet)(?:e|en|em|er|es)$/;

/**
 * Is the side the agent of an attributive participle after it, not of a deed credited to it: "das von Russland
 * angegriffene Land", "der durch Moskau brutal besetzten Gebiete"? An article opens the phrase before "von".
 */
function agentOfAttribute(tokens: Token[], t: TargetMention, span: Span): boolean {
  if (t.from - 2 < span.from || !/^(?:von|vom|durch)$/.test(tokens[t.from - 1].norm) || !ARTICLE.test(tokens[t.from - 2].norm)) return false;
  // (Adverbs may come between: "das von Russland brutal angegriffene Land".)
  for (let j = t.to; j < Math.min(span.to - 1, t.to + 3); j++) {
    const w = tokens[j];
    if (w.kind !== "word" || isCapitalized(w.text)) return false;
    const next = tokens[j + 1];
    if ((w.wordClass === "verb" || w.wordClass === "adj") && /(?:e|en|em|er|es)$/.test(w.norm) && next.kind === "word" && isCapitalized(next.text) && (next.wordClass === "noun" || next.wordClass === "name")) return !CREDITED_PARTICIPLE.test(w.norm);
  }
  return false;
}

const NO_CUES: readonly StanceCue[] = [];
const headCueIndex = new WeakMap<StanceLexicon, Map<number, StanceCue[]>>();
const lastTwo = (w: string) => w.charCodeAt(w.length - 2) * 0x10000 + w.charCodeAt(w.length - 1);

/**
 * The single-word cue a compound with a light head (light-heads.txt) takes from its first part, with or without the
 * linking -s-: "erpressungsversuch" → "erpressung", "sanktionspolitik" → "sanktion"; null if none.
 */
function modifierCue(lemma: string, lex: StanceLexicon): StanceCue | null {
  for (const { head, except } of lex.lightHeads ?? []) {
    if (lemma.length < head.length + 4 || !lemma.endsWith(head)) continue;
    const first = lemma.slice(0, lemma.length - head.length);
    for (const key of first.endsWith("s") ? [first, first.slice(0, -1)] : [first]) {
      if (except.has(key)) continue;
      // (Only an act against someone: a "Kommunikationsstrategie" is no cooperation, a "Gegenstrategie" no "gegen".)
      const cue = lex.byFirstWord.get(key)?.find((c) => c.words.length === 1 && HOSTILE_CLASSES.has(c.class));
      if (cue) return cue;
    }
  }
  return null;
}

// A verb particle alone before a cue makes another word, no compound of it: "Eindruck", "Ausdruck", "mit Nachdruck" are
// no "Druck", "Abspaltung" no "Spaltung". (Not "an": "Androhung" is a "Drohung".)
const PARTICLE_ONLY = /^(?:ab|auf|aus|ein|nach|vor|zu)$/;

/** Single-word cues of five letters or more that may end `lemma` (same last two letters), in lexicon order. */
function compoundHeadCues(lex: StanceLexicon, lemma: string): readonly StanceCue[] {
  return (lemma.length < 5 ? undefined : headCues(lex).get(lastTwo(lemma))) ?? NO_CUES;
}

/** Those cues by their last two letters. */
function headCues(lex: StanceLexicon): Map<number, StanceCue[]> {
  let index = headCueIndex.get(lex);
  if (!index) {
    index = new Map();
    for (const cue of lex.cues) {
      if (cue.words.length !== 1 || cue.words[0].length < 5) continue;
      const key = lastTwo(cue.words[0]);
      index.set(key, [...(index.get(key) ?? []), cue]);
    }
    headCueIndex.set(lex, index);
  }
  return index;
}

/** Token indexes inside "keep" phrases ("nicht nur", "noch nie da gewesen", "zum Scheitern verurteilt"). */
function keptRanges(tokens: Token[], span: Span, lex: StanceLexicon, keysAt: SpanKeys = spanKeys(tokens, span)): Set<number> {
  const out = new Set<number>();
  const byFirst = keepByFirstWord(lex);
  const firstWords = keepFirstWords(lex);
  for (let k = span.from; k < span.to; k++) {
    // A phrase can start here only under the token's form or lemma (keysOf's first two keys):
    // rule most tokens out by those before building their keys.
    if (!firstWords.has(tokens[k].norm) && !hasLowerCase(firstWords, tokens[k].lemma)) continue;
    const [lemma, norm] = keysAt(k);
    for (const phrase of byFirst.get(norm) ?? NO_PHRASES) markPhrase(phrase, k, span, keysAt, out);
    if (lemma !== norm) for (const phrase of byFirst.get(lemma) ?? NO_PHRASES) markPhrase(phrase, k, span, keysAt, out);
  }
  return out;
}

const NO_PHRASES: readonly string[][] = [];

/** Adds the tokens of `phrase` to `out` when it stands at k (each word as form or lemma). */
function markPhrase(phrase: string[], k: number, span: Span, keysAt: SpanKeys, out: Set<number>): void {
  if (phrase.every((w, i) => k + i < span.to && (keysAt(k + i)[1] === w || keysAt(k + i)[0] === w))) {
    for (let i = 0; i < phrase.length; i++) out.add(k + i);
  }
}

const keepFirstIndex = new WeakMap<StanceLexicon, Set<string>>();
/** The first words of the keep phrases. */
function keepFirstWords(lex: StanceLexicon): Set<string> {
  let words = keepFirstIndex.get(lex);
  if (!words) keepFirstIndex.set(lex, (words = new Set(keepByFirstWord(lex).keys())));
  return words;
}

const keepIndex = new WeakMap<StanceLexicon, Map<string, string[][]>>();
/** The lexicon's keep phrases by their first word. */
function keepByFirstWord(lex: StanceLexicon): Map<string, string[][]> {
  let index = keepIndex.get(lex);
  if (!index) {
    index = new Map();
    for (const phrase of lex.keep) index.set(phrase[0], [...(index.get(phrase[0]) ?? []), phrase]);
    keepIndex.set(lex, index);
  }
  return index;
}

// Nouns of a threat protected from ("Angriffe", "Drohungen", "Raketen"), whatever their general polarity.
const THREAT_NOUN = /(?:angriff|angriffe|bedrohung|drohung|einschüchterung|aggression|rakete|drohne|attacke|beschuss|übergriff|einmischung|provokation|invasion|terror|gewalt|erpressung|spionage|sabotage|desinformation|propaganda)$/;

// Diseases and forces of nature: no side's threat, wherever they come from.
const NATURAL_HAZARD = /(?:virus|viren|krankheit|seuche|pandemie|epidemie|infektion|erreger|variante|grippe|hochwasser|flut|hitze|dürre|kälte|sturm|erdbeben|feuer|brand|waldbrand|staub|smog|pollen)$/;

// Determiners of any and all: "gegen jede Aggression", "vor allen Angriffen".
const ANY_DETERMINER = /^(?:jede|jeden|jedem|jeder|jegliche|jeglichen|jeglicher|alle|allen|aller|solche|solchen|weitere|weiteren)$/;

/** The "gegen" or "vor" that opens the phrase of the noun at k ("gegen jede Bedrohung"), or -1. */
function protectedFrom(tokens: Token[], span: Span, k: number): number {
  if (!isCapitalized(tokens[k].text)) return -1;
  const j = openerOf(tokens, k, span.from, true);
  return /^(?:gegen|vor)$/.test(tokens[j]?.norm ?? "") ? j : -1;
}

/**
 * The token before the articles and adjectives that open the noun phrase of token k (with `anyDeterminer`, also
 * "jede", "alle", "solche": "gegen jede Aggression"), not before `from`: its preposition, verb or noun.
 */
function openerOf(tokens: Token[], k: number, from: number, anyDeterminer = false): number {
  let j = k - 1;
  while (j > from && (ARTICLE.test(tokens[j].norm) || (anyDeterminer && ANY_DETERMINER.test(tokens[j].norm)) || tokens[j].wordClass === "adj")) j--;
  return j;
}

/** Does token k name the time of something else: "seit der Invasion", "seit Beginn des Krieges", "zu Beginn der Invasion"? */
function inTimePhrase(tokens: Token[], span: Span, k: number): boolean {
  const j = openerOf(tokens, k, span.from, true);
  if (/^(?:seit|während)$/.test(tokens[j]?.norm ?? "")) return true;
  return /^(?:beginn|anfang|ende|start)$/.test(tokens[j]?.lemma.toLowerCase() ?? "") && /^(?:seit|zu|nach|vor|bei)$/.test(tokens[openerOf(tokens, j, span.from)]?.norm ?? "");
}

/** Verbs of protecting: a side after "vor" or "gegen" is what one protects from. */
const PROTECTING = new Set(["schützen", "verteidigen", "bewahren"]);

// Accusations: "die Vorwürfe gegen Belgrad", "Anschuldigungen gegen China".
const ACCUSATION_NOUN = /(?:vorwurf|vorwürfe|anschuldigung|beschuldigung|unterstellung|verdächtigung)$/;

/** Is the side whom an accusation is against: "die Vorwürfe gegen Belgrad"? */
function accusedBy(tokens: Token[], t: TargetMention): boolean {
  const j = openerOf(tokens, t.from, 0);
  return tokens[j]?.norm === "gegen" && ACCUSATION_NOUN.test(tokens[j - 1]?.lemma.toLowerCase() ?? "");
}

/** A side's genitive right before "gegen" at k, after a noun it owns: "die Haltung der USA gegen …", "die Politik Pekings gegen …". */
function ownedConductBefore(tokens: Token[], span: Span, k: number, targets: TargetMention[]): boolean {
  const owner = targets.find((t) => t.kind === "actor" && t.to === k && !t.place && !t.modifier);
  if (!owner) return false;
  const article = /^(?:der|des)$/.test(tokens[owner.from - 1]?.norm ?? "");
  if (!article && !/s$/.test(tokens[owner.to - 1].text)) return false;
  const noun = tokens[owner.from - (article ? 2 : 1)];
  return noun !== undefined && noun.index >= span.from && noun.wordClass === "noun" && OWN_CONDUCT.test(noun.lemma.toLowerCase());
}

// Nouns of a side's conduct or attitude ("Haltung", "Politik", "Kurs"); not its acts ("Klage", "Sanktionen"), which the
// speaker may back or reject.
const OWN_CONDUCT = /(?:haltung|politik|position|kurs|linie|einstellung|rhetorik|stimmung|hetze|vorgehen)$/;

/** Is the act a rule broken: after "gegen" of a breach ("verstoße gegen UN-Sanktionen", "ein Verstoß gegen die Sanktionen"), or before "umgehen"/"unterlaufen"? */
function brokenRule(tokens: Token[], span: Span, hit: CueHit): boolean {
  const j = openerOf(tokens, hit.from, span.from);
  if (tokens[j]?.norm === "gegen" && [1, 2, 3].some((d) => j - d >= span.from && /^(?:verstoßen|verstossen|verstoß|verstoss)$/.test(tokens[j - d].lemma.toLowerCase()))) return true;
  if (tokens[j]?.wordClass === "verb" && /^(?:umgehen|unterlaufen)$/.test(tokens[j].lemma.toLowerCase())) return true;
  // (A genitive may stand between: "die Sanktionen der USA zu umgehen".)
  for (let k = hit.at + 1; k < Math.min(span.to, hit.at + 5) && tokens[k].kind !== "punct"; k++) if (/^(?:umgehen|umgangen|umgeht|umgehe|umzugehen|unterlaufen|zu-unterlaufen)$/.test(tokens[k].norm)) return true;
  return false;
}

/** The comma that closes a relative clause right after the noun at k ("Jede Zusammenarbeit, die …, verstoße"), or null. */
function relativeClauseEnd(tokens: Token[], span: Span, k: number): number | null {
  if (tokens[k + 1]?.text !== "," || !/^(?:der|die|das|dem|den|deren|dessen|welche|welcher|welches)$/.test(tokens[k + 2]?.norm ?? "")) return null;
  for (let j = k + 3; j < span.to && j <= k + 25; j++) {
    if (tokens[j].text === ",") return isFiniteVerb(tokens[j - 1]) ? j : null;
    if (/^[.;:!?]$/.test(tokens[j].text)) return null;
  }
  return null;
}

/**
 * Is the side in a "vor …"/"gegen …" phrase ("vor russischen Raketen", "gegen Russland")? With `anyNoun`, also where the
 * phrase names no threat ("gegen Flüchtlinge aus Syrien"): what is protected from, if not opposed.
 */
function threatPhrase(tokens: Token[], t: TargetMention, anyNoun = false): boolean {
  let j = t.from - 1;
  while (j >= 0 && (ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj")) j--;
  // ("gegenüber" only after what is defended against a side, "seine Interessen gegenüber China verteidigen"; not a policy
  // toward it, "verteidigte seine Politik gegenüber China", nor whom one speaks to.)
  if (j >= 0 && tokens[j].norm === "gegenüber") return j > 0 && DEFENDED.test(tokens[j - 1].lemma.toLowerCase());
  // (Or the genitive of what that phrase names, or whence it comes: "sich gegen die Angriffe Israels verteidigen",
  // "die Grenze gegen hybride Angriffe aus Belarus verteidigen".)
  // (Nouns joined there count as one: "vor den Drohungen und Einschüchterungen aus China".)
  const source = j > 0 && /^(?:aus|von|vom|durch)$/.test(tokens[j].norm);
  if (source) j--;
  // (Only where that noun names a threat, not people or goods: "gegen Flüchtlinge aus Syrien schützen".)
  // (A bad thing counts, not a disease or a force of nature: "gegen das Virus aus China schützen".)
  const threatening = (x: Token) => THREAT_NOUN.test(x.lemma.toLowerCase()) || ((defaultGeneralPolarity().get(x.lemma.toLowerCase()) ?? 0) <= -0.5 && !NATURAL_HAZARD.test(x.lemma.toLowerCase()));
  if (j > 0 && tokens[j].wordClass === "noun" && isCapitalized(tokens[j].text) && (anyNoun || threatening(tokens[j])) && (source || /s$/.test(tokens[t.to - 1].text) || /^(?:des|der)$/.test(tokens[t.from - 1]?.norm ?? ""))) {
    const stop = j - 8;
    j--;
    while (j > stop && j >= 0 && (ARTICLE.test(tokens[j].norm) || ANY_DETERMINER.test(tokens[j].norm) || tokens[j].wordClass === "adj" || /^(?:und|sowie|oder)$/.test(tokens[j].norm) || (tokens[j].wordClass === "noun" && isCapitalized(tokens[j].text)))) j--;
  }
  return j >= 0 && /^(?:vor|gegen)$/.test(tokens[j].norm);
}

// Ties and aid a side suspends: "Zusammenarbeit", "Hilfe", "Zahlungen", "Lieferungen", "Gespräche".
const SUSPENDED = /(?:zusammenarbeit|kooperation|hilfe|hilfen|zahlung|lieferung|abkommen|mitgliedschaft|beziehung|gespräch|verhandlung|dialog|partnerschaft|unterstützung)$/;

// What a side defends against another: "Interessen", "Rechte", "Souveränität".
const DEFENDED = /^(?:interesse|interessen|recht|rechte|souveränität|sicherheit|grenze|grenzen|markt|industrie|werte|sich)$/;

/** Prepositions of means or cause after "nicht": "nicht durch Drohungen", "nicht wegen der Sanktionen", "nicht mit Gewalt". */
const PREPOSITION_AFTER_NEGATOR = new Set(["durch", "wegen", "mit", "aufgrund", "trotz", "unter"]);

function negatorNear(tokens: Token[], hit: CueHit, span: Span, lex: StanceLexicon, kept: Set<number>): number | null {
  for (let j = hit.from - 1; j >= Math.max(span.from, hit.from - 3); j--) {
    if (/^[,;:.]$/.test(tokens[j].text)) break;
    // "ohne" negates its own phrase, not a verb after it: "ohne Unterbrechung fortsetzen" (but "ohne zu zögern").
    if (tokens[j].norm === "ohne" && j + 1 < hit.from && tokens[hit.from].wordClass === "verb" && tokens[j + 1].norm !== "zu") continue;
    // "nicht durch Drohungen aus Washington zwingen lassen": a "nicht" before a noun's preposition negates what is done by it, not the noun.
    if (lex.negators.has(tokens[j].norm) && !kept.has(j) && isCapitalized(tokens[hit.from].text) && PREPOSITION_AFTER_NEGATOR.has(tokens[j + 1]?.norm ?? "")) return null;
    if (lex.negators.has(tokens[j].norm) && !kept.has(j)) return j;
  }
  // A cue of several words is negated inside it: "habe seine Verpflichtungen nicht erfüllt", "legt keinen Wert auf".
  // (Not a separated verb and its particle, nor by "ohne", which negates its own phrase: "lehnte … ohne Zögern ab".)
  if (hit.cue.words.length > 1) for (let j = hit.from + 1; j < hit.at; j++) if (lex.negators.has(tokens[j].norm) && !kept.has(j) && tokens[j].norm !== "ohne") return j;
  // A verb cue is negated by "kein" of its object further back in its clause: "…, keine Waffen an Russland zu liefern";
  // a zu-infinitive by a "nicht" that opens its clause: "…, nicht länger Drohnen an Russland zu liefern".
  if (tokens[hit.from].wordClass === "verb") {
    for (let j = hit.from - 1; j >= Math.max(span.from, hit.from - 8) && !/^[,;:.]$/.test(tokens[j].text); j--) {
      if (j >= hit.from - 3 || !lex.negators.has(tokens[j].norm) || kept.has(j)) continue;
      if (/^kein/.test(tokens[j].norm)) return j;
      let open = j - 1;
      while (open >= span.from && BEFORE_REFRAIN.test(tokens[open].norm)) open--;
      if (tokens[j].norm === "nicht" && isZuInfinitiveAt(tokens, hit.from) && (open < span.from || tokens[open].text === ",")) return j;
    }
  }
  // A finite verb cue is negated later in its clause: "unterstützt die Politik nicht", "lehnt … nicht ab".
  // (Not a zu-infinitive, negated before it, nor by a "nicht" of the next conjunct: "einzustellen und … nicht weiter anzuheizen".)
  if (tokens[hit.from].wordClass !== "verb" || isZuInfinitiveAt(tokens, hit.from)) return null;
  // So is one whose subject is no one: "Kein Staat, der …, wird diese Annexion anerkennen", "niemand unterstütze das".
  const nobody = noOneSubject(tokens, span, hit.from);
  if (nobody !== null) return nobody;
  let coordinated = false;
  for (let j = hit.from + 1; j < span.to && j <= Math.max(hit.at, hit.from + 8); j++) {
    if (/^[,;:.!?]$/.test(tokens[j].text)) break;
    if (j > hit.at && /^(?:und|oder|sowie|aber|sondern)$/.test(tokens[j].norm)) coordinated = true;
    else if (coordinated && (tokens[j].wordClass === "verb" || AUX_FORMS.has(tokens[j].norm))) break;
    // (Not "ohne" after it, which negates its own phrase: "unterstütze die Arbeit der IAEA ohne Wenn und Aber".)
    if (lex.negators.has(tokens[j].norm) && !kept.has(j) && tokens[j].norm !== "ohne") return j;
  }
  return null;
}

const NO_ONE = /^(?:kein|keine|keiner|niemand)$/;

/**
 * A "kein …", "keiner" or "niemand" that opens the clause of the verb at k (a relative clause after it skipped:
 * "Kein Staat, der das Völkerrecht ernst nimmt, wird …"), or null.
 */
function noOneSubject(tokens: Token[], span: Span, k: number): number | null {
  let j = k - 1;
  while (j >= span.from && j >= k - 16) {
    const t = tokens[j];
    if (t.text === ",") {
      // Past a relative clause: its comma, a relative pronoun right after the comma before it.
      let open = j - 1;
      while (open > span.from && open > j - 12 && tokens[open].text !== ",") open--;
      if (open <= span.from || tokens[open].text !== "," || !RELATIVES.has(tokens[open + 1]?.norm ?? "")) return null;
      j = open - 1;
      continue;
    }
    if (/^[;:.!?]$/.test(t.text)) return null;
    if (NO_ONE.test(t.norm)) {
      const before = tokens[j - 1];
      const opens = j === span.from || !before || before.kind === "punct" || SUBORDINATORS.has(before.norm) || /^(?:und|aber|doch|denn)$/.test(before.norm);
      // (Not a comparison, which says the opposite: "kein Land habe Russland so deutlich verurteilt wie Polen".)
      return opens && !comparedAfter(tokens, span, j) ? j : null;
    }
    j--;
  }
  return null;
}

/** Does the clause from token k on compare ("so … wie", "mehr … als", "stärker als")? */
function comparedAfter(tokens: Token[], span: Span, k: number): boolean {
  let graded = false;
  for (let j = k + 1; j < span.to && !/^[;:.!?]$/.test(tokens[j].text); j++) {
    const w = tokens[j].norm;
    if (/^(?:so|mehr|weniger|eher)$/.test(w) || (/er$/.test(w) && tokens[j].wordClass === "adj")) graded = true;
    else if (graded && (w === "wie" || w === "als")) return true;
  }
  return false;
}

/** The first comma after token k (before `to`), or `to`. */
function nextComma(tokens: Token[], k: number, to: number): number {
  for (let j = k + 1; j < to; j++) if (tokens[j].text === ",") return j;
  return to;
}

const stemIndex = new WeakMap<StanceLexicon, Set<string>>();
/** Lemmas that a particle before them makes a single-word cue ("lehnen" of "ablehnen"): only these need their particle found. */
function particleVerbStems(lex: StanceLexicon): Set<string> {
  let stems = stemIndex.get(lex);
  if (!stems) {
    stems = new Set();
    for (const cue of lex.cues) for (const p of PARTICLES) if (cue.words.length === 1 && cue.words[0].startsWith(p)) stems.add(cue.words[0].slice(p.length));
    stemIndex.set(lex, stems);
  }
  return stems;
}

/** A verb's lemma with its separated particle before it ("wies … zurück" as "zurückweisen"); else the lemma, lower case. */
function joinedLemma(tokens: Token[], t: Token, to: number): string {
  const particle = t.wordClass === "verb" ? particleAfter(tokens, t.index, to) : null;
  return (particle !== null ? tokens[particle].norm : "") + t.lemma.toLowerCase();
}

function particleAfter(tokens: Token[], k: number, to: number): number | null {
  for (let j = k + 1; j < to && j < k + 25; j++) {
    const t = tokens[j];
    if (t.norm === "dass" || t.text === ";") return null;
    if (PARTICLES.has(t.norm)) {
      const next = tokens[j + 1];
      if (!next || next.kind === "punct" || /^(und|oder|sowie|aber)$/.test(next.norm)) return j;
      // Its object put after it: "halte fest am Ein-China-Prinzip".
      if (j === k + 1 && /^(?:am|an|auf|zu|zum|zur|mit)$/.test(next.norm)) return j;
    }
  }
  return null;
}

function multiwordEnd(tokens: Token[], k: number, to: number, words: string[], keysAt: SpanKeys): number | null {
  let at = k;
  // A noun after a function word ("an der Seite", "mit Sorge", "einen … Freund") ends that word's phrase: at most
  // three tokens on ("für … verantwortlich" reaches further).
  const tight = tokens[k].wordClass === "function";
  for (let w = 1; w < words.length; w++) {
    let found = -1;
    for (let j = at + 1; j < to && j <= at + 12; j++) {
      if (/^[,;:.]$/.test(tokens[j].text)) break;
      if (keysAt(j).includes(words[w])) {
        found = j;
        break;
      }
    }
    if (found < 0 || (tight && isCapitalized(tokens[found].text) && found - at > 3)) return null;
    at = found;
  }
  return at;
}

/**
 * A mention's stance target: countries and international organisations by name, a person in an organisation's office
 * by it ("Borrell" in 2023 is the EU), the rest by their country.
 */
export function targetOf(m: ActorMention): string | null {
  if (m.type === "country") return m.name;
  if (m.office) return m.office;
  if (m.type === "organisation" && !m.side) return m.name;
  return m.side ?? null;
}

/** Concept mentions: pattern matches in the text, mapped to the tokens they fall in. */
function findConcepts(text: string, tokens: Token[], span: Span, lex: StanceLexicon): TargetMention[] {
  if (span.to <= span.from) return [];
  const start = tokens[span.from].start;
  const slice = text.slice(start, tokens[span.to - 1].end);
  const out: TargetMention[] = [];
  const any = anyConceptPattern(lex);
  if (any !== null && !any.test(slice)) return out;
  for (const c of lex.concepts) {
    // What matchAll does, without the copy of the pattern it makes per call (a pattern without the g flag matches once).
    c.pattern.lastIndex = 0;
    for (let m = c.pattern.exec(slice); m !== null; m = c.pattern.exec(slice)) {
      if (m[0] === "") c.pattern.lastIndex = advanceIndex(slice, c.pattern.lastIndex, c.pattern.unicode || c.pattern.flags.includes("v"));
      const k = tokenAt(tokens, span, start + m.index);
      // The first part of a hyphenated compound names what the noun is about, no stance of its own:
      // "Terrorismus-Ermittlungen" takes no default ("Terrorismusbekämpfung" has its cue).
      const modifier = k !== null && /^\p{L}*-\p{Lu}/u.test(text.slice(start + m.index + m[0].length, tokens[k].end));
      if (k !== null) out.push({ target: c.name, from: k, to: k + 1, kind: "concept", fallback: modifier ? undefined : c.default });
      if (!c.pattern.global) break;
    }
  }
  return out;
}

/** Past an empty match: one character on, a whole surrogate pair in Unicode mode (as matchAll steps). */
function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  const d = text.charCodeAt(index + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

const anyConcept = new WeakMap<StanceLexicon, RegExp | null>();
/**
 * One pattern that matches wherever some concept's does: most statements name no concept, and
 * one scan says so (instead of one per concept). Null when the patterns cannot be joined:
 * different flags, or back-references, whose group numbers joining would shift.
 */
function anyConceptPattern(lex: StanceLexicon): RegExp | null {
  let joined = anyConcept.get(lex);
  if (joined === undefined) {
    const flags = (re: RegExp) => re.flags.replace(/[gyd]/g, "");
    const sources = lex.concepts.map((c) => c.pattern);
    const joinable = sources.length > 0 && sources.every((re) => flags(re) === flags(sources[0]) && !/\\(?:[1-9]|k<)/.test(re.source));
    try {
      joined = joinable ? new RegExp(sources.map((re) => `(?:${re.source})`).join("|"), flags(sources[0])) : null;
    } catch {
      joined = null; // e.g. a group name used in two patterns
    }
    anyConcept.set(lex, joined);
  }
  return joined;
}

function tokenAt(tokens: Token[], span: Span, offset: number): number | null {
  for (let k = span.from; k < span.to; k++) if (tokens[k].start <= offset && offset < tokens[k].end) return k;
  return null;
}

/** "beide Seiten", "bilateralen", "gegenseitig": places where the statement speaks of both sides (`named`: only "beide …"). */
function findBilateral(span: Span, lex: StanceLexicon, keysAt: SpanKeys, named = false): number[] {
  const out: number[] = [];
  for (let k = span.from; k < span.to; k++) {
    for (const words of lex.bilateral) {
      if (named && (words.length !== 2 || words[0] !== "beide")) continue;
      if (bilateralAt(words, k, span, keysAt)) {
        out.push(k);
        break;
      }
    }
  }
  return out;
}

/** The words stand at k, each as one of its keys (the last may begin one: "bilateral" in "bilateralen"). Loops, not closures: this runs per token. */
function bilateralAt(words: string[], k: number, span: Span, keysAt: SpanKeys): boolean {
  for (let i = 0; i < words.length; i++) {
    if (k + i >= span.to) return false;
    const w = words[i];
    const last = i === words.length - 1;
    let found = false;
    for (const key of keysAt(k + i)) if (key === w || (last && key.startsWith(w))) found = true;
    if (!found) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Stance of one statement

export interface StanceContext {
  text: string;
  layer: TextLayer;
  mentions: readonly ActorMention[];
  /** The article's two leading countries, when it has them (the "bilateral" pair). */
  pair: readonly string[];
}

/**
 * The two countries an article is about: the most mentioned, counting persons and institutions for their country.
 * With the text layer, places do not count: "in Kasachstan", the dateline "Astana, 4. Juli" (a summit's host is not a side).
 */
export function articlePair(mentions: readonly ActorMention[], layer?: TextLayer): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (layer && m.type === "country" && isPlaceMention(layer, m)) continue;
    const t = m.type === "country" ? m.name : m.side ?? null;
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([t]) => t);
}

/**
 * Two sides joined by "und" closest before the sentence of token `at`, in the three sentences before it: "Aserbaidschans
 * Präsident Ilham Alijew und Armeniens Regierungschef Nikol Paschinjan unterzeichneten …". Not the last two of a longer
 * list ("zwischen Georgien, dem benachbarten Iran und Aserbaidschan"), not a pair with a side in `own` (the speaker's),
 * not a pair in the sentence itself (its subject, "Deutschland und Frankreich wollen beiden Ländern helfen", or whom the
 * speaker met, "Borrell, der mit Scholz und Macron sprach, lobte beide Länder"). Mentions in any order.
 */
function pairNamedBefore(ctx: StanceContext, at: number, own: ReadonlySet<string>, withOwn = false): string[] | null {
  const { tokens, sentences } = ctx.layer;
  const here = tokens[at].sentence;
  if (here === 0) return null;
  const [from, to] = [sentences[Math.max(0, here - 3)].start, sentences[here].start];
  const sideOf = (m: ActorMention) => (m.type === "country" && isPlaceMention(ctx.layer, m) ? null : targetOf(m));
  const named = ctx.mentions.filter((m) => m.start >= from && m.end <= to && sideOf(m) !== null).sort((a, b) => a.start - b.start);
  let found: string[] | null = null;
  for (let i = 1; i < named.length; i++) {
    const [a, b] = [sideOf(named[i - 1])!, sideOf(named[i])!];
    const joined = /^\s+(?:und|sowie)\s+(?:(?:der|die|das|dem|den|des)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.text.slice(named[i - 1].end, named[i].start));
    const listed = i >= 2 && /^\s*,\s*(?:(?:der|die|das|dem|den|des)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(ctx.text.slice(named[i - 2].end, named[i - 1].start));
    // (With `withOwn`, a pair of the speaker's side and one other: "Die Europäische Union und China nehmen … einen neuen Anlauf.")
    if (joined && !listed && a !== b && (withOwn ? own.has(a) !== own.has(b) : !own.has(a) && !own.has(b))) found = [a, b];
  }
  return found;
}

/**
 * Targets of one statement and the speaker's polarity toward each. Cues of the
 * "nearest"/"left"/"right" scopes attach to the nearest target on their side within
 * `window` tokens of the same clause; cooperation cues to the partner side and the
 * targets near them; support without a target in reach goes to the partner side.
 */
export function statementStance(st: Statement, ctx: StanceContext, options: { lexicon?: StanceLexicon; window?: number } = {}): StanceTarget[] {
  const lex = options.lexicon ?? defaultStanceLexicon();
  const window = options.window ?? 10;
  const { tokens } = ctx.layer;
  // (A quotation's own marks are no part of its clauses: "„Die Handlungen der USA verletzen …“" opens with its subject.)
  const quoted = tokenRange(tokens, st.clean_start, st.clean_end);
  let [from, to] = [quoted.from, quoted.to];
  while (from < to && QUOTE_MARK.test(tokens[from].text)) from++;
  while (to > from && QUOTE_MARK.test(tokens[to - 1].text)) to--;
  const span = { from, to };
  if (span.to <= span.from) return [];
  const inSpeaker = (k: number) => st.speaker_clean_start !== null && st.speaker_clean_end !== null && tokens[k].start >= st.speaker_clean_start && tokens[k].end <= st.speaker_clean_end && st.speaker_clean_start >= st.clean_start;

  // Own side: the speaker's country, and every country named in a group speaker ("chinesische und russische Beamte").
  const own = new Set<string>();
  if (st.speaker_side) own.add(st.speaker_side);
  if (st.speaker && ctx.mentions.some((m) => m.name === st.speaker && targetOf(m) === st.speaker)) own.add(st.speaker);
  if (st.speaker_clean_start !== null && st.speaker_clean_end !== null) {
    // By their demonyms: "der Botschafter in Moskau" is no Russian.
    for (const m of ctx.mentions) if (m.start >= st.speaker_clean_start && m.end <= st.speaker_clean_end && m.type === "country" && m.via === "demonym") own.add(m.name);
  }
  const partner = own.size === 1 && ctx.pair.length === 2 && own.has(ctx.pair[0]) ? ctx.pair[1] : own.size === 1 && ctx.pair.length === 2 && own.has(ctx.pair[1]) ? ctx.pair[0] : null;
  // The organisation a speaker heads is theirs too ("Die Nato will die Türkei unterstützen", said by its
  // Secretary General), though not the side whose partner the article is about.
  for (const body of ctx.mentions.find((m) => m.name === st.speaker && m.type === "person")?.bodies ?? []) own.add(body);
  // So is the organisation the speaker's title is of: "EU-Sonderbeauftragter Miroslav Lajčák", "ein
  // Sprecher der Nato" (not one the speaker is sent to or against: "Chinas EU-Botschafter", "der Botschafter bei der Nato",
  // "die Chinesische Handelskammer bei der EU", "ein Nato-Gegner", "ein Kritiker der Nato", "der EU-Skeptiker").
  if (st.speaker_clean_start !== null && st.speaker_clean_end !== null) {
    // (A country right before names whose envoy it is: "Chinas EU-Botschafter", "der russische Nato-Botschafter".)
    const ofCountry = (m: ActorMention) => ctx.mentions.some((c) => c.type === "country" && c.end <= m.start && m.start - c.end <= 2);
    // The title it qualifies: the compound's head after it ("EU-Sonderbeauftragter"), or the noun its genitive follows ("Sprecher der Nato").
    const titleOf = (m: ActorMention) => (ctx.text[m.end] === "-" ? /^-([\p{L}-]+)/u.exec(ctx.text.slice(m.end))?.[1] : /(\p{Lu}\p{Ll}+)\s+(?:der|des)\s+$/u.exec(ctx.text.slice(Math.max(0, m.start - 30), m.start))?.[1]);
    for (const m of ctx.mentions) {
      if (m.start < st.speaker_clean_start || m.end > st.speaker_clean_end || m.type !== "organisation" || targetOf(m) !== m.name) continue;
      const title = titleOf(m);
      if (title && !NOT_OF_BODY.test(title) && !(ENVOY_TO_BODY.test(title) && ofCountry(m))) own.add(m.name);
    }
  }

  // Targets in the statement (the speaker's own phrase excluded).
  const targets: TargetMention[] = [];
  for (const m of ctx.mentions) {
    if (m.start < tokens[span.from].start || m.end > tokens[span.to - 1].end) continue;
    const target = targetOf(m);
    const k = tokenAt(tokens, span, m.start);
    if (!target || k === null || inSpeaker(k)) continue;
    const end = tokenAt(tokens, span, m.end - 1) ?? k;
    const mention: TargetMention = { target, from: k, to: end + 1, kind: "actor" };
    // Not a compound's first part: "in der Taiwan-Frage" is an issue, not a place.
    if (m.end >= tokens[end].end && isPlacePhrase(tokens, k, span)) mention.place = true;
    // A capital that names an agreement or a meeting held there: "die Vereinbarung von Madrid", "der Gipfel von Vilnius".
    if (m.via === "metonym" && tokens[k - 1]?.norm === "von" && NAMED_AFTER_PLACE.test(tokens[k - 2]?.lemma.toLowerCase() ?? "")) mention.place = true;
    // (Where, not whereto: "Vertrauen in die Afghanen", "Investitionen in die Ukraine" go to the side.)
    if (mention.place && m.type === "country" && !/^(?:die|den|das)$/.test(tokens[k - 1]?.norm ?? "")) mention.countryPlace = true;
    // "die Ein-China-Politik", "am Ein-China-Prinzip festhalten": the side's own claim, not a mere modifier.
    const modified = /^ein-/i.test(tokens[k].text) ? null : modifiedHead(tokens, k, m, span);
    if (modified !== null && !sideHead(modified, lex)) {
      mention.modifier = true;
      if (headIn(modified, lex.relationNouns)) mention.party = true;
    }
    // So is a side a relation is with: "die Beziehungen zwischen Moskau und Peking", "das Verhältnis zu China".
    if (modified === null && relationWith(tokens, k, span, lex)) mention.party = true;
    if (modified !== null && ISSUE_NOUN.test(modified)) mention.issue = true;
    if (m.via === "demonym" && isCapitalized(tokens[k].text) && countedPersons(tokens, k, span)) mention.individual = true;
    if (m.via === "demonym" && isCapitalized(tokens[k].text)) mention.people = true;
    if (agentOfAttribute(tokens, mention, span)) mention.describing = true;
    // "im Streit um Taiwan", "im Konflikt über die Ukraine": what a dispute is about is an issue.
    // (Also after an article: "die Hängepartie um die Ukraine"; not a group led by a side: "die Staaten um die USA".)
    const about = ARTICLE.test(tokens[k - 1]?.norm ?? "") ? k - 2 : k - 1;
    if (/^(?:um|über)$/.test(tokens[about]?.norm ?? "") && MATTER_NOUN.test(tokens[about - 1]?.lemma.toLowerCase() ?? "")) mention.issue = mention.about = true;
    targets.push(mention);
  }
  // Talks between two sides that a third backs or calls for are the talks', no side's: "Brasilien sei bereit, Gespräche
  // zwischen Caracas und Georgetown zu unterstützen" (a side's own talks with the other are theirs: "den Dialog zwischen
  // China und Russland stärken", said by Wang Yi).
  for (const group of talksBetween(tokens, span, targets)) if (!group.some((t) => own.has(t.target))) for (const t of group) t.talks = true;
  const kinds = kindTargets(ctx, span, targets, inSpeaker);
  targets.push(...kinds);
  targets.push(...findConcepts(ctx.text, tokens, span, lex));
  const keysAt = spanKeys(tokens, span);
  // "Beide Seiten", "einander" mean the speaker's side and the article's partner, or the one other side the statement
  // names ("China und Russland hätten sich verpflichtet, einander …" in an article about China and the USA).
  const othersNamed = new Set(targets.filter((t) => t.kind === "actor" && !own.has(t.target) && !t.place && !t.modifier).map((t) => t.target));
  // (Or the other of the speaker's side and a side named together just before: "Die EU und China nehmen einen neuen Anlauf.
  // Beide Seiten hätten vereinbart, …", said by China's ministry in an article that names the USA more.)
  const ownPair = othersNamed.size === 0 && own.size === 1 ? pairNamedBefore(ctx, span.from, own, true) : null;
  const counterpart = othersNamed.size === 1 && partner !== null && !othersNamed.has(partner) ? [...othersNamed][0] : ownPair ? ownPair.find((t) => !own.has(t))! : partner;
  if (counterpart) for (const k of findBilateral(span, lex, keysAt)) targets.push({ target: counterpart, from: k, to: k + 1, kind: "bilateral" });
  // A speaker of neither side means the pair by "beide Länder": "warf beiden Ländern vor, …".
  // Not when both sides speak ("Die beiden Staatschefs verurteilten …").
  // (Only a span with a form of "beide" is searched: the lexicon's scan costs more than this loop.)
  let beide = false;
  for (let k = span.from; k < span.to && !beide; k++) beide = tokens[k].norm.startsWith("beid");
  const bothAt = beide ? findBilateral(span, lex, keysAt, true) : [];
  // (Those two named together just before are meant first: "Alijew und Armeniens Regierungschef Paschinjan haben …
  // Die USA würden mit beiden Ländern Abkommen schließen".)
  const together = bothAt.length > 0 ? pairNamedBefore(ctx, bothAt[0], own) ?? ctx.pair : ctx.pair;
  const thirdParty = together.length === 2 && !own.has(together[0]) && !own.has(together[1]) && !/\bbeide/i.test(`${st.speaker ?? ""} ${st.speaker_surface ?? ""}`);
  // (Not the pair a demand calls on together: "rief beide Seiten auf, die Anlage nicht anzugreifen" is even-handed; but
  // "forderte Sanktionen gegen beide Länder" is none.)
  const calledOn = (k: number) => k - 1 >= span.from && isDemandVerb(tokens, k - 1);
  const both = thirdParty ? bothAt.filter((k) => !calledOn(k)) : [];
  if (!both.some(inSpeaker)) for (const k of both) for (const side of together) targets.push({ target: side, from: k, to: k + 2, kind: "actor" });
  // Tokens that are wholly a name ("Shanghaier Kooperationsorganisation"); "US-Eindämmungspolitik" is not.
  const actorTokens = new Set<number>();
  for (const m of ctx.mentions) {
    // Tokens are in text order: a mention ending before the span's first token ends, or starting after its last starts, covers none.
    if (m.end < tokens[span.from].end || m.start > tokens[span.to - 1].start) continue;
    for (let k = span.from; k < span.to; k++) if (tokens[k].start >= m.start && tokens[k].end <= m.end) actorTokens.add(k);
  }

  // Cues (not inside names: "Shanghaier Kooperationsorganisation"; not in the speaker's phrase). What the speaker
  // denies is no stance of theirs: "wies Berichte zurück, wonach Moskau und Peking eine gemeinsame Strategie ausarbeiteten".
  const denied = deniedFrom(st, tokens, span, lex);
  // (Nor a kind that names a side: "des Bündnisses" for the Nato is no word of alliance.)
  const cues = findCues(tokens, span, lex, (k) => k >= denied || inSpeaker(k) || kinds.some((t) => t.from === k) || (actorTokens.has(k) && !targets.some((t) => t.kind === "concept" && t.from === k)), keysAt, DEMAND_CUE.test(st.cue)).filter((c) => !foughtThing(tokens, c));
  const votes = new Map<string, { score: number; cues: string[] }>();
  // (Where each side's support came from, the earliest cue: what a side is told to do is no praise of it, see `told`.)
  let cueAt = -1;
  const supportFrom = new Map<string, number>();
  const vote = (target: string, polarity: "support" | "oppose", cue: string) => {
    if (own.has(target)) return;
    const v = votes.get(target) ?? { score: 0, cues: [] };
    v.score += polarity === "support" ? 1 : -1;
    if (!v.cues.includes(cue)) v.cues.push(cue);
    votes.set(target, v);
    if (polarity === "support" && (supportFrom.get(target) ?? Infinity) > cueAt) supportFrom.set(target, cueAt);
  };
  const foreign = targets.filter((t) => !own.has(t.target));
  // The partner side is meant when the statement names it or both sides, or names no other side.
  // (Not as the agent of what describes another: "die von Russland angegriffene Ukraine".)
  const partnerNamed = targets.some((t) => (t.target === partner && !t.describing) || (t.kind === "bilateral" && t.target === partner));
  // (Not where a name the registry does not know is joined to the speaker's side: "China und Europa seien Partner".)
  const otherNamedWithOwn = targets.some((t) => own.has(t.target) && ((/^(?:und|sowie)$/.test(tokens[t.to]?.norm ?? "") && unknownName(tokens[t.to + 1], targets)) || (/^(?:und|sowie)$/.test(tokens[t.from - 1]?.norm ?? "") && unknownName(tokens[t.from - 2], targets))));
  const partnerInPlay = partner !== null && (partnerNamed || (!foreign.some((t) => t.kind === "actor") && !otherNamedWithOwn));
  // With no side named, the partner is meant by a noun of the tie itself ("die strategische Partnerschaft weiter
  // konsolidieren"), a verb of the tie ("man werde eng kooperieren") or a relation in the clause ("die Beziehungen weiter
  // vertiefen"); praise, help, thanks, an agreement or holding to a principle may be for anyone, the adversary an article
  // is about too ("lobte den Schritt als historisch", "dankte für die Unterstützung", "Das Kooperationsabkommen werde die
  // Verteidigung stärken", said by Kyiv in an article about Russia and Ukraine; "Partner des Kosovo").
  // (An alliance of one's own is a body, no tie with the partner: "Wahlhelfer ihres Bündnisses".)
  const ownAlliance = (hit: CueHit) => /bündnis$/.test(tokens[hit.at].lemma.toLowerCase()) && POSSESSIVE.test(tokens[hit.at - 1]?.norm ?? "");
  // Praise of talks held with the partner (talk-nouns.txt), in a statement that opposes nothing: "nannte die Unterredung sehr
  // konstruktiv" (not "die Gespräche seien gut, aber er sei enttäuscht von Putin").
  // (Nor with a "but": "die Gespräche seien gut, aber er sei sehr enttäuscht".)
  const praiseOfTalksOpen = partner !== null && !cues.some((c) => c.polarity === "oppose") && !tokens.slice(span.from, span.to).some((t) => /^(?:aber|jedoch|allerdings|doch)$/.test(t.norm));
  const talkPraised = (hit: CueHit) => praiseOfTalksOpen && partner !== null && PRAISING.has(hit.cue.class) && talkInClause(tokens, span, clauseOf, hit.at, lex, targets, partner);
  const partnerMeant = (hit: CueHit) =>
    partnerInPlay && (partnerNamed || (!ownAlliance(hit) && ((hit.cue.class === "cooperation" && (isRelationNoun(tokens[hit.at], lex) || (tokens[hit.at].wordClass === "verb" && !HELPING.has(tokens[hit.at].lemma.toLowerCase()) && ownSubject(hit)))) || relationInClause(tokens, span, clauseOf, hit.at, lex) || talkPraised(hit))));
  // (A verb of the tie is the speaker's side's when "man", "wir", "beide" or that side is its subject, not "die Rettungskräfte kooperierten".)
  const ownSubject = (hit: CueHit) => {
    const open = clauseOpening(tokens, span, hit.at);
    return tokens.slice(open, hit.at).some((t) => /^(?:man|wir|beide|beiden)$/.test(t.norm)) || targets.some((t) => own.has(t.target) && t.from >= open && t.to <= hit.at);
  };
  // A speaker set off by commas between a verb and its object ("kritisierte die Sprecherin, Mao Ning, die Entscheidung
  // Washingtons") splits no clause and counts as one word.
  const speakerTokens = speakerInside(tokens, span, inSpeaker);
  const clauseOf = clauseIndex(tokens, span, speakerTokens);
  // Verbs that carry an act further, in a clause of demand ("man müsse die Sanktionen gegen Russland verschärfen").
  // So is the speaker's own side's intention: "Die Union werde den Druck auf Moskau erhöhen", said by the EU's Kallas.
  // (A declared intention is the speaker's own, in its main clause: "Moskau will seine Strafmaßnahmen gegen die EU aufrechterhalten".)
  // (So is what the speaker announces or decides to do: "kündigte an, die Sanktionen gegen Teheran auszuweiten".)
  const verbOf = (verbs: Set<string>, t: Token) => verbs.has(t.lemma.toLowerCase()) || verbs.has(joinedLemma(tokens, t, span.to));
  const announcing = (t: Token) => verbOf(ANNOUNCING, t);
  // (Or an act it names as its object: "Der Minister kündigte neue Sanktionen für Iran an".)
  const announced = (at: number) => st.kind === "reported" && (isZuInfinitiveAt(tokens, at) || clauseOf[at - span.from] === clauseOf[0]) && tokens.slice(span.from, at).some((t) => ((t.index > 0 && inSpeaker(t.index - 1)) || inSpeaker(t.index + 1)) && announcing(t));
  const declared = (at: number) => st.kind === "reported" && (INTENTION.test(st.cue.toLowerCase()) ? clauseOf[at - span.from] === clauseOf[0] : announced(at)) && !negatedBefore(tokens, span, at, lex);
  const wanted = (at: number) => declared(at) || demandedIn(tokens, span, clauseOf, at) || intendedByOwn(tokens, span, clauseOf, at, targets, own);
  // (Not negated, "habe keine Sanktionen verhängt"; its act its object, no other verb between: "…, habe die Sanktionen
  // aufgehoben und führe Gespräche".)
  const doneByOwn = (at: number) => intendedByOwn(tokens, span, clauseOf, at, targets, own, true) && !negatedBefore(tokens, span, at, lex) && !tokens.slice(Math.max(clauseOpening(tokens, span, at), at - 7), at).some((t) => t.wordClass === "verb" && !AUX_FORMS.has(t.norm));
  const pushers: CueHit[] = [...cues.filter((c) => tokens[c.at].wordClass === "verb" && c.cue.class === "strengthening" && wanted(c.at)), ...endorsingPushers(tokens, span, cues, lex)];
  // An act the speaker announces is theirs to carry out: "Die EU kündigte Sanktionen gegen Russland an".
  // (Not one announced not to come: "kündigten keine Sanktionen an"; one not ruled out is threatened: "Weitere Sanktionen
  // schloss er nicht aus".)
  const negatedInClause = (k: number) => {
    for (let j = clauseOpening(tokens, span, k); j < span.to && !(j > k && /^[,;:.]$/.test(tokens[j].text)); j++) if (lex.negators.has(tokens[j].norm)) return true;
    return false;
  };
  // (Ruled out with "nicht", not "keine", which negates the act: "schließt keine Sanktionen aus".)
  const notRuledOut = (k: number) => {
    const clause = tokens.slice(clauseOpening(tokens, span, k), span.to);
    return clause.some((t) => /^(?:nicht|nie)$/.test(t.norm)) && !clause.some((t) => /^kein/.test(t.norm));
  };
  if (st.kind === "reported") for (let k = span.from; k < span.to; k++) if (tokens[k].wordClass === "verb" && ((k > 0 && inSpeaker(k - 1)) || inSpeaker(k + 1)) && (announcing(tokens[k]) ? !negatedInClause(k) : verbOf(RULING_OUT, tokens[k]) && notRuledOut(k))) pushers.push(actVerbHit(tokens, k));
  // A verb of the clause of k that takes an act up (an act verb or TAKING_UP), no verb that averts it before it, and not
  // negated right before the phrase or the verb: "keine weiteren Sanktionen", "nicht über weitere Sanktionen beraten".
  const takenUp = (k: number) => {
    const inClause = (j: number) => clauseOf[j - span.from] === clauseOf[k - span.from];
    const negatedAt = (j: number) => [1, 2].some((d) => j - d >= span.from && lex.negators.has(tokens[j - d].norm) && tokens[j - d + 1]?.norm !== "nur");
    if (negatedAt(k)) return false;
    for (let j = clauseOpening(tokens, span, k); j < span.to && inClause(j); j++) {
      const lemma = tokens[j].lemma.toLowerCase();
      if (j !== k && tokens[j].wordClass === "verb" && (TAKING_UP.has(lemma) || lex.actVerbs?.has(lemma))) return !negatedAt(j) && !tokens.slice(clauseOpening(tokens, span, k), j).some((t) => t.wordClass === "verb" && AVERTING.has(t.lemma.toLowerCase()));
    }
    return false;
  };
  // A clause of an infinitive a verb of demand asks for: "forderte die Partner auf, mit zusätzlichem Druck auf Moskau zu reagieren".
  const demandedInfinitive = (at: number) => tokens.slice(at, span.to).some((t, i) => clauseOf[at + i - span.from] === clauseOf[at - span.from] && isZuInfinitiveAt(tokens, at + i)) && demandedBefore(tokens, span, at);
  for (let k = span.from; k < span.to; k++) {
    // An act the speaker's own side carries out is theirs too: "Die EU verhängte Sanktionen gegen Belarus", said by the Commission.
    if (tokens[k].wordClass === "verb" && !pushers.some((p) => p.at === k) && lex.actVerbs?.has(tokens[k].lemma.toLowerCase()) && (wanted(k) || doneByOwn(k))) pushers.push(actVerbHit(tokens, k));
    // More of an act, wanted, carries it further: "Tokio werde über weitere Sanktionen gegen Pjöngjang beraten", "mit zusätzlichem Druck zu reagieren".
    // (Only with a verb that takes it up, not one that averts it, and not negated: "weitere Angriffe verhindern", "nicht über weitere Sanktionen beraten".)
    if (MORE_OF.test(tokens[k].norm) && cues.some((c) => c.from === k + 1 && HOSTILE_CLASSES.has(c.cue.class)) && (wanted(k) || demandedInfinitive(k)) && takenUp(k)) pushers.push(actVerbHit(tokens, k));
  }
  // Clauses that report a tie between two other sides ("China unterstütze Russland", "die Nato arbeite eng mit
  // der Ukraine zusammen"): the tie and its praise are theirs, not the speaker's.
  // Only for a speaker whose side is known, by the registry or by a side named with them ("die EU-Außenbeauftragte"):
  // "Deutschland unterstütze die Ukraine", said by a spokesman of unknown side, may be his own government's.
  const sideKnown = own.size > 0 || (st.speaker_clean_start !== null && ctx.mentions.some((m) => m.start >= st.speaker_clean_start! && m.end <= st.speaker_clean_end! && m.type !== "person"));
  const thirdPartyClauses = new Set(sideKnown ? cues.filter((c) => thirdPartyTie(tokens, span, clauseOf, c, targets, own)).map((c) => clauseOf[c.at - span.from]) : []);
  const hostileAt = new Set(cues.filter((c) => HOSTILE_CLASSES.has(c.cue.class)).map((c) => c.at));
  const hostileList = [...hostileAt];
  // Who a hostile act is against ("Sanktionen des Westens gegen China"): rejecting the act is not rejecting them.
  // So is whose affairs it meddles in: "Einmischung in die inneren Angelegenheiten Chinas".
  // ("an" too: "Völkermord an den Armeniern".)
  // (So is a containment's genitive: "lehne die Eindämmung Russlands ab", "jede Verletzung der Souveränität Irans".)
  const containedAt = new Set(cues.filter((c) => c.cue.class === "containment" && isCapitalized(tokens[c.at].text)).map((c) => c.at));
  // (Past another noun joined to it: "der Souveränität und Sicherheit Irans".)
  const contained = (t: TargetMention) =>
    /s$/.test(tokens[t.to - 1].text) && [1, 2, 3].some((d) => containedAt.has(t.from - d) && tokens.slice(t.from - d + 1, t.from).every((x) => /^(?:des|der|und|sowie)$/.test(x.norm) || (x.wordClass === "noun" && isCapitalized(x.text))));
  // (So is the land an invasion's genitive names: "die Invasion der Ukraine".)
  const victims = new Set(targets.filter((t) => [1, 2].some((d) => /^(gegen|auf|an)$/.test(tokens[t.from - d]?.norm ?? "") && [1, 2, 3].some((e) => hostileAt.has(t.from - d - e))) || affairsOf(tokens, t.from, hostileAt) || contained(t) || invaded(tokens, t)));

  // What an accusation says the accused did is not the speaker's stance: "Die USA werfen China
  // vor, Russland zu unterstützen" is no support of Russia by the USA.
  const accusedFrom = cues.filter((c) => c.cue.class === "accusation").map((c) => nextComma(tokens, c.at, span.to));
  // Verbs that oppose what their object names: a support cue inside that object is opposed with it
  // ("warnte vor einer zu engen Partnerschaft zwischen Peking und Moskau", "lehnte die Zusammenarbeit ab").
  // A fight against a named thing is against that thing: "bei der Bekämpfung der COVID-19-Pandemie" opposes no side.
  const againstThing = (c: CueHit) => c.cue.class === "countering" && isCapitalized(tokens[c.at].text) && /^(?:der|des)$/.test(tokens[c.at + 1]?.norm ?? "") && !targets.some((t) => t.from >= c.at + 1 && t.from <= c.at + 3);
  // (A call to restraint opposes no act named with it: "riefen nach dem Angriff auf Israel zur Deeskalation auf".)
  // (Nor the "gegen" of what a verb of protecting protects from: "Litauen gegen jede Bedrohung … verteidigen" turns no protection around.)
  const shieldOf = (c: CueHit) => (c.cue.words[0] === "gegen" || protectedFrom(tokens, span, c.from) >= 0) && cues.some((p) => p.at > c.at && p.at - c.at <= 8 && PROTECTING.has(p.cue.words[0]) && clauseOf[p.at - span.from] === clauseOf[c.at - span.from]);
  const opposingVerbs = cues.filter((c) => c.polarity === "oppose" && OPPOSING_CLASSES.has(c.cue.class) && !againstThing(c) && !shieldOf(c) && !(c.cue.words.length > 1 && EVEN_HANDED_APPEALS.test(c.cue.words[c.cue.words.length - 1])));
  // "China unterstütze Russlands Kriegswirtschaft, kritisierte er": what the condemned does is not the speaker's stance.
  const condemned = condemnedSubject(st, tokens, span, foreign, lex);
  // A verb's object that is neither a side nor a relation between sides is what it supports or strengthens
  // ("unterstütze eine sofortige Waffenruhe", "Friedensgespräche zu fördern"), not the partner, unless the
  // statement names the partner ("dass Russland in der Lage sei, … die Stabilität aufrechtzuerhalten").
  const otherObject = (hit: CueHit) => {
    // With everyone, not with the partner in particular: "offen für die Zusammenarbeit mit allen Staaten".
    if (tokens[hit.at + 1]?.norm === "mit" && /^(?:allen|jedem|jeder|sämtlichen)$/.test(tokens[hit.at + 2]?.norm ?? "")) return true;
    if (partnerNamed) return false;
    let k = verbObject(tokens, span, hit);
    // An adverb cue is about the object of the verb it qualifies: "die Katastrophe gemeinsam beenden".
    const verb = hit.at + 1;
    if (k < 0 && hit.from === hit.at && !isCapitalized(tokens[hit.at].text) && tokens[hit.at].wordClass !== "verb" && tokens[verb]?.wordClass === "verb") k = verbObject(tokens, span, { ...hit, from: verb, at: verb });
    // A side's own noun ("diese Position", "den Vorschlag") names the side it belongs to, most often the partner.
    return k >= 0 && !actorTokens.has(k) && !headIn(tokens[k].lemma.toLowerCase(), lex.relationNouns) && !(talkPraised(hit) && partner !== null && isTalkHeld(tokens, k, lex, targets, partner)) && !sideHead(tokens[k].lemma.toLowerCase(), lex) && !cues.some((c) => c.at === k && c.cue.class === "cooperation") && !targets.some((t) => t.from <= k && k < t.to);
  };
  // Verbs that cut back a support named before them ("die Hilfen … einzustellen"): the cut is read with that support, not again on its own.
  const cutters = new Set<number>();
  // Hostile acts the speaker gives support to: carried further, as pushed ones are.
  const backedBySpeaker = new Set<number>();
  // Relative clauses of a tie condemned as the subject of a misdeed (see below).
  const condemnedRelative: Array<[number, number]> = [];
  for (const found of cues) {
    cueAt = found.at;
    if (cutters.has(found.at)) continue;
    // (So is the support an opposed infinitive does: "hat China davor gewarnt, Russland Waffen zu liefern".)
    // Support cut back is its opposite, and warning against the cut turns it back: "warnte davor, die Unterstützung
    // für die Ukraine zurückzufahren".
    // (An end named before it only where nothing judges or regrets it: "bedauerte die Einstellung der Hilfe", "… sei ein Fehler".)
    const endDeclared = () => endedBefore(tokens, span, found) && !cues.some((c) => c !== found && c.polarity === "oppose" && !HOSTILE_CLASSES.has(c.cue.class));
    const cutBack = found.polarity === "support" && found.cue.class === "cooperation" && isCapitalized(cueNoun(tokens, found).text) && (reducedAfter(tokens, span, clauseOf, found, lex) || endDeclared());
    // (A verb that cuts it back is no second opposition: "forderte, die Hilfen für die Ukraine einzustellen" cuts once.)
    // (Not one the support's `unless` lists, which drops the support and leaves the verb to speak: "die Zusammenarbeit … beenden".)
    const cuts = (o: CueHit) => o.at > found.at && clauseOf[o.at - span.from] === clauseOf[found.at - span.from] && o.cue.words.some((w) => lex.reducingWords?.has(w) && !found.cue.unless?.has(w));
    const opposers = cutBack ? opposingVerbs.filter((o) => !cuts(o)) : opposingVerbs;
    if (cutBack) for (const o of opposingVerbs) if (cuts(o)) cutters.add(o.at);
    const opposedObject = found.polarity === "support" && (inOpposedObject(tokens, span, clauseOf, found, opposers, lex) || (found.cue.class === "cooperation" && inRejectedInfinitive(tokens, found, opposers)));
    const hit = opposedObject !== cutBack ? { ...found, polarity: "oppose" as const } : found;
    const { cue } = hit;
    // A war or a hostile act named there is the speaker's word for it: "warf China vor, sich nicht von der russischen Aggression zu distanzieren".
    if (accusedFrom.some((comma) => comma < hit.from) && !HOSTILE_CLASSES.has(cue.class)) continue;
    if (condemned && hit.polarity === "support" && hit.from > condemned.from) continue;
    // A tie in the subject of a misdeed is what is condemned: "die enge Partnerschaft zwischen Moskau und Peking stelle die Nato vor Herausforderungen".
    // (Past a relative clause of its own: "Jede Zusammenarbeit, die Nordkorea beim Ausbau … helfe, verstoße gegen Resolutionen".)
    const afterRelative = relativeClauseEnd(tokens, span, hit.at);
    const subjectFrom = afterRelative ?? hit.at;
    if (hit.polarity === "support" && tokens[hit.at].wordClass !== "verb" && cues.some((c) => c.polarity === "oppose" && c.cue.scope === "subject" && c.from > subjectFrom && clauseOf[c.at - span.from] === clauseOf[subjectFrom - span.from] && !tokens.slice(subjectFrom + 1, c.from).some(isFiniteVerb))) {
      // (And what its relative clause says of it goes with it: "…, die Nordkorea beim Ausbau seiner Fähigkeiten helfe, …".)
      if (afterRelative !== null) condemnedRelative.push([hit.at, afterRelative]);
      continue;
    }
    if (hit.polarity === "support" && condemnedRelative.some(([from, to]) => hit.at > from && hit.at < to)) continue;
    // So is one a relative clause of misdeed speaks of: "jede Zusammenarbeit zwischen Moskau und Pjöngjang, die gegen
    // Resolutionen verstoße" (its sides are opposed below, as that clause's doers).
    if (hit.polarity === "support" && tokens[hit.at].wordClass !== "verb" && cues.some((c) => c.polarity === "oppose" && c.cue.scope === "subject" && c.from > hit.at && subjectRelative(tokens, span, c.at) && antecedentOf(tokens, span, c.at)?.from === clauseOpening(tokens, span, hit.at) && clauseOpening(tokens, span, c.at) - hit.at <= 8)) continue;
    // A good undermined is no praise of the one who undermines it: "dass Serbien … die Stabilität der Region untergrabe".
    if (hit.polarity === "support" && cue.class === "positive" && isCapitalized(tokens[hit.at].text) && cues.some((c) => c.cue.class === "containment" && tokens[c.at].wordClass === "verb" && clauseOf[c.at - span.from] === clauseOf[hit.at - span.from] && Math.abs(c.at - hit.at) <= 6)) continue;
    if (cue.unless && clauseHas(tokens, span, clauseOf, hit.at, cue.unless, keysAt)) continue;
    // A suspension opposes only a tie or aid suspended: "die Zusammenarbeit mit Niger auszusetzen", not "den Familiennachzug für Syrer".
    if (cue.words[0] === "aussetzen" && !tokens.slice(clauseOpening(tokens, span, hit.from), hit.from).some((t) => SUSPENDED.test(t.lemma.toLowerCase()))) continue;
    // Responsibility borne is blame only for something bad ("für das Scheitern", "dafür, dass die Verhandlungen zu scheitern
    // drohten") or borne alone or in full ("Die Verantwortung dafür trägt allein die finnische Führung", "trügen die volle
    // Verantwortung für den Vorfall").
    if (/verantwortung$/.test(cue.words.find((w) => w !== "tragen" && w !== "liegen") ?? "") && !badBetween(tokens, hit.from, Math.min(span.to, hit.at + 12), true) && !(tokens.slice(clauseOpening(tokens, span, hit.from), Math.min(span.to, hit.at + 3)).some((t) => /^(?:allein(?:ig\w*)?|voll(?:e|en)?|gesamt(?:e|en))$/.test(t.norm)) && !dutyNamed(tokens, span, hit, lex.dutyNouns ?? []))) continue;
    // A deed blames a state's forces, not criminals of its people ("somalische Piraten hätten ein Schiff gekapert"), and a
    // deed denied blames no one ("seien nicht in das Gebiet eingedrungen").
    if (lex.deedVerbs?.has(cue.words[0]) && (tokens.slice(clauseOpening(tokens, span, hit.at), hit.at).some((t) => /^(?:nicht|nie|niemals)$/.test(t.norm)) || !stateDoer(tokens, span, hit, targets, lex.forceNouns ?? []))) continue;
    if (cue.class === "cooperation" && namesAlliance(tokens, span, hit, targets)) continue;
    // "die Partner", "den Partnern", "unsere Partner": the allies as a group, no tie with a side ("forderte die Partner auf,
    // die Sanktionen gegen Moskau zu verschärfen").
    // (Not partners done with, "gemeinsam mit den Partnern", nor ones named by their body, "seine Partner in der SOZ".)
    if (cue.words.length === 1 && cue.words[0] === "partner" && /^partnern?$/.test(tokens[hit.at].norm) && ALLIES_BEFORE.test(tokens[hit.at - 1]?.norm ?? "") && tokens[hit.at - 2]?.norm !== "mit" && !/^(?:des|der)$/.test(tokens[hit.at + 1]?.norm ?? "") && !targets.some((t) => t.from > hit.at && t.from <= hit.at + 3 && (t.from === hit.at + 1 || /^(?:in|im|aus|von|vom)$/.test(tokens[hit.at + 1]?.norm ?? "")))) continue;
    // "gut 18 Milliarden": before a number an evaluative adjective says "about".
    if (cue.class === "positive" && tokens[hit.at + 1]?.kind === "number") continue;
    // "es sei wichtig, Iran zu isolieren": what is called necessary is the act asked for, judged by its own cues.
    if (cue.class === "positive" && NECESSARY.test(tokens[hit.at].norm) && tokens[hit.at + 1]?.text === "," && cues.some((c) => c.from > hit.at + 1 && clauseOf[c.from - span.from] === clauseOf[hit.at + 2 - span.from] && isZuInfinitiveAt(tokens, c.at))) continue;
    // "wegen angeblicher Unterstützung für Russland": what the speaker calls alleged is no stance of anyone's.
    if ([1, 2].some((d) => hit.from - d >= span.from && /^(?:angeblich|vermeintlich|sogenannt|mutmaßlich)/.test(tokens[hit.from - d].norm))) continue;
    // "verstießen gegen die Sanktionen der UN", "die Sanktionen umgehen": sanctions broken are a rule, no act of the speaker's concern.
    if (HOSTILE_CLASSES.has(cue.class) && brokenRule(tokens, span, hit)) continue;
    // "bezeichnete die Militärübungen der USA als Provokation": what is called a hostile act is its doer's.
    const called = HOSTILE_CLASSES.has(cue.class) ? calledSides(tokens, span, hit, foreign, lex) : [];
    if (called.length > 0) {
      for (const t of called) vote(t.target, "oppose", hit.text);
      continue;
    }
    if (HOSTILE_CLASSES.has(cue.class)) {
      // So is an act the accused is said to commit: "warf dem Westen vor, eine Politik der Eindämmung gegenüber Russland und China zu betreiben".
      // (So is one the speaker demands an end of: "müsse seine Blockade gegen Schweden aufgeben"; then even a war's victim is supported.)
      const ended = endDemanded(tokens, span, hit, lex);
      const opposed = ended || inOpposedObject(tokens, span, clauseOf, hit, opposingVerbs, lex) || inRejectedInfinitive(tokens, hit, opposingVerbs) || accusedFrom.some((comma) => comma < hit.from);
      // (Rejected or warned against, an act is one that may come, whose victim the speaker stands by: "lehnte jede
      // Militärintervention gegen Niger ab", "warnte vor einer Militärintervention gegen Niger"; condemned, it is done.)
      const averting = opposingVerbs.filter((o) => KEEPING_OFF.test(o.cue.words[0]));
      const averted = opposed && (inOpposedObject(tokens, span, clauseOf, hit, averting, lex) || inRejectedInfinitive(tokens, hit, averting));
      // (A verb of containment is its own act: asked for, it is carried further, "forderte, Iran zu isolieren", "Iran müsse isoliert werden".)
      // (Not "sollten", also a purpose told of others: "solche Berichte sollten die Beziehungen … beschädigen".)
      const mustIn = () => tokens.slice(clauseOpening(tokens, span, hit.at), hit.at).some((t) => /^(?:muss|müsse|müssen|müssten|man|wir)$/.test(t.norm));
      const containWanted = cue.class === "containment" && tokens[hit.at].wordClass === "verb" && ((isZuInfinitiveAt(tokens, hit.at) && demandedBefore(tokens, span, hit.at)) || mustIn());
      const stand = opposed ? "opposed" : pushers.some((p) => pushes(tokens, clauseOf, span, p, hit, inSpeaker, lex.undoingWords)) || threatenedBySpeaker(tokens, span, clauseOf, hit, inSpeaker) || containWanted || backedBySpeaker.has(hit.at) ? "pushed" : "told";
      // Praise by another side is that side's wish, not the speaker's: "kritisierte, der Westen begrüße die ukrainischen Angriffe".
      const praisedByOther = (p: CueHit) => p.cue.class === "praise" && tokens.slice(clauseOpening(tokens, span, p.from), p.from).some((t) => isCapitalized(t.text) && (t.wordClass === "noun" || t.wordClass === "name") && !inSpeaker(t.index) && !isTimeWord(t));
      const pushing = pushers.filter((p) => pushes(tokens, clauseOf, span, p, hit, inSpeaker, lex.undoingWords));
      const speakersWish = pushing.length === 0 || !pushing.every(praisedByOther);
      // An act undone turns the stand around: "forderte die Aufhebung der Sanktionen gegen Russland" speaks against them.
      hostileAct(hit, tokens, span, targets, lex, vote, undoneAct(tokens, span, hit, lex) ? ({ opposed: "pushed", pushed: "opposed", told: "told" } as const)[stand] : stand, ended || averted, own, speakersWish);
      continue;
    }
    // What strengthens a hostile act the speaker wants is that act's (see `pushes`), not the side nearest to it.
    if (pushers.some((p) => p.at === hit.at) && cues.some((c) => HOSTILE_CLASSES.has(c.cue.class) && pushes(tokens, clauseOf, span, hit, c, inSpeaker, lex.undoingWords))) continue;
    // "China unterstütze Russlands Krieg": support for a hostile act is complicity. Its supporter, the
    // subject before the cue, is opposed; the act's side is not supported.
    // (Its cue is a verb or noun that takes the act as object: not an adverb, "hätten gemeinsam den Sanktionen getrotzt".)
    const takesObject = tokens[hit.at].wordClass === "verb" || isCapitalized(tokens[hit.at].text);
    if (hit.polarity === "support" && cue.class === "cooperation" && takesObject && [1, 2, 3, 4, 5, 6].some((d) => hostileAt.has(hit.at + d) && objectPhrase(tokens, hit.at + 1, hit.at + d, foreign))) {
      const subject = foreign.filter((t) => t.kind === "actor" && t.to <= hit.from && !t.place && !t.modifier && clauseOf[t.from - span.from] === clauseOf[hit.at - span.from]).pop();
      // (Where the speaker is the subject, the side before the support is whom it is given to, and the speaker backs it:
      // "Kim sicherte Russland die volle Unterstützung bei seiner Militäroperation zu".)
      const speakerGives = subject !== undefined && st.kind === "reported" && tokens.slice(clauseOpening(tokens, span, subject.from), subject.from).some((t) => inSpeaker(t.index));
      if (subject) vote(subject.target, speakerGives ? "support" : "oppose", hit.text);
      // (So does the speaker's own side as the supporter: "Nordkorea werde den Krieg Russlands voll unterstützen", said by Kim.)
      const ownGives = !subject && targets.some((t) => own.has(t.target) && t.to <= hit.from && clauseOf[t.from - span.from] === clauseOf[hit.at - span.from]);
      if (speakerGives || ownGives) for (const d of [-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6]) if (hostileAt.has(hit.at + d)) backedBySpeaker.add(hit.at + d);
      continue;
    }
    if (hit.polarity === "support" && thirdPartyClauses.has(clauseOf[hit.at - span.from])) continue;
    // A participle's agent after it backs what the participle is said of, not the speaker: "das Verbrechen, unterstützt von Stellen in Belgrad".
    // (Backing something bad is complicity in it: "Das organisierte Verbrechen, unterstützt vom offiziellen Belgrad, greift …
    // an" opposes Belgrade; the noun set off before the participle is what it backs.)
    if (hit.polarity === "support" && agentAfter(tokens, span, hit, foreign)) {
      let comma = hit.from - 1;
      while (comma > span.from && comma > hit.from - 6 && tokens[comma].text !== ",") comma--;
      const agent = foreign.find((t) => t.kind === "actor" && t.from > hit.at + 1 && t.from <= hit.at + 6);
      if (agent && cue.class === "cooperation" && tokens[comma]?.text === "," && badBetween(tokens, Math.max(span.from, comma - 3) - 1, comma)) vote(agent.target, "oppose", hit.text);
      continue;
    }
    // A condition is no praise: "…, sollten die USA ihre Politik fortsetzen", "wenn Peking die Zusammenarbeit ausbaue".
    // (A condition of a hostile act mostly warns against it, "sollten die USA Taiwan angreifen, …": that stance stays.)
    if (hit.polarity === "support" && opensCondition(tokens, clauseOpening(tokens, span, hit.at))) continue;
    if (againstThing(hit)) continue;
    // A cue in what talk or concern is about is not the speaker's ("seine Bedenken über die engen Beziehungen zu Moskau");
    // nor is a concern the speaker rejects ("wies Besorgnis in Washington über … als heuchlerisch zurück").
    if (talkTopic(tokens, span, hit.from, hit)) continue;
    if (TALK_NOUNS.test(tokens[hit.from].norm) && cues.some((r) => r.cue.class === "rejection" && r.from < hit.from && r.at > hit.at)) continue;
    // "Die Übungen der USA richteten sich gegen China", "seien gegen Russland gerichtet": an act aimed at a side,
    // its victim; whose act it is, is opposed.
    // (Not the speaker's own criticism aimed so: "Die Kritik richte sich gegen die USA".)
    // (A "gegen" before it is the same aim: "sowohl gegen Russland als auch gegen China".)
    const judgedBefore = cues.some((c) => c !== hit && c.at < hit.at && c.at >= span.from && c.polarity === "oppose" && !HOSTILE_CLASSES.has(c.cue.class) && c.cue.words[0] !== "gegen");
    // (Nor aimed at no one: "richte sich gegen keine dritte Partei", "gegen niemanden".)
    const atNoOne = /^(?:kein|keine|keinen|keinem|keiner|niemand|niemanden)$/.test(tokens[hit.at + 1]?.norm ?? "");
    if (cue.words[0] === "gegen" && hit.polarity === "oppose" && !judgedBefore && !atNoOne && aimedAt(tokens, span, hit.at)) {
      const aimed = foreign.find((t) => t.kind === "actor" && t.from > hit.at && t.from <= hit.at + 3 && !t.place && !t.modifier);
      if (aimed) vote(aimed.target, "support", hit.text);
      for (const t of subjectPhraseSides(tokens, span, hit, foreign, lex)) vote(t.target, "oppose", hit.text);
      continue;
    }
    // "Provokationen gegen China": "gegen" belongs to the hostile noun before it. So it does to a side's act judged before
    // it, its doer's genitive between: "kritisierte das Vorgehen Chinas gegen philippinische Schiffe" opposes no victim.
    if (cue.words[0] === "gegen" && [1, 2, 3].some((d) => hostileAt.has(hit.at - d))) continue;
    // So is it to a noun of a side's own conduct, its genitive between: "die fanatische Haltung der USA gegen Kuba",
    // "die Politik Pekings gegen die Uiguren" (the side's opposition, told; not the speaker's).
    // (Praised, that conduct is the speaker's too: "lobte den Kurs Polens gegen Russland".)
    if (cue.words[0] === "gegen" && ownedConductBefore(tokens, span, hit.at, foreign) && !cues.some((c) => c.polarity === "support" && c.at < hit.at && hit.at - c.at <= 6 && clauseOf[c.at - span.from] === clauseOf[hit.at - span.from])) continue;
    // And to an accusation: "die Vorwürfe gegen Belgrad" names whom others accuse (see `accusedBy` below).
    // (Only where something in its clause rejects it; the speaker's own stay: "bekräftigte die Vorwürfe gegen Russland".)
    // (Only a rejection of that accusation, no other verb between: "verurteilte die Angriffe und bekräftigte die Vorwürfe gegen
    // Russland" keeps Russia opposed.)
    const governs = (c: CueHit) => !tokens.slice(Math.min(c.at, hit.at) + 1, Math.max(c.from, hit.at)).some((t) => t.wordClass === "verb" && !AUX_FORMS.has(t.norm) && !COPULAS.has(t.norm));
    if (cue.words[0] === "gegen" && ACCUSATION_NOUN.test(tokens[hit.at - 1]?.lemma.toLowerCase() ?? "") && cues.some((c) => c !== hit && c.polarity === "oppose" && OPPOSING_CLASSES.has(c.cue.class) && c.cue.words[0] !== "gegen" && clauseOf[c.at - span.from] === clauseOf[hit.at - span.from] && governs(c))) continue;
    if (cue.words[0] === "gegen" && judgedAct(tokens, span, clauseOf, hit.at, cues, foreign)) continue;
    // "verstießen gegen die Regeln der WTO": what a misdeed goes against is no side opposed.
    if (cue.words[0] === "gegen" && cues.some((c) => c.cue.scope === "subject" && c.at < hit.at && hit.at - c.at <= 2)) continue;
    const attributiveNoun = cue.class === "positive" ? nounAfterAdjective(tokens, span, hit.at) : -1;
    // A verb at the end of its clause has its object before it: "hat vor der Nato gewarnt", "will die Pläne kritisieren".
    // Its first object is meant ("hat den Umgang Israels mit den Rechten der Palästinenser kritisiert"): the leftmost target counts.
    // (So does a perfect's participle that ends its clause before another: "hatte der EU mit Konsequenzen gedroht, sollte …".)
    const perfectFinal = () => tokens[hit.at].wordClass === "verb" && clauseFinalVerb(tokens, hit.at, span) && tokens.slice(clauseOpening(tokens, span, hit.from), hit.from).some((x) => HAVE_FORMS.test(x.norm));
    const sentenceFinal = cue.scope === "right" && (sentenceFinalVerb(tokens, hit.at, span) || perfectFinal());
    // So does an accusation's participle before what it says ("hatte China vorgeworfen, Russlands Krieg … zu unterstützen").
    const accusedBefore = cue.class === "accusation" && !sentenceFinal && clauseFinalVerb(tokens, hit.at, span);
    const scope = sentenceFinal || accusedBefore ? "left" : cue.scope;
    // A noun or adjective of condemnation judges what it is said of ("ein Grund zur Sorge", "unbegründet").
    const judgement = cue.class === "condemnation" && hit.polarity === "oppose" && tokens[hit.at].wordClass !== "verb" && tokens[hit.from].wordClass !== "verb";
    // A verb cue at the end of its clause reaches its object, not its subject: "die USA sollten die Rechte … respektieren".
    // Only an infinitive of support ("…, seien ausgezeichnet" judges its subject; "sollten aufhören, …" opposes it).
    const infinitive = tokens[hit.at].wordClass === "verb" && tokens[hit.at].norm === tokens[hit.at].lemma.toLowerCase();
    // (So does a participle after a perfect's "haben", of either polarity: "Frankreich habe den Terrorismus nie bekämpft".)
    const clauseFinal = tokens[hit.at].wordClass === "verb" && (sentenceFinalVerb(tokens, hit.at, span) || clauseFinalVerb(tokens, hit.at, span));
    const perfect = clauseFinal && !infinitive && tokens.slice(clauseOpening(tokens, span, hit.from), hit.from).some((x) => HAVE_FORMS.test(x.norm));
    const verbFinalNearest = cue.scope === "nearest" && clauseFinal && ((hit.polarity === "support" && infinitive) || perfect);
    // Its object is in the Mittelfeld: not the Vorfeld, nor the subject right after the finite verb when the
    // Vorfeld is none ("Zuvor habe Peking Washington kritisiert", "Nach dem Treffen mit Xi hat Lawrow die USA kritisiert").
    // So for a particle verb's object before its particle: "Zudem lehnte Russland den Vorschlag ab", "Einen Waffenstillstand, der …, lehne die Bundesregierung ab".
    const bracketed = cue.scope === "left" && hit.at > hit.from && isFiniteVerb(tokens[hit.from]);
    const subjectOrVorfeld = sentenceFinal || accusedBefore || bracketed ? outsideMittelfeld(tokens, span, hit.at, foreign) : null;
    const threatsNamed = hit.polarity === "support" && PROTECTING.has(cue.words[0]) ? foreign.filter((t) => t.kind === "actor" && clauseOf[t.from - span.from] === clauseOf[hit.at - span.from] && Math.abs(t.from - hit.at) <= window && threatPhrase(tokens, t)) : [];
    // (With the sides joined to them: "gegen jede Bedrohung aus Belarus und Russland".)
    const threats = threatsNamed.length === 0 ? threatsNamed : [...new Set([...threatsNamed, ...threatsNamed.flatMap((t) => coordinatedWith(tokens, t, foreign))])];
    // (Others protected from are no object of the protection either: "sich gegen Flüchtlinge aus Syrien schützen".)
    const shielded = hit.polarity === "support" && PROTECTING.has(cue.words[0]) ? foreign.filter((t) => !threats.includes(t) && t.kind === "actor" && Math.abs(t.from - hit.at) <= window && threatPhrase(tokens, t, true)) : [];
    // The bracket of "warf … vor" names the accused: a side there takes the accusation (`accusedInBracket`); one who is no side
    // ("warf der Regierung vor, Schweden … gedrängt zu haben", "warf ihm vor, …") leaves the sides in what is said of them alone.
    const accusedNamed = cue.class === "accusation" && hit.at > hit.from && dativeAfter(tokens, hit.from + 1, hit.at);
    const accusedInBracket = cue.class === "accusation" && hit.at > hit.from && foreign.some((t) => t.kind === "actor" && t.from > hit.from && t.to <= hit.at && !t.modifier && !t.issue && !t.place && ((!afterPreposition(tokens, t) && !genitiveAttribute(tokens, t)) || namedBySeat(tokens, t)));
    const reach = (t: TargetMention) => {
      if (threats.includes(t) || shielded.includes(t)) return Infinity;
      // Whose worry it is stands between the noun and "über": "die Sorge Polens über die russischen Manöver".
      if (WORRY_NOUN.test(cue.words[0]) && cue.words.length > 1 && t.from > hit.from && t.to <= hit.at) return Infinity;
      // The door to or of a side is its own, open to another: "die Tür zur EU stehe den Menschen in Georgien offen".
      if (cue.words[0] === "tür" && t.from > hit.from && t.from <= hit.from + 3 && /^(?:zur|zum|zu|in|ins|von|vom)$/.test(tokens[hit.from + 1]?.norm ?? "")) return Infinity;
      if ((t.describing || t.talks) && hit.polarity === "support") return Infinity;
      // A separated verb's object stands between the verb and its particle: "warf den USA
      // Heuchelei vor" reaches right from "warf"; past the particle it reaches from there.
      // (So does a cue of several words to its left from its first word: "machte Israel für die Tötung … Ende Juli in Teheran verantwortlich".)
      // (So does one fronted before it: "Den Vereinigten Staaten warf er … eine Lügenkampagne vor".)
      const at = (cue.scope === "right" && t.from > hit.from && t.from < hit.at) || (cue.scope === "right" && t.to <= hit.from) || (cue.scope === "left" && hit.from < hit.at && t.to <= hit.from && tokens[hit.from].wordClass === "function") ? hit.from : hit.at;
      const skipped = speakerTokens && t.from > at && speakerTokens.from > at && speakerTokens.to <= t.from ? speakerTokens.to - speakerTokens.from - 1 : 0;
      // (What is protected stands before what it is protected from: "Litauen gegen jede Bedrohung aus Russland verteidigen"
      // reaches Litauen past that phrase.)
      const shield = t.to <= at && hit.polarity === "support" && PROTECTING.has(cue.words[0]) ? tokens.slice(t.to, at).findIndex((x) => x.norm === "gegen" || x.norm === "vor") : -1;
      // (Quotation marks are no words: "verurteilte die „gefährlichen und vorsätzlichen“ Handlungen der chinesischen Küstenwache".)
      const [near, far] = t.from > at ? [at, t.from] : [t.to, at];
      let marks = 0;
      for (let j = near; j < far; j++) if (QUOTE_MARK.test(tokens[j].text)) marks++;
      const distance = (t.from > at ? t.from - at - skipped : shield >= 0 ? shield + 1 : at - (t.to - 1)) - (shield >= 0 ? 0 : marks);
      if (distance > window) return Infinity;
      if (clauseOf[t.from - span.from] !== clauseOf[at - span.from] && distance > 3 && !(hit.polarity === "oppose" && dassSubject(tokens, hit.at, t))) return Infinity;
      // Nor into a relative clause of another's: "Saudi-Arabien, das sich um eine Annäherung an Teheran bemüht, verurteilte …".
      if (clauseOf[t.from - span.from] !== clauseOf[at - span.from] && relativeClauseAt(tokens, span, t.from)) return Infinity;
      // An adverbial clause after the cue tells of another event: "wir werden nicht anerkannt, während Syrer …".
      if (t.from > at && adverbialClauseBetween(tokens, at, t.from)) return Infinity;
      if (scope === "left" && t.from > hit.at) return Infinity;
      // (Nor past "gegen" or "vor" that opens the cue's phrase: "Litauen gegen jede Bedrohung … verteidigen" is no threat by Litauen.)
      if (scope === "left" && t.to <= hit.from && protectedFrom(tokens, span, hit.from) > t.from) return Infinity;
      // Nor a side only named inside the phrase of a cue opened by a preposition: "machte Israel für die Tötung des Hamas-Chefs
      // verantwortlich" blames Israel (not the subject there: "Für die Angriffe sei Russland verantwortlich").
      const ofPhrase = t.modifier || genitiveAttribute(tokens, t) || (/^(?:des|der|von|vom)$/.test(tokens[t.from - 1]?.norm ?? "") && t.from - 2 > hit.from && isCapitalized(tokens[t.from - 2].text) && tokens[t.from - 2].wordClass !== "function");
      if (scope === "left" && t.from > hit.from && t.to <= hit.at && tokens[hit.from].wordClass === "function" && ofPhrase) return Infinity;
      if (subjectOrVorfeld?.has(t)) return Infinity;
      // What talk is about is not what is judged of it: "Spekulationen über Meinungsverschiedenheiten zwischen Moskau und Peking als haltlos".
      if (hit.polarity === "oppose" && talkTopic(tokens, span, t.from, hit)) return Infinity;
      // A verb-final cue reaches its object, not the subject the finite verb follows: "Die EU sehe die Lage mit Sorge", "Lawrow hat … gewarnt".
      // A predicate noun judges that subject: "China stelle eine Herausforderung für die Nato dar".
      const predicate = /^(?:ein|eine|einen|keine|keinen)$/.test(tokens[hit.from - 1]?.norm ?? "");
      // (After the clause's finite verb a word is no second one: "hatte Peking wiederholt vorgeworfen".)
      // (So is a subject of several sides: "Vietnam und Russland lehnten einseitige Sanktionen ab".)
      const subjectEnd = coordinatedWith(tokens, t, foreign).reduce((end, c) => (c.to > end ? c.to : end), t.to);
      // (So does a demand of several words, to whom it is made: "Mali fordert ihren unverzüglichen Abzug" opposes no Mali.)
      const demand = cue.words.length > 1 && isDemandVerb(tokens, hit.from);
      // (Not the subject of a copula the cue is the predicate of: "die Söldner der Wagner-Gruppe seien für … verantwortlich".)
      // (Only for something bad, not a duty: "die NATO sei für die Sicherheit Europas verantwortlich".)
      // (Or for anything not a duty: "der Westen sei für die hohen Lebensmittelpreise verantwortlich".)
      const copulaSubject = hit.from < hit.at && tokens[hit.from].wordClass === "function" && COPULAS.has(tokens[subjectEnd]?.norm ?? "") && (badBetween(tokens, hit.from, hit.at) || (tokens[hit.from].norm === "für" && !dutyAfter(tokens, span, hit.from, lex.dutyNouns ?? [])));
      if ((scope === "left" || verbFinalNearest || demand) && !predicate && !copulaSubject && subjectEnd <= hit.from && (isFiniteVerb(tokens[subjectEnd]) || AUX_FORMS.has(tokens[subjectEnd].norm)) && !finiteVerbBefore(tokens, span, t.from)) return Infinity;
      // Nor the subject of a verb-final clause, its object between them: "dass Deutschland die Grenzabfertigung einstellt".
      if (cue.scope === "left" && cue.class === "rejection" && t.to <= hit.from && bareSide(tokens, t) && objectBetween(tokens, t.to, hit.from, foreign)) return Infinity;
      // An evaluative adjective before its noun evaluates that noun: a side in it or right after it
      // ("gute Beziehungen zu Russland", "die wichtige Rolle Chinas"), not one before ("von Russland bessere Bedingungen").
      // (Or the subject's own thing: "Russland spiele eine wichtige Rolle", "Peking verfolge einen ausgewogenen Ansatz".)
      const ownThing = cue.class === "positive" && attributiveNoun >= 0 && OWN_THING.test(tokens[attributiveNoun].lemma.toLowerCase()) && subjectsOwn(tokens, span, t, hit, targets);
      // (The second side of a relation is in it too: "enge Beziehungen zwischen Russland und China", China past Russland.)
      const relationParty = attributiveNoun >= 0 && t.party === true && t.from > attributiveNoun && headIn(tokens[attributiveNoun].lemma.toLowerCase(), lex.relationNouns);
      // (So is a side the phrase is said of with "als": "die Türkei als engen Verbündeten".)
      const describedAs = tokens[t.to]?.norm === "als" && t.to + 1 === hit.from;
      if (cue.class === "positive" && attributiveNoun >= 0 && (t.from < hit.at || t.from > attributiveNoun + 3) && !ownThing && !relationParty && !describedAs) return Infinity;
      // (Nor whom the thing is addressed to: "ein wichtiges Signal an Moskau".)
      if (cue.class === "positive" && attributiveNoun >= 0 && t.from > attributiveNoun && /^(?:an|ans)$/.test(tokens[t.from - 1]?.norm ?? "")) return Infinity;
      // A modifier is the target of a cue in its own compound ("EU-Vorbild", "US-Eindämmungspolitik"); a party
      // to a relation is the target of an evaluation ("die chinesisch-russischen Beziehungen seien eng").
      // (So is a side's goods or firms right after "gegen": "Gegenmaßnahmen gegen chinesische Produkte"; not its people,
      // "gegen ugandische Rebellen".)
      const goodsAgainst = cue.words[0] === "gegen" && t.from === hit.at + 1 && tokens[t.from].wordClass === "adj" && SIDE_GOODS.test(tokens[t.to]?.lemma.toLowerCase() ?? "");
      if ((t.place || (t.modifier && t.from !== hit.at && !goodsAgainst && !(t.party && (cue.class === "positive" || cue.class === "strengthening")))) && cue.scope !== "partner") return Infinity;
      // Cooperation is with a side, not with an issue named after it ("die Unterstützung Russlands in der Taiwan-Frage");
      // nor is an issue the accused ("China für ihr Versagen in der Ukraine-Frage verantwortlich machen").
      // (Nor what an adverb of support is near: "werde Peking in der Taiwan-Frage weiterhin fest unterstützen".)
      if ((cue.scope === "partner" || cue.class === "accusation" || cue.polarity === "support") && t.issue) return Infinity;
      // What a matter is about is not what is rejected with it: "die Hängepartie um Schweden zu beenden".
      if (t.about) return Infinity;
      // Nor is the one called on to act: "forderte Brüssel zu Gegenmaßnahmen auf".
      const call = t.to <= hit.from && isCapitalized(tokens[hit.from].text) ? callFor(tokens, hit.from) : -1;
      if (call > t.from && demandOpens(tokens, span, t.from)) return Infinity;
      if (scope === "right" && t.to - 1 < hit.from && !frontedObject(tokens, span, hit, t, inSpeaker)) return Infinity;
      // The accused stands between a separated verb and its particle; past the particle is what they are said to do:
      // "warf der Regierung in Stockholm vor, die PKK zu dulden" accuses Sweden, not the PKK.
      if (cue.class === "accusation" && t.from > hit.at && (accusedInBracket || accusedNamed)) return Infinity;
      // Support stays inside its phrase: no other verb between cue and target, and
      // concepts only right next to it ("Multilateralismus zu wahren").
      // (An evaluation of a relation reaches its parties: "die Beziehungen zu Peking befänden sich auf einem Höchststand".)
      if ((hit.polarity === "support" || cue.class === "cooperation") && verbBetween(tokens, hit, t, cue.class === "cooperation") && !ownThing && !(t.party && cue.class === "positive")) return Infinity;
      // A judgement reaches no side past the next verb: "seien besorgniserregend und würden von der EU beobachtet".
      if (cue.scope === "nearest" && t.from > hit.at && verbBetween(tokens, hit, t, true)) return Infinity;
      if (hit.polarity === "support" && t.kind === "concept" && distance > 2) return Infinity;
      // "Beide Länder lehnten … ab": both sides are who speaks, never what is opposed.
      if (hit.polarity === "oppose" && t.kind === "bilateral") return Infinity;
      if (hit.polarity === "oppose" && victims.has(t)) return Infinity;
      // A verb's object stands before its label: "verurteilte den Raketenstart als Verstoß gegen die Resolutionen der UN".
      if (OPPOSING_CLASSES.has(cue.class) && tokens[hit.at].wordClass === "verb" && t.from > hit.at && tokens.slice(hit.at + 1, t.from).some((x) => x.norm === "als") && clauseOf[t.from - span.from] === clauseOf[hit.at - span.from]) return Infinity;
      // What a rejected claim asks for is not whom it rejects: "wies die Forderung Trumps nach einer Übernahme Grönlands zurück".
      if (OPPOSING_CLASSES.has(cue.class) && claimContent(tokens, t, foreign)) return Infinity;
      // A cause is no object: "hat die Sanktionen … wegen angeblicher Unterstützung Russlands verurteilt".
      if (OPPOSING_CLASSES.has(cue.class) && t.from < hit.from && inCausalPhrase(tokens, t.from)) return Infinity;
      // Whom a judgement concerns is not judged: "sei für Japan ein Grund zur Sorge", "eine Gefahr für Europa".
      if (judgement && !cue.words.includes("für") && [1, 2].some((d) => tokens[t.from - d]?.norm === "für" && (d === 1 || ARTICLE.test(tokens[t.from - 1].norm)))) return Infinity;
      // Rejecting a hostile act is about the act, whose agent and victim it weighs ("wenn Israel seine Luftangriffe nicht beende").
      // (Not an act given as the reason: "Serbien müsse für den Überfall zur Rechenschaft gezogen werden", "wegen der Angriffe verurteilt".)
      const reason = (h: number) => inCausalPhrase(tokens, h) || (cue.class === "condemnation" && [1, 2].some((d) => tokens[h - d]?.norm === "für" && (d === 1 || ARTICLE.test(tokens[h - 1].norm)))) || inTimePhrase(tokens, span, h);
      // Nor whom a side's act judged is against: "kritisierte das Vorgehen gegen die Philippinen" (too soft or too harsh, it does not say).
      const against = ARTICLE.test(tokens[t.from - 1]?.norm ?? "") ? t.from - 2 : t.from - 1;
      if (judgesActs(hit) && t.from > hit.at && tokens[against]?.norm === "gegen" && against > hit.at && actBefore(tokens, span, against, foreign) > hit.at) return Infinity;
      // (Not an act warned of after the one warned: "hat China vor einer Eskalation gewarnt".)
      const warnedOf = (h: number) => h >= t.to && tokens[protectedFrom(tokens, span, h)]?.norm === "vor" && protectedFrom(tokens, span, h) >= t.to;
      if (OPPOSING_CLASSES.has(cue.class) && hostileList.some((h) => ((h >= t.to && h < hit.from) || (h > hit.at && h < t.from)) && !reason(h) && !warnedOf(h))) return Infinity;
      return sentenceFinal ? window - distance : distance;
    };
    if (cue.scope === "partner") {
      // Cooperation goes to the partner, and to whom it is named with ("mit der chinesischen Seite in der SOZ").
      // (Not a country where it is given: "die Unterstützung der russischen Politik in der Ukraine".)
      const after = foreign.filter((t) => t.from > hit.at && reach(t) <= 8 && t.kind !== "concept" && !t.countryPlace && linkedTo(tokens, hit.at, t.from, actorTokens));
      // A verb at the end of its clause has its object right before it: "rief auf, die Ukraine stärker zu unterstützen".
      // (A zu-infinitive has no subject of its own; a finite verb's subject is no object.)
      const zu = isZuInfinitiveAt(tokens, hit.at);
      // (So at the sentence's end after an auxiliary: "wird die Türkei Aserbaidschan unterstützen.")
      // (And at the end of a "dass" clause whose subject is the speaker's side, "man" or "wir", not negated: "dass die
      // ungarische Regierung die Mitgliedschaft Schwedens unterstütze"; not another's, "dass die USA die Ukraine unterstützten".)
      const contentFinal = after.length === 0 && !zu && hit.negator === undefined && contentClauseFinalVerb(tokens, hit.at, span) && ownSubjectOfContent(tokens, span, hit.at, targets, own);
      const verbFinal = after.length === 0 && tokens[hit.at].wordClass === "verb" && (zu || contentFinal || clauseFinalVerb(tokens, hit.at, span) || (sentenceFinalVerb(tokens, hit.at, span) && finiteVerbBefore(tokens, span, hit.at) && !(tokens[hit.at].norm !== tokens[hit.at].lemma.toLowerCase() && passiveAuxiliary(tokens, span, hit.at))));
      const notObjects = !verbFinal ? null : zu || contentFinal ? new Set<TargetMention>() : outsideMittelfeld(tokens, span, hit.at, foreign);
      // (Adverbs and a phrase of manner may come between: "die Gemeinschaft auch künftig nach Kräften unterstützen",
      // "Aserbaidschan „wie bisher mit aller Kraft“ unterstützen"; no other object: no article, no verb.)
      const adverbsBetween = (t: TargetMention) => hit.from - t.to <= 7 && tokens.slice(t.to, hit.from).every((x) => (x.kind === "word" && x.wordClass !== "verb" && !ARTICLE.test(x.norm) && !AUX_FORMS.has(x.norm)) || /^[„“"»«]$/.test(x.text));
      const objects = notObjects ? foreign.filter((t) => t.kind === "actor" && !t.place && !t.modifier && !t.issue && !t.talks && !t.describing && t.to <= hit.from && clauseOf[t.from - span.from] === clauseOf[hit.at - span.from] && !notObjects.has(t)) : [];
      // The object may stand before a phrase of prepositions that names another side ("Schweden bei der Eingliederung
      // in die Strukturen der Nato zu unterstützen"): a bare side before such a phrase is the object, not the side inside it.
      const object = objects.filter((t) => bareSide(tokens, t) && prepositionalPhrase(tokens, t.to, hit.from)).pop() ?? objects.filter((t) => hit.from - t.to <= 3 || adverbsBetween(t)).pop();
      // (With those named with it: "den Regierungen in Baku und Jerewan … Hilfe zu leisten".)
      // A phrase's dative stands right before it (adverbs may come between): "werde Guyana weiterhin zur Seite stehen".
      // (Not with a possessive in it, which names whose side: "dass die EU an ihrer Seite stehe".)
      const dative = !object && after.length === 0 && hit.from < hit.at && !tokens.slice(hit.from, hit.at).some((x) => POSSESSIVE.test(x.norm)) ? foreign.filter((t) => t.kind === "actor" && !t.place && !t.modifier && !t.issue && !t.describing && t.to <= hit.from && bareSide(tokens, t) && clauseOf[t.from - span.from] === clauseOf[hit.from - span.from] && tokens.slice(t.to, hit.from).every((x) => x.kind === "word" && !isCapitalized(x.text) && x.wordClass !== "verb" && !ARTICLE.test(x.norm))).pop() : undefined;
      const near = object ? [object, ...objects.filter((t) => t !== object && t.from === object.from), ...coordinatedWith(tokens, object, objects)] : dative ? [dative] : after;
      for (const t of near) vote(t.target, hit.polarity, hit.text);
      // The side it is said of: "bezeichnete Russland als wichtigen Partner".
      const called = near.length === 0 ? calledAs(tokens, span, hit, foreign) ?? predicateSubject(tokens, span, hit, foreign) : undefined;
      if (called) vote(called.target, hit.polarity, hit.text);
      // Whom it is given to: "hat China seine Unterstützung zugesichert", "sagte Kiew Hilfe zu".
      const recipient = recipientOf(tokens, span, hit, foreign, lex);
      if (recipient && !near.includes(recipient)) vote(recipient.target, hit.polarity, hit.text);
      // Dialogue as a method ("Dialog und Konsultation seien der einzige Weg") is the partner's only where the statement names it.
      const method = isMethodNoun(tokens[hit.at].lemma.toLowerCase(), lex) && !partnerNamed;
      // (Not past another side it is done with, where the partner is named only by a modifier: "gemeinsam mit den Vereinten
      // Nationen ein Paket ausgearbeitet, das auch die russischen Anliegen berücksichtige".)
      const withOther = near.some((t) => t.target !== partner) && !targets.some((t) => t.target === partner && !t.describing && !t.modifier);
      // (Nor one its clause says it is done with: "Selenskyj, der in Ankara mit Präsident Erdoğan zusammengekommen war, …".)
      const open = clauseOpening(tokens, span, hit.at);
      const doneWith = tokens.slice(open, hit.from).some((x, i) => x.norm === "mit" && targets.some((t) => t.kind === "actor" && t.target !== partner && !t.place && t.from > open + i && t.from <= open + i + 4));
      if (partner && hit.polarity === "support" && partnerMeant(hit) && !otherObject(hit) && !method && !recipient && !withOther && !doneWith) vote(partner, hit.polarity, hit.text);
      // "Russland und China würden ihre Zusammenarbeit fortsetzen": the side named with the speaker's own cooperates with it.
      else if (hit.polarity === "support" && !recipient && near.length === 0) {
        const withOwn = coSubjectOfOwn(tokens, span, hit, targets, own);
        if (withOwn) vote(withOwn.target, hit.polarity, hit.text);
      }
      continue;
    }
    // A threat whose source a relative clause names: "die Bedrohung, die von China ausgeht".
    const source = threatSource(tokens, span, hit, foreign);
    if (source) {
      vote(source.target, "oppose", hit.text);
      continue;
    }
    // A misdeed is its doer's: "Washington heize die Spannungen an", "Peking habe gegen Vereinbarungen verstoßen".
    // A zu-infinitive's doer is the subject of the clause it depends on ("versuche, die Region zu destabilisieren").
    if (cue.scope === "subject") {
      // A question is no charge: "ob Heiko Maas im Ausschuss gelogen habe".
      const open = clauseOpening(tokens, span, hit.from);
      if (tokens[open]?.norm === "ob") continue;
      // The speaker's own act of a summarised statement is against what it is done to: "Maduro griff die Vereinigten
      // Staaten scharf an" opposes the USA.
      // (Only the statement's own verb, "Orbán kritisierte die EU und blockierte Sanktionen gegen Russland" blocks no Russia;
      // its object the last bare side before the particle, not one in a phrase: "griff beim Gipfel der EU die Ukraine an".)
      const ownVerb = st.kind === "reported" && st.cue.toLowerCase().split(" ")[0] === tokens[hit.from].norm;
      // (Its subject before it or, inverted, right after it: "In seiner Rede griff er die USA scharf an".)
      if (ownVerb && hit.polarity === "oppose" && (tokens.slice(open, hit.from).some((_, i) => inSpeaker(open + i)) || (hit.from + 1 < span.to && inSpeaker(hit.from + 1)))) {
        const bare = (t: TargetMention) => t.kind === "actor" && !t.place && !t.modifier && !afterPreposition(tokens, t) && !genitiveAttribute(tokens, t) && clauseOf[t.from - span.from] === clauseOf[hit.from - span.from];
        // (A participle ends its clause with its object before it: "hat die USA scharf angegriffen".)
        const object = hit.at > hit.from ? foreign.filter((t) => bare(t) && t.from > hit.from && t.to <= hit.at).pop() : foreign.find((t) => bare(t) && t.from > hit.at && t.from - hit.at <= 4) ?? (isParticipleForm(tokens[hit.at]) ? foreign.filter((t) => bare(t) && t.to <= hit.from && hit.from - t.to <= 10 && !inSpeaker(t.from) && !(tokens[t.to]?.wordClass === "noun" && isCapitalized(tokens[t.to].text))).pop() : undefined);
        if (object) vote(object.target, "oppose", hit.text);
        continue;
      }
      // Nor is what one is told to do praise: "die Türkei müsse ihre Zusagen erfüllen" (see toldByModal).
      if (hit.polarity === "support" && (modalBefore(tokens, span, hit.from, true) || (isZuInfinitiveAt(tokens, hit.at) && demandedBefore(tokens, span, hit.at)))) continue;
      // (An issue named after a side is no doer: "die Taiwan-Frage sei eine Angelegenheit, in die sich niemand einzumischen habe".)
      const inSpan = foreign.filter((t) => t.kind === "actor" && !t.issue);
      const zu = isZuInfinitiveAt(tokens, hit.at);
      const letting = lettingClause(tokens, span, hit);
      if (letting !== null) {
        const agent = inSpan.find((t) => t.from === letting.agent && !t.modifier && !t.place);
        if (agent) vote(agent.target, hit.polarity, hit.text);
        continue;
      }
      // A participle's agent is its doer, not the subject it is done to: "sei von Russland angegriffen worden",
      // "fühle sich von den USA bedroht", "vom Herrschaftsanspruch Russlands über die Krim verletzt werde"
      // (not whose things they are: "die Geschäfte von Chinesen angegriffen").
      // (An infinitive is no participle: "werde Israel nicht mehr bedrohen können"; "überfallen worden" is one.)
      // (Nor one ending its clause after a future's "werde": "Schweden werde sich negativ auf die Sicherheit auswirken";
      // unless a participle spelt as its infinitive has its agent before it: "Moldau werde von Russland überfallen".)
      const bare = tokens[hit.at].norm === tokens[hit.at].lemma.toLowerCase();
      const participleLike = bare && INSEPARABLE_PREFIX.test(tokens[hit.at].norm) && passiveAgent(tokens, hit, inSpan) !== undefined;
      const future = bare && !participleLike && /^[,;:.!?–]?$/.test(tokens[hit.at + 1]?.text ?? "") && tokens.slice(clauseOpening(tokens, span, hit.at), hit.at).some((t) => /^(?:werde|wird|werden|werdet|würde|würden)$/.test(t.norm));
      const infinitive = (bare && MODAL_FORM.test(tokens[hit.at + 1]?.norm ?? "")) || future;
      // (A verb of moving in has its perfect with "sein", no passive: "seien in die Gewässer eingedrungen".)
      const passive = tokens[hit.at].wordClass === "verb" && /(?:t|en)$/.test(tokens[hit.at].norm) && !infinitive && !MOVING_IN.test(tokens[hit.at].lemma.toLowerCase()) && passiveAuxiliary(tokens, span, hit.at);
      const byAgent = passive ? passiveAgent(tokens, hit, inSpan) : undefined;
      if (byAgent) {
        vote(byAgent.target, hit.polarity, hit.text);
        continue;
      }
      // (Nor is the subject of a passive its doer: "Taiwan sei massiv bedroht", "Serbien sei angegriffen worden".)
      if (passive && verbFinal(tokens, span, hit.at)) continue;
      if (passive && /^(?:worden|werden|wird|wurde|wurden)$/.test(tokens[hit.at + 1]?.norm ?? "")) {
        // Its doer is a side in its agent phrase, a demonym too ("das von türkischen Kampffliegern angegriffen worden sei"), never the subject.
        let by = hit.from - 1;
        while (by >= clauseOpening(tokens, span, hit.from) && !/^(?:von|vom|durch)$/.test(tokens[by].norm)) by--;
        // (Not a noun's "von", whose owner it names: "die Geschäfte von Chinesen".)
        // (Nor whom it benefits, "zugunsten Russlands manipuliert", nor a counted person, "von einem Russen angegriffen".)
        if (by >= span.from && /^(?:von|vom|durch)$/.test(tokens[by].norm) && !(tokens[by - 1]?.wordClass === "noun" && isCapitalized(tokens[by - 1].text))) for (const t of inSpan) if (t.from > by && t.to <= hit.from && !t.place && !t.individual && !BENEFIT.test(tokens[t.from - 1]?.norm ?? "")) vote(t.target, hit.polarity, hit.text);
        continue;
      }
      const doer = zu
          ? inSpan.find((t) => !t.modifier && !t.place && clauseOf[t.from - span.from] === clauseOf[0] && t.from - span.from <= 3)
          : clauseSubject(tokens, span, hit, inSpan.filter((t) => clauseOf[t.from - span.from] === clauseOf[hit.at - span.from]));
      if (isPassiveAt(tokens, span, hit.at)) continue;
      // (A person named by their people is no state: "ein 34-jähriger Türke habe die Frau schikaniert".)
      if (doer?.individual) continue;
      if (doer) for (const t of [doer, ...joinedTo(tokens, doer, inSpan)]) vote(t.target, hit.polarity, hit.text);
      // Or the sides whose act the subject is: "Die Politik der USA verstoße gegen das Völkerrecht".
      else if (!zu && !subjectRelative(tokens, span, hit.at) && !objectFronted(tokens, span, hit)) for (const t of subjectPhraseSides(tokens, span, hit, inSpan, lex)) vote(t.target, hit.polarity, hit.text);
      // A relative clause's doer is what it speaks of: "jede Zusammenarbeit zwischen Moskau und Pjöngjang, die gegen
      // Resolutionen des Sicherheitsrats verstoße", "die Politik der USA, die das Völkerrecht verletze".
      else if (!zu && hit.polarity === "oppose" && subjectRelative(tokens, span, hit.at)) for (const t of antecedentSides(tokens, span, hit.at, inSpan, lex)) vote(t.target, hit.polarity, hit.text);
      continue;
    }
    // A side called a culprit is the one judged: "bezeichnete China als Ermöglicher von Russlands Krieg".
    // So is one a condemning noun is said to be: "China sei zu einem „entscheidenden Ermöglicher“ des Krieges geworden".
    const condemningNoun = cue.class === "condemnation" && hit.polarity === "oppose" && isCapitalized(tokens[hit.at].text);
    const calledCulprit = condemningNoun ? calledAs(tokens, span, hit, foreign) : undefined;
    const predicate = !calledCulprit && condemningNoun && isPredicateNoun(tokens, span, hit.from);
    const bareSubject = predicate ? clauseSubject(tokens, span, hit, foreign) : undefined;
    const culprits = calledCulprit ? [calledCulprit] : bareSubject ? [bareSubject] : predicate ? subjectPhraseSides(tokens, span, hit, foreign, lex) : [];
    // A servant's master, in the genitive or after "von": "eine Marionette der USA", "zum Handlanger von ExxonMobil".
    const master = condemningNoun && lex.puppetNouns?.has(cue.words[0]) ? masterOf(tokens, hit.at, foreign) : undefined;
    if (master) vote(master.target, "oppose", hit.text);
    if (culprits.length > 0) {
      for (const t of culprits) vote(t.target, "oppose", hit.text);
      continue;
    }
    // "Es sei heuchlerisch, dass die USA China kritisierten": a judgement of a clause judges that clause's subject.
    const judgedClause = cue.class === "condemnation" && hit.polarity === "oppose" ? extraposedSubject(tokens, span, hit, foreign) : undefined;
    if (judgedClause) {
      vote(judgedClause.target, "oppose", hit.text);
      continue;
    }
    // "die Städte vor russischen Raketen schützen", "die Ukraine gegen Russland verteidigen": what one protects from is
    // opposed; what it protects is chosen below, as for any cue, among the other sides.
    for (const t of threats) vote(t.target, "oppose", hit.text);
    let best: TargetMention | null = null;
    let bestDistance = Infinity;
    // What the cue speaks of is the speaker's own side's ("die Rechte chinesischer Unternehmen schützen"): no partner's.
    // (Not a compound that names both sides: "die russisch-chinesischen Beziehungen".)
    // (A genitive after a noun is as much its own: "die legitimen Sicherheitsinteressen Russlands respektieren".)
    const ownInReach = targets.some((t) => own.has(t.target) && (t.modifier || tokens[t.from - 1]?.wordClass === "noun") && !t.party && !targets.some((o) => o.from === t.from && !own.has(o.target)) && clauseOf[t.from - span.from] === clauseOf[hit.at - span.from] && Math.min(Math.abs(t.from - hit.at), Math.abs(t.to - 1 - hit.at)) <= 4);
    for (const t of foreign) {
      const d = reach(t);
      if (d < bestDistance) [best, bestDistance] = [t, d];
    }
    // A call to restraint is to its addressee, between the verb and the call ("rief China zur Mäßigung auf"); to
    // several sides at once it is even-handed ("rief Indien und Pakistan zur Zurückhaltung auf").
    // (Nor a side inside a phrase of prepositions: "mahnte im Umgang mit Taiwan zur Zurückhaltung".)
    if (best && cue.words.length > 1 && EVEN_HANDED_APPEALS.test(cue.words[cue.words.length - 1]) && (best.from < hit.from || best.to > hit.at || coordinatedWith(tokens, best, foreign).length > 0 || namedWithOthers(best, foreign) || afterPreposition(tokens, best, ADDRESSEE_PREPOSITIONS))) continue;
    if (best) {
      // Rejecting an accusation against a side defends it: "wies die Vorwürfe gegen Belgrad zurück", "Die Vorwürfe gegen
      // Belgrad seien haltlos".
      const accused = hit.polarity === "oppose" && OPPOSING_CLASSES.has(cue.class) && cue.words[0] !== "gegen" && accusedBy(tokens, best);
      vote(best.target, accused ? "support" : hit.polarity, hit.text);
      // Both sides named at once ("beiden Ländern") share it.
      for (const t of foreign) if (t !== best && t.from === best.from && t.to === best.to && t.target !== best.target && reach(t) < Infinity) vote(t.target, hit.polarity, hit.text);
      // Coordinated targets share the cue: "gegen Hegemonie und Unilateralität".
      for (const t of coordinatedWith(tokens, best, foreign)) vote(t.target, hit.polarity, hit.text);
      // A label's object before "als" is rejected with it: "wies die Kritik aus Washington und Brüssel als Einmischung zurück".
      let label = -1;
      if (OPPOSING_CLASSES.has(cue.class) && hit.at > hit.from && best.from < hit.at) for (let k = hit.from + 1; k < best.from && label < 0; k++) if (tokens[k].norm === "als") label = k;
      const labelled = label < 0 ? undefined : foreign.filter((t) => t.kind === "actor" && t.from > hit.from && t.to <= label && !t.place && !t.modifier && clauseOf[t.from - span.from] === clauseOf[hit.at - span.from]).pop();
      if (labelled) for (const t of [labelled, ...coordinatedWith(tokens, labelled, foreign)]) vote(t.target, hit.polarity, hit.text);
      // Whose the opposed concept is: "gegen die Hegemonie der USA".
      const owner = best.kind === "concept" && hit.polarity === "oppose" ? conceptOwner(tokens, span, best, foreign, lex) : null;
      if (owner) vote(owner.target, "oppose", hit.text);
      // An evaluation with no side in reach is of the relation when its clause names one ("bezeichnete die
      // Beziehungen als beispiellos"), else of something else ("ein besserer Schutz der Außengrenzen").
      // A negated opposition supports nobody in particular ("richte sich nicht gegen Drittstaaten"), nor does
      // strengthening one's own ("werde seine Interessen verteidigen").
    } else if (partner && hit.polarity === "support" && cue.polarity === "support" && !threats.some((t) => t.target === partner) && partnerMeant(hit) && !ownObject(tokens, span, hit) && !otherObject(hit) && !ownInReach && (cue.class !== "positive" || relationInClause(tokens, span, clauseOf, hit.at, lex) || talkPraised(hit))) vote(partner, "support", hit.text);
  }
  cueAt = -1;
  // "Die Beziehungen zwischen Moskau und Peking richteten sich nicht gegen Dritte": defending the relation with the partner supports it
  // (not "Die Patrouille richte sich gegen keine Drittstaaten").
  if (partner && partnerInPlay && !votes.has(partner) && NOT_AGAINST_OTHERS.test(ctx.text.slice(st.clean_start, st.clean_end)) && relationWithPartner(tokens, span, targets, partner, lex)) vote(partner, "support", "richtet sich nicht gegen Dritte");
  // "Selenskyj kritisierte, China liefere Russland Bauteile": what a condemnation reports, its
  // subject did; with no other cue for it, the subject is opposed.
  if (condemned && !votes.has(condemned.target)) vote(condemned.target, "oppose", st.cue);
  // Whom a demand tells to end their own doing is opposed: "forderte China auf, seine Unterstützung für Russlands
  // Kriegswirtschaft zu beenden" (one a modal tells, "China müsse … beenden", see toldByModal).
  for (const o of opposingVerbs) {
    if (!/^(?:beenden|einstellen|unterlassen)$/.test(o.cue.words[0]) || o.polarity !== "oppose") continue;
    if (isZuInfinitiveAt(tokens, o.at)) {
      let demand = o.from - 1;
      while (demand >= span.from && !isDemandVerb(tokens, demand)) demand--;
      // Its own doing to end, in the demand's own zu-infinitive ("…, um den Krieg zu beenden" asks for no end of theirs).
      const between = tokens.slice(demand + 1, o.from);
      // (Or a hostile act, whoever's it is: "forderte Manila auf, Provokationen zu unterlassen".)
      const own = (between.some((t) => THIRD_PERSON_POSSESSIVE.test(t.norm)) || between.some((_, i) => hostileAt.has(demand + 1 + i))) && !between.some((t) => t.norm === "um");
      // The addressee follows a finite demand ("forderte China auf, …") or stands before one ending its clause
      // ("hat China aufgefordert, …", "muss Russland auffordern, …").
      const addressee =
        demand < span.from || !own
          ? undefined
          : calledOnBy(foreign, demand) ??
            (tokens[demand + 1]?.text === "," ? foreign.find((t) => t.kind === "actor" && !t.place && !t.modifier && t.to <= demand && demand - t.to <= 1) : undefined);
      if (addressee) vote(addressee.target, "oppose", o.text);
    }
  }
  // So is whom a demand calls to an end of an act: "hat China zu einem Ende der militärischen Drohgebärden aufgerufen".
  for (const h of hostileList) {
    if (h <= span.from) continue;
    let end = h - 1;
    while (end > span.from && h - end < 3 && !ENDING_NOUNS.has(tokens[end].lemma.toLowerCase())) end--;
    const call = ENDING_NOUNS.has(tokens[end].lemma.toLowerCase()) ? callFor(tokens, end) : -1;
    const demanded = call >= 0 && tokens.slice(span.from, span.to).some((_, i) => clauseOf[i] === clauseOf[call - span.from] && isDemandVerb(tokens, span.from + i));
    if (!demanded) continue;
    const addressee = foreign.find((t) => t.kind === "actor" && !t.place && !t.modifier && t.to <= call && call - t.to <= 5 && !afterPreposition(tokens, t) && !tokens.slice(t.to, call).some((x) => x.kind === "punct" || isFiniteVerb(x)));
    if (addressee) vote(addressee.target, "oppose", `${tokens[end].text} ${tokens[h].text}`);
  }
  // Who is warned against doing something is opposed: "hat China davor gewarnt, Russland Waffen zu liefern".
  for (const o of opposingVerbs) {
    if (o.cue.words[0] !== "warnen" || o.polarity !== "oppose" || tokens[o.at - 1]?.norm !== "davor" || !clauseFinalVerb(tokens, o.at, span)) continue;
    const subjectOrVorfeld = outsideMittelfeld(tokens, span, o.at, foreign);
    const warned = foreign.find((t) => t.kind === "actor" && !t.place && !t.modifier && t.from >= clauseOpening(tokens, span, o.at) && t.to < o.at && !subjectOrVorfeld.has(t));
    if (warned) vote(warned.target, "oppose", o.text);
  }
  // Past the one warned, so is the side the warning is against: "warnte die armenische Regierung vor einer weiteren
  // Annäherung an die NATO" (a hostile act's sides are weighed with the act: "warnte China vor einem Angriff auf Taiwan").
  for (const o of opposingVerbs) {
    if (o.cue.words[0] !== "warnen" || o.polarity !== "oppose" || tokens[o.at].wordClass !== "verb") continue;
    const inClause = (k: number) => clauseOf[k - span.from] === clauseOf[o.at - span.from];
    // (The last "vor" before the clause's next verb: "warnte China vor dem Gipfeltreffen vor weiteren Lieferungen".)
    let vor = -1;
    for (let j = o.at + 1; j < span.to && j - o.at <= 12 && inClause(j) && tokens[j].wordClass !== "verb"; j++) if (tokens[j].norm === "vor") vor = j;
    if (vor < 0 || !foreign.some((t) => t.kind === "actor" && t.from > o.at && t.to <= vor)) continue;
    const against = foreign.find((t) => t.kind === "actor" && t.from > vor + 1 && t.from <= vor + 7 && inClause(t.from) && !t.place && !t.modifier && !tokens.slice(vor + 1, t.from).some((x, i) => x.norm === "zwischen" || x.wordClass === "verb" || x.kind === "punct" || hostileAt.has(vor + 1 + i)));
    if (against) for (const t of [against, ...coordinatedWith(tokens, against, foreign)]) vote(t.target, "oppose", o.text);
  }
  // So within the statement: "Wir lehnen es entschieden ab, dass die USA die Beziehungen … verleumden".
  for (const o of opposingVerbs) {
    const dass = tokens[o.at + 1]?.text === "," && tokens[o.at + 2]?.norm === "dass" ? o.at + 2 : -1;
    if (dass < 0 || o.polarity !== "oppose") continue;
    const subject = foreign.find((t) => t.kind === "actor" && t.from > dass && t.from <= dass + 2 && !t.place && !t.modifier && !passiveAfter(tokens, t.to));
    if (subject) vote(subject.target, "oppose", o.text);
  }
  // What the speaker calls a side or its act, in words of general polarity: "nannte die Pläne der EU einen
  // schweren Fehler", "bezeichnete die Politik Washingtons als feindselig" (labels the cue lexicon knows are read above).
  const labelled = labelledSide(st, tokens, span, foreign, lex);
  if (labelled && !votes.has(labelled.side.target)) vote(labelled.side.target, labelled.polarity, labelled.words);
  // Who is told to change course is criticised: "forderte die Regierung in Budapest auf, die Blockade zu beenden".
  // (What they are told to do is no praise of theirs: "…, die Festgenommenen freizulassen und den Dialog mit der Opposition
  // zu suchen"; praise before it stays: "lobte die Ukraine für ihre Reformen und rief Kiew auf, …".)
  const told = toldToChange(tokens, span, foreign, lex);
  const praisedOnlyInTold = told !== null && (supportFrom.get(told.side.target) ?? -1) > told.comma;
  if (told && (!votes.has(told.side.target) || praisedOnlyInTold)) votes.set(told.side.target, { score: -1, cues: [told.cue] });
  // So is a side a modal of demand tells to: "Armenien müsse seine Verfassung ändern", "China solle Zurückhaltung üben".
  // (What it is told to respect is no praise of it: "Die Regierung in Tiflis müsse den Willen des georgischen Volkes respektieren".)
  const demanded = toldByModal(tokens, span, foreign, lex);
  if (demanded && (!votes.has(demanded.side.target) || (supportFrom.get(demanded.side.target) ?? -1) > demanded.at)) votes.set(demanded.side.target, { score: -1, cues: [demanded.cue] });
  // And one a demand's dass-clause tells: "forderte, dass Russland seine Truppen abziehe".
  const toldThat = toldInDassClause(st, tokens, span, foreign, lex);
  // (What it is told to respect is no praise of it: "darauf zu achten, dass Venezuela die Entscheidung respektiere".)
  if (toldThat && (!votes.has(toldThat.side.target) || (supportFrom.get(toldThat.side.target) ?? -1) > toldThat.at)) votes.set(toldThat.side.target, { score: -1, cues: [toldThat.cue] });
  // And a side told what it may not do: "Der Iran dürfe niemals eine Atomwaffe entwickeln".
  // A field not to be left to a side: "Man dürfe das Feld in der Sahelzone nicht Russland überlassen", "nicht Moskau und
  // Peking überlassen".
  for (const side of notLeftTo(tokens, span, foreign)) if (!votes.has(side.target)) vote(side.target, "oppose", "nicht … überlassen");
  // A side said to want no peace: "Russland wolle keinen Frieden, sondern nur eine Pause", "Moskau wolle offensichtlich
  // keine Waffenruhe".
  const unwilling = wantsNoPeace(tokens, span, foreign);
  if (unwilling && !votes.has(unwilling.target)) vote(unwilling.target, "oppose", "wolle keinen Frieden");
  const forbidden = toldNotTo(tokens, span, foreign);
  if (forbidden && !votes.has(forbidden.side.target)) vote(forbidden.side.target, "oppose", forbidden.cue);
  // A release demanded of prisoners held in a country opposes the country that holds them: "forderte die sofortige
  // Freilassung aller politischen Gefangenen in Venezuela", "…, einer Lehrerin, die in Teheran festgenommen wurde".
  const held = releaseDemanded(tokens, span, foreign, lex);
  if (held && !votes.has(held.side.target)) vote(held.side.target, "oppose", held.cue);
  // So does a withdrawal demanded of a side's troops: "forderte den Rückzug der russischen Truppen".
  // "an seiner Seite", "an ihrer Seite": the side the possessive points back to ("Die Ukraine könne sich darauf verlassen,
  // dass die EU an ihrer Seite stehe").
  const backed = sideBackedByPossessive(tokens, span, clauseOf, targets, foreign, lex);
  if (backed && !votes.has(backed.side.target) && !own.has(backed.side.target)) vote(backed.side.target, "support", backed.cue);
  const withdrawing = withdrawalDemanded(tokens, span, foreign, lex);
  if (withdrawing && !votes.has(withdrawing.side.target) && !own.has(withdrawing.side.target)) vote(withdrawing.side.target, "oppose", withdrawing.cue);
  // An envoy summoned: a protest against the envoy's side ("bestellte den russischen Botschafter ein").
  const summoned = envoySummoned(tokens, span, foreign, lex);
  if (summoned && !votes.has(summoned.side.target) && !own.has(summoned.side.target)) vote(summoned.side.target, "oppose", summoned.cue);
  // A right granted or denied: "Die Philippinen hätten das Recht, ihren Außenposten zu versorgen", "Washington habe kein Recht,
  // …", "Über Gebietsfragen könne allein die Ukraine entscheiden".
  const right = rightOfSide(tokens, span, foreign);
  if (right && !votes.has(right.side.target) && !own.has(right.side.target)) vote(right.side.target, right.polarity, right.cue);
  // A return demanded: who must give back is opposed, whom it goes to supported ("Russland müsse die Kontrolle über das
  // Kraftwerk an die Ukraine zurückgeben").
  const returning = returnDemanded(tokens, span, foreign, lex);
  if (returning?.giver && !votes.has(returning.giver.target) && !own.has(returning.giver.target)) vote(returning.giver.target, "oppose", returning.cue);
  if (returning?.recipient && !votes.has(returning.recipient.target) && !own.has(returning.recipient.target)) vote(returning.recipient.target, "support", returning.cue);
  // "nicht A, sondern B": a negation of one side only, the other after "sondern" takes the cue as it is ("unterstütze nicht
  // Russland, sondern die Ukraine", "sieht die Schuld nicht bei Russland, sondern bei den USA").
  for (const hit of cues) {
    const instead = hit.negator === undefined ? null : contrastAfter(tokens, span, hit.negator, targets);
    if (instead && !own.has(instead.target) && !(votes.get(instead.target)?.score)) vote(instead.target, hit.polarity === "support" ? "oppose" : "support", `sondern ${hit.text.replace(/^\S+ /, "")}`);
  }
  // A threat: what follows if a side acts is the speaker's answer to it, "Sollte Israel erneut gegen Iran vorgehen, werde
  // die Antwort sofort erfolgen", "Sollten die USA Militäroperationen einleiten, werde Iran antworten".
  const threatened = conditionThreatened(tokens, span, clauseOf, foreign, hostileAt, lex.undoingWords ?? []);
  if (threatened && !votes.has(threatened.side.target)) vote(threatened.side.target, "oppose", threatened.cue);
  // Concepts named without a cue near them take their default ("Hegemonie" is named to reject it).
  for (const t of targets) {
    if (t.kind !== "concept" || !t.fallback) continue;
    const cued = votes.has(t.target);
    if (!cued) vote(t.target, t.fallback, t.target);
    // "die Hegemonie der USA" named to reject it rejects the USA's; so does rejecting it by a cue ("lehne die
    // protektionistischen Praktiken der EU ab").
    const rejected = cued ? (votes.get(t.target)?.score ?? 0) < 0 : t.fallback === "oppose";
    const owner = rejected ? conceptOwner(tokens, span, t, foreign, lex) : null;
    if (owner && !votes.has(owner.target)) vote(owner.target, "oppose", t.target);
  }
  // Sides listed together share what one of them is given, where no cue spoke of the others:
  // "die Sanktionen der USA und der EU", "Wir warnen Washington, Seoul und Tokio"; so do the two "beide Länder" names.
  const given = [...votes].filter(([, v]) => v.score !== 0);
  for (const t of foreign) {
    const v = given.find(([target]) => target === t.target)?.[1];
    if (!v || t.kind !== "actor" || t.place || t.modifier) continue;
    for (const c of [...coordinatedWith(tokens, t, foreign), ...foreign.filter((x) => x !== t && x.from === t.from && x.to === t.to)]) {
      if (c.kind !== "actor" || c.place || c.modifier || votes.has(c.target)) continue;
      vote(c.target, v.score > 0 ? "support" : "oppose", v.cues[0]);
    }
  }
  const out: StanceTarget[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    if (own.has(t.target) || seen.has(t.target)) continue;
    seen.add(t.target);
    const v = votes.get(t.target);
    out.push({ target: t.target, polarity: !v || v.score === 0 ? "neutral" : v.score > 0 ? "support" : "oppose", cues: v?.cues ?? [] });
  }
  for (const [target, v] of votes) {
    if (seen.has(target)) continue;
    out.push({ target, polarity: v.score === 0 ? "neutral" : v.score > 0 ? "support" : "oppose", cues: v.cues });
  }
  return out;
}

// Verbs that tell someone to act, their addressee in the accusative: "forderte X auf", "rief X auf", "drängte X".
// (Of DEMAND_VERBS those with an addressee: "fordern" and "verlangen" alone take what is demanded, "forderte Sanktionen".)
const ADDRESSING = new Set(["auffordern", "aufrufen", "drängen", "mahnen", "ermahnen", "anweisen", "verpflichten"]);
// Verbs that ask something of whom "von" names: "erwarte von Venezuela, dass …", "forderte von Russland, …".
const ASKING_OF = new Set(["fordern", "erwarten", "verlangen"]);

/** Does "von" or "vom" stand before token k, an article between or not ("von der Türkei", "vom Iran")? */
function vonBefore(tokens: Token[], k: number): boolean {
  const j = ARTICLE.test(tokens[k - 1]?.norm ?? "") ? k - 2 : k - 1;
  return /^(?:von|vom)$/.test(tokens[j]?.norm ?? "");
}

/**
 * The side a demand tells to change course, and the demand's words: "forderte die aserbaidschanische Führung auf,
 * Beobachtern Zugang zu gewähren", "drängte Peking, die Zölle aufzuheben". The addressee stands between the verb and
 * its comma; a corrective verb (corrective-verbs.txt) or a call to restraint follows in what it is told to do.
 */
function toldToChange(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string; comma: number } | null {
  const corrective = lex.correctiveVerbs;
  if (!corrective || corrective.size === 0) return null;
  for (let k = span.from; k < span.to; k++) {
    const t = tokens[k];
    if (t.wordClass !== "verb") continue;
    const lemma = t.lemma.toLowerCase();
    // (Only a verb of addressing is looked at further: this runs for every statement.)
    const askedOf = ASKING_OF.has(lemma);
    if (!ADDRESSING.has(lemma) && !askedOf && lemma !== "rufen") continue;
    let comma = k + 1;
    while (comma < span.to && tokens[comma].text !== "," && !/^[.;:!?]$/.test(tokens[comma].text)) comma++;
    if (comma >= span.to || tokens[comma].text !== ",") continue;
    // A separated particle closes the bracket: "forderte … auf", "rief … auf". A participle ends it, the addressee before
    // it: "hat Russland aufgefordert, …".
    const particle = tokens[comma - 1].norm === "auf" && (lemma === "fordern" || lemma === "rufen");
    // (Or asked of whom "von" names: "erwarte von Venezuela, dass es die Anordnung respektiere", "verlangte von Moskau, …".)
    const fromSide = askedOf && !particle ? targets.find((x) => x.kind === "actor" && x.from > k && x.to <= comma && vonBefore(tokens, x.from) && !x.modifier) : undefined;
    if (!ADDRESSING.has(lemma) && !particle && !fromSide) continue;
    // (A past participle after an auxiliary: not "China dränge, …", whose subject urges.)
    const participle = comma === k + 1 && /ge\p{Ll}+(?:t|en)$/u.test(t.norm) && tokens.slice(clauseOpening(tokens, span, k), k).some((x) => AUX_FORMS.has(x.norm));
    const [from, to] = participle ? [clauseOpening(tokens, span, k), k] : [k + 1, comma];
    // The last side there (an inverted subject comes first: "nun dränge Frankreich die Ukraine, …"); an appeal to several
    // sides takes none's part ("rief Russland und die Ukraine auf, die Kämpfe einzustellen").
    const inBracket = targets.filter((x) => x.kind === "actor" && x.from >= from && x.to <= to && !x.place && !x.modifier && !x.issue && (!afterPreposition(tokens, x) || namedBySeat(tokens, x)));
    const side = fromSide ?? inBracket[inBracket.length - 1];
    if (!side || coordinatedWith(tokens, side, targets).length > 0 || namedWithOthers(side, targets) || (participle && inBracket.length > 1)) continue;
    // In the first clause of what it is told (not a purpose after it: "…, seinen Einfluss zu nutzen, um den Krieg zu beenden"),
    // and not negated ("die Gespräche nicht zu unterlassen").
    // (Not a purpose: "forderte Waffen von Washington, um den Krieg zu beenden".)
    if (/^(?:um|damit|ohne|statt|anstatt)$/.test(tokens[comma + 1]?.norm ?? "")) continue;
    let end = comma + 1;
    while (end < span.to && (!/^[,.;:!?]$/.test(tokens[end].text) || listComma(tokens, end))) end++;
    // (Told to hold back is told to change course too: "…, Zurückhaltung zu üben"; not to bring others to it: "…, zur
    // Deeskalation beizutragen", "Israel zur Zurückhaltung zu bewegen".)
    const holdBack = (i: number) => EVEN_HANDED_APPEALS.test(tokens[i].lemma.toLowerCase()) && tokens.slice(i + 1, Math.min(end, i + 4)).some((x) => RESTRAINT_VERBS.test(x.lemma.toLowerCase()));
    const at = tokens.slice(comma + 1, end).findIndex((x, i) => correctiveAt(tokens, comma + 1 + i, lex) || holdBack(comma + 1 + i));
    // (Nor a forecast: "erwarte von China, dass es seine Politik ändern werde".)
    const future = at >= 0 && /^(?:werde|werden|wird|würde|würden)$/.test(tokens[comma + 2 + at]?.norm ?? "");
    if (at >= 0 && !future && !negatedBefore(tokens, span, comma + 1 + at, lex)) return { side, cue: `${t.text} … ${tokens[comma + 1 + at].text}`, comma };
    const refrain = toldToRefrain(tokens, comma, end);
    if (refrain !== null) return { side, cue: `${t.text} … ${tokens[refrain].text}`, comma };
  }
  return null;
}

// Adverbs that may come before the negation of what a side is told to do: "…, nicht erneut zurückzuschlagen".
const BEFORE_REFRAIN = /^(?:sich|ebenfalls|auch|erneut|jetzt|nun|künftig|weiter|weiterhin|länger|mehr|dann|zudem)$/;
// Told not to let up, give up or forget is encouraged, not criticised: "…, in ihrer Unterstützung nicht nachzulassen".
const LETTING_UP = /^(?:nachlassen|aufgeben|vergessen|verzagen|zögern|zurückschrecken|entmutigen|abwenden|nachgeben|ermüden|resignieren|ausruhen|verlieren)$/;

/**
 * Is what a side is told (from the comma after the appeal to `end`) to hold back from an act: "forderte die Führung in
 * Teheran auf, nicht erneut zurückzuschlagen", "…, keine weiteren Waffen zu liefern"? The negation's index, or null.
 */
function toldToRefrain(tokens: Token[], comma: number, end: number): number | null {
  let k = comma + 1;
  while (k < end && BEFORE_REFRAIN.test(tokens[k].norm)) k++;
  const negation = tokens[k]?.norm === "nicht" ? tokens[k + 1]?.norm !== "nur" : /^kein(?:e|en|er|es|em)?$/.test(tokens[k]?.norm ?? "");
  if (k >= end || !negation) return null;
  // (A zu-infinitive to refrain from, not letting up: "…, nicht nachzulassen", "…, die Ukraine nicht zu vergessen".)
  const verbs = tokens.slice(k + 1, end).filter((x) => x.wordClass === "verb");
  if (verbs.length === 0 || !tokens.slice(k + 1, end).some((x) => x.norm === "zu" || (/zu\p{Ll}{3,}(?:en|ern|eln)$/u.test(x.norm) && verbs.includes(x)))) return null;
  return verbs.some((x) => LETTING_UP.test(x.lemma.toLowerCase())) ? null : k;
}

/** Does the comma at k join names in a list ("aus Donezk, Luhansk und Cherson abziehen"), not clauses? */
function listComma(tokens: Token[], k: number): boolean {
  const name = (t: Token | undefined) => t !== undefined && t.kind === "word" && isCapitalized(t.text) && (t.wordClass === "name" || t.wordClass === null || t.wordClass === "noun");
  return tokens[k].text === "," && name(tokens[k - 1]) && name(tokens[k + 1]) && !isFiniteVerb(tokens[k + 2] ?? tokens[k + 1]);
}

/** Are several sides named at once with the target ("beide Seiten", "beide Regierungen": the article's pair)? */
function namedWithOthers(t: TargetMention, targets: readonly TargetMention[]): boolean {
  return targets.some((x) => x !== t && x.from === t.from && x.to === t.to && x.target !== t.target);
}

// People a state takes back (readmission), not a decision it retracts.
const PEOPLE_TAKEN_BACK = /^(?:menschen|personen|flüchtlinge|migranten|migrantinnen|asylbewerber|asylwerber|schutzsuchende|staatsbürger|bürger)$/;

/**
 * The side a modal of demand tells to change course as the subject of its clause: "Armenien müsse seine Verfassung
 * ändern", "Die Volksrepublik solle Zurückhaltung üben"; a corrective verb or a call to restraint in that clause, not
 * negated, and one side alone ("Russland und die Ukraine müssten die Kämpfe einstellen" takes no one's part).
 */
function toldByModal(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string; at: number } | null {
  const corrective = lex.correctiveVerbs;
  if (!corrective || corrective.size === 0) return null;
  for (let k = span.from; k < span.to; k++) {
    // (Not "soll"/"sollen", which report plans and hearsay: "Die Truppen sollen bis Mai abgezogen werden".)
    if (!DEMANDING_MODALS.has(tokens[k].norm) || /^(?:soll|sollen)$/.test(tokens[k].norm)) continue;
    let end = k + 1;
    while (end < span.to && (!/^[,.;:!?–]$/.test(tokens[end].text) || listComma(tokens, end))) end++;
    const holdBack = (i: number) => EVEN_HANDED_APPEALS.test(tokens[i].lemma.toLowerCase()) && tokens.slice(i + 1, Math.min(end, i + 4)).some((x) => RESTRAINT_VERBS.test(x.lemma.toLowerCase()));
    // (Or to be stopped: "Iran müsse gestoppt werden", "Russland muss isoliert werden".)
    const stopped = (i: number) => tokens[i].wordClass === "verb" && STOPPED.test(tokens[i].lemma.toLowerCase()) && tokens[i + 1]?.norm === "werden";
    let at = k + 1;
    while (at < end && !(correctiveAt(tokens, at, lex) || holdBack(at) || stopped(at))) at++;
    if (at >= end || negatedBefore(tokens, span, at, lex)) continue;
    // (People taken back are no course changed: "Österreich müsse Menschen von Deutschland zurücknehmen".)
    if (tokens[at].lemma.toLowerCase() === "zurücknehmen" && tokens.slice(k + 1, at).some((x) => PEOPLE_TAKEN_BACK.test(x.norm))) continue;
    // (Nor hearsay of a deed done or wanted: "Russland solle seine Truppen abgezogen haben", "… abziehen wollen".)
    if (HEARSAY_AFTER.test(tokens[at + 1]?.norm ?? "") && !stopped(at)) continue;
    const side = modalSubject(tokens, span, targets, k, end);
    if (side) return { side, cue: `${tokens[k].text} … ${tokens[at].text}`, at: k };
  }
  return null;
}
/**
 * Is token i a corrective verb (corrective-verbs.txt), or "rückgängig" before "machen" ("die Entscheidung rückgängig machen")?
 * A verb listed with object heads needs one of them among the ten words before it, and none marked "!": "die Sanktionen
 * zu lockern", not "die Geldpolitik zu lockern"; "seine Stützpunkte räumen", not "die Minenfelder räumen".
 */
function correctiveAt(tokens: Token[], i: number, lex: StanceLexicon): boolean {
  const t = tokens[i];
  if (t.norm === "rückgängig" && tokens[i + 1]?.lemma.toLowerCase() === "machen") return true;
  const lemma = t.lemma.toLowerCase();
  if (t.wordClass !== "verb" || !lex.correctiveVerbs?.has(lemma)) return false;
  const heads = lex.correctiveObjects?.get(lemma);
  if (!heads) return true;
  const nouns = tokens.slice(Math.max(0, i - 10), i).filter((x) => x.wordClass === "noun" || (x.wordClass === null && x.kind === "word" && isCapitalized(x.text)));
  const headed = (h: string) => nouns.some((x) => x.lemma.toLowerCase().endsWith(h));
  // ("!head": not with that object; plain heads: only with one of them.)
  const required = heads.filter((h) => !h.startsWith("!"));
  return !heads.some((h) => h.startsWith("!") && headed(h.slice(1))) && (required.length === 0 || required.some(headed));
}

/**
 * The side a demand's dass-clause tells to change course, its subject: "forderte, dass Russland seine Truppen abziehe"
 * (the statement's cue a demand, the clause its content), "die Bundesregierung erwarte, dass Iran die Entscheidung
 * rückgängig mache", "es sei an der Zeit, dass Russland seine Stützpunkte räume". Not a forecast ("erwarte, dass China
 * seine Politik ändern werde"), not negated, one side alone.
 */
function toldInDassClause(st: Statement, tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string; at: number } | null {
  const corrective = lex.correctiveVerbs;
  if (!corrective || corrective.size === 0) return null;
  // (Or insisting on it: "rief auf, darauf zu achten, dass Venezuela die Entscheidung respektiere", "bestand darauf, dass …".)
  const insisting = (k: number) => tokens[k].wordClass === "verb" && INSISTING.test(tokens[k].lemma.toLowerCase()) && tokens.slice(Math.max(span.from, k - 3), k).some((t) => t.norm === "darauf");
  const demanding = (k: number) => isDemandVerb(tokens, k) || insisting(k) || (tokens[k].wordClass === "verb" && tokens[k].lemma.toLowerCase() === "erwarten") || (NECESSARY.test(tokens[k].norm) && !/^(?:nicht|kein|keine)$/.test(tokens[k - 1]?.norm ?? ""));
  const openings = (DEMAND_CUE.test(st.cue) || /^erwart/i.test(st.cue)) && tokens[span.from].norm === "dass" ? [span.from] : [];
  // (Not a demand negated: "er habe nie gefordert, dass …", "hat zu keinem Zeitpunkt gefordert, dass …".)
  for (let k = span.from; k < span.to; k++) if (tokens[k].text === "," && tokens[k + 1]?.norm === "dass" && k > span.from && demanding(k - 1) && !tokens.slice(clauseOpening(tokens, span, k - 1), k - 1).some((t) => lex.negators.has(t.norm))) openings.push(k + 1);
  const expecting = (dass: number) => (dass === span.from ? /^erwart/i.test(st.cue) : tokens[dass - 2].lemma.toLowerCase() === "erwarten");
  for (const dass of openings) {
    const side = targets.find((t) => t.kind === "actor" && t.from > dass && t.from <= dass + 2 && !t.place && !t.modifier && !t.issue);
    if (!side || coordinatedWith(tokens, side, targets).length > 0 || namedWithOthers(side, targets)) continue;
    let end = dass + 1;
    while (end < span.to && (!/^[,.;:!?–]$/.test(tokens[end].text) || listComma(tokens, end))) end++;
    let at = side.to;
    while (at < end && !correctiveAt(tokens, at, lex)) at++;
    if (at >= end || negatedBefore(tokens, span, at, lex) || /^(?:werde|werden|wird|würde|würden)$/.test(tokens[end - 1].norm)) continue;
    // (An expectation in the indicative is a demand too, "Wir erwarten, dass Russland seine Truppen abzieht"; a time
    // ahead makes it a forecast: "erwartet, dass Russland seine Truppen bald abzieht".)
    if (expecting(dass) && tokens.slice(dass + 1, end).some((t) => /^(?:bald|demnächst|künftig|irgendwann|früher|später|wohl|vermutlich|wahrscheinlich)$/.test(t.norm))) continue;
    return { side, cue: `${tokens[dass].text} … ${tokens[at].text}`, at: dass };
  }
  return null;
}


/** Is the doer of the deed at `hit` a side itself or its forces: a side named bare before it in its clause, or a noun of forces? */
function stateDoer(tokens: Token[], span: Span, hit: CueHit, targets: readonly TargetMention[], forceNouns: readonly string[]): boolean {
  const open = clauseOpening(tokens, span, hit.at);
  const before = targets.filter((t) => t.kind === "actor" && !t.place && t.from >= open && t.to <= hit.from);
  const adjective = (t: TargetMention) => t.modifier === true || tokens[t.from].wordClass === "adj";
  if (before.some((t) => !adjective(t))) return true;
  const forces = (t: Token | undefined) => t !== undefined && t.kind === "word" && t.wordClass !== "function" && isCapitalized(t.text) && endsInOne(t.lemma.toLowerCase(), forceNouns);
  // (A side's adjective names whose people did it: its forces, "chinesische Schiffe", not "somalische Piraten".)
  if (before.length > 0) return before.some((t) => forces(tokens[t.to]));
  return tokens.slice(open, hit.from).some((t) => forces(t));
}

// Words before "Partner" that make it the allies as a group.
const ALLIES_BEFORE = /^(?:die|den|unsere|unseren|seine|seinen|ihre|ihren|westlichen|westliche|internationalen|internationale|europäischen|europäische|alle|allen)$/;
// Verbs of moving in, whose perfect takes "sein": "sind eingedrungen", "seien einmarschiert".
const MOVING_IN = /^(?:eindringen|einmarschieren|vordringen|einfallen|vorrücken)$/;
const INSISTING = /^(?:achten|bestehen|pochen|drängen|dringen|hinwirken)$/;

// What a side is blamed for not wanting: peace and the ways to it.
const PEACE_WANTED = /^(?:frieden|waffenruhe|waffenstillstand|feuerpause|verhandlungen|verhandlungslösung|lösung|einigung|dialog|kompromiss|deeskalation|friedensgespräche)$/;

/** The one side that is the subject of "wolle(n) kein(en) Frieden" and the like. */
function wantsNoPeace(tokens: Token[], span: Span, targets: TargetMention[]): TargetMention | undefined {
  for (let k = span.from; k < span.to; k++) {
    if (!/^(?:will|wolle|wollen|wollte|wollten)$/.test(tokens[k].norm)) continue;
    let j = k + 1;
    while (j < span.to && j <= k + 3 && !/^kein(?:e|en|er|es|em)?$/.test(tokens[j].norm) && tokens[j].kind === "word" && !isCapitalized(tokens[j].text)) j++;
    if (!/^kein(?:e|en|er|es|em)?$/.test(tokens[j]?.norm ?? "") || !PEACE_WANTED.test(tokens[j + 1]?.lemma.toLowerCase() ?? "")) continue;
    const end = stopAt(tokens, span, j + 2, /^[,.;:!?–]$/);
    return modalSubject(tokens, span, targets, k, end);
  }
  return undefined;
}

/** The sides a negated "überlassen" names as whom something is not to be left to, right before the verb. */
function notLeftTo(tokens: Token[], span: Span, targets: TargetMention[]): TargetMention[] {
  for (let k = span.from; k < span.to; k++) {
    if (tokens[k].wordClass !== "verb" || tokens[k].lemma.toLowerCase() !== "überlassen") continue;
    const open = clauseOpening(tokens, span, k);
    const no = tokens.slice(open, k).findIndex((t) => /^(?:nicht|keinesfalls|niemals|nie)$/.test(t.norm));
    if (no < 0) continue;
    const sides = targets.filter((t) => t.kind === "actor" && !t.place && !t.modifier && t.from > open + no && t.to <= k && k - t.to <= 4);
    // (Not left to it alone: "nicht allein der Ukraine überlassen".)
    if (sides.length > 0 && tokens.slice(open + no, sides[0].from).some((t) => /^(?:allein|nur|ausschließlich)$/.test(t.norm))) continue;
    if (sides.length > 0 && tokens.slice(sides[sides.length - 1].to, k).every((t) => t.kind === "word" && !isCapitalized(t.text))) return sides;
  }
  return [];
}

// Verbs of stopping a side, whose passive subject a modal of demand opposes.
const STOPPED = /^(?:stoppen|aufhalten|bestrafen|besiegen|isolieren|sanktionieren|bekämpfen|entwaffnen|zerschlagen|eindämmen|zurückdrängen)$/;

const MODAL_CUE: StanceCue = { words: [], polarity: "oppose", class: "condemnation", scope: "subject" };

/** The one side that is the subject of the clause of the modal at k (ending before `end`), none where several are named together. */
function modalSubject(tokens: Token[], span: Span, targets: TargetMention[], k: number, end: number): TargetMention | undefined {
  const open = clauseOpening(tokens, span, k);
  const inClause = targets.filter((t) => t.kind === "actor" && t.from >= open && t.to <= end);
  const modal: CueHit = { cue: MODAL_CUE, at: k, from: k, polarity: "oppose", text: tokens[k].text };
  const side = clauseSubject(tokens, span, modal, inClause);
  return side && coordinatedWith(tokens, side, targets).length === 0 && !namedWithOthers(side, targets) ? side : undefined;
}

const WORRY_NOUN = /^(?:sorge|sorgen|besorgnis|bedenken|angst|furcht)$/;
const RELEASE = /^(?:freilassung|freilassen|freizulassen|freigelassen|rückkehr|rückführung)$/;

// Words of being held: the released are named as held, right before the place or right after it.
const HELD = /^(?:gefangene[n]?|häftling(?:e|en)?|geisel[n]?|inhaftiert\p{Ll}*|festgehalten\p{Ll}*|festgenommen\p{Ll}*|verhaftet\p{Ll}*|gefangen\p{Ll}*|verurteilt\p{Ll}*|entführt\p{Ll}*|eingesperrt\p{Ll}*|verschleppt\p{Ll}*|deportiert\p{Ll}*)$/u;

/**
 * The country where those whose release the statement demands are held: "die Freilassung aller politischen
 * Gefangenen in Venezuela", "einer Lehrerin, die in Teheran festgenommen wurde". Not a place of something else ("bei
 * seinem Besuch in Ägypten"), nor a demand negated or rejected ("wies die Forderung nach Freilassung … zurück").
 */
function releaseDemanded(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string } | null {
  let release = -1;
  for (let k = span.from; k < span.to && release < 0; k++) if (RELEASE.test(tokens[k].norm)) release = k;
  // (Demanded by a verb or as a demand: "forderte die Freilassung", "die Forderung nach Freilassung".)
  const demanded = release >= 0 && tokens.slice(span.from, release).some((t) => DEMAND_VERBS.has(t.lemma.toLowerCase()) || /^forderung/.test(t.norm));
  if (!demanded || negatedBefore(tokens, span, release, lex) || rejectedIn(tokens, span)) return null;
  const side = targets.find((t) => t.kind === "actor" && t.place && t.from > release && t.from - release <= 14 && tokens[t.from].sentence === tokens[release].sentence);
  if (!side) return null;
  const heldWords = [...tokens.slice(Math.max(release + 1, side.from - 3), side.from), ...tokens.slice(side.to, Math.min(span.to, side.to + 3))].filter((t) => HELD.test(t.norm));
  // (A return is asked of those held in or taken to the country: "die Rückkehr der nach Russland verschleppten Kinder",
  // not of convicts, "der in Deutschland verurteilten Straftäter", nor from where they were taken, "aus der Ukraine".)
  // (A "Rückführung" only of those taken away: "der in Syrien gefangenen IS-Anhänger" are a state's own to take back.)
  const returning = /^(?:rückkehr|rückführung)$/.test(tokens[release].norm);
  const takenAway = heldWords.every((t) => /^(?:verschleppt|deportiert|entführt)/.test(t.norm));
  const held = heldWords.length > 0 && (!returning || (tokens[side.from - 1]?.norm !== "aus" && !heldWords.some((t) => /^verurteilt/.test(t.norm)) && (tokens[release].norm === "rückkehr" || takenAway)));
  // (Nor a demand negated after its verb: "verlangt die Rückführung … nicht".)
  if (tokens.slice(release + 1, span.to).some((t) => t.norm === "nicht" && /^[.,;!?]$/.test(tokens[t.index + 1]?.text ?? "."))) return null;
  return held && !tokens.slice(release + 1, side.from).some((t) => isFiniteVerb(t) && !HELD.test(t.norm)) ? { side, cue: tokens[release].text } : null;
}

/** Does the statement reject what it names ("wies die Forderung nach … zurück", "lehnte den Abzug … ab")? */
function rejectedIn(tokens: Token[], span: Span): boolean {
  return tokens.slice(span.from, span.to).some((t) => REJECTING_VERB.test(t.norm) || /^(?:ablehn|lehnt|lehnte)/.test(t.norm));
}

/**
 * The side that "an seiner Seite" or "an ihrer Seite" stands by: the nearest side before it outside its clause (whose
 * subject stands by it), of the possessive's gender: "seiner" a side named bare ("Armenien", "Russland"), "ihrer" one
 * named with an article ("die Ukraine", "die USA"). Not negated ("nicht an ihrer Seite").
 */
function sideBackedByPossessive(tokens: Token[], span: Span, clauseOf: number[], targets: readonly TargetMention[], foreign: readonly TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string } | null {
  for (let k = span.from + 1; k + 2 < span.to; k++) {
    if (tokens[k].norm !== "an" || !/^(?:seiner|ihrer)$/.test(tokens[k + 1].norm) || tokens[k + 2].norm !== "seite") continue;
    // (Nor doubted anywhere before it: "die Ukraine könne nicht damit rechnen, dass Ungarn an ihrer Seite stehe", "die
    // Philippinen glaubten, die USA stünden an ihrer Seite".)
    if (tokens.slice(span.from, k).some((t) => lex.negators.has(t.norm) || DOUBTING.test(t.lemma.toLowerCase()))) continue;
    const feminine = tokens[k + 1].norm === "ihrer";
    const clause = clauseOf[k - span.from];
    const before = targets.filter((t) => t.kind === "actor" && t.to <= k && !t.place && !t.modifier && clauseOf[t.from - span.from] !== clause && /^(?:die|der)$/.test(tokens[t.from - 1]?.norm ?? "") === feminine);
    // (The nearest may be the speaker's own side: "Belarus stehe fest an seiner Seite", said in Moscow of Russia.)
    const side = before[before.length - 1];
    if (side && foreign.includes(side)) return { side, cue: `${tokens[k].text} ${tokens[k + 1].text} ${tokens[k + 2].text}` };
  }
  return null;
}

// Verbs that would keep an act from happening: "lehnte jede Militärintervention ab", "warnte vor einer Invasion".
const KEEPING_OFF = /^(?:ablehnen|zurückweisen|warnen|verhindern|abwenden)$/;

// Verbs of belief or hope, which leave what follows in doubt.
const DOUBTING = /^(?:glauben|hoffen|meinen|denken|annehmen|träumen|wähnen|erwarten)$/;

const WITHDRAWAL = /^(?:abzug|rückzug|truppenabzug)$/;
// Speaking for something ("sich für … aussprechen"), insisting on it ("auf … bestehen", "müsse auf … beruhen"), nouns of a condition.
const ADVOCATING = /^(?:aussprechen|eintreten|plädieren|werben)$/;
const INSISTING_ON = /^(?:bestehen|pochen|beharren|beruhen|basieren)$/;
const CONDITION_NOUN = /(?:voraussetzung|bedingung)$/;

/**
 * The side whose troops the statement demands to withdraw: "forderte den Rückzug der russischen Truppen", "verlangte den
 * Abzug Russlands aus der Ukraine". Named right after the noun, by its troops' adjective or its genitive; not a demand
 * negated or rejected.
 */
function withdrawalDemanded(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string } | null {
  // Lemmas of the statement, separable verbs joined with their particle ("sprach sich … aus" as "aussprechen").
  const lemmas = tokens.slice(span.from, span.to).map((t) => joinedLemma(tokens, t, span.to));
  // The preposition that opens the noun's phrase, if any.
  const phrasePreposition = (k: number) => {
    const j = openerOf(tokens, k, span.from);
    return j >= span.from && PREPOSITIONS.has(tokens[j].norm) ? tokens[j].norm : null;
  };
  // (The demand's object, not a time: "Seit dem Rückzug der russischen Truppen fordert Kiew …"; but what one speaks for or
  // insists on: "sprach sich für einen vollständigen Abzug … aus", "müsse auf dem Abzug der russischen Truppen beruhen".)
  const advocated = (prep: string | null) => (prep === "für" && lemmas.some((l) => ADVOCATING.test(l))) || (prep === "auf" && lemmas.some((l) => INSISTING_ON.test(l)));
  let at = -1;
  for (let k = span.from; k < span.to && at < 0; k++) if (WITHDRAWAL.test(tokens[k].lemma.toLowerCase()) && tokens[k].wordClass === "noun" && (phrasePreposition(k) === null || advocated(phrasePreposition(k)))) at = k;
  // (The demand's verb may close the clause: "hat … den Rückzug der russischen Truppen gefordert". A condition is one:
  // "ein gerechter Frieden setze den Abzug der russischen Truppen voraus".)
  // A condition: the withdrawal is what "voraussetzen" needs, not the subject that needs something ("der Abzug … setze eine
  // Einigung voraus"); or a "Bedingung", "Voraussetzung" that is no side's ("eine Bedingung Russlands") nor one it was
  // done under ("unter der Bedingung").
  let opener = at - 1;
  while (opener >= span.from && (ARTICLE.test(tokens[opener].norm) || tokens[opener].wordClass === "adj")) opener--;
  const subject = at >= 0 && clauseOpening(tokens, span, at) === opener + 1;
  const conditionNoun = (k: number) => {
    if (!CONDITION_NOUN.test(tokens[k].lemma.toLowerCase()) || tokens[openerOf(tokens, k, span.from)]?.norm === "unter") return false;
    return !targets.some((t) => t.kind === "actor" && (t.from === k + 1 || (t.from === k + 2 && /^(?:des|der)$/.test(tokens[k + 1].norm))));
  };
  const condition = at >= 0 && tokens.slice(span.from, span.to).some((t, i) => (t.wordClass === "verb" && lemmas[i] === "voraussetzen" && !subject) || (t.wordClass === "noun" && conditionNoun(span.from + i)));
  const demanded = at >= 0 && (advocated(phrasePreposition(at)) || condition || lemmas.some((l) => DEMAND_VERBS.has(l) || /^forderung/.test(l)));
  if (!demanded || negatedBefore(tokens, span, at, lex) || rejectedIn(tokens, span)) return null;
  const side = targets.find((t) => t.kind === "actor" && !t.place && t.from > at && t.from - at <= 3 && (t.modifier ? MILITARY.test(tokens[t.to]?.norm ?? "") : /s$/.test(tokens[t.to - 1].norm) || /^(?:des|der)$/.test(tokens[t.from - 1]?.norm ?? "")));
  return side ? { side, cue: tokens[at].text } : null;
}

// Envoys, whom a side summons in protest.
const ENVOY = /^(?:botschafter|botschafterin|geschäftsträger|geschäftsträgerin|gesandte|gesandter|diplomat|diplomatin)$/;

/**
 * The side whose envoy the statement says was summoned: "bestellte den russischen Botschafter ein", "hat den Geschäftsträger
 * der chinesischen Botschaft einbestellt". Its demonym before the envoy, or a side named right after; not a summons denied,
 * nor one of no envoy ("will den Minister in den Ausschuss einbestellen").
 */
function envoySummoned(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string } | null {
  for (let k = span.from; k < span.to; k++) {
    if (tokens[k].wordClass !== "verb" || joinedLemma(tokens, tokens[k], span.to) !== "einbestellen" || negatedBefore(tokens, span, k, lex)) continue;
    const open = clauseOpening(tokens, span, k);
    const end = stopAt(tokens, span, k + 1, /^[,;:.!?]$/);
    for (let j = open; j < end; j++) {
      if (tokens[j].wordClass !== "noun" || !ENVOY.test(tokens[j].lemma.toLowerCase())) continue;
      const side = targets.find((x) => x.kind === "actor" && !x.place && x.to <= j && j - x.to <= 1 && x.from >= open) ?? targets.find((x) => x.kind === "actor" && !x.place && x.from > j && x.from <= j + 4 && x.to <= end);
      if (side) return { side, cue: `${tokens[j].text} einbestellt` };
    }
  }
  return null;
}

const HAVING = /^(?:hat|habe|haben|hätte|hätten|hatte|hatten)$/;
// Verbs of deciding, which one side "alone" may do: "könne allein die Ukraine entscheiden".
const DECIDING = /^(?:entscheiden|bestimmen|festlegen|befinden)$/;

/**
 * The side the statement grants a right, the subject of "haben" with "das Recht" ("Die Philippinen hätten das Recht, …"),
 * or denies it ("Washington habe kein Recht, …"); or the side that alone may decide ("Über Gebietsfragen könne allein die
 * Ukraine entscheiden"). Not "Recht" after a preposition ("gegen das Recht", "nach geltendem Recht").
 */
function rightOfSide(tokens: Token[], span: Span, targets: TargetMention[]): { side: TargetMention; polarity: "support" | "oppose"; cue: string } | null {
  for (let k = span.from; k < span.to; k++) {
    const t = tokens[k];
    if (t.wordClass === "noun" && /^(?:recht|anrecht)$/.test(t.lemma.toLowerCase()) && !PREPOSITIONS.has(tokens[openerOf(tokens, k, span.from, true)]?.norm ?? "")) {
      const open = clauseOpening(tokens, span, k);
      const have = tokens.slice(open, k).findIndex((x) => HAVING.test(x.norm));
      if (have < 0) continue;
      const side = modalSubject(tokens, span, targets, open + have, k + 1);
      // (In the sentence of the right, and no one's in general: "Kein Beteiligter hat das Recht auf Schuldzuweisung".)
      if (!side || side.to > k || tokens[side.from].sentence !== t.sentence || tokens.slice(open, open + have).some((x) => /^(?:kein\p{Ll}*|niemand)$/u.test(x.norm))) continue;
      const denied = tokens.slice(open + have + 1, k).some((x) => /^(?:kein|keine|keinen|keinerlei|nicht)$/.test(x.norm));
      return { side, polarity: denied ? "oppose" : "support", cue: `${denied ? "kein " : ""}${t.text}` };
    }
    if (/^(?:allein|einzig)$/.test(t.norm)) {
      const side = targets.find((x) => x.kind === "actor" && !x.place && !x.modifier && (x.from === k + 1 || (x.from === k + 2 && ARTICLE.test(tokens[k + 1].norm))));
      const open = side ? clauseOpening(tokens, span, k) : -1;
      if (side && tokens.slice(open, span.to).some((x, i) => open + i > k && x.wordClass === "verb" && DECIDING.test(x.lemma.toLowerCase())) && !tokens.slice(open, k).some((x) => /^(?:nicht|kein|keine)$/.test(x.norm))) return { side, polarity: "support", cue: `${t.text} … entscheiden` };
    }
  }
  return null;
}

/** The side a demand at k calls on, named up to three words after it ("forderte China auf, …", "forderte Russland auf, …"). */
function calledOnBy(targets: readonly TargetMention[], k: number): TargetMention | undefined {
  return targets.find((t) => t.kind === "actor" && !t.place && !t.modifier && t.from > k && t.from <= k + 3);
}

// Verbs of giving back what one holds, and modals that demand it.
const RETURNING = /^(?:zurückgeben|rückübertragen)$/;
const MUST = /^(?:muss|müsse|müssen|müsste|müssten|solle|sollen)$/;

/**
 * A return the statement demands: the side told to give something back, the subject of a modal of demand or the one a
 * demand calls on ("Russland müsse die Kontrolle über das Kraftwerk zurückgeben", "forderte Russland auf, die Anlage …
 * zurückzugeben"), and the side it goes to, after "an" ("an die ukrainischen Behörden"). Not a return denied.
 */
function returnDemanded(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { giver?: TargetMention; recipient?: TargetMention; cue: string } | null {
  // (A demand, not a condition, a question, a plan told in the passive or a return done: "Sollte Russland die Gebiete
  // zurückgeben, …", "Wer soll das Geld zurückgeben?", "sollen an Nigeria zurückgegeben werden", "soll … zurückgegeben haben".)
  if (tokens[span.to - 1]?.text === "?" || tokens.slice(span.from, span.to).some((t, i) => opensCondition(tokens, span.from + i))) return null;
  for (let k = span.from; k < span.to; k++) {
    const t = tokens[k];
    if (t.wordClass !== "verb" || !RETURNING.test(joinedLemma(tokens, t, span.to)) || /gegeben$/.test(t.norm) || negatedBefore(tokens, span, k, lex)) continue;
    const open = clauseOpening(tokens, span, k);
    let giver: TargetMention | undefined;
    let from = open;
    if (isZuInfinitiveAt(tokens, k)) {
      // (The verb of the clause the infinitive depends on: "forderte Katar zur Vermittlung auf und versprach, … zurückzugeben" is no demand.)
      let verb = open - 1;
      while (verb >= span.from && !(tokens[verb].wordClass === "verb" && !/^\p{Lu}/u.test(tokens[verb].text))) verb--;
      if (verb < span.from || !isDemandVerb(tokens, verb)) continue;
      giver = calledOnBy(targets, verb);
    } else {
      const modal = tokens.slice(open, k).findIndex((x) => MUST.test(x.norm));
      if (modal < 0) continue;
      giver = modalSubject(tokens, span, targets, open + modal, k + 1);
      from = open + modal + 1;
    }
    // Whom it goes to: after "an" ("an die Ukraine"), or a side in the dative before the verb ("müsse der Ukraine die Gebiete zurückgeben").
    const candidates = targets.filter((x) => x.kind === "actor" && !x.place && x.from >= from && x.to <= k && x.target !== giver?.target);
    const recipient = candidates.find((x) => tokens[openerOf(tokens, x.from, span.from)]?.norm === "an") ?? candidates.find((x) => !PREPOSITIONS.has(tokens[openerOf(tokens, x.from, span.from)]?.norm ?? "") && !x.modifier);
    if (giver || recipient) return { giver, recipient, cue: t.text };
  }
  return null;
}

const MAY = new Set(["darf", "dürfe", "dürfen", "dürften"]);
// Forbidden to lose or fail is wished to win, not told off: "Die Ukraine dürfe diesen Krieg nicht verlieren".
const LOSING = /^(?:verlieren|scheitern|unterliegen|fallen|zerbrechen|zusammenbrechen|untergehen|leiden|allein|vergessen|isolieren)$/;

/**
 * The side told what it may not do, the subject of its clause: "Der Iran dürfe niemals eine Atomwaffe entwickeln", "Die
 * Hamas dürfe nach dem Krieg keine Rolle spielen"; one side alone, not told it may not lose ("dürfe nicht verlieren").
 */
function toldNotTo(tokens: Token[], span: Span, targets: TargetMention[]): { side: TargetMention; cue: string } | null {
  for (let k = span.from; k < span.to; k++) {
    if (!MAY.has(tokens[k].norm)) continue;
    const end = stopAt(tokens, span, k + 1, /^[,.;:!?–]$/);
    // The negation in the modal's clause, before its verb: "dürfe niemals", "dürfe nach dem Krieg keine Rolle".
    const no = tokens.slice(k + 1, end).findIndex((t, i) => /^(?:nicht|nie|niemals|kein|keine|keinen|keiner|keinem|keines)$/.test(t.norm) && !(t.norm === "nicht" && tokens[k + 2 + i]?.norm === "nur"));
    if (no < 0) continue;
    // (Having is a verb here too: "Der Iran darf niemals eine Atombombe haben".)
    const verbs = tokens.slice(k + 1, end).filter((t) => t.wordClass === "verb" || /^(?:haben|besitzen|bekommen)$/.test(t.norm));
    if (verbs.length === 0 || verbs.some((t) => LOSING.test(t.lemma.toLowerCase())) || tokens.slice(k + 1, end).some((t) => LOSING.test(t.norm))) continue;
    // (Nor what may not be done to it, a passive: "die Ukraine dürfe nicht im Stich gelassen werden"; "Atommacht werden" is none.)
    if (tokens.slice(k + 2, end).some((t, i) => /^(?:werden|worden)$/.test(t.norm) && tokens[k + 1 + i].wordClass === "verb")) continue;
    const side = modalSubject(tokens, span, targets, k, end);
    if (side && side.to <= k) return { side, cue: `${tokens[k].text} … ${tokens[k + 1 + no].text}` };
  }
  return null;
}
// After the verb a modal is told of: an auxiliary of a deed done, or a modal of a deed wanted.
const HEARSAY_AFTER = /^(?:haben|habe|hätten|hätte|sein|sei|seien|worden|wollen|wolle|können|könne|werde|werden)$/;

// Verbs whose object is the restraint shown: "Zurückhaltung üben", "Mäßigung zeigen".
const RESTRAINT_VERBS = /^(?:üben|zeigen|wahren|walten)$/;

const OBJECT_PRONOUNS = /^(?:mich|mir|dich|dir|uns|euch|ihn|ihm|ihnen|sich)$/;

/** Each body's kind nouns (actors.yaml `kinds`) to the bodies named with them in a document, in text order. */
const kindIndex = new WeakMap<readonly ActorMention[], Map<string, ActorMention[]>>();
function bodiesByKind(mentions: readonly ActorMention[]): Map<string, ActorMention[]> {
  let index = kindIndex.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) for (const kind of m.kinds ?? []) index.set(kind, [...(index.get(kind) ?? []), m]);
    kindIndex.set(mentions, index);
  }
  return index;
}

/**
 * A body named before stands behind its kind noun with the definite article: "Deutschland werde die Organisation auch
 * künftig unterstützen" after "die Ecowas", "der Allianz" after "die Nato" (one body of that kind named before, none in the phrase).
 */
function kindTargets(ctx: StanceContext, span: Span, targets: readonly TargetMention[], inSpeaker: (k: number) => boolean): TargetMention[] {
  const index = bodiesByKind(ctx.mentions);
  if (index.size === 0) return [];
  const { tokens } = ctx.layer;
  const out: TargetMention[] = [];
  for (let k = span.from; k < span.to; k++) {
    const t = tokens[k];
    if (t.wordClass !== "noun" || inSpeaker(k) || targets.some((x) => x.from <= k && k < x.to)) continue;
    const bodies = index.get(t.lemma.toLowerCase());
    if (!bodies) continue;
    // (Not one a genitive after it names: "das Außenministerium der Vereinigten Staaten".)
    if (/^(?:des|der)$/.test(tokens[k + 1]?.norm ?? "") && targets.some((x) => x.from === k + 2 || x.from === k + 3)) continue;
    // (The bare kind: not "die internationale Gemeinschaft", nor one whose members follow, "das Bündnis zwischen …".)
    if (!/^(?:der|die|das|den|dem|des)$/.test(tokens[k - 1]?.norm ?? "") || k - 1 < span.from || /^(?:zwischen|mit|aus|von|der|des)$/.test(tokens[k + 1]?.norm ?? "")) continue;
    const named = new Set(bodies.filter((m) => m.end <= t.start).map((m) => targetOf(m)).filter((x): x is string => x !== null));
    if (named.size === 1) out.push({ target: [...named][0], from: k, to: k + 1, kind: "actor" });
  }
  return out;
}

const AGAINST = new Set(["gegen", "wider", "entgegen"]);
const CLAUSE_CONJUNCTIONS = /^(?:und|aber|doch|sondern|oder|denn)$/;
/** Is "gegen" at k the aim of "sich richten" ("richteten sich gegen", "gegen … gerichtet")? */
function aimedAt(tokens: Token[], span: Span, k: number): boolean {
  // (Back over a first side: "richteten sich sowohl gegen Russland als auch gegen China".)
  for (let j = Math.max(span.from, k - 8); j < Math.min(span.to, k + 12); j++) {
    if (j > k && /^[.;:!?]$/.test(tokens[j].text)) break;
    if (j < k - 3 && !tokens.slice(j + 1, k).some((t) => t.norm === "sowohl" || t.norm === "auch")) continue;
    if (tokens[j].wordClass === "verb" && tokens[j].lemma.toLowerCase() === "richten" && (j > k || tokens[j + 1]?.norm === "sich")) return true;
  }
  return false;
}

const CLAIM_CONTENT_PREPOSITIONS = new Set(["nach", "über", "zu", "zur", "zum", "um", "auf"]);
const OWNED_CLAIM = /(?:forderung|vorschlag|vorschläge|plan|pläne|anspruch|ansprüche|wunsch|aufruf|angebot|ultimatum|drohung)$/;

/**
 * Is side `t` what a claim asks for, the claim's owner named before it: "die Forderung (des US-Präsidenten) Trumps nach einer
 * Übernahme Grönlands", "das Angebot Moskaus zu Gesprächen mit Kiew"?
 */
function claimContent(tokens: Token[], t: TargetMention, targets: TargetMention[]): boolean {
  for (let p = t.from - 1; p >= 0 && p >= t.from - 5; p--) {
    if (tokens[p].kind !== "word") return false;
    if (!CLAIM_CONTENT_PREPOSITIONS.has(tokens[p].norm)) continue;
    const owner = targets.find((u) => u !== t && u.kind === "actor" && u.to === p);
    if (!owner) return false;
    for (let c = owner.from - 1; c >= 0 && c >= owner.from - 5; c--) {
      if (tokens[c].kind !== "word") return false;
      if (tokens[c].wordClass === "noun" && OWNED_CLAIM.test(tokens[c].lemma.toLowerCase())) return true;
      if (!(ARTICLE.test(tokens[c].norm) || tokens[c].wordClass === "adj" || isCapitalized(tokens[c].text))) return false;
    }
    return false;
  }
  return false;
}

/** Is the noun at `at` a predicate after a copula: "seien eine Provokation", "sei eine schwere Provokation", "stellten eine Provokation dar"? */
function isPredicateNoun(tokens: Token[], span: Span, at: number): boolean {
  let j = at - 1;
  // (Its adjectives may stand in quotation marks: "zu einem „entscheidenden Ermöglicher“".)
  while (j > span.from && (tokens[j].wordClass === "adj" || /^[„“"»«]$/.test(tokens[j].text))) j--;
  if (!/^(?:ein|eine|einen|einem)$/.test(tokens[j]?.norm ?? "")) return false;
  const copula = tokens[j - 1]?.norm ?? "";
  // "sei zu einem Ermöglicher des Krieges geworden": what the subject has become.
  if (copula === "zu" && tokens[j].norm === "einem") return becomesAfter(tokens, span, at);
  return (COPULAS.has(copula) && !/^(?:bleib|gel)/.test(copula)) || /^stell/.test(copula);
}

/** A form of "werden" after the predicate noun at `at`, in its clause. */
function becomesAfter(tokens: Token[], span: Span, at: number): boolean {
  for (let k = at + 1; k < span.to && !/^[,;:.!?–—]$/.test(tokens[k].text); k++) if (/^(?:geworden|werden|wird|wurde|würde)$/.test(tokens[k].norm)) return true;
  return false;
}

// Containment verbs that blame their doer even when what they act on is no side (unlike "die Flüchtlingszahlen eindämmen").
const BLAMING_CONTAINMENT = new Set(["behindern", "spalten", "untergraben", "sabotieren", "torpedieren", "blockieren"]);
// Nouns of an issue named after a side ("Taiwan-Frage", "Ukraine-Krise", "Iran-Problem"): no side to cooperate with.
const ISSUE_NOUN = /(?:frage|problem|problematik|krise|konflikt|thema|angelegenheit|dossier)$/;
// Nouns of a matter that "um"/"über" tells what it is about: "im Streit um Taiwan", "die Hängepartie um Schweden".
const MATTER_NOUN = new RegExp(`${ISSUE_NOUN.source}|(?:streit|hängepartie|tauziehen|ringen|gerangel|debatte|diskussion|verhandlung|gespräch|zwist|poker|wirbel|aufregung|kontroverse|auseinandersetzung)$`);
/** Acts against a side: its victim is supported, its agent opposed (see hostileAct). */
const HOSTILE_CLASSES = new Set<CueClass>(["hostile", "containment", "war"]);
const FROM_PLACE: ReadonlySet<string> = new Set(["aus"]);

/** War nouns that name one side's act against another, unlike "Krieg" itself: who it is against is its victim. */
const AGGRESSION = /(?:aggression|invasion|überfall|einmarsch|angriffskrieg|militärintervention|kriegserklärung|militäroperation|kampfhandlung)$/;

// What links a cooperation word to a side named after it: "Zusammenarbeit mit der chinesischen Seite in der SOZ",
// "Partnerschaft zwischen …", "Unterstützung der USA für …".
const LINKS = new Set(["mit", "zwischen", "zu", "zum", "zur", "gegenüber", "für", "in", "im", "innerhalb", "der", "des", "und", "sowie", "von", "vom"]);

/**
 * Is the side at token `to` named with the cooperation word at `at`? Every noun between them must be
 * followed by a linking word; "in einer gemeinsamen Erklärung die Hegemonie der USA" names the USA
 * with the declaration's content, not as a partner.
 */
function linkedTo(tokens: Token[], at: number, to: number, actorTokens: ReadonlySet<number>): boolean {
  for (let k = at + 1; k < to; k++) {
    const t = tokens[k];
    // "gemeinsam gegen die Hegemonie der USA": what two sides stand against is no partner.
    if (AGAINST.has(t.norm)) return false;
    if (t.kind !== "word" || actorTokens.has(k) || !isCapitalized(t.text) || t.wordClass === "function") continue;
    const next = tokens[k + 1];
    if (k + 1 < to && !(next.kind === "punct" || LINKS.has(next.norm))) return false;
  }
  return true;
}

/** The actor a concept belongs to: a genitive after it, the subject a possessive before it points to ("Washington wolle seine Vorherrschaft erhalten"), or who carries it out. */
function conceptOwner(tokens: Token[], span: Span, concept: TargetMention, targets: TargetMention[], lex: StanceLexicon): TargetMention | null {
  // Or the subject of a verb that carries it out: "Die USA verfolgten eine Politik der Hegemonie".
  return genitiveOwner(tokens, concept, targets) ?? possessiveOwner(tokens, span, concept.from, targets) ?? subjectOfActVerb(tokens, span, concept.from, targets, lex) ?? null;
}

/** The actor a concept belongs to, in a genitive right after it: "die Hegemonie der USA", "Einmischung Washingtons". */
function genitiveOwner(tokens: Token[], concept: TargetMention, targets: TargetMention[]): TargetMention | null {
  // Past a closing quotation mark: "die „Hegemonie“ der USA".
  const pastClosingQuote = (k: number) => {
    while (tokens[k] && tokens[k].kind === "punct" && /^["“”»«‘’']$/.test(tokens[k].text)) k++;
    return k;
  };
  let j = pastClosingQuote(concept.to);
  // Past the noun a concept's adjective stands before: "die protektionistischen Praktiken“ der EU".
  if (!isCapitalized(tokens[concept.to - 1].text) && tokens[j] && isCapitalized(tokens[j].text) && tokens[j].wordClass === "noun") j = pastClosingQuote(j + 1);
  const start = j;
  // Adjectives up to the name; a name may open with one ("der Vereinigten Staaten").
  const actorAt = (k: number) => targets.some((t) => t.kind === "actor" && t.from === k);
  while (j < start + 3 && tokens[j] && !actorAt(j) && (tokens[j].norm === "der" || tokens[j].norm === "des" || tokens[j].wordClass === "adj")) j++;
  return targets.find((t) => t.kind === "actor" && t.from === j && (j > start || /s$/.test(tokens[j].text))) ?? null;
}

// Prepositions of place: "in Deutschland habe Sarkozy bessere Chancen", "im deutschen Bundesland … verurteilt".
const PLACE_PREPOSITIONS = new Set(["in", "im", "ins", "nach", "aus"]);

// Who governs from a seat: "die Führung in Baku", "die Machthaber in Minsk".
const GOVERNING = "regierungen|regierung|führung|machthabern?|administration|regime|regimes|junta";
// (Not a firm's or a club's: "die Geschäftsführung in Berlin", "die Konzernführung in Peking".)
const GOVERNMENT_SEAT = new RegExp(`^(?!.*(?:geschäfts|konzern|unternehmens|firmen|vereins|klub|club|team|spiel)).*(?:${GOVERNING})$`);
// Nouns a capital after "in" belongs to: "die Führung in Kiew", "der Regierung in Berlin", "das Regime in Teheran" name the government.
const SEAT_OF = new RegExp(`(?:${GOVERNING}|behörde|behörden|zentrale|parlament|botschaft)$`);

// Nouns of what a side says, does or gives to another: "aus" after them names its author, not a place ("die Entscheidung aus
// Brüssel", "Geld aus Brüssel").
// (Short nouns only as whole words: a "Fahrplan" or "Fortschritt" is no one's act.)
const FROM_SIDE = /(?:vorwurf|vorwürfe|kritik|forderung|drohung|druck|warnung|sanktion|anschuldigung|äußerung|signal|angebot|vorschlag|erklärung|reaktion|protest|einmischung|provokation|entscheidung|beschluss|zusage|zoll|zölle|maßnahme|angriff|gesetz|angabe|angaben|darstellung|behauptung|erpressungsversuch|hilfe|hilfen|geld|gelder)$|^(?:plan|pläne|schritt)$/;

// Words of where with a genitive after them: "nahe der syrischen Stadt Raqqa", "südlich Russlands".
const NEAR_PLACE = /^(?:nahe|unweit|nördlich|südlich|östlich|westlich|nordöstlich|nordwestlich|südöstlich|südwestlich|innerhalb|außerhalb|entlang|jenseits|diesseits)$/;

/** Does the mention at token k open a phrase of place: "in"/"im"/"nach"/"aus" before it, articles and adjectives between? */
function isPlacePhrase(tokens: Token[], k: number, span: Span): boolean {
  let j = k - 1;
  while (j >= span.from && (ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj") && !NEAR_PLACE.test(tokens[j].norm)) j--;
  // ("nahe der syrischen Grenze", "nördlich der Ukraine": near a place, whatever the dictionary calls the word.)
  if (j >= span.from && NEAR_PLACE.test(tokens[j].norm)) return true;
  // ("rund um Taiwan", "um Taiwan herum": around a place.)
  if (j > span.from && tokens[j].norm === "um" && /^(?:rund|rings)$/.test(tokens[j - 1].norm)) return true;
  if (j < span.from || !PLACE_PREPOSITIONS.has(tokens[j].norm)) return false;
  // "die Vorwürfe aus Washington", "Druck aus Peking": what comes from a capital is its government's.
  if (tokens[j].norm === "aus" && j > span.from && FROM_SIDE.test(tokens[j - 1].lemma.toLowerCase())) return false;
  return !(j > span.from && SEAT_OF.test(tokens[j - 1].norm));
}

// Nouns of agreements and meetings named after where they were made or held ("das Abkommen von Minsk", "der Gipfel von Vilnius").
// (Not "Erklärung": "die Erklärung von Moskau" is as often Moscow's statement.)
const NAMED_AFTER_PLACE = /(?:abkommen|vereinbarung|vertrag|verträge|protokoll|memorandum|übereinkommen|konvention|charta|gipfel|gipfeltreffen|konferenz|prozess|format)$/;

/** A country mention that names a place: after "in"/"nach"/"aus", or a dateline opening its sentence ("Astana, 4. Juli", "Berlin (dpa)"). */
function isPlaceMention(layer: TextLayer, m: ActorMention): boolean {
  const { tokens, sentences } = layer;
  const k = tokenRange(tokens, m.start, m.end).from;
  if (k >= tokens.length) return false;
  const sentence = sentences[tokens[k].sentence];
  if (k === sentence.tokenStart && /^[,(–-]$/.test(tokens[k + 1]?.text ?? "")) return true;
  return isPlacePhrase(tokens, k, { from: sentence.tokenStart, to: sentence.tokenEnd });
}

/**
 * The noun a mention only modifies, as a lower-case lemma: after a demonym adjective ("drei
 * deutsche Kaffeeröster"), a compound's head ("US-Industriekonzern"); "" after "anti-"/"pro-"
 * ("anti-chinesische Proteste"); null when the mention is no modifier. Whether the noun is one
 * through which the side acts ("die chinesische Regierung": side-nouns.txt) the caller decides.
 */
function modifiedHead(tokens: Token[], k: number, m: ActorMention, span: Span): string | null {
  const t = tokens[k];
  const before = t.text.slice(0, Math.max(0, m.start - t.start)).toLowerCase();
  if (/(?:^|-)(?:anti|pro)-?$/.test(before)) return "";
  if (m.end < t.end) return t.lemma.toLowerCase().replace(/^.*-/, "");
  if (m.via === "demonym" && !isCapitalized(t.text)) {
    let j = k + 1;
    while (j < span.to && tokens[j].wordClass === "adj") j++;
    const noun = tokens[j];
    return noun !== undefined && j < span.to && isCapitalized(noun.text) && noun.kind === "word" ? noun.lemma.toLowerCase() : null;
  }
  return null;
}

/** The noun an adjective at `k` stands before (past other adjectives), or -1 when it stands alone ("seien gut"). */
function nounAfterAdjective(tokens: Token[], span: Span, k: number): number {
  if (tokens[k].wordClass !== "adj" || isCapitalized(tokens[k].text)) return -1;
  // A predicate ("… sei eine wichtige Plattform") evaluates the subject, wherever it stands.
  for (let j = k - 1; j >= Math.max(span.from, k - 4); j--) {
    if (COPULAS.has(tokens[j].norm)) return -1;
    if (!ARTICLE.test(tokens[j].norm) && tokens[j].wordClass !== "adj" && !/^(?:auch|noch|sehr|besonders|äußerst|eine?|weiterhin|stets|immer)$/.test(tokens[j].norm)) break;
  }
  let j = k + 1;
  while (j < span.to && tokens[j].wordClass === "adj" && !isCapitalized(tokens[j].text)) j++;
  return j < span.to && tokens[j].kind === "word" && isCapitalized(tokens[j].text) && tokens[j].wordClass !== "function" ? j : -1;
}

const COPULAS = new Set(["ist", "sind", "sei", "seien", "war", "waren", "wäre", "wären", "bleibt", "bleiben", "bleibe", "gilt", "gelten", "gelte"]);

const POSSESSIVE = /^(?:sein|ihr|unser)(?:e|en|em|er|es)?$/;

/**
 * The head noun of a verb cue's accusative object, or -1: after a finite verb ("unterstütze eine
 * sofortige Waffenruhe"), before one at the end of its clause ("Friedensgespräche zu fördern",
 * "die Beziehungen weiter vertiefen"). Only articles, adjectives and adverbs may stand between.
 */
function verbObject(tokens: Token[], span: Span, hit: CueHit): number {
  const verb = tokens[hit.at];
  if (verb.wordClass !== "verb" || isCapitalized(verb.text) || hit.from !== hit.at) return -1;
  const isNoun = (t: Token) => t.kind === "word" && isCapitalized(t.text) && t.wordClass === "noun";
  // Not past a preposition: "dankte für den Empfang" has no accusative object.
  const filler = (t: Token) => t.kind === "word" && !isCapitalized(t.text) && (t.wordClass === "adj" || t.wordClass === "function" || t.wordClass === null) && !SUBORDINATORS.has(t.norm) && !PREPOSITIONS.has(t.norm) && !/^(und|oder|sich|mit|zu|um)$/.test(t.norm);
  let j = hit.at + 1;
  while (j < span.to && AUX_FORMS.has(tokens[j].norm)) j++;
  const clauseEnd = j >= span.to || tokens[j].kind === "punct";
  if (!clauseEnd) {
    // Shared with a verb coordinated after it: "begrüße und unterstütze alle Bemühungen".
    if (tokens[j]?.norm === "und" && tokens[j + 1]?.wordClass === "verb" && !isCapitalized(tokens[j + 1].text)) j += 2;
    for (let k = j; k < Math.min(span.to, j + 4); k++) {
      if (isNoun(tokens[k])) return k;
      if (!filler(tokens[k])) return -1;
    }
    return -1;
  }
  let k = hit.at - 1;
  if (tokens[k]?.norm === "zu") k--;
  for (const stop = Math.max(span.from, k - 3); k >= stop; k--) {
    if (isNoun(tokens[k])) return k;
    if (!filler(tokens[k])) return -1;
  }
  return -1;
}

/** Does a strengthening cue act on the speaker's own: a possessive within five words before or three after it ("unsere Wirtschaft und Unternehmen zu schützen", "stärkt ihre Armee")? */
function ownObject(tokens: Token[], span: Span, hit: CueHit): boolean {
  if (hit.cue.class !== "strengthening") return false;
  for (let k = Math.max(span.from, hit.from - 8); k < Math.min(span.to, hit.at + 4); k++) if (k !== hit.at && POSSESSIVE.test(tokens[k].norm)) return true;
  return false;
}

// "richte sich nicht gegen Dritte", "richteten sich gegen kein drittes Land", "dass sich die Beziehungen nicht gegen Dritte richteten".
const NOT_AGAINST_OTHERS = /\brichte\w*\s+sich\s+(?:nicht\s+gegen|gegen\s+kein)|\bsich\s+(?:\S+\s+){0,4}(?:nicht\s+gegen|gegen\s+kein\w*)\s+(?:\S+\s+){0,2}richte/i;

// Titles of those against a body, not of it; and of a country's envoys or ministers to it ("Chinas EU-Botschafter", "der
// ungarische EU-Minister"; not "die EU-Außenminister", "die deutsche EU-Kommissarin").
const NOT_OF_BODY = /(?:gegner|kritiker|skeptiker|feind|abteilung|beitritt)/i;
const ENVOY_TO_BODY = /(?:botschafter|gesandte|vertreter|minister)/i;

/** Is the token a noun of a relation between sides ("Beziehungen", "Partnerschaft": relation-nouns.txt)? */
function isRelationNoun(t: Token | undefined, lex: StanceLexicon): boolean {
  return t?.kind === "word" && isCapitalized(t.text) && headIn(t.lemma.toLowerCase(), lex.relationNouns);
}

/** Does the statement name a relation with the partner ("die chinesisch-russischen Beziehungen", "die Zusammenarbeit zwischen Moskau und Peking")? */
function relationWithPartner(tokens: Token[], span: Span, targets: TargetMention[], partner: string, lex: StanceLexicon): boolean {
  const relation = (k: number) => isRelationNoun(tokens[k], lex);
  return targets.some((t) => (t.target === partner && (t.party || t.kind === "bilateral")) || (t.target === partner && t.modifier && relation(t.to))) || tokens.slice(span.from, span.to).some((t, i) => relation(span.from + i) && /^(?:bilateral|beid)/.test(tokens[span.from + i - 1]?.norm ?? ""));
}

/** Does the clause of token `at` name a relation between sides ("Beziehungen", "Partnerschaft": relation-nouns.txt)? */
function relationInClause(tokens: Token[], span: Span, clauseOf: number[], at: number, lex: StanceLexicon): boolean {
  const clause = clauseOf[at - span.from];
  for (let k = span.from; k < span.to; k++) {
    if (clauseOf[k - span.from] === clause && isRelationNoun(tokens[k], lex)) return true;
  }
  return false;
}

// Classes of a cue that judge what they are said of well: their object may be talks with the partner.
const PRAISING: ReadonlySet<CueClass> = new Set(["praise", "positive"]);

/**
 * Does the clause of token `at` name talks held with the partner (isTalkHeld), with no word that weakens or doubts praise
 * ("nicht", "wenig", "kaum", "zu früh")?
 */
function talkInClause(tokens: Token[], span: Span, clauseOf: number[], at: number, lex: StanceLexicon, targets: readonly TargetMention[], partner: string): boolean {
  const clause = clauseOf[at - span.from];
  const inClause = (k: number) => clauseOf[k - span.from] === clause;
  let talk = false;
  for (let k = span.from; k < span.to; k++) {
    if (!inClause(k)) continue;
    if (/^(?:nicht|nie|kein|keine|keinen|wenig|kaum|früh)$/.test(tokens[k].norm) || (tokens[k].norm === "anderes" && tokens[k - 1]?.norm === "alles")) return false;
    if (isTalkHeld(tokens, k, lex, targets, partner)) talk = true;
  }
  return talk;
}

/**
 * Is token k a noun of talks (talk-nouns.txt) held, with the partner or no one named: after a definite article (adjectives
 * between), or an indefinite one after "von" ("sprach von einem äußerst produktiven Treffen"); with nothing after it, or
 * "mit"/"zwischen" and the partner ("das Gespräch mit Putin"); not with anyone else or anywhere named ("das Treffen mit den
 * Europäern", "der Gipfel in Den Haag", "das Treffen des Sicherheitsrats").
 */
function isTalkHeld(tokens: Token[], k: number, lex: StanceLexicon, targets: readonly TargetMention[], partner: string): boolean {
  if (tokens[k].kind !== "word" || !isCapitalized(tokens[k].text) || !headIn(tokens[k].lemma.toLowerCase(), lex.talkNouns)) return false;
  let j = k - 1;
  while (j >= 0 && j > k - 5 && (tokens[j].wordClass === "adj" || QUOTE_MARK.test(tokens[j].text) || /^(?:sehr|äußerst|überaus|besonders)$/.test(tokens[j].norm))) j--;
  const definite = j >= 0 && /^(?:der|die|das|den|dem|des)$/.test(tokens[j].norm);
  const fromVon = j >= 1 && /^(?:ein|eine|einen|einem|einer|eines)$/.test(tokens[j].norm) && tokens[j - 1].norm === "von";
  if (!definite && !fromVon) return false;
  const next = tokens[k + 1];
  if (next === undefined || next.kind === "punct" || next.wordClass === "verb" || AUX_FORMS.has(next.norm) || !(PREPOSITIONS.has(next.norm) || ARTICLE.test(next.norm) || isCapitalized(next.text))) return true;
  if (next.norm !== "mit" && next.norm !== "zwischen") return false;
  return targets.some((t) => t.target === partner && t.from > k + 1 && t.from <= k + 4);
}

/**
 * Is the side at k one a relation noun before it is with: "die Beziehungen zwischen Moskau und Peking",
 * "das Verhältnis zu China", "die Partnerschaft mit Russland" (the second of two sides too)?
 */
function relationWith(tokens: Token[], k: number, span: Span, lex: StanceLexicon): boolean {
  let j = k - 1;
  // Past the first side of "zwischen X und": "zwischen Moskau und Peking".
  if (tokens[j]?.norm === "und" && j - 2 >= span.from && tokens[j - 2].norm === "zwischen") j -= 2;
  while (j > span.from && (ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj")) j--;
  if (j <= span.from || !/^(?:zwischen|zu|zum|zur|mit)$/.test(tokens[j].norm)) return false;
  const noun = tokens[j - 1];
  return isCapitalized(noun.text) && headIn(noun.lemma.toLowerCase(), lex.relationNouns);
}

/** Does the lemma end in one of the heads? The dictionary may spell the old way ("NATO-Einfluß") or leave a compound's genitive on. */
function headIn(lemma: string, heads: readonly string[] = []): boolean {
  if (lemma === "") return false;
  const head = lemma.replace(/ß/g, "ss");
  return heads.some((n) => head.endsWith(n) || head.endsWith(`${n}es`) || head.endsWith(`${n}s`));
}

/** Does a side act through this noun ("Regierung", "Außenpolitiker")? Not through its opposition or exiles ("Oppositionspolitiker", "Oppositionschef", "Exilpolitiker"). */
function sideHead(lemma: string, lex: StanceLexicon): boolean {
  // (Nor a delegation of business, a parliament or a sport: "die chinesische Unternehmerdelegation".)
  return headIn(lemma, lex.sideNouns) && !/^(?:ex-?)?(?:opposition|exil|dissident)/.test(lemma) && !/(?:wirtschafts|unternehmer|unternehmens|firmen|industrie|parlaments|sport)delegation$/.test(lemma);
}

/** Does the clause of token `at` contain one of `words` (as lemma or form)? */
function clauseHas(tokens: Token[], span: Span, clauseOf: number[], at: number, words: ReadonlySet<string>, keysAt: SpanKeys): boolean {
  const clause = clauseOf[at - span.from];
  for (let k = span.from; k < span.to; k++) {
    if (clauseOf[k - span.from] !== clause || tokens[k].kind !== "word") continue;
    // (A hyphenated compound's head counts: "den Hamas-Chef" for "chef".)
    if (keysAt(k).some((key) => words.has(key))) return true;
  }
  return false;
}

/**
 * The actor that opens the content of an indirect statement framed by a condemnation or an
 * accusation ("kritisierte, China liefere …", "verurteilte, dass Russland … angegriffen habe"):
 * within its first three words, after "dass" and an article.
 */
function condemnedSubject(st: Statement, tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): TargetMention | null {
  if (st.kind !== "indirect" || !/^\p{L}+$/u.test(st.cue)) return null;
  const verb = lemmatize(st.cue, defaultLexicon()).lemma.toLowerCase();
  const condemns = (lex.byFirstWord.get(verb) ?? []).some((c) => c.words.length === 1 && c.polarity === "oppose" && (c.class === "condemnation" || c.class === "accusation"));
  if (!condemns) return null;
  let from = span.from;
  if (tokens[from]?.norm === "dass") from++;
  // Not a place ("in den USA gibt es …"): the subject stands without a preposition; nor a passive's, to whom it is done
  // ("bedauere, dass die Ukraine nicht eingeladen worden sei").
  const subject = targets.find((t) => t.kind === "actor" && t.from >= from && t.from <= from + 2 && !PREPOSITIONS.has(tokens[t.from - 1]?.norm ?? "") && !PREPOSITIONS.has(tokens[t.from - 2]?.norm ?? ""));
  return subject && !passiveAfter(tokens, subject.to) ? subject : null;
}

// Prefixes of verbs whose strong participle may be spelt as their infinitive ("überfallen", "vergessen", "erhalten").
const INSEPARABLE_PREFIX = /^(?:über|ver|be|er|ent|zer|miss|unter|hinter|wider)/;
const NOMINATIVE_PRONOUN = /^(?:man|wir|ich|er|du|ihr)$/;
const OPPOSING_CLASSES = new Set<CueClass>(["rejection", "countering", "condemnation"]);
// "forderte von Israel Zurückhaltung": the one a call is made of.
const ADDRESSEE_PREPOSITIONS: ReadonlySet<string> = new Set(["von"]);
// What a call to hold back asks for (cues.tsv: "rufen mäßigung"); said to all parties at once it takes no side.
const EVEN_HANDED_APPEALS = /^(?:zurückhaltung|mäßigung|deeskalation)$/;

/** Does a cooperation noun name a way of settling anything, not a tie between two sides (plural too: "Konsultationen")? */
function isMethodNoun(lemma: string, lex: StanceLexicon): boolean {
  const nouns = lex.methodNouns;
  return !!nouns && (nouns.has(lemma) || nouns.has(lemma.replace(/e?n?$/, "")));
}

const DEMANDING_MODALS = new Set(["müsse", "müssen", "muss", "müsste", "müssten", "solle", "sollen", "soll", "sollte", "sollten", "möge"]);

/** Is the statement the content of a denial ("wies Berichte zurück, wonach …", "bestritt, dass …")? */
function deniedFrom(st: Statement, tokens: Token[], span: Span, lex: StanceLexicon): number {
  const words = st.cue.split(/[ ;…]+/).filter(Boolean);
  const denial = () => {
    const verb = words.length === 2 ? words[1] + words[0] : words[0] ?? "";
    const denials = lex.denialVerbs ?? new Set<string>();
    return denials.has(lemmatize(verb, defaultLexicon()).lemma.toLowerCase()) || denials.has(verb.toLowerCase());
  };
  if (st.kind === "indirect") return /^(?:wonach|dass)$/.test(tokens[span.from]?.norm ?? "") && denial() ? span.from : Infinity;
  // A denial with the reports it denies ("wies Berichte zurück, wonach …", "wies Vorwürfe zurück, China stütze …"): their claim after the comma.
  if (st.kind !== "reported") return Infinity;
  let k = span.from;
  while (k < span.to && tokens[k].text !== words[words.length - 1]) k++;
  while (k < span.to && tokens[k].text !== ",") k++;
  return k < span.to - 1 && tokens.slice(span.from, k).some((t) => REPORT_NOUNS.test(t.lemma.toLowerCase())) && denial() ? k : Infinity;
}

/** The word that names a cue: its noun where it opens one of several words ("Hilfe" of "Hilfe für"), else its last word. */
function cueNoun(tokens: Token[], hit: CueHit): Token {
  return hit.from !== hit.at && isCapitalized(tokens[hit.from].text) && tokens[hit.from].wordClass === "noun" ? tokens[hit.from] : tokens[hit.at];
}

/**
 * Does a support cue stand in the object of an opposing verb: after it (or between a separated
 * verb and its particle) within six words of the same clause, no other verb between?
 */
function inOpposedObject(tokens: Token[], span: Span, clauseOf: number[], hit: CueHit, opposing: CueHit[], lex: StanceLexicon): boolean {
  // An adverb is no part of the object: "hätten gemeinsam Hegemonismus entgegengewirkt" (but "eine enge Partnerschaft").
  const cueWord = cueNoun(tokens, hit);
  if (!isCapitalized(cueWord.text) && !ADJ_ENDING.test(cueWord.norm)) return false;
  const clause = clauseOf[hit.from - span.from];
  return opposing.some((o) => {
    // What one will not allow: "werde nicht zulassen, dass …", "nicht tatenlos zusehen, wie Pjöngjang und Moskau ihre
    // Zusammenarbeit ausbauten".
    // (Not what weakens it there: "nicht zulassen, dass die Unterstützung für die Ukraine nachlasse".)
    const allowed = lex.negators.has(o.cue.words[0]) && o !== hit ? complementAfter(tokens, o.at) : -1;
    if (allowed > o.at && allowed < span.to && clauseOf[allowed - span.from] === clause) return !weakenedIn(tokens, span, clauseOf, allowed, lex);
    if (o === hit || clauseOf[o.at - span.from] !== clause) return false;
    // What one threatens with is one's own act, not opposed: "drohte mit Sanktionen gegen Niger".
    if (THREATENING.has(tokens[o.at].lemma.toLowerCase()) && tokens.slice(o.at + 1, hit.from).some((t) => t.norm === "mit")) return false;
    const between = (a: number, b: number, linking = false) => {
      for (let k = a + 1; k < b; k++) if (k !== o.at && k !== o.from && tokens[k].wordClass === "verb" && !/^\p{Lu}/u.test(tokens[k].text) && !(linking && LINKING_VERBS.has(tokens[k].lemma))) return true;
      return false;
    };
    // "Die Zusammenarbeit zwischen Russland und Nordkorea verstoße gegen Resolutionen": the subject of a misdeed. (Its object is
    // its doer's act, which the speaker does not oppose: "Ungarn blockiere die Hilfen für die Ukraine".)
    if (o.cue.scope === "subject") return tokens[o.at].wordClass === "verb" && o.from > hit.at && o.from - hit.at <= 10 && !between(hit.at, o.from);
    // "lehnte die Zusammenarbeit ab": inside a separated verb; past its particle a new verb's object ("lehne Sanktionen ab
    // und unterstütze das Recht Irans").
    if (o.from < hit.from && hit.at < o.at) return !between(o.from, hit.from);
    if (o.from !== o.at && tokens[o.from].wordClass === "verb" && hit.from > o.at) return false;
    // "warnte vor einer engen Partnerschaft": after the verb. (A preposition's object is no verb after it: "werde Bamako im
    // Kampf gegen den Terrorismus unterstützen".)
    if (tokens[o.from].wordClass === "function" && tokens[hit.from].wordClass === "verb") return false;
    if (o.from < hit.from && hit.from - o.from <= 6) return !between(o.from, hit.from);
    // "warnte die armenische Regierung vor einer weiteren Annäherung an die NATO": past the one warned, the "vor" phrase
    // (the last one: "warnte China vor dem Gipfeltreffen vor weiteren Lieferungen").
    const vor = tokens.slice(o.at + 1, hit.from).map((t) => t.norm).lastIndexOf("vor") + o.at + 1;
    if (tokens[o.at].lemma.toLowerCase() === "warnen" && vor > o.at && hit.from - vor <= 3 && hit.from - o.at <= 12) return !between(o.at, hit.from);
    // "die Zusammenarbeit mit Russland ablehnen", "hat die enge Zusammenarbeit … kritisiert": before a verb-final one
    // (not a separated "lehne … ab", whose object follows it).
    const separated = o.from !== o.at && tokens[o.from].wordClass === "verb";
    const verbFinal = o.cue.scope === "left" || sentenceFinalVerb(tokens, o.at, span) || clauseFinalVerb(tokens, o.at, span);
    if (verbFinal && !separated && o.from > hit.at && o.from - hit.at <= 6) return !between(hit.at, o.from);
    // "die Zusammenarbeit mit Russland gebe Anlass zur Sorge", "… sei inakzeptabel": a judging noun or adjective after its subject.
    const judging = (o.cue.scope === "nearest" || o.cue.scope === "left") && (tokens[o.from].wordClass === "noun" || tokens[o.from].wordClass === "adj");
    if (judging && o.from > hit.at && o.from - hit.at <= 10) return !between(hit.at, o.from, true);
    return false;
  });
}

// Verbs of a tie that weakens by itself: "dass die Unterstützung nachlasse", "wie das Vertrauen schwinde".
const WEAKENING_VERBS = new Set(["nachlassen", "schwinden", "bröckeln", "erlahmen", "abnehmen", "zurückgehen", "sinken", "schwächeln", "zerbrechen", "leiden", "scheitern"]);

/**
 * Is what the clause opening at `from` tells a weakening: a reducing word (reducing-words.txt) or a verb of negative
 * general polarity in it ("dass die Zusammenarbeit leide", "wie die Partnerschaft zerbreche")?
 */
function weakenedIn(tokens: Token[], span: Span, clauseOf: number[], from: number, lex: StanceLexicon): boolean {
  const clause = clauseOf[from - span.from];
  const words = defaultPolarityWords();
  for (let k = from; k < span.to && clauseOf[k - span.from] === clause; k++) {
    if (tokens[k].wordClass !== "verb") continue;
    const lemma = tokens[k].lemma.toLowerCase();
    if (WEAKENING_VERBS.has(lemma) || lex.reducingWords?.has(lemma) || wordPolarity(tokens, k, span.to, words, { minimum: 0.1, backupWeight: 0.5 }) < 0) return true;
  }
  return false;
}

// Verbs that link a subject to what judges it: "sei inakzeptabel", "gebe Anlass zur Sorge", "stelle eine Bedrohung dar".
const LINKING_VERBS = new Set(["sein", "geben", "bleiben", "werden", "stellen", "darstellen"]);

/**
 * Does the verb at k end its sentence (a participle or infinitive after its object: "hat vor der Nato
 * gewarnt.")? Only auxiliaries may follow. Not one before a comma: a subordinate clause has its subject
 * before the object ("während die EU-Staaten den Vorstoß begrüßten"), and a complement may follow.
 */
function sentenceFinalVerb(tokens: Token[], k: number, span: Span): boolean {
  const t = tokens[k];
  if (t.wordClass !== "verb" || isCapitalized(t.text)) return false;
  let j = k + 1;
  while (j < span.to && AUX_FORMS.has(tokens[j].norm)) j++;
  // (A quotation may close right after it: "„Wir werden das Kosovo niemals anerkennen“, sagte Vučić".)
  while (j < span.to && /^[“”"»«‘’›‹]$/.test(tokens[j].text)) j++;
  if (!(j >= span.to || /^[.!?;]$/.test(tokens[j].text))) return false;
  // The main clause's: not after a subordinator or relative pronoun ("…, während die EU-Staaten den Vorstoß begrüßten.").
  const open = clauseOpening(tokens, span, k);
  return !SUBORDINATORS.has(tokens[open].norm) && !(open > span.from && tokens[open - 1].text === "," && RELATIVES.has(tokens[open].norm));
}

/** Is the verb at k the last word of a "dass" clause ("…, dass Ungarn den Antrag unterstütze.", "…, dass die USA ihn unterstützten, …")? */
function contentClauseFinalVerb(tokens: Token[], k: number, span: Span): boolean {
  const t = tokens[k];
  if (t.wordClass !== "verb" || isCapitalized(t.text)) return false;
  let j = k + 1;
  while (j < span.to && (AUX_FORMS.has(tokens[j].norm) || /^[“”"»«‘’›‹]$/.test(tokens[j].text))) j++;
  return (j >= span.to || /^[.!?;,]$/.test(tokens[j].text)) && tokens[clauseOpening(tokens, span, k)].norm === "dass";
}

/**
 * Is the subject of the "dass" clause token k stands in the speaker's side: a side of `own` right after "dass" (its
 * article and adjectives before it), or "man"/"wir" (not "sie", "es", "manche Staaten": whom they stand for is unknown)?
 */
function ownSubjectOfContent(tokens: Token[], span: Span, k: number, targets: TargetMention[], own: ReadonlySet<string>): boolean {
  const open = clauseOpening(tokens, span, k) + 1;
  if (/^(?:man|wir)$/.test(tokens[open]?.norm ?? "")) return true;
  let at = open;
  while (at < k && (ARTICLE.test(tokens[at].norm) || tokens[at].wordClass === "adj")) at++;
  // (A side's adjective is the subject's side too: "dass die ungarische Regierung …".)
  return targets.some((t) => t.from >= open && t.from <= at && own.has(t.target));
}

/** Is the verb at k a participle or infinitive closing its clause before a comma, after an auxiliary ("hatte China vorgeworfen, …")? */
function clauseFinalVerb(tokens: Token[], k: number, span: Span): boolean {
  const t = tokens[k];
  if (t.wordClass !== "verb" || isCapitalized(t.text) || tokens[k + 1]?.text !== ",") return false;
  for (let j = clauseOpening(tokens, span, k); j < k; j++) if (AUX_FORMS.has(tokens[j].norm)) return true;
  return false;
}

/** Does a finite verb or auxiliary stand in token k's clause before it? */
function finiteVerbBefore(tokens: Token[], span: Span, k: number): boolean {
  for (let j = clauseOpening(tokens, span, k); j < k; j++) if (AUX_FORMS.has(tokens[j].norm) || isFiniteVerb(tokens[j])) return true;
  return false;
}

/** The first token from `from` in the span that is one of the punctuation `marks` (the end of a clause), or the span's end. */
function stopAt(tokens: Token[], span: Span, from: number, marks: RegExp): number {
  let end = from;
  while (end < span.to && !marks.test(tokens[end].text)) end++;
  return end;
}

/** The first token of the clause token k stands in: after the last comma, semicolon, colon or dash before it. */
function clauseOpening(tokens: Token[], span: Span, k: number): number {
  let open = k;
  while (open > span.from && (!/^[,;:–—]$/.test(tokens[open - 1].text) || nameListComma(tokens, open - 1, span))) open--;
  return open;
}

/**
 * The targets before the Mittelfeld of the main clause whose last word is the verb at k: those before
 * its finite verb (the Vorfeld), and, when the Vorfeld is no noun phrase, the first one after it (the subject).
 */
function outsideMittelfeld(tokens: Token[], span: Span, k: number, targets: TargetMention[]): Set<TargetMention> {
  const open = clauseOpening(tokens, span, k);
  let finite = open;
  while (finite < k && !(AUX_FORMS.has(tokens[finite].norm) || isFiniteVerb(tokens[finite]))) finite++;
  const out = new Set(targets.filter((t) => t.from >= open && t.from < finite));
  // An adverbial Vorfeld: a prepositional phrase ("Nach dem Treffen mit Xi"), or adverbs only ("Zuvor", "gestern").
  let adverbsOnly = finite > open && out.size === 0;
  // (A name the dictionary lacks is no adverb: "Rutte hatte China vorgeworfen".)
  // (Nor is a subject pronoun: "Wir werden das Kosovo niemals anerkennen".)
  for (let j = open; j < finite; j++) if (tokens[j].wordClass === "noun" || tokens[j].wordClass === "name" || ARTICLE.test(tokens[j].norm) || /^(?:ich|wir|er|sie|es|man)$/.test(tokens[j].norm) || (tokens[j].wordClass === null && tokens[j].kind === "word" && isCapitalized(tokens[j].text))) adverbsOnly = false;
  // (After a fronted clause the finite verb opens its clause: "Einen Waffenstillstand, der …, lehne die Bundesregierung ab".)
  // (Not after an apposition's comma: "Die Sprecherin …, Maria Sacharowa, hat die EU kritisiert".)
  const afterClause = finite === open && open > span.from + 1 && tokens[open - 1].text === "," && tokens[open - 2].wordClass === "verb";
  if (PREPOSITIONS.has(tokens[open].norm) || adverbsOnly || afterClause) {
    // The subject then follows the finite verb (an article may come between).
    // (An object pronoun may come first: "dabei werde uns China unterstützen".)
    const first = OBJECT_PRONOUNS.test(tokens[finite + 1]?.norm ?? "") ? finite + 2 : finite + 1;
    const subjectAt = ARTICLE.test(tokens[first]?.norm ?? "") ? first + 1 : first;
    for (const t of targets) if (t.from === subjectAt || t.from === finite + 1) out.add(t);
  }
  return out;
}

/**
 * Is the noun at `to` the object the words from `from` lead into ("unterstütze mit seinen Lieferungen
 * Russlands Krieg")? No punctuation, conjunction, "gegen" or finite verb between; no side but a genitive
 * right before the noun; and the noun is no circumstance ("unterstützt die Ukraine im Krieg").
 */
function objectPhrase(tokens: Token[], from: number, to: number, targets: TargetMention[]): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === "punct" || /^(und|oder|sowie|aber|sondern)$/.test(t.norm) || AGAINST.has(t.norm) || isFiniteVerb(t)) return false;
    if (CIRCUMSTANCE.has(t.norm) && (k === to - 1 || ARTICLE.test(tokens[k + 1].norm) || tokens[k + 1].wordClass === "adj")) return false;
    // Only the act's own side may come between: "Russlands Krieg", "des russischen Angriffskriegs".
    if (targets.some((x) => x.kind === "actor" && x.from === k && !(x.to === to && (/s$/.test(tokens[x.to - 1].text) || x.modifier)))) return false;
  }
  return true;
}

// Prepositions that make a noun a circumstance of a cue, not its object: "unterstützt die Ukraine im Krieg".
const CIRCUMSTANCE = new Set(["im", "in", "bei", "beim", "während", "trotz", "nach", "vor", "seit"]);

/** A finite verb (with `auxiliaries`, also "würden", "hat") between a cue and a target ends the phrase the cue speaks of. */
function verbBetween(tokens: Token[], hit: CueHit, t: TargetMention, auxiliaries = false): boolean {
  const [a, b] = t.from > hit.at ? [hit.at + 1, t.from] : [t.to, hit.from];
  // (A participle that ends a conjunct ends its phrase too: "den Sanktionen des Westens getrotzt und ihre Zusammenarbeit ausgebaut".)
  const conjunctEnd = (k: number) => tokens[k].wordClass === "verb" && /^(?:und|oder|sowie)$/.test(tokens[k + 1]?.norm ?? "");
  for (let k = a; k < b; k++) if (k !== hit.from && k !== hit.at && (isFiniteVerb(tokens[k]) || conjunctEnd(k) || (auxiliaries && AUX_FORMS.has(tokens[k].norm)))) return true;
  return false;
}

/** Is the verb at k a zu-infinitive: "zu liefern", "zusammenzuarbeiten"? */
function isZuInfinitiveAt(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.norm === "zu" || /^\p{Ll}+zu\p{Ll}+en$/u.test(tokens[k].norm);
}

/** A verb in lower case that is no participle, zu-infinitive or present participle. */
function isFiniteVerb(x: Token): boolean {
  return x.wordClass === "verb" && !/^\p{Lu}/u.test(x.text) && !/^(ge\p{Ll}+[tn]|\p{Ll}+zu\p{Ll}+en|\p{Ll}+end)$/u.test(x.norm);
}

/**
 * Does a dative object open tokens [from, to), past adverbs: "der Regierung", "dem Minister", "ihm", "schwedischen Politikern"?
 * (Not a phrase with a preposition: "nach Gesprächen mit Vertretern Chinas".)
 */
function dativeAfter(tokens: Token[], from: number, to: number): boolean {
  const dative = /^(?:dem|der|den|einem|einer|ihm|ihr|ihnen|seinem|seiner|ihrem|ihrer|diesem|dieser)$/;
  let j = from;
  while (j < to && tokens[j].kind === "word" && !isCapitalized(tokens[j].text) && !dative.test(tokens[j].norm) && !PREPOSITIONS.has(tokens[j].norm) && tokens[j].wordClass !== "adj") j++;
  const t = tokens[j];
  if (j >= to || !t) return false;
  return dative.test(t.norm) || (t.wordClass === "adj" && isCapitalized(tokens[j + 1]?.text ?? "")) || (t.wordClass === "noun" && isCapitalized(t.text));
}

/** A finite verb, or an auxiliary or copula ("seien", "hat"). */
function finiteOrAux(x: Token): boolean {
  return isFiniteVerb(x) || AUX_FORMS.has(x.norm) || COPULAS.has(x.norm);
}

/** Targets joined to `t` by "und", "sowie", "oder" ("Hegemonie und Unilateralität"), after it and before it. */
function coordinatedWith(tokens: Token[], t: TargetMention, targets: TargetMention[]): TargetMention[] {
  // A list joined by "und", "sowie", "oder", "wie" ("Belgrad wie Pristina"), and by commas when a conjunction ends it
  // ("der USA, Südkoreas und Japans"); an article may open each member ("der USA und der EU").
  const joiner = (k: number) => (/^(und|sowie|oder|wie)$/.test(tokens[k]?.norm ?? "") ? "and" : tokens[k]?.text === "," ? "comma" : null);
  const after: TargetMention[] = [];
  const joiners: Array<"and" | "comma"> = [];
  for (let end = t.to; ; ) {
    const j = joiner(end);
    // (Also one named with what it is: "den USA und der früheren Kolonialmacht Frankreich".)
    const described = (x: TargetMention) => {
      if (x.from <= end + 2 || x.from > end + 5 || !ARTICLE.test(tokens[end + 1].norm)) return false;
      const head = tokens[x.from - 1];
      // (Not a genitive after the noun: "Frankreich und den Gegnern Russlands".)
      const genitive = /s$/.test(tokens[x.to - 1].text) && tokens[x.to - 1].text !== tokens[x.to - 1].lemma;
      return !genitive && head.wordClass === "noun" && isCapitalized(head.text) && tokens.slice(end + 2, x.from - 1).every((w) => w.wordClass === "adj" && !isCapitalized(w.text));
    };
    const next = j && targets.find((x) => x !== t && (x.from === end + 1 || (x.from === end + 2 && ARTICLE.test(tokens[end + 1].norm)) || (j === "and" && described(x))));
    if (!j || !next || after.includes(next)) break;
    after.push(next);
    joiners.push(j);
    end = next.to;
  }
  // Members after the list's last conjunction joined by a comma are an apposition or a new clause, no list; unless a
  // conjunction goes on to a member that names no side ("mit den USA, Brasilien und den Partnern in der CARICOM").
  const lastEnd = after.length > 0 ? after[after.length - 1].to : t.to;
  const goesOn = joiners[joiners.length - 1] === "comma" && /^(?:und|sowie|oder)$/.test(tokens[lastEnd]?.norm ?? "");
  while (!goesOn && joiners.length > 0 && joiners[joiners.length - 1] === "comma") {
    joiners.pop();
    after.pop();
  }
  // And before it, when the cue's target is the last of them: "die Blockade durch Moskau und Peking sei enttäuschend",
  // "die Sanktionen der USA, Japans und der EU".
  const before: TargetMention[] = [];
  for (let start = t.from; ; ) {
    const articled = ARTICLE.test(tokens[start - 1]?.norm ?? "") ? 1 : 0;
    const j = joiner(start - 1 - articled);
    // (A comma only inside a list that a conjunction ends: "der USA, Japans und Südkoreas" from "Japans".)
    if (!j || (j === "comma" && before.length === 0 && after.length === 0)) break;
    const previous = targets.find((x) => x.to === start - 1 - articled && x !== t);
    if (!previous || before.includes(previous) || after.includes(previous)) break;
    before.push(previous);
    start = previous.from;
  }
  return [...after, ...before];
}

/**
 * The side a possessive before the noun at k refers to ("seinen brutalen Krieg"): the nearest side before it
 * in its clause, "sein" of one named without a feminine or plural article ("Russland"), "ihr" of one with
 * ("die USA", "die Ukraine").
 */
function possessiveOwner(tokens: Token[], span: Span, k: number, targets: TargetMention[]): TargetMention | undefined {
  let p = k - 1;
  while (p > span.from && k - p <= 3 && tokens[p].wordClass === "adj") p--;
  const possessive = THIRD_PERSON_POSSESSIVE.exec(tokens[p]?.norm ?? "");
  if (!possessive) return undefined;
  const open = clauseOpening(tokens, span, p);
  const owner = targets.filter((t) => t.kind === "actor" && !t.place && !t.modifier && t.to <= p && t.from >= open).pop();
  if (!owner) return undefined;
  const feminine = /^(die|der)$/.test(tokens[owner.from - 1]?.norm ?? "");
  return (possessive[1] === "ihr") === feminine ? owner : undefined;
}

/** The side that is the subject of an act verb whose object is the noun at k (only articles, adjectives and "Politik der" between). */
/** Does a preposition govern the side: right before it, or before its articles and adjectives ("auf die ungarische Regierung")? */
function afterPreposition(tokens: Token[], t: TargetMention, except: ReadonlySet<string> = NO_WORDS): boolean {
  return [1, 2, 3].some((d) => PREPOSITIONS.has(tokens[t.from - d]?.norm ?? "") && !except.has(tokens[t.from - d].norm) && tokens.slice(t.from - d + 1, t.from).every((x) => x.wordClass === "function" || x.wordClass === "adj"));
}

/** A side in the genitive after another noun: "mit Vertretern Chinas" (not after a time: "warf am Montag China vor"). */
function genitiveAttribute(tokens: Token[], t: TargetMention): boolean {
  const before = tokens[t.from - 1];
  return before !== undefined && before.wordClass === "noun" && isCapitalized(before.text) && !isTimeWord(before);
}

/** A body named by its seat: "die Regierung in Budapest" (not after a preposition, whatever "in" says). */
function namedBySeat(tokens: Token[], t: TargetMention): boolean {
  return /^(?:in|aus)$/.test(tokens[t.from - 1]?.norm ?? "") && SEAT_OF.test(tokens[t.from - 2]?.norm ?? "");
}

const NO_WORDS: ReadonlySet<string> = new Set();
// Prepositions inside a subject phrase that keep its sides its own: "Die Zusammenarbeit zwischen Russland und Nordkorea".
const OWNING_PREPOSITIONS: ReadonlySet<string> = new Set(["zwischen", "von"]);
const TIE_PREPOSITIONS: ReadonlySet<string> = new Set(["zwischen", "von", "mit"]);
// Words that open a noun phrase as an article does: "jede militärische Zusammenarbeit", "diese Politik".
const DETERMINER = /^(?:jede[rsmn]?|diese[rsmn]?|jene[rsmn]?|solche[rsmn]?|alle|keine[rsmn]?)$/;

function subjectOfActVerb(tokens: Token[], span: Span, k: number, targets: TargetMention[], lex: StanceLexicon, victimBetween: (t: TargetMention) => boolean = () => false): TargetMention | undefined {
  const isAct = (j: number) => tokens[j]?.wordClass === "verb" && !!lex.actVerbs?.has(tokens[j].lemma.toLowerCase());
  // Not a prepositional object: "führe einen Krieg gegen Russland und verschärfe …", "um auf die ungarische Regierung Druck auszuüben".
  const subjectBefore = (end: number) => {
    const open = clauseOpening(tokens, span, end);
    return targets.filter((t) => t.kind === "actor" && !t.place && !t.modifier && t.to <= end && t.from >= open && !afterPreposition(tokens, t)).pop();
  };
  let v = k - 1;
  // Quotation marks may stand between: "führe einen „hybriden Krieg“".
  while (v > span.from && k - v <= 5 && tokens[v].wordClass !== "verb" && (tokens[v].kind === "word" || QUOTE_MARK.test(tokens[v].text)) && !PREPOSITIONS.has(tokens[v].norm) && !targets.some((t) => t.from <= v && v < t.to)) v--;
  if (isAct(v)) return subjectBefore(v);
  // Verb-final: "könnte Russland diesen Krieg nicht führen", "die Sanktionen zu verschärfen"; the subject before the object.
  // (A victim `victimBetween` admits may stand between: "habe Gas als Druckmittel gegen Moldau eingesetzt".)
  let after = k + 1;
  if (/^(?:gegen|auf|an|gegenüber)$/.test(tokens[after]?.norm ?? "")) {
    let j = after + 1;
    while (j < span.to && (ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj")) j++;
    const victim = targets.find((t) => t.kind === "actor" && t.from === j);
    if (victim && victimBetween(victim)) after = victim.to;
  }
  const object = after;
  while (after < span.to && after - object <= 3 && /^(?:nicht|weiter|zu|mehr|länger)$/.test(tokens[after].norm)) after++;
  return isAct(after) ? subjectBefore(k - 1) : undefined;
}

/**
 * A countering noun whose compound names what is fought, no side ("Armutsbekämpfung", "Terrorabwehr"): it counters
 * that thing, and what stands around it is not countered ("lobte Chinas Erfolge bei der Armutsbekämpfung").
 */
function foughtThing(tokens: Token[], hit: CueHit): boolean {
  if (hit.cue.class !== "countering" || hit.from !== hit.at || hit.cue.words.length !== 1) return false;
  const lemma = tokens[hit.at].lemma.toLowerCase();
  return lemma.length > hit.cue.words[0].length + 2 && lemma.endsWith(hit.cue.words[0]);
}

/**
 * Does the cue stand in a zu-infinitive that a rejection just before it governs ("lehne es ab, China unter Druck zu
 * setzen", "wandte sich gegen jeden Versuch, … Sanktionen zu verhängen"): one comma between, no finite verb?
 */
function inRejectedInfinitive(tokens: Token[], hit: CueHit, opposing: CueHit[]): boolean {
  return opposing.some((o) => {
    if (o.polarity !== "oppose" || o.at >= hit.from || hit.from - o.at > 12) return false;
    let commas = 0;
    for (let j = o.at + 1; j < hit.from; j++) {
      if (tokens[j].text === ",") commas++;
      else if (tokens[j].kind === "punct" || isFiniteVerb(tokens[j])) return false;
    }
    if (commas !== 1) return false;
    // The clause is an infinitive with "zu": "zu setzen", "aufzuheben"; the cue may be that infinitive ("Russland Waffen zu liefern").
    if (tokens[hit.from - 1]?.norm === "zu" || /^\p{Ll}+zu\p{Ll}+en$/u.test(tokens[hit.at].norm)) return true;
    for (let j = hit.at + 1; j < Math.min(tokens.length, hit.at + 6) && tokens[j].kind !== "punct"; j++) {
      if (tokens[j].norm === "zu" || /^\p{Ll}+zu\p{Ll}+en$/u.test(tokens[j].norm)) return true;
    }
    return false;
  });
}

/** Does a phrase of cause ("wegen", "aufgrund", "angesichts") open at most four words before token k, nothing but its words between? */
function inCausalPhrase(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    if (/^(?:wegen|aufgrund|angesichts)$/.test(tokens[j].norm)) return true;
    if (tokens[j].kind === "punct" || tokens[j].wordClass === "verb") return false;
  }
  return false;
}

/** The side joined by "und" to the speaker's own side before a cue in its clause ("Russland und China würden ihre Zusammenarbeit …"). */
function coSubjectOfOwn(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[], own: ReadonlySet<string>): TargetMention | undefined {
  const open = clauseOpening(tokens, span, hit.from);
  const before = targets.filter((t) => t.kind === "actor" && t.from >= open && t.to <= hit.from && !t.place && !t.modifier);
  for (const a of before) {
    const b = before.find((t) => t.from === a.to + 1 && /^(?:und|sowie)$/.test(tokens[a.to].norm));
    if (!b) continue;
    if (own.has(a.target) && !own.has(b.target)) return b;
    if (own.has(b.target) && !own.has(a.target)) return a;
  }
  return undefined;
}

// Nouns of what a side does or holds, which an evaluation of them credits to it: "eine wichtige Rolle", "einen ausgewogenen Ansatz".
const OWN_THING = /(?:rolle|ansatz|haltung|position|beitrag|politik|bemühung|bemühungen|leistung|einsatz|initiative|vorschlag|standpunkt|kraft)$/;

/**
 * Is the side at `t` the subject of the clause whose object the adjective at `hit` stands in: first in its clause
 * (after a subordinator or article), a verb between them and no other side ("Russland spiele eine wichtige Rolle")?
 */
function subjectsOwn(tokens: Token[], span: Span, t: TargetMention, hit: CueHit, targets: TargetMention[]): boolean {
  if (t.kind !== "actor" || t.place || t.modifier || t.to > hit.from) return false;
  let j = clauseOpening(tokens, span, hit.from);
  while (j < t.from && (SUBORDINATORS.has(tokens[j].norm) || ARTICLE.test(tokens[j].norm))) j++;
  if (j !== t.from) return false;
  let verb = false;
  for (let k = t.to; k < hit.from; k++) {
    // What a side could or should do credits it nothing yet: "China könne eine wichtige Rolle spielen".
    if (tokens[k].kind === "punct" || /^(?:könne|können|könnte|könnten|müsse|müssen|müsste|müssten|solle|sollen|sollte|sollten)$/.test(tokens[k].norm)) return false;
    if (tokens[k].wordClass === "verb" || AUX_FORMS.has(tokens[k].norm)) verb = true;
  }
  return verb && !targets.some((o) => o !== t && o.from >= t.to && o.from < hit.from);
}

/**
 * The side that is the subject of a cue's clause: first in it (after a subordinator, articles and adjectives),
 * or right after the verb that opens it ("Wie aus dem Papier hervorgeht, unterstützt China Russland") or
 * follows an adverbial Vorfeld with no side in it ("Demnach unterstütze China Russland").
 */
function clauseSubject(tokens: Token[], span: Span, hit: CueHit, inClause: TargetMention[]): TargetMention | undefined {
  let j = clauseOpening(tokens, span, hit.from);
  // (A conjunction opening the clause is outside its Vorfeld: "…, doch Russland verzögere die Verhandlungen"; so is the
  // quotation mark that opens a quotation: "„Peking trägt als enger Partner Russlands …“".)
  if (subjectRelative(tokens, span, hit.at)) return undefined;
  // (A relative clause with its pronoun after a preposition has a subject of its own: "ein Geständnis, mit dem die serbische Führung ihre Rolle vertuschen wolle".)
  if (j > span.from && tokens[j - 1].text === "," && PREPOSITIONS.has(tokens[j].norm) && /^(?:dem|den|der|denen|deren|dessen|die|das)$/.test(tokens[j + 1]?.norm ?? "")) j += 2;
  // (Not past a demonym that names the subject: "die serbische Führung".)
  while (j < hit.from && !inClause.some((t) => t.from === j) && (SUBORDINATORS.has(tokens[j].norm) || CLAUSE_CONJUNCTIONS.test(tokens[j].norm) || ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj" || /^[„“"»«]$/.test(tokens[j].text))) j++;
  const adverbialVorfeld = j < hit.from && !inClause.some((t) => t.from >= j && t.to <= hit.from) && !tokens.slice(j, hit.from).some((t) => t.kind === "punct" || t.wordClass === "verb");
  const verbFirst = (j === hit.from || adverbialVorfeld) && tokens[hit.at].wordClass === "verb" && !isCapitalized(tokens[hit.at].text);
  // (Or a clause that opens with its finite verb, the cue later: "[Laut Tusk] setzen Russland und Belarus Migranten als Waffe ein".)
  const finiteFirst = !verbFirst && j < hit.from && (isFiniteVerb(tokens[j]) || AUX_FORMS.has(tokens[j].norm));
  // (Or an adverbial Vorfeld before the finite verb, adverbs or a phrase with a preposition: "monatelang hätten Moskau und
  // Pjöngjang die Welt belogen", "im Januar habe Moskau das Abkommen gebrochen".)
  let open = clauseOpening(tokens, span, hit.from);
  while (open < hit.from && /^[„“"»«]$/.test(tokens[open].text)) open++;
  let finite = open;
  while (finite < hit.from && !(isFiniteVerb(tokens[finite]) || AUX_FORMS.has(tokens[finite].norm))) finite++;
  const vorfeld = tokens.slice(open, finite);
  // (Not a pronoun, the subject itself: "sie hätten die USA belogen", "man habe Russland nie getäuscht".)
  const adverbOnly = (t: Token, i: number) => (i === 0 || !isCapitalized(t.text)) && t.wordClass !== "noun" && t.wordClass !== "name" && !ARTICLE.test(t.norm) && !SUBJECT_PRONOUNS.test(t.norm);
  // (A phrase with a preposition may run longer: "zum ersten Mal in unserer Geschichte kann uns Moskau … erpressen".)
  const adverbial = vorfeld.length > 0 && vorfeld.length <= (PREPOSITIONS.has(vorfeld[0]?.norm ?? "") ? 7 : 4) && !vorfeld.some((t) => t.kind === "punct") && !inClause.some((t) => t.from >= open && t.to <= finite) && (PREPOSITIONS.has(vorfeld[0].norm) || vorfeld.every(adverbOnly));
  const finiteSecond = !verbFirst && !finiteFirst && adverbial && finite < hit.from;
  const verbAt = verbFirst ? hit.at : finiteFirst ? j : finiteSecond ? finite : -1;
  // (An object pronoun may stand before the subject: "jetzt kann uns Moskau nicht mehr erpressen".)
  const first = verbAt >= 0 && OBJECT_PRONOUNS.test(tokens[verbAt + 1]?.norm ?? "") ? verbAt + 2 : verbAt + 1;
  const after = verbAt >= 0 ? first + (ARTICLE.test(tokens[first]?.norm ?? "") ? 1 : 0) : -1;
  if (verbAt < 0 && objectFronted(tokens, span, hit)) return undefined;
  // (A government named by its seat stands for its side: "die Regierung in Chisinau wolle die Region erpressen".)
  const opens = (t: TargetMention, k: number) => t.from === k || (t.from === k + 2 && GOVERNMENT_SEAT.test(tokens[k]?.norm ?? "") && namedBySeat(tokens, t));
  return inClause.find((t) => t.kind === "actor" && !t.modifier && !t.place && (verbAt >= 0 ? opens(t, after) : opens(t, j) && t.to <= hit.from));
}

/** Is the Vorfeld of the cue's clause an object, a pronoun that can only be a subject after its finite verb: "Afghanen würde man dagegen ignorieren", "die Ukraine habe er bedroht"? */
function objectFronted(tokens: Token[], span: Span, hit: CueHit): boolean {
  let finite = clauseOpening(tokens, span, hit.from);
  while (finite < hit.from && !(isFiniteVerb(tokens[finite]) || AUX_FORMS.has(tokens[finite].norm))) finite++;
  return finite < hit.from && finite > clauseOpening(tokens, span, hit.from) && NOMINATIVE_PRONOUN.test(tokens[finite + 1]?.norm ?? "");
}

/**
 * Is the verb at `at` in a relative clause whose pronoun may be its subject ("jeden angreifen, der Taiwan bedrohe",
 * "Länder, die China provozierten")? Then no side named in it is sure to be the subject.
 */
function subjectRelative(tokens: Token[], span: Span, at: number): boolean {
  const open = clauseOpening(tokens, span, at);
  if (open <= span.from || tokens[open - 1].text !== "," || !/^(?:der|die|das|welcher|welche|welches)$/.test(tokens[open].norm) || !verbFinal(tokens, span, at)) return false;
  // (A finite verb in second place makes it a main clause: "…, die USA hätten China erpresst".)
  let group = at;
  while (group > open && (AUX_FORMS.has(tokens[group - 1].norm) || tokens[group - 1].wordClass === "verb")) group--;
  return !tokens.slice(open + 1, group).some((t) => isFiniteVerb(t) || AUX_FORMS.has(t.norm));
}

const MODAL_FORM = /^(?:k[öo]nn|m[üu]ss|w[oi]ll|soll|d[üu]rf|m[öo]ch|werd|wird|würd)/;
const SUBJECT_PRONOUNS = /^(?:ich|du|er|sie|es|wir|ihr|man|dies|das|dieser|diese|jener|jene)$/;
const PASSIVE_AUXILIARY = /^(?:wird|werden|wurde|wurden|worden|werde|würde|würden|ist|sind|sei|seien|war|waren|wäre|wären|fühle|fühlt|fühlen|fühlte|fühlten|sehe|sieht|sehen|sah|sahen)$/;

/** A form of "werden", "sein" or "sich bedroht fühlen/sehen" in the participle's clause ("sei … angegriffen worden", "fühle sich … bedroht"). */
function passiveAuxiliary(tokens: Token[], span: Span, at: number): boolean {
  if (tokens[at - 1]?.norm === "zu") return false;
  const open = clauseOpening(tokens, span, at);
  for (let k = open; k < Math.min(span.to, at + 3); k++) {
    if (k > at && /^[,;:.!?]$/.test(tokens[k].text)) break;
    if (k !== at && PASSIVE_AUXILIARY.test(tokens[k].norm)) return true;
  }
  return false;
}

/** The side in a "von"/"durch" phrase just before a participle: its agent ("von den USA bedroht", "vom Anspruch Russlands verletzt"). */
function passiveAgent(tokens: Token[], hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  const plain = (x: Token) => x.kind === "word" && x.wordClass !== "verb" && !AUX_FORMS.has(x.norm) && !/^(?:von|vom|durch)$/.test(x.norm);
  return targets.find((t) => {
    // (Not a route: "von Belarus aus angreifen".)
    if (t.modifier || t.place || t.to > hit.from || hit.from - t.to > 4 || tokens[t.to]?.norm === "aus" || !tokens.slice(t.to, hit.from).every(plain)) return false;
    for (let d = 1; d <= 3 && t.from - d >= 0; d++) {
      const by = tokens[t.from - d];
      if (/^(?:von|vom|durch)$/.test(by.norm)) return !(tokens[t.from - d - 1]?.wordClass === "noun" && isCapitalized(tokens[t.from - d - 1].text));
      if (!plain(by)) return false;
    }
    return false;
  });
}

/** Is the support noun of `hit` cut back by a verb after it in its clause ("die Hilfe für die Ukraine kürzen", "fuhr die Zusammenarbeit zurück")? */
function reducedAfter(tokens: Token[], span: Span, clauseOf: number[], hit: CueHit, lex: StanceLexicon): boolean {
  if (!lex.reducingWords?.size) return false;
  const clause = clauseOf[hit.at - span.from];
  for (let k = hit.at + 1; k < span.to && k <= hit.at + 10 && clauseOf[k - span.from] === clause; k++) {
    const t = tokens[k];
    // (Another noun between is the verb's object: "die Hilfe für die Ukraine habe die Verluste verringert"; a cut
    // denied is none: "werde die Unterstützung nicht kürzen". A noun of the list is the cut after "auf den": "auf den Prüfstand stellen",
    // not "habe den Prüfstand bestanden".)
    if (t.wordClass === "noun" && isCapitalized(t.text) && lex.reducingWords.has(t.lemma.toLowerCase()) && tokens[k - 1]?.norm === "den" && tokens[k - 2]?.norm === "auf") return true;
    // (The tie's own partner may come between: "die Entwicklungszusammenarbeit mit Niger vorerst auszusetzen".)
    if (isCapitalized(t.text) && /^(?:mit|zu|zur|zum|gegenüber)$/.test(tokens[k - 1]?.norm ?? "") && k - 1 === hit.at + 1) continue;
    if ((t.wordClass === "noun" && isCapitalized(t.text)) || lex.negators.has(t.norm)) return false;
    if (t.wordClass !== "verb") continue;
    const lemma = t.lemma.toLowerCase();
    if (lex.reducingWords.has(lemma)) return true;
    // A separated particle: "fuhr … zurück".
    const particle = particleAfter(tokens, k, span.to);
    if (particle !== null && lex.reducingWords.has(tokens[particle].norm + lemma)) return true;
  }
  return false;
}

// Nouns of a tie's end, before it in the genitive: "verkündete das Ende der militärischen Zusammenarbeit mit Niger".
const ENDING_OF = /^(?:ende|beendigung|aussetzung|einstellung|abbruch|aufkündigung|kündigung|kürzung|stopp|einfrierung|suspendierung)$/;

/** Is the tie at `hit` the genitive of a noun of its end, adjectives between ("das Ende der militärischen Zusammenarbeit")? */
function endedBefore(tokens: Token[], span: Span, hit: CueHit): boolean {
  let j = hit.from - 1;
  while (j > span.from && tokens[j].wordClass === "adj" && !isCapitalized(tokens[j].text)) j--;
  if (!(j > span.from && /^(?:der|des)$/.test(tokens[j].norm) && ENDING_OF.test(tokens[j - 1].lemma.toLowerCase()) && isCapitalized(tokens[j - 1].text))) return false;
  // (An end declared, with the definite article: not one supposed, "Ein Ende der Zusammenarbeit wäre falsch", nor a time,
  // "Seit dem Ende der Zusammenarbeit", nor one between two others, "das Ende der Zusammenarbeit zwischen Niger und den USA".)
  const article = tokens[j - 2];
  const timed = /^(?:seit|nach|bis|vor|zum|beim|am)$/.test(tokens[j - 3]?.norm ?? "") || /^(?:zum|beim|am)$/.test(article?.norm ?? "");
  return article !== undefined && /^(?:das|die|den|dem)$/.test(article.norm) && !timed && tokens[hit.at + 1]?.norm !== "zwischen";
}

/** Does the verb at `at` end its clause, but for auxiliaries after it ("bedrohe,", "angegriffen habe.")? */
function verbFinal(tokens: Token[], span: Span, at: number): boolean {
  let e = at + 1;
  while (e < span.to && AUX_FORMS.has(tokens[e].norm)) e++;
  return tokens[at].wordClass === "verb" && (e >= span.to || tokens[e].kind === "punct");
}

/**
 * A verb cue in "sich (von X) … lassen": what the subject does not let be done to it ("würden sich von Peking nicht
 * einschüchtern lassen", "lasse sich von Russland nicht erpressen"). Its doer is the agent after "von", where one is
 * named (`agent`: the token it starts at), never the subject; a negation is the refusal, not the opposite.
 */
function lettingClause(tokens: Token[], span: Span, hit: CueHit): { agent: number | null } | null {
  const LASSEN = /^(?:lassen|lässt|lasse|ließ|ließen|ließe|gelassen)$/;
  const open = clauseOpening(tokens, span, hit.from);
  const clause = tokens.slice(open, Math.min(span.to, hit.at + 2));
  if (!LASSEN.test(tokens[hit.at + 1]?.norm ?? "") && !clause.slice(0, hit.from - open).some((t) => LASSEN.test(t.norm))) return null;
  if (!clause.slice(0, hit.from - open).some((t) => t.norm === "sich" || t.norm === "uns")) return null;
  for (let j = open; j < hit.from; j++) {
    if (/^(?:von|vom)$/.test(tokens[j].norm)) return { agent: j + 1 + (ARTICLE.test(tokens[j + 1]?.norm ?? "") ? 1 : 0) };
  }
  return { agent: null };
}

/**
 * The side a threat comes from, named in a relative clause right after it: "die Bedrohung, die von China ausgeht",
 * "eine Bedrohung, die von Nordkoreas Raketenprogramm … ausgehe" (the first side after "von"/"vom", the clause ending in
 * "ausgehen"). Undefined for any other cue or clause.
 */
function threatSource(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  if (hit.polarity !== "oppose" || !/^(?:bedrohung|gefahr)$/.test(hit.cue.words[0]) || hit.cue.words.length > 1) return undefined;
  const comma = hit.at + 1;
  if (tokens[comma]?.text !== "," || !RELATIVES.has(tokens[comma + 1]?.norm ?? "") || !/^(?:von|vom)$/.test(tokens[comma + 2]?.norm ?? "")) return undefined;
  const end = stopAt(tokens, span, comma + 3, /^[,;:.!?]$/);
  if (tokens[end - 1]?.lemma.toLowerCase() !== "ausgehen") return undefined;
  return targets.find((t) => t.kind === "actor" && t.from > comma + 2 && t.to < end && !t.place);
}

/** A side joined to `t` by "und" ("Russland und Belarus", "Russland und die Ukraine"), as a second doer. */
function joinedTo(tokens: Token[], t: TargetMention, targets: TargetMention[]): TargetMention[] {
  if (!/^(?:und|sowie)$/.test(tokens[t.to]?.norm ?? "")) return [];
  const from = t.to + 1 + (ARTICLE.test(tokens[t.to + 1]?.norm ?? "") ? 1 : 0);
  return targets.filter((o) => o.kind === "actor" && o.from === from && !o.modifier && !o.place);
}

/**
 * The sides a clause's subject phrase names as its doers, before the finite verb of a cue: "Die Politik der USA",
 * "Das Vorgehen Chinas", "die amerikanischen Militärübungen"; not a side it is against or about ("Die Sanktionen gegen Russland").
 */
function subjectPhraseSides(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[], lex: StanceLexicon): TargetMention[] {
  let j = clauseOpening(tokens, span, hit.from);
  while (j < hit.from && (SUBORDINATORS.has(tokens[j].norm) || CLAUSE_CONJUNCTIONS.test(tokens[j].norm))) j++;
  let finite = j;
  // (A participle before its noun is no finite verb: "die Truppen der von Russland unterstützten Regierung".)
  const attributive = (k: number) => tokens[k].wordClass === "verb" && tokens[k + 1]?.wordClass === "noun" && isCapitalized(tokens[k + 1].text);
  while (finite < hit.at && !(AUX_FORMS.has(tokens[finite].norm) || (isFiniteVerb(tokens[finite]) && !attributive(finite)))) finite++;
  const phrase = tokens.slice(j, finite);
  const nominal = phrase.length > 1 && (ARTICLE.test(phrase[0].norm) || DETERMINER.test(phrase[0].norm) || phrase[0].wordClass === "adj" || isCapitalized(phrase[0].text)) && !PREPOSITIONS.has(phrase[0].norm);
  // (A comma of a list of sides is part of it: "die Manöver der USA, Südkoreas und Japans".)
  const listComma = (k: number) => tokens[k].text === "," && targets.some((t) => t.from === k + 1);
  if (!nominal || phrase.some((t, i) => (t.kind === "punct" && !listComma(j + i)) || t.wordClass === "verb")) return [];
  return sidesOfPhrase(tokens, j, finite, targets, lex);
}

/**
 * The sides whose act or tie the noun phrase [from, to) is. A side after a preposition is what the act is against or
 * about ("Die Sanktionen gegen Russland"), except "zwischen", "von", and "mit" after a tie: "jede Zusammenarbeit
 * Russlands mit Nordkorea" is both sides' doing.
 */
function sidesOfPhrase(tokens: Token[], from: number, to: number, targets: TargetMention[], lex: StanceLexicon): TargetMention[] {
  const tie = tokens.slice(from, to).some((t) => isCapitalized(t.text) && headIn(t.lemma.toLowerCase(), lex.relationNouns));
  // (Not the land an invasion is of: "die Invasion der Ukraine".)
  return targets.filter((t) => t.kind === "actor" && !t.place && t.from >= from && t.to <= to && !afterPreposition(tokens, t, tie ? TIE_PREPOSITIONS : OWNING_PREPOSITIONS) && !invaded(tokens, t));
}

/**
 * The noun phrase a relative clause at token `at` speaks of, from after the verb or conjunction before it to its comma:
 * "jede militärische Zusammenarbeit zwischen Moskau und Pjöngjang | , die …".
 */
function antecedentOf(tokens: Token[], span: Span, at: number): { from: number; to: number } | null {
  const comma = clauseOpening(tokens, span, at) - 1;
  if (comma <= span.from || tokens[comma].text !== ",") return null;
  let from = clauseOpening(tokens, span, comma - 1);
  for (let k = from; k < comma; k++) if (tokens[k].wordClass === "verb" || AUX_FORMS.has(tokens[k].norm)) from = k + 1;
  while (from < comma && (SUBORDINATORS.has(tokens[from].norm) || CLAUSE_CONJUNCTIONS.test(tokens[from].norm))) from++;
  return from < comma && !tokens.slice(from, comma).some((t) => t.kind === "punct") ? { from, to: comma } : null;
}

/** The sides of what a relative clause at `at` speaks of: a tie's sides, whose act it is, or a side itself (see subjectPhraseSides). */
function antecedentSides(tokens: Token[], span: Span, at: number, targets: TargetMention[], lex: StanceLexicon): TargetMention[] {
  const phrase = antecedentOf(tokens, span, at);
  return phrase ? sidesOfPhrase(tokens, phrase.from, phrase.to, targets, lex) : [];
}

/** The side named right after a noun at `at`, in the genitive or after "von": "Marionette | der USA", "Handlanger | von ExxonMobil". */
function masterOf(tokens: Token[], at: number, targets: TargetMention[]): TargetMention | undefined {
  let j = at + 1;
  if (/^(?:von|vom)$/.test(tokens[j]?.norm ?? "")) j++;
  if (ARTICLE.test(tokens[j]?.norm ?? "")) j++;
  return targets.find((t) => t.kind === "actor" && t.from === j && !t.place);
}

/** Is the verb at `at` a participle of a passive ("die Spannungen wurden angeheizt")? */
function isPassiveAt(tokens: Token[], span: Span, at: number): boolean {
  if (!/ge\p{Ll}+t$/u.test(tokens[at].norm) && !/ge\p{Ll}+t$/u.test(tokens[at - 1]?.norm ?? "")) return false;
  for (let k = clauseOpening(tokens, span, at); k < Math.min(span.to, at + 3); k++) if (/^(?:wird|werden|wurde|wurden|worden)$/.test(tokens[k].norm)) return true;
  return false;
}

/**
 * The sides of what a verb of naming calls the cue: "bezeichnete die Übungen der USA als Provokation" (between
 * the verb and "als"), "Die Übungen der USA bezeichnete sie als Provokation" (the Vorfeld, its subject a pronoun after the verb).
 */
function calledSides(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[], lex: StanceLexicon): TargetMention[] {
  let als = hit.from - 1;
  // (Also in quotation marks, with the words of a longer label: "als „groß angelegte Provokation“".)
  while (als > span.from && als >= hit.from - 5 && (ARTICLE.test(tokens[als].norm) || tokens[als].wordClass === "adj" || /^[„“"»«]$/.test(tokens[als].text) || (/^\p{Ll}+$/u.test(tokens[als].text) && tokens[als].norm !== "als"))) als--;
  if (tokens[als]?.norm !== "als") return [];
  const open = clauseOpening(tokens, span, als);
  let verb = als - 1;
  while (verb >= open && !(tokens[verb].wordClass === "verb" && (lex.namingVerbs?.has(tokens[verb].lemma.toLowerCase()) ?? false))) verb--;
  if (verb < open) return [];
  const sides = (from: number, to: number) => targets.filter((t) => t.kind === "actor" && !t.place && t.from >= from && t.to <= to && !afterPreposition(tokens, t));
  const between = sides(verb + 1, als);
  if (between.length > 0) return between;
  return /^(?:er|sie|man)$/.test(tokens[verb + 1]?.norm ?? "") ? sides(open, verb) : [];
}

// Heads of a side's acts, whose demonym names their doer ("die sudanesische Militäroperation", "die russischen Angriffe").
const ACT_HEADS = ["operation", "offensive", "angriff", "angriffe", "invasion", "politik", "vorgehen", "zölle", "zoll", "sanktion", "manöver", "übung", "haltung", "plan", "pläne", "entscheidung", "maßnahme"].map((w) => w.replace(/ß/g, "ss"));

/** Does an opposing cue judge the act it takes ("kritisierte", "verurteilte")? Not a threat, whose act is the speaker's own ("drohte mit Gegenmaßnahmen gegen Estland"). */
function judgesActs(c: CueHit): boolean {
  return OPPOSING_CLASSES.has(c.cue.class) && !/^(?:drohen|drohung|androhen)$/.test(c.cue.words[0]);
}

/** The noun of a side's act ("Vorgehen", "Politik", "Sanktionen") that ends right before token k, a genitive of its doer allowed between; else -1. */
function actBefore(tokens: Token[], span: Span, k: number, targets: TargetMention[]): number {
  let j = k - 1;
  const owner = targets.find((t) => t.kind === "actor" && t.to === k && !t.modifier);
  if (owner) j = /^(?:des|der)$/.test(tokens[owner.from - 1]?.norm ?? "") ? owner.from - 2 : owner.from - 1;
  // (A capitalised word inside the sentence is a noun, whatever the dictionary says: "die Offensive Russlands".)
  const noun = tokens[j] !== undefined && (tokens[j].wordClass === "noun" || (j > span.from && isCapitalized(tokens[j].text)));
  return j >= span.from && noun && (headIn(tokens[j].lemma.toLowerCase(), ACT_HEADS) || headIn(tokens[j].norm, ACT_HEADS)) ? j : -1;
}

/**
 * Is the "gegen" at k part of a side's act that an opposing verb before it in its clause takes as object, no other verb
 * between: "kritisierte das Vorgehen Chinas gegen philippinische Schiffe"? (Not a measure demanded: "kritisierte … und
 * forderte Maßnahmen gegen China".)
 */
function judgedAct(tokens: Token[], span: Span, clauseOf: number[], k: number, cues: CueHit[], targets: TargetMention[]): boolean {
  const act = actBefore(tokens, span, k, targets);
  if (act < 0) return false;
  return cues.some((c) => c.polarity === "oppose" && judgesActs(c) && c.at < act && clauseOf[c.at - span.from] === clauseOf[act - span.from] && !tokens.slice(c.at + 1, act).some((x) => x.wordClass === "verb"));
}

/** The token of a statement's cue verb, its first word ("kritisierte" of "kritisierte"; "wies" of "wies zurück"); `span.to` if not in its text. */
function cueVerbAt(st: Statement, tokens: Token[], span: Span): number {
  const verb = st.cue.split(/[\s;…]+/)[0]?.toLowerCase() ?? "";
  let v = span.from;
  while (v < span.to && tokens[v].norm !== verb) v++;
  return v;
}

// Finite forms of "haben", the auxiliary of a perfect: "habe … bekämpft".
const HAVE_FORMS = /^(?:habe|hat|haben|hatte|hatten|hätte|hätten|habest|habt)$/;
const LABELLING_VERBS = new Set(["nennen", "bezeichnen", "werten", "bewerten", "einstufen"]);
// Words after which a label's head has been said: "gefährlich | für die Sicherheit", "ein Angriff | auf …".
const LABEL_HEAD_END = /^(?:[,;:.!?–—]|für|auf|gegen|zu|zur|zum|mit|von|vom|in|im|an|am|über|und|oder|der|die|das|den|dem|des|weil|da|denn)$/;

/**
 * A side the statement's own verb of naming labels, and the label's polarity from the general polarity
 * words: "Der Kreml nannte die Pläne einen schweren Fehler" (the plans a side's act, see `reactionEvent`),
 * "bezeichnete die Sanktionen Washingtons als „unfair und rechtswidrig“". The label is read up to where
 * its head ends ("gefährlich für die Sicherheit" is said of danger, not of safety); none with words of both signs.
 */
function labelledSide(st: Statement, tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; polarity: "support" | "oppose"; words: string } | null {
  if (st.kind !== "reported") return null;
  const v = cueVerbAt(st, tokens, span);
  if (v < span.to && tokens[v].wordClass === "verb" && tokens[v].lemma.toLowerCase() === "sprechen") return spokenOfSide(tokens, span, v, targets, lex);
  if (v >= span.to || tokens[v].wordClass !== "verb" || !LABELLING_VERBS.has(tokens[v].lemma.toLowerCase())) return null;
  const end = stopAt(tokens, span, v + 1, /^[,;:.!?–—]$/);
  let als = v + 1;
  while (als < end && tokens[als].norm !== "als") als++;
  // The object: a side itself ("Peking", "die EU"), or whose act or body the object's noun is ("die Pläne der EU", "die
  // Regierung Chinas"); not the victim of an act ("das Leid der Ukraine", "die Bombardierung der Ukraine").
  let o = v + 1;
  // (Past an adverb: "nennt darin Erdogan einen Terroristen".)
  while (o < als && o <= v + 2 && tokens[o].kind === "word" && !isCapitalized(tokens[o].text) && !ARTICLE.test(tokens[o].norm) && tokens[o].wordClass !== "adj" && !PREPOSITIONS.has(tokens[o].norm)) o++;
  while (o < als && (ARTICLE.test(tokens[o].norm) || tokens[o].wordClass === "adj")) o++;
  const actedBy = (t: TargetMention) => {
    const head = tokens[o].lemma.toLowerCase();
    const genitive = t.from === o + 1 || (t.from === o + 2 && /^(?:des|der)$/.test(tokens[o + 1].norm));
    return genitive && (headIn(head, lex.eventNouns) || sideHead(head, lex) || /^(?:politik|haltung|vorgehen|position|kurs|verhalten|äußerung|vorwurf|vorwürfe)$/.test(head));
  };
  // (Or a demonym of an act: "bezeichnete die sudanesische Militäroperation als Verstoß".)
  const actOf = (t: TargetMention) => t.to === o && t.from === o - 1 && tokens[t.from].wordClass === "adj" && (headIn(tokens[o].lemma.toLowerCase(), ACT_HEADS) || sideHead(tokens[o].lemma.toLowerCase(), lex));
  const side = targets.find((t) => t.kind === "actor" && !t.place && t.to <= als && ((!t.modifier && (t.from === o || (o < als && actedBy(t)))) || actOf(t)));
  if (!side) return null;
  // (Past the act's own noun, which is no label: "nannte die französische Entscheidung einen Fehler".)
  let from = als < end ? als + 1 : Math.max(side.to, o + 1);
  // ("nennen" takes its label right after the object: not "nannte die EU am Montag einen Fehler".)
  while (from < end && /^[„“"»«]$/.test(tokens[from].text)) from++;
  if (from >= end || (als >= end && (PREPOSITIONS.has(tokens[from].norm) || SUBORDINATORS.has(tokens[from].norm)))) return null;
  const words = defaultPolarityWords();
  const read: ReadOptions = { minimum: 0.1, backupWeight: 0.5 };
  let positive = 0;
  let negative = 0;
  let to = from;
  for (; to < end; to++) {
    const t = tokens[to];
    if (to > from && LABEL_HEAD_END.test(t.norm)) break;
    if (t.kind !== "word") continue;
    let value = wordPolarity(tokens, to, end, words, read);
    if (value !== 0 && tokens.slice(from, to).some((x) => lex.negators.has(x.norm))) value = -value;
    if (value > 0) positive += value;
    else negative -= value;
  }
  if ((positive > 0 && negative > 0) || Math.max(positive, negative) < 0.3) return null;
  return { side, polarity: positive > 0 ? "support" : "oppose", words: tokens.slice(from, to).map((t) => t.text).join(" ") };
}

/**
 * A side's act the speaker "spoke of" in words of general polarity: "sprach von einem „zynischen Spiel“ Kiews", "sprach
 * von einem großen Erfolg Chinas". The label is the phrase after "von" up to its noun; the side its genitive right after.
 */
function spokenOfSide(tokens: Token[], span: Span, v: number, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; polarity: "support" | "oppose"; words: string } | null {
  // (Past an adverbial: "sprach am Montag von …", "sprach erneut von …".)
  let von = v + 1;
  while (von < span.to && von <= v + 4 && tokens[von].kind === "word" && tokens[von].wordClass !== "verb" && !/^(?:von|vom)$/.test(tokens[von].norm)) von++;
  if (!/^(?:von|vom)$/.test(tokens[von]?.norm ?? "")) return null;
  // The label: articles, adjectives and quotation marks, then its noun.
  let head = von + 1;
  while (head < span.to && head <= von + 6 && (ARTICLE.test(tokens[head].norm) || tokens[head].wordClass === "adj" || QUOTE_MARK.test(tokens[head].text) || !isCapitalized(tokens[head].text))) head++;
  if (head >= span.to || tokens[head].kind !== "word" || targets.some((t) => t.from <= head && head < t.to)) return null;
  let after = head + 1;
  while (after < span.to && QUOTE_MARK.test(tokens[after].text)) after++;
  const genitive = /^(?:des|der)$/.test(tokens[after]?.norm ?? "") ? after + 1 : after;
  const side = targets.find((t) => t.kind === "actor" && !t.place && !t.modifier && t.from === genitive && (genitive > after || /s$/.test(tokens[t.to - 1].text)));
  if (!side) return null;
  const words = defaultPolarityWords();
  const read: ReadOptions = { minimum: 0.1, backupWeight: 0.5 };
  let positive = 0;
  let negative = 0;
  for (let k = von + 1; k <= head; k++) {
    if (tokens[k].kind !== "word") continue;
    let value = wordPolarity(tokens, k, head + 1, words, read);
    if (value !== 0 && tokens.slice(von + 1, k).some((x) => lex.negators.has(x.norm))) value = -value;
    if (value > 0) positive += value;
    else negative -= value;
  }
  if ((positive > 0 && negative > 0) || Math.max(positive, negative) < 0.3) return null;
  return { side, polarity: positive > 0 ? "support" : "oppose", words: tokens.slice(von + 1, head + 1).filter((t) => t.kind === "word" && !ARTICLE.test(t.norm)).map((t) => t.text).join(" ") };
}

/** The side a noun cue is said of with "als": "bezeichnete Russland als (wichtigen) Partner". */
function calledAs(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  if (!isCapitalized(tokens[hit.at].text)) return undefined;
  let als = hit.from - 1;
  // Also one of several: "betrachte Russland als einen seiner wichtigsten Partner".
  // (Or in quotation marks: "bezeichnete China als „entscheidenden Ermöglicher“".)
  while (als > span.from && (ARTICLE.test(tokens[als].norm) || tokens[als].wordClass === "adj" || THIRD_PERSON_POSSESSIVE.test(tokens[als].norm) || /^[„“"»«]$/.test(tokens[als].text))) als--;
  return tokens[als]?.norm === "als" ? targets.find((t) => t.kind === "actor" && !t.modifier && !t.place && t.to === als) : undefined;
}

/** The side a copula says the cue noun is: "China ist für uns der wichtigste Partner", "China bleibe … ein unverzichtbarer Markt und Partner". */
function predicateSubject(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  if (!isCapitalized(tokens[hit.at].text)) return undefined;
  for (let j = hit.from - 1; j > span.from && j >= hit.from - 9; j--) {
    const t = tokens[j];
    if (t.kind === "punct") return undefined;
    if (!COPULAS.has(t.norm) || /^gel/.test(t.norm)) {
      if (t.wordClass === "verb" || AUX_FORMS.has(t.norm) || t.norm === "zu") return undefined;
      continue;
    }
    // "Russland ist und bleibt unser strategischer Partner": the first copula of two.
    if (tokens[j - 1]?.norm === "und" && COPULAS.has(tokens[j - 2]?.norm ?? "")) j -= 2;
    const open = clauseOpening(tokens, span, j);
    // (After an opening quotation mark: "„China ist …“"; or the last of a list of sides that opens the clause:
    // "Taiwan und die USA seien Partner", said by Taiwan.)
    const from = tokens[open].kind === "punct" ? open + 1 : open;
    const listBefore = (x: TargetMention) => x.from > from && tokens.slice(from, x.from).every((t) => /^(?:und|sowie|,)$/.test(t.norm) || ARTICLE.test(t.norm) || (isCapitalized(t.text) && t.wordClass !== "noun"));
    return targets.find((x) => x.kind === "actor" && !x.modifier && !x.place && x.to === j && (x.from === from || listBefore(x)));
  }
  return undefined;
}

/**
 * Does a cooperation cue tie two sides other than the speaker's: a side opens its clause as subject
 * ("dass die USA Taiwan unterstützten", "China sei der wichtigste Unterstützer der russischen
 * Kriegswirtschaft") and another one, not the speaker's, is named in the clause after it? Not a
 * demand ("Die USA müssten mit China zusammenarbeiten"), not when the speaker's side is named with them.
 */
function thirdPartyTie(tokens: Token[], span: Span, clauseOf: number[], hit: CueHit, targets: TargetMention[], own: ReadonlySet<string>): boolean {
  if (hit.cue.class !== "cooperation" || hit.polarity !== "support") return false;
  const clause = clauseOf[hit.at - span.from];
  // With the zu-infinitive that completes it: "Russland sei bereit, Nordkorea mit Technologie zu beliefern".
  // And the clause a zu-infinitive completes, whose subject is its doer: "Deutschland stehe bereit, Schweden … zu unterstützen"
  // (not an appeal's addressee: "forderte China auf, die Ukraine zu unterstützen" is the speaker's wish).
  // (A side that demands it holds it as a third party: "China habe gefordert, Russland zu unterstützen".)
  const appeal = () => {
    for (let k = span.from; k < span.to; k++) {
      const t = tokens[k];
      if (clauseOf[k - span.from] !== clause - 1 || t.wordClass !== "verb" || !(DEMAND_VERBS.has(t.lemma.toLowerCase()) || /^(?:bitten|rufen)$/.test(t.lemma.toLowerCase()))) continue;
      return !targets.some((x) => x.kind === "actor" && !x.place && x.to <= k && clauseOf[x.from - span.from] === clause - 1 && bareSide(tokens, x));
    }
    return false;
  };
  const completing = clause > clauseOf[0] && isZuInfinitiveAt(tokens, hit.at) && zuInfinitiveClause(tokens, span, clauseOf, clause) && !appeal();
  const completed = (c: number) => c === clause || (c === clause + 1 && zuInfinitiveClause(tokens, span, clauseOf, c)) || (completing && c === clause - 1);
  const inClause = targets.filter((t) => t.kind === "actor" && !t.place && completed(clauseOf[t.from - span.from]));
  // A joint act named by its others in the genitive: "die gemeinsamen Manöver der USA, Südkoreas und Japans".
  const owners = jointOwners(tokens, span, hit, targets.filter((t) => t.kind === "actor" && !t.place));
  if (owners.length >= 2 && !owners.some((t) => own.has(t.target))) return true;
  if (inClause.some((t) => own.has(t.target))) return false;
  // A tie "zwischen" two others right after the cue: "der Austausch zwischen Russland und Nordkorea", "die enge Umarmung
  // zwischen Moskau und Pjöngjang" (said by neither).
  if (tokens[hit.at + 1]?.norm === "zwischen" && inClause.filter((t) => t.from > hit.at + 1 && t.from <= hit.at + 6).length >= 2) return true;
  // A passive's agent ties itself to what is backed: "die Hutu-Miliz FDLR, die von der kongolesischen Armee unterstützt werde".
  const agentBefore = (t: TargetMention) => t.to <= hit.from && hit.from - t.to <= 2 && tokens.slice(Math.max(span.from, t.from - 3), t.from).some((x) => /^(?:von|vom)$/.test(x.norm));
  if (tokens[hit.at].wordClass === "verb" && inClause.some(agentBefore)) return true;
  // Or the side a speech act calls the tie's holder: "bezeichnete China als Partner Russlands".
  // Or the side a pronoun opening a subordinate clause stands for: "China habe Partei ergriffen, indem es eine Freundschaft mit Russland vereinbart habe".
  const completedSubject = completing ? inClause.find((t) => clauseOf[t.from - span.from] === clause - 1 && bareSide(tokens, t)) : undefined;
  const subject = completedSubject ?? calledAs(tokens, span, hit, inClause) ?? clauseSubject(tokens, span, hit, inClause) ?? pronounSubject(tokens, span, hit, targets);
  if (!subject || DEMANDING_MODALS.has(tokens[subject.to]?.norm ?? "")) return false;
  return inClause.some((t) => t.target !== subject.target && t.from >= subject.to);
}

/** "…, indem es …": the side the subordinate clause's pronoun subject stands for, the first side of the span before it. */
function pronounSubject(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  const open = clauseOpening(tokens, span, hit.at);
  if (open <= span.from || !SUBORDINATORS.has(tokens[open].norm) || !/^(?:es|er|sie)$/.test(tokens[open + 1]?.norm ?? "")) return undefined;
  return targets.find((t) => t.kind === "actor" && t.to <= open && !t.place && !t.modifier && !afterPreposition(tokens, t));
}

/** The sides in a genitive list after the cue's noun: "gemeinsame Manöver der USA und Japans" → USA, Japan. */
function jointOwners(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention[] {
  let noun = hit.at;
  while (noun < Math.min(span.to, hit.at + 3) && !isCapitalized(tokens[noun].text)) noun++;
  if (noun >= span.to || !isCapitalized(tokens[noun].text)) return [];
  const from = /^(?:der|des)$/.test(tokens[noun + 1]?.norm ?? "") ? noun + 2 : noun + 1;
  const first = targets.find((t) => t.from === from && !t.modifier);
  return first ? [first, ...coordinatedWith(tokens, first, targets)] : [];
}

/** Does clause `c` of the span have a zu-infinitive ("Nordkorea … zu beliefern", "zusammenzuarbeiten")? */
function zuInfinitiveClause(tokens: Token[], span: Span, clauseOf: number[], c: number): boolean {
  for (let k = span.from; k < span.to; k++) {
    if (clauseOf[k - span.from] !== c) continue;
    if ((tokens[k].norm === "zu" && tokens[k + 1]?.wordClass === "verb") || (tokens[k].wordClass === "verb" && /^\p{Ll}+zu\p{Ll}+en$/u.test(tokens[k].norm))) return true;
  }
  return false;
}

/**
 * The side a cooperation noun is given to: the object before it in the Mittelfeld of a verb of giving in its clause
 * ("Russland hat China seine Unterstützung zugesichert", "sagte der Ukraine weitere Hilfe zu"); not the subject, not after a preposition.
 */
function recipientOf(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[], lex: StanceLexicon): TargetMention | undefined {
  if (!isCapitalized(tokens[hit.at].text) || !lex.givingVerbs?.size) return undefined;
  const open = clauseOpening(tokens, span, hit.from);
  const end = stopAt(tokens, span, hit.at + 1, /^[,;:.!?–—]$/);
  // The verb: a lemma of the list, or a finite verb whose particle ends the clause ("sicherte … zu").
  const particle = tokens[end - 1]?.wordClass === "function" ? tokens[end - 1].norm : "";
  const gives = (j: number) => tokens[j].wordClass === "verb" && (lex.givingVerbs!.has(tokens[j].lemma.toLowerCase()) || lex.givingVerbs!.has(particle + tokens[j].lemma.toLowerCase()));
  let verb = -1;
  for (let j = open; j < end; j++) if (gives(j)) verb = j;
  if (verb < 0) return undefined;
  const outside = outsideMittelfeld(tokens, span, hit.at, targets);
  return targets.find((t) => t.kind === "actor" && t.from >= open && t.to <= hit.from && !t.place && !t.modifier && !afterPreposition(tokens, t) && !outside.has(t));
}

/**
 * Is the cue an alliance named by its noun alone, "Die Allianz verlege Truppen an die Grenzen" (the Nato named
 * before): a definite article, no side in it or after it ("das Bündnis mit Russland", "die Allianz zwischen …").
 */
function namesAlliance(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): boolean {
  if (!/(?:allianz|bündnis)$/.test(tokens[hit.at].lemma.toLowerCase()) || targets.some((t) => t.from <= hit.at && t.to > hit.at)) return false;
  let j = hit.at - 1;
  while (j > span.from && tokens[j].wordClass === "adj") j--;
  return /^(?:der|die|das|dem|den|des)$/.test(tokens[j]?.norm ?? "") && !/^(?:mit|zwischen|zu|zum|zur|gegen|von|vom|aus|der|des|beider|ihrer|seiner)$/.test(tokens[hit.at + 1]?.norm ?? "");
}

/** A side named on its own by a noun or name, not inside a phrase: no preposition or genitive article before it ("Deutschland", "die USA"). */
function bareSide(tokens: Token[], t: TargetMention): boolean {
  // (So is the pair "beide Länder" stands for: "bereit, beide Länder bei den Verhandlungen zu unterstützen".)
  const first = /^beid/.test(tokens[t.from].norm) ? t.from + 1 : t.from;
  if (!isCapitalized(tokens[first].text) || tokens[first].wordClass === "adj") return false;
  let j = t.from - 1;
  while (tokens[j] && (ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj")) j--;
  return !PREPOSITIONS.has(tokens[j]?.norm ?? "") && tokens[j]?.wordClass !== "noun" && !/^(?:des|der)$/.test(tokens[t.from - 1]?.norm ?? "");
}

/**
 * Is [from, to) adverbs and prepositional phrases alone, no verb or clause break: "bei der Eingliederung in die
 * Strukturen der Nato", "zusätzlich mit 20 Millionen Euro"? (An article before any preposition opens an object of its own.)
 */
function prepositionalPhrase(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 12) return false;
  let opened = false;
  for (let k = from; k < to; k++) {
    const x = tokens[k];
    if ((x.kind !== "word" && x.kind !== "number") || x.wordClass === "verb" || AUX_FORMS.has(x.norm)) return false;
    if (PREPOSITIONS.has(x.norm)) opened = true;
    else if (!opened && (ARTICLE.test(x.norm) || x.wordClass === "noun" || x.wordClass === "name")) return false;
  }
  return opened;
}

/**
 * Is side t the object fronted before its finite verb, the subject a pronoun or the speaker right after the verb:
 * "Russland und China dankte er für ihre Haltung", "Den Demonstrierenden dankte sie"?
 */
function frontedObject(tokens: Token[], span: Span, hit: CueHit, t: TargetMention, inSpeaker: (k: number) => boolean): boolean {
  const open = clauseOpening(tokens, span, hit.from);
  // A participle ends its clause with its object before it, after the auxiliary: "hat die Regierung in Peking vor einer
  // Eskalation gewarnt", "hatte die USA scharf kritisiert".
  if (hit.from === hit.at && isParticipleForm(tokens[hit.at]) && t.from >= open && (bareSide(tokens, t) || namedBySeat(tokens, t)) && tokens.slice(open, t.from).some((x) => AUX_FORMS.has(x.norm)) && !tokens.slice(t.to, hit.at).some((x) => x.kind === "punct" || x.wordClass === "verb")) return true;
  // (An article opening the clause is the object's too: "Der KFOR dankte er ausdrücklich", "Den USA warf sie vor …".)
  if (!isFiniteVerb(tokens[hit.from]) || t.from < open || !(bareSide(tokens, t) || (t.from === open + 1 && ARTICLE.test(tokens[open].norm)))) return false;
  if (tokens.slice(t.to, hit.from).some((x) => x.norm !== "und" && x.text !== ",")) return false;
  const next = hit.from + 1;
  return /^(?:er|sie|wir|ich|man)$/.test(tokens[next]?.norm ?? "") || (next < span.to && inSpeaker(next));
}

/** Does a side follow the participle at hit as its agent: "unterstützt von offiziellen Stellen in Belgrad", "gebilligt vom Kreml"? */
function agentAfter(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): boolean {
  if (tokens[hit.at].wordClass !== "verb" || !/^(?:von|vom)$/.test(tokens[hit.at + 1]?.norm ?? "")) return false;
  const agent = targets.find((t) => t.kind === "actor" && t.from > hit.at + 1 && t.from <= hit.at + 6);
  // Only its noun phrase between, a seat at most: not "unterstützt vom ersten Tag an die Ukraine"; and the phrase set off
  // after it, as a participle's is (not a finite verb's adverbial: "unterstütze von ganzem Herzen Russland").
  // (A noun between only as what the side is the seat of: "von offiziellen Stellen in Belgrad", not "von ganzem Herzen Russland".)
  const agentPhrase = (x: Token, k: number) => x.kind === "word" && (x.wordClass === "function" || x.wordClass === "adj" || (x.wordClass === "noun" && /^(?:in|aus)$/.test(tokens[k + 1]?.norm ?? "")));
  // (The set-off phrase ends after the agents listed with it: "unterstützt von Iran und Russland, griffen …".)
  const end = agent === undefined ? -1 : coordinatedWith(tokens, agent, targets).reduce((e, t) => Math.max(e, t.to), agent.to);
  return agent !== undefined && /^[,;:.!?–)]$/.test(tokens[end]?.text ?? ".") && tokens.slice(hit.at + 2, agent.from).every((x, i) => agentPhrase(x, hit.at + 2 + i) && (!PREPOSITIONS.has(x.norm) || /^(?:in|aus)$/.test(x.norm)));
}

/** Does a noun phrase that names no side stand in [from, to) ("die Grenzabfertigung")? */
function objectBetween(tokens: Token[], from: number, to: number, targets: TargetMention[]): boolean {
  for (let k = from; k < to; k++) {
    if (!ARTICLE.test(tokens[k].norm)) continue;
    for (let n = k + 1; n < Math.min(to, k + 4); n++) if (tokens[n].wordClass === "noun" && isCapitalized(tokens[n].text) && !targets.some((t) => t.from <= n && n < t.to)) return true;
  }
  return false;
}

/** Is the demonym noun at k counted: an indefinite article or a number before it, adjectives between ("ein 34-jähriger Türke", "zwei Chinesen")? */
function countedPersons(tokens: Token[], k: number, span: Span): boolean {
  let j = k - 1;
  while (j >= span.from && tokens[j].wordClass === "adj" && !isCapitalized(tokens[j].text)) j--;
  return j >= span.from && (/^(?:ein|eine|einen|einem|einer|zwei|drei|vier|mehrere|einige)$/.test(tokens[j].norm) || tokens[j].kind === "number");
}

/** Does the side at k own the affairs a hostile act before it meddles in ("Einmischung in die inneren Angelegenheiten Chinas")? */
function affairsOf(tokens: Token[], k: number, hostileAt: ReadonlySet<number>): boolean {
  // "die inneren Angelegenheiten von Belarus" as "… Chinas".
  if (tokens[k - 1]?.norm === "von") k--;
  if (!/^angelegenheit/.test(tokens[k - 1]?.lemma.toLowerCase() ?? "")) return false;
  // Also past whose meddling it is: "Einmischung externer Kräfte in die inneren Angelegenheiten Chinas".
  for (let d = 2; d <= 9 && tokens[k - d] && tokens[k - d].kind !== "punct" && !isFiniteVerb(tokens[k - d]); d++) if (hostileAt.has(k - d)) return true;
  return false;
}

/**
 * Does the clause of token `at` demand something: a modal of demand ("müsse", "sollten", "müssten"), or "man"/"wir"
 * as a subject? So does a zu-infinitive after a verb of demand: "forderte China auf, mehr Druck auf Moskau auszuüben".
 */
function demandedIn(tokens: Token[], span: Span, clauseOf: number[], at: number): boolean {
  const clause = clauseOf[at - span.from];
  for (let k = span.from; k < span.to; k++) if (clauseOf[k - span.from] === clause && (DEMANDING_MODALS.has(tokens[k].norm) || /^(?:man|wir)$/.test(tokens[k].norm)) && !conditionOpening(tokens, span, k)) return true;
  return isZuInfinitiveAt(tokens, at) && demandedBefore(tokens, span, at);
}

/** Does the speaker's own side, as the subject of the clause at `at`, say it will or wants to do it ("Die Union werde …"), or (`done`) do it? */
function intendedByOwn(tokens: Token[], span: Span, clauseOf: number[], at: number, targets: TargetMention[], own: ReadonlySet<string>, done = false): boolean {
  const clause = clauseOf[at - span.from];
  const will = done ? at - span.from : tokens.slice(span.from, at).findIndex((t, i) => clauseOf[i] === clause && INTENTION.test(t.norm));
  if (will < 0) return false;
  const subject = targets.find((t) => t.kind === "actor" && clauseOf[t.from - span.from] === clause && t.from < span.from + will && !t.place && !t.modifier && !afterPreposition(tokens, t));
  return subject !== undefined && own.has(subject.target);
}

const INTENTION = /^(?:werde|werden|wird|will|wolle|wollen)$/;
// Verbs by which a speaker declares an act of their own, in a zu-infinitive after them.
const ANNOUNCING = new Set(["ankündigen", "beschließen", "entscheiden", "planen", "beabsichtigen", "vorhaben", "zusagen", "versprechen"]);
const THREATENING = new Set(["drohen", "androhen"]);
const RULING_OUT = new Set(["ausschließen"]);

/**
 * Does the speaker, as the subject of "drohen", threaten with the act at `hit` ("Die Ecowas drohte mit einer
 * Militärintervention gegen Niger", "Trump drohte China mit neuen Zöllen")? An act threatened is carried further.
 */
function threatenedBySpeaker(tokens: Token[], span: Span, clauseOf: number[], hit: CueHit, inSpeaker: (k: number) => boolean): boolean {
  for (let j = hit.from - 1; j >= span.from && j >= hit.from - 8 && clauseOf[j - span.from] === clauseOf[hit.from - span.from]; j--) {
    if (tokens[j].norm !== "mit") continue;
    for (let v = j - 1; v >= Math.max(span.from, j - 4); v--) if (THREATENING.has(tokens[v].lemma.toLowerCase())) return (v > span.from && inSpeaker(v - 1)) || inSpeaker(v + 1);
    return false;
  }
  return false;
}
// Verbs that take up more of an act (besides act-verbs.txt): "über weitere Sanktionen beraten", "mit neuem Druck reagieren".
const TAKING_UP = new Set(["beraten", "beschließen", "verabschieden", "vorbereiten", "planen", "prüfen", "erwägen", "ankündigen", "reagieren", "antworten", "ergreifen", "fordern", "verlangen", "drohen", "vorlegen", "anstreben", "streben", "bringen", "einsetzen", "setzen", "beteiligen", "machen", "folgen", "mittragen", "unterstützen"]);
// Verbs that avert an act, before the verb that would take it up: "weitere Angriffe verhindern", "von weiteren Sanktionen absehen".
const AVERTING = new Set(["verhindern", "vermeiden", "abwenden", "absehen", "aufheben", "lockern", "aussetzen", "ablehnen", "hinnehmen"]);
// Adjectives of more of an act: "weitere Sanktionen", "neue Strafzölle", "zusätzlichen Druck", "schärfere Maßnahmen".
const MORE_OF = /^(?:weiter|neu|zusätzlich|schärfer|härter|verschärft|stärker)(?:e|en|er|es|em)$/;
// Nouns of more of an act, before its genitive: "eine Verschärfung der Sanktionen", "die Verlängerung der Strafzölle".
const MORE_NOUN = /^(?:verschärfung|ausweitung|ausdehnung|erhöhung|verstärkung|fortsetzung|verlängerung)$/;

/**
 * Does a condition clause open at k: "wenn", "falls", "sofern", or "sollte(n)" before its subject ("sollten die USA …");
 * not a modal of a conjunct whose subject is left out ("…, sollte aber weiter eng zusammenarbeiten").
 */
function opensCondition(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (/^(?:wenn|falls|sofern)$/.test(t.norm)) return true;
  const next = tokens[k + 1];
  return /^sollten?$/.test(t.norm) && next !== undefined && (ARTICLE.test(next.norm) || /^(?:er|sie|es|man|wir|ihr)$/.test(next.norm) || (isCapitalized(next.text) && next.wordClass !== "function"));
}

/** "Sollten die USA Sanktionen verhängen, …": a modal opening its clause is a condition, no demand. */
function conditionOpening(tokens: Token[], span: Span, k: number): boolean {
  return /^sollten?$/.test(tokens[k].norm) && (k === span.from || tokens[k - 1].kind === "punct" || tokens[k].sentence !== tokens[k - 1].sentence);
}

// A statement's cue that demands what it reports: "forderte", "verlangte", "rief … auf", "mahnte".
const DEMAND_CUE = /^(?:forder|verlang|mahn|ermahn|dräng|drängt|appellier|rief\b.*\bauf$|ruft\b.*\bauf$)/i;
const DEMAND_VERBS = new Set(["fordern", "auffordern", "aufrufen", "appellieren", "drängen", "mahnen", "ermahnen", "verlangen"]);

/** Is token k a verb of demand: one of DEMAND_VERBS, or "rufen" whose particle "auf" ends its clause ("rief die Nato zu … auf")? */
function isDemandVerb(tokens: Token[], k: number): boolean {
  if (tokens[k].wordClass !== "verb") return false;
  const lemma = tokens[k].lemma.toLowerCase();
  if (DEMAND_VERBS.has(lemma)) return true;
  if (lemma !== "rufen") return false;
  for (let j = k + 1; j < tokens.length && j <= k + 15 && tokens[j].kind !== "punct"; j++) if (tokens[j].norm === "auf" && (tokens[j + 1]?.kind === "punct" || !tokens[j + 1])) return true;
  return false;
}

/**
 * Is t the subject of a dass-clause right after the cue: "werde nicht zulassen, dass das Regime in Teheran
 * Atomwaffen erlange"? No verb between "dass" and it, and a short phrase only. (Asked of opposing cues only:
 * "es sei festzuhalten, dass alle EU-Staaten …" praises no one.)
 */
function dassSubject(tokens: Token[], at: number, t: TargetMention): boolean {
  const dass = complementAfter(tokens, at);
  if (dass < 0 || t.from <= dass || t.from - dass > 6) return false;
  // (Not a side after a preposition, in another noun's phrase: "dass die Unterstützung für die Ukraine nachlasse"; but a
  // government by its seat: "dass das Regime in Teheran Atomwaffen erlange".)
  for (let k = dass + 1; k < t.from; k++) if (tokens[k].wordClass === "verb" || tokens[k].kind === "punct" || (PREPOSITIONS.has(tokens[k].norm) && !namedBySeat(tokens, t))) return false;
  // (Not the subject of a passive, to whom it is done: "nicht tatenlos zusehen, wie die Ukraine zerstört werde".)
  return !passiveAfter(tokens, t.to);
}

/** Is the clause a passive from token k to its end ("… nicht zu den Gesprächen eingeladen worden sei", "zerstört werde")? */
function passiveAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && tokens[j].kind !== "punct"; j++) if (PASSIVE_WERDEN.test(tokens[j].norm) && isParticipleForm(tokens[j - 1])) return true;
  return false;
}

// Forms of "werden" after a participle in a passive: "zerstört werde", "eingeladen worden sei".
const PASSIVE_WERDEN = /^(?:werde|werden|wird|wurde|wurden|würde|würden|worden)$/;

/** A verb form other than its infinitive ("zerstört", "angegriffen"; not "angreifen werde", a future). */
function isParticipleForm(t: Token | undefined): boolean {
  return t !== undefined && t.wordClass === "verb" && t.norm !== t.lemma.toLowerCase();
}

/**
 * The "dass" that opens a clause right after the cue at `at` ("werde nicht zulassen, dass …"), or the "wie" after the
 * verb the cue qualifies ("werde nicht tatenlos zusehen, wie …"); -1 if none.
 */
function complementAfter(tokens: Token[], at: number): number {
  if (tokens[at + 1]?.text === "," && tokens[at + 2]?.norm === "dass") return at + 2;
  return tokens[at + 1]?.wordClass === "verb" && tokens[at + 2]?.text === "," && tokens[at + 3]?.norm === "wie" ? at + 3 : -1;
}

/**
 * Verbs that want an act carried out, whoever does it: praise ("begrüßte die Strafmaßnahmen gegen Moskau") and
 * demands ("forderte neue Sanktionen gegen Russland"), not negated ("hat … nie gefordert").
 */
function endorsingPushers(tokens: Token[], span: Span, cues: CueHit[], lex: StanceLexicon): CueHit[] {
  const out = cues.filter((c) => c.cue.class === "praise" && c.polarity === "support" && tokens[c.at].wordClass === "verb");
  for (let k = span.from; k < span.to; k++) {
    if (isDemandVerb(tokens, k) && !out.some((c) => c.at === k) && !negatedBefore(tokens, span, k, lex)) out.push(actVerbHit(tokens, k));
  }
  return out;
}

/** A negator earlier in the clause of token k ("hat … nie gefordert", "will … nicht aufrechterhalten")? */
function negatedBefore(tokens: Token[], span: Span, k: number, lex: StanceLexicon): boolean {
  for (let j = k - 1; j >= span.from && !/^[,;:.]$/.test(tokens[j].text); j--) if (lex.negators.has(tokens[j].norm)) return true;
  return false;
}

/** Is the hostile act undone by a word up to four before it ("die Aufhebung der Sanktionen", "die gelockerten Sanktionen")? */
function undoneAct(tokens: Token[], span: Span, act: CueHit, lex: StanceLexicon): boolean {
  const undoing = lex.undoingWords ?? [];
  for (let j = act.from - 1; j >= Math.max(span.from, act.from - 4); j--) {
    if (tokens[j].kind === "punct") return false;
    // (A noun of an end with its genitive too: "die Einstellung der Angriffe", not an attitude, "eine Einstellung zu Zöllen".)
    if (isUndoingWord(tokens[j], undoing) || (ENDING_NOUNS.has(tokens[j].lemma.toLowerCase()) && /^(?:der|des)$/.test(tokens[j + 1]?.norm ?? ""))) return true;
    // (Not past another noun: "forderte bis Ende des Monats neue Sanktionen".)
    if (tokens[j].wordClass === "noun" && isCapitalized(tokens[j].text)) return false;
  }
  return false;
}

/** Is the token one of the undoing words? (Longer ones also as compound heads and inflected participles: "Sanktionsaufhebung", "aufgehobenen"; not "Wochenende".) */
function isUndoingWord(t: Token, undoing: readonly string[]): boolean {
  const lemma = t.lemma.toLowerCase();
  return undoing.some((w) => lemma === w || (w.length >= 6 && (lemma.endsWith(w) || t.norm.startsWith(w))));
}

/** A pseudo cue hit for an act verb ("verschärfen"): it carries a hostile act further, like a strengthening cue. */
function actVerbHit(tokens: Token[], k: number): CueHit {
  return { from: k, at: k, text: tokens[k].text, polarity: "support", cue: { words: [tokens[k].lemma.toLowerCase()], polarity: "support", class: "strengthening", scope: "nearest" } };
}

/** Is the hostile act at `act` the object of the verb at `pusher`: in its clause, the verb up to seven words after it or before it with at most four words besides the speaker's between? */
function pushes(tokens: Token[], clauseOf: number[], span: Span, pusher: CueHit, act: CueHit, inSpeaker: (k: number) => boolean, undoing: readonly string[] = []): boolean {
  if (clauseOf[pusher.at - span.from] !== clauseOf[act.at - span.from]) return false;
  const d = pusher.at - act.at;
  // What one protects against is no act one furthers: "die Ukraine gegen Angriffe verteidigen", "vor Angriffen schützen".
  if (d > 0 && PROTECTING.has(tokens[pusher.at].lemma.toLowerCase()) && /^(?:gegen|vor)$/.test(tokens[openerOf(tokens, act.from, span.from, true)].norm)) return false;
  // (Before the act, only its article, adjectives, a time and the speaker between: "begrüßte dagegen die geplanten Strafmaßnahmen",
  // "forderte am Montag neue Sanktionen", "forderte die Gruppe Sanktionen gegen die Türkei".)
  // (Or the one called on, before a "zu" phrase of the act: "drängte die EU zu Sanktionen gegen Russland".)
  // (A demand's object may follow a phrase of place or occasion: "forderte bei dem Treffen mit Baerbock erneut harte
  // Sanktionen gegen …"; not where the act is that phrase's, "nach dem Angriff auf Israel", or a noun's genitive.)
  // (Nor a noun of its undoing with its genitive: "forderte ein sofortiges Ende der israelischen Angriffe", "die Aufhebung der
  // Sanktionen"; `undoneAct` then turns the stand around.)
  const phraseStart = (k: number) => {
    while (k > pusher.at + 1 && (ARTICLE.test(tokens[k - 1].norm) || (tokens[k - 1].wordClass === "adj" && !isCapitalized(tokens[k - 1].text)))) k--;
    return k;
  };
  let actStart = phraseStart(act.from);
  // (So is a noun of more of it: "forderte eine Verschärfung der Sanktionen gegen Russland".)
  const headNoun = tokens[actStart - 1];
  // (Asked for, not denied: "forderte ausdrücklich keine Verschärfung der Sanktionen", "Niemand fordere eine Aufhebung …"; not praised, where the step is often
  // another's: "begrüßte die Aufhebung der Sanktionen durch die USA".)
  const headed =
    actStart - 1 > pusher.at &&
    isDemandVerb(tokens, pusher.at) &&
    /^(?:der|des)$/.test(tokens[actStart].norm) &&
    isCapitalized(headNoun.text) &&
    (isUndoingWord(headNoun, undoing) || ENDING_NOUNS.has(headNoun.lemma.toLowerCase()) || MORE_NOUN.test(headNoun.lemma.toLowerCase())) &&
    !tokens.slice(clauseOpening(tokens, span, pusher.at), actStart).some((t, i, all) => /^(?:kein\p{Ll}*|nicht|nie|niemals|niemand)$/u.test(t.norm) && !/^(?:nur|weniger|erst|zuletzt|minder)$/.test(all[i + 1]?.norm ?? ""));
  if (headed) actStart = phraseStart(actStart - 1);
  const call = d < 0 && isDemandVerb(tokens, pusher.at) ? callFor(tokens, headed ? actStart : act.from) : -1;
  const before = tokens[actStart - 1];
  const ownPhrase = d < 0 && isDemandVerb(tokens, pusher.at) && before !== undefined && !PREPOSITIONS.has(before.norm) && !(before.wordClass === "noun" && /^(?:der|des)$/.test(tokens[actStart].norm));
  let between = 0;
  for (let j = pusher.at + 1; j < act.at; j++) {
    if (inSpeaker(j) || (j < call && tokens[j].wordClass !== "verb") || (headed && j >= actStart)) continue;
    if (ownPhrase && PREPOSITIONS.has(tokens[j].norm) && !/^(?:zu|zum|zur)$/.test(tokens[j].norm)) {
      while (j + 1 < actStart && tokens[j + 1].kind !== "punct" && tokens[j + 1].wordClass !== "verb" && (ARTICLE.test(tokens[j + 1].norm) || isCapitalized(tokens[j + 1].text) || PREPOSITIONS.has(tokens[j + 1].norm))) j++;
      continue;
    }
    if ((isCapitalized(tokens[j].text) && !isTimeWord(tokens[j])) || tokens[j].kind === "punct") return false;
    // (Nor inside a phrase of another preposition: "riefen nach dem Angriff auf Israel zur Deeskalation auf".)
    if (PREPOSITIONS.has(tokens[j].norm) && !/^(?:zu|zum|zur)$/.test(tokens[j].norm) && !tokens.slice(j + 1, act.at).some(isTimeWord)) return false;
    between++;
  }
  // (A verb closing its clause takes up an act further back, with only its phrases between: "Zusatzzölle auf amerikanische
  // Waren im Wert von bis zu 26 Milliarden Euro zu erheben".)
  const phrasesOnly = d > 7 && d <= 14 && !tokens.slice(act.at + 1, pusher.at).some((t) => t.kind === "punct" || (t.wordClass === "verb" && t.norm !== "zu"));
  return (d > 0 && (d <= 7 || phrasesOnly)) || (d < 0 && between <= 4 && isCapitalized(tokens[act.at].text));
}

/** Does a verb of demand stand in the clause of token k before it ("forderte Brüssel zu Gegenmaßnahmen auf")? */
function demandOpens(tokens: Token[], span: Span, k: number): boolean {
  for (let j = clauseOpening(tokens, span, k); j < k; j++) if (isDemandVerb(tokens, j)) return true;
  return false;
}

/** The "zu"/"zum"/"zur" opening the phrase of the noun at k, only articles and adjectives between ("zu harten Gegenmaßnahmen"); -1 if none. */
function callFor(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && (ARTICLE.test(tokens[j].norm) || (tokens[j].wordClass === "adj" && !isCapitalized(tokens[j].text)))) j--;
  return j >= 0 && /^(?:zu|zum|zur)$/.test(tokens[j].norm) ? j : -1;
}

// A side's goods and firms, which its demonym names it by: "gegen chinesische Produkte", "gegen russische Unternehmen".
const SIDE_GOODS = /(?:produkt|ware|import|einfuhr|export|ausfuhr|gut|güter|erzeugnis|unternehmen|firma|konzern|hersteller|investition|investor|bank|auto|fahrzeug)$/;

// Measures on goods, whose origin after "aus" is their victim: "Zölle auf Elektroautos aus China".
const TRADE_MEASURE = /(?:zoll|zölle|verbot|abgabe|steuer|quote|beschränkung|sanktion|embargo|stopp)$/;

/**
 * Does the speaker demand an end of the act at `hit`: a verb that ends it (ENDING_VERBS) after it in its clause, not
 * negated, with a modal of demand before it ("Ungarn müsse seine Blockade gegen Schweden endlich aufgeben") or as a
 * zu-infinitive after a verb of demand ("forderte Moskau auf, den Krieg gegen die Ukraine zu beenden")?
 */
function endDemanded(tokens: Token[], span: Span, hit: CueHit, lex: StanceLexicon): boolean {
  if (!isCapitalized(tokens[hit.at].text)) return false;
  for (let k = hit.at + 1; k < Math.min(span.to, hit.at + 9) && tokens[k].kind !== "punct"; k++) {
    if (tokens[k].wordClass !== "verb" || !ENDING_VERBS.has(tokens[k].lemma.toLowerCase())) continue;
    if (negatedBefore(tokens, span, k, lex)) return false;
    return (isZuInfinitiveAt(tokens, k) && demandedBefore(tokens, span, k)) || modalBefore(tokens, span, k, true);
  }
  return false;
}

// Verbs that end what they act on (not "einhalten", "respektieren", "ändern": "müsse die Sanktionen einhalten").
// Nouns of an end asked for: "zu einem Ende der Drohgebärden", "zur Einstellung der Angriffe".
const ENDING_NOUNS = new Set(["ende", "beendigung", "einstellung", "stopp"]);
const ENDING_VERBS = new Set(["beenden", "einstellen", "stoppen", "aufgeben", "aufheben", "lockern", "abbauen", "zurücknehmen", "unterlassen", "aufhören", "verzichten", "abziehen", "zurückziehen"]);

// Prepositions of whom an act benefits or harms: "zugunsten Russlands", "zulasten der Ukraine".
const BENEFIT = /^(?:zugunsten|zulasten|zuungunsten)$/;

/** Nouns of a genocide: "der armenische Genozid" names its victims. */
const GENOCIDE = /(?:genozid|völkermord|holocaust)$/;

/**
 * Votes for a hostile act's agent and victim ("Provokationen gegen China" → China support; "Eindämmungspolitik
 * Russlands, die von den USA verfolgt wird" → USA oppose). The victim is supported where the speaker speaks against the act
 * ("opposed": "lehne die Sanktionen gegen Russland ab"), opposed where the speaker wants it carried further
 * ("pushed": "man müsse den Druck auf Russland erhöhen"), and gets nothing where the act is only told of.
 */
function hostileAct(hit: CueHit, tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon, vote: (t: string, p: "support" | "oppose", cue: string) => void, stand: "opposed" | "pushed" | "told", ended = false, own: ReadonlySet<string> = new Set(), speakersWish = true): void {
  const opposed = stand === "opposed";
  // Negated or rejected acts keep their direction: the act is what the speaker speaks against.
  const victim = hit.polarity === "oppose" ? "support" : "oppose";
  const agent = hit.polarity;
  const at = hit.at;
  // Whoever carries out an act the speaker wants is not opposed for it: "die EU müsse Sanktionen gegen Russland verhängen".
  const voteAgent = (t: string, cue: string) => {
    if (stand !== "pushed" || !speakersWish) vote(t, agent, cue);
  };
  // A target inside the same compound ("US-Eindämmungspolitik") is the agent, so is a genitive right before
  // the noun ("Russlands Krieg"); of a containment noun that genitive is its victim ("Chinas Eindämmung").
  // A war's compound names where it is fought ("Ukraine-Krieg", "Gaza-Krieg"), not who wages it.
  if (hit.cue.class !== "war") for (const t of targets) if (t.from <= at && t.to > at && t.kind === "actor") voteAgent(t.target, hit.text);
  // A war's demonym is its agent too: "der russische Angriffskrieg", "die russische Aggression"; so is another act's
  // where the speaker speaks against it ("nannte die russischen Angriffe barbarisch"; not where it is only told of,
  // "die Zahl israelischer Luftangriffe habe abgenommen", nor a genocide's, whose demonym names its victims).
  const demonymAgent = hit.cue.class === "war" || (stand !== "told" && hit.cue.class === "hostile" && !GENOCIDE.test(tokens[at].lemma.toLowerCase()));
  // (Adjectives may stand between: "Russlands illegaler Krieg", "Russlands brutaler Angriffskrieg".)
  let before = at;
  while (before > span.from && before > at - 3 && tokens[before - 1].wordClass === "adj" && !isCapitalized(tokens[before - 1].text)) before--;
  const genitiveAgent = targets.find((t) => t.kind === "actor" && (t.to === at || (t.to === before && /s$/.test(tokens[t.to - 1].text) && tokens[t.to - 1].text !== tokens[t.to - 1].lemma)) && !t.place && (/s$/.test(tokens[t.to - 1].text) || (demonymAgent && t.modifier)) && tokens[at].wordClass !== "verb");
  if (genitiveAgent && hit.cue.class === "containment") vote(genitiveAgent.target, victim, hit.text);
  else if (genitiveAgent) voteAgent(genitiveAgent.target, hit.text);
  // A possessive names the agent before it: "Russland finanziere seinen Krieg", "die USA setzten ihre Sanktionen fort".
  else {
    const owner = hit.cue.class !== "containment" ? possessiveOwner(tokens, span, at, targets) : undefined;
    // The subject of a verb that carries the act out: "Die USA betrieben eine Politik der Eindämmung", "verhängte Sanktionen".
    // (Its victim between them only where it is the speaker's own side: "Russland habe Gas als Druckmittel gegen Moldau
    // eingesetzt", said by Moldova's president; not another side's act told, "Litauen habe Sanktionen gegen Belarus verhängt".)
    const doer = owner ?? (tokens[at].wordClass === "verb" ? undefined : subjectOfActVerb(tokens, span, at, targets, lex, (t) => own.has(t.target)));
    if (doer) voteAgent(doer.target, hit.text);
    // Said of the subject as a predicate, the act is the subject's: "die Übungen der USA seien eine Provokation".
    else if (isPredicateNoun(tokens, span, at)) for (const t of subjectPhraseSides(tokens, span, hit, targets, lex)) voteAgent(t.target, hit.text);
  }
  // A verb at the end of its clause ("versuchten, China einzudämmen", "Russland isolieren wollen"): its
  // object stands just before it, the one who acts is the subject before that.
  if (tokens[at].wordClass === "verb" && hit.cue.class === "containment") {
    // "die beiden Länder zu spalten": both sides may be its object.
    // (Not whom it benefits: "die Zukunft Georgiens zugunsten Russlands untergraben".)
    const before = targets.filter((t) => (t.kind === "actor" || t.kind === "bilateral") && t.to <= at && t.from >= span.from && !BENEFIT.test(tokens[t.from - 1]?.norm ?? "")).sort((a, b) => b.from - a.from);
    // A finite verb with its object after it: "die USA untergrüben die Stabilität", "Washington isoliere Peking".
    // ("eindämmen zu wollen." ends its clause.)
    let end = at + 1;
    while (end < span.to && (AUX_FORMS.has(tokens[end].norm) || tokens[end].norm === "zu")) end++;
    // (A conjunction ends it as a comma does: "wollten Moldau von Russland abschneiden und hätten kein Interesse …".)
    if (end < span.to && tokens[end].kind !== "punct" && !/^(?:und|oder|sowie|aber|sondern)$/.test(tokens[end].norm)) {
      const after = targets.filter((t) => t.kind === "actor" && t.from > at && t.from - at <= 6 && !t.place && !t.modifier).sort((a, b) => a.from - b.from);
      // (Not a side after a preposition, "Chinas Drohgebärden gegenüber Taiwan untergraben die Sicherheit", but for an agent's:
      // "sich von Russland spalten zu lassen".)
      const agentPhrase = (t: TargetMention) => !afterPreposition(tokens, t) || /^(?:von|vom|durch)$/.test(tokens[t.from - 1]?.norm ?? "");
      const subject = before[0] && at - before[0].to <= 1 && !before[0].place && !before[0].modifier && agentPhrase(before[0]) ? before[0] : undefined;
      // Subject, verb, object; or, the Vorfeld taken by something else, verb, subject, object ("Nun isoliert Washington Peking").
      const [agentSide, victimSide] = subject ? [subject, after[0]] : [after[0]?.from - at <= 2 ? after[0] : undefined, after[1]];
      if (victimSide && victimSide.from - at <= 6) vote(victimSide.target, victim, hit.text);
      if (agentSide) voteAgent(agentSide.target, hit.text);
      return;
    }
    // A side after "von" before the verb is whom the object is cut off from, not the object: "Neu-Delhi von Moskau zu entfremden".
    if (before.length > 1 && /^(?:von|vom)$/.test(tokens[before[0].from - 1]?.norm ?? "") && at - before[0].to <= 2) before.shift();
    // Not a place ("die Flüchtlingszahlen aus der Türkei einzudämmen") nor a modifier: then it contains nothing of a side.
    // Up to a phrase of means between: "China durch Zölle und Exportkontrollen zu unterdrücken", "Moldau von Russland
    // abschneiden". Or a pair it stands between: "einen Keil zwischen China und seine Nachbarn treiben".
    // (An adverb may come first: "Moldau endgültig von Russland abschneiden".)
    const phrase = before[0] && tokens[before[0].to]?.wordClass === "adj" && !isCapitalized(tokens[before[0].to].text) ? before[0].to + 1 : before[0]?.to;
    const near = before[0] && (at - before[0].to <= 2 || (at - before[0].to <= 6 && (/^(?:durch|mit|von|vom)$/.test(tokens[phrase]?.norm ?? "") || tokens[before[0].from - 1]?.norm === "zwischen") && !tokens.slice(before[0].to, at).some((x) => x.kind === "punct" || isFiniteVerb(x))));
    const object = near && !before[0].place && !before[0].modifier ? before[0] : undefined;
    if (!object) {
      // Some acts blame their doer whatever they are done to: "die EU habe jeden Fortschritt behindert", "versucht, die Welt in Blöcke zu spalten".
      if (!BLAMING_CONTAINMENT.has(tokens[at].lemma.toLowerCase())) return;
      const open = isZuInfinitiveAt(tokens, at) ? span.from : clauseOpening(tokens, span, at);
      const doer = targets.find((t) => t.kind === "actor" && t.from >= open && t.from - open <= 3 && t.to <= at && !t.place && !t.modifier && !afterPreposition(tokens, t));
      if (doer) voteAgent(doer.target, hit.text);
      return;
    }
    // Objects joined by "und" are objects too: "China und Russland spalten".
    const objects = [object];
    for (const t of before) {
      if (t.to > objects[0].from || !/^(?:und|sowie|oder)$/.test(tokens[t.to]?.norm ?? "") || t.to + 1 !== objects[0].from) continue;
      objects.unshift(t);
    }
    // A zu-infinitive's subject is the clause's before it ("Washington versuche, China … zu unterdrücken"); another
    // verb's stands in its own clause ("…, so wie sie Russland eindämmen wollen").
    const zuInfinitive = isZuInfinitiveAt(tokens, at);
    const open = zuInfinitive ? span.from : clauseOpening(tokens, span, at);
    const subject = before.find((t) => t.to <= objects[0].from && t.from >= open && !t.place && !t.modifier);
    // Done by the speaker's own side, it is the speaker's act against its object: "Die Ukraine will Russland von den
    // Einnahmen abschneiden" and "Wir wollen Russland isolieren", said by Selenskyj, oppose Russia. (Not a zu-infinitive,
    // whose doer the clause before may only speak of: "Russland lehne jeden Versuch ab, die beiden Länder zu spalten".)
    // (So is one the speaker asks for: "Michel sagte, es sei wichtig, Iran zu isolieren".)
    const ownDoer = (stand === "pushed" && speakersWish) || (!zuInfinitive && (subject ? own.has(subject.target) : tokens.slice(open, objects[0].from).some((t) => /^(?:wir|man)$/.test(t.norm))));
    for (const t of objects) vote(t.target, ownDoer ? agent : victim, hit.text);
    if (subject) voteAgent(subject.target, hit.text);
    return;
  }
  // "die USA setzten Russland unter Druck": who is put under pressure stands before "unter", who puts them before that.
  // (Its means may come between: "Teheran mit militärischen Drohungen unter Druck zu setzen".)
  const byMeans = (t: TargetMention) => t.to < at - 1 && at - 1 - t.to <= 5 && /^(?:mit|durch)$/.test(tokens[t.to].norm) && !tokens.slice(t.to, at - 1).some((x) => x.kind === "punct" || x.wordClass === "verb");
  const pressed = tokens[at - 1]?.norm === "unter" ? targets.find((t) => t.kind === "actor" && (t.to === at - 1 || byMeans(t)) && !t.place && !t.modifier) : undefined;
  if (pressed) {
    if (opposed) vote(pressed.target, victim, `${tokens[at - 1].text} ${hit.text}`);
    const open = clauseOpening(tokens, span, at);
    const presser = targets.filter((t) => t.kind === "actor" && t.to <= pressed.from && t.from >= open && !t.place && !t.modifier).pop();
    if (presser) voteAgent(presser.target, `${tokens[at - 1].text} ${hit.text}`);
  } else if (tokens[at - 1]?.norm === "unter" && (/^setz/.test(tokens[at + 1]?.norm ?? "") || (tokens[at + 1]?.norm === "zu" && tokens[at + 2]?.norm === "setzen") || tokens[at + 1]?.norm === "gesetzt")) {
    // Pressure on others than sides: "die USA versuchten, die Länder des Südens unter Druck zu setzen" — the subject puts it on
    // (of a zu-infinitive, the subject of the clause it depends on).
    const zu = tokens[at + 1].norm === "zu";
    const open = zu ? span.from : clauseOpening(tokens, span, at);
    const presser = targets.find((t) => t.kind === "actor" && t.from >= open && t.to <= at && !t.place && !t.modifier && !afterPreposition(tokens, t));
    if (presser && presser.from - open <= 3) voteAgent(presser.target, `${tokens[at - 1].text} ${hit.text}`);
  }
  const thisAct = new Set([at]);
  for (let j = at + 1; j < Math.min(span.to, at + 10); j++) {
    const w = tokens[j].norm;
    // How far after "in" the side whose affairs they are stands, if it does ("Einmischung (externer Kräfte) in …").
    const affairs = w === "in" && j <= at + 4 ? ([2, 3, 4].find((d) => affairsOf(tokens, j + d, thisAct)) ?? -1) : -1;
    if (/^[.;:]$/.test(tokens[j].text)) break;
    const targetAt = (k: number) => targets.find((t) => t.from === k || (t.from <= k && t.to > k));
    // "Sanktionen gegen China", "Sanktionen des Westens gegen China", "Völkermord an den Armeniern".
    // ("für" too after a sanction: "zusätzliche Sanktionen für Russland".)
    const forVictim = w === "für" && j === at + 1 && /(?:sanktion|strafmaßnahme)$/.test(tokens[at].lemma.toLowerCase());
    if ((w === "gegen" || w === "auf" || w === "gegenüber" || w === "an" || forVictim) && j <= at + 3) {
      // Goods from a side are that side's: "Zölle auf Elektroautos aus China", "auf Stahl und Aluminium aus der EU".
      const from = w === "auf" && TRADE_MEASURE.test(tokens[at].lemma.toLowerCase()) ? tokens.slice(j + 2, Math.min(span.to, j + 5)).findIndex((x) => x.norm === "aus") : -1;
      const goods = from >= 0 && !tokens.slice(j + 1, j + 2 + from).some((x) => x.kind === "punct" || x.wordClass === "verb") ? j + 2 + from : -1;
      // (A government by its seat may stand further: "Sanktionen gegen die Führung in Baku"; not an embassy, "Angriff auf die Botschaft in Teheran".)
      for (let k = j + 1; k < Math.min(span.to, goods >= 0 ? goods + 4 : j + 6); k++) {
        const t = targetAt(k);
        if (t && goods < 0 && k >= j + 4 && !(namedBySeat(tokens, t) && GOVERNMENT_SEAT.test(tokens[t.from - 2]?.norm ?? ""))) break;
        if (t) {
          // Who a war is against is not told by it: "unterstützt die Ukraine im Krieg gegen Russland". Who an act is
          // against is supported where the speaker speaks against the act ("lehne die Sanktionen gegen Russland ab"),
          // not in a report of it ("könnte Sanktionen gegen den Iran beschließen").
          // Victims joined by "und" are victims too: "gegenüber Russland und China".
          // (Only one the speaker wants or threatens, "drohte mit einer Militärintervention gegen Niger", or would avert (`ended`);
          // condemned, it is the agent who is opposed, "verurteilte die militärische Aggression gegen Iran" supports no Iran.)
          const told = hit.cue.class !== "war" || ended || (stand === "pushed" && AGGRESSION.test(tokens[at].lemma.toLowerCase()));
          let last = t;
          for (let next = targetAt(last.to + 1); next && /^(?:und|sowie)$/.test(tokens[last.to].norm); next = targetAt(last.to + 1)) {
            if (told && stand !== "told") vote(next.target, opposed ? victim : hit.polarity, `${hit.text} ${w}`);
            last = next;
          }
          if (told && stand !== "told") vote(t.target, opposed ? victim : hit.polarity, `${hit.text} ${w}`);
          // The victim is no genitive of the act ("die Sanktionen gegen Russland"): go on after it.
          j = last.to - 1;
          break;
        }
      }
    } else if (affairs > 0) {
      // "Einmischung in die (inneren) Angelegenheiten Chinas": whose affairs they are is the victim.
      const t = targetAt(j + affairs);
      if (t && opposed) vote(t.target, victim, `${hit.text} ${w}`);
      if (t) j = t.to - 1;
    } else if ((w === "von" || w === "vom" || w === "durch") && j > at) {
      for (let k = j + 1; k < Math.min(span.to, j + 4); k++) {
        const t = targetAt(k);
        if (t) {
          voteAgent(t.target, `${hit.text} ${w}`);
          j = t.to - 1;
          break;
        }
      }
    } else if (j <= at + 3) {
      // Genitive right after: the contained ("Eindämmung Chinas") or the actor ("Einmischung der USA").
      const t = targetAt(j);
      // Not a place ("der Krieg in Syrien"). A war's side only in a genitive: a name in -s right after the noun, or
      // after "des"/"der", or after "und" and another genitive; not the object of a verb after it ("Der Krieg hat die
      // Ukraine verwüstet"). Other acts take any side within three words, as the seeds' stance was tuned with.
      // (Of other acts not one past a verb, "die Zölle würden China schaden", nor after a preposition: "die Einfuhrzölle für
      // chinesische Autos zu senken".)
      // ("Druck aus Washington" is Washington's.)
      const genitive =
        t !== undefined &&
        (hit.cue.class !== "war"
          ? !tokens.slice(at + 1, t.from).some((x) => x.wordClass === "verb" || AUX_FORMS.has(x.norm)) && !afterPreposition(tokens, t, FROM_PLACE)
          : t.from === j &&
            (j === at + 1
              ? /s$/.test(tokens[t.to - 1].text) || /^(des|der)$/.test(tokens[j - 1].norm)
              : (/^(des|der)$/.test(tokens[at + 1].norm) && genitivePhrase(tokens, at + 2, j)) || (/^(und|sowie)$/.test(tokens[j - 1].norm) && j - 2 > at && /s$/.test(tokens[j - 2].text) && /s$/.test(tokens[t.to - 1].text))));
      // (Not a compound's first part: "die Blockade der Ukraine-Hilfen".)
      if (t && t.kind === "actor" && !t.place && !(t.modifier && hit.cue.class === "war") && genitive && !invaded(tokens, t)) {
        if (hit.cue.class === "containment") vote(t.target, victim, hit.text);
        else voteAgent(t.target, hit.text);
        // A coordinated second genitive: "Eindämmungspolitik Russlands und Chinas".
        if (tokens[t.to]?.norm === "und") {
          const second = targetAt(t.to + 1);
          if (second && hit.cue.class === "containment") vote(second.target, victim, hit.text);
          else if (second) voteAgent(second.target, hit.text);
        }
        j = t.to - 1;
      }
    }
  }
}

/**
 * Is side t the land an invasion's genitive names, its victim ("die Invasion der Ukraine"), not its agent? Not a people
 * ("die Invasion der Russen"), nor with where the invasion went after it: "die Invasion der USA im Irak".
 */
function invaded(tokens: Token[], t: TargetMention): boolean {
  // (A name, not a demonym before its troops: "die Invasion der russischen Truppen".)
  return !t.modifier && !t.people && isCapitalized(tokens[t.from].text) && tokens[t.from].wordClass !== "adj" && /^(?:der|des)$/.test(tokens[t.from - 1]?.norm ?? "") && /invasion$/.test(tokens[t.from - 2]?.lemma.toLowerCase() ?? "") && !/^(?:in|im|ins|auf|nach)$/.test(tokens[t.to]?.norm ?? "");
}

/** Are tokens [from, to) adjectives (and articles) only, between "des"/"der" and a name ("der Vereinigten Staaten")? */
function genitivePhrase(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].wordClass !== "adj" && !ARTICLE.test(tokens[k].norm)) return false;
  return true;
}

/** A comma and an adverbial subordinator between tokens `from` and `to` ("dass", "ob" open an object clause). */
function adverbialClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].text === "," && ADVERBIAL_SUBORDINATORS.has(tokens[k + 1].norm)) return true;
  return false;
}

/** Clause number of each token in the span (commas, colons and conjunctions of clauses split; not the commas of `apposition`). */
function clauseIndex(tokens: Token[], span: Span, apposition: Span | null = null): number[] {
  const out: number[] = [];
  let n = 0;
  for (let k = span.from; k < span.to; k++) {
    const set = apposition !== null && k >= apposition.from && k < apposition.to && tokens[k].text === ",";
    // Nor does a comma in a list of adjectives: "seien heute reif, stabil und solide".
    const adjectives = tokens[k].text === "," && tokens[k - 1]?.wordClass === "adj" && tokens[k + 1]?.wordClass === "adj";
    if (!set && !adjectives && !nameListComma(tokens, k, span) && /^[,;:.!?–—]$/.test(tokens[k].text)) n++;
    out.push(n);
  }
  reattachAfterEmbedded(tokens, span, out);
  return out;
}

/**
 * A relative or infinitive clause inside the Vorfeld leaves the clause it interrupts going on after it: in "die Schritte
 * Venezuelas, die den Status quo veränderten, seien nicht hinnehmbar" the words after the second comma are the clause of
 * "die Schritte Venezuelas" again. Gives them that clause's index (in place).
 */
function reattachAfterEmbedded(tokens: Token[], span: Span, clauseOf: number[]): void {
  for (let a = span.from + 1; a < span.to - 2; a++) {
    if (tokens[a].text !== "," || (tokens[a - 1].wordClass !== "noun" && !isCapitalized(tokens[a - 1].text))) continue;
    const opened = clauseOf[a - span.from];
    let c = a + 1;
    while (c < span.to && clauseOf[c - span.from] === opened) c++;
    if (c >= span.to - 1 || tokens[c].text !== "," || c - a < 3) continue;
    const first = tokens[a + 1].norm;
    const relative = RELATIVES.has(first) || (PREPOSITIONS.has(first) && RELATIVES.has(tokens[a + 2].norm));
    // (A relative clause ends in its verb or auxiliary: "…, das die Ukraine überfallen habe, …".)
    if (!(relative || isZuInfinitiveAt(tokens, c - 1)) || (tokens[c - 1].wordClass !== "verb" && !AUX_FORMS.has(tokens[c - 1].norm)) || !finiteOrAux(tokens[c + 1])) continue;
    // Only a Vorfeld: no finite verb of the clause before the opening comma ("Er kritisierte die Schritte, die …, sei …" is no such case).
    const before = clauseOf[a - 1 - span.from];
    let v = a - 1;
    while (v >= span.from && clauseOf[v - span.from] === before && !finiteOrAux(tokens[v])) v--;
    if (v >= span.from && clauseOf[v - span.from] === before) continue;
    const after = clauseOf[c - span.from];
    for (let k = c; k < span.to && clauseOf[k - span.from] === after; k++) clauseOf[k - span.from] = before;
    a = c - 1;
  }
}

/** The subject of the "dass"/"wenn" clause a predicate judges: "Es sei heuchlerisch, dass die USA …", "Es ist inakzeptabel, wenn Peking …". */
function extraposedSubject(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  // Back past adverbs and quotation marks to the copula: "Es sei zudem „heuchlerisch“".
  let j = hit.from - 1;
  while (j > span.from && j >= hit.from - 4 && !COPULAS.has(tokens[j].norm) && (tokens[j].kind === "punct" ? /^[„“"»«]$/.test(tokens[j].text) : !isCapitalized(tokens[j].text) && tokens[j].wordClass !== "verb")) j--;
  if (!COPULAS.has(tokens[j]?.norm ?? "") || !/^(?:es|das)$/i.test(tokens[j - 1]?.text ?? "")) return undefined;
  let comma = hit.at + 1;
  while (comma < span.to && comma <= hit.at + 2 && tokens[comma].text !== ",") comma++;
  if (tokens[comma]?.text !== "," || !/^(?:dass|wenn)$/.test(tokens[comma + 1]?.norm ?? "")) return undefined;
  const first = comma + 2 + (ARTICLE.test(tokens[comma + 2]?.norm ?? "") ? 1 : 0);
  return targets.find((t) => t.kind === "actor" && t.from === first && !t.modifier);
}

/** A comma in a list of names or nouns closed by "und"/"oder": "in Fragen wie Taiwan, Hongkong und Xinjiang". */
function nameListComma(tokens: Token[], k: number, span: Span): boolean {
  if (tokens[k].text !== "," || !isCapitalized(tokens[k - 1]?.text ?? "") || !isCapitalized(tokens[k + 1]?.text ?? "") || tokens[k + 1].wordClass === "function") return false;
  for (let j = k + 2; j < Math.min(span.to - 1, k + 4); j++) {
    if (/^(?:und|oder|sowie)$/.test(tokens[j].norm)) return isCapitalized(tokens[j + 1].text);
    if (!isCapitalized(tokens[j].text) && tokens[j].text !== ",") return false;
  }
  return false;
}

/** The speaker's phrase inside the statement with a name set off after it ("die Sprecherin …, Mao Ning,"), up to its closing comma; else null. */
function speakerInside(tokens: Token[], span: Span, inSpeaker: (k: number) => boolean): Span | null {
  let from = span.from;
  while (from < span.to && !inSpeaker(from)) from++;
  let to = from;
  while (to < span.to && inSpeaker(to)) to++;
  if (from >= to || tokens[to]?.text !== ",") return null;
  // (The phrase may hold the name itself: "die Sprecherin …, Maria Sacharowa".)
  if (tokens.slice(from, to).some((t) => t.text === ",")) return { from, to: to + 1 };
  let j = to + 1;
  while (j < span.to && j <= to + 4 && tokens[j].kind === "word" && /^\p{Lu}/u.test(tokens[j].text)) j++;
  return j > to + 1 && tokens[j]?.text === "," ? { from, to: j + 1 } : null;
}

// ---------------------------------------------------------------------------
// Documents, rows and tables

/** Statements of a document with their stance. Loads the registry and lexicons once. */
export function documentStance(doc: StatementInput, options: StanceOptions = {}): StatementWithStance[] {
  const layer = options.layer ?? analyzeText(doc.text);
  const finder = options.mentions === undefined ? registryMentions() : options.mentions;
  const mentions = finder === false ? [] : typeof finder === "function" ? finder(doc, layer) : finder;
  const statements = extractStatements(doc, { ...options, layer, mentions });
  const ctx: StanceContext = { text: doc.text, layer, mentions, pair: articlePair(mentions, layer) };
  // The statements are this call's own: each takes its stance in place (a spread copy of their
  // two dozen fields, in the many shapes statements come in, cost more than many a stance).
  const withStance = statements as StatementWithStance[];
  for (const st of withStance) st.stance = statementStance(st, ctx, { lexicon: options.stanceLexicon, window: options.window });
  // A speaker's sides over all their statements, gathered only for a document with a rejection to read.
  let sidesBySpeaker: Map<string, string[]> | undefined;
  const sidesOf = (st: Statement) => {
    if (!sidesBySpeaker) {
      sidesBySpeaker = new Map();
      for (const x of withStance) if (x.speaker) sidesBySpeaker.set(x.speaker, [...new Set([...(sidesBySpeaker.get(x.speaker) ?? []), ...speakingSides(x, ctx)])]);
    }
    return st.speaker ? sidesBySpeaker.get(st.speaker) ?? [] : speakingSides(st, ctx);
  };
  // Reactions that name only an act: their stance toward whose act it is.
  const news = newsActor(layer, mentions);
  const lex = options.stanceLexicon ?? defaultStanceLexicon();
  for (const st of withStance) {
    const event = reactionEvent(st, ctx, news, lex);
    if (!event) continue;
    const side = targetOf(event);
    const found = statementStance(st, { ...ctx, mentions: [...mentions, event].sort((a, b) => a.start - b.start) }, { lexicon: options.stanceLexicon, window: options.window });
    // (Only a polarity found replaces what the statement had for that side: a neutral target stays.)
    const taken = found.filter((s) => s.target === side && s.polarity !== "neutral");
    if (taken.length > 0) st.stance = [...st.stance.filter((s) => s.target !== side), ...taken];
  }
  for (let i = 0; i < withStance.length; i++) {
    const accuser = rejectedAccuser(withStance, i, ctx, sidesOf);
    if (accuser) withStance[i].stance = [...withStance[i].stance.filter((s) => s.target !== accuser.side), { target: accuser.side, polarity: "oppose", cues: [accuser.cue] }];
  }
  return withStance;
}

/**
 * The first side a sentence names as actor: not after a preposition ("Scholz gibt grünes Licht für Leopard-Panzer an
 * die Ukraine" names Scholz), not a dateline's place or agency ("Berlin (dpa) - Die Bundesregierung …").
 */
function firstActorIn(layer: TextLayer, mentions: readonly ActorMention[], s: Sentence): ActorMention | undefined {
  const { tokens } = layer;
  // A Vorfeld that opens with a phrase of prepositions holds no subject: "Drei Tage nach dem Amtsantritt des
  // taiwanischen Präsidenten hat China …" names China (not "Der Außenminister von China, Wang Yi, hat …"; nor past a
  // colon: "Nach Manöver: China droht Taiwan").
  let opening = s.tokenStart;
  while (opening < s.tokenEnd && opening < s.tokenStart + 3 && (tokens[opening].kind === "number" || NUMBER_WORD.test(tokens[opening].norm) || TIME_SPAN.test(tokens[opening].norm) || isTimeWord(tokens[opening]))) opening++;
  let finite = -1;
  if (PREPOSITIONS.has(tokens[opening]?.norm ?? "")) {
    finite = opening;
    while (finite < s.tokenEnd && !isFiniteVerb(tokens[finite]) && !AUX_FORMS.has(tokens[finite].norm) && tokens[finite].text !== ":") finite++;
    if (finite >= s.tokenEnd || tokens[finite].text === ":") finite = -1;
  }
  let first: ActorMention | undefined;
  for (const m of mentions) {
    if (m.start < s.start || m.start >= s.end || !targetOf(m) || (first && first.start <= m.start)) continue;
    let k = s.tokenStart;
    while (k < s.tokenEnd && tokens[k].start < m.start) k++;
    if (finite >= 0 && k < finite) continue;
    let end = k;
    while (end < s.tokenEnd && tokens[end].end <= m.end) end++;
    if (/^[(–—-]$/.test(tokens[end]?.text ?? "") || tokens[k - 1]?.text === "(") continue;
    let j = k - 1;
    while (j >= s.tokenStart && j >= k - 3 && /^(?:function|adj)$/.test(tokens[j].wordClass ?? "") && !PREPOSITIONS.has(tokens[j].norm)) j--;
    // (Nor a later one of several after one preposition: "Der Handelsstreit zwischen China und der Europäischen Union", "mit Großbritannien, Frankreich und Deutschland".)
    if (j >= s.tokenStart && !PREPOSITIONS.has(tokens[j].norm) && (tokens[j].text === "," || tokens.slice(j + 1, k).some((t) => /^(?:und|oder|sowie)$/.test(t.norm)))) {
      // (Past the commas of a longer list: "mit Großbritannien, Frankreich und Deutschland".)
      while (j >= s.tokenStart && j >= k - 8 && (tokens[j].kind === "word" || tokens[j].text === ",") && tokens[j].wordClass !== "verb" && !PREPOSITIONS.has(tokens[j].norm)) j--;
    }
    if (j >= s.tokenStart && PREPOSITIONS.has(tokens[j].norm)) continue;
    first = m;
  }
  return first;
}

/**
 * The article's first `count` sentences of news: the headline and those after it with four words or more ("Berlin (dpa) -" is none),
 * one of them a verb or function word in lower case: a dateline or source line has none ("Taipeh/Peking, 14.10.2024 (APA/AFP) –",
 * "Donnerstag, 4. April 2024 Quelle: tagesschau.de").
 */
function newsSentences(layer: TextLayer, count: number): Sentence[] {
  const out: Sentence[] = [];
  for (const s of layer.sentences) {
    if (out.length === count) break;
    const words = layer.tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.kind === "word");
    if (words.length >= 4 && words.some((t) => !isCapitalized(t.text) && (t.wordClass === "function" || t.wordClass === "verb"))) out.push(s);
  }
  return out;
}

/**
 * The side an article's news is about: the first side its headline names as actor ("Deutsche Fregatte durchquert die
 * Taiwanstraße"), when its lead sentence names the same side first ("hat ein Kriegsschiff der Deutschen Marine …")
 * or none. Without a headline, the first two sentences must agree.
 */
export function newsActor(layer: TextLayer, mentions: readonly ActorMention[]): ActorMention | null {
  const [first, second] = newsSentences(layer, 2);
  if (!first || !second) return null;
  const a = firstActorIn(layer, mentions, first);
  const b = firstActorIn(layer, mentions, second);
  // (A lead that names no side as actor sets the scene and leaves the headline's: "Peking belegt europäisches
  // Schweinefleisch mit Strafzöllen. … Der Handelsstreit zwischen China und der EU geht in die nächste Runde.")
  // (Not a line of its own after it: "Aktualisiert am 4. April 2024 um 12:05 Uhr".)
  const headline = first.paragraph !== second.paragraph && !/[.!?]$/.test(first.text.trimEnd()) && /[.!?]["“”»«']?$/.test(second.text.trimEnd());
  return a && (b ? targetOf(a) === targetOf(b) : headline) ? a : null;
}

// Verbs of helping and backing: with no side named they may be for anyone, the partner no more than others.
const HELPING: ReadonlySet<string> = new Set(["helfen", "unterstützen", "vertrauen", "finanzieren", "liefern", "beistehen", "stellen", "bereitstellen", "gewähren", "zusagen", "zusichern"]);
const TIME_SPAN = /^(?:tag|tage|tagen|woche|wochen|monat|monate|monaten|stunde|stunden|jahr|jahre|jahren|minuten)$/;
const NUMBER_WORD = /^(?:ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|wenige|wenigen|einige|mehrere|kurz|knapp)$/;
const EVENT_DETERMINER = /^(?:der|die|das|den|dem|des|diese|dieser|diesen|dieses|diesem)$/;
const INDEFINITE = /^(?:ein|eine|einen|einem|einer|eines)$/;

/**
 * A reported reaction that names only an act it reacts to ("Das Außenministerium in Peking kritisierte die
 * Durchfahrt scharf", "Der Kreml nannte die Pläne einen schweren Fehler", "kündigte Widerstand gegen das geplante
 * Importverbot an"): the act's noun, within seven words of the verb, as a mention of whose act it is. That is the side
 * that opens the sentence that brought the act in, up to eight sentences before ("Die EU-Kommission legte einen eigenen
 * Plan vor"); else, for a reported act, the article's acting side (`newsActor`). So for speech that opens with the act
 * ("Die Zölle seien ein schwerer Schlag", "der Angriff habe alle roten Linien überschritten"). Not when the
 * phrase names whose act it is ("die Zusage aus Berlin"): that the statement's own cues read.
 */
function reactionEvent(st: StatementWithStance, ctx: StanceContext, news: ActorMention | null, lex: StanceLexicon): ActorMention | null {
  if (st.stance.some((s) => s.polarity !== "neutral") || !lex.eventNouns?.length) return null;
  const { tokens } = ctx.layer;
  const span = tokenRange(tokens, st.clean_start, st.clean_end);
  // A reported reaction names the act after its verb; other speech opens with it: "Die Zölle seien ein schwerer Schlag",
  // "„Wir bedauern diese Maßnahme“".
  const v = st.kind === "reported" ? cueVerbAt(st, tokens, span) : span.from - 1;
  const eventNoun = (t: Token | undefined) => (t && isCapitalized(t.text) ? lex.eventNouns!.find((n) => t.lemma.toLowerCase().replace(/ß/g, "ss") === n) : undefined);
  // (Past a quoted word of the reaction: "zeigte sich „ernsthaft besorgt“ über die Manöver".)
  for (let k = v + 1; k < span.to && k <= v + 7; k++) {
    const t = tokens[k];
    if (QUOTE_MARK.test(t.text)) continue;
    if (t.kind !== "word" || SUBORDINATORS.has(t.norm)) return null;
    if (!EVENT_DETERMINER.test(t.norm)) continue;
    let n = k + 1;
    while (n < span.to && n <= k + 3 && !isCapitalized(tokens[n].text) && tokens[n].kind === "word") n++;
    // "das Ergebnis der Abstimmung": the act may be the noun's genitive.
    const head = [n, n + 2].find((h) => h < span.to && eventNoun(tokens[h]) !== undefined && (h === n || EVENT_DETERMINER.test(tokens[n + 1]?.norm ?? "")));
    if (head === undefined) return null;
    const after = tokens[Math.min(head + 4, span.to - 1)].end;
    if (ctx.mentions.some((m) => m.start >= tokens[k].start && m.start < after)) return null;
    // A country's genitive further on names whose act it is: "verurteilte die Manöver als Ausdruck des autoritären
    // Expansionismus Chinas".
    const named = ctx.mentions.find((m) => m.start >= tokens[head].end && m.end <= st.clean_end && m.type === "country" && m.via !== "demonym" && m.name !== st.speaker_side && /s$/.test(ctx.text.slice(m.start, m.end)) && isCapitalized(ctx.text.slice(m.start, m.end)) && !isPlaceMention(ctx.layer, m));
    // (Speech that only opens with the act takes its doer from where the act came in, not the article's acting side.)
    const owner = named ?? actOwner(ctx, st.sentences[0] ?? tokens[head].sentence, eventNoun(tokens[head])!, st.kind === "reported" ? news : null);
    return owner ? { ...owner, start: tokens[head].start, end: tokens[head].end, via: "event" } : null;
  }
  return null;
}

// Verbs that carry out an act they bring in without an article: "China hielt Manöver ab", "startete Angriffe".
const CARRYING_OUT = /^(?:abhalten|durchführen|starten|beginnen|fliegen|verüben|unternehmen|einleiten|führen|ausführen|abfeuern|verhängen|erlassen|beschließen|ankündigen|planen|vorlegen|verabschieden)$/;
const PARTICLE_AFTER = /^(?:ab|an|durch|ein|aus|vor)$/;

/**
 * Whose act the noun `noun` names, said in sentence `here`: see `reactionEvent`. Named with it in the eight sentences
 * before, or brought in there by a side; further back only named with it.
 */
function actOwner(ctx: StanceContext, here: number, noun: string, news: ActorMention | null): ActorMention | null {
  const { tokens, sentences } = ctx.layer;
  let seenNear = false;
  for (let si = here - 1; si >= 0 && !(seenNear && si < here - 8); si--) {
    const s = sentences[si];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!tokens[k].lemma.toLowerCase().replace(/ß/g, "ss").endsWith(noun) || !isCapitalized(tokens[k].text)) continue;
      // (The noun may open its sentence, and the text: "Manöver um Taiwan beunruhigen die Region.")
      let d = Math.max(s.tokenStart, k - 1);
      while (d > s.tokenStart && tokens[d].wordClass === "adj") d--;
      const named = ownerNamedWith(ctx, s, d, k);
      if (named) return named;
      // (Further back only where the act was not named again nearer: "Israel flog am Freitag Angriffe" is the act meant,
      // though no side is found with it, not "die russischen Angriffe" of ten sentences before.)
      if (si < here - 8) continue;
      seenNear = true;
      // (So does bringing it in without an article, as an indefinite does: "China hielt Manöver ab", "startete Angriffe".)
      // (Only by a verb of carrying it out, not one of reporting or suffering it: "Taiwan meldete Manöver", "erlitt Angriffe".)
      const verb = tokens[d].wordClass === "verb" ? tokens[d].lemma.toLowerCase() : "";
      const particle = tokens.slice(k + 1, s.tokenEnd).find((t) => t.wordClass === "function" && PARTICLE_AFTER.test(t.norm))?.norm ?? "";
      const bare = verb !== "" && (CARRYING_OUT.test(verb) || CARRYING_OUT.test(particle + verb));
      if (INDEFINITE.test(tokens[d]?.norm ?? "") || bare) return firstActorIn(ctx.layer, ctx.mentions, s) ?? null;
    }
  }
  return news;
}

/**
 * The side named with an act's noun at k (its adjectives from d on): a demonym ("die chinesischen Manöver"), a genitive
 * before it ("Trumps Zollpaket"), "von" after it ("die neuen Importzölle von US-Präsident Donald Trump").
 */
function ownerNamedWith(ctx: StanceContext, s: Sentence, d: number, k: number): ActorMention | undefined {
  const { tokens } = ctx.layer;
  const demonym = ctx.mentions.find((m) => m.via === "demonym" && m.type === "country" && m.start >= tokens[d].start && m.end <= tokens[k].start);
  if (demonym) return demonym;
  const genitive = d < k && /s$/.test(tokens[d].text) ? ctx.mentions.find((m) => m.end === tokens[d].end && m.via !== "demonym" && targetOf(m) !== null) : undefined;
  if (genitive) return genitive;
  if (!/^(?:von|vom)$/.test(tokens[k + 1]?.norm ?? "")) return undefined;
  // (Words only between, a title or an article: "von US-Präsident Donald Trump", "von der EU".)
  let j = k + 2;
  while (j < s.tokenEnd && j <= k + 4 && tokens[j].kind === "word" && tokens[j].wordClass !== "verb" && !ctx.mentions.some((m) => m.start === tokens[j].start)) j++;
  return ctx.mentions.find((m) => m.start === tokens[j]?.start && targetOf(m) !== null);
}

// Rejecting what was said: "wies die Vorwürfe zurück", "bestritt den Vorfall", "Die Emirate weisen das zurück".
const REJECTING_VERB = /^(?:wies|weist|weisen|wiesen|zurückgewiesen|zurückweisen|zurückzuweisen|bestritt|bestritten|bestreitet|bestreiten|dementierte|dementierten|dementiert|dementieren)$/;
// (What one side put to another is theirs too: "wies das Angebot zurück", "die Forderungen".)
const CLAIM_NOUN = /(?:vorwurf|vorwürfe|anschuldigung|beschuldigung|darstellung|behauptung|kritik|bericht|angabe|unterstellung|vorhaltung|äußerung|vorfall|angebot|vorschlag|forderung|ultimatum)$/;
const CLAIM_PRONOUN = /^(?:das|dies|dieses|diese)$/;

/**
 * The sides a statement's speaker speaks for, first the one they speak for first: a side by name ("Die
 * Emirate"), the body a registry person heads (Kallas: the EU), the speaker's country, a body or a demonym in
 * the speaker's phrase ("UNRWA-Chef Philippe Lazzarini", "der ruandische Botschafter"; not a place, "der
 * Botschafter in Moskau", as the own sides of `statementStance` leave it out).
 */
function speakingSides(st: Statement, ctx: StanceContext): string[] {
  const sides: string[] = [];
  const add = (side: string | null | undefined) => {
    if (side && !sides.includes(side)) sides.push(side);
  };
  if (st.speaker && ctx.mentions.some((m) => m.name === st.speaker && targetOf(m) === st.speaker)) add(st.speaker);
  for (const body of ctx.mentions.find((m) => m.name === st.speaker && m.type === "person")?.bodies ?? []) add(body);
  add(st.speaker_side);
  if (st.speaker_clean_start !== null && st.speaker_clean_end !== null) {
    for (const m of ctx.mentions) if (m.start >= st.speaker_clean_start && m.end <= st.speaker_clean_end && m.type !== "person" && (m.type !== "country" || m.via === "demonym")) add(targetOf(m));
  }
  return sides;
}

/**
 * Whom a rejection of claims opposes: the side that made them, the speaker of one of the four statements
 * before (within six sentences) who named the rejecting side ("Die kongolesische Außenministerin warf Ruanda
 * vor, … Ruandas Botschafter wies die Vorwürfe zurück"). Only for a statement with no side of its own to
 * oppose; a side named as the claims' author ("die Vorwürfe aus Kiew") is read by the statement's own cues.
 * A speaker's sides are those of all their statements in the document ("UNRWA-Chef Lazzarini …", then "Er warf Israel vor").
 */
function rejectedAccuser(statements: readonly StatementWithStance[], i: number, ctx: StanceContext, sidesOf: (st: Statement) => string[]): { side: string; cue: string } | null {
  const st = statements[i];
  if (st.kind !== "reported" || st.stance.some((s) => s.polarity !== "neutral")) return null;
  const verb = st.cue.split(/[\s;]+/)[0]?.toLowerCase() ?? "";
  if (!REJECTING_VERB.test(verb)) return null;
  const { tokens } = ctx.layer;
  const span = tokenRange(tokens, st.clean_start, st.clean_end);
  let claim = false;
  for (let k = span.from; k < span.to && !claim; k++) {
    const t = tokens[k];
    // (A pronoun alone: "weisen das zurück", not "wies das Angebot zurück".)
    claim = (t.wordClass === "noun" && CLAIM_NOUN.test(t.lemma.toLowerCase())) || (CLAIM_PRONOUN.test(t.norm) && REJECTING_VERB.test(tokens[k - 1]?.norm ?? "") && tokens[k + 1]?.wordClass !== "noun" && tokens[k + 1]?.wordClass !== "adj");
  }
  if (!claim) return null;
  const own = sidesOf(st);
  if (own.length === 0) return null;
  const first = st.sentences[0] ?? 0;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const before = statements[j];
    if ((before.sentences[before.sentences.length - 1] ?? 0) < first - 6) break;
    const side = sidesOf(before).find((s) => !own.includes(s));
    if (side && before.stance.some((s) => own.includes(s.target))) return { side, cue: st.cue };
  }
  return null;
}

/** One row of statements.jsonl. */
export interface StatementRow {
  id: string;
  doc: string;
  speaker: string | null;
  speaker_surface: string | null;
  speaker_role: string | null;
  speaker_resolved: boolean;
  kind: string;
  cue: string;
  text: string;
  /** Raw offsets. */
  start: number;
  end: number;
  sentences: number[];
  /** Verbatim words inside an indirect or reported statement (see Statement.quotes). */
  quotes: readonly QuotedFragment[];
  stance: StanceTarget[];
}

/** Rows for statements.jsonl: one statement a line, with its stance. */
export function statementRows(docs: Iterable<StatementInput>, options: StanceOptions = {}): StatementRow[] {
  const out: StatementRow[] = [];
  for (const doc of docs) for (const st of documentStance(doc, options)) out.push(toRow(st));
  return out;
}

export function toRow(st: StatementWithStance): StatementRow {
  return {
    id: st.id,
    doc: st.doc,
    speaker: st.speaker,
    speaker_surface: st.speaker_surface,
    speaker_role: st.speaker_role,
    speaker_resolved: st.speaker_resolved,
    kind: st.kind,
    cue: st.cue,
    text: st.text,
    start: st.start,
    end: st.end,
    sentences: st.sentences,
    quotes: st.quotes,
    stance: st.stance,
  };
}

/** One row of stance.csv: how often a speaker took a polarity toward a target, in which documents. */
export interface StanceRow {
  speaker: string;
  target: string;
  polarity: Polarity;
  count: number;
  /** Document ids, "|"-joined. */
  docs: string;
  /** Statement ids, "|"-joined. */
  statements: string;
}

/** Speaker × target × polarity counts (neutral left out unless asked for), most frequent first. */
export function stanceRows(statements: Iterable<Pick<StatementWithStance, "id" | "doc" | "speaker" | "stance">>, options: { neutral?: boolean } = {}): StanceRow[] {
  const tally = stanceTally(options);
  addToStanceTally(tally, statements);
  return stanceTallyRows(tally);
}

/** Speaker × target × polarity groups that grow statement by statement (a corpus streams through them). */
export interface StanceTally {
  neutral: boolean;
  groups: Map<string, { speaker: string; target: string; polarity: Polarity; docs: Set<string>; ids: string[] }>;
}

export function stanceTally(options: { neutral?: boolean } = {}): StanceTally {
  return { neutral: options.neutral ?? false, groups: new Map() };
}

export function addToStanceTally(tally: StanceTally, statements: Iterable<Pick<StatementWithStance, "id" | "doc" | "speaker"> & { stance: ReadonlyArray<Pick<StanceTarget, "target" | "polarity">> }>): void {
  for (const st of statements) {
    if (!st.speaker) continue;
    for (const s of st.stance) {
      if (s.polarity === "neutral" && !tally.neutral) continue;
      const key = `${st.speaker}\u0000${s.target}\u0000${s.polarity}`;
      let g = tally.groups.get(key);
      if (!g) tally.groups.set(key, (g = { speaker: st.speaker, target: s.target, polarity: s.polarity, docs: new Set(), ids: [] }));
      g.docs.add(st.doc);
      g.ids.push(st.id);
    }
  }
}

/** The tally's rows, most frequent first. */
export function stanceTallyRows(tally: StanceTally): StanceRow[] {
  return [...tally.groups.values()]
    .map((g) => ({ speaker: g.speaker, target: g.target, polarity: g.polarity, count: g.ids.length, docs: [...g.docs].join("|"), statements: g.ids.join("|") }))
    .sort((a, b) => b.count - a.count || a.speaker.localeCompare(b.speaker) || a.target.localeCompare(b.target) || a.polarity.localeCompare(b.polarity));
}

/** The same tally as an arquero table; `statements` holds the ids (as an array) of the statements behind each row. */
export function stanceTable(statements: Iterable<Pick<StatementWithStance, "id" | "doc" | "speaker" | "stance">>, options: { neutral?: boolean } = {}): ColumnTable {
  const rows = stanceRows(statements, options);
  return table({
    speaker: rows.map((r) => r.speaker),
    target: rows.map((r) => r.target),
    polarity: rows.map((r) => r.polarity),
    count: rows.map((r) => r.count),
    docs: rows.map((r) => r.docs.split("|")),
    statements: rows.map((r) => r.statements.split("|")),
  });
}

// ---------------------------------------------------------------------------
// Polarity toward a target in any sentence

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
      if (lex.negators.has(tokens[j].norm) && !kept.has(j)) {
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

interface PolarityWords {
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
type ShifterKind = "against" | "less";

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
const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/;

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
      if (lex.negators.has(tokens[j].norm) && !kept.has(j)) negated = true;
      scope.push(j);
    }
    for (let j = k - 1; j >= span.from && j >= k - 5; j--) {
      if (CLAUSE_BREAK.test(tokens[j].norm)) break;
      if (lex.negators.has(tokens[j].norm) && !kept.has(j)) {
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

interface ReadOptions {
  minimum: number;
  backupWeight: number;
}

const SEPARABLE = new Set([...PARTICLES, "um", "los", "her", "weg", "durch", "über", "unter", "nieder"]);

/** Polarity of token k: curated lexicon (with separable verbs, derivations and compounds), then SentiWS; 0 if none. */
function wordPolarity(tokens: Token[], k: number, to: number, words: PolarityWords, read: ReadOptions): number {
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
function defaultPolarityWords(): PolarityWords {
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
