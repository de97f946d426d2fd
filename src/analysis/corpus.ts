// Loading German news articles into plain documents: folder trees of .txt/.md files
// (optional YAML front matter, sidecar manifest.json) and bulk .jsonl/.csv files with
// one article per row. Each document keeps its raw text, a clean text without
// boilerplate and metadata lines, what was removed and why, and a clean→raw offset
// map, so every later finding can be shown in the text exactly as it was read.
// Saved HTML pages are reduced to their article text first; articles that are not in
// German (a stopword-ratio check) are left out unless their language is asked for.
import { createHash } from "node:crypto";
import { createReadStream, readFileSync } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { TextDecoder } from "node:util";
import type { ColumnTable } from "arquero";
import { dsvFormat } from "d3-dsv";
import { dataPath, requirePackage, table, yamlLibrary } from "./project.js";

// ---------------------------------------------------------------------------
// Types

/** A piece of the raw text that is not in the clean text; start/end are offsets in `doc.raw`. */
export interface Removed { text: string; reason: string; start: number; end: number }

/** Something wrong with an input; never thrown, always reported. */
export interface Problem { file: string; line?: number; level: "error" | "warning"; message: string }

export type MetaField = "title" | "date" | "source" | "url";
export type MetaOrigin = "manifest" | "front-matter" | "row" | "inferred";

export interface Document {
  id: string;            // file name without extension, or the row's id (bulk files)
  title: string | null;
  date: string | null;   // ISO "YYYY-MM-DD"
  source: string | null;
  url: string | null;
  lang: string;          // "de" unless given
  file: string;          // path it came from (for bulk rows: the bulk file; line in `line`)
  line?: number;
  raw: string;           // decoded text exactly as read (BOM stripped); for .md the whole file incl. front matter
  text: string;          // clean text: boilerplate, metadata lines and front matter removed
  offsets: number[];     // flat pairs [cleanStart0, rawStart0, cleanStart1, rawStart1, ...]; within a run offsets advance together
  removed: Removed[];
  metaFrom: Partial<Record<MetaField, MetaOrigin>>;
  hash: string;          // sha256 hex of `text`
}

/** Identity and metadata overrides for `parseDocument` (from a manifest or a bulk row). */
export interface DocumentInit {
  id: string;
  file: string;
  line?: number;
  title?: string | null;
  date?: string | null;
  source?: string | null;
  url?: string | null;
  lang?: string | null;
  /** Where the overrides above came from, per field; fields without an entry count as "manifest". */
  metaFrom?: Partial<Record<MetaField, MetaOrigin>>;
}

/** One entry of data/boilerplate.json (schema in data/README.md). */
export interface BoilerplateRule {
  pattern: string;
  flags?: string;
  reason: string;
  scope?: "line" | "leading" | "trailing";
  removeAbove?: boolean;
  removeBelow?: boolean;
}

interface CompiledRule {
  re: RegExp;
  reason: string;
  scope: "line" | "leading" | "trailing";
  removeAbove: boolean;
  removeBelow: boolean;
  /** Chars every match contains (`requiredChars`): a line without one cannot match. */
  required: string[];
}

/** Boilerplate rules ready to use; make once with `loadBoilerplate` when parsing many strings. */
export interface Boilerplate { compiled: CompiledRule[] }

export type BoilerplateOption = string | BoilerplateRule[] | Boilerplate | false;

export interface ParseOptions {
  /** Path of a boilerplate JSON file, rules, compiled rules, or false for none. Default: data/boilerplate.json. */
  boilerplate?: BoilerplateOption;
  /** "markdown" also strips `#` heading markers. Default "text". */
  format?: "text" | "markdown";
  /** Look for YAML front matter at the top. Default true. */
  frontMatter?: boolean;
  /** Language when none is given. Default "de". */
  lang?: string;
  /** Longest inferred title before it is shortened with "…". Default 120. */
  titleMax?: number;
  /** Receives warnings (broken front matter, unusable dates); parseDocument never throws for bad text. */
  onProblem?: (p: Problem) => void;
}

export interface LoadOptions {
  boilerplate?: BoilerplateOption;
  lang?: string;
  titleMax?: number;
  /** Read manifest.json sidecars. Default true. */
  manifest?: boolean;
  /** Skip documents whose clean text was seen before. Default true. */
  dedupe?: boolean;
  /** Text files read ahead while parsing. Default 16. */
  concurrency?: number;
  /**
   * Largest single-article file (.txt, .md, .html) or bulk row in bytes; larger ones are
   * refused with a "too large" message instead of stalling the run. Default 20 MB
   * (`DEFAULT_MAX_FILE_SIZE`). Bulk files themselves are streamed and have no limit.
   */
  maxFileSize?: number;
  /**
   * Languages to keep (ISO 639-1, e.g. ["de", "en"]), or "all". An article whose given or
   * detected language is not listed gets a warning and is left out. Default ["de"].
   */
  languages?: readonly string[] | "all";
  /** Warn about documents whose text equals an earlier one apart from whitespace or boilerplate. Default true. */
  nearDuplicates?: boolean;
  /**
   * Documents loaded by an earlier run that this one extends: a new document repeating one
   * of them is a duplicate as if read now. `byHash` and `byId` say where such a document
   * was ("file:line (id …)" and "file:line"), or undefined.
   */
  known?: { byHash(hash: string): string | undefined; byId(id: string): string | undefined };
}

/** Default of `LoadOptions.maxFileSize`: far above any real article, far below what would stall a run. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

const TEXT_EXTS = new Set([".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"]);
/** Extensions of saved web pages, read as their article text. */
export const HTML_EXTS: ReadonlySet<string> = new Set([".html", ".htm", ".xhtml"]);
const BULK_EXTS = new Set([".jsonl", ".ndjson", ".csv", ".tsv"]);
const HEADER_LINES = 8; // metadata lines are looked for in the first and last non-blank lines only,
const FOOTER_LINES = 6; // so a "Quelle:" under a chart in mid-article is left alone

// ---------------------------------------------------------------------------
// Small helpers

export function isProblem(x: Document | Problem): x is Problem {
  return (x as Problem).level !== undefined && (x as Document).text === undefined;
}

/** "seeds/x.txt:12: error: the problem" (one line). */
export function formatProblem(p: Problem): string {
  const where = p.line != null ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.level}: ${p.message.replace(/\s*[\r\n]+\s*/g, " ")}`;
}

/** Raw offset of the character at `cleanOffset` in the clean text (the end maps to the end of the last run). */
export function rawOffset(doc: Pick<Document, "offsets">, cleanOffset: number): number {
  const o = doc.offsets;
  const runs = o.length >> 1;
  if (runs === 0) return cleanOffset;
  const i = Math.max(0, cleanOffset);
  let lo = 0;
  let hi = runs - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (o[2 * mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return o[2 * lo + 1] + (i - o[2 * lo]);
}

function sha256(s: string): string {
  return createHash("sha256").update(s, "utf8").digest("hex");
}

function firstLine(s: string): string {
  return s.split(/\r?\n/)[0];
}

function errorMessage(e: unknown): string {
  return firstLine(e instanceof Error ? e.message : String(e));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./i, "") || null;
  } catch {
    return null;
  }
}

function cleanValue(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v.toISOString();
  if (typeof v !== "string") return null;
  const s = v.trim();
  return s === "" ? null : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = {
  januar: 1, "jänner": 1, jan: 1, january: 1, februar: 2, feber: 2, feb: 2, february: 2,
  "märz": 3, maerz: 3, "mär": 3, mrz: 3, march: 3, april: 4, apr: 4, mai: 5, may: 5,
  juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, october: 10, oct: 10,
  november: 11, nov: 11, dezember: 12, dez: 12, december: 12, dec: 12,
};
const MONTH = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const DATE_PREFIX = String.raw`(?:(?:zuletzt\s+)?(?:veröffentlicht|publiziert|erschienen|aktualisiert|geändert|stand|datum)(?:\s+am)?\s*:?\s*)?`;
const WEEKDAY = String.raw`(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so)\.?,?\s+)?`;
const DATE_CORE = String.raw`(?:(\d{1,2})(?:\.\s*|\s+)(${MONTH})\.?\s+(\d{4})|(\d{1,2})\.(\d{1,2})\.(\d{4})|(\d{4})-(\d{2})-(\d{2})|(${MONTH})\.?\s+(\d{1,2}),?\s+(\d{4}))(?!\d)`;
const TIME = String.raw`(?:(?:,?\s*(?:um\s+)?|T)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*Uhr)?(?:\s*(?:MEZ|MESZ|CET|CEST|UTC|GMT)|Z|[+-]\d{2}:?\d{2})?)?`;
const DATE_PREFIX_RE = new RegExp(`^${DATE_PREFIX.slice(0, -1)}`, "iu"); // the prefix, required
// A line that starts with a date (optionally "Stand:", a weekday, a time) — the rest is checked by the caller.
const DATE_LINE_RE = new RegExp(`^${DATE_PREFIX}${WEEKDAY}${DATE_CORE}${TIME}`, "iu");

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null; // 31. Februar
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// A date anywhere in a metadata value: "Quelle: Xinhua, 21. März 2023".
const DATE_IN_RE = new RegExp(`(?<![\\p{L}\\d.])${WEEKDAY}${DATE_CORE}${TIME}`, "iu");

// A dateline: a place of up to three words, the date, an agency in brackets or slashes, then the end of the line or a dash
// ("Astana, 4. Juli 2024 (AFP)", "Kiew, 15. Mai 2024 – Der Präsident …", "Seoul, 07.11.2024 (APA) –" on a line of its own,
// "Harbin, 17. Mai 2024 /TASS/."), after a rubric if any ("Analyse | Wien/Peking, 12. November 2024").
// Case-insensitive for the months: the caller checks the capital.
const DATELINE_RE = new RegExp(`^(?:[\\p{L}]+\\s*\\|\\s*)?[\\p{L}][\\p{L}.'-]*(?:[ /][\\p{L}][\\p{L}.'-]*){0,2},\\s+${WEEKDAY}${DATE_CORE}${TIME}\\s*(?:\\(([^()]{1,40})\\)|/([^/]{1,40})/\\.?)?\\s*(?:[–—-](?:\\s+|$)|$)`, "iu");

const NOT_AGENCY = /^(?:ortszeit|korrektur|korrigiert|aktualisiert|update|eil|eilmeldung|mez|mesz|utc|gmt|lokalzeit)\b/i;

/** A dateline at the start of a line: its date, the agency it names, and whether it is the whole line. */
function matchDateline(s: string): { iso: string; agency: string | null; whole: boolean } | null {
  if (!/^\p{Lu}/u.test(s)) return null;
  const m = DATELINE_RE.exec(s);
  const iso = m && isoOfMatch(m);
  // (One ending in a dash leads into the text after it, whose place it names: it is no line of metadata.)
  // (A bracket of a note is no agency: "(Ortszeit)", "(Korrektur)", "(aktualisiert)".)
  const agency = (m?.[13] ?? m?.[14])?.trim() || null;
  return m && iso ? { iso, agency: agency && !NOT_AGENCY.test(agency) ? agency : null, whole: m[0].length === s.length && !/[–—-]\s*$/.test(m[0]) } : null;
}

/** The date a match of DATE_LINE_RE, DATE_IN_RE or DATELINE_RE (same groups) names, as "YYYY-MM-DD". */
function isoOfMatch(m: RegExpExecArray): string | null {
  if (m[1]) return isoDate(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  if (m[4]) return isoDate(+m[6], +m[5], +m[4]);
  if (m[7]) return isoDate(+m[7], +m[8], +m[9]);
  if (m[10]) return isoDate(+m[12], MONTHS[m[10].toLowerCase()], +m[11]);
  return null;
}

/** A date at the start of `s` (German or ISO forms); `end` is where the date (and time) stops. */
function matchDateAtStart(s: string): { iso: string; end: number } | null {
  const m = DATE_LINE_RE.exec(s);
  const iso = m && isoOfMatch(m);
  return m && iso ? { iso, end: m[0].length } : null;
}

/** A given date value (manifest, front matter, row) as "YYYY-MM-DD"; null when unusable. */
export function normalizeDate(v: unknown): string | null {
  if (v instanceof Date) return isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  const s = cleanValue(v);
  if (!s) return null;
  const d = matchDateAtStart(s);
  return d && s.slice(d.end).trim() === "" ? d.iso : null;
}

// ---------------------------------------------------------------------------
// Metadata lines ("Donnerstag, 11. Januar 2024  Quelle : CRI", "Quelle: https://…", a bare URL)

interface LineMeta { date?: string; source?: string; url?: string }

const QUELLE_RE = /^(?:Quelle|Quellen|Source)\s*:\s*(.{1,200})$/iu;
const URL_IN_RE = /(?:https?:\/\/|www\.)[^\s<>"“”„]+/iu;
const URL_LINE_RE = /^<?((?:https?:\/\/|www\.)[^\s<>"]+)>?$/iu;

function normalizeUrl(u: string): string {
  const t = u.replace(/[.,;:)\]]+$/, "");
  return /^www\./i.test(t) ? `https://${t}` : t;
}

