// The stance of one statement (statementStance): its targets and cues, the rules of the parts
// before it applied in turn, and the speaker's polarity toward each target.
import { defaultLexicon, isCapitalized, lemmatize } from "../lemmas.js";
import { tokenRange, type Token } from "../text.js";
import { AUX_FORMS, isTimeWord, PREPOSITIONS, QUOTE_MARK, REPORT_NOUNS, THIRD_PERSON_POSSESSIVE } from "../statements/words.js";
import type { ActorMention, Statement } from "../statements.js";
import type { CueClass, StanceLexicon, StanceTarget, CueHit, TargetMention, Span, StanceContext } from "./types.js";
import { defaultStanceLexicon, HOSTILE_CLASSES, isNegator } from "./lexicon.js";
import { defaultPolarityWords, wordPolarity } from "./polarity-words.js";
import { stopAt, DEMANDING_MODALS, isPredicateNoun, nounAfterAdjective, COPULAS, headIn, sentenceFinalVerb, contentClauseFinalVerb, clauseFinalVerb, finiteVerbBefore, clauseOpening, isZuInfinitiveAt, isFiniteVerb, dativeAfter, afterPreposition, inCausalPhrase, passiveAuxiliary, verbFinal, isPassiveAt, prepositionalPhrase, opensCondition, DEMAND_CUE, isDemandVerb, passiveAfter, isParticipleForm, negatedBefore, callFor, adverbialClauseBetween, clauseIndex, ARTICLE } from "./clauses.js";
import { type SpanKeys, spanKeys, findCues, dutyNamed, dutyAfter, badBetween, contrastAfter, conditionThreatened, relativeClauseAt, unknownName, talksBetween, TALK_NOUNS, talkTopic, modalBefore, demandedBefore, NECESSARY, agentOfAttribute, protectedFrom, inTimePhrase, PROTECTING, CRITICISM_NOUN, accusationBefore, accusedBy, openerOf, ownedConductBefore, brokenRule, relativeClauseEnd, threatPhrase, SUSPENDED, nextComma, joinedLemma, targetOf, findConcepts, tokenAt, findBilateral, lettingClause } from "./cues.js";
import { pairNamedBefore, sideMetBefore, namedWithOthers, kindTargets, conceptOwner, isPlacePhrase, modifiedHead, sideHead, condemnedSubject, ownSubjectOfContent, outsideMittelfeld, objectPhrase, verbBetween, coordinatedWith, genitiveAttribute, namedBySeat, coSubjectOfOwn, subjectsOwn, clauseSubject, objectFronted, subjectRelative, passiveAgent, joinedTo, subjectPhraseSides, antecedentOf, antecedentSides, masterOf, calledSides, calledAs, predicateSubject, contrastSubject, bareSide, frontedObject, agentAfter, objectBetween, countedPersons, dassSubject, invaded, extraposedSubject, speakerInside, tieHolders } from "./sides.js";
import { toldToChange, toldByModal, toldInDassClause, wantsNoPeace, turnsDownPeace, cannotHaveBoth, noBlocAgainst, notLeftTo, releaseDemanded, withdrawalDemanded, envoySummoned, rightOfSide, calledOnBy, returnDemanded, toldNotTo, claimContent, EVEN_HANDED_APPEALS, demandedIn, demandOpens, frontedClaim } from "./demands.js";
import { stateDoer, aimedAt, OPPOSING_CLASSES, foughtThing, inRejectedInfinitive, threatSource, judgesActs, actBefore, judgedAct, affairsOf, intendedByOwn, INTENTION, ANNOUNCING, RULING_OUT, threatenedBySpeaker, TAKING_UP, AVERTING, MORE_OF, endorsingPushers, undoneAct, actVerbHit, pushes, endDemanded, ENDING_NOUNS, BENEFIT, hostileAct, warHelpers } from "./acts.js";
import { sideBackedByPossessive, linkedTo, POSSESSIVE, verbObject, ownObject, isRelationNoun, relationWithPartner, relationInClause, talkInClause, isTalkHeld, relationWith, isMethodNoun, cueNoun, inOpposedObject, reducedAfter, endedBefore, labelledSide, thirdPartyTie, recipientOf, namesAlliance, namedAs, spoiledNoun, LABEL_READ } from "./support.js";

// Nouns of observers, who speak for no side: "die Arktisforscherin", "der Politologe", "eine Analystin", "Sinologe".
// (Each with its capital, as a word of its own, or lower case as a compound's head; any ending: "Politologin".)
const OBSERVER = String.raw`[\p{L}-]*(?:[Aa]nalyst|[Ee]xpert(?:e|in)|[Ff]orscher|[Ww]issenschaftler|[Pp]olitolog|[Ss]inolog|[Öö]konom|[Hh]istoriker|[Pp]rofessor|[Kk]ommentator|[Bb]eobachter)\p{L}*`;
const OBSERVER_WORD = new RegExp(`^${OBSERVER}$`, "u");

// An observer's noun right before a name (given names between) and in an apposition right after one ("Solheim, Expertin am …").
const OBSERVER_BEFORE = new RegExp(`(?<![\\p{L}-])${OBSERVER}\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}$`, "u");
const OBSERVER_AFTER = new RegExp(`^,\\s+${OBSERVER}\\s+(?:am|an|beim|bei|vom|von|des|der|für)\\b`, "u");

/**
 * Is the statement's speaker an observer: called one in their own phrase ("sagte ein Analyst"), or, a person, where the text
 * names them: right before their name ("Die Arktisforscherin Ingrid Solheim") or in an apposition after it ("Solheim, Expertin
 * am …"; not "mit Putin, Beobachter werten …")? Each place the surname stands is looked at, a few words either side.
 */
