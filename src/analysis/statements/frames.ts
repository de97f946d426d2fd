// Sentence frames: indirect speech and speech acts. A reporting verb with its
// complement ("betonte, dass …", "forderte … zu …"), sources ("laut X", "X zufolge",
// ", so X"), nouns of saying ("die Forderung, …"), and the Konjunktiv that marks a
// sentence as reported speech.
import type { Sentence, Token } from "../text.js";
import { REPORT_NOUNS, ADVERBIAL_SUBORDINATORS, DETERMINERS, PRONOUNS, PERSONAL_PRONOUNS, PREPOSITIONS, SUBORDINATORS, COMPLEMENTIZERS, RELATIVES, COORDINATORS, FRAME_ADVERBS, AUX_FORMS, ZU, GENITIVE_DETERMINERS, TIME_NOUNS, THIRD_PERSON_POSSESSIVE, ZU_INFINITIVE, isWord, isCapitalized, isComma, isSourcePrefix, isTimePoint } from "./words.js";
import { inQuote, type DocContext, type FrameMatch } from "./context.js";
import { sourceCompound, type ReportingLexicon } from "./lexicon.js";
import { verbHit, cueText, clauseEnd, clauseStartOf, firstVerbIndex, isVerbLike, isInfinitiveAfterModal, isParticipleOf, hasClauseBreak, hasClauseBreakBesidesApposition, mainClauseStart, opensWithSubordinateClause, negatedSpeechAct, reportedCompanion, frontedInfinitiveObject, type VerbHit } from "./clauses.js";
import { afterDateline, isLabel, labelSpeaker, agentAt, headNoun, isThing, namesPerson, speakerForVerb, textAfterAus, isPassive, isNominalStart, isAdverbial, isTimePhrase, trimPhrase, nounPhraseAfter, nounPhraseBefore, sourceAfter, invertedSubject, takesVon, quotedObject, withSeat, isStatalPassive, SEATED_BODY } from "./phrases.js";

/**
 * First paragraph without sentence punctuation: a headline repeating the article's statements. With `quoted`, one
 * that ends in a quotation without a full stop inside it is one too ("„Wir sind Partner, keine Verbündeten“").
 * So is a short paragraph of one such line between others: a subheading ("Berlin: „Keine Überraschung“").
 */
export function isHeadline(ctx: DocContext, s: Sentence, quoted = false): boolean {
  const para = ctx.layer.paragraphs[s.paragraph];
  if (para === undefined) return false;
  // One sentence: an article printed as a single paragraph that ends without a full stop (a link list after it) is no headline.
  const next = ctx.layer.sentences[s.index + 1];
  const previous = ctx.layer.sentences[s.index - 1];
  const alone = (previous === undefined || previous.paragraph !== s.paragraph) && (next === undefined || next.paragraph !== s.paragraph);
  if (!alone) return false;
  // (A long one too below short labels that end no sentence either: "RT DE | International", then the headline.)
  const label = (p: number) => {
    const line = ctx.doc.text.slice(ctx.layer.paragraphs[p].start, ctx.layer.paragraphs[p].end).trim();
    return !/[.!?:"“”«»]$/.test(line) && (line.includes("|") || line.split(/\s+/).length <= 4);
  };
  const underHeader = s.paragraph <= 3 && ctx.layer.paragraphs.slice(0, s.paragraph).every((_, p) => label(p));
  if (s.paragraph !== 0 && (next === undefined || (s.tokenEnd - s.tokenStart > SUBHEADING_TOKENS && !underHeader))) return false;
  const text = ctx.doc.text.slice(para.start, para.end).trim();
  // (A quotation that ends the line without a full stop inside it ends no sentence: "Xi warnt Biden: Taiwan ist „die erste rote
  // Linie“" is a headline.)
  // (Only a line with text after it and no comma: "Selenskyj sagte, die Lage sei „sehr schwierig“" is a lead sentence.)
  const quoteEnds = /\p{L}["“”«»]$/u.test(text) && next !== undefined && !text.includes(",");
  return !(quoted || quoteEnds ? /[.!?:…]["“”«»]?$/ : /[.!?:"“”«»]$/).test(text);
}

// A day or month a plan is set for: "sollte am Freitag zurückkehren", "sollte im Mai beginnen" (not "heute", "morgen":
// "Die Verbündeten sollten heute noch reagieren" asks).
const SCHEDULED_DAY = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/;

/** Verbs of calling on someone: with "sein" their participle says who is called upon ("sind aufgerufen"). */
const ADDRESSING_VERBS = new Set(["aufrufen", "auffordern", "ermahnen", "ermutigen", "einladen", "bitten", "anhalten"]);

/** Finite forms of the auxiliaries of the perfect and the passive. */
const PERFECT_AUX = /^(?:hat|hatte|haben|hatten|habe|hätte|hätten|ist|sind|war|waren|sei|seien|wäre|wären|wird|werden|wurde|wurden|werde|würde|würden)$/;

/** Tokens a subheading has at most: a longer line without a full stop is a sentence that lost it. */
const SUBHEADING_TOKENS = 12;

/**
 * A sentence opening with "Frage:" or "F:", or one of an interviewer's turn in a transcript: a paragraph that
 * opens with a label that names no person and ends with a question ("Deutschlandfunk: Frau Haberkorn, … ?").
 */
export function isInterviewQuestion(ctx: DocContext, s: Sentence): boolean {
  const { tokens, sentences } = ctx.layer;
  if (/^(?:frage|f)$/.test(tokens[s.tokenStart]?.norm ?? "") && tokens[s.tokenStart + 1]?.text === ":") return true;
  // The text layer makes the label its own sentence: "Frage:", or an asker named by no person before a question
  // ("STANDARD: Was will Putin erreichen?").
  const label = s.index > 0 ? sentences[s.index - 1] : undefined;
  if (label && label.paragraph === s.paragraph && isLabel(ctx, label)) {
    if (/^(?:frage|f)$/.test(tokens[label.tokenStart].norm) && label.tokenEnd - label.tokenStart === 2) return true;
    if (labelSpeaker(ctx, label.index)?.person !== true && tokens[s.tokenEnd - 1]?.text === "?") return true;
  }
  let first = s;
  while (first.index > 0 && sentences[first.index - 1].paragraph === s.paragraph) first = sentences[first.index - 1];
  let last = s;
  while (sentences[last.index + 1]?.paragraph === s.paragraph) last = sentences[last.index + 1];
  if (tokens[last.tokenEnd - 1]?.text !== "?") return false;
  let colon = first.tokenStart;
  while (colon < first.tokenStart + 3 && colon < first.tokenEnd && tokens[colon].kind === "word") colon++;
  if (colon === first.tokenStart || tokens[colon]?.text !== ":") return false;
  const [from, to] = [tokens[first.tokenStart].start, tokens[colon - 1].end];
  return !ctx.persons.some((p) => p.start < to && from < p.end) && !ctx.mentions.some((m) => m.type === "person" && m.start < to && from < m.end);
}

/**
 * "Aus Moskau kam Kritik: Der Kreml warnte, …": the main clause after a colon that follows a clause of its own, as a
 * sentence of its own for its frame; null where there is none (no finite verb before the colon, a quotation after it).
 * So after a semicolon: "Eine Bestätigung stand aus; US-Finanzminister Scott Bessent sagte, …".
 */
function clauseAfterColon(ctx: DocContext, s: Sentence): Sentence | null {
  const { tokens } = ctx.layer;
  let colon = -1;
  for (let j = s.tokenStart + 2; j < s.tokenEnd - 3 && colon < 0; j++) if ((tokens[j].text === ":" || tokens[j].text === ";") && !inQuote(ctx, j)) colon = j;
  if (colon < 0 || inQuote(ctx, colon + 1) || !isNominalStart(tokens[colon + 1], tokens[colon + 2]) || !isCapitalized(tokens[colon + 1])) return null;
  if (firstVerbIndex(ctx, s) >= colon) return null;
  const after = { ...s, tokenStart: colon + 1, start: tokens[colon + 1].start, text: ctx.doc.text.slice(tokens[colon + 1].start, s.end) };
  const verb = firstVerbIndex(ctx, after);
  return verb > after.tokenStart && verb < s.tokenEnd ? after : null;
}

// A past participle as it ends a clause: "ausgeschlossen", "gestellt", "verurteilt" (not "gewinne", "entbehre", "stünden").
const PARTICIPLE = /^(?:\p{Ll}*ge\p{Ll}+(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)\p{Ll}+t|\p{Ll}+iert)$/u;

/** The strongest frame of a sentence: indirect over reported, verbs over source phrases. */
export function sentenceFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  // An interviewer's question ("Frage: Der Westen wirft China vor, …") is nobody's statement.
  if (isHeadline(ctx, s) || isInterviewQuestion(ctx, s)) return null;
  const whole = clauseFrame(ctx, s);
  const after = clauseAfterColon(ctx, s);
  // (A frame before the colon keeps what follows it: "Diepgen wies die Vorwürfe zurück: Seinerzeit sei es …"; so does
  // one whose speaker follows the colon: "…: Inklusive Tiefspeicher 90 Millionen Euro, nennt ein Museumsexperte".)
  if (!after || (whole && !whole.nested && (whole.at < after.tokenStart || (whole.speaker !== null && whole.speaker[0] >= after.tokenStart)))) return whole;
  const own = clauseFrame(ctx, after);
  // (Not a speech act in the Konjunktiv perfect, itself reported: "Der Minister zog Bilanz: Die Armee habe erklärt, …".)
  return own && own.speaker !== null && own.speaker[0] >= after.tokenStart && !own.nested && !konjunktivAuxBefore(ctx, after, own.at) ? own : whole;
}

/** Verbs of what a thing shows ("Der Vorfall unterstreicht, wie wichtig …"). */
const EVIDENCE_VERBS = /^(?:unterstreichen|zeigen|belegen|bestätigen|verdeutlichen|beweisen|illustrieren)$/;

/** The strongest frame of sentence s, or of a main clause in it taken as one. */
function clauseFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  const candidates: FrameMatch[] = [];
  let parens = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    // A verb in parentheses frames nothing outside them: "(von ISNA als „Anführer“ bezeichnet)".
    const text = ctx.layer.tokens[k].text;
    if (text === "(") parens++;
    else if (text === ")") parens = Math.max(0, parens - 1);
    if (parens > 0) continue;
    const hit = verbHit(ctx, k, s.tokenEnd, false);
    if (!hit) continue;
    const frame = verbFrame(ctx, s, k, hit);
    if (frame) candidates.push(frame);
  }
  // A main-clause frame before one in a subordinate or relative clause of the same kind
  // ("Ein Beamter, den die New York Times zitiert, kommentierte, …").
  // An inverted frame after the content (", berichtete X.") frames everything before it: "Es sei …
  // gelobt worden, berichtete X." is X's, not a "loben" frame with "berichtete X" as its complement.
  candidates.sort(byRank);
  const best = candidates[0];
  // A Konjunktiv reporting verb ("Russland lehne … ab") belongs to reported speech; an
  // explicit source in the same sentence (", so der Außenminister") names the speaker.
  // (A channel after it leaves the act its own speaker's: "Xi habe betont, China sei bereit …, berichtete Xinhua".)
  if (best?.nested) {
    const plain = candidates.find((c) => !c.nested);
    if (plain && !isChannel(ctx, s, plain)) return plain;
  }
  if (!best || best.nested) return sourceFrame(ctx, s) ?? best ?? nounComplementFrame(ctx, s) ?? colonFrame(ctx, s) ?? intentionFrame(ctx, s);
  // A thing as the verb's subject says nothing itself where a source opens the sentence: "Laut Ryder unterstreicht der
  // Vorfall, wie wichtig eine starke Präsenz … sei".
  // (Only a verb of what evidence shows: "Demnach gab ein Viertel der Befragten an", "Laut Staatsmedien gab Warmbier zu" are
  // their subjects' words.)
  const evidence = best.speaker !== null && !best.retro && best.speaker[0] > best.at && EVIDENCE_VERBS.test(ctx.layer.tokens[best.at].lemma.toLowerCase());
  const thing = evidence ? headNoun(ctx, best.speaker![0], best.speaker![1]) : null;
  if (thing && isThing(ctx, best.speaker!, thing)) {
    const source = sourceFrame(ctx, s);
    if (source?.speaker && source.speaker[1] <= best.at) return source;
  }
  // A passive that names no speaker leaves the sentence to its source: "Nach Angaben eines Vertreters des Weißen Hauses
  // wurde die Delegation aufgefordert, das Gebäude zu verlassen".
  // (A source before its verb, not one in the clause it frames: "wurde angekündigt, dass nach vorläufigen Berechnungen …".)
  const passiveAux = (k: number) => /^(?:wurde|wurden|wird|werden)$/.test(ctx.layer.tokens[k].norm) && !ctx.layer.tokens.slice(k, best.at).some(isComma);
  if (best.speaker === null && !best.retro && ctx.layer.tokens.slice(s.tokenStart, best.at).some((t) => passiveAux(t.index))) {
    const source = sourceFrame(ctx, s);
    if (source?.speaker && source.speaker[1] <= best.at) return source;
  }
  // "Dass Russland die Position bekräftigt habe, sei aus Sicht der Expertin kein Zufall": a speech act in a clause that is
  // the subject of reported speech is what the source speaks of.
  if (best.subordinate && opensWithSubordinateClause(ctx, s)) {
    const source = sourceFrame(ctx, s);
    if (source) return source;
  }
  // A speech act in the Konjunktiv perfect with ", so X" after it is X's report, as one in the present is:
  // "Xi habe bestätigt, im Mai nach Moskau zu reisen, so Uschakow".
  if (konjunktivAuxBefore(ctx, s, best.at)) {
    const source = sourceFrame(ctx, s);
    if (source?.cue.startsWith("so")) return source;
  }
  // "Putin verurteilte …, wie Xinhua meldete", "Lawrow kritisierte die USA, berichtete Tass": a source that reports a
  // speech act with its own subject is only the channel; that subject speaks, in the words the channel frames.
  // A complement of the act's own must lie in those words ("Wie X berichtet, antwortete das Ministerium: …").
  // The act may be in the Konjunktiv: "Xi habe betont, China sei bereit …, berichtete Xinhua".
  if (isChannel(ctx, s, best)) {
    // (Also a ", sagte X" before the channel: "Russland sei offen …, sagte Lawrow, wie die Agentur Tass meldete".)
    const sayerBefore = (c: FrameMatch) => c.tail === true && best.cue.startsWith("wie ") && c.at < best.at;
    const act = candidates.find((c) => c !== best && !c.retro && (!c.tail || sayerBefore(c)) && c.speaker !== null && !isChannel(ctx, s, c) && !inRelativeClause(ctx, s, c.at) && (c.kind === "reported" || (c.start >= best.start && c.start < best.end)));
    // Its complement ends where the channel's frame begins.
    if (act) return act.kind === "reported" ? { ...act, start: best.start, end: best.end } : { ...act, end: Math.min(act.end, best.end) };
  }
  // Speech acts before the complement belong to the statement: "wies … zurück und bekräftigte, dass …".
  const earlier = candidates.filter((c) => c !== best && c.at < best.at && !c.retro);
  // (A text no one is named for only passes a reported act on: "Zudem habe er … hervorgehoben, hieß es in einer Mitteilung".)
  // (Only an article before the text, not an owner: "hieß es in ihrer Erklärung" is hers; and a person who acted.)
  const unownedText = best.speaker !== null && ctx.layer.tokens[best.at].lemma === "heißen" && best.speaker[1] - best.speaker[0] === 2 && /^(?:der|die|das|dem|den|des|ein|eine|einer|einem|eines)$/.test(ctx.layer.tokens[best.speaker[0]].norm) && (ctx.lex.documents ?? []).some((d) => ctx.layer.tokens[best.speaker![1] - 1].norm.endsWith(d));
  const actor = earlier[0]?.speaker;
  const personActed = actor != null && (PERSONAL_PRONOUNS.has(ctx.layer.tokens[actor[0]].norm) || namesPerson(ctx, actor[0], actor[1]));
  if (earlier.length > 0 && unownedText && (earlier[0].nested || konjunktivAuxBefore(ctx, s, earlier[0].at)) && personActed) return { ...best, speaker: actor, start: Math.min(best.start, s.start), cue: cueOf(earlier[0], best) };
  if (earlier.length > 0) return { ...best, start: Math.min(best.start, s.start), cue: cueOf(earlier[0], best) };
  return best;
}

