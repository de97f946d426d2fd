// Stance: what a speaker is for or against. For each statement, its targets — actors
// named in it (countries and organisations by their short name; persons and
// institutions stand for their country), concepts ("Einmischung von außen",
// "Hegemonie") and, in an article about two countries, the partner side when the
// statement speaks of "beide Seiten" or of cooperation — each with a polarity decided
// by cue words from data/stance/: cooperation, praise and strengthening support;
// rejecting, countering and condemning oppose; negation flips. A speaker takes no
// stance toward their own side. The same lexicons score the polarity toward a target
// in any sentence (`targetPolarity`), with a general German polarity lexicon as backup.
//
// This module is the entry point (documentStance, statementRows, stanceTable and the other
// rows and tallies) and re-exports the public API of its parts in stance/, each importing only
// those listed before it:
//   types           the public shapes, and those the parts share (CueHit, TargetMention, Span)
//   lexicon         the stance lexicons (data/stance/*.tsv)
//   clauses         closed word classes and clause structure
//   polarity-words  the general polarity words (polarity.tsv, SentiWS)
//   cues            cue and target finding over a token range
//   sides           which side a phrase names, and in what role
//   demands         demands, calls and modals of demand
//   acts            hostile acts, threats, acts ended or undone
//   support         support, praise, relations and talks
//   statement       the stance of one statement (statementStance)
//   polarity        polarity toward a target in any sentence (targetPolarity)
//   carried         a speaker's opposition carried to their other statements (carriedOpposition)
import type { ColumnTable } from "arquero";
import { table } from "./project.js";
import { isCapitalized } from "./lemmas.js";
import { analyzeText, tokenRange, type Sentence, type TextLayer, type Token } from "./text.js";
import { AUX_FORMS, isTimeWord, PREPOSITIONS, QUOTE_MARK, SUBORDINATORS } from "./statements/words.js";
import { extractStatements, registryMentions, type ActorMention, type Statement, type QuotedFragment, type StatementInput } from "./statements.js";
import type { Polarity, StanceLexicon, StanceTarget, StatementWithStance, StanceOptions, StanceContext } from "./stance/types.js";
import { defaultStanceLexicon } from "./stance/lexicon.js";
import { isFiniteVerb } from "./stance/clauses.js";
import { targetOf } from "./stance/cues.js";
import { articlePair, GOVERNMENT_SEAT, isPlaceMention } from "./stance/sides.js";
import { REJECTING_VERB } from "./stance/demands.js";
import { cueVerbAt, spokenOfAct } from "./stance/support.js";
import { statementStance, measuresBetweenStates } from "./stance/statement.js";
import { carriedOpposition, speakerStanceCounts, countKey } from "./stance/carried.js";
import { WAR_HELP_TEXT, warringSides } from "./stance/acts.js";

export type { Polarity, CueClass, CueScope, StanceCue, Concept, StanceLexicon, StanceTarget, StatementWithStance, StanceOptions, StanceContext } from "./stance/types.js";
export { loadStanceLexicon, defaultStanceLexicon } from "./stance/lexicon.js";
export { defaultGeneralPolarity } from "./stance/polarity-words.js";
export { targetOf } from "./stance/cues.js";
export { articlePair } from "./stance/sides.js";
export { statementStance } from "./stance/statement.js";
export type { SentencePolarity, TargetPolarityOptions, PolarityRequest } from "./stance/polarity.js";
export { targetPolarity, targetPolarityScore, polarityLines, stanceFile } from "./stance/polarity.js";