export function isObserver(text: string, st: Statement): boolean {
  if (st.speaker_clean_start !== null && st.speaker_clean_end !== null && text.slice(st.speaker_clean_start, st.speaker_clean_end).split(/[\s-]+/).some((w) => OBSERVER_WORD.test(w))) return true;
  const surname = st.speaker_type === "person" ? st.speaker?.split(" ").pop() : undefined;
  if (!surname || !/^\p{Lu}/u.test(surname)) return false;
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
    const end = i + surname.length;
    if (/[\p{L}-]/u.test(text[i - 1] ?? "") || /\p{L}/u.test(text[end] ?? "")) continue;
    if (OBSERVER_BEFORE.test(text.slice(Math.max(0, i - 80), i)) || OBSERVER_AFTER.test(text.slice(end, end + 60))) return true;
  }
  return false;
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
  // (One side, before the bodies the speaker heads join it: Xi Jinping's party is his side too, but no second country.)
  const oneSide = own.size === 1;
  const articlePartner = oneSide && ctx.pair.length === 2 && own.has(ctx.pair[0]) ? ctx.pair[1] : oneSide && ctx.pair.length === 2 && own.has(ctx.pair[1]) ? ctx.pair[0] : null;
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
    // Not a compound's first part: "in der Taiwan-Frage" is an issue, not a place; but "am Rande des G7-Gipfels" is where.
    if ((m.end >= tokens[end].end || /^rande?$/.test(tokens[k - 2]?.norm ?? "")) && isPlacePhrase(tokens, k, span)) mention.place = true;
    // So is a meeting it names, where something was said or done: "beim EU-Gipfel in Brüssel", "auf dem Nato-Gipfel".
    if (m.end < tokens[end].end && MEETING.test(tokens[end].lemma.toLowerCase()) && /^(?:beim|bei|auf|am|während|nach|vor)$/.test(tokens[openerOf(tokens, k, span.from)]?.norm ?? "")) mention.place = true;
    // A capital that names an agreement or a meeting held there: "die Vereinbarung von Madrid", "der Gipfel von Vilnius".
    if (m.via === "metonym" && tokens[k - 1]?.norm === "von" && NAMED_AFTER_PLACE.test(tokens[k - 2]?.lemma.toLowerCase() ?? "")) mention.place = true;
    // (Where, not whereto: "Vertrauen in die Afghanen", "Investitionen in die Ukraine" go to the side.)
    if (mention.place && m.type === "country" && !/^(?:die|den|das)$/.test(tokens[k - 1]?.norm ?? "")) mention.countryPlace = true;
    // (So is a region named as a bloc, with no article at all: "ein wichtiger Partner in Zentralasien", not "in der SOZ",
    // "in der gesamten EU".)
    if (mention.place && m.type === "organisation" && m.via !== "capital" && !articleBefore(tokens, k, span.from)) mention.countryPlace = true;
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
  // (First the side met in the sentence before: "empfing Xi den russischen Präsidenten … Die Beziehungen beider Länder …,
  // sagte Putin"; not where two others were just named together, "dass Indien und Pakistan einer Waffenruhe zugestimmt
  // hätten … Rubio lobte die beiden Premierminister".)
  const noOtherNamed = othersNamed.size === 0 && oneSide;
  const otherNamed = othersNamed.size === 1 && articlePartner !== null && !othersNamed.has(articlePartner) ? [...othersNamed][0] : null;
  const bilateralAt = otherNamed || articlePartner || noOtherNamed ? findBilateral(tokens, span, lex, keysAt) : [];
  const met = bilateralAt.length > 0 && noOtherNamed && pairNamedBefore(ctx, span.from, own) === null ? sideMetBefore(ctx, span.from, own) : null;
  const ownPair = noOtherNamed && !met ? pairNamedBefore(ctx, span.from, own, true) : null;
  const counterpart = otherNamed ?? met ?? ownPair?.find((t) => !own.has(t)) ?? articlePartner;
  // (The side met is the partner of the whole statement: its praise with no side named is for that side.)
  const partner = met ?? articlePartner;
  if (counterpart) for (const k of bilateralAt) targets.push({ target: counterpart, from: k, to: k + 1, kind: "bilateral" });
  // A speaker of neither side means the pair by "beide Länder": "warf beiden Ländern vor, …".
  // Not when both sides speak ("Die beiden Staatschefs verurteilten …").
  // (Only a span with a form of "beide" is searched: the lexicon's scan costs more than this loop.)
  let beide = false;
  for (let k = span.from; k < span.to && !beide; k++) beide = tokens[k].norm.startsWith("beid");
  const bothAt = beide ? findBilateral(tokens, span, lex, keysAt, true) : [];
  // (Those two named together just before are meant first: "Alijew und Armeniens Regierungschef Paschinjan haben …
  // Die USA würden mit beiden Ländern Abkommen schließen".)
  const together = bothAt.length > 0 ? pairNamedBefore(ctx, bothAt[0], own) ?? ctx.pair : ctx.pair;
  // (Not when the speaker's side just met one: "beide Seiten" are those two.)
  const thirdParty = met === null && together.length === 2 && !own.has(together[0]) && !own.has(together[1]) && !/\bbeide/i.test(`${st.speaker ?? ""} ${st.speaker_surface ?? ""}`);
  // (Not the pair a demand calls on together: "rief beide Seiten auf, die Anlage nicht anzugreifen" is even-handed; but
  // "forderte Sanktionen gegen beide Länder" is none.)
  const calledOn = (k: number) => k - 1 >= span.from && isDemandVerb(tokens, k - 1);
  const both = thirdParty ? bothAt.filter((k) => !calledOn(k)) : [];
  if (!both.some(inSpeaker)) for (const k of both) for (const side of together) targets.push({ target: side, from: k, to: k + 2, kind: "actor" });
  // So is a joint act named with no side, in a statement that names none, said by neither of the article's pair: "nannte
  // die gemeinsamen Flüge eine „Provokation“" (not "unsere gemeinsamen Werte").
  if (both.length === 0 && ctx.pair.length === 2 && met === null && !own.has(ctx.pair[0]) && !own.has(ctx.pair[1]) && !targets.some((t) => t.kind === "actor" && !t.place)) {
    const joint = tokens.slice(span.from, span.to).find((t, i) => /^gemeinsame[nrms]?$/.test(t.norm) && isCapitalized(tokens[span.from + i + 1]?.text ?? "") && !POSSESSIVE.test(tokens[span.from + i - 1]?.norm ?? "") && !inSpeaker(span.from + i));
    if (joint) for (const side of ctx.pair) targets.push({ target: side, from: joint.index, to: joint.index + 2, kind: "actor" });
  }
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
  // (Nor what a fronted claim says: "Den Vorwurf, China unterstütze Russland, wies Peking zurück".)
  const claim = frontedClaim(tokens, span, targets);
  // (Nor a kind that names a side: "des Bündnisses" for the Nato is no word of alliance.)
  const cues = findCues(tokens, span, lex, (k) => k >= denied || (claim !== null && k > claim.from && k < claim.to) || inSpeaker(k) || kinds.some((t) => t.from === k) || (actorTokens.has(k) && !targets.some((t) => t.kind === "concept" && t.from === k)), keysAt, DEMAND_CUE.test(st.cue)).filter((c) => !foughtThing(tokens, c) && !spoiledNoun(tokens, c));
  const votes = new Map<string, { score: number; cues: string[] }>();
  // Sides of a tie the speaker is concerned about (see `tieOfOpposed`), with the tie's word: opposed whatever else praised them.
  const opposedTies = new Map<string, string>();
  // (Where each side's support came from, the earliest cue: what a side is told to do is no praise of it, see `told`.)
  let cueAt = -1;
  // The cue by which the speaker praises their own side's course (see selfPortrayed): no vote, which own sides never get.
  let selfCue: string | null = null;
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
  const talksOpen = !cues.some((c) => c.polarity === "oppose") && !tokens.slice(span.from, span.to).some((t) => /^(?:aber|jedoch|allerdings|doch)$/.test(t.norm));
  const praiseOfTalksOpen = partner !== null && talksOpen;
  const talkPraised = (hit: CueHit) => praiseOfTalksOpen && partner !== null && PRAISING.has(hit.cue.class) && talkInClause(tokens, span, clauseOf, hit.at, lex, targets, partner);
  // (Nor is a group of partners: "die drei Punkte zusammen mit ihren Partnern umsetzen", said in an article on Ukraine and Russia.)
  // (Not partners a side's adjective names: "mit den chinesischen Partnern".)
  const partnersGroup = (hit: CueHit) => (tokens[hit.at].norm === "partnern" || (tokens[hit.at].norm === "partner" && /^(?:die|ihre|unsere|seine|eure)$/.test(tokens[hit.at - 1]?.norm ?? ""))) && !targets.some((t) => t.to === hit.at);
  const partnerMeant = (hit: CueHit) =>
    partnerInPlay && !partnersGroup(hit) && (partnerNamed || (!ownAlliance(hit) && ((hit.cue.class === "cooperation" && (isRelationNoun(tokens[hit.at], lex) || (tokens[hit.at].wordClass === "verb" && !HELPING.has(tokens[hit.at].lemma.toLowerCase()) && ownSubject(hit)))) || relationInClause(tokens, span, clauseOf, hit.at, lex) || talkPraised(hit))));
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
  // Only for a speaker whose side is known, by the registry or by a side named with them ("die EU-Außenbeauftragte"), or who
  // has none, an observer: "Deutschland unterstütze die Ukraine", said by a spokesman of unknown side, may be his own government's.
  // (An observer speaks for no side: "Er zeige, dass Peking bereit sei, Moskau zu unterstützen", said by an Arctic researcher.)
  // (Worked out only for a tie: it looks through the text.)
  let settled: boolean | undefined;
  const sideSettled = () => (settled ??= own.size > 0 || (st.speaker_clean_start !== null && ctx.mentions.some((m) => m.start >= st.speaker_clean_start! && m.end <= st.speaker_clean_end! && m.type !== "person")) || isObserver(ctx.text, st));
  // A tie of a bloc the speaker's country belongs to is the speaker's side's too: "die EU unterstütze die Ukraine", said by Scholz.
  const ownBlocs = new Set([...own, ...ctx.mentions.filter((m) => m.side && own.has(m.side)).flatMap((m) => m.blocs ?? [])]);
  // (Not support the speaker, the clause's subject, gives a side with a verb of giving: "Kim sicherte Russland die volle
  // Unterstützung seines Landes im Krieg gegen die Ukraine zu"; a side called a partner of another stays their tie, "bezeichnete
  // China als Partner Russlands".)
  const speakerSubject = (c: CueHit) => st.kind === "reported" && tokens.slice(clauseOpening(tokens, span, c.from), c.from).some((t) => inSpeaker(t.index)) && recipientOf(tokens, span, c, targets, lex) !== undefined;
  // A condemning cue after a tie in its clause judges it: "… bereite ihm große Sorge", "… sei besorgniserregend".
  const judgedTie = (c: CueHit, tie: CueHit) => c.polarity === "oppose" && c.negator === undefined && c.cue.class === "condemnation" && c.from > tie.at && clauseOf[c.at - span.from] === clauseOf[tie.at - span.from];
  // (Whatever the speaker's side, where the tie names both its holders, neither known as theirs, and is judged a danger: "die
  // gemeinsamen Manöver chinesischer und russischer Streitkräfte … als ernste Bedrohung", said by a spokesman whose country
  // the registry does not know.)
  const namedTie = (c: CueHit) => cues.some((o) => judgedTie(o, c)) && tieHolders(tokens, span, c, foreign).length >= 2;
  const thirdPartyClauses = new Set(cues.filter((c) => c.cue.class === "cooperation" && c.polarity === "support" && (sideSettled() || namedTie(c)) && !speakerSubject(c) && thirdPartyTie(tokens, span, clauseOf, c, targets, ownBlocs)).map((c) => clauseOf[c.at - span.from]));
  // The noun of a relation nearest the cue in its clause, if two sides hold it, none the speaker's: of its genitives or after
  // "zwischen" ("die Beziehungen zwischen Moskau und Peking"), or its parties before it, all parts of a compound ("die
  // russisch-chinesischen Beziehungen": a party is marked on the compound's last part only).
  const measuresOthersTie = (hit: CueHit) => {
    if (!sideSettled()) return false;
    const clause = clauseOf[hit.at - span.from];
    let k = -1;
    for (let j = span.from; j < span.to; j++) if (clauseOf[j - span.from] === clause && isRelationNoun(tokens[j], lex) && (k < 0 || Math.abs(j - hit.at) < Math.abs(k - hit.at))) k = j;
    if (k < 0) return false;
    const partyAt = (t: TargetMention) => targets.some((p) => p.party && p.from === t.from);
    const holders = [...tieHolders(tokens, span, { ...hit, at: k, from: k }, targets), ...targets.filter((t) => t.to <= k && k - t.to <= 3 && partyAt(t))];
    return new Set(holders.map((t) => t.target)).size >= 2 && !holders.some((t) => ownBlocs.has(t.target));
  };
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
  // (With those joined to them: "der Druck aus Brüssel auf die Slowakei und Serbien".)
  for (const v of [...victims]) for (const c of coordinatedWith(tokens, v, targets)) victims.add(c);

  // What an accusation says the accused did is not the speaker's stance: "Die USA werfen China
  // vor, Russland zu unterstützen" is no support of Russia by the USA.
  // A cue's "unless" words undo it in its clause, and an accusing verb's in the zu-infinitive it governs: "versuche, zu
  // vermitteln" (what is tried; not what a noun's zu-infinitive says, "schätze die Bemühungen, zu einer Lösung beizutragen").
  const undoneHits = new Map<CueHit, boolean>();
  const undone = (c: CueHit) => {
    if (c.cue.unless === undefined) return false;
    let known = undoneHits.get(c);
    if (known === undefined) undoneHits.set(c, (known = unlessHolds(c, c.cue.unless)));
    return known;
  };
  const unlessHolds = (c: CueHit, listed: ReadonlySet<string>) => {
    // ("sich" in "sich von Moskau nicht täuschen lassen" is the letting verb's, not the cue's.)
    const unless = listed.has("sich") && lettingClause(tokens, span, c) !== null ? new Set([...listed].filter((w) => w !== "sich")) : listed;
    if (clauseHas(tokens, span, clauseOf, c.at, unless, keysAt)) return true;
    const comma = nextComma(tokens, c.at, span.to);
    if (c.cue.class !== "accusation" || tokens[c.at].wordClass !== "verb" || comma + 1 >= span.to || tokens.slice(c.at + 1, comma).some((t) => t.wordClass === "verb")) return false;
    const governed = clauseOf[comma + 1 - span.from];
    let zu = false;
    for (let k = comma + 1; k < span.to && clauseOf[k - span.from] === governed; k++) if (tokens[k].wordClass === "verb" && isZuInfinitiveAt(tokens, k)) zu = true;
    return zu && clauseHas(tokens, span, clauseOf, comma + 1, unless, keysAt);
  };
  const accusedFrom = cues.filter((c) => c.cue.class === "accusation" && !undone(c)).map((c) => nextComma(tokens, c.at, span.to));
  // Verbs that oppose what their object names: a support cue inside that object is opposed with it
  // ("warnte vor einer zu engen Partnerschaft zwischen Peking und Moskau", "lehnte die Zusammenarbeit ab").
  // A fight against a named thing is against that thing: "bei der Bekämpfung der COVID-19-Pandemie" opposes no side.
  const againstThing = (c: CueHit) => c.cue.class === "countering" && isCapitalized(tokens[c.at].text) && /^(?:der|des)$/.test(tokens[c.at + 1]?.norm ?? "") && !targets.some((t) => t.from >= c.at + 1 && t.from <= c.at + 3);
  // (A call to restraint opposes no act named with it: "riefen nach dem Angriff auf Israel zur Deeskalation auf".)
  // (Nor the "gegen" of what a verb of protecting protects from: "Litauen gegen jede Bedrohung … verteidigen" turns no protection around.)
  const shieldOf = (c: CueHit) => (c.cue.words[0] === "gegen" || protectedFrom(tokens, span, c.from) >= 0) && cues.some((p) => p.at > c.at && p.at - c.at <= 8 && PROTECTING.has(p.cue.words[0]) && clauseOf[p.at - span.from] === clauseOf[c.at - span.from]);
  // (Not one its "unless" words undo: "Lassen Sie uns versuchen, Druck auf Russland auszuüben" opposes no pressure.)
  const opposingVerbs = cues.filter((c) => opposing(c) && !againstThing(c) && !shieldOf(c) && !(c.cue.words.length > 1 && EVEN_HANDED_APPEALS.test(c.cue.words[c.cue.words.length - 1])) && !undone(c));
  // "China unterstütze Russlands Kriegswirtschaft, kritisierte er": what the condemned does is not the speaker's stance.
  // (So is what a judging adjective says of a "dass" clause: "es sei höchst bedauerlich, dass Russland eine Zusammenarbeit
  // mit Nordkorea nicht ausgeschlossen habe".)
  const condemned = condemnedSubject(st, tokens, span, foreign, lex) ?? judgedClauseSubject(tokens, span, cues, foreign);
  // A concept only a cue makes a target is one between states where the statement names another side or an adjective
  // before it says so: "einseitige Sanktionen", "westliche Sanktionen" (see cueOnly).
  // (Or where the document names one elsewhere: "die Sanktionen" in an article on the sanctions against Iran.)
  const betweenStates = (t: TargetMention) => foreign.some((x) => x.kind === "actor" && !x.place) || statesMeasureWord(tokens, t.from) || (!measureOfOther(tokens, t, targets) && (ctx.measuresBetweenStates?.() ?? false));
  // A side's speaker describing its own course as good, no other side named: "China habe stets eine objektive und faire
  // Haltung eingenommen", "China sei stets eine Kraft für Frieden gewesen" (the speaker's side as the clause's subject).
  // (Not a role it is ready to play, "sei bereit, eine konstruktive Rolle zu spielen", nor a tie, "eng mit seinen Partnern
  // zusammenarbeiten", nor praise of another's act, "China begrüße alle Bemühungen".)
  const selfPortrayed = (hit: CueHit) => {
    if (!oneSide || !st.speaker_side || hit.polarity !== "support" || hit.cue.polarity !== "support" || hit.negator !== undefined || hit.cue.class !== "positive") return false;
    // (A word of evaluation, no verb: "halte entschlossen an diesem Prinzip fest", "trage zur Stabilität bei" tell of acts;
    // said of the side by a copula, "sei eine Kraft für den Frieden", or a cue of its course, "objektive Haltung".)
    if (tokens[hit.from].wordClass === "verb" || tokens[hit.at].wordClass === "verb") return false;
    if (targets.some((t) => t.kind === "actor" && !own.has(t.target) && !t.issue) || cues.some((c) => c.cue.polarity !== "support" || c.cue.class === "cooperation")) return false;
    // (Nor a concession, "sei zwar wichtig, aber allein zu schwach", nor advice, "wäre gut beraten, …".)
    if (tokens.slice(span.from, span.to).some((x) => CONCEDING.test(x.norm))) return false;
    const clause = clauseOf[hit.at - span.from];
    const inClause = tokens.slice(span.from, span.to).filter((_, i) => clauseOf[i] === clause);
    if (inClause.some((x) => SELF_PORTRAYAL_STOP.test(x.lemma.toLowerCase()))) return false;
    // (The copula "sein" as an infinitive at the clause's end, "werde eine Kraft der Stabilität sein", not the possessive.)
    const copula = (x: Token, i: number) => COPULAS.has(x.norm) || x.norm === "gewesen" || (x.norm === "sein" && (i + 1 === inClause.length || inClause[i + 1].kind === "punct"));
    if (hit.cue.words.length === 1 && !inClause.some(copula)) return false;
    // (The side itself as the subject: not "Chinas Wirtschaft sei gut aufgestellt".)
    const ownSides = targets.filter((t) => t.kind === "actor" && t.target === st.speaker_side && !t.place && clauseOf[t.from - span.from] === clause && !(tokens[t.to]?.wordClass === "noun" && isCapitalized(tokens[t.to].text)));
    return clauseSubject(tokens, span, hit, ownSides) !== undefined;
  };
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
    // What "nennen" calls a danger is opposed: "nannte die gemeinsamen Flüge eine „Provokation“".
    const namedDanger = hit.polarity === "oppose" && (cue.class === "condemnation" || HOSTILE_CLASSES.has(cue.class)) ? namedAs(tokens, span, hit, foreign, lex) : [];
    if (namedDanger.length > 0) {
      for (const t of namedDanger) vote(t.target, "oppose", hit.text);
      continue;
    }
    // A war or a hostile act named there is the speaker's word for it: "warf China vor, sich nicht von der russischen Aggression zu distanzieren".
    if (accusedFrom.some((comma) => comma < hit.from) && !HOSTILE_CLASSES.has(cue.class)) continue;
    if (condemned && hit.polarity === "support" && hit.from > condemned.from) continue;
    // Whoever a "wer" clause describes is no one the speaker backs: "Wer gemeinsam mit Russland, Belarus und Nordkorea gegen
    // … stimme, stelle sich auf die falsche Seite der Geschichte".
    if (hit.polarity === "support" && inWhoeverClause(tokens, span, hit.at)) continue;
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
    // An evaluative adjective before a condemning noun only says how much: "sei der wichtigste Ermöglicher dieses Krieges".
    if (hit.polarity === "support" && cue.class === "positive" && tokens[hit.at].wordClass === "adj" && cues.some((c) => c.polarity === "oppose" && c.cue.class === "condemnation" && c.from === hit.at + 1 && isCapitalized(tokens[c.from].text))) continue;
    if (undone(hit)) continue;
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
    // (Whatever the zu-infinitive, a cue or not: "es sei wichtig, Moskau zur Beendigung des Krieges aufzufordern", also "…,
    // mit Peking im Gespräch zu bleiben", which names the act, no judgement of Peking; not a purpose, "Russland sei wichtig,
    // auch um die Krise zu lösen".)
    const purpose = () => tokens.slice(hit.at + 2, hit.at + 5).some((t) => /^(?:um|ohne|statt|anstatt)$/.test(t.norm));
    if (cue.class === "positive" && NECESSARY.test(tokens[hit.at].norm) && tokens[hit.at + 1]?.text === "," && !purpose() && tokens.slice(hit.at + 2, span.to).some((t, i) => clauseOf[hit.at + 2 + i - span.from] === clauseOf[hit.at + 2 - span.from] && t.wordClass === "verb" && isZuInfinitiveAt(tokens, hit.at + 2 + i))) continue;
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
      const undoing = undoneAct(tokens, span, hit, lex);
      const praised = !undoing && pushing.some((p) => p.cue.class === "praise");
      hostileAct(hit, tokens, span, targets, lex, vote, undoing ? ({ opposed: "pushed", pushed: "opposed", told: "told" } as const)[stand] : stand, ended || averted, own, speakersWish, praised);
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
    // A measure of others' tie describes it: "Die Beziehungen zwischen Russland und China seien so eng wie nie", said by Baerbock.
    // (Negated too: "seien nicht so eng" describes it.)
    if (cue.polarity === "support" && lex.tieMeasures?.has(cue.words.join(" ")) && measuresOthersTie(hit)) continue;
    // (Praise of it stays the speaker's: "lobte die Zusammenarbeit zwischen Serbien und Kroatien".)
    if (hit.polarity === "support" && thirdPartyClauses.has(clauseOf[hit.at - span.from]) && cue.class !== "praise") {
      // A tie of others judged a danger after it in its clause is the speaker's concern, unless praised: "die wachsende
      // Zusammenarbeit Chinas mit Russland bereite ihm große Sorge", "die Kooperation beider Länder sei besorgniserregend".
      if (isCapitalized(tokens[hit.at].text) && cues.some((c) => judgedTie(c, hit)) && !cues.some((c) => PRAISING.has(c.cue.class))) for (const t of tieHolders(tokens, span, hit, foreign)) opposedTies.set(t.target, hit.text);
      continue;
    }
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
    // (So does it to a threat, a hostile act announced: "die Sanktionsdrohungen Washingtons gegen chinesische Banken".)
    const threatAt = (k: number) => cues.some((c) => c.at === k && c.cue.class === "condemnation" && /drohung(?:en)?$/.test(tokens[k].norm));
    if (cue.words[0] === "gegen" && [1, 2, 3].some((d) => hostileAt.has(hit.at - d) || threatAt(hit.at - d))) continue;
    // So is it to a noun of a side's own conduct, its genitive between: "die fanatische Haltung der USA gegen Kuba",
    // "die Politik Pekings gegen die Uiguren" (the side's opposition, told; not the speaker's).
    // (Praised, that conduct is the speaker's too: "lobte den Kurs Polens gegen Russland".)
    if (cue.words[0] === "gegen" && ownedConductBefore(tokens, span, hit.at, foreign) && !cues.some((c) => c.polarity === "support" && c.at < hit.at && hit.at - c.at <= 6 && clauseOf[c.at - span.from] === clauseOf[hit.at - span.from])) continue;
    // And to an accusation: "die Vorwürfe gegen Belgrad" names whom others accuse (see `accusedBy` below).
    // (Only where something in its clause rejects it; the speaker's own stay: "bekräftigte die Vorwürfe gegen Russland".)
    // (Only a rejection of that accusation, no other verb between: "verurteilte die Angriffe und bekräftigte die Vorwürfe gegen
    // Russland" keeps Russia opposed.)
    const governs = (c: CueHit) => !tokens.slice(Math.min(c.at, hit.at) + 1, Math.max(c.from, hit.at)).some((t) => t.wordClass === "verb" && !AUX_FORMS.has(t.norm) && !COPULAS.has(t.norm));
    const rejected = () => cues.some((c) => c !== hit && opposing(c) && c.cue.words[0] !== "gegen" && clauseOf[c.at - span.from] === clauseOf[hit.at - span.from] && governs(c));
    if (cue.words[0] === "gegen" && accusationBefore(tokens, hit.at) >= 0 && rejected()) continue;
    // So is a criticism of a side that something rejects or judges: "wies die Kritik der EU an Ungarn zurück", "Die Kritik an
    // Ungarn sei bedauerlich" (others' criticism; the side it is of is defended, see `accusedBy`).
    const criticismOf = CRITICISM_NOUN.test(tokens[hit.at].lemma.toLowerCase()) && tokens.slice(hit.at + 1, hit.at + 6).some((t) => t.norm === "an" && accusationBefore(tokens, t.index) === hit.at);
    if (criticismOf && rejected()) continue;
    if (cue.words[0] === "gegen" && judgedAct(tokens, span, clauseOf, hit.at, cues, foreign)) continue;
    // "verstießen gegen die Regeln der WTO": what a misdeed goes against is no side opposed.
    // (Or before it, in a clause that ends with it: "…, die gegen Resolutionen des UN-Sicherheitsrats verstoße".)
    const misdeedAfter = (c: CueHit) => c.at > hit.at && c.at - hit.at <= 8 && tokens[c.at].wordClass === "verb" && clauseOf[c.at - span.from] === clauseOf[hit.at - span.from] && !tokens.slice(hit.at + 1, c.from).some((t) => t.kind === "punct" || t.wordClass === "verb");
    if (cue.words[0] === "gegen" && cues.some((c) => c.cue.scope === "subject" && ((c.at < hit.at && hit.at - c.at <= 2) || misdeedAfter(c)))) continue;
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
    // A verb that ends a conjunct after an auxiliary, "und" or "oder" after it: "habe die Ukraine unterstützt und Russland kritisiert".
    const auxBefore = (k: number) => tokens.slice(clauseOpening(tokens, span, k), k).some((x) => AUX_FORMS.has(x.norm) || DEMANDING_MODALS.has(x.norm));
    const endsConjunct = (k: number) => tokens[k].wordClass === "verb" && !isCapitalized(tokens[k].text) && /^(?:und|oder)$/.test(tokens[k + 1]?.norm ?? "") && auxBefore(k);
    // (So does a participle after a perfect's "haben", of either polarity: "Frankreich habe den Terrorismus nie bekämpft".)
    const clauseFinal = tokens[hit.at].wordClass === "verb" && (sentenceFinalVerb(tokens, hit.at, span) || clauseFinalVerb(tokens, hit.at, span) || endsConjunct(hit.at));
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
    // Thanks go to whom they are said to, not to a side in what they are for: "Russland sei den Vereinigten Staaten für ihre
    // Hilfe bei den Gesprächen mit Kiew dankbar" (a side named only there is thanked: "dankte für die Hilfe Chinas").
    const thanks = THANKING.has(cue.words[0]) && cue.words.length === 1;
    const inReason = (t: TargetMention) => thanks && forPhraseHolds(tokens, span, t, hit);
    const thankedOutside = thanks && foreign.some((t) => t.kind === "actor" && !t.place && !t.modifier && !inReason(t) && clauseOf[t.from - span.from] === clauseOf[hit.at - span.from]);
    const conjunctEnd = tokens[hit.at].wordClass === "verb" && endsConjunct(hit.at) ? hit.at + 1 : null;
    let conjunctEndBefore: number | null = null;
    if (clauseFinal) for (let k = clauseOpening(tokens, span, hit.from); k < hit.from; k++) if (endsConjunct(k)) conjunctEndBefore = k + 1;
    const reach = (t: TargetMention) => {
      if (threats.includes(t) || shielded.includes(t)) return Infinity;
      // A concept only a cue makes a target is judged by the speaker's side, not used ("drohte mit Sanktionen gegen Niger",
      // "Sanktionen gegen Russland" is no judgement of sanctions) nor judged by another side the speaker reports on
      // ("Vietnam und Russland lehnten einseitige Sanktionen ab").
      // (Nor where the cue is aimed at undoing it, "lehnte die Aufhebung der Sanktionen ab", nor in a statement that names no
      // other side and calls it nothing between states, "schärfere Sanktionen für Bürgergeldempfänger".)
      // (Rejecting its undoing upholds it, see `undoneMeasure` below; a word of help to undo it says nothing of the speaker's.)
      if (t.cueOnly && (HOSTILE_CLASSES.has(cue.class) || instrumentAt(tokens, t.from) || (undoneAt(tokens, t.from, lex) && !opposing(hit)) || !betweenStates(t) || clauseSubject(tokens, span, hit, foreign) !== undefined)) return Infinity;
      // (A noun or adjective judges it from nearby only: "nannte die Sanktionen eine Unterstützung seines Volkes gegen das
      // „faschistische Regime“" condemns the regime.)
      if (t.cueOnly && tokens[hit.at].wordClass !== "verb" && Math.min(Math.abs(hit.from - t.from), Math.abs(hit.at - t.from)) > 5) return Infinity;
      if (thankedOutside && inReason(t)) return Infinity;
      // Whose worry it is stands between the noun and "über": "die Sorge Polens über die russischen Manöver".
      if (WORRY_NOUN.test(cue.words[0]) && cue.words.length > 1 && t.from > hit.from && t.to <= hit.at) return Infinity;
      // The door to or of a side is its own, open to another: "die Tür zur EU stehe den Menschen in Georgien offen".
      if (cue.words[0] === "tür" && t.from > hit.from && t.from <= hit.from + 3 && /^(?:zur|zum|zu|in|ins|von|vom)$/.test(tokens[hit.from + 1]?.norm ?? "")) return Infinity;
      if ((t.describing || t.talks) && hit.polarity === "support") return Infinity;
      // A separated verb's object stands between the verb and its particle: "warf den USA
      // Heuchelei vor" reaches right from "warf"; past the particle it reaches from there.
      // (So does a cue of several words to its left from its first word: "machte Israel für die Tötung … Ende Juli in Teheran verantwortlich".)
      // (So does one fronted before it: "Den Vereinigten Staaten warf er … eine Lügenkampagne vor".)
      // (Thanks reach past what they are for: "den Vereinigten Staaten | für ihre Hilfe bei … | dankbar".)
      const forAt = thankedOutside && t.to <= hit.from ? tokens.slice(t.to, hit.from).findIndex((x) => x.norm === "für") : -1;
      const at = forAt >= 0 ? t.to + forAt : (cue.scope === "right" && t.from > hit.from && t.from < hit.at) || (cue.scope === "right" && t.to <= hit.from) || (cue.scope === "left" && hit.from < hit.at && t.to <= hit.from && tokens[hit.from].wordClass === "function") ? hit.from : hit.at;
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
      // (Nor a side in a phrase of means before it: "Der Konflikt könne nur durch Gespräche mit beiden Seiten beendet werden".)
      if (scope === "left" && t.to <= hit.from && inMeansPhrase(tokens, span, t.from)) return Infinity;
      // Nor a side only named inside the phrase of a cue opened by a preposition: "machte Israel für die Tötung des Hamas-Chefs
      // verantwortlich" blames Israel (not the subject there: "Für die Angriffe sei Russland verantwortlich").
      const ofPhrase = t.modifier || genitiveAttribute(tokens, t) || (/^(?:des|der|von|vom)$/.test(tokens[t.from - 1]?.norm ?? "") && t.from - 2 > hit.from && isCapitalized(tokens[t.from - 2].text) && tokens[t.from - 2].wordClass !== "function");
      if (scope === "left" && t.from > hit.from && t.to <= hit.at && tokens[hit.from].wordClass === "function" && ofPhrase) return Infinity;
      // (Unless the speaker is the subject after the finite verb: "Die Forderung Selenskyjs … lehnte der Kremlsprecher ab".)
      const verbAt = (x: Token) => AUX_FORMS.has(x.norm) || isFiniteVerb(x);
      const fronted = t.to <= hit.from && isFiniteVerb(tokens[hit.from]) && !tokens.slice(clauseOpening(tokens, span, t.from), hit.from).some(verbAt) && frontedObject(tokens, span, hit, t, inSpeaker);
      if (subjectOrVorfeld?.has(t) && !fronted) return Infinity;
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
      if ((scope === "left" || verbFinalNearest || demand) && !predicate && !copulaSubject && !fronted && subjectEnd <= hit.from && (isFiniteVerb(tokens[subjectEnd]) || AUX_FORMS.has(tokens[subjectEnd].norm)) && !finiteVerbBefore(tokens, span, t.from)) return Infinity;
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
      // The sides a wedge is driven between are its victims, not its drivers: "einen Keil zwischen Russland und China zu treiben".
      if (cue.class === "containment" && t.from > hit.from && t.to <= hit.at && tokens.slice(hit.from + 1, t.from).some((x) => x.norm === "zwischen")) return Infinity;
      // (And a side's firms named by where they are: "Sanktionen gegen Unternehmen in China", "Banken in China ins Visier nehmen".)
      const firmsOfSide = t.place === true && t.countryPlace === true && hit.polarity === "oppose" && /^(?:in|aus)$/.test(tokens[t.from - 1]?.norm ?? "") && SIDE_FIRMS.test(tokens[t.from - 2]?.lemma.toLowerCase() ?? "");
      if (((t.place && !firmsOfSide) || (t.modifier && t.from !== hit.at && !goodsAgainst && !(t.party && (cue.class === "positive" || cue.class === "strengthening")))) && cue.scope !== "partner") return Infinity;
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
      // Verbs that close conjuncts after an auxiliary keep their objects apart: in "habe die Ukraine unterstützt und Russland
      // kritisiert" the Ukraine is the first verb's, Russland the second's.
      if (conjunctEnd !== null && t.from > hit.at && t.from > conjunctEnd) return Infinity;
      if (conjunctEndBefore !== null && t.to <= conjunctEndBefore) return Infinity;
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
      // (So is whom a good thing is said to matter for: "Die Region werde für beide Länder strategisch immer wichtiger".)
      const evaluation = cue.class === "positive" && tokens[hit.at].wordClass === "adj" && MATTERING.test(tokens[hit.at].lemma.toLowerCase());
      if ((judgement || evaluation) && !cue.words.includes("für") && [1, 2].some((d) => tokens[t.from - d]?.norm === "für" && (d === 1 || ARTICLE.test(tokens[t.from - 1].norm)))) return Infinity;
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
      // (Help's genitive is who gives it: "Die Hilfen der EU … verfielen".)
      const giver = (t: TargetMention) => /hilfe$/.test(tokens[hit.at].lemma.toLowerCase()) && (t.from === hit.at + 1 || (/^(?:des|der)$/.test(tokens[hit.at + 1]?.norm ?? "") && t.from === hit.at + 2));
      // (Nor one set apart by "und nicht": "unterstütze die Ukraine und nicht Russland".)
      const setApart = (t: TargetMention) => {
        const not = ARTICLE.test(tokens[t.from - 1]?.norm ?? "") ? t.from - 2 : t.from - 1;
        return /^(?:nicht|keinesfalls|niemals)$/.test(tokens[not]?.norm ?? "") && /^(?:und|oder|aber|,)$/.test(tokens[not - 1]?.text.toLowerCase() ?? "");
      };
      const after = foreign.filter((t) => t.from > hit.at && reach(t) <= 8 && t.kind !== "concept" && !t.countryPlace && !giver(t) && !setApart(t) && linkedTo(tokens, hit.at, t.from, actorTokens, lex.talkNouns));
      // A verb at the end of its clause has its object right before it: "rief auf, die Ukraine stärker zu unterstützen".
      // (A zu-infinitive has no subject of its own; a finite verb's subject is no object.)
      const zu = isZuInfinitiveAt(tokens, hit.at);
      // (So at the sentence's end after an auxiliary: "wird die Türkei Aserbaidschan unterstützen.")
      // (And at the end of a "dass" clause whose subject is the speaker's side, "man" or "wir", not negated: "dass die
      // ungarische Regierung die Mitgliedschaft Schwedens unterstütze"; not another's, "dass die USA die Ukraine unterstützten".)
      const contentFinal = after.length === 0 && !zu && hit.negator === undefined && contentClauseFinalVerb(tokens, hit.at, span) && ownSubjectOfContent(tokens, span, hit.at, targets, own);
      const verbFinal = after.length === 0 && tokens[hit.at].wordClass === "verb" && (zu || contentFinal || clauseFinalVerb(tokens, hit.at, span) || endsConjunct(hit.at) || (sentenceFinalVerb(tokens, hit.at, span) && finiteVerbBefore(tokens, span, hit.at) && !(tokens[hit.at].norm !== tokens[hit.at].lemma.toLowerCase() && passiveAuxiliary(tokens, span, hit.at))));
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
      // A tie's noun after "in" and a side after "mit" earlier in the clause: "mit Schweden, Dänemark und den anderen Staaten
      // in engem Kontakt zu bleiben", "stehe mit der schwedischen Seite in reibungsloser Kommunikation".
      let inAt = hit.from - 1;
      while (inAt > span.from && (tokens[inAt].wordClass === "adj" || QUOTE_MARK.test(tokens[inAt].text))) inAt--;
      const withSide = !object && !dative && after.length === 0 && isCapitalized(tokens[hit.at].text) && (/^(?:in|im)$/.test(tokens[inAt]?.norm ?? "") || /^(?:in|im)$/.test(tokens[hit.from].norm)) ? foreign.find((t) => t.kind === "actor" && !t.place && !t.issue && (!t.modifier || sideHead(tokens[t.to]?.lemma.toLowerCase() ?? "", lex)) && t.to <= hit.from && hit.from - t.to <= 10 && withBefore(tokens, t) && !tokens.slice(t.to, hit.from).some((x) => isFiniteVerb(x) || (x.kind === "punct" && x.text !== "," && !QUOTE_MARK.test(x.text)) || (PREPOSITIONS.has(x.norm) && !/^(?:in|im)$/.test(x.norm)))) : undefined;
      const near = object ? [object, ...objects.filter((t) => t !== object && t.from === object.from), ...coordinatedWith(tokens, object, objects)] : dative ? [dative] : withSide ? [withSide, ...coordinatedWith(tokens, withSide, foreign)] : after;
      // A tie between sides the speaker opposes elsewhere is the speaker's concern, not their support, unless praised: "Die
      // immer engere Partnerschaft zwischen Peking und Moskau habe direkte Folgen für die Sicherheit des Bündnisses".
      const tieOfOpposed = hit.polarity === "support" && after.length >= 2 && isCapitalized(tokens[hit.at].text) && tokens.slice(hit.at + 1, hit.at + 3).some((x) => x.norm === "zwischen") ? after.filter((t) => ctx.opposedElsewhere?.has(t.target)) : [];
      if (tieOfOpposed.length > 0 && !cues.some((c) => c.cue.class === "praise")) {
        for (const t of tieOfOpposed) opposedTies.set(t.target, hit.text);
        continue;
      }
      for (const t of near) vote(t.target, hit.polarity, hit.text);
      // The side it is said of: "bezeichnete Russland als wichtigen Partner".
      const called = near.length === 0 ? calledAs(tokens, span, hit, foreign) ?? predicateSubject(tokens, span, hit, foreign) ?? contrastSubject(tokens, span, hit, foreign) : undefined;
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
      // (A noun cue's verb right after it counts: "bereit, Lebensmittel als Waffe einzusetzen".)
      const zu = isZuInfinitiveAt(tokens, hit.at) || (tokens[hit.at].wordClass === "noun" && isZuInfinitiveAt(tokens, hit.at + 1));
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
      // (A quotation may close right after it: "„Die Vereinigten Staaten werden die ganze Region destabilisieren“".)
      const future = bare && !participleLike && (/^[,;:.!?–]?$/.test(tokens[hit.at + 1]?.text ?? "") || QUOTE_MARK.test(tokens[hit.at + 1]?.text ?? "")) && tokens.slice(clauseOpening(tokens, span, hit.at), hit.at).some((t) => /^(?:werde|wird|werden|werdet|würde|würden)$/.test(t.norm));
      const infinitive = (bare && MODAL_FORM.test(tokens[hit.at + 1]?.norm ?? "")) || future;
      // (A verb of moving in has its perfect with "sein", no passive: "seien in die Gewässer eingedrungen".)
      const passive = tokens[hit.at].wordClass === "verb" && /(?:t|en)$/.test(tokens[hit.at].norm) && !infinitive && !MOVING_IN.test(tokens[hit.at].lemma.toLowerCase()) && !STATE_PARTICIPLE.test(tokens[hit.at].norm) && passiveAuxiliary(tokens, span, hit.at);
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
    // (Or the contrast to a negated one: "Lai sei kein Beschützer des Friedens, sondern ein „Kriegstreiber“".)
    const contrasted = condemningNoun && !calledCulprit && !predicate ? contrastSubject(tokens, span, hit, foreign) : undefined;
    // (Or the side a copula after it names, the noun its subject: "Die größte Bedrohung für Frieden und Stabilität in der
    // Region sind die USA selbst".)
    const equated = condemningNoun && !calledCulprit && !predicate && !contrasted ? equatedSide(tokens, span, hit, foreign) : undefined;
    const culprits = calledCulprit ? [calledCulprit] : bareSubject ? [bareSubject] : predicate ? subjectPhraseSides(tokens, span, hit, foreign, lex) : contrasted ? [contrasted] : equated ? [equated] : [];
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
    // A side called what a good word and its noun say, no side in reach: "bezeichnete die SOZ als eine wichtige Stimme".
    const calledGood = !best && attributiveNoun >= 0 && hit.negator === undefined ? calledAs(tokens, span, { ...hit, at: attributiveNoun }, foreign) : undefined;
    if (best) {
      // Rejecting an accusation against a side defends it: "wies die Vorwürfe gegen Belgrad zurück", "Die Vorwürfe gegen
      // Belgrad seien haltlos".
      // (Not the criticism itself: "äußerte scharfe Kritik an Ungarn".)
      const accusation = accusedBy(tokens, best);
      const accused = opposing(hit) && cue.words[0] !== "gegen" && accusation >= 0 && accusation !== hit.at;
      // Speaking against what harms a side defends it: "warnte vor einem Deal zulasten Kiews", "… auf Kosten der Ukraine",
      // "… über die Köpfe der Ukrainer hinweg", and what one warns of "für" a side ("vor einem Diktatfrieden für die Ukraine").
      const harmed = opposing(hit) && best.from > hit.from && harmedSide(tokens, span, best, hit);
      // Opposing a measure's undoing upholds it: "lehnte die Aufhebung der Sanktionen ab", "warnte vor der Umgehung der Sanktionen".
      const undoneMeasure = best.cueOnly === true && opposing(hit) && undoneAt(tokens, best.from, lex);
      vote(best.target, accused || harmed || undoneMeasure ? "support" : hit.polarity, hit.text);
      // (And whose accusation it is, in the genitive between, is opposed: "wies die Kritik der EU an Ungarn zurück".)
      if (accused) for (const t of foreign) if (t.kind === "actor" && t.from > accusation && t.to < best.from && t.target !== best.target && !t.place) vote(t.target, "oppose", hit.text);
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
    } else if (calledGood) vote(calledGood.target, hit.polarity, hit.text);
    else if (partner && hit.polarity === "support" && cue.polarity === "support" && !threats.some((t) => t.target === partner) && partnerMeant(hit) && !ownObject(tokens, span, hit) && !otherObject(hit) && !ownInReach && (cue.class !== "positive" || relationInClause(tokens, span, clauseOf, hit.at, lex) || talkPraised(hit))) vote(partner, "support", hit.text);
    else if (selfCue === null && selfPortrayed(hit)) selfCue = hit.text;
  }
  cueAt = -1;
  // Praise of talks held with a side named in them supports that side, as it does the article's partner: "Seine Gespräche
  // mit Kremlchef Wladimir Putin lobte er als „sehr ernsthaft“" (in a statement that opposes nothing and has no "but").
  if (talksOpen && votes.size === 0) {
    for (const hit of cues) {
      if (!PRAISING.has(hit.cue.class)) continue;
      const side = targets.find((t) => t.kind === "actor" && !own.has(t.target) && !t.place && !t.issue && talkInClause(tokens, span, clauseOf, hit.at, lex, targets, t.target));
      if (side) vote(side.target, "support", hit.text);
    }
  }
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
    // (After the "um" of a purpose clause too, no preposition there: "um Moskau zur Beendigung des Krieges aufzufordern".)
    const purposeUm = (t: TargetMention) => tokens[t.from - 1]?.norm === "um" && tokens.slice(call, span.to).some((x, i) => clauseOf[call - span.from + i] === clauseOf[call - span.from] && x.wordClass === "verb" && isZuInfinitiveAt(tokens, call + i));
    const addressee = foreign.find((t) => t.kind === "actor" && !t.place && !t.modifier && t.to <= call && call - t.to <= 5 && (!afterPreposition(tokens, t) || purposeUm(t)) && !tokens.slice(t.to, call).some((x) => x.kind === "punct" || isFiniteVerb(x)));
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
  // And a side told it cannot have it both ways: "China kann nicht behaupten, neutral zu sein, und gleichzeitig …".
  const twoFaced = cannotHaveBoth(tokens, span, foreign);
  if (twoFaced && !votes.has(twoFaced.target)) vote(twoFaced.target, "oppose", "kann nicht … und gleichzeitig");
  // A bloc said to be against no one is defended: "BRICS sei kein Bündnis gegen irgendjemanden".
  const bloc = noBlocAgainst(tokens, span, foreign);
  if (bloc && !votes.has(bloc.target)) vote(bloc.target, "support", "kein Bündnis gegen");
  // So is a side said to turn down every offer: "Russland lehne jedes ernsthafte Angebot ab".
  const refusing = turnsDownPeace(tokens, span, foreign);
  if (refusing && !votes.has(refusing.target)) vote(refusing.target, "oppose", "lehne jedes Angebot ab");
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
  // The side whose claim the fronted rejection rejects: "Den Vorwurf aus Washington, China beliefere …, wies Peking zurück".
  if (claim?.accuser && !votes.has(claim.accuser.target)) vote(claim.accuser.target, "oppose", st.cue);
  // Concepts named without a cue near them take their default ("Hegemonie" is named to reject it).
  // (Not an act of its own the speaker's side denies: "Russland mische sich nicht in die inneren Angelegenheiten Serbiens ein".)
  const ownDenied = (t: TargetMention) => {
    if (tokens[t.from].wordClass !== "verb") return false;
    const open = clauseOpening(tokens, span, t.from);
    const end = stopAt(tokens, span, t.from, /^[,;:.!?–—]$/);
    return tokens.slice(t.from, end).some((x) => /^(?:nicht|nie|niemals|keinesfalls)$/.test(x.norm)) && (targets.some((x) => own.has(x.target) && x.from >= open && x.to <= t.from) || tokens.slice(open, t.from).some((x) => /^(?:man|wir|ich)$/.test(x.norm)));
  };
  // A measure the speaker demands be imposed, tightened or upheld, where no cue judged it (see `upheldOnDemand`).
  for (const t of targets) {
    if (!t.cueOnly || votes.has(t.target) || !betweenStates(t)) continue;
    const upheld = upheldOnDemand(tokens, span, clauseOf, t, targets, own, lex);
    if (upheld) vote(t.target, upheld.polarity, upheld.word);
  }
  for (const t of targets) {
    if (t.kind !== "concept" || !t.fallback || ownDenied(t)) continue;
    const cued = votes.has(t.target);
    if (!cued) vote(t.target, t.fallback, t.target);
    // "die Hegemonie der USA" named to reject it rejects the USA's; so does rejecting it by a cue ("lehne die
    // protektionistischen Praktiken der EU ab").
    const rejected = cued ? (votes.get(t.target)?.score ?? 0) < 0 : t.fallback === "oppose";
    const owner = rejected ? conceptOwner(tokens, span, t, foreign, lex) : null;
    if (owner && !votes.has(owner.target)) vote(owner.target, "oppose", t.target);
  }
  // Who keeps a side's war going is opposed with it: "Peking stütze die russische Kriegswirtschaft".
  for (const { helper, waging, cue } of warHelpers(tokens, span, clauseOf, targets, own, (t) => (votes.get(t)?.score ?? 0) < 0 || (ctx.opposedElsewhere?.has(t) ?? false), (t) => ctx.warringSides?.().has(t) ?? false)) {
    // (Support by the help's own word is none: "Iran liefere Drohnen, die Russland für seinen Krieg benötige" opposes both;
    // support by another cue stands against it, "dankte Japan für die Hilfe".)
    for (const side of [waging.target, helper.target]) {
      const v = votes.get(side);
      if (own.has(side) || (v?.score ?? 0) < 0) continue;
      if (v && v.cues.some((c) => c !== cue)) vote(side, "oppose", cue);
      else votes.set(side, { score: -1, cues: [cue] });
    }
  }
  for (const [target, cue] of opposedTies) votes.set(target, { score: -1, cues: [cue] });
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
  if (selfCue !== null && st.speaker_side) out.push({ target: st.speaker_side, polarity: "support", cues: [selfCue] });
  // A side said to be a part of another state takes the speaker's word for the whole's claim, none for itself: "betrachte
  // Taiwan als untrennbaren Bestandteil der Volksrepublik China" supports China, "Taiwan sei kein Teil der Volksrepublik China"
  // opposes it. (Of the speaker's own side as the whole only the part's support goes: "Taiwan sei ein unveräußerlicher Teil
  // Chinas", said by Wang Yi. A stance the statement takes on the whole otherwise stays: "kritisierte, dass Peking Taiwan als
  // Teil Chinas betrachte".)
  const isState = (target: string) => ctx.mentions.some((m) => m.type === "country" && targetOf(m) === target);
  const partOf = partClaim(tokens, span, targets, own, isState);
  const claimed = partOf?.denied ? "oppose" : "support";
  const onWhole = partOf ? out.find((x) => x.target === partOf.whole && x.polarity !== "neutral") : undefined;
  if (partOf && (!onWhole || onWhole.polarity === claimed)) {
    const kept = out.filter((x) => (x.target !== partOf.whole || x === onWhole) && !(x.target === partOf.part && x.polarity === "support"));
    return own.has(partOf.whole) || onWhole ? kept : [...kept, { target: partOf.whole, polarity: claimed, cues: [partOf.cue] }];
  }
  return out;
}

