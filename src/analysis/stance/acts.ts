// A side's acts: the agent and victim of a hostile act; acts pushed, threatened, ended or undone,
// judged or aimed at a side; what the speaker's own side intends.
import { isCapitalized } from "../lemmas.js";
import { tokenRange, type Token } from "../text.js";
import type { ActorMention } from "../statements.js";
import { AUX_FORMS, isTimeWord, PREPOSITIONS, RELATIVES, ZU_INFINITIVE } from "../statements/words.js";
import type { CueClass, StanceLexicon, CueHit, TargetMention, Span } from "./types.js";
import { isPredicateNoun, headIn, stopAt, clauseOpening, isZuInfinitiveAt, isFiniteVerb, afterPreposition, isDemandVerb, negatedBefore, callFor, genitivePhrase, ARTICLE, PASSIVE_WERDEN, isParticipleForm } from "./clauses.js";
import { endsInOne, modalBefore, demandedBefore, openerOf, PROTECTING, targetOf } from "./cues.js";
import { GOVERNMENT_SEAT, possessiveOwner, namedBySeat, subjectOfActVerb, subjectPhraseSides, invaded } from "./sides.js";

/** Is the doer of the deed at `hit` a side itself or its forces: a side named bare before it in its clause, or a noun of forces? */
export function stateDoer(tokens: Token[], span: Span, hit: CueHit, targets: readonly TargetMention[], forceNouns: readonly string[]): boolean {
  const open = clauseOpening(tokens, span, hit.at);
  const before = targets.filter((t) => t.kind === "actor" && !t.place && t.from >= open && t.to <= hit.from);
  const adjective = (t: TargetMention) => t.modifier === true || tokens[t.from].wordClass === "adj";
  if (before.some((t) => !adjective(t))) return true;
  const forces = (t: Token | undefined) => t !== undefined && t.kind === "word" && t.wordClass !== "function" && isCapitalized(t.text) && endsInOne(t.lemma.toLowerCase(), forceNouns);
  // (A side's adjective names whose people did it: its forces, "chinesische Schiffe", not "somalische Piraten".)
  if (before.length > 0) return before.some((t) => forces(tokens[t.to]));
  return tokens.slice(open, hit.from).some((t) => forces(t));
}

/** Is "gegen" at k the aim of "sich richten" ("richteten sich gegen", "gegen … gerichtet")? */
export function aimedAt(tokens: Token[], span: Span, k: number): boolean {
  // (Back over a first side: "richteten sich sowohl gegen Russland als auch gegen China".)
  for (let j = Math.max(span.from, k - 8); j < Math.min(span.to, k + 12); j++) {
    if (j > k && /^[.;:!?]$/.test(tokens[j].text)) break;
    if (j < k - 3 && !tokens.slice(j + 1, k).some((t) => t.norm === "sowohl" || t.norm === "auch")) continue;
    if (tokens[j].wordClass === "verb" && tokens[j].lemma.toLowerCase() === "richten" && (j > k || tokens[j + 1]?.norm === "sich")) return true;
  }
  return false;
}

// Containment verbs that blame their doer even when what they act on is no side (unlike "die Flüchtlingszahlen eindämmen").
const BLAMING_CONTAINMENT = new Set(["behindern", "spalten", "untergraben", "sabotieren", "torpedieren", "blockieren"]);

const FROM_PLACE: ReadonlySet<string> = new Set(["aus"]);

/** War nouns that name one side's act against another, unlike "Krieg" itself: who it is against is its victim. */
const AGGRESSION = /(?:aggression|invasion|überfall|einmarsch|angriffskrieg|militärintervention|kriegserklärung|militäroperation|kampfhandlung)$/;

export const OPPOSING_CLASSES = new Set<CueClass>(["rejection", "countering", "condemnation"]);

/**
 * A countering noun whose compound names what is fought, no side ("Armutsbekämpfung", "Terrorabwehr"): it counters
 * that thing, and what stands around it is not countered ("lobte Chinas Erfolge bei der Armutsbekämpfung").
 */
export function foughtThing(tokens: Token[], hit: CueHit): boolean {
  if (hit.cue.class !== "countering" || hit.from !== hit.at || hit.cue.words.length !== 1) return false;
  const lemma = tokens[hit.at].lemma.toLowerCase();
  return lemma.length > hit.cue.words[0].length + 2 && lemma.endsWith(hit.cue.words[0]);
}

