// The German text layer: paragraphs, sentences, tokens with offsets, normalized
// forms, lemmas and stopword flags. Everything downstream (terms, actors,
// statements) reads this layer, so the rules here are written for German news:
// ordinals and dates ("Am 12. November"), abbreviations ("z. B.", "Nr."),
// initials, quotations („…“, »…«, "…") and hyphenated compounds.
import { readFileSync } from "node:fs";
import { dataPath, resolvePackageFile } from "./project.js";
import { defaultLexicon, lemmatize, type LemmaContext, type Lexicon, type WordClass } from "./lemmas.js";

export type TokenKind = "word" | "number" | "ordinal" | "abbreviation" | "punct" | "symbol" | "url" | "email";

/** A piece of a hyphenated compound ("chinesisch" and "russische" in "chinesisch-russische"). */
export interface TokenPart {
  text: string;
  start: number;
  end: number;
  lemma: string;
}

export interface Token {
  /** Position in the document's token array. */
  index: number;
  text: string;
  /** Offsets into the clean text: text === clean.slice(start, end). */
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-cased, NFC form used for counting surface forms. */
  norm: string;
  lemma: string;
  /** Coarse word class from the lexicon ("noun", "verb", "adj", "name", "function") or null when unknown. */
  wordClass: WordClass | null;
  stop: boolean;
  sentence: number;
  /** Parts of a hyphenated compound, hyphens excluded; absent for simple tokens. */
  parts?: TokenPart[];
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
}

export interface TextLayer {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

export interface TextOptions {
  lexicon?: Lexicon;
  stopwords?: ReadonlySet<string>;
  /** Treat every line break as a paragraph break (news files often put one paragraph per line). Default true. */
  lineBreaksSplitParagraphs?: boolean;
}

// ---------------------------------------------------------------------------
// Data files: abbreviations and stopwords

/** Abbreviations from `data/abbreviations.txt` (one per line, with their final period; # comments). */
export function loadAbbreviations(file: string = dataPath("abbreviations.txt")): Abbreviations {
  const always = new Set<string>();
  const canEnd = new Set<string>();
  for (const line of readDataLines(file)) {
    // A trailing " $" marks an abbreviation that may also end a sentence ("usw.", "etc.").
    const endable = line.endsWith(" $");
    const abbr = (endable ? line.slice(0, -2) : line).trim();
    always.add(abbr.toLowerCase());
    if (endable) canEnd.add(abbr.toLowerCase());
  }
  return { known: always, canEndSentence: canEnd };
}

export interface Abbreviations {
  /** Lower-cased, with the final period ("z.", "nr.", "u.a."). */
  known: ReadonlySet<string>;
  canEndSentence: ReadonlySet<string>;
}

/**
 * German stopwords: stopwords-iso's list, then `data/stopwords.txt` adds words
 * (one per line) and removes words written with a leading "-".
 */
export function loadStopwords(file: string = dataPath("stopwords.txt")): Set<string> {
  const iso = JSON.parse(readFileSync(resolvePackageFile("stopwords-iso/stopwords-iso.json"), "utf8")) as Record<string, string[]>;
  const words = new Set(iso.de.map((w) => w.normalize("NFC").toLowerCase()));
  for (const line of readDataLines(file)) {
    if (line.startsWith("-")) words.delete(line.slice(1).toLowerCase());
    else words.add(line.toLowerCase());
  }
  return words;
}


/** Non-empty, non-comment lines of a data file, trimmed. */
export function readDataLines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

let cachedAbbreviations: Abbreviations | undefined;
let cachedStopwords: Set<string> | undefined;
// Loaded once per process: they are read-only data files.
export function defaultAbbreviations(): Abbreviations {
  return (cachedAbbreviations ??= loadAbbreviations());
}
export function defaultStopwords(): ReadonlySet<string> {
  return (cachedStopwords ??= loadStopwords());
}

// ---------------------------------------------------------------------------
// Paragraphs

/** Paragraph spans: separated by blank lines, and by single line breaks unless told otherwise. */
export function paragraphs(text: string, options: { lineBreaksSplitParagraphs?: boolean } = {}): Paragraph[] {
  const splitter = options.lineBreaksSplitParagraphs === false ? /\n[ \t]*\n\s*/g : /\n\s*/g;
  const out: Paragraph[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    // Trim whitespace so spans start and end on text.
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ index: out.length, start: s, end: e });
  };
  for (const m of text.matchAll(splitter)) {
    push(start, m.index!);
    start = m.index! + m[0].length;
  }
  push(start, text.length);
  return out;
}