function matchQuelle(s: string): LineMeta | null {
  const m = QUELLE_RE.exec(s);
  if (!m) return null;
  const value = m[1].trim();
  const u = URL_IN_RE.exec(value);
  if (u) {
    const url = normalizeUrl(u[0]);
    const rest = (value.slice(0, u.index) + value.slice(u.index + u[0].length)).replace(/^[\s,;:|–—()-]+|[\s,;:|–—()-]+$/g, "");
    const source = rest && rest.length <= 80 ? rest : hostOf(url);
    return source ? { url, source } : { url };
  }
  // "Xinhua, 21. März 2023": the date is the article's, the rest its source.
  const d = DATE_IN_RE.exec(value);
  const date = d ? isoOfMatch(d) : null;
  const named = date && d ? (value.slice(0, d.index) + value.slice(d.index + d[0].length)).replace(/^[\s,;:|–—()-]+|[\s,;:|–—()-]+$/g, "") : value;
  const source = named.replace(/[\s.]+$/, "");
  if (!source || source.length > 80) return date ? { date } : null;
  return date ? { source, date } : { source };
}

function matchMetadataLine(s: string): LineMeta | null {
  const d = matchDateAtStart(s);
  if (d) {
    const rest = s.slice(d.end).replace(/^[\s|·•–—,;-]+/u, "");
    if (rest === "") return { date: d.iso };
    // "2020-07-24 09:42:32  Beijing": a place after the date, one or two capitalised words and nothing else.
    if (/^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u.test(rest)) return { date: d.iso };
    const q = matchQuelle(rest);
    return q ? { date: d.iso, ...q } : null; // "11. Januar 2024 begann …" is a sentence, not a date line
  }
  const q = matchQuelle(s);
  if (q) return q;
  const line = matchDateline(s);
  if (line?.whole) return line.agency ? { date: line.iso, source: line.agency } : { date: line.iso };
  const u = URL_LINE_RE.exec(s);
  return u ? { url: normalizeUrl(u[1]) } : null;
}

// ---------------------------------------------------------------------------
// Titles

