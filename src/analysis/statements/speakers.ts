// Speaker resolution: from a speaker phrase to a Speaker (a registry actor, a full name
// mentioned earlier, a pronoun's antecedent, a role noun, an institution, the phrase
// itself), and the Statement records built from frames and continuations.
import { rawOffset } from "../corpus.js";
import { tokenRange, type Sentence, type TextLayer, type Token } from "../text.js";
import { ADVERBIAL_SUBORDINATORS, DETERMINERS, FRAME_ADVERBS, PERSONAL_PRONOUNS, PREPOSITIONS, SUBORDINATORS, isWord, isCapitalized, isComma, hasLowerCase, isSourcePrefix, firstTokenFrom, QUOTE_MARK, THIRD_PERSON_POSSESSIVE, isTimeWord, GENITIVE_DETERMINERS, PERSON_NOUN } from "./words.js";
import type { SpeakerType, ActorMention, Speaker, Statement, StatementKind, QuotedFragment } from "./types.js";
import { isRoleNoun, sourceCompound, type ReportingLexicon } from "./lexicon.js";
import { inQuote, type DocContext, type PersonMention, type FrameMatch } from "./context.js";
import { firstVerbIndex, hasClauseBreak, mainClauseStart } from "./clauses.js";
import { reportedSpeechMarker, sentenceFrame } from "./frames.js";
import { isPersonNoun, countWords, countedGroup, isNominalStart, isThing, namesPerson as phraseNamesPerson, labelSpeaker, invertedSubject, headNoun, isSeatAdjective, nameIn, namesInstitution, nounPhraseAfter, textBefore, NAMED_BODY_KIND, personNameShape, ARABIC_ARTICLE, withoutArabicArticle, HOSTED_BODY, SEATED_BODY, SEAT_PREPOSITION } from "./phrases.js";

export function copySpeaker(target: Statement, source: Statement) {
  for (const key of ["speaker", "speaker_surface", "speaker_role", "speaker_type", "speaker_resolved", "speaker_via", "speaker_side", "speaker_clean_start", "speaker_clean_end", "speaker_start", "speaker_end"] as const) {
    (target as unknown as Record<string, unknown>)[key] = source[key];
  }
}

const NO_SPEAKER: Speaker = {
  speaker: null,
  speaker_surface: null,
  speaker_role: null,
  speaker_type: "unknown",
  speaker_resolved: false,
  speaker_via: "none",
  speaker_side: null,
  speaker_clean_start: null,
  speaker_clean_end: null,
};

/**
 * The statement a frame yields, its speaker resolved, left "pending" for the sentence walk,
 * or "none" where the frame names nobody ("Es gibt Hinweise, dass …").
 */
export function makeStatement(ctx: DocContext, frame: FrameMatch, sentenceIndexes: number[], sentence: number, speakerOf: "resolve" | "pending" | "none" = "resolve"): Statement {
  const speaker =
    speakerOf !== "resolve"
      ? { ...NO_SPEAKER, speaker_via: speakerOf }
      : frame.anaphor
        ? anaphorSpeaker(ctx, frame.speaker)
        : resolveSpeaker(ctx, frame.speaker, ctx.layer.sentences[sentence].start);
  return statementRecord(ctx, speaker, frame.kind, frame.cue, [frame.start, frame.end], sentenceIndexes);
}

/** A statement over the clean text from..to (trimmed, clipped), with its raw offsets. */
function statementRecord(ctx: DocContext, speaker: Speaker, kind: StatementKind, cue: string, [from, to]: [number, number], sentences: number[]): Statement {
  const span = trimSpan(ctx.doc.text, from, to);
  // The speaker's fields one by one, in Speaker's order: speakers come in many shapes, and a
  // spread of them made every field after it a slow store.
  return withOffsets(ctx, {
    speaker: speaker.speaker,
    speaker_surface: speaker.speaker_surface,
    speaker_role: speaker.speaker_role,
    speaker_type: speaker.speaker_type,
    speaker_resolved: speaker.speaker_resolved,
    speaker_via: speaker.speaker_via,
    speaker_side: speaker.speaker_side,
    speaker_clean_start: speaker.speaker_clean_start,
    speaker_clean_end: speaker.speaker_clean_end,
    id: "",
    doc: ctx.doc.id,
    kind,
    cue,
    text: clip(ctx.doc.text.slice(span[0], span[1]), ctx.maxText),
    start: 0,
    end: 0,
    clean_start: span[0],
    clean_end: span[1],
    speaker_start: null,
    speaker_end: null,
    sentences,
    quotes: NO_QUOTES,
  });
}

/** The `quotes` of most statements: shared, never written to (a statement with quotes gets its own array). */
const NO_QUOTES: readonly QuotedFragment[] = Object.freeze([]);

/** The subject of the sentence before si when it is a body with a neuter noun ("Das Außenministerium", "das Weiße Haus"). */
function neuterSubjectBefore(ctx: DocContext, si: number): [number, number] | null {
  const s = ctx.layer.sentences[si - 1];
  // (Or the one a frame after the words names: "…, teilte das Ministerium mit. Es verurteilte …".)
  const framed = ctx.statements.filter((x) => x.sentences.includes(si - 1) && x.speaker_clean_start !== null && x.speaker_clean_start >= (s?.start ?? Infinity)).pop();
  const span = framed ? tokenRange(ctx.layer.tokens, framed.speaker_clean_start!, framed.speaker_clean_end!) : null;
  // (A frame's speaker may start after its article: "…“, schrieb das Ministerium auf der Plattform X. Es verwies …".)
  const range: [number, number] | null = span ? [ctx.layer.tokens[span.from - 1]?.norm === "das" ? span.from - 1 : span.from, span.to] : s ? subjectRange(ctx, s) : null;
  if (!range || ctx.layer.tokens[range[0]].norm !== "das") return null;
  const head = headNoun(ctx, range[0], range[1]);
  return head && NEUTER_HEAD.test(head.norm) && !/^(?:land|volk)$/.test(head.norm) && (ctx.lex.institutions.some((h) => head.norm.endsWith(h)) || ctx.mentions.some((m) => m.type !== "person" && m.type !== "country" && m.start <= head.start && m.end >= head.end)) ? range : null;
}

/** A Konjunktiv sentence as a statement: `previous`'s speaker carried on, or a subject pronoun's antecedent. */
export function continuationStatement(ctx: DocContext, previous: Statement | null, s: Sentence): Statement {
  const st = statementRecord(ctx, NO_SPEAKER, "indirect", "Konjunktiv", [s.start, s.end], [s.index]);
  if (previous) {
    copySpeaker(st, previous);
    if (st.speaker_via !== "none") st.speaker_via = "previous";
  }
  // "… nehme er in Kauf": a subject pronoun that cannot be the previous speaker.
  const pronoun = subjectPronoun(ctx, s);
  if (pronoun && (!previous || (pronoun === "er" && previous.speaker_type !== "person") || !previous.speaker_resolved)) {
    const found = fromContext(ctx, s.start, pronoun);
    // (Not one the previous speaker's words name, whom they speak of: "Jian G. sei Mitarbeiter …, teilte die Behörde mit.
    // Zudem habe er … ausgespäht.")
    // (Named there in full or by surname: "Nach Darstellung der Bundesanwaltschaft ist G. … Dabei habe er …".)
    const surname = found.speaker?.split(" ").pop()?.replace(/\.$/, "") ?? "";
    // (So too where the previous speaker is unknown: "In einer Stellungnahme hieß es, Hegseth habe … Er habe China …".)
    const spokenOf = previous !== null && surname.length > 0 && ctx.doc.text.slice(previous.clean_start, previous.clean_end).split(/[^\p{L}-]+/u).includes(surname);
    if (found.speaker && found.speaker !== pronoun && !spokenOf) {
      copySpeaker(st, { ...st, ...found, speaker_start: null, speaker_end: null } as Statement);
      st.speaker_via = "pronoun";
    }
  }
  return st;
}

/** A personal pronoun as subject: first word, or right after the finite verb ("nehme er"). */
function subjectPronoun(ctx: DocContext, s: Sentence): string | null {
  const { tokens } = ctx.layer;
  const first = tokens[s.tokenStart];
  if (first && PERSONAL_PRONOUNS.has(first.norm) && first.norm !== "ich" && first.norm !== "wir") return first.norm;
  const verb = firstVerbIndex(ctx, s);
  const after = tokens[verb + 1];
  return after && verb < s.tokenEnd && (after.norm === "er" || after.norm === "sie") ? after.norm : null;
}

/** Fill in the raw offsets of a statement and its speaker from the clean ones. */
export function withOffsets(ctx: DocContext, st: Statement): Statement {
  [st.start, st.end] = rawSpan(ctx, st.clean_start, st.clean_end);
  if (st.speaker_clean_start !== null && st.speaker_clean_end !== null) [st.speaker_start, st.speaker_end] = rawSpan(ctx, st.speaker_clean_start, st.speaker_clean_end);
  return st;
}

/** The raw offsets of the clean text span [start, end) (the same where the document has no offset map). */
export function rawSpan(ctx: DocContext, start: number, end: number): [number, number] {
  const raw = (clean: number) => (ctx.doc.offsets ? rawOffset({ offsets: ctx.doc.offsets }, clean) : clean);
  const rawStart = raw(start);
  return [rawStart, end > start ? raw(end - 1) + 1 : rawStart];
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return [start, end];
}

/** At most `max` characters, cut at a word boundary and marked with "…". */
export function clip(text: string, max: number): string {
  // Most texts have single spaces only, which the fold would replace one by one with themselves.
  const folded = (/[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, " ") : text).trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + "…";
}

// A spokesperson's noun, also as a compound head ("Kremlsprecher", "Sprecherin").
const SPOKESPERSON = /sprecher(?:in)?$/;
// A body's press office, which speaks for it as its texts do ("der Pressedienst der russischen Pazifikflotte").
const PRESS_OFFICE = /(?:pressedienst|pressestelle|pressebüro|presseabteilung)$/;
// Relatives, who speak for themselves, not for whom they are related to.
const KIN_NOUN = /^(?:mutter|vater|eltern|witwe|witwer|ehefrau|ehemann|tochter|sohn|bruder|schwester|großmutter|großvater|enkel|enkelin|familie|angehörigen?)$/;
// Those who speak for the person named after them: "Das Team von Alexej Nawalny", "die Kampagne von Kamala Harris".
const SPEAKING_FOR = /(?:team|kampagne|pressestelle|lager|stab|büro)$/;

const SAYING_NOUNS = /^(?:antwort|worte|botschaft|reaktion|kommentar|fazit|erwiderung|begründung|einschätzung|warnung|forderung)$/;

// A summit's closing text, and the members or signatories of an organisation.
const SUMMIT_SPEAKERS = /^(?:abschluss|gipfel|schluss)(?:erklärung|kommuniqué|communiqué|dokument|deklaration)$|^(?:mitgliedstaaten|mitgliedsstaaten|mitgliedsländer|mitgliedländer|unterzeichner|unterzeichnerstaaten|gipfelteilnehmer)$/;

// The members of an organisation, or those who speak for them together: "die Außenminister der EU".
const MEMBERS_OF = /^(?:mitgliedstaaten|mitgliedsstaaten|mitgliedsländer|mitgliedländer|mitglieder|regierungschefs|staatschefs|außenminister|verteidigungsminister|finanzminister|minister)$/;

/** The organisation an article reports on: the one named most often, at least twice. */
function reportedOrganisation(ctx: DocContext): ActorMention | null {
  const counts = new Map<string, { mention: ActorMention; n: number }>();
  for (const m of ctx.mentions) {
    if (m.type !== "organisation") continue;
    const c = counts.get(m.name) ?? { mention: m, n: 0 };
    c.n++;
    counts.set(m.name, c);
  }
  let best: { mention: ActorMention; n: number } | null = null;
  for (const c of counts.values()) if (c.n >= 2 && (best === null || c.n > best.n)) best = c;
  return best?.mention ?? null;
}