/**
 * "Außenminister Jaishankar verteidigte die Käufe …: Indien müsse dort einkaufen, wo …": a main clause whose subject
 * names a person, a colon, and reported speech in the Konjunktiv I after it; the verb need not be one of saying.
 */
function colonFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  const { tokens } = ctx.layer;
  let colon = -1;
  for (let j = s.tokenStart + 2; j < s.tokenEnd - 2 && colon < 0; j++) if (tokens[j].text === ":" && !inQuote(ctx, j)) colon = j;
  if (colon < 0 || inQuote(ctx, colon + 1)) return null;
  const verb = firstVerbIndex(ctx, s);
  if (verb <= s.tokenStart || verb >= colon || !isVerbLike(ctx, tokens[verb])) return null;
  let konjunktiv = false;
  for (let j = colon + 1; j < s.tokenEnd && !konjunktiv; j++) konjunktiv = !inQuote(ctx, j) && ctx.lex.konjunktivI.has(tokens[j].norm) && isKonjunktivAt(ctx, j);
  // (After a question or an adverbial in the Vorfeld the subject follows the verb: "Auf die Frage, ob …, verwies Albers auf …: …".)
  const first = pastFocusParticles(tokens, s.tokenStart, verb);
  const vorfeldSubject = mainClauseStart(ctx, s) === s.tokenStart && isNominalStart(tokens[first], tokens[first + 1]);
  const subject = !konjunktiv ? null : vorfeldSubject ? trimPhrase(ctx, first, verb) : invertedSubject(ctx, verb, s);
  if (!subject || !namesPerson(ctx, subject[0], subject[1])) return null;
  return { kind: "indirect", cue: tokens[verb].text, start: tokens[colon + 1].start, end: s.end, speaker: subject, at: verb };
}

/** After a phrase ending at `end`: past ", Name Name," when a name is set off after it, else `end`. */
function appositionEnd(ctx: DocContext, end: number, s: Sentence): number {
  const { tokens } = ctx.layer;
  if (!isComma(tokens[end])) return end;
  let j = end + 1;
  while (j < s.tokenEnd && j <= end + 5 && isCapitalized(tokens[j]) && tokens[j].kind === "word") j++;
  if (j <= end + 2 || !isComma(tokens[j])) return end;
  // A clause after the name is the complement ("sagte der Sprecher, Wang Wenbin, China und Deutschland seien …"): stop at its comma.
  for (let k = j + 1; k < s.tokenEnd && !isComma(tokens[k]); k++) if (isVerbLike(ctx, tokens[k])) return end;
  return j + 1;
}

/** Is token k in a relative clause ("Ein Tief, das … gestanden hatte, …")? */
function inRelativeClause(ctx: DocContext, s: Sentence, k: number): boolean {
  const start = clauseStartOf(ctx, k, s);
  return start > s.tokenStart && isComma(ctx.layer.tokens[start - 1]) && RELATIVES.has(ctx.layer.tokens[start].norm);
}

/** A frame of a source that only passes words on: "wie X meldete", or ", berichtete X" after the words. */
function isChannel(ctx: DocContext, s: Sentence, f: FrameMatch): boolean {
  return f.cue.startsWith("wie ") || (f.start === s.start && f.at > s.tokenStart && /^(?:berichten|melden)$/.test(ctx.layer.tokens[f.at].lemma));
}

const frameRank = (f: FrameMatch) => (f.retro ? 8 : f.tail ? 6 : f.kind === "indirect" ? 4 : 2) + (f.subordinate ? 0 : 1);
const byRank = (a: FrameMatch, b: FrameMatch) => frameRank(b) - frameRank(a) || a.at - b.at;

function cueOf(first: FrameMatch, best: FrameMatch): string {
  return first.cue === best.cue ? best.cue : `${first.cue}; ${best.cue}`;
}