/** Statements of a document with their stance. Loads the registry and lexicons once. */
export function documentStance(doc: StatementInput, options: StanceOptions = {}): StatementWithStance[] {
  const layer = options.layer ?? analyzeText(doc.text);
  const finder = options.mentions === undefined ? registryMentions() : options.mentions;
  const mentions = finder === false ? [] : typeof finder === "function" ? finder(doc, layer) : finder;
  // A bare title read as the person last written with it ("den Kanzler") is a side to take a stance on; who speaks by
  // such a title the speaker rules work out themselves.
  const named = mentions.filter((m) => !m.anaphoric);
  const statements = extractStatements(doc, { ...options, layer, mentions: named });
  const lex = options.stanceLexicon ?? defaultStanceLexicon();
  // (Read once, when a statement first asks.)
  let between: boolean | undefined;
  let warring: Set<string> | undefined;
  const ctx: StanceContext = {
    text: doc.text,
    layer,
    mentions,
    pair: articlePair(named, layer),
    measuresBetweenStates: () => (between ??= measuresBetweenStates(doc.text, layer.tokens, mentions, lex)),
    warringSides: () => (warring ??= warringSides(layer.tokens, mentions)),
  };
  // The statements are this call's own: each takes its stance in place (a spread copy of their
  // two dozen fields, in the many shapes statements come in, cost more than many a stance).
  const withStance = statements as StatementWithStance[];
  for (const st of withStance) st.stance = statementStance(st, ctx, { lexicon: options.stanceLexicon, window: options.window });
  // The sides the document names, which the second readings below weigh each speaker's stances toward.
  const sides = new Set(mentions.map(targetOf).filter((t): t is string => t !== null));
  rereadAgainstOpposed(withStance, ctx, sides, options);
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
  const news = newsActors(layer, mentions);
  // The statement read again with `mention` among the sides it names: only a polarity found for that side replaces what
  // the statement had for it (a neutral target stays).
  const readWith = (st: StatementWithStance, mention: ActorMention) => {
    const side = targetOf(mention);
    const found = statementStance(st, { ...ctx, mentions: [...mentions, mention].sort((a, b) => a.start - b.start) }, { lexicon: options.stanceLexicon, window: options.window });
    const taken = found.filter((s) => s.target === side && s.polarity !== "neutral");
    if (taken.length > 0) st.stance = [...st.stance.filter((s) => s.target !== side), ...taken];
  };
  for (const st of withStance) {
    const event = reactionEvent(st, ctx, newsActorFor(news, st), lex);
    if (event) readWith(st, event);
  }
  // Reactions that only label what happened, no side named but the speaker's: against the article's acting side, "Südkoreas
  // Außenminister sprach von einer „ernsten Provokation“" (in an article on North Korean troops in Russia). Not by a side
  // of the article's pair or named in its headline, a party to the act ("Kremlsprecher Peskow sprach von einer Provokation"
  // under "Nordkorea schickt Soldaten nach Russland").
  const [opening] = newsSentences(layer, 1);
  const inOpening = (side: string) => opening !== undefined && mentions.some((m) => m.start >= layer.tokens[opening.tokenStart].start && m.end <= layer.tokens[opening.tokenEnd - 1].end && targetOf(m) === side);
  for (const st of withStance) {
    if (st.stance.some((s) => s.polarity !== "neutral") || (st.speaker_side && (ctx.pair.includes(st.speaker_side) || inOpening(st.speaker_side)))) continue;
    const outsideSpeaker = mentions.filter((m) => st.speaker_clean_start === null || st.speaker_clean_end === null || m.end <= st.speaker_clean_start || m.start >= st.speaker_clean_end);
    const label = spokenOfAct(st, layer.tokens, tokenRange(layer.tokens, st.clean_start, st.clean_end), outsideSpeaker, lex);
    if (!label) continue;
    const actor = newsActorFor(news, st);
    const side = actor ? targetOf(actor) : null;
    if (side && side !== st.speaker_side) st.stance = [...st.stance.filter((s) => s.target !== side), { target: side, polarity: label.polarity, cues: [label.words] }];
  }
  // Reactions to a person named before by a pronoun: their stance toward that person's side.
  for (const st of withStance) {
    const person = pronounObject(st, ctx);
    if (person) readWith(st, person);
  }
  for (let i = 0; i < withStance.length; i++) {
    const accuser = rejectedAccuser(withStance, i, ctx, sidesOf);
    if (accuser) withStance[i].stance = [...withStance[i].stance.filter((s) => s.target !== accuser.side), { target: accuser.side, polarity: "oppose", cues: [accuser.cue] }];
  }
  // A side the speaker opposes elsewhere wages the war another is said to help: "Nordkorea liefere Moskau Munition", said
  // by Blinken after he condemned Russia's war, opposes both (read again only where help and war are named).
  // (Opposed in other statements and supported in none: "Selenskyj kritisierte, China liefere Russland Bauteile" alone
  // opposes only China.)
  const counts = speakerStanceCounts(withStance);
  for (const st of withStance) {
    if (!st.speaker || !WAR_HELP_TEXT.help.test(st.text) || !WAR_HELP_TEXT.war.test(st.text)) continue;
    const opposedHere = new Set(st.stance.filter((s) => s.polarity === "oppose").map((s) => s.target));
    const against = new Set([...sides].filter((side) => {
      const n = counts.get(countKey(st.speaker!, side));
      return n !== undefined && n.support === 0 && n.oppose > (opposedHere.has(side) ? 1 : 0);
    }));
    if (against.size === 0) continue;
    const found = statementStance(st, { ...ctx, opposedElsewhere: against }, { lexicon: options.stanceLexicon, window: options.window });
    // (Its helper opposed replaces support the first reading gave it: "China sei der wichtigste Lieferant von Werkzeugmaschinen,
    // die Russland für Munition brauche".)
    const had = new Set(st.stance.filter((s) => s.polarity === "oppose").map((s) => s.target));
    const added = found.filter((s) => s.polarity === "oppose" && !had.has(s.target));
    if (added.length > 0) st.stance = [...st.stance.filter((s) => !added.some((a) => a.target === s.target)), ...added];
  }
  carriedOpposition(withStance, ctx, { lexicon: options.stanceLexicon });
  return withStance;
}