/** A person mention in the Saxon genitive ("Orbáns", "Putins") with a noun after it before `end` (adjectives between: "Kims einflussreiche Schwester"). */
function possessiveBeforeNoun(ctx: DocContext, m: ActorMention, end: number): boolean {
  const { tokens } = ctx.layer;
  const after = firstTokenFrom(tokens, m.end);
  const last = (after < 0 ? tokens.length : after) - 1;
  let k = last + 1;
  while (k < end && k < last + 4 && tokens[k].wordClass === "adj" && !isCapitalized(tokens[k])) k++;
  const next = tokens[k];
  // (So does a noun made of an adjective, or one the dictionary lacks, that is no name: "Putins Sondergesandter Kirill Dmitrijew".)
  const noun = next !== undefined && (next.wordClass === "noun" || next.wordClass === "adj" || (next.wordClass === null && !ctx.persons.some((p) => p.start === next.start)));
  return k < end && /[s'’]$/.test(tokens[last].text) && !/s$/.test(m.name) && next !== undefined && isCapitalized(next) && noun;
}

/** Who a speaker phrase names: registry actor, name, pronoun antecedent, role, institution or the phrase itself. */
export function resolveSpeaker(ctx: DocContext, range: [number, number] | null, at: number): Speaker {
  const speaker = federalName(ctx, resolveSpeakerPhrase(ctx, range, at));
  // (Also a noun the dictionary lacks after an article, read as a surname: "Der Deutsche Industrie- und Handelskammertag (DIHK)",
  // "Der Oberste Gerichtshof (OGH)"; not a person with a party: "Der Abgeordnete Kowalczyk (CDU)", "Die Grüne Anna Nowak (SPD)".)
  const body = speaker.speaker_type !== "person" || (!speaker.speaker_resolved && range !== null && DETERMINERS.has(ctx.layer.tokens[range[0]].norm) && !namesSomeone(ctx, range));
  const abbreviation = range && speaker.speaker !== null && speaker.speaker_via !== "registry" && body ? abbreviationAfter(ctx, range) : null;
  return abbreviation ? { ...speaker, speaker: abbreviation, speaker_type: speaker.speaker_type === "unknown" || speaker.speaker_type === "group" || speaker.speaker_type === "person" ? "organisation" : speaker.speaker_type, speaker_resolved: true, speaker_via: speaker.speaker_type === "person" ? "phrase" : speaker.speaker_via } : speaker;
}

/**
 * Germany's national bodies go by their federal names: "das deutsche Verteidigungsministerium", "das Verteidigungsministerium
 * in Berlin" → "Bundesverteidigungsministerium", "die deutsche Regierung" → "Bundesregierung", "das deutsche
 * Außenministerium" → "Auswärtiges Amt" (the registry's body named "Bundes…" or so aliased); a ministry it does not list
 * by "Bundes" and its noun ("Bundesgesundheitsministerium").
 */
function federalName(ctx: DocContext, speaker: Speaker): Speaker {
  // (Also as the label inflects it, "vom deutschen Innenministerium"; and a federal name written with the adjective, "das
  // deutsche Bundesumweltministerium".)
  // (Not a name the registry gives, "Deutsche Bank".)
  const m = speaker.speaker_type === "institution" && speaker.speaker !== null && speaker.speaker_via !== "registry" ? /^Deutsche[rsmn]? (\p{Lu}\p{Ll}+)$/u.exec(speaker.speaker) : null;
  if (!m) return speaker;
  const federal = m[1].startsWith("Bundes") ? m[1] : `Bundes${m[1].toLowerCase()}`;
  const known = (ctx.bodiesNamed?.(federal) ?? []).find((b) => b.side === "Deutschland");
  const name = known?.name ?? (/.ministerium$/.test(m[1]) ? federal : null);
  return name ? { ...speaker, speaker: name, speaker_side: speaker.speaker_side ?? "Deutschland" } : speaker;
}

/** Does a phrase hold a word for a person: an office, a person noun or a given name ("Der Abgeordnete Kowalczyk")? */
function namesSomeone(ctx: DocContext, [a, b]: [number, number]): boolean {
  return ctx.layer.tokens.slice(a, b).some((t) => isPersonNoun(ctx.lex, t) || (isCapitalized(t) && ctx.genderOf(t.text) !== null));
}

/**
 * A body's abbreviation in brackets right after its phrase, by which the article names it from then on: "des
 * Verbands der Chemischen Industrie (VCI)" → VCI, "ein Sprecher der Slowenischen Staatsbahnen (SZ)" → SZ. Not a
 * person's party ("von Alois Stöger (SPÖ)") nor an office's body ("der Direktor der Atomenergie-Organisation (IAEO)").
 */
function abbreviationAfter(ctx: DocContext, [a, b]: [number, number]): string | null {
  const { tokens } = ctx.layer;
  // (The phrase may hold the bracket and the abbreviation already: "Der Verband der Automobilindustrie (VDA".)
  if (tokens[b - 2]?.text === "(" && tokens[b]?.text === ")" && b - 2 > a) return abbreviationAfter(ctx, [a, b - 2]);
  if (tokens[b]?.text !== "(" || tokens[b + 2]?.text !== ")" || !/^\p{Lu}[\p{Lu}\p{Ll}\d&-]{1,7}$/u.test(tokens[b + 1]?.text ?? "") || !/\p{Lu}.*\p{Lu}/u.test(tokens[b + 1].text)) return null;
  if (ctx.mentions.some((m) => m.type === "person" && m.end === tokens[b - 1].end) || ctx.persons.some((p) => p.end === tokens[b - 1].end)) return null;
  // (Nor the last of several bodies: "die Pakistanische Volkspartei (PPP) und die Muslim-Liga (PML-N)".)
  // (A truncated compound is one noun: "Der Deutsche Industrie- und Handelskammertag (DIHK)".)
  if (tokens.slice(a, b).some((t, i) => ((t.norm === "und" || t.norm === "sowie") && !/[-‐‑]$/.test(tokens[a + i - 1]?.text ?? "")) || t.text === ",")) return null;
  const head = headNoun(ctx, a, b);
  return head && isRoleNoun(ctx.lex, head.lemma) && !SPOKESPERSON.test(head.lemma.toLowerCase()) ? null : tokens[b + 1].text;
}

function resolveSpeakerPhrase(ctx: DocContext, range: [number, number] | null, at: number): Speaker {
  if (!range) return fromContext(ctx, at, null);
  const { tokens } = ctx.layer;
  const [a, b] = range;
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  const surface = ctx.doc.text.slice(start, end);
  const base: Speaker = { ...NO_SPEAKER, speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end };
  const words = tokens.slice(a, b).filter(isWord);
  // A counted group is the group, named without its count, no side nor name: "Mehr als 300 britische Diplomaten", "Zirka 80
  // Richter".
  if (countedGroup(tokens, a, b)) return { ...base, speaker: normalizePhrase(ctx, a, b), speaker_type: "group", speaker_via: "phrase" };
  // "Ihm zufolge": a pronoun in the dative points back as its nominative does.
  const pronoun = words.length === 1 ? (obliquePronoun(words[0].norm) ?? (PERSONAL_PRONOUNS.has(words[0].norm) ? words[0].norm : undefined)) : undefined;
  // "Jagland: Ich erwarte …": in an interview's turn "ich" is whose label opens it.
  const si = tokens[a].sentence;
  const turn = (pronoun === "ich" || pronoun === "wir") && ctx.layer.sentences[si - 1]?.paragraph === ctx.layer.sentences[si].paragraph ? labelSpeaker(ctx, si - 1) : null;
  if (turn?.person) return { ...resolveSpeaker(ctx, turn.range, start), speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_via: "pronoun" };
  if (pronoun) return { ...fromContext(ctx, start, pronoun), speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_via: "pronoun" };
  // "Seine Antwort: „…“", "Ihre Worte": a possessive before a noun of saying points back as "er" or "sie" does;
  // so does one before a text ("hieß es in ihrer Erklärung", "laut seiner Mitteilung").
  const saying = words.length === 2 && (SAYING_NOUNS.test(words[1].norm) || (ctx.lex.documents ?? []).some((d) => words[1].norm.endsWith(d)));
  const possessive = saying ? (/^sein/.test(words[0].norm) ? "er" : /^ihr/.test(words[0].norm) ? "sie" : undefined) : undefined;
  if (possessive) return { ...fromContext(ctx, start, possessive), speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_via: "pronoun" };
  // "hieß es aus seinem Ministerium": a minister's ministry, of the minister a possessive points back to.
  const ministry = words.length === 2 && /^(?:sein|ihr)(?:em|es|e|er)?$/.test(words[0].norm) && words[1].lemma.toLowerCase() === "ministerium" ? ministerOwning(ctx, start, /^sein/.test(words[0].norm) ? "er" : "sie") : null;
  if (ministry) return { ...base, speaker: ministry.name, speaker_type: "institution", speaker_resolved: true, speaker_via: "previous", speaker_side: ministry.side };
  // A demonstrative points back like "er" or "sie" ("Dieser lehnt … ab"); "es", "das" name nobody.
  const demonstrative = words.length === 1 ? DEMONSTRATIVES[words[0].norm] : undefined;
  // (It names the person written last, not the subject "er" would: "Rückendeckung bekam er von Schalwa Papuaschwili. …,
  // sagte dieser.")
  const latter = demonstrative ? latterPerson(ctx, a, demonstrative === "er" ? "male" : "female") : null;
  if (latter) return { ...resolveSpeaker(ctx, latter, start), speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_via: "pronoun" };
  if (demonstrative) return { ...fromContext(ctx, start, demonstrative), speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_via: "pronoun" };
  // "Das Außenministerium in Ankara bestellte den Botschafter ein. Es verurteilte …": "es" is a neuter body that was the subject just before.
  const neuter = words.length === 1 && words[0].norm === "es" ? neuterSubjectBefore(ctx, tokens[a].sentence) : null;
  if (neuter) return { ...resolveSpeaker(ctx, neuter, start), speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_via: "pronoun" };
  if (words.length === 1 && /^(?:es|das|dies)$/.test(words[0].norm)) return { ...NO_SPEAKER, speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end };
  // "Die Polizei teilte mit, … Man gehe davon aus, dass …": "man" is the body that spoke just before.
  // "Seitens des Roten Kreuzes sprach man von …": the body "seitens" names in the sentence.
  if (words.length === 1 && words[0].norm === "man") {
    const sentence = ctx.layer.sentences[tokens[a].sentence];
    for (let j = sentence.tokenStart; j < a; j++) {
      const np = /^(?:seitens|vonseiten)$/.test(tokens[j].norm) ? nounPhraseAfter(ctx, j + 1, a) : null;
      if (np) return { ...resolveSpeaker(ctx, np, tokens[np[0]].start), speaker_via: "pronoun" };
    }
  }
  // "„…“, sagte Pistorius. Man müsse davon ausgehen, dass …": "man" with a verb in the Konjunktiv I carries on the words of
  // whoever spoke in the sentence before, a person too.
  const reportedMan = words.length === 1 && words[0].norm === "man" && [tokens[a + 1], tokens[a - 1]].some((t) => t !== undefined && ctx.lex.konjunktivI.has(t.norm)) ? resolvedSpeakerBefore(ctx, start, 1) : undefined;
  if (reportedMan) return { ...base, speaker: reportedMan.speaker, speaker_type: reportedMan.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: reportedMan.speaker_side };
  const body = words.length === 1 && words[0].norm === "man" ? bodyThatSpoke(ctx, start) : undefined;
  if (body) return { ...base, speaker: body.speaker, speaker_type: body.speaker_type, speaker_resolved: true, speaker_via: "pronoun", speaker_side: body.speaker_side };

  // "Das Innenministerium zählt nach eigenen Angaben …": the subject of the clause is the source.
  // A name or registry actor; else a country or an institution that the subject is as a whole ("Die USA haben nach
  // eigenen Angaben …", "Die Feuerwehr hat …"), not one it only mentions ("US-Sicherheitsforscher").
  if (words.length === 2 && /^eigen(?:en|er)$/.test(words[0].norm)) {
    const si = tokens[a].sentence;
    const named = sentenceSubject(ctx, si);
    if (named) return { ...base, speaker: named.name, speaker_type: named.type, speaker_resolved: true, speaker_via: "subject", speaker_side: named.side };
    const focused = afterFocusParticle(ctx, ctx.layer.sentences[si]);
    const range = focused && focused[1] - focused[0] <= 3 ? focused : subjectRange(ctx, ctx.layer.sentences[si]);
    // (In the same clause: "Die ersten Funde machten sie …, im Jahr 2004 war die Gruppe nach eigener Aussage …".)
    const subject = range && !(range[0] < b && a < range[1]) && range[1] - range[0] <= 3 && !hasClauseBreak(ctx, Math.min(range[1], a) - 1, Math.max(range[1], a)) ? resolveSpeaker(ctx, range, at) : null;
    const endsInCountry = range !== null && ctx.mentions.some((m) => m.type === "country" && m.end === tokens[range[1] - 1].end && m.start <= tokens[range[1] - 1].start);
    // (Also a body the registry does not know, named with the definite article or by its own name alone:
    // "Das Welternährungsprogramm kümmert sich …", "Allein Check24 hat …".)
    const ownName = range !== null && range[1] - range[0] <= 2 && tokens.slice(range[0], range[1]).every((t) => isCapitalized(t) && t.wordClass !== "noun" && t.wordClass !== "function");
    const definiteBody = range !== null && isDefinite(tokens[range[0]]) && range[1] - range[0] <= 3 && tokens[range[1] - 1].wordClass === "noun" && !/(?:er|en|ten)$/.test(tokens[range[1] - 1].norm);
    const whole = subject !== null && subject.speaker !== null && ((subject.speaker_resolved && ((subject.speaker_type === "country" && endsInCountry) || subject.speaker_type === "institution" || subject.speaker_type === "organisation")) || ownName || definiteBody);
    return whole ? { ...subject, speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_via: "subject" } : { ...base, speaker: null, speaker_via: "none" };
  }
  const inside = ctx.mentions.filter((m) => m.start >= start && m.end <= end);
  // "Taiwans Verteidigungsministerium", "Polens Regierung": a country's body named in the Saxon genitive is named as
  // "das taiwanische Verteidigungsministerium" is ("Taiwanisches Verteidigungsministerium").
  const genitiveOwner = words.length === 2 && isCapitalized(words[1]) && words[1].wordClass === "noun" && isCountryBody(words[1].norm) ? inside.find((m) => m.type === "country" && m.demonym && m.via !== "demonym" && m.start === words[0].start && m.end === words[0].end && /s$/.test(words[0].text)) : undefined;
  if (genitiveOwner) return { ...base, speaker: countryBodyName(ctx, genitiveOwner, words[1]), speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: genitiveOwner.name };
  // So is a possessive's body, of the country that is its clause's subject: "Japan hat nach Angaben seines
  // Verteidigungsministeriums …" ("Japanisches Verteidigungsministerium").
  const possessed = words.length === 2 && THIRD_PERSON_POSSESSIVE.test(words[0].norm) && isCapitalized(words[1]) && isCountryBody(words[1].lemma.toLowerCase());
  const possessor = possessed ? subjectRange(ctx, ctx.layer.sentences[tokens[a].sentence]) : null;
  const ownerCountry = possessor ? ctx.mentions.find((m) => m.type === "country" && m.demonym && m.via !== "demonym" && m.start === tokens[possessor[0]].start && m.end === tokens[possessor[1] - 1].end) : undefined;
  // (Named in the nominative: "seines Verteidigungsministeriums" is the "Verteidigungsministerium".)
  if (ownerCountry) return { ...base, speaker: countryBodyName(ctx, ownerCountry, { ...words[1], norm: words[1].lemma.toLowerCase() }), speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: ownerCountry.name };
  // A president's office by the possessive: "Präsident Yoon Suk Yeol berief eine Sitzung ein. Sein Büro erklärte …" is the
  // "Südkoreanisches Präsidialamt" (the registry's name where it lists one of that noun).
  // (After what it says, also of the president that names: "Präsident Yoon werde das Thema ansprechen, kündigte sein Büro an".)
  const ownersOffice = words.length === 2 && THIRD_PERSON_POSSESSIVE.test(words[0].norm) && words[1].norm === "büro";
  const presidential = (name: string | null | undefined) => name !== null && name !== undefined && ctx.titlesOf(name).some((t) => /^(?:staats)?präsident(?:in)?$/i.test(t));
  // (The first one no preposition governs, of the possessive's gender: not "gegenüber Staatschef Xi Jinping", "mit
  // US-Präsident Joe Biden"; "sein Büro" is a man's.)
  const other = words[0]?.norm.startsWith("s") ? "female" : "male";
  const governed = (p: PersonMention) => {
    const i = firstTokenFrom(tokens, p.start);
    return [1, 2, 3].some((d) => PREPOSITIONS.has(tokens[i - d]?.norm ?? ""));
  };
  const inSentence = ownersOffice ? ctx.persons.find((p) => p.end <= start && tokens[firstTokenFrom(tokens, p.start)]?.sentence === tokens[a].sentence && presidential(p.name) && !governed(p) && ctx.genderOf(p.name.split(" ")[0]) !== other) : undefined;
  const office = inSentence ? { speaker: inSentence.name, speaker_type: "person", speaker_side: inSentence.side ?? sideOfPerson(ctx, inSentence.name) } : ownersOffice ? fromContext(ctx, start, words[0].norm.startsWith("s") ? "er" : "sie") : null;
  const president = office?.speaker && office.speaker_type === "person" && office.speaker_side && presidential(office.speaker) ? ctx.mentions.find((m) => m.type === "country" && m.name === office.speaker_side && m.demonym) : undefined;
  if (president) return { ...base, speaker: countryNounBody(ctx, president, "Präsidialamt"), speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: president.name };
  // "Die Regierung von US-Präsident Joe Biden", "die Regierung um Ministerpräsident Orbán": the government of the leader's
  // country, named as "die US-Regierung" is (the leader is no speaker of it).
  const leader = words.length >= 3 && isDefinite(words[0]) && GOVERNMENT_HEAD.test(words[1].norm) && /^(?:von|um|unter)$/.test(words[2].norm) ? inside.find((m) => m.type === "person" && m.side && m.end === end) : undefined;
  const leaderCountry = leader ? ctx.mentions.find((m) => m.type === "country" && m.name === leader.side && m.demonym) : undefined;
  if (leaderCountry) return { ...base, speaker: countryNounBody(ctx, leaderCountry, words[1].text), speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: leaderCountry.name };
  // "Orbáns Außenminister Péter Szijjártó": a person in the genitive before a noun is whose the speaker is, when the
  // phrase names the speaker too ("Kerrys Sprecher" alone speaks for Kerry).
  const personsNamed = inside.filter((m) => m.type === "person" && !m.anaphoric);
  const namedAfter = (m: ActorMention) => ctx.persons.some((p) => p.start >= m.end && p.end <= end);
  // So is one named after "von" or a genitive by the noun that heads the phrase: "Der Sicherheitsberater von Präsident
  // Yoon Suk Yeol, Chang Ho-jin," and "ein Berater von Außenminister Wang Yi" are not Yoon or Wang (a spokesperson named
  // by no name of their own speaks for them: "ein Sprecher von Präsident Putin").
  const ownedByHead = (m: ActorMention) => {
    let j = firstTokenFrom(tokens, m.start) - 1;
    while (j > a && (isRoleNoun(ctx.lex, tokens[j].lemma) || tokens[j].wordClass === "adj" || (isCapitalized(tokens[j]) && ctx.mentions.some((c) => c.type === "country" && c.start === tokens[j].start)))) j--;
    // (Or a name in the genitive right after the noun: "ein Berater Macrons".)
    const genitiveName = j >= a && tokens[j].wordClass === "noun" && isCapitalized(tokens[j]) && /s$/.test(ctx.doc.text.slice(m.start, m.end)) && !/s$/.test(m.name);
    if (genitiveName) j++;
    else if (j <= a || !(/^(?:von|vom)$/.test(tokens[j].norm) || GENITIVE_DETERMINERS.has(tokens[j].norm))) return false;
    const head = tokens.slice(a, j).find((t) => isCapitalized(t) && t.wordClass === "noun");
    // (A body's phrase is left as it was: "Die Regierung von Präsident Putin".)
    // (Nor whose team or office speaks for them: "Das Team von Alexej Nawalny", "die Pressestelle von Kanzler Scholz".)
    return head !== undefined && !ctx.lex.institutions.some((h) => head.norm.endsWith(h)) && (!(SPOKESPERSON.test(head.lemma.toLowerCase()) || SPEAKING_FOR.test(head.norm)) || namedAfter(m));
  };
  const unowned = personsNamed.filter((m) => !possessiveBeforeNoun(ctx, m, b) && !ownedByHead(m));
  const ownedName = (n: string) => personsNamed.some((m) => ownedByHead(m) && ctx.doc.text.slice(m.start, m.end).includes(n));
  // (A relative in the genitive's place speaks for no one: "Nawalnys Mutter erklärte …" is not Nawalny.)
  const kinOf = (m: ActorMention) => possessiveBeforeNoun(ctx, m, b) && KIN_NOUN.test(tokens[firstTokenFrom(tokens, m.end)]?.norm ?? "");
  const persons = unowned.length > 0 ? unowned : personsNamed.some(namedAfter) || personsNamed.every(ownedByHead) || personsNamed.every(kinOf) ? [] : personsNamed;
  const side = sideOf(ctx, inside);
  // "nach Polizeiangaben", "nach Kreml-Angaben", "laut US-Angaben": the compound's first part speaks.
  const source = words.length === 1 ? sourcePrefix(ctx, words[0]) : null;
  if (source) {
    const actor = inside[0];
    if (actor) return { ...base, speaker: actor.name, speaker_type: speakerTypeOf(actor.type), speaker_resolved: true, speaker_via: "registry", speaker_side: actor.side ?? side };
    const institution = ctx.lex.institutions.some((h) => source.toLowerCase().endsWith(h));
    return { ...base, speaker: source, speaker_type: institution ? "institution" : "group", speaker_resolved: institution, speaker_via: "phrase", speaker_side: side };
  }
  // The members of a body with their names after it speak for it together: "Die Außenminister der E3, Johann Wadephul,
  // Jean-Noël Barrot und Yvette Cooper," (several names, not one: "der Außenminister der EU, Josep Borrell,").
  const membersNamed = ctx.persons.filter((p) => p.start >= start && p.end <= end).length >= 2 && tokens[a].norm === "die" && MEMBERS_OF.test(tokens[a + 1]?.norm ?? "") && tokens[a + 2]?.norm === "der" ? inside.find((m) => m.type === "organisation" && m.start === tokens[a + 3]?.start && isComma(tokens[firstTokenFrom(tokens, m.end)])) : undefined;
  if (membersNamed) return { ...base, speaker: membersNamed.name, speaker_type: speakerTypeOf(membersNamed.type), speaker_resolved: true, speaker_via: "registry", speaker_side: membersNamed.side ?? side };
  if (persons.length > 0) {
    // A name written out wins over an office read by the date: "Der frühere russische Präsident …, Dmitri Medwedew".
    const p = persons[0].via === "role" ? (persons.find((m) => m.via !== "role") ?? persons[0]) : persons[0];
    // A surname shared with someone of the office named with it is theirs: "Außenminister Traoré" after "seinem Amtskollegen
    // Karamoko Jean-Marie Traoré", though the registry knows "Traoré" as the president.
    const officeWord = tokens[firstTokenFrom(tokens, p.start) - 1];
    const office = (p.via === "surname" || p.via === "short") && officeWord !== undefined && officeWord.index >= a && isRoleNoun(ctx.lex, officeWord.lemma) ? officeWord.lemma.toLowerCase() : null;
    const holder = office !== null ? lookupPerson(ctx, ctx.doc.text.slice(p.start, p.end), start, false, office) : null;
    if (holder && holder.name !== p.name && holder.role === office) return { ...base, speaker: holder.name, speaker_role: surface, speaker_type: "person", speaker_resolved: true, speaker_via: "surname", speaker_side: holder.side ?? sideOfPerson(ctx, holder.name) ?? side };
    // A side told at another mention counts ("Der vietnamesische Staatspräsident Luong Cuong …", later "Präsident Luong Cuong").
    return { ...base, speaker: p.name, speaker_role: p.via === "role" ? surface : roleText(ctx, surface, start, p), speaker_type: "person", speaker_resolved: true, speaker_via: p.via === "role" ? "role" : "registry", speaker_side: p.side ?? sideOfPerson(ctx, p.name) ?? side };
  }
  // A surname the dictionary also reads as a noun ("sagt Mühlhahn", "so Müller"): the person named before with it.
  if (words.length === 1 && isCapitalized(words[0]) && words[0].wordClass === "noun") {
    const full = lookupPerson(ctx, words[0].text, start, false);
    if (full && full.start < start) return { ...base, speaker: full.name, speaker_type: "person", speaker_resolved: true, speaker_via: "surname", speaker_side: full.side ?? side };
  }
  // "der Direktor der Behörde, Bagus Puruhito, teilte mit": a name in apposition right after the phrase is whom it describes.
  // Only for a phrase that names no one itself ("laut Sergei Voznyak der Sprecher von …, Pawel Maschejka," is Voznyak).
  // "Clara Sennewald vom Mercator Institute for China Studies (Merics) in Berlin": a person written in full first,
  // her affiliation after "von", speaks, not her institute.
  // (A given name and one or two more capitalised words, then "von", "aus" or "bei".)
  // (Also after a person's noun: "Die Militärexpertin Chen Li-wen vom Institute for National Defense and Security Research".)
  const described = b - a > 3 && DETERMINERS.has(tokens[a].norm) && PERSON_NOUN.test(tokens[a + 1].norm) && isCapitalized(tokens[a + 2]);
  const nameStart = described ? a + 2 : a;
  let nameEnd = nameStart + 1;
  // (A hyphenated name is no function word, whatever its last part: "Li-wen".)
  while (nameEnd < b && nameEnd < nameStart + 3 && tokens[nameEnd].kind === "word" && isCapitalized(tokens[nameEnd]) && (tokens[nameEnd].wordClass !== "function" || tokens[nameEnd].text.includes("-"))) nameEnd++;
  const affiliated = nameEnd > nameStart + 1 && nameEnd < b - 1 && /^(?:von|vom|aus|bei|beim)$/.test(tokens[nameEnd].norm) && (described || ctx.genderOf(tokens[a].text) !== null) && !ctx.mentions.some((m) => m.start <= tokens[nameStart].start && m.end > tokens[nameStart].start && m.type !== "person");
  if (affiliated) {
    const written = tokens.slice(nameStart, nameEnd).map((t) => t.text).join(" ");
    const full = lookupPerson(ctx, written, start, true);
    const person = full?.name ?? written;
    return { ...base, speaker: person, speaker_type: "person", speaker_resolved: true, speaker_via: full?.registry ? "registry" : "name", speaker_side: full?.side ?? sideOfPerson(ctx, person) ?? side };
  }
  // "Der Netzbetreiber Moldelectrica", "nach Angaben des Industrieverbands Swissmem": a company's or association's kind,
  // then its own name to the phrase's end (words the dictionary does not know, of no one the registry knows).
  const ownName = companyNameAfterKind(ctx, a, b, inside);
  if (ownName) return { ...base, speaker: ownName.name, speaker_role: surface, speaker_type: ownName.type, speaker_resolved: true, speaker_via: "institution", speaker_side: side };
  const name = nameIn(ctx, a, b);
  const namesOne = name !== null || ctx.persons.some((p) => p.start >= start && p.end <= end);
  // (A lone word the phrase names, of no one known, gives way to a full name after the comma: "die Bezirksleiterin
  // Baden-Württemberg, Sandra Wölfle".)
  const fullInside = ctx.persons.some((p) => p.start >= start && p.end <= end && p.name.includes(" "));
  const lone = !fullInside && (name === null || (!name.includes(" ") && lookupPerson(ctx, name, start, false) === null));
  // (Past a bracketed abbreviation: "die Präsidentin des Verbands der Automobilindustrie (VDA), Hildegard Müller,".)
  // (Or a short place: "der Sprecher des Nationalen Sicherheitsrats im Weißen Haus, Adam Hodge".)
  let placeEnd = b;
  if (PREPOSITIONS.has(tokens[b]?.norm ?? "")) {
    let j = b + 1;
    while (j < tokens.length && j <= b + 4 && tokens[j].kind === "word" && tokens[j].wordClass !== "verb") j++;
    if (j > b + 1 && isComma(tokens[j])) placeEnd = j;
  }
  const comma = tokens[b]?.text === "(" && tokens[b + 2]?.text === ")" && /^\p{Lu}[\p{Lu}\p{Ll}\d&-]{1,7}$/u.test(tokens[b + 1]?.text ?? "") && /\p{Lu}.*\p{Lu}/u.test(tokens[b + 1].text) ? b + 3 : placeEnd;
  const appositive = (!namesOne || lone) && comma + 1 < tokens.length && isComma(tokens[comma]) ? ctx.persons.find((p) => p.start === tokens[comma + 1].start && p.name.includes(" ")) : undefined;
  // The name is closed off: a comma, a bracket or the sentence's end after it ("erklärte der Kreml, Putin habe …" is no apposition).
  const closed = appositive !== undefined && /^[,).!?]$/.test(tokens[firstTokenFrom(tokens, appositive.end)]?.text ?? "");
  if (appositive && closed) {
    return { ...base, speaker: appositive.name, speaker_role: surface, speaker_type: "person", speaker_resolved: true, speaker_via: appositive.registry ? "registry" : "name", speaker_side: appositive.side ?? side };
  }
  // Institutions: "Das chinesische Außenministerium", "Der russische Sicherheitsrat"
  const head = headNoun(ctx, a, b);
  // A body of a side carried on from before is of the side whose place opens the sentence, if one does: not "… der
  // Bundesregierung. In Paris sagte ein Regierungssprecher", "In Rom erklärte die Regierung". (A body of no side may speak
  // anywhere: "In Wien erklärte die Organisation" after the OSZE.)
  const openingPlace = placeOpening(ctx, sentenceAt(ctx, start), start);
  const placeAllows = (side: string | null | undefined) => openingPlace === undefined || !side || openingPlace.name === side;
  // "Die Brüsseler Behörde kündigte an": a body of the side a capital's adjective names is the one of that side that spoke before.
  const seatSide = head !== null && ctx.lex.institutions.some((h) => head.norm.endsWith(h)) ? inside.find((m) => m.end <= head.start && isSeatAdjective(ctx, m)) : undefined;
  const seatBody = seatSide ? seatBodyBefore(ctx, start, seatSide.name) : undefined;
  if (seatBody) return { ...base, speaker: seatBody.speaker, speaker_type: seatBody.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: seatBody.speaker_side };
  // A text speaks for who wrote it: "in einer Mitteilung des Kremls", "eine Erklärung des Außenministeriums"; so does a
  // press office: "der Pressedienst des russischen Verteidigungsministeriums".
  const isDocument = head !== null && (ctx.lex.documents ?? []).some((d) => head.norm.endsWith(d));
  const pressOffice = head !== null && PRESS_OFFICE.test(head.lemma.toLowerCase());
  const owner = isDocument || pressOffice ? inside.find((m) => m.start > head.start && m.type !== "country") : undefined;
  if (owner) {
    return { ...base, speaker: owner.name, speaker_role: surface, speaker_type: speakerTypeOf(owner.type), speaker_resolved: true, speaker_via: "registry", speaker_side: owner.side ?? side };
  }
  // "laut einer Erklärung des türkischen Außenministeriums", "ein Sprecher des Europäischen Auswärtigen Dienstes": a body
  // the registry does not know, qualified in the genitive, speaks (a bare kind, "des Ministeriums", is left to the context).
  const textOrVoice = head !== null && (isDocument || pressOffice || SPOKESPERSON.test(head.lemma.toLowerCase())) && /^(?:des|der)$/.test(tokens[head.index + 1]?.norm ?? "");
  const qualifiedBody = textOrVoice && !inside.some((m) => m.type !== "country") && !ctx.persons.some((p) => p.start >= start && p.end <= end) ? genitiveInstitution(ctx, head.index + 1, b) : null;
  // (Qualified by an adjective, a prefix or as the federal one: "des Europäischen Auswärtigen Dienstes", "der US-Pazifikflotte",
  // "der Bundesanwaltschaft".)
  // (The federal one only where the article named no body of that kind before: "des Bundesverbandes" after "Der Bundesverband
  // der Deutschen Industrie warnt …".)
  const federal = qualifiedBody !== null && /^Bundes\p{Ll}/u.test(qualifiedBody) && !qualifiedBody.includes(" ") && bodyOfKindBefore(ctx, start, qualifiedBody) === undefined;
  if (qualifiedBody && (qualifiedBody.includes(" ") || /^\p{Lu}[\p{L}\d]*-\p{Lu}/u.test(qualifiedBody) || federal)) return { ...base, speaker: qualifiedBody, speaker_role: surface, speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: side };
  // (A bare one is the body of that kind that spoke just before: "Ein Sprecher des Ministeriums" after "Das südkoreanische
  // Verteidigungsministerium erklärte …".)
  // (Or, for a quotation's frame, read before the statements without one, the body of that kind named in the sentences before,
  // a name of that kind.)
  const voiceOfKind = qualifiedBody !== null && !/[ -]/.test(qualifiedBody) && !federal && ctx.lex.institutions.includes(qualifiedBody.toLowerCase());
  const bareVoice = voiceOfKind ? bodyOfKindBefore(ctx, start, qualifiedBody!) : undefined;
  if (bareVoice && placeAllows(bareVoice.speaker_side)) return { ...base, speaker: bareVoice.speaker, speaker_role: surface, speaker_type: bareVoice.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: bareVoice.speaker_side ?? side };
  const bareNamed = voiceOfKind && !bareVoice ? bareKindNamedBefore(ctx, a, tokens[b - 1], qualifiedBody!, Math.min(at, start)) : null;
  if (bareNamed && placeAllows(bareNamed.side)) return { ...base, speaker: bareNamed.name, speaker_role: surface, speaker_type: "institution", speaker_resolved: true, speaker_via: "previous", speaker_side: bareNamed.side };
  // "in einem Bericht der Organisation", "in einer Erklärung der Gruppe": a bare kind is the body it stands for.
  const ownerKind = isDocument && head.index + 3 === b && /^(?:des|der)$/.test(tokens[head.index + 1].norm) ? bodyForKind(ctx, start, tokens[b - 1].text, tokens[b]) : null;
  if (ownerKind) return { ...base, speaker: ownerKind.name, speaker_role: surface, speaker_type: ownerKind.type, speaker_resolved: true, speaker_via: "previous", speaker_side: ownerKind.side ?? side };
  // "In der Abschlusserklärung von Astana heißt es", "verurteilten die Mitgliedstaaten": a summit's text or its members
  // of no body named speak for the organisation the article reports on.
  // (So are "die Staats- und Regierungschefs" of no one named: the summit's.)
  const leaders = b - a === 4 && tokens[a].norm === "die" && tokens[a + 1].norm === "staats-" && /^regierungschefs$/.test(tokens[a + 3].norm);
  if (((head !== null && SUMMIT_SPEAKERS.test(head.norm)) || leaders) && !inside.some((m) => m.type !== "country")) {
    const body = reportedOrganisation(ctx);
    if (body) return { ...base, speaker: body.name, speaker_role: surface, speaker_type: speakerTypeOf(body.type), speaker_resolved: true, speaker_via: "registry", speaker_side: body.side ?? null };
  }
  // "hieß es in einer Erklärung des Ministeriums": the body that spoke just before, as "das Ministerium" alone is.
  if (isDocument) {
    const h = tokens.indexOf(head, a);
    const body = h >= 0 && tokens[h + 1]?.norm === "des" && h + 2 < b ? tokens[h + 2].lemma.toLowerCase() : null;
    // (First the body of that kind the sentence before has as its subject, though it did not speak: "Das Handelsministerium
    // in Peking reagierte mit scharfer Kritik. …, hieß es in einer Stellungnahme des Ministeriums".)
    const subjectBody = body !== null && h + 3 === b ? bodySubjectBefore(ctx, start, b, placeAllows, at, true) : null;
    if (body !== null && subjectBody?.name.toLowerCase().endsWith(body)) return { ...base, speaker: subjectBody.name, speaker_role: surface, speaker_type: subjectBody.type, speaker_resolved: true, speaker_via: "previous", speaker_side: subjectBody.side ?? side };
    const issuer = body && ctx.lex.institutions.includes(body) ? sameBodyBefore(ctx, start, body) : undefined;
    if (issuer) return { ...base, speaker: issuer.speaker, speaker_role: surface, speaker_type: issuer.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: issuer.speaker_side ?? side };
    // "Die chinesische Führung reagierte mit scharfer Kritik. …, hieß es in einer Erklärung des Außenministeriums": the country's ministry.
    const ministry = body && h + 3 === b ? ministryOfCountryBefore(ctx, start, tokens[h + 2].lemma) : undefined;
    if (ministry) return { ...base, speaker: ministry.name, speaker_role: surface, speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: ministry.side };
    // Else the genitive after the text names its issuer: "einer Erklärung des Präsidialamts", "einer Pressemitteilung des WFP".
    if (h >= 0 && /^(?:des|der)$/.test(tokens[h + 1]?.norm ?? "") && h + 2 < b) {
      const issuer = resolveSpeaker(ctx, [h + 1, b], at);
      // (Not a bare kind, "der Regierung": which one the context tells, below.)
      // (A body qualified by a prefix is no bare kind: "des US-Finanzministeriums".)
      const named = issuer.speaker !== null && issuer.speaker_resolved && (issuer.speaker_via !== "institution" || /[ -]/.test(issuer.speaker));
      if (named) return { ...issuer, speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_role: surface };
      // (Nor one with its own name after it, which the text is by: "einer Erklärung des Militärrats CNSP".)
      const ownName = issuer.speaker !== null && h + 4 === b && tokens[h + 2].wordClass !== "function" && /^\p{Lu}{2,}$/u.test(tokens[h + 3].text);
      if (ownName) return { ...issuer, speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_role: surface, speaker_type: "institution", speaker_resolved: true };
      // (An abbreviation the registry does not know is a body's: "des WFP".)
      if (h + 3 === b && /^\p{Lu}{2,}$/u.test(tokens[h + 2].text)) return { ...base, speaker: tokens[h + 2].text, speaker_role: surface, speaker_type: "organisation", speaker_resolved: true, speaker_via: "institution", speaker_side: side };
    }
  }
  // "…, hieß es in einer Mitteilung": a text one issues oneself, of no one named, is the body's that spoke just before;
  // "in dem Schreiben" (definite) is the text of whoever spoke just before ("In seinem Glückwunschschreiben erklärte Xi, …").
  // A "Bericht" or a "Studie" is often someone else's.
  // (So are "in der Begründung", "in dem Text", but only a body's that spoke just before: a decision's reasoning, a resolution's
  // text, are not a commentator's. Not their compounds: "Gesetzestext", "Urteilsbegründung".)
  // (A medium's commentary too: "Die Nachrichtenagentur KCNA feierte den Besuch. …, hieß es in einem Kommentar.")
  const bodyText = head !== null && /^(?:begründung|text)$/.test(head.norm);
  const issued = head !== null && (/(?:mitteilung|erklärung|stellungnahme|kommuniqué|communiqué|schreiben|brief|papier|dokument|kommentar|leitartikel)$/.test(head.norm) || bodyText);
  // (A participle of publishing may come between: "in der von KCNA verbreiteten Erklärung", "in einer von ihm veröffentlichten
  // Erklärung"; its "von" names the author, but for a medium that only spreads it.)
  const opening = issued && words.length === 1 && inside.length === 0 ? participleOpening(ctx, a) : null;
  if (opening?.author) {
    const byAuthor = resolveSpeaker(ctx, opening.author, at);
    if (byAuthor.speaker_resolved) return { ...byAuthor, speaker_role: surface };
  }
  // (Or a relative clause after it names the one who issued it: "hieß es in einer Erklärung, die das Außenministerium am Abend
  // veröffentlichte", "in dem Text, den ein Sprecher der Junta verlas".)
  const relative = issued && words.length <= 3 && inside.length === 0 && !opening?.author ? relativeAuthor(ctx, b) : null;
  if (relative) {
    const byAuthor = resolveSpeaker(ctx, relative, at);
    if (byAuthor.speaker_resolved) return { ...byAuthor, speaker_role: surface };
  }
  // (Also the text as the speaker of "so": "…, so die Erklärung weiter".)
  const textOf = issued && words.length <= 2 && inside.length === 0 && (opening !== null || /^(?:in|im|laut|so)$/.test(tokens[a - 1]?.norm ?? ""));
  const definiteText = textOf && (opening ? isDefinite(opening.article) || opening.article.norm === "im" : isDefinite(tokens[a]) || tokens[a - 1].norm === "im");
  // "ein Brief von Irmgard Griss … heißt es im Brief": the writer named with the text earlier.
  const writer = definiteText && head ? writerNamedWith(ctx, head) : null;
  if (writer) return { ...base, speaker: writer.name, speaker_role: surface, speaker_type: "person", speaker_resolved: true, speaker_via: "previous", speaker_side: writer.side };
  // (The text the sentence before names is meant first: "… hatten eine Abschlusserklärung verabschiedet. …, heißt es in dem Dokument.")
  // (A body named in the issuer's phrase speaks for it: "Die Staats- und Regierungschefs der NATO hatten eine Erklärung verabschiedet".)
  const textNamed = definiteText ? textBefore(ctx, tokens[a].sentence) : null;
  const textIssuer = textNamed ? resolveSpeaker(ctx, textNamed, at) : null;
  // (Its surface is the issuer's phrase: where the speaker is named, and so whether several sides issued it together.)
  if (textIssuer?.speaker && textIssuer.speaker_resolved) return { ...textIssuer, speaker_role: surface, speaker_via: "previous" };
  const issuingBody = textNamed ? ctx.mentions.find((m) => m.type !== "person" && m.type !== "country" && m.start >= tokens[textNamed[0]].start && m.end <= tokens[textNamed[1] - 1].end) : undefined;
  if (issuingBody && textNamed) {
    const [from, to] = [tokens[textNamed[0]].start, tokens[textNamed[1] - 1].end];
    return { ...base, speaker: issuingBody.name, speaker_surface: ctx.doc.text.slice(from, to), speaker_clean_start: from, speaker_clean_end: to, speaker_role: surface, speaker_type: speakerTypeOf(issuingBody.type), speaker_resolved: true, speaker_via: "previous", speaker_side: issuingBody.side ?? side };
  }
  // (By "von ihm", "von ihr": the speaker just before, person or body, of the pronoun's gender.)
  // ("…, so die Erklärung weiter" is the text of a statement just before that named it, else a body's that spoke: not of
  // whoever answered it, "Die Nato veröffentlichte eine Erklärung. Lawrow sagte, … so die Erklärung" is left to the issuer below.)
  // (Or the body that is the subject of the sentence before and said nothing there: "Als Begründung führte der Konzern
  // ausstehende Zahlungen an. …, hieß es in einer Mitteilung".)
  const subjectAuthor = () => {
    const body = bodySubjectBefore(ctx, start, b, placeAllows, at);
    return body ? { speaker: body.name, speaker_type: body.type, speaker_side: body.side } : undefined;
  };
  const carriedOn = textOf && opening === null && tokens[a - 1]?.norm === "so" && head !== null;
  const author = !textOf ? undefined : carriedOn ? (namedTextBefore(ctx, start, head.norm, 3) ?? bodySpokeBefore(ctx, start, 2)) : bodyText ? bodySpokeBefore(ctx, start, 2) : opening?.pronoun ? pronounSpeakerBefore(ctx, start, opening.pronoun) : definiteText ? resolvedSpeakerBefore(ctx, start, 2) : (bodyThatSpoke(ctx, start) ?? subjectAuthor());
  if (author) return { ...base, speaker: author.speaker, speaker_role: surface, speaker_type: author.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: author.speaker_side ?? side };
  // (Not an office that ends like a body: "Landrat" is no "Rat".)
  // (Not a body's noun written as a title before a person's given name and surname: "Bundesrat Ignazio Cassis".)
  const titleBeforeName = head !== null && head.index === a && name !== null && name.includes(" ") && ctx.genderOf(name.split(" ")[0]) !== null;
  const institutionHead = head !== null && ctx.lex.institutions.some((h) => head.norm.endsWith(h)) && !isRoleNoun(ctx.lex, head.lemma) && !titleBeforeName;
  // (Also its members by a compound: "die G7-Staaten", "die BRICS-Länder", "die Nato-Mitglieder".)
  const members = head !== null && /-(?:staaten|länder|mitglieder|mitgliedstaaten|mitgliedsstaaten|partner)$/.test(head.norm);
  // (Or the body's own name right after its kind, to the phrase's end: "Die Nachrichtenagentur Reuters", "Die Hilfsorganisation Ärzte ohne Grenzen".)
  // (Any kind that is no office: "Die NATO-geführte Schutztruppe KFOR", "das Militärbündnis NATO".)
  const ownNameAfter = (m: ActorMention) => head !== null && (ORGANISATION_KIND.test(head.norm) || (head.wordClass === "noun" && !isRoleNoun(ctx.lex, head.lemma))) && m.start === tokens[head.index + 1]?.start && m.end >= end;
  // (Or its members named in a genitive, to the phrase's end: "Die Staats- und Regierungschefs der G7", "die Außenminister der EU".)
  const membersOf = (m: ActorMention) => {
    const k = firstTokenFrom(tokens, m.start);
    return m.type === "organisation" && m.end >= end && tokens[a].norm === "die" && k - 2 > a && tokens[k - 1].norm === "der" && MEMBERS_OF.test(tokens[k - 2].norm);
  };
  const orgs = inside.filter((m) => m.type !== "person" && m.type !== "country" && ((m.start <= (head?.start ?? start) && (m.end >= (head?.end ?? end) || (members && m.start === head?.start))) || ownNameAfter(m) || membersOf(m)));
  if (orgs.length > 0) {
    const o = orgs[0];
    return { ...base, speaker: o.name, speaker_type: speakerTypeOf(o.type), speaker_resolved: true, speaker_via: "registry", speaker_side: o.side ?? side };
  }
  // "Ein Sprecher der RSF": a spokesperson of a body named by its abbreviation speaks for it. (After the verb "der" may be
  // a dative, whom it was said to: "sagte ein Heeressprecher der APA".)
  const genitiveArticle = head !== null && head.index + 3 === b ? tokens[head.index + 1].norm : "";
  const afterVerb = a > 0 && tokens[a - 1].wordClass === "verb";
  const abbreviation = head !== null && SPOKESPERSON.test(head.lemma.toLowerCase()) && (genitiveArticle === "des" || (genitiveArticle === "der" && !afterVerb)) && /^\p{Lu}{2,}$/u.test(tokens[b - 1].text) ? tokens[b - 1].text : null;
  if (abbreviation) return { ...base, speaker: abbreviation, speaker_role: surface, speaker_type: "organisation", speaker_resolved: true, speaker_via: "institution", speaker_side: side };
  // "nach Angaben des Gesundheitsministeriums": the phrase opens with the genitive.
  const genitive = /^(des|der)$/.test(tokens[a].norm) ? genitiveInstitution(ctx, a, b) : null;
  // (A bare kind is the body of that kind that spoke before: "Ein Sprecher der Gewerkschaft" after "Die Gewerkschaft der Polizei forderte …".)
  const ofKind = genitive && !genitive.includes(" ") ? bodyOfKindBefore(ctx, start, genitive) : undefined;
  if (ofKind) return { ...base, speaker: ofKind.speaker, speaker_type: ofKind.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: ofKind.speaker_side ?? side };
  // "Nach Angaben der Behörde" after "Erstmals beteiligte sich die chinesische Küstenwache …": the state body the sentence before has as its subject.
  const authority = genitive === "Behörde" ? bodySubjectBefore(ctx, start, b, placeAllows, at, true) : null;
  if (authority && authority.type === "institution" && AUTHORITY_HEAD.test(authority.name.toLowerCase())) return { ...base, speaker: authority.name, speaker_type: authority.type, speaker_resolved: true, speaker_via: "previous", speaker_side: authority.side ?? side };
  // "Nach Angaben der Fluggesellschaft" after "die Fluggesellschaft Lufthansa".
  const companyOf = genitive && !genitive.includes(" ") ? bodyForKind(ctx, start, genitive, tokens[b]) : null;
  if (companyOf) return { ...base, speaker: companyOf.name, speaker_type: companyOf.type, speaker_resolved: true, speaker_via: "previous", speaker_side: companyOf.side ?? side };
  // ("nach Angaben des Innenministeriums": a bare ministry is a country's, as "das Innenministerium" is.)
  const ministryOf = genitive && !genitive.includes(" ") ? ministryOfCountryBefore(ctx, start, genitive) : undefined;
  if (ministryOf) return { ...base, speaker: ministryOf.name, speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: ministryOf.side };
  // ("Nach Schätzungen der Kommission" after "Die EU-Kommission leitete … ein": the one body of that kind named before.)
  const kindNamedBefore = genitive && /^(?:Kommission|Partei|Polizei|Armee)$/.test(genitive) ? registryBodyBefore(ctx, start, genitive.toLowerCase()) : undefined;
  if (kindNamedBefore && placeAllows(kindNamedBefore.side)) return { ...base, speaker: kindNamedBefore.name, speaker_type: speakerTypeOf(kindNamedBefore.type), speaker_resolved: true, speaker_via: "previous", speaker_side: kindNamedBefore.side ?? side };
  // ("Nach Angaben des Ministeriums" after "Das US-Finanzministerium setzte … auf seine Sanktionsliste": a bare kind is the
  // body of that kind named before, as in the nominative.)
  const bareKind = genitive !== null && ctx.lex.institutions.includes(genitive.toLowerCase()) && head !== null ? bareKindNamedBefore(ctx, a, head, genitive, Math.min(at, start)) : null;
  if (bareKind && placeAllows(bareKind.side)) return { ...base, speaker: bareKind.name, speaker_type: "institution", speaker_resolved: true, speaker_via: "previous", speaker_side: bareKind.side };
  if (genitive) return { ...base, speaker: genitive, speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: side };
  // "ein Sprecher der Miliz Hayat Tahrir al-Scham", "in einer Erklärung der Gruppe Erste Küstendivision": the body named
  // after its kind speaks; after another office ("der Chef der Gruppe Fursan al-Hak") it is no person's name.
  const kindNamed = head !== null && /^(?:des|der|eines|einer)$/.test(tokens[head.index + 1]?.norm ?? "") ? bodyNameAfterKind(ctx, head.index + 2, b) : null;
  if (kindNamed && (SPOKESPERSON.test(head!.lemma.toLowerCase()) || isDocument)) return { ...base, speaker: kindNamed, speaker_role: surface, speaker_type: "organisation", speaker_resolved: true, speaker_via: "institution", speaker_side: side };
  // A name in the phrase: full name, or a surname/"Herr X" matched to an earlier full name.
  if (name && !kindNamed?.startsWith(name) && !ownedName(name)) {
    const full = name.split(" ").length >= 2 ? lookupPerson(ctx, name, start, true) : lookupPerson(ctx, name, start, false) ?? speakerBySurname(ctx, name, start);
    // A spokesperson of no side told speaks for the body that spoke just before ("Das chinesische Verteidigungsministerium
    // hat … kritisiert. Sprecher Zhang Xiaogang sagte, …").
    const spokenFor = () => (SPOKESPERSON.test(full?.role ?? "") || words.some((w) => SPOKESPERSON.test(w.lemma.toLowerCase())) ? (bodyThatSpoke(ctx, start)?.speaker_side ?? null) : null);
    if (full) return { ...base, speaker: full.name, speaker_role: roleText(ctx, surface, start, null, name), speaker_type: "person", speaker_resolved: true, speaker_via: full.registry ? "registry" : name.includes(" ") ? "name" : "surname", speaker_side: full.side ?? sideOfPerson(ctx, full.name) ?? side ?? spokenFor() ?? officeSideBefore(ctx, start, full.role) };
    if (name.includes(" ") && !institutionHead) return { ...base, speaker: name, speaker_role: roleText(ctx, surface, start, null, name), speaker_type: "person", speaker_resolved: true, speaker_via: "name", speaker_side: side ?? sideOfPerson(ctx, name) ?? spokenFor() ?? officeSideBefore(ctx, start, ctx.persons.find((p) => p.name === name)?.role ?? null) };
  }
  // A role noun alone: the nearest earlier "role Name" with the same role.
  // Not "ein Sprecher": someone new.
  // Not "beide Präsidenten", "die beiden Außenminister": more than one.
  // (Nor "die Diplomaten": a plural is a masculine noun inflected after "die".)
  const plural = head !== null && tokens[a].norm === "die" && head.text.toLowerCase() !== head.lemma.toLowerCase() && !feminineRole(ctx, head.lemma.toLowerCase());
  const several = plural || words.slice(0, 2).some((w) => /^(?:beide|beiden|zwei|drei)$/.test(w.norm));
  const role = head && !several && hasLowerCase(ctx.lex.roles, head.lemma) && !/^(?:ein|eine|einer|einem|einen|eines)$/.test(tokens[a].norm) ? head : null;
  if (role) {
    const qualifier = roleQualifier(ctx, a, b);
    // "…, fügte der Staatschef hinzu" right after Macron's words: the person who just spoke, where the office is theirs
    // (not the latest other one written with it: "den gestürzten Präsidenten Mohamed Bazoum").
    // (One person: not "Die Außenminister Frankreichs, Italiens und Österreichs".)
    const singular = !(tokens[a].norm === "die" && !feminineRole(ctx, role.lemma.toLowerCase()));
    const justSpoke = isDefinite(tokens[a]) && singular && qualifier === null && !name ? resolvedSpeakerBefore(ctx, start, 1) : undefined;
    const noun = role.lemma.toLowerCase();
    // (The office itself or one the noun covers, an organisation's prefix aside: "Vizekanzler" is no "Regierungschef".)
    const kinds = [noun, ...(ctx.lex.roleKinds.get(noun) ?? [])];
    const ownOffice = justSpoke?.speaker_type === "person" && [...ctx.titlesOf(justSpoke.speaker!), ...ctx.persons.filter((p) => p.name === justSpoke.speaker && p.role).map((p) => p.role!)].some((t) => kinds.some((o) => t.toLowerCase() === o || (t.toLowerCase().endsWith(o) && OFFICE_PREFIX.test(t.toLowerCase().slice(0, -o.length)))));
    if (justSpoke && ownOffice) return { ...base, speaker: justSpoke.speaker, speaker_role: surface, speaker_type: "person", speaker_resolved: true, speaker_via: "role", speaker_side: justSpoke.speaker_side ?? side };
    // "…, sagte ein Sprecher des Ministeriums. … , so der Sprecher": the body whose spokesperson just spoke, not a person
    // with that title named further back.
    const bodysOwn = justSpoke !== undefined && justSpoke.speaker_type !== "person" && justSpoke.speaker_role !== null && new RegExp(`(?:^|\\s)(?:ein|eine|der|die)\\s+(?:\\S+\\s+)?${role.text}\\b`, "i").test(justSpoke.speaker_role);
    if (bodysOwn) return { ...base, speaker: justSpoke.speaker, speaker_role: surface, speaker_type: justSpoke.speaker_type, speaker_resolved: true, speaker_via: "role", speaker_side: justSpoke.speaker_side ?? side };
    // (The side is the office's only where the phrase names no one: "die britische Königin Elisabeth II.".)
    const p = lookupRole(ctx, role.lemma.toLowerCase(), qualifier, start, isDefinite(tokens[a]), surface, name ? null : side);
    if (p) return { ...base, speaker: p.name, speaker_role: surface, speaker_type: "person", speaker_resolved: true, speaker_via: "role", speaker_side: p.side ?? side };
  }
  // "…, sagte die Grünen-Politikerin": a definite description of a person (no name in it) is who spoke just before.
  // (A compound the dictionary does not know is no name for it: "die Grünen-Politikerin".)
  const before = (!name || (!name.includes(" ") && PERSON_NOUN.test(name.toLowerCase()))) && head ? describedSpeaker(ctx, a, head, start) : null;
  if (before) return { ...base, speaker: before.speaker, speaker_role: surface, speaker_type: "person", speaker_resolved: before.speaker_resolved, speaker_via: "role", speaker_side: before.speaker_side ?? side };
  // "ein Beamter des US-Außenministeriums", "ein Vertreter der EU-Kommission": an unnamed official speaks for the institution.
  // Only a body in the genitive right after: "Vertreter aller im Bundestag vertretenen Parteien" speak for no Bundestag.
  // The body a member speaks for, after the member's noun: one the registry knows (up to `before`), else
  // one it does not know, named in the nominative ("des britischen Umweltministeriums" → "Britisches Umweltministerium").
  // (A registry name may reach past the phrase with its seat: "des Außenministeriums in Washington".)
  const bodyAfter = (member: Token, before = Infinity) => {
    const body = ctx.mentions.find((m) => (m.type === "institution" || m.type === "organisation") && m.start > member.start && m.start < end && m.start <= before);
    return { body, seat: body ? null : genitiveInstitution(ctx, member.index + 1, b) };
  };
  const bodySpeaker = (body: ActorMention): Speaker => ({ ...base, speaker: body.name, speaker_role: surface, speaker_type: speakerTypeOf(body.type), speaker_resolved: true, speaker_via: "registry", speaker_side: body.side ?? side });
  if (head && !name && /(?:beamte|beamter|beamtin|vertreter|vertreterin|mitarbeiter|mitarbeiterin|funktionär|funktionärin)$/.test(head.lemma.toLowerCase()) && /^(?:des|der|eines|einer)$/.test(tokens[head.index + 1]?.norm ?? "")) {
    const { body, seat } = bodyAfter(head, tokens[head.index + 4]?.start ?? Infinity);
    if (body) return bodySpeaker(body);
    if (seat) return { ...base, speaker: seat, speaker_role: surface, speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: side };
  }
  // "ein Sprecher des chinesischen Außenministeriums": an unnamed spokesperson speaks for the institution.
  if (head && SPOKESPERSON.test(head.lemma.toLowerCase())) {
    const { body, seat } = bodyAfter(head);
    // "eine Sprecherin der Brüsseler Behörde": the body of that side that spoke before.
    const ofSeat = body && isSeatAdjective(ctx, body) ? seatBodyBefore(ctx, start, body.name) : undefined;
    if (ofSeat) return { ...base, speaker: ofSeat.speaker, speaker_role: surface, speaker_type: ofSeat.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: ofSeat.speaker_side };
    if (body) return bodySpeaker(body);
    if (seat) {
      // "Das chinesische Verteidigungsministerium erklärte, … Ein Sprecher des Ministeriums fügte hinzu": "the ministry" is the one that spoke before.
      // (So is one whose name opens with that kind: "ein Sprecher der Gewerkschaft" after "Die Gewerkschaft der Polizei".)
      const bare = /^\p{Lu}\p{Ll}+$/u.test(seat);
      const same = (bare && tokens[head.index + 1]?.norm === "des" ? sameBodyBefore(ctx, start, seat) : undefined) ?? (bare ? bodyOfKindBefore(ctx, start, seat) : undefined);
      // (Not past another country that acts in the sentence before: "Das ägyptische Außenministerium warnte … Peking rief zur
      // Zurückhaltung auf. …, erklärte ein Sprecher des Außenministeriums" is China's.)
      // (Only where what is said names that country as its subject: "China lehne jede Verletzung … ab", not "Polen kritisierte
      // die Pläne. Ein Sprecher des Ministeriums sagte, …".)
      const countryBetween = same ? countryOfSentenceBefore(ctx, start) : undefined;
      const opener = ctx.layer.sentences[sentenceAt(ctx, start)];
      const namedFirst = countryBetween !== undefined && opener !== undefined && ctx.mentions.some((m) => m.type === "country" && m.name === countryBetween.name && m.start === tokens[opener.tokenStart].start);
      const passed = countryBetween !== undefined && namedFirst && countryBetween.name !== same!.speaker_side && same!.clean_start < countryBetween.start;
      if (same && !passed) return { ...base, speaker: same.speaker, speaker_role: surface, speaker_type: same.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: same.speaker_side ?? side };
      // "Auch die EU-Kommission meldete sich zu Wort. Ein Sprecher der Behörde …": any state body named just before; so
      // is a company or association by its kind ("ExxonMobil hielt sich zurück. Ein Sprecher des Konzerns sagte …").
      const firmKind = [...(ctx.lex.companies ?? []), ...(ctx.lex.associations ?? [])].some((k) => isKindInSingular(seat, k));
      const authority = bare && (seat === "Behörde" || firmKind) ? bodyForKind(ctx, start, seat, tokens[b]) : null;
      if (authority) return { ...base, speaker: authority.name, speaker_role: surface, speaker_type: authority.type, speaker_resolved: true, speaker_via: "previous", speaker_side: authority.side ?? side };
      // "Das Auswärtige Amt zeigte sich besorgt. „…“, sagte ein Sprecher des Ministeriums": a body the registry lists of that
      // kind, named in this sentence or the one before (quotations get their speakers before statements are read).
      const here = sentenceAt(ctx, start);
      const listed = bare ? ctx.mentions.filter((m) => m.end <= start && listsKind(m, seat.toLowerCase()) && here - sentenceAt(ctx, m.start) <= 1).pop() : undefined;
      if (listed) return { ...base, speaker: listed.name, speaker_role: surface, speaker_type: speakerTypeOf(listed.type), speaker_resolved: true, speaker_via: "previous", speaker_side: listed.side ?? side };
      // "Peking reagierte umgehend. … erklärte ein Sprecher des Außenministeriums": a bare ministry is the country's that acts just before.
      const ministry = ministryOfCountryBefore(ctx, start, seat) ?? knownBody(ctx, seat);
      return { ...base, speaker: ministry?.name ?? seat, speaker_role: surface, speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: ministry?.side ?? side };
    }
    // "Das Außenministerium wies die Vorwürfe zurück. Ein Sprecher sagte, …": alone, for the body that spoke just before.
    // A compound names its body: a "Kommissionssprecherin" is not the newspaper's, a "Ministeriumssprecher" the ministry's.
    // "Pressesprecher" names no body.
    const prefix = head.lemma.toLowerCase().replace(/-?sprecher(?:in)?$/, "").replace(/s$/, "").replace(/^presse$/, "");
    let spoke = words.length <= 2 && head.text === words[words.length - 1].text ? bodyThatSpoke(ctx, start) : undefined;
    // "Der Sprecher sagte, …" further on: the body whose spokesperson spoke earlier ("sagte ein Sprecher des Verteidigungsministeriums").
    if (!spoke && words.length === 2 && isDefiniteSingular(words[0])) spoke = ctx.statements.filter((x) => x.clean_start < start && x.speaker !== null && x.speaker_type !== "person" && x.speaker_role !== null && new RegExp(`\\b${head.text}\\b`, "i").test(x.speaker_role)).pop();
    // (Named so, or by its kind: a "Verbandssprecher" after "Der Branchenverband BNIC warf Peking vor …".)
    if (spoke && prefix !== "" && ![spoke.speaker!, spoke.speaker_surface ?? ""].some((n) => n.toLowerCase().includes(prefix))) spoke = undefined;
    // (Nor across a place of another side that opens the sentence: "… der Bundesregierung. In Paris sagte ein Regierungssprecher".)
    if (spoke && !placeAllows(spoke.speaker_side)) spoke = undefined;
    // (Only a kind of organisation or body an article mostly has one of: it may quote several ministries, so a
    // "Ministeriumssprecher" stays its own.)
    if (!spoke && (ORGANISATION_KIND.test(prefix) || /^(?:kommission|partei|polizei|armee)$/.test(prefix))) {
      const kind = bodyOfKindBefore(ctx, start, prefix);
      if (kind && placeAllows(kind.speaker_side)) spoke = kind;
    }
    if (spoke) return { ...base, speaker: spoke.speaker, speaker_role: surface, speaker_type: spoke.speaker_type, speaker_resolved: true, speaker_via: "role", speaker_side: spoke.speaker_side ?? side };
    // Or the one body of that kind the article named before, though it did not speak: "Die EU-Kommission will prüfen, …
    // Die Untersuchung soll nach Angaben einer Kommissionssprecherin …".
    // (Not past another body of that kind named since: "Die ungarische Wahlkommission veröffentlichte …".)
    const namedOfKind = !name && prefix.length >= 5 && prefix !== "regierung" && (ORGANISATION_KIND.test(prefix) || /^(?:kommission|partei|polizei|armee)$/.test(prefix)) ? registryBodyBefore(ctx, start, prefix) : undefined;
    const otherSince = namedOfKind !== undefined && tokens.slice(firstTokenFrom(tokens, namedOfKind.end), firstTokenFrom(tokens, start)).some((t) => t.wordClass === "noun" && t.norm.endsWith(prefix) && !SPOKESPERSON.test(t.norm) && !ctx.mentions.some((m) => m.start <= t.start && t.end <= m.end && m.name === namedOfKind.name));
    if (namedOfKind && !otherSince && placeAllows(namedOfKind.side)) return { ...base, speaker: namedOfKind.name, speaker_role: surface, speaker_type: speakerTypeOf(namedOfKind.type), speaker_resolved: true, speaker_via: "previous", speaker_side: namedOfKind.side ?? side };
    // "Der Kreml verglich die Proteste mit dem Maidan. Es gebe …, sagte ein Sprecher in Moskau": with no statement in the
    // sentence before, the body that is its subject (of the side of the place after the phrase, if one follows).
    const subjectBody = prefix === "" && words.length <= 2 ? bodySubjectBefore(ctx, Math.min(at, start), b, placeAllows) : null;
    if (subjectBody) return { ...base, speaker: subjectBody.name, speaker_role: surface, speaker_type: subjectBody.type, speaker_resolved: true, speaker_via: "previous", speaker_side: subjectBody.side ?? side };
    // "In Berlin bekräftigte ein Regierungssprecher …", "ein französischer Regierungssprecher": a government's spokesperson named
    // by office alone speaks for the government of the country its phrase or the place opening its sentence names. (Not of the
    // sentence before: in German news an unqualified one is mostly Berlin's, also after another country's act.)
    const country = prefix === "regierung" && !name ? (inside.find((m) => m.type === "country" && m.via === "demonym" && m.end <= head.start) ?? openingPlace) : undefined;
    if (country?.demonym) {
      const government = countryNounBody(ctx, country, "Regierung");
      return { ...base, speaker: government, speaker_role: surface, speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: country.name };
    }
    // "ein Amazon-Sprecher", "ein Nato-Sprecher": a hyphen sets off a name (common nouns join: "Polizeisprecher"); its spokesperson
    // speaks for it, as the registry names it where it knows it. (Not an office's holder: "Kreml-Sprecher" is Peskow.)
    const named = !name && !inside.some((m) => m.type === "person") ? hyphenatedBody(ctx, head) : null;
    if (named) return { ...base, speaker: named.name, speaker_role: surface, speaker_type: speakerTypeOf(named.type), speaker_resolved: true, speaker_via: named.via, speaker_side: named.side ?? side };
  }
  // "In der Erklärung heißt es, …": a text named before speaks for whoever issued it ("Die Staats- und Regierungschefs
  // der SOZ haben eine gemeinsame Erklärung verabschiedet").
  const issuer = head && words.length === 2 && isDefinite(tokens[a]) && inside.length === 0 ? documentIssuerBefore(ctx, head) : null;
  if (issuer) return { ...base, speaker: issuer.name, speaker_role: surface, speaker_type: issuer.type, speaker_resolved: true, speaker_via: "previous", speaker_side: issuer.side };
  // "teilte der Dienst mit" after "Der südkoreanische Geheimdienst NIS bestätigte …": a bare "Dienst" is the state's service
  // named before (not "der Gottesdienst", "der Rettungsdienst"); with none, it stays a phrase.
  const definiteHead = (words.length === 2 && isDefinite(tokens[a])) || (words.length === 1 && a > 0 && isDefinite(tokens[a - 1]));
  const service = head?.norm === "dienst" && definiteHead && inside.length === 0 ? bodyNamedBefore(ctx, words.length === 1 ? a - 1 : a, head, Math.min(at, start), (noun) => STATE_SERVICE.test(noun)) : null;
  if (service && placeAllows(service.side)) return { ...base, speaker: service.name, speaker_type: "institution", speaker_resolved: true, speaker_via: "previous", speaker_side: service.side };
  if (institutionHead && head) {
    // "China hat … verurteilt. …, erklärte das Handelsministerium": a bare ministry is the country's that opens the sentence before.
    // "Das chinesische Handelsministerium reagierte empört. …, teilte das Ministerium mit": the body named just before.
    // (The article may stand before the phrase a quotation's frame gives: "„…“, teilte das Ministerium mit".)
    const bare = definiteHead && inside.length === 0 && ctx.lex.institutions.includes(head.norm);
    const named = bare ? bodyNamedBefore(ctx, words.length === 1 ? a - 1 : a, head, Math.min(at, start)) : null;
    if (named && placeAllows(named.side)) return { ...base, speaker: named.name, speaker_type: "institution", speaker_resolved: true, speaker_via: "previous", speaker_side: named.side };
    // "…, hieß es aus dem Handelsministerium": a compound body of no side is the registry's body of that name the article named before.
    const compound = definiteHead && inside.length === 0 && !ctx.lex.institutions.includes(head.norm) ? registryBodyBefore(ctx, start, head.norm) : undefined;
    if (compound) return { ...base, speaker: compound.name, speaker_type: speakerTypeOf(compound.type), speaker_resolved: true, speaker_via: "previous", speaker_side: compound.side ?? null };
    const ministry = words.length === 2 && isDefinite(tokens[a]) && inside.length === 0 ? ministryOfCountryBefore(ctx, start, head.text) : undefined;
    if (ministry) return { ...base, speaker: ministry.name, speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: ministry.side };
    // "Die Kommission erklärte …" in an article on the EU: the one body of that name whose side the article names.
    const known = bare ? knownBody(ctx, head.text) : undefined;
    if (known) return { ...base, speaker: known.name, speaker_type: "institution", speaker_resolved: true, speaker_via: "institution", speaker_side: known.side };
    // "der Industrieverband Swissmem", "die Nachrichtenagentur ISNA": the body's own name after its kind
    // (not a seat, "die Staatsanwaltschaft Innsbruck", nor a genitive, "die Regierung Guatemalas"), where the kind
    // heads the phrase (not in a person's apposition: "X, Vorsitzende des Kreisverbandes Memmingen").
    const after = tokens.slice(head.index + 1, b);
    const ownName =
      // (A name may hold a country's, "die Zeitung China Daily", and an Arabic article, "die Gruppe Fursan al-Hak".)
      (ORGANISATION_KIND.test(head.norm) || NAMED_BODY_KIND.test(head.norm)) && !tokens.slice(a, head.index).some(isComma) && after.length > 0 && after.length <= 3 && after.every((t) => t.kind !== "punct" && (isCapitalized(t) || (t !== after[0] && ARABIC_ARTICLE.test(t.text))) && !isTimeWord(t) && (t.wordClass !== "noun" || !/verband$/.test(head.norm)) && (t.wordClass === "function" ? !DETERMINERS.has(t.norm) : t.lemma === t.text)) && !ctx.mentions.some((m) => m.type === "country" && m.start < tokens[b - 1].end && m.end > after[0].start && (after.length === 1 || m.end >= tokens[b - 1].end))
        ? after.map((t) => t.text).join(" ")
        : // (So a service's abbreviation: "der Inlandsgeheimdienst SRI"; not with its country, "der ukrainische Militärgeheimdienst HUR".)
          /dienst$/.test(head.norm) && after.length === 1 && /^\p{Lu}{2,6}$/u.test(after[0].text) && inside.length === 0
          ? after[0].text
          : null;
    const seated = seatedInstitution(ctx, head, a, b, inside) ?? countryAfterBody(ctx, head, b, inside);
    // "Das chinesische Handelsministerium kritisierte … hieß es aus dem Ministerium in Peking": the one body of that
    // noun and country the article named before.
    const seatSide = seated ? inside.find((m) => m.type === "country")?.name : undefined;
    const earlier = seatSide ? registryBodyBefore(ctx, start, head.norm, seatSide) : undefined;
    if (earlier) return { ...base, speaker: earlier.name, speaker_type: speakerTypeOf(earlier.type), speaker_resolved: true, speaker_via: "previous", speaker_side: seatSide ?? side };
    // So the one body of that noun and country that spoke before: "Das Ministerium in Taipeh" after "Das Verteidigungsministerium in Taipeh teilte mit, …".
    const spoke = seatSide ? spokenBodyBefore(ctx, start, head.norm, seatSide, seated) : undefined;
    if (spoke) return { ...base, speaker: spoke.speaker, speaker_type: spoke.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: seatSide ?? side };
    // "Dem Verband zufolge" after "Der Verband der Automobilindustrie warf China vor …": the body of that kind that spoke before.
    const kind = !seated && !ownName && isDefinite(tokens[a]) && head.index === b - 1 && inside.length === 0 ? bodyOfKindBefore(ctx, start, head.lemma) : undefined;
    if (kind && placeAllows(kind.speaker_side)) return { ...base, speaker: kind.speaker, speaker_type: kind.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: kind.speaker_side ?? side };
    // "Der Konzern wies die Vorwürfe zurück" after "dem US-Onlinehändler Amazon": the company named after its kind before.
    // (Also the one word a text's frame gives: "heißt es in einem Bericht der Organisation".)
    const company = !seated && !ownName && definiteHead && head.index === b - 1 && inside.length === 0 ? bodyForKind(ctx, start, head.text, tokens[b]) : null;
    if (company && placeAllows(company.side)) return { ...base, speaker: company.name, speaker_type: company.type, speaker_resolved: true, speaker_via: "previous", speaker_side: company.side ?? side };
    // Else a bare kind is the last body of that kind, named by more than it, that spoke: "hieß es aus dem Ministerium" after
    // "Das Außenministerium in Peking wies die Vorwürfe … zurück" and its spokesman's words.
    // (Not a government, too often another country's: "Die Regierung wirft den Rebellen vor, …".)
    const spokeBefore = bare && !seated && !ownName && !GOVERNMENT_HEAD.test(head.norm) ? sameBodyBefore(ctx, start, head.norm) : undefined;
    if (spokeBefore?.speaker && /[ -]/.test(spokeBefore.speaker) && placeAllows(spokeBefore.speaker_side)) return { ...base, speaker: spokeBefore.speaker, speaker_type: spokeBefore.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: spokeBefore.speaker_side };
    return { ...base, speaker: seated ?? ownName ?? normalizePhrase(ctx, a, b), speaker_type: "institution", speaker_resolved: isDefinite(tokens[a]) || inside.length > 0 || ownName !== null, speaker_via: "institution", speaker_side: side };
  }
  // "Der Chinese entgegnete", "Dem Norweger zufolge": a people's noun with the definite article is the person of that side
  // named last. Singular only: "der Chinese", "die Chinesin", "dem Chinesen", not "die Chinesen".
  const article = words[0]?.norm;
  const singular = head !== null && ((article === "der" && !/en$/.test(head.norm)) || article === "dem" || article === "des" || ((article === "die" || article === "der") && /in$/.test(head.norm)));
  const people = words.length === 2 && singular && head ? inside.find((m) => m.type === "country" && m.via === "demonym" && m.start <= head.start && m.end >= head.end && isCapitalized(head)) : undefined;
  // The person named last, if of that side (one of unknown side may be meant: no guess past them); one of no side
  // told named in this sentence or the two before, of the noun's gender or none known ("Cecilia Malmström … Die Schwedin sagte").
  const last = people ? ctx.persons.filter((p) => p.end <= start).pop() : undefined;
  const unknownSideFits = (p: PersonMention) => p.side === null && sentenceAt(ctx, start) - sentenceAt(ctx, p.start) <= 2 && [null, words[0].norm === "die" ? "female" : "male"].includes(personGenderIn(ctx, p.name));
  const ofPeople = last && (last.side === people?.name || unknownSideFits(last)) ? last : undefined;
  if (people && ofPeople) return { ...base, speaker: ofPeople.name, speaker_role: surface, speaker_type: "person", speaker_resolved: true, speaker_via: "role", speaker_side: people.name };
  const countries = inside.filter((m) => m.type === "country");
  // "Moskau", "nach israelischen Angaben", "von deutscher Seite", "die chinesische Seite"; not a group named by its
  // country's adjective ("Syrische Aktivisten").
  const named = words.length === 3 && words[0].norm === "die" && head !== null && /seite$/.test(head.norm) ? 2 : words.length;
  if (countries.length === 1 && (named === 1 || (named === 2 && (countries[0].via !== "demonym" || speaksForCountry(ctx, head))))) {
    return { ...base, speaker: countries[0].name, speaker_type: "country", speaker_resolved: true, speaker_via: "registry", speaker_side: countries[0].name };
  }
  // "Die Firma teilte mit": a kind of company that names no institution, named after its kind before; so is a kind the
  // registry lists for a body, one the dictionary does not know ("Die Schiitenmiliz erklärte" after "Die Hisbollah").
  const listedKind = head !== null && words.length === 2 && isDefinite(tokens[a]) && ctx.mentions.some((m) => m.start < start && m.kinds?.includes(head.norm));
  // The judges speak for the court that spoke before: "erklärten die Richter" after "Der Wahlprozess müsse neu beginnen,
  // teilte das Verfassungsgericht mit".
  const judges = head !== null && words.length === 2 && words[0].norm === "die" && /richter$/.test(head.norm) && inside.length === 0;
  // (Not past another court named since: "Am Dienstag entschied der EuGH anders. …, erklärten die Richter".)
  const spokeLast = judges ? sameBodyBefore(ctx, start, "gericht") : undefined;
  const court = spokeLast && !COURT.test(ctx.doc.text.slice(Math.max(spokeLast.clean_end, spokeLast.speaker_clean_end ?? 0), start)) ? spokeLast : undefined;
  if (court) return { ...base, speaker: court.speaker, speaker_type: court.speaker_type, speaker_resolved: true, speaker_via: "previous", speaker_side: court.speaker_side ?? side };
  const firm = head && !judges && (listedKind || (words.length === 2 && isDefiniteSingular(tokens[a])) || (words.length === 1 && a > 0 && isDefiniteSingular(tokens[a - 1]))) && inside.length === 0 ? bodyForKind(ctx, start, head.text, tokens[b]) : null;
  if (firm) return { ...base, speaker: firm.name, speaker_type: firm.type, speaker_resolved: true, speaker_via: "previous", speaker_side: firm.side ?? side };
  if (name && !kindNamed?.startsWith(name) && !ownedName(name)) return { ...base, speaker: name, speaker_type: "person", speaker_resolved: name.includes(" "), speaker_via: "name", speaker_side: side };
  // A text whose author is named nowhere near ("laut einem Bericht", "hieß es in einer Mitteilung") names nobody: not the text.
  // (A body named like a text speaks: "laut Anklage" is the prosecution's.)
  // (Not one whose author a genitive or "von" names, known to the registry or not: "einer Mitteilung des Verteidigungsministeriums",
  // "in der Mitteilung der Polizei".)
  const authored = head !== null && /^(?:des|der|von|vom)$/.test(tokens[head.index + 1]?.norm ?? "") && head.index + 2 < b;
  if (authored && isDocument && !institutionHead && inside.length === 0 && !name) {
    const author = genitiveInstitution(ctx, head.index + 1, b, true);
    if (author) return { ...base, speaker: author, speaker_role: surface, speaker_type: "unknown", speaker_resolved: false, speaker_via: "phrase", speaker_side: side };
    // (Else the genitive's own phrase: "des Wahrnehmungsberichts der Anwälte" is the lawyers'.)
    const genitive = resolveSpeakerPhrase(ctx, [head.index + (/^von/.test(tokens[head.index + 1].norm) ? 2 : 1), b], at);
    return { ...genitive, speaker_role: surface, speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end };
  }
  if (isDocument && !authored && !institutionHead && inside.length === 0 && !name && !ctx.persons.some((p) => p.start >= start && p.end <= end)) return { ...base, speaker: null, speaker_via: "none" };
  // "nach Angaben des Berliner Tagesspiegels": named in the nominative, as institutions are.
  // A plural noun is a group ("Experten", "die Behörden"); a word the lemmatizer leaves as it is, no plural ("sagte Faymann").
  const final = words[words.length - 1];
  const group = final !== undefined && final.lemma !== final.text && /e?n$/.test(final.text) && !/[^n]in$/.test(final.text) && !isDefiniteSingular(tokens[a]);
  return { ...base, speaker: genitiveInstitution(ctx, a, b, true) ?? normalizePhrase(ctx, a, b), speaker_role: role ? surface : null, speaker_type: group ? "group" : "unknown", speaker_resolved: false, speaker_via: "phrase", speaker_side: side };
}

