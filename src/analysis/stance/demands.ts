// Demands: the side a demand, a call or a modal of demand tells to change course, to release,
// withdraw or give back, or not to do something; envoys summoned, rights granted, claims.
import { isCapitalized } from "../lemmas.js";
import type { Token } from "../text.js";
import { AUX_FORMS, PREPOSITIONS, QUOTE_MARK, REPORT_NOUNS } from "../statements/words.js";
import type { Statement } from "../statements.js";
import type { StanceCue, StanceLexicon, CueHit, TargetMention, Span } from "./types.js";
import { BEFORE_REFRAIN, listComma, DEMANDING_MODALS, stopAt, clauseOpening, isZuInfinitiveAt, isFiniteVerb, afterPreposition, opensCondition, conditionOpening, DEMAND_CUE, DEMAND_VERBS, isDemandVerb, negatedBefore, ARTICLE } from "./clauses.js";
import { MILITARY, demandedBefore, NECESSARY, openerOf, joinedLemma, nextComma } from "./cues.js";
import { namedWithOthers, coordinatedWith, namedBySeat, clauseSubject } from "./sides.js";

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
export function toldToChange(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string; comma: number } | null {
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
    const refrain = toldToRefrain(tokens, comma, end, lex);
    if (refrain !== null) return { side, cue: `${t.text} … ${tokens[refrain].text}`, comma };
  }
  return null;
}

// Possessives before the object a side is told to refrain from: "ihre Blockkonfrontation".
const OWN_POSSESSIVE = /^(?:sein|ihr|unser|eur|euer)(?:e|en|em|er|es)?$/;

// Told not to let up, give up or forget is encouraged, not criticised: "…, in ihrer Unterstützung nicht nachzulassen".
const LETTING_UP = /^(?:nachlassen|aufgeben|vergessen|verzagen|zögern|zurückschrecken|entmutigen|abwenden|nachgeben|ermüden|resignieren|ausruhen|verlieren)$/;

/**
 * Is what a side is told (from the comma after the appeal to `end`) to hold back from an act: "forderte die Führung in
 * Teheran auf, nicht erneut zurückzuschlagen", "…, keine weiteren Waffen zu liefern"? The negation's index, or null.
 */
function toldToRefrain(tokens: Token[], comma: number, end: number, lex: StanceLexicon): number | null {
  let k = comma + 1;
  // (Past a quotation's mark, and the object of the act: "…, „keine Konfrontation in die Arktis zu tragen“", "…, die
  // Spannungen nicht weiter anzuheizen", "…, ihre Blockkonfrontation nicht nach Asien zu tragen".)
  while (k < end && (BEFORE_REFRAIN.test(tokens[k].norm) || QUOTE_MARK.test(tokens[k].text))) k++;
  let object = k;
  while (object < end && object < k + 4 && (ARTICLE.test(tokens[object].norm) || OWN_POSSESSIVE.test(tokens[object].norm) || tokens[object].wordClass === "adj" || (tokens[object].wordClass === "noun" && isCapitalized(tokens[object].text)))) object++;
  if (object > k && tokens[object]?.norm === "nicht" && tokens[object - 1].wordClass === "noun") k = object;
  const negation = tokens[k]?.norm === "nicht" ? tokens[k + 1]?.norm !== "nur" : /^kein(?:e|en|er|es|em)?$/.test(tokens[k]?.norm ?? "");
  if (k >= end || !negation) return null;
  // (A zu-infinitive to refrain from, not letting up: "…, nicht nachzulassen", "…, die Ukraine nicht zu vergessen", "…, die
  // Ukraine nicht im Stich zu lassen".)
  const verbs = tokens.slice(k + 1, end).filter((x) => x.wordClass === "verb");
  if (verbs.length === 0 || !tokens.slice(k + 1, end).some((x) => x.norm === "zu" || (/zu\p{Ll}{3,}(?:en|ern|eln)$/u.test(x.norm) && verbs.includes(x)))) return null;
  // (Nor told not to stop, which is told to go on: "…, die Gespräche nicht zu unterlassen".)
  if (tokens.slice(k + 1, end).some((x, i) => x.wordClass === "verb" && correctiveAt(tokens, k + 1 + i, lex))) return null;
  return verbs.some((x) => LETTING_UP.test(x.lemma.toLowerCase())) || tokens.slice(k + 1, end).some((x) => x.norm === "stich") ? null : k;
}