/**
 * A statement that supports a side its speaker opposes in other statements and supports in none is read again knowing
 * those sides (`opposedElsewhere`): their tie with another is no support of them ("Die immer engere Partnerschaft zwischen
 * Peking und Moskau habe direkte Folgen für die Sicherheit des Bündnisses", said by a Nato spokeswoman), and where one
 * of them is the article's partner, the article's pair no longer makes the speaker's words of tie and help its ("Die
 * Ukraine könne sich verteidigen, indem sie Stellungen auf russischem Gebiet angreife", said by Merz in an article about
 * Germany and Russia, supports no Russia).
 */
function rereadAgainstOpposed(statements: StatementWithStance[], ctx: StanceContext, sides: ReadonlySet<string>, options: StanceOptions): void {
  const counts = speakerStanceCounts(statements);
  for (const st of statements) {
    if (!st.speaker || !st.stance.some((s) => s.polarity === "support")) continue;
    const supportedHere = new Set(st.stance.filter((s) => s.polarity === "support").map((s) => s.target));
    const against = new Set([...sides].filter((side) => {
      const n = counts.get(countKey(st.speaker!, side));
      return n !== undefined && n.oppose > 0 && n.support === (supportedHere.has(side) ? 1 : 0);
    }));
    if (![...supportedHere].some((side) => against.has(side))) continue;
    const pair = ctx.pair.some((side) => against.has(side)) ? [] : ctx.pair;
    st.stance = statementStance(st, { ...ctx, pair, opposedElsewhere: against }, { lexicon: options.stanceLexicon, window: options.window });
  }
}

/**
 * The first side a sentence names as actor: not after a preposition ("Scholz gibt grünes Licht für Leopard-Panzer an
 * die Ukraine" names Scholz), not a dateline's place or agency ("Berlin (dpa) - Die Bundesregierung …").
 */
function firstActorIn(layer: TextLayer, mentions: readonly ActorMention[], s: Sentence): ActorMention | undefined {
  const { actor, source } = sentenceActors(layer, mentions, s);
  return actor ?? source;
}

