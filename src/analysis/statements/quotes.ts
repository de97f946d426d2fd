// Quotations: quotation marks paired per paragraph, and direct quotations with their
// frame before (X sagte: „…“) or after („…“, sagte X).
import { tokenRange, type Sentence, type Token } from "../text.js";
import { SUBORDINATORS, AUX_FORMS, FRAME_ADVERBS, NON_NOMINATIVE, isWord, isComma, isCapitalized } from "./words.js";
import type { Statement, Quotation, QuotedFragment } from "./types.js";
import { inQuote, type DocContext, type FrameMatch } from "./context.js";
import { verbHit, cueText, clauseEnd, clauseStartOf, firstVerbIndex, isParticipleOf, isVerbLike } from "./clauses.js";
import { speakerForVerb, isLabel, labelSpeaker, isNominalStart, trimPhrase, nounPhraseAfter, sourceAfter, skipObjectPronouns, quotedObject, namesPerson, appositionEnd, headNoun, namesSpeaker } from "./phrases.js";
import { copySpeaker, makeStatement, rawSpan } from "./speakers.js";

// Nouns for what was just quoted, after "mit diesen/dieser": "Mit diesen Worten", "Mit dieser Warnung wandte sich X an …".
const SAYING_NOUNS = /^(?:worten|sätzen|satz|warnung|mahnung|drohung|aussage|äußerung|bemerkung|appell|aufruf|forderung|botschaft|erklärung|ankündigung|kritik|einschätzung|prognose|begründung|zusage|bitte)$/;
import { isHeadline, isInterviewQuestion } from "./frames.js";