/** How a reporting verb at token k frames its sentence, if it does. */
function verbFrame(ctx: DocContext, s: Sentence, k: number, hit: VerbHit): FrameMatch | null {
  const { tokens } = ctx.layer;
  const cue = cueText(ctx, k, hit);
  const nested = hit.konjunktiv;
  const prev = tokens[k - 1];
  // "Der Streit erklärt sich aus den Wahlerfolgen": what a thing is explained by, nobody's statement.
  if (explainedBy(ctx, k, hit)) return null;
  // "wie erwartet", "schlimmer als befürchtet": a comparison, nobody's statement.
  if (hit.form === "participle" && (prev?.norm === "wie" || prev?.norm === "als")) return null;
  // "Für Montag sind Kundgebungen angekündigt", "Ein Einsatz ist ausgeschlossen": a statal passive is a state, no speech act.
  if (hit.form === "participle" && isStatalPassive(ctx, firstVerbIndex(ctx, s), k)) return null;
  // "hervorgehen" frames only with a text it comes from ("aus dem Bericht"), not "als Sieger aus der Wahl hervorgegangen".
  if (hit.verb.lemma === "hervorgehen" && (hit.form === "participle" || textAfterAus(ctx, clauseStartOf(ctx, k, s), k) === null)) return null;
  // "Statt China zu drohen, solle …", "ohne das zu kommentieren": an adverbial infinitive clause frames nothing.
  if (prev?.norm === ZU && /^(?:statt|anstatt|ohne)$/.test(tokens[clauseStartOf(ctx, k, s)]?.norm ?? "")) return null;

  // ", sagte Lawrow." / ", erklärte er weiter." — an inverted frame after the content.
  // The content before the comma must be a clause of its own: "Der Verkehrsminister, Binali
  // Yildirim, charakterisierte …" is an apposition before the verb, no content.
  // Only a verb of saying frames content this way: "Weil …, rechnet X mit …" is an opinion with a reason before it.
  // A clause stands before the comma: its verb comes first, or it is a subordinate clause ("Dass …, glaubt X").
  // ("Auf die Frage, ob …, sagte X, …": a question before it is no content.)
  // (Not a noun phrase with a zu-infinitive only, the object fronted: "Das Angebot, eine Rolle zu spielen, begrüßte sie".)
  const clauseBefore = (firstVerbIndex(ctx, s) < k - 1 && !frontedObjectBefore(ctx, s, k)) || (mainClauseStart(ctx, s) === k && opensWithSubordinateClause(ctx, s));
  if (isComma(prev) && k - 1 > s.tokenStart && hit.form === "finite" && (hit.verb.frames.has("indirect") || hit.verb.frames.has("direct")) && !inQuote(ctx, k - 1) && clauseBefore) {
    const end = clauseEnd(ctx, k + 1);
    // "Die Verhandlungen liefen, sagte Peskow, man werde aber keine Fristen nennen": reported speech goes on after the speaker.
    const goesOn = reportedClauseAfter(ctx, hit, end, s);
    if ((goesOn || framesToEnd(ctx, hit, k, end, s)) && !onlyAdverbialClause(ctx, s.tokenStart, k - 1)) {
      // ", hieß es aus Regierungskreisen." names its source after "es", if at all.
      // So does the impersonal ", verlautete aus Diplomatenkreisen.".
      const impersonal = hit.verb.lemma === "heißen" || hit.verb.lemma === "verlauten";
      // ", zitierte ihn das Staatsfernsehen", ", zitierte die Agentur Tass den Minister": the one quoted speaks.
      const quoting = hit.verb.lemma === "zitieren";
      const quotedPronoun = quoting && /^(?:ihn|sie)$/.test(tokens[k + 1]?.norm ?? "");
      // (", geht aus einer Umfrage des Digitalverbands Bitkom hervor": the text after "aus"; not ", geht aus dem Bericht nicht hervor".)
      // (Negated right after the verb or before its particle, not inside the text's phrase: "aus einem nicht öffentlichen Bericht".)
      const fromText = hit.verb.lemma === "hervorgehen";
      const particle = fromText ? tokens.slice(k + 1, end + 1).findIndex((t) => t.norm === "hervor") : -1;
      if (fromText && (tokens[k + 1]?.norm === "nicht" || (particle > 0 && tokens[k + particle].norm === "nicht"))) return null;
      const subject = impersonal ? sourceAfter(ctx, hit.verb.lemma === "heißen" ? k + 2 : k + 1, end) : fromText ? textAfterAus(ctx, k, k) /* the "aus" after the verb */ : nounPhraseAfter(ctx, quotedPronoun ? k + 2 : k + 1, end);
      const quoted = quoting && subject !== null ? (quotedPronoun ? ([k + 1, k + 2] as [number, number]) : quotedObject(ctx, k, end, subject)) : null;
      const np = quoted ?? subject;
      if (impersonal && contentWords(ctx, s.tokenStart, k - 1) >= 3) {
        // It frames everything before it, as ", sagte X." does: "Ein Treffen sei geplant, hieß es aus dem Kreml" is no "planen" frame.
        return { kind: "indirect", cue: hit.verb.lemma === "heißen" ? `${tokens[k].text} es` : tokens[k].text, start: s.start, end: tokens[k - 2].end, speaker: np, at: k, nested, tail: !opensWithSubordinateClause(ctx, s) };
      }
      // "Die Behauptung, China betreibe die Wasserstraße, wies Mulino als falsch zurück": a claim named before its words is
      // the object; the whole sentence is the speech act, as with "wies Berichte zurück, wonach …".
      // (So one judged: "Die Behauptung westlicher Medien, Russland sei isoliert, nannte Putin absurd".)
      const claimFirst = np !== null && (DENIALS.test(hit.verb.lemma) || JUDGING.test(hit.verb.lemma)) && claimOpens(ctx, s);
      if (claimFirst) return { kind: "reported", cue, start: s.start, end: s.end, speaker: np, at: k, nested };
      if (np && contentWords(ctx, s.tokenStart, k - 1) >= 3) {
        // Not right after an opening subordinate clause ("Dass …, glaubt X"), but after the main clause that follows it.
        const tail = hit.verb.frames.has("direct") && (!opensWithSubordinateClause(ctx, s) || mainClauseStart(ctx, s) > s.tokenStart && mainClauseStart(ctx, s) < k - 1);
        return { kind: "indirect", cue, start: s.start, end: goesOn ? s.end : tokens[k - 2].end, speaker: np, at: k, nested, tail };
      }
    }
  }
  // ", hatte Obama bei seinem Treffen gesagt." — an inverted perfect frame after the content.
  if (hit.form === "participle") {
    const clause = clauseStartOf(ctx, k, s);
    // (A modal takes a participle only with an auxiliary of its own: "könnten … geraten" is the infinitive of "geraten", "könnte … gesagt haben" a perfect.)
    const perfect = PERFECT_AUX.test(tokens[clause]?.norm ?? "") || tokens.slice(clause + 1, k + 3).some((t) => /^(?:haben|sein|werden|worden)$/.test(t.norm));
    if (clause > s.tokenStart + 3 && isComma(tokens[clause - 1]) && AUX_FORMS.has(tokens[clause].norm) && perfect && clauseEnd(ctx, k) >= s.tokenEnd - 1 && (firstVerbIndex(ctx, s) < clause - 1 || mainClauseStart(ctx, s) === clause) && !onlyAdverbialClause(ctx, s.tokenStart, clause - 1)) {
      // A passive's speaker is its agent: "Dass …, wurde von den Freiheitlichen dementiert".
      const agent = isPassive(ctx, clause, k) ? agentAt(ctx, clause + 1, k) : null;
      const np = agent !== null ? nounPhraseAfter(ctx, agent + 1, k) : nounPhraseAfter(ctx, clause + 1, k);
      return { kind: "indirect", cue: `${tokens[clause].text} ${tokens[k].text}`, start: s.start, end: tokens[clause - 2].end, speaker: np, at: k, nested };
    }
  }
  // "Wie die Polizei mitteilte, …" / "…, wie X sagte." — verb-final "wie" clause.
  const clauseStart = wieClauseStart(ctx, k, s) ?? clauseStartOf(ctx, k, s);
  if (tokens[clauseStart]?.norm === "wie" && hit.particle === null && (hit.form === "finite" || hit.form === "participle")) {
    const end = clauseEnd(ctx, k);
    // "Wie aus Regierungskreisen verlautete", "wie vom Ministerium mitgeteilt wurde": the source without its preposition.
    const from = clauseStart + 1 + (/^(aus|von|vom|seitens|vonseiten)$/.test(tokens[clauseStart + 1]?.norm ?? "") ? 1 : 0);
    const speaker: [number, number] | null = hit.verb.lemma === "hervorgehen" ? textAfterAus(ctx, clauseStart + 1, k) : from < k ? wieClauseSubject(ctx, from, k) : null;
    if (clauseStart === s.tokenStart && end < s.tokenEnd - 1) {
      return { kind: "indirect", cue: `wie ${tokens[k].text}`, start: tokens[end + 1].start, end: s.end, speaker, at: k, nested };
    }
    if (clauseStart > s.tokenStart + 2 && end >= s.tokenEnd - 1) {
      return { kind: "indirect", cue: `wie ${tokens[k].text}`, start: s.start, end: tokens[clauseStart - 2].end, speaker, at: k, nested };
    }
    return null;
  }
  if (!isMainClauseVerb(ctx, k, s, hit)) return subordinateFrame(ctx, s, k, hit);

  const vorfeldEnd = firstVerbIndex(ctx, s);
  // "Dies sagte der chinesische Außenminister Wang Yi …": the sentence before is the statement. (Not in the Konjunktiv,
  // which carries on the speech before: "Dies drohe den Herstellern erheblichen Schaden zuzufügen".)
  if (vorfeldEnd === k && k === s.tokenStart + 1 && ctx.lex.retro.has(tokens[s.tokenStart].norm) && !isKonjunktivAt(ctx, k)) {
    const after = afterVerbPart(ctx, k, hit, s);
    if (after.complement === null) {
      // "Das geht aus einem Papier des Ministeriums hervor": the text after "aus".
      const np = hit.verb.lemma === "hervorgehen" ? speakerForVerb(ctx, s.tokenStart, k, s.tokenEnd, hit) : (nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1)) ?? invertedSubject(ctx, k, s));
      // "Das sagt viel über die Lage aus", "Das sagt wenig": how much a fact tells, no one's report.
      if (/^(?:viel|vieles|wenig|einiges|nichts|alles|mehr|genug)$/.test(tokens[k + 1]?.norm ?? "") && (np === null || tokens[k + 2]?.norm === "über")) return null;
      return { kind: "indirect", cue, start: s.start, end: s.end, speaker: np, at: k, retro: true };
    }
    // "Das erklärt, warum …", "Dies zeigt, dass …": the demonstrative is the subject, and a fact says it, not a speaker.
    if (nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1)) === null && invertedSubject(ctx, k, s) === null) return null;
  }
  // "Das hat Präsident Putin am Montag angekündigt", "Dies hatte zuvor auch Lawrow betont": the same with an
  // auxiliary, the participle ending the sentence; the subject stands between them.
  const auxAt = s.tokenStart + 1;
  if (hit.form === "participle" && hit.verb.frames.has("indirect") && vorfeldEnd === auxAt && ctx.lex.retro.has(tokens[s.tokenStart].norm) && /^(?:hat|hatte|haben|hatten)$/.test(tokens[auxAt].norm) && k > auxAt + 1 && tokens[k + 1]?.kind === "punct" && k + 2 >= s.tokenEnd) {
    let from = auxAt + 1;
    while (from < k && FRAME_ADVERBS.has(tokens[from].norm)) from++;
    const np = nounPhraseAfter(ctx, from, k);
    if (np) return { kind: "indirect", cue: `${tokens[auxAt].text} ${tokens[k].text}`, start: s.start, end: s.end, speaker: np, at: k, retro: true, retroAux: true };
  }
  // "Peskow wurde gefragt, ob …": a question put to the subject is nobody's statement; the answer follows.
  if (QUESTION_VERBS.has(hit.verb.lemma) && vorfeldEnd < k && isPassive(ctx, vorfeldEnd, k)) return null;
  // "Alle Seiten seien aufgerufen, …", "Peking ist aufgefordert, …": those called upon are the subject, the speaker is not named.
  if (hit.form === "participle" && ADDRESSING_VERBS.has(hit.verb.lemma) && vorfeldEnd < k && /^(?:ist|sind|sei|seien|war|waren|wäre|wären)$/.test(tokens[vorfeldEnd].norm)) return null;
  const speaker = speakerForVerb(ctx, s.tokenStart, k, s.tokenEnd, hit);
  const after = afterVerbPart(ctx, k, hit, s, speaker);
  // "Die steile Flugbahn erklärt, warum …": a thing that explains a cause says nothing.
  if (hit.verb.lemma === "erklären" && after.complement !== null && /^(?:warum|weshalb|wieso)$/.test(tokens[after.complement].norm) && speaker !== null) {
    const head = headNoun(ctx, speaker[0], speaker[1]);
    if (head !== null && isThing(ctx, speaker, head)) return null;
  }
  // After a modal the complement must be marked ("musste er betonen, dass …"): "konnte die Polizei
  // informieren, allerdings hatte sie …" goes on with a clause of its own.
  if (after.complement !== null && isInfinitiveAfterModal(ctx, k, hit, s) && !COMPLEMENTIZERS.has(tokens[after.complement].norm) && tokens[after.complement - 1]?.text !== ":" && firstKonjunktiv(ctx, after.complement, clauseEnd(ctx, after.complement)) === null) return null;
  if (after.complement !== null) {
    const c = after.complement;
    // "lehnte Merkel den Vorschlag des Umweltministers ab, die Kontrolle … zu …", "hat Berichte der
    // Wochenzeitung zurückgewiesen, er sei …": the complement is what the object noun's owner said.
    const owner = after.type !== null && hit.verb.frames.has("indirect") ? objectNounOwner(ctx, Math.min(vorfeldEnd, k) + 1, c - 1, speaker, hit) : null;
    // Reported speech after it goes on with the subject's words, not the owner's.
    if (owner) return { kind: "indirect", cue, start: tokens[c].start, end: s.end, speaker: owner, at: k, nested, carry: speaker };
    // "äußerte sich zunächst nicht dazu, wann …": a speech act denied frames nothing.
    if (hit.verb.notNegated && negatedSpeechAct(ctx, k, hit, s)) return null;
    // "Blinken wird am Dienstag in Ägypten erwartet, anschließend reist er weiter", "wurde von Choe Son Hui begrüßt, am
    // Donnerstag folgten Gespräche": after a passive a clause in the indicative with no "dass" is the report's own next step.
    // (Not with an agent who speaks, "Von der Polizei wurde mitgeteilt, der Täter ist gefasst", only one who greets or awaits;
    // a Konjunktiv anywhere after it counts: "…, alle Beiträge, die …, sollten geprüft werden".)
    const passiveBefore = vorfeldEnd < k && hit.form === "participle" && isPassive(ctx, vorfeldEnd, k);
    const speakingAgent = passiveBefore && agentAt(ctx, s.tokenStart, k) !== null && !GREETING_VERBS.has(hit.verb.lemma);
    // (A relative clause after a passive never reports: "… informiert worden, die am Ostbahnhof Züge besteigen".)
    const relative = RELATIVES.has(tokens[c].norm) && tokens[c + 1] !== undefined && !isCapitalized(tokens[c + 1]) && tokens[c + 1].wordClass !== "adj";
    if (passiveBefore && after.type === "clause" && (relative || (!speakingAgent && !COMPLEMENTIZERS.has(tokens[c].norm) && firstKonjunktiv(ctx, c, s.tokenEnd) === null))) return null;
    // "hat Vučić Fehler eingeräumt, eine Übergangsregierung aber kategorisch ausgeschlossen": a participle ending the clause
    // after the comma, with no verb of its own before it, shares the auxiliary; the sentence reports two acts, no content.
    const end = clauseEnd(ctx, c);
    let last = end - 1;
    while (last > c && tokens[last].kind === "punct") last--;
    const sharedAuxiliary = hit.form === "participle" && after.type === "clause" && isComma(tokens[c - 1]) && !COMPLEMENTIZERS.has(tokens[c].norm) && !SUBORDINATORS.has(tokens[c].norm) && !RELATIVES.has(tokens[c].norm) && PARTICIPLE.test(tokens[last].norm) && tokens[last].wordClass === "verb" && tokens[last].norm !== tokens[last].lemma.toLowerCase() && !tokens.slice(c, last).some((t) => t.wordClass === "verb" || AUX_FORMS.has(t.norm));
    if (sharedAuxiliary && hit.verb.frames.has("reported")) return { kind: "reported", cue, start: s.start, end: s.end, speaker, at: k, nested };
    // "Lee hielt zwar dagegen, doch am Ende …": after "zwar" a clause with "doch" or "aber" is the concession's other half.
    const concession = tokens.slice(s.tokenStart, c).some((t) => t.norm === "zwar") && tokens.slice(c, end).some((t) => /^(?:doch|aber|jedoch|allerdings)$/.test(t.norm));
    if (after.type === "clause" && hit.verb.frames.has("indirect") && !concession) {
      // "wies Berichte westlicher Medien zurück, wonach …": the denial is the statement, the reports' claim in it.
      if (DENIALS.test(hit.verb.lemma) && tokens.slice(k + 1, c).some((t) => REPORT_NOUNS.test(t.lemma.toLowerCase()))) return { kind: "reported", cue, start: s.start, end: s.end, speaker, at: k, nested };
      return { kind: "indirect", cue, start: tokens[c].start, end: s.end, speaker, at: k, nested };
    }
    if (after.type === "infinitive") {
      const konjunktivAux = hit.form === "participle" && konjunktivAuxBefore(ctx, s, k);
      if (hit.verb.frames.has("reported") && reportedCompanion(ctx, k, hit, s)) return { kind: "reported", cue, start: s.start, end: s.end, speaker, at: k, nested, konjunktivAux };
      if (hit.verb.frames.has("indirect") && !concession) return { kind: "indirect", cue, start: tokens[c].start, end: s.end, speaker, at: k, nested, konjunktivAux };
    }
  }
  // A passive without its agent ("Allerdings wurden Vorbedingungen genannt") names no speaker; with
  // one, its subject is what was said ("Berichte … konnten nicht von den Einsatzkräften bestätigt werden").
  const passive = vorfeldEnd < k && isPassive(ctx, vorfeldEnd, k);
  // (A verb that speaks only with certain words has them for its object: "Putin hat mit neuen Angriffen gedroht"; so does one
  // with the preposition of its object, "hat Selenskyj erneut um Patriot-Systeme gebeten".)
  const prepositionalObject = PREPOSITIONAL_OBJECTS.get(hit.verb.lemma);
  // (Not hearsay of a modal's perfect: "Den Berichten zufolge soll Lindner mit Rücktritt gedroht haben".)
  const hearsay = /^(?:haben|sein)$/.test(tokens[k + 1]?.norm ?? "");
  // (Not a time: "hat vor zwei Wochen gewarnt", "hat an Weihnachten appelliert".)
  const objectAt = (j: number) => (hit.verb.reportedWith?.includes(tokens[j].norm) || tokens[j].norm === prepositionalObject) && !tokens.slice(j + 1, j + 4).some((t) => t.kind === "number" || TIME_NOUNS.has(t.norm) || /^(?:kurzem|langem|weihnachten|ostern)$/.test(t.norm));
  const objectPhrase = !hearsay && (hit.verb.reportedWith !== undefined || prepositionalObject !== undefined) && tokens.slice(vorfeldEnd + 1, k).some((_, i) => objectAt(vorfeldEnd + 1 + i));
  const mittelfeld = after.complement === null && hit.form === "participle" && (passive ? !takesVon(hit.verb) && agentAt(ctx, s.tokenStart, k) !== null : objectPhrase || mittelfeldObject(ctx, vorfeldEnd + 1, k, speaker));
  // A verb-final participle has its object before it; words after it are another verb's ("… bekannt
  // gegeben und auf … verwiesen"), unless a zu-infinitive ("hat angekündigt, … zu …") or the
  // participle opens the sentence ("Besonders kritisiert wurde die Berichterstattung").
  const objectAfter = after.hasObject && (hit.form !== "participle" || k <= vorfeldEnd || hasZuInfinitive(ctx, k + 1, clauseEnd(ctx, k + 1)) !== null);
  // The subject after the verb, the object before it: "Weitere Forderungen lehnt die Bundesregierung ab".
  const finiteAt = vorfeldEnd === k || (hit.form === "participle" && AUX_FORMS.has(tokens[vorfeldEnd].norm));
  // (After a focus particle too: "Auch die Kritik der G7 wies Wang zurück".)
  const first = pastFocusParticles(tokens, s.tokenStart, vorfeldEnd);
  // (An object's own article is one too: "Den Vorwurf wies der Kreml zurück"; not before a postposition, "Den Berichten zufolge".)
  // (Not a name that opens with such a word: "Den Haag kritisierte …". The phrase may end in a name: "Den Vorwurf aus
  // Washington wies Peking zurück".)
  const objectArticle = /^(?:den|dem|einen|einem)$/.test(tokens[first].norm) && tokens[first + 1]?.wordClass === "noun" && tokens[vorfeldEnd - 1].wordClass !== "function" && tokens[vorfeldEnd - 1].wordClass !== "verb" && isCapitalized(tokens[vorfeldEnd - 1]) && !ctx.mentions.some((m) => m.start <= tokens[first].start && m.end > tokens[first].start);
  const objectFirst = speaker !== null && finiteAt && !passive && speaker[0] > vorfeldEnd && first < vorfeldEnd && (isNominalStart(tokens[first], tokens[first + 1]) || objectArticle) && !isTimePhrase(ctx, first, vorfeldEnd);
  if ((objectAfter || objectFirst || mittelfeld) && hit.verb.frames.has("reported") && reportedCompanion(ctx, k, hit, s) && !(hit.verb.notOfPersons && personObject(ctx, passive || objectFirst ? s.tokenStart : hit.form === "finite" ? k + 1 : vorfeldEnd + 1, s, speaker))) {
    return { kind: "reported", cue, start: s.start, end: s.end, speaker, at: k, nested, konjunktivAux: hit.form === "participle" && konjunktivAuxBefore(ctx, s, k) };
  }
  // "Polens Ministerpräsident Donald Tusk widersprach.": a speech act that needs no object, its subject before it
  // and only adverbs after it ("protestierte umgehend", "widersprach energisch").
  if (hit.verb.alone && hit.form === "finite" && hit.particle === null && vorfeldEnd === k && speaker !== null && speaker[1] <= k && tokens.slice(k + 1, s.tokenEnd).every((t) => t.kind === "punct" ? /^[.!]$/.test(t.text) : t.norm !== "sich" && (t.wordClass === "adj" || FRAME_ADVERBS.has(t.norm) || /^(?:sofort|umgehend|energisch|vehement|scharf|heftig|prompt|postwendend)$/.test(t.norm)))) {
    return { kind: "reported", cue, start: s.start, end: s.end, speaker, at: k, nested };
  }
  return null;
}

/**
 * "erklärt sich aus …", "erklärt sich auch durch …": "erklären" of a cause, the preposition right after "sich"
 * (focus particles between). Not "erklärte sich damit einverstanden", "erklärte sich aus humanitären Gründen bereit".
 */
function explainedBy(ctx: DocContext, k: number, hit: VerbHit): boolean {
  const { tokens } = ctx.layer;
  if (hit.verb.lemma !== "erklären" || tokens[k + 1]?.norm !== "sich") return false;
  let j = k + 2;
  while (j < k + 5 && /^(?:auch|vor|allem|zum|teil|wohl|unter|anderem|nicht|zuletzt)$/.test(tokens[j]?.norm ?? "")) j++;
  if (!/^(?:aus|durch)$/.test(tokens[j]?.norm ?? "")) return false;
  // (A speech act goes on with its predicate: "erklärte sich aus humanitären Gründen bereit".)
  const end = clauseEnd(ctx, j);
  return !tokens.slice(j, end).some((t) => /^(?:bereit|einverstanden|zufrieden|solidarisch|zuständig|befangen|unschuldig)$/.test(t.norm));
}

/**
 * Is the first noun phrase from token `from` on (past the speaker phrase and the verb's
 * particle) a person: a person named there, or an office or role noun ("seinen Amtskollegen")?
 */
function personObject(ctx: DocContext, from: number, s: Sentence, speaker: [number, number] | null): boolean {
  const { tokens } = ctx.layer;
  for (let j = from; j < s.tokenEnd; j++) {
    if (speaker && j >= speaker[0] && j < speaker[1]) continue;
    const t = tokens[j];
    if (t.kind === "punct" || inQuote(ctx, j)) return false;
    if (!isCapitalized(t) || t.wordClass === "function" || isPronounLike(t)) continue;
    const at = t.start;
    if (ctx.mentions.some((m) => m.type === "person" && m.start <= at && at < m.end) || ctx.persons.some((p) => p.start <= at && at < p.end)) return true;
    const lemma = t.lemma.toLowerCase();
    return ctx.lex.roles.has(t.norm) || ctx.lex.roles.has(lemma) || ctx.lex.people.has(t.norm) || ctx.lex.people.has(lemma);
  }
  return false;
}

/**
 * The owner of a noun of saying that ends the verb's clause right before its complement: the
 * genitive or "von" phrase after the noun ("den Vorschlag des Umweltministers Sigmar Gabriel (SPD) ab,"),
 * with only the verb, its particle or a parenthesis left before the comma. Null otherwise.
 */
function objectNounOwner(ctx: DocContext, from: number, comma: number, speaker: [number, number] | null, hit: VerbHit): [number, number] | null {
  const { tokens } = ctx.layer;
  for (let n = from; n < comma - 2; n++) {
    const t = tokens[n];
    if (speaker && n >= speaker[0] && n < speaker[1]) continue;
    if (!isCapitalized(t) || !(ctx.lex.complementNouns.has(t.norm) || ctx.lex.sourceNouns.includes(t.norm)) || inQuote(ctx, n)) continue;
    // "erklärte laut einem Bericht der Zeitung, …", "sagte nach Angaben des Ministeriums, …": a source of the report is no object's owner.
    // (Without a subject of its own the verb's source speaks: "Dem Konzern wird nach Angaben der Agentur Anadolu vorgeworfen, …".)
    if (n > from && [1, 2, 3].some((d) => ctx.lex.sourcePrepositions.has(tokens[n - d]?.norm ?? "") || (speaker !== null && ctx.lex.sourceNounPrepositions.has(tokens[n - d]?.norm ?? "")))) continue;
    const det = tokens[n + 1];
    if (!(det.norm === "von" || GENITIVE_DETERMINERS.has(det.norm))) continue;
    const np = nounPhraseAfter(ctx, det.norm === "von" ? n + 2 : n + 1, comma, true);
    if (!np) continue;
    // Only the verb, its particle, auxiliaries or a parenthesis may follow ("(SPD) ab", "zurückgewiesen").
    let j = np[1];
    let depth = 0;
    for (; j < comma; j++) {
      const x = tokens[j];
      if (x.text === "(") depth++;
      else if (x.text === ")") depth--;
      else if (depth > 0 || inQuote(ctx, j) || ctx.quoteOf[j] === -2) continue;
      else if (!(j === hit.particleAt || ctx.lex.forms.has(x.norm) || AUX_FORMS.has(x.norm))) break;
    }
    if (j === comma && depth === 0) return np;
  }
  return null;
}

