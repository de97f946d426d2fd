// Reporting verbs in their clause: whether a token is a reporting verb in use
// (verbHit: particle, companions, modal or auxiliary), where clauses start and end, the
// end of the Vorfeld, participles and infinitives. Shared by frames, quotes and phrases.
import type { Sentence, Token } from "../text.js";
import { DETERMINERS, PREPOSITIONS, COMPLEMENTIZERS, RELATIVES, COORDINATORS, AUX_FORMS, SUBORDINATORS, ZU_INFINITIVE, isCapitalized, isComma, isTimeWord } from "./words.js";
import { PARTICLE_SET, type ReportingVerb, type VerbForm } from "./lexicon.js";
import { inQuote, type DocContext } from "./context.js";

export interface VerbHit extends VerbForm {
  /** Index of the separated particle, when there is one. */
  particleAt: number | null;
  /** A participle written apart from its particle just before it ("bekannt gegeben"). */
  apart?: true;
}

/** Is token k a reporting verb (with its particle and companions in place)? */
export function verbHit(ctx: DocContext, k: number, end: number, allowCapital: boolean, anyCompanion = false): VerbHit | null {
  const { tokens, sentences } = ctx.layer;
  const t = tokens[k];
  if (!t || t.kind !== "word" || inQuote(ctx, k)) return null;
  const s = sentences[t.sentence];
  const sentenceInitial = k === s.tokenStart || ctx.quoteOf[k - 1] === -2;
  // A capitalised word inside the sentence is no verb here: no need to look it up.
  if (isCapitalized(t) && !sentenceInitial && !allowCapital) return null;
  // A particle written apart from its participle ("bekannt gegeben", "fest gestellt") reads as the joined form.
  const before = tokens[k - 1];
  const joined = t.norm.startsWith("ge") && before && PARTICLE_SET.has(before.norm) && before.sentence === t.sentence ? ctx.lex.forms.get(before.norm + t.norm) : undefined;
  const readings = joined && joined.some((r) => r.form === "participle") ? joined.filter((r) => r.form === "participle") : ctx.lex.forms.get(t.norm);
  if (!readings) return null;
  if (isCapitalized(t) && !sentenceInitial && tokens[k - 1] && DETERMINERS.has(tokens[k - 1].norm)) return null; // "das Schreiben"
  if (isAttributiveParticiple(ctx, k, s)) return null; // "die kritisierte Regierung"
  // The best reading and its particle; the hit is built once, for the reading chosen.
  let best: VerbForm | null = null;
  let bestParticleAt: number | null = null;
  for (const r of readings) {
    let particleAt: number | null = null;
    if (r.particle) {
      particleAt = findParticle(ctx, k, r.particle, s);
      if (particleAt === null) continue;
    }
    if (r.form === "participle" && !hasAuxBefore(ctx, k, s)) continue;
    // An infinitive frames only after a modal or "werden" ("musste er betonen, dass …", "wird … ankündigen").
    if (r.form === "infinitive" && !(r.verb.frames.has("indirect") && modalBefore(ctx, k, s))) continue;
    // A verb at the end of its clause (participle, infinitive) has its companions anywhere in the Mittelfeld before it.
    const verbFinal = r.form === "participle" || r.form === "infinitive";
    if (!anyCompanion && !companionsPresent(ctx, k, r.verb, s, end, verbFinal)) continue;
    // Without its companion only a real speech verb frames a quotation ("zeigen", "sein" do not).
    if (anyCompanion && r.verb.companions.length > 0 && !r.verb.frames.has("direct") && !companionsPresent(ctx, k, r.verb, s, end, verbFinal)) continue;
    // Prefer the particle verb when its particle is there ("wies … zurück" over "weisen"), and the
    // participle after an auxiliary in its clause where a form is both ("hat … kritisiert", "hat … dementiert").
    if (!best || (r.particle && !best.particle) || (r.form === "participle" && best.form === "finite" && !best.particle && hasAuxBefore(ctx, k, s, true))) [best, bestParticleAt] = [r, particleAt];
  }
  if (!best) return null;
  const konjunktiv = best.konjunktiv || (best.form === "finite" && ctx.lex.konjunktivAfterNoun.has(t.norm) && tokens[k - 1]?.wordClass === "noun");
  const hit: VerbHit = { verb: best.verb, form: best.form, particle: best.particle, konjunktiv, particleAt: bestParticleAt };
  if (joined && best.form === "participle") hit.apart = true;
  return hit;
}

// Endings a participle takes as an adjective, and the ones each article leaves it.
const ADJECTIVE_ENDING = /^(.{3,}?)(e|en|er|es|em)$/;
const ENDINGS_AFTER: Record<string, string[]> = {
  das: ["e"], dieses: ["e"], jenes: ["e"], welches: ["e"],
  den: ["en"], dem: ["en"], des: ["en"], einen: ["en"], einem: ["en"], eines: ["en"], einer: ["en"], keinen: ["en"], keinem: ["en"],
  ein: ["er", "es"], kein: ["er", "es"], sein: ["er", "es"], ihr: ["er", "es"], unser: ["er", "es"],
};
const AGENT_PREPOSITIONS = new Set(["von", "vom", "durch"]);
// Past participles of weak verbs: "gemeldet", "veröffentlicht", "bestätigt", "kritisiert".
const PARTICIPLE_SHAPE = /^(?:\p{Ll}*ge\p{Ll}+t|(?:be|ver|er|ent|zer|miss)\p{Ll}+t|\p{Ll}+iert)$/u;
// Adverbs between the article and the participle ("ein nie erklärter Krieg"); adverbial
// adjectives ("die scharf kritisierte Reform") are told by their word class.
const PARTICIPLE_ADVERBS = new Set("nicht nie kaum bereits schon oft vielfach mehrfach viel lange weithin so zuvor bisher noch selbst eigens erst jüngst kürzlich".split(" "));
const isParticipleModifier = (t: Token, s: Sentence) => (t.index === s.tokenStart || !isCapitalized(t)) && (t.wordClass === "adj" || PARTICIPLE_ADVERBS.has(t.norm));