// ---------------------------------------------------------------------------
// Tokens

interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** A period glued to a number or word that may instead end the sentence. */
  periodCandidate?: boolean;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"„“”»«]+/y;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const TIME_RE = /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y;
const DECIMAL_RE = /\d+(?:[.,]\d+)+(?![\p{L}\p{N}])/uy;
// Letter-period chains written without spaces: "u.a.", "z.B.", "U.S.A."
const DOTTED_RE = /(?:\p{L}\.){2,}/uy;
// Words, numbers and hyphenated compounds: "COVID-19-Pandemie", "US-Außenminister", "2020-07-24".
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?(?:[-‐‑][\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?)*/uy;
const ELLIPSIS_RE = /\.{2,}|…/y;
const DASHES_RE = /-{2,}/y;
// TeX-style quotes (``…'') as found in older newswire text.
const TEX_QUOTES_RE = /``|''/y;
const HYPHENS = /[-‐‑]/;
const LETTER = /\p{L}/u;

/** Split a span of text into raw tokens with offsets (relative to `text`, shifted by `offset`). */
export function tokenize(text: string, offset = 0, abbreviations: Abbreviations = defaultAbbreviations()): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  const n = text.length;
  const mayHaveEmail = text.includes("@");
  const at = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(text);
    return m ? m[0] : null;
  };
  const push = (len: number, kind: TokenKind, extra: Partial<RawToken> = {}) => {
    out.push({ text: text.slice(i, i + len), start: offset + i, end: offset + i + len, kind, ...extra });
    i += len;
  };
  while (i < n) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let m: string | null;
    if ((c === "h" || c === "w") && (m = at(URL_RE))) {
      push(m.replace(/[.,;:!?)\]'"“”«»]+$/, "").length, "url");
      continue;
    }
    if (mayHaveEmail && (m = at(EMAIL_RE)) && m.includes("@")) {
      push(m.length, "email");
      continue;
    }
    if (/\d/.test(c) && (m = at(TIME_RE))) {
      push(m.length, "number");
      continue;
    }
    if (/\d/.test(c) && (m = at(DECIMAL_RE))) {
      // "1.000" or "3,5" — but not "2007." (a trailing period is no decimal).
      push(m.length, "number");
      continue;
    }
    if ((m = at(DOTTED_RE))) {
      push(m.length, "abbreviation");
      continue;
    }
    if ((m = at(WORD_RE))) {
      let len = m.length;
      // "Staats- und Regierungschefs": a truncated compound keeps its hyphen.
      if (HYPHENS.test(text[i + len] ?? "") && /^\s+(?:und|oder|bzw\.|sowie|wie|als auch)\b|^,/.test(text.slice(i + len + 1, i + len + 20))) len++;
      const word = text.slice(i, i + len);
      const isNumber = !LETTER.test(word);
      if (text[i + len] === ".") {
        const withPeriod = (word + ".").toLowerCase();
        if (isNumber && /^\d{1,4}$/.test(word)) {
          push(len + 1, "ordinal", { periodCandidate: true });
          continue;
        }
        if (abbreviations.known.has(withPeriod) || /^\p{Lu}$/u.test(word) || /^[IVXLC]{2,5}$/.test(word)) {
          // Known abbreviations may still end a sentence ("… sagte er der FR. Die …"); initials do not.
          push(len + 1, "abbreviation", { periodCandidate: word.length > 1 });
          continue;
        }
      }
      push(len, isNumber ? "number" : "word");
      continue;
    }
    if ((m = at(ELLIPSIS_RE)) || (m = at(DASHES_RE)) || (m = at(TEX_QUOTES_RE))) {
      push(m.length, "punct");
      continue;
    }
    push(1, /[\p{P}]/u.test(c) ? "punct" : "symbol");
  }
  return out;
}