// Opening mark → the marks that close it. „…“ and »…« are German, «…» Swiss/French,
// “…” English; straight quotes pair with themselves.
const QUOTE_PAIRS: Record<string, string[]> = {
  "„": ["“", "”", '"'],
  "»": ["«"],
  "«": ["»"],
  "“": ["”", "“"],
  '"': ['"'],
  "‚": ["‘", "’"],
  "‹": ["›"],
  "›": ["‹"],
};
const QUOTE_CHARS = new Set(["„", "“", "”", "»", "«", '"', "‚", "‘", "‹", "›"]);
const OPEN_CONTEXT = /[\s([{\/–—-]/;

/**
 * Quotations in a text, paired per paragraph. Marks that cannot pair are ignored;
 * a quotation still open at the end of its paragraph runs to that end and is marked
 * unbalanced (news texts drop closing marks; they never run past a paragraph).
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let paraStart = 0;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf("\n", paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const stack: Array<{ ch: string; pos: number }> = [];
    for (let i = paraStart; i < paraEnd; i++) {
      // Every mark but the straight quote lies at or above U+00AB: skip plain text without a set lookup.
      const code = text.charCodeAt(i);
      if (code !== 0x22 && code < 0xab) continue;
      const c = text[i];
      if (!QUOTE_CHARS.has(c)) continue;
      const prev = i > paraStart ? text[i - 1] : " ";
      const next = i + 1 < paraEnd ? text[i + 1] : " ";
      const top = stack[stack.length - 1];
      const closes = top !== undefined && QUOTE_PAIRS[top.ch].includes(c) && (!/\s/.test(prev) || /[\s.,;:!?)]/.test(next));
      const opens = QUOTE_PAIRS[c] !== undefined && (OPEN_CONTEXT.test(prev) || QUOTE_CHARS.has(prev) || i === paraStart) && !/\s/.test(next);
      // A mark that could do both ("…" straight quotes, “ in „…“) closes when glued to the word before it.
      if (closes && (!opens || !/\s/.test(prev))) {
        stack.pop();
        out.push({ start: top.pos, end: i + 1, open: top.ch, close: c, balanced: true, depth: stack.length });
      } else if (opens && stack.length < 3) {
        stack.push({ ch: c, pos: i });
      }
    }
    // Unclosed: the outermost runs to the paragraph end, inner ones are dropped.
    if (stack.length > 0) {
      let end = paraEnd;
      while (end > stack[0].pos && /\s/.test(text[end - 1])) end--;
      if (end - stack[0].pos > 1) out.push({ start: stack[0].pos, end, open: stack[0].ch, close: null, balanced: false, depth: 0 });
    }
    paraStart = paraEnd + 1;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** DocContext.quoteOf: per token, the outer quotation it stands inside, -2 for its marks, else -1. */
export function markQuotes(tokens: Token[], quotes: Quotation[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let k = 0;
  quotes.forEach((q, qi) => {
    if (q.depth !== 0) return;
    while (k < tokens.length && tokens[k].end <= q.start) k++;
    for (let j = k; j < tokens.length && tokens[j].start < q.end; j++) {
      const t = tokens[j];
      const isMark = (t.start === q.start && t.end === q.start + 1) || (q.balanced && t.end === q.end && t.start === q.end - 1);
      out[j] = isMark ? -2 : qi;
    }
  });
  return out;
}

/** Direct quotations with their frames, in text order; adds the sentences they use up to `consumed`. */
export function directStatements(ctx: DocContext, consumed: Set<number>): Statement[] {
  const out: Statement[] = [];
  const { tokens, sentences } = ctx.layer;
  let previousFrame: { speaker: [number, number] | null; cue: string; endToken: number; statement: Statement } | null = null;
  ctx.quotes.forEach((q, qi) => {
    if (q.depth !== 0) return;
    const inside: number[] = [];
    for (let k = 0; k < tokens.length; k++) if (ctx.quoteOf[k] === qi) inside.push(k);
    if (inside.length === 0) return;
    const words = inside.filter((k) => isWord(tokens[k])).length;
    if (words === 0) return;
    const first = inside[0];
    const last = inside[inside.length - 1];
    const openTok = first - 1 >= 0 && ctx.quoteOf[first - 1] === -2 ? first - 1 : first;
    const closeTok = q.balanced && last + 1 < tokens.length && ctx.quoteOf[last + 1] === -2 ? last + 1 : last;
    const sentenceOfOpen = tokens[openTok].sentence;
    const startsSentence = sentences[sentenceOfOpen].tokenStart === openTok || /^[:–—-]$/.test(tokens[openTok - 1]?.text ?? "");
    const endsWithPunct = /[.!?…]/.test(tokens[last].text) || (closeTok + 1 < tokens.length && /^[.!?]$/.test(tokens[closeTok + 1].text) && tokens[closeTok + 1].sentence === tokens[closeTok].sentence);
    const hasVerb = inside.some((k) => tokens[k].wordClass === "verb" || AUX_FORMS.has(tokens[k].norm));
    const sentenceLike = (words >= 4 && (hasVerb || endsWithPunct)) || words >= 8;

    // A frame before the quotation wins over a sentence after it that points back ("Weiter sagte X: „…“ Dies sagte er in Richtung …").
    const after = rightFrame(ctx, closeTok);
    const right = after?.retro && leftFrame(ctx, openTok) ? null : after;
    // "„A“, sagte X, „B“": the second part has the first part's frame right before it (however short it is).
    // (The frame may go on with adjuncts: "„A“, sagte X am Donnerstag in Berlin, „B“".)
    const split = !right && previousFrame && isComma(tokens[openTok - 1]) && (previousFrame.endToken + 1 === openTok || adjunctsOnly(ctx, previousFrame.endToken + 1, openTok - 1)) ? previousFrame : null;
    const left = right || split ? null : leftFrame(ctx, openTok);
    const framed = right ?? left;
    // A quotation as a headline is the article's title, not a statement ("„Wir sind Partner, keine Verbündeten“",
    // "Interview: „…“"); the article quotes it again where it says who said it.
    if (!split && isHeadline(ctx, sentences[sentenceOfOpen], true)) return;
    if (!framed && !split && !(sentenceLike && startsSentence)) return; // a fragment inside a sentence
    if (!framed && !split && !sentenceLike) return;
    if (framed && !sentenceLike && !startsSentence && words < 4) return;
    // Words quoted inside a sentence framed after it are part of that sentence's statement: "Die Beziehungen seien
    // „so gut wie nie zuvor“, sagte er." is indirect speech with a quotation in it, read by the sentence's frame.
    // (Not a quotation of sentences of its own: "würdigte die Arbeit von Benedikt XVI. „Die Bundesregierung hat … .“")
    if (right && !startsSentence && !inside.some((k) => /^[.!?…]$/.test(tokens[k].text)) && wordsBefore(ctx, openTok) >= 3) return;
    // So is a quoted zu-infinitive after its frame's comma: "warnte er die USA davor, „Öl ins Feuer zu gießen“" is the
    // speech act reported, its words quoted.
    const lastWord = inside.filter((k) => isWord(tokens[k])).pop()!;
    const zuInfinitive = tokens[lastWord - 1]?.norm === "zu" && tokens[lastWord].wordClass === "verb";
    if (left?.reports && !startsSentence && isComma(tokens[openTok - 1]) && zuInfinitive && !inside.some((k) => /^[.!?…]$/.test(tokens[k].text))) return;

    // The second part continues the first one's statement: „A“, sagte X, „B“ is one quotation with its frame inside.
    if (split) {
      const prev = split.statement;
      const indexes = [...prev.sentences];
      for (let si = indexes[indexes.length - 1] + 1; si <= tokens[closeTok].sentence; si++) indexes.push(si);
      const merged = makeStatement(ctx, { kind: "direct", cue: prev.cue, start: prev.clean_start, end: q.end, speaker: split.speaker, at: split.endToken }, indexes, indexes[0], "resolve");
      copySpeaker(merged, prev);
      if (!q.balanced || prev.unbalanced) merged.unbalanced = true;
      out[out.indexOf(prev)] = merged;
      for (const si of indexes) if (coverage(sentences[si], prev.clean_start, q.end) >= 0.6) consumed.add(si);
      previousFrame = { ...split, endToken: closeTok, statement: merged };
      return;
    }
    const lastSentence = tokens[framed ? Math.max(framed.endToken, closeTok) : closeTok].sentence;
    const sentenceIndexes: number[] = [];
    for (let si = sentenceOfOpen; si <= lastSentence; si++) sentenceIndexes.push(si);
    const frame: FrameMatch = {
      kind: "direct",
      cue: framed ? framed.cue : "",
      start: framed?.contentStart !== undefined ? tokens[framed.contentStart].start : q.start,
      end: q.end,
      speaker: framed ? framed.speaker : null,
      at: openTok,
    };
    const st = makeStatement(ctx, frame, sentenceIndexes, sentenceOfOpen, frame.speaker === null ? "pending" : "resolve");
    if (!q.balanced) st.unbalanced = true;
    if (left?.contentBefore) {
      const [from, comma] = left.contentBefore;
      const said = makeStatement(ctx, { kind: "indirect", cue: left.cue, start: tokens[from].start, end: tokens[comma - 1].end, speaker: left.speaker, at: comma + 1 }, [sentenceOfOpen], sentenceOfOpen);
      out.push(said);
    }
    out.push(st);
    // Sentences made of the quotation and its frame are used up.
    for (const si of sentenceIndexes) {
      const s = sentences[si];
      const covered = coverage(s, frame.start, framed ? tokens[framed.endToken].end : q.end);
      if (covered >= 0.6) consumed.add(si);
    }
    previousFrame = framed ? { ...framed, statement: st } : null;
    if (framed?.endToken !== undefined && right) previousFrame = { ...right, statement: st };
  });
  return out;
}

/** Tokens [from, comma) are a frame's adjuncts only: a few words of its sentence, no verb, no quotation, no clause break. */
function adjunctsOnly(ctx: DocContext, from: number, comma: number): boolean {
  const { tokens } = ctx.layer;
  if (comma - from > 8) return false;
  for (let j = from; j < comma; j++) {
    const t = tokens[j];
    if (ctx.quoteOf[j] !== -1 || t.sentence !== tokens[comma].sentence || /^[,;:.!?–—]$/.test(t.text) || t.wordClass === "verb" || AUX_FORMS.has(t.norm)) return false;
  }
  return true;
}

/** Words of the sentence before token k, outside quotations. */
function wordsBefore(ctx: DocContext, k: number): number {
  const { tokens, sentences } = ctx.layer;
  let n = 0;
  for (let j = sentences[tokens[k].sentence].tokenStart; j < k; j++) if (isWord(tokens[j]) && ctx.quoteOf[j] === -1) n++;
  return n;
}

/**
 * Answers in an interview printed without quotation marks ("Frage: Wie bewerten Sie …? / Morgulow: Die Zusammenarbeit
 * hat ein Rekordniveau erreicht. …"): after a question, the sentences after a person's name and a colon (a label the
 * text layer makes a sentence of its own) are that person's direct speech, to the end of the paragraph or the next
 * label. The name must be a person's the document knows ("Berlin:" is none); a paragraph that does not end a sentence
 * is a headline ("Lawrow: Beziehungen auf Höchststand").
 */
export function interviewAnswers(ctx: DocContext, consumed: Set<number>): Statement[] {
  const { tokens, sentences } = ctx.layer;
  const out: Statement[] = [];
  // A label that opens a turn: a person's, or one before an interviewer's question ("Mein Eindruck:" opens none).
  const opensTurn = (k: number) => labelSpeaker(ctx, k)?.person === true || (sentences[k + 1] !== undefined && isInterviewQuestion(ctx, sentences[k + 1]));
  for (let si = 1; si + 1 < sentences.length; si++) {
    const s = sentences[si];
    const first = si + 1;
    if (!isLabel(ctx, s) || consumed.has(first) || sentences[first].paragraph !== s.paragraph) continue;
    // After an interviewer's turn ("STANDARD: … ?", "Frage: …"), or after any question when the label opens a paragraph
    // ("Was bedeutet das für Sparer? Experte Max Otte: …" in running prose is no interview).
    const question = sentences[si - 1];
    if (!afterAskersTurn(ctx, si) && !(question.paragraph !== s.paragraph && isQuestion(ctx, question))) continue;
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1].paragraph === s.paragraph && !(isLabel(ctx, sentences[last + 1]) && opensTurn(last + 1))) last++;
    const end = sentences[last].end;
    if (!/[.!?…]$/.test(tokens[sentences[last].tokenEnd - 1].text) || tokens.slice(sentences[first].tokenStart, sentences[last].tokenEnd).filter(isWord).length < 4) continue;
    const indexes: number[] = [];
    for (let k = first; k <= last; k++) indexes.push(k);
    const colon = s.tokenEnd - 1;
    const frame: FrameMatch = { kind: "direct", cue: ":", start: sentences[first].start, end, speaker: [s.tokenStart, colon], at: colon };
    const st = makeStatement(ctx, frame, indexes, first);
    if (st.speaker_type !== "person" || !st.speaker_resolved) continue;
    out.push(st);
    for (const k of indexes) consumed.add(k);
  }
  return out;
}

/**
 * Is the label sentence si the first after an interviewer's turn: the label before it in its paragraph names no person
 * and asks ("STANDARD:", "Frage:", or a turn with a question mark)?
 */
function afterAskersTurn(ctx: DocContext, si: number): boolean {
  const { sentences, tokens } = ctx.layer;
  for (let k = si - 1; k >= 0 && k >= si - 8 && sentences[k].paragraph === sentences[si].paragraph; k--) {
    if (!isLabel(ctx, sentences[k])) continue;
    if (k === si - 1 || labelSpeaker(ctx, k)?.person === true) return false;
    const asker = tokens.slice(sentences[k].tokenStart, sentences[k].tokenEnd - 1);
    const asks = asker.every((t) => /^\p{Lu}+$/u.test(t.text)) || /^(?:frage|f|interviewer)$/.test(asker[0].norm);
    return asks || sentences.slice(k + 1, si).some((x) => tokens[x.tokenEnd - 1]?.text === "?");
  }
  return isInterviewQuestion(ctx, sentences[si - 1]);
}

/** A sentence that asks: it ends in a question mark, or opens with "Frage:". */
function isQuestion(ctx: DocContext, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  return tokens[s.tokenEnd - 1]?.text === "?" || isInterviewQuestion(ctx, s);
}

function coverage(s: Sentence, start: number, end: number): number {
  const overlap = Math.max(0, Math.min(s.end, end) - Math.max(s.start, start));
  return overlap / Math.max(1, s.end - s.start);
}

// Verbs that address someone with what they are to do or not: a quoted zu-infinitive after them is their speech act
// reported (not "kündigte an, „…“" or "versprach, „…“", quotations of what the speaker will do).
const ADDRESSING_VERBS = /^(?:warnen|auffordern|aufrufen|mahnen|ermahnen|drängen|appellieren|bitten|beschwören)$/;

interface QuoteFrame {
  cue: string;
  speaker: [number, number] | null;
  /** Last token of the frame. */
  endToken: number;
  /** A sentence after the quotation that points back to it ("Das sagte X"). */
  retro?: boolean;
  /** Its verb addresses someone with a zu-infinitive, a speech act the sentence reports ("warnte davor, …", "rief auf, …"). */
  reports?: boolean;
  /** First token of the words the frame reports before the quotation ("Viele Punkte könnten dienen, sagte er, „…“"). */
  contentStart?: number;
  /** Tokens [from, comma) of reported speech before a colon frame, a statement of their own ("Das Verhältnis sei nicht berührt, betonte Peskow: „…“"). */
  contentBefore?: [number, number];
}

/** „…“, sagte X / „…“, so X / „…“, hatte X gesagt / „…“ sagte X (after ? or !). */
function rightFrame(ctx: DocContext, closeTok: number): QuoteFrame | null {
  const { tokens } = ctx.layer;
  let k = closeTok + 1;
  if (k >= tokens.length) return null;
  if (tokens[k].text === ",") k++;
  else if (!/[?!.]/.test(tokens[closeTok - 1]?.text ?? "")) return null;
  const t = tokens[k];
  if (!t || inQuote(ctx, k)) return null;
  const end = clauseEnd(ctx, k);
  // After a quotation every reporting verb frames it, whatever companions it usually needs
  // ("…“, beschreibt ein Reporter das Ereignis").
  const hitAt = (j: number) => verbHit(ctx, j, end, j === k, true);
  if (ctx.lex.so.has(t.norm)) {
    // „…“, so X. / „…“, so charakterisierte ihn X.
    const verb = hitAt(k + 1);
    const from = verb ? skipObjectPronouns(ctx, k + 2, end) : k + 1;
    const np = nounPhraseAfter(ctx, from, end);
    return np ? { cue: verb ? `${t.text} ${tokens[k + 1].text}` : t.text, speaker: np, endToken: np[1] - 1 } : null;
  }
  // „…“ Mit diesen Worten reagierte X auf …, „…“ Mit dieser Warnung wandte sich X an …: the next sentence names who said it.
  // (Only "diesen/dieser" points back, "der/den" before words only: "Mit der Begründung wies das Gericht die Klage ab" does not;
  // nor a passive or one faced with the words: "Mit dieser Forderung wurde der Minister konfrontiert", "sieht sich X konfrontiert".)
  const demonstrative = /^(?:diesen|dieser|diesem)$/.test(tokens[k + 1]?.norm ?? "") || (/^(?:den|der)$/.test(tokens[k + 1]?.norm ?? "") && /^(?:worten|sätzen)$/.test(tokens[k + 2]?.norm ?? ""));
  const active = tokens[k + 3] !== undefined && !/^(?:wurde|wurden|wird|werden|worden|sieht|sehen|sah|sahen)$/.test(tokens[k + 3].norm);
  if (t.norm === "mit" && demonstrative && SAYING_NOUNS.test(tokens[k + 2]?.norm ?? "") && active && isVerbLike(ctx, tokens[k + 3])) {
    const np = nounPhraseAfter(ctx, skipObjectPronouns(ctx, k + 4, end), end);
    // (A frame before the quotation wins: "Scholz sagte: „…“ Mit dieser Zusage reiste Baerbock nach Kiew".)
    return np && !NON_NOMINATIVE.has(tokens[np[0]].norm) ? { cue: `${t.text} ${tokens[k + 1].text} ${tokens[k + 2].text}`, speaker: np, endToken: np[1] - 1, retro: true } : null;
  }
  // „…“ Das sagte X am Montag: the next sentence points back with a demonstrative.
  if (ctx.lex.retro.has(t.norm) && k === ctx.layer.sentences[t.sentence].tokenStart) {
    const verb = verbHit(ctx, k + 1, end, false, true);
    if (verb && verb.form === "finite" && (verb.verb.frames.has("direct") || verb.verb.frames.has("indirect"))) {
      const np = nounPhraseAfter(ctx, k + 2, end);
      if (np) return { cue: `${t.text} ${cueText(ctx, k + 1, verb)}`, speaker: np, endToken: np[1] - 1, retro: true };
    }
  }
  const hit = hitAt(k);
  if (hit && (hit.verb.frames.has("direct") || hit.verb.frames.has("indirect"))) {
    if (hit.verb.lemma === "heißen") {
      const source = sourceAfter(ctx, k + 2, end);
      return { cue: `${t.text} es`, speaker: source, endToken: source ? source[1] - 1 : k };
    }
    const np = nounPhraseAfter(ctx, skipObjectPronouns(ctx, k + 1, end), end);
    // „…“, zitierte die Nachrichtenagentur KCNA den Genossen Kim Jong Un: the one quoted speaks.
    const quoted = hit.verb.lemma === "zitieren" && hit.form === "finite" && np ? quotedObject(ctx, k, end, np) : null;
    if (quoted) return { cue: cueText(ctx, k, hit), speaker: quoted, endToken: quoted[1] - 1 };
    return { cue: cueText(ctx, k, hit), speaker: np, endToken: np ? np[1] - 1 : k };
  }
  // „…“, hatte X gesagt / „…“, wird X zitiert
  if (AUX_FORMS.has(t.norm)) {
    // (Past a name set off by commas: "hatte der Sprecher des Nationalen Sicherheitsrats, John Kirby, am Freitag gesagt".)
    const sentenceEnd = ctx.layer.sentences[t.sentence].tokenEnd;
    const name = end < sentenceEnd && isComma(tokens[end]) ? appositionEnd(ctx, end, sentenceEnd) : null;
    const last = name !== null && isComma(tokens[name]) ? clauseEnd(ctx, name + 1) : end;
    for (let j = k + 1; j < last; j++) {
      const h = verbHit(ctx, j, last, false, true);
      if (h && isParticipleOf(ctx, j, h)) {
        const np = nounPhraseAfter(ctx, k + 1, j);
        return { cue: `${t.text} ${tokens[j].text}`, speaker: np, endToken: j };
      }
    }
  }
  return null;
}

function laterHit(ctx: DocContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (verbHit(ctx, j, to, false, true)) return true;
  return false;
}

/** X sagte: „…“ / Er fügte hinzu: „…“ / Merkel: „…“ */
function leftFrame(ctx: DocContext, openTok: number): QuoteFrame | null {
  const { tokens, sentences } = ctx.layer;
  const colon = openTok - 1;
  if (colon >= 0 && isComma(tokens[colon])) return commaFrame(ctx, openTok);
  if (colon < 0 || tokens[colon].text !== ":") return null;
  // A name after ", kurz:" is no quotation: "das Projekt OpenOffice.org, kurz: „OOo“" (not "Sebastian Kurz: „…“", "sagte
  // Putin nur kurz: „…“").
  if (/^(?:kurz|abgekürzt)$/.test(tokens[colon - 1]?.norm ?? "") && isComma(tokens[colon - 2])) return null;
  const s = sentences[tokens[colon].sentence];
  // The frame clause starts after an earlier quotation of its own sentence (short quoted names
  // like „news.bbc.co.uk“ belong to the frame).
  let from = s.tokenStart;
  for (let j = colon - 1; j >= s.tokenStart; j--) {
    const qi = ctx.quoteOf[j];
    if (qi >= 0 && ctx.quotes[qi].end - ctx.quotes[qi].start > 40) {
      from = j + 1;
      while (from < colon && inQuote(ctx, from)) from++;
      break;
    }
  }
  if (from >= colon) return null;
  for (let j = from; j < colon; j++) {
    const hit = verbHit(ctx, j, colon, false, true);
    // A reporting verb in a clause before the main one ("Nachdem dieser von Moderator X gefragt
    // wurde, was …, entgegnete Suttner: „…“") gives way to a later one.
    if (hit && j + 1 < colon && SUBORDINATORS.has(tokens[clauseStartOf(ctx, j, s)].norm) && laterHit(ctx, j + 1, colon)) continue;
    if (hit) {
      // The subject may stand before an earlier quotation of the same sentence ("X erläutert …: „A“, und fügt hinzu: „B“").
      const vorfeld = speakerForVerb(ctx, s.tokenStart, j, colon, hit);
      // (A verb right after a clause of its content, in the Konjunktiv, has its subject after it: "Das Verhältnis sei nicht
      // berührt, betonte Peskow: „…“"; not a person before it, "Peskow, der Sprecher, sagte der Agentur: „…“", nor one a
      // relative clause tells of, "Ein Journalist, der in der ersten Reihe saß, fragte Merkel: „…“".)
      const vorfeldHead = vorfeld ? headNoun(ctx, vorfeld[0], vorfeld[1]) : null;
      const content = j > from && isComma(tokens[j - 1]) && tokens.slice(from, j - 1).some((t) => ctx.lex.konjunktiv.has(t.norm));
      const after = content && (vorfeld === null || (vorfeldHead !== null && !namesSpeaker(ctx, [vorfeld[0], vorfeldHead.index + 1]))) ? nounPhraseAfter(ctx, j + 1, colon) : null;
      const speaker = after && namesPerson(ctx, after[0], after[1]) ? after : vorfeld;
      const quoted = hit.verb.lemma === "zitieren" && hit.form === "finite" ? quotedObject(ctx, j, colon, speaker) : null;
      // (That clause is the speaker's indirect speech, apart from the quotation the colon opens, where its main clause is in
      // the Konjunktiv: not a question put, "Auf die Frage, ob Erdoğan vermitteln könne, sagte Peskow: „…“".)
      const contentBefore: [number, number] | undefined = speaker === after && after !== null && quoted === null && konjunktivMainClause(ctx, from, j - 1) ? [from, j - 1] : undefined;
      return { cue: cueText(ctx, j, hit), speaker: quoted ?? speaker, endToken: openTok - 1, contentBefore };
    }
  }
  // "X versuchte mit den Worten zu beruhigen: „…“", "… schloss sich mit den Worten an: „…“"
  for (let j = from; j + 1 < colon; j++) {
    if (/^worte[n]?$/.test(tokens[j].norm) && j > from) {
      const vorfeldEnd = firstVerbIndex(ctx, s);
      const speaker = vorfeldEnd > from && isNominalStart(tokens[from], tokens[from + 1]) ? trimPhrase(ctx, from, vorfeldEnd) : nounPhraseAfter(ctx, vorfeldEnd + 1, colon);
      return { cue: `mit den ${tokens[j].text}`, speaker, endToken: openTok - 1 };
    }
  }
  // "Merkel: „…“" — a short nominal phrase before the colon; "Dazu Peskow: „…“" after an adverb.
  const nameFrom = from + 1 < colon && FRAME_ADVERBS.has(tokens[from].norm) ? from + 1 : from;
  if (colon - nameFrom <= 6 && isNominalStart(tokens[nameFrom], tokens[nameFrom + 1]) && !tokens.slice(nameFrom, colon).some((t) => t.wordClass === "verb")) {
    return { cue: ":", speaker: [nameFrom, colon], endToken: openTok - 1 };
  }
  // "Bundeskanzler Friedrich Merz verteidigte das Ziel gegen Kritik: „…“": a person who opens the clause before the colon speaks.
  const verb = firstVerbIndex(ctx, s);
  const subject = verb > from && verb < colon && isNominalStart(tokens[from], tokens[from + 1]) ? trimPhrase(ctx, from, verb) : null;
  if (subject && namesPerson(ctx, subject[0], subject[1])) return { cue: ":", speaker: subject, endToken: openTok - 1 };
  return null;
}

/**
 * Tokens [from, to) open with a main clause in the Konjunktiv: a Konjunktiv before their first comma, no subordinator first.
 * (A verb in lower case: "Auf die Frage" has none.)
 */
function konjunktivMainClause(ctx: DocContext, from: number, to: number): boolean {
  const { tokens } = ctx.layer;
  if (SUBORDINATORS.has(tokens[from].norm)) return false;
  for (let k = from; k < to && !isComma(tokens[k]); k++) if (ctx.lex.konjunktiv.has(tokens[k].norm) && !isCapitalized(tokens[k])) return true;
  return false;
}

/**
 * "X sagte, „…“." / "Das Amt rät dazu, „… zu verschieben“.": a comma instead of a colon, when the
 * quotation ends the sentence and the clause before it has a verb of saying.
 */
function commaFrame(ctx: DocContext, openTok: number): QuoteFrame | null {
  const { tokens, sentences } = ctx.layer;
  const comma = openTok - 1;
  const s = sentences[tokens[comma].sentence];
  let k = openTok + 1;
  while (k < s.tokenEnd && ctx.quoteOf[k] !== -1) k++;
  for (let j = k; j < s.tokenEnd; j++) if (tokens[j].kind !== "punct") return null;
  const from = clauseStartOf(ctx, comma - 1, s);
  for (let j = from; j < comma; j++) {
    const hit = verbHit(ctx, j, comma, false, true);
    // "Die Studie zeige, „…“": a Konjunktiv carries on someone's reported speech, its subject is no speaker.
    if (!hit || !hit.verb.frames.has("direct") || hit.konjunktiv) continue;
    // "…, sagte er, „…“": a verb first in its clause after a comma has its subject after it.
    // The words before it are that speaker's too: one statement from the sentence's start.
    // (Not after an apposition: "Dieser Arzt, Antonio Noja, schilderte …, „…“" has no clause before it.)
    const inverted = j === from && from > s.tokenStart && isComma(tokens[from - 1]) && firstVerbIndex(ctx, s) < from - 1;
    if (inverted) return { cue: cueText(ctx, j, hit), speaker: nounPhraseAfter(ctx, j + 1, comma), endToken: openTok - 1, contentStart: s.tokenStart };
    return { cue: cueText(ctx, j, hit), speaker: speakerForVerb(ctx, s.tokenStart, j, comma, hit), endToken: openTok - 1, reports: hit.verb.frames.has("reported") && ADDRESSING_VERBS.test(hit.verb.lemma) };
  }
  return null;
}

/**
 * Sets the `quotes` of statements (in text order) that are not quotations themselves: the
 * words a speaker is quoted with verbatim inside indirect or reported speech ("…, die Lage
 * bleibe „kritisch“"). Quoted names and titles are left out: a quotation whose words the
 * lexicon does not know, or knows only as names („Silverbird“, „Belt and Road“), names
 * something and quotes nobody.
 */
export function addQuotedFragments(ctx: DocContext, statements: readonly Statement[]): void {
  // Both in text order: quotations before a statement's start are behind every later one too.
  let from = 0;
  for (const st of statements) {
    while (from < ctx.quotes.length && ctx.quotes[from].start < st.clean_start) from++;
    if (st.kind === "direct") continue;
    const quotes = quotedFragments(ctx, st, from);
    if (quotes.length > 0) st.quotes = quotes;
  }
}

function quotedFragments(ctx: DocContext, st: Statement, from: number): QuotedFragment[] {
  const { tokens } = ctx.layer;
  const out: QuotedFragment[] = [];
  for (let qi = from; qi < ctx.quotes.length; qi++) {
    const q = ctx.quotes[qi];
    if (q.start >= st.clean_end) break;
    if (q.depth !== 0 || q.start < st.clean_start || q.end > st.clean_end) continue;
    // "laut „Reuters“": the quotation names the source.
    if (st.speaker_clean_start !== null && st.speaker_clean_end !== null && q.start < st.speaker_clean_end && q.end > st.speaker_clean_start) continue;
    let words = 0;
    let known = 0;
    let capitalized = 0;
    let first: Token | undefined;
    const inside = tokenRange(tokens, q.start, q.end);
    for (let k = inside.from; k < inside.to; k++) {
      const t = tokens[k];
      if (!isWord(t)) continue;
      first ??= t;
      words++;
      if (t.wordClass !== null && t.wordClass !== "name") known++;
      if (isCapitalized(t)) capitalized++;
    }
    if (!first || known === 0) continue;
    // „Washington Post“, „Black Lion Hospital“: capitalised words, some of them names.
    if (words > 1 && capitalized === words && known < words) continue;
    // „sogenannte „Reichensteuer““: a term others use, not words of the speaker.
    if (afterSoCalled(tokens, first.index - 1)) continue;
    // The words between the marks (an unbalanced quotation has no closing one).
    const textStart = q.start + 1;
    const textEnd = q.balanced ? q.end - 1 : q.end;
    const [start, end] = rawSpan(ctx, textStart, textEnd);
    out.push({ text: ctx.doc.text.slice(textStart, textEnd), start, end });
  }
  return out;
}

/** Whether "sogenannte" or "so genannten" stands right before token k (a quotation's opening mark). */
function afterSoCalled(tokens: Token[], k: number): boolean {
  const word = (j: number) => (j >= 0 && isWord(tokens[j]) ? tokens[j].norm : "");
  return word(k - 1).startsWith("sogenannt") || (word(k - 2) === "so" && word(k - 1).startsWith("genannt"));
}