// Nouns of a part and of a country's land: "ein untrennbarer Teil Chinas", "Bestandteil des chinesischen Territoriums".
const PART_NOUN = /^(?:teil|bestandteil)$/;
const LAND_NOUN = /^(?:territorium|staatsgebiet|hoheitsgebiet|land|staat|mutterland)$/;
const DENIAL = /^(?:kein|keinen|keiner|nicht|nie|niemals|keineswegs|keinesfalls)$/;

/**
 * A side named a part of another state in the speaker's own claim: the part (an actor in the same clause, within six words
 * before the noun, only "als", a copula, a denial or adjectives between), the whole (a state in the genitive after it,
 * "Chinas", "der Volksrepublik China", or a demonym before a noun of land, "des chinesischen Territoriums"), and whether it
 * is denied ("kein Teil", "niemals Teil"). Not an alliance one is part of ("Teil der NATO": membership, mostly a fact),
 * nor another side's view ("Peking betrachte Taiwan als Teil Chinas", said by Blinken).
 */
function partClaim(tokens: Token[], span: Span, targets: readonly TargetMention[], own: ReadonlySet<string>, isState: (target: string) => boolean): { part: string; whole: string; denied: boolean; cue: string } | null {
  for (let k = span.from + 1; k < span.to - 1; k++) {
    if (!isCapitalized(tokens[k].text) || !PART_NOUN.test(tokens[k].lemma.toLowerCase())) continue;
    let j = k + 1;
    if (/^(?:der|des)$/.test(tokens[j].norm)) j++;
    while (j < span.to && tokens[j].wordClass === "adj" && !targets.some((t) => t.kind === "actor" && t.from === j)) j++;
    // (A country's adjective only before a noun of land: not "Teil der russischen Kriegsmaschinerie".)
    const named = targets.find((t) => t.kind === "actor" && t.from === j && isCapitalized(tokens[j].text) && (j > k + 1 || /s$/.test(tokens[t.to - 1].text)));
    const demonym = named ? undefined : targets.find((t) => t.kind === "actor" && t.from === j && t.to === j + 1 && !isCapitalized(tokens[j].text) && LAND_NOUN.test(tokens[j + 1]?.lemma.toLowerCase() ?? ""));
    const whole = named ?? demonym;
    if (!whole || !isState(whole.target)) continue;
    const part = [...targets].reverse().find((t) => t.kind === "actor" && t.to <= k && t.target !== whole.target);
    if (!part) continue;
    const between = tokens.slice(part.to, k);
    const words = between.filter((x) => x.kind === "word");
    if (words.length > 6 || !between.some((x) => x.norm === "als" || COPULAS.has(x.norm))) continue;
    if (!between.every((x) => x.kind === "word" ? x.norm === "als" || COPULAS.has(x.norm) || DENIAL.test(x.norm) || ARTICLE.test(x.norm) || x.wordClass === "adj" || /^(?:ein|eine|einen|einem|einer|auch|doch|immer|stets|weiterhin|seit|jeher)$/.test(x.norm) : QUOTE_MARK.test(x.text))) continue;
    // (Another side's view: a side of another named before the part, "Peking betrachte Taiwan als Teil Chinas", "Die
    // Behauptung Pekings, Taiwan sei Teil Chinas, sei eine Lüge"; nor the speaker's own side said to be a part, unless denied.)
    // (The whole may be named before only in a compound of its claim: "am Ein-China-Prinzip fest und betrachte Taiwan als …".)
    if (targets.some((t) => t.kind === "actor" && t !== part && t.to <= part.from && !own.has(t.target) && !(t.target === whole.target && tokens[t.from].text.includes("-")))) continue;
    // (Nor a state of fact or a change: "Belarus sei faktisch Teil des russischen Staates geworden".)
    if (words.some((x) => /^(?:faktisch|praktisch|längst|inzwischen|mittlerweile|quasi)$/.test(x.norm))) continue;
    const denied = words.some((x) => DENIAL.test(x.norm));
    if (own.has(part.target) && !denied) continue;
    return { part: part.target, whole: whole.target, denied, cue: tokens[k].text };
  }
  return null;
}

