// Which side a phrase names, and in what role: the subject of a clause, an object, an agent,
// an owner, a place or a seat, a body named by its kind; the article's pair, the speaker's phrase.
import { defaultLexicon, isCapitalized, lemmatize } from "../lemmas.js";
import { tokenRange, type TextLayer, type Token } from "../text.js";
import { AUX_FORMS, isTimeWord, PREPOSITIONS, QUOTE_MARK, RELATIVES, SUBORDINATORS, THIRD_PERSON_POSSESSIVE } from "../statements/words.js";
import type { ActorMention, Statement } from "../statements.js";
import type { StanceLexicon, CueHit, TargetMention, Span, StanceContext } from "./types.js";
import { COPULAS, headIn, clauseOpening, isFiniteVerb, afterPreposition, verbFinal, passiveAfter, isParticipleForm, complementAfter, ARTICLE } from "./clauses.js";
import { targetOf } from "./cues.js";

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
export function pairNamedBefore(ctx: StanceContext, at: number, own: ReadonlySet<string>, withOwn = false): string[] | null {
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
 * The one other side of a meeting told just before a statement: "Am Dienstag empfing Xi den russischen Präsidenten in Peking,
 * … Die Beziehungen beider Länder befänden sich auf einem hohen Niveau, sagte Putin" means China, in an article that names
 * India more. The sentence before and its own sentence up to token `at` name the speaker's side and exactly one other side,
 * places aside ("in Peking").
 */
export function sideMetBefore(ctx: StanceContext, at: number, own: ReadonlySet<string>): string | null {
  const { tokens, sentences } = ctx.layer;
  const here = tokens[at].sentence;
  if (here === 0) return null;
  const [from, to] = [sentences[here - 1].start, tokens[at].start];
  const others = new Set<string>();
  let ownNamed = false;
  for (const m of ctx.mentions) {
    if (m.start < from || m.end > to || (m.type === "country" && isPlaceMention(ctx.layer, m))) continue;
    const side = targetOf(m);
    if (side === null) continue;
    if (own.has(side)) ownNamed = true;
    else others.add(side);
  }
  return ownNamed && others.size === 1 ? [...others][0] : null;
}

/** Are several sides named at once with the target ("beide Seiten", "beide Regierungen": the article's pair)? */
export function namedWithOthers(t: TargetMention, targets: readonly TargetMention[]): boolean {
  return targets.some((x) => x !== t && x.from === t.from && x.to === t.to && x.target !== t.target);
}

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
export function kindTargets(ctx: StanceContext, span: Span, targets: readonly TargetMention[], inSpeaker: (k: number) => boolean): TargetMention[] {
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

export const AGAINST = new Set(["gegen", "wider", "entgegen"]);
const CLAUSE_CONJUNCTIONS = /^(?:und|aber|doch|sondern|oder|denn)$/;

/** The actor a concept belongs to: a genitive after it, the subject a possessive before it points to ("Washington wolle seine Vorherrschaft erhalten"), or who carries it out. */
export function conceptOwner(tokens: Token[], span: Span, concept: TargetMention, targets: TargetMention[], lex: StanceLexicon): TargetMention | null {
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
export const GOVERNMENT_SEAT = new RegExp(`^(?!.*(?:geschäfts|konzern|unternehmens|firmen|vereins|klub|club|team|spiel)).*(?:${GOVERNING})$`);
// Nouns a capital after "in" belongs to: "die Führung in Kiew", "der Regierung in Berlin", "das Regime in Teheran" name the government.
const SEAT_OF = new RegExp(`(?:${GOVERNING}|behörde|behörden|zentrale|parlament|botschaft)$`);

// Nouns of what a side says, does or gives to another: "aus" after them names its author, not a place ("die Entscheidung aus
// Brüssel", "Geld aus Brüssel").
// (Short nouns only as whole words: a "Fahrplan" or "Fortschritt" is no one's act.)
const FROM_SIDE = /(?:vorwurf|vorwürfe|kritik|forderung|drohung|druck|warnung|sanktion|anschuldigung|äußerung|signal|angebot|vorschlag|erklärung|reaktion|protest|einmischung|provokation|entscheidung|beschluss|zusage|zoll|zölle|maßnahme|angriff|gesetz|angabe|angaben|darstellung|behauptung|erpressungsversuch|belehrung|bevormundung|hilfe|hilfen|geld|gelder)$|^(?:plan|pläne|schritt)$/;

// Moods and reactions: "die Aufregung in Washington", "die Verärgerung in Kiew".
const MOOD = /(?:aufregung|empörung|nervosität|besorgnis|unmut|verärgerung|verstimmung|entrüstung|enttäuschung|erleichterung|genugtuung|zufriedenheit|unzufriedenheit|skepsis)$/;

// Words of where with a genitive after them: "nahe der syrischen Stadt Raqqa", "südlich Russlands".
const NEAR_PLACE = /^(?:nahe|unweit|nördlich|südlich|östlich|westlich|nordöstlich|nordwestlich|südöstlich|südwestlich|innerhalb|außerhalb|entlang|jenseits|diesseits)$/;

/** Does the mention at token k open a phrase of place: "in"/"im"/"nach"/"aus" before it, articles and adjectives between? */
export function isPlacePhrase(tokens: Token[], k: number, span: Span): boolean {
  let j = k - 1;
  while (j >= span.from && (ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj") && !NEAR_PLACE.test(tokens[j].norm)) j--;
  // ("nahe der syrischen Grenze", "nördlich der Ukraine": near a place, whatever the dictionary calls the word.)
  if (j >= span.from && NEAR_PLACE.test(tokens[j].norm)) return true;
  // ("in der Nähe Japans", "in unmittelbarer Nähe Taiwans": near it too; not "die Nähe Serbiens zu Russland".)
  if (j > span.from + 1 && tokens[j].norm === "nähe" && /^(?:in|im)$/.test(tokens[j - 1].norm === "der" || tokens[j - 1].wordClass === "adj" ? tokens[j - 2].norm : tokens[j - 1].norm)) return true;
  // ("am Rande des G7-Gipfels", "am Rand der Generalversammlung": where something was said or done.)
  if (j > span.from && /^rande?$/.test(tokens[j].norm) && tokens[j - 1].norm === "am") return true;
  // ("rund um Taiwan", "um Taiwan herum": around a place.)
  if (j > span.from && tokens[j].norm === "um" && /^(?:rund|rings)$/.test(tokens[j - 1].norm)) return true;
  if (j < span.from || !PLACE_PREPOSITIONS.has(tokens[j].norm)) return false;
  // "die Vorwürfe aus Washington", "Druck aus Peking": what comes from a capital is its government's.
  if (tokens[j].norm === "aus" && j > span.from && FROM_SIDE.test(tokens[j - 1].lemma.toLowerCase())) return false;
  // "die Aufregung in Washington", "die Verärgerung in Kiew": a mood in a capital is its government's.
  if (tokens[j].norm === "in" && j > span.from && MOOD.test(tokens[j - 1].lemma.toLowerCase())) return false;
  return !(j > span.from && SEAT_OF.test(tokens[j - 1].norm));
}

/** A country mention that names a place: after "in"/"nach"/"aus", or a dateline opening its sentence ("Astana, 4. Juli", "Berlin (dpa)"). */
export function isPlaceMention(layer: TextLayer, m: ActorMention): boolean {
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
export function modifiedHead(tokens: Token[], k: number, m: ActorMention, span: Span): string | null {
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

/** Does a side act through this noun ("Regierung", "Außenpolitiker")? Not through its opposition or exiles ("Oppositionspolitiker", "Oppositionschef", "Exilpolitiker"). */
export function sideHead(lemma: string, lex: StanceLexicon): boolean {
  // (Nor a delegation of business, a parliament or a sport: "die chinesische Unternehmerdelegation"; nor a land or republic
  // in a compound, "die ukrainischen Nachbarländer" are others.)
  return headIn(lemma, lex.sideNouns) && !/^(?:ex-?)?(?:opposition|exil|dissident)/.test(lemma) && !/(?:wirtschafts|unternehmer|unternehmens|firmen|industrie|parlaments|sport)delegation$/.test(lemma) && !/\p{L}(?:land|republik)$/u.test(lemma);
}

/**
 * The actor that opens the content of an indirect statement framed by a condemnation or an
 * accusation ("kritisierte, China liefere …", "verurteilte, dass Russland … angegriffen habe"):
 * within its first three words, after "dass" and an article.
 */
export function condemnedSubject(st: Statement, tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): TargetMention | null {
  if (st.kind !== "indirect") return null;
  const verb = /^\p{L}+$/u.test(st.cue) ? lemmatize(st.cue, defaultLexicon()).lemma.toLowerCase() : "";
  const condemns = (lex.byFirstWord.get(verb) ?? []).some((c) => c.words.length === 1 && c.polarity === "oppose" && (c.class === "condemnation" || c.class === "accusation"));
  if (!condemns && !concernFrame(st, tokens, span)) return null;
  let from = span.from;
  if (tokens[from]?.norm === "dass") from++;
  // Not a place ("in den USA gibt es …"): the subject stands without a preposition; nor a passive's, to whom it is done
  // ("bedauere, dass die Ukraine nicht eingeladen worden sei").
  const subject = targets.find((t) => t.kind === "actor" && t.from >= from && t.from <= from + 2 && !PREPOSITIONS.has(tokens[t.from - 1]?.norm ?? "") && !PREPOSITIONS.has(tokens[t.from - 2]?.norm ?? ""));
  return subject && !passiveAfter(tokens, subject.to) ? subject : null;
}

// Words of concern that frame what follows them: "zeigte sich beunruhigt darüber, dass …", "sei tief besorgt, dass …".
const CONCERN = /^(?:besorgt|beunruhigt|alarmiert|empört|entsetzt|bestürzt)$/;

/**
 * Is the indirect statement the content of a concern its frame voices ("zeigte sich beunruhigt darüber, dass Peking …")?
 * Then its subject is condemned, and what that subject is said to do, a tie too, is no stance of the speaker's.
 */
function concernFrame(st: Statement, tokens: Token[], span: Span): boolean {
  if (st.kind !== "indirect") return false;
  let j = span.from - 1;
  while (j >= 0 && j >= span.from - 3 && (tokens[j].text === "," || /^(?:darüber|davon)$/.test(tokens[j].norm))) j--;
  return j >= 0 && CONCERN.test(tokens[j].norm);
}

const NOMINATIVE_PRONOUN = /^(?:man|wir|ich|er|du|ihr)$/;

/**
 * Is the subject of the "dass" clause token k stands in the speaker's side: a side of `own` right after "dass" (its
 * article and adjectives before it), or "man"/"wir" (not "sie", "es", "manche Staaten": whom they stand for is unknown)?
 */
export function ownSubjectOfContent(tokens: Token[], span: Span, k: number, targets: TargetMention[], own: ReadonlySet<string>): boolean {
  const open = clauseOpening(tokens, span, k) + 1;
  if (/^(?:man|wir)$/.test(tokens[open]?.norm ?? "")) return true;
  let at = open;
  while (at < k && (ARTICLE.test(tokens[at].norm) || tokens[at].wordClass === "adj")) at++;
  // (A side's adjective is the subject's side too: "dass die ungarische Regierung …".)
  return targets.some((t) => t.from >= open && t.from <= at && own.has(t.target));
}

/**
 * The targets before the Mittelfeld of the main clause whose last word is the verb at k: those before
 * its finite verb (the Vorfeld), and, when the Vorfeld is no noun phrase, the first one after it (the subject).
 */
export function outsideMittelfeld(tokens: Token[], span: Span, k: number, targets: TargetMention[]): Set<TargetMention> {
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
export function objectPhrase(tokens: Token[], from: number, to: number, targets: TargetMention[]): boolean {
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
export function verbBetween(tokens: Token[], hit: CueHit, t: TargetMention, auxiliaries = false): boolean {
  const [a, b] = t.from > hit.at ? [hit.at + 1, t.from] : [t.to, hit.from];
  // (A participle that ends a conjunct ends its phrase too: "den Sanktionen des Westens getrotzt und ihre Zusammenarbeit ausgebaut".)
  const conjunctEnd = (k: number) => tokens[k].wordClass === "verb" && /^(?:und|oder|sowie)$/.test(tokens[k + 1]?.norm ?? "");
  for (let k = a; k < b; k++) if (k !== hit.from && k !== hit.at && (isFiniteVerb(tokens[k]) || conjunctEnd(k) || (auxiliaries && AUX_FORMS.has(tokens[k].norm)))) return true;
  return false;
}

/** Targets joined to `t` by "und", "sowie", "oder" ("Hegemonie und Unilateralität"), after it and before it. */
export function coordinatedWith(tokens: Token[], t: TargetMention, targets: TargetMention[]): TargetMention[] {
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
export function possessiveOwner(tokens: Token[], span: Span, k: number, targets: TargetMention[]): TargetMention | undefined {
  let p = k - 1;
  while (p > span.from && k - p <= 3 && tokens[p].wordClass === "adj") p--;
  const possessive = THIRD_PERSON_POSSESSIVE.exec(tokens[p]?.norm ?? "");
  if (!possessive) return undefined;
  const open = clauseOpening(tokens, span, p);
  const owner = targets.filter((t) => t.kind === "actor" && !t.place && !t.modifier && t.to <= p && t.from >= open).pop();
  if (!owner) return undefined;
  // (Not a relative pronoun, its clause's verb at the end: "Güter, die Moskau für seine Rüstungsindustrie benötige".)
  const relative = open === owner.from - 1 && tokens[open - 1]?.text === "," && !isFiniteVerb(tokens[owner.to]) && !AUX_FORMS.has(tokens[owner.to]?.norm ?? "");
  const feminine = /^(die|der)$/.test(tokens[owner.from - 1]?.norm ?? "") && !relative;
  return (possessive[1] === "ihr") === feminine ? owner : undefined;
}

/** A side in the genitive after another noun: "mit Vertretern Chinas" (not after a time: "warf am Montag China vor"). */
export function genitiveAttribute(tokens: Token[], t: TargetMention): boolean {
  const before = tokens[t.from - 1];
  return before !== undefined && before.wordClass === "noun" && isCapitalized(before.text) && !isTimeWord(before);
}

/** A body named by its seat: "die Regierung in Budapest" (not after a preposition, whatever "in" says). */
export function namedBySeat(tokens: Token[], t: TargetMention): boolean {
  return /^(?:in|aus)$/.test(tokens[t.from - 1]?.norm ?? "") && SEAT_OF.test(tokens[t.from - 2]?.norm ?? "");
}

// Prepositions inside a subject phrase that keep its sides its own: "Die Zusammenarbeit zwischen Russland und Nordkorea".
const OWNING_PREPOSITIONS: ReadonlySet<string> = new Set(["zwischen", "von"]);
const TIE_PREPOSITIONS: ReadonlySet<string> = new Set(["zwischen", "von", "mit"]);
// Words that open a noun phrase as an article does: "jede militärische Zusammenarbeit", "diese Politik".
const DETERMINER = /^(?:jede[rsmn]?|diese[rsmn]?|jene[rsmn]?|solche[rsmn]?|alle|keine[rsmn]?)$/;

/** The side that is the subject of an act verb whose object is the noun at k (only articles, adjectives and "Politik der" between). */
export function subjectOfActVerb(tokens: Token[], span: Span, k: number, targets: TargetMention[], lex: StanceLexicon, victimBetween: (t: TargetMention) => boolean = () => false): TargetMention | undefined {
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

/** The side joined by "und" to the speaker's own side before a cue in its clause ("Russland und China würden ihre Zusammenarbeit …"). */
export function coSubjectOfOwn(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[], own: ReadonlySet<string>): TargetMention | undefined {
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

/**
 * Is the side at `t` the subject of the clause whose object the adjective at `hit` stands in: first in its clause
 * (after a subordinator or article), a verb between them and no other side ("Russland spiele eine wichtige Rolle")?
 */
export function subjectsOwn(tokens: Token[], span: Span, t: TargetMention, hit: CueHit, targets: TargetMention[]): boolean {
  if (t.kind !== "actor" || t.place || t.modifier || t.to > hit.from) return false;
  let j = clauseOpening(tokens, span, hit.from);
  while (j < t.from && (SUBORDINATORS.has(tokens[j].norm) || ARTICLE.test(tokens[j].norm))) j++;
  if (j !== t.from) return false;
  let verb = false;
  for (let k = t.to; k < hit.from; k++) {
    // What a side could or should do credits it nothing yet: "China könne eine wichtige Rolle spielen".
    // (Quotation marks around the words are none: "verfolge eine „ausgewogene Position“".)
    if ((tokens[k].kind === "punct" && !QUOTE_MARK.test(tokens[k].text)) || /^(?:könne|können|könnte|könnten|müsse|müssen|müsste|müssten|solle|sollen|sollte|sollten)$/.test(tokens[k].norm)) return false;
    if (tokens[k].wordClass === "verb" || AUX_FORMS.has(tokens[k].norm)) verb = true;
  }
  // (An issue between is no other side's: "verfolge in der Ukraine-Frage eine ausgewogene Position".)
  return verb && !targets.some((o) => o !== t && !o.issue && o.from >= t.to && o.from < hit.from);
}

/**
 * The side that is the subject of a cue's clause: first in it (after a subordinator, articles and adjectives),
 * or right after the verb that opens it ("Wie aus dem Papier hervorgeht, unterstützt China Russland") or
 * follows an adverbial Vorfeld with no side in it ("Demnach unterstütze China Russland").
 */
export function clauseSubject(tokens: Token[], span: Span, hit: CueHit, inClause: TargetMention[]): TargetMention | undefined {
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
  // (A phrase with a preposition stays one with a side inside it where a side follows the finite verb: "Mit Hilfe Chinas
  // umgehe Russland die Sanktionen".)
  const sideAfterFinite = inClause.some((t) => t.from === finite + 1 || (t.from === finite + 2 && ARTICLE.test(tokens[finite + 1].norm)));
  const sideInside = inClause.some((t) => t.from >= open && t.to <= finite) && !(PREPOSITIONS.has(vorfeld[0]?.norm ?? "") && sideAfterFinite);
  const adverbial = vorfeld.length > 0 && vorfeld.length <= (PREPOSITIONS.has(vorfeld[0]?.norm ?? "") ? 7 : 4) && !vorfeld.some((t) => t.kind === "punct") && !sideInside && (PREPOSITIONS.has(vorfeld[0].norm) || vorfeld.every(adverbOnly));
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
export function objectFronted(tokens: Token[], span: Span, hit: CueHit): boolean {
  let finite = clauseOpening(tokens, span, hit.from);
  while (finite < hit.from && !(isFiniteVerb(tokens[finite]) || AUX_FORMS.has(tokens[finite].norm))) finite++;
  return finite < hit.from && finite > clauseOpening(tokens, span, hit.from) && NOMINATIVE_PRONOUN.test(tokens[finite + 1]?.norm ?? "");
}

/**
 * Is the verb at `at` in a relative clause whose pronoun may be its subject ("jeden angreifen, der Taiwan bedrohe",
 * "Länder, die China provozierten")? Then no side named in it is sure to be the subject.
 */
export function subjectRelative(tokens: Token[], span: Span, at: number): boolean {
  const open = clauseOpening(tokens, span, at);
  if (open <= span.from || tokens[open - 1].text !== "," || !/^(?:der|die|das|welcher|welche|welches)$/.test(tokens[open].norm) || !verbFinal(tokens, span, at)) return false;
  // (A finite verb in second place makes it a main clause: "…, die USA hätten China erpresst".)
  let group = at;
  while (group > open && (AUX_FORMS.has(tokens[group - 1].norm) || tokens[group - 1].wordClass === "verb")) group--;
  return !tokens.slice(open + 1, group).some((t) => isFiniteVerb(t) || AUX_FORMS.has(t.norm));
}

const SUBJECT_PRONOUNS = /^(?:ich|du|er|sie|es|wir|ihr|man|dies|das|dieser|diese|jener|jene)$/;

/** The side in a "von"/"durch" phrase just before a participle: its agent ("von den USA bedroht", "vom Anspruch Russlands verletzt"). */
export function passiveAgent(tokens: Token[], hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
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

/** A side joined to `t` by "und" ("Russland und Belarus", "Russland und die Ukraine"), as a second doer. */
export function joinedTo(tokens: Token[], t: TargetMention, targets: TargetMention[]): TargetMention[] {
  if (!/^(?:und|sowie)$/.test(tokens[t.to]?.norm ?? "")) return [];
  const from = t.to + 1 + (ARTICLE.test(tokens[t.to + 1]?.norm ?? "") ? 1 : 0);
  return targets.filter((o) => o.kind === "actor" && o.from === from && !o.modifier && !o.place);
}

/**
 * The sides a clause's subject phrase names as its doers, before the finite verb of a cue: "Die Politik der USA",
 * "Das Vorgehen Chinas", "die amerikanischen Militärübungen"; not a side it is against or about ("Die Sanktionen gegen Russland").
 */
export function subjectPhraseSides(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[], lex: StanceLexicon): TargetMention[] {
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
export function antecedentOf(tokens: Token[], span: Span, at: number): { from: number; to: number } | null {
  const comma = clauseOpening(tokens, span, at) - 1;
  if (comma <= span.from || tokens[comma].text !== ",") return null;
  let from = clauseOpening(tokens, span, comma - 1);
  for (let k = from; k < comma; k++) if (tokens[k].wordClass === "verb" || AUX_FORMS.has(tokens[k].norm)) from = k + 1;
  while (from < comma && (SUBORDINATORS.has(tokens[from].norm) || CLAUSE_CONJUNCTIONS.test(tokens[from].norm))) from++;
  // A cleft points past its "es" to what the copula names: "die NATO sei es, die die Arktis militarisiere".
  if (comma - from === 1 && tokens[from].norm === "es" && COPULAS.has(tokens[from - 1]?.norm ?? "")) {
    const copula = from - 1;
    let head = clauseOpening(tokens, span, copula);
    while (head < copula && (SUBORDINATORS.has(tokens[head].norm) || CLAUSE_CONJUNCTIONS.test(tokens[head].norm))) head++;
    // (Not a denied one: "nicht die Ukraine sei es, die den Frieden bedrohe".)
    if (/^(?:nicht|keinesfalls|niemals)$/.test(tokens[head]?.norm ?? "")) return null;
    return head < copula && !tokens.slice(head, copula).some((t) => t.kind === "punct") ? { from: head, to: copula } : null;
  }
  return from < comma && !tokens.slice(from, comma).some((t) => t.kind === "punct") ? { from, to: comma } : null;
}

/** The sides of what a relative clause at `at` speaks of: a tie's sides, whose act it is, or a side itself (see subjectPhraseSides). */
export function antecedentSides(tokens: Token[], span: Span, at: number, targets: TargetMention[], lex: StanceLexicon): TargetMention[] {
  const phrase = antecedentOf(tokens, span, at);
  return phrase ? sidesOfPhrase(tokens, phrase.from, phrase.to, targets, lex) : [];
}

/** The side named right after a noun at `at`, in the genitive or after "von": "Marionette | der USA", "Handlanger | von ExxonMobil". */
export function masterOf(tokens: Token[], at: number, targets: TargetMention[]): TargetMention | undefined {
  let j = at + 1;
  if (/^(?:von|vom)$/.test(tokens[j]?.norm ?? "")) j++;
  if (ARTICLE.test(tokens[j]?.norm ?? "")) j++;
  return targets.find((t) => t.kind === "actor" && t.from === j && !t.place);
}

/**
 * The sides of what a verb of naming calls the cue: "bezeichnete die Übungen der USA als Provokation" (between
 * the verb and "als"), "Die Übungen der USA bezeichnete sie als Provokation" (the Vorfeld, its subject a pronoun after the verb).
 */
export function calledSides(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[], lex: StanceLexicon): TargetMention[] {
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

/** The side a noun cue is said of with "als": "bezeichnete Russland als (wichtigen) Partner". */
export function calledAs(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  if (!isCapitalized(tokens[hit.at].text)) return undefined;
  let als = hit.from - 1;
  // Also one of several: "betrachte Russland als einen seiner wichtigsten Partner".
  // (Or in quotation marks: "bezeichnete China als „entscheidenden Ermöglicher“".)
  while (als > span.from && (ARTICLE.test(tokens[als].norm) || tokens[als].wordClass === "adj" || THIRD_PERSON_POSSESSIVE.test(tokens[als].norm) || /^[„“"»«]$/.test(tokens[als].text))) als--;
  if (tokens[als]?.norm !== "als") return undefined;
  // The side may stand before adverbs and a phrase of time: "hatte Deutschland in den vergangenen Wochen mehrfach als einen
  // der wichtigsten Partner bezeichnet" (no other noun, verb or comma between).
  let end = als;
  while (end > span.from && als - end < 8 && !targets.some((t) => t.to === end) && (tokens[end - 1].kind === "word" && tokens[end - 1].wordClass !== "verb" && !AUX_FORMS.has(tokens[end - 1].norm) && (!isCapitalized(tokens[end - 1].text) || isTimeWord(tokens[end - 1])))) end--;
  return targets.find((t) => t.kind === "actor" && !t.modifier && !t.place && t.to === end && (end === als || !afterPreposition(tokens, t)));
}

/**
 * The side a negated copula is said of, where the cue noun is what it is instead, after ", sondern": "Lai sei kein Beschützer
 * des Friedens, als den er sich gern darstelle, sondern ein „Kriegstreiber“", "China sei kein Rivale, sondern ein Partner".
 */
export function contrastSubject(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  if (!isCapitalized(tokens[hit.at].text)) return undefined;
  let j = hit.from - 1;
  while (j > span.from && (ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj" || /^[„“"»«]$/.test(tokens[j].text))) j--;
  if (tokens[j]?.norm !== "sondern" || tokens[j - 1]?.text !== ",") return undefined;
  // The clause before the comma, past a relative or "als" clause on its predicate ("…, als den er sich darstelle,").
  let end = j - 1;
  let open = end - 1;
  while (open > span.from && tokens[open].text !== ",") open--;
  if (tokens[open].text === "," && (RELATIVES.has(tokens[open + 1]?.norm ?? "") || /^(?:als|wie)$/.test(tokens[open + 1]?.norm ?? ""))) {
    end = open;
    open = end - 1;
    while (open > span.from && tokens[open].text !== ",") open--;
  }
  const from = tokens[open].kind === "punct" ? open + 1 : open;
  for (let k = from; k < end; k++) {
    if (!COPULAS.has(tokens[k].norm) || /^gel/.test(tokens[k].norm)) continue;
    // (Negated: "kein …" or "nicht …" after the copula.)
    if (!tokens.slice(k + 1, end).some((t) => /^(?:nicht|kein|keine|keinen|keiner)$/.test(t.norm))) return undefined;
    return targets.find((x) => x.kind === "actor" && !x.modifier && !x.place && x.to === k && x.from === from);
  }
  return undefined;
}

/** The side a copula says the cue noun is: "China ist für uns der wichtigste Partner", "China bleibe … ein unverzichtbarer Markt und Partner". */
export function predicateSubject(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
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
    const before = targets.find((x) => x.kind === "actor" && !x.modifier && !x.place && x.to === j && (x.from === from || listBefore(x)));
    if (before) return before;
    // (Or right after it, past an adverb before it: "Zugleich sei die Mongolei für Deutschland ein wichtiger Partner".)
    const vorfeld = tokens.slice(from, j);
    const adverbs = vorfeld.length > 0 && vorfeld.length <= 2 && vorfeld.every((t) => t.kind === "word" && !isCapitalized(t.text) && t.wordClass !== "verb" && !ARTICLE.test(t.norm)) || (vorfeld.length === 1 && tokens[from].wordClass !== "noun" && tokens[from].wordClass !== "name" && !targets.some((x) => x.from === from));
    const after = ARTICLE.test(tokens[j + 1]?.norm ?? "") ? j + 2 : j + 1;
    return adverbs ? targets.find((x) => x.kind === "actor" && !x.modifier && !x.place && x.from === after && x.to < hit.from) : undefined;
  }
  return undefined;
}

/** "…, indem es …": the side the subordinate clause's pronoun subject stands for, the first side of the span before it. */
export function pronounSubject(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  const open = clauseOpening(tokens, span, hit.at);
  const bare = (t: TargetMention) => t.kind === "actor" && !t.place && !t.modifier && !afterPreposition(tokens, t);
  // (Or a main clause a pronoun opens, in words quoted after a sentence that names the side: "China liefert keine Waffen,
  // aber die Technologie dafür. Es hilft also tatsächlich Russland.")
  let sentenceStart = hit.at;
  while (sentenceStart > open && !/^[.!?]$/.test(tokens[sentenceStart - 1].text)) sentenceStart--;
  if (sentenceStart > span.from && sentenceStart > open && tokens[sentenceStart].norm === "es" && isFiniteVerb(tokens[sentenceStart + 1])) return targets.filter((t) => bare(t) && t.to <= sentenceStart).pop();
  if (open <= span.from || !SUBORDINATORS.has(tokens[open].norm) || !/^(?:es|er|sie)$/.test(tokens[open + 1]?.norm ?? "")) return undefined;
  return targets.find((t) => t.to <= open && bare(t));
}

/** The sides in a genitive list after the cue's noun: "gemeinsame Manöver der USA und Japans" → USA, Japan. */
export function jointOwners(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention[] {
  let noun = hit.at;
  while (noun < Math.min(span.to, hit.at + 3) && !isCapitalized(tokens[noun].text)) noun++;
  if (noun >= span.to || !isCapitalized(tokens[noun].text)) return [];
  const from = /^(?:der|des)$/.test(tokens[noun + 1]?.norm ?? "") ? noun + 2 : noun + 1;
  const first = targets.find((t) => t.from === from && !t.modifier);
  // (The pair "beider Länder" stands for are two targets at one place: "die Zusammenarbeit beider Länder".)
  return first ? [...targets.filter((t) => t.from === from && !t.modifier), ...coordinatedWith(tokens, first, targets)] : [];
}

/**
 * The sides a noun of a tie at `hit` is of: its genitives ("die Zusammenarbeit beider Länder", "der USA und Japans"), with
 * a side after "mit" right after them ("die Kooperation Chinas mit Russland"), or those after "zwischen" ("die Partnerschaft
 * zwischen Peking und Moskau"); none unless two.
 */
export function tieHolders(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention[] {
  const sides = targets.filter((t) => t.kind === "actor" && !t.place);
  const owners = jointOwners(tokens, span, hit, sides);
  const last = owners.reduce((end, t) => Math.max(end, t.to), -1);
  const partner = last >= 0 && /^(?:mit|und)$/.test(tokens[last]?.norm ?? "") ? sides.find((t) => t.from > last && t.from <= last + 2) : undefined;
  if (partner) owners.push(partner, ...coordinatedWith(tokens, partner, sides));
  if (owners.length === 0 && /^zwischen$/.test(tokens[hit.at + 1]?.norm ?? "")) {
    const first = sides.find((t) => t.from > hit.at + 1 && t.from <= hit.at + 3);
    if (first) owners.push(first, ...coordinatedWith(tokens, first, sides));
  }
  return owners.length >= 2 ? owners : [];
}

/** A side named on its own by a noun or name, not inside a phrase: no preposition or genitive article before it ("Deutschland", "die USA"). */
export function bareSide(tokens: Token[], t: TargetMention): boolean {
  // (So is the pair "beide Länder" stands for: "bereit, beide Länder bei den Verhandlungen zu unterstützen".)
  const first = /^beid/.test(tokens[t.from].norm) ? t.from + 1 : t.from;
  if (!isCapitalized(tokens[first].text) || tokens[first].wordClass === "adj") return false;
  let j = t.from - 1;
  while (tokens[j] && (ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj")) j--;
  return !PREPOSITIONS.has(tokens[j]?.norm ?? "") && tokens[j]?.wordClass !== "noun" && !/^(?:des|der)$/.test(tokens[t.from - 1]?.norm ?? "");
}

/**
 * Is side t the object fronted before its finite verb, the subject a pronoun or the speaker right after the verb:
 * "Russland und China dankte er für ihre Haltung", "Den Demonstrierenden dankte sie"?
 */
export function frontedObject(tokens: Token[], span: Span, hit: CueHit, t: TargetMention, inSpeaker: (k: number) => boolean): boolean {
  const open = clauseOpening(tokens, span, hit.from);
  // A participle ends its clause with its object before it, after the auxiliary: "hat die Regierung in Peking vor einer
  // Eskalation gewarnt", "hatte die USA scharf kritisiert".
  if (hit.from === hit.at && isParticipleForm(tokens[hit.at]) && t.from >= open && (bareSide(tokens, t) || namedBySeat(tokens, t)) && tokens.slice(open, t.from).some((x) => AUX_FORMS.has(x.norm)) && !tokens.slice(t.to, hit.at).some((x) => x.kind === "punct" || x.wordClass === "verb")) return true;
  // (An article opening the clause is the object's too: "Der KFOR dankte er ausdrücklich", "Den USA warf sie vor …".)
  // (So are a focus particle before it, "Auch die deutsche Politik kritisierte der Republikaner", and a noun phrase of a
  // side's with it: "Der EU und den europäischen Partnern dankte Selenskyj".)
  if (!isFiniteVerb(tokens[hit.from]) || t.from < open) return false;
  const first = FOCUS_PARTICLE.test(tokens[open].norm) ? open + 1 : open;
  // (Not a side in a topic that opens the clause: "Mit Blick auf die Gespräche zwischen Washington und Moskau warnte Kallas
  // vor einem Deal".)
  if (TOPIC_OPENER.test(tokens[first].norm) || (/^(?:mit|im)$/.test(tokens[first].norm) && /^(?:blick|hinblick)$/.test(tokens[first + 1]?.norm ?? "")) || (tokens[first].norm === "vor" && tokens[first + 2]?.norm === "hintergrund")) return false;
  // (With its attributes: "Die Forderung Selenskyjs nach einer europäischen Armee lehnte der Kremlsprecher ab".)
  const phrase = (x: Token, i: number) => x.norm === "und" || x.text === "," || ARTICLE.test(x.norm) || x.wordClass === "adj" || (x.kind === "word" && isCapitalized(x.text) && x.wordClass !== "verb") || (i > 0 && PREPOSITIONS.has(x.norm));
  // (Or a list of sides: "Auch China, Saudi-Arabien, der Türkei … dankte Sharif".)
  const opens = ARTICLE.test(tokens[first].norm) || t.from === first;
  const objects = opens && tokens.slice(first, hit.from).every(phrase) && !tokens.slice(first, hit.from).some((x) => x.wordClass === "verb");
  if (!(bareSide(tokens, t) || (t.from === first + 1 && ARTICLE.test(tokens[first].norm)) || (objects && t.from > first))) return false;
  if (!objects && tokens.slice(t.to, hit.from).some((x) => x.norm !== "und" && x.text !== ",")) return false;
  const next = hit.from + 1;
  return /^(?:er|sie|wir|ich|man)$/.test(tokens[next]?.norm ?? "") || (next < span.to && inSpeaker(next));
}

const FOCUS_PARTICLE = /^(?:auch|selbst|sogar|gerade|besonders|vor allem)$/;
const TOPIC_OPENER = /^(?:angesichts|hinsichtlich|bezüglich|betreffend|wegen)$/;

/** Does a side follow the participle at hit as its agent: "unterstützt von offiziellen Stellen in Belgrad", "gebilligt vom Kreml"? */
export function agentAfter(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): boolean {
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
export function objectBetween(tokens: Token[], from: number, to: number, targets: TargetMention[]): boolean {
  for (let k = from; k < to; k++) {
    if (!ARTICLE.test(tokens[k].norm)) continue;
    for (let n = k + 1; n < Math.min(to, k + 4); n++) if (tokens[n].wordClass === "noun" && isCapitalized(tokens[n].text) && !targets.some((t) => t.from <= n && n < t.to)) return true;
  }
  return false;
}

/** Is the demonym noun at k counted: an indefinite article or a number before it, adjectives between ("ein 34-jähriger Türke", "zwei Chinesen")? */
export function countedPersons(tokens: Token[], k: number, span: Span): boolean {
  let j = k - 1;
  while (j >= span.from && tokens[j].wordClass === "adj" && !isCapitalized(tokens[j].text)) j--;
  return j >= span.from && (/^(?:ein|eine|einen|einem|einer|zwei|drei|vier|mehrere|einige)$/.test(tokens[j].norm) || tokens[j].kind === "number");
}

/**
 * Is t the subject of a dass-clause right after the cue: "werde nicht zulassen, dass das Regime in Teheran
 * Atomwaffen erlange"? No verb between "dass" and it, and a short phrase only. (Asked of opposing cues only:
 * "es sei festzuhalten, dass alle EU-Staaten …" praises no one.)
 */
export function dassSubject(tokens: Token[], at: number, t: TargetMention): boolean {
  const dass = complementAfter(tokens, at);
  if (dass < 0 || t.from <= dass || t.from - dass > 6) return false;
  // (Not a side after a preposition, in another noun's phrase: "dass die Unterstützung für die Ukraine nachlasse"; but a
  // government by its seat: "dass das Regime in Teheran Atomwaffen erlange".)
  for (let k = dass + 1; k < t.from; k++) if (tokens[k].wordClass === "verb" || tokens[k].kind === "punct" || (PREPOSITIONS.has(tokens[k].norm) && !namedBySeat(tokens, t))) return false;
  // (Not the subject of a passive, to whom it is done: "nicht tatenlos zusehen, wie die Ukraine zerstört werde".)
  return !passiveAfter(tokens, t.to);
}

/**
 * Is side t the land an invasion's genitive names, its victim ("die Invasion der Ukraine"), not its agent? Not a people
 * ("die Invasion der Russen"), nor with where the invasion went after it: "die Invasion der USA im Irak".
 */
export function invaded(tokens: Token[], t: TargetMention): boolean {
  // (A name, not a demonym before its troops: "die Invasion der russischen Truppen".)
  // (Nor one that invades a place after it, "die Invasion des Irak in Kuwait"; "in der Lage" is no place.)
  const into = /^(?:in|im|ins|auf|nach)$/.test(tokens[t.to]?.norm ?? "") && tokens[t.to + 2]?.norm !== "lage";
  const name = !t.modifier && !t.people && isCapitalized(tokens[t.from].text) && tokens[t.from].wordClass !== "adj" && !into;
  if (name && /^(?:der|des)$/.test(tokens[t.from - 1]?.norm ?? "") && /invasion$/.test(tokens[t.from - 2]?.lemma.toLowerCase() ?? "")) return true;
  // A bare genitive of one that may come names whom it would hit: "zu einer Invasion Taiwans in der Lage", "eine mögliche
  // Invasion Taiwans" (one told, "seit der Invasion Russlands", may be by or of the side).
  if (!name || !/invasion$/.test(tokens[t.from - 1]?.lemma.toLowerCase() ?? "") || !/s$/.test(tokens[t.to - 1].text)) return false;
  let j = t.from - 2;
  while (j >= 0 && tokens[j].wordClass === "adj" && !isCapitalized(tokens[j].text)) j--;
  return /^(?:ein|eine|einer|einen|einem|jede|jeder|jeden)$/.test(tokens[j]?.norm ?? "");
}

/** The subject of the "dass"/"wenn" clause a predicate judges: "Es sei heuchlerisch, dass die USA …", "Es ist inakzeptabel, wenn Peking …". */
export function extraposedSubject(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
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

/** The speaker's phrase inside the statement with a name set off after it ("die Sprecherin …, Mao Ning,"), up to its closing comma; else null. */
export function speakerInside(tokens: Token[], span: Span, inSpeaker: (k: number) => boolean): Span | null {
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