const ABBREVIATIONS = new Set([
  "dr", "prof", "nr", "st", "str", "bzw", "ca", "vgl", "usw", "etc", "mio", "mrd", "jh", "jhd", "abs", "art",
  "hr", "fr", "frl", "bd", "mr", "mrs", "ms", "sen", "gen", "inkl", "exkl", "zzgl", "ggf", "evtl", "max", "min",
  "rd", "geb", "gegr", "tel", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
  "vs", "co", "ag", "gmbh", "u", "a", "z", "b", "d", "h", "v", "o", "s",
]);
const SENTENCE_END_RE = /[.!?…]+["“”»«'’)]*(?=\s+["„“»«'‚(]?[\p{Lu}\p{N}])/gu;

/** The first sentence of a paragraph: ends at .!? before a capital, not after an ordinal ("8.") or abbreviation. */
export function firstSentence(p: string): string {
  SENTENCE_END_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END_RE.exec(p))) {
    const before = /(\S+)$/.exec(p.slice(0, m.index));
    const word = before ? before[1].replace(/^["„“»«'‚(]+/, "") : "";
    const isDot = m[0][0] === ".";
    if (isDot && (/^\d{1,3}$/.test(word) || ABBREVIATIONS.has(word.toLowerCase()) || /\p{L}\.\p{L}/u.test(word))) continue;
    return p.slice(0, m.index + m[0].length);
  }
  return p;
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.lastIndexOf(" ", max - 1);
  if (cut < max / 2) cut = max - 1;
  return s.slice(0, cut).replace(/[\s,;:–—-]+$/, "") + "…";
}

/** A char code that `\s` matches (white space and line terminators, BOM included). */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** `line.split(/\s+/).length`, counted up to `max` without splitting (many lines are whole paragraphs). */
function wordCount(line: string, max: number): number {
  let words = 1;
  let inSpace = false;
  for (let i = 0; i < line.length && words < max; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (space && !inSpace) words++;
    inSpace = space;
  }
  return words;
}

/** A running-text paragraph: several words, and long or ending like a sentence (a long URL is not prose). */
function isProse(line: string): boolean {
  return (line.length >= 120 || /[.!?…]["“”»«'’)]*$/.test(line)) && wordCount(line, 6) >= 6;
}

function isHeadline(line: string): boolean {
  if (line.length > 160) return false;
  const words = wordCount(line, 26);
  return words >= 2 && words <= 25 && !/[.,;:]$/.test(line) && /^["„“»«'‚(\p{Lu}\p{N}]/u.test(line);
}

/** A headline line at the top when there is one, else the first sentence (shortened with "…"). */
export function inferTitle(text: string, max = 120): string | null {
  const nl = text.indexOf("\n");
  const top = (nl < 0 ? text : text.slice(0, nl)).trim();
  if (!top) return null;
  const more = nl >= 0 && text.slice(nl).trim() !== "";
  if (more && isHeadline(top)) return shorten(top, max);
  const s = firstSentence(top).trim();
  return shorten(/[^.]\.$/.test(s) ? s.slice(0, -1) : s, max);
}

// ---------------------------------------------------------------------------
// Boilerplate rules

// Chars that every match of a rule contains, so that a line without one of them skips the
// regex: long paragraphs are most lines, and a trailing rule ("… © Name") is tried at every
// position of each. The reader below knows the pattern syntax of unicode mode; where it
// meets anything else, or alternatives ("a|b"), it claims no char, never a wrong one.

/** One atom of a pattern (code points `p`) at `i`: where it ends, and its literal char or group body. */
interface PatternAtom { end: number; literal?: string; body?: [number, number] }

const SYNTAX_CHARS = "^$\\.*+?()[]{}|/";
const ESCAPE_LENGTHS: Record<string, number> = { u: 6, x: 4, c: 3 }; // \uXXXX, \xXX, \cX

function readAtom(p: string[], i: number): PatternAtom | null {
  const ch = p[i];
  if (ch === "\\") {
    const x = p[i + 1];
    if (x === undefined) return null;
    if (SYNTAX_CHARS.includes(x)) return { end: i + 2, literal: x };
    if ("dDsSwWbBfnrtv".includes(x)) return { end: i + 2 };
    if (x === "p" || x === "P" || x === "k" || (x === "u" && p[i + 2] === "{")) {
      const close = p.indexOf(x === "k" ? ">" : "}", i + 2);
      return close < 0 ? null : { end: close + 1 };
    }
    if (ESCAPE_LENGTHS[x] !== undefined) return { end: i + ESCAPE_LENGTHS[x] };
    if (x >= "0" && x <= "9") {
      let end = i + 2;
      while (p[end] >= "0" && p[end] <= "9") end++;
      return { end };
    }
    return null;
  }
  if (ch === "[") {
    for (let j = i + 1; j < p.length; j++) {
      if (p[j] === "\\") j++;
      else if (p[j] === "]") return { end: j + 1 };
    }
    return null;
  }
  if (ch === "(") {
    const head = p.slice(i + 1, i + 4).join("");
    const lookaround = /^\?(?:=|!|<=|<!)/.test(head);
    const start = head.startsWith("?:") ? i + 3 : head.startsWith("?<") && !lookaround ? p.indexOf(">", i) + 1 : i + 1;
    if (head.startsWith("?") && !lookaround && start === i + 1) return null;
    let j = start;
    while (j < p.length && p[j] !== ")") {
      const next = p[j] === "|" ? j + 1 : (quantifierAt(p, j) ?? readAtom(p, j))?.end;
      if (next === undefined) return null;
      j = next;
    }
    if (j >= p.length) return null;
    return lookaround ? { end: j + 1 } : { end: j + 1, body: [start, j] };
  }
  if (ch === ")" || ch === "|" || ch === undefined || "*+?{}".includes(ch)) return null;
  return ch === "." || ch === "^" || ch === "$" ? { end: i + 1 } : { end: i + 1, literal: ch };
}

/** A quantifier at `i` (lazy or not): where it ends and how often it requires its atom. */
function quantifierAt(p: string[], i: number): { end: number; min: number } | null {
  let end = i + 1;
  let min: number;
  if (p[i] === "*" || p[i] === "?") min = 0;
  else if (p[i] === "+") min = 1;
  else if (p[i] === "{") {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(p.slice(i, i + 24).join(""));
    if (!m) return null;
    min = Number(m[1]);
    end = i + [...m[0]].length;
  } else return null;
  return { end: p[end] === "?" ? end + 1 : end, min };
}

/** A char that the i flag matches only as itself: no letter or mark, no case mapping ("©", ":"). */
function hasNoCase(ch: string): boolean {
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch && !/[\p{L}\p{M}]/u.test(ch);
}

/** Literal chars of p[from, to) that every match has; null when the syntax is unknown here. */
function sequenceChars(p: string[], from: number, to: number, caseless: boolean): string[] | null {
  const out: string[] = [];
  for (let i = from; i < to; ) {
    if (p[i] === "|") return [];
    const atom = readAtom(p, i);
    if (!atom) return null;
    const q = quantifierAt(p, atom.end);
    i = q ? q.end : atom.end;
    if (q && q.min === 0) continue;
    if (atom.literal !== undefined && (!caseless || hasNoCase(atom.literal))) out.push(atom.literal);
    if (atom.body) {
      const inner = sequenceChars(p, atom.body[0], atom.body[1], caseless);
      if (!inner) return null;
      out.push(...inner);
    }
  }
  return out;
}

/** Chars in every match of a unicode-mode pattern (none when unsure). */
function requiredChars(pattern: string, flags: string): string[] {
  const p = [...pattern];
  return [...new Set(sequenceChars(p, 0, p.length, flags.includes("i")) ?? [])];
}

/** False when the line lacks a char that every match of the rule has. */
function mayMatch(rule: CompiledRule, line: string): boolean {
  for (const ch of rule.required) if (!line.includes(ch)) return false;
  return true;
}

function compileRules(rules: unknown, file: string, problems: Problem[]): CompiledRule[] {
  const list = Array.isArray(rules) ? rules : isRecord(rules) && Array.isArray(rules.patterns) ? rules.patterns : null;
  if (!list) {
    problems.push({ file, level: "error", message: 'boilerplate: expected {"patterns": [...]} or an array of rules' });
    return [];
  }
  const out: CompiledRule[] = [];
  list.forEach((r: unknown, i: number) => {
    const where = `boilerplate pattern #${i + 1}`;
    if (!isRecord(r) || typeof r.pattern !== "string" || typeof r.reason !== "string") {
      problems.push({ file, level: "error", message: `${where}: needs "pattern" and "reason" strings; skipped` });
      return;
    }
    const scope = r.scope ?? "line";
    if (scope !== "line" && scope !== "leading" && scope !== "trailing") {
      problems.push({ file, level: "error", message: `${where}: scope must be "line", "leading" or "trailing"; skipped` });
      return;
    }
    // Always unicode; g/y would make test() stateful across lines.
    const flags = Array.from(new Set(((typeof r.flags === "string" ? r.flags : "") + "u").replace(/[gy]/g, ""))).join("");
    try {
      out.push({ re: new RegExp(r.pattern, flags), reason: r.reason, scope, removeAbove: r.removeAbove === true, removeBelow: r.removeBelow === true, required: requiredChars(r.pattern, flags) });
    } catch (e) {
      problems.push({ file, level: "error", message: `${where}: invalid pattern (${errorMessage(e)}); skipped` });
    }
  });
  return out;
}

/** Compile boilerplate rules from a JSON file (default data/boilerplate.json) or from rules given in code. */
export function loadBoilerplate(source?: string | BoilerplateRule[]): { boilerplate: Boilerplate; problems: Problem[] } {
  const problems: Problem[] = [];
  if (Array.isArray(source)) return { boilerplate: { compiled: compileRules(source, "(boilerplate rules)", problems) }, problems };
  let file = source ?? "data/boilerplate.json";
  try {
    if (source === undefined) file = dataPath("boilerplate.json");
    const json: unknown = JSON.parse(readFileSync(file, "utf8"));
    return { boilerplate: { compiled: compileRules(json, file, problems) }, problems };
  } catch (e) {
    problems.push({ file, level: "error", message: `cannot read boilerplate rules (${errorMessage(e)}); no boilerplate removed` });
    return { boilerplate: { compiled: [] }, problems };
  }
}

function resolveBoilerplate(opt: BoilerplateOption | undefined, onProblem?: (p: Problem) => void): Boilerplate {
  if (opt === false) return { compiled: [] };
  if (isRecord(opt) && Array.isArray((opt as Boilerplate).compiled)) return opt as Boilerplate;
  const { boilerplate, problems } = loadBoilerplate(opt as string | BoilerplateRule[] | undefined);
  for (const p of problems) onProblem?.(p);
  return boilerplate;
}

// ---------------------------------------------------------------------------
// Clean text with an offset map

// Replaced 1:1 by a space (so offsets stay aligned): NBSP, tab, the other Unicode spaces.
const SPACE_CHARS = "\\t\\v\\f\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000";
const SPACE_G = new RegExp(`[${SPACE_CHARS}]`, "g");
// Invisible characters dropped from the clean text (soft hyphen, zero-width space, word joiner, BOM).
const DROP_RE = /[\u00AD\u200B\u2060\uFEFF]/;
const CLUSTER_G = /[^\p{M}]\p{M}*|\p{M}+/gu;
const MAYBE_NOT_NFC = /[^\u0000-\u02FF]/; // below U+0300 every string is already NFC

interface Builder { parts: string[]; offsets: number[]; len: number; runClean: number; runRaw: number }

function emit(b: Builder, s: string, rawStart: number): void {
  if (!s) return;
  if (b.offsets.length === 0 || rawStart !== b.runRaw + (b.len - b.runClean)) {
    b.offsets.push(b.len, rawStart);
    b.runClean = b.len;
    b.runRaw = rawStart;
  }
  b.parts.push(s);
  b.len += s.length;
}

function isNfc(s: string): boolean {
  return !MAYBE_NOT_NFC.test(s) || s.normalize("NFC") === s;
}

/**
 * Append raw[start, end) normalised (spaces, NFC, invisibles dropped), keeping the offset map
 * exact; `spaced` is that range as `spaceView` gives it.
 */
function emitSegment(b: Builder, raw: string, start: number, end: number, spaced: string): void {
  const seg = raw.slice(start, end);
  if (!DROP_RE.test(seg) && isNfc(seg)) {
    emit(b, spaced, start);
    return;
  }
  CLUSTER_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLUSTER_G.exec(seg))) {
    const c = m[0].replace(DROP_RE, "");
    if (!c) continue;
    const rawAt = start + m.index + (m[0].length - c.length);
    const clean = c.replace(SPACE_G, " ").normalize("NFC");
    if (clean.length === c.length) {
      emit(b, clean, rawAt);
      continue;
    }
    // NFC changed the length (a composition exclusion such as 𝅘𝅥 expands): every clean
    // code unit gets a run of its own, pointing into the raw cluster, never past it.
    for (let k = 0; k < clean.length; k++) emit(b, clean[k], rawAt + Math.min(k, c.length - 1));
  }
}

function spaceView(raw: string, s: number, e: number): string {
  return raw.slice(s, e).replace(SPACE_G, " ");
}

const TRIM_RE = /[\s\u200B\u2060\uFEFF\u00AD]/;
function trimRange(raw: string, s: number, e: number): [number, number] {
  while (s < e && TRIM_RE.test(raw[s])) s++;
  while (e > s && TRIM_RE.test(raw[e - 1])) e--;
  return [s, e];
}

interface Line { start: number; end: number } // content [start, end), without the line break

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    lines.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  lines.push({ start, end: raw.length });
  return lines;
}

// ---------------------------------------------------------------------------
// Front matter

interface FrontMatter { data: Record<string, unknown>; lastLine: number; removed: Removed }

function readFrontMatter(raw: string, lines: Line[], report: (level: Problem["level"], msg: string, line?: number) => void): FrontMatter | null {
  const isFence = (l: Line, closing: boolean) => {
    const t = raw.slice(l.start, l.end).trim();
    return t === "---" || (closing && t === "...");
  };
  if (lines.length === 0 || !isFence(lines[0], false)) return null;
  let close = -1;
  for (let i = 1; i < lines.length; i++) if (isFence(lines[i], true)) { close = i; break; }
  if (close < 0) {
    report("warning", "front matter not closed (no second '---' line); loaded the text after the first '---' without metadata", 1);
    return { data: {}, lastLine: 0, removed: { text: raw.slice(lines[0].start, lines[0].end), reason: "front matter (unclosed)", start: lines[0].start, end: lines[0].end } };
  }
  const end = lines[close].end;
  const removedAll = (reason: string): Removed => ({ text: raw.slice(0, end), reason, start: 0, end });
  const src = close > 1 ? raw.slice(lines[1].start, lines[close].start) : "";
  // A parsed document, not `parse`: the YAML library prints its warnings ("Unresolved tag")
  // to the console; here they become the file's own one-line problems.
  const yaml = yamlLibrary().parseDocument(src);
  const lineOf = (e: { linePos?: Array<{ line: number }> }) => (e.linePos && e.linePos[0] ? e.linePos[0].line + 1 : 1);
  const plain = (e: unknown) => errorMessage(e).replace(/ at line \d+, column \d+:?$/, "");
  let data: unknown;
  try {
    if (yaml.errors.length > 0) throw yaml.errors[0];
    data = yaml.toJS();
  } catch (e) {
    report("warning", `invalid YAML in front matter (${plain(e)}); loaded the body without it`, lineOf(e as { linePos?: Array<{ line: number }> }));
    return { data: {}, lastLine: close, removed: removedAll("front matter (invalid YAML)") };
  }
  for (const w of yaml.warnings) report("warning", `front matter: ${plain(w)}; read as plain text`, lineOf(w));
  if (data != null && !isRecord(data)) {
    report("warning", "front matter is not a list of 'key: value' lines; ignored", 2);
    data = {};
  }
  return { data: (data as Record<string, unknown>) ?? {}, lastLine: close, removed: removedAll("front matter") };
}

// ---------------------------------------------------------------------------
// parseDocument: the pure core

const META_FIELDS: MetaField[] = ["title", "date", "source", "url"];

/** Parse one article's decoded text into a Document (no I/O unless the default boilerplate file must be read). */
export function parseDocument(raw: string, init: DocumentInit, options: ParseOptions = {}): Document {
  const report = (level: Problem["level"], message: string, line?: number) =>
    options.onProblem?.({ file: init.file, line: init.line ?? line, level, message });
  const rules = resolveBoilerplate(options.boilerplate, options.onProblem).compiled;
  const lines = splitLines(raw);
  const removed: Removed[] = [];

  // Line states: kept lines carry their (possibly shortened) range, and keptViews its spaceView.
  const kept: Array<[number, number] | null> = new Array(lines.length).fill(null);
  const keptViews: string[] = [];
  const blank: boolean[] = new Array(lines.length).fill(false);

  let body = 0;
  let fmData: Record<string, unknown> = {};
  if (options.frontMatter !== false) {
    const fm = readFrontMatter(raw, lines, report);
    if (fm) {
      fmData = fm.data;
      removed.push(fm.removed);
      body = fm.lastLine + 1;
    }
  }

  const ranges: Array<[number, number]> = [];
  const nonBlank: number[] = [];
  for (let i = body; i < lines.length; i++) {
    const r = trimRange(raw, lines[i].start, lines[i].end);
    ranges[i] = r;
    if (r[0] === r[1]) blank[i] = true;
    else nonBlank.push(i);
  }

  const found: LineMeta = {};
  const lineRules = rules.filter((r) => r.scope === "line");
  const leading = rules.filter((r) => r.scope === "leading");
  const trailing = rules.filter((r) => r.scope === "trailing");
  const remove = (s: number, e: number, reason: string) => removed.push({ text: raw.slice(s, e), reason, start: s, end: e });

  // Metadata lines count only above the first and below the last prose paragraph (and near the
  // ends), so date headings in a results table or a chart's "Quelle:" mid-article stay text.
  const spaced = nonBlank.map((i) => spaceView(raw, ranges[i][0], ranges[i][1]));
  const views = spaced.map((v) => v.normalize("NFC"));
  let firstProse = views.findIndex(isProse);
  let lastProse = views.length - 1;
  while (lastProse >= 0 && !isProse(views[lastProse])) lastProse--;
  if (firstProse < 0) firstProse = views.length;

  // The reason of a list heading ("Verwandte Nachrichten") whose headlines below it are removed with it.
  let listBelow: string | null = null;
  nonBlank.forEach((i, rank) => {
    let [s, e] = ranges[i];
    const view = spaced[rank];
    const nview = views[rank];
    if (listBelow !== null && nview.length <= 160 && !/[.!?:;,"“”»«]$/.test(nview)) {
      remove(s, e, listBelow);
      return;
    }
    listBelow = null;
    const inHeader = rank < HEADER_LINES && rank < firstProse;
    const inFooter = rank >= nonBlank.length - FOOTER_LINES && rank > lastProse;
    // A date line that says it is one may follow a teaser: "Datum 22.07.2024", "Stand: 13.10.2024 18:05 Uhr" below the lead.
    const labelledDate = !inHeader && rank < HEADER_LINES && DATE_PREFIX_RE.test(nview) && DATE_LINE_RE.test(nview);
    // So may a line that is only a date, with its weekday, place or source, while the article has none yet: "Montag,
    // 12. Mai 2025 Quelle: APA/Reuters" or "Zürich, Sonntag, 11. Mai 2025" below a teaser or a headline that asks.
    // (Not a bare date, which may head a table: it opens with a weekday or a place.)
    const lateDate = !inHeader && rank < HEADER_LINES && found.date === undefined && nview.length <= 100 && /^\p{L}/u.test(nview);
    const late = lateDate && !labelledDate ? matchMetadataLine(nview) : null;
    const meta = inHeader || inFooter || labelledDate ? matchMetadataLine(nview) : late?.date !== undefined ? late : null;
    // A bare date at the bottom is more often a table heading than metadata; "Stand: …" is fine.
    const bareFooterDate = meta !== null && meta !== late && !inHeader && meta.date !== undefined && !meta.source && !DATE_PREFIX_RE.test(nview);
    if (meta && !bareFooterDate) {
      const what = (["date", "source", "url"] as const).filter((k) => meta[k] !== undefined);
      for (const k of what) if (found[k] === undefined) found[k] = meta[k];
      remove(s, e, `metadata: ${what.join(", ")}`);
      return;
    }
    // "Kiew, 15. Mai 2024 – Der Präsident …": the first paragraph's dateline dates the article and stays its text (so does
    // one on a line of its own before it: "Seoul, 07.11.2024 (APA) –"); its agency is the source.
    if (rank <= firstProse && found.date === undefined) {
      const line = matchDateline(nview);
      if (line) found.date = line.iso;
      if (line?.agency && found.source === undefined) found.source = line.agency;
    }
    const rule = lineRules.find((r) => mayMatch(r, nview) && r.re.test(nview));
    if (rule) {
      remove(s, e, rule.reason);
      // "Verwandte Nachrichten" with the headlines it lists, down to the next line of prose.
      if (rule.removeBelow) listBelow = rule.reason;
      // Site-name lines directly above a breadcrumb at the top are header, not article.
      if (rule.removeAbove && rank <= 3) {
        const above = nonBlank.slice(0, rank).filter((j) => kept[j]);
        const header = above.every((j) => {
          const t = keptViews[j];
          return t.length <= 80 && !/[.!?:;,]$/.test(t);
        });
        if (header) for (const j of above) { remove(kept[j]![0], kept[j]![1], "site header"); kept[j] = null; }
      }
      return;
    }
    let v = view;
    if (options.format === "markdown") {
      const h = /^#{1,6}\s+/.exec(v);
      if (h) { remove(s, s + h[0].length, "markdown heading marker"); [s, e] = trimRange(raw, s + h[0].length, e); v = spaceView(raw, s, e); }
    }
    for (const r of leading) {
      const m = mayMatch(r, v) ? r.re.exec(v) : null;
      if (m && m.index === 0 && m[0].length > 0) {
        const [rs, re] = trimRange(raw, s, s + m[0].length);
        remove(rs, re, r.reason);
        [s, e] = trimRange(raw, s + m[0].length, e);
        v = spaceView(raw, s, e);
      }
    }
    for (const r of trailing) {
      const m = mayMatch(r, v) ? r.re.exec(v) : null;
      if (m && m[0].length > 0) {
        const [rs, re] = trimRange(raw, s + m.index, e);
        if (rs < re) remove(rs, re, r.reason);
        [s, e] = trimRange(raw, s, s + m.index);
        v = spaceView(raw, s, e);
      }
    }
    if (s < e) { kept[i] = [s, e]; keptViews[i] = v; }
  });

  // Clean text: kept lines, one newline between lines, one blank line where the raw had any.
  const b: Builder = { parts: [], offsets: [], len: 0, runClean: 0, runRaw: 0 };
  let prev = -1;
  let sawBlank = false;
  for (let i = body; i < lines.length; i++) {
    if (blank[i]) { sawBlank = true; continue; }
    const k = kept[i];
    if (!k) continue;
    if (prev >= 0) {
      emit(b, "\n", lines[prev].end);
      if (sawBlank) emit(b, "\n", lines[i].start - 1);
    }
    emitSegment(b, raw, k[0], k[1], keptViews[i]);
    prev = i;
    sawBlank = false;
  }
  const text = b.parts.join("");
  removed.sort((x, y) => x.start - y.start);

  // Metadata: manifest/row overrides, then front matter, then what the text says.
  const metaFrom: Document["metaFrom"] = {};
  const meta: Record<MetaField, string | null> = { title: null, date: null, source: null, url: null };
  const fmGet = (keys: string[]) => {
    for (const k of keys) for (const key of Object.keys(fmData)) if (key.toLowerCase() === k) {
      const v = fmData[key];
      if (v instanceof Date) return v;
      const c = cleanValue(v);
      if (c) return c;
    }
    return null;
  };
  const fmValues: Record<MetaField, unknown> = {
    title: fmGet(["title", "titel", "headline"]),
    date: fmGet(["date", "datum", "published"]),
    source: fmGet(["source", "quelle", "publisher"]),
    url: fmGet(["url", "link"]),
  };
  for (const f of META_FIELDS) {
    const candidates: Array<[unknown, MetaOrigin]> = [
      [init[f], (init.metaFrom && init.metaFrom[f]) || "manifest"],
      [fmValues[f], "front-matter"],
    ];
    for (const [value, origin] of candidates) {
      if (value == null || value === "") continue;
      let v = f === "date" ? normalizeDate(value) : cleanValue(value);
      // Only web addresses count as a url: "javascript:…" or "file:…" would become a live link somewhere.
      if (f === "url" && v !== null && /^[a-z][a-z0-9+.-]*:/i.test(v) && !/^https?:\/\//i.test(v)) v = null;
      if (v === null) {
        report("warning", `${origin}: ${f} ${JSON.stringify(String(value))} is not a usable ${f === "date" ? "date" : "value"}; ignored`);
        continue;
      }
      meta[f] = v;
      metaFrom[f] = origin;
      break;
    }
  }
  const inferred: Partial<Record<MetaField, string | null>> = {
    date: found.date,
    url: found.url,
    source: found.source ?? (meta.url ? hostOf(meta.url) : found.url ? hostOf(found.url) : null),
    title: meta.title == null ? inferTitle(text, options.titleMax ?? 120) : null,
  };
  for (const f of META_FIELDS) {
    const v = inferred[f];
    if (meta[f] == null && v) { meta[f] = v; metaFrom[f] = "inferred"; }
  }

  // A language somebody gave wins; else the text's own, when it is clear; else the default.
  const lang = cleanValue(init.lang) ?? cleanValue(fmData.lang) ?? cleanValue(fmData.language) ?? detectLanguage(text) ?? options.lang ?? "de";
  const doc: Document = {
    id: init.id, title: meta.title, date: meta.date, source: meta.source, url: meta.url, lang,
    file: init.file, raw, text, offsets: b.offsets, removed, metaFrom, hash: sha256(text),
  };
  if (init.line !== undefined) doc.line = init.line;
  return doc;
}

// ---------------------------------------------------------------------------
// Language: a cheap stopword-ratio check

// Frequent function words per language; words shared between German and another list
// (in, an, was, will, so, die…) are left out where they would blur the German count.
const STOPWORDS: Record<string, ReadonlySet<string>> = {
  de: new Set("der die das und ist nicht ein eine einen einem einer eines zu den dem des von mit sich auf für im nach bei auch es sie er wir ich wird werden wurde wurden sind war hat haben hatte oder aber wie noch aus über dass daß zum zur vom am nur schon kann um sei seien seine ihre ihr diese dieser dieses man wenn als".split(" ")),
  en: new Set("the and of to is that for with on as are by this be from have it not at which has were or but they he she their been would who its than there what about more into".split(" ")),
  fr: new Set("le la les et des du un une est que qui dans pour pas sur au aux avec il elle sont ce cette ne se plus par ont été leur nous vous".split(" ")),
  es: new Set("el los las y que en un una es por con para del se no su al lo como más pero sus fue han está".split(" ")),
  it: new Set("il lo gli di che è un una per con non sono del della nel al da ha anche come più questo".split(" ")),
  nl: new Set("het een en van is dat op te zijn niet met voor er maar ook als bij om aan wordt werd naar deze".split(" ")),
};

/** Names for messages. */
const LANGUAGE_NAMES: Record<string, string> = { de: "German", en: "English", fr: "French", es: "Spanish", it: "Italian", nl: "Dutch" };

// What detectLanguage reads: the first 2,000 words ("\p{L}+" in the lower-cased text) of the first 20,000 chars.
const SAMPLE_CHARS = 20000;
const SAMPLE_WORDS = 2000;
const LANGUAGES = Object.keys(STOPWORDS);
const GERMAN = LANGUAGES.indexOf("de");
// German hits that settle "de" however the count ends: 240 of at most 2,000 words is ≥ 12 %.
const CLEAR_GERMAN_HITS = 0.12 * SAMPLE_WORDS;
const LETTER_RE = /\p{L}/u;
// Latin-1 chars lower-cased: the lower-case letter, 0 for a non-letter, -1 when lower-casing makes more than one char.
const LATIN1_LOWER = Array.from({ length: 256 }, (_, c) => {
  const l = String.fromCharCode(c).toLowerCase();
  return l.length !== 1 ? -1 : LETTER_RE.test(l) ? l.charCodeAt(0) : 0;
});

/**
 * The function words as a trie over lower-case UTF-16 code units, so words are matched as
 * they are read, without a string per word: `next[node * width + symbols[unit]]` is the
 * node after a unit (-1: no function word goes on so; symbol 0 is a unit in none),
 * `langs[node]` the bits (index in LANGUAGES) of the lists whose word ends there.
 */
interface StopwordTrie { symbols: Uint8Array; width: number; next: Int16Array; langs: Uint8Array }

function stopwordTrie(): StopwordTrie {
  const lists = LANGUAGES.map((lang) => [...STOPWORDS[lang]]);
  const units = [...new Set(lists.flat().join("").split(""))];
  const symbols = new Uint8Array(65536);
  units.forEach((u, k) => { symbols[u.charCodeAt(0)] = k + 1; });
  const width = units.length + 1;
  const next: number[] = new Array<number>(width).fill(-1);
  const langs: number[] = [0];
  lists.forEach((words, k) => {
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const at = node * width + symbols[word.charCodeAt(i)];
        if (next[at] < 0) { next[at] = langs.length; langs.push(0); next.push(...new Array<number>(width).fill(-1)); }
        node = next[at];
      }
      langs[node] |= 1 << k;
    }
  });
  return { symbols, width, next: Int16Array.from(next), langs: Uint8Array.from(langs) };
}

const STOPWORD_TRIE = stopwordTrie();

/**
 * A char beyond Latin-1 (a surrogate pair as one) lower-cased, as code units with 0 for
 * each non-letter in it ("İ" → "i" + a combining dot, which ends a word). A pair cut at
 * `end` stays a lone half, a non-letter, as in `text.slice(0, end)`.
 */
function loweredUnits(text: string, i: number, end: number): { units: number[]; size: number } {
  const c = text.charCodeAt(i);
  const size = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  const units: number[] = [];
  for (const ch of text.slice(i, i + size).toLowerCase()) {
    if (!LETTER_RE.test(ch)) units.push(0);
    else for (let k = 0; k < ch.length; k++) units.push(ch.charCodeAt(k));
  }
  return { units, size };
}

function addHits(hits: number[], langs: number): void {
  for (let k = 0; k < hits.length; k++) if (langs & (1 << k)) hits[k]++;
}

const OUTSIDE_WORD = -2;
const NOT_A_STOPWORD = -1;

/**
 * Words and per-language function-word hits among the first 2,000 words of the first
 * 20,000 chars: the words of `text.slice(0, 20000).toLowerCase().match(/\p{L}+/gu)`,
 * found without lower-casing or splitting the text. Stops early once German is clear.
 */
function countFunctionWords(text: string): { words: number; hits: number[] } {
  const { symbols, width, next, langs } = STOPWORD_TRIE;
  const end = Math.min(text.length, SAMPLE_CHARS);
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  let words = 0;
  let node = OUTSIDE_WORD; // else the trie node of the word so far, or NOT_A_STOPWORD
  let done = false;
  for (let i = 0; i < end && !done; ) {
    const c = text.charCodeAt(i);
    // General Punctuation (U+2000–U+206F: „ “ – …) has no letters and no case: a fast non-letter.
    const fast = c < 256 ? LATIN1_LOWER[c] : c >= 0x2000 && c <= 0x206f ? 0 : -1;
    // The common cases first: a letter in a word (no such word: no trie step), a non-letter outside one.
    if (fast > 0 && node !== OUTSIDE_WORD) {
      if (node !== NOT_A_STOPWORD) node = next[node * width + symbols[fast]];
      i++;
      continue;
    }
    if (fast === 0 && node === OUTSIDE_WORD) {
      i++;
      continue;
    }
    const slow = fast < 0 ? loweredUnits(text, i, end) : null;
    const count = slow ? slow.units.length : 1;
    for (let k = 0; k < count; k++) {
      const unit = slow ? slow.units[k] : fast;
      if (unit > 0) {
        if (node === OUTSIDE_WORD) node = 0;
        if (node !== NOT_A_STOPWORD) node = next[node * width + symbols[unit]];
      } else if (node !== OUTSIDE_WORD) {
        words++;
        if (node > 0) addHits(hits, langs[node]);
        node = OUTSIDE_WORD;
        if (words === SAMPLE_WORDS || hits[GERMAN] >= CLEAR_GERMAN_HITS) { done = true; break; }
      }
    }
    i += slow ? slow.size : 1;
  }
  if (!done && node !== OUTSIDE_WORD) {
    words++;
    if (node > 0) addHits(hits, langs[node]);
  }
  return { words, hits };
}

/**
 * The language of a text ("de", "en", "fr", "es", "it", "nl") from the share of each
 * language's function words among the first 2,000 words; null when the text is too short
 * (under 12 words) or no language reaches 10 % (a list of names, a table of numbers).
 */
export function detectLanguage(text: string): string | null {
  const { words, hits } = countFunctionWords(text);
  if (words < 12) return null;
  const sample = Math.min(words, SAMPLE_WORDS);
  // German is the default: another language must clearly win to count, so clear German ends the search.
  const de = hits[GERMAN] / sample;
  if (de >= 0.12) return "de";
  let best: string | null = null;
  let bestRatio = 0;
  for (let k = 0; k < LANGUAGES.length; k++) {
    const ratio = hits[k] / sample;
    if (ratio > bestRatio) { best = LANGUAGES[k]; bestRatio = ratio; }
  }
  if (bestRatio < 0.1) return de >= 0.06 ? "de" : null;
  return best;
}

function primaryLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0];
}

