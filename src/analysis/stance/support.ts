// Support, praise and ties: relations and talks with the partner, cooperation given, linked,
// cut back or weakened, a third side's ties, the side a label names.
import { isCapitalized } from "../lemmas.js";
import type { Token } from "../text.js";
import { AUX_FORMS, PREPOSITIONS, QUOTE_MARK, SUBORDINATORS, isTimeWord } from "../statements/words.js";
import type { ActorMention, Statement } from "../statements.js";
import type { StanceLexicon, CueHit, TargetMention, Span } from "./types.js";
import { ADJ_ENDING, headIn, DEMANDING_MODALS, sentenceFinalVerb, clauseFinalVerb, stopAt, clauseOpening, isZuInfinitiveAt, afterPreposition, zuInfinitiveClause, DEMAND_VERBS, complementAfter, ARTICLE, isFiniteVerb } from "./clauses.js";
import { type ReadOptions, wordPolarity, defaultPolarityWords } from "./polarity-words.js";
import { particleAfter, endsInOne, openerOf, targetOf } from "./cues.js";
import { AGAINST, sideHead, outsideMittelfeld, clauseSubject, calledAs, pronounSubject, tieHolders, bareSide, coordinatedWith } from "./sides.js";
import { ACT_HEADS, THREATENING } from "./acts.js";

// How labels and the words around a cue are read in the general polarity words: SentiWS at half weight, past its faintest words.
export const LABEL_READ: ReadOptions = { minimum: 0.1, backupWeight: 0.5 };

/**
 * The side that "an seiner Seite" or "an ihrer Seite" stands by: the nearest side before it outside its clause (whose
 * subject stands by it), of the possessive's gender: "seiner" a side named bare ("Armenien", "Russland"), "ihrer" one
 * named with an article ("die Ukraine", "die USA"). Not negated ("nicht an ihrer Seite").
 */