// ---------------------------------------------------------------------------
// Sentences

const SENTENCE_END = new Set([".", "!", "?", "…", "?!", "!?"]);
const isSentenceEnd = (t: string) => SENTENCE_END.has(t) || /^\.{2,}$/.test(t);
const OPENING_QUOTES = new Set(["„", "“", "»", "«", "‚", "‘", '"', "'", "``", "(", "["]);
const CLOSING = new Set(["“", "”", "«", "»", "‘", "’", '"', "'", "''", ")", "]"]);
const MONTHS = new Set(
  "januar februar märz april mai juni juli august september oktober november dezember jan feb mär apr jun jul aug sep sept okt nov dez".split(" "),
);
// Closed-class words that start sentences: after "… im Jahr 2007. Danach" the period ends a sentence.
const SENTENCE_STARTERS = new Set(
  "der die das dem den des ein eine einen einem einer er sie es wir ich ihr man dies diese dieser dieses damit dabei danach dann doch auch aber und so zudem außerdem im in am an auf bei mit nach seit für zum zur vom von wie wenn als laut nun noch schon bereits jetzt heute hier dort da deshalb daher trotzdem allerdings jedoch nicht kein keine".split(" "),
);
const ORDINAL_CONTEXT = new Set(
  "der die das dem den des am im zum zur vom beim seit bis ab vor nach zwischen und oder bzw. sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere jeder jede jedes dieser diese dieses".split(" "),
);

/** Is this quote/bracket character closing (glued to the text before it)? */
function isClosingMark(tok: RawToken, clean: string): boolean {
  if (!CLOSING.has(tok.text)) return false;
  if (tok.text === "”" || tok.text === ")" || tok.text === "]" || tok.text === "’" || tok.text === "''") return true;
  const before = clean[tok.start - 1] ?? " ";
  const after = clean[tok.end] ?? " ";
  // „…“ closes with “; »…« closes with «; straight quotes close when glued to the preceding word.
  if (tok.text === "“") return !/\s/.test(before) || /[\s.,;:!?]/.test(after);
  return !/\s/.test(before) && (/[\s.,;:!?)\]]/.test(after) || after === undefined);
}

/**
 * Decide sentence boundaries over a paragraph's raw tokens. Returns the boundary
 * positions (index of the first token of each new sentence) and splits a
 * sentence-final period off ordinal candidates ("2007." → "2007" ".").
 */
function splitSentences(tokens: RawToken[], clean: string): { tokens: RawToken[]; starts: number[] } {
  const out: RawToken[] = [];
  const starts = [0];
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    out.push(tok);
    const isEnd = isSentenceEnd(tok.text) || tok.periodCandidate === true;
    if (!isEnd) continue;
    // Closing quotes and brackets stay with the sentence they close.
    let j = k + 1;
    while (j < tokens.length && isClosingMark(tokens[j], clean)) j++;
    const next = tokens[j];
    if (!next) continue; // paragraph end closes the sentence anyway
    const nextText = next.text;
    const first = nextText[0];
    const startsUpper = /[\p{Lu}\d]/u.test(first) || OPENING_QUOTES.has(nextText) || nextText === "–" || nextText === "-";
    if (!startsUpper) continue;
    if (tok.periodCandidate && !periodEndsSentence(tokens, k, j)) continue;
    if (tok.periodCandidate && tok.kind === "ordinal") {
      // The period ends the sentence: split it off the number.
      out.pop();
      out.push({ ...tok, text: tok.text.slice(0, -1), end: tok.end - 1, kind: "number", periodCandidate: false });
      out.push({ text: ".", start: tok.end - 1, end: tok.end, kind: "punct" });
    }
    for (k++; k < j; k++) out.push(tokens[k]);
    k--;
    starts.push(out.length);
  }
  return { tokens: out, starts };
}

