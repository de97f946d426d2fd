// Cue and target finding over a token range: cue words (lemmas, compound heads, separated
// verbs, multiword cues) and their negation, the targets (actors, concepts, "beide Seiten").
import { isCapitalized } from "../lemmas.js";
import type { Token } from "../text.js";
import { AUX_FORMS, hasLowerCase, lowerLatin1, PREPOSITIONS, QUOTE_MARK, RELATIVES, SUBORDINATORS } from "../statements/words.js";
import type { ActorMention } from "../statements.js";
import type { StanceCue, StanceLexicon, CueHit, TargetMention, Span } from "./types.js";
import { HOSTILE_CLASSES, isNegator } from "./lexicon.js";
import { PARTICLES, BEFORE_REFRAIN, DEMANDING_MODALS, clauseOpening, isZuInfinitiveAt, isFiniteVerb, afterPreposition, opensCondition, isDemandVerb, ARTICLE } from "./clauses.js";
import { defaultGeneralPolarity } from "./polarity-words.js";

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
export type SpanKeys = (k: number) => string[];

export function spanKeys(tokens: Token[], span: Span): SpanKeys {
  const cache: Array<string[] | undefined> = [];
  return (k) => (cache[k - span.from] ??= keysOf(tokens[k]));
}

/** Cue words in tokens [from, to): single lemmas, compound heads, separated verbs, multiword cues. */
export function findCues(tokens: Token[], span: Span, lex: StanceLexicon, skip: (k: number) => boolean, keysAt: SpanKeys = spanKeys(tokens, span), demanded = false): CueHit[] {
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
    // nor after "miss-" or "un-": "Missverständnis", "Unverständnis" are no "Verständnis"; nor after a particle alone: PARTICLE_ONLY.)
    for (const cue of compoundHeadCues(lex, lemma)) {
      const w = cue.words[0];
      if ((lemma.length > w.length || full.length > lemma.length) && lemma.endsWith(w) && !/(?:de|des|miss|un)$/.test(lemma.slice(0, lemma.length - w.length)) && !PARTICLE_ONLY.test(lemma.slice(0, lemma.length - w.length))) {
        // (A sham's is no good: "ein Propagandaerfolg für den Kreml" opposes Russia.)
        const sham = cue.polarity === "support" && (lex.shamPrefixes?.has(lemma.slice(0, lemma.length - w.length)) ?? false);
        out.push({ cue, at: k, from: k, polarity: sham ? "oppose" : cue.polarity, text: t.text });
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
    // A good word on a bad thing only says how bad it is: "eine „beispiellose Provokation“", "ein stabiler Angriff".
    if (hit.cue.class === "positive" && hit.polarity === "support" && tokens[hit.at].wordClass === "adj" && !isCapitalized(tokens[hit.at].text)) {
      let n = hit.at + 1;
      while (n < span.to && n <= hit.at + 3 && (tokens[n].wordClass === "adj" || QUOTE_MARK.test(tokens[n].text))) n++;
      if (out.some((o) => o.at === n && o.from === n && o.polarity === "oppose" && isCapitalized(tokens[n].text))) {
        denied.add(hit);
        continue;
      }
    }
    // A treaty named after a place is a name, no cooperation of the speaker's: "zog eine Parallele zum Münchner Abkommen",
    // "das Minsker Abkommen", "das Pariser Klimaabkommen".
    if (hit.cue.class === "cooperation" && TREATY_NOUN.test(tokens[hit.at].lemma.toLowerCase()) && hit.at > span.from && PLACE_ADJECTIVE.test(tokens[hit.at - 1].text) && !/(?:ember|ober)$/.test(tokens[hit.at - 1].text)) {
      denied.add(hit);
      continue;
    }
    // Help as the means of another act is no stance of the speaker's: "Mit Hilfe Chinas umgehe Russland die Sanktionen",
    // "mithilfe der USA", "dank der Unterstützung Irans".
    if (hit.cue.class === "cooperation" && HELP_NOUN.test(tokens[hit.at].lemma.toLowerCase()) && (/^mithilfe$/i.test(tokens[hit.at].text) || meansPhrase(tokens, span, hit.at))) {
      denied.add(hit);
      continue;
    }
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
    // (So is help denied by "weder … noch": "liefere Moskau weder Waffen noch Geld".)
    if ((hit.cue.class === "cooperation" || hit.cue.class === "war") && /^(?:kein|weder$)/.test(tokens[negator].norm)) denied.add(hit);
    // Not being against a side is no support of it: "richtet sich gegen Terroristen, nicht gegen das pakistanische Militär".
    if (hit.cue.words.length === 1 && hit.cue.words[0] === "gegen" && negator === hit.from - 1) denied.add(hit);
    hit.polarity = hit.polarity === "support" ? "oppose" : "support";
    hit.text = `${tokens[negator].text} ${hit.text}`;
    hit.negator = negator;
  }
  return denied.size === 0 ? out : out.filter((hit) => !denied.has(hit));
}

const HELP_NOUN = /(?:hilfe|unterstützung)$/;

/** Does the noun at k head a phrase of means, "mit" or "dank" before it past articles and adjectives ("mit russischer Hilfe")? */
function meansPhrase(tokens: Token[], span: Span, k: number): boolean {
  return /^(?:mit|dank)$/.test(tokens[openerOf(tokens, k, span.from)]?.norm ?? "");
}

// A place's adjective, capitalised and in "-er": "Münchner", "Minsker", "Pariser", "Wiener" (not a month: "im Dezember").
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+er$/u;
// Nouns of treaties and formats named after a place.
const TREATY_NOUN = /(?:abkommen|vertrag|übereinkommen|memorandum|protokoll|format|konvention|erklärung)$/;

/**
 * Does the responsibility at `hit` name a duty it is for ("für die Organisation des Gipfels", "für die Sicherheit"), not
 * something that went wrong ("für den Vorfall", "für die Folgen")? Then "allein" or "volle" make no blame of it.
 */
export function dutyNamed(tokens: Token[], span: Span, hit: CueHit, dutyNouns: readonly string[]): boolean {
  let noun = hit.from;
  while (noun < hit.at && !/verantwortung$/.test(tokens[noun].lemma.toLowerCase())) noun++;
  for (let k = noun + 1; k < span.to && k <= noun + 2; k++) if (tokens[k].norm === "für") return dutyAfter(tokens, span, k, dutyNouns);
  return false;
}

/** Does the "für" at k name a duty ("für die Sicherheit", "für den Wiederaufbau"), not something pointed back to ("für diese Entwicklung")? */
export function dutyAfter(tokens: Token[], span: Span, k: number, dutyNouns: readonly string[]): boolean {
  if (/^(?:diese|dieser|diesen|dieses|diesem)$/.test(tokens[k + 1]?.norm ?? "")) return false;
  let head = k + 1;
  while (head < span.to && head <= k + 4 && (ARTICLE.test(tokens[head].norm) || tokens[head].wordClass === "adj" || tokens[head].wordClass === "function")) head++;
  return head < span.to && endsInOne(tokens[head].lemma.toLowerCase(), dutyNouns);
}

/** Does `lemma` end in one of `heads` (a compound's head: "küstenwachschiff" in "schiff")? */
export function endsInOne(lemma: string, heads: readonly string[]): boolean {
  return heads.some((h) => lemma.endsWith(h));
}

/** Does a noun (or, with `verbs`, a verb) of clearly negative polarity stand between `from` and `to` ("für die Eskalation", "für schwere Menschenrechtsverletzungen")? */
export function badBetween(tokens: Token[], from: number, to: number, verbs = false): boolean {
  const general = defaultGeneralPolarity();
  // (A noun the lexicon does not know is one too: "Militarisierung".)
  const noun = (t: Token) => t.wordClass === "noun" || (t.wordClass === null && t.kind === "word" && isCapitalized(t.text));
  return tokens.slice(from + 1, to).some((t) => (noun(t) || (verbs && t.wordClass === "verb")) && (general.get(t.lemma.toLowerCase()) ?? 0) <= -0.5);
}

/**
 * The side after ", sondern" where the negator at n negates a side right after it ("nicht Russland, sondern die Ukraine",
 * "nicht bei Moskau, sondern bei Washington"), or null: the negation is the side's, not the cue's.
 */
export function contrastAfter(tokens: Token[], span: Span, n: number, targets: readonly TargetMention[]): TargetMention | null {
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
export const MILITARY = /(?:truppe|truppen|soldat|soldaten|waffe|waffen|rakete|raketen|militär|militäroperation|panzer|kampfjet|kriegsschiff|atomwaffe|sanktion|sanktionen)$/;
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
export function conditionThreatened(tokens: Token[], span: Span, clauseOf: number[], foreign: readonly TargetMention[], hostileAt: ReadonlySet<number>, undoingWords: readonly string[]): { side: TargetMention; cue: string } | null {
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
export function relativeClauseAt(tokens: Token[], span: Span, k: number): boolean {
  const open = clauseOpening(tokens, span, k);
  return open > span.from && tokens[open - 1]?.text === "," && RELATIVES.has(tokens[open].norm) && !isCapitalized(tokens[open + 1]?.text ?? "");
}

/** A capitalised name that is no target: "Europa" in "China und Europa". */
export function unknownName(t: Token | undefined, targets: readonly TargetMention[]): boolean {
  return t !== undefined && t.kind === "word" && isCapitalized(t.text) && (t.wordClass === "name" || t.wordClass === null) && !targets.some((x) => x.from <= t.index && t.index < x.to);
}

// Nouns of talks between sides ("Gespräche zwischen Caracas und Georgetown").
const NEGOTIATION_NOUN = /(?:gespräch|gespräche|dialog|verhandlung|verhandlungen|vermittlung|konsultation|konsultationen|annäherung|normalisierung|aussöhnung|versöhnung)$/;

/** The sides named after "zwischen" that follows a noun of talks, by phrase: "Gespräche zwischen Caracas und Georgetown". */
export function talksBetween(tokens: Token[], span: Span, targets: TargetMention[]): TargetMention[][] {
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
export const TALK_NOUNS = /^(?:spekulation|gerücht|bericht|meldung|behauptung|debatte|diskussion|mutmaßung|vermutung|besorgnis|sorge|bedenken|kritik)(?:en|e|s|n)?$/;

/**
 * Is token k inside the "über" phrase of a noun of talk or concern ("Spekulationen westlicher Medien über … Peking",
 * "seine Bedenken über die engen Beziehungen zu Moskau")? Not when that noun is the cue itself ("Besorgnis über X" judges X).
 */
export function talkTopic(tokens: Token[], span: Span, k: number, hit: CueHit): boolean {
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
export function modalBefore(tokens: Token[], span: Span, k: number, demandOnly = false): boolean {
  for (let j = k - 1; j >= span.from && !/^[,;:]$/.test(tokens[j].text); j--) if (DEMANDING_MODALS.has(tokens[j].norm) || (!demandOnly && /^(?:kann|könne|können|darf|dürfe|dürfen|dürften)$/.test(tokens[j].norm))) return true;
  return false;
}

/** Does a verb of demand come before token k in the span ("forderte … auf, …", "rief … dazu auf, …")? */
export function demandedBefore(tokens: Token[], span: Span, k: number): boolean {
  for (let j = span.from; j < k; j++) if (isDemandVerb(tokens, j) || (NECESSARY.test(tokens[j].norm) && tokens[j + 1]?.text === "," && !/^(?:nicht|kein|keine)$/.test(tokens[j - 1]?.norm ?? ""))) return true;
  return false;
}

// What is called necessary before a zu-infinitive is asked for: "es sei wichtig, Iran zu isolieren", "höchste Zeit, …".
export const NECESSARY = /^(?:wichtig|notwendig|nötig|erforderlich|unerlässlich|unabdingbar|geboten|dringend|zeit)$/;

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
export function agentOfAttribute(tokens: Token[], t: TargetMention, span: Span): boolean {
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
export function keptRanges(tokens: Token[], span: Span, lex: StanceLexicon, keysAt: SpanKeys = spanKeys(tokens, span)): Set<number> {
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
export function protectedFrom(tokens: Token[], span: Span, k: number): number {
  if (!isCapitalized(tokens[k].text)) return -1;
  const j = openerOf(tokens, k, span.from, true);
  return /^(?:gegen|vor)$/.test(tokens[j]?.norm ?? "") ? j : -1;
}

/**
 * The token before the articles and adjectives that open the noun phrase of token k (with `anyDeterminer`, also
 * "jede", "alle", "solche": "gegen jede Aggression"), not before `from`: its preposition, verb or noun.
 */
export function openerOf(tokens: Token[], k: number, from: number, anyDeterminer = false): number {
  let j = k - 1;
  while (j > from && (ARTICLE.test(tokens[j].norm) || (anyDeterminer && ANY_DETERMINER.test(tokens[j].norm)) || tokens[j].wordClass === "adj")) j--;
  return j;
}

/** Does token k name the time of something else: "seit der Invasion", "seit Beginn des Krieges", "zu Beginn der Invasion"? */
export function inTimePhrase(tokens: Token[], span: Span, k: number): boolean {
  const j = openerOf(tokens, k, span.from, true);
  if (/^(?:seit|während)$/.test(tokens[j]?.norm ?? "")) return true;
  return /^(?:beginn|anfang|ende|start)$/.test(tokens[j]?.lemma.toLowerCase() ?? "") && /^(?:seit|zu|nach|vor|bei)$/.test(tokens[openerOf(tokens, j, span.from)]?.norm ?? "");
}

/** Verbs of protecting: a side after "vor" or "gegen" is what one protects from. */
export const PROTECTING = new Set(["schützen", "verteidigen", "bewahren"]);

// Accusations: "die Vorwürfe gegen Belgrad", "Anschuldigungen gegen China".
export const ACCUSATION_NOUN = /(?:vorwurf|vorwürfe|anschuldigung|beschuldigung|unterstellung|verdächtigung)$/;

// Criticism: "die Kritik an Ungarn".
export const CRITICISM_NOUN = /kritik$/;
// Warnings and threats addressed to a side, "an" or "gegen" it: "die Warnungen an Peking", "die Drohungen gegen Teheran".
const WARNING_NOUN = /(?:warnung|drohung|ermahnung)(?:en)?$/;

/**
 * The accusation or criticism whose object the preposition at j opens: "die Vorwürfe gegen Belgrad", "die Kritik an
 * Ungarn", with the accuser's genitive between ("die Vorwürfe der EU gegen Ungarn", "die Kritik Brüssels an Orbán"): the
 * noun's token index, or -1.
 */
export function accusationBefore(tokens: Token[], j: number): number {
  const preposition = tokens[j]?.norm === "am" ? "an" : tokens[j]?.norm;
  if (preposition !== "gegen" && preposition !== "an") return -1;
  const noun = (k: number) => {
    const lemma = tokens[k]?.lemma.toLowerCase() ?? "";
    return (preposition === "gegen" ? ACCUSATION_NOUN : CRITICISM_NOUN).test(lemma) || WARNING_NOUN.test(lemma) ? k : -1;
  };
  if (noun(j - 1) >= 0) return j - 1;
  // (A name's genitive: "Brüssels", "Washingtons".)
  if (j >= 2 && /\p{Lu}.*s$/u.test(tokens[j - 1].text) && tokens[j - 1].wordClass !== "noun") return noun(j - 2);
  // (A genitive with its article, up to three words: "der EU", "der US-Regierung", "des russischen Außenministeriums".)
  for (let d = j - 2; d >= Math.max(1, j - 4); d--) if (/^(?:der|des)$/.test(tokens[d].norm)) return tokens.slice(d + 1, j).some((t) => t.kind === "punct" || t.wordClass === "verb") ? -1 : noun(d - 1);
  return -1;
}

/** The accusation or criticism (its noun's token index) a side is the object of: "die Vorwürfe gegen Belgrad", "die Kritik der EU an Ungarn"; or -1. */
export function accusedBy(tokens: Token[], t: TargetMention): number {
  // Or of the thing of the side that is its object, past a title: "die Vorwürfe gegen die Regierung Chinas", "die Kritik
  // Kiews am Besuch von UN-Generalsekretär Guterres".
  let j = openerOf(tokens, t.from, 0);
  for (let step = 0; step < 3; step++) {
    const accusation = accusationBefore(tokens, j);
    if (accusation >= 0) return accusation;
    const thing = tokens[j]?.wordClass === "noun" ? j : /^(?:von|vom)$/.test(tokens[j]?.norm ?? "") && tokens[j - 1]?.wordClass === "noun" ? j - 1 : -1;
    if (thing <= 0) return -1;
    j = openerOf(tokens, thing, 0);
  }
  return -1;
}

/** A side's genitive right before "gegen" at k, after a noun it owns: "die Haltung der USA gegen …", "die Politik Pekings gegen …". */
export function ownedConductBefore(tokens: Token[], span: Span, k: number, targets: TargetMention[]): boolean {
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
export function brokenRule(tokens: Token[], span: Span, hit: CueHit): boolean {
  const j = openerOf(tokens, hit.from, span.from);
  if (tokens[j]?.norm === "gegen" && [1, 2, 3].some((d) => j - d >= span.from && /^(?:verstoßen|verstossen|verstoß|verstoss)$/.test(tokens[j - d].lemma.toLowerCase()))) return true;
  if (tokens[j]?.wordClass === "verb" && /^(?:umgehen|unterlaufen)$/.test(tokens[j].lemma.toLowerCase())) return true;
  // (A genitive may stand between: "die Sanktionen der USA zu umgehen".)
  for (let k = hit.at + 1; k < Math.min(span.to, hit.at + 5) && tokens[k].kind !== "punct"; k++) if (/^(?:umgehen|umgangen|umgeht|umgehe|umzugehen|unterlaufen|zu-unterlaufen)$/.test(tokens[k].norm)) return true;
  return false;
}

/** The comma that closes a relative clause right after the noun at k ("Jede Zusammenarbeit, die …, verstoße"), or null. */
export function relativeClauseEnd(tokens: Token[], span: Span, k: number): number | null {
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
export function threatPhrase(tokens: Token[], t: TargetMention, anyNoun = false): boolean {
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
export const SUSPENDED = /(?:zusammenarbeit|kooperation|hilfe|hilfen|zahlung|lieferung|abkommen|mitgliedschaft|beziehung|gespräch|verhandlung|dialog|partnerschaft|unterstützung)$/;

// What a side defends against another: "Interessen", "Rechte", "Souveränität".
const DEFENDED = /^(?:interesse|interessen|recht|rechte|souveränität|sicherheit|grenze|grenzen|markt|industrie|werte|sich)$/;

/** Prepositions of means or cause after "nicht": "nicht durch Drohungen", "nicht wegen der Sanktionen", "nicht mit Gewalt". */
const PREPOSITION_AFTER_NEGATOR = new Set(["durch", "wegen", "mit", "aufgrund", "trotz", "unter", "aus"]);

function negatorNear(tokens: Token[], hit: CueHit, span: Span, lex: StanceLexicon, kept: Set<number>): number | null {
  for (let j = hit.from - 1; j >= Math.max(span.from, hit.from - 3); j--) {
    if (/^[,;:.]$/.test(tokens[j].text)) break;
    // "ohne" negates its own phrase, not a verb after it: "ohne Unterbrechung fortsetzen" (but "ohne zu zögern").
    if (tokens[j].norm === "ohne" && j + 1 < hit.from && tokens[hit.from].wordClass === "verb" && tokens[j + 1].norm !== "zu") continue;
    // "nicht durch Drohungen aus Washington zwingen lassen": a "nicht" before a noun's preposition negates what is done by it, not the noun.
    if (isNegator(tokens, j, lex) && !kept.has(j) && isCapitalized(tokens[hit.from].text) && PREPOSITION_AFTER_NEGATOR.has(tokens[j + 1]?.norm ?? "")) return null;
    if (isNegator(tokens, j, lex) && !kept.has(j)) return j;
  }
  // So is one in the phrase of a noun "kein" denies: "habe kein Interesse an einer gemeinsamen Währung".
  const opener = openerOf(tokens, hit.from, span.from);
  if (opener - 2 >= span.from && /^(?:an|am|für|zu|zur|zum|auf)$/.test(tokens[opener].norm) && tokens[opener - 1].wordClass === "noun" && /^kein/.test(tokens[opener - 2].norm) && !kept.has(opener - 2)) return opener - 2;
  // A cue of several words is negated inside it: "habe seine Verpflichtungen nicht erfüllt", "legt keinen Wert auf".
  // (Not a separated verb and its particle, nor by "ohne", which negates its own phrase: "lehnte … ohne Zögern ab".)
  if (hit.cue.words.length > 1) for (let j = hit.from + 1; j < hit.at; j++) if (isNegator(tokens, j, lex) && !kept.has(j) && tokens[j].norm !== "ohne") return j;
  // A verb cue is negated by "kein" of its object further back in its clause: "…, keine Waffen an Russland zu liefern";
  // a zu-infinitive by a "nicht" that opens its clause: "…, nicht länger Drohnen an Russland zu liefern".
  if (tokens[hit.from].wordClass === "verb") {
    for (let j = hit.from - 1; j >= Math.max(span.from, hit.from - 8) && !/^[,;:.]$/.test(tokens[j].text); j--) {
      if (j >= hit.from - 3 || !isNegator(tokens, j, lex) || kept.has(j)) continue;
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
    // (Right after the verb, the conjunction opens the next conjunct, its negator its own: "müsse die Ukraine stärken und
    // nicht den Aggressor belohnen".)
    if (j === hit.at + 1 && /^(?:und|oder|sowie|aber|sondern)$/.test(tokens[j].norm)) break;
    if (j > hit.at && /^(?:und|oder|sowie|aber|sondern)$/.test(tokens[j].norm)) coordinated = true;
    // (Nor is a "nicht" right after the conjunction, which negates what follows it: "unterstütze die Ukraine und nicht Russland".)
    else if (coordinated && /^(?:und|oder|sowie|aber|sondern)$/.test(tokens[j - 1].norm) && isNegator(tokens, j, lex)) break;
    else if (coordinated && (tokens[j].wordClass === "verb" || AUX_FORMS.has(tokens[j].norm))) break;
    // (Not "ohne" after it, which negates its own phrase: "unterstütze die Arbeit der IAEA ohne Wenn und Aber".)
    // (Nor one that negates a phrase a "sondern" replaces: "stünden der Ukraine nicht aus Barmherzigkeit bei, sondern weil …".)
    if (isNegator(tokens, j, lex) && !kept.has(j) && tokens[j].norm !== "ohne" && !(tokens[j].norm === "nicht" && PREPOSITION_AFTER_NEGATOR.has(tokens[j + 1]?.norm ?? "") && replacedBySondern(tokens, span, j))) return j;
  }
  return null;
}

/** Does a ", sondern" follow the negator at j in the next clause of its sentence, naming what is meant instead? */
function replacedBySondern(tokens: Token[], span: Span, j: number): boolean {
  let commas = 0;
  for (let k = j + 1; k < span.to; k++) {
    if (tokens[k].text === ",") commas++;
    if (commas > 1 || /^[;:.!?]$/.test(tokens[k].text)) return false;
    if (tokens[k].norm === "sondern" && tokens[k - 1]?.text === ",") return true;
  }
  return false;
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
export function nextComma(tokens: Token[], k: number, to: number): number {
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
export function joinedLemma(tokens: Token[], t: Token, to: number): string {
  const particle = t.wordClass === "verb" ? particleAfter(tokens, t.index, to) : null;
  return (particle !== null ? tokens[particle].norm : "") + t.lemma.toLowerCase();
}

export function particleAfter(tokens: Token[], k: number, to: number): number | null {
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
 * A mention's stance target: countries, international organisations and bodies of no country by name, a person in an organisation's office
 * by it ("Borrell" in 2023 is the EU), the rest by their country.
 */
export function targetOf(m: ActorMention): string | null {
  if (m.type === "country") return m.name;
  if (m.office) return m.office;
  // (So is a body of no country: "der Internationale Strafgerichtshof".)
  if ((m.type === "organisation" || m.type === "institution") && !m.side) return m.name;
  return m.side ?? null;
}

/** Concept mentions: pattern matches in the text, mapped to the tokens they fall in. */
export function findConcepts(text: string, tokens: Token[], span: Span, lex: StanceLexicon): TargetMention[] {
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
      if (k !== null) out.push({ target: c.name, from: k, to: k + 1, kind: "concept", ...(c.default === undefined ? { cueOnly: true as const } : { fallback: modifier ? undefined : c.default }) });
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

export function tokenAt(tokens: Token[], span: Span, offset: number): number | null {
  for (let k = span.from; k < span.to; k++) if (tokens[k].start <= offset && offset < tokens[k].end) return k;
  return null;
}

/** "beide Seiten", "bilateralen", "gegenseitig": places where the statement speaks of both sides (`named`: only "beide …"). */
export function findBilateral(tokens: readonly Token[], span: Span, lex: StanceLexicon, keysAt: SpanKeys, named = false): number[] {
  const out: number[] = [];
  for (let k = span.from; k < span.to; k++) {
    for (const words of lex.bilateral) {
      if (named && (words.length !== 2 || words[0] !== "beide")) continue;
      if (bilateralAt(words, k, span, keysAt, tokens)) {
        out.push(k);
        break;
      }
    }
  }
  return out;
}

/** The words stand at k, each as one of its keys (the last may begin one: "bilateral" in "bilateralen"). Loops, not closures: this runs per token. */
function bilateralAt(words: string[], k: number, span: Span, keysAt: SpanKeys, tokens: readonly Token[]): boolean {
  let at = k;
  for (let i = 0; i < words.length; i++) {
    // (Adjectives may stand after "beide": "der beiden autoritären Regime".)
    if (i === 1 && words[0] === "beide") for (let skipped = 0; skipped < 2 && at < span.to && tokens[at].wordClass === "adj" && !isCapitalized(tokens[at].text); skipped++) at++;
    if (at >= span.to) return false;
    const w = words[i];
    const last = i === words.length - 1;
    let found = false;
    for (const key of keysAt(at)) if (key === w || (last && key.startsWith(w))) found = true;
    if (!found) return false;
    at++;
  }
  return true;
}

/**
 * A verb cue in "sich (von X) … lassen": what the subject does not let be done to it ("würden sich von Peking nicht
 * einschüchtern lassen", "lasse sich von Russland nicht erpressen"). Its doer is the agent after "von", where one is
 * named (`agent`: the token it starts at), never the subject; a negation is the refusal, not the opposite.
 */
export function lettingClause(tokens: Token[], span: Span, hit: CueHit): { agent: number | null } | null {
  const LASSEN = /^(?:lassen|lässt|lasse|ließ|ließen|ließe|gelassen)$/;
  const open = clauseOpening(tokens, span, hit.from);
  const clause = tokens.slice(open, Math.min(span.to, hit.at + 2));
  // (A zu-infinitive too: "sich von Moskau nicht täuschen zu lassen".)
  const after = tokens[hit.at + 1]?.norm === "zu" ? tokens[hit.at + 2] : tokens[hit.at + 1];
  if (!LASSEN.test(after?.norm ?? "") && !clause.slice(0, hit.from - open).some((t) => LASSEN.test(t.norm))) return null;
  if (!clause.slice(0, hit.from - open).some((t) => t.norm === "sich" || t.norm === "uns")) return null;
  for (let j = open; j < hit.from; j++) {
    if (/^(?:von|vom)$/.test(tokens[j].norm)) return { agent: j + 1 + (ARTICLE.test(tokens[j + 1]?.norm ?? "") ? 1 : 0) };
  }
  return { agent: null };
}