/** A "von"/"vom" agent before token k ("Von der Bewegung wurden … angekündigt"). */

/**
 * A verb-final participle has its object between the auxiliary and itself ("hat … den
 * Abzug der Truppen angekündigt"): a noun phrase outside the speaker phrase that no
 * preposition governs.
 */
function mittelfeldObject(ctx: DocContext, from: number, to: number, speaker: [number, number] | null): boolean {
  const { tokens } = ctx.layer;
  let governed = false;
  for (let j = from; j < to; j++) {
    if (speaker && j >= speaker[0] && j < speaker[1]) continue;
    const t = tokens[j];
    // A quoted word is an object too: "hat die „Feinde“ kritisiert".
    if (inQuote(ctx, j) && isCapitalized(t) && t.wordClass !== "function" && !governed) return true;
    if (inQuote(ctx, j) || t.kind === "punct") {
      governed = false;
      continue;
    }
    // What a verb of saying takes through a preposition is its object too: "hat vor Folgen gewarnt",
    // "hatte darüber berichtet" (not a place or time: "in Berlin", "am Montag").
    if (OBJECT_PREPOSITIONS.has(t.norm) && j + 1 < to && !TIME_NOUNS.has(tokens[j + 1].norm) && !TIME_NOUNS.has(tokens[j + 2]?.norm ?? "")) return true;
    if (PRONOMINAL_OBJECT.test(t.norm)) return true;
    if (PREPOSITIONS.has(t.norm)) governed = true;
    else if (isCapitalized(t) && t.wordClass !== "function" && !isAdverbial(t)) {
      if (!governed && !PRONOUNS.has(t.norm)) return true;
      governed = false;
    }
  }
  return false;
}

/** The first token from `from` past focus particles ("Auch", "Nur"), at most up to the one before `verb`. */
function pastFocusParticles(tokens: readonly Token[], from: number, verb: number): number {
  let first = from;
  while (first < verb - 1 && FRAME_ADVERBS.has(tokens[first].norm)) first++;
  return first;
}

/** Does the sentence open with a report or claim set off by a comma: "Die Behauptung, …", "Den Vorwurf, …"? */
function claimOpens(ctx: DocContext, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  for (let j = s.tokenStart; j < s.tokenStart + 4 && j < s.tokenEnd - 1; j++) {
    if (REPORT_NOUNS.test(tokens[j].lemma.toLowerCase()) && isCapitalized(tokens[j])) {
      // (Its source may follow it: "Den Vorwurf aus Washington, China beliefere …, wies Peking zurück".)
      let comma = j + 1;
      while (comma < s.tokenEnd && comma <= j + 4 && !isComma(tokens[comma]) && !isVerbLike(ctx, tokens[comma])) comma++;
      // (Or an article-less genitive: "Die Behauptung westlicher Medien, …".)
      return comma < s.tokenEnd && isComma(tokens[comma]) && (comma === j + 1 || /^(?:aus|von|vom|der|des|gegen)$/.test(tokens[j + 1].norm) || (tokens[j + 1].wordClass === "adj" && /er$/.test(tokens[j + 1].norm) && tokens[j + 2]?.wordClass === "noun"));
    }
    // (Only its article and adjectives before it: not "Im Internet verbreitete Gerüchte, wonach …, dementierte …".)
    if (!DETERMINERS.has(tokens[j].norm) && tokens[j].wordClass !== "adj") return false;
  }
  return false;
}

// Verbs of saying whose object is a preposition's phrase: "um Hilfe bitten", "vor … warnen", "an … appellieren".
const PREPOSITIONAL_OBJECTS = new Map([["bitten", "um"], ["ersuchen", "um"], ["werben", "für"], ["plädieren", "für"], ["warnen", "vor"], ["appellieren", "an"], ["drängen", "auf"], ["pochen", "auf"], ["beharren", "auf"], ["protestieren", "gegen"]]);

/** Verbs of denial (the reports and claims they deny: REPORT_NOUNS). */
const DENIALS = /^(?:zurückweisen|dementieren|bestreiten|abstreiten)$/;
// Verbs that judge what they name: "nannte … absurd", "bezeichnete … als Lüge".
const JUDGING = /^(?:nennen|bezeichnen)$/;

// Verbs of meeting someone: their passive's agent greets or awaits, says nothing ("wurde von Choe Son Hui begrüßt, …").
const GREETING_VERBS = new Set(["begrüßen", "empfangen", "erwarten", "verabschieden"]);

/** Verbs of asking: in the passive their subject is the one asked. */
const QUESTION_VERBS = new Set(["fragen", "befragen"]);

const OBJECT_PREPOSITIONS = new Set(["vor", "über", "für", "gegen", "auf", "an"]);
// Not "dagegen", "dafür": mostly "however", "in return".
const PRONOMINAL_OBJECT = /^da(?:r)?(?:über|vor|auf|an)$/;

/**
 * The subject of a verb-final "wie" clause, tokens [from, k): it opens the clause, objects and adverbials follow it
 * ("wie er einem Sender sagte", "wie das Statistikamt am Montag in Brüssel mitteilte", "wie die Polizei Montagfrüh
 * mitteilte"). A phrase that stops at no German word after it keeps the clause ("wie die Bank of England mitteilte").
 */
function wieClauseSubject(ctx: DocContext, from: number, k: number): [number, number] | null {
  const { tokens } = ctx.layer;
  const np = nounPhraseAfter(ctx, from, k, true);
  if (!np) return trimPhrase(ctx, from, k);
  let end = np[1];
  while (end - 1 > np[0] && isTimePoint(tokens[end - 1])) end--;
  // (Not a word of the dictionary in lower case it ends in right before the verb, an adverb or the verb's particle: "Wie
  // das Polizeipräsidium Westpfalz bekannt gab", "Wie mehrere Fachmedien übereinstimmend berichteten"; a name in lower
  // case stays, "Wie die Nachrichtenagentur dpa berichtete".)
  const lowerWord = (t: Token) => t.kind === "word" && !isCapitalized(t) && t.wordClass !== null && !DETERMINERS.has(t.norm) && !ctx.mentions.some((m) => m.start <= t.start && m.end >= t.end);
  if (end === k && end - 1 > np[0] && lowerWord(tokens[end - 1]) && isCapitalized(tokens[end - 2])) end--;
  // (A phrase cut before its noun is no subject: "das Gesundheitsministerium der im Gazastreifen regierenden Hamas".)
  const pronoun = end - np[0] === 1 && (PERSONAL_PRONOUNS.has(tokens[np[0]].norm) || tokens[np[0]].norm === "man");
  if (!pronoun && (!isCapitalized(tokens[end - 1]) || DETERMINERS.has(tokens[end - 1].norm))) return trimPhrase(ctx, from, k);
  if (end === k) return [np[0], end];
  const next = tokens[end];
  // A body's name goes on past its preposition ("die Organisation für Sicherheit und Zusammenarbeit in Europa", "Ärzte
  // ohne Grenzen"), and a seat names its side ("die Polizei in Wien"): the clause up to the verb, its times cut.
  const across = ctx.mentions.some((m) => m.type !== "person" && m.start >= tokens[np[0]].start && m.start < tokens[end - 1].end && m.end > tokens[end - 1].end);
  const seat = /^(?:in|aus)$/.test(next.norm) && ctx.mentions.some((m) => m.start === tokens[end + 1]?.start);
  if (across || seat) return trimPhrase(ctx, np[0], k);
  const adverbial = next.kind === "punct" || isTimePoint(next) || (PREPOSITIONS.has(next.norm) && !/^(?:für|ohne|gegen|von|vom|zum|zur)$/.test(next.norm)) || DETERMINERS.has(next.norm) || PERSONAL_PRONOUNS.has(next.norm) || FRAME_ADVERBS.has(next.norm) || /^(?:es|sich|ihm|ihn|ihnen|uns|mir|gegenüber|heute|gestern|morgen|zuvor|bereits|schon|nun|jetzt|inzwischen|später|damals)$/.test(next.norm);
  return adverbial || tokens.slice(end, k).every(lowerWord) ? [np[0], end] : trimPhrase(ctx, from, k);
}

/** "Wie die Mitarbeiterin seines Büros, Arminda Thomas, mitteilte": the clause-initial "wie" before a verb-final k. */
function wieClauseStart(ctx: DocContext, k: number, s: Sentence): number | null {
  const { tokens } = ctx.layer;
  for (let j = k - 1; j >= s.tokenStart && k - j <= 24; j--) {
    if (inQuote(ctx, j)) return null;
    const t = tokens[j];
    if (t.norm === "wie" && (j === s.tokenStart || isComma(tokens[j - 1]))) return j;
    if (isVerbLike(ctx, t) || /^[;:]$/.test(t.text)) return null;
  }
  return null;
}

/**
 * Is what stands before the verb at k, after a comma, an object fronted with its zu-infinitive ("Das Angebot, eine Rolle
 * zu spielen, begrüßte sie")? Not where a clause of its own follows the verb's phrase, which makes the frame a parenthesis:
 * "Die Bereitschaft, darüber zu verhandeln, sagte Peskow, sei vorhanden".
 */
function frontedObjectBefore(ctx: DocContext, s: Sentence, k: number): boolean {
  const { tokens } = ctx.layer;
  if (!isComma(tokens[k - 1]) || !frontedInfinitiveObject(ctx, afterDateline(ctx, s), k - 1)) return false;
  const end = clauseEnd(ctx, k + 1);
  return !(isComma(tokens[end]) && hasFiniteVerb(ctx, end + 1, s.tokenEnd));
}

/** The reporting verb is the finite verb of the main clause (V2, or coordinated with "und"). */
function isMainClauseVerb(ctx: DocContext, k: number, s: Sentence, hit: VerbHit): boolean {
  const { tokens } = ctx.layer;
  const first = firstVerbIndex(ctx, s);
  const mainStart = mainClauseStart(ctx, s) >= 0;
  if (first === k) return mainStart;
  // "Wie die Agentur Tass berichtete, lobte Lawrow …": the verb right after an opening source clause.
  if (tokens[s.tokenStart].norm === "wie" && k > s.tokenStart + 2 && isComma(tokens[k - 1]) && wieClauseStart(ctx, k - 2, s) === s.tokenStart) return true;
  if (first > k) return false;
  // "Das Angebot, eine Rolle zu spielen, begrüßte sie": a fronted object with its zu-infinitive, no verb of its own.
  if (frontedObjectBefore(ctx, s, k)) return mainStart;
  // Perfect and passive: "Rice hatte … erklärt, …", "Frankreich hat sich bereit erklärt, …"
  if (mainStart && AUX_FORMS.has(tokens[first].norm) && (isParticipleOf(ctx, k, hit) || isInfinitiveAfterModal(ctx, k, hit, s)) && !hasClauseBreakBesidesApposition(ctx, first, k)) return true;
  // "… begrüßte die Offiziellen und erklärte …", "…, und betonte, dass …"
  const before = tokens[k - 1];
  if (before !== undefined && COORDINATORS.has(before.norm) && mainStart) return true;
  // "begrüßte die Gesprächsbereitschaft, mahnte aber, …": a verb right after the comma that ends the main clause's first part.
  return mainStart && hit.form === "finite" && coordinatedAfterComma(ctx, k, s, first);
}

/**
 * Is the finite verb k right after a comma that closes the main clause's first verb phrase
 * ("Scholz begrüßte die Gesprächsbereitschaft Chinas, mahnte aber, …")? The part before the
 * comma holds the first verb, itself a verb of saying, and no other comma: the same subject goes on.
 */
function coordinatedAfterComma(ctx: DocContext, k: number, s: Sentence, first: number): boolean {
  const { tokens } = ctx.layer;
  // The first verb has its object before the comma: a verb right before it ends a subordinate clause ("Wie …, dazu feststellt, verlangt …").
  if (!(first < k - 2 && isComma(tokens[k - 1]) && !inQuote(ctx, k - 1) && clauseStartOf(ctx, k - 1, s) <= first && coordinatedVerb(ctx, k))) return false;
  // Not the verb of a subordinate or relative clause: "Wie X feststellt, verlangt …".
  const open = clauseStartOf(ctx, first, s);
  if (SUBORDINATORS.has(tokens[open].norm) || (open > s.tokenStart && RELATIVES.has(tokens[open].norm))) return false;
  const firstHit = verbHit(ctx, first, clauseEnd(ctx, first + 1), true);
  return firstHit !== null && firstHit.form === "finite" && !firstHit.konjunktiv;
}

/**
 * Token k (right after a comma) is a verb of saying without a subject of its own: lower case,
 * indicative, and no noun phrase right after it ("…, mahnte aber, …", "…, teilten jedoch mit, …";
 * not the inverted frame "…, sagte Faymann", "…, meinte er").
 */
function coordinatedVerb(ctx: DocContext, k: number): boolean {
  const { tokens } = ctx.layer;
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || inQuote(ctx, k) || isCapitalized(t) || !ctx.lex.forms.has(t.norm) || !isVerbLike(ctx, t) || isKonjunktivAt(ctx, k)) return false;
  // Its subject would stand right after it; an adverb, a preposition or the comma before a complement may.
  if (next.kind === "word" && (next.wordClass !== "function" || isPronounLike(next) || PERSONAL_PRONOUNS.has(next.norm))) return false;
  const hit = verbHit(ctx, k, clauseEnd(ctx, k + 1), false);
  return hit !== null && hit.form === "finite" && !hit.konjunktiv;
}

/**
 * A reporting verb at the end of a subordinate or relative clause, followed by its
 * complement: "von dem die Polizei glaubt, er sei …", "der vor dem Parlament betonte,
 * er gehöre …", "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass …".
 */
function subordinateFrame(ctx: DocContext, s: Sentence, k: number, hit: VerbHit): FrameMatch | null {
  const { tokens } = ctx.layer;
  if (!hit.verb.frames.has("indirect")) return null;
  let end = k + 1;
  while (end < s.tokenEnd && AUX_FORMS.has(tokens[end].norm)) end++;
  if (!isComma(tokens[end])) return null;
  const open = clauseStartOf(ctx, k, s);
  const opener = tokens[open];
  if (!opener) return null;
  const relative = RELATIVES.has(opener.norm) && open > s.tokenStart && isComma(tokens[open - 1]);
  const prepRelative = PREPOSITIONS.has(opener.norm) && RELATIVES.has(tokens[open + 1]?.norm ?? "");
  if (!relative && !prepRelative && !SUBORDINATORS.has(opener.norm)) return null;
  const c = end + 1;
  const next = tokens[c];
  if (!next) return null;
  const konj = firstKonjunktiv(ctx, c, s.tokenEnd);
  const complement = (COMPLEMENTIZERS.has(next.norm) && next.norm !== "wie") || (konj !== null && konj < clauseEnd(ctx, c) + 6);
  // (A finite verb right after the comma is the main clause's, whose Vorfeld the clause ends: "Eine Politik, bei der
  // Verbündete einander drohten, könne niemandem nutzen, so Frederiksen".)
  if (!complement || konj === c) return null;
  // The subject: inside the clause ("von dem die Polizei glaubt"), else the relative pronoun's antecedent.
  const inner = prepRelative ? open + 2 : open + 1;
  let speaker: [number, number] | null = null;
  if (inner < k && isNominalStart(tokens[inner], tokens[inner + 1]) && !(relative && !DETERMINERS.has(tokens[inner].norm) && !PERSONAL_PRONOUNS.has(tokens[inner].norm) && !isCapitalized(tokens[inner]))) {
    speaker = nounPhraseAfter(ctx, inner, k);
  }
  if (!speaker && relative) speaker = nounPhraseBefore(ctx, open - 1, s.tokenStart);
  return { kind: "indirect", cue: tokens[k].text, start: tokens[c].start, end: s.end, speaker, at: k, nested: hit.konjunktiv, subordinate: true };
}

