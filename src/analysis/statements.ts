// Statements: who said what in a German news article. Direct quotations („…“ with
// their speech frame), indirect speech (reporting verb + complement clause, "laut X",
// "X zufolge", ", so X"), sentences in Konjunktiv that carry on the speaker before
// them, and summarised speech acts ("lobte …", "rief … dazu auf"). Speakers are
// resolved through the actor registry when one is given (canonical names, role nouns
// by article date), else through the article itself: "Herr Wang" and "Wang" to the
// full name mentioned earlier, pronouns to the nearest earlier speaker, role nouns to
// the nearest earlier "role Name". Offsets in the output point into the raw text.
//
// This module is the entry point (extractStatements, extractAll) and re-exports the
// public API of its parts in statements/, each importing only those listed before it:
//   words     closed word classes (grammar, not vocabulary)
//   types     Statement, Speaker, StatementInput, ActorMention, Quotation
//   lexicon   the reporting-verb lexicon (data/reporting-verbs.yaml)
//   context   the per-document state the passes share (DocContext, FrameMatch)
//   clauses   reporting verbs in their clause, clause bounds, the Vorfeld
//   phrases   speaker phrases: which tokens name the speaker
//   speakers  speaker resolution: who they name; Statement records
//   frames    sentence frames: indirect speech and speech acts
//   quotes    quotation marks and direct quotations
import { bodiesNamed, defaultRegistry, heldOn, matchActors, personAges, personGender, personTitles, type Gender, type Mention, type Registry, type RoleHolder } from "./actors.js";
import { analyzeText, type TextLayer, type Token } from "./text.js";
import type { StatementInput, ActorMention, MentionFinder, Statement, Speaker } from "./statements/types.js";
import { defaultReportingLexicon, type ReportingLexicon } from "./statements/lexicon.js";
import type { DocContext } from "./statements/context.js";
import { makeStatement, continuationStatement, withOffsets, resolveSpeaker, subjectBefore, sentenceSubject, collectPersons, subjectSpeaker, mentionSide, colonClauseSpeaker } from "./statements/speakers.js";
import { isHeadline, isInterviewQuestion, sentenceFrame, reportedSpeechMarker } from "./statements/frames.js";
import { verbHit } from "./statements/clauses.js";
import { isLabel, labelSpeaker } from "./statements/phrases.js";
import { findQuotations, markQuotes, directStatements, interviewAnswers, addQuotedFragments } from "./statements/quotes.js";
import { firstTokenFrom, isCapitalized } from "./statements/words.js";

export type { StatementKind, Frame, SpeakerType, StatementInput, ActorMention, MentionFinder, Speaker, Statement, Quotation, QuotedFragment } from "./statements/types.js";
export { loadReportingLexicon, verbForms, defaultReportingLexicon } from "./statements/lexicon.js";
export type { ReportingVerb, VerbForm, ReportingLexicon } from "./statements/lexicon.js";
export { clip } from "./statements/speakers.js";
export { findQuotations } from "./statements/quotes.js";

export interface StatementOptions {
  lexicon?: ReportingLexicon;
  /** Actor mentions, or a finder for them; default: the actor registry (data/actors.yaml). `false`: none. */
  mentions?: ActorMention[] | MentionFinder | false;
  /** A text layer already computed for `doc.text`. */
  layer?: TextLayer;
  /** Longest statement text. Default 600. */
  maxText?: number;
  /** Konjunktiv sentences after a statement continue it. Default true. */
  continuation?: boolean;
  /** A person's gender, for whom "er" and "sie" can point back to. Default: the actor registry's, else the given name's (`personGender`). */
  genderOf?: (name: string) => Gender | null;
  /** The titles of a person's offices, for whom "der Minister" can point back to. Default: the actor registry's roles (`personTitles`). */
  titlesOf?: (name: string) => readonly string[];
  /** Bodies whose name ends in a noun, for whom "ein Sprecher der Kommission" speaks. Default: the actor registry's (`bodiesNamed`). */
  bodiesNamed?: (noun: string) => readonly { name: string; type: string; side: string | null }[];
  /** A person's possible ages on a date, for whom "der 71-Jährige" can point back to. Default: from the actor registry's `born` (`personAges`). */
  agesOf?: (name: string, date: string | null) => readonly number[] | null;
  /**
   * Keep what several sides say together ("Beide Seiten betonten …", "Chinesische und russische Beamte erklärten …").
   * Default false: such words are no one speaker's, and the annotation leaves them out.
   */
  joint?: boolean;
  /**
   * Keep declared intentions as statements ("Die EU will mit Gegenmaßnahmen antworten"), as the Wikinews quotation corpus
   * annotates them. Default false: the statement annotation (../shared/gold) leaves them out.
   */
  intentions?: boolean;
}