/**
 * An inflected participle before its noun is an adjective, not the verb of its clause: "die
 * kritisierte Regierung", "nicht erklärte Streiks", "ein erklärter Gegner". Verbs without
 * ge- (erklären, kritisieren, betonen) spell it like their past tense, told apart by what
 * stands around it: an article or preposition before (with the ending the article asks
 * for), a common noun after ("Das erklärte Putin" and "Das betonte Außenminister Wang" are
 * verbs, a name follows).
 */
function isAttributiveParticiple(ctx: DocContext, k: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  const t = tokens[k];
  const ending = ADJECTIVE_ENDING.exec(t.norm);
  // A participle of a reporting verb, or of any verb by its shape ("in der am Mittwoch veröffentlichten Erklärung").
  const participle = ending !== null && (ctx.lex.forms.get(ending[1])?.some((r) => r.form === "participle") || (t.wordClass === "verb" && PARTICIPLE_SHAPE.test(ending[1])));
  // An object inside the phrase after its article: "das dem Ministerium (in Moskau) unterstellte (Africa) Korps".
  for (let d = k - 2; d >= Math.max(s.tokenStart, k - 6); d--) if (attributeEnd(ctx, d, s.tokenEnd) === k) return true;
  if (!ending || isCapitalized(t) || !participle) return false;
  // The noun after, perhaps after one more adjective; no name in it.
  let head = k + 1;
  if (tokens[head]?.wordClass === "adj" && !isCapitalized(tokens[head])) head++;
  // (Also a name in quotation marks: "der selbst ernannten „Volksrepublik Donezk“".)
  const quoted = ctx.quoteOf[head] === -2;
  if (quoted) head++;
  const noun = tokens[head];
  if (!noun || head >= s.tokenEnd || noun.wordClass !== "noun" || !isCapitalized(noun)) return false;
  // A title before a name is the subject: "Das bestätigte Staatsanwalt Jean-Pierre Valensi".
  const next = tokens[head + 1];
  if (!quoted && next && head + 1 < s.tokenEnd && next.kind === "word" && isCapitalized(next) && next.wordClass !== "noun") return false;
  if (ctx.mentions.some((m) => m.type === "person" && m.end > tokens[k + 1].start && m.start < (tokens[head + 2] ?? noun).end)) return false;
  // The noun phrase is the subject of a finite verb right after it: "… der Komplizenschaft beschuldigte Personen müssen sich …".
  if (k > s.tokenStart && next && head + 1 < s.tokenEnd && AUX_FORMS.has(next.norm) && !isComma(tokens[k - 1])) return true;
  // The article or preposition before, perhaps before a modifier or two.
  let left = k - 1;
  const skipModifiers = () => {
    for (let n = 0; n < 2 && left >= s.tokenStart && isParticipleModifier(tokens[left], s); n++) left--;
  };
  skipModifiers();
  // A time inside the phrase: "in der am Mittwoch veröffentlichten Erklärung".
  if (left > s.tokenStart && isTimeWord(tokens[left]) && /^(?:am|im|vom|seit)$/.test(tokens[left - 1].norm)) {
    left -= 2;
    skipModifiers();
  }
  // An agent inside the phrase: "die von Peking (scharf) kritisierte Reform".
  for (let j = left; j >= Math.max(s.tokenStart, left - 4); j--) {
    if (AGENT_PREPOSITIONS.has(tokens[j].norm) && j < left) {
      left = j - 1;
      skipModifiers();
      break;
    }
    if (!isCapitalized(tokens[j]) && !DETERMINERS.has(tokens[j].norm) && tokens[j].wordClass !== "adj") break;
  }
  if (left < s.tokenStart) return left < k - 1 && tokens[s.tokenStart].norm === "nicht"; // "Nicht erklärte Streiks …"
  const before = tokens[left].norm;
  if (PREPOSITIONS.has(before)) return true;
  if (!DETERMINERS.has(before)) return false;
  return ENDINGS_AFTER[before]?.includes(ending[2]) ?? true;
}

// Articles that may open a phrase with an extended attribute ("das dem Ministerium unterstellte Korps"); not "vier seiner".
const ATTRIBUTE_ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|diese[rnms]?)$/;

/**
 * The closing word of an extended attribute after the article at k, -1 if none: "einer im Staatsfernsehen verlesenen
 * Erklärung", "das dem Verteidigungsministerium unterstellte Africa Corps" (→ "unterstellte"). It opens with a preposition
 * or an article and ends, right before a capitalised word, with a participle or adjective in -e/-en/-er/-es/-em.
 */