// Words that make a good word no self-portrayal: a role to play, readiness, partners (see selfPortrayed).
const SELF_PORTRAYAL_STOP = /^(?:rolle|bereit|partner|bereitschaft|beraten)$/;
// Words of concession and contrast: what is granted before them is no self-portrayal.
const CONCEDING = /^(?:zwar|aber|jedoch|allerdings|doch|trotzdem)$/;
// Words before "Partner" that make it the allies as a group.
const ALLIES_BEFORE = /^(?:die|den|unsere|unseren|seine|seinen|ihre|ihren|westlichen|westliche|internationalen|internationale|europäischen|europäische|alle|allen)$/;
// Participles that tell a state of their subject with "sein", no passive: "Berlin sei an Frieden nicht interessiert".
const STATE_PARTICIPLE = /^(?:interessiert|entschlossen)$/;
// Verbs of moving in, whose perfect takes "sein": "sind eingedrungen", "seien einmarschiert".
const MOVING_IN = /^(?:eindringen|einmarschieren|vordringen|einfallen|vorrücken)$/;

/** An article before token k, past the adjectives between: "in der gesamten EU", not "in Zentralasien". */
function articleBefore(tokens: Token[], k: number, from: number): boolean {
  let j = k - 1;
  while (j > from && tokens[j].wordClass === "adj") j--;
  return j >= from && ARTICLE.test(tokens[j].norm);
}