/** The first side a sentence names as actor (see `firstActorIn`), and a source it passed over for it. */
function sentenceActors(layer: TextLayer, mentions: readonly ActorMention[], s: Sentence): { actor?: ActorMention; source?: ActorMention } {
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
  // Nor who only confirms or reports the news: "NATO-Generalsekretär Rutte bestätigt Einsatz nordkoreanischer Soldaten in Kursk".
  // (Such a source is the actor after all where no other side acts: "Israel bestätigt Luftangriff in Damaskus".)
  let source: ActorMention | undefined;
  let informing = s.tokenStart;
  while (informing < s.tokenEnd && informing < s.tokenStart + 8 && !isFiniteVerb(tokens[informing])) informing++;
  if (!INFORMING.test(tokens[informing]?.lemma ?? "")) informing = -1;
  let first: ActorMention | undefined;
  for (const m of mentions) {
    if (m.start < s.start || m.start >= s.end || !targetOf(m) || (first && first.start <= m.start)) continue;
    let k = s.tokenStart;
    while (k < s.tokenEnd && tokens[k].start < m.start) k++;
    if (finite >= 0 && k < finite) continue;
    let end = k;
    while (end < s.tokenEnd && tokens[end].end <= m.end) end++;
    if (/^[(–—-]$/.test(tokens[end]?.text ?? "") || tokens[k - 1]?.text === "(") continue;
    // (Nor a source that opens a headline before a colon: "USA: Rund 8000 nordkoreanische Soldaten in Kursk eingetroffen".)
    if (k < informing || (tokens[end]?.text === ":" && k === s.tokenStart)) {
      source ??= m;
      continue;
    }
    let j = k - 1;
    while (j >= s.tokenStart && j >= k - 3 && /^(?:function|adj)$/.test(tokens[j].wordClass ?? "") && !PREPOSITIONS.has(tokens[j].norm)) j--;
    // (Nor a later one of several after one preposition: "Der Handelsstreit zwischen China und der Europäischen Union", "mit Großbritannien, Frankreich und Deutschland".)
    if (j >= s.tokenStart && !PREPOSITIONS.has(tokens[j].norm) && (tokens[j].text === "," || tokens.slice(j + 1, k).some((t) => /^(?:und|oder|sowie)$/.test(t.norm)))) {
      // (Past the commas of a longer list: "mit Großbritannien, Frankreich und Deutschland".)
      while (j >= s.tokenStart && j >= k - 8 && (tokens[j].kind === "word" || tokens[j].text === ",") && tokens[j].wordClass !== "verb" && !PREPOSITIONS.has(tokens[j].norm)) j--;
    }
    // (But a government by its seat: "hat die Führung in Teheran den Kontrolleuren … einen Schlag versetzt".)
    if (j >= s.tokenStart && PREPOSITIONS.has(tokens[j].norm) && !(tokens[j].norm === "in" && GOVERNMENT_SEAT.test(tokens[j - 1]?.norm ?? ""))) continue;
    first = m;
  }
  return { actor: first, source };
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
  return newsActorFor(newsActors(layer, mentions), null);
}

/** The first side the headline (or first sentence) and the lead sentence each name as actor, and whether the first is a headline. */
interface NewsActors {
  first: ActorMention | null;
  lead: ActorMention | null;
  headline: boolean;
}

function newsActors(layer: TextLayer, mentions: readonly ActorMention[]): NewsActors {
  const [first, second] = newsSentences(layer, 2);
  if (!first || !second) return { first: null, lead: null, headline: false };
  // (Not a line of its own after it: "Aktualisiert am 4. April 2024 um 12:05 Uhr".)
  const headline = first.paragraph !== second.paragraph && !/[.!?]$/.test(first.text.trimEnd()) && /[.!?]["“”»«']?$/.test(second.text.trimEnd());
  const opening = sentenceActors(layer, mentions, first);
  const lead = firstActorIn(layer, mentions, second) ?? null;
  // (A source passed over is the actor after all where the lead names it first: "Norwegen: Regierung kündigt Stationierung
  // zusätzlicher NATO-Truppen an. Die norwegische Regierung will …".)
  const sourceLeads = opening.actor && opening.source && lead && targetOf(opening.actor) !== targetOf(lead) && targetOf(opening.source) === targetOf(lead);
  return { first: (sourceLeads ? opening.source : (opening.actor ?? opening.source)) ?? null, lead, headline };
}

/**
 * The article's acting side for a reaction of `st` (see `newsActor`). A headline that names the reacting speaker
 * ("IAEA-Chef Grossi verurteilt Irans Ausschluss erfahrener Inspekteure") leaves the act to the lead's side ("hat die
 * Führung in Teheran den Kontrolleuren … einen weiteren Schlag versetzt").
 */
function newsActorFor(news: NewsActors, st: Statement | null): ActorMention | null {
  const { first: a, lead: b, headline } = news;
  // (Not one that names the speaker's country: "Polnisches Gericht lehnt Auslieferung … ab" is the act Tusk welcomes.)
  if (a && b && headline && st?.speaker && a.name === st.speaker && b.name !== st.speaker) return b;
  // (A lead that names no side as actor sets the scene and leaves the headline's: "Peking belegt europäisches
  // Schweinefleisch mit Strafzöllen. … Der Handelsstreit zwischen China und der EU geht in die nächste Runde.")
  return a && (b ? targetOf(a) === targetOf(b) : headline) ? a : null;
}

const INFORMING = /^(?:bestätigen|melden|berichten|bekanntgeben)$/;
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
    const named =
      (DONE_TO.test(tokens[head].lemma.toLowerCase()) ? undefined : ctx.mentions.find((m) => m.start >= tokens[head].end && m.end <= st.clean_end && m.type === "country" && m.via !== "demonym" && m.name !== st.speaker_side && /s$/.test(ctx.text.slice(m.start, m.end)) && isCapitalized(ctx.text.slice(m.start, m.end)) && !isPlaceMention(ctx.layer, m))) ??
      // (Or an organisation's: "begrüßte die Anordnung des IGH".)
      [genitiveOwnerAfter(ctx, head)].find((m) => m?.type === "organisation" && m.end <= st.clean_end);
    // (Speech that only opens with the act takes its doer from where the act came in, not the article's acting side.)
    const owner = named ?? actOwner(ctx, st.sentences[0] ?? tokens[head].sentence, eventNoun(tokens[head])!, st.kind === "reported" ? news : null, lex.eventNouns);
    return owner ? { ...owner, start: tokens[head].start, end: tokens[head].end, via: "event" } : null;
  }
  return null;
}