/** A head through which a country speaks: a side, a source ("Angaben", "Armeeangaben") or an office. */
function speaksForCountry(ctx: DocContext, head: Token | null): boolean {
  if (!head) return false;
  const norm = head.norm.replace(/-/g, "");
  return norm.endsWith("seite") || ctx.lex.sourceNouns.some((n) => norm.endsWith(n)) || hasLowerCase(ctx.lex.roles, head.lemma);
}

/** Is the token its lemma with a genitive -s or -es ("Ermittlungskomitees", "Gesundheitsministeriums")? */
function genitiveOfLemma(t: Token): boolean {
  return t.text === `${t.lemma}s` || t.text === `${t.lemma}es`;
}

/**
 * A noun's form in Swiss spelling as the registry names bodies ("Aussenministerium" → "Außenministerium"), where its lemma
 * has the "ß" after a diphthong or "ie", or before a vowel: the dictionary keeps the old spelling, whose "Kongreß" is now
 * "Kongress".
 */
function withSharpS(t: Token, form: string): string {
  return t.lemma.includes("ß") && t.lemma.replace(/ß/g, "ss") === form && !/(?<!au|ei|eu|äu|ie)ß(?![aeiouäöüy])/i.test(t.lemma) ? t.lemma : form;
}

/**
 * An institution in the genitive at token `from` ("des britischen Umweltministeriums",
 * "der Staatsanwaltschaft"), named in the nominative ("Britisches Umweltministerium"); null if there is none.
 * With `anyNoun`, any noun that ends the phrase is named so ("des Berliner Tagesspiegels" → "Berliner Tagesspiegel").
 */