export function attributeEnd(ctx: DocContext, k: number, to: number): number {
  const { tokens } = ctx.layer;
  if (!ATTRIBUTE_ARTICLE.test(tokens[k].norm) || k + 1 >= to || !(PREPOSITIONS.has(tokens[k + 1].norm) || DETERMINERS.has(tokens[k + 1].norm))) return -1;
  // (The last such word before the noun: in "am späten Sonntagabend veröffentlichten Erklärung" "späten" is the phrase's own.)
  const endsAttribute = (i: number) => tokens[i] !== undefined && !isCapitalized(tokens[i]) && /\p{Ll}(?:en|er|es|em|e)$/u.test(tokens[i].text) && (tokens[i].wordClass === "adj" || tokens[i].wordClass === "verb") && tokens[i + 1] !== undefined && isCapitalized(tokens[i + 1]) && tokens[i + 1].wordClass !== "function";
  const closes = (i: number) => endsAttribute(i) && !endsAttribute(i + 2);
  // (The attribute holds no finite verb, and its closing word follows no article: "Laut den beiden Ministern sei die
  // große Koalition …", "die beiden Anwälte der betroffenen Familien".)
  let j = k + 2;
  while (j < to && j < k + 7 && tokens[j].kind === "word" && !AUX_FORMS.has(tokens[j].norm) && !(closes(j) && !/^(?:der|die|das|dem|den|des)$/.test(tokens[j - 1].norm))) j++;
  return j < to && j < k + 7 && tokens[j].kind === "word" && closes(j) ? j : -1;
}

/** A separated particle closes its clause: followed by punctuation, a conjunction or the end. */
function findParticle(ctx: DocContext, k: number, particle: string, s: Sentence): number | null {
  const { tokens } = ctx.layer;
  for (let j = k + 1; j < s.tokenEnd; j++) {
    const t = tokens[j];
    if (inQuote(ctx, j)) continue;
    if (COMPLEMENTIZERS.has(t.norm) && isComma(tokens[j - 1]) && t.norm !== "wie") return null;
    if (t.norm === particle) {
      const next = tokens[j + 1];
      if (!next || next.sentence !== s.index || next.kind === "punct" || COORDINATORS.has(next.norm)) return j;
    }
  }
  return null;
}

const MODALS = /^(muss|musste|müsse|müsste|kann|konnte|könne|könnte|will|wollte|wolle|soll|sollte|möchte|darf|durfte|dürfe|wird|werden|wurde|würde|werde|müssen|mussten|können|konnten|wollen|wollten|sollen|sollten|möchten|dürfen|durften|würden|wollen|lässt|ließ|ließen|ließe)$/;

/** A finite modal or "werden" earlier in the clause, with the infinitive at the clause end. */
function modalBefore(ctx: DocContext, k: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  const next = tokens[k + 1];
  if (next && next.sentence === s.index && !/^[,:;.!?–—]$/.test(next.text) && !COORDINATORS.has(next.norm)) return false;
  for (let j = k - 1; j >= s.tokenStart && k - j <= 20; j--) {
    if (inQuote(ctx, j)) continue;
    if (MODALS.test(tokens[j].norm)) return true;
    if (/^[,;:]$/.test(tokens[j].text)) break;
  }
  return false;
}

/**
 * An auxiliary before verb k (quotations skipped), at most 30 tokens back and not past a colon
 * or semicolon, or with `clause` not past the comma before it; or right after it. "…, hatte X
 * gesagt" after a quotation starts its clause with the auxiliary; "gesagt hatte" is verb-final.
 */
function hasAuxBefore(ctx: DocContext, k: number, s: Sentence, clause = false): boolean {
  const { tokens } = ctx.layer;
  const stop = clause ? /^[,;:]$/ : /^[;:]$/;
  for (let j = k - 1; j >= s.tokenStart && k - j <= 30; j--) {
    if (inQuote(ctx, j)) continue;
    if (AUX_FORMS.has(tokens[j].norm)) return true;
    if (stop.test(tokens[j].text)) break;
  }
  return AUX_FORMS.has(tokens[k + 1]?.norm ?? "");
}

function companionsPresent(ctx: DocContext, k: number, verb: ReportingVerb, s: Sentence, end: number, verbFinal: boolean): boolean {
  if (verb.companions.length === 0 && verb.excluded.length === 0) return true;
  const words = clauseWords(ctx, k, s, end, 12, verbFinal);
  if (!companionWords(verb).every((group) => group.some((parts) => parts.every((part) => words.has(part))))) return false;
  // A word that rules the verb out may stand further off: "verurteilte ihn … trotz einer Erkrankung zu einer Haft".
  const clause = verb.excluded.length > 0 ? clauseWords(ctx, k, s, end, 30, verbFinal) : words;
  return !verb.excluded.some((w) => (w.startsWith("*") ? [...clause].some((c) => c.endsWith(w.slice(1))) : clause.has(w)));
}

/** A word of `reported(…)`: the word itself, or with "*" before it a compound's head ("*kurs": "Sparkurs"). */
const isWanted = (w: string, norm: string) => (w.startsWith("*") ? norm.endsWith(w.slice(1)) : norm === w);

/**
 * May the verb summarise a speech act here: not negated where that says nothing was said ("!@negated": "hat den
 * Angriff nicht verurteilt"), and, for a verb that frames one only with certain words ("drohte … mit"), with one of them in its clause?
 */