/** A number or abbreviation with a glued period, followed by a capitalised word: does the sentence end here? */
function periodEndsSentence(tokens: RawToken[], k: number, nextIndex: number): boolean {
  const tok = tokens[k];
  const next = tokens[nextIndex].text;
  const nextLower = next.toLowerCase();
  const prev = k > 0 ? tokens[k - 1].text.toLowerCase() : "";
  if (tok.kind === "abbreviation") {
    // "usw. Die …" ends before any capital; other abbreviations only before a closed-class
    // sentence starter ("Nr. 5", "Dr. Müller" go on).
    const abbr = tok.text.toLowerCase();
    if (defaultAbbreviations().canEndSentence.has(abbr)) return true;
    return SENTENCE_STARTERS.has(nextLower) || nextIndex > k + 1;
  }
  // Ordinal candidates: "am 12. November", "Die 8. Chinesisch-Russische", "der 75. Jahrestag".
  if (MONTHS.has(nextLower.replace(/\.$/, ""))) return false;
  if (nextIndex > k + 1) return true; // a closing quote or bracket came between
  if (ORDINAL_CONTEXT.has(prev) || /^\d/.test(prev) || prev === "," || prev === "–" || k === 0) return false;
  if (SENTENCE_STARTERS.has(nextLower) || OPENING_QUOTES.has(next)) return true;
  // Bare numbers before a capitalised word: short ones are ordinals ("Platz 3. Runde" is rarer
  // than "am 3. Tag"), four-digit ones are years ending a sentence.
  return tok.text.length > 4;
}

// ---------------------------------------------------------------------------
// The layer

/** Paragraphs, sentences and lemmatised tokens of a clean text. */
export function analyzeText(text: string, options: TextOptions = {}): TextLayer {
  const lexicon = options.lexicon ?? defaultLexicon();
  const stopwords = options.stopwords ?? defaultStopwords();
  const paras = paragraphs(text, { lineBreaksSplitParagraphs: options.lineBreaksSplitParagraphs ?? true });
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const para of paras) {
    const raw = tokenize(text.slice(para.start, para.end), para.start);
    const { tokens: split, starts } = splitSentences(raw, text);
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s];
      const to = s + 1 < starts.length ? starts[s + 1] : split.length;
      if (to <= from) continue;
      const sentenceIndex = sentences.length;
      const tokenStart = tokens.length;
      for (let k = from; k < to; k++) {
        const context = { sentenceInitial: k === from || isAfterOpening(split, k, from), previous: split[k - 1]?.text, next: k + 1 < to ? split[k + 1].text : undefined };
        tokens.push(makeToken(split[k], tokens.length, sentenceIndex, context, lexicon, stopwords));
      }
      const start = split[from].start;
      const end = split[to - 1].end;
      sentences.push({ index: sentenceIndex, paragraph: para.index, start, end, text: text.slice(start, end), tokenStart, tokenEnd: tokens.length });
    }
  }
  return { paragraphs: paras, sentences, tokens };
}

/** The text layer added to a document (or anything with a clean `text`). */
export function analyzeDocument<D extends { text: string }>(doc: D, options: TextOptions = {}): D & TextLayer {
  return { ...doc, ...analyzeText(doc.text, options) };
}