// People a state takes back (readmission), not a decision it retracts.
const PEOPLE_TAKEN_BACK = /^(?:menschen|personen|flüchtlinge|migranten|migrantinnen|asylbewerber|asylwerber|schutzsuchende|staatsbürger|bürger)$/;

/**
 * The side a modal of demand tells to change course as the subject of its clause: "Armenien müsse seine Verfassung
 * ändern", "Die Volksrepublik solle Zurückhaltung üben"; a corrective verb or a call to restraint in that clause, not
 * negated, and one side alone ("Russland und die Ukraine müssten die Kämpfe einstellen" takes no one's part).
 */
export function toldByModal(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string; at: number } | null {
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
export function toldInDassClause(st: Statement, tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string; at: number } | null {
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

const INSISTING = /^(?:achten|bestehen|pochen|drängen|dringen|hinwirken)$/;

// What a side is blamed for not wanting: peace and the ways to it.
const PEACE_WANTED = /^(?:frieden|waffenruhe|waffenstillstand|feuerpause|verhandlungen|verhandlungslösung|lösung|einigung|dialog|kompromiss|deeskalation|friedensgespräche)$/;

/** The one side that is the subject of "wolle(n) kein(en) Frieden" and the like. */
export function wantsNoPeace(tokens: Token[], span: Span, targets: TargetMention[]): TargetMention | undefined {
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

/**
 * The one side told it cannot have it both ways, the subject of "kann nicht … und gleichzeitig …" or "kann nicht beides
 * haben": "China kann nicht behaupten, neutral zu sein, und gleichzeitig eine Partnerschaft mit dem Aggressor feiern",
 * "Peking kann nicht beides haben: …". (Not "kann nicht gleichzeitig kämpfen und verhandeln", what it is able to do.)
 */
export function cannotHaveBoth(tokens: Token[], span: Span, targets: TargetMention[]): TargetMention | undefined {
  for (let k = span.from; k < span.to; k++) {
    if (!/^(?:kann|könne|können|könnten|könnte)$/.test(tokens[k].norm) || tokens[k + 1]?.norm !== "nicht") continue;
    const end = stopAt(tokens, span, k + 2, /^[.;!?]$/);
    const both = tokens[k + 2]?.norm === "beides";
    let atOnce = false;
    for (let j = k + 3; j < end - 1 && !atOnce; j++) atOnce = tokens[j].norm === "und" && /^(?:gleichzeitig|zugleich)$/.test(tokens[j + 1].norm);
    if (both || atOnce) return modalSubject(tokens, span, targets, k, end);
  }
  return undefined;
}

// Blocs: "kein Bündnis gegen irgendjemanden", "keine Allianz gegen Dritte".
const BLOC = /^(?:bündnis|allianz|block|militärbündnis|militärblock|militärallianz|pakt)$/;

/** The one side said to be no bloc against anyone, the subject of "X sei kein Bündnis gegen …": defended. */
export function noBlocAgainst(tokens: Token[], span: Span, targets: TargetMention[]): TargetMention | undefined {
  for (let k = span.from; k < span.to - 2; k++) {
    if (!/^kein(?:e|en|er|es|em)?$/.test(tokens[k].norm) || !BLOC.test(tokens[k + 1].lemma.toLowerCase()) || tokens[k + 2].norm !== "gegen") continue;
    return modalSubject(tokens, span, targets, k, stopAt(tokens, span, k + 3, /^[,.;:!?–]$/));
  }
  return undefined;
}

// Offers of peace, and verbs of turning them down: "lehne jedes ernsthafte Angebot ab", "jedes Gesprächsangebot ausgeschlagen".
const PEACE_OFFER = /(?:angebot|waffenruhe|waffenstillstand|feuerpause|friedensplan|friedensvorschlag|friedensinitiative|friedensgespräche|verhandlungen)$/;
const TURNING_DOWN = /^(?:ablehnen|ausschlagen|zurückweisen|verweigern|blockieren|torpedieren)$/;

/**
 * The one side said to turn down every offer of peace, the subject of the clause: "Russland lehne jedes ernsthafte Angebot
 * ab", "Bislang habe der Kreml jedes ernsthafte Gesprächsangebot ausgeschlagen". Only "jede"/"alle"/"sämtliche" offers:
 * one offer turned down is told, not blamed ("lehnte den Vorschlag ab").
 */
export function turnsDownPeace(tokens: Token[], span: Span, targets: TargetMention[]): TargetMention | undefined {
  for (let k = span.from; k < span.to; k++) {
    if (tokens[k].wordClass !== "noun" || !PEACE_OFFER.test(tokens[k].lemma.toLowerCase())) continue;
    let q = k - 1;
    while (q > span.from && tokens[q].wordClass === "adj") q--;
    if (!/^(?:jede|jedes|jeden|jeder|alle|sämtliche)$/.test(tokens[q].norm)) continue;
    const end = stopAt(tokens, span, k, /^[,.;:!?–]$/);
    const open = clauseOpening(tokens, span, k);
    const verb = tokens.slice(open, end).findIndex((t) => t.wordClass === "verb" && TURNING_DOWN.test(joinedLemma(tokens, t, end + 1)));
    if (verb >= 0) return modalSubject(tokens, span, targets, open + verb, end);
  }
  return undefined;
}

/** The sides a negated "überlassen" names as whom something is not to be left to, right before the verb. */
export function notLeftTo(tokens: Token[], span: Span, targets: TargetMention[]): TargetMention[] {
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

const RELEASE = /^(?:freilassung|freilassen|freizulassen|freigelassen|rückkehr|rückführung)$/;

// Words of being held: the released are named as held, right before the place or right after it.
const HELD = /^(?:gefangene[n]?|häftling(?:e|en)?|geisel[n]?|inhaftiert\p{Ll}*|festgehalten\p{Ll}*|festgenommen\p{Ll}*|verhaftet\p{Ll}*|gefangen\p{Ll}*|verurteilt\p{Ll}*|entführt\p{Ll}*|eingesperrt\p{Ll}*|verschleppt\p{Ll}*|deportiert\p{Ll}*)$/u;

/**
 * The country where those whose release the statement demands are held: "die Freilassung aller politischen
 * Gefangenen in Venezuela", "einer Lehrerin, die in Teheran festgenommen wurde". Not a place of something else ("bei
 * seinem Besuch in Ägypten"), nor a demand negated or rejected ("wies die Forderung nach Freilassung … zurück").
 */
export function releaseDemanded(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string } | null {
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
export function withdrawalDemanded(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string } | null {
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
export function envoySummoned(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { side: TargetMention; cue: string } | null {
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
export function rightOfSide(tokens: Token[], span: Span, targets: TargetMention[]): { side: TargetMention; polarity: "support" | "oppose"; cue: string } | null {
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
export function calledOnBy(targets: readonly TargetMention[], k: number): TargetMention | undefined {
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
export function returnDemanded(tokens: Token[], span: Span, targets: TargetMention[], lex: StanceLexicon): { giver?: TargetMention; recipient?: TargetMention; cue: string } | null {
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
export function toldNotTo(tokens: Token[], span: Span, targets: TargetMention[]): { side: TargetMention; cue: string } | null {
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

const CLAIM_CONTENT_PREPOSITIONS = new Set(["nach", "über", "zu", "zur", "zum", "um", "auf"]);
const OWNED_CLAIM = /(?:forderung|vorschlag|vorschläge|plan|pläne|anspruch|ansprüche|wunsch|aufruf|angebot|ultimatum|drohung)$/;

/**
 * Is side `t` what a claim asks for, the claim's owner named before it: "die Forderung (des US-Präsidenten) Trumps nach einer
 * Übernahme Grönlands", "das Angebot Moskaus zu Gesprächen mit Kiew"?
 */
export function claimContent(tokens: Token[], t: TargetMention, targets: TargetMention[]): boolean {
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

// What a call to hold back asks for (cues.tsv: "rufen mäßigung"); said to all parties at once it takes no side.
export const EVEN_HANDED_APPEALS = /^(?:zurückhaltung|mäßigung|deeskalation)$/;

/**
 * Does the clause of token `at` demand something: a modal of demand ("müsse", "sollten", "müssten"), or "man"/"wir"
 * as a subject? So does a zu-infinitive after a verb of demand: "forderte China auf, mehr Druck auf Moskau auszuüben".
 */
export function demandedIn(tokens: Token[], span: Span, clauseOf: number[], at: number): boolean {
  const clause = clauseOf[at - span.from];
  for (let k = span.from; k < span.to; k++) if (clauseOf[k - span.from] === clause && (DEMANDING_MODALS.has(tokens[k].norm) || /^(?:man|wir)$/.test(tokens[k].norm)) && !conditionOpening(tokens, span, k)) return true;
  return isZuInfinitiveAt(tokens, at) && demandedBefore(tokens, span, at);
}

/** Does a verb of demand stand in the clause of token k before it ("forderte Brüssel zu Gegenmaßnahmen auf")? */
export function demandOpens(tokens: Token[], span: Span, k: number): boolean {
  for (let j = clauseOpening(tokens, span, k); j < k; j++) if (isDemandVerb(tokens, j)) return true;
  return false;
}

// Rejecting what was said: "wies die Vorwürfe zurück", "bestritt den Vorfall", "Die Emirate weisen das zurück".
export const REJECTING_VERB = /^(?:wies|weist|weisen|wiesen|zurückgewiesen|zurückweisen|zurückzuweisen|bestritt|bestritten|bestreitet|bestreiten|dementierte|dementierten|dementiert|dementieren)$/;

// Claims a rejection rejects: the reports and accusations of REPORT_NOUNS, and criticism.
const claimNoun = (lemma: string) => REPORT_NOUNS.test(lemma) || /(?:kritik|beschuldigung)$/.test(lemma);

/**
 * A fronted claim that the statement rejects, what it claims set off by commas: "Den Vorwurf aus Washington, China beliefere
 * …, wies Peking zurück". Gives the commas around what is claimed (no stance of the speaker's lies there) and the side whose
 * claim it is, named after the noun ("aus Washington", "der USA"). Only where the rejecting verb follows the second comma.
 */
export function frontedClaim(tokens: Token[], span: Span, targets: TargetMention[]): { from: number; to: number; accuser: TargetMention | undefined } | null {
  const noun = ARTICLE.test(tokens[span.from].norm) ? span.from + 1 : span.from;
  if (tokens[noun]?.wordClass !== "noun" || !claimNoun(tokens[noun].lemma.toLowerCase())) return null;
  const from = nextComma(tokens, noun, span.to);
  if (from - noun > 6) return null;
  // The comma before the rejecting verb (the statement may end there, read as the claim in reported speech: "Die Kritik der
  // USA, China unterstütze Russland").
  let to = from + 1;
  while (to <= span.to && !(tokens[to]?.text === "," && REJECTING_VERB.test(tokens[to + 1]?.norm ?? ""))) to++;
  if (to > span.to) return null;
  const sourceWord = (t: TargetMention) => tokens[ARTICLE.test(tokens[t.from - 1].norm) && t.from - 2 > noun ? t.from - 2 : t.from - 1].norm;
  const accuser = targets.find((t) => t.kind === "actor" && !t.modifier && t.from > noun && t.to === from && /^(?:aus|von|vom|der|des)$/.test(sourceWord(t)));
  return { from, to, accuser };
}
