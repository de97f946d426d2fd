/// <reference lib="dom" />
// Writing outputs. Every file is written to a temporary name in the same folder
// and renamed into place, so a reader never sees half a file and an interrupted
// run leaves the previous output intact. Charts export as a standalone SVG (title,
// subtitle and caption drawn into it), a PNG rendered by resvg with the bundled
// DejaVu fonts (identical on every machine, no system fonts needed), and the data
// behind the chart as CSV.
import { closeSync, copyFileSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { threadId } from "node:worker_threads";
import type { ColumnTable } from "arquero";
import { projectRoot, requirePackage, resolvePackageFile } from "./project.js";
import type { CorpusFingerprint } from "./corpus.js";

/**
 * The temporary name a file is written under before it is renamed into place:
 * "<file>.<pid>.<digits>.tmp", the digits unique to this call even among the worker
 * threads of one process (they share the pid, and often the millisecond).
 */
export function tempPath(file: string): string {
  return `${file}.${process.pid}.${Date.now()}${String(threadId).padStart(4, "0")}${tempCount++}.tmp`;
}
let tempCount = 0;

/** Write a file atomically (temp file + rename), creating its folder. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tempPath(file);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * A file written line by line and put in place only on `commit()` (temp file +
 * rename), for outputs too large to hold in memory. `abort()` removes the temp file.
 * `start` is a header line, or `{ extend: file }` to begin with a copy of that file.
 */
export function atomicLineWriter(file: string, start?: string | { extend: string }, options: { chunk?: number } = {}) {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tempPath(file);
  // `extend`: the new file starts as a copy of that one (an earlier version), and lines are appended.
  const extend = typeof start === "object" ? start.extend : undefined;
  const header = typeof start === "string" ? start : undefined;
  if (extend) copyFileSync(extend, tmp);
  const fd = openSync(tmp, extend ? "a" : "w");
  // Lines are gathered into chunks (default ~1 MB): one system call per line would dominate
  // large outputs. Many writers open at once want smaller chunks. Text is encoded straight
  // into the chunk; bytes (lines encoded by a worker thread) are copied in.
  const chunk = options.chunk ?? 1 << 20;
  let buffer = Buffer.allocUnsafe(0);
  let used = 0;
  let open = true;
  const room = (bytes: number) => {
    if (used + bytes <= buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(used + bytes, Math.min(chunk * 2, buffer.length * 2), 1 << 14));
    buffer.copy(grown, 0, 0, used);
    buffer = grown;
  };
  const flush = () => {
    if (used > 0) writeSync(fd, buffer, 0, used);
    used = 0;
  };
  const write = (data: string | Uint8Array): void => {
    if (typeof data === "string") {
      room(data.length * 3); // the most UTF-8 needs
      used += buffer.write(data, used);
    } else {
      room(data.length);
      buffer.set(data, used);
      used += data.length;
    }
    if (used > chunk) flush();
  };
  if (header) write(header);
  return {
    write,
    commit(): void {
      if (!open) return;
      flush();
      closeSync(fd);
      open = false;
      renameSync(tmp, file);
    },
    abort(): void {
      if (!open) return;
      closeSync(fd);
      open = false;
      rmSync(tmp, { force: true });
    },
  };
}

/** One JSON object a line. */
export function toJsonl(rows: Iterable<unknown>): string {
  let out = "";
  for (const row of rows) out += JSON.stringify(row) + "\n";
  return out;
}

// ---------------------------------------------------------------------------
// CSV

/** An arquero table, or rows as plain objects (interfaces included: any object's own keys are its columns). */
export type TableLike = ColumnTable | ReadonlyArray<object>;

function tableRows(data: TableLike): Array<Record<string, unknown>> {
  return Array.isArray(data) ? (data as Array<Record<string, unknown>>) : ((data as ColumnTable).objects() as Array<Record<string, unknown>>);
}

function tableColumns(data: TableLike, rows: Array<Record<string, unknown>>): string[] {
  if (!Array.isArray(data)) return (data as ColumnTable).columnNames();
  const names = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) names.add(k);
  return [...names];
}

/**
 * A text cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a
 * leading apostrophe, per OWASP's CSV-injection advice. Numbers stay numbers.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (value instanceof Date) return value.toISOString();
  const text = typeof value === "object" ? JSON.stringify(value) : String(value);
  return FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;
}

const FORMULA_START = new Set([..."=+-@\t\r"].map((c) => c.charCodeAt(0)));

/**
 * CSV with a header row: comma-separated, "." as decimal point, UTF-8 with a byte
 * order mark so Excel detects the encoding (see README: Data → From Text/CSV).
 */