/** Is the side at `from` inside a phrase of means, "durch" a few words before it ("durch Gespräche mit beiden Seiten")? */
function inMeansPhrase(tokens: Token[], span: Span, from: number): boolean {
  for (let j = from - 1; j >= span.from && j >= from - 5; j--) {
    if (/^(?:durch|mittels)$/.test(tokens[j].norm)) return true;
    if (tokens[j].kind === "punct" || tokens[j].wordClass === "verb") return false;
  }
  return false;
}

// Adjectives of how much a thing matters, whose "für" names whom it matters for, not what is praised ("wichtig für beide
// Länder"; "offen für Georgien" is openness to Georgia).
const MATTERING = /^(?:wichtig|bedeutend|bedeutsam|relevant|zentral|entscheidend|wesentlich|unverzichtbar)$/;

const WORRY_NOUN = /^(?:sorge|sorgen|besorgnis|bedenken|angst|furcht)$/;

// Verbs that would keep an act from happening: "lehnte jede Militärintervention ab", "warnte vor einer Invasion".
const KEEPING_OFF = /^(?:ablehnen|zurückweisen|warnen|verhindern|abwenden)$/;

// Nouns of an issue named after a side ("Taiwan-Frage", "Ukraine-Krise", "Iran-Problem"): no side to cooperate with.
const ISSUE_NOUN = /(?:frage|problem|problematik|krise|konflikt|thema|angelegenheit|dossier)$/;
// Nouns of a matter that "um"/"über" tells what it is about: "im Streit um Taiwan", "die Hängepartie um Schweden".
const MATTER_NOUN = new RegExp(`${ISSUE_NOUN.source}|(?:streit|hängepartie|tauziehen|ringen|gerangel|debatte|diskussion|verhandlung|gespräch|zwist|poker|wirbel|aufregung|kontroverse|auseinandersetzung)$`);