function genitiveInstitution(ctx: DocContext, from: number, to: number, anyNoun = false): string | null {
  const { tokens } = ctx.layer;
  let j = from;
  const article = /^(des|der|eines|einer)$/.test(tokens[j]?.norm ?? "") ? tokens[j++].norm : null;
  if (article === null) return null;
  const adjectives: Token[] = [];
  const placeAdjective = (t: Token, next: Token | undefined) => isCapitalized(t) && t.text.endsWith("er") && next !== undefined && isCapitalized(next);
  while (j < to && (tokens[j].wordClass === "adj" || (j + 1 < to && placeAdjective(tokens[j], tokens[j + 1])))) adjectives.push(tokens[j++]);
  const noun = tokens[j];
  if (!noun || j >= to || !isCapitalized(noun) || noun.wordClass === "function") return null;
  if (!anyNoun && !ctx.lex.institutions.some((h) => noun.norm.replace(/e?s$/, "").endsWith(h) || noun.norm.endsWith(h))) return null;
  // A government's or ministry's country after it names it: "der Regierung Guyanas", "des Verteidigungsministeriums
  // Venezuelas", "des Ministeriums der Ukraine" (as in the nominative, `countryAfterBody`).
  const ofCountry = j + 1 < to ? countryAfterBody(ctx, { ...noun, norm: noun.lemma.toLowerCase() }, to, ctx.mentions) : null;
  if (ofCountry) return ofCountry;
  // A name after it is the institution's own ("der Nachrichtenagentur Reuters", "der Staatsanwaltschaft Krefeld"): left to the name.
  const next = tokens[j + 1];
  // (Not the abbreviation that ends the phrase of a body its country's adjective names: "des südkoreanischen Geheimdienstes NIS".)
  // (A state's service or ministry; a bank or firm goes by it: "der russischen Großbank VTB", "des Kurierdienstes UPS".)
  const abbreviated = j + 2 === to && /^\p{Lu}{2,6}$/u.test(next?.text ?? "") && adjectives.some((t) => /isch/.test(t.norm)) && (STATE_SERVICE.test(noun.norm.replace(/e?s$/, "")) || /ministeriums?$/.test(noun.norm));
  if (j + 1 < to && next && isCapitalized(next) && next.kind === "word" && next.wordClass !== "function" && !abbreviated) return null;
  // Of any noun only the phrase that ends with it ("des Berliner Tagesspiegels"), not one with more after it.
  if (anyNoun && j + 1 < to) return null;
  // Masculine and neuter nouns take -s or -es in the genitive ("Ministeriums", "Amtes"); feminine ones nothing.
  const masculineOrNeuter = article === "des" || article === "eines";
  // "der" is a genitive only before a feminine noun ("der Staatsanwaltschaft"; "der spanische Rundfunk" is a nominative).
  if (!masculineOrNeuter && !FEMININE_HEAD.test(noun.norm)) return null;
  // (The lemma where the form is it with an ending: "des Ermittlungskomitees" is "Ermittlungskomitee", not "…komite".)
  const nominative = withSharpS(noun, !masculineOrNeuter ? noun.text : genitiveOfLemma(noun) ? noun.lemma : noun.text.replace(/(?:es|s)$/, (m) => (/(?:ss|us|is)$/.test(noun.text) ? m : "")));
  const head = { ...noun, norm: nominative.toLowerCase() };
  // "des Verteidigungsministeriums in Brasília": its seat names its country (as "das Verteidigungsministerium in Brasília" does).
  const seat = j + 3 === to && adjectives.length === 0 && SEAT_PREPOSITION.test(tokens[j + 1].norm) && SEATED_BODY.test(head.norm) && !OWNER_PREFIX.test(noun.text) ? ctx.mentions.find((m) => m.type === "country" && m.demonym && m.start === tokens[j + 2].start) : undefined;
  if (seat?.demonym) return bodyOfDemonym(seat.demonym, head);
  // Place adjectives in -er do not inflect ("des Belgrader Staatsfernsehens").
  const parts = adjectives.map((t) => (isCapitalized(t) && t.text.endsWith("er") ? t.text : t.text.replace(/e[nmrs]?$/, "") + (masculineOrNeuter ? nominativeEnding(head) : "e")));
  // A ministry's genitive of its own to the phrase's end names it: "des Bundesministeriums des Innern" → "Bundesministerium des Innern".
  const genitive = j + 2 < to && to - j <= 4 && /ministerium$/.test(head.norm) && adjectives.length === 0 && GENITIVE_DETERMINERS.has(tokens[j + 1].norm) && tokens.slice(j + 2, to).every((t) => isCapitalized(t) && t.kind === "word");
  // (Not a word that points back: "des Ministeriums des Landes".)
  const pointsBack = /^(?:landes|staates|stadt|gemeinde|region|provinz|kantons|bundeslandes|präsidenten|regierung)$/.test(tokens[to - 1].norm);
  // So does a body's genitive that names the body it belongs to: "des Einsatzführungskommandos der Bundeswehr".
  const ofBody = j + 2 < to && adjectives.length === 0 && GENITIVE_DETERMINERS.has(tokens[j + 1].norm) && ctx.mentions.some((m) => m.type !== "country" && m.type !== "person" && m.start === tokens[j + 2].start && m.end === tokens[to - 1].end);
  const own = (genitive && !pointsBack && !ctx.mentions.some((m) => m.start < tokens[to - 1].end && m.end > tokens[j + 2].start)) || ofBody ? tokens.slice(j + 1, to).map((t) => t.text) : [];
  const name = [...parts, nominative, ...own].join(" ");
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Who a source compound names: "Polizeiangaben" → "Polizei", "Regierungsangaben" → "Regierung", "US-Angaben" → "US". */
function sourcePrefix(ctx: DocContext, t: Token): string | null {
  const name = sourceCompound(ctx.lex, t);
  // After a hyphen the source noun is the whole last part ("Pentagon-Angaben", not "Schüler-Rückmeldungen").
  if (name === null || name.includes("-") || !isSourcePrefix(name)) return null;
  // A linking s belongs to the compound, not the name.
  return name.length > 4 && /(?:ung|ion|tät|heit|keit|schaft|men)s$/.test(name) ? name.slice(0, -1) : name;
}

/** Does the registry list a kind for the actor that is, or ends in, this one ("atombehörde" for "behörde")? */
const listsKind = (m: ActorMention, kind: string): boolean => m.kinds?.some((k) => k.endsWith(kind)) ?? false;

/** A registry actor's type as a speaker's ("party" and other organisations are organisations). */
const speakerTypeOf = (type: string): SpeakerType => (type === "person" ? "person" : type === "country" ? "country" : type === "institution" ? "institution" : "organisation");

/**
 * The tokens of the person named last before the demonstrative at `a`, in its sentence or the one before, who may be of
 * this gender. After what a frame closes ("…, sagte dieser") only before its sentence: the words said name no speaker.
 */
function latterPerson(ctx: DocContext, a: number, gender: "female" | "male"): [number, number] | null {
  const { tokens, sentences } = ctx.layer;
  const here = sentences[tokens[a].sentence];
  const closesFrame = a >= 2 && /^[,“”"«»]$/.test(tokens[a - 2].text) && tokens[a - 2].start > here.start;
  const to = closesFrame ? here.start : tokens[a].start;
  const from = sentences[Math.max(0, tokens[a].sentence - 1)].start;
  const person = ctx.persons.filter((p) => p.start >= from && p.end <= to && personGenderIn(ctx, p.name) !== (gender === "male" ? "female" : "male")).pop();
  if (!person) return null;
  const name = tokenRange(tokens, person.start, person.end);
  return name.to > name.from ? [name.from, name.to] : null;
}

const DEMONSTRATIVES: Record<string, string> = { dieser: "er", jener: "er", diese: "sie", jene: "sie" };
const OBLIQUE_PRONOUNS: Record<string, string> = { ihm: "er", ihn: "er", ihr: "sie" };
/** The pronoun a dative, an accusative or a possessive points back as ("Ihm zufolge", "zitierte ihn die Agentur", "nach seinen Worten", "ihren Angaben zufolge"). */
const obliquePronoun = (norm: string): string | undefined => OBLIQUE_PRONOUNS[norm] ?? ({ sein: "er", ihr: "sie" } as Record<string, string>)[THIRD_PERSON_POSSESSIVE.exec(norm)?.[1] ?? ""];

/** "Demnach …": the speaker of the statement before, with the adverb as its surface. */
function anaphorSpeaker(ctx: DocContext, range: [number, number] | null): Speaker {
  const start = range ? ctx.layer.tokens[range[0]].start : null;
  const end = range ? ctx.layer.tokens[range[1] - 1].end : null;
  // "den Angaben zufolge", "den Berichten zufolge": the source of this sentence or the one before, and reports are no
  // person's.
  const reports = range !== null && range[1] - range[0] === 2 && /^(?:berichten|berichte|meldungen)$/.test(ctx.layer.tokens[range[0] + 1].norm);
  const near = range !== null && range[1] - range[0] === 2 ? resolvedSpeakerBefore(ctx, start ?? 0, 1) : undefined;
  const found =
    range !== null && range[1] - range[0] === 2
      ? near && !(reports && near.speaker_type === "person")
        ? { ...NO_SPEAKER, speaker: near.speaker, speaker_type: near.speaker_type, speaker_resolved: true, speaker_side: near.speaker_side }
        : NO_SPEAKER
      : fromContext(ctx, start ?? 0, null);
  return { ...found, speaker_surface: start !== null && end !== null ? ctx.doc.text.slice(start, end) : null, speaker_clean_start: start, speaker_clean_end: end, speaker_via: found.speaker ? "previous" : "none" };
}

/** The speaker when the statement names none or uses a pronoun: the nearest earlier speaker, else person. */
function fromContext(ctx: DocContext, at: number, pronoun: string | null): Speaker {
  const fits = (name: string | null, type: string, role: string | null = null) => pronounFits(ctx, pronoun, name, type, role);
  if (pronoun !== null) {
    const here = sentenceAt(ctx, at);
    // "Sarkozy bestritt das, indem er sagte, …": the subject right after the subordinator of a clause
    // after the main one is the main clause's subject (not in a frame after its content: "…, sagte er").
    const k = firstTokenFrom(ctx.layer.tokens, at);
    const { tokens } = ctx.layer;
    if (k >= 2 && SUBORDINATORS.has(tokens[k - 1].norm) && isComma(tokens[k - 2]) && tokens[k - 2].sentence === here) {
      const own = sentenceSubject(ctx, here);
      if (own && fits(own.name, own.type)) return { ...NO_SPEAKER, speaker: own.name, speaker_type: own.type, speaker_resolved: true, speaker_via: "pronoun", speaker_side: own.side };
    }
    // "Chamenei wies das Angebot zurück: Manche Regierungen bestünden …, sagte er": the subject before the colon that opens the sentence.
    const sentenceStart = ctx.layer.sentences[here]?.tokenStart ?? k;
    if (tokens.slice(sentenceStart, k).some((t) => t.text === ":")) {
      const own = sentenceSubject(ctx, here);
      const ownAt = own ? ctx.mentions.find((m) => m.name === own.name && m.start >= tokens[sentenceStart].start && m.end <= at) ?? ctx.persons.find((p) => p.name === own.name && p.start >= tokens[sentenceStart].start && p.end <= at) : undefined;
      if (own && ownAt && own.type === "person" && fits(own.name, own.type)) return { ...NO_SPEAKER, speaker: own.name, speaker_type: own.type, speaker_resolved: true, speaker_via: "pronoun", speaker_side: own.side };
      // (By surname too: "Lazović hält davon wenig: …, sagte er", after "Radomir Lazović" earlier.)
      const clause = colonClauseSpeaker(ctx, ctx.layer.sentences[here]);
      const named = clause ? resolveSpeaker(ctx, clause.range, tokens[clause.range[0]].start) : null;
      if (named && named.speaker_type === "person" && fits(named.speaker, "person")) return { ...named, speaker_via: "pronoun" };
    }
    // The subject of the nearest sentence before (a statement's speaker counts as its subject); further back than three
    // only past sentences that name no one and report no one ("Ibrahim Traoré hatte … übernommen. Dschihadistische Gruppen
    // kontrollieren … Der 36-Jährige gilt als … hatte er …").
    const nobodyIn = (si: number) => !namesPerson(ctx, si) && !ctx.statements.some((x) => x.sentences.includes(si) && x.speaker && x.speaker_via !== "none");
    const third = pronoun === "er" || pronoun === "sie";
    for (let si = here - 1; si >= Math.max(0, here - 6) && (si >= here - 3 || (third && nobodyIn(si + 1))); si--) {
      const st = ctx.statements.find((x) => x.sentences.includes(si) && x.speaker && x.speaker_via !== "none");
      if (st && fits(st.speaker, st.speaker_type, st.speaker_role)) {
        return { ...NO_SPEAKER, speaker: st.speaker, speaker_role: st.speaker_role, speaker_type: st.speaker_type, speaker_resolved: st.speaker_resolved, speaker_via: "pronoun", speaker_side: st.speaker_side };
      }
      // A sentence of reported speech carried on, with no frame of its own, is the speaker's words: its subject is
      // what they speak of ("… sagte von der Leyen. Die EU schließe derzeit … ab. Es sei nicht zu spät, betonte sie").
      // (Its own first verb is that Konjunktiv: not "Wulff hat bekräftigt, Deutschland bekenne sich …".)
      const verb = st ? -1 : firstVerbIndex(ctx, ctx.layer.sentences[si]);
      if (verb >= 0 && ctx.lex.konjunktivI.has(ctx.layer.tokens[verb].norm) && reportedSpeechMarker(ctx, ctx.layer.sentences[si]) === "strong" && sentenceFrame(ctx, ctx.layer.sentences[si]) === null) continue;
      const subject = sentenceSubject(ctx, si);
      // "Der Inlandsgeheimdienst FSB leitete ein Strafverfahren ein. Er forderte …": a masculine body that is the subject of
      // the sentence right before, which names no person.
      if (subject && pronoun === "er" && si === here - 1 && subject.type !== "person" && subject.type !== "country" && masculineSubject(ctx, si) && !namesPerson(ctx, si)) return { ...NO_SPEAKER, speaker: subject.name, speaker_type: subject.type, speaker_resolved: true, speaker_via: "pronoun", speaker_side: subject.side };
      // (That far back only a person surely one: known to the registry, or with a given name.)
      const surePerson = (name: string) => ctx.mentions.some((m) => m.type === "person" && m.name === name) || (name.includes(" ") && ctx.genderOf(name) !== null);
      if (subject && fits(subject.name, subject.type) && (si >= here - 3 || (subject.type === "person" && surePerson(subject.name)))) return { ...NO_SPEAKER, speaker: subject.name, speaker_type: subject.type, speaker_resolved: true, speaker_via: "pronoun", speaker_side: subject.side };
      // "Westliche Geheimdienste sehen das anders. Nach ihrer Einschätzung …": a group, the plural subject right before.
      const group = pronoun === "sie" && si === here - 1 ? pluralSubject(ctx, si, at) : null;
      if (group) return { ...group, speaker_via: "pronoun" };
      // "Eine andere Perspektive bringt die Politikwissenschaftlerin Meera Raghavan ein. …, erklärt sie": with no subject
      // in the Vorfeld, the first person the sentence right before names (or the only one the sentence before that
      // names, past a sentence that names no one: "…, rechnet Rainer Bunge mit steigenden Preisen. Wieso? Er erklärt …").
      const skipped = si === here - 2 && !namesPerson(ctx, here - 1) && !namesPerson(ctx, here);
      if ((si === here - 1 || skipped) && (pronoun === "er" || pronoun === "sie")) {
        const sentence = ctx.layer.sentences[si];
        // (A run of capitalised words that are places or sides is no person: "ob Peking Russland unterstütze".)
        const inSentence = ctx.persons.filter((p) => p.start >= sentence.start && p.end <= sentence.end && p.name.includes(" ") && !ctx.mentions.some((m) => m.type !== "person" && m.start < p.end && m.end > p.start));
        // (Or named right before by surname alone, after the full name earlier: "…, davon geht auch Wehsely aus. Sie sieht …".)
        const bySurname = inSentence.length === 0 && !skipped ? surnamesIn(ctx, si) : [];
        const named = skipped && new Set(inSentence.map((p) => p.name)).size > 1 ? undefined : inSentence.find((p) => fits(p.name, "person")) ?? (bySurname.length === 1 && fits(bySurname[0].name, "person") ? bySurname[0] : undefined);
        if (named) return { ...NO_SPEAKER, speaker: named.name, speaker_type: "person", speaker_resolved: true, speaker_via: "pronoun", speaker_side: named.side };
      }
    }
  }
  for (let i = ctx.statements.length - 1; i >= 0; i--) {
    const st = ctx.statements[i];
    if (st.clean_start >= at || !st.speaker) continue;
    if (pronoun !== null && !fits(st.speaker, st.speaker_type, st.speaker_role)) continue;
    if (pronoun === "sie" && st.speaker_type === "country") continue;
    return { ...NO_SPEAKER, speaker: st.speaker, speaker_role: st.speaker_role, speaker_type: st.speaker_type, speaker_resolved: st.speaker_resolved, speaker_via: "previous", speaker_side: st.speaker_side };
  }
  if (pronoun !== null) {
    let best: PersonMention | null = null;
    for (const p of ctx.persons) if (p.end <= at && fits(p.name, "person")) best = p;
    if (best) return { ...NO_SPEAKER, speaker: best.name, speaker_type: "person", speaker_resolved: true, speaker_via: "pronoun", speaker_side: best.side };
  }
  return { ...NO_SPEAKER, speaker: pronoun, speaker_via: pronoun ? "pronoun" : "none" };
}

/** The persons named in full before sentence `si` whom it names by surname alone, one each. */
function surnamesIn(ctx: DocContext, si: number): PersonMention[] {
  const { tokens, sentences } = ctx.layer;
  const s = sentences[si];
  const found = new Map<string, PersonMention>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || !isCapitalized(t) || (t.wordClass !== "name" && t.wordClass !== null)) continue;
    // Not an attribute or object: "bei Aufschlag Anderson", "von Federer".
    const before = tokens[k - 1];
    if (k > s.tokenStart && (before.wordClass === "noun" || PREPOSITIONS.has(before.norm) || DETERMINERS.has(before.norm))) continue;
    const p = lookupPerson(ctx, t.text, t.start, false);
    if (p && p.start < s.start) found.set(p.name, p);
  }
  return [...found.values()];
}

/** Does sentence `si` name a person (in full or by surname)? */
function namesPerson(ctx: DocContext, si: number): boolean {
  const s = ctx.layer.sentences[si];
  return ctx.persons.some((p) => p.start >= s.start && p.end <= s.end) || ctx.mentions.some((m) => m.type === "person" && m.start >= s.start && m.end <= s.end);
}

/**
 * Can the pronoun point to this speaker? "er": a person (or someone new in a masculine role: "Ein
 * Sprecher des Ministeriums"; "der Minister" is mostly someone named before) not known to be a woman;
 * "sie" (a woman, a feminine noun or a group): no man; "ich": a person; other pronouns: anyone.
 */
function pronounFits(ctx: DocContext, pronoun: string | null, name: string | null, type: string, role: string | null): boolean {
  if (pronoun === "ich") return type === "person";
  if (pronoun === "er") return (type === "person" || (role !== null && /^ein\s/i.test(role) && !FEMININE_NOUN.test(role))) && personGenderIn(ctx, name) !== "female";
  if (pronoun === "sie") return type !== "person" || personGenderIn(ctx, name) !== "male";
  return true;
}

// A noun of a woman ("Sprecherin", "Ministerin", "Präsidentin", "Chefin", "Ärztin"), in a phrase.
const FEMININE_NOUN = /\p{L}(?:er|ent|ant|ist|eur|or|at|ät|ekt|ot|chef|ärzt|beamt|log)in(?:nen)?\b/u;

// A feminine role is its masculine one with "-in" ("Sprecherin", "Außenministerin", "Kanzlerin").
const feminineRole = (ctx: DocContext, role: string) => role.length > 4 && role.endsWith("in") && isRoleNoun(ctx.lex, role.slice(0, -2));

// A court's name or abbreviation: "das Verfassungsgericht", "der Gerichtshof", "der EuGH", "der IGH".
const COURT = /gericht|\b(?:EuGH|IGH|IStGH|BGH|BVerfG|EGMR)\b/i;

// Nouns of persons a definite description may end in: "die Grünen-Politikerin", "der 45-Jährige", "der Kremlchef".
// (Also what a person was before politics or is in it: "sagte der Mathematiker", "der Kandidat", "der Herausforderer".)

/**
 * The statement of a person named in full or known to the registry, in the two sentences before
 * `start`, that a definite description at token `a` with this head can point back to: the gender
 * must fit, and an office ("der Minister") must be one the person is known by (in the registry, or
 * written with the name). Null when there is none.
 */
type Described = Pick<Statement, "speaker" | "speaker_resolved" | "speaker_side" | "speaker_role">;

function describedSpeaker(ctx: DocContext, a: number, head: Token, start: number): Described | null {
  const described = describedPerson(ctx, a, head);
  if (!described) return null;
  // (After a quotation of several sentences, what comes before the quotation: "„… . …“, sagte die Staatschefin".)
  const here = quotationStart(ctx, sentenceAt(ctx, start));
  const named = (x: Statement) => x.speaker !== null && (x.speaker.includes(" ") || ctx.mentions.some((m) => m.type === "person" && m.name === x.speaker));
  const qualifier = roleQualifier(ctx, a, head.index);
  // "der chinesische Minister" is no Russian: the side its adjective names must be the person's, where known ("Guyanas
  // Staatschef" is Guyana's).
  // (A people's noun is the side itself: "fügte der Norweger hinzu", after Jens Stoltenberg spoke.)
  const peopleNoun = demonymNounAt(ctx, head);
  const side = ctx.mentions.find((m) => m.type === "country" && m.via === "demonym" && m.start >= ctx.layer.tokens[a].start && m.end <= head.start)?.name ?? countryGenitiveAt(ctx, a)?.name ?? peopleNoun?.name ?? null;
  const noun = head.lemma.toLowerCase().replace(/^.*-/, "");
  // "der frühere polnische Ministerpräsident": an office held before, not the one the person is written with now.
  const former = /^ex-/.test(head.norm) || ctx.layer.tokens.slice(a, head.index).some((t) => /^(?:früher|ehemalig|einstig|vormalig)(?:e|en|er|es|em)?$/.test(t.norm));
  // (A general noun admitted only as a kind of office, "der Geistliche", must cover an office the person is known by, if any.)
  const kindOnly = !PERSON_NOUN.test(head.text.toLowerCase()) && !isRoleNoun(ctx.lex, head.lemma) && ctx.lex.roleKinds.has(head.lemma.toLowerCase());
  // (Also an office a person was written with in the article: "der Bundestrainer" after "Bundestrainer Christian Prokop".)
  const writtenOffice = ctx.persons.some((p) => p.role === head.lemma.toLowerCase().replace(/-/g, ""));
  const isRole = (hasLowerCase(ctx.lex.roles, head.lemma) || kindOnly || writtenOffice) && !former;
  // (`officeless`: a person of no known office fits a role noun too, "Der frühere Diplomat" after "Rüdiger Landwehr".)
  // "der 71-Jährige": a person whose age the registry knows must have it.
  const age = /^(\d{1,3})-jährige/.exec(head.norm)?.[1];
  const ageFits = (name: string) => age === undefined || !(ctx.agesOf?.(name) ?? [Number(age)]).every((a) => a !== Number(age));
  // (`sideUntold`: a person of no side told fits a people's noun where they spoke just before and no other person was
  // named since: "IAEA-Chef Rafael Grossi sagte … „…“, mahnte der Argentinier"; not "…, sagte Lazaro. Auch Trainer Oscar
  // Garcia sah … „…“, erklärte der Spanier".)
  const fits = (before: Described | undefined, officeless = false, sideUntold = false): before is Described => {
    if (!before || before.speaker === null) return false;
    const gender = personGenderIn(ctx, before.speaker) ?? (FEMININE_NOUN.test(before.speaker) ? "female" : null);
    if (gender !== null && gender !== described) return false;
    if (!ageFits(before.speaker)) return false;
    if (side !== null && before.speaker_side !== null && before.speaker_side !== side) return false;
    // (A people's noun tells no office, only the side: the person's must be known, "der Norweger" no Austrian of no side told.)
    if (peopleNoun !== undefined && before.speaker_side !== side && !(sideUntold && before.speaker_side === null)) return false;
    if (!isRole) return true;
    // Known by the registry, written with the name, or named by the role an earlier statement gave them ("Die Sprecherin des Außenministeriums, Mao Ning").
    const earlierRoles = ctx.statements.filter((x) => x.speaker === before.speaker && x.speaker_role !== null).map((x) => x.speaker_role!.toLowerCase());
    const offices = [...ctx.titlesOf(before.speaker), ...ctx.persons.filter((p) => p.name === before.speaker && p.role).map((p) => p.role!), before.speaker_role?.toLowerCase() ?? "", ...earlierRoles].filter((t) => t !== "");
    // (A kind's noun fits a person of no known office too: "Pfarrer Martin Schmidt … der Geistliche"; not a premier.)
    return offices.some((t) => coversOffice(ctx, noun, t)) || ((officeless || kindOnly) && offices.length === 0);
  };
  // The person who spoke just before; one written earlier with this noun; a description without a side: the subject named before.
  // (A person who is the subject of the sentence right before, speaking or not, is nearer than one who spoke before that:
  // "Ben Cardin hatte seinen Widerstand aufgegeben. Er unterstütze den Verkauf, erklärte der Demokrat.")
  const subjectJustBefore = () => (ctx.statements.some((x) => x.sentences.includes(here - 1)) ? undefined : namedSubjectBefore(ctx, here, 1));
  const spokeJustBefore = () => ctx.statements.filter((x) => x.speaker_type === "person" && named(x) && x.clean_start < start && x.sentences[x.sentences.length - 1] >= here - 2).pop();
  const noneNamedSince = (x: Statement) => !ctx.persons.some((p) => p.start >= x.clean_end && p.end <= start && p.name !== x.speaker);
  const candidates = [
    // "der 71-Jährige": the person named before who is that old, if the registry tells.
    () => (age === undefined ? undefined : ofAge(ctx, start, Number(age))),
    () => (isRole && !kindOnly ? undefined : subjectJustBefore()),
    spokeJustBefore,
    () => namedWithNoun(ctx, start, head, qualifier, side),
    () => (qualifier === null ? namedSubjectBefore(ctx, here) : undefined),
  ];
  for (const next of candidates) {
    const before = next();
    if (fits(before, false, next === spokeJustBefore && before !== undefined && noneNamedSince(before as Statement))) return before;
  }
  // "Ulf Kristersson bemühte sich um Schadensbegrenzung. „…“, schrieb der schwedische Ministerpräsident": the subject named
  // just before (a quotation between may run over sentences), of the side the description names, where no office of theirs is known.
  const ofSide = side !== null ? namedSubjectBefore(ctx, quotationStart(ctx, here), 1) : undefined;
  if (ofSide && ofSide.speaker_side === side && fits(ofSide, true)) return ofSide;
  // "Widerspruch kam von Rüdiger Landwehr. Der frühere Diplomat … warnte": the one person the sentence before names.
  // (Not one written with another office: "den St.-Pauli-Spieler Carlos Zambrano" is no "Sportchef".)
  const only = qualifier === null ? onlyPersonBefore(ctx, here, (role) => coversOffice(ctx, noun, role)) : undefined;
  return fits(only, true) ? only : null;
}