export function reportedCompanion(ctx: DocContext, k: number, hit: VerbHit, s: Sentence): boolean {
  if (hit.verb.notNegated && negatedSpeechAct(ctx, k, hit, s)) return false;
  if (hit.verb.lemma === "äußern" && onlyAnnounced(ctx, k, s)) return false;
  // "die sich selbst „Rat für …“ nennt", "nennt sich „Volksrepublik“": a name taken, no speech act.
  if (hit.verb.lemma === "nennen" && selfNamed(ctx, k, s)) return false;
  const wanted = hit.verb.reportedWith;
  if (!wanted) return true;
  const { tokens } = ctx.layer;
  // After a finite verb ("drohte dem Westen mit …"); before a verb-final one, in its Mittelfeld ("hat … mit … gedroht"),
  // never the clause's first word ("Damit droht der Ukraine eine Niederlage", "Mit dem Urteil droht …").
  const verbFinal = hit.form === "participle" || hit.form === "infinitive";
  const open = clauseStartOf(ctx, k, s);
  const from = verbFinal ? open + 1 : k + 1;
  const to = Math.min(clauseEnd(ctx, k + 1), k + 13);
  // ("mit+kritik": the second word within three after the first, "reagierte mit scharfer Kritik", not "reagierte auf die Kritik".)
  const pairAt = (w: string, j: number) => {
    const [first, second] = w.split("+");
    return tokens[j].norm === first && [1, 2, 3].some((d) => j + d < to && isWanted(second, tokens[j + d].norm));
  };
  for (let j = from; j < to; j++) if (j !== k && !inQuote(ctx, j) && wanted.some((w) => (w.includes("+") ? pairAt(w, j) : isWanted(w, tokens[j].norm)))) return true;
  return false;
}

/** Is "sich" the object of the verb at k: right after it, or in its clause before it when it ends the clause? */
function selfNamed(ctx: DocContext, k: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  if (tokens[k + 1]?.norm === "sich") return true;
  const end = clauseEnd(ctx, k + 1);
  if (end > k + 1 && !/^[,.;:!?)–]$/.test(tokens[k + 1]?.text ?? ".") && !/^(?:und|oder)$/.test(tokens[k + 1].norm)) return false;
  for (let j = clauseStartOf(ctx, k, s); j < k && j < end; j++) if (tokens[j].norm === "sich") return true;
  return false;
}

/**
 * "Siluanow äußerte sich am Dienstag erstmals öffentlich zu dem Thema": "sich äußern zu" with nothing said of how
 * announces the words that follow; "äußerte sich besorgt", "ähnlich äußerte sich X", "äußerte Kritik" say something.
 */
function onlyAnnounced(ctx: DocContext, k: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  const open = clauseStartOf(ctx, k, s);
  const end = clauseEnd(ctx, k + 1);
  let reflexive = false;
  let topic = false;
  // "äußerte sich in den Auszügen nicht direkt zum Krieg": nothing said.
  for (let j = k + 1; j < end; j++) if (NEGATORS.has(tokens[j].norm) && tokens[j + 1]?.norm !== "nur" && tokens.slice(open, end).some((t) => t.norm === "sich")) return true;
  for (let j = open; j < end; j++) {
    const t = tokens[j];
    if (t.norm === "sich") reflexive = true;
    else if (/^(?:zu|zum|zur)$/.test(t.norm)) topic = true;
    // How it was said: an adjective or adverb other than of time and manner of delivery.
    else if (j !== k && (t.wordClass === "adj" || SIMILARLY.has(t.norm)) && !DELIVERY.has(t.norm)) return false;
  }
  // (Or nothing at all, the sentence ending after who and where: "In Tokio äußerte sich Regierungssprecher Yoshimasa Hayashi.")
  // (No word of how: "äußerte sich besorgt" says something.)
  const nothing = end >= s.tokenEnd - 1 && /^[.!]$/.test(tokens[s.tokenEnd - 1]?.text ?? "") && tokens.slice(open, end).every((t, i) => open + i === k || t.kind === "punct" || isCapitalized(t) || t.wordClass === "function" || DELIVERY.has(t.norm)) && !tokens.slice(k + 1, end).some((t) => t.text === ":" || inQuote(ctx, t.index));
  return reflexive && (topic || nothing);
}
const SIMILARLY = new Set(["ähnlich", "ebenso", "ebenfalls", "entsprechend", "gleichlautend", "so"]);
// (Restraint too is a manner that says nothing: "Die EU-Kommission äußerte sich zurückhaltender", as "reagierte zurückhaltend" is no speech act.)
const DELIVERY = new Set(["öffentlich", "erstmals", "erneut", "ausführlich", "persönlich", "schriftlich", "mündlich", "offiziell", "bisher", "zunächst", "später", "bereits", "heute", "gestern", "kurz", "knapp", "nun", "jetzt", "zurückhaltend", "zurückhaltender", "vorsichtig", "vorsichtiger", "bedeckt", "zögerlich", "zögernd"]);

const NEGATORS = new Set(["nicht", "nie", "niemals"]);
// Adverbs of how a speech act is made, between a negator and it: "nicht offiziell bestätigt" (not "als nicht hilfreich kritisiert").
const OFFICIAL_MANNER = /^(?:offiziell|öffentlich|ausdrücklich|formell|explizit|direkt|schriftlich|unabhängig)$/;
const NEGATION_PREFIX = new Set(["sich", "zunächst", "bislang", "bisher", "noch", "vorerst", "dazu", "darüber", "offiziell"]);