/**
 * Does the cue stand in a zu-infinitive that a rejection just before it governs ("lehne es ab, China unter Druck zu
 * setzen", "wandte sich gegen jeden Versuch, … Sanktionen zu verhängen"): one comma between, no finite verb?
 */
export function inRejectedInfinitive(tokens: Token[], hit: CueHit, opposing: CueHit[]): boolean {
  return opposing.some((o) => {
    if (o.polarity !== "oppose" || o.at >= hit.from || hit.from - o.at > 12) return false;
    let commas = 0;
    for (let j = o.at + 1; j < hit.from; j++) {
      if (tokens[j].text === ",") commas++;
      else if (tokens[j].kind === "punct" || isFiniteVerb(tokens[j])) return false;
    }
    if (commas !== 1) return false;
    // The clause is an infinitive with "zu": "zu setzen", "aufzuheben"; the cue may be that infinitive ("Russland Waffen zu liefern").
    if (tokens[hit.from - 1]?.norm === "zu" || ZU_INFINITIVE.test(tokens[hit.at].norm)) return true;
    for (let j = hit.at + 1; j < Math.min(tokens.length, hit.at + 6) && tokens[j].kind !== "punct"; j++) {
      if (tokens[j].norm === "zu" || ZU_INFINITIVE.test(tokens[j].norm)) return true;
    }
    return false;
  });
}

/**
 * The side a threat comes from, named in a relative clause right after it: "die Bedrohung, die von China ausgeht",
 * "eine Bedrohung, die von Nordkoreas Raketenprogramm … ausgehe" (the first side after "von"/"vom", the clause ending in
 * "ausgehen"). Undefined for any other cue or clause.
 */
export function threatSource(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  if (hit.polarity !== "oppose" || !/^(?:bedrohung|gefahr)$/.test(hit.cue.words[0]) || hit.cue.words.length > 1) return undefined;
  // (Or in a participle before it: "die vom iranischen Atomprogramm ausgehende Bedrohung".)
  if (/^ausgehend/.test(tokens[hit.at - 1]?.norm ?? "")) {
    let by = hit.at - 2;
    while (by > span.from && by >= hit.at - 7 && !/^(?:von|vom)$/.test(tokens[by].norm)) by--;
    if (/^(?:von|vom)$/.test(tokens[by]?.norm ?? "")) return targets.find((t) => t.kind === "actor" && t.from > by && t.to < hit.at - 1 && !t.place);
  }
  const comma = hit.at + 1;
  if (tokens[comma]?.text !== "," || !RELATIVES.has(tokens[comma + 1]?.norm ?? "") || !/^(?:von|vom)$/.test(tokens[comma + 2]?.norm ?? "")) return undefined;
  const end = stopAt(tokens, span, comma + 3, /^[,;:.!?]$/);
  if (tokens[end - 1]?.lemma.toLowerCase() !== "ausgehen") return undefined;
  return targets.find((t) => t.kind === "actor" && t.from > comma + 2 && t.to < end && !t.place);
}

// Heads of a side's acts, whose demonym names their doer ("die sudanesische Militäroperation", "die russischen Angriffe").
export const ACT_HEADS = ["operation", "offensive", "angriff", "angriffe", "invasion", "politik", "vorgehen", "zölle", "zoll", "sanktion", "manöver", "übung", "haltung", "plan", "pläne", "entscheidung", "maßnahme"].map((w) => w.replace(/ß/g, "ss"));

/** Does an opposing cue judge the act it takes ("kritisierte", "verurteilte")? Not a threat, whose act is the speaker's own ("drohte mit Gegenmaßnahmen gegen Estland"). */
export function judgesActs(c: CueHit): boolean {
  return OPPOSING_CLASSES.has(c.cue.class) && !/^(?:drohen|drohung|androhen)$/.test(c.cue.words[0]);
}