/** Does a description's noun name this office: the same noun ("minister" in "außenminister"), or a general one that covers it ("diplomat": botschafter)? */
function coversOffice(ctx: DocContext, noun: string, office: string): boolean {
  // (A minister's office with its field left out: "der Vizeminister" is the "Vizeaußenminister".)
  const field = /^(.+)(minister(?:in)?)$/.exec(noun);
  if (field && office.startsWith(field[1]) && office.endsWith(field[2])) return true;
  return office.includes(noun) || noun.endsWith(office) || (ctx.lex.roleKinds.get(noun) ?? []).some((o) => office.includes(o));
}

/**
 * "in der von der Agentur KCNA verbreiteten Erklärung", "in einer von ihm veröffentlichten Erklärung": the preposition's
 * article before the text's noun at `a`, an attributive participle with its "von" phrase between, and whether that phrase
 * is a pronoun; with no "von" phrase ("in einer am Sonntag veröffentlichten Stellungnahme"), no author; else null.
 */
function participleOpening(ctx: DocContext, a: number): { article: Token; pronoun: string | null; author: [number, number] | null } | null {
  const { tokens } = ctx.layer;
  if (!PUBLISHED.test(tokens[a - 1]?.norm ?? "")) return null;
  for (let j = a - 2; j >= Math.max(0, a - 8); j--) {
    if (tokens[j].kind === "punct") return null;
    if (!/^(?:in|im|laut)$/.test(tokens[j].norm)) continue;
    const von = tokens[j].norm === "im" ? j + 1 : j + 2;
    const article = tokens[j + (tokens[j].norm === "im" ? 0 : 1)];
    // (Only times and places between: "am Sonntag", "in Peking"; not a "von" further on, whose author the text is then.)
    const between = tokens.slice(von, a - 1);
    if (!/^(?:von|vom)$/.test(tokens[von]?.norm ?? "")) return (isDefinite(article) || /^(?:ein|eine|einer|einem)$/.test(article.norm)) && between.length <= 4 && !between.some((t) => /^(?:von|vom|durch)$/.test(t.norm)) ? { article, pronoun: null, author: null } : null;
    if (von >= a - 2) return null;
    if (von + 2 === a - 1 && /^(?:ihm|ihr|ihnen)$/.test(tokens[von + 1].norm)) return { article, pronoun: tokens[von + 1].norm, author: null };
    // (A medium spreads what another wrote: "von der Staatsagentur KCNA verbreitet".)
    const medium = tokens.slice(von + 1, a - 1).some((t) => MEDIUM.test(t.norm));
    return { article, pronoun: null, author: medium ? null : [von + 1, a - 1] };
  }
  return null;
}

/**
 * The author a relative clause right after a text's phrase (ending before token b) names: ", den/die/das" + a noun phrase +
 * a past verb of issuing that ends the clause ("…, die das Außenministerium in Moskau am Abend veröffentlichte"); the phrase
 * runs to its first preposition but a seat's "in" ("im Staatsfernsehen", "am Abend" end it). Null if none, or a medium.
 */
function relativeAuthor(ctx: DocContext, b: number): [number, number] | null {
  const { tokens } = ctx.layer;
  if (tokens[b]?.text !== "," || !/^(?:den|die|das|welchen|welche|welches)$/.test(tokens[b + 1]?.norm ?? "")) return null;
  const from = b + 2;
  let verb = -1;
  for (let k = from + 1; k < Math.min(tokens.length, from + 12) && tokens[k].sentence === tokens[b].sentence; k++) {
    if (tokens[k].kind === "punct") break;
    if (ISSUED.test(tokens[k].norm) && /^[,.;:]$/.test(tokens[k + 1]?.text ?? ".")) verb = k;
  }
  if (verb < 0) return null;
  const seat = (k: number) => tokens[k].norm === "in" && tokens[k + 1] !== undefined && ctx.mentions.some((m) => m.start <= tokens[k + 1].start && m.end >= tokens[k + 1].end);
  // (Nor past a dative article after its noun, which opens another phrase: "das die Kommission dem Rat vorlegte".)
  let to = from + 1;
  let noun = false;
  while (to < verb && !(PREPOSITIONS.has(tokens[to].norm) && !seat(to)) && !isTimeWord(tokens[to]) && !(noun && /^(?:dem|den|einem|einen)$/.test(tokens[to].norm))) {
    if (isCapitalized(tokens[to]) && tokens[to].wordClass === "noun") noun = true;
    to++;
  }
  // (A medium that published a text is no author: "in einem Geheimdokument, das die Nachrichtenagentur Reuters veröffentlichte".)
  if (tokens.slice(from, to).some((t) => MEDIUM.test(t.norm)) || tokens.slice(from, to).some((t) => ctx.lex.media?.has(t.norm))) return null;
  return [from, to];
}

// Past forms of issuing a text, as a relative clause ends in them ("verlas", "veröffentlichte", "verbreitet hatte" is not one).
const ISSUED = /^(?:verlas|verlasen|veröffentlichte|veröffentlichten|verbreitete|verbreiteten|vorlegte|vorlegten|herausgab|herausgaben|abgab|abgaben|übermittelte|übermittelten|verschickte|verschickten|unterzeichnete|unterzeichneten|verfasste|verfassten|verabschiedete|verabschiedeten|publizierte|publizierten)$/;

// Participles of issuing a text ("veröffentlichten", "verbreiteten", "verlesenen"), not of reacting to it ("kritisierten").
const PUBLISHED = /^(?:veröffentlicht|verbreitet|verlesen|herausgegeben|vorgelegt|abgegeben|verschickt|publiziert|übermittelt|versandt|verfasst|unterzeichnet|verabschiedet)(?:e|en)$/;
const MEDIUM = /(?:agentur|zeitung|sender|fernsehen|rundfunk|portal|medien|blatt|kanal)$/;

/** The statements found so far that begin before `start` and end in its sentence or the `back` sentences before it, in text order. */
function statementsBefore(ctx: DocContext, start: number, back: number): Statement[] {
  const here = sentenceAt(ctx, start);
  return ctx.statements.filter((x) => x.clean_start < start && x.sentences[x.sentences.length - 1] >= here - back);
}

/** The latest statement in the `back` sentences before `start` whose speaker phrase names the text `noun` ("in einer Erklärung des Militärrats"). */
function namedTextBefore(ctx: DocContext, start: number, noun: string, back: number): Statement | undefined {
  return statementsBefore(ctx, start, back).filter((x) => x.speaker !== null && x.speaker_resolved && (x.speaker_surface ?? "").toLowerCase().includes(noun)).pop();
}

/** The latest statement in the `back` sentences before `start` whose speaker is a resolved body (institution or organisation). */
function bodySpokeBefore(ctx: DocContext, start: number, back: number): Statement | undefined {
  return statementsBefore(ctx, start, back).filter((x) => x.speaker !== null && x.speaker_resolved && (x.speaker_type === "institution" || x.speaker_type === "organisation")).pop();
}

/**
 * The body (institution or organisation) that heads the subject of the sentence before the one at `start` (where the
 * statement begins), if no statement is in that sentence and it names no other side, which may be who answers ("Die EU
 * hat Sanktionen gegen Russland beschlossen. …, sagte ein Sprecher"); not one of another side than a place opening the
 * sentence (`placeAllows`) or named with "in" after the phrase that ends at token `b` ("sagte ein Sprecher am Montag in Moskau"
 * is no EU's; a body of no side is of no country's capital).
 */
function bodySubjectBefore(ctx: DocContext, start: number, b: number, placeAllows: (side: string | null | undefined) => boolean, at?: number, anyBody = false): { name: string; type: SpeakerType; side: string | null } | null {
  const si = sentenceAt(ctx, start);
  if (si === 0 || ctx.statements.some((x) => x.sentences.includes(si - 1))) return null;
  const { tokens, sentences } = ctx.layer;
  const before = sentences[si - 1];
  const range = subjectRange(ctx, before);
  if (!range) return null;
  // It heads the subject, only an article or adjectives before it ("Die Kritik an der Nato wächst" is no Nato's).
  const [from, to] = [tokens[range[0]].start, tokens[range[1] - 1].end];
  // (Or it is whose reaction the subject is: "Deutlich schärfer fiel die Reaktion des Außenministeriums in Peking aus".)
  const heads = (m: ActorMention) => {
    const before = tokens.slice(range[0], firstTokenFrom(tokens, m.start));
    const of = before.findIndex((t) => REACTION_NOUN.test(t.norm));
    return (of < 0 ? before : [...before.slice(0, of), ...before.slice(of + 2)]).every((t) => isDefinite(t) || (t.wordClass === "adj" && !isCapitalized(t))) && (of < 0 || /^(?:des|der)$/.test(before[of + 1]?.norm ?? ""));
  };
  const body = ctx.mentions.find((m) => m.type !== "person" && m.type !== "country" && m.start >= from && m.end <= to && heads(m));
  // (Given `at`, also a kind that stands for a body named before: "der Konzern" after "Der Energieriese Gazprom".)
  if (!body) {
    const kind = at !== undefined && range[1] - range[0] <= 3 && isDefinite(tokens[range[0]]) ? resolveSpeaker(ctx, range, at) : null;
    // (A body named before, not one a bare noun names, "Das Gericht setzte den Prozess an. …, hieß es in einer Mitteilung",
    // unless `anyBody`: "Nach Angaben der Behörde" after "Die Polizei sperrte die Straße".)
    const named = kind?.speaker_via === "previous" || kind?.speaker_via === "registry" || (anyBody && kind?.speaker_via !== "phrase");
    return kind?.speaker && kind.speaker_resolved && named && (kind.speaker_type === "institution" || kind.speaker_type === "organisation") && placeAllows(kind.speaker_side) ? { name: kind.speaker, type: kind.speaker_type, side: kind.speaker_side } : null;
  }
  // (A demonym or a compound's first part is no other side, nor a body of no side: "mit dem Umsturz auf dem Kiewer Maidan",
  // "Die NATO stockt ihre Kosovo-Truppe KFOR auf".)
  const other = ctx.mentions.some((m) => m !== body && m.start >= before.start && m.end <= before.end && (m.end <= body.start || m.start >= body.end) && m.via !== "demonym" && ctx.doc.text[m.end] !== "-" && mentionSide(m) !== null && mentionSide(m) !== body.side);
  if (other || !placeAllows(body.side)) return null;
  let place: ActorMention | undefined;
  for (let k = b; k < sentences[tokens[b - 1].sentence].tokenEnd && !place; k++) if (tokens[k].norm === "in") place = ctx.mentions.find((m) => m.type === "country" && m.start === tokens[k + 1]?.start);
  return place && body.side !== place.name ? null : { name: body.name, type: speakerTypeOf(body.type), side: body.side ?? null };
}

/**
 * The speaker just before, if "ihm", "ihr" or "ihnen" can point to them: no woman and no body of a feminine noun for "ihm",
 * no man and no body of another noun for "ihr" ("das Innenministerium" is no "ihr").
 */
function pronounSpeakerBefore(ctx: DocContext, start: number, pronoun: string): Statement | undefined {
  const last = resolvedSpeakerBefore(ctx, start, 1);
  if (!last) return undefined;
  const head = { norm: last.speaker!.slice(last.speaker!.lastIndexOf(" ") + 1).toLowerCase() };
  const gender = last.speaker_type === "person" ? ctx.genderOf(last.speaker!) : last.speaker_type === "institution" || last.speaker_type === "organisation" ? (nominativeEnding(head) === "e" ? "female" : "male") : null;
  return (pronoun === "ihm" && gender === "female") || (pronoun === "ihr" && gender === "male") ? undefined : last;
}

/**
 * The institution or organisation whose statement ends in this sentence or the one before: who a spokesperson
 * speaks for. Only statements found so far count: frames of reported speech, not yet quotations (their speakers
 * are resolved first, when there are no statements yet).
 */
function bodyThatSpoke(ctx: DocContext, start: number): Statement | undefined {
  const last = resolvedSpeakerBefore(ctx, start, 1);
  return last && (last.speaker_type === "institution" || last.speaker_type === "organisation") ? last : undefined;
}

/**
 * The one body the registry knows by this bare noun whose side the article names: "ein Sprecher der Kommission"
 * in an article about the EU is the EU-Kommission's.
 */
function knownBody(ctx: DocContext, noun: string): { name: string; side: string | null } | undefined {
  // (Every country has a government: a bare "die Regierung" is not the registry's "US-Regierung" for an article naming the USA.)
  if (!/^\p{Lu}\p{Ll}+$/u.test(noun) || GOVERNMENT_HEAD.test(noun.toLowerCase())) return undefined;
  const named = (ctx.bodiesNamed?.(noun) ?? []).filter((b) => b.side !== null && ctx.mentions.some((m) => m.name === b.side || m.name === b.name));
  return named.length === 1 ? named[0] : undefined;
}

/** Who issued a text the three sentences before name with the same noun ("eine gemeinsame Erklärung", "Abschlusserklärung"): their subject. */
function documentIssuerBefore(ctx: DocContext, head: Token): { name: string; type: SpeakerType; side: string | null } | null {
  const noun = head.norm;
  if (!(ctx.lex.documents ?? []).includes(noun)) return null;
  const { tokens, sentences } = ctx.layer;
  const here = head.sentence;
  for (let si = here - 1; si >= Math.max(0, here - 3); si--) {
    const s = sentences[si];
    let named = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !named; k++) named = tokens[k].wordClass === "noun" && tokens[k].norm.endsWith(noun);
    if (!named) continue;
    return sentenceSubject(ctx, si);
  }
  // Or the text the sentence before tells was put out: "Chamenei meldete sich auf X zu Wort. „…“, hieß es in dem Beitrag".
  const before = sentences[here - 1];
  if (!before) return null;
  const words = tokens.slice(before.tokenStart, before.tokenEnd);
  const published = words.some((t) => t.wordClass === "verb" && (PUBLISHING.test(t.lemma.toLowerCase()) || (t.lemma.toLowerCase() === "melden" && words.some((x) => x.norm === "wort"))));
  return published ? sentenceSubject(ctx, here - 1) : null;
}

// Verbs of putting out a text: its issuer is whom "der Beitrag", "die Erklärung" after it speak for.
const PUBLISHING = /^(?:veröffentlichen|schreiben|posten|twittern|verbreiten|herausgeben|äußern)$/;

/**
 * A body named in the five sentences before token `a` by a compound of the bare noun, with its
 * article: "Das chinesische Handelsministerium" for "das Ministerium" (the latest one `accepts`). Another
 * country named between them and `until` (where the statement begins) makes it ambiguous.
 */
function bodyNamedBefore(ctx: DocContext, a: number, head: Token, until: number, accepts: (noun: string) => boolean = () => true): { name: string; side: string | null } | null {
  const { tokens, sentences } = ctx.layer;
  const here = tokens[a].sentence;
  const from = sentences[Math.max(0, here - 5)].tokenStart;
  for (let k = a - 1; k >= from; k--) {
    const t = tokens[k];
    // (Also in the genitive with "des": "Die Reaktion des Außenministeriums in Peking".)
    const genitive = t.norm !== t.lemma.toLowerCase() ? t.lemma.toLowerCase() : null;
    if (t.wordClass !== "noun" || t.norm === head.norm || !(genitive ?? t.norm).endsWith(head.norm) || (genitive ?? t.norm) === head.norm || tokens[k + 1]?.norm === "der" || !accepts(genitive ?? t.norm)) continue;
    let j = k;
    while (j > from && tokens[j - 1].wordClass === "adj") j--;
    // Not a genitive "der" after a noun ("Briefe der Europäischen Zentralbank"), nor an apposition (", der Postbank").
    const before = tokens[j - 2];
    const article = tokens[j - 1]?.norm ?? "";
    if (j === from || !(/^(der|die|das)$/.test(article) || (genitive && article === "des")) || (before && (isComma(before) || (article !== "des" && isCapitalized(before) && before.wordClass === "noun")))) continue;
    const inside = ctx.mentions.filter((m) => m.start >= tokens[j].start && m.end <= t.end);
    // The registry's body, if it knows it; else named from the text, of the country its adjective names.
    // (A registry name may reach past the noun with its seat: "das Handelsministerium in Peking".)
    const body = inside.find((m) => m.type === "institution" || m.type === "organisation") ?? ctx.mentions.find((m) => (m.type === "institution" || m.type === "organisation") && m.start >= tokens[j].start && m.start <= t.start && m.end > t.end);
    // (Not past another country named since: "Die US-Regierung stellt Hilfe bereit. Armenien steht vor der Aufgabe, … Die
    // Regierung kündigte an, …" is Armenia's.)
    // (Only before the statement: what it says, "Die USA seien die größte Bedrohung, erklärte das Ministerium", is no mention of who said it.)
    if (body && otherCountrySince(ctx, body, until)) return null;
    if (body) return { name: body.name, side: body.side ?? null };
    // (Or who that phrase was read as where it spoke: "hatte die Menschenrechtsorganisation erklärt" after "Amnesty International".)
    const spoke = ctx.statements.find((x) => x.speaker !== null && x.speaker_resolved && x.speaker_clean_start !== null && x.speaker_clean_start <= t.start && (x.speaker_clean_end ?? 0) >= t.end);
    if (spoke && inside.length === 0) return { name: spoke.speaker!, side: spoke.speaker_side ?? null };
    // (Or named by its seat: "das Handelsministerium in Peking" → "Chinesisches Handelsministerium".)
    // A genitive is named in the nominative: "des taiwanischen Verteidigungsministeriums" → "Taiwanisches Verteidigungsministerium".
    const noun = genitive ? { ...t, norm: genitive } : t;
    const seat = SEAT_PREPOSITION.test(tokens[k + 1]?.norm ?? "") ? ctx.mentions.find((m) => m.type === "country" && m.demonym && m.start === tokens[k + 2]?.start) : undefined;
    if (seat?.demonym && inside.length === 0) return { name: bodyOfDemonym(seat.demonym, noun), side: seat.name };
    // (Or the registry's body of that name the article named earlier: "das Handelsministerium" after "des chinesischen Handelsministeriums".)
    const earlier = inside.length === 0 ? registryBodyBefore(ctx, tokens[j].start, genitive ?? t.norm) : undefined;
    if (earlier) return { name: earlier.name, side: earlier.side ?? null };
    const country = inside.find((m) => m.type === "country");
    // Named by its country's adjective alone: "des taiwanischen Verteidigungsministeriums".
    const ofDemonym = country?.demonym && country.via === "demonym" && inside.length === 1 ? { name: bodyOfDemonym(country.demonym, noun), side: country.name } : null;
    // (Named as written only in the three sentences before: further back the article has mostly named it better since,
    // "Der Glücksspielkonzern Novomatic", "das österreichische Innenministerium", which other rules find.)
    if (t.sentence < here - 3 && !ofDemonym) return null;
    if (genitive) return inside.length === 0 ? { name: t.lemma, side: null } : ofDemonym;
    return { name: normalizePhrase(ctx, j - 1, k + 1), side: country?.name ?? null };
  }
  return null;
}

/** The body a bare kind written in another case stands for ("des Ministeriums"), named before as `bodyNamedBefore` finds it, by a name of that kind; null if none. */
function bareKindNamedBefore(ctx: DocContext, a: number, noun: Token, kind: string, until: number): { name: string; side: string | null } | null {
  const lower = kind.toLowerCase();
  const named = bodyNamedBefore(ctx, a, { ...noun, norm: lower }, until);
  return named && named.name.toLowerCase().endsWith(lower) ? named : null;
}

// "Konzern", "Unternehmen" and "Firma" stand for a company of any kind; "die Bank", "die Gewerkschaft" for one of theirs.
const ANY_COMPANY = new Set(["konzern", "unternehmen", "firma"]);

/**
 * The latest company named right after a word of its kind before `start` ("dem US-Onlinehändler Amazon", "die Gewerkschaft
 * Verdi"), for "der Konzern", "das Unternehmen" (any kind of company in the lexicon) or "die Gewerkschaft" (that kind).
 */
function companyNamedBefore(ctx: DocContext, start: number, kind: string): string | null {
  const companies = ctx.lex.companies ?? [];
  const company = companies.includes(kind);
  if (!company && !(ctx.lex.associations ?? []).includes(kind)) return null;
  const tokens = ctx.layer.tokens;
  const to = firstTokenFrom(tokens, start);
  // An article is mostly about one company; an association ("die Organisation") is the one named in the five sentences before.
  const from = company ? 0 : Math.max(0, ctx.layer.sentences[Math.max(0, sentenceAt(ctx, start) - 5)].tokenStart);
  for (let k = (to < 0 ? tokens.length : to) - 2; k >= from; k--) {
    const lemma = tokens[k].lemma.toLowerCase();
    if (tokens[k].wordClass !== "noun" || !(ANY_COMPANY.has(kind) ? companies.some((c) => lemma.endsWith(c)) : lemma.endsWith(kind))) continue;
    const name = nameAfterKind(ctx, k + 1);
    if (name) return name;
  }
  return null;
}

/** Is `noun` the kind `kind` in the singular, as written or in the genitive ("des Konzerns")? "der Organisationen" are several. */
function isKindInSingular(noun: string, kind: string): boolean {
  const written = noun.toLowerCase();
  return written === kind || written === `${kind}s` || written === `${kind}es`;
}

/**
 * The body a bare kind noun stands for ("die Gruppe", "der Organisation", "der Behörde"): one of that kind named in this
 * sentence or the one before, else the one named right after that kind before ("die Gruppe JNIM"; see companyNamedBefore),
 * else the latest body named before in a phrase ending in the kind ("die Internationale Atomenergiebehörde" for "die
 * Behörde") or of a kind the registry lists for it, else for "Organisation" the one registry organisation
 * named in this sentence or the two before ("Human Rights Watch hat … vorgeworfen … heißt es in einem Bericht der Organisation").
 */
function bodyForKind(ctx: DocContext, start: number, noun: string, after: Token | undefined): { name: string; type: SpeakerType; side: string | null } | null {
  const singular = (k: string) => isKindInSingular(noun, k);
  // Not the first word of a longer name: "der Organisation für das Verbot chemischer Waffen".
  if (after !== undefined && /^(?:für|zur|zum)$/.test(after.norm)) return null;
  const kind = [...(ctx.lex.companies ?? []), ...(ctx.lex.associations ?? []), ...ctx.lex.institutions].find(singular);
  if (kind === undefined) {
    // A compound kind the registry lists for a body named before: "der Rüstungskonzern" after "Rheinmetall".
    const listed = ctx.mentions.filter((m) => m.end <= start && m.kinds !== undefined && m.kinds.some(singular)).pop();
    return listed ? { name: listed.name, type: speakerTypeOf(listed.type), side: listed.side ?? null } : null;
  }
  // (Not a name that only modifies a compound: "der Apple-Zulieferer Japan Display … teilte der Konzern mit".)
  const before = ctx.mentions.filter((m) => m.end <= start && m.type !== "person" && m.type !== "country" && ctx.doc.text[m.end] !== "-");
  // (A company is no state's institution: "die Bank" is not the "Europäische Zentralbank".)
  const company = (ctx.lex.companies ?? []).includes(kind);
  // Its name ends in the kind ("der Volkswagen-Konzern"), or the registry lists the kind for it ("Huawei": konzern), or a
  // compound of it ("IAEA": atombehörde, so "die Behörde").
  const listed = (m: ActorMention) => m.kinds !== undefined && (listsKind(m, kind) || (ANY_COMPANY.has(kind) && m.kinds.some((k) => (ctx.lex.companies ?? []).includes(k))));
  // (A government not past another country named since: "Die US-Regierung stellt Hilfe bereit. Armenien steht vor … Die
  // Regierung kündigte an" is Armenia's.)
  const ofKind = before.filter((m) => (!company || m.type === "organisation") && (listed(m) || ctx.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/).pop()!.endsWith(kind))).pop();
  if (ofKind && GOVERNMENT_HEAD.test(kind) && otherCountrySince(ctx, ofKind, start)) return null;
  // One named in this sentence or the one before comes first: "ExxonMobil hielt sich zurück. Ein Sprecher des Konzerns
  // sagte …", though "den staatlichen Ölkonzern PDVSA" stood further before. (Not where one there is named after its
  // kind: "Der Konzern Uniper verklagt Gazprom. Ein Sprecher des Konzerns …" is Uniper's.)
  const here = sentenceAt(ctx, start);
  const { tokens } = ctx.layer;
  const nearFrom = ctx.layer.sentences[Math.max(0, here - 1)].tokenStart;
  const namedByKindNear = tokens.slice(nearFrom, firstTokenFrom(tokens, start)).some((t) => t.wordClass === "noun" && (ctx.lex.companies ?? []).some((c) => t.lemma.toLowerCase().endsWith(c)) && nameAfterKind(ctx, t.index + 1) !== null);
  if (ofKind && here - sentenceAt(ctx, ofKind.start) <= 1 && !namedByKindNear) return { name: ofKind.name, type: speakerTypeOf(ofKind.type), side: ofKind.side ?? null };
  const named = companyNamedBefore(ctx, start, kind);
  if (named) return { name: named, type: "organisation", side: null };
  if (ofKind) return { name: ofKind.name, type: speakerTypeOf(ofKind.type), side: ofKind.side ?? null };
  if (kind !== "organisation" && kind !== "behörde") return null;
  // The one registry organisation that spoke in this sentence or the two before; for "die Behörde", the one state
  // body ("Das Handelsministerium in Peking begründete …, teilte die Behörde mit").
  const type: SpeakerType = kind === "behörde" ? "institution" : "organisation";
  const spoke = ctx.statements.filter((x) => x.clean_start < start && here - x.sentences[x.sentences.length - 1] <= 2 && x.speaker_type === type && (x.speaker_via === "registry" || type === "institution"));
  if (new Set(spoke.map((x) => x.speaker)).size === 1) return { name: spoke[0].speaker!, type, side: spoke[0].speaker_side };
  if (spoke.length > 0 || type !== "institution") return null;
  // Else the one body named in this sentence or the one before ("Auch die EU-Kommission meldete sich zu Wort. Ein Sprecher der Behörde …").
  // (A body that administers: not a parliament or a government, "Der Bundestag hat das Gesetz beschlossen".)
  const near = before.filter((m) => here - sentenceAt(ctx, m.start) <= 1 && m.type === "institution" && AUTHORITY_HEAD.test(m.name.toLowerCase()));
  return new Set(near.map((m) => m.name)).size === 1 ? { name: near[0].name, type: speakerTypeOf(near[0].type), side: near[0].side ?? null } : null;
}

const AUTHORITY_HEAD = /(?:ministerium|kommission|amt|behörde|agentur|dienst|polizei|verwaltung|zoll|wache|zentralbank|aufsicht)$/;

/**
 * A company's own name right after its kind: one to three capitalised words, each its own lemma (not "der Konzern Gewinne
 * machte"), no person's or country's name ("dem Automobilzulieferer Hohloch Antriebstechnik", "die Gewerkschaft IG Metall").
 */
function nameAfterKind(ctx: DocContext, from: number): string | null {
  const tokens = ctx.layer.tokens;
  const words: Token[] = [];
  for (let j = from; j < tokens.length && j < from + 3; j++) {
    const t = tokens[j];
    if (t.kind !== "word" || !isCapitalized(t) || t.sentence !== tokens[from].sentence || t.wordClass === "function" || t.wordClass === "verb") break;
    // (A name is its own lemma, an inflected common noun is not: "der Konzern Gewinne machte"; an English plural inside
    // a name is: "General Motors". Nor a time: "der Konzern Mittwochabend".)
    if ((t.lemma !== t.text && !/^\p{Lu}{2,}$/u.test(t.text) && !(words.length > 0 && t.text === `${t.lemma}s`)) || isTimeWord(t)) break;
    // (Nor a state's institution: "die Europäische Zentralbank EZB" is no company.)
    if (ctx.mentions.some((m) => (m.type === "person" || m.type === "country" || m.type === "institution") && m.start < t.end && m.end > t.start)) return null;
    words.push(t);
  }
  return words.length > 0 ? words.map((t) => t.text).join(" ") : null;
}

/** The latest statement before `start` by a body of this side ("EU-Kommission" for the EU), not the side itself. */
function seatBodyBefore(ctx: DocContext, start: number, side: string): Statement | undefined {
  return ctx.statements.filter((x) => x.clean_start < start && x.speaker !== null && x.speaker !== side && x.speaker_resolved && (x.speaker_type === "institution" || x.speaker_type === "organisation") && x.speaker_side === side).pop();
}

/** Kinds of body whose own name follows them ("Nachrichtenagentur ISNA", "Industrieverband Swissmem"). */
const ORGANISATION_KIND = /(?:agentur|zeitung|blatt|sender|fernsehen|rundfunk|portal|magazin|verband|organisation|konzern|unternehmen|gewerkschaft|stiftung|hersteller|gruppe|riese|autobauer|flugzeugbauer|maschinenbauer|anlagenbauer|schiffbauer|händler|anbieter|betreiber|zulieferer|versorger|produzent|plattform|behörde|aufsicht)$/;