/** The tokens of one sentence. */
export function sentenceTokens(layer: TextLayer, sentence: Sentence): Token[] {
  return layer.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

/** First word of a sentence, or first word after an opening quote at sentence start: capitalisation tells nothing there. */
function isAfterOpening(tokens: RawToken[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from; j--) if (!OPENING_QUOTES.has(tokens[j].text) && tokens[j].text !== "–" && tokens[j].text !== "-" && tokens[j].text !== ":") return false;
  return true;
}

/** Lower case in NFC; text below U+0300 (no combining marks) is NFC already, which spares ICU most words. */
function nfcLower(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return s.normalize("NFC").toLowerCase();
  return s.toLowerCase();
}

function makeToken(raw: RawToken, index: number, sentence: number, context: LemmaContext, lexicon: Lexicon, stopwords: ReadonlySet<string>): Token {
  const norm = nfcLower(raw.text);
  const isWordLike = raw.kind === "word" || raw.kind === "abbreviation";
  const analysis = isWordLike ? lemmatize(raw.text, lexicon, context) : { lemma: raw.text, wordClass: null };
  const token: Token = {
    index,
    text: raw.text,
    start: raw.start,
    end: raw.end,
    kind: raw.kind,
    norm,
    lemma: analysis.lemma,
    wordClass: analysis.wordClass,
    stop: isWordLike && stopwords.has(norm),
    sentence,
  };
  if (raw.kind === "word" && HYPHENS.test(raw.text)) token.parts = compoundParts(raw, analysis.lemma, lexicon, context.sentenceInitial === true);
  return token;
}

/** The parts of "chinesisch-russische": each with offsets and a lemma; the head shares the compound's inflection. */
function compoundParts(raw: RawToken, compoundLemma: string, lexicon: Lexicon, sentenceInitial: boolean): TokenPart[] {
  const parts: TokenPart[] = [];
  const re = /[^-‐‑]+/g;
  for (const m of raw.text.matchAll(re)) {
    const start = raw.start + m.index!;
    parts.push({ text: m[0], start, end: start + m[0].length, lemma: m[0] });
  }
  const last = parts.length - 1;
  parts.forEach((p, i) => {
    if (i === last && !/[-‐‑]$/.test(raw.text)) p.lemma = compoundLemma.split(/[-‐‑]/).pop() ?? p.text;
    else p.lemma = lemmatize(p.text, lexicon, { sentenceInitial: sentenceInitial && i === 0 }).lemma;
  });
  return parts;
}

export interface ProgressOptions {
  /** Called about every half second with a line like "Textanalyse: 120 von 1.878 Artikeln · 3 s · noch etwa 40 s". */
  onProgress?: (line: string) => void;
  label?: string;
}

/**
 * The text layer for many documents, with a progress line for long runs (in a
 * notebook: `const line = tslab.newDisplay(); await analyzeDocuments(docs, { onProgress: (s) => line.text(s) })`).
 * It yields to the event loop between reports so a notebook can show them while it works.
 */
export async function analyzeDocuments<D extends { text: string }>(docs: readonly D[], options: TextOptions & ProgressOptions = {}): Promise<Array<D & TextLayer>> {
  const { onProgress, label = "Textanalyse" } = options;
  const started = Date.now();
  let reported = started;
  const out: Array<D & TextLayer> = [];
  const line = (done: number) => {
    const elapsed = (Date.now() - started) / 1000;
    const left = done > 0 ? (elapsed / done) * (docs.length - done) : 0;
    const n = (x: number) => x.toLocaleString("de-DE");
    return `${label}: ${n(done)} von ${n(docs.length)} Artikeln · ${elapsed.toFixed(0)} s` + (done < docs.length ? ` · noch etwa ${left.toFixed(0)} s` : "");
  };
  for (const doc of docs) {
    out.push(analyzeDocument(doc, options));
    if (onProgress && Date.now() - reported > 500) {
      reported = Date.now();
      onProgress(line(out.length));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  onProgress?.(line(out.length));
  return out;
}
