// The German text layer: paragraphs, sentences, tokens with offsets, normalized
// forms, lemmas and stopword flags. Everything downstream (terms, actors,
// statements) reads this layer, so the rules here are written for German news:
// ordinals and dates ("Am 12. November"), abbreviations ("z. B.", "Nr."),
// initials, quotations („…“, »…«, "…") and hyphenated compounds.
import { readFileSync } from "node:fs";
import { dataPath, resolvePackageFile } from "./project.js";
import {
  AFTER_ARTICLE, BEFORE_CAPITAL, SENTENCE_INITIAL, defaultLexicon, detached, isArticle, isCapitalized, lemmaIn, lexiconWord,
  type Lexicon, type LexiconWord, type WordClass,
} from "./lemmas.js";

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
// `wordEnd` scans the same pattern without the regular expression.
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?(?:[-‐‑][\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?)*/uy;
const ELLIPSIS_RE = /\.{2,}|…/y;
const DASHES_RE = /-{2,}/y;
// TeX-style quotes (``…'') as found in older newswire text.
const TEX_QUOTES_RE = /``|''/y;
const HYPHENS = /[-‐‑]/;
const LETTER = /\p{L}/u;

// Classes of UTF-16 code units, each found once with the regular expressions the rules are
// written in: the scanner then needs no regular expression for ordinary words.
const WORD_CHAR = 1; // [\p{L}\p{M}\p{N}]
const LETTER_CHAR = 2; // \p{L}
const SPACE_CHAR = 4; // /\s/
const PUNCT_CHAR = 8; // \p{P}
const UPPER_OR_DIGIT = 16; // [\p{Lu}\d]
const SURROGATE = 32; // half of a pair: only the regular expressions read those right
const CLASSIFIED = 128;
const charClasses = new Uint8Array(0x10000);

/** The class bits of a code unit; 0 past the end of the text. */
function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  return charClasses[code] || classify(code);
}