function languageName(lang: string): string {
  return LANGUAGE_NAMES[primaryLanguage(lang)] ?? JSON.stringify(lang);
}

// ---------------------------------------------------------------------------
// Saved HTML pages: the article text

/** The bits of a linkedom element this module uses (no DOM lib needed, tslab compiles without one). */
interface HtmlElement {
  tagName: string;
  textContent: string | null;
  parentElement: HtmlElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  closest(selector: string): HtmlElement | null;
  remove(): void;
}

export interface HtmlArticle {
  /** Article paragraphs (headings, paragraphs, list items, quotes), one blank line between them. */
  text: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  lang: string | null;
}

// Page furniture, never article text.
const HTML_DROP = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, canvas, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]";
const HTML_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dd, dt";

let parseHtmlFn: ((html: string) => { document: HtmlElement }) | null = null;

function parseHtml(html: string): { document: HtmlElement } {
  // linkedom is loaded on the first HTML page only: plain-text corpora never pay for it.
  parseHtmlFn ??= requirePackage<{ parseHTML: (h: string) => { document: HtmlElement } }>("linkedom").parseHTML;
  return parseHtmlFn(html);
}

/** A text file that is really a saved web page. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text.slice(0, 4096));
}

const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/**
 * The article in a saved HTML page: script, style, navigation, header, footer and other
 * page furniture removed; the text of <article> (else <main>, else <body>) as paragraphs;
 * title, date, url, site name and language from the page's meta data.
 */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHtml(html);
  const meta = (...selectors: string[]) => {
    for (const sel of selectors) {
      const el = document.querySelector(sel);
      const v = squash(el ? el.getAttribute("content") ?? el.getAttribute("href") ?? el.getAttribute("datetime") ?? el.textContent : null);
      if (v) return v;
    }
    return null;
  };
  const title = meta('meta[property="og:title"]', 'meta[name="twitter:title"]', "h1", "title");
  const rawDate = meta('meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', "time[datetime]");
  const date = rawDate ? normalizeDate(rawDate) ?? normalizeDate(rawDate.slice(0, 10)) : null;
  const url = meta('link[rel="canonical"]', 'meta[property="og:url"]');
  const source = meta('meta[property="og:site_name"]', 'meta[name="publisher"]');
  const htmlEl = document.querySelector("html");
  const lang = squash(htmlEl ? htmlEl.getAttribute("lang") : null) || null;

  for (const el of Array.from(document.querySelectorAll(HTML_DROP))) el.remove();
  const articles = Array.from(document.querySelectorAll("article"));
  // Several <article>s (teasers beside the story): the one with the most text.
  const root = articles.length
    ? articles.reduce((a, b) => (squash(b.textContent).length > squash(a.textContent).length ? b : a))
    : document.querySelector("main") ?? document.querySelector('[role="main"]') ?? document.querySelector("body") ?? document;
  const blocks = Array.from(root.querySelectorAll(HTML_BLOCKS)).filter((el) => {
    // Only the outermost block: a <p> inside a <blockquote> or <li> is read with it.
    const outer = el.parentElement ? el.parentElement.closest(HTML_BLOCKS) : null;
    return !outer || !isInside(outer, root);
  });
  const paras = (blocks.length ? blocks.map((el) => squash(el.textContent)) : squash(root.textContent) ? [squash(root.textContent)] : []).filter(Boolean);
  return { text: paras.join("\n\n"), title, date, source, url: url && /^https?:\/\//i.test(url) ? url : null, lang };
}