interface AfterVerb {
  /** Token index where the complement starts (after its comma or colon), or null. */
  complement: number | null;
  type: "clause" | "infinitive" | null;
  /** Words between the verb and the clause end that can be an object. */
  hasObject: boolean;
}

/**
 * After the comma that closes an inverted speaker ("sagte die Sprecherin des Außenministeriums, Mao Ning, am Freitag auf
 * einer Pressekonferenz, China lehne …"), its name in apposition and adverbials without a verb are inserts: the complement
 * starts after them. Not an enumeration that opens the complement ("sagte er, Russland, China und Indien seien …").
 */
function afterInserts(ctx: DocContext, comma: number, s: Sentence, speaker: [number, number] | null): number {
  const { tokens } = ctx.layer;
  if (!speaker || speaker[1] !== comma || speaker[1] - speaker[0] < 2) return comma + 1;
  let at = comma;
  for (;;) {
    let next = at + 1;
    while (next < s.tokenEnd && !isComma(tokens[next])) next++;
    if (next >= s.tokenEnd - 1 || next - at > 10) return at + 1;
    const from = tokens[at + 1];
    const name = at === comma && ctx.persons.some((p) => p.start === from.start && p.end === tokens[next - 1].end);
    // Not the complement's own opening before a relative clause ("erklärte die Ministerin, in den Bundesländern, in denen …").
    const after = tokens[next + 1];
    const relative = RELATIVES.has(after.norm) || (PREPOSITIONS.has(after.norm) && RELATIVES.has(tokens[next + 2]?.norm ?? ""));
    const adverbial = PREPOSITIONS.has(from.norm) && !relative && !tokens.slice(at + 1, next).some((t) => isVerbLike(ctx, t));
    if (!name && !adverbial) return at + 1;
    at = next;
  }
}

// Nouns of asking and the words that open the question after them ("auf die Frage, ob …").
const QUESTION_NOUN = /^(?:frage|nachfrage|anfrage)$/;
const QUESTION_WORD = /^(?:ob|wie|wann|warum|weshalb|wieso|wo|was|wer|wen|wem|welche|welcher|welches|welchen)$/;

/** What follows the reporting verb: a complement clause, a zu-infinitive, or an object. */
function afterVerbPart(ctx: DocContext, k: number, hit: VerbHit, s: Sentence, speaker: [number, number] | null = null): AfterVerb {
  const { tokens } = ctx.layer;
  const particle = hit.particleAt ?? k;
  // The verb's own clause runs to the first comma or colon after the verb; a separated
  // particle may come after an inserted infinitive ("wies jegliche Versuche, …, zurück").
  let j = k + 1;
  let gapNoun = false;
  let gapWords = 0;
  // Words of adverbials of time, place or occasion ("am Mittwoch in Moskau", "auf einer Pressekonferenz") are
  // no object: they do not keep an indicative complement from the verb ("berichtete von Vereinbarungen, die …" do).
  let governed = false;
  let adverbialWords = 0;
  // "erklärte laut TASS, die Nato bereite …": a source phrase after the verb is no object.
  let sourceEnd = -1;
  // The subject after the verb with its name set off by commas is no object either: "lobte der Sprecher des Kremls, Dmitri Peskow, die …".
  const subjectEnd = speaker && speaker[0] > k ? appositionEnd(ctx, speaker[1], s) : -1;
  for (; j < s.tokenEnd; j++) {
    const t = tokens[j];
    if (j < sourceEnd || (speaker && j >= speaker[0] && j < subjectEnd)) continue;
    if (inQuote(ctx, j)) {
      gapWords++;
      continue;
    }
    if (j === particle) continue;
    if (/^[,:;–—]$/.test(t.text) && j > particle) break;
    if (/^[,:;–—]$/.test(t.text)) continue;
    if (ctx.lex.sourcePrepositions.has(t.norm)) {
      sourceEnd = nounPhraseAfter(ctx, j + 1, clauseEnd(ctx, j + 1))?.[1] ?? j + 1;
      continue;
    }
    if (isWord(t)) {
      // "begrüßte die Offiziellen und erklärte, …": the complement belongs to the second verb.
      if (COORDINATORS.has(tokens[j - 1]?.norm ?? "") && isVerbLike(ctx, t)) return { complement: null, type: null, hasObject: gapWords > 1 };
      // The subject after an inverted verb ("sagte Rice, die USA hielten …") is no object.
      if (speaker && j >= speaker[0] && j < speaker[1]) continue;
      gapWords++;
      if (PREPOSITIONS.has(t.norm)) governed = ADVERBIAL_PREPOSITIONS.has(t.norm) || (t.norm === "auf" && occasionAfter(ctx, j + 1, s.tokenEnd));
      if (governed) adverbialWords++;
      if (isCapitalized(t) && t.wordClass !== "function" && !isPronounLike(t)) {
        if (!governed) gapNoun = true;
        governed = false;
      }
    }
  }
  const objectWords = gapWords;
  if (j >= s.tokenEnd - 1) return { complement: null, type: null, hasObject: objectWords > 0 };
  const sep = tokens[j];
  let n = isComma(sep) ? afterInserts(ctx, j, s, speaker) : j + 1;
  // A question asked is the noun's; what follows it is the complement: "sagte auf die Frage, ob Putin reise, dies sei nicht
  // entschieden" (past its own subordinate and relative clauses: "ob er Putin, der die Ukraine überfallen habe, vertraue, …").
  if (isComma(sep) && QUESTION_NOUN.test(tokens[j - 1]?.lemma.toLowerCase() ?? "") && QUESTION_WORD.test(tokens[n]?.norm ?? "")) {
    let end = clauseEnd(ctx, n + 1);
    // (A relative pronoun only after a noun: "Putin, der …"; "reagiere, die EU werde …" opens the answer.)
    const relative = (k: number) => RELATIVES.has(tokens[k]?.norm ?? "") && isCapitalized(tokens[k - 2]) && tokens[k - 2].wordClass !== "verb";
    const subordinate = (k: number) => SUBORDINATORS.has(tokens[k]?.norm ?? "") || relative(k) || QUESTION_WORD.test(tokens[k]?.norm ?? "") || /^(?:und|oder)$/.test(tokens[k]?.norm ?? "");
    while (end < s.tokenEnd - 1 && isComma(tokens[end]) && subordinate(end + 1)) end = clauseEnd(ctx, end + 2);
    // (A verb closes the clause the comma ends: "ob er Putin, der …, vertraue," goes on after "vertraue".)
    while (end < s.tokenEnd - 1 && isComma(tokens[end]) && tokens[end + 2] !== undefined && isComma(tokens[end + 2]) && tokens[end + 1].wordClass === "verb") end = end + 2;
    if (end < s.tokenEnd - 2 && isComma(tokens[end]) && hasFiniteVerb(ctx, end + 1, s.tokenEnd)) n = end + 1;
    // (A bare answer keeps the question with it as the complement, "sagte auf die Frage, ob Putin reise, nein"; no answer, no
    // complement: "sagte ein Sprecher auf die Frage, ob China bereitstehe.")
    else if (!(end < s.tokenEnd - 1 && isComma(tokens[end]) && /^(?:ja|nein|natürlich|keineswegs|selbstverständlich)$/.test(tokens[end + 1]?.norm ?? ""))) return { complement: null, type: null, hasObject: objectWords > 0 };
  }
  const next = tokens[n];
  if (!next) return { complement: null, type: null, hasObject: objectWords > 0 };
  const rest = { from: n, to: s.tokenEnd };
  // "begrüßte die Gesprächsbereitschaft, mahnte aber, Peking dürfe …": the complement belongs to the second verb.
  if (isComma(sep) && objectWords > 0 && coordinatedVerb(ctx, n)) return { complement: null, type: null, hasObject: objectWords > 0 };
  if (sep.text === ":") return { complement: n, type: "clause", hasObject: objectWords > 0 };
  // A clause with its verb first and nothing after it is a condition of the verb's own clause, no complement:
  // "hat dem Westen mit Konsequenzen gedroht, sollte er weitere Sanktionen verhängen." ("sagte, sollte X …, werde Y …" has one.)
  if (isComma(sep) && AUX_FORMS.has(next.norm) && clauseEnd(ctx, n) >= s.tokenEnd - 1) return { complement: null, type: null, hasObject: objectWords > 0 };
  // So is a concessive or temporal clause with no clause after it: "sei von den Gesprächen ausgeschlossen worden, obwohl es
  // sich um russisches Eigentum gehandelt habe" ("sagte, obwohl die Lage ernst sei, werde man …" has one). (Not a reason
  // given in the Konjunktiv, "protestierte, weil die Botschaft geschlossen worden sei", which is the speaker's.)
  // (Its verbs close it: "während die Gespräche weitergingen"; "während der Gespräche sei …" opens a main clause.)
  if (isComma(sep) && CONCESSIVE_OR_TEMPORAL.has(next.norm) && clauseEnd(ctx, n) >= s.tokenEnd - 1 && verbFinalClause(ctx, n + 1, s.tokenEnd)) return { complement: null, type: null, hasObject: objectWords > 0 };
  if (COMPLEMENTIZERS.has(next.norm) && next.norm !== "wie") return { complement: n, type: "clause", hasObject: objectWords > 0 };
  if (next.norm === "wie" && !gapNoun) return { complement: n, type: "clause", hasObject: objectWords > 0 };
  // "forderte das Verbot der Partei, da sie Stimmen gekauft habe": after an object, an adverbial clause gives the reason, it is no complement.
  if (gapNoun && ADVERBIAL_SUBORDINATORS.has(next.norm) && !COMPLEMENTIZERS.has(next.norm)) return { complement: null, type: null, hasObject: true };
  const konj = firstKonjunktiv(ctx, rest.from, rest.to);
  const zuInf = hasZuInfinitive(ctx, rest.from, rest.to);
  // A relative clause after a noun is no complement: "meldeten sich vor allem Männer, die es als Problem sahen, … spielen zu müssen",
  // in the Konjunktiv neither: "schätzte die Hilfe, die Russland geleistet habe".
  // (A noun in quotation marks too: "kritisierte die Reise als „falsche Wahl“, die der Sache nicht diene".)
  const beforeSep = tokens[j - 1]?.kind === "punct" && /^[“”"»«]$/.test(tokens[j - 1].text) ? tokens[j - 2] : tokens[j - 1];
  const relativeClause = isComma(sep) && RELATIVES.has(next.norm) && isCapitalized(beforeSep) && beforeSep.wordClass !== "function" && !(speaker && j - 1 >= speaker[0] && j - 1 < speaker[1]) && verbBeforeComma(ctx, n + 1, s.tokenEnd);
  // (Its Konjunktiv ends it: "die SPLA werde nicht vergelten" is a clause of its own.)
  let relativeEnd = clauseEnd(ctx, n + 1);
  while (relativeEnd > n && tokens[relativeEnd - 1].kind === "punct") relativeEnd--;
  // (Also after a preposition: "lobte die Geschwindigkeit, mit der die Verbündeten reagiert hätten".)
  const relativeOpener = RELATIVES.has(next.norm) || (PREPOSITIONS.has(next.norm) && RELATIVES.has(tokens[n + 1]?.norm ?? ""));
  // (Not one whose verb takes a "dass" clause after it: "sagte im Gespräch mit RT DE, die Route zeige, dass …" opens a main clause.)
  // (Then an article: "die Route" is no relative pronoun, "der es verbiete, dass …" is.)
  const thatAfter = isComma(tokens[relativeEnd]) && /^(?:dass|ob)$/.test(tokens[relativeEnd + 1]?.norm ?? "") && tokens[n + 1]?.wordClass === "noun" && isCapitalized(tokens[n + 1]);
  const relativeKonjunktiv = konj !== null && gapNoun && isComma(sep) && relativeOpener && isCapitalized(beforeSep) && beforeSep.wordClass !== "function" && konj === relativeEnd - 1 && !thatAfter;
  // A zu-infinitive may belong to a noun of the complement: "die Versuche des Westens, Russland zu isolieren, seien gescheitert".
  const nounsInfinitive = zuInf !== null && konj !== null && konj > zuInf && nounBeforeComma(ctx, n, zuInf);
  if (konj !== null && (!zuInf || konj < zuInf || nounsInfinitive) && !relativeKonjunktiv) return { complement: n, type: "clause", hasObject: objectWords > 0 };
  if (zuInf !== null && !relativeClause) return { complement: n, type: "infinitive", hasObject: objectWords > 0 };
  // Indicative complement without "dass" ("Er sagte, er kommt"): only right after the verb.
  // An adverbial clause is no complement: "hatte seinen Rücktritt angekündigt, nachdem …".
  // Its verb may stand in words it quotes: "meinte nun, der Ehemann „konnte und wollte sich … nicht abfinden“".
  const finite = hasFiniteVerb(ctx, rest.from, rest.to, !inQuote(ctx, n));
  const freeWords = objectWords - adverbialWords;
  // Not after a dash, nor a relative clause ("zu dem …", "woraufhin …"), nor the main clause after a conditional ("…, dann ist es …").
  const opensClause = isComma(sep) && !(PREPOSITIONS.has(next.norm) && RELATIVES.has(tokens[n + 1]?.norm ?? "")) && !RELATIVE_ADVERB.test(next.norm) && !/^(?:dann|so)$/.test(next.norm);
  if (!gapNoun && freeWords <= 4 && objectWords <= 12 && opensClause && !RELATIVES.has(next.norm) && !ADVERBIAL_SUBORDINATORS.has(next.norm) && finite) return { complement: n, type: "clause", hasObject: false };
  // After a noun a relative pronoun is more likely than an article: its clause must then have its verb second ("die Länder verfolgten").
  // ("dessen" and "deren" are no articles: "meldete sich der Wagner-Chef, dessen Aufenthaltsort unbekannt war, mit …".)
  const secondVerb = adverbialWords === 0 || [n + 2, n + 3].some((x) => tokens[x] && isVerbLike(ctx, tokens[x]) && !isCapitalized(tokens[x]));
  if (!gapNoun && freeWords <= 4 && objectWords <= 12 && opensClause && RELATIVES.has(next.norm) && !/^(?:dessen|deren)$/.test(next.norm) && finite && !isVerbLike(ctx, tokens[n + 1] ?? next) && secondVerb) {
    return { complement: n, type: "clause", hasObject: false };
  }
  return { complement: null, type: null, hasObject: objectWords > 0 };
}

/** Does a noun phrase with no verb run from `from` to a comma before `to` ("die Versuche des Westens, …", "über den Versuch, …")? */
function nounBeforeComma(ctx: DocContext, from: number, to: number): boolean {
  const { tokens } = ctx.layer;
  const first = tokens[from];
  if (!first || !(DETERMINERS.has(first.norm) || PREPOSITIONS.has(first.norm) || (isCapitalized(first) && first.wordClass === "noun"))) return false;
  let noun = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (isComma(t)) return noun && j > from;
    if (isVerbLike(ctx, t) || SUBORDINATORS.has(t.norm)) return false;
    if (isCapitalized(t) && t.wordClass === "noun") noun = true;
  }
  return false;
}

// Prepositions that open an adverbial of time, place or occasion after a verb of saying ("am Mittwoch", "in Moskau",
// "bei einem Treffen", "gegenüber Journalisten"); "von", "über", "vor", "auf" may open its object ("berichtete von …").
const RELATIVE_ADVERB = /^wor?(?:an|auf|aufhin|aus|bei|durch|für|gegen|in|mit|nach|über|um|unter|von|vor|zu)$/;
const ADVERBIAL_PREPOSITIONS = new Set("am im in bei beim während gegenüber nach anlässlich".split(" "));
const OCCASION_NOUN = /(?:konferenz|sitzung|tagung|gipfel|treffen|veranstaltung|forum|kongress|parteitag|versammlung|briefing|pressetermin|empfang|zeremonie|kundgebung)$/;