function classify(code: number): number {
  const c = String.fromCharCode(code);
  const bits =
    CLASSIFIED |
    (/[\p{L}\p{M}\p{N}]/u.test(c) ? WORD_CHAR : 0) |
    (/\p{L}/u.test(c) ? LETTER_CHAR : 0) |
    (/\s/.test(c) ? SPACE_CHAR : 0) |
    (/[\p{P}]/u.test(c) ? PUNCT_CHAR : 0) |
    (/[\p{Lu}\d]/u.test(c) ? UPPER_OR_DIGIT : 0) |
    (code >= 0xd800 && code <= 0xdfff ? SURROGATE : 0);
  charClasses[code] = bits;
  return bits;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isHyphen = (code: number) => code === 45 || code === 0x2010 || code === 0x2011;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;

/**
 * Where WORD_RE's match at `i` ends (`i`: no match), or -1 where a surrogate pair is met
 * and the regular expression must decide. The pattern has no choices to take back, so
 * scanning it greedily gives the same match.
 */
function wordEnd(text: string, i: number): number {
  let j = runEnd(text, i, WORD_CHAR);
  if (j <= i) return j;
  for (;;) {
    // (?:['’][\p{L}]+)?
    if (isApostrophe(text.charCodeAt(j))) {
      const after = classAt(text, j + 1);
      if (after & SURROGATE) return -1;
      if (after & LETTER_CHAR) j = runEnd(text, j + 1, LETTER_CHAR);
      if (j < 0) return -1;
    }
    // (?:[-‐‑][\p{L}\p{M}\p{N}]+ …)*
    if (!isHyphen(text.charCodeAt(j))) return j;
    const after = classAt(text, j + 1);
    if (after & SURROGATE) return -1;
    if (!(after & WORD_CHAR)) return j;
    j = runEnd(text, j + 1, WORD_CHAR);
    if (j < 0) return -1;
  }
}

/** The end of a run of code units of class `bit` from `i`, or -1 at a surrogate. */
function runEnd(text: string, i: number, bit: number): number {
  let j = i;
  for (;;) {
    const c = classAt(text, j);
    if (c & SURROGATE) return -1;
    if (!(c & bit)) return j;
    j++;
  }
}

/** Whether text[from, to) has a letter (no surrogates there: `wordEnd` checked). */
function hasLetter(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (classAt(text, j) & LETTER_CHAR) return true;
  return false;
}

/**
 * A paragraph's raw tokens as parallel arrays, refilled for each paragraph: a token becomes
 * an object only as the layer's Token. `period`: see RawToken.periodCandidate.
 */
interface Spans {
  start: number[];
  end: number[];
  kind: TokenKind[];
  period: Array<boolean | undefined>;
  form: Form[];
}

const newSpans = (): Spans => ({ start: [], end: [], kind: [], period: [], form: [] });

function pushSpan(s: Spans, start: number, end: number, kind: TokenKind, period: boolean | undefined, form: Form): void {
  s.start.push(start);
  s.end.push(end);
  s.kind.push(kind);
  s.period.push(period);
  s.form.push(form);
}

/** Appends token k of `from` to `to`. */
const copySpan = (to: Spans, from: Spans, k: number) => pushSpan(to, from.start[k], from.end[k], from.kind[k], from.period[k], from.form[k]);

function popSpan(s: Spans): void {
  s.start.pop();
  s.end.pop();
  s.kind.pop();
  s.period.pop();
  s.form.pop();
}

function clearSpans(s: Spans): void {
  s.start.length = s.end.length = s.kind.length = s.period.length = s.form.length = 0;
}

/** Split a span of text into raw tokens with offsets (relative to `text`, shifted by `offset`). */
export function tokenize(text: string, offset = 0, abbreviations: Abbreviations = defaultAbbreviations()): RawToken[] {
  const spans = newSpans();
  scan(text, offset, abbreviations, spans);
  const out: RawToken[] = [];
  for (let k = 0; k < spans.start.length; k++) {
    const token: RawToken = { text: spans.form[k].text, start: spans.start[k], end: spans.end[k], kind: spans.kind[k] };
    if (spans.period[k] !== undefined) token.periodCandidate = spans.period[k];
    out.push(token);
  }
  return out;
}

/** The tokenizer proper: appends the raw tokens of `text` to `out`. */
function scan(text: string, offset: number, abbreviations: Abbreviations, out: Spans): void {
  let i = 0;
  const n = text.length;
  const mayHaveEmail = text.includes("@");
  const at = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(text);
    return m ? m[0] : null;
  };
  const push = (len: number, kind: TokenKind, period?: boolean) => {
    pushSpan(out, offset + i, offset + i + len, kind, period, formTable.find(text, i, i + len));
    i += len;
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classAt(text, i);
    if (cls & SPACE_CHAR) {
      i++;
      continue;
    }
    // Each regular expression runs only where its first characters could match.
    let m: string | null;
    if ((text.startsWith("http", i) || text.startsWith("www.", i)) && (m = at(URL_RE))) {
      push(m.replace(/[.,;:!?)\]'"“”«»]+$/, "").length, "url");
      continue;
    }
    if (mayHaveEmail && (m = at(EMAIL_RE)) && m.includes("@")) {
      push(m.length, "email");
      continue;
    }
    if (isDigit(code)) {
      if ((text.charCodeAt(i + 1) === 58 || text.charCodeAt(i + 2) === 58) && (m = at(TIME_RE))) {
        push(m.length, "number");
        continue;
      }
      if (mayBeDecimal(text, i) && (m = at(DECIMAL_RE))) {
        // "1.000" or "3,5" — but not "2007." (a trailing period is no decimal).
        push(m.length, "number");
        continue;
      }
    }
    if (((cls & SURROGATE) !== 0 || ((cls & LETTER_CHAR) !== 0 && text.charCodeAt(i + 1) === 46)) && (m = at(DOTTED_RE))) {
      push(m.length, "abbreviation");
      continue;
    }
    let end = wordEnd(text, i);
    let isNumber: boolean;
    if (end < 0) {
      m = at(WORD_RE);
      end = m ? i + m.length : i;
      isNumber = !LETTER.test(text.slice(i, end));
    } else isNumber = !hasLetter(text, i, end);
    if (end > i) {
      let len = end - i;
      // "Staats- und Regierungschefs": a truncated compound keeps its hyphen.
      if (isHyphen(text.charCodeAt(i + len)) && /^\s+(?:und|oder|bzw\.|sowie|wie|als auch)\b|^,/.test(text.slice(i + len + 1, i + len + 20))) len++;
      if (text.charCodeAt(i + len) === 46) {
        const word = text.slice(i, i + len);
        const withPeriod = (word + ".").toLowerCase();
        if (isNumber && /^\d{1,4}$/.test(word)) {
          push(len + 1, "ordinal", true);
          continue;
        }
        if (abbreviations.known.has(withPeriod) || /^\p{Lu}$/u.test(word) || /^[IVXLC]{2,5}$/.test(word)) {
          // Known abbreviations may still end a sentence ("… sagte er der FR. Die …"); initials do not.
          // A letter listed as one that may end a sentence ("auf der Plattform X. Nato-Chef …") is a candidate too.
          push(len + 1, "abbreviation", word.length > 1 || abbreviations.canEndSentence.has(withPeriod));
          continue;
        }
      }
      push(len, isNumber ? "number" : "word");
      continue;
    }
    if ((code === 46 || code === 0x2026 || code === 45 || code === 96 || code === 39) && ((m = at(ELLIPSIS_RE)) || (m = at(DASHES_RE)) || (m = at(TEX_QUOTES_RE)))) {
      push(m.length, "punct");
      continue;
    }
    push(1, cls & PUNCT_CHAR ? "punct" : "symbol");
  }
}

/** Digits, then "." or "," and a digit: where DECIMAL_RE can match at all. */
function mayBeDecimal(text: string, i: number): boolean {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  const c = text.charCodeAt(j);
  return (c === 46 || c === 44) && isDigit(text.charCodeAt(j + 1));
}

// ---------------------------------------------------------------------------
// Word forms

/** What the layer asks of a token's text, answered once per distinct text. */
interface Form {
  /** The text, shared by all its tokens. */
  text: string;
  /** Lower case, NFC: the tokens' `norm`. */
  norm: string;
  /** The *_MARK bits below, and HYPHENATED. */
  marks: number;
  /** The lexicon's memo entry, for the lexicon last asked (`lemmatizeForm`). */
  lexicon: Lexicon | undefined;
  word: LexiconWord | undefined;
  /** The lemma and word class in the context variant last asked (-1: none yet). */
  variant: number;
  lemma: string;
  wordClass: WordClass | null;
  /** Of a hyphenated form (`formParts`). */
  parts: FormParts | undefined;
}

const SENTENCE_END_MARK = 1; // isSentenceEnd
const CLOSING_MARK = 2; // may close a quotation or bracket (isClosingMark decides)
const OPENING_MARK = 4; // OPENING_QUOTES
const LEADS_SENTENCE = 8; // may come before a sentence's first word (isAfterOpening)
const STARTS_UPPER = 16; // may start a sentence after an end mark
const ARTICLE_MARK = 32; // lemma context: an article before the next word
const CAPITAL_MARK = 64; // lemma context: a capital after the previous word
const HYPHENATED = 128;

const FORM_LIMIT = 250_000;

/**
 * Word forms by text, per process like the lemma memo: news repeats its words, and a form
 * keeps its answers. Open addressing over an FNV-1a hash of the code units, so finding a
 * known form reads the text in place: no slice, and no Map lookup of a fresh string.
 */
function formTableOf(): { find(text: string, start: number, end: number): Form } {
  let mask = (1 << 16) - 1;
  // Slot j holds a form's number at 2j and its hash at 2j + 1: one cache line read per probe.
  let slots = new Int32Array(2 * (mask + 1)).fill(-1);
  let forms: Form[] = [];

  const rehash = () => {
    const old = slots;
    mask = mask * 2 + 1;
    slots = new Int32Array(2 * (mask + 1)).fill(-1);
    for (let o = 0; o < old.length; o += 2) {
      if (old[o] < 0) continue;
      let j = old[o + 1] & mask;
      while (slots[2 * j] >= 0) j = (j + 1) & mask;
      slots[2 * j] = old[o];
      slots[2 * j + 1] = old[o + 1];
    }
  };

  const add = (text: string, hash: number, slot: number): Form => {
    if (forms.length >= FORM_LIMIT) {
      // Start over rather than grow without bound (a stream of distinct numbers and names).
      forms = [];
      slots.fill(-1);
      return find(text, 0, text.length);
    }
    text = detached(text);
    const form: Form = { text, norm: nfcLower(text), marks: formMarks(text), lexicon: undefined, word: undefined, variant: -1, lemma: text, wordClass: null, parts: undefined };
    slots[2 * slot] = forms.length;
    slots[2 * slot + 1] = hash;
    forms.push(form);
    if (forms.length * 2 > mask) rehash();
    return form;
  };

  /** The form of text[start, end). */
  const find = (text: string, start: number, end: number): Form => {
    let h = -2128831035; // FNV-1a offset basis
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    let j = h & mask;
    for (let k = slots[2 * j]; k >= 0; k = slots[2 * j]) {
      if (slots[2 * j + 1] === h && sameText(forms[k].text, text, start, end)) return forms[k];
      j = (j + 1) & mask;
    }
    return add(text.slice(start, end), h, j);
  };
  return { find };
}

/** Whether `form` is text[start, end). */
function sameText(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let i = 0; i < form.length; i++) if (form.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

const formTable = formTableOf();

function formOf(text: string): Form {
  return formTable.find(text, 0, text.length);
}

function formMarks(t: string): number {
  const opening = OPENING_QUOTES.has(t);
  const dash = t === "–" || t === "-";
  return (
    (isSentenceEnd(t) ? SENTENCE_END_MARK : 0) |
    (CLOSING.has(t) ? CLOSING_MARK : 0) |
    (opening ? OPENING_MARK : 0) |
    (opening || dash || t === ":" ? LEADS_SENTENCE : 0) |
    (/[\p{Lu}\d]/u.test(t[0]) || opening || dash ? STARTS_UPPER : 0) |
    (isArticle(t) ? ARTICLE_MARK : 0) |
    (isCapitalized(t) ? CAPITAL_MARK : 0) |
    (HYPHENS.test(t) ? HYPHENATED : 0)
  );
}

/**
 * The form's lemma and word class in a context variant, set on the form. Most words come
 * in one variant, and reading the answer off the form spares the reads through the memo
 * entry and its result, each a likely cache miss for every token.
 */
function lemmatizeForm(form: Form, lexicon: Lexicon, variant: number): void {
  if (form.lexicon !== lexicon) {
    form.word = lexiconWord(lexicon, form.text);
    form.lexicon = lexicon;
    form.variant = -1;
  }
  if (form.variant === variant) return;
  const result = lemmaIn(form.word!, lexicon, variant);
  form.variant = variant;
  form.lemma = result.lemma;
  form.wordClass = result.wordClass;
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

/** Is raw token k a closing quote or bracket (glued to the text before it)? */
function isClosingMark(tokens: Spans, k: number, clean: string): boolean {
  if (!(tokens.form[k].marks & CLOSING_MARK)) return false;
  const text = tokens.form[k].text;
  if (text === "”" || text === ")" || text === "]" || text === "’" || text === "''") return true;
  const before = clean[tokens.start[k] - 1] ?? " ";
  const after = clean[tokens.end[k]] ?? " ";
  // „…“ closes with “; »…« closes with «; straight quotes close when glued to the preceding word.
  if (text === "“") return !/\s/.test(before) || /[\s.,;:!?]/.test(after);
  return !/\s/.test(before) && (/[\s.,;:!?)\]]/.test(after) || after === undefined);
}

/**
 * Decide sentence boundaries over a paragraph's raw tokens. Returns the tokens, with a
 * sentence-final period split off ordinal candidates ("2007." → "2007" "."), and the
 * boundary positions (index of the first token of each new sentence) in them. The tokens
 * are copied to `split` only from the first such split on: most paragraphs have none.
 */
function splitSentences(tokens: Spans, clean: string, split: Spans): { tokens: Spans; starts: number[] } {
  // A dateline opening the paragraph is a sentence of its own: no statement or clause starts with it.
  const lead = datelineEnd(tokens);
  const starts = lead > 0 ? [0, lead] : [0];
  // (Not in a headline, a paragraph with no end mark: "Selenskyj: Russland bereitet neue Offensive vor" names its actor.)
  const n = tokens.start.length;
  const prose = n > 0 && (tokens.form[n - 1].marks & SENTENCE_END_MARK || tokens.period[n - 1] === true || isClosingMark(tokens, n - 1, clean));
  const labels = (k: number) => (prose ? labelEnd(tokens, k) : -1);
  const first = labels(starts[starts.length - 1]);
  if (first > 0) starts.push(first);
  let out: Spans | null = null;
  for (let k = 0; k < n; k++) {
    if (out) copySpan(out, tokens, k);
    const period = tokens.period[k] === true;
    if (!(tokens.form[k].marks & SENTENCE_END_MARK) && !period) continue;
    // Closing quotes and brackets stay with the sentence they close.
    let j = k + 1;
    while (j < n && isClosingMark(tokens, j, clean)) j++;
    if (j >= n) continue; // paragraph end closes the sentence anyway
    if (!(tokens.form[j].marks & STARTS_UPPER)) continue;
    // A period inside a name in capitals ("VOV.VN") ends no sentence; "kam.Das" (a space missing) does.
    if (j === k + 1 && k > 0 && tokens.end[k - 1] === tokens.start[k] && tokens.end[k] === tokens.start[j] && /^\p{Lu}{2,4}$/u.test(tokens.form[j].text)) continue;
    if (period && !periodEndsSentence(tokens, k, j)) continue;
    if (period && tokens.kind[k] === "ordinal") {
      // The period ends the sentence: split it off the number.
      if (out === null) {
        out = split;
        for (let i = 0; i < k; i++) copySpan(out, tokens, i);
      } else popSpan(out);
      const end = tokens.end[k];
      pushSpan(out, tokens.start[k], end - 1, "number", false, formOf(tokens.form[k].text.slice(0, -1)));
      pushSpan(out, end - 1, end, "punct", undefined, formOf("."));
    }
    for (k++; k < j; k++) if (out) copySpan(out, tokens, k);
    k--;
    if (j > lead) {
      const at = out ? out.start.length : j;
      starts.push(at);
      const label = labels(j);
      if (label > 0) starts.push(at + label - j);
    }
  }
  return { tokens: out ?? tokens, starts };
}

const LABEL_ADVERBS = new Set("demnach dazu ferner denn also zunächst zuerst erstens zweitens drittens schließlich immerhin übrigens kurzum folglich stattdessen".split(" "));

/**
 * Where the clause after a speaker's label at raw token k starts, or -1: an interview's turn or a heading of one to
 * three capitalised words and a colon before a capitalised word ("STANDARD: Was will Putin?", "Jagland: Ich erwarte …",
 * "Zeitungsberichte: Richter lehnte Haft ab") is a sentence of its own, as a dateline is; not before a quotation
 * ("Putin: „…“"), which names its speaker.
 */
function labelEnd(tokens: Spans, k: number): number {
  const n = tokens.start.length;
  let j = k;
  while (j < n && j < k + 3 && tokens.kind[j] === "word" && /^\p{Lu}/u.test(tokens.form[j].text)) j++;
  if (j === k || j + 2 >= n || tokens.form[j].text !== ":") return -1;
  // (Not a closed-class word or an adverb that opens the sentence: "Aber: …", "Die Auswirkungen: …", "Im Blickpunkt: …",
  // "Demnach: …".)
  const opener = tokens.form[k].text.toLowerCase();
  if (SENTENCE_STARTERS.has(opener) || LABEL_ADVERBS.has(opener)) return -1;
  const next = tokens.form[j + 1];
  return next.marks & STARTS_UPPER && !OPENING_QUOTES.has(next.text) ? j + 1 : -1;
}

const WEEKDAYS = new Set("montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split(" "));
const DASH = /^(?:[–—-]|-{2,})$/;

/**
 * Where the text after a paragraph's dateline starts, or -1: a place of up to three capitalised words
 * ("Moskau/Peking"), then a date after a comma, an agency in brackets or both, and a dash after a date
 * without agency ("Moskau/Peking, 15. Juli 2024 (AFP) –", "Moskau (Reuters)", "Kiew, 17. Mai 2023 —"),
 * or a place of one or two words and a dash before a long sentence ("Moskau – Der Außenminister …"),
 * or an agency alone in brackets ("(VOV) – Der Außenminister …", "(CLO) Der Präsident …").
 */
const PLACE_PARTICLE = /^(?:de|da|do|dos|das|del|della|di|la|le|el|al|am|an)$/;

function datelineEnd(tokens: Spans): number {
  const n = tokens.start.length;
  const text = (k: number) => (k < n ? tokens.form[k].text : "");
  // An agency alone in brackets: "(VOV) – Der Außenminister …", "(dpa) Die …", "(Dan Tri) –".
  if (text(0) === "(") {
    let close = 1;
    while (close < n && close <= 5 && (tokens.kind[close] === "word" || /^[,/]$/.test(text(close)))) close++;
    if (text(close) !== ")" || close === 1) return -1;
    let k = close + 1;
    if (DASH.test(text(k))) k++;
    return k < n - 3 && tokens.form[k].marks & STARTS_UPPER ? k : -1;
  }
  let k = 0;
  let words = 0;
  for (; k < n; k++) {
    if (tokens.kind[k] === "word" && /^\p{Lu}/u.test(text(k))) words++;
    // (A particle inside a place's name: "Rio de Janeiro", "Frankfurt am Main".)
    else if (words > 0 && PLACE_PARTICLE.test(text(k)) && /^\p{Lu}/u.test(text(k + 1))) continue;
    else if (text(k) !== "/" || words === 0) break;
  }
  if (words === 0 || words > 3) return -1;
  let dated = false;
  if (text(k) === ",") {
    const from = ++k;
    for (; k < n && k - from < 7; k++) {
      const t = text(k).toLowerCase().replace(/\.$/, "");
      if (!(tokens.kind[k] === "number" || tokens.kind[k] === "ordinal" || MONTHS.has(t) || WEEKDAYS.has(t) || (t === "," && k > from))) break;
    }
    if (k === from || !/\d/.test(text(k - 1))) return -1;
    dated = true;
  }
  let agency = false;
  if (text(k) === "(") {
    let close = k + 1;
    while (close < n && close - k <= 5 && text(close) !== ")") close++;
    if (text(close) !== ")" || close === k + 1) return -1;
    k = close + 1;
    agency = true;
  }
  const dash = DASH.test(text(k));
  if (dash) k++;
  // A place and a dash alone ("Moskau – Der russische Außenminister …") only before a sentence of some length.
  const placeOnly = dash && !dated && !agency && words <= 2 && n - k >= 12;
  if (!(agency || (dated && dash) || placeOnly) || k >= n || !(tokens.form[k].marks & STARTS_UPPER)) return -1;
  return k;
}

/** A number or abbreviation with a glued period, followed by a capitalised word: does the sentence end here? */
function periodEndsSentence(tokens: Spans, k: number, nextIndex: number): boolean {
  const text = tokens.form[k].text;
  const next = tokens.form[nextIndex].text;
  const nextLower = next.toLowerCase();
  const prev = k > 0 ? tokens.form[k - 1].text.toLowerCase() : "";
  if (tokens.kind[k] === "abbreviation") {
    // "usw. Die …" ends before any capital; other abbreviations only before a closed-class
    // sentence starter ("Nr. 5", "Dr. Müller" go on).
    const abbr = text.toLowerCase();
    // (Not before a number: "nach Art. 51 der UN-Charta".)
    if (defaultAbbreviations().canEndSentence.has(abbr)) return !/^\d/.test(next);
    return SENTENCE_STARTERS.has(nextLower) || nextIndex > k + 1;
  }
  // Ordinal candidates: "am 12. November", "Die 8. Chinesisch-Russische", "der 75. Jahrestag".
  if (MONTHS.has(nextLower.replace(/\.$/, ""))) return false;
  if (nextIndex > k + 1) return true; // a closing quote or bracket came between
  // (A year before a word that opens sentences ends one after any preposition: "… vor 1933. Dabei griff sie …".)
  if (/^(?:1[0-9]|20)\d\d\.$/.test(text) && SENTENCE_STARTERS.has(nextLower) && prev !== "," && k > 0) return true;
  if (ORDINAL_CONTEXT.has(prev) || /^\d/.test(prev) || prev === "," || prev === "–" || k === 0) return false;
  if (SENTENCE_STARTERS.has(nextLower) || OPENING_QUOTES.has(next)) return true;
  // Bare numbers before a capitalised word: short ones are ordinals ("Platz 3. Runde" is rarer
  // than "am 3. Tag"), four-digit ones are years ending a sentence.
  return text.length > 4;
}

// ---------------------------------------------------------------------------
// The layer

/** Paragraphs, sentences and lemmatised tokens of a clean text. */
export function analyzeText(text: string, options: TextOptions = {}): TextLayer {
  const lexicon = options.lexicon ?? defaultLexicon();
  const stopwords = options.stopwords ?? defaultStopwords();
  const abbreviations = defaultAbbreviations();
  const paras = paragraphs(text, { lineBreaksSplitParagraphs: options.lineBreaksSplitParagraphs ?? true });
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const raw = newSpans();
  const spare = newSpans();
  for (const para of paras) {
    clearSpans(raw);
    clearSpans(spare);
    scan(text.slice(para.start, para.end), para.start, abbreviations, raw);
    const { tokens: split, starts } = splitSentences(raw, text, spare);
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s];
      const to = s + 1 < starts.length ? starts[s + 1] : split.start.length;
      if (to <= from) continue;
      const sentenceIndex = sentences.length;
      const tokenStart = tokens.length;
      // The first word of a sentence, or the first after opening quotes and dashes: its capital tells nothing.
      let initial = true;
      for (let k = from; k < to; k++) {
        const variant =
          (initial ? SENTENCE_INITIAL : 0) |
          // (Also past an opening quotation mark: "die „klare“ Position" has an adjective, not a verb.)
          (k > 0 && (split.form[k - 1].marks & ARTICLE_MARK || (k > 1 && split.form[k - 1].marks & OPENING_MARK && /^[„“"»«‚‘]$/.test(split.form[k - 1].text) && split.form[k - 2].marks & ARTICLE_MARK)) ? AFTER_ARTICLE : 0) |
          (k + 1 < to && split.form[k + 1].marks & CAPITAL_MARK ? BEFORE_CAPITAL : 0);
        initial &&= (split.form[k].marks & LEADS_SENTENCE) !== 0;
        tokens.push(makeToken(split, k, tokens.length, sentenceIndex, variant, lexicon, stopwords));
      }
      const start = split.start[from];
      const end = split.end[to - 1];
      sentences.push({ index: sentenceIndex, paragraph: para.index, start, end, text: text.slice(start, end), tokenStart, tokenEnd: tokens.length });
    }
  }
  return { paragraphs: paras, sentences, tokens };
}

/** The text layer added to a document (or anything with a clean `text`). */
export function analyzeDocument<D extends { text: string }>(doc: D, options: TextOptions = {}): D & TextLayer {
  // Object.assign, not spread syntax: the same own properties, but V8 copies a document's
  // dozen fields about ten times faster this way.
  return Object.assign({}, doc, analyzeText(doc.text, options));
}

/** Indexes [from, to) of the tokens that overlap the clean text span [start, end): bisection, tokens being in text order. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): { from: number; to: number } {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  let to = lo;
  while (to < tokens.length && tokens[to].start < end) to++;
  return { from: lo, to };
}

/** The tokens of one sentence. */
export function sentenceTokens(layer: TextLayer, sentence: Sentence): Token[] {
  return layer.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

/** Lower case in NFC; text below U+0300 (no combining marks) is NFC already, which spares ICU most words. */
function nfcLower(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return s.normalize("NFC").toLowerCase();
  return s.toLowerCase();
}

/** Token k of a sentence-split paragraph, lemmatised in its context variant. */
function makeToken(split: Spans, k: number, index: number, sentence: number, variant: number, lexicon: Lexicon, stopwords: ReadonlySet<string>): Token {
  const form = split.form[k];
  const kind = split.kind[k];
  const isWordLike = kind === "word" || kind === "abbreviation";
  if (isWordLike) lemmatizeForm(form, lexicon, variant);
  const token: Token = {
    index,
    text: form.text,
    start: split.start[k],
    end: split.end[k],
    kind,
    norm: form.norm,
    lemma: isWordLike ? form.lemma : form.text,
    wordClass: isWordLike ? form.wordClass : null,
    stop: isWordLike && stopwords.has(form.norm),
    sentence,
  };
  if (kind === "word" && form.marks & HYPHENATED) token.parts = compoundParts(token, form, lexicon, (variant & SENTENCE_INITIAL) !== 0);
  return token;
}

function lemmaOfPart(form: Form, lexicon: Lexicon, variant: number): string {
  lemmatizeForm(form, lexicon, variant);
  return form.lemma;
}

/** The parts of "chinesisch-russische": each with offsets and a lemma; the head shares the compound's inflection. */
function compoundParts(token: Token, form: Form, lexicon: Lexicon, sentenceInitial: boolean): TokenPart[] {
  const { forms, offsets, trailingHyphen } = formParts(form);
  const last = forms.length - 1;
  const parts: TokenPart[] = [];
  for (let i = 0; i <= last; i++) {
    const text = forms[i].text;
    const start = token.start + offsets[i];
    const lemma = i === last && !trailingHyphen ? afterLastHyphen(token.lemma) : lemmaOfPart(forms[i], lexicon, sentenceInitial && i === 0 ? SENTENCE_INITIAL : 0);
    parts.push({ text, start, end: start + text.length, lemma });
  }
  return parts;
}

/** A hyphenated form's parts (hyphens excluded) as forms, and where each starts in it. */
interface FormParts {
  forms: Form[];
  offsets: number[];
  /** A truncated compound ("Staats-"): its last part has a lemma of its own. */
  trailingHyphen: boolean;
}

/** The parts of a hyphenated form, found on its first token. */
function formParts(form: Form): FormParts {
  if (form.parts === undefined) {
    const forms: Form[] = [];
    const offsets: number[] = [];
    for (const m of form.text.matchAll(/[^-‐‑]+/g)) {
      forms.push(formOf(m[0]));
      offsets.push(m.index!);
    }
    form.parts = { forms, offsets, trailingHyphen: /[-‐‑]$/.test(form.text) };
  }
  return form.parts;
}

/** What follows the last hyphen, as `split(/[-‐‑]/).pop()` gives it. */
function afterLastHyphen(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && !isHyphen(s.charCodeAt(i))) i--;
  return s.slice(i + 1);
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