/** The name after a body's kind at `kind`, to the phrase's end `b`: "Miliz | Hayat Tahrir al-Scham", "Partei | Srpska Lista"; null if none. */
function bodyNameAfterKind(ctx: DocContext, kind: number, b: number): string | null {
  const { tokens } = ctx.layer;
  const t = tokens[kind];
  if (!t || kind >= b || t.wordClass !== "noun" || !(ORGANISATION_KIND.test(t.norm) || NAMED_BODY_KIND.test(t.norm))) return null;
  const run = tokens.slice(kind + 1, b);
  if (run.length === 0 || run.length > 4 || ctx.genderOf(run[0].text) !== null || personNameShape(run.map((w) => w.text))) return null;
  const nameWord = (w: Token, i: number) => w.kind === "word" && ((isCapitalized(w) && w.wordClass !== "function") || (i > 0 && ARABIC_ARTICLE.test(w.text))) && !isTimeWord(w);
  // (Not a country's genitive, "der Regierung Guatemalas", nor a person's name the registry or the article knows.)
  const last = run[run.length - 1];
  if (!run.every(nameWord) || ctx.mentions.some((m) => (m.type === "country" || m.type === "person") && m.start < last.end && m.end > run[0].start)) return null;
  if (ctx.persons.some((p) => p.start < last.end && p.end > run[0].start)) return null;
  return run.map((w) => w.text).join(" ");
}

/** Kinds of company and association, "bank" left out (a bank's name often opens with it: "die Bank Austria"). */
const companyKindsOf = new WeakMap<ReportingLexicon, readonly string[]>();
function companyKinds(lex: ReportingLexicon): readonly string[] {
  let kinds = companyKindsOf.get(lex);
  if (!kinds) companyKindsOf.set(lex, (kinds = [...(lex.companies ?? []), ...(lex.associations ?? [])].filter((c) => c !== "bank")));
  return kinds;
}

/**
 * The own name after a company's or association's kind noun in the phrase [a, b), if the phrase is just that (see its
 * use), typed as an institution where the kind is one ("des Industrieverbands Swissmem"), else as an organisation. Not a
 * person's name: "Der Waffenhändler Viktor But", "Der Kunsthändler Cornelius Gurlitt".
 */
function companyNameAfterKind(ctx: DocContext, a: number, b: number, inside: readonly ActorMention[]): { name: string; type: SpeakerType } | null {
  // (A demonym may qualify it: "des moldauischen Netzbetreibers Moldelectrica".)
  if (inside.some((m) => m.type !== "country" || m.via !== "demonym")) return null;
  const { tokens } = ctx.layer;
  let k = a;
  while (k < b && (DETERMINERS.has(tokens[k].norm) || (tokens[k].wordClass === "adj" && !isCapitalized(tokens[k])))) k++;
  const kind = tokens[k];
  // (After an article or an adjective: "Bank Austria" is a name of its own.)
  if (!kind || k === a || k + 1 >= b || b - k > 4 || !isCapitalized(kind)) return null;
  if (!isCompanyKind(ctx, kind)) return null;
  const noun = kind.norm.replace(/e?s$/, "");
  const isKind = (c: string) => noun.endsWith(c) || kind.norm.endsWith(c);
  const own = tokens.slice(k + 1, b);
  // (A name's words may look like nouns or adjectives to the dictionary: "der Betreiber Energoatom", "die Organisation
  // Transparency International Georgia", "die Betreibergesellschaft Nord Stream AG".)
  // (Not a time, "der börsennotierte Konzern Mittwochabend", nor an inflected noun, "der Organisation Schätzungen zufolge"; a
  // noun only after a firm's kind, where it is a name, not after a body's, where it is part of one: "die Stiftung Warentest",
  // "der Landesapothekerverband Baden-Württemberg"; not an adjective first: "der Bundesverband Deutscher …" is all one name.)
  const firm = (ctx.lex.companies ?? []).some(isKind);
  const nameWord = (t: Token, i: number) =>
    t.kind === "word" && isCapitalized(t) && t.wordClass !== "verb" && t.wordClass !== "function" && !isTimeWord(t) && (i > 0 || t.wordClass !== "adj") && (t.wordClass !== "noun" || (t.lemma === t.text && firm));
  if (!own.every(nameWord)) return null;
  if (ctx.genderOf(own[0].text) !== null || ctx.mentions.some((m) => m.type === "person" && m.start < own[own.length - 1].end && m.end > own[0].start)) return null;
  return { name: own.map((t) => t.text).join(" "), type: ctx.lex.institutions.some(isKind) ? "institution" : "organisation" };
}

/** Does the noun name a kind of company, association or medium ("Netzbetreiber", "Nachrichtenagentur"; "Großbank" too, given all `kinds`)? */
function isCompanyKind(ctx: DocContext, t: Token, kinds: readonly string[] = companyKinds(ctx.lex)): boolean {
  const noun = t.norm.replace(/e?s$/, "");
  return kinds.some((c) => noun.endsWith(c) || t.norm.endsWith(c)) || ORGANISATION_KIND.test(noun) || ORGANISATION_KIND.test(t.norm);
}

/** The one registry body mentioned before `start` whose name ends in `noun` ("Chinesisches Handelsministerium" for "Handelsministerium"), of `side` if given. */
function registryBodyBefore(ctx: DocContext, start: number, noun: string, side?: string): ActorMention | undefined {
  const bodies = ctx.mentions.filter((m) => m.start < start && (m.type === "institution" || m.type === "organisation") && m.name.toLowerCase().endsWith(noun) && (side === undefined || m.side === side));
  return new Set(bodies.map((m) => m.name)).size === 1 ? bodies[0] : undefined;
}

/**
 * The latest statement before `start` by a body of `side` whose name ends in `noun` (not `generic`, the name the phrase
 * itself gives), if only one such body spoke, or if the latest spoke in the two sentences before: "Das russische
 * Verteidigungsministerium sprach von „Vergeltungsschlägen“. … teilte das Ministerium in Moskau mit" after the foreign ministry spoke.
 */
function spokenBodyBefore(ctx: DocContext, start: number, noun: string, side: string, generic: string | null = null): Statement | undefined {
  const spoke = ctx.statements.filter((x) => x.clean_start < start && x.speaker !== null && x.speaker !== generic && x.speaker_resolved && x.speaker_side === side && (x.speaker_type === "institution" || x.speaker_type === "organisation") && x.speaker.toLowerCase().endsWith(noun) && x.speaker.toLowerCase() !== noun);
  const last = spoke[spoke.length - 1];
  if (new Set(spoke.map((x) => x.speaker)).size === 1) return last;
  return last && sentenceAt(ctx, start) - last.sentences[last.sentences.length - 1] <= 2 ? last : undefined;
}

/**
 * The latest statement in the three sentences before `start` by a body with a word of this kind in its name
 * ("Verband der Automobilindustrie", "Landesverband Windenergie" for "Verband"; "Flüchtlingsorganisation Pro Asyl" for
 * "Organisation"; "Sudanesische Regierung in Port Sudan" for "Regierung"), if it is the only such body that spoke there.
 */
function bodyOfKindBefore(ctx: DocContext, start: number, noun: string): Statement | undefined {
  const kind = noun.toLowerCase();
  if (kind.length < 5) return undefined;
  const here = sentenceAt(ctx, start);
  // (By the words it was named with, too: "Die Internationale Organisation für Migration (IOM)" is the IOM; or by a kind
  // the registry lists for it: "ein Sprecher des Ministeriums" after "Das Auswärtige Amt …".)
  const listed = (x: Statement) => ctx.mentions.some((m) => m.name === x.speaker && listsKind(m, kind));
  const named = (x: Statement) => [x.speaker!, x.speaker_surface ?? ""].some((n) => n.toLowerCase().split(/\s+/).some((w) => w.endsWith(kind))) || listed(x);
  const spoke = ctx.statements.filter((x) => x.clean_start < start && here - x.sentences[x.sentences.length - 1] <= 3 && x.speaker !== null && x.speaker_resolved && (x.speaker_type === "institution" || x.speaker_type === "organisation") && x.speaker.toLowerCase() !== kind && named(x));
  return new Set(spoke.map((x) => x.speaker)).size === 1 ? spoke[spoke.length - 1] : undefined;
}

/** The latest statement before `start` by a body whose name ends in `noun` ("Chinesisches Verteidigungsministerium" for "Ministerium"). */
function sameBodyBefore(ctx: DocContext, start: number, noun: string): Statement | undefined {
  const head = noun.toLowerCase();
  return ctx.statements.filter((x) => x.clean_start < start && x.speaker !== null && x.speaker_resolved && (x.speaker_type === "institution" || x.speaker_type === "organisation") && x.speaker.toLowerCase().endsWith(head)).pop();
}

/** The latest statement before `start`, ending at most `back` sentences before its own, if its speaker is resolved. */
function resolvedSpeakerBefore(ctx: DocContext, start: number, back: number): Statement | undefined {
  const last = statementsBefore(ctx, start, back).pop();
  // (Or one the words name as written, that no list knows: "Das Luftverteidigungskommando (Norad) teilte mit, … hieß es in der Mitteilung".)
  return last && last.speaker !== null && (last.speaker_resolved || last.speaker_via === "name") ? last : undefined;
}

/**
 * The person named in full as the subject of one of the `back` sentences before: what a description points back to
 * when no statement of theirs is known yet (quotations get their speakers before any frame is read).
 */
function namedSubjectBefore(ctx: DocContext, here: number, back = 2): Described | undefined {
  for (let si = here - 1; si >= Math.max(0, here - back); si--) {
    const subject = sentenceSubject(ctx, si);
    // A person the document names as one (not any two capitalised words: "Transparency International").
    if (subject?.type === "person" && subject.name.includes(" ") && ctx.persons.some((p) => p.name === subject.name)) return { speaker: subject.name, speaker_resolved: true, speaker_side: subject.side, speaker_role: null };
  }
  return undefined;
}

/** The sentence a quotation ending in sentence `si` opens in, within its paragraph (`si` itself when it opens outside one). */
function quotationStart(ctx: DocContext, si: number): number {
  const { sentences, tokens } = ctx.layer;
  const opensQuoted = (i: number) => {
    let k = sentences[i].tokenStart;
    while (k < sentences[i].tokenEnd && tokens[k].kind !== "word") k++;
    return k < sentences[i].tokenEnd && inQuote(ctx, k);
  };
  let first = si;
  while (first > 0 && sentences[first - 1].paragraph === sentences[si].paragraph && opensQuoted(first)) first--;
  return opensQuoted(first) ? first : first + (first < si ? 1 : 0);
}

/** The person last named before `start` whose age on the article's date the registry gives as `age`. */
function ofAge(ctx: DocContext, start: number, age: number): Described | undefined {
  const named = ctx.mentions.filter((m) => m.type === "person" && m.end <= start && (ctx.agesOf?.(m.name) ?? []).includes(age)).pop();
  return named ? { speaker: named.name, speaker_resolved: true, speaker_side: named.side ?? null, speaker_role: null } : undefined;
}

/** The one person named in full in the sentence before, if it names exactly one. */
function onlyPersonBefore(ctx: DocContext, here: number, fitsRole: (role: string) => boolean): Described | undefined {
  const s = ctx.layer.sentences[here - 1];
  if (!s) return undefined;
  // (A person by a given name: "Recyclingunternehmens Häusle" or "Vie Active" is no one's.)
  const named = ctx.persons.filter((p) => p.start >= s.start && p.end <= s.end && p.name.includes(" ") && ctx.genderOf(p.name.slice(0, p.name.indexOf(" "))) !== null);
  const names = new Set(named.map((p) => p.name));
  // Its office: the role noun written with it, or a noun right before the name ("den St.-Pauli-Spieler Carlos Zambrano").
  const { tokens } = ctx.layer;
  const office = (p: PersonMention) => {
    const before = tokens[firstTokenFrom(tokens, p.start) - 1];
    return p.role ?? (before && before.wordClass === "noun" && isCapitalized(before) ? before.lemma.toLowerCase() : null);
  };
  if (names.size !== 1 || named.some((p) => office(p) !== null && !fitsRole(office(p)!))) return undefined;
  const name = [...names][0];
  return { speaker: name, speaker_resolved: true, speaker_side: ctx.persons.find((p) => p.name === name)?.side ?? null, speaker_role: null };
}

/** The person named with the same text earlier ("ein Brief von Präsidentschaftskandidatin Irmgard Griss"), if any. */
function writerNamedWith(ctx: DocContext, head: Token): PersonMention | null {
  const { tokens } = ctx.layer;
  const noun = head.lemma.toLowerCase();
  for (let k = head.index - 1; k >= 0; k--) {
    if (!isCapitalized(tokens[k]) || !tokens[k].lemma.toLowerCase().endsWith(noun)) continue;
    // Its writer after "von", or the possessor right after it, within a few words (the mention that names one).
    if (!/^(?:von|vom|des|der)$/.test(tokens[k + 1]?.norm ?? "")) continue;
    const after = tokens[k + 1].end;
    const person = ctx.persons.find((p) => p.start > after && p.start - after < 60 && tokens[k + 1].sentence === tokens[firstTokenFrom(tokens, p.start)]?.sentence);
    if (person) return person;
  }
  return null;
}

/** "Staatsanwalt Bernhard Bogner … sagte der Staatsanwalt": the nearest person written earlier with the same noun before the name. */
function namedWithNoun(ctx: DocContext, start: number, head: Token, qualifier: string | null, side: string | null = null): Described | undefined {
  const noun = head.lemma.toLowerCase();
  // "der brasilianische Präsident" is not "Venezuelas Präsident Hugo Chávez".
  // The role written with the name ends in the noun ("Außenminister Wang Yi" for "der Minister"), or the noun covers it ("der Staatschef").
  const written = (role: string) => role.endsWith(noun) || (ctx.lex.roleKinds.get(noun) ?? []).some((o) => role.endsWith(o));
  // The qualifier may name the side another way: "der russische Chefdiplomat" is "Russlands Außenminister Sergej Lawrow".
  // Or an office the registry knows the person by: "seinem russischen Amtskollegen Sergej Lawrow … der russische Chefdiplomat".
  const holds = (p: PersonMention) => (p.role !== null && written(p.role)) || ctx.titlesOf(p.name).some(written);
  // (A person of no side told, named last and just before, may be described by one: "der EU-Sonderbeauftragte für den
  // Dialog, Miroslav Lajčák. Der slowakische Diplomat sprach …".)
  const last = ctx.persons.filter((p) => p.start < start).pop();
  // (Not one whose own phrase names a body of another side: "Ein Sprecher des Auswärtigen Amts, Sebastian Fischer".)
  const otherSideWith = (p: PersonMention) => side !== null && ctx.mentions.some((m) => m.type !== "person" && m.side !== null && m.side !== side && m.end <= p.start && sentenceAt(ctx, m.start) === sentenceAt(ctx, p.start));
  const unknownSide = (p: PersonMention) => p === last && p.side === null && p.roleQualifier === null && sentenceAt(ctx, start) - sentenceAt(ctx, p.start) <= 1 && !otherSideWith(p);
  const person = ctx.persons.filter((p) => p.start < start && holds(p) && (qualifier === null || p.roleQualifier === qualifier || (side !== null && p.side === side) || unknownSide(p))).pop();
  return person && { speaker: person.name, speaker_resolved: true, speaker_side: person.side, speaker_role: person.role };
}

/** The country a genitive name at token `a` names: "Guyanas", "Russlands" (not a demonym, not "USA"). */
function countryGenitiveAt(ctx: DocContext, a: number): ActorMention | undefined {
  const t = ctx.layer.tokens[a];
  return /s$/.test(t.text) && isCapitalized(t) ? ctx.mentions.find((m) => m.type === "country" && m.start === t.start && m.end === t.end && m.via !== "demonym") : undefined;
}

/**
 * The gender of a definite description of one person ("der Minister", "die Grünen-Politikerin", "die 45-Jährige"),
 * or null when the phrase is none: its article and its head noun tell.
 */
function describedPerson(ctx: DocContext, a: number, head: Token): "female" | "male" | null {
  const { tokens } = ctx.layer;
  const article = tokens[a].norm;
  // "Guyanas Staatschef", "Russlands Außenministerin": a country's genitive stands for the article, before one person
  // (the noun as its lemma: not "Chinas Diplomaten").
  const ofCountry = a + 1 === head.index && countryGenitiveAt(ctx, a) !== undefined && head.text === head.lemma;
  // A person's noun, an office or a kind of office.
  const ofPerson = (noun: string) => PERSON_NOUN.test(noun) || isRoleNoun(ctx.lex, head.lemma) || ctx.lex.roleKinds.has(head.lemma.toLowerCase());
  // "zitierte Xinhua den Präsidenten": one man in the accusative (a noun as its lemma, or a weak one in "-en": "den
  // Minister", "den Präsidenten"; not "den Ministern", nor a dative plural after a preposition: "laut den Experten").
  const accusative = article === "den" && !PREPOSITIONS.has(tokens[a - 1]?.norm ?? "") && (head.text === head.lemma || (head.text === `${head.lemma}en` && /(?:ent|ant|at|ist|og|ot)$/.test(head.lemma)));
  if (accusative) return ofPerson(head.lemma.toLowerCase()) ? "male" : null;
  // "Laut dem Experten": one man in the dative too (plural would be "den Experten"; not a neuter noun, "dem Vorstandsmitglied").
  const dative = article === "dem" && (head.text === head.lemma || head.text === `${head.lemma}n` || head.text === `${head.lemma}en`) && !/(?:mitglied|oberhaupt)$/.test(head.norm);
  if (dative) return ofPerson(head.lemma.toLowerCase()) ? "male" : null;
  // "Nach Worten des Kremlsprechers": a genitive of one man too.
  if (article !== "der" && article !== "die" && article !== "des" && !ofCountry) return null;
  // "der beiden Politiker": more than one.
  if (/^(?:beiden|beide|zwei|drei|vier|mehrere|einige|vielen)$/.test(tokens[a + 1]?.norm ?? "")) return null;
  const noun = (article === "des" ? head.lemma : head.text).toLowerCase();
  if (!ofPerson(noun) && !demonymNounAt(ctx, head)) return null;
  const feminine = FEMININE_NOUN.test(head.text) || noun.endsWith("in");
  // ("nach Ansicht der Expertin": "der" before a woman's noun is her genitive or dative.)
  if (article === "der" || ofCountry) return feminine ? "female" : "male";
  if (article === "des") return feminine ? null : "male";
  // "die Politikerin", "die 45-Jährige", "die Vorsitzende"; "die Politiker" is more than one.
  // ("die Deutsche" is one woman, an adjective's noun as "die Vorsitzende".)
  return feminine || /(?:jährige|vorsitzende|abgeordnete)$/.test(noun) || noun === "deutsche" ? "female" : null;
}

/** The country a people's noun names ("der Norweger", "die Französin"), if the head is one. */
function demonymNounAt(ctx: DocContext, head: Token): ActorMention | undefined {
  return isCapitalized(head) ? ctx.mentions.find((m) => m.type === "country" && m.via === "demonym" && m.start === head.start && m.end === head.end) : undefined;
}

const honorificsByTokens = new WeakMap<readonly Token[], Map<string, "female" | "male">>();
/** Words written after "Frau" or "Herr(n)" in a document, with the gender that tells (the first one wins). */
function honorificsOf(tokens: readonly Token[]): Map<string, "female" | "male"> {
  let out = honorificsByTokens.get(tokens);
  if (!out) {
    out = new Map();
    for (let k = 1; k < tokens.length; k++) {
      const before = tokens[k - 1].norm;
      const gender = before === "frau" ? "female" : before === "herr" || before === "herrn" ? "male" : null;
      if (gender && !out.has(tokens[k].text)) out.set(tokens[k].text, gender);
    }
    honorificsByTokens.set(tokens, out);
  }
  return out;
}

/**
 * A person's gender: from the registry or the given name (ctx.genderOf), else from the article:
 * "Frau"/"Herr" before the name or its last word, or the role written before the name
 * ("die Sprecherin Anna Roth", "Minister Roth").
 */
export function personGenderIn(ctx: DocContext, name: string | null): "female" | "male" | null {
  if (name === null) return null;
  const known = ctx.genders.get(name);
  if (known !== undefined) return known;
  let gender = ctx.mentions.find((m) => m.name === name && m.gender)?.gender ?? ctx.genderOf(name);
  if (gender === null) {
    const honorifics = honorificsOf(ctx.layer.tokens);
    gender = honorifics.get(name.slice(name.lastIndexOf(" ") + 1)) ?? honorifics.get(name.split(" ")[0]) ?? null;
    const role = ctx.persons.find((p) => p.name === name && p.role !== null)?.role;
    if (gender === null && role) gender = feminineRole(ctx, role) ? "female" : "male";
  }
  ctx.genders.set(name, gender);
  return gender;
}

function sentenceAt(ctx: DocContext, at: number): number {
  const { sentences } = ctx.layer;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The subject of one of the two sentences before, as a speaker ("previous"), for free indirect speech. */
export function subjectBefore(ctx: DocContext, si: number): Partial<Speaker> {
  for (let j = si - 1; j >= Math.max(0, si - 2); j--) {
    const subject = sentenceSubject(ctx, j);
    if (subject) return { speaker: subject.name, speaker_type: subject.type, speaker_resolved: true, speaker_via: "previous", speaker_side: subject.side };
  }
  return {};
}

// Verbs and nouns of a view, an answer or a demand that a colon opens the words of.
const COLON_VIEW_VERBS = /^(?:halten|sehen|reagieren|sprechen|kommentieren|begründen|erinnern|verweisen|antworten|kontern|erwidern|entgegnen|widersprechen|beurteilen|bewerten|einschätzen|urteilen|meinen|glauben|finden|warnen|fordern|stellen|machen|formulieren|bringen|betonen)$/;
const COLON_VIEW_NOUNS = /(?:erwartung|forderung|bedingung|botschaft|warnung|position|haltung|meinung|sicht|antwort|urteil|einschätzung|standpunkt|appell|mahnung|kritik)$/;

/**
 * "Lazović hält davon wenig: Eine Regierung, die ihre Bürger belüge, könne …": the subject of a clause that ends in a colon
 * (outside quotations), when it names a person, body or side; with the colon's token index.
 */
export function colonClauseSpeaker(ctx: DocContext, s: Sentence): { range: [number, number]; colon: number } | null {
  const { tokens } = ctx.layer;
  let colon = s.tokenStart + 2;
  while (colon < s.tokenEnd - 2 && !(tokens[colon].text === ":" && !inQuote(ctx, colon))) colon++;
  if (colon >= s.tokenEnd - 2) return null;
  const clause: Sentence = { ...s, end: tokens[colon].start, tokenEnd: colon };
  const range = subjectRange(ctx, clause);
  if (!range || range[1] > colon) return null;
  // (Not a copula's subject, what is said of the words: "Die Botschaft war klar: …"; and only a clause of a view, an answer or
  // a demand, "hält davon wenig", "sieht das anders", "stellt eine Bedingung", not "Russland verfolgt dabei ein Ziel: …", which
  // another's reported speech may go on past.)
  const verb = tokens[firstVerbIndex(ctx, clause)];
  if (!verb || /^(?:ist|sind|war|waren|sei|seien|wäre|wären|bleibt|blieb)$/.test(verb.norm)) return null;
  const view = COLON_VIEW_VERBS.test(verb.lemma.toLowerCase()) || tokens.slice(s.tokenStart, colon).some((t) => isCapitalized(t) && COLON_VIEW_NOUNS.test(t.lemma.toLowerCase()));
  if (!view) return null;
  const speaker = resolveSpeaker(ctx, range, tokens[range[0]].start);
  return speaker.speaker !== null && speaker.speaker_resolved && speaker.speaker_type !== "unknown" && speaker.speaker_type !== "group" ? { range, colon } : null;
}

/** The person or organisation named in a sentence's Vorfeld (its subject in a V2 main clause). */
export function sentenceSubject(ctx: DocContext, si: number): { name: string; type: SpeakerType; side: string | null } | null {
  const s = ctx.layer.sentences[si];
  const range = s ? subjectRange(ctx, s) : null;
  if (!range) return null;
  const { tokens } = ctx.layer;
  const [a, b] = range;
  const from = tokens[a].start;
  const to = tokens[b - 1].end;
  const inside = ctx.mentions.filter((m) => m.start >= from && m.end <= to && m.type !== "country");
  // A name in apposition at the Vorfeld's end is whom it describes, not a person in its genitive: "Der Berater des
  // brasilianischen Präsidenten Lula, Celso Amorim, nahm teil".
  const appositive = ctx.persons.find((p) => p.start > from && p.name.includes(" ") && isComma(tokens[firstTokenFrom(tokens, p.start) - 1]) && /^[,)]?$/.test(tokens[firstTokenFrom(tokens, p.end)]?.text ?? "") && firstTokenFrom(tokens, p.end) >= b - 1 && firstTokenFrom(tokens, p.end) <= b);
  if (appositive && inside.some((m) => m.type === "person" && m.end <= appositive.start && m.name !== appositive.name)) return { name: appositive.name, type: "person", side: appositive.side ?? null };
  const person = inside.find((m) => m.type === "person");
  if (person) return { name: person.name, type: "person", side: person.side ?? null };
  // A full name before an organisation in a genitive ("der Vorsitzende des Bundestags-Innenausschusses, Sebastian Edathy");
  // a name that opens the Vorfeld before its apposition ("Gabriela Schimmer-Göresz, Vorsitzende des …, verteidigte").
  let comma = a + 1;
  while (comma < b && !isComma(tokens[comma])) comma++;
  const lead = comma < b ? nameIn(ctx, a, comma) : null;
  const name = lead?.includes(" ") ? lead : nameIn(ctx, a, b);
  if (name?.includes(" ")) return { name, type: "person", side: null };
  const org = inside[0];
  if (org) return { name: org.name, type: speakerTypeOf(org.type), side: org.side ?? null };
  if (!name) {
    // After the verb, a definite institution no registry knows ("Gegen den Verband ermittelt die Staatsanwaltschaft").
    const head = headNoun(ctx, a, b);
    if (a > s.tokenStart && head && /^(der|die|das)$/.test(tokens[a].norm) && ctx.lex.institutions.some((h) => head.norm.endsWith(h))) return { name: normalizePhrase(ctx, a, b), type: "institution", side: null };
    return null;
  }
  const full = lookupPerson(ctx, name, from, false);
  // (A word no one is named by, before a verb in the plural, is a group: "Dschihadisten kontrollieren …".)
  const plural = tokens[b]?.wordClass === "verb" && /[^n]n$/.test(tokens[b].norm);
  return full ? { name: full.name, type: "person", side: full.side } : b - a <= 2 && !plural ? { name, type: "person", side: null } : null;
}

/** Does sentence si's subject open with "der" ("Der Inlandsgeheimdienst FSB", "Der Kreml")? */
function masculineSubject(ctx: DocContext, si: number): boolean {
  const s = ctx.layer.sentences[si];
  const range = s ? subjectRange(ctx, s) : null;
  return range !== null && ctx.layer.tokens[range[0]].norm === "der" && range[0] === s.tokenStart;
}

/** "Allein Check24 hat …": the nominal phrase after a focus particle that opens the sentence, up to the finite verb. */
function afterFocusParticle(ctx: DocContext, s: Sentence): [number, number] | null {
  const { tokens } = ctx.layer;
  const verb = firstVerbIndex(ctx, s);
  const from = s.tokenStart + 1;
  return FRAME_ADVERBS.has(tokens[s.tokenStart].norm) && verb > from && verb < s.tokenEnd && isNominalStart(tokens[from], tokens[from + 1]) ? [from, verb] : null;
}

/** Token range of a V2 main clause's subject: its nominal Vorfeld, or the subject right after the finite verb. */
// Heads of plural subjects that can hold a view: agent nouns, people ("Studierende"), services and states.
const GROUP_HEAD = /(?:er|ist|ent|ant|at|te|ge|ende|dienst|land|staat|regierung|behörde|partei|organisation)$/;
const AUX_OR_COPULA = /^(?:ist|sind|hat|haben|wird|werden|war|waren|sei|seien)$/;

/** A group named as the subject of a plural verb opening sentence si ("Westliche Geheimdienste sehen …"), as a speaker. */
function pluralSubject(ctx: DocContext, si: number, at: number): Speaker | null {
  const s = ctx.layer.sentences[si];
  const range = s ? subjectRange(ctx, s) : null;
  if (!range) return null;
  const { tokens } = ctx.layer;
  const plural = (t: Token | undefined) => t !== undefined && (t.norm === "sind" || (t.wordClass === "verb" && /\p{Ll}(?:en|ern|eln)$/u.test(t.text)));
  // Its plural verb after it, or before it when the subject follows the verb ("Seit November blockieren Studierende …").
  const verb = range[0] === s.tokenStart ? range[1] : range[0] - 1;
  if ((range[0] !== s.tokenStart && verb !== firstVerbIndex(ctx, s)) || !plural(tokens[verb])) return null;
  // The pronoun's own verb, if right after it, is plural too ("Sie fordern", not "Diese geht davon aus").
  const k = firstTokenFrom(tokens, at);
  const after = tokens[k + 1];
  if (PERSONAL_PRONOUNS.has(tokens[k]?.norm ?? "") || DEMONSTRATIVES[tokens[k]?.norm ?? ""]) {
    // "Sie sollen … transferiert haben": hearsay about them, not their words.
    if (after && (((after.wordClass === "verb" || AUX_OR_COPULA.test(after.norm)) && !plural(after)) || /^sollen$/.test(after.norm))) return null;
  }
  // Who can hold a view: people, services, states ("Westliche Geheimdienste", "Nationalisten", "Experten"), not "Die Ergebnisse".
  const head = tokens[range[1] - 1];
  if (!isCapitalized(head) || !(GROUP_HEAD.test(head.lemma.toLowerCase()) || GROUP_HEAD.test(head.norm.replace(/(?:en|n)$/, "")))) return null;
  const found = resolveSpeaker(ctx, range, at);
  return found.speaker !== null && (found.speaker_type === "group" || found.speaker_type === "unknown") ? found : null;
}

/** The speaker the subject of sentence si names, if it has one. */
export function subjectSpeaker(ctx: DocContext, si: number, at: number): Speaker | null {
  const s = ctx.layer.sentences[si];
  const range = s ? subjectRange(ctx, s) : null;
  return range ? resolveSpeaker(ctx, range, at) : null;
}