/**
 * A reported reaction whose object is "ihm" or "ihn" right after its verb ("Kremlchef Wladimir Putin gratulierte ihm noch am
 * Montag zur Wiederwahl", "warf ihm vor, …"): the man named last in the two sentences before, not the speaker, as a mention
 * at the pronoun. Null for a statement that already takes a side, or where that man's side is none or the speaker's.
 */
function pronounObject(st: StatementWithStance, ctx: StanceContext): ActorMention | null {
  if (st.kind !== "reported" || st.stance.some((s) => s.polarity !== "neutral")) return null;
  const { tokens } = ctx.layer;
  const span = tokenRange(tokens, st.clean_start, st.clean_end);
  const v = cueVerbAt(st, tokens, span);
  const k = [v + 1, v + 2].find((j) => j < span.to && /^(?:ihm|ihn)$/.test(tokens[j].norm) && (j === v + 1 || tokens[v + 1].wordClass === "function"));
  if (k === undefined) return null;
  const here = tokens[k].sentence;
  const men = ctx.mentions.filter((m) => m.type === "person" && m.end <= tokens[k].start && tokens[tokenRange(tokens, m.start, m.end).from].sentence >= here - 2 && m.gender !== "female" && m.name !== st.speaker);
  // (Only one man named there, and no masculine thing after him the pronoun may stand for: not "Macron sprach mit Selenskyj
  // über den Krieg. Lawrow verurteilte ihn.", "berichtete von einem russischen Angriff. Baerbock verurteilte ihn".)
  const person = men.pop();
  if (!person || men.some((m) => m.name !== person.name)) return null;
  const from = tokenRange(tokens, person.start, person.end).to;
  for (let j = from; j < k; j++) if (MASCULINE_ARTICLE.test(tokens[j].norm) && tokens.slice(j + 1, Math.min(k, j + 4)).some((t) => t.wordClass === "noun" && isCapitalized(t.text))) return null;
  const side = targetOf(person);
  if (!side || side === st.speaker_side) return null;
  return { ...person, start: tokens[k].start, end: tokens[k].end, via: "pronoun" };
}