/**
 * Is the speech act itself negated, so that nothing was said: "China hat den Angriff bis heute nicht verurteilt",
 * "Peking verurteilte den Angriff nicht", "kritisierte nie …"; not "nicht nur".
 */
export function negatedSpeechAct(ctx: DocContext, k: number, hit: VerbHit, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  // (Past an adverb: "nicht offiziell bestätigt"; or the second of "weder … noch": "weder bestätigt noch dementiert".)
  if (hit.form === "participle" || hit.form === "infinitive") {
    const before = tokens[k - 1]?.norm ?? "";
    const pastAdverb = OFFICIAL_MANNER.test(tokens[k - 1]?.norm ?? "") && NEGATORS.has(tokens[k - 2]?.norm ?? "");
    const neither = before === "noch" && tokens.slice(Math.max(s.tokenStart, k - 6), k - 1).some((t) => t.norm === "weder");
    return NEGATORS.has(before) || before === "weder" || pastAdverb || neither;
  }
  // Right after the verb, past a reflexive and adverbs of time: "äußerte sich zunächst nicht öffentlich zu …".
  let next = k + 1;
  while (next < k + 4 && NEGATION_PREFIX.has(tokens[next]?.norm ?? "")) next++;
  if (NEGATORS.has(tokens[next]?.norm ?? "") && tokens[next + 1]?.norm !== "nur") return true;
  // At the end of its clause, before the particle if any: "verurteilte den Angriff nicht", "wies die Kritik nicht zurück".
  // (clauseEnd is the comma after the clause or the sentence's end; a full stop may close it.)
  let last = clauseEnd(ctx, k + 1) - 1;
  if (tokens[last]?.kind === "punct") last--;
  if (hit.particle !== null && tokens[last]?.norm === hit.particle) last--;
  return last > k && last < s.tokenEnd && NEGATORS.has(tokens[last].norm);
}

/**
 * The words around verb k where its companions may stand, up to `reach` tokens after it (k itself and
 * quotations left out): three words back, or back to the clause's start for a verb that ends its clause
 * ("hat die Beziehungen als „stabiler denn je“ bezeichnet").
 */
function clauseWords(ctx: DocContext, k: number, s: Sentence, end: number, reach: number, verbFinal: boolean): Set<string> {
  const { tokens } = ctx.layer;
  // Quotation marks do not count: "als „Feind“ bezeichnet".
  let from = k;
  const back = verbFinal ? Math.max(3, k - clauseStartOf(ctx, k, s)) : 3;
  for (let n = 0; n < back && from > s.tokenStart; ) if (ctx.quoteOf[--from] !== -2) n++;
  const to = Math.min(s.tokenEnd, Math.max(end, k + 1), k + reach);
  const words = new Set<string>();
  for (let j = from; j < to; j++) if (j !== k && (!inQuote(ctx, j) || inShortQuote(ctx, j))) words.add(tokens[j].norm);
  // The right bracket of a longer clause, its last three words: "gab X (SPÖ) am Montag bei einer
  // Pressekonferenz in Wien zu bedenken", "zeigte sich … mit dem Ergebnis zufrieden".
  const clauseTo = Math.min(clauseEnd(ctx, k + 1), Math.max(end, k + 1));
  for (let j = clauseTo - 1, n = 0; j >= to && n < 3; j--) {
    if (tokens[j].kind !== "word" || inQuote(ctx, j)) continue;
    words.add(tokens[j].norm);
    n++;
  }
  return words;
}

/** A token of a quoted fragment of up to three words, part of the writer's clause: "zeigte sich „zutiefst bestürzt“". */
function inShortQuote(ctx: DocContext, j: number): boolean {
  const q = ctx.quoteOf[j];
  if (q < 0) return false;
  let from = j;
  let to = j;
  while (from > 0 && ctx.quoteOf[from - 1] === q) from--;
  while (to + 1 < ctx.quoteOf.length && ctx.quoteOf[to + 1] === q) to++;
  return to - from < 3;
}

const companionIndex = new WeakMap<ReportingVerb, string[][][]>();
/** A verb's companion groups with each alternative split into its words ("zum Ausdruck"). */
function companionWords(verb: ReportingVerb): string[][][] {
  let groups = companionIndex.get(verb);
  if (!groups) companionIndex.set(verb, (groups = verb.companions.map((group) => group.map((w) => w.split(" ")))));
  return groups;
}

export function cueText(ctx: DocContext, k: number, hit: VerbHit): string {
  const { tokens } = ctx.layer;
  if (hit.apart) return `${tokens[k - 1].text} ${tokens[k].text}`;
  return hit.particleAt !== null ? `${tokens[k].text} ${tokens[hit.particleAt].text}` : tokens[k].text;
}

/** End (exclusive token index) of the clause starting at k: the next comma, colon or sentence end. */
export function clauseEnd(ctx: DocContext, k: number): number {
  const { tokens, sentences } = ctx.layer;
  // Past the last token (a text ending in "…, betonte"): the clause is empty.
  if (k >= tokens.length) return tokens.length;
  const s = sentences[tokens[k].sentence];
  for (let j = k; j < s.tokenEnd; j++) if (!inQuote(ctx, j) && /^[,;:–—]$/.test(tokens[j].text)) return j;
  return s.tokenEnd;
}