// Nouns of agreements and meetings named after where they were made or held ("das Abkommen von Minsk", "der Gipfel von Vilnius").
// (Not "Erklärung": "die Erklärung von Moskau" is as often Moscow's statement.)
const NAMED_AFTER_PLACE = /(?:abkommen|vereinbarung|vertrag|verträge|protokoll|memorandum|übereinkommen|konvention|charta|gipfel|gipfeltreffen|konferenz|prozess|format)$/;

// Meetings named after a side: "EU-Gipfel", "Nato-Treffen", "G20-Konferenz".
const MEETING = /(?:gipfel|gipfeltreffen|treffen|konferenz|tagung|sitzung|ratstreffen)$/;

// "richte sich nicht gegen Dritte", "richteten sich gegen kein drittes Land", "dass sich die Beziehungen nicht gegen Dritte richteten".
const NOT_AGAINST_OTHERS = /\brichte\w*\s+sich\s+(?:nicht\s+gegen|gegen\s+kein)|\bsich\s+(?:\S+\s+){0,4}(?:nicht\s+gegen|gegen\s+kein\w*)\s+(?:\S+\s+){0,2}richte/i;

// Titles of those against a body, not of it; and of a country's envoys or ministers to it ("Chinas EU-Botschafter", "der
// ungarische EU-Minister"; not "die EU-Außenminister", "die deutsche EU-Kommissarin").
const NOT_OF_BODY = /(?:gegner|kritiker|skeptiker|feind|abteilung|beitritt)/i;
const ENVOY_TO_BODY = /(?:botschafter|gesandte|vertreter|minister)/i;