export function sideBackedByPossessive(tokens: Token[], span: Span, clauseOf: number[], targets: readonly TargetMention[], foreign: readonly TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string } | null {
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

// Verbs of belief or hope, which leave what follows in doubt.
const DOUBTING = /^(?:glauben|hoffen|meinen|denken|annehmen|träumen|wähnen|erwarten)$/;

// What links a cooperation word to a side named after it: "Zusammenarbeit mit der chinesischen Seite in der SOZ",
// "Partnerschaft zwischen …", "Unterstützung der USA für …".
const LINKS = new Set(["mit", "zwischen", "zu", "zum", "zur", "gegenüber", "für", "in", "im", "innerhalb", "der", "des", "und", "sowie", "von", "vom"]);

/**
 * Is the side at token `to` named with the cooperation word at `at`? Every noun between them must be
 * followed by a linking word; "in einer gemeinsamen Erklärung die Hegemonie der USA" names the USA
 * with the declaration's content, not as a partner.
 */
export function linkedTo(tokens: Token[], at: number, to: number, actorTokens: ReadonlySet<number>, talkNouns: readonly string[] = []): boolean {
  for (let k = at + 1; k < to; k++) {
    const t = tokens[k];
    // "gemeinsam gegen die Hegemonie der USA": what two sides stand against is no partner.
    if (AGAINST.has(t.norm)) return false;
    if (t.kind !== "word" || actorTokens.has(k) || !isCapitalized(t.text) || t.wordClass === "function") continue;
    const next = tokens[k + 1];
    // Nor whom talks in between are held with: "für ihre Hilfe bei der Organisation der Gespräche mit Kiew".
    if (next?.norm === "mit" && endsInOne(t.lemma.toLowerCase().replace(/ß/g, "ss"), talkNouns)) return false;
    if (k + 1 < to && !(next.kind === "punct" || LINKS.has(next.norm))) return false;
  }
  return true;
}

export const POSSESSIVE = /^(?:sein|ihr|unser)(?:e|en|em|er|es)?$/;

/**
 * The head noun of a verb cue's accusative object, or -1: after a finite verb ("unterstütze eine
 * sofortige Waffenruhe"), before one at the end of its clause ("Friedensgespräche zu fördern",
 * "die Beziehungen weiter vertiefen"). Only articles, adjectives and adverbs may stand between.
 */
export function verbObject(tokens: Token[], span: Span, hit: CueHit): number {
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
export function ownObject(tokens: Token[], span: Span, hit: CueHit): boolean {
  if (hit.cue.class !== "strengthening") return false;
  for (let k = Math.max(span.from, hit.from - 8); k < Math.min(span.to, hit.at + 4); k++) if (k !== hit.at && POSSESSIVE.test(tokens[k].norm)) return true;
  return false;
}

/** A subject opening [open, to) before a finite verb in it: its first word an article, a noun or a name ("Die USA sollten …"). */
function subjectBeforeFinite(tokens: Token[], open: number, to: number): boolean {
  let first = open;
  while (first < to && QUOTE_MARK.test(tokens[first].text)) first++;
  const finite = tokens.slice(first + 1, to).some((t) => isFiniteVerb(t) || AUX_FORMS.has(t.norm));
  return finite && (ARTICLE.test(tokens[first].norm) || tokens[first].wordClass === "noun" || tokens[first].wordClass === "name");
}

/** Is the token a noun of a relation between sides ("Beziehungen", "Partnerschaft": relation-nouns.txt)? */
export function isRelationNoun(t: Token | undefined, lex: StanceLexicon): boolean {
  return t?.kind === "word" && isCapitalized(t.text) && headIn(t.lemma.toLowerCase(), lex.relationNouns);
}

/** Does the statement name a relation with the partner ("die chinesisch-russischen Beziehungen", "die Zusammenarbeit zwischen Moskau und Peking")? */
export function relationWithPartner(tokens: Token[], span: Span, targets: TargetMention[], partner: string, lex: StanceLexicon): boolean {
  const relation = (k: number) => isRelationNoun(tokens[k], lex);
  return targets.some((t) => (t.target === partner && (t.party || t.kind === "bilateral")) || (t.target === partner && t.modifier && relation(t.to))) || tokens.slice(span.from, span.to).some((t, i) => relation(span.from + i) && /^(?:bilateral|beid)/.test(tokens[span.from + i - 1]?.norm ?? ""));
}

/** Does the clause of token `at` name a relation between sides ("Beziehungen", "Partnerschaft": relation-nouns.txt)? */
export function relationInClause(tokens: Token[], span: Span, clauseOf: number[], at: number, lex: StanceLexicon): boolean {
  const clause = clauseOf[at - span.from];
  for (let k = span.from; k < span.to; k++) {
    if (clauseOf[k - span.from] === clause && isRelationNoun(tokens[k], lex)) return true;
  }
  return false;
}

/**
 * Does the clause of token `at` name talks held with the partner (isTalkHeld), with no word that weakens or doubts praise
 * ("nicht", "wenig", "kaum", "zu früh")?
 */
export function talkInClause(tokens: Token[], span: Span, clauseOf: number[], at: number, lex: StanceLexicon, targets: readonly TargetMention[], partner: string): boolean {
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
export function isTalkHeld(tokens: Token[], k: number, lex: StanceLexicon, targets: readonly TargetMention[], partner: string): boolean {
  if (tokens[k].kind !== "word" || !isCapitalized(tokens[k].text) || !headIn(tokens[k].lemma.toLowerCase(), lex.talkNouns)) return false;
  let j = k - 1;
  while (j >= 0 && j > k - 5 && (tokens[j].wordClass === "adj" || QUOTE_MARK.test(tokens[j].text) || /^(?:sehr|äußerst|überaus|besonders)$/.test(tokens[j].norm))) j--;
  // (A possessive names talks held too: "Seine Gespräche mit Putin".)
  const definite = j >= 0 && (/^(?:der|die|das|den|dem|des)$/.test(tokens[j].norm) || /^(?:sein|ihr)(?:e|en|em|er|es)?$/.test(tokens[j].norm));
  const fromVon = j >= 1 && /^(?:ein|eine|einen|einem|einer|eines)$/.test(tokens[j].norm) && tokens[j - 1].norm === "von";
  if (!definite && !fromVon) return false;
  const next = tokens[k + 1];
  if (next === undefined || next.kind === "punct" || next.wordClass === "verb" || AUX_FORMS.has(next.norm) || !(PREPOSITIONS.has(next.norm) || ARTICLE.test(next.norm) || isCapitalized(next.text))) return true;
  // (A time after it names no one, nor the sidelines of a meeting: "würdigte das Treffen am Donnerstag", "das Gespräch am Rande
  // des Gipfels".)
  if (/^(?:am|vom|im)$/.test(next.norm) && tokens[k + 2] !== undefined && (isTimeWord(tokens[k + 2]) || /^rande?$/.test(tokens[k + 2].norm))) return true;
  if (next.norm !== "mit" && next.norm !== "zwischen") return false;
  return targets.some((t) => t.target === partner && t.from > k + 1 && t.from <= k + 4);
}

/**
 * Is the side at k one a relation noun before it is with: "die Beziehungen zwischen Moskau und Peking",
 * "das Verhältnis zu China", "die Partnerschaft mit Russland" (the second of two sides too)?
 */
export function relationWith(tokens: Token[], k: number, span: Span, lex: StanceLexicon): boolean {
  let j = k - 1;
  // Past the first side of "zwischen X und": "zwischen Moskau und Peking".
  if (tokens[j]?.norm === "und" && j - 2 >= span.from && tokens[j - 2].norm === "zwischen") j -= 2;
  while (j > span.from && (ARTICLE.test(tokens[j].norm) || tokens[j].wordClass === "adj")) j--;
  if (j <= span.from || !/^(?:zwischen|zu|zum|zur|mit)$/.test(tokens[j].norm)) return false;
  const noun = tokens[j - 1];
  return isCapitalized(noun.text) && headIn(noun.lemma.toLowerCase(), lex.relationNouns);
}

/** Does a cooperation noun name a way of settling anything, not a tie between two sides (plural too: "Konsultationen")? */
export function isMethodNoun(lemma: string, lex: StanceLexicon): boolean {
  const nouns = lex.methodNouns;
  return !!nouns && (nouns.has(lemma) || nouns.has(lemma.replace(/e?n?$/, "")));
}

/** The word that names a cue: its noun where it opens one of several words ("Hilfe" of "Hilfe für"), else its last word. */
export function cueNoun(tokens: Token[], hit: CueHit): Token {
  return hit.from !== hit.at && isCapitalized(tokens[hit.from].text) && tokens[hit.from].wordClass === "noun" ? tokens[hit.from] : tokens[hit.at];
}

/**
 * Does a support cue stand in the object of an opposing verb: after it (or between a separated
 * verb and its particle) within six words of the same clause, no other verb between?
 */
export function inOpposedObject(tokens: Token[], span: Span, clauseOf: number[], hit: CueHit, opposing: CueHit[], lex: StanceLexicon): boolean {
  // An adverb is no part of the object: "hätten gemeinsam Hegemonismus entgegengewirkt" (but "eine enge Partnerschaft").
  const cueWord = cueNoun(tokens, hit);
  if (!isCapitalized(cueWord.text) && !ADJ_ENDING.test(cueWord.norm)) return false;
  const clause = clauseOf[hit.from - span.from];
  return opposing.some((o) => {
    // What one will not allow: "werde nicht zulassen, dass …", "nicht tatenlos zusehen, wie Pjöngjang und Moskau ihre
    // Zusammenarbeit ausbauten".
    // (Not what weakens it there: "nicht zulassen, dass die Unterstützung für die Ukraine nachlasse".)
    // (So is a concern about what the clause tells: "beunruhigt darüber, dass Peking seine Beziehungen zu Moskau vertieft habe".)
    const aboutClause = o.cue.class === "condemnation" && o.cue.words.includes("darüber");
    const allowed = (lex.negators.has(o.cue.words[0]) || aboutClause) && o !== hit ? complementAfter(tokens, o.at) : -1;
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
    // (Not its object after a subject and its finite verb: "Die USA sollten die Zusammenarbeit zwischen China und Russland
    // nicht aufbauschen"; but after a phrase of a preposition or an adverb the subject follows the verb, "Nach Ansicht Seouls
    // hat die Zusammenarbeit … gegen Resolutionen verstoßen".)
    if (o.cue.scope === "subject") return tokens[o.at].wordClass === "verb" && o.from > hit.at && o.from - hit.at <= 10 && !between(hit.at, o.from) && !subjectBeforeFinite(tokens, clauseOpening(tokens, span, hit.from), hit.from);
    // "lehnte die Zusammenarbeit ab": inside a separated verb; past its particle a new verb's object ("lehne Sanktionen ab
    // und unterstütze das Recht Irans").
    if (o.from < hit.from && hit.at < o.at) return !between(o.from, hit.from);
    // (A participle with its preposition governs the noun phrase after it: "besorgt über die Vertiefung der Zusammenarbeit
    // zwischen Russland und Nordkorea", counted from the preposition; not a verb of its own, "besorgt über die Angriffe und
    // dankte den USA", nor a tie whose decline is the concern, "besorgt über den Rückgang der Hilfe für die Ukraine".)
    const participle = o.at > o.from && tokens[o.from].wordClass === "verb" && PREPOSITIONS.has(tokens[o.at].norm);
    if (participle && hit.from > o.at) {
      const declined = tokens.slice(o.at + 1, hit.from).some((t) => isCapitalized(t.text) && DECLINE_NOUN.test(t.lemma.toLowerCase()));
      return tokens[hit.from].wordClass !== "verb" && hit.from - o.at <= 6 && !between(o.at, hit.from) && !declined;
    }
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
    if (WEAKENING_VERBS.has(lemma) || lex.reducingWords?.has(lemma) || wordPolarity(tokens, k, span.to, words, LABEL_READ) < 0) return true;
  }
  return false;
}

// Nouns of a decline or an end: "der Rückgang der Hilfe", "die Schwächung der Partnerschaft", "das Ende der Zusammenarbeit".
const DECLINE_NOUN = /(?:rückgang|schwächung|abbau|kürzung|verlust|einbruch|abbruch|einstellung|aussetzung|wegfall|stopp)$|^ende$/;

// Verbs that link a subject to what judges it: "sei inakzeptabel", "gebe Anlass zur Sorge", "stelle eine Bedrohung dar".
const LINKING_VERBS = new Set(["sein", "geben", "bleiben", "werden", "stellen", "darstellen"]);

/** Is the support noun of `hit` cut back by a verb after it in its clause ("die Hilfe für die Ukraine kürzen", "fuhr die Zusammenarbeit zurück")? */
export function reducedAfter(tokens: Token[], span: Span, clauseOf: number[], hit: CueHit, lex: StanceLexicon): boolean {
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
export function endedBefore(tokens: Token[], span: Span, hit: CueHit): boolean {
  let j = hit.from - 1;
  while (j > span.from && tokens[j].wordClass === "adj" && !isCapitalized(tokens[j].text)) j--;
  if (!(j > span.from && /^(?:der|des)$/.test(tokens[j].norm) && ENDING_OF.test(tokens[j - 1].lemma.toLowerCase()) && isCapitalized(tokens[j - 1].text))) return false;
  // (An end declared, with the definite article: not one supposed, "Ein Ende der Zusammenarbeit wäre falsch", nor a time,
  // "Seit dem Ende der Zusammenarbeit", nor one between two others, "das Ende der Zusammenarbeit zwischen Niger und den USA".)
  const article = tokens[j - 2];
  const timed = /^(?:seit|nach|bis|vor|zum|beim|am)$/.test(tokens[j - 3]?.norm ?? "") || /^(?:zum|beim|am)$/.test(article?.norm ?? "");
  return article !== undefined && /^(?:das|die|den|dem)$/.test(article.norm) && !timed && tokens[hit.at + 1]?.norm !== "zwischen";
}

/** The token of a statement's cue verb, its first word ("kritisierte" of "kritisierte"; "wies" of "wies zurück"); `span.to` if not in its text. */
export function cueVerbAt(st: Statement, tokens: Token[], span: Span): number {
  const verb = st.cue.split(/[\s;…]+/)[0]?.toLowerCase() ?? "";
  let v = span.from;
  while (v < span.to && tokens[v].norm !== verb) v++;
  return v;
}

const LABELLING_VERBS = new Set(["nennen", "bezeichnen", "werten", "bewerten", "einstufen"]);
// Words after which a label's head has been said: "gefährlich | für die Sicherheit", "ein Angriff | auf …".
const LABEL_HEAD_END = /^(?:[,;:.!?–—]|für|auf|gegen|zu|zur|zum|mit|von|vom|in|im|an|am|über|und|oder|der|die|das|den|dem|des|weil|da|denn)$/;

/**
 * A side the statement's own verb of naming labels, and the label's polarity from the general polarity
 * words: "Der Kreml nannte die Pläne einen schweren Fehler" (the plans a side's act, see `reactionEvent`),
 * "bezeichnete die Sanktionen Washingtons als „unfair und rechtswidrig“". The label is read up to where
 * its head ends ("gefährlich für die Sicherheit" is said of danger, not of safety); none with words of both signs.
 */
export function labelledSide(st: Statement, tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; polarity: "support" | "oppose"; words: string } | null {
  if (st.kind !== "reported") return null;
  const v = cueVerbAt(st, tokens, span);
  if (v < span.to && tokens[v].wordClass === "verb" && tokens[v].lemma.toLowerCase() === "sprechen") return spokenOfSide(tokens, span, v, targets, lex);
  if (v >= span.to || tokens[v].wordClass !== "verb" || !LABELLING_VERBS.has(tokens[v].lemma.toLowerCase())) return null;
  const end = stopAt(tokens, span, v + 1, /^[,;:.!?–—]$/);
  let als = v + 1;
  while (als < end && tokens[als].norm !== "als") als++;
  const labelled = labelledObject(tokens, v, als, targets, lex);
  if (!labelled) return null;
  const { side, o } = labelled;
  // (Past the act's own noun, which is no label: "nannte die französische Entscheidung einen Fehler".)
  let from = als < end ? als + 1 : Math.max(side.to, o + 1);
  // ("nennen" takes its label right after the object: not "nannte die EU am Montag einen Fehler"; past a source, though:
  // "nannte Serbien nach Angaben des Kremls einen „verlässlichen Partner“".)
  if (als >= end) from = pastSource(tokens, from, end);
  while (from < end && /^[„“"»«]$/.test(tokens[from].text)) from++;
  if (from >= end || (als >= end && (PREPOSITIONS.has(tokens[from].norm) || SUBORDINATORS.has(tokens[from].norm)))) return null;
  const words = defaultPolarityWords();
  const read = LABEL_READ;
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
  return { side, polarity: positive > 0 ? "support" : "oppose", words: tokens.slice(from, to).filter((t) => !QUOTE_MARK.test(t.text)).map((t) => t.text).join(" ") };
}

/**
 * The side a verb of naming at `v` labels, in its object before `label` (where the label starts): a side itself ("Peking", "die
 * EU"), whose act or body the object's noun is ("die Pläne der EU", "die Regierung Chinas"), a demonym's act ("die
 * sudanesische Militäroperation"); not the victim of an act ("das Leid der Ukraine", "die Bombardierung der Ukraine").
 * `o` is the object's noun.
 */
function labelledObject(tokens: Token[], v: number, label: number, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; o: number } | null {
  let o = v + 1;
  // (Past an adverb: "nennt darin Erdogan einen Terroristen".)
  while (o < label && o <= v + 2 && tokens[o].kind === "word" && !isCapitalized(tokens[o].text) && !ARTICLE.test(tokens[o].norm) && tokens[o].wordClass !== "adj" && !PREPOSITIONS.has(tokens[o].norm)) o++;
  while (o < label && (ARTICLE.test(tokens[o].norm) || tokens[o].wordClass === "adj")) o++;
  const actedBy = (t: TargetMention) => {
    const head = tokens[o].lemma.toLowerCase();
    const genitive = t.from === o + 1 || (t.from === o + 2 && /^(?:des|der)$/.test(tokens[o + 1].norm));
    return genitive && (headIn(head, lex.eventNouns) || sideHead(head, lex) || /^(?:politik|haltung|vorgehen|position|kurs|verhalten|äußerung|vorwurf|vorwürfe)$/.test(head));
  };
  // (Or a demonym of an act: "bezeichnete die sudanesische Militäroperation als Verstoß".)
  const actOf = (t: TargetMention) => t.to === o && t.from === o - 1 && tokens[t.from].wordClass === "adj" && (headIn(tokens[o].lemma.toLowerCase(), ACT_HEADS) || sideHead(tokens[o].lemma.toLowerCase(), lex));
  const side = targets.find((t) => t.kind === "actor" && !t.place && t.to <= label && ((!t.modifier && (t.from === o || (o < label && actedBy(t)))) || actOf(t)));
  return side ? { side, o } : null;
}

/**
 * The sides "nennen" says a noun cue of, the predicate after its object with an indefinite article: "nannte die Manöver
 * Chinas eine „Provokation“"; the pair a joint act names too, "nannte die gemeinsamen Flüge eine Provokation".
 */
export function namedAs(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[], lex: StanceLexicon): TargetMention[] {
  if (!isCapitalized(tokens[hit.at].text)) return [];
  let j = hit.from - 1;
  while (j > span.from && (tokens[j].wordClass === "adj" || QUOTE_MARK.test(tokens[j].text))) j--;
  if (!/^(?:ein|eine|einen|einer)$/.test(tokens[j]?.norm ?? "")) return [];
  const open = clauseOpening(tokens, span, j);
  let verb = j - 1;
  while (verb >= open && tokens[verb].lemma.toLowerCase() !== "nennen") verb--;
  if (verb < open) return [];
  const joint = targets.filter((t) => t.kind === "actor" && t.from > verb && t.to <= j && /^gemeinsam/.test(tokens[t.from].norm));
  if (joint.length > 0) return joint;
  const side = labelledObject(tokens, verb, j, targets, lex)?.side;
  return side ? [side] : [];
}

/** The token after a source phrase at `from` ("nach Angaben des Kremls", "laut Tass"), or `from` where none stands there. */
function pastSource(tokens: Token[], from: number, end: number): number {
  const opens = tokens[from]?.norm === "laut" ? from + 1 : tokens[from]?.norm === "nach" && /^(?:angabe|information|bericht|darstellung)$/.test(tokens[from + 1]?.lemma.toLowerCase() ?? "") ? from + 2 : -1;
  if (opens < 0) return from;
  let k = opens;
  while (k < end && k < opens + 6 && (/^(?:des|der|dem|den|von|vom)$/.test(tokens[k].norm) || (isCapitalized(tokens[k].text) && tokens[k].wordClass !== "function"))) k++;
  return k > opens ? k : from;
}

/**
 * A side's act the speaker "spoke of" in words of general polarity: "sprach von einem „zynischen Spiel“ Kiews", "sprach
 * von einem großen Erfolg Chinas". The label is the phrase after "von" up to its noun; the side its genitive right after.
 */
function spokenOfSide(tokens: Token[], span: Span, v: number, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; polarity: "support" | "oppose"; words: string } | null {
  const label = spokenOfLabel(tokens, span, v);
  if (label === null) return null;
  const { von, head, after } = label;
  if (targets.some((t) => t.from <= head && head < t.to)) return null;
  const genitive = /^(?:des|der)$/.test(tokens[after]?.norm ?? "") ? after + 1 : after;
  const side = targets.find((t) => t.kind === "actor" && !t.place && !t.modifier && t.from === genitive && (genitive > after || /s$/.test(tokens[t.to - 1].text)));
  if (!side) return null;
  const read = labelPolarity(tokens, von, head, lex);
  return read ? { side, ...read } : null;
}

/**
 * What a speaker "spoke of" (`v` the verb): its "von", the label's noun past articles, adjectives and quotation marks
 * ("sprach am Montag von einer „ernsten Provokation“" → "Provokation"), and the token after the noun past closing
 * quotation marks. Null where no "von" follows.
 */
function spokenOfLabel(tokens: Token[], span: Span, v: number): { von: number; head: number; after: number } | null {
  // (Past an adverbial: "sprach am Montag von …", "sprach erneut von …"; not a phrase of why, "sprach angesichts des
  // schwachen Yen von einem Risiko".)
  let von = v + 1;
  while (von < span.to && von <= v + 4 && tokens[von].kind === "word" && tokens[von].wordClass !== "verb" && !/^(?:von|vom)$/.test(tokens[von].norm)) von++;
  if (!/^(?:von|vom)$/.test(tokens[von]?.norm ?? "")) return null;
  for (let k = v + 1; k < von; k++) if (PREPOSITIONS.has(tokens[k].norm) && !tokens.slice(k + 1, von).some(isTimeWord)) return null;
  // The label: articles, adjectives and quotation marks, then its noun.
  let head = von + 1;
  while (head < span.to && head <= von + 6 && (ARTICLE.test(tokens[head].norm) || tokens[head].wordClass === "adj" || QUOTE_MARK.test(tokens[head].text) || !isCapitalized(tokens[head].text))) head++;
  if (head >= span.to || tokens[head].kind !== "word") return null;
  let after = head + 1;
  while (after < span.to && QUOTE_MARK.test(tokens[after].text)) after++;
  return { von, head, after };
}

/**
 * A reported "sprach von" whose label names no side, only what happened: "Südkoreas Außenminister sprach von einer
 * „ernsten Provokation“". Its polarity from the general polarity words (oppose only: praise with no side named is too
 * often the speaker's own), and the label's words. Only a label of its own, with an indefinite article, that ends its
 * clause (not "von einer schweren Krise der Wirtschaft", "von 500 Toten"), or a threat that ends it with whom it threatens,
 * the speaker's own side (see `forOwnSide`), not denied ("sprach nicht von einer Provokation"); null where the statement
 * names another side outside its speaker (`mentions` leaves the speaker's out), which the statement's own cues read.
 */
export function spokenOfAct(st: Statement, tokens: Token[], span: Span, mentions: readonly ActorMention[], lex: StanceLexicon): { polarity: "oppose"; words: string } | null {
  if (st.kind !== "reported") return null;
  const v = cueVerbAt(st, tokens, span);
  if (v >= span.to || tokens[v].wordClass !== "verb" || tokens[v].lemma.toLowerCase() !== "sprechen") return null;
  const label = spokenOfLabel(tokens, span, v);
  if (label === null) return null;
  const { von, head, after } = label;
  // (Past whom it threatens, the speaker's own side: "von einer «ernsthaften Bedrohung» für die Sicherheit Japans".)
  const end = forOwnSide(tokens, span, after, tokens[head], mentions, st.speaker_side);
  if (mentions.some((m) => m.start >= tokens[span.from].start && m.end <= tokens[span.to - 1].end && !(end > after && m.start >= tokens[after].start && m.end <= tokens[end - 1].end))) return null;
  if (!/^(?:einer|einem)$/.test(tokens[von + 1]?.norm ?? "") || tokens.slice(v + 1, head).some((t) => lex.negators.has(t.norm))) return null;
  if (end < span.to && !/^[,;:.!?–—]$/.test(tokens[end].text)) return null;
  const read = labelPolarity(tokens, von, head, lex);
  return read?.polarity === "oppose" ? { polarity: "oppose", words: read.words } : null;
}

// Labels of a threat to someone: "Bedrohung", "Gefahr", "Sicherheitsrisiko", "Herausforderung", "Provokation".
const THREAT_LABEL = /(?:bedrohung|gefahr|gefährdung|risiko|herausforderung|provokation)$/;

/**
 * The end of a phrase at k of whom a threat is to, the speaker's own side, that ends its clause: "für die Sicherheit
 * Japans", "für Südkorea" (said by a Japanese or South Korean speaker); k where there is none.
 */
function forOwnSide(tokens: Token[], span: Span, k: number, head: Token, mentions: readonly ActorMention[], ownSide: string | null): number {
  // (Only a threat: "eine «Niederlage» für Ministerpräsident Ishiba", "eine Katastrophe für Japan" may be the side's own doing or none's.)
  if (ownSide === null || tokens[k]?.norm !== "für" || !THREAT_LABEL.test(head.lemma.toLowerCase())) return k;
  let end = k + 1;
  while (end < span.to && end <= k + 5 && tokens[end].kind === "word") end++;
  // (Ending the sentence: not before a clause of why, "für Japan, da die Zahl der Grippefälle stark steige".)
  if (end < span.to && !/^[.!]$/.test(tokens[end].text)) return k;
  const named = mentions.filter((m) => m.start >= tokens[k].start && m.end <= tokens[end - 1].end);
  return named.length > 0 && named.every((m) => targetOf(m) === ownSide) ? end : k;
}

/** Is the noun a single-word stance cue that condemns what it names ("Provokation", "Eskalation", "Aggression")? */
function condemningNoun(t: Token, lex: StanceLexicon): boolean {
  if (!isCapitalized(t.text)) return false;
  return (lex.byFirstWord.get(t.lemma.toLowerCase()) ?? []).some((c) => c.words.length === 1 && c.polarity === "oppose" && (c.class === "condemnation" || c.class === "hostile" || c.class === "war"));
}

/**
 * A noun of support that a bad word right before it spoils: "ein schwieriger Partner", "ein überholtes Bündnis" praise
 * nothing (the general polarity words, as for labels).
 */
export function spoiledNoun(tokens: Token[], hit: CueHit): boolean {
  if (hit.polarity !== "support" || hit.from !== hit.at || !isCapitalized(tokens[hit.at].text) || tokens[hit.at].wordClass === "verb") return false;
  const words = defaultPolarityWords();
  for (let k = hit.at - 1; k >= 0 && k >= hit.at - 3 && (tokens[k].wordClass === "adj" || QUOTE_MARK.test(tokens[k].text)); k--) {
    if (tokens[k].wordClass === "adj" && wordPolarity(tokens, k, hit.at, words, LABEL_READ) <= -0.3) return true;
  }
  return false;
}

/** The polarity of a label after its "von" up to its noun `head`, from the general polarity words; none with words of both signs. */
function labelPolarity(tokens: Token[], von: number, head: number, lex: StanceLexicon): { polarity: "support" | "oppose"; words: string } | null {
  const words = defaultPolarityWords();
  const read = LABEL_READ;
  let positive = 0;
  let negative = 0;
  for (let k = von + 1; k <= head; k++) {
    if (tokens[k].kind !== "word") continue;
    let value = wordPolarity(tokens, k, head + 1, words, read);
    // (A noun the stance cues condemn counts where the general words are silent: "eine „ernste Provokation“".)
    if (value === 0 && k === head && condemningNoun(tokens[k], lex)) value = -0.8;
    if (value !== 0 && tokens.slice(von + 1, k).some((x) => lex.negators.has(x.norm))) value = -value;
    if (value > 0) positive += value;
    else negative -= value;
  }
  if ((positive > 0 && negative > 0) || Math.max(positive, negative) < 0.3) return null;
  return { polarity: positive > 0 ? "support" : "oppose", words: tokens.slice(von + 1, head + 1).filter((t) => t.kind === "word" && !ARTICLE.test(t.norm)).map((t) => t.text).join(" ") };
}

/**
 * Does a cooperation cue tie two sides other than the speaker's: a side opens its clause as subject
 * ("dass die USA Taiwan unterstützten", "China sei der wichtigste Unterstützer der russischen
 * Kriegswirtschaft") and another one, not the speaker's, is named in the clause after it? Not a
 * demand ("Die USA müssten mit China zusammenarbeiten"), not when the speaker's side is named with them.
 */
export function thirdPartyTie(tokens: Token[], span: Span, clauseOf: number[], hit: CueHit, targets: TargetMention[], own: ReadonlySet<string>): boolean {
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
  // A joint act named by its others in the genitive: "die gemeinsamen Manöver der USA, Südkoreas und Japans", "die
  // Zusammenarbeit Chinas mit Russland".
  const owners = tieHolders(tokens, span, hit, targets);
  if (owners.length >= 2 && !owners.some((t) => own.has(t.target))) return true;
  if (inClause.some((t) => own.has(t.target))) return false;
  // A tie "zwischen" two others right after the cue: "der Austausch zwischen Russland und Nordkorea", "die enge Umarmung
  // zwischen Moskau und Pjöngjang" (said by neither).
  // (A list of them too, its commas no clause's end: "die Rüstungskooperation zwischen Russland, China, Nordkorea und Iran".)
  const first = tokens[hit.at + 1]?.norm === "zwischen" ? inClause.find((t) => t.from > hit.at + 1 && t.from <= hit.at + 3) : undefined;
  if (first && (inClause.filter((t) => t.from > hit.at + 1 && t.from <= hit.at + 6).length >= 2 || coordinatedWith(tokens, first, targets).some((t) => t.kind === "actor" && !t.place && !own.has(t.target)))) return true;
  // A passive's agent ties itself to what is backed: "die Hutu-Miliz FDLR, die von der kongolesischen Armee unterstützt werde".
  const agentBefore = (t: TargetMention) => t.to <= hit.from && hit.from - t.to <= 2 && tokens.slice(Math.max(span.from, t.from - 3), t.from).some((x) => /^(?:von|vom)$/.test(x.norm));
  if (tokens[hit.at].wordClass === "verb" && inClause.some(agentBefore)) return true;
  // Or the side a speech act calls the tie's holder: "bezeichnete China als Partner Russlands".
  // Or the side a pronoun opening a subordinate clause stands for: "China habe Partei ergriffen, indem es eine Freundschaft mit Russland vereinbart habe".
  // (Not a noun in a phrase of a preposition, whose holder the clause's subject is not: "dankte Deutschland für die
  // Unterstützung bei den Gesprächen mit Polen".)
  const before = openerOf(tokens, hit.from, span.from);
  if (isCapitalized(tokens[hit.at].text) && tokens[hit.at].wordClass === "noun" && PREPOSITIONS.has(tokens[before].norm) && tokens[before].norm !== "zwischen") return false;
  const completedSubject = completing ? inClause.find((t) => clauseOf[t.from - span.from] === clause - 1 && bareSide(tokens, t)) : undefined;
  // (Or the subject of the clause before, which a conjunct opening with its verb shares: "China ist kein neutraler
  // Vermittler, sondern steht fest an der Seite Moskaus".)
  const open = clauseOpening(tokens, span, hit.from);
  const previous = open - 2 >= span.from ? clauseOf[open - 2 - span.from] : -1;
  const shared = /^(?:sondern|und|aber)$/.test(tokens[open]?.norm ?? "") && open + 1 < span.to && isFiniteVerb(tokens[open + 1]) && previous >= 0 ? targets.find((t) => t.kind === "actor" && !t.place && clauseOf[t.from - span.from] === previous && bareSide(tokens, t)) : undefined;
  if (shared && own.has(shared.target)) return false;
  const subject = completedSubject ?? shared ?? calledAs(tokens, span, hit, inClause) ?? clauseSubject(tokens, span, hit, inClause) ?? pronounSubject(tokens, span, hit, targets);
  if (!subject || DEMANDING_MODALS.has(tokens[subject.to]?.norm ?? "")) return false;
  // (Or several others as the subject that the cue joins: "Wenn China, Russland und andere Autokratien sich so eng
  // zusammenschließen".)
  // (A list's commas split clauses: its members before the subject count too.)
  const sides = targets.filter((t) => t.kind === "actor" && !t.place);
  // (Only a list with no preposition before it: not "mit Schweden, Dänemark und den anderen Staaten in Kontakt bleiben".)
  const listedBefore = sides.some((x) => x.to <= subject.from && x.target !== subject.target && !own.has(x.target) && bareSide(tokens, x) && coordinatedWith(tokens, x, sides).some((y) => y.from === subject.from));
  if (listedBefore || coordinatedWith(tokens, subject, inClause).some((t) => t.target !== subject.target)) return true;
  return inClause.some((t) => t.target !== subject.target && t.from >= subject.to);
}

/**
 * The side a cooperation noun is given to: the object before it in the Mittelfeld of a verb of giving in its clause
 * ("Russland hat China seine Unterstützung zugesichert", "sagte der Ukraine weitere Hilfe zu"); not the subject, not after a preposition.
 */
export function recipientOf(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[], lex: StanceLexicon): TargetMention | undefined {
  if (!isCapitalized(tokens[hit.at].text) || !lex.givingVerbs?.size) return undefined;
  const open = clauseOpening(tokens, span, hit.from);
  const end = stopAt(tokens, span, hit.at + 1, /^[,;:.!?–—]$/);
  // The verb: a lemma of the list, or a finite verb whose particle ends the clause ("sicherte … zu"), also before a
  // coordinated verb ("sicherte Russland die „volle Unterstützung“ zu und nannte Putin …").
  const particle = tokens[end - 1]?.wordClass === "function" ? tokens[end - 1].norm : "";
  const gives = (j: number) => {
    if (tokens[j].wordClass !== "verb") return false;
    const lemma = tokens[j].lemma.toLowerCase();
    const own = particleAfter(tokens, j, span.to);
    return lex.givingVerbs!.has(lemma) || lex.givingVerbs!.has(particle + lemma) || (own !== null && lex.givingVerbs!.has(tokens[own].norm + lemma));
  };
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
export function namesAlliance(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): boolean {
  if (!/(?:allianz|bündnis)$/.test(tokens[hit.at].lemma.toLowerCase()) || targets.some((t) => t.from <= hit.at && t.to > hit.at)) return false;
  let j = hit.at - 1;
  while (j > span.from && tokens[j].wordClass === "adj") j--;
  return /^(?:der|die|das|dem|den|des)$/.test(tokens[j]?.norm ?? "") && !/^(?:mit|zwischen|zu|zum|zur|gegen|von|vom|aus|der|des|beider|ihrer|seiner)$/.test(tokens[hit.at + 1]?.norm ?? "");
}