function subjectRange(ctx: DocContext, s: Sentence): [number, number] | null {
  const { tokens } = ctx.layer;
  const verb = firstVerbIndex(ctx, s);
  if (verb <= s.tokenStart || verb >= s.tokenEnd) return null;
  if (isNominalStart(tokens[s.tokenStart], tokens[s.tokenStart + 1])) {
    // "Die Entwicklung im Iran verglich Merkel mit …": a thing in the Vorfeld is the object; the person right after the verb is the subject.
    const vorfeld: [number, number] = [s.tokenStart, verb];
    const head = /^(?:die|das)$/.test(tokens[s.tokenStart].norm) ? headNoun(ctx, s.tokenStart, verb) : null;
    const after = head && isThing(ctx, vorfeld, head) ? nounPhraseAfter(ctx, verb + 1, s.tokenEnd) : null;
    return after && after[0] === verb + 1 && after[1] - after[0] <= 3 && phraseNamesPerson(ctx, after[0], after[1]) ? after : vorfeld;
  }
  // "Auch Miller wollte …", "Selbst die Ministerin Anna Roth räumte ein …": a focus particle before a subject that names a person.
  const focused = afterFocusParticle(ctx, s);
  if (focused) {
    // (A person the registry knows or of a known gender, not a product named like one, "Auch BitLocker, Microsofts …";
    // and no preposition before the person: "Selbst die Pläne der Regierung von Premier Manuel Valls gehen …".)
    const [from, to] = [tokens[focused[0]].start, tokens[verb - 1].end];
    const ownSubject = (p: PersonMention) => {
      if (p.start < from || p.end > to || !(p.registry || personGenderIn(ctx, p.name) !== null)) return false;
      for (let j = focused[0]; j < verb && tokens[j].start < p.start; j++) if (PREPOSITIONS.has(tokens[j].norm)) return false;
      return true;
    };
    if (ctx.persons.some(ownSubject)) return focused;
  }
  // "Unterdessen verteidigte der Vorsitzende …, Sebastian Edathy (SPD), den Gesetzentwurf":
  // after an adverbial Vorfeld the subject follows the finite verb.
  // (Not "als" before a noun, a preposition: "Als Begründung führte der Konzern … an".)
  // (Nor before an adjective and its noun: "Als erster Redner trat Pistorius ans Pult".)
  const nounAfter = (j: number) => isCapitalized(tokens[j]) && tokens[j].wordClass === "noun";
  const asNoun = tokens[s.tokenStart].norm === "als" && (nounAfter(s.tokenStart + 1) || (tokens[s.tokenStart + 1]?.wordClass === "adj" && nounAfter(s.tokenStart + 2)));
  // (A Vorfeld of prepositional phrases may run longer: "Bei einer Kranzniederlegung am Denkmal für den sowjetischen
  // Marschall Georgi Schukow erinnerte Putin …".)
  const longest = PREPOSITIONS.has(tokens[s.tokenStart].norm) ? 14 : 8;
  // (After a subordinate clause in the Vorfeld, the subject follows the main clause's verb: "Als Vance sprach, saß Pistorius …".)
  // (Only a person: "Während die Villa restituiert wurde, ist viel Raubgut verschwunden" names no speaker.)
  // (Only after an adverbial clause: "Ob …, muss die Richterin klären" leaves "er" after it to whom the clause names.)
  if (SUBORDINATORS.has(tokens[s.tokenStart].norm) && !asNoun) {
    const adverbial = ADVERBIAL_SUBORDINATORS.has(tokens[s.tokenStart].norm);
    const after = adverbial && mainClauseStart(ctx, s) === verb && verb > s.tokenStart ? invertedSubject(ctx, verb, s) : null;
    return after && phraseNamesPerson(ctx, after[0], after[1]) ? after : null;
  }
  if (verb - s.tokenStart > longest || hasClauseBreak(ctx, s.tokenStart - 1, verb)) return null;
  return invertedSubject(ctx, verb, s);
}

/** The side a mention names or speaks for: a country by its name, a person or body by their country. */
export function mentionSide(m: ActorMention): string | null {
  return m.type === "country" ? m.name : m.side ?? null;
}

function sideOf(ctx: DocContext, mentions: ActorMention[]): string | null {
  // A side in a phrase of "für" is what the office deals with, not whose it is: "Die Sprecherin des Büros für
  // Taiwan-Angelegenheiten in Peking" speaks for China. It counts only where nothing else tells the side.
  const topic = (m: ActorMention) => {
    const { tokens } = ctx.layer;
    const first = firstTokenFrom(tokens, m.start);
    let j = first - 1;
    while (j >= 0 && j >= first - 3 && (GENITIVE_DETERMINERS.has(tokens[j].norm) || /^(?:die|den|das)$/.test(tokens[j].norm) || tokens[j].wordClass === "adj")) j--;
    return tokens[j]?.norm === "für";
  };
  for (const told of [mentions.filter((m) => !topic(m)), mentions]) {
    for (const m of told) if (m.side) return m.side;
    for (const m of told) if (m.type === "country") return m.name;
  }
  return null;
}

function roleText(ctx: DocContext, surface: string, start: number, person: ActorMention | null, name?: string): string | null {
  let role = surface;
  if (person) role = surface.slice(0, person.start - start) + surface.slice(person.end - start);
  else if (name) {
    // Remove the name and any given name glued before it ("Song" in "…, Song Tang").
    const at = surface.lastIndexOf(name);
    if (at >= 0) role = surface.slice(0, at).replace(/,?\s*\p{Lu}\p{Ll}+\s*$/u, (m) => (m.trim().startsWith(",") || /,\s*$/.test(surface.slice(0, at - m.length + 1)) ? "" : m)) + surface.slice(at + name.length);
  }
  role = role.replace(/^[\s,]+|[\s,]+$/g, "").replace(/\s*,\s*,?\s*$/, "").replace(/\s{2,}/g, " ");
  return role && /\p{L}{3}/u.test(role) && !/^(Herr|Frau|Herrn)$/.test(role) ? role : null;
}

function roleQualifier(ctx: DocContext, a: number, b: number): string | null {
  for (let j = a; j < b; j++) {
    const t = ctx.layer.tokens[j];
    if (t.wordClass === "adj" && /isch$/.test(t.lemma)) return t.lemma.toLowerCase();
  }
  return null;
}

const isDefinite = (t: Token) => /^(der|die|das|dem|den|des)$/.test(t.norm);
const isDefiniteSingular = (t: Token) => /^(der|das)$/.test(t.norm);

/** The side any mention of a person tells ("der vietnamesische Staatspräsident Luong Cuong"), if one does. */
function sideOfPerson(ctx: DocContext, name: string): string | null {
  // Or the side an earlier statement of theirs was given ("Sprecher Zhang Xiaogang" after his ministry, later "Zhang betonte").
  return ctx.persons.find((p) => p.name === name && p.side)?.side ?? ctx.statements.find((x) => x.speaker === name && x.speaker_side)?.speaker_side ?? null;
}

/**
 * The ministry of the minister "er" or "sie" points back to at `start`, by the office the registry or the article gives
 * them: "Szijjártó … hieß es aus seinem Ministerium" → "Ungarisches Außenministerium". Null for one of no minister's office or side.
 */
function ministerOwning(ctx: DocContext, start: number, pronoun: "er" | "sie"): { name: string; side: string } | null {
  const person = fromContext(ctx, start, pronoun);
  if (!person.speaker || person.speaker_type !== "person" || !person.speaker_side) return null;
  const offices = [...ctx.titlesOf(person.speaker), ...ctx.persons.filter((p) => p.name === person.speaker && p.role).map((p) => p.role!)].map((t) => t.toLowerCase());
  const office = offices.find((t) => /\p{Ll}minister(?:in)?$/u.test(t));
  const country = ctx.mentions.find((m) => m.type === "country" && m.name === person.speaker_side && m.demonym);
  if (!office || !country?.demonym) return null;
  const noun = office.replace(/minister(?:in)?$/, "ministerium");
  return { name: bodyOfDemonym(country.demonym, { norm: noun, lemma: noun } as Token), side: country.name };
}

/** A person mentioned earlier (or anywhere) whose full name contains this name. */
/**
 * A surname alone for the one person of that surname who spoke before under their full name, though no list knows the
 * given name ("Mette Frederiksen sagte, … — …, so Frederiksen").
 */
function speakerBySurname(ctx: DocContext, surname: string, at: number): PersonMention | null {
  const names = new Set(ctx.statements.filter((x) => x.clean_start < at && x.speaker_type === "person" && x.speaker?.endsWith(` ${surname}`)).map((x) => x.speaker!));
  if (names.size !== 1) return null;
  const [name] = names;
  return { start: at, end: at, name, role: null, roleQualifier: null, side: null, registry: false };
}

function lookupPerson(ctx: DocContext, name: string, at: number, full: boolean, role: string | null = null): PersonMention | null {
  const parts = name.split(" ");
  // (A surname is written without its Arabic article too: "Safadi" for "Aiman al-Safadi".)
  const matches = (p: PersonMention) => (full ? p.name === name || p.name.endsWith(" " + parts[parts.length - 1]) && p.name.split(" ").length >= parts.length : p.name.split(" ").some((w) => w === name || withoutArabicArticle(w) === name));
  // Of two persons of one surname, the one of the office named with it: "Außenminister Traoré" beside "Präsident Ibrahim Traoré".
  // (Written out in full with it: a surname alone may have been read as the other one already.)
  const ofRole = role === null ? [] : ctx.persons.filter((p) => matches(p) && p.name.includes(" ") && p.role === role && ctx.doc.text.slice(p.start, p.end).includes(" "));
  const named = new Set(ctx.persons.filter((p) => matches(p) && p.name.includes(" ")).map((p) => p.name));
  const roleNames = new Set(ofRole.map((p) => p.name));
  let best: PersonMention | null = null;
  for (const p of ctx.persons) {
    if (!matches(p) || !p.name.includes(" ")) continue;
    if (named.size > 1 && roleNames.size === 1 && !roleNames.has(p.name)) continue;
    if (full && p.name === name && !p.registry) continue;
    if (p.start < at) best = p;
    else if (!best) best = p;
  }
  // (A longer name is that person's only where it ends in the whole name: "Abu Marsuk" for "Mussa Abu Marsuk".)
  // (Not past an office or a noun written into the longer run: "Manager Alexander Friedl".)
  const extra = best && best.name.endsWith(` ${name}`) ? ctx.layer.tokens.slice(firstTokenFrom(ctx.layer.tokens, best.start)).slice(0, best.name.split(" ").length - parts.length) : [];
  // (A given name the dictionary also knows as a noun is one: "De Wever" for "Bart De Wever".)
  const longer = extra.length > 0 && extra.every((t) => (t.wordClass === null || t.wordClass === "name" || ctx.genderOf(t.text) !== null) && !isRoleNoun(ctx.lex, t.lemma) && !ctx.mentions.some((m) => m.type !== "person" && m.start <= t.start && m.end >= t.end));
  if (best && full && best.name !== name && !best.registry && !longer) return null;
  // (Nor one of another given name: "Außenminister Karamoko Traoré" is no "Ibrahim Traoré", though the registry knows that one;
  // a spelling of the same name keeps its first letters, "Sergei" for "Sergej".)
  if (best && full && best.name !== name && !longer && parts.length >= 2 && best.name.split(" ")[0].slice(0, 3).toLowerCase() !== parts[0].slice(0, 3).toLowerCase()) return null;
  return best && best.name.split(" ").length > 1 ? best : null;
}

// What may stand before an office without making it another: an organisation's short name ("UN-Botschafter", "EU-Kommissar",
// written without the hyphen), the state's ("Bundespräsident", "Staatspräsident").
const OFFICE_PREFIX = /^(?:un|uno|eu|us|nato|osze|au|asean|bundes|staats)$/;

function lookupRole(ctx: DocContext, role: string, qualifier: string | null, at: number, definite = false, phrase = "", side: string | null = null): PersonMention | null {
  let best: PersonMention | null = null;
  // "fügte der Staatschef hinzu" after "Der kasachische Präsident Tokajew": the offices a general role noun covers count
  // (not for "religiöse Führer", no one in particular).
  const offices = definite ? (ctx.lex.roleKinds.get(role) ?? []) : [];
  // "der Präsident des Deutschen Bauernverbands" after "Bauernpräsident Joachim Rukwied": a compound office whose first
  // part the phrase names.
  const lower = phrase.toLowerCase();
  const compound = (office: string) => office.length > role.length + 3 && office.endsWith(role) && lower.includes(office.slice(0, -role.length).replace(/s$/, ""));
  // (Not of another side: "der usbekische Präsident" is not "Präsident Wladimir Putin".)
  const sideOfP = (p: PersonMention) => p.side ?? sideOfPerson(ctx, p.name);
  // (A general noun covers an office written with an organisation before it: "der Diplomat" is "Russlands UN-Botschafter
  // Wassili Nebensja"; not another office, "Vizekanzler", "Regierungssprecher", "Ratspräsident".)
  const covered = (office: string) => offices.some((o) => office === o || (office.endsWith(o) && OFFICE_PREFIX.test(office.slice(0, -o.length))));
  // (Not a person of the other gender: "der Diplomat" is no "Außenministerin Donika Gërvalla-Schwarz". The gender of a
  // neuter noun, "das Staatsoberhaupt", tells nothing; a person's own masculine or feminine office tells before a given name.)
  const gender = feminineRole(ctx, role) ? "female" : isRoleNoun(ctx.lex, `${role}in`) || ctx.lex.roleKinds.has(`${role}in`) ? "male" : null;
  const genderOfP = (p: PersonMention) => ctx.mentions.find((m) => m.name === p.name && m.gender)?.gender ?? (p.role !== null ? (feminineRole(ctx, p.role) ? "female" : "male") : personGenderIn(ctx, p.name));
  const fits = (p: PersonMention) => p.role !== null && (p.role === role || covered(p.role) || compound(p.role)) && p.name.includes(" ") && !(qualifier && p.roleQualifier && p.roleQualifier !== qualifier) && !(side && sideOfP(p) && sideOfP(p) !== side) && (offices.length === 0 || gender === null || (genderOfP(p) ?? gender) === gender);
  for (const p of ctx.persons) {
    if (p.start >= at || !fits(p)) continue;
    best = p;
  }
  // Of a side, a definite office is the one person of that side named before ("Gastgeber Schawkat Mirsijojew …
  // Der usbekische Präsident mahnte"), if there is one.
  // (Not a spokesperson, who speaks for someone else, nor a person of the other gender: "Die Sprecherin des Auswärtigen Amts"
  // after "Bundeskanzler Olaf Scholz".)
  if (!best && side && definite && !SPOKESPERSON.test(role)) {
    const feminine = feminineRole(ctx, role);
    // (Not a name with a side in it: "United States Geological Survey" is no one of the USA.)
    const ofSide = ctx.persons.filter((p) => p.start < at && p.name.includes(" ") && sideOfP(p) === side && (p.registry || !ctx.mentions.some((m) => m.type !== "person" && m.start >= p.start && m.end <= p.end)) && personGenderIn(ctx, p.name) !== (feminine ? "male" : "female"));
    if (new Set(ofSide.map((p) => p.name)).size === 1) return ofSide[ofSide.length - 1];
  }
  // A general noun ("der Diplomat") is who spoke just before, if their office is one it covers, over someone of such an office
  // only named since: "Li sagte nach einem Treffen mit Außenminister Andrij Sybiha, … fügte der Diplomat hinzu" (Li Hui, a special envoy).
  // So is a definite noun for who spoke just before under a compound of it: "der Sprecher" two sentences after
  // "Kremlsprecher Dmitri Peskow" spoke, not "der Sprecher des ukrainischen Außenministeriums" named further back.
  if (best && (offices.length > 0 || definite)) {
    const spoke = ctx.statements.filter((x) => x.speaker_type === "person" && x.speaker_resolved && x.clean_start < at).pop();
    const here = sentenceAt(ctx, at);
    const compoundOf = (p: PersonMention) => definite && p.role !== null && p.role.endsWith(role) && !(side && sideOfP(p) && sideOfP(p) !== side) && !(qualifier && p.roleQualifier && p.roleQualifier !== qualifier);
    const spokeAs = spoke && here - spoke.sentences[spoke.sentences.length - 1] <= 2 ? ctx.persons.find((p) => p.name === spoke.speaker && p.start < at && (fits(p) || compoundOf(p))) : undefined;
    if (spokeAs && spokeAs.name !== best.name) return spokeAs;
  }
  return best;
}

/** Persons in the article: registry mentions, and "role Name Name" / "Name Name" runs in the text. */
export function collectPersons(layer: TextLayer, mentions: ActorMention[], lex: ReportingLexicon, genderOf: (name: string) => "female" | "male" | null = () => null): PersonMention[] {
  const out: PersonMention[] = [];
  const tokens = layer.tokens;
  const roleBefore = (start: number): { role: string | null; qualifier: string | null; side: string | null } => {
    let k = firstTokenFrom(tokens, start) - 1;
    // Skip given names before the surname: "Außenminister Wang Yi" has the role right before "Wang";
    // not another person's name ("Präsident Wladimir Putin Wang Yi empfangen": Putin's role, not Wang's).
    const otherPerson = (t: Token) => mentions.some((m) => m.type === "person" && m.start <= t.start && m.end >= t.end && m.end <= start);
    while (k >= 0 && tokens[k].kind === "word" && isCapitalized(tokens[k]) && !isRoleNoun(lex, tokens[k].lemma) && (tokens[k].wordClass === "name" || tokens[k].wordClass === null) && !otherPerson(tokens[k])) k--;
    // An apposition: "Der russische Botschafter in China, Igor Morgulow," has its role before the comma, in the same phrase.
    if (tokens[k] && isComma(tokens[k])) {
      let j = k - 1;
      while (j >= 0 && j >= k - 6 && !isComma(tokens[j]) && tokens[j].wordClass !== "verb" && !isRoleNoun(lex, tokens[j].lemma)) j--;
      if (j >= 0 && j >= k - 6 && isRoleNoun(lex, tokens[j].lemma) && tokens[j].sentence === tokens[k].sentence) k = j;
    }
    const t = tokens[k];
    if (!t || !isRoleNoun(lex, t.lemma)) return { role: null, qualifier: null, side: null };
    const adj = tokens[k - 1];
    const qualifier = adj && adj.wordClass === "adj" && /isch$/.test(adj.lemma) ? adj.lemma.toLowerCase() : null;
    // Its side: "der chinesische Botschafter in Deutschland, Wu Ken" is Chinese.
    const side = qualifier ? (mentions.find((m) => m.type === "country" && m.via === "demonym" && m.start <= adj.start && m.end >= adj.end)?.name ?? null) : null;
    // "Vize-Außenminister" is the office the lexicon writes "Vizeaußenminister".
    return { role: t.lemma.toLowerCase().replace(/-/g, ""), qualifier, side };
  };
  // Tokens wholly inside a side or body named by name, not by demonym ("Oskar Deutsch" is a name).
  const sideTokens = new Set<number>();
  for (const m of mentions) if (m.type !== "person" && m.via !== "demonym") for (let j = firstTokenFrom(tokens, m.start); j >= 0 && j < tokens.length && tokens[j].end <= m.end; j++) sideTokens.add(tokens[j].start);
  const inSide = (t: Token) => sideTokens.has(t.start);
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const r = roleBefore(m.start);
    out.push({ start: m.start, end: m.end, name: m.name, role: r.role, roleQualifier: r.qualifier, side: m.side ?? null, registry: true });
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // "Außenminister Wang Yi", "Präsident Xi Jinping": a role noun right before a capitalised run.
    // The run must start here: test that before the (dearer) role look-up of the word before.
    if (!isRunWord(t) && !(isInitial(t) && isRunWord(tokens[k + 1]))) continue;
    const prev = tokens[k - 1];
    if (!prev || !isRoleNoun(lex, prev.lemma)) continue;
    // A name may hold a particle ("Innenminister Thomas de Maizière"); it ends before a time ("Vizekanzler Reinhold Mitterlehner Montagmittag").
    let j = k;
    // Initials are words of the name that do not count toward its length ("Regierungschef Múte B. Egede", "TSMC-Chef C.C. Wei").
    let initials = 0;
    // (A fourth word only one the dictionary does not know: "Regierungschef Ali Mahaman Lamine Zeine".)
    for (; j < tokens.length && (j < k + 3 + initials || (j === k + 3 + initials && tokens[j].wordClass !== "noun" && isRunWord(tokens[j]) && !isTimeWord(tokens[j]))) && tokens[j].sentence === t.sentence; j++) {
      // (A side after the name is the verb's object: "hat Regierungschef Nikol Paschinjan Aserbaidschan … vorgeworfen".)
      if (j > k + 1 && inSide(tokens[j])) break;
      if (isRunWord(tokens[j]) && !isTimeWord(tokens[j])) {
        if (j > k && ARABIC_PARTICLE.test(tokens[j].norm) && isRunWord(tokens[j + 1])) initials++;
        continue;
      }
      if (!isRunWord(tokens[j + 1])) break;
      // (Nor do particles: "Regierungschef Mohammed bin Abdulrahman Al Thani".)
      if (isInitial(tokens[j]) || (j > k && ARABIC_PARTICLE.test(tokens[j].text))) initials++;
      else if (j === k || !NAME_PARTICLE.test(tokens[j].text)) break;
    }
    while (j > k && NAME_PARTICLE.test(tokens[j - 1].text)) j--;
    if (j === k) continue;
    const start = tokens[k].start;
    if (mentions.some((m) => m.type === "person" && m.start <= start && m.end > start)) continue;
    const name = tokens.slice(k, j).map((x) => x.text).join(" ");
    const r = roleBefore(start);
    out.push({ start, end: tokens[j - 1].end, name, role: r.role, roleQualifier: r.qualifier, side: r.side, registry: false });
  }
  // Bare names of two to four words ("Sergej Schoigu", "Jan Peter Balkenende") and appositions (", Song Tang,").
  // (Not a people's noun before the name: "Die Estin Kadri Tamm".)
  const demonymNouns = new Set(mentions.filter((m) => m.type === "country" && m.via === "demonym").map((m) => m.start));
  // (Nor a compound after an abbreviation: "UN-Nothilfekoordinator Tom Fletcher".)
  // (Nor a body's compound the dictionary does not know, of a few letters before its head: "Der Berater im ukrainischen
  // Präsidialamt Mychajlo Podoljak"; not "Nusrat", "Bharat".)
  const nameish = (t: Token | undefined) => t !== undefined && (t.kind === "word" || isInitial(t)) && (isCapitalized(t) || ARABIC_ARTICLE.test(t.text)) && (t.wordClass === "name" || t.wordClass === null) && !/^\p{Lu}{2,}(?:-|$)/u.test(t.text) && !demonymNouns.has(t.start) && !(t.wordClass === null && namesInstitution(lex, t, 6));
  // Each token is tested as `a` and as `b`: nameish(b) is carried on to the next step as nameish(a).
  let nameishB = nameish(tokens[1]);
  for (let k = 1; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    const nameishA = nameishB;
    nameishB = nameish(b);
    // After a given name the next capitalised word is the surname, even one the dictionary knows as a noun ("Klaus Mühlhahn", "Peter Müller").
    // (So is a given name the dictionary reads as a noun, "Thomas" as Thoma's, "Wolfgang" as a compound, also before a noun:
    // "Thomas Baumann"; not one that is a common noun too, "zwölf Milliarden Mark Unterstützung". Every part of it a given
    // name: "Hans-Peter", not a compound that opens with one, "in den Harry-Potter-Romanen Tendenzen".)
    // (Tested last, for the few nouns with a given name's form.)
    const nounGiven = () => a.wordClass === "noun" && isCapitalized(a) && !COMMON_NOUN_GIVEN.test(a.norm) && a.text.split("-").every((w) => genderOf(w) !== null);
    const givenName = b.kind === "word" && isCapitalized(b) && b.wordClass !== "function" && genderOf(a.text) !== null && (nameishA || nounGiven());
    // (An apposition may close the sentence: "sagte der Sprecher des Ministeriums, Zhang Xiaogang.", whose "Xiaogang" the
    // dictionary splits as a compound of "Gang"; not a question's addressee, "…, Frau Haag?".)
    const closesApposition = (t: Token | undefined) => t !== undefined && (isComma(t) || t.wordClass === "verb" || (t.text === "." && tokens[t.index + 1]?.sentence !== t.sentence && !isRoleNoun(lex, a.lemma) && !/^(?:herr|frau)$/.test(a.norm)));
    if (!(nameishA && nameishB) && !givenName && !((nameishA || nameishB) && isCapitalized(a) && isCapitalized(b) && a.wordClass !== "function" && isComma(tokens[k - 1]) && closesApposition(tokens[k + 2]))) continue;
    // A role noun the dictionary does not know opens no name: "der konservative Herausforderer Rajoy" (the role's run is read above).
    if (a.wordClass === null && isRoleNoun(lex, a.lemma)) continue;
    // A body's kind before a run that opens with no given name makes it the body's name: "der Partei Srpska Lista",
    // "die Bewegung Ennahda Nahda" (not "des Softwareunternehmens Kevin Lynch").
    const before = tokens[k - 1];
    // A run after "in" or "aus" that opens with no given name is a place: "in New York", "aus Buenos Aires".
    if (/^(?:in|aus)$/.test(before.norm) && genderOf(a.text) === null) continue;
    if (before.wordClass === "noun" && isCapitalized(before) && (ORGANISATION_KIND.test(before.norm) || NAMED_BODY_KIND.test(before.norm)) && genderOf(a.text) === null && !personNameShape([a.text, b.text])) continue;
    // A side goes on no person's name ("Paschinjan Aserbaidschan": a surname, then the verb's object), though it may
    // open one ("Israel Katz") and go on a body's ("Wikimedia Deutschland").
    const person = genderOf(a.text) !== null || out.some((p) => p.start === a.start || (p.start < a.start && p.name.endsWith(` ${a.text}`)));
    if (person && inSide(b)) continue;
    let e = k + 2;
    while (e < k + 4 && nameish(tokens[e]) && !isTimeWord(tokens[e]) && !(person && inSide(tokens[e])) && tokens[e].sentence === a.sentence) e++;
    // An initial stands before a name's next word, or ends a name of two ("Anis A."): not "Chief Executive C.Y.".
    while (e > k + 2 && isInitial(tokens[e - 1])) e--;
    if (isInitial(a) && !nameish(b)) continue;
    const last = tokens[e - 1];
    if (a.sentence !== last.sentence || out.some((p) => p.start <= a.start && p.end >= last.end)) continue;
    // Not a registry name, nor a run across one ("Präsident Wladimir Putin Wang Yi empfangen").
    if (mentions.some((m) => (m.start <= a.start && m.end >= last.end) || (m.type === "person" && m.start < last.end && m.end > a.start))) continue;
    // Nor a run of places and sides ("ob Peking Russland unterstütze").
    if (tokens.slice(k, e).every((t) => mentions.some((m) => m.type !== "person" && m.start <= t.start && m.end >= t.end))) continue;
    // A word before a given name that is none itself describes the person: "Salzburger Mike Vogl", "des
    // Softwareunternehmens Kevin Lynch", "Hacker Julian Oliver" (not "Hans Peter Doskozil", "Recep Tayyip Erdoğan").
    const from = e - k >= 3 && genderOf(a.text) === null && genderOf(b.text) !== null && !ARABIC_PARTICLE.test(a.text) ? k + 1 : k;
    const r = roleBefore(tokens[from].start);
    out.push({ start: tokens[from].start, end: last.end, name: tokens.slice(from, e).map((t) => t.text).join(" "), role: r.role, roleQualifier: r.qualifier, side: r.side, registry: false });
    k = e - 1;
    nameishB = nameish(tokens[e]);
  }
  out.sort((x, y) => x.start - y.start);
  for (const p of out) if (p.role !== null && COLLEAGUE.test(p.role)) p.role = colleagueOffice(tokens, out, p, lex);
  // A surname the registry knows, after an office, is of whom the article wrote out with that office and surname before:
  // "Außenminister Traoré" after "seinem Amtskollegen Karamoko Jean-Marie Traoré", not the registry's President Traoré.
  for (const p of out) {
    if (!p.registry || p.role === null || p.end - p.start >= p.name.length) continue;
    const surname = p.name.slice(p.name.lastIndexOf(" ") + 1);
    const holder = out.filter((o) => o.start < p.start && o.name !== p.name && o.role === p.role && o.name.endsWith(` ${surname}`) && o.end - o.start >= o.name.length).pop();
    if (holder) Object.assign(p, { name: holder.name, side: holder.side, registry: holder.registry });
  }
  return out.map((p) => withoutObjectSurname(p, out, mentions, genderOf));
}

/**
 * "Landeshauptmann Erwin Pröll Mitterlehner angeschrien": a last word that is the surname of another person named with
 * a given name ("Reinhold Mitterlehner") is the verb's object, not part of the name, after a word that is no given name
 * itself ("Hans Peter Doskozil", "Michael Strugl" keep theirs).
 */
function withoutObjectSurname(p: PersonMention, all: readonly PersonMention[], mentions: readonly ActorMention[], genderOf: (name: string) => "female" | "male" | null): PersonMention {
  const words = p.name.split(" ");
  // (Not after a particle or an initial: "Karl-Heinz von Weber", "John F. Kennedy".)
  const before = words[words.length - 2];
  if (p.registry || words.length < 3 || genderOf(before) !== null || !/^\p{Lu}\p{Ll}/u.test(before)) return p;
  const last = words[words.length - 1];
  const others = [...all.map((o) => o.name), ...mentions.filter((m) => m.type === "person").map((m) => m.name)];
  const another = others.some((o) => o !== p.name && o.endsWith(` ${last}`) && genderOf(o.split(" ")[0]) !== null && !p.name.endsWith(` ${o}`));
  return another ? { ...p, name: words.slice(0, -1).join(" "), end: p.end - last.length - 1 } : p;
}

const COLLEAGUE = /^amtskolleg(?:e|en|in)$/;

/**
 * "nach einem Treffen mit seiner nordkoreanischen Amtskollegin Choe Son Hui": a colleague holds the office of
 * the person named before them in the sentence (as written there or at another mention), in the colleague's gender.
 */