// Classes of a cue that judge what they are said of well: their object may be talks with the partner.
const PRAISING: ReadonlySet<CueClass> = new Set(["praise", "positive"]);

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

// Prefixes of verbs whose strong participle may be spelt as their infinitive ("überfallen", "vergessen", "erhalten").
const INSEPARABLE_PREFIX = /^(?:über|ver|be|er|ent|zer|miss|unter|hinter|wider)/;

// "forderte von Israel Zurückhaltung": the one a call is made of.
const ADDRESSEE_PREPOSITIONS: ReadonlySet<string> = new Set(["von"]);

/** Is the side at t the one an act or thing after a cue is at the expense of ("zulasten Kiews", "zu Lasten", "auf Kosten der
 * Ukraine", "auf dem Rücken der Ukraine", "über die Köpfe der Ukrainer hinweg"), or, after a warning, the one it is a danger "für" ("warnte vor Gefahren für die Ukraine")? */
function harmedSide(tokens: Token[], span: Span, t: TargetMention, hit: CueHit): boolean {
  const j = openerOf(tokens, t.from, span.from);
  const w = tokens[j]?.norm ?? "";
  if (/^(?:zulasten|zuungunsten)$/.test(w)) return true;
  if ((w === "kosten" && tokens[j - 1]?.norm === "auf") || (w === "lasten" && tokens[j - 1]?.norm === "zu")) return true;
  if (w === "rücken" && tokens[j - 1]?.norm === "dem" && tokens[j - 2]?.norm === "auf") return true;
  if (w === "köpfe" && tokens[j - 1]?.norm === "die" && tokens[j - 2]?.norm === "über") return true;
  // (Only a harm: "vor Waffenlieferungen für Kiew", "vor Zugeständnissen für Russland" warn of what helps the side.)
  if (w !== "für" || !/^warn/.test(hit.cue.words[0]) || tokens.slice(hit.at + 1, j).some((x) => x.kind === "punct" || x.wordClass === "verb")) return false;
  const words = defaultPolarityWords();
  return tokens.slice(hit.at + 1, j).some((x, i) => x.kind === "word" && wordPolarity(tokens, hit.at + 1 + i, j, words, LABEL_READ) < 0);
}

/** Is a statement's cue a verb of denying ("bestritt", "wies … zurück")? */
export function isDenialCue(cue: string, lex: StanceLexicon): boolean {
  const words = cue.split(/[ ;…]+/).filter(Boolean);
  const verb = words.length === 2 ? words[1] + words[0] : words[0] ?? "";
  const denials = lex.denialVerbs ?? new Set<string>();
  return denials.has(lemmatize(verb, defaultLexicon()).lemma.toLowerCase()) || denials.has(verb.toLowerCase());
}

/** Is the statement the content of a denial ("wies Berichte zurück, wonach …", "bestritt, dass …")? */
function deniedFrom(st: Statement, tokens: Token[], span: Span, lex: StanceLexicon): number {
  const words = st.cue.split(/[ ;…]+/).filter(Boolean);
  const denial = () => isDenialCue(st.cue, lex);
  if (st.kind === "indirect") return /^(?:wonach|dass)$/.test(tokens[span.from]?.norm ?? "") && denial() ? span.from : Infinity;
  // A denial with the reports it denies ("wies Berichte zurück, wonach …", "wies Vorwürfe zurück, China stütze …"): their claim after the comma.
  if (st.kind !== "reported") return Infinity;
  let k = span.from;
  while (k < span.to && tokens[k].text !== words[words.length - 1]) k++;
  while (k < span.to && tokens[k].text !== ",") k++;
  return k < span.to - 1 && tokens.slice(span.from, k).some((t) => REPORT_NOUNS.test(t.lemma.toLowerCase())) && denial() ? k : Infinity;
}

// Nouns of what a side does or holds, which an evaluation of them credits to it: "eine wichtige Rolle", "einen ausgewogenen Ansatz".
const OWN_THING = /(?:rolle|ansatz|haltung|position|beitrag|politik|bemühung|bemühungen|leistung|einsatz|initiative|vorschlag|standpunkt|kraft)$/;

const MODAL_FORM = /^(?:k[öo]nn|m[üu]ss|w[oi]ll|soll|d[üu]rf|m[öo]ch|werd|wird|würd)/;

// Finite forms of "haben", the auxiliary of a perfect: "habe … bekämpft".
const HAVE_FORMS = /^(?:habe|hat|haben|hatte|hatten|hätte|hätten|habest|habt)$/;

// Firms and traders of a side, which measures against them are against it ("Banken in China", "Akteure aus Drittstaaten").
const SIDE_FIRMS = /(?:unternehmen|firma|firmen|konzern|bank|banken|hersteller|akteur|finanzinstitut|händler|lieferant|zulieferer|exporteur|reederei)$/;
// A side's goods and firms, which its demonym names it by: "gegen chinesische Produkte", "gegen russische Unternehmen".
const SIDE_GOODS = /(?:produkt|ware|import|einfuhr|export|ausfuhr|gut|güter|erzeugnis|unternehmen|firma|konzern|hersteller|investition|investor|bank|auto|fahrzeug)$/;

// Verbs of helping and backing: with no side named they may be for anyone, the partner no more than others.
const HELPING: ReadonlySet<string> = new Set(["helfen", "unterstützen", "vertrauen", "finanzieren", "liefern", "beistehen", "stellen", "bereitstellen", "gewähren", "zusagen", "zusichern"]);