/** "auf einer Pressekonferenz": the first noun from `from` on names an occasion. */
function occasionAfter(ctx: DocContext, from: number, to: number): boolean {
  const { tokens } = ctx.layer;
  for (let j = from; j < Math.min(to, from + 4); j++) if (isCapitalized(tokens[j]) && tokens[j].wordClass !== "function") return OCCASION_NOUN.test(tokens[j].lemma.toLowerCase());
  return false;
}

function isPronounLike(t: Token): boolean {
  return PRONOUNS.has(t.norm) || DETERMINERS.has(t.norm);
}

function firstKonjunktiv(ctx: DocContext, from: number, to: number): number | null {
  for (let j = from; j < to; j++) if (!inQuote(ctx, j) && isKonjunktivAt(ctx, j)) return j;
  return null;
}

// Konjunktiv I forms in -e that the first person does not share in the indicative ("ich kann", but "er könne").
const FIRST_PERSON_DIFFERS = new Set(["sei", "könne", "müsse", "wolle", "dürfe", "solle", "möge", "wisse"]);

/** Is the auxiliary before a participle at k, in its clause, a Konjunktiv ("habe … aufgerufen", "hätten … kritisiert")? */
function konjunktivAuxBefore(ctx: DocContext, s: Sentence, k: number): boolean {
  const { tokens } = ctx.layer;
  for (let j = k - 1; j >= s.tokenStart && !isComma(tokens[j]); j--) if (AUX_FORMS.has(tokens[j].norm)) return isKonjunktivAt(ctx, j);
  return false;
}

/**
 * Is token j a Konjunktiv marker? Lower case, or capitalised as a sentence's first word; and
 * not a first person's indicative ("Ich unterscheide nicht …", "ich lehne das ab"): most
 * Konjunktiv I forms in -e are also that.
 */
function isKonjunktivAt(ctx: DocContext, j: number): boolean {
  const { tokens } = ctx.layer;
  const t = tokens[j];
  // Case first: it is cheaper than a look-up in the large Konjunktiv set.
  if (isCapitalized(t) && (j !== ctx.layer.sentences[t.sentence].tokenStart || t.wordClass === "noun")) return false; // "Ziele der Sanierung sind …"
  // "Die russische Seite danke China": a form left out for its other readings, right after its subject noun.
  if (!ctx.lex.konjunktiv.has(t.norm)) return tokens[j - 1]?.wordClass === "noun" && ctx.lex.konjunktivAfterNoun.has(t.norm);
  // "Lawrow sollte am Freitag nach Moskau zurückkehren", "Der Gipfel sollte am Freitag … enden": a plan with its date, told.
  if (/^sollten?$/.test(t.norm) && tokens.slice(j + 1, j + 4).some((x) => x.sentence === t.sentence && SCHEDULED_DAY.test(x.norm))) return false;
  return !(t.norm.endsWith("e") && !FIRST_PERSON_DIFFERS.has(t.norm) && firstPersonClause(tokens, j));
}

/**
 * Is "ich" the subject near j, in its clause: "ich habe", "habe ich", "Indem ich ihn … gebreakt habe"? Right after "und"
 * the verb shares the subject of the verb before, however far back: "Ich bin mit dem Nachtzug nach Kiew gefahren und habe …".
 */