// Articles of a masculine (or neuter) noun in the accusative or dative: "einen Vorschlag", "von einem Angriff", "über den Krieg".
const MASCULINE_ARTICLE = /^(?:einen|einem|den|dem|diesen|diesem)$/;

// Verbs that carry out an act they bring in without an article: "China hielt Manöver ab", "startete Angriffe".
const CARRYING_OUT = /^(?:abhalten|durchführen|starten|beginnen|fliegen|verüben|unternehmen|einleiten|führen|ausführen|abfeuern|verhängen|erlassen|beschließen|ankündigen|planen|vorlegen|verabschieden)$/;
const PARTICLE_AFTER = /^(?:ab|an|durch|ein|aus|vor)$/;

/**
 * Whose act the noun `noun` names, said in sentence `here`: see `reactionEvent`. Named with it in the eight sentences
 * before, or brought in there by a side; further back only named with it.
 */
function actOwner(ctx: StanceContext, here: number, noun: string, news: ActorMention | null, eventNouns: readonly string[]): ActorMention | null {
  const { tokens, sentences } = ctx.layer;
  let seenNear = false;
  for (let si = here - 1; si >= 0 && !(seenNear && si < here - 8); si--) {
    const s = sentences[si];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!tokens[k].lemma.toLowerCase().replace(/ß/g, "ss").endsWith(noun) || !isCapitalized(tokens[k].text)) continue;
      // (The noun may open its sentence, and the text: "Manöver um Taiwan beunruhigen die Region.")
      const d = beforeAdjectives(tokens, s, k);
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
  return (!seenNear && actNamedJustBefore(ctx, here, eventNouns)) || news;
}

/**
 * The doer of an act named by another noun in the two sentences before, in the same paragraph, with its doer: "International
 * stieß das Vorgehen Bakus auf scharfe Kritik. … Charles Michel verurteilte die Offensive."
 */
function actNamedJustBefore(ctx: StanceContext, here: number, eventNouns: readonly string[]): ActorMention | undefined {
  const { tokens, sentences } = ctx.layer;
  for (let si = here - 1; si >= 0 && si >= here - 2 && sentences[si].paragraph === sentences[here].paragraph; si--) {
    const s = sentences[si];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!isCapitalized(tokens[k].text) || !eventNouns.includes(tokens[k].lemma.toLowerCase().replace(/ß/g, "ss"))) continue;
      const named = ownerNamedWith(ctx, s, beforeAdjectives(tokens, s, k), k);
      if (named) return named;
    }
  }
  return undefined;
}

/** The word before a noun's adjectives (the noun at k): "die | chinesischen Manöver". */
function beforeAdjectives(tokens: Token[], s: Sentence, k: number): number {
  let d = Math.max(s.tokenStart, k - 1);
  while (d > s.tokenStart && tokens[d].wordClass === "adj") d--;
  return d;
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
  const after = genitiveOwnerAfter(ctx, k);
  if (after) return after;
  if (!/^(?:von|vom)$/.test(tokens[k + 1]?.norm ?? "")) return undefined;
  // (Words only between, a title or an article: "von US-Präsident Donald Trump", "von der EU".)
  let j = k + 2;
  // (Not past a preposition: "die Entsendung von Truppen in die Ukraine" names where they go, not who sends them.)
  while (j < s.tokenEnd && j <= k + 4 && tokens[j].kind === "word" && tokens[j].wordClass !== "verb" && !PREPOSITIONS.has(tokens[j].norm) && !ctx.mentions.some((m) => m.start === tokens[j].start)) j++;
  return ctx.mentions.find((m) => m.start === tokens[j]?.start && targetOf(m) !== null);
}