function isInside(el: HtmlElement, root: HtmlElement): boolean {
  for (let p: HtmlElement | null = el; p; p = p.parentElement) if (p === root) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Decoding bytes

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Decode a file's bytes: BOM (UTF-8/UTF-16), else UTF-8, else Windows-1252 (a superset of Latin-1 for text). */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: Encoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8", bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", bom: false };
  }
}

// Windows-1252 at 0x80–0x9F (undefined bytes stay as they are, like in the WHATWG table).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const C1_G = /[\u0080-\u009F]/g;

/**
 * Windows-1252 bytes as text. Node's TextDecoder("windows-1252") decodes as Latin-1 and
 * turns € „ “ – into invisible C1 controls, so those 32 bytes are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").replace(C1_G, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

const ENCODING_NAMES: Record<Encoding, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", "windows-1252": "Windows-1252" };

/** NUL characters or many control characters: not a text file. */
function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.indexOf("\u0000") >= 0) return true;
  const controls = sample.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g);
  return controls !== null && controls.length > Math.max(2, sample.length * 0.01);
}

// ---------------------------------------------------------------------------
// Manifests

interface Manifest { file: string; text: string; entries: Map<string, Record<string, unknown>>; used: Set<string> }

const MANIFEST_FIELDS = new Set(["id", "file", "title", "date", "source", "url", "lang"]);