function firstPersonClause(tokens: readonly Token[], j: number): boolean {
  const bounded = (x: Token | undefined) => x !== undefined && x.sentence === tokens[j].sentence && !/^[,;:–—(„“"]$/.test(x.text);
  const reach = /^(?:und|oder|aber|sowie)$/.test(tokens[j - 1]?.norm ?? "") ? 40 : 8;
  for (let k = j - 1; k >= j - reach && bounded(tokens[k]); k--) if (tokens[k].norm === "ich") return true;
  for (let k = j + 1; k <= j + 2 && bounded(tokens[k]); k++) if (tokens[k].norm === "ich") return true;
  return false;
}

function hasZuInfinitive(ctx: DocContext, from: number, to: number): number | null {
  const { tokens } = ctx.layer;
  for (let j = from; j < to; j++) {
    // (Not in a quotation, unless one quoted inside the clause: "forderte, die Schiffe „aus dem Verkehr zu ziehen“".)
    if (inQuote(ctx, j) && !(ctx.quoteOf[j] >= 0 && ctx.quotes[ctx.quoteOf[j]].start > tokens[from].start)) continue;
    const t = tokens[j];
    // "zu sein", "zu haben", "zu werden", "anbieten zu wollen": auxiliaries and modals the lexicon files under function words.
    if (t.norm === ZU && tokens[j + 1] && /^\p{Ll}+(?:en|ern|eln|n)$/u.test(tokens[j + 1].text) && (tokens[j + 1].wordClass === "verb" || /^(sein|haben|werden|wollen|können|müssen|dürfen|sollen|lassen)$/.test(tokens[j + 1].text))) return j;
    // "zusammenzuarbeiten", "fortzusetzen", "aufrechtzuerhalten"
    if (/^\p{Ll}{2,}zu\p{Ll}{2,}(?:en|ern|eln)$/u.test(t.text) && (t.wordClass === "verb" || t.wordClass === null)) return j;
  }
  return null;
}

/** Does a finite verb end the clause from `from` on, before its comma ("die es als Problem sahen,")? */
function verbBeforeComma(ctx: DocContext, from: number, to: number): boolean {
  const { tokens } = ctx.layer;
  let j = from;
  while (j < to && !isComma(tokens[j]) && tokens[j].kind !== "punct") j++;
  if (j >= to || !isComma(tokens[j])) return false;
  const last = tokens[j - 1];
  return j - 1 > from && isVerbLike(ctx, last) && !isCapitalized(last) && tokens[j - 2]?.norm !== ZU && !ZU_INFINITIVE.test(last.norm);
}

/** A verb-like token in [from, to); in quoted words too with `quoted`. */
// Subordinators of a concession or a time, whose clause is an adverbial of the verb before it.
const CONCESSIVE_OR_TEMPORAL = new Set(["obwohl", "obgleich", "obschon", "wenngleich", "nachdem", "bevor", "sobald", "solange", "während"]);

/** Do the clause's verbs stand together at its end, and is it no zu-infinitive ("…, obwohl es sich um Eigentum gehandelt habe")? */
function verbFinalClause(ctx: DocContext, from: number, to: number): boolean {
  const { tokens } = ctx.layer;
  let last = to - 1;
  while (last > from && tokens[last].kind === "punct") last--;
  if (hasZuInfinitive(ctx, from, to) !== null || !isVerbLike(ctx, tokens[last])) return false;
  let first = from;
  while (first < last && !isVerbLike(ctx, tokens[first])) first++;
  for (let j = first; j <= last; j++) if (!isVerbLike(ctx, tokens[j])) return false;
  return true;
}

function hasFiniteVerb(ctx: DocContext, from: number, to: number, quoted = false): boolean {
  const { tokens } = ctx.layer;
  for (let j = from; j < to; j++) if ((quoted || !inQuote(ctx, j)) && isVerbLike(ctx, tokens[j])) return true;
  return false;
}

/**
 * Does an inverted frame whose clause ends at `end` close its sentence? It does when nothing
 * follows; after a verb of saying also when an apposition, adverbials or a relative clause follow
 * the speaker: "…, sagte Isabelle Falque-Pierrotin, Vorsitzende der G29, am Mittwoch in Brüssel."
 * (After "…, erwartet X, …" the rest is more likely its object.)
 */
function framesToEnd(ctx: DocContext, hit: VerbHit, k: number, end: number, s: Sentence): boolean {
  if (end >= s.tokenEnd - 1) return true;
  const { tokens } = ctx.layer;
  // "…, sagte Lawrow, wie die Agentur Tass meldete": a channel's clause after it.
  if (isComma(tokens[end]) && tokens[end + 1]?.norm === "wie" && clauseEnd(ctx, end + 1) >= s.tokenEnd - 1) return true;
  // "…, sagte ein Sprecher auf die Frage, ob China als Garantiemacht bereitstehe": the question it answered.
  if (isComma(tokens[end]) && QUESTION_NOUN.test(tokens[end - 1]?.lemma.toLowerCase() ?? "") && QUESTION_WORD.test(tokens[end + 1]?.norm ?? "") && clauseEnd(ctx, end + 1) >= s.tokenEnd - 1) return true;
  // "…, sagte Rutte am Montagabend, nachdem eine Delegation die Botschafter unterrichtet hatte": when or why it was said.
  // (The frame itself a few words without a verb: not ", meine Fitness aufs höchste Niveau zu bringen, bevor …".)
  const bareFrame = end - k <= 10 && !tokens.slice(k + 1, end).some((t) => isVerbLike(ctx, t)) && hasZuInfinitive(ctx, k + 1, end) === null;
  if (bareFrame && isComma(tokens[end]) && (CONCESSIVE_OR_TEMPORAL.has(tokens[end + 1]?.norm ?? "") || /^(?:als|weil|seit|seitdem)$/.test(tokens[end + 1]?.norm ?? "")) && clauseEnd(ctx, end + 1) >= s.tokenEnd - 1 && verbFinalClause(ctx, end + 1, s.tokenEnd)) return true;
  // "…, teilte der Kreml mit, ohne Einzelheiten zu nennen": an adverbial infinitive clause after it.
  if (isComma(tokens[end]) && /^(?:ohne|um|statt|anstatt)$/.test(tokens[end + 1]?.norm ?? "") && clauseEnd(ctx, end + 1) >= s.tokenEnd - 1) {
    const last = s.tokenEnd - (tokens[s.tokenEnd - 1].kind === "punct" ? 2 : 1);
    if (hasZuInfinitive(ctx, last - 1, last + 1) !== null) return true;
  }
  // "Viele Punkte könnten als Grundlage dienen, sagte er, „wenn der Westen dazu bereit ist“": a quotation that ends the sentence.
  if (isComma(tokens[end]) && ctx.quoteOf[end + 1] === -2) {
    let close = end + 2;
    while (close < s.tokenEnd && ctx.quoteOf[close] !== -2) close++;
    if (close < s.tokenEnd && tokens.slice(close + 1, s.tokenEnd).every((t) => t.kind === "punct")) return true;
  }
  if (!hit.verb.frames.has("direct")) return false;
  return !hasFiniteVerb(ctx, end, s.tokenEnd) || (isComma(tokens[end]) && RELATIVES.has(tokens[end + 1]?.norm ?? ""));
}

/** After ", sagte X": a comma, then a main clause in the Konjunktiv to the sentence's end (", man werde aber …"). */
function reportedClauseAfter(ctx: DocContext, hit: VerbHit, end: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  if (!hit.verb.frames.has("indirect") || !isComma(tokens[end]) || end + 2 >= s.tokenEnd) return false;
  const first = tokens[end + 1];
  if (SUBORDINATORS.has(first.norm) || RELATIVES.has(first.norm) || first.norm === "wie" || first.norm === "und") return false;
  for (let j = end + 1; j < Math.min(end + 5, s.tokenEnd); j++) {
    if (inQuote(ctx, j) || isComma(tokens[j])) return false;
    // (Konjunktiv II too after a reporting adverb: "…, erklärte X damals, zudem hätten die Amerikaner …".)
    const konjunktiv = ctx.lex.konjunktivI.has(tokens[j].norm) || (ctx.lex.konjunktiv.has(tokens[j].norm) && j === end + 2 && /^(?:zudem|außerdem|auch|ferner|überdies|dabei|allerdings|aber|jedoch|zugleich|gleichzeitig)$/.test(tokens[end + 1].norm));
    if (isVerbLike(ctx, tokens[j])) return j > end + 1 && konjunktiv && isKonjunktivAt(ctx, j) && clauseEnd(ctx, j) >= s.tokenEnd - 1;
  }
  return false;
}

/**
 * Is tokens[from, comma) one adverbial clause and nothing else? "Während X nichts ändern wollte, plädierte
 * Y …", "Um … gewährleisten zu können, forderte Y …": no content. A conditional with its main clause
 * ("Wenn ich nicht gut spiele, bin ich nicht glücklich, stellte sie fest") is; so is "Da waren wir zu
 * unsicher, sagte er" ("da" as an adverb: the clause does not end with its verb).
 */
function onlyAdverbialClause(ctx: DocContext, from: number, comma: number): boolean {
  const { tokens } = ctx.layer;
  const opener = tokens[from].norm;
  // "Wie die Agentur Tass berichtete, lobte Lawrow …": a source clause is no content either.
  const source = opener === "wie";
  // ("Ohne die USA beim Namen zu nennen, kritisierte er …", "Statt zu verhandeln, drohte er …": prepositions that open an infinitive clause.)
  const infinitive = /^(?:ohne|statt|anstatt)$/.test(opener);
  if (!(ADVERBIAL_SUBORDINATORS.has(opener) || source || infinitive) || comma - 1 <= from) return false;
  // "Seit Beginn der Luftangriffe habe das Militär …, sagte X": a preposition opening a main clause.
  const s = ctx.layer.sentences[tokens[from].sentence];
  if (!source && from === s.tokenStart && SUBORDINATORS.has(opener) && !opensWithSubordinateClause(ctx, s)) return false;
  // "Da müssen wir aufpassen": a verb right after it makes "da" an adverb of a main clause.
  if (isVerbLike(ctx, tokens[from + 1])) return false;
  for (let j = from + 1; j < comma; j++) if (isComma(tokens[j]) && !inQuote(ctx, j)) return false;
  // (Of "ohne" and "statt", a zu-infinitive with no finite verb before it: "Ohne Lösung des Konflikts ist keine Verbesserung zu
  // erwarten, schreibt X" is a main clause.)
  if (infinitive) return from === s.tokenStart && opensWithSubordinateClause(ctx, s);
  // "Um … zu können": "um" opens a clause only with its zu-infinitive ("Um den Großteil müssten sich …" is a preposition).
  if (opener === "um" && tokens[comma - 2]?.norm !== "zu" && !/^\p{Ll}+zu\p{Ll}+$/u.test(tokens[comma - 1].text)) return false;
  return isVerbLike(ctx, tokens[comma - 1]);
}

function contentWords(ctx: DocContext, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (isWord(ctx.layer.tokens[j])) n++;
  return n;
}

/**
 * Does a sentence read as reported speech? "strong": Konjunktiv I ("sei", "habe",
 * "könne") or reportative "soll … gegeben haben"; "weak": Konjunktiv II and deontic
 * "sollte", which carry reported speech on only right after a statement. Forms inside
 * quotations and in "wenn"/"falls"/"als ob" clauses do not count.
 */
export function reportedSpeechMarker(ctx: DocContext, s: Sentence): "strong" | "weak" | null {
  const { tokens } = ctx.layer;
  let found: "strong" | "weak" | null = null;
  for (let j = s.tokenStart; j < s.tokenEnd; j++) {
    if (inQuote(ctx, j)) continue;
    const t = tokens[j];
    const isKonj = isKonjunktivAt(ctx, j);
    const reportative = (t.norm === "soll" || t.norm === "sollen") && isReportativeSollen(ctx, j, s);
    if (!isKonj && !reportative) continue;
    // "es sei denn" ("unless") is no reported speech, nor is ", sei es durch … oder …" ("whether by … or …").
    if (t.norm === "sei" && tokens[j - 1]?.norm === "es" && tokens[j + 1]?.norm === "denn") continue;
    if (isSeiEsOder(ctx, j, s)) continue;
    const clause = clauseStartOf(ctx, j, s);
    const opener = tokens[clause]?.norm;
    // An indirect question ("wurde gefragt, ob Putin … eingeladen habe") asks; it reports nothing said.
    if (opener === "wenn" || opener === "falls" || opener === "ob" || (opener === "als" && tokens[clause + 1]?.norm === "ob")) continue;
    if (reportative || ctx.lex.konjunktivI.has(t.norm)) return "strong";
    // A modal's Konjunktiv II opening the sentence is a condition ("Sollte das nicht gelingen, wird …"); in a
    // relative clause it says nothing of the main clause ("…, bei denen das Zubehör verloren gehen könnte, wurden …").
    if (MODAL_KONJUNKTIV_II.test(t.norm) && ((j === s.tokenStart && isConditionClause(ctx, j, s)) || (clause > s.tokenStart && isRelativeClause(ctx, clause)))) continue;
    // "dürfte" of likelihood is the writer's own estimate: "Ob die Waffenruhe hält, dürfte sich erst zeigen"; of permission,
    // which comes with "nicht" or "nur", it is reported: "Die Grenzen dürften nicht verschoben werden".
    if (/^dürften?$/.test(t.norm) && !tokens.slice(clause, clauseEnd(ctx, j + 1)).some((x) => /^(?:nicht|nur|kein\p{Ll}*|nie|niemals|keinesfalls)$/u.test(x.norm))) continue;
    found = "weak";
  }
  return found;
}

/** ", sei es zur Arbeit oder wegen der Familie": "sei es" after a break, a phrase (not "sei es wichtig"), then "oder". */
function isSeiEsOder(ctx: DocContext, j: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  if (tokens[j].norm !== "sei" || tokens[j + 1]?.norm !== "es" || !/^[,–—:(-]$/.test(tokens[j - 1]?.text ?? "")) return false;
  const next = tokens[j + 2];
  if (!next || !(PREPOSITIONS.has(next.norm) || DETERMINERS.has(next.norm) || (isCapitalized(next) && next.wordClass === "noun"))) return false;
  return tokens.slice(j + 3, Math.min(j + 14, s.tokenEnd)).some((o) => o.norm === "oder");
}

// Konjunktiv II of auxiliaries and modals: the forms of conditions and of relative clauses that report nothing.
const MODAL_KONJUNKTIV_II = /^(?:hätte|wäre|würde|könnte|müsste|sollte|dürfte|möchte|wollte)n?$/;

/** "Sollte das nicht gelingen, wird …", "Hätte er …, so müsste …": a verb-first clause, then the main clause's verb. */
function isConditionClause(ctx: DocContext, j: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  for (let k = j + 1; k < s.tokenEnd - 1; k++) {
    if (inQuote(ctx, k) || !isComma(tokens[k])) continue;
    const next = tokens[k + 1];
    return next.norm === "so" || next.norm === "dann" || isVerbLike(ctx, next);
  }
  return false;
}

/** A relative clause opens at `clause`: "…, die sich …", "…, bei denen …", "…, dessen Vater …" (not "…, die Brüder hätten …"). */
function isRelativeClause(ctx: DocContext, clause: number): boolean {
  const { tokens } = ctx.layer;
  let r = clause;
  if (PREPOSITIONS.has(tokens[r].norm)) r++;
  const t = tokens[r];
  if (!t || !RELATIVES.has(t.norm)) return false;
  if (t.norm === "dessen" || t.norm === "deren" || t.norm === "denen") return true;
  const next = tokens[r + 1];
  return next !== undefined && !(isCapitalized(next) && next.wordClass !== "function") && next.wordClass !== "adj" && next.kind !== "number" && !QUANTIFIERS.has(next.norm);
}

// Words after an article that make it one ("die beiden Frauen hätten …"), not a relative pronoun.
const QUANTIFIERS = new Set("beiden meisten anderen übrigen vielen wenigen einzelnen ganzen gesamten ersten letzten zwei drei vier fünf".split(" "));

/** "soll … abgebrannt sein", "sollen … verletzt worden sein", "soll … kassiert haben": hearsay. */
function isReportativeSollen(ctx: DocContext, j: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  const end = clauseEnd(ctx, j + 1);
  for (let k = j + 2; k < end; k++) {
    if (/^(sein|haben)$/.test(tokens[k].norm) && (tokens[k - 1].wordClass === "verb" || tokens[k - 1].norm === "worden" || /^ge\p{Ll}+[tn]$/u.test(tokens[k - 1].norm))) return true;
  }
  return false;
}

// Verbs that take "nach" for what is asked ("fragte nach", "erkundigte sich nach").
const ASKING = /^(?:fragen|befragen|erkundigen|nachfragen)$/;

/** Is the "nach" at k what a verb of asking in its clause asks after: before it, or its participle after it? */
function askedAfter(ctx: DocContext, s: Sentence, k: number): boolean {
  const { tokens } = ctx.layer;
  const open = clauseStartOf(ctx, k, s);
  if (tokens.slice(open, k).some((t) => ASKING.test(t.lemma.toLowerCase()))) return true;
  const end = clauseEnd(ctx, k + 1);
  return tokens.slice(k + 1, Math.min(end, s.tokenEnd)).some((t) => ASKING.test(t.lemma.toLowerCase()) && /^(?:gefragt|befragt|erkundigt|nachgefragt)$/.test(t.norm));
}

/** Nouns that take "nach" as their own ("die Forderung nach …", "die Suche nach …", "der Ruf nach …"). */
const NOUNS_OF_NACH = /^(?:\p{L}*forderung(?:en)?|frage|suche|ruf|rufe|verlangen|streben|sehnsucht|nachfrage|wunsch|wünsche|aufruf|aufrufe)$/u;

/**
 * A noun of saying with its complement: "kamen zum Ergebnis, dass …", "Seit 2015 gab es
 * Hinweise, dass …", "erteilte der Luftwaffe den Befehl, dabei zu helfen, …". The statement
 * is the complement; the speaker the noun's "von"/genitive attachment, else the subject in
 * the Vorfeld, else the noun phrase itself.
 */
function nounComplementFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  const { tokens } = ctx.layer;
  for (let n = s.tokenStart + 1; n < s.tokenEnd - 2; n++) {
    const t = tokens[n];
    if (!isCapitalized(t) || !ctx.lex.complementNouns.has(t.norm) || inQuote(ctx, n)) continue;
    // The noun's attachments ("von Politikern der SPD", "an „den Westen“") up to its comma.
    let comma = n + 1;
    while (comma < s.tokenEnd && comma < n + 8 && !isComma(tokens[comma]) && (inQuote(ctx, comma) || ctx.quoteOf[comma] === -2 || (tokens[comma].kind !== "punct" && !isVerbLike(ctx, tokens[comma])))) comma++;
    if (!isComma(tokens[comma])) continue;
    const c = comma + 1;
    const next = tokens[c];
    if (!next) continue;
    const end = clauseEnd(ctx, c);
    // "Auf die Frage, ob …": a question asked is nobody's statement.
    if (t.norm === "frage" && next.norm === "ob") continue;
    let complement = /^(dass|ob|wonach)$/.test(next.norm);
    if (!complement) {
      const zu = hasZuInfinitive(ctx, c, end);
      if (zu !== null) {
        let finite = false;
        for (let j = c; j < zu; j++) if (!inQuote(ctx, j) && isVerbLike(ctx, tokens[j])) finite = true;
        complement = !finite;
      }
    }
    if (!complement) {
      // A V2 clause in Konjunktiv ("mit der Begründung, dieses habe die Ausschreibung zugeschnitten"),
      // not a relative clause with its verb at the end ("die Forderung, die er gestellt habe").
      const konj = firstKonjunktiv(ctx, c, end);
      let last = end - 1;
      while (last > c && tokens[last].kind === "punct") last--;
      complement = konj !== null && konj > c && konj < last && !isVerbLike(ctx, next);
    }
    if (!complement) continue;
    let speaker: [number, number] | null = null;
    if (comma > n + 1 && (tokens[n + 1].norm === "von" || GENITIVE_DETERMINERS.has(tokens[n + 1].norm))) {
      speaker = nounPhraseAfter(ctx, tokens[n + 1].norm === "von" ? n + 2 : n + 1, comma, true);
    }
    const vorfeldEnd = firstVerbIndex(ctx, s);
    // In a sentence that is itself reported speech the noun is part of it: "Die Volksrepublik unterstütze daher den
    // Vorschlag Russlands, eine Kommission einzusetzen" carries on who spoke before (with no one before, its subject speaks).
    const reportedMain = !speaker && vorfeldEnd > s.tokenStart && vorfeldEnd < n && isKonjunktivAt(ctx, vorfeldEnd) && !isVerbLike(ctx, tokens[n - 1]);
    // "Es gibt Hinweise, dass …": the "es" of "es gibt" is nobody.
    const existential = vorfeldEnd === s.tokenStart + 1 && tokens[s.tokenStart].norm === "es" && tokens[vorfeldEnd].lemma === "geben";
    if (!speaker && !existential && vorfeldEnd < n && vorfeldEnd > s.tokenStart && isNominalStart(tokens[s.tokenStart], tokens[s.tokenStart + 1]) && !hasClauseBreak(ctx, s.tokenStart - 1, vorfeldEnd) && !(ctx.lex.retro.has(tokens[s.tokenStart].norm) && vorfeldEnd === s.tokenStart + 1)) {
      speaker = trimPhrase(ctx, s.tokenStart, vorfeldEnd);
    }
    // "Am Dienstag zog der US-Partner … das Angebot mit der Begründung zurück, …": the subject after the verb.
    if (!speaker && vorfeldEnd < n && vorfeldEnd - s.tokenStart <= 4 && !opensWithSubordinateClause(ctx, s) && !isNominalStart(tokens[s.tokenStart], tokens[s.tokenStart + 1])) {
      const subject = invertedSubject(ctx, vorfeldEnd, s);
      if (subject && subject[1] <= n && !(subject[0] <= n && n < subject[1])) speaker = subject;
    }
    // Without an agent or subject ("So gebe es Hinweise, dass …") the sentence may itself carry
    // on the speaker before: then it is that speaker's (nested, like a Konjunktiv frame). Else
    // it is nobody's: the noun names no speaker.
    return { kind: "indirect", cue: t.text, start: next.start, end: s.end, speaker, at: n, nested: !speaker || reportedMain, noCarry: !speaker };
  }
  return null;
}

/**
 * A declared intention: "Die SPD will die Krankenversicherung … weiterentwickeln", "Als
 * Ersatz wollen die G7-Staaten sich … treffen". Present-tense "will"/"wollen" as the finite
 * verb of a main clause that ends in its infinitive; the subject is the speaker. (Past
 * "wollte" mostly narrates what someone tried to do.)
 */
function intentionFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  const { tokens } = ctx.layer;
  let any = false;
  for (let j = s.tokenStart + 1; j < s.tokenEnd && !any; j++) any = tokens[j].text === "will" || tokens[j].text === "wollen";
  if (!any) return null;
  const k = firstVerbIndex(ctx, s);
  if (k >= s.tokenEnd || !/^(will|wollen)$/.test(tokens[k].text) || inQuote(ctx, k)) return null;
  if (mainClauseStart(ctx, s) < 0 || tokens[s.tokenStart].norm === "wie") return null;
  const end = clauseEnd(ctx, k + 1);
  let last = end - 1;
  while (last > k && tokens[last].kind === "punct") last--;
  const inf = tokens[last];
  if (last <= k + 1 || isCapitalized(inf) || !/^\p{Ll}+(?:en|ern|eln)$/u.test(inf.text) || (inf.wordClass !== "verb" && inf.wordClass !== null)) return null;
  let start = afterDateline(ctx, s);
  while (start < k - 1 && FRAME_ADVERBS.has(tokens[start].norm)) start++;
  // "Das will DiEM25 ändern": a demonstrative Vorfeld is the object, the subject follows the verb.
  const objectVorfeld = k === start + 1 && /^(?:das|dies|dieses)$/.test(tokens[start].norm);
  const speaker = k > start && !objectVorfeld && isNominalStart(tokens[start], tokens[start + 1]) ? trimPhrase(ctx, start, k) : nounPhraseAfter(ctx, k + 1, last);
  if (!speaker) return null;
  return { kind: "reported", cue: tokens[k].text, start: s.start, end: s.end, speaker, at: k, intention: true };
}

// Possessives of "ich" and "wir": an outlet's own information ("nach unseren Informationen") names no speaker.
const POSSESSIVE_OF_FIRST = /^(?:mein|unser|unsr)(?:e|en|em|er|es)?$/;

/** "seiner", "ihren" at k: not the polite "Ihrer" inside a sentence ("Wer hat Ihrer Meinung nach recht?"). */
function thirdPersonPossessive(tokens: readonly Token[], k: number, s: Sentence): boolean {
  const t = tokens[k];
  return t !== undefined && THIRD_PERSON_POSSESSIVE.test(t.norm) && !(k > s.tokenStart && t.text.startsWith("I"));
}

/** "laut X", "X zufolge", "nach Angaben von X", "nach Polizeiangaben", ", so X (weiter)." */
// "nach eigenen Angaben": the subject's own account, no genitive after it ("in laut eigenen Angaben guter Absicht").
const OWN = /^eigene[nr]?$/;

/**
 * Where a genitive plural without an article that opens at `from` ends, or -1: strong adjectives
 * in "-er" before a noun ("nach Angaben libanesischer Sicherheitskreise", "nach Erkenntnissen westlicher Geheimdienste").
 */
function articlelessGenitive(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k < end && tokens[k].wordClass === "adj" && !isCapitalized(tokens[k]) && tokens[k].norm.endsWith("er")) k++;
  return k > from && k < end && tokens[k].wordClass === "noun" && isCapitalized(tokens[k]) ? k + 1 : -1;
}

/**
 * ", so X." at the end of the sentence (X may carry an apposition: ", so der Sprecher der Bewegung, Ehsanullah Ehsan."),
 * or set off by commas inside it: "…, so Selenskyj, möglicherweise für einen Angriff …".
 */
function soSource(ctx: DocContext, s: Sentence, k: number): FrameMatch | null {
  const { tokens } = ctx.layer;
  const t = tokens[k];
  if (!ctx.lex.so.has(t.norm) || !isComma(tokens[k - 1]) || k <= s.tokenStart + 3) return null;
  let end = s.tokenEnd;
  while (end > k && tokens[end - 1].kind === "punct" && !isComma(tokens[end - 1])) end--;
  const first = nounPhraseAfter(ctx, k + 1, end);
  // (With its seat: ", so die Zollbehörde in Peking und …".)
  const np = first && withSeat(ctx, first, k + 1, end);
  // (Two sources together: ", so die Sun und der Telegraph"; the first speaks, as with "Merz und Macron sagten".)
  const other = np && /^(?:und|sowie)$/.test(tokens[np[1]]?.norm ?? "") ? nounPhraseAfter(ctx, np[1] + 1, end) : null;
  const reach = other ? other[1] : (np?.[1] ?? end);
  // (Places and times after the source: ", so der Landeshauptmann in einer Pressekonferenz am Samstag.")
  const trailingPhrases = np !== null && reach < end && PREPOSITIONS.has(tokens[reach].norm) && !tokens.slice(reach, end).some((x) => x.kind === "punct" || isVerbLike(ctx, x));
  if (np && (reach >= end - countTrailingAdverbs(ctx, reach, end) || trailingPhrases)) {
    // A noun of saying names its holder in the genitive: ", so der Vorwurf der römischen Staatsanwaltschaft".
    const speaker = genitiveOfSource(ctx, np, true);
    return { kind: "indirect", cue: `${t.text}${tokens[reach]?.norm === "weiter" ? " … weiter" : ""}`, start: s.start, end: tokens[k - 2].end, speaker, at: k };
  }
  // (Set off by commas, a name alone, the words going on after it without a verb of their own first: not ", so dass",
  // nor ", so der Minister, der …".)
  const name = np !== null && np[1] - np[0] <= 3 && (ctx.persons.some((p) => p.start === tokens[np[0]].start) || ctx.mentions.some((m) => m.type === "person" && m.start === tokens[np[0]].start));
  if (name && isComma(tokens[reach]) && reach + 1 < end && !RELATIVES.has(tokens[reach + 1].norm) && !isVerbLike(ctx, tokens[reach + 1])) {
    return { kind: "indirect", cue: t.text, start: s.start, end: s.end, speaker: np, at: k };
  }
  return null;
}

function sourceFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  const { tokens } = ctx.layer;
  const lex = ctx.lex;
  // Every source phrase has one of the lexicon's source words: most sentences have none,
  // and that is cheaper to see than whether they have a finite verb.
  if (!hasSourceWord(ctx, s) || !hasFiniteVerb(ctx, s.tokenStart, s.tokenEnd)) return null;
  // ", so X" names who speaks before any source the words cite: "Russland bereite nach Erkenntnissen der ukrainischen
  // Geheimdienste … vor, so Selenskyj, möglicherweise für …" is Selenskyj's. (Not before one who is cited by "laut" or
  // "zufolge": "Der Botschafter habe laut Zaorálek versucht, …: …, so Kiselev" is first Zaorálek's.)
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (inQuote(ctx, k) || tokens[k - 1]?.text === "(") continue;
    if (lex.sourcePrepositions.has(tokens[k].norm) || lex.sourcePostpositions.has(tokens[k].norm)) break;
    const so = soSource(ctx, s, k);
    if (so) return so;
  }
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (inQuote(ctx, k)) continue;
    const t = tokens[k];
    const inParens = tokens[k - 1]?.text === "(";
    if (inParens) continue;
    // "Seiner Ansicht nach", "ihrer Einschätzung nach": the possessive points back to a person.
    if (t.norm === "nach" && k >= s.tokenStart + 2 && thirdPersonPossessive(tokens, k - 2, s) && isSourceNoun(ctx, tokens[k - 1]) && !DETERMINERS.has(tokens[k - 3]?.norm ?? "")) {
      return sourceMatch(ctx, s, k - 2, k + 1, [k - 2, k - 1], `${tokens[k - 1].text} ${t.text}`);
    }
    // nach Angaben von X / nach ersten Untersuchungen / nach Polizeiangaben
    // (Not a noun's own "nach" with its article: "mit seiner Forderung nach einer internationalen Untersuchung der Explosionen";
    // "die Suche nach Angaben der Feuerwehr" has its source.)
    const nounsNach = t.norm === "nach" && k > s.tokenStart && tokens[k - 1].wordClass === "noun" && NOUNS_OF_NACH.test(tokens[k - 1].norm) && DETERMINERS.has(tokens[k + 1]?.norm ?? "");
    if (lex.sourceNounPrepositions.has(t.norm) && !nounsNach) {
      let j = k + 1;
      while (j < k + 4 && j < s.tokenEnd && (DETERMINERS.has(tokens[j].norm) || tokens[j].wordClass === "adj" || (tokens[j].wordClass === "function" && !isCapitalized(tokens[j]) && !PREPOSITIONS.has(tokens[j].norm)))) j++;
      if (isSourceNoun(ctx, tokens[j])) {
        const cue = `${t.text} ${tokens[j].text}`;
        let from = j + 1;
        // A compound names its source ("nach Zeugenaussagen der Ehemann"); a bare common noun
        // after the source noun is no genitive ("nach ersten Meldungen Schäden"), a name is ("nach Angaben Moskaus").
        const next = tokens[from];
        // "nach Berichten über die Zerstörung …": reports about something, a time, not a source
        // ("die nach eigenen Angaben über Informanten verfügt" has its source).
        if (next?.norm === "über" && j === k + 1 && tokens[j].norm !== "angaben") continue;
        // "wurde nach westlichen Medienberichten über … gefragt", "fragte ihn nach den Berichten": what is asked after.
        if (t.norm === "nach" && tokens[j].norm !== "angaben" && askedAfter(ctx, s, k)) continue;
        const compound = isSourcePrefix(sourceCompound(ctx.lex, tokens[j]));
        const agent =
          next &&
          (next.norm === "von" ||
            (next.norm === "aus" && placeAfter(tokens, from + 1)) ||
            (!compound && GENITIVE_DETERMINERS.has(next.norm)) ||
            (!compound && !OWN.test(tokens[j - 1].norm) && articlelessGenitive(tokens, from, s.tokenEnd) > 0) ||
            (!compound && isCapitalized(next) && next.wordClass !== "function" && (next.wordClass !== "noun" || ctx.mentions.some((m) => m.start <= next.start && m.end >= next.end))));
        // "aus Sicht des Kremls", "aus Sicht Pekings": "aus" only before "Sicht" with its holder
        // ("aus seiner Sicht", "aus gewerkschaftlicher Sicht", "aus Darstellungen" name no one).
        if (t.norm === "aus" && (j !== k + 1 || tokens[j].norm !== "sicht" || !agent || next.norm === "aus")) continue;
        if (!agent) {
          // "Nach ihren Worten", "nach seiner Einschätzung": the possessive points back to a person.
          if (j - 1 > k && thirdPersonPossessive(tokens, j - 1, s)) return sourceMatch(ctx, s, k, j + 1, [j - 1, j], cue);
          // "Nach unseren Informationen": the outlet's own reporting, nobody's statement.
          if (POSSESSIVE_OF_FIRST.test(tokens[j - 1]?.norm ?? "") && j - 1 > k) continue;
          // "nach offiziellen Angaben", "nach bisherigen Informationen": no one named.
          // (Not "nach eigenen Angaben", nor a side's: "nach nordkoreanischen Angaben".)
          if (!compound && unnamedSource(ctx, k + 1, j + 1)) continue;
          // "nach den Angaben", "laut den Berichten": those of the source named before.
          if (!compound && pointsBack(tokens, k + 1, j + 1)) return { ...sourceMatch(ctx, s, k, j + 1, [k + 1, j + 1], cue), anaphor: true };
          // The phrase names the source itself: "nach Polizeiangaben", "nach ersten Untersuchungen".
          return sourceMatch(ctx, s, k, j + 1, [k + 1, j + 1], cue);
        }
        // "nach Angaben von Diplomaten", "nach Angaben aus Moskau" (a place speaks for its government).
        if (next.norm === "von" || next.norm === "aus") from++;
        // The phrase without an article ends with its noun: "nach Erkenntnissen westlicher Geheimdienste Bauteile …".
        const bare = OWN.test(tokens[j - 1].norm) ? -1 : articlelessGenitive(tokens, from, s.tokenEnd);
        const after = bare > 0 ? ([from, bare] as [number, number]) : nounPhraseAfter(ctx, from, clauseEnd(ctx, from), true);
        const np = after && withSeat(ctx, after, s.tokenStart, s.tokenEnd);
        if (np) return sourceMatch(ctx, s, k, affiliationEnd(ctx, np[1], s), np, cue);
        // A possessive's noun: "nach Angaben seines Verteidigungsministeriums" (whose it is is the speaker's to say).
        if (/^(?:seines|seiner|ihres|ihrer)$/.test(tokens[from].norm) && tokens[from + 1]?.wordClass === "noun" && SEATED_BODY.test(tokens[from + 1].lemma.toLowerCase())) return sourceMatch(ctx, s, k, from + 2, [from, from + 2], cue);
        // An agent we cannot delimit ("nach Angaben von n24"): the source noun names it.
        return sourceMatch(ctx, s, k, from + 1, [k + 1, from + 1], cue);
      }
    }
    // laut X / gemäß X
    if (lex.sourcePrepositions.has(t.norm)) {
      const after = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1), true);
      const np = after && withSeat(ctx, after, s.tokenStart, s.tokenEnd);
      if (np) return sourceMatch(ctx, s, k, np[1], np, t.text);
    }
    // "Demnach …": the source of the sentence before.
    if (lex.sourceAdverbs.has(t.norm) && s.index > 0) {
      return { kind: "indirect", cue: t.text, start: s.start, end: s.end, speaker: [k, k + 1], at: k, anaphor: true };
    }
    // X zufolge
    if (lex.sourcePostpositions.has(t.norm)) {
      // "Ihm zufolge …": a pronoun points back to a person named before.
      const clause = clauseStartOf(ctx, k, s);
      const before = nounPhraseBefore(ctx, k, clause);
      let np = before ? withSeat(ctx, before, clause, k) : /^(ihm|ihr)$/.test(tokens[k - 1]?.norm ?? "") ? ([k - 1, k] as [number, number]) : null;
      if (!np) continue;
      // (It opens at its source noun's article, not at an object before it: "stehen selbstfahrenden Pkw einer Umfrage
      // zufolge", "ermittelt die Staatsanwaltschaft Medienberichten zufolge"; a genitive attribute stays with its noun,
      // "Dem Autor der Studie zufolge".)
      const sourceAt = tokens.slice(np[0], np[1]).findIndex((x) => isSourceNoun(ctx, x));
      if (sourceAt > 0) {
        let open = np[0] + sourceAt;
        while (open > np[0] && (DETERMINERS.has(tokens[open - 1].norm) || tokens[open - 1].wordClass === "adj")) open--;
        if (open > np[0] && !/^(?:der|des)$/.test(tokens[open].norm)) np = [open, np[1]];
      }
      // "Seinen Angaben zufolge": the possessive points back to a person.
      if (np[1] - np[0] === 2 && isSourceNoun(ctx, tokens[np[0] + 1])) {
        if (POSSESSIVE_OF_FIRST.test(tokens[np[0]].norm)) continue;
        if (thirdPersonPossessive(tokens, np[0], s)) return sourceMatch(ctx, s, np[0], k + 1, [np[0], np[0] + 1], t.text);
      }
      // "ersten Angaben zufolge", "offiziellen Informationen zufolge": no one named (as "nach offiziellen Angaben").
      if (unnamedSource(ctx, np[0], np[1])) continue;
      if (pointsBack(tokens, np[0], np[1])) return { ...sourceMatch(ctx, s, np[0], k + 1, np, t.text), anaphor: true };
      return sourceMatch(ctx, s, np[0], k + 1, genitiveOfSource(ctx, np), t.text);
    }
  }
  return null;
}

/**
 * "Schätzungen der Kommission", "Angaben von Diplomaten" before "zufolge": the genitive after the source noun names the
 * source, as after "nach Angaben"; the phrase itself otherwise (also a compound that names its source: "Polizeiangaben der Stadt").
 */
function genitiveOfSource(ctx: DocContext, np: [number, number], saying = false): [number, number] {
  const { tokens } = ctx.layer;
  let j = np[0];
  while (j < np[1] - 2 && (DETERMINERS.has(tokens[j].norm) || tokens[j].wordClass === "adj")) j++;
  // (With `saying`, a noun of saying too: "der Vorwurf der Staatsanwaltschaft".)
  const source = isSourceNoun(ctx, tokens[j]) || (saying && isCapitalized(tokens[j]) && ctx.lex.complementNouns.has(tokens[j].norm));
  if (!source || isSourcePrefix(sourceCompound(ctx.lex, tokens[j]))) return np;
  const next = tokens[j + 1].norm;
  if (GENITIVE_DETERMINERS.has(next) && j + 2 < np[1]) return [j + 1, np[1]];
  if (next === "von" && j + 2 < np[1]) return [j + 2, np[1]];
  return np;
}

// Plural sources that name no one by themselves: "Berichten zufolge", "nach ersten Angaben".
const UNNAMED_SOURCES = /^(?:angaben|informationen|berichten|berichte|meldungen|erkenntnissen|erkenntnisse|schätzungen|zahlen|daten)$/;

/**
 * Tokens [from, to) are "Angaben", "Informationen" or "Berichten" alone or after adjectives that name no one
 * ("offiziellen", "ersten"): not "eigenen", nor a side's ("nordkoreanischen").
 */
function unnamedSource(ctx: DocContext, from: number, to: number): boolean {
  const { tokens } = ctx.layer;
  const unnamed = (w: Token) => w.wordClass === "adj" && !OWN.test(w.norm) && !ctx.mentions.some((m) => m.start <= w.start && m.end >= w.end);
  return UNNAMED_SOURCES.test(tokens[to - 1].norm) && tokens.slice(from, to - 1).every(unnamed);
}

/** Tokens [from, to) are such a plural after a definite article ("den Angaben", "den Berichten"): the source named before. */
function pointsBack(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 2 && /^(?:den|diesen)$/.test(tokens[from].norm) && UNNAMED_SOURCES.test(tokens[from + 1].norm);
}

/** A word of "so", "laut", "zufolge", "nach Angaben" or "demnach" in the sentence. */
function hasSourceWord(ctx: DocContext, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  const words = sourceWords(ctx.lex);
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (words.has(tokens[k].norm)) return true;
  return false;
}

const sourceWordSets = new WeakMap<ReportingLexicon, Set<string>>();
/** The words that open or close a source phrase, in one set (one look-up per token). */
function sourceWords(lex: ReportingLexicon): Set<string> {
  let words = sourceWordSets.get(lex);
  if (!words) sourceWordSets.set(lex, (words = new Set([...lex.so, ...lex.sourceNounPrepositions, ...lex.sourcePrepositions, ...lex.sourceAdverbs, ...lex.sourcePostpositions])));
  return words;
}

function countTrailingAdverbs(ctx: DocContext, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (FRAME_ADVERBS.has(ctx.layer.tokens[j].norm)) n++;
  return n;
}

/** A place or circle after "aus": "aus Moskau", "aus dem Kreml", "aus Regierungskreisen" (not "aus jenen Produkten", nor a particle at the end). */
function placeAfter(tokens: readonly Token[], j: number): boolean {
  const t = /^(dem|der|den)$/.test(tokens[j]?.norm ?? "") ? tokens[j + 1] : tokens[j];
  return t !== undefined && t.kind === "word" && isCapitalized(t) && t.wordClass !== "function";
}

function isSourceNoun(ctx: DocContext, t: Token | undefined): boolean {
  if (!t || !isCapitalized(t)) return false;
  const norm = t.norm;
  const prefix = ctx.lex.sourceNouns.includes(norm) ? "" : sourceCompound(ctx.lex, t);
  return prefix !== null && (prefix === "" || prefix.length >= 3 || isSourcePrefix(prefix));
}

/**
 * Where a source phrase opening a sentence ends: after the speaker's affiliation when one follows up to the
 * finite verb ("Nach Ansicht des Analysten Michal Meidan vom Oxford Institute for Energy Studies hat Peking …").
 */
function affiliationEnd(ctx: DocContext, end: number, s: Sentence): number {
  const { tokens } = ctx.layer;
  if (!/^(?:vom|von|der|des)$/.test(tokens[end]?.norm ?? "")) return end;
  let j = end + 1;
  while (j < s.tokenEnd && j - end <= 8 && !isVerbLike(ctx, tokens[j]) && (isCapitalized(tokens[j]) || DETERMINERS.has(tokens[j].norm) || /^(?:for|of|the|and|für|und|in)$/.test(tokens[j].norm))) j++;
  // The affiliation runs up to the sentence's finite verb, right after a name.
  return j > end + 1 && j < s.tokenEnd && isVerbLike(ctx, tokens[j]) && isCapitalized(tokens[j - 1]) && j === firstVerbIndex(ctx, s) ? j : end;
}

/** A statement framed by a source phrase: the sentence without the phrase. */
function sourceMatch(ctx: DocContext, s: Sentence, frameStart: number, frameEnd: number, speaker: [number, number], cue: string): FrameMatch {
  const { tokens } = ctx.layer;
  let start = s.start;
  let end = s.end;
  if (frameStart === s.tokenStart) {
    let j = frameEnd;
    while (j < s.tokenEnd && tokens[j].kind === "punct") j++;
    if (j < s.tokenEnd) start = tokens[j].start;
  } else if (frameEnd >= s.tokenEnd - 1 && isComma(tokens[frameStart - 1])) {
    end = tokens[frameStart - 2]?.end ?? s.end;
  }
  return { kind: "indirect", cue, start, end, speaker, at: frameStart };
}