/** The noun of a side's act ("Vorgehen", "Politik", "Sanktionen") that ends right before token k, a genitive of its doer allowed between; else -1. */
export function actBefore(tokens: Token[], span: Span, k: number, targets: TargetMention[]): number {
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
export function judgedAct(tokens: Token[], span: Span, clauseOf: number[], k: number, cues: CueHit[], targets: TargetMention[]): boolean {
  const act = actBefore(tokens, span, k, targets);
  if (act < 0) return false;
  return cues.some((c) => c.polarity === "oppose" && judgesActs(c) && c.at < act && clauseOf[c.at - span.from] === clauseOf[act - span.from] && !tokens.slice(c.at + 1, act).some((x) => x.wordClass === "verb"));
}

/** Does the side at k own the affairs a hostile act before it meddles in ("Einmischung in die inneren Angelegenheiten Chinas")? */
export function affairsOf(tokens: Token[], k: number, hostileAt: ReadonlySet<number>): boolean {
  // "die inneren Angelegenheiten von Belarus" as "… Chinas".
  if (tokens[k - 1]?.norm === "von") k--;
  if (!/^angelegenheit/.test(tokens[k - 1]?.lemma.toLowerCase() ?? "")) return false;
  // Also past whose meddling it is: "Einmischung externer Kräfte in die inneren Angelegenheiten Chinas".
  for (let d = 2; d <= 9 && tokens[k - d] && tokens[k - d].kind !== "punct" && !isFiniteVerb(tokens[k - d]); d++) if (hostileAt.has(k - d)) return true;
  return false;
}

/** Does the speaker's own side, as the subject of the clause at `at`, say it will or wants to do it ("Die Union werde …"), or (`done`) do it? */
export function intendedByOwn(tokens: Token[], span: Span, clauseOf: number[], at: number, targets: TargetMention[], own: ReadonlySet<string>, done = false): boolean {
  const clause = clauseOf[at - span.from];
  const will = done ? at - span.from : tokens.slice(span.from, at).findIndex((t, i) => clauseOf[i] === clause && INTENTION.test(t.norm));
  if (will < 0) return false;
  const subject = targets.find((t) => t.kind === "actor" && clauseOf[t.from - span.from] === clause && t.from < span.from + will && !t.place && !t.modifier && !afterPreposition(tokens, t));
  return subject !== undefined && own.has(subject.target);
}

export const INTENTION = /^(?:werde|werden|wird|will|wolle|wollen)$/;
// Verbs by which a speaker declares an act of their own, in a zu-infinitive after them.
export const ANNOUNCING = new Set(["ankündigen", "beschließen", "entscheiden", "planen", "beabsichtigen", "vorhaben", "zusagen", "versprechen"]);
export const THREATENING = new Set(["drohen", "androhen"]);
export const RULING_OUT = new Set(["ausschließen"]);

/**
 * Does the speaker, as the subject of "drohen", threaten with the act at `hit` ("Die Ecowas drohte mit einer
 * Militärintervention gegen Niger", "Trump drohte China mit neuen Zöllen")? An act threatened is carried further.
 */
export function threatenedBySpeaker(tokens: Token[], span: Span, clauseOf: number[], hit: CueHit, inSpeaker: (k: number) => boolean): boolean {
  for (let j = hit.from - 1; j >= span.from && j >= hit.from - 8 && clauseOf[j - span.from] === clauseOf[hit.from - span.from]; j--) {
    if (tokens[j].norm !== "mit") continue;
    for (let v = j - 1; v >= Math.max(span.from, j - 4); v--) if (THREATENING.has(tokens[v].lemma.toLowerCase())) return (v > span.from && inSpeaker(v - 1)) || inSpeaker(v + 1);
    return false;
  }
  return false;
}
// Verbs that take up more of an act (besides act-verbs.txt): "über weitere Sanktionen beraten", "mit neuem Druck reagieren".
export const TAKING_UP = new Set(["beraten", "beschließen", "verabschieden", "vorbereiten", "planen", "prüfen", "erwägen", "ankündigen", "reagieren", "antworten", "ergreifen", "fordern", "verlangen", "drohen", "vorlegen", "anstreben", "streben", "bringen", "einsetzen", "setzen", "beteiligen", "machen", "folgen", "mittragen", "unterstützen"]);
// Verbs that avert an act, before the verb that would take it up: "weitere Angriffe verhindern", "von weiteren Sanktionen absehen".
export const AVERTING = new Set(["verhindern", "vermeiden", "abwenden", "absehen", "aufheben", "lockern", "aussetzen", "ablehnen", "hinnehmen"]);
// Adjectives of more of an act: "weitere Sanktionen", "neue Strafzölle", "zusätzlichen Druck", "schärfere Maßnahmen".
export const MORE_OF = /^(?:weiter|neu|zusätzlich|schärfer|härter|verschärft|stärker)(?:e|en|er|es|em)$/;
// Nouns of more of an act or of carrying it out, before its genitive: "eine Verschärfung der Sanktionen", "die Verlängerung
// der Strafzölle", "auf eine vollständige Umsetzung der UN-Sanktionen dringen".
const MORE_NOUN = /^(?:verschärfung|ausweitung|ausdehnung|erhöhung|verstärkung|fortsetzung|verlängerung|umsetzung|durchsetzung|einhaltung|anwendung)$/;

/**
 * Verbs that want an act carried out, whoever does it: praise ("begrüßte die Strafmaßnahmen gegen Moskau") and
 * demands ("forderte neue Sanktionen gegen Russland"), not negated ("hat … nie gefordert").
 */
export function endorsingPushers(tokens: Token[], span: Span, cues: CueHit[], lex: StanceLexicon): CueHit[] {
  const out = cues.filter((c) => c.cue.class === "praise" && c.polarity === "support" && tokens[c.at].wordClass === "verb");
  for (let k = span.from; k < span.to; k++) {
    if (isDemandVerb(tokens, k) && !out.some((c) => c.at === k) && !negatedBefore(tokens, span, k, lex)) out.push(actVerbHit(tokens, k));
  }
  return out;
}

/** Is the hostile act undone by a word up to four before it ("die Aufhebung der Sanktionen", "die gelockerten Sanktionen")? */
export function undoneAct(tokens: Token[], span: Span, act: CueHit, lex: StanceLexicon): boolean {
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
export function actVerbHit(tokens: Token[], k: number): CueHit {
  return { from: k, at: k, text: tokens[k].text, polarity: "support", cue: { words: [tokens[k].lemma.toLowerCase()], polarity: "support", class: "strengthening", scope: "nearest" } };
}

/** Is the hostile act at `act` the object of the verb at `pusher`: in its clause, the verb up to seven words after it or before it with at most four words besides the speaker's between? */
export function pushes(tokens: Token[], clauseOf: number[], span: Span, pusher: CueHit, act: CueHit, inSpeaker: (k: number) => boolean, undoing: readonly string[] = []): boolean {
  if (clauseOf[pusher.at - span.from] !== clauseOf[act.at - span.from]) return false;
  const d = pusher.at - act.at;
  // (A finite verb after "und" opens a conjunct with its own object: "sprach von einer Provokation durch Russland und forderte
  // mehr Truppen".)
  if (d > 0 && /^(?:und|oder|sowie)$/.test(tokens[pusher.at - 1]?.norm ?? "") && isFiniteVerb(tokens[pusher.at])) return false;
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

// Measures on goods, whose origin after "aus" is their victim: "Zölle auf Elektroautos aus China".
const TRADE_MEASURE = /(?:zoll|zölle|verbot|abgabe|steuer|quote|beschränkung|sanktion|embargo|stopp)$/;

/**
 * Does the speaker demand an end of the act at `hit`: a verb that ends it (ENDING_VERBS) after it in its clause, not
 * negated, with a modal of demand before it ("Ungarn müsse seine Blockade gegen Schweden endlich aufgeben") or as a
 * zu-infinitive after a verb of demand ("forderte Moskau auf, den Krieg gegen die Ukraine zu beenden")?
 */
export function endDemanded(tokens: Token[], span: Span, hit: CueHit, lex: StanceLexicon): boolean {
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
export const ENDING_NOUNS = new Set(["ende", "beendigung", "einstellung", "stopp"]);
const ENDING_VERBS = new Set(["beenden", "einstellen", "stoppen", "aufgeben", "aufheben", "lockern", "abbauen", "zurücknehmen", "unterlassen", "aufhören", "verzichten", "abziehen", "zurückziehen"]);

// Prepositions of whom an act benefits or harms: "zugunsten Russlands", "zulasten der Ukraine".
export const BENEFIT = /^(?:zugunsten|zulasten|zuungunsten)$/;

/** Nouns of a genocide: "der armenische Genozid" names its victims. */
const GENOCIDE = /(?:genozid|völkermord|holocaust)$/;

// "sein" and "bleiben", of a state (a passive's "werden" is PASSIVE_WERDEN).
const STATAL_AUX = /^(?:ist|sei|sind|seien|war|waren|wäre|wären|bleibt|bleibe|bleiben|blieb)$/;

/**
 * Votes for a hostile act's agent and victim ("Provokationen gegen China" → China support; "Eindämmungspolitik
 * Russlands, die von den USA verfolgt wird" → USA oppose). The victim is supported where the speaker speaks against the act
 * ("opposed": "lehne die Sanktionen gegen Russland ab"), opposed where the speaker wants it carried further
 * ("pushed": "man müsse den Druck auf Russland erhöhen"), and gets nothing where the act is only told of.
 */
export function hostileAct(hit: CueHit, tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon, vote: (t: string, p: "support" | "oppose", cue: string) => void, stand: "opposed" | "pushed" | "told", ended = false, own: ReadonlySet<string> = new Set(), speakersWish = true, praised = false): void {
  const opposed = stand === "opposed";
  // Negated or rejected acts keep their direction: the act is what the speaker speaks against.
  const victim = hit.polarity === "oppose" ? "support" : "oppose";
  const agent = hit.polarity;
  const at = hit.at;
  // Whoever carries out an act the speaker wants is not opposed for it: "die EU müsse Sanktionen gegen Russland verhängen";
  // praised, the act is the speaker's support of its doer: "Selenskyj begrüßte die Sanktionen der USA".
  const voteAgent = (t: string, cue: string) => {
    if (stand !== "pushed" || !speakersWish) vote(t, agent, cue);
    else if (praised) vote(t, "support", cue);
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
  // A war's relative clause may name who started it: "Der Krieg, den Putin begonnen hat" (not who wages it, which may be
  // in defence: "den die Ukraine gegen Russland führt").
  const starter = hit.cue.class === "war" && !genitiveAgent ? warStarter(tokens, span, at, targets) : undefined;
  if (starter) voteAgent(starter.target, hit.text);
  // A finite verb first, its noun after it: "Washington treibe einen Keil zwischen Moskau und Peking". Its subject, before
  // it or right after it ("Nun treibe Washington …"), does it; the sides it is driven between are its victims.
  if (hit.cue.class === "containment" && hit.from < at && isFiniteVerb(tokens[hit.from])) {
    const bare = (t: TargetMention) => t.kind === "actor" && !t.place && !t.modifier && !afterPreposition(tokens, t);
    const open = clauseOpening(tokens, span, hit.from);
    const subject = targets.find((t) => bare(t) && ((t.from >= open && t.to === hit.from) || t.from === hit.from + 1));
    let end = at + 1;
    while (end < span.to && end - at <= 10 && tokens[end].kind !== "punct" && !isFiniteVerb(tokens[end])) end++;
    const between = tokens.slice(at + 1, end).findIndex((t) => t.norm === "zwischen");
    if (between >= 0) for (const t of targets) if ((t.kind === "actor" || t.kind === "bilateral") && !t.place && t.from > at + 1 + between && t.to <= end) vote(t.target, victim, hit.text);
    if (subject) voteAgent(subject.target, hit.text);
    return;
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
    // A state with "sein" and no doer is said of the side, as a weakness: "Russland sei international isoliert" opposes
    // Russia ("keineswegs isoliert" supports it); not a passive, "Russland müsse isoliert werden".
    const clause = tokens.slice(open, at);
    const statal = !subject && !zuInfinitive && (clause.some((t) => STATAL_AUX.test(t.norm)) || STATAL_AUX.test(tokens[at + 1]?.norm ?? "")) && !clause.some((t) => PASSIVE_WERDEN.test(t.norm) || /^(?:von|vom|durch)$/.test(t.norm)) && !PASSIVE_WERDEN.test(tokens[at + 1]?.norm ?? "");
    // (A side a relation is with stays its victim, harmed or not: "die Sanktionen würden die Beziehungen zu China nicht
    // beschädigen" backs China as "die USA wollten die Beziehungen zu China beschädigen" does.)
    // (Either side after "zwischen": "die Beziehungen zwischen China und Russland".)
    const relationPartner = (t: TargetMention): boolean => {
      let j = t.from - 1;
      while (j > span.from && ARTICLE.test(tokens[j].norm)) j--;
      if (/^(?:und|sowie)$/.test(tokens[j]?.norm ?? "")) {
        const first = objects.find((o) => o.to === j);
        return first !== undefined && first !== t && relationPartner(first);
      }
      return /^(?:zu|zum|zur|mit|zwischen)$/.test(tokens[j]?.norm ?? "") && headIn(tokens[j - 1]?.lemma.toLowerCase() ?? "", lex.relationNouns);
    };
    for (const t of objects) vote(t.target, statal ? hit.polarity : ownDoer ? agent : relationPartner(t) ? "support" : victim, hit.text);
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
          // (Not the agent of a passive that does something else to the act: "dass Kriegsverbrechen vom Internationalen
          // Gerichtshof geahndet werden müssten"; one that commits it is its doer, "von Russland begangen worden".)
          if (!passiveOfOther(tokens, t.to)) voteAgent(t.target, `${hit.text} ${w}`);
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

/** Does a passive participle after k, in its clause, answer the act rather than do it ("geahndet werden")? */
function passiveOfOther(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j <= k + 6 && tokens[j].kind !== "punct"; j++) {
    if (PASSIVE_WERDEN.test(tokens[j].norm) && isParticipleForm(tokens[j - 1])) return ANSWERING.test(tokens[j - 1].lemma.toLowerCase());
  }
  return false;
}

// Verbs of answering an act, whose passive agent is not its doer ("von den USA verfolgt" may still pursue a policy).
const ANSWERING = /^(?:ahnden|bestrafen|sanktionieren|untersuchen|aufklären|aufarbeiten|ermitteln|dokumentieren|verurteilen|anprangern|kritisieren|beenden|stoppen|verhindern|abwehren|vereiteln|zurückweisen)$/;

// Verbs of starting a war: "begonnen", "entfesselt", "angezettelt".
const STARTING_WAR = /^(?:beginnen|entfesseln|anzetteln|anfangen|starten|auslösen)$/;

/** The side a relative clause right after a war noun names as its subject with a verb of starting it ("Der Krieg, den Putin begonnen hat"). */
function warStarter(tokens: Token[], span: Span, at: number, targets: TargetMention[]): TargetMention | undefined {
  if (tokens[at + 1]?.text !== "," || !/^(?:den|die|das)$/.test(tokens[at + 2]?.norm ?? "")) return undefined;
  const subject = targets.find((t) => t.kind === "actor" && !t.place && !t.modifier && (t.from === at + 3 || (t.from === at + 4 && ARTICLE.test(tokens[at + 3].norm))));
  if (!subject) return undefined;
  for (let j = subject.to; j < span.to && j <= subject.to + 8 && tokens[j].kind !== "punct"; j++) if (STARTING_WAR.test(tokens[j].lemma.toLowerCase())) return subject;
  return undefined;
}

// Words of keeping another side going: "liefern", "stützen", "Unterstützung", "Munitionslieferungen"; who paves its way
// ("ein entscheidender Wegbereiter des russischen Angriffskriegs"), who supplies it ("der wichtigste Lieferant", "Hauptlieferant").
const KEEPING_GOING = /^(?:liefern|beliefern|versorgen|unterstützen|stützen|helfen|finanzieren|ausrüsten|unterstützung|hilfe|wegbereiter|\p{L}*lieferung|\p{L}*lieferant)$/u;
// What a side wages its war with: "Russlands Kriegswirtschaft", "den russischen Angriffskrieg", "diesen Krieg führen";
// not a war of trade nor one of defence ("Handelskrieg", "Verteidigungskrieg").
const WAR_EFFORT = /(?:krieg|kriegswirtschaft|kriegsmaschinerie|kriegsführung|kriegsanstrengung|rüstungsindustrie|rüstungsproduktion|aggression)$/;
// A side's arms industry, which it keeps in peace too: its owner wages no war by a possessive alone.
const ARMS_INDUSTRY = /(?:rüstungsindustrie|rüstungsproduktion)$/;
// Prepositions other than those of being against: "gegen die russische Aggression" names no war the help serves.
const NOT_AGAINST: ReadonlySet<string> = new Set([...PREPOSITIONS].filter((p) => !/^(?:gegen|wider|vor)$/.test(p)));
const NOT_WAGED = /(?:handels|zoll|wirtschafts|chip|währungs|preis|verteidigungs|abwehr|befreiungs|unabhängigkeits)krieg$/;
// What a war is waged with: "Munition", "Waffen", "Artilleriegranaten", "Drohnen", goods of two uses ("Dual-Use-Güter").
const WAR_GOODS = /(?:munition|waffe|waffen|granate|granaten|rakete|raketen|drohne|drohnen|panzer|rüstungsgut|rüstungsgüter|dual-use-gut|dual-use-güter)$/;

/**
 * The sides a document names as waging a war: the owner right before a war noun ("Russlands Krieg", "den russischen
 * Angriffskrieg") or in the genitive right after it ("der Krieg Russlands"); not an arms industry, nor a war of trade or
 * defence.
 */
export function warringSides(tokens: readonly Token[], mentions: readonly ActorMention[]): Set<string> {
  const out = new Set<string>();
  const war = (t: Token | undefined) => t !== undefined && isCapitalized(t.text) && WAR_EFFORT.test(t.lemma.toLowerCase()) && !NOT_WAGED.test(t.lemma.toLowerCase()) && !ARMS_INDUSTRY.test(t.lemma.toLowerCase());
  for (const m of mentions) {
    const side = targetOf(m);
    if (side === null) continue;
    const { from: k, to: end } = tokenRange(tokens, m.start, m.end);
    // (Whole tokens only, not a side inside a compound: "Ukraine-Krieg" is the war in Ukraine.)
    if (k >= end || tokens[k].start !== m.start || tokens[end - 1].end > m.end) continue;
    if (war(tokens[end]) || (/s$/.test(tokens[k].text) && war(tokens[k - 1]))) out.add(side);
  }
  return out;
}

/** Does the clause of k open as a relative clause, after a preposition too: "…, die Moskau …", "…, mit denen Moskau …"? */
function relativeOpening(tokens: Token[], span: Span, k: number): boolean {
  const open = clauseOpening(tokens, span, k);
  const pronoun = PREPOSITIONS.has(tokens[open].norm) ? open + 1 : open;
  return tokens[open - 1]?.text === "," && RELATIVES.has(tokens[pronoun]?.norm ?? "") && pronoun < k;
}

/** Does the span hold a word of help and a war or what one is waged with (a cheap look before `warHelpers`)? */
export const WAR_HELP_TEXT = { help: /liefer|unterstütz|stütz|hilfe|helf|versorg|finanzier|ausrüst|laufen|wegbereit/i, war: /krieg|rüstung|aggression|munition|waffe|granate|rakete|drohne|panzer|dual-use/i };

/**
 * Who keeps a side's war going shares the blame for it: "Peking stütze die russische Kriegswirtschaft", "Ohne die Lieferungen
 * aus China könne Moskau diesen Krieg nicht führen", "die chinesische Unterstützung sei für die russische Rüstungsindustrie
 * entscheidend". The waging side is the one a war noun belongs to ("Russlands", "russische") or one that `opposed` says
 * the speaker opposes (in this statement or, on a second reading, elsewhere), with a war noun or arms in the statement
 * ("Nordkorea liefere Moskau Munition"); the helper is the one other side in the clause of a word of help that no "kein"
 * denies, a clause that does not name the speaker's side. Pairs of helper and waging side.
 */
export function warHelpers(tokens: Token[], span: Span, clauseOf: number[], targets: readonly TargetMention[], own: ReadonlySet<string>, opposed: (target: string) => boolean, warring: (target: string) => boolean = () => false): { helper: TargetMention; waging: TargetMention; cue: string }[] {
  const war: number[] = [];
  let goods = false;
  for (let k = span.from; k < span.to; k++) {
    const lemma = tokens[k].lemma.toLowerCase();
    // (A compound the lexicon lacks is a noun too: "die russische Kriegsmaschinerie".)
    if (tokens[k].wordClass !== "noun" && !(tokens[k].wordClass === null && tokens[k].kind === "word" && isCapitalized(tokens[k].text))) continue;
    if (WAR_EFFORT.test(lemma) && !NOT_WAGED.test(lemma)) war.push(k);
    else if (WAR_GOODS.test(lemma)) goods = true;
  }
  if (war.length === 0 && !goods) return [];
  const sides = targets.filter((t) => t.kind === "actor" && !t.talks && !t.issue && !t.about);
  // (Owner right before the war noun, "Russlands Krieg", "die russische Kriegswirtschaft", or its genitive right after, "der Krieg Russlands".)
  // (Or the side a possessive before a war of its own refers to: "Drohnen, die Russland für seinen Krieg benötige"; its arms
  // industry only where the document names its war, as a side builds one up in peace too: "unterstütze Polen beim Ausbau
  // seiner Rüstungsindustrie".)
  const owns = (t: TargetMention) => war.some((w) => t.to === w || (t.from === w + 1 && /s$/.test(tokens[t.from].text)) || ((!ARMS_INDUSTRY.test(tokens[w].lemma.toLowerCase()) || warring(t.target)) && possessiveOwner(tokens, span, w, sides) === t));
  // (An owner after a preposition too: "die in die russische Rüstungsproduktion flössen".)
  const waging = new Set(sides.filter((t) => owns(t) || (!t.place && opposed(t.target))).map((t) => t.target));
  if (waging.size === 0) return [];
  const out: { helper: TargetMention; waging: TargetMention; cue: string }[] = [];
  const clause = (k: number) => clauseOf[k - span.from];
  for (let h = span.from; h < span.to; h++) {
    const t = tokens[h];
    const lemma = t.lemma.toLowerCase();
    // ("am Laufen halten" keeps it going too.)
    const help = (KEEPING_GOING.test(lemma) && (t.wordClass === "verb" || t.wordClass === "noun")) || (t.norm === "laufen" && tokens[h - 1]?.norm === "am");
    if (!help) continue;
    // ("China liefert keine Waffen", "keinerlei Unterstützung"; the help not given.)
    const denied = tokens.slice(Math.max(span.from, h - 2), Math.min(span.to, h + 4)).some((x, i) => clause(Math.max(span.from, h - 2) + i) === clause(h) && /^(?:kein|keine|keinen|keinem|keiner|keinerlei|nie|niemals)$/.test(x.norm)) || tokens[h - 1]?.norm === "nicht";
    if (denied) continue;
    const inClause = sides.filter((x) => clause(x.from) === clause(h));
    if (inClause.some((x) => own.has(x.target))) continue;
    // The waging side may be named in a relative clause on what is delivered, no verb between: "Iran liefere Drohnen und
    // andere Güter, die Russland für seinen Krieg benötige".
    const inRelative = sides.filter((x) => clause(x.from) > clause(h) && x.from - h <= 15 && relativeOpening(tokens, span, x.from) && owns(x) && !tokens.slice(h + 1, clauseOpening(tokens, span, x.from)).some((y) => y.wordClass === "verb"));
    // The help's source right after it is a helper: "Lieferungen aus China", "die Unterstützung der USA" (not "Akteure in China").
    // (Or past what is delivered: "die Lieferungen sogenannter Dual-Use-Güter aus China an Russland".)
    const goodsBetween = (x: TargetMention) => x.from - h <= 5 && tokens[x.from - 1].norm === "aus" && tokens.slice(h + 1, x.from - 1).every((y) => y.kind === "word" && y.wordClass !== "verb" && !PREPOSITIONS.has(y.norm));
    const source = (x: TargetMention) => t.wordClass === "noun" && (((x.from === h + 2 || x.from === h + 3) && /^(?:aus|von|der|des)$/.test(tokens[h + 1].norm)) || goodsBetween(x));
    // (Not a war the help is against: "lieferten der Ukraine Waffen gegen die russische Aggression"; nor the subject of a
    // verb of help, who gives it: "Selenskyj kritisierte, China liefere Russland Bauteile für Raketen".)
    const subject = t.wordClass === "verb" || t.norm === "laufen" ? inClause.reduce<TargetMention | undefined>((first, x) => (first === undefined || x.from < first.from ? x : first), undefined) : undefined;
    const wager = [...inClause, ...inRelative].find((x) => x !== subject && waging.has(x.target) && !x.place && !source(x) && !afterPreposition(tokens, x, NOT_AGAINST));
    if (!wager) continue;
    // (Not whom the war is against: "Russlands Krieg gegen die Ukraine".)
    // (A side opposed in the statement may be the helper: "kritisierte, Peking stütze die russische Kriegswirtschaft".)
    const helpers = inClause.filter((x) => x.target !== wager.target && (source(x) || (!x.place && !afterPreposition(tokens, x))));
    // One helper: with two, one of them is the help's recipient ("Deutschland unterstütze die Ukraine gegen den russischen
    // Angriffskrieg").
    if (helpers.length === 1) out.push({ helper: helpers[0], waging: wager, cue: t.text });
  }
  return out;
}