function stem(name: string): string {
  return basename(name, extname(name));
}

async function readManifest(dir: string, problems: Problem[]): Promise<Manifest | null> {
  const file = join(dir, "manifest.json");
  let text: string;
  try {
    text = decodeBytes(await readFile(file)).text;
  } catch (e) {
    if ((e as { code?: string }).code !== "ENOENT") problems.push({ file, level: "error", message: `cannot read manifest (${errorMessage(e)}); ignored` });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    problems.push({ file, level: "error", message: `invalid JSON in manifest (${errorMessage(e)}); ignored` });
    return null;
  }
  const entries = new Map<string, Record<string, unknown>>();
  const add = (key: string, v: unknown) => {
    if (!isRecord(v)) {
      problems.push({ file, line: lineOf(text, key), level: "warning", message: `manifest entry ${JSON.stringify(key)} is not an object; ignored` });
      return;
    }
    const unknown = Object.keys(v).filter((k) => !MANIFEST_FIELDS.has(k));
    if (unknown.length) problems.push({ file, line: lineOf(text, key), level: "warning", message: `manifest entry ${JSON.stringify(key)}: unknown field(s) ${unknown.join(", ")} ignored` });
    entries.set(TEXT_EXTS.has(extname(key).toLowerCase()) ? stem(key) : key, v);
  };
  if (Array.isArray(json)) {
    json.forEach((v, i) => {
      const key = isRecord(v) ? cleanValue(v.id) ?? (cleanValue(v.file) ? stem(String(v.file)) : null) : null;
      if (key) add(key, v);
      else problems.push({ file, level: "warning", message: `manifest entry #${i + 1} has no "id"; ignored` });
    });
  } else if (isRecord(json)) {
    for (const [k, v] of Object.entries(json)) if (!k.startsWith("$")) add(k, v);
  } else {
    problems.push({ file, level: "error", message: "manifest must be an object keyed by article id; ignored" });
    return null;
  }
  return { file, text, entries, used: new Set() };
}

function lineOf(text: string, key: string): number | undefined {
  const at = text.indexOf(JSON.stringify(key));
  if (at < 0) return undefined;
  let n = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function manifestInit(m: Manifest | null, id: string): Partial<DocumentInit> {
  const e = m ? m.entries.get(id) : undefined;
  if (!m || !e) return {};
  m.used.add(id);
  const out: Partial<DocumentInit> = {};
  for (const f of META_FIELDS) if (e[f] != null) (out as Record<string, unknown>)[f] = e[f];
  if (e.lang != null) out.lang = cleanValue(e.lang);
  return out;
}

// ---------------------------------------------------------------------------
// Bulk files: streamed line by line

interface LineReadInfo { encoding: Encoding; fallbackLines: number; firstFallback: number; binary: boolean; bytes: number }

/** Lines of a file as text, decoded per line (UTF-8, Windows-1252 per bad line) or as UTF-16 when there is a BOM. */
async function* readLines(file: string, info: LineReadInfo): AsyncGenerator<{ text: string; line: number }> {
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  let utf16: TextDecoder | null = null;
  let started = false;
  let carry: Buffer[] = [];
  let carryText: string[] = [];
  let lineNo = 0;
  const decodeLine = (buf: Uint8Array): string => {
    try {
      return utf8.decode(buf);
    } catch {
      info.fallbackLines++;
      if (!info.firstFallback) info.firstFallback = lineNo;
      return decodeWindows1252(buf);
    }
  };
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let buf = chunk;
    info.bytes += buf.length;
    if (!started) {
      started = true;
      if (buf[0] === 0xff && buf[1] === 0xfe) { info.encoding = "utf-16le"; utf16 = new TextDecoder("utf-16le"); buf = buf.subarray(2); }
      else if (buf[0] === 0xfe && buf[1] === 0xff) { info.encoding = "utf-16be"; utf16 = new TextDecoder("utf-16be"); buf = buf.subarray(2); }
      else {
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
        if (buf.indexOf(0) >= 0) { info.binary = true; stream.destroy(); return; }
      }
    }
    if (utf16) {
      const s = utf16.decode(buf, { stream: true });
      let from = 0;
      let nl: number;
      while ((nl = s.indexOf("\n", from)) >= 0) {
        carryText.push(s.slice(from, nl));
        lineNo++;
        yield { text: carryText.join("").replace(/\r$/, ""), line: lineNo };
        carryText = [];
        from = nl + 1;
      }
      if (from < s.length) carryText.push(s.slice(from));
      continue;
    }
    let from = 0;
    let nl: number;
    while ((nl = buf.indexOf(10, from)) >= 0) {
      const part = buf.subarray(from, nl);
      const whole = carry.length ? Buffer.concat([...carry, part]) : part;
      carry = [];
      lineNo++;
      yield { text: decodeLine(whole).replace(/\r$/, ""), line: lineNo };
      from = nl + 1;
    }
    if (from < buf.length) carry.push(Buffer.from(buf.subarray(from)));
  }
  if (utf16) {
    const rest = carryText.join("") + utf16.decode();
    if (rest) { lineNo++; yield { text: rest.replace(/\r$/, ""), line: lineNo }; }
  } else if (carry.length) {
    lineNo++;
    yield { text: decodeLine(Buffer.concat(carry)).replace(/\r$/, ""), line: lineNo };
  }
}

const ROW_ALIASES: Record<string, string[]> = {
  id: ["id", "_id", "uid", "guid", "article_id", "doc_id"],
  title: ["title", "headline", "heading", "titel", "überschrift", "ueberschrift"],
  date: ["date", "published", "published_at", "publishedat", "pubdate", "publication_date", "datum", "created_at", "timestamp"],
  source: ["source", "publisher", "outlet", "site", "medium", "quelle"],
  url: ["url", "link", "href", "uri"],
  lang: ["lang", "language", "sprache"],
  text: ["text", "content", "body", "article", "fulltext", "full_text", "maintext", "story", "inhalt"],
};

