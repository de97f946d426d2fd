// Closed word classes (articles, copulas, particles, modals and verbs of demand) and the clause
// structure the parts share: where a clause opens and ends, finite verbs, zu-infinitives,
// participles and passives, conditions, negation, what a preposition governs.
import { isCapitalized } from "../lemmas.js";
import type { Token } from "../text.js";
import { ADVERBIAL_SUBORDINATORS, AUX_FORMS, PREPOSITIONS, RELATIVES, SUBORDINATORS, ZU_INFINITIVE } from "../statements/words.js";
import type { StanceLexicon, TargetMention, Span } from "./types.js";

export const PARTICLES = new Set(["zurück", "ab", "an", "auf", "aus", "bei", "ein", "entgegen", "fest", "fort", "hin", "mit", "nach", "vor", "weiter", "zu", "zusammen", "voran", "aufrecht", "voraus"]);
export const ADJ_ENDING = /(?:e|en|er|es|em)$/;

// Adverbs that may come before the negation of what a side is told to do: "…, nicht erneut zurückzuschlagen".
export const BEFORE_REFRAIN = /^(?:sich|ebenfalls|auch|erneut|jetzt|nun|künftig|weiter|weiterhin|länger|mehr|dann|zudem)$/;

/** Does the comma at k join names in a list ("aus Donezk, Luhansk und Cherson abziehen"), not clauses? */
export function listComma(tokens: Token[], k: number): boolean {
  const name = (t: Token | undefined) => t !== undefined && t.kind === "word" && isCapitalized(t.text) && (t.wordClass === "name" || t.wordClass === null || t.wordClass === "noun");
  return tokens[k].text === "," && name(tokens[k - 1]) && name(tokens[k + 1]) && !isFiniteVerb(tokens[k + 2] ?? tokens[k + 1]);
}