function colleagueOffice(tokens: readonly Token[], persons: readonly PersonMention[], p: PersonMention, lex: ReportingLexicon): string {
  const sentence = tokens[firstTokenFrom(tokens, p.start)].sentence;
  const officeOf = (name: string) => persons.find((o) => o.name === name && o.role !== null && !COLLEAGUE.test(o.role))?.role ?? null;
  const owner = persons.filter((q) => q.start < p.start && q.name !== p.name && tokens[firstTokenFrom(tokens, q.start)].sentence === sentence && officeOf(q.name) !== null).pop();
  const office = owner ? officeOf(owner.name)! : null;
  if (office === null) return p.role!;
  const female = p.role!.endsWith("in");
  if (female && !office.endsWith("in") && isRoleNoun(lex, `${office}in`)) return `${office}in`;
  if (!female && office.endsWith("in") && isRoleNoun(lex, office.slice(0, -2))) return office.slice(0, -2);
  return office;
}


// Given names of the list that are common nouns as well ("Mark", "Ernst", "Horst"): a surname after them needs a word the
// dictionary does not know.
const COMMON_NOUN_GIVEN = /^(?:mark|ernst|horst|bart|marine|brett|armen)$/;

/** A word of a name run after a role noun: capitalised, not a function word. */
const NAME_PARTICLE = /^(?:de|da|di|del|dos|du|van|von|al|bin|ibn|le|la)$/;
// Particles of Arabic names, which run long ("Mohammed bin Abdulrahman Al Thani"): no word of its length.
const ARABIC_PARTICLE = /^(?:al|bin|ibn|bint|ben)$/;

/** An initial of a name: "B." in "Múte B. Egede", "C.C." in "C.C. Wei". */
function isInitial(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "abbreviation" && /^(?:\p{Lu}\.){1,3}$/u.test(t.text);
}

function isRunWord(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.kind === "word" && (isCapitalized(t) || ARABIC_ARTICLE.test(t.text)) && t.wordClass !== "function";
}

// Heads that are neuter ("dem chinesischen Außenministerium" → "Chinesisches …"); after "dem" or
// "einem" a head is masculine otherwise (feminine ones take "der", "einer").
const NEUTER_HEAD = /(?:ium|um|ment|chen|lein|tum|nis|amt|haus|werk|gericht|büro|institut|komitee|kabinett|militär|regime|team|portal|blatt|magazin|land|volk|glied|papier|gespräch|gesetz|urteil|protokoll|programm|schreiben|unternehmen|vorhaben|abkommen|verfahren|fernsehen|radio|kreuz|parlament|ministerium|gremium|kommando|zentrum|bündnis|sekretariat)$/;

/**
 * The ending an adjective takes without the article, from the article and the adjective's own
 * ending: "der chinesische" → -er, "der chinesischen (Regierung)" → -e, "das …e" → -es,
 * "den iranischen (Behörden)", "einer staatlichen" → -e, "einen" → -er, "dem russischen" → -er or -es
 * by its head. Null: the adjective stays as it is.
 */
function strongEnding(article: string, adjective: string, head: Token | undefined): string | null {
  const weak = adjective.endsWith("en") ? "en" : adjective.endsWith("e") ? "e" : null;
  if (weak === null || /^meisten?$/i.test(adjective)) return null; // "die meisten Befragten" needs its article
  switch (article) {
    case "der": return weak === "e" ? "er" : "e";
    case "das": return weak === "e" ? "es" : null;
    case "die": case "den": case "einer": return "e";
    case "einen": return weak === "en" ? "er" : null;
    case "dem": case "einem": return weak === "en" && head ? nominativeEnding(head) : null;
    default: return null;
  }
}

// Feminine heads take "-e" ("Chinesische Regierung"); masculine ones "-er" ("Russischer Rat").
// A state's service that speaks as a body: "Geheimdienst", "Nachrichtendienst", "Abhördienst", "Grenzschutzdienst", "Wetterdienst".
const STATE_SERVICE = /(?:geheim|nachrichten|abschirm|abhör|sicherheits|grenzschutz|grenz|wetter)dienst$/;
const FEMININE_HEAD = /(?:ung|ion|schaft|heit|keit|tät|ei|behörde|bank|partei|kammer|armee|marine|flotte|polizei|justiz|botschaft|zentrale|agentur|junta|küstenwache|luftwaffe|allianz)$/;

/** The strong nominative ending of an adjective before this head, by the head's gender. */
function nominativeEnding(head: { norm: string }): string {
  return NEUTER_HEAD.test(head.norm) ? "es" : FEMININE_HEAD.test(head.norm) ? "e" : "er";
}

/** An institution named as the registry names them: "Chinesisches Außenministerium", "Russische Führung". */
const demonymName = (demonym: string, ending: string, noun: string) => `${demonym.charAt(0).toUpperCase()}${demonym.slice(1)}${ending} ${noun}`;

/** A ministry named without its country ("das Außenministerium") is the country's that opens the sentence before ("Peking reagierte umgehend."). */
function ministryOfCountryBefore(ctx: DocContext, start: number, ministry: string): { name: string; side: string } | undefined {
  // (Not one its name places already, "das Bundesinnenministerium", nor one of a German state: "das Kultusministerium".)
  // (A bare "die Regierung" only by its place, "In Rom erklärte die Regierung": it is too often another country's.)
  const place = placeOpening(ctx, sentenceAt(ctx, start), start);
  const office = /^(?:\p{Lu}\p{Ll}*ministerium|Präsidialamt|Militärregierung)$/u.test(ministry) || (ministry === "Regierung" && place !== undefined);
  if (!office || /^(?:Bundes|Landes|Kultus|Staats)/.test(ministry)) return undefined;
  // (Or the country of the government that spoke in it: "Die sudanesische Regierung kritisierte … Das Außenministerium sprach …";
  // or the place that opens its own sentence: "In Seoul verurteilte das Präsidialamt den Pakt"; else the country the article
  // is about: "Das Innenministerium" in a report on protests in Georgia.)
  // (A military government only by its place or the article: "Frankreich will seine Bürger holen. Die Militärregierung …" is Niger's.)
  const nearby = ministry === "Militärregierung" ? undefined : (countryOfSentenceBefore(ctx, start) ?? countryOfBodyBefore(ctx, start) ?? ministrySpeakerBefore(ctx, start, ministry));
  const country = ministry === "Regierung" ? place : (place ?? nearby ?? articleCountry(ctx, start));
  return country?.demonym ? { name: countryNounBody(ctx, country, ministry), side: country.name } : undefined;
}

/**
 * The country of the person who spoke just before, whose office names the ministry's field: "Außenamtssprecher Lin Jian
 * sagte … , hieß es aus dem Außenministerium" is China's (not after a speaker of another field, "Handelsminister …").
 */
function ministrySpeakerBefore(ctx: DocContext, start: number, ministry: string): ActorMention | undefined {
  const field = /^(\p{Lu}\p{Ll}+?)ministerium$/u.exec(ministry)?.[1].toLowerCase();
  const before = field ? resolvedSpeakerBefore(ctx, start, 1) : undefined;
  if (!before?.speaker_side || before.speaker_type !== "person") return undefined;
  const offices = [...ctx.titlesOf(before.speaker!), ...ctx.persons.filter((p) => p.name === before.speaker && p.role).map((p) => p.role!), before.speaker_role ?? ""];
  if (!offices.some((o) => o.toLowerCase().startsWith(field!))) return undefined;
  return ctx.mentions.find((m) => m.type === "country" && m.name === before.speaker_side && m.demonym);
}

/**
 * The country an article names far more often than any other (three times at least, half as often again as the next) by its
 * name, not as a place ("in Syrien") nor by its people ("Deutsche"); none where a side of another country spoke in the two
 * sentences before `start` ("Auch die USA kritisierten … Das Außenministerium rief …").
 */
function articleCountry(ctx: DocContext, start: number): ActorMention | undefined {
  const { tokens } = ctx.layer;
  const counts = new Map<string, number>();
  for (const m of ctx.mentions) {
    if (m.type !== "country" || m.via === "demonym" || /^(?:in|im|nach|aus)$/.test(tokens[firstTokenFrom(tokens, m.start) - 1]?.norm ?? "")) continue;
    counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((x, y) => y[1] - x[1]);
  if (!first || first[1] < 3 || (second && first[1] < 1.5 * second[1])) return undefined;
  const here = sentenceAt(ctx, start);
  if (ctx.statements.some((x) => x.speaker_side !== null && x.speaker_side !== first[0] && x.clean_start < start && here - x.sentences[x.sentences.length - 1] <= 2)) return undefined;
  return ctx.mentions.find((m) => m.type === "country" && m.name === first[0] && m.demonym !== undefined);
}

/**
 * The side of a government office held by someone of no side known, from the sentence before when its subject is a
 * country's government ("Die Regierung in Taipeh war um Schadensbegrenzung bemüht. Ministerpräsident Cho Jung-tai erklärte, …").
 */
function officeSideBefore(ctx: DocContext, start: number, role: string | null): string | null {
  if (!role || !GOVERNMENT_OFFICE.test(role)) return null;
  return countryOfSentenceBefore(ctx, start, false)?.name ?? null;
}

const GOVERNMENT_OFFICE = /(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|regierungschef|regierungschefin|regierungssprecher|regierungssprecherin)$/;

/** The country, named with its demonym in the article, of the institution that spoke in the sentence before `start`. */
function countryOfBodyBefore(ctx: DocContext, start: number): ActorMention | undefined {
  const spoke = resolvedSpeakerBefore(ctx, start, 1);
  const side = spoke?.speaker_type === "institution" ? spoke.speaker_side : null;
  return side ? ctx.mentions.find((m) => m.type === "country" && m.name === side && m.demonym !== undefined) : undefined;
}

/** The country that opens the sentence before `start` as its subject ("Peking reagierte umgehend."), if any (by default one with a demonym, to name its bodies by). */
function countryOfSentenceBefore(ctx: DocContext, start: number, withDemonym = true): ActorMention | undefined {
  const here = sentenceAt(ctx, start);
  const before = ctx.layer.sentences[here - 1];
  if (!before || before.paragraph !== ctx.layer.sentences[here].paragraph) return undefined;
  // (Or a place that opens it: "In Peking registriert man die Töne aus Moskau genau.")
  const { tokens } = ctx.layer;
  const first = SEAT_PREPOSITION.test(tokens[before.tokenStart].norm) ? tokens[before.tokenStart + 1] : tokens[before.tokenStart];
  // (Or a reaction from there: "Die Antwort aus Peking ließ nicht lange auf sich warten.")
  // (Not when it names another country, where it is met: "Die Kritik aus Berlin stößt in Peking auf Unverständnis.")
  const fromCandidate = first && isDefinite(first) && REACTION_NOUN.test(tokens[first.index + 1]?.norm ?? "") && tokens[first.index + 2]?.norm === "aus" ? tokens[first.index + 3] : undefined;
  const from = fromCandidate && !ctx.mentions.some((m) => m.type === "country" && m.start >= before.start && m.end <= before.end && m.start !== fromCandidate.start) ? fromCandidate : undefined;
  // (Or a demonym of its subject's body, or its seat: "Die chinesische Führung reagierte mit scharfer Kritik.", "Die Regierung
  // in Taipeh war sichtlich bemüht.")
  const governing = (t: Token | undefined) => /^(?:\p{L}*regierung|führung|staatsführung)$/u.test(t?.norm ?? "");
  const second = first && isDefinite(first) && tokens[first.index + 1]?.wordClass === "adj" && governing(tokens[first.index + 2]) ? tokens[first.index + 1] : undefined;
  const seat = first && isDefinite(first) && governing(tokens[first.index + 1]) && tokens[first.index + 2]?.norm === "in" ? tokens[first.index + 3] : undefined;
  // (Not a demonym of another subject: "Chinesische und russische Maschinen flogen …" names no government.)
  return first && ctx.mentions.find((m) => m.type === "country" && ((m.start === first.start && m.via !== "demonym") || m.start === second?.start || m.start === seat?.start || m.start === from?.start) && (m.demonym !== undefined || !withDemonym));
}

const REACTION_NOUN = /^(?:antwort|reaktion|kritik|protest|widerspruch|gegenwind)$/;

/**
 * The country whose place opens sentence `si` as the Vorfeld of the body at `start`, its finite verb between them
 * ("In Seoul verurteilte das Präsidialamt …", "In Kiew äußerte sich das Außenministerium …"; not a place in what is said: "In Syrien seien …, teilte das Ministerium mit").
 */
function placeOpening(ctx: DocContext, si: number, start: number): ActorMention | undefined {
  const s = ctx.layer.sentences[si];
  const { tokens } = ctx.layer;
  if (!s) return undefined;
  // (A reflexive may follow the verb: "Aus Ouagadougou meldete sich die Militärregierung … zu Wort".)
  // (Or the source of "hieß es aus": "In Berlin hieß es aus dem Verteidigungsministerium".)
  const body = tokens[s.tokenStart + 3]?.norm === "sich" ? s.tokenStart + 4 : tokens[s.tokenStart + 3]?.norm === "es" && tokens[s.tokenStart + 4]?.norm === "aus" ? s.tokenStart + 5 : s.tokenStart + 3;
  if (!SEAT_PREPOSITION.test(tokens[s.tokenStart].norm) || tokens[s.tokenStart + 2]?.wordClass !== "verb" || tokens[body]?.start !== start) return undefined;
  const place = tokens[s.tokenStart + 1];
  return place && ctx.mentions.find((m) => m.type === "country" && m.start === place.start && m.demonym !== undefined);
}

// Countries named with an article, in the dative after "in": "in der Türkei", "im Irak", "in den USA".
// (Registry names: the few the registry lists with an article.)
const FEMININE_COUNTRY = /^(?:Türkei|Schweiz|Ukraine|Slowakei|Mongolei|Elfenbeinküste|Zentralafrikanische Republik|Republik Kongo)$/;
const MASCULINE_COUNTRY = /^(?:Irak|Iran|Libanon|Sudan|Südsudan|Tschad|Jemen|Kongo|Niger|Oman|Vatikan|Kosovo|Senegal)$/;
const PLURAL_COUNTRY: Record<string, string> = { USA: "USA", Niederlande: "Niederlanden", Philippinen: "Philippinen", Malediven: "Malediven", "Vereinigte Arabische Emirate": "Vereinigten Arabischen Emiraten" };

/** "in Deutschland", "in der Türkei", "im Irak", "in den USA". */
function inCountry(name: string): string {
  if (PLURAL_COUNTRY[name]) return `in den ${PLURAL_COUNTRY[name]}`;
  return FEMININE_COUNTRY.test(name) ? `in der ${name}` : MASCULINE_COUNTRY.test(name) ? `im ${name}` : `in ${name}`;
}

/**
 * "die Regierung in Peking", "der Führung in Moskau" → "Chinesische Regierung", "Russische Führung":
 * an institution named by the seat or country after it, as the registry names institutions.
 */
function seatedInstitution(ctx: DocContext, head: Token, a: number, b: number, inside: ActorMention[]): string | null {
  const { tokens } = ctx.layer;
  const h = head.index;
  if (h + 2 >= b || !SEAT_PREPOSITION.test(tokens[h + 1].norm)) return null;
  const seat = inside.find((m) => m.type === "country" && m.demonym && m.start === tokens[h + 2].start);
  if (!seat?.demonym || h + 3 !== b) return null;
  // A demonym before the noun names the owner, the place after it only the host: "die chinesische Botschaft in Berlin".
  // (Nor does the seat of a body whose prefix names its owner: "die UN-Atombehörde in Wien" is no Austrian body.)
  const owner = inside.find((m) => m.type === "country" && m.demonym && m.start >= tokens[a].start && m.start < head.start) ?? (HOSTED_BODY.test(head.norm) || OWNER_PREFIX.test(head.text) ? undefined : seat);
  if (!owner) return null;
  // (An embassy is told apart by its host, as written: "Chinesische Botschaft in Berlin", "Chinesische Botschaft in Deutschland",
  // not every Chinese embassy.)
  return HOSTED_BODY.test(head.norm) && owner !== seat && seat.name !== owner.name ? `${bodyOfDemonym(owner.demonym!, head)} ${inSeat(ctx, seat)}` : bodyOfDemonym(owner.demonym!, head);
}

/** A host as written: a city by its name ("in Berlin"), a country by the registry's ("in der Türkei", "in den USA" for "in den Vereinigten Staaten"). */
function inSeat(ctx: DocContext, seat: ActorMention): string {
  const written = ctx.doc.text.slice(seat.start, seat.end);
  return seat.via === "metonym" && /^\p{Lu}[\p{L}-]*$/u.test(written) ? `in ${written}` : inCountry(seat.name);
}


/**
 * "die Regierung Guyanas", "das Verteidigungsministerium von Venezuela", "die Regierung der Türkei" → "Guyanische Regierung",
 * "Venezolanisches Verteidigungsministerium", "Türkische Regierung": a government or ministry with its country after it,
 * named as the registry names institutions.
 */
function countryAfterBody(ctx: DocContext, head: Token, b: number, inside: ActorMention[]): string | null {
  const { tokens } = ctx.layer;
  if (!SEATED_BODY.test(head.lemma.toLowerCase()) || OWNER_PREFIX.test(head.text) || LOCAL_BODY.test(head.lemma.toLowerCase())) return null;
  const from = /^(?:von|der|des)$/.test(tokens[head.index + 1]?.norm ?? "") ? head.index + 2 : head.index + 1;
  if (from >= b) return null;
  const country = inside.find((m) => m.type === "country" && m.demonym && m.start === tokens[from].start && m.end === tokens[b - 1].end);
  return country?.demonym ? countryBodyName(ctx, country, head) : null;
}

/** A country's body of this noun as the registry names it ("US-Außenministerium"), else by the country's adjective ("Guyanische Regierung"). */
function countryBodyName(ctx: DocContext, country: ActorMention, head: Token): string {
  return registryBodyName(ctx, country, head.lemma) ?? bodyOfDemonym(country.demonym!, head);
}

/** The same for a body named by its noun alone: "Regierung" of France → "Französische Regierung", of Germany → "Bundesregierung" where the article names it. */
function countryNounBody(ctx: DocContext, country: ActorMention, noun: string): string {
  return registryBodyName(ctx, country, noun) ?? demonymName(country.demonym!, nominativeEnding({ norm: noun.toLowerCase() }), noun);
}

/**
 * The registry's one body of this noun and country, if it knows one ("Außenministerium" of the USA → "US-Außenministerium"),
 * else the one registry body of that country the article names by a compound of the noun ("Regierung" of Germany → "Bundesregierung").
 */
function registryBodyName(ctx: DocContext, country: ActorMention, noun: string): string | undefined {
  const known = (ctx.bodiesNamed?.(noun) ?? []).filter((b) => b.side === country.name);
  if (known.length === 1) return known[0].name;
  // (Or by a compound the article names: "die Bundesregierung" for Germany's "Regierung".)
  const head = noun.toLowerCase();
  const named = new Set(ctx.mentions.filter((m) => (m.type === "institution" || m.type === "organisation") && m.side === country.name && m.name.toLowerCase().endsWith(head) && !m.name.includes(" ")).map((m) => m.name));
  return known.length === 0 && named.size === 1 ? [...named][0] : undefined;
}

/** Is a country other than the body's side named between the body and `start`? */
function otherCountrySince(ctx: DocContext, body: ActorMention, start: number): boolean {
  // (A country named in what someone said is no new actor of the story: "China … habe bei der US-Seite Protest eingelegt".)
  const spoken = (m: ActorMention) => ctx.statements.some((x) => x.clean_start <= m.start && m.end <= x.clean_end);
  return body.side !== undefined && body.side !== null && ctx.mentions.some((m) => m.type === "country" && m.name !== body.side && m.start >= body.end && m.end <= start && !spoken(m));
}

// A government named by its leader: "die Regierung von Präsident Macron".
const GOVERNMENT_HEAD = /^(?:regierung|administration)$/;

// A country's armed forces and police: "Israels Armee", "Taiwans Küstenwache".
const MILITARY_BODY = /(?:armee|streitkräfte|luftwaffe|marine|polizei|küstenwache|grenzschutz|generalstab)$/;

/** A noun of a country's body a genitive or possessive names: "Taiwans Verteidigungsministerium", "seines Verteidigungsministeriums". */
const isCountryBody = (noun: string) => SEATED_BODY.test(noun) || MILITARY_BODY.test(noun);

// Bodies of a city or region, which its capital after them does not make national: "die Stadtregierung Kiews".
const LOCAL_BODY = /^(?:stadt|landes|regional|provinz|kommunal|bezirks|kantons|gemeinde)/;

// A prefix that names a body's owner: "UN-Atombehörde", "EU-Grenzschutzbehörde".
const OWNER_PREFIX = /^\p{Lu}[\p{L}\d]*-/u;

/** A body named by its country's adjective as the registry names bodies: "chinesisch" + "Handelsministerium" → "Chinesisches Handelsministerium". */
function bodyOfDemonym(demonym: string, head: Token): string {
  return demonymName(demonym, nominativeEnding(head), head.lemma.replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
}

// Articles a speaker phrase drops; after "des" or "eines" the noun itself is inflected, so those stay.
const DROPPED_ARTICLES = new Set(["der", "die", "das", "ein", "eine", "den", "dem", "einen", "einem", "einer"]);

const POSSESSIVES = /^(?:mein|dein|sein|ihr|unser|euer|eur)(?:e|en|em|er|es)?$/;

/**
 * The body named before the hyphen of a spokesperson's compound: the registry's ("Nato-Sprecher" → NATO), else the name
 * as written ("Amazon-Sprecher" → Amazon). Not a kind of body ("Regierungs-Sprecher") nor an office.
 */
function hyphenatedBody(ctx: DocContext, head: Token): { name: string; type: string; side: string | null; via: Speaker["speaker_via"] } | null {
  const hyphen = head.text.lastIndexOf("-");
  if (hyphen <= 0 || !SPOKESPERSON.test(head.text.slice(hyphen + 1).toLowerCase())) return null;
  const prefix = head.text.slice(0, hyphen);
  const known = ctx.mentions.find((m) => m.type !== "person" && m.start === head.start && m.end <= head.start + hyphen);
  if (known) return { name: known.name, type: known.type, side: known.side ?? null, via: "registry" };
  const lower = prefix.toLowerCase();
  if (!/^\p{Lu}[\p{L}\d&.]*$/u.test(prefix) || ctx.lex.institutions.some((h) => lower.endsWith(h)) || hasLowerCase(ctx.lex.roles, prefix)) return null;
  return { name: prefix, type: "organisation", side: null, via: "institution" };
}

/** "Das chinesische Außenministerium" → "Chinesisches Außenministerium", "von einer Armeesprecherin" → "Armeesprecherin" (no article, strong adjectives). */
function normalizePhrase(ctx: DocContext, a: number, b: number): string {
  const { tokens } = ctx.layer;
  // A count says how many spoke, not who: "Mehr als 200 georgische Diplomaten" are "Georgische Diplomaten".
  if (countedGroup(tokens, a, b)) return normalizePhrase(ctx, a + countWords(tokens, a), b);
  // "die beiden Präsidenten" is named as "Beide Präsidenten" is.
  if (b - a >= 3 && /^(?:die|der|den)$/.test(tokens[a].norm) && tokens[a + 1].norm === "beiden") return `Beide ${normalizePhrase(ctx, a + 2, b)}`;
  // "Aus EU-Kreisen verlautete …": the source is named without its preposition.
  if (b - a >= 2 && tokens[a].norm === "aus" && isCapitalized(tokens[a + 1])) return normalizePhrase(ctx, a + 1, b);
  // An abbreviation after a side's organ is no part of its name: "Der südkoreanische Geheimdienst NIS" is the "Südkoreanischer
  // Geheimdienst" (the registry's bodies are matched before: "der Inlandsgeheimdienst FSB" is the FSB); a firm's is its name
  // ("die russische Großbank VTB").
  const acronymAfterBody = b - a >= 3 && /^\p{Lu}{2,6}$/u.test(tokens[b - 1].text) && isCapitalized(tokens[b - 2]) && (tokens[b - 2].wordClass === "noun" || tokens[b - 2].wordClass === null) && ctx.lex.institutions.some((h) => tokens[b - 2].norm.endsWith(h)) && !isCompanyKind(ctx, tokens[b - 2], ctx.lex.companies ?? []) && ctx.mentions.some((m) => m.via === "demonym" && m.start >= tokens[a].start && m.end <= tokens[b - 2].start);
  if (acronymAfterBody) return normalizePhrase(ctx, a, b - 1);
  // Quotation marks around a name are no part of it: "Die „Kampagne für ein Freies Tibet“".
  const words = tokens.slice(a, b).filter((t) => !(t.kind === "punct" && QUOTE_MARK.test(t.text)));
  // A body's noun alone, in the genitive its phrase had ("des von der Hamas kontrollierten Gesundheitsministeriums"): its lemma.
  const lone = words.length === 1 ? words[0] : null;
  if (lone && lone.wordClass === "noun" && genitiveOfLemma(lone) && ctx.lex.institutions.some((h) => lone.lemma.toLowerCase().endsWith(h))) return lone.lemma;
  // "Einer der Betreiber" is a pronoun with its genitive: nothing to drop.
  const article = words[0] && DROPPED_ARTICLES.has(words[0].norm) && !(words[1] && DETERMINERS.has(words[1].norm)) ? words[0].norm : null;
  // "nach Angaben des Landesverbands Windenergie": a genitive article right before its noun goes, with the noun's "-s".
  const genitiveNoun = !article && words.length >= 2 && /^(?:des|eines)$/.test(words[0].norm) && (words[1].wordClass === "noun" || words[1].wordClass === "name" || words[1].wordClass === null) && isCapitalized(words[1]) && /[^su]s$/.test(words[1].text) ? words[1] : null;
  const opened = article || genitiveNoun ? words.slice(1) : words;
  // Adjectives in lower case before a name whose own adjective is capitalised describe it, no part of the name: "das
  // zuständige Östliche Kommando" is the "Östliche Kommando".
  // (Not a side's demonym, "die russische Orthodoxe Kirche", nor a word of time or office, "der frühere Oberste Richter".)
  const keeps = (t: Token) => ctx.mentions.some((m) => m.via === "demonym" && m.start <= t.start && m.end >= t.end) || /^(?:früher|ehemalig|amtierend|designiert|stellvertretend|kommissarisch|scheidend|damalig)/.test(t.norm);
  let named = 0;
  while (named < opened.length - 2 && opened[named].wordClass === "adj" && !isCapitalized(opened[named]) && !keeps(opened[named])) named++;
  if (named < opened.length && opened[named].wordClass === "adj" && !isCapitalized(opened[named])) named = 0;
  const capitalAdjective = named > 0 && opened[named].wordClass === "adj" && isCapitalized(opened[named]) && isCapitalized(opened[named + 1]) && opened[named + 1].wordClass === "noun";
  const rest = capitalAdjective ? opened.slice(named) : opened;
  // "vom chinesischen Außenministerium": the article is in the preposition.
  const inflectedBy = article ?? (a > 0 && /^(vom|beim|zum)$/.test(tokens[a - 1].norm) ? "dem" : null);
  const head = rest.find((t) => isCapitalized(t) && t.wordClass !== "adj");
  // "nach Ansicht von Beobachtern", "westlichen Diplomaten zufolge": a plural without article in the dative,
  // named in the nominative ("Beobachter", "Westliche Diplomaten").
  // So are circles after "aus", "in" or an inverted "hieß es": "aus Bankenkreisen" → "Bankenkreise".
  const last = rest[rest.length - 1];
  const circles = !article && last !== undefined && isCapitalized(last) && /kreisen$/.test(last.norm);
  const datives = circles || (!article && head !== undefined && head.wordClass !== "function" && !DETERMINERS.has(rest[0].norm) && !POSSESSIVES.test(rest[0].norm) && (tokens[a - 1]?.norm === "von" || tokens[b]?.norm === "zufolge") && /n$/.test(head.norm) && !/n$/.test(head.lemma));
  // "nach Angaben libanesischer Sicherheitskreise": a plural without article in the genitive ("Libanesische Sicherheitskreise").
  const genitives = !article && !datives && head !== undefined && rest[0].wordClass === "adj" && /er$/.test(rest[0].text) && a > 0 && ctx.lex.sourceNouns.some((n) => tokens[a - 1].norm.endsWith(n));
  let seenNoun = false;
  const parts = rest.map((t) => {
    if (datives && !seenNoun && t.wordClass === "adj" && /en$/.test(t.text)) return t.text.slice(0, -1);
    if (genitives && !seenNoun && t.wordClass === "adj" && /er$/.test(t.text)) return t.text.slice(0, -1);
    if (circles && t === last) return t.text.slice(0, -1);
    // ("des Bündnisses BSW" → "Bündnis BSW": a lemma the form begins with.)
    if (t === genitiveNoun) return t.text.length - t.lemma.length <= 3 && t.text.startsWith(t.lemma) && t.lemma.length < t.text.length ? t.lemma : t.text.replace(/e?s$/, (m) => (t.lemma === t.text.slice(0, -m.length) ? "" : m));
    if (datives && t === head && t.norm === `${t.lemma.toLowerCase()}n` && /(?:er|el)$/.test(t.lemma)) return t.text.slice(0, -1);
    const ending = inflectedBy && !seenNoun && t.wordClass === "adj" ? strongEnding(inflectedBy, t.text, head) : null;
    if (isCapitalized(t) && t.wordClass !== "adj") seenNoun = true;
    if (t.wordClass === "noun") return withSharpS(t, t.text);
    if (ending === null) return t.text;
    return t.text.slice(0, t.text.endsWith("en") ? -2 : -1) + ending;
  });
  let out = ctx.doc.text.slice(rest[0]?.start ?? tokens[a].start, tokens[b - 1].end);
  if (rest.length > 0) {
    // Rebuild from the parts but keep the original spacing of everything after the first noun.
    out = parts.join(" ").replace(/\s+([,.])/g, "$1");
  }
  // An abbreviation in brackets the phrase cut off is no part of the name: "Gewerkschaft der Polizei (GdP".
  out = out.replace(/\s*\(\s*[^()]*$/, "").replace(/\(\s+/g, "(").replace(/\s+\)/g, ")");
  // A name written in lower case stays so: "dpa".
  if (rest.length === 1 && rest[0].wordClass === null && /^\p{Ll}+$/u.test(rest[0].text)) return out;
  return out.charAt(0).toUpperCase() + out.slice(1);
}