function rowField(row: Record<string, unknown>, keys: Map<string, string>, field: string): unknown {
  for (const alias of ROW_ALIASES[field]) {
    const k = keys.get(alias);
    if (k !== undefined) {
      const v = row[k];
      if (v != null && v !== "") return v;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Streaming over files and folders

interface Context {
  boilerplate: Boilerplate;
  options: LoadOptions;
  manifests: Map<string, Promise<Manifest | null>>;
  manifestProblems: Problem[];
  hashes: Map<string, string>;
  ids: Map<string, string>;
  near: NearIndex;
}

/** What near-duplicate detection remembers of every admitted document. */
interface NearIndex {
  /** Hash of the whitespace-squashed text → first document. */
  squashed: Map<string, string>;
  /** Hash of a long paragraph → first document having it. */
  paragraphs: Map<string, string>;
  /** Characters in each document's long paragraphs. */
  sizes: Map<string, number>;
}

const NEAR_MIN_PARAGRAPH = 40; // shorter lines are too often shared boilerplate ("Mehr zum Thema")
const NEAR_SHARE = 0.9;

function longParagraphs(text: string): Array<{ key: string; size: number }> {
  const out: Array<{ key: string; size: number }> = [];
  for (const line of text.split("\n")) {
    const t = line.replace(/\s+/g, " ").trim();
    if (t.length >= NEAR_MIN_PARAGRAPH) out.push({ key: sha256(t).slice(0, 20), size: t.length });
  }
  return out;
}

/**
 * An earlier document with the same text apart from whitespace, or sharing ≥ 90 % of the
 * long paragraphs both ways (the same article with other boilerplate around it); else null.
 * Remembers the document for later ones.
 */
function nearDuplicate(index: NearIndex, doc: Document, label: string): string | null {
  const squashed = sha256(doc.text.replace(/\s+/g, " ").trim());
  const same = index.squashed.get(squashed);
  const paras = longParagraphs(doc.text);
  const total = paras.reduce((n, p) => n + p.size, 0);
  let found: string | null = same ?? null;
  if (!found && total >= 80) {
    const shared = new Map<string, number>();
    for (const p of paras) {
      const other = index.paragraphs.get(p.key);
      if (other !== undefined) shared.set(other, (shared.get(other) ?? 0) + p.size);
    }
    for (const [other, n] of shared) {
      if (n >= NEAR_SHARE * total && n >= NEAR_SHARE * (index.sizes.get(other) ?? Infinity)) { found = other; break; }
    }
  }
  if (!same) index.squashed.set(squashed, label);
  for (const p of paras) if (!index.paragraphs.has(p.key)) index.paragraphs.set(p.key, label);
  index.sizes.set(label, total);
  return found;
}

function where(file: string, line?: number): string {
  return line != null ? `${file}:${line}` : file;
}

function getManifest(ctx: Context, dir: string): Promise<Manifest | null> {
  if (ctx.options.manifest === false) return Promise.resolve(null);
  let m = ctx.manifests.get(dir);
  if (!m) { m = readManifest(dir, ctx.manifestProblems); ctx.manifests.set(dir, m); }
  return m;
}

/** Duplicate and empty checks shared by files and rows; returns the problem when the document must be skipped. */
function admit(ctx: Context, doc: Document, problems: Problem[]): boolean {
  const at = { file: doc.file, line: doc.line };
  if (!doc.text.trim()) {
    problems.push({ ...at, level: "warning", message: "no text left after removing boilerplate and metadata; skipped" });
    return false;
  }
  if (ctx.options.dedupe !== false) {
    const first = ctx.hashes.get(doc.hash) ?? ctx.options.known?.byHash(doc.hash);
    if (first !== undefined) {
      problems.push({ ...at, level: "warning", message: `duplicate of ${first} (same clean text); skipped` });
      return false;
    }
    ctx.hashes.set(doc.hash, `${where(doc.file, doc.line)} (id ${doc.id})`);
  }
  const languages = ctx.options.languages ?? ["de"];
  if (languages !== "all" && !languages.some((l) => primaryLanguage(l) === primaryLanguage(doc.lang))) {
    const name = languageName(doc.lang);
    problems.push({ ...at, level: "warning", message: `language is ${name} ("${doc.lang}"), not ${languages.map(languageName).join(" or ")}; skipped (loader option languages: [${[...languages, primaryLanguage(doc.lang)].map((l) => JSON.stringify(l)).join(", ")}] keeps it)` });
    return false;
  }
  if (ctx.options.dedupe !== false && ctx.options.nearDuplicates !== false) {
    const label = `${where(doc.file, doc.line)} (id ${doc.id})`;
    const twin = nearDuplicate(ctx.near, doc, label);
    if (twin !== null) problems.push({ ...at, level: "warning", message: `near-duplicate of ${twin} (same text apart from whitespace or boilerplate); loaded anyway, remove one copy if they are the same article` });
  }
  const sameId = ctx.ids.get(doc.id) ?? ctx.options.known?.byId(doc.id);
  if (sameId !== undefined) problems.push({ ...at, level: "warning", message: `id ${JSON.stringify(doc.id)} is also used by ${sameId}` });
  else ctx.ids.set(doc.id, where(doc.file, doc.line));
  return true;
}

function maxFileSize(ctx: Context): number {
  return ctx.options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}

function parseOptions(ctx: Context, file: string, onProblem: (p: Problem) => void): ParseOptions {
  const ext = extname(file).toLowerCase();
  return {
    boilerplate: ctx.boilerplate,
    format: ext === ".md" || ext === ".markdown" ? "markdown" : "text",
    lang: ctx.options.lang,
    titleMax: ctx.options.titleMax,
    onProblem,
  };
}

type ReadResult = { bytes: Buffer } | { error: unknown } | { tooLarge: number };

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function tooLargeMessage(size: number, limit: number, what: string): string {
  return `too large (${megabytes(size)}; the limit for ${what} is ${megabytes(limit)}, loader option maxFileSize); skipped. Split it into articles, e.g. a .jsonl file with one article a line`;
}

function textFileDocument(ctx: Context, file: string, read: ReadResult, manifest: Manifest | null): Array<Document | Problem> {
  const out: Array<Document | Problem> = [];
  const problems: Problem[] = [];
  if ("error" in read) return [{ file, level: "error", message: `cannot read file (${errorMessage(read.error)})` }];
  if ("tooLarge" in read) return [{ file, level: "error", message: tooLargeMessage(read.tooLarge, maxFileSize(ctx), "one article file") }];
  const bytes = read.bytes;
  if (bytes.length === 0) return [{ file, level: "warning", message: "empty file; skipped" }];
  const head = bytes.subarray(0, 65536);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.indexOf(0) >= 0) return [{ file, level: "error", message: "binary file (NUL bytes), not text; skipped" }];
  const decoded = decodeBytes(bytes);
  if (looksBinary(decoded.text)) return [{ file, level: "error", message: `binary file (control characters when read as ${ENCODING_NAMES[decoded.encoding]}), not text; skipped` }];
  if (!decoded.text.trim()) return [{ file, level: "warning", message: "empty file (only whitespace); skipped" }];
  if (decoded.encoding === "windows-1252") problems.push({ file, level: "warning", message: "not valid UTF-8; decoded as Windows-1252 (Latin-1)" });
  else if (decoded.encoding !== "utf-8") problems.push({ file, level: "warning", message: `decoded as ${ENCODING_NAMES[decoded.encoding]} (byte order mark)` });
  const id = stem(file);
  let doc: Document;
  if (HTML_EXTS.has(extname(file).toLowerCase()) || looksLikeHtml(decoded.text)) {
    // The page is reduced to its article; raw (and so statement offsets) is that extracted text.
    const page = extractHtmlArticle(decoded.text);
    if (!page.text.trim()) return [...problems, { file, level: "warning", message: "HTML page without article text (no <article>, <main> or <p> text); skipped" }];
    const init: DocumentInit = { id, file, metaFrom: {} };
    for (const f of META_FIELDS) if (page[f] != null) { (init as unknown as Record<string, unknown>)[f] = page[f]; init.metaFrom![f] = "inferred"; }
    // Page templates often carry a wrong lang attribute: the text itself is trusted first.
    if (page.lang && detectLanguage(page.text) === null) init.lang = page.lang;
    const fromManifest = manifestInit(manifest, id);
    for (const f of META_FIELDS) if (fromManifest[f] != null) { (init as unknown as Record<string, unknown>)[f] = fromManifest[f]; init.metaFrom![f] = "manifest"; }
    if (fromManifest.lang) init.lang = fromManifest.lang;
    doc = parseDocument(page.text, init, { ...parseOptions(ctx, file, (p) => problems.push(p)), format: "text", frontMatter: false });
  } else {
    doc = parseDocument(decoded.text, { id, file, ...manifestInit(manifest, id) }, parseOptions(ctx, file, (p) => problems.push(p)));
  }
  const ok = admit(ctx, doc, problems);
  out.push(...problems);
  if (ok) out.push(doc);
  return out;
}

async function* bulkDocuments(ctx: Context, file: string, manifest: Manifest | null): AsyncGenerator<Document | Problem> {
  const ext = extname(file).toLowerCase();
  const csv = ext === ".csv" || ext === ".tsv";
  const info: LineReadInfo = { encoding: "utf-8", fallbackLines: 0, firstFallback: 0, binary: false, bytes: 0 };
  const fallbackStem = stem(file);
  let rows = 0;

  function* rowDocument(row: Record<string, unknown>, line: number): Generator<Document | Problem> {
    rows++;
    const keys = new Map<string, string>();
    for (const k of Object.keys(row)) { const lk = k.trim().toLowerCase(); if (!keys.has(lk)) keys.set(lk, k); }
    const text = rowField(row, keys, "text");
    if (typeof text !== "string" || !text.trim()) {
      yield { file, line, level: "error", message: `row has no text (expected a "text", "content" or "body" field); skipped` };
      return;
    }
    if (text.length > maxFileSize(ctx)) {
      yield { file, line, level: "error", message: tooLargeMessage(text.length, maxFileSize(ctx), "one article") };
      return;
    }
    const id = cleanValue(rowField(row, keys, "id")) ?? `${fallbackStem}-${line}`;
    const init: DocumentInit = { id, file, line, metaFrom: {} };
    for (const f of META_FIELDS) {
      const v = rowField(row, keys, f);
      if (v !== undefined) { (init as unknown as Record<string, unknown>)[f] = v; init.metaFrom![f] = "row"; }
    }
    const lang = cleanValue(rowField(row, keys, "lang"));
    if (lang) init.lang = lang;
    const fromManifest = manifestInit(manifest, id); // the sidecar manifest wins over the row
    for (const f of META_FIELDS) if (fromManifest[f] != null) { (init as unknown as Record<string, unknown>)[f] = fromManifest[f]; init.metaFrom![f] = "manifest"; }
    if (fromManifest.lang) init.lang = fromManifest.lang;
    const problems: Problem[] = [];
    const doc = parseDocument(text, init, { ...parseOptions(ctx, file, (p) => problems.push(p)), format: "text", frontMatter: false });
    const ok = admit(ctx, doc, problems);
    for (const x of problems) yield x;
    if (ok) yield doc;
  }

  try {
    if (!csv) {
      for await (const { text, line } of readLines(file, info)) {
        const t = line === 1 ? text.replace(/^\uFEFF/, "").trim() : text.trim();
        if (!t) continue;
        let row: unknown;
        try {
          row = JSON.parse(t);
        } catch (e) {
          rows++;
          yield { file, line, level: "error", message: `invalid JSON (${errorMessage(e)}); row skipped` };
          continue;
        }
        if (!isRecord(row)) { rows++; yield { file, line, level: "error", message: "row is not a JSON object; skipped" }; continue; }
        yield* rowDocument(row, line);
      }
    } else {
      // Records may span lines inside quoted fields: collect lines until the quotes balance.
      let header: string[] | null = null;
      let parser = dsvFormat(ext === ".tsv" ? "\t" : ",");
      let pending: string[] = [];
      let quotes = 0;
      let recordLine = 0;
      for await (const { text, line } of readLines(file, info)) {
        if (pending.length === 0) {
          if (!text.trim()) continue;
          recordLine = line;
        }
        pending.push(line === 1 ? text.replace(/^\uFEFF/, "") : text);
        for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 34) quotes++;
        if (quotes % 2 === 1) continue;
        const record = pending.join("\n");
        pending = [];
        quotes = 0;
        if (!header) {
          if (ext === ".csv") parser = dsvFormat(sniffDelimiter(record));
          header = parser.parseRows(record)[0].map((h) => h.trim());
          continue;
        }
        const cells = parser.parseRows(record)[0] ?? [];
        const row: Record<string, unknown> = {};
        header.forEach((h, i) => { row[h] = cells[i] ?? ""; });
        yield* rowDocument(row, recordLine);
      }
      if (pending.length) yield { file, line: recordLine, level: "error", message: "unterminated quoted field at the end of the file; last row skipped" };
    }
  } catch (e) {
    yield { file, level: "error", message: `cannot read file (${errorMessage(e)})` };
    return;
  }
  if (info.binary) { yield { file, level: "error", message: "binary file (NUL bytes), not text; skipped" }; return; }
  if (info.bytes === 0 || rows === 0) yield { file, level: "warning", message: info.bytes === 0 ? "empty file; skipped" : "no rows" };
  if (info.fallbackLines) yield { file, line: info.firstFallback, level: "warning", message: `${info.fallbackLines} line(s) not valid UTF-8; decoded as Windows-1252 (Latin-1)` };
  else if (info.encoding !== "utf-8") yield { file, level: "warning", message: `decoded as ${ENCODING_NAMES[info.encoding]} (byte order mark)` };
}

function sniffDelimiter(headerLine: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch in counts) counts[ch]++;
  }
  return Object.keys(counts).sort((a, b) => counts[b] - counts[a])[0];
}