/** Index of the first token of the clause that holds token k (after the last comma at depth 0). */
export function clauseStartOf(ctx: DocContext, k: number, s: Sentence): number {
  const { tokens } = ctx.layer;
  for (let j = k - 1; j >= s.tokenStart; j--) if (!inQuote(ctx, j) && /^[,;:–—(]$/.test(tokens[j].text)) return j + 1;
  return s.tokenStart;
}

/** First finite-looking verb of the sentence outside quotations: the end of the Vorfeld. */
export function firstVerbIndex(ctx: DocContext, s: Sentence): number {
  // (Cached per sentence of the layer; a clause taken as a sentence is looked up afresh.)
  if (s !== ctx.layer.sentences[s.index]) return findFirstVerb(ctx, s);
  const known = ctx.firstVerb[s.index];
  if (known >= 0) return known;
  return (ctx.firstVerb[s.index] = findFirstVerb(ctx, s));
}

// Pronouns a relative "was" refers to: "All das, was X ankündigt, ist …", "Alles, was er sagte, …".
const WAS_ANTECEDENTS = /^(?:das|alles|etwas|nichts|vieles|manches|weniges|dasjenige|jenes|dieses|dem)$/;

/** Is "was" at k a relative pronoun after a pronoun and a comma? */
function relativeWas(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.norm === "was" && WAS_ANTECEDENTS.test(tokens[k - 2]?.norm ?? "");
}

function findFirstVerb(ctx: DocContext, s: Sentence): number {
  const { tokens } = ctx.layer;
  // "Als Putin eintraf, sagte er …": an opening subordinate clause is the Vorfeld; the verb after it is the finite one.
  const main = mainClauseStart(ctx, s);
  if (main > s.tokenStart) return main;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (inQuote(ctx, k)) continue;
    const t = tokens[k];
    if (k === s.tokenStart) {
      if (ctx.lex.forms.has(t.norm) && t.wordClass === "verb") return k;
      continue;
    }
    // "Frank Sichau, der als Sprecher der Fraktion fungiert, erklärte …": skip relative clauses.
    if (isComma(t) && k + 1 < s.tokenEnd && (RELATIVES.has(tokens[k + 1].norm) || (PREPOSITIONS.has(tokens[k + 1].norm) && RELATIVES.has(tokens[k + 2]?.norm ?? "")) || relativeWas(tokens, k + 1))) {
      let j = k + 2;
      while (j < s.tokenEnd && !isComma(tokens[j])) j++;
      // (It may go on past a comma with "aber" to a second verb: ", der kein Amt bekleidet, aber als Strippenzieher gilt,
      // sagte …". Not with "und", which may join a second subject: "Ein Richter, der …, und zwei Polizisten seien …".)
      while (j + 1 < s.tokenEnd && isVerbLike(ctx, tokens[j - 1]) && /^(?:aber|sondern|doch|jedoch)$/.test(tokens[j + 1].norm)) {
        let next = j + 2;
        while (next < s.tokenEnd && !isComma(tokens[next])) next++;
        if (next >= s.tokenEnd || !isVerbLike(ctx, tokens[next - 1])) break;
        j = next;
      }
      // A relative clause ends with its verb; a verb with words after it inside is the main clause's,
      // after an apposition whose closing comma is missing ("Dolkun Isa, der Sekretär des Kongresses sagte gegenüber …, es sei …").
      const last = j - 1;
      let head = k + 2;
      while (head < j && tokens[head].wordClass === "adj" && !isCapitalized(tokens[head])) head++;
      const apposition = /^(der|die|das)$/.test(tokens[k + 1].norm) && head < j && isCapitalized(tokens[head]) && tokens[head].wordClass !== "function";
      if (apposition && j < s.tokenEnd && !isVerbLike(ctx, tokens[last])) {
        for (let v = k + 3; v < last; v++) if (!inQuote(ctx, v) && isVerbLike(ctx, tokens[v]) && !AUX_FORMS.has(tokens[v].norm) && ctx.lex.forms.has(tokens[v].norm)) return v;
      }
      if (j < s.tokenEnd && j - k <= 25) {
        k = j;
        continue;
      }
    }
    // (No finite verb follows a preposition: "Nach langen Verhandlungen kritisierte …" has an adjective "langen"; an article
    // may be a pronoun before one, "Das betonte Außenminister Wang".)
    const afterPreposition = PREPOSITIONS.has(tokens[k - 1].norm) && k + 1 < s.tokenEnd && isCapitalized(tokens[k + 1]) && tokens[k + 1].wordClass === "noun";
    if (isVerbLike(ctx, t) && !afterPreposition && !isAttributiveParticiple(ctx, k, s)) {
      // A participle that ends the Vorfeld stands right before the finite verb of saying: "Sichtlich
      // bewegt sagte Merkel", "An die Gewerkschaften gewandt sagte Köhler", "Danach gefragt sagte Felderer".
      const next = tokens[k + 1];
      const sayingNext = next !== undefined && k + 1 < s.tokenEnd && !inQuote(ctx, k + 1) && next.wordClass === "verb" && !AUX_FORMS.has(next.norm) && (ctx.lex.forms.get(next.norm) ?? []).some((r) => r.form === "finite" && !r.particle);
      const finiteHere = (ctx.lex.forms.get(t.norm) ?? []).some((r) => r.form === "finite");
      if (sayingNext && !finiteHere && !AUX_FORMS.has(t.norm)) return k + 1;
      return k;
    }
  }
  return s.tokenEnd;
}