/** Is token k inside a "wer" clause that opens its sentence or the statement ("Wer … stimme, stelle sich …")? */
function inWhoeverClause(tokens: Token[], span: { from: number; to: number }, k: number): boolean {
  let open = k;
  while (open > span.from && tokens[open - 1].sentence === tokens[k].sentence && !/^[,;:]$/.test(tokens[open - 1].text)) open--;
  const first = tokens[open];
  const opensSentence = open === span.from || (tokens[open - 1]?.sentence ?? -1) !== tokens[k].sentence || /^[„“"«»]$/.test(tokens[open - 1]?.text ?? "");
  return first !== undefined && first.norm === "wer" && opensSentence;
}

const THANKING = new Set(["danken", "dankbar", "bedanken"]);

/** Is side t inside a "für" phrase of the cue's clause (what thanks are for), with no verb or comma between? */
function forPhraseHolds(tokens: Token[], span: { from: number; to: number }, t: { from: number }, hit: { from: number; at: number }): boolean {
  for (let j = t.from - 1; j >= span.from && j >= t.from - 14; j--) {
    const x = tokens[j];
    if (x.norm === "für") return !(hit.at < t.from && j < hit.at);
    if (x.kind === "punct" || j === hit.at || (x.wordClass === "verb" && !isCapitalized(x.text))) return false;
  }
  return false;
}

/** Does "mit" open the phrase of side t, past its article and adjectives ("mit der schwedischen Seite")? */
function withBefore(tokens: Token[], t: TargetMention): boolean {
  return tokens[openerOf(tokens, t.from, Math.max(0, t.from - 4))]?.norm === "mit";
}

/**
 * The side a copula names after a noun that opens its clause: "Die größte Bedrohung … sind die USA selbst", "Der eigentliche
 * Aggressor sei Russland". Not negated ("ist nicht Russland"), and only a phrase of the noun's own between (no verb, no comma).
 */
function equatedSide(tokens: Token[], span: Span, hit: CueHit, targets: TargetMention[]): TargetMention | undefined {
  const open = clauseOpening(tokens, span, hit.from);
  if (!tokens.slice(open, hit.from).every((t) => ARTICLE.test(t.norm) || t.wordClass === "adj" || QUOTE_MARK.test(t.text) || /^(?:am|meisten)$/.test(t.norm))) return undefined;
  for (let k = hit.at + 1; k < span.to && k <= hit.at + 12; k++) {
    const t = tokens[k];
    if (COPULAS.has(t.norm) && !/^(?:bleib|gel)/.test(t.norm)) {
      const at = ARTICLE.test(tokens[k + 1]?.norm ?? "") ? k + 2 : k + 1;
      return targets.find((x) => x.kind === "actor" && !x.place && !x.modifier && x.from === at);
    }
    if ((t.kind === "punct" && !QUOTE_MARK.test(t.text)) || t.wordClass === "verb" || AUX_FORMS.has(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * The subject of a "dass" clause right after an adjective of condemnation: Russland in "es sei höchst bedauerlich, dass
 * Russland eine Zusammenarbeit mit Nordkorea nicht ausgeschlossen habe" (not a place, nor a passive's subject).
 */
function judgedClauseSubject(tokens: Token[], span: Span, cues: CueHit[], targets: TargetMention[]): TargetMention | null {
  const judge = cues.find((c) => c.polarity === "oppose" && c.cue.class === "condemnation" && tokens[c.at].wordClass === "adj" && tokens[c.at + 1]?.text === "," && tokens[c.at + 2]?.norm === "dass");
  if (!judge) return null;
  const from = judge.at + 3;
  const subject = targets.find((t) => t.kind === "actor" && !t.place && t.from >= from && t.from <= from + 2 && !PREPOSITIONS.has(tokens[t.from - 1]?.norm ?? ""));
  return subject && !passiveAfter(tokens, subject.to) ? subject : null;
}

/**
 * Is the noun at `k` what something is done with, "mit" before it and its adjectives, a verb up to three words before
 * that: "drohte mit harten Sanktionen", "drohte China mit Sanktionen"; not "unzufrieden mit den Sanktionen"?
 */
function instrumentAt(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j].wordClass === "adj" || ARTICLE.test(tokens[j].norm))) j--;
  if (tokens[j]?.norm !== "mit" || tokens[j - 1]?.wordClass === "adj") return false;
  return tokens.slice(Math.max(0, j - 3), j).some((x) => x.wordClass === "verb");
}

/** A cue that speaks against what it reaches: a rejection, a countering or a condemnation. */
function opposing(hit: CueHit): boolean {
  return hit.polarity === "oppose" && OPPOSING_CLASSES.has(hit.cue.class);
}

// Adjectives that make a measure one between states: "einseitige Sanktionen", "westliche Sanktionen".
const STATES_MEASURE_ADJECTIVE = /^(?:einseitig|unilateral|westlich|international|völkerrechtswidrig|illegal|rechtswidrig)$/;

/** Is the measure at k one between states by its own words: an adjective before it, a compound ("US-Sanktionen", "Sekundärsanktionen")? */
function statesMeasureWord(tokens: Token[], k: number): boolean {
  return STATES_MEASURE_ADJECTIVE.test(tokens[k - 1]?.lemma.toLowerCase() ?? "") || /^(?:sekundär|us-|eu-|un-|uno-)/.test(tokens[k].norm);
}

/**
 * Does the document name a measure between states somewhere: a concept only a cue makes a target ("Sanktionen") called so
 * by its own words ("einseitige Sanktionen", "US-Sanktionen"), a side in its compound ("Russland-Sanktionen") or one after
 * it, whom it is against or whose it is ("Sanktionen gegen Iran", "die Sanktionen der EU")? Then a bare "die Sanktionen"
 * in it is one too: "Peking lehne die Rückkehr der Sanktionen ab" in an article on the sanctions against Iran.
 */
export function measuresBetweenStates(text: string, tokens: Token[], mentions: readonly ActorMention[], lex: StanceLexicon): boolean {
  if (tokens.length === 0) return false;
  const sides = mentions.filter((m) => targetOf(m) !== null);
  return findConcepts(text, tokens, { from: 0, to: tokens.length }, lex).some((t) => {
    if (!t.cueOnly) return false;
    if (statesMeasureWord(tokens, t.from) || sides.some((m) => m.start >= tokens[t.from].start && m.start < tokens[t.from].end)) return true;
    // (The side itself, after an article or adjective at most: not "die Sanktionen der Jobcenter in Deutschland".)
    if (!/^(?:gegen|der|des)$/.test(tokens[t.from + 1]?.norm ?? "")) return false;
    // (A side's name may open with an adjective: "der Europäischen Union".)
    for (let k = t.from + 2; k < tokens.length && k <= t.from + 4; k++) {
      if (sides.some((m) => m.start === tokens[k].start)) return true;
      if (!ARTICLE.test(tokens[k].norm) && tokens[k].wordClass !== "adj") return false;
    }
    return false;
  });
}

/**
 * A measure told apart as one of something else by what follows it: "Sanktionen für Bürgergeldempfänger", "beim
 * Bürgergeld", "die Sanktionen des DFB" (a phrase after it that names no side), or by its compound ("Bürgergeld-Sanktionen");
 * the article's other measures say nothing of it.
 */
function measureOfOther(tokens: Token[], t: TargetMention, targets: readonly TargetMention[]): boolean {
  // (Or by a compound's first part that names no side: "die Bürgergeld-Sanktionen".)
  if (/^\p{L}+-/u.test(tokens[t.from].text) && !statesMeasureWord(tokens, t.from) && !targets.some((x) => x.kind === "actor" && x.from === t.from)) return true;
  if (!/^(?:für|beim|bei|gegen|der|des|von|vom|im|in)$/.test(tokens[t.to]?.norm ?? "")) return false;
  return !targets.some((x) => x.kind === "actor" && x.from > t.to && x.from <= t.to + 3);
}

// Verbs of stopping what they govern: "Die USA sollten aufhören, Sanktionen zu verhängen", "die Umsetzung der Sanktionen zu stoppen".
const STOPPING = /^(?:aufhören|verzichten|unterlassen|beenden|stoppen)$/;
// The future of a threat's answer: "Sollte Putin ablehnen, würden die Sanktionen verschärft".
const FUTURE = /^(?:wird|werde|werden|würde|würden)$/;
// Modals of demand in reported speech, not of plan, hearsay or rule ("sollen verlängert werden", "verlängert werden müssen").
const DEMAND_MODAL = /^(?:müsse|müsste|müssten|solle|sollte|sollten)$/;
// Words that hedge, ask or set a course against another: no demand or threat of the speaker's.
const HEDGED = /^(?:ob|offenbar|angeblich|anscheinend|ohnehin|sowieso|ruhig|statt|anstatt|anstelle)$/;
// Words that open the answer to a condition left unsaid: "Russland müsse einlenken, sonst würden die Sanktionen verschärft".
const OTHERWISE = /^(?:sonst|andernfalls|ansonsten)$/;

/**
 * A measure (a concept only a cue makes a target) the statement demands be imposed, tightened or upheld: a word of
 * `upholdingWords` up to four words before it or eight after it in its clause ("die Einhaltung der Sanktionen", "die
 * Sanktionen weiter zu verschärfen"), or the measure as a demand's object ("forderte neue Sanktionen"), with
 * - a verb of demand in its clause ("mahnte die Einhaltung … an"), or in the clause before that its clause completes as a
 *   zu-infinitive or "dass" clause ("forderte die Partner auf, die Sanktionen … zu verschärfen");
 * - a modal of demand with the verb of imposing ("müssten nun konsequent durchgesetzt werden"; not "sich auf eine
 *   Verschärfung einstellen müssen", not "sollen" of plans);
 * - or a threat: the answer to a condition before it ("Sollte Putin ablehnen, würden die Sanktionen verschärft", not one
 *   the speaker's own side is to meet) or after "sonst".
 * Support. A demand to stop it opposes it ("sollten aufhören, Sanktionen zu verhängen", "die Umsetzung der Sanktionen zu
 * stoppen"), and so does a demand of its undoing ("forderte die Aufhebung der Sanktionen"). None where negated ("keine
 * Sanktionen zu verhängen"), asked ("ob man die Sanktionen verschärfen müsse") or a condition itself ("Sollten die USA
 * Sanktionen verhängen, …").
 */
function upheldOnDemand(tokens: Token[], span: Span, clauseOf: number[], t: TargetMention, targets: readonly TargetMention[], own: ReadonlySet<string>, lex: StanceLexicon): { polarity: "support" | "oppose"; word: string } | null {
  if (tokens.slice(span.from, Math.min(span.to + 1, tokens.length)).some((x) => x.text === "?")) return null;
  const clause = clauseOf[t.from - span.from];
  const inClause = (k: number) => k >= span.from && k < span.to && clauseOf[k - span.from] === clause;
  let word = -1;
  for (let k = Math.max(span.from, t.from - 4); k < Math.min(span.to, t.to + 8) && word < 0; k++) if (k !== t.from && inClause(k) && (lex.upholdingWords?.has(tokens[k].lemma.toLowerCase()) || lex.upholdingWords?.has(tokens[k].norm))) word = k;
  // (Or the measure is the demand's own object: "forderte neue Sanktionen gegen Russland".)
  for (let k = t.from - 1; word < 0 && k >= span.from && k >= t.from - 4; k--) {
    if (isDemandVerb(tokens, k)) word = k;
    else if (!ARTICLE.test(tokens[k].norm) && tokens[k].wordClass !== "adj" && !MORE_OF.test(tokens[k].norm)) break;
  }
  // (Or its undoing, which a demand opposes it by: "forderte die sofortige Aufhebung der Sanktionen".)
  const undoing = word < 0 ? undoingBefore(tokens, t.from, lex) : -1;
  if (undoing >= 0) word = undoing;
  if (word < 0) return null;
  const clauseTokens: number[] = [];
  const before: number[] = [];
  for (let k = span.from; k < span.to; k++) {
    if (clauseOf[k - span.from] === clause) clauseTokens.push(k);
    else if (clauseOf[k - span.from] === clause - 1) before.push(k);
  }
  const negated = (ks: number[]) => ks.some((k) => isNegator(tokens, k, lex));
  // (Not negated, asked, hedged or set against another course: "ob man die Sanktionen verschärfen müsse", "sollten offenbar
  // verschärft werden", "würden ohnehin verlängert", "statt die Sanktionen weiter zu verschärfen".)
  if (negated(clauseTokens) || [...clauseTokens, ...before].some((k) => HEDGED.test(tokens[k].norm))) return null;
  const opening = clauseTokens.find((k) => tokens[k].kind === "word");
  if (opening !== undefined && opensCondition(tokens, opening)) return null;
  const completes = (opening !== undefined && tokens[opening].norm === "dass") || clauseTokens.some((k) => tokens[k].wordClass === "verb" && isZuInfinitiveAt(tokens, k));
  const stopping = (ks: number[]) => ks.some((k) => STOPPING.test(tokens[k].lemma.toLowerCase()));
  const text = tokens[word].text;
  if (stopping(clauseTokens) || (completes && stopping(before) && !negated(before))) return undoing >= 0 ? null : { polarity: "oppose", word: text };
  const upheld = { polarity: undoing >= 0 ? ("oppose" as const) : ("support" as const), word: text };
  // (The speaker's demand, not one of another side they report, its subject before the verb: "Kiew verlange eine Verschärfung
  // der Sanktionen"; where the speaker's side is known.)
  const othersDemand = (d: number) => own.size > 0 && targets.some((x) => x.kind === "actor" && !own.has(x.target) && !x.place && !x.modifier && x.to <= d && x.to <= t.from && clauseOf[x.from - span.from] === clauseOf[d - span.from] && !afterPreposition(tokens, x));
  const demand = [...clauseTokens, ...(completes && !negated(before) ? before : [])].find((k) => isDemandVerb(tokens, k));
  if (demand !== undefined) return othersDemand(demand) ? null : upheld;
  if (tokens[word].wordClass === "verb" && clauseTokens.some((k) => DEMAND_MODAL.test(tokens[k].norm))) return upheld;
  // (The answer to a condition before it, one the speaker's own side is not to meet: "Wenn wir nicht nachgeben, …".)
  const answer = before.find((k) => tokens[k].kind === "word");
  const ownInCondition = targets.some((x) => own.has(x.target) && clauseOf[x.from - span.from] === clause - 1) || before.some((k) => /^(?:wir|uns|ich)$/.test(tokens[k].norm));
  const threat = (answer !== undefined && opensCondition(tokens, answer) && !ownInCondition) || (opening !== undefined && OTHERWISE.test(tokens[opening].norm));
  return threat && clauseTokens.some((k) => FUTURE.test(tokens[k].norm)) ? upheld : null;
}

// Nouns of undoing or breaking a measure, also as compound heads ("Sanktionsumgehung"): see undoneAt.
const UNDOING = /(?:aufhebung|lockerung|aufweichung|umgehung|verstoß|verstoss|verletzung|bruch|rücknahme|abbau)$|^ende$/;

/** Does a noun of undoing or breaking stand just before the measure at `k`: "die Aufhebung der Sanktionen", "Verstöße gegen die Sanktionen"? */
function undoneAt(tokens: Token[], k: number, lex: StanceLexicon): boolean {
  return undoingBefore(tokens, k, lex) >= 0;
}

/** Where that noun of undoing stands, or -1. */
function undoingBefore(tokens: Token[], k: number, lex: StanceLexicon): number {
  let j = k - 1;
  while (j >= 0 && (tokens[j].wordClass === "adj" || ARTICLE.test(tokens[j].norm) || /^(?:gegen|von)$/.test(tokens[j].norm))) j--;
  const lemma = tokens[j]?.lemma.toLowerCase() ?? "";
  return UNDOING.test(lemma) || (lex.undoingWords ?? []).includes(lemma) ? j : -1;
}