function isNotArticle(name: string): boolean {
  return /^readme(\.md|\.txt)?$/i.test(name) || name.toLowerCase() === "manifest.json";
}

function kindOf(file: string): "text" | "bulk" | null {
  const ext = extname(file).toLowerCase();
  return TEXT_EXTS.has(ext) ? "text" : BULK_EXTS.has(ext) ? "bulk" : null;
}

/** Article files under `dir`, sorted by path; hidden entries skipped; symlinked folders visited once. */
async function walk(dir: string, out: string[], dirs: string[], seen: Set<string>, problems: Problem[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    real = dir;
  }
  if (seen.has(real)) return;
  seen.add(real);
  dirs.push(dir);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ file: dir, level: "error", message: `cannot read folder (${errorMessage(e)})` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    if (ent.name.startsWith(".") || ent.name === "node_modules") continue;
    const p = join(dir, ent.name);
    let isDir = ent.isDirectory();
    let isFile = ent.isFile();
    if (ent.isSymbolicLink()) {
      try {
        const st = await stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (e) {
        const code = (e as { code?: string }).code;
        problems.push({ file: p, level: "warning", message: code === "ELOOP" ? "symbolic link loop (the link points back to itself); skipped" : `broken symbolic link (${errorMessage(e)}); skipped` });
        continue;
      }
      if (isDir) {
        let target = p;
        try { target = await realpath(p); } catch { /* stat worked, so this does too */ }
        if (seen.has(target)) {
          problems.push({ file: p, level: "warning", message: `symbolic link to a folder already read (${target}); skipped, so a link loop is read once` });
          continue;
        }
      }
    }
    if (isDir) await walk(p, out, dirs, seen, problems);
    else if (isFile && !isNotArticle(ent.name) && kindOf(p)) out.push(p);
  }
}

/**
 * The files `streamCorpus` would read for these inputs, in the same order: article
 * files (text and bulk) and the manifest.json of every folder walked. Problems of the
 * walk are not reported here; streaming reports them.
 */
export async function inputFiles(inputs: string[]): Promise<{ articles: string[]; manifests: string[] }> {
  const articles: string[] = [];
  const manifests: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      continue;
    }
    if (st.isDirectory()) {
      const dirs: string[] = [];
      await walk(input, articles, dirs, new Set(), []);
      for (const dir of dirs) manifests.push(join(dir, "manifest.json"));
    } else if (kindOf(input)) {
      articles.push(input);
      manifests.push(join(dirname(input), "manifest.json"));
    }
  }
  return { articles, manifests };
}

/**
 * Documents and problems, in path order, one at a time: bulk files are read line by line and
 * text files a few ahead, so a large corpus never has to sit in memory.
 */
export async function* streamCorpus(inputs: string[], options: LoadOptions = {}): AsyncGenerator<Document | Problem> {
  const boilerplateProblems: Problem[] = [];
  const ctx: Context = {
    boilerplate: resolveBoilerplate(options.boilerplate, (p) => boilerplateProblems.push(p)),
    options,
    manifests: new Map(),
    manifestProblems: [],
    hashes: new Map(),
    ids: new Map(),
    near: { squashed: new Map(), paragraphs: new Map(), sizes: new Map() },
  };
  for (const x of boilerplateProblems) yield x;
  const ahead = Math.max(1, options.concurrency ?? 16);

  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch (e) {
      yield { file: input, level: "error", message: (e as { code?: string }).code === "ENOENT" ? "no such file or folder" : `cannot read (${errorMessage(e)})` };
      continue;
    }
    const files: string[] = [];
    const dirs: string[] = [];
    const walkProblems: Problem[] = [];
    if (st.isDirectory()) {
      await walk(input, files, dirs, new Set(), walkProblems);
      for (const x of walkProblems) yield x;
    } else if (kindOf(input)) {
      files.push(input);
    } else {
      yield { file: input, level: "error", message: `unsupported file type "${extname(input) || "(none)"}"; expected .txt, .md, .jsonl, .csv` };
      continue;
    }

    const reads = new Map<number, Promise<ReadResult>>();
    const startRead = (i: number) => {
      if (i < files.length && !reads.has(i) && kindOf(files[i]) === "text") {
        // Size first: a huge file is refused before it is read into memory.
        const limit = maxFileSize(ctx);
        reads.set(i, stat(files[i]).then(
          (st): Promise<ReadResult> | ReadResult => (st.size > limit ? { tooLarge: st.size } : readFile(files[i]).then((bytes) => ({ bytes }))),
        ).catch((error: unknown) => ({ error })));
      }
    };
    for (let i = 0; i < files.length; i++) {
      for (let j = i; j < i + ahead; j++) startRead(j);
      const file = files[i];
      const manifest = await getManifest(ctx, dirname(file));
      for (const x of ctx.manifestProblems.splice(0)) yield x;
      if (kindOf(file) === "text") {
        const read = await reads.get(i)!;
        reads.delete(i);
        for (const x of textFileDocument(ctx, file, read, manifest)) yield x;
      } else {
        yield* bulkDocuments(ctx, file, manifest);
      }
    }

    // Manifest entries that matched nothing in a walked folder are probably typos.
    for (const dir of dirs) {
      const m = await getManifest(ctx, dir);
      for (const x of ctx.manifestProblems.splice(0)) yield x;
      if (!m) continue;
      for (const key of m.entries.keys()) {
        if (!m.used.has(key)) yield { file: m.file, line: lineOf(m.text, key), level: "warning", message: `manifest entry ${JSON.stringify(key)} matches no article in ${dir}` };
      }
    }
  }
}

/** All documents and problems of the inputs (files or folders); never throws for bad input. */
export async function loadCorpus(inputs: string[], options: LoadOptions = {}): Promise<{ documents: Document[]; problems: Problem[] }> {
  const documents: Document[] = [];
  const problems: Problem[] = [];
  for await (const x of streamCorpus(inputs, options)) {
    if (isProblem(x)) problems.push(x);
    else documents.push(x);
  }
  return { documents, problems };
}

export interface WorkingSetOptions extends LoadOptions {
  /** At most this many documents: the most recent by date, undated ones last. Default: LAGEBILD_NOTEBOOK_DOCS, else 5,000. */
  max?: number;
}

/**
 * The documents a notebook analyses in memory: the whole corpus up to `max` documents,
 * else the `max` most recent (by date; ties and undated ones in input order), kept in
 * input order. Streams the corpus, so an archive of 100,000 articles never sits in memory
 * whole; `total` says how many there are (notebook 05 and `lagebild analyze` read them all).
 */
export async function loadWorkingSet(inputs: string[], options: WorkingSetOptions = {}): Promise<{ documents: Document[]; problems: Problem[]; total: number }> {
  const max = Math.max(1, Math.floor(options.max ?? (Number(process.env.LAGEBILD_NOTEBOOK_DOCS) || 5000)));
  let kept: Array<{ doc: Document; at: number }> = [];
  const problems: Problem[] = [];
  let total = 0;
  // Newest first; among equal dates the earlier document first.
  const newest = (a: { doc: Document; at: number }, b: { doc: Document; at: number }) =>
    (b.doc.date ?? "").localeCompare(a.doc.date ?? "") || a.at - b.at;
  for await (const x of streamCorpus(inputs, options)) {
    if (isProblem(x)) {
      problems.push(x);
      continue;
    }
    kept.push({ doc: x, at: total++ });
    // Cut back now and then, not at every document: the pile stays below twice `max`.
    if (kept.length >= 2 * max) kept = kept.sort(newest).slice(0, max);
  }
  if (kept.length > max) kept = kept.sort(newest).slice(0, max);
  return { documents: kept.sort((a, b) => a.at - b.at).map((k) => k.doc), problems, total };
}

/** The line a notebook prints when it works on part of the corpus (null when on all of it). */
export function workingSetNote(kept: number, total: number): string | null {
  if (kept >= total) return null;
  const n = (x: number) => x.toLocaleString("de-DE");
  return `${n(total)} Artikel im Korpus; dieses Notebook analysiert die neuesten ${n(kept)} (nach Datum). Das ganze Korpus: Notebook 05-archive oder lagebild analyze.`;
}

/** One row per document: id, date, source, title, url, chars, sentences, tokens, removed. */
export function documentTable(docs: Array<Document & { sentences?: unknown[]; tokens?: unknown[] }>): ColumnTable {
  return table({
    id: docs.map((d) => d.id),
    date: docs.map((d) => d.date),
    source: docs.map((d) => d.source),
    title: docs.map((d) => d.title),
    url: docs.map((d) => d.url),
    chars: docs.map((d) => d.text.length),
    sentences: docs.map((d) => (Array.isArray(d.sentences) ? d.sentences.length : null)),
    tokens: docs.map((d) => (Array.isArray(d.tokens) ? d.tokens.length : null)),
    removed: docs.map((d) => d.removed.map((r) => r.text).join(" | ")),
  });
}

/** What a set of documents was: its size and one hash over every document's content. */
export interface CorpusFingerprint {
  documents: number;
  /** First 12 hex digits of sha256 over the sorted document hashes. */
  hash: string;
}

/** The corpus fingerprint that exports and reports carry, so a chart can be traced to its corpus. */
export function corpusFingerprint(docs: ReadonlyArray<Pick<Document, "hash">>): CorpusFingerprint {
  const hashes = docs.map((d) => d.hash).sort();
  return { documents: docs.length, hash: sha256(hashes.join("\n")).slice(0, 12) };
}