// Subordinators that are also prepositions or "as": "Während der Pressekonferenz sagte Putin",
// "Seit Jahren fordert die Opposition", "Als Grund gab die Schule an", "Da sagte er".
const ALSO_PREPOSITIONS = new Set(["während", "seit", "als", "da"]);
// Prepositions that open an infinitive clause with "zu".
const INFINITIVE_OPENERS = new Set(["ohne", "statt", "anstatt"]);

/** Does the sentence open with an infinitive clause up to its first comma: a zu-infinitive last, no finite verb before it? */
function infinitiveClauseFirst(ctx: DocContext, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  let c = s.tokenStart + 1;
  while (c < s.tokenEnd && !(isComma(tokens[c]) && !inQuote(ctx, c))) c++;
  if (c >= s.tokenEnd || c < s.tokenStart + 3) return false;
  const last = tokens[c - 1];
  const zu = tokens[c - 2]?.norm === "zu" || /^\p{Ll}+zu\p{Ll}+$/u.test(last.text);
  return zu && isVerbLike(ctx, last) && !tokens.slice(s.tokenStart + 1, c - 2).some((t) => AUX_FORMS.has(t.norm) || (isVerbLike(ctx, t) && !isCapitalized(t)));
}

/**
 * Does the sentence open with a subordinate clause ("Als Putin eintraf, …", "Weil …")? Not when
 * its first word is a preposition or "als" (as) before a main clause: the finite verb then has
 * more of its clause after it before the first comma ("Während der Pressekonferenz sagte Putin, …").
 */
export function opensWithSubordinateClause(ctx: DocContext, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  const first = tokens[s.tokenStart];
  // An infinitive clause: "Ohne Russland zu erwähnen, warnte Xi …", "Statt zu verhandeln, …" ("Um … zu …" is left as it was:
  // its main clause is more often a rule or a purpose than a speech act).
  if (first && INFINITIVE_OPENERS.has(first.norm)) return infinitiveClauseFirst(ctx, s);
  if (!first || !SUBORDINATORS.has(first.norm) || first.norm === "wie") return false;
  if (!ALSO_PREPOSITIONS.has(first.norm)) return true;
  for (let f = s.tokenStart + 1; f < s.tokenEnd; f++) {
    const t = tokens[f];
    if (isComma(t) || inQuote(ctx, f)) return true;
    if (!isVerbLike(ctx, t) || isAttributiveParticiple(ctx, f, s)) continue;
    // An adjective the tagger takes for a verb ("der islamistischen al-Shabaab", "breite Unterstützung"): -e/-en
    // before a noun or name, unless an auxiliary or a verb of saying.
    const next = tokens[f + 1];
    const nounNext = f + 1 < s.tokenEnd && next.kind === "word" && (isCapitalized(next) || next.wordClass === null || next.wordClass === "name");
    if (/(?:e|en|er|es|em)$/.test(t.norm) && nounNext && !AUX_FORMS.has(t.norm) && !ctx.lex.forms.has(t.norm)) continue;
    // The first verb: clause-final (with its auxiliaries, before a comma, "und" or the end) in a subordinate clause.
    let j = f + 1;
    while (j < s.tokenEnd && (isVerbLike(ctx, tokens[j]) || AUX_FORMS.has(tokens[j].norm)) && !isCapitalized(tokens[j])) j++;
    return j >= s.tokenEnd || tokens[j].kind === "punct" || COORDINATORS.has(tokens[j].norm);
  }
  return true;
}

/**
 * The first token of the sentence's main clause: the first token, or after an opening subordinate
 * clause the finite verb right after its comma ("Als Putin eintraf, sagte er …"); -1 when the
 * sentence is a subordinate clause and no main clause follows it.
 */
export function mainClauseStart(ctx: DocContext, s: Sentence): number {
  if (s !== ctx.layer.sentences[s.index]) return findMainClauseStart(ctx, s);
  const known = ctx.mainStart[s.index];
  if (known !== -2) return known;
  return (ctx.mainStart[s.index] = findMainClauseStart(ctx, s));
}

function findMainClauseStart(ctx: DocContext, s: Sentence): number {
  if (!opensWithSubordinateClause(ctx, s)) return afterQuestionVorfeld(ctx, s) ?? s.tokenStart;
  // The clause ends at the first comma; the main clause's verb comes right after it.
  return verbAfterClauseComma(ctx, s, s.tokenStart + 2) ?? -1;
}

/**
 * The verb right after the clause's comma from `from` on, when the clause before that comma ends in a verb too.
 * A clause nested in it is passed over: "Auf die Frage, ob sie wüssten, was sie erwartet, antworteten …".
 */
function verbAfterClauseComma(ctx: DocContext, s: Sentence, from: number): number | null {
  const { tokens } = ctx.layer;
  let c = from;
  for (let nested = 0; nested < 3; nested++) {
    while (c + 1 < s.tokenEnd && (!isComma(tokens[c]) || inQuote(ctx, c))) c++;
    if (c + 1 >= s.tokenEnd || !isVerbLike(ctx, tokens[c - 1]) || inQuote(ctx, c + 1)) return null;
    if (isVerbLike(ctx, tokens[c + 1])) return c + 1;
    if (!COMPLEMENTIZERS.has(tokens[c + 1].norm)) return null;
    c += 2;
  }
  return null;
}

const QUESTIONED = /^(?:befragt|gefragt|angesprochen)$/;