/**
 * The doer a genitive right after an act's noun at k names: a country's name in -s ("das Vorgehen Bakus", "die Offensive
 * Aserbaidschans") or an organisation with its article ("die Anordnung des IGH"). Not a country with its article, which
 * as often names the victim ("die Invasion der Ukraine").
 */
function genitiveOwnerAfter(ctx: StanceContext, k: number): ActorMention | undefined {
  const { tokens } = ctx.layer;
  const next = tokens[k + 1];
  if (!next || next.sentence !== tokens[k].sentence || DONE_TO.test(tokens[k].lemma.toLowerCase())) return undefined;
  if (/^(?:des|der)$/.test(next.norm)) return ctx.mentions.find((m) => m.type === "organisation" && m.start === tokens[k + 2]?.start && targetOf(m) !== null);
  return ctx.mentions.find((m) => m.start === next.start && m.type === "country" && m.via !== "demonym" && /s$/.test(ctx.text.slice(m.start, m.end)) && isCapitalized(next.text) && !isPlaceMention(ctx.layer, m));
}

// Acts done to a side, whose genitive is the victim: "die Blockade Kubas", "das Embargo", "die Besetzung der Krim".
const DONE_TO = /(?:blockade|embargo|besetzung|invasion|annexion|belagerung|bombardierung|isolation|isolierung|einschüchterung|unterdrückung|befreiung|verurteilung)$/;

// (What one side put to another is theirs too: "wies das Angebot zurück", "die Forderungen".)
// (So are words said, "wies die Rede als „provokativ“ zurück", and a part denied, "wies jede Beteiligung zurück".)
const CLAIM_NOUN = /(?:vorwurf|vorwürfe|anschuldigung|beschuldigung|darstellung|behauptung|kritik|bericht|angabe|unterstellung|vorhaltung|äußerung|vorfall|angebot|vorschlag|forderung|ultimatum|rede|aussage|bemerkung|drohung|warnung|beteiligung|verantwortung|schuld)$/;
const ACCUSING_CUE = /^(?:warf|werfen|wirft|warfen|vorgeworfen|beschuldigt|beschuldigte|beschuldigten|bezichtigte|bezichtigt)\b/i;
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
    // (Not one who praised it: "würdigte die Gastfreundschaft der chinesischen Seite" made no claims.)
    if (side && before.stance.some((s) => own.includes(s.target) && s.polarity !== "support")) return { side, cue: st.cue };
    // (The claims are of the nearest accuser, if one that names no side of the rejecting one made them: "Die syrische
    // Opposition und der Westen werfen den Truppen … vor, … Syriens Führung weist den Vorwurf zurück" opposes no one before.)
    if (ACCUSING_CUE.test(before.cue)) return null;
  }
  // Else the side whose words the two sentences before name: "Lin Jian wurde zu Äußerungen der NATO befragt, die China als
  // „Ermöglicher“ des Krieges bezeichnet hatte. Lin wies die Vorwürfe zurück."
  for (let si = first - 1; si >= 0 && si >= first - 2; si--) {
    const s = ctx.layer.sentences[si];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (tokens[k].wordClass !== "noun" || !CLAIMS_MADE.test(tokens[k].lemma.toLowerCase())) continue;
      const owner = genitiveOwnerAfter(ctx, k);
      const side = owner ? targetOf(owner) : null;
      if (side && !own.includes(side)) return { side, cue: st.cue };
    }
  }
  return null;
}

// Words a side makes claims in: "Äußerungen der NATO", "die Erklärung Washingtons".
const CLAIMS_MADE = /(?:äußerung|erklärung|vorwurf|vorwürfe|anschuldigung|kritik|behauptung|darstellung|aussage|stellungnahme)$/;

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