export function toCSV(data: TableLike, columns?: string[]): string {
  const rows = tableRows(data);
  const cols = columns ?? tableColumns(data, rows);
  return csvHeader(cols) + rows.map((r) => csvLine(cols.map((c) => r[c]))).join("");
}

/** The first line of a CSV file: byte order mark and column names. */
export function csvHeader(columns: readonly string[]): string {
  return "\ufeff" + csvLine(columns);
}

/** One CSV line (with its line break), cells neutralised by `csvCell`. */
export function csvLine(values: readonly unknown[]): string {
  // As d3-dsv's csvFormatRows formats one row, without its per-call arrays: large tables are written row by row.
  let line = "";
  for (let i = 0; i < values.length; i++) line += (i > 0 ? "," : "") + csvField(values[i]);
  return line + "\n";
}

const NEEDS_QUOTES = /[",\n\r]/;

/** A cell as it stands in a CSV line: neutralised, quoted when it must be. Numbers never need quotes (most cells of large tables are counts). */
export function csvField(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const cell = csvCell(value);
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * CSV lines (with line breaks) of a table given column by column: each column formatted
 * in one pass, as `csvLine` formats a cell. For tables of tens of thousands of rows.
 */
export function csvLinesOfColumns(columns: ReadonlyArray<ArrayLike<unknown>>): string {
  const rows = columns[0]?.length ?? 0;
  const cells = columns.map((column) => {
    const out = new Array<string>(rows);
    for (let r = 0; r < rows; r++) out[r] = csvField(column[r]);
    return out;
  });
  let text = "";
  for (let r = 0; r < rows; r++) {
    let line = cells[0][r];
    for (let c = 1; c < cells.length; c++) line += "," + cells[c][r];
    text += line + "\n";
  }
  return text;
}

// ---------------------------------------------------------------------------
// Charts

const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"];
const FONT_FAMILY = "DejaVu Sans, sans-serif";
const SVG_NS = "http://www.w3.org/2000/svg";

/** Text for XML content and attribute values; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Greedy line wrapping by an average glyph width (DejaVu Sans ≈ 0.58 em). */
function wrap(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * 0.58)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A Plot figure as one standalone SVG document: title, subtitle, every SVG inside
 * the figure (legends, the chart) stacked, and the caption below.
 */
export function chartSVG(fig: Element, options: { footnote?: string } = {}): string {
  const isSvg = fig.tagName.toLowerCase() === "svg";
  const svgs = isSvg ? [fig] : Array.from(fig.querySelectorAll("svg")).filter((s) => !s.parentElement || s.parentElement.closest("svg") === null);
  const text = (selector: string) => (isSvg ? "" : (fig.querySelector(selector)?.textContent ?? "").trim());
  const title = text("h2");
  const subtitle = text("h3");
  const caption = text("figcaption");
  const width = Math.max(...svgs.map((s) => Number(s.getAttribute("width")) || 640), 320);
  const parts: string[] = [];
  let y = 0;
  const lineBlock = (content: string, size: number, weight: string, color: string, gap: number) => {
    if (!content) return;
    for (const line of wrap(content, width - 8, size)) {
      y += size * 1.3;
      parts.push(`<text x="0" y="${y.toFixed(1)}" font-family="${FONT_FAMILY}" font-size="${size}" font-weight="${weight}" fill="${color}">${escapeXml(line)}</text>`);
    }
    y += gap;
  };
  lineBlock(title, 18, "bold", "#1f2328", 2);
  lineBlock(subtitle, 13, "normal", "#6e7781", 8);
  for (const svg of svgs) {
    const w = Number(svg.getAttribute("width")) || width;
    const h = Number(svg.getAttribute("height")) || 0;
    const clone = svg.cloneNode(true) as Element;
    clone.setAttribute("x", "0");
    clone.setAttribute("y", y.toFixed(1));
    clone.setAttribute("width", String(w));
    clone.setAttribute("height", String(h));
    clone.removeAttribute("xmlns");
    parts.push(clone.outerHTML);
    y += h + 4;
  }
  lineBlock(caption, 11, "normal", "#6e7781", 4);
  if (options.footnote) lineBlock(options.footnote, 10, "normal", "#6e7781", 4);
  // A white margin around everything, as on a printed page.
  const pad = 16;
  const outerWidth = width + 2 * pad;
  const outerHeight = Math.ceil(y + 4) + 2 * pad;
  return (
    `<svg xmlns="${SVG_NS}" width="${outerWidth}" height="${outerHeight}" viewBox="0 0 ${outerWidth} ${outerHeight}" font-family="${FONT_FAMILY}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/><g transform="translate(${pad},${pad})">${parts.join("")}</g></svg>\n`
  );
}

/** Render an SVG document to PNG with the bundled fonts; `scale` is the pixel ratio (default 2). */
export function svgToPNG(svg: string, options: { scale?: number } = {}): Uint8Array {
  // resvg is loaded lazily: only exports need the native module.
  const { Resvg } = requirePackage<typeof import("@resvg/resvg-js")>("@resvg/resvg-js");
  const fontFiles = FONT_FILES.map((f) => resolvePackageFile(`dejavu-fonts-ttf/ttf/${f}`));
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: options.scale ?? 2 },
    background: "#ffffff",
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
  });
  return resvg.render().asPng();
}