/**
 * Is [from, to) a noun phrase with a zu-infinitive after its comma and no other verb, an object fronted before its verb:
 * "Das Angebot, bei Gesprächen eine Rolle zu spielen, (begrüßte sie)"? Not a purpose clause, "Um … zu …, empfiehlt X".
 */
export function frontedInfinitiveObject(ctx: DocContext, from: number, to: number): boolean {
  const { tokens } = ctx.layer;
  if (!DETERMINERS.has(tokens[from]?.norm ?? "")) return false;
  let comma = from;
  while (comma < to && !isComma(tokens[comma])) comma++;
  if (comma >= to || comma < from + 2 || tokens[comma - 1].wordClass !== "noun" || !isCapitalized(tokens[comma - 1])) return false;
  const zu = (i: number) => tokens[i - 1]?.norm === "zu" || ZU_INFINITIVE.test(tokens[i].norm);
  const verbs = tokens.slice(comma, to).map((t, i) => comma + i).filter((i) => isVerbLike(ctx, tokens[i]) && !inQuote(ctx, i));
  return verbs.length > 0 && verbs.every(zu) && !tokens.slice(from, comma).some((t, i) => isVerbLike(ctx, t) && !inQuote(ctx, from + i));
}

/**
 * "Auf die Frage von Journalisten, ob …, sagte Peskow …", "Zu dem Abkommen befragt, sagte Lin …": a prepositional phrase with the clause of its
 * noun fills the Vorfeld; the main clause's verb comes right after that clause's comma.
 */
function afterQuestionVorfeld(ctx: DocContext, s: Sentence): number | null {
  const { tokens } = ctx.layer;
  if (!PREPOSITIONS.has(tokens[s.tokenStart]?.norm ?? "")) return null;
  let c = s.tokenStart + 1;
  while (c < s.tokenEnd && !isComma(tokens[c])) {
    if (inQuote(ctx, c) || (isVerbLike(ctx, tokens[c]) && !QUESTIONED.test(tokens[c].norm))) return null;
    c++;
  }
  if (c > s.tokenStart + 8) return null;
  // "Zu dem Abkommen befragt, sagte Lin …", "Nach den Beziehungen gefragt, antwortete er …": a participle clause.
  if (c + 1 < s.tokenEnd && QUESTIONED.test(tokens[c - 1].norm) && isVerbLike(ctx, tokens[c + 1]) && !inQuote(ctx, c + 1)) return c + 1;
  return COMPLEMENTIZERS.has(tokens[c + 1]?.norm ?? "") ? verbAfterClauseComma(ctx, s, c + 2) : null;
}

export function isVerbLike(ctx: DocContext, t: Token): boolean {
  // (Not the particle between two words of a name: "Faisal bin Farhan".)
  if (t.norm === "bin" && isNameWord(ctx.layer.tokens[t.index - 1]) && isNameWord(ctx.layer.tokens[t.index + 1])) return false;
  if (AUX_FORMS.has(t.norm) && !isCapitalized(t)) return true;
  if (isCapitalized(t) || t.kind !== "word") return false;
  if (t.wordClass === "verb") return !/^(ge\p{Ll}+t|\p{Ll}+end)$/u.test(t.norm) || ctx.lex.forms.has(t.norm);
  // (A Konjunktiv the dictionary lacks: "handele".)
  if (t.wordClass === null && ctx.lex.konjunktiv.has(t.norm)) return true;
  return ctx.lex.forms.has(t.norm) && ctx.lex.forms.get(t.norm)!.some((r) => r.form === "finite");
}

function isNameWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && isCapitalized(t) && t.wordClass !== "function";
}

export function isInfinitiveAfterModal(ctx: DocContext, k: number, hit: VerbHit, s: Sentence): boolean {
  return (ctx.lex.forms.get(ctx.layer.tokens[k].norm) ?? []).some((r) => r.verb === hit.verb && r.form === "infinitive") && modalBefore(ctx, k, s);
}

export function isParticipleOf(ctx: DocContext, k: number, hit: VerbHit): boolean {
  if (hit.apart) return true;
  return (ctx.lex.forms.get(ctx.layer.tokens[k].norm) ?? []).some((r) => r.verb === hit.verb && r.form === "participle");
}

/** A comma, colon or dash at depth 0 between two tokens (appositions aside, a clause boundary). */
export function hasClauseBreak(ctx: DocContext, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (!inQuote(ctx, j) && /^[,;:–—]$/.test(ctx.layer.tokens[j].text)) return true;
  return false;
}

/**
 * A clause boundary between two tokens other than a name set off by a pair of commas: "hatte der
 * Botschafter in Moskau, Zhang Hanhui, erklärt" is one clause.
 */
export function hasClauseBreakBesidesApposition(ctx: DocContext, from: number, to: number): boolean {
  const { tokens } = ctx.layer;
  for (let j = from + 1; j < to; j++) {
    if (inQuote(ctx, j) || !/^[,;:–—]$/.test(tokens[j].text)) continue;
    if (tokens[j].text !== ",") return true;
    let close = j + 1;
    while (close < to && close <= j + 5 && tokens[close].text !== "," && !isVerbLike(ctx, tokens[close])) close++;
    // Not a list of names: "Northrop Grumman, General Dynamics, Lockheed Martin und Raytheon".
    if (close >= to || tokens[close].text !== "," || close === j + 1 || !isCapitalized(tokens[j + 1]) || isCapitalized(tokens[close + 1])) return true;
    j = close;
  }
  return false;
}