/** All statements of one document, in text order. Never throws on odd text. */
export function extractStatements(doc: StatementInput, options: StatementOptions = {}): Statement[] {
  const layer = options.layer ?? analyzeText(doc.text);
  const lex = options.lexicon ?? defaultReportingLexicon();
  const finder = options.mentions === undefined ? registryMentions() : options.mentions;
  const mentions = (finder === false ? [] : typeof finder === "function" ? finder(doc, layer) : finder).slice().sort((a, b) => a.start - b.start);
  const quotes = findQuotations(doc.text);
  const ctx: DocContext = {
    doc,
    layer,
    lex,
    mentions,
    quoteOf: markQuotes(layer.tokens, quotes),
    quotes,
    persons: collectPersons(layer, mentions, lex, options.genderOf ?? ((name) => personGender(name))),
    statements: [],
    maxText: options.maxText ?? 600,
    firstVerb: new Int32Array(layer.sentences.length).fill(-1),
    mainStart: new Int32Array(layer.sentences.length).fill(-2),
    genderOf: options.genderOf ?? ((name) => personGender(name)),
    titlesOf: options.titlesOf ?? ((name) => personTitles(name)),
    bodiesNamed: options.bodiesNamed ?? ((noun) => bodiesNamed(noun)),
    agesOf: (name) => (options.agesOf ?? ((n, date) => personAges(n, date)))(name, doc.date ?? null),
    genders: new Map(),
  };
  const consumed = new Set<number>(); // sentences fully used as frames or direct quotations

  // 1. Direct quotations with their frames, and interview answers printed without quotation marks.
  // (Answers come second: a paragraph a quotation has used up is no answer.)
  const direct = [...directStatements(ctx, consumed), ...interviewAnswers(ctx, consumed)].sort((a, b) => a.clean_start - b.clean_start);

  // 2. Sentence frames, then continuation and retro frames in text order.
  const frames = layer.sentences.map((s) => (consumed.has(s.index) ? null : sentenceFrame(ctx, s)));
  const bySentence = new Map<number, Statement>();
  for (const st of direct) for (const si of st.sentences) bySentence.set(si, st);
  const continuation = options.continuation !== false;
  const noCarry = new Set<Statement>();
  for (const s of layer.sentences) {
    if (consumed.has(s.index) || bySentence.has(s.index)) {
      pushDirectInOrder(ctx, direct, s.index);
      continue;
    }
    pushDirectInOrder(ctx, direct, s.index);
    const frame = frames[s.index];
    const next = frames[s.index + 1];
    // (A label that names no one stands between no statement and its carry-on: "Fazit: Die Lage sei ernst".)
    const label = layer.sentences[s.index - 1]?.paragraph === s.paragraph ? layer.sentences[s.index - 1] : undefined;
    const labelled = label && isLabel(ctx, label) ? labelSpeaker(ctx, label.index) : null;
    const before = label && isLabel(ctx, label) && labelled === null ? s.index - 2 : s.index - 1;
    const previous = bySentence.get(before);
    // Its statement was the sentence before; where that one had a frame of its own ("Ihm zufolge werde Russland …
    // Das hatte zuvor auch Präsident Putin zugesagt"), it reports a speech act of its own.
    // (An intention before it is no frame of its own: "Die Regierung will … vorlegen. Das kündigte Vizekanzler X an.")
    const frameBefore = frames[before] ?? null;
    if (frame?.retro && (frameBefore === null || frameBefore.intention || !frame.retroAux)) continue;
    if (frame?.retro) {
      const st = makeStatement(ctx, { ...frame, kind: "reported", retro: false, retroAux: false }, [s.index], s.index);
      ctx.statements.push(st);
      bySentence.set(s.index, st);
      continue;
    }
    if (next?.retro && (!frame || frame.intention)) {
      const st = makeStatement(ctx, { ...next, kind: next.kind, start: s.start, end: s.end, retro: false }, [s.index], s.index);
      st.cue = next.cue;
      ctx.statements.push(st);
      bySentence.set(s.index, st);
      continue;
    }
    // A Konjunktiv frame right after a statement carries that statement on, when the sentence reads as reported speech.
    // So does one right after a speech act that framed nothing ("Der Botschafter, Deng Hongbo, widersprach. China sei
    // keine Konfliktpartei und habe stets zu Dialog aufgerufen": Deng's words, not China's call).
    // (A speech act in the participle counts there: "habe … aufgerufen"; so it does after a statement: "Das Außenministerium
    // verurteilte die Erklärung. Pjöngjang habe damit selbst eingeräumt, ein Verbrechen begangen zu haben.")
    const carriedOn =
      frame !== null &&
      continuation &&
      !isHeadline(ctx, s) &&
      (previous !== undefined
        ? (frame.nested === true || frame.konjunktivAux === true) && reportedSpeechMarker(ctx, s) !== null
        : (frame.nested === true || frame.konjunktivAux === true) && reportedSpeechMarker(ctx, s) === "strong" && frames[s.index - 1] === null && speechActIn(ctx, s.index - 1) && sentenceSubject(ctx, s.index - 1) !== null);
    // (An intention is a statement only where asked for, or where reported speech follows its colon: "Die EU will hart reagieren:
    // Man werde Gegenzölle verhängen". Left out, it is still who the Konjunktiv after it carries on: "Israel will den Einsatz
    // fortsetzen. Die Hamas müsse zerschlagen werden"; and "Das kündigte X an" after it points back to it.)
    if (frame?.intention && !options.intentions && !(/:\s/.test(s.text) && reportedSpeechMarker(ctx, s) !== null)) {
      const st = makeStatement(ctx, frame, [s.index], s.index);
      // (Only a side or body named: "Man will …" carries no one on.)
      if (st.speaker_resolved) bySentence.set(s.index, st);
      continue;
    }
    if (frame && !carriedOn) {
      // A frame that names nobody ("Es gibt Hinweise, dass …") and carries no speaker on: nobody's statement.
      const st = makeStatement(ctx, frame, [s.index], s.index, frame.noCarry ? "none" : "resolve");
      ctx.statements.push(st);
      if (frame.noCarry) noCarry.add(st);
      else if (frame.carry !== undefined) bySentence.set(s.index, withOffsets(ctx, { ...st, ...resolveSpeaker(ctx, frame.carry, s.start) }));
      else bySentence.set(s.index, st);
      continue;
    }
    if (!continuation || isHeadline(ctx, s) || isInterviewQuestion(ctx, s)) continue;
    const marker = reportedSpeechMarker(ctx, s);
    // "CDU-Chef Friedrich Merz: Die Regierung habe versagt": reported speech after a label is whom it names.
    // So is it after such a label as a heading of its own: "Baerbock:" over the paragraph.
    const heading = layer.sentences[s.index - 1];
    const ownHeading = heading !== undefined && heading.paragraph !== s.paragraph && isLabel(ctx, heading);
    const headed = !labelled && ownHeading ? labelSpeaker(ctx, heading.index) : null;
    const named = labelled ?? headed;
    if (named && marker !== null) {
      const st = makeStatement(ctx, { kind: "indirect", cue: ":", start: s.start, end: s.end, speaker: named.range, at: named.range[1] }, [s.index], s.index);
      ctx.statements.push(st);
      bySentence.set(s.index, st);
      continue;
    }
    // "Lazović hält davon wenig: Eine Regierung, die ihre Bürger belüge, könne …": reported speech after a clause of its own
    // sentence that ends in a colon and frames nothing is that clause's subject's.
    // (The clause itself in the indicative: "Im Größenverhältnis liege Österreich weit vorne: …" carries on whoever spoke before.)
    const colonClause = marker === "strong" && !frame ? colonClauseSpeaker(ctx, s) : null;
    const ownWords = colonClause !== null && reportedSpeechMarker(ctx, { ...s, end: layer.tokens[colonClause.colon].start, tokenEnd: colonClause.colon }) === null;
    if (colonClause && ownWords) {
      const st = makeStatement(ctx, { kind: "indirect", cue: ":", start: layer.tokens[colonClause.colon + 1].start, end: s.end, speaker: colonClause.range, at: colonClause.colon }, [s.index], s.index);
      ctx.statements.push(st);
      bySentence.set(s.index, st);
      continue;
    }
    // "Das System habe sich bewährt. Es sei … gelobt worden, berichtete X.": reported speech right
    // before a sentence that ends in its own frame is that frame's speaker's; across a paragraph break only when
    // no statement comes right before to carry on.
    const nextSentence = layer.sentences[s.index + 1];
    // (Not where that sentence opens with words of its own before a colon: "Kiew reagierte mit einer Warnung: …, teilte das
    // ukrainische Verteidigungsministerium mit" answers the statement before, which this one carries on.)
    const introduced = next !== null && next !== undefined && previous !== undefined && /^[^„"«»]*:\s/.test(doc.text.slice(nextSentence.start, nextSentence.end));
    if (marker !== null && next?.tail && next.speaker && !introduced && reportedSpeechMarker(ctx, nextSentence) !== null && (nextSentence.paragraph === s.paragraph || !previous)) {
      const st = continuationStatement(ctx, null, s);
      Object.assign(st, withOffsets(ctx, { ...st, ...resolveSpeaker(ctx, next.speaker, s.start) }));
      st.speaker_via = "next";
      ctx.statements.push(st);
      bySentence.set(s.index, st);
    } else if (previous && marker !== null) {
      const st = continuationStatement(ctx, previous, s);
      ctx.statements.push(st);
      bySentence.set(s.index, st);
    } else if (marker === "strong") {
      // Konjunktiv I or reportative "soll … haben" away from a frame: free indirect speech,
      // attributed to the latest statement a few sentences back, if any.
      // The subject of the sentence right before, else the latest statement a few sentences back.
      // (Nobody's past a heading of its own that names no one: "Mehr zum Thema:" opens other words.)
      if (ownHeading) continue;
      const subject = sentenceSubject(ctx, s.index - 1);
      const recent = ctx.statements.filter((x) => x.sentences[x.sentences.length - 1] >= s.index - 3 && x.clean_start < s.start && !noCarry.has(x)).pop();
      const st = continuationStatement(ctx, subject ? null : recent ?? null, s);
      if (subject || !recent) Object.assign(st, subjectBefore(ctx, s.index));
      // Hearsay nobody in reach can have said is not a statement we can attribute.
      if (!st.speaker) continue;
      ctx.statements.push(st);
      bySentence.set(s.index, st);
    }
  }
  pushDirectInOrder(ctx, direct, Infinity);
  // A quotation opening the article with no frame, no speaker and no full stop is its title ("„Werde bis 2023 im Amt bleiben“ Wien – …").
  const title = (st: Statement) => st.kind === "direct" && st.cue === "" && st.speaker === null && st.sentences[0] === 0 && !/[.!?…]["“”»«']?$/.test(doc.text.slice(st.clean_start, st.clean_end + 1).trim());
  ctx.statements = ctx.statements.filter((st) => !title(st));
  if (!options.joint) ctx.statements = withoutJoint(ctx, ctx.statements);
  ctx.statements.sort((a, b) => a.clean_start - b.clean_start);
  shareSpeakerSides(ctx.statements);
  ctx.statements = withoutDropped(ctx.statements, (st) => isUnspoken(ctx, st) || isConjecture(ctx, st));
  ctx.statements.forEach((st, i) => (st.id = `${doc.id}#${i + 1}`));
  addQuotedFragments(ctx, ctx.statements);
  return ctx.statements;
}

/**
 * A speaker's side known from one of their statements is theirs in all: "Der mongolische Präsident würdigte den Besuch"
 * makes Uchnaagiin Chürelsüch's other statements Mongolia's. Only where that speaker has one side in the document.
 */
function shareSpeakerSides(statements: Statement[]): void {
  const sides = new Map<string, Set<string>>();
  for (const st of statements) if (st.speaker && st.speaker_side) sides.set(st.speaker, (sides.get(st.speaker) ?? new Set()).add(st.speaker_side));
  for (const st of statements) {
    const known = st.speaker && !st.speaker_side ? sides.get(st.speaker) : undefined;
    if (known?.size === 1) st.speaker_side = [...known][0];
  }
}

/**
 * Adapter from the actor registry (actors.ts) to the mentions statements use: canonical
 * name, type, and the country the actor speaks for (its `country`, or itself for a country).
 */
export function registryMentions(registry: Registry = defaultRegistry()): MentionFinder {
  return (doc, layer) => toActorMentions(matchActors({ ...layer, id: doc.id, date: doc.date ?? null, text: doc.text }, registry), registry, doc.date ?? null);
}

/**
 * The registry matcher's mentions in the shape statements use, with the side each actor speaks for. With the article's
 * date, a person holding an organisation's office that day stands for it ("EU" for Ursula von der Leyen in 2024).
 */
export function toActorMentions(mentions: readonly Mention[], registry: Registry, date: string | null = null): ActorMention[] {
  const offices = officesByHolder(registry);
  const blocs = blocsByMember(registry);
  return mentions.map((m) => {
    const out: ActorMention = { start: m.start, end: m.end, name: m.actor, type: m.type, via: m.via, side: m.type === "country" ? m.actor : registry.byName.get(m.actor)?.country ?? null };
    if (m.anaphoric) out.anaphoric = true;
    const ofSide = out.side ? blocs.get(out.side) : undefined;
    if (ofSide) out.blocs = ofSide;
    const demonym = m.type === "country" ? registry.byName.get(m.actor)?.demonyms.find((d) => /^\p{Ll}+$/u.test(d)) : undefined;
    if (demonym) out.demonym = demonym;
    const gender = m.type === "person" ? personGender(m.actor, registry) : null;
    if (gender) out.gender = gender;
    const terms = m.type === "person" ? offices.get(m.actor) : undefined;
    if (terms) {
      // The offices held on the article's date (without one, every office ever held: "Donald Tusk kritisierte die EU"
      // in 2024 is no EU speaker's), and one the text names with the person ("Nato-Generalsekretär Jens Stoltenberg").
      const title = m.title?.toLowerCase() ?? "";
      const named = (h: Office) => title !== "" && h.titles.some((t) => title.endsWith(t));
      const held = date === null ? terms : terms.filter((h) => named(h) || heldOn(h, date));
      if (held.length > 0) out.bodies = [...new Set(held.map((h) => h.of))];
      // An international organisation's, not a party's ("KP Chinas" for Xi Jinping, who stands for China). Without a
      // date, an office still held (Donald Tusk, back in Polish politics, is no longer the EU's).
      const office = held.find((h) => !registry.byName.get(h.of)?.country && (date !== null || h.to === null || named(h)));
      if (office) out.office = office.of;
    }
    const kinds = m.type !== "person" && m.type !== "country" ? registry.byName.get(m.actor)?.kinds : undefined;
    if (kinds && kinds.length > 0) out.kinds = kinds;
    return out;
  });
}

const blocsCache = new WeakMap<Registry, Map<string, string[]>>();

/** The organisations each country belongs to, by the registry's `members` lists. */
function blocsByMember(registry: Registry): Map<string, string[]> {
  let byMember = blocsCache.get(registry);
  if (byMember) return byMember;
  byMember = new Map();
  for (const a of registry.actors) for (const m of a.members) byMember.set(m, [...(byMember.get(m) ?? []), a.name]);
  blocsCache.set(registry, byMember);
  return byMember;
}

/** A term in an organisation's office: its holder's dates, the organisation and the office's title nouns (lower case). */
type Office = RoleHolder & { of: string; titles: string[] };
const officesCache = new WeakMap<Registry, Map<string, Office[]>>();

/**
 * Each office holder's terms in organisations' offices. Offices of countries and of their institutions are left out:
 * those are the holder's country (the Kremlin's spokesman speaks for Russia).
 */
function officesByHolder(registry: Registry): Map<string, Office[]> {
  let byHolder = officesCache.get(registry);
  if (byHolder) return byHolder;
  byHolder = new Map();
  for (const role of registry.roles) {
    const type = role.of ? registry.byName.get(role.of)?.type : undefined;
    if (!role.of || type === "country" || type === "institution") continue;
    const titles = role.title.map((t) => t.toLowerCase());
    for (const h of role.holders) byHolder.set(h.actor, [...(byHolder.get(h.actor) ?? []), { ...h, of: role.of, titles }]);
  }
  officesCache.set(registry, byHolder);
  return byHolder;
}

/** Does sentence si hold a reporting verb in its own words (outside quotations): "Der Botschafter widersprach."? */
function speechActIn(ctx: DocContext, si: number): boolean {
  const s = ctx.layer.sentences[si];
  if (!s) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (ctx.quoteOf[k] < 0 && verbHit(ctx, k, s.tokenEnd, false)) return true;
  return false;
}

/**
 * Statements without the words of several sides at once: a speaker phrase that opens with "beide" or joins sides of
 * different countries ("chinesische und russische Beamte", "Putin und Xi"), and what carries their words on.
 */
function withoutJoint(ctx: DocContext, statements: Statement[]): Statement[] {
  const joint = new Set<string>();
  return statements.filter((st) => {
    if (st.speaker !== null && joint.has(st.speaker) && st.speaker_clean_start === null) return false;
    if (st.speaker_clean_start === null || st.speaker_clean_end === null || !isJointPhrase(ctx, st.speaker_clean_start, st.speaker_clean_end)) return true;
    if (st.speaker !== null) joint.add(st.speaker);
    return false;
  });
}

/** The phrase's noun: its first capitalised word that is no adjective or function word ("westliche Beobachter", "chinesischem Recht"). */
function speakerNoun(ctx: DocContext, st: Statement): Token | undefined {
  if (st.speaker_clean_start === null || st.speaker_clean_end === null) return undefined;
  const { tokens } = ctx.layer;
  for (let k = firstTokenFrom(tokens, st.speaker_clean_start); k < tokens.length && tokens[k].end <= st.speaker_clean_end; k++) {
    const t = tokens[k];
    if (t.kind === "word" && isCapitalized(t) && t.wordClass !== "adj" && t.wordClass !== "function") return t;
  }
  return undefined;
}

/**
 * Statements in text order without those `drop` tells, and without the reported speech that carries a dropped one on
 * (a "Konjunktiv" statement, or one with no speaker phrase, right after a dropped one of the same speaker's label).
 */
function withoutDropped(statements: Statement[], drop: (st: Statement) => boolean): Statement[] {
  const lastDropped = new Map<string, boolean>();
  return statements.filter((st) => {
    const carriedOn = st.speaker !== null && (st.speaker_clean_start === null || st.cue === "Konjunktiv") && lastDropped.get(st.speaker) === true;
    const dropped = carriedOn || drop(st);
    if (st.speaker !== null) lastDropped.set(st.speaker, dropped);
    return !dropped;
  });
}

/**
 * Does the noun have a genitive or "von" after it, or the phrase name a body other than by its seat: "Experten des
 * Ifo-Instituts", "Die Wahlbeobachter der OSZE" (not "Diplomaten in Brüssel")?
 */
function ownedPhrase(ctx: DocContext, st: Statement, noun: Token): boolean {
  const { tokens } = ctx.layer;
  const next = tokens[noun.index + 1];
  if (next !== undefined && next.end <= st.speaker_clean_end! && /^(?:des|der|von|vom)$/.test(next.norm)) return true;
  return ctx.mentions.some((m) => m.type !== "country" && m.start >= st.speaker_clean_start! && m.end <= st.speaker_clean_end! && !/^(?:in|aus|bei)$/.test(tokens[firstTokenFrom(tokens, m.start) - 1]?.norm ?? ""));
}

/**
 * A source no one speaks by, a rule or a poll whose author is not named (the lexicon's `sources.unspoken`): "laut
 * Verfassung", "laut chinesischem Recht", "Laut den Statuten der Ecowas", "einer Umfrage zufolge". Only after a
 * source's preposition or postposition, or after an article or adjective: "Precht sagte", "Recht und Gerechtigkeit
 * erklärte" speak; nor a poll whose author the compound names ("Forsa-Umfrage").
 */
function isUnspoken(ctx: DocContext, st: Statement): boolean {
  const unspoken = ctx.lex.unspoken ?? [];
  if (unspoken.length === 0 || st.speaker_resolved || st.speaker === null || st.speaker_clean_start === null) return false;
  const noun = speakerNoun(ctx, st);
  if (!noun || !unspoken.some((u) => noun.norm.endsWith(u)) || /^\p{Lu}[^-]*-.*umfragen?$/iu.test(noun.text)) return false;
  // (The source's word may be in the cue or in the phrase: "Umfragen zufolge lehnt eine Mehrheit … ab".)
  const bySource = `${st.cue} ${st.speaker_surface ?? ""}`.toLowerCase().split(/\s+/).some((w) => ctx.lex.sourcePrepositions.has(w) || ctx.lex.sourcePostpositions.has(w) || ctx.lex.sourceNounPrepositions.has(w));
  return bySource || noun.start > st.speaker_clean_start;
}

/**
 * What anonymous onlookers expect or judge (the lexicon's `onlookers` with a verb of its `conjectures`): "Beobachter
 * rechnen damit, dass …", "Militärexperten halten es für wahrscheinlich, dass …" are commentary, no one's statement.
 * Not onlookers of a body ("Die Wahlbeobachter der OSZE werteten …"), nor another verb on the same stem ("hielten fest").
 */
function isConjecture(ctx: DocContext, st: Statement): boolean {
  const onlookers = ctx.lex.onlookers ?? [];
  const conjectures = ctx.lex.conjectures;
  if (onlookers.length === 0 || !conjectures || st.speaker_resolved || st.speaker === null || st.speaker_clean_start === null) return false;
  const [verb = "", particle = null] = st.cue.toLowerCase().split(/\s+/);
  if (!(ctx.lex.forms.get(verb) ?? []).some((f) => conjectures.has(f.verb.lemma) && f.particle === particle)) return false;
  const noun = speakerNoun(ctx, st);
  if (!noun || !onlookers.some((o) => noun.norm.endsWith(o)) || ownedPhrase(ctx, st, noun)) return false;
  return !ctx.mentions.some((m) => m.type === "person" && m.start >= st.speaker_clean_start! && m.end <= st.speaker_clean_end!);
}

/** Does the phrase at [start, end) name several sides at once: "beide …", or two of the sides the article is about? */
function isJointPhrase(ctx: DocContext, start: number, end: number): boolean {
  const { tokens } = ctx.layer;
  const words = tokens.filter((t) => t.start >= start && t.end <= end && t.kind === "word");
  if (words.length === 0) return false;
  if (/^(?:beide|beiden)$/.test(words[0].norm) || (words.length > 1 && /^(?:die|den)$/.test(words[0].norm) && /^beiden?$/.test(words[1].norm))) return true;
  // The phrase may end before its second member: "haben Kremlchef Putin | und Chinas Staatschef Xi … unterstrichen".
  const next = firstTokenFrom(tokens, end);
  const joinedAfter = next >= 0 && /^(?:und|sowie)$/.test(tokens[next].norm);
  if (!joinedAfter && !words.some((t) => /^(?:und|sowie)$/.test(t.norm))) return false;
  const until = joinedAfter ? tokens[Math.min(tokens.length - 1, next + 4)].end : end;
  // Sides the article is about (named three times or more), not any two ("Die USA und die syrische Opposition fordern …").
  const counts = sideCounts(ctx.mentions);
  const sides = new Set<string>();
  for (const m of ctx.mentions) {
    const side = mentionSide(m);
    if (side && m.start >= start && m.end <= until) sides.add(side);
  }
  return [...sides].filter((side) => (counts.get(side) ?? 0) >= 3).length >= 2;
}

const sideCountsOf = new WeakMap<readonly ActorMention[], Map<string, number>>();

/** How often each side is named in a document: a country by its name, a person or body by theirs. */
function sideCounts(mentions: readonly ActorMention[]): Map<string, number> {
  let counts = sideCountsOf.get(mentions);
  if (!counts) {
    counts = new Map();
    for (const m of mentions) {
      const side = mentionSide(m);
      if (side) counts.set(side, (counts.get(side) ?? 0) + 1);
    }
    sideCountsOf.set(mentions, counts);
  }
  return counts;
}

/** Direct statements join the list when the sentence walk reaches them, so pronouns see them. */
function pushDirectInOrder(ctx: DocContext, direct: Statement[], sentence: number) {
  while (direct.length > 0 && direct[0].sentences[0] <= sentence) {
    const st = direct.shift()!;
    if (st.speaker_via === "pending") Object.assign(st, speakerAfter(ctx, st) ?? resolveSpeaker(ctx, null, st.clean_start));
    // A description read before the reported speech around it was: "„…“, sagte die Grünen-Politikerin" after her
    // Konjunktiv sentences is who spoke them; read again now that they are statements. So is a pronoun: "…, sagte Blinken.
    // „…“, fügte er hinzu" is Blinken, not the subject of what he reported.
    else if ((!st.speaker_resolved || st.speaker_via === "pronoun" || st.speaker_via === "role") && st.speaker_clean_start !== null && st.speaker_clean_end !== null) {
      const { tokens } = ctx.layer;
      const a = firstTokenFrom(tokens, st.speaker_clean_start);
      let b = a;
      while (b < tokens.length && tokens[b].end <= st.speaker_clean_end) b++;
      const again = b > a ? resolveSpeaker(ctx, [a, b], st.clean_start) : null;
      // (A resolved pronoun or office only for the one who spoke in the sentence right before, which it could not see.)
      const first = st.sentences[0];
      const spokeJustBefore = (name: string | null) => ctx.statements.some((x) => x.speaker === name && (x.sentences.includes(first - 1) || x.sentences.includes(first)));
      if (again?.speaker_resolved && (!st.speaker_resolved || (again.speaker !== st.speaker && spokeJustBefore(again.speaker)))) Object.assign(st, again);
    }
    ctx.statements.push(st);
  }
}

/**
 * A quotation with no frame that opens its paragraph is the words of whom the next sentence names as the subject of a
 * speech act: "„Wir sind demütig, aber auch stolz.“ Der schwedische Regierungschef sprach von einem historischen Moment."
 */
function speakerAfter(ctx: DocContext, st: Statement): Speaker | null {
  const { sentences, tokens } = ctx.layer;
  const first = st.sentences[0];
  const next = st.sentences[st.sentences.length - 1] + 1;
  const opens = first === 0 || sentences[first - 1].paragraph !== sentences[first].paragraph;
  if (!opens || !sentences[next] || sentences[next].paragraph !== sentences[first].paragraph || !speechActIn(ctx, next)) return null;
  // (Not a reply to it: "„…“ Kremlsprecher Dmitri Peskow wies die Vorwürfe zurück"; a separated "zurück" is such a verb's
  // particle, bar "blickte zurück".)
  for (let k = sentences[next].tokenStart; k < sentences[next].tokenEnd; k++) if (REPLYING.has(tokens[k].lemma.toLowerCase()) || (tokens[k].norm === "zurück" && tokens[k - 1]?.norm !== "blickte")) return null;
  const speaker = subjectSpeaker(ctx, next, sentences[next].start);
  return speaker?.speaker && speaker.speaker_resolved ? { ...speaker, speaker_via: "next" } : null;
}

// Verbs that answer what was said before them, whose subject is no quotation's speaker.
const REPLYING = new Set(["zurückweisen", "dementieren", "bestreiten", "widersprechen", "entgegnen", "kontern", "antworten", "reagieren"]);

/** Statements of many documents (each analysed with the same options). */
export function extractAll(docs: StatementInput[], options: Omit<StatementOptions, "layer"> = {}): Statement[] {
  return docs.flatMap((d) => extractStatements(d, options));
}