/** Is the noun at `at` a predicate after a copula: "seien eine Provokation", "sei eine schwere Provokation", "stellten eine Provokation dar"? */
export function isPredicateNoun(tokens: Token[], span: Span, at: number): boolean {
  let j = at - 1;
  // (Its adjectives may stand in quotation marks: "zu einem „entscheidenden Ermöglicher“".)
  while (j > span.from && (tokens[j].wordClass === "adj" || /^[„“"»«]$/.test(tokens[j].text))) j--;
  // "sei zum Komplizen Russlands geworden", "werde zum Komplizen", "mache sich zum Komplizen": what the subject becomes.
  if (/^(?:zum|zur)$/.test(tokens[j]?.norm ?? "")) return becomesAfter(tokens, span, at) || /^(?:werde|wird|wurde|würde|werden|wurden|würden)$/.test(tokens[j - 1]?.norm ?? "") || (tokens[j - 1]?.norm === "sich" && /^mach/.test(tokens[j - 2]?.norm ?? ""));
  // What the subject is taken as: "gelte als Bedrohung", "seien als Machtdemonstration gedacht", "werde als Provokation gesehen".
  if (tokens[j]?.norm === "als") return takenAs(tokens, span, j);
  // (Or the definite one: "China sei der entscheidende Ermöglicher von Russlands Krieg".)
  if (!/^(?:ein|eine|einen|einem|der|die|das)$/.test(tokens[j]?.norm ?? "")) return false;
  const copula = tokens[j - 1]?.norm ?? "";
  // "sei zu einem Ermöglicher des Krieges geworden": what the subject has become.
  if (copula === "zu" && tokens[j].norm === "einem") return becomesAfter(tokens, span, at);
  return (COPULAS.has(copula) && !/^(?:bleib|gel)/.test(copula)) || /^stell/.test(copula);
}

// Participles of taking something as something: "als Machtdemonstration gedacht", "als Provokation gewertet".
const TAKEN_AS = /^(?:gedacht|gemeint|gesehen|betrachtet|gewertet|eingestuft|verstanden|wahrgenommen|empfunden|aufgefasst)$/;

// Forms of "sein" and "werden" a participle of taking goes with: "sind als Machtdemonstration gedacht", "werde als Provokation gesehen"
// (not "habe die Übungen als Machtdemonstration gewertet", whose subject judges).
const BEING = /^(?:ist|sind|sei|seien|war|waren|wäre|wären|wird|werden|werde|wurde|wurden|würde|würden|worden)$/;

/** Is the "als" at j, before a noun, what a form of "gelten", or of "sein"/"werden" with a participle of taking (TAKEN_AS), says the subject is? */
function takenAs(tokens: Token[], span: Span, j: number): boolean {
  const open = clauseOpening(tokens, span, j);
  const before = tokens.slice(open, j);
  if (before.some((t) => /^(?:gilt|gelte|gelten|galt|galten|gälte)$/.test(t.norm))) return true;
  let k = j + 1;
  while (k < span.to && k <= j + 6 && !/^[,;:.!?–—]$/.test(tokens[k].text) && !TAKEN_AS.test(tokens[k].norm)) k++;
  return k < span.to && TAKEN_AS.test(tokens[k].norm) && [...before, ...tokens.slice(j + 1, Math.min(span.to, k + 3))].some((t) => BEING.test(t.norm));
}

/** A form of "werden" after the predicate noun at `at`, in its clause. */
function becomesAfter(tokens: Token[], span: Span, at: number): boolean {
  for (let k = at + 1; k < span.to && !/^[,;:.!?–—]$/.test(tokens[k].text); k++) if (/^(?:geworden|werden|wird|wurde|würde)$/.test(tokens[k].norm)) return true;
  return false;
}

/** The noun an adjective at `k` stands before (past other adjectives), or -1 when it stands alone ("seien gut"). */
export function nounAfterAdjective(tokens: Token[], span: Span, k: number): number {
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

export const COPULAS = new Set(["ist", "sind", "sei", "seien", "war", "waren", "wäre", "wären", "bleibt", "bleiben", "bleibe", "gilt", "gelten", "gelte"]);

/** Does the lemma end in one of the heads? The dictionary may spell the old way ("NATO-Einfluß") or leave a compound's genitive on. */
export function headIn(lemma: string, heads: readonly string[] = []): boolean {
  if (lemma === "") return false;
  const head = lemma.replace(/ß/g, "ss");
  return heads.some((n) => head.endsWith(n) || head.endsWith(`${n}es`) || head.endsWith(`${n}s`));
}

export const DEMANDING_MODALS = new Set(["müsse", "müssen", "muss", "müsste", "müssten", "solle", "sollen", "soll", "sollte", "sollten", "möge"]);

/**
 * Does the verb at k end its sentence (a participle or infinitive after its object: "hat vor der Nato
 * gewarnt.")? Only auxiliaries may follow. Not one before a comma: a subordinate clause has its subject
 * before the object ("während die EU-Staaten den Vorstoß begrüßten"), and a complement may follow.
 */
export function sentenceFinalVerb(tokens: Token[], k: number, span: Span): boolean {
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
export function contentClauseFinalVerb(tokens: Token[], k: number, span: Span): boolean {
  const t = tokens[k];
  if (t.wordClass !== "verb" || isCapitalized(t.text)) return false;
  let j = k + 1;
  while (j < span.to && (AUX_FORMS.has(tokens[j].norm) || /^[“”"»«‘’›‹]$/.test(tokens[j].text))) j++;
  return (j >= span.to || /^[.!?;,]$/.test(tokens[j].text)) && tokens[clauseOpening(tokens, span, k)].norm === "dass";
}

/** Is the verb at k a participle or infinitive closing its clause before a comma, after an auxiliary ("hatte China vorgeworfen, …")? */
export function clauseFinalVerb(tokens: Token[], k: number, span: Span): boolean {
  const t = tokens[k];
  if (t.wordClass !== "verb" || isCapitalized(t.text) || tokens[k + 1]?.text !== ",") return false;
  for (let j = clauseOpening(tokens, span, k); j < k; j++) if (AUX_FORMS.has(tokens[j].norm)) return true;
  return false;
}

/** Does a finite verb or auxiliary stand in token k's clause before it? */
export function finiteVerbBefore(tokens: Token[], span: Span, k: number): boolean {
  for (let j = clauseOpening(tokens, span, k); j < k; j++) if (AUX_FORMS.has(tokens[j].norm) || isFiniteVerb(tokens[j])) return true;
  return false;
}

/** The first token from `from` in the span that is one of the punctuation `marks` (the end of a clause), or the span's end. */
export function stopAt(tokens: Token[], span: Span, from: number, marks: RegExp): number {
  let end = from;
  while (end < span.to && !marks.test(tokens[end].text)) end++;
  return end;
}

/** The first token of the clause token k stands in: after the last comma, semicolon, colon or dash before it. */
export function clauseOpening(tokens: Token[], span: Span, k: number): number {
  let open = k;
  while (open > span.from && (!/^[,;:–—]$/.test(tokens[open - 1].text) || nameListComma(tokens, open - 1, span))) open--;
  return open;
}

/** Is the verb at k a zu-infinitive: "zu liefern", "zusammenzuarbeiten"? */
export function isZuInfinitiveAt(tokens: Token[], k: number): boolean {
  // (Not a noun of that shape, "Autozulieferern".)
  return tokens[k - 1]?.norm === "zu" || (tokens[k].wordClass !== "noun" && ZU_INFINITIVE.test(tokens[k].norm));
}

/** A verb in lower case that is no participle, zu-infinitive or present participle. */
export function isFiniteVerb(x: Token): boolean {
  return x.wordClass === "verb" && !/^\p{Lu}/u.test(x.text) && !/^(ge\p{Ll}+[tn]|\p{Ll}+end)$/u.test(x.norm) && !ZU_INFINITIVE.test(x.norm);
}

/**
 * Does a dative object open tokens [from, to), past adverbs: "der Regierung", "dem Minister", "ihm", "schwedischen Politikern"?
 * (Not a phrase with a preposition: "nach Gesprächen mit Vertretern Chinas".)
 */
export function dativeAfter(tokens: Token[], from: number, to: number): boolean {
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

/** Does a preposition govern the side: right before it, or before its articles and adjectives ("auf die ungarische Regierung")? */
export function afterPreposition(tokens: Token[], t: TargetMention, except: ReadonlySet<string> = NO_WORDS): boolean {
  return [1, 2, 3].some((d) => PREPOSITIONS.has(tokens[t.from - d]?.norm ?? "") && !except.has(tokens[t.from - d].norm) && tokens.slice(t.from - d + 1, t.from).every((x) => x.wordClass === "function" || x.wordClass === "adj"));
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Does a phrase of cause ("wegen", "aufgrund", "angesichts") open at most four words before token k, nothing but its words between? */
export function inCausalPhrase(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    if (/^(?:wegen|aufgrund|angesichts)$/.test(tokens[j].norm)) return true;
    if (tokens[j].kind === "punct" || tokens[j].wordClass === "verb") return false;
  }
  return false;
}

const PASSIVE_AUXILIARY = /^(?:wird|werden|wurde|wurden|worden|werde|würde|würden|ist|sind|sei|seien|war|waren|wäre|wären|fühle|fühlt|fühlen|fühlte|fühlten|sehe|sieht|sehen|sah|sahen)$/;

/** A form of "werden", "sein" or "sich bedroht fühlen/sehen" in the participle's clause ("sei … angegriffen worden", "fühle sich … bedroht"). */
export function passiveAuxiliary(tokens: Token[], span: Span, at: number): boolean {
  if (tokens[at - 1]?.norm === "zu") return false;
  const open = clauseOpening(tokens, span, at);
  for (let k = open; k < Math.min(span.to, at + 3); k++) {
    if (k > at && /^[,;:.!?]$/.test(tokens[k].text)) break;
    if (k !== at && PASSIVE_AUXILIARY.test(tokens[k].norm)) return true;
  }
  return false;
}

/** Does the verb at `at` end its clause, but for auxiliaries after it ("bedrohe,", "angegriffen habe.")? */
export function verbFinal(tokens: Token[], span: Span, at: number): boolean {
  let e = at + 1;
  while (e < span.to && AUX_FORMS.has(tokens[e].norm)) e++;
  return tokens[at].wordClass === "verb" && (e >= span.to || tokens[e].kind === "punct");
}

/** Is the verb at `at` a participle of a passive ("die Spannungen wurden angeheizt")? */
export function isPassiveAt(tokens: Token[], span: Span, at: number): boolean {
  if (!/ge\p{Ll}+t$/u.test(tokens[at].norm) && !/ge\p{Ll}+t$/u.test(tokens[at - 1]?.norm ?? "")) return false;
  for (let k = clauseOpening(tokens, span, at); k < Math.min(span.to, at + 3); k++) if (/^(?:wird|werden|wurde|wurden|worden)$/.test(tokens[k].norm)) return true;
  return false;
}

/** Does clause `c` of the span have a zu-infinitive ("Nordkorea … zu beliefern", "zusammenzuarbeiten")? */
export function zuInfinitiveClause(tokens: Token[], span: Span, clauseOf: number[], c: number): boolean {
  for (let k = span.from; k < span.to; k++) {
    if (clauseOf[k - span.from] !== c) continue;
    if ((tokens[k].norm === "zu" && tokens[k + 1]?.wordClass === "verb") || (tokens[k].wordClass === "verb" && ZU_INFINITIVE.test(tokens[k].norm))) return true;
  }
  return false;
}

/**
 * Is [from, to) adverbs and prepositional phrases alone, no verb or clause break: "bei der Eingliederung in die
 * Strukturen der Nato", "zusätzlich mit 20 Millionen Euro"? (An article before any preposition opens an object of its own.)
 */
export function prepositionalPhrase(tokens: Token[], from: number, to: number): boolean {
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
 * Does a condition clause open at k: "wenn", "falls", "sofern", or "sollte(n)" before its subject ("sollten die USA …");
 * not a modal of a conjunct whose subject is left out ("…, sollte aber weiter eng zusammenarbeiten").
 */
export function opensCondition(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (/^(?:wenn|falls|sofern)$/.test(t.norm)) return true;
  const next = tokens[k + 1];
  return /^sollten?$/.test(t.norm) && next !== undefined && (ARTICLE.test(next.norm) || /^(?:er|sie|es|man|wir|ihr)$/.test(next.norm) || (isCapitalized(next.text) && next.wordClass !== "function"));
}

/** "Sollten die USA Sanktionen verhängen, …": a modal opening its clause is a condition, no demand. */
export function conditionOpening(tokens: Token[], span: Span, k: number): boolean {
  return /^sollten?$/.test(tokens[k].norm) && (k === span.from || tokens[k - 1].kind === "punct" || tokens[k].sentence !== tokens[k - 1].sentence);
}

// A statement's cue that demands what it reports: "forderte", "verlangte", "rief … auf", "mahnte".
export const DEMAND_CUE = /^(?:forder|verlang|mahn|ermahn|dräng|drängt|appellier|rief\b.*\bauf$|ruft\b.*\bauf$)/i;
export const DEMAND_VERBS = new Set(["fordern", "auffordern", "aufrufen", "appellieren", "drängen", "mahnen", "ermahnen", "verlangen"]);

/** Is token k a verb of demand: one of DEMAND_VERBS, "dringen" with "auf", or "rufen" whose particle "auf" ends its clause ("rief die Nato zu … auf")? */
export function isDemandVerb(tokens: Token[], k: number): boolean {
  if (tokens[k].wordClass !== "verb") return false;
  const lemma = tokens[k].lemma.toLowerCase();
  if (DEMAND_VERBS.has(lemma)) return true;
  // "auf eine Umsetzung dringen", "drang auf Aufklärung" (not "in den Luftraum dringen").
  if (lemma === "dringen") return onAuf(tokens, k);
  if (lemma !== "rufen") return false;
  for (let j = k + 1; j < tokens.length && j <= k + 15 && tokens[j].kind !== "punct"; j++) if (tokens[j].norm === "auf" && (tokens[j + 1]?.kind === "punct" || !tokens[j + 1])) return true;
  return false;
}

/** Is there an "auf" in the clause of token k, up to ten words before it or three after? */
function onAuf(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= 10 && tokens[j].kind !== "punct"; j--) if (tokens[j].norm === "auf") return true;
  for (let j = k + 1; j < tokens.length && j - k <= 3 && tokens[j].kind !== "punct"; j++) if (tokens[j].norm === "auf") return true;
  return false;
}

/** Is the clause a passive from token k to its end ("… nicht zu den Gesprächen eingeladen worden sei", "zerstört werde")? */
export function passiveAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && tokens[j].kind !== "punct"; j++) if (PASSIVE_WERDEN.test(tokens[j].norm) && isParticipleForm(tokens[j - 1])) return true;
  return false;
}

// Forms of "werden" after a participle in a passive: "zerstört werde", "eingeladen worden sei".
export const PASSIVE_WERDEN = /^(?:werde|werden|wird|wurde|wurden|würde|würden|worden)$/;

/** A verb form other than its infinitive ("zerstört", "angegriffen"; not "angreifen werde", a future). */
export function isParticipleForm(t: Token | undefined): boolean {
  return t !== undefined && t.wordClass === "verb" && t.norm !== t.lemma.toLowerCase();
}

/**
 * The "dass" that opens a clause right after the cue at `at` ("werde nicht zulassen, dass …"), or the "wie" after the
 * verb the cue qualifies ("werde nicht tatenlos zusehen, wie …"); -1 if none.
 */
export function complementAfter(tokens: Token[], at: number): number {
  if (tokens[at + 1]?.text === "," && tokens[at + 2]?.norm === "dass") return at + 2;
  return tokens[at + 1]?.wordClass === "verb" && tokens[at + 2]?.text === "," && tokens[at + 3]?.norm === "wie" ? at + 3 : -1;
}

/** A negator earlier in the clause of token k ("hat … nie gefordert", "will … nicht aufrechterhalten")? */
export function negatedBefore(tokens: Token[], span: Span, k: number, lex: StanceLexicon): boolean {
  // ("ohne" negates a verb only as "ohne … zu": "ohne die Sanktionen aufzuheben", not "müsse ohne Vorbedingungen in
  // Gespräche eintreten".)
  const ohneNegates = tokens[k].wordClass !== "verb" || isZuInfinitiveAt(tokens, k);
  for (let j = k - 1; j >= span.from && !/^[,;:.]$/.test(tokens[j].text); j--) if (lex.negators.has(tokens[j].norm) && (ohneNegates || tokens[j].norm !== "ohne")) return true;
  return false;
}

/** The "zu"/"zum"/"zur" opening the phrase of the noun at k, only articles and adjectives between ("zu harten Gegenmaßnahmen"); -1 if none. */
export function callFor(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && (ARTICLE.test(tokens[j].norm) || (tokens[j].wordClass === "adj" && !isCapitalized(tokens[j].text)))) j--;
  return j >= 0 && /^(?:zu|zum|zur)$/.test(tokens[j].norm) ? j : -1;
}

/** Are tokens [from, to) adjectives (and articles) only, between "des"/"der" and a name ("der Vereinigten Staaten")? */
export function genitivePhrase(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].wordClass !== "adj" && !ARTICLE.test(tokens[k].norm)) return false;
  return true;
}

/** A comma and an adverbial subordinator between tokens `from` and `to` ("dass", "ob" open an object clause). */
export function adverbialClauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].text === "," && ADVERBIAL_SUBORDINATORS.has(tokens[k + 1].norm)) return true;
  return false;
}

/** Clause number of each token in the span (commas, colons and conjunctions of clauses split; not the commas of `apposition`). */
export function clauseIndex(tokens: Token[], span: Span, apposition: Span | null = null): number[] {
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

/** A comma in a list of names or nouns closed by "und"/"oder": "in Fragen wie Taiwan, Hongkong und Xinjiang". */
function nameListComma(tokens: Token[], k: number, span: Span): boolean {
  if (tokens[k].text !== "," || !isCapitalized(tokens[k - 1]?.text ?? "") || !isCapitalized(tokens[k + 1]?.text ?? "") || tokens[k + 1].wordClass === "function") return false;
  for (let j = k + 2; j < Math.min(span.to - 1, k + 4); j++) {
    if (/^(?:und|oder|sowie)$/.test(tokens[j].norm)) return isCapitalized(tokens[j + 1].text);
    if (!isCapitalized(tokens[j].text) && tokens[j].text !== ",") return false;
  }
  return false;
}

export const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)$/;