/** A safe, stable file name: lower case letters, digits and dashes only (never a path). */
export function slug(name: string): string {
  const s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s.slice(0, 80) || "chart";
}

export interface ExportOptions {
  /** Output folder (default: reports/ in the project). */
  dir?: string;
  /** PNG pixel ratio (default 2). */
  scale?: number;
  /** The corpus the chart was made from: added to the caption and the metadata file. */
  corpus?: CorpusFingerprint;
}

/** What `<name>.json` beside every export says, for `lagebild report` and for provenance. */
export interface ExportMetadata {
  kind: "chart" | "table";
  name: string;
  title: string;
  subtitle: string;
  caption: string;
  files: { svg?: string; png?: string; csv?: string };
  corpus: CorpusFingerprint | null;
  generated: string;
}

/** The generation time: SOURCE_DATE_EPOCH when set (reproducible builds), else now. */
export function generatedAt(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
}

/** "Korpus: 5 Artikel, Fingerabdruck 3f2a9c1b04de · erstellt 2026-11-22 04:30 UTC" */
export function provenanceLine(corpus: CorpusFingerprint, generated: Date = generatedAt()): string {
  const when = generated.toISOString().slice(0, 16).replace("T", " ");
  return `Korpus: ${corpus.documents} Artikel, Fingerabdruck ${corpus.hash} · erstellt ${when} UTC`;
}

export interface ExportedFiles {
  svg: string;
  png: string;
  csv: string | null;
}

/**
 * Write a chart as `<name>.svg` and `<name>.png`, and the data behind it as
 * `<name>.csv`, into the reports folder. Names are slugged, so they are stable and
 * stay inside the folder.
 */
export function exportChart(name: string, fig: Element, data?: TableLike, options: ExportOptions = {}): ExportedFiles {
  const { base } = exportBase(name, options.dir);
  const generated = generatedAt();
  const footnote = options.corpus ? provenanceLine(options.corpus, generated) : undefined;
  const svg = chartSVG(fig, { footnote });
  writeFileAtomic(`${base}.svg`, svg);
  writeFileAtomic(`${base}.png`, svgToPNG(svg, { scale: options.scale }));
  if (data !== undefined) writeFileAtomic(`${base}.csv`, toCSV(data));
  const text = (selector: string) => (fig.tagName.toLowerCase() === "svg" ? "" : (fig.querySelector(selector)?.textContent ?? "").trim());
  writeMetadata(base, {
    kind: "chart",
    name: slug(name),
    title: text("h2") || name,
    subtitle: text("h3"),
    caption: [text("figcaption"), footnote].filter(Boolean).join(" · "),
    files: { svg: `${slug(name)}.svg`, png: `${slug(name)}.png`, ...(data !== undefined ? { csv: `${slug(name)}.csv` } : {}) },
    corpus: options.corpus ?? null,
    generated: generated.toISOString(),
  });
  return { svg: `${base}.svg`, png: `${base}.png`, csv: data === undefined ? null : `${base}.csv` };
}

/** The folder and the path without extension for an export name; never outside the folder. */
function exportBase(name: string, folder?: string): { dir: string; base: string } {
  const dir = resolve(folder ?? join(projectRoot(), "reports"));
  const base = join(dir, slug(name));
  if (!base.startsWith(dir + sep)) throw new Error(`export: name "${name}" leaves ${dir}`);
  return { dir, base };
}

function writeMetadata(base: string, meta: ExportMetadata): void {
  writeFileAtomic(`${base}.json`, JSON.stringify(meta, null, 2) + "\n");
}

/** Write a table as CSV into the reports folder (`<name>.csv`), with its metadata file. */
export function exportTable(name: string, data: TableLike, options: Pick<ExportOptions, "dir" | "corpus"> & { title?: string } = {}): string {
  const { base } = exportBase(name, options.dir);
  writeFileAtomic(`${base}.csv`, toCSV(data));
  const generated = generatedAt();
  writeMetadata(base, {
    kind: "table",
    name: slug(name),
    title: options.title ?? name,
    subtitle: `${tableRows(data).length} Zeilen`,
    caption: options.corpus ? provenanceLine(options.corpus, generated) : "",
    files: { csv: `${slug(name)}.csv` },
    corpus: options.corpus ?? null,
    generated: generated.toISOString(),
  });
  return `${base}.csv`;
}
