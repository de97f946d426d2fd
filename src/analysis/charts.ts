/// <reference lib="dom" />
// Lagebild's house style for Observable Plot, and the first corpus charts.
// Charts take plain rows (or an arquero table) plus an options object and return a
// Plot figure. Outside a browser (plain node, tslab) there is no DOM, so each chart
// renders into a fresh linkedom document unless one is passed in `options.document`.
// `chartHTML(fig)` turns a figure into markup for `tslab.display.html(...)`.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { parseHTML } from "linkedom";

// ---------------------------------------------------------------------------
// Theme

/** German (de-DE) number conventions: 1.234,5 */
export const numberLocale = d3.formatLocale({
  decimal: ",",
  thousands: ".",
  grouping: [3],
  currency: ["", "\u00a0€"],
});

/** German (de-DE) date conventions: 11.01.2024, Januar, Jan */
export const timeLocale = d3.timeFormatLocale({
  dateTime: "%A, der %e. %B %Y, %X",
  date: "%d.%m.%Y",
  time: "%H:%M:%S",
  periods: ["AM", "PM"],
  days: ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
  shortDays: ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
  months: [
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
  ],
  shortMonths: ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
});

/** The house style shared by all lagebild charts. */
export const theme = {
  fontFamily: "DejaVu Sans, sans-serif",
  fontSize: 12,
  width: 720,
  background: "#ffffff",
  text: "#1f2328",
  muted: "#6e7781",
  /** Bars and lines of a single series. */
  primary: "#2b5c8a",
  /** Values that stand apart ("unbekannt", "übrige"). */
  secondary: "#a8b3bd",
  /** Categorical colours, colour-blind friendly (Okabe–Ito, without yellow). */
  categorical: ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#000000"],
  /** Sequential scheme name for Plot's colour scales. */
  scheme: "blues",
  /** Label used for a missing source. */
  unknown: "unbekannt",
} as const;

/** A whole number or decimal in German notation: 12.345 or 0,25. */
export function formatNumber(value: number, digits = 0): string {
  return numberLocale.format(`,.${digits}f`)(value);
}

/** A share in German notation: 12,5 %. */
export function formatPercent(value: number, digits = 0): string {
  return `${formatNumber(value * 100, digits)}\u00a0%`;
}

/** A UTC date as 11.01.2024. */
export const formatDate: (date: Date) => string = timeLocale.utcFormat("%d.%m.%Y");
/** A UTC month as Jan 2024. */
export const formatMonth: (date: Date) => string = timeLocale.utcFormat("%b %Y");
/** A UTC year as 2024. */
export const formatYear: (date: Date) => string = timeLocale.utcFormat("%Y");

// ---------------------------------------------------------------------------
// Rows

/** Plain rows, or anything with arquero's `objects()` (a table). */
export type Rows<T> = Iterable<T> | { objects(): object[] };

/** A row that may carry a publication date: ISO "YYYY-MM-DD…", a Date, or nothing. */
export interface DatedRow {
  date?: string | Date | null;
}

/** A row that may carry a source name. */
export interface SourcedRow {
  source?: string | null;
}

/** The rows of an array, iterable or arquero table. */
export function rowsOf<T>(input: Rows<T>): T[] {
  if (typeof (input as { objects?: unknown }).objects === "function") {
    return (input as { objects(): object[] }).objects() as T[];
  }
  return Array.from(input as Iterable<T>);
}

/** A row's date as a UTC Date, or null when missing or unparseable. */
export function rowDate(row: DatedRow): Date | null {
  const value = row.date;
  if (value == null || value === "") return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A row's source name, or `theme.unknown` when missing or blank. */
export function rowSource(row: SourcedRow): string {
  const source = row.source?.trim();
  return source ? source : theme.unknown;
}

// ---------------------------------------------------------------------------
// Corpus summary (for subtitles and captions)

export interface CorpusSummary {
  documents: number;
  dated: number;
  undated: number;
  first: Date | null;
  last: Date | null;
  /** Source names with counts, most frequent first. */
  sources: { source: string; count: number }[];
}

/** Size, date range and sources of a set of documents. */
export function summarizeCorpus(docs: Rows<DatedRow & SourcedRow>): CorpusSummary {
  const rows = rowsOf(docs);
  const dates = rows.map(rowDate).filter((d): d is Date => d !== null);
  const [first, last] = d3.extent(dates);
  return {
    documents: rows.length,
    dated: dates.length,
    undated: rows.length - dates.length,
    first: first ?? null,
    last: last ?? null,
    sources: countBySource(rows),
  };
}

/**
 * "5 Artikel vom 11.01.2024 bis 05.03.2024, 1 davon ohne Datum". With `undatedShown: false`
 * (a chart over time) the undated ones are marked as missing from the chart.
 */
export function corpusSubtitle(summary: CorpusSummary, options: { undatedShown?: boolean } = {}): string {
  const { undatedShown = true } = options;
  let text = `${formatNumber(summary.documents)} Artikel`;
  if (summary.first && summary.last) {
    text += summary.first.getTime() === summary.last.getTime()
      ? ` vom ${formatDate(summary.first)}`
      : ` vom ${formatDate(summary.first)} bis ${formatDate(summary.last)}`;
  }
  if (summary.undated > 0) {
    text += summary.dated === 0
      ? ", alle ohne Datum"
      : `, ${formatNumber(summary.undated)} davon ohne Datum${undatedShown ? "" : " (nicht im Diagramm)"}`;
  }
  return text;
}

/** "Quellen: CRI (3), dpa (2) und 4 weitere" */
export function sourcesCaption(summary: CorpusSummary, options: { max?: number } = {}): string {
  const { max = 6 } = options;
  const { sources } = summary;
  if (sources.length === 0) return "Quellen: keine";
  const shown = sources.slice(0, max).map((s) => `${s.source} (${formatNumber(s.count)})`);
  const rest = sources.length - shown.length;
  const label = sources.length === 1 ? "Quelle" : "Quellen";
  return rest > 0 ? `${label}: ${shown.join(", ")} und ${formatNumber(rest)} weitere` : `${label}: ${shown.join(", ")}`;
}

// ---------------------------------------------------------------------------
// Document and figure helpers

/** A fresh, empty DOM document: the browser's when there is one, else linkedom's. */
export function chartDocument(): Document {
  const global = globalThis as { document?: Document };
  if (global.document) return global.document;
  return parseHTML("<!DOCTYPE html><html><head></head><body></body></html>").document;
}

function styled<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  text: string,
  style: Record<string, string>,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.textContent = text;
  element.setAttribute("style", Object.entries(style).map(([k, v]) => `${k}:${v}`).join(";"));
  return element;
}

/** A chart title in the house style (Plot's `title` option). */
export function chartTitle(document: Document, text: string): HTMLElement {
  return styled(document, "h2", text, {
    "font-family": theme.fontFamily,
    "font-size": "18px",
    "font-weight": "bold",
    color: theme.text,
    margin: "0 0 4px 0",
    "line-height": "1.25",
  });
}

/** A chart subtitle in the house style (Plot's `subtitle` option). */
export function chartSubtitle(document: Document, text: string): HTMLElement {
  return styled(document, "h3", text, {
    "font-family": theme.fontFamily,
    "font-size": "13px",
    "font-weight": "normal",
    color: theme.muted,
    margin: "0 0 10px 0",
    "line-height": "1.3",
  });
}

/** A chart caption in the house style (Plot's `caption` option; Plot wraps it in `<figcaption>`). */
export function chartCaption(document: Document, text: string): HTMLElement {
  return styled(document, "span", text, {
    display: "block",
    "font-family": theme.fontFamily,
    "font-size": "11px",
    color: theme.muted,
    margin: "6px 0 0 0",
  });
}

/** Plot options every lagebild chart starts from. */
export function themeOptions(document: Document): Plot.PlotOptions {
  return {
    document,
    width: theme.width,
    style: {
      fontFamily: theme.fontFamily,
      fontSize: `${theme.fontSize}px`,
      color: theme.text,
      background: theme.background,
      overflow: "visible",
    },
    color: { range: [...theme.categorical] },
  };
}

/** Options shared by the chart functions. Text options replace the generated defaults; null leaves them out. */
export interface ChartOptions {
  title?: string | null;
  subtitle?: string | null;
  caption?: string | null;
  width?: number;
  height?: number;
  /** DOM document to render into (default: the browser's, else a fresh linkedom one). */
  document?: Document;
}

/** What every chart function returns: a Plot figure (a `<figure>` or an `<svg>`). */
export type Figure = ReturnType<typeof Plot.plot>;

function textOptions(
  document: Document,
  options: ChartOptions,
  defaults: { title: string | null; subtitle: string | null; caption: string | null },
): Pick<Plot.PlotOptions, "title" | "subtitle" | "caption"> {
  const pick = (value: string | null | undefined, fallback: string | null) => (value === undefined ? fallback : value);
  const title = pick(options.title, defaults.title);
  const subtitle = pick(options.subtitle, defaults.subtitle);
  const caption = pick(options.caption, defaults.caption);
  return {
    title: title == null ? undefined : chartTitle(document, title),
    subtitle: subtitle == null ? undefined : chartSubtitle(document, subtitle),
    caption: caption == null ? undefined : chartCaption(document, caption),
  };
}

/**
 * The figure as HTML for `tslab.display.html(...)` or an .html file: every `<svg>` gets
 * its `xmlns` so the markup also works as standalone SVG.
 */
export function chartHTML(fig: Element): string {
  const svgs = fig.tagName.toLowerCase() === "svg" ? [fig] : Array.from(fig.querySelectorAll("svg"));
  for (const svg of svgs) svg.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  return fig.outerHTML;
}

/**
 * At most `max` tick keys on calendar steps (every 1, 2, 3, 6, 12, … months, starting in
 * January; every 1, 2, 5, 10, … years) so labels neither collide nor land on odd months.
 */
function periodTicks(counts: PeriodCount[], interval: Interval, max: number): string[] {
  const steps = interval === "year" ? [1, 2, 5, 10, 20, 50, 100] : [1, 2, 3, 6, 12, 24, 60, 120];
  const fits = (step: number) => counts.filter((d) => onStep(d.start, step)).length <= max;
  const onStep = (start: Date, step: number) =>
    interval === "year"
      ? start.getUTCFullYear() % step === 0
      : (start.getUTCFullYear() * 12 + start.getUTCMonth()) % step === 0;
  const step = steps.find(fits) ?? steps[steps.length - 1];
  return counts.filter((d) => onStep(d.start, step)).map((d) => d.key);
}

/** Whole-number ticks from 0 to `max` (avoids 0,5 Artikel). */
function integerTicks(max: number, count = 5): number[] {
  return d3.ticks(0, Math.max(1, max), count).filter(Number.isInteger);
}

// ---------------------------------------------------------------------------
// Counting

export type Interval = "month" | "year";

export interface PeriodCount {
  /** "2024-01" for months, "2024" for years. */
  key: string;
  /** "Jan 2024" or "2024". */
  label: string;
  /** First day of the period (UTC). */
  start: Date;
  count: number;
}

/** Documents per month or year, with empty periods between the first and last filled in as 0. */
export function countByPeriod(docs: Rows<DatedRow>, options: { interval?: Interval } = {}): PeriodCount[] {
  const { interval = "month" } = options;
  const floor = interval === "year" ? d3.utcYear : d3.utcMonth;
  const key = interval === "year" ? timeLocale.utcFormat("%Y") : timeLocale.utcFormat("%Y-%m");
  const label = interval === "year" ? formatYear : formatMonth;
  const dates = rowsOf(docs).map(rowDate).filter((d): d is Date => d !== null);
  if (dates.length === 0) return [];
  const counts = d3.rollup(dates, (v) => v.length, (d) => key(floor.floor(d)));
  const [min, max] = d3.extent(dates) as [Date, Date];
  return floor.range(floor.floor(min), floor.offset(floor.floor(max), 1)).map((start) => ({
    key: key(start),
    label: label(start),
    start,
    count: counts.get(key(start)) ?? 0,
  }));
}

export interface SourceCount {
  source: string;
  count: number;
}

/** Documents per source, most first (ties alphabetically, German collation); a missing source counts as "unbekannt". */
export function countBySource(docs: Rows<SourcedRow>): SourceCount[] {
  const counts = d3.rollup(rowsOf(docs), (v) => v.length, rowSource);
  return Array.from(counts, ([source, count]) => ({ source, count })).sort(
    (a, b) => b.count - a.count || a.source.localeCompare(b.source, "de"),
  );
}

// ---------------------------------------------------------------------------
// Charts

export interface CorpusOverTimeOptions extends ChartOptions {
  interval?: Interval;
}

/** Bar chart: articles per month (or year). Undated articles are counted in the subtitle. */
export function corpusOverTime(docs: Rows<DatedRow & SourcedRow>, options: CorpusOverTimeOptions = {}): Figure {
  const { interval = "month", width = theme.width, height = 320 } = options;
  const document = options.document ?? chartDocument();
  const rows = rowsOf(docs);
  const summary = summarizeCorpus(rows);
  const counts = countByPeriod(rows, { interval });
  const max = d3.max(counts, (d) => d.count) ?? 0;
  const ticks = periodTicks(counts, interval, Math.max(1, Math.floor((width - 60) / 70)));
  const labels = new Map(counts.map((d) => [d.key, d.label]));
  return Plot.plot({
    ...themeOptions(document),
    ...textOptions(document, options, {
      title: interval === "year" ? "Artikel pro Jahr" : "Artikel pro Monat",
      subtitle: corpusSubtitle(summary, { undatedShown: false }),
      caption: sourcesCaption(summary),
    }),
    width,
    height,
    marginTop: 28,
    marginLeft: 48,
    x: {
      type: "band",
      domain: counts.length > 0 ? counts.map((d) => d.key) : [""],
      ticks,
      tickFormat: (key: string) => labels.get(key) ?? "",
      label: null,
      padding: 0.15,
    },
    y: {
      domain: [0, Math.max(1, max)],
      ticks: integerTicks(max),
      tickFormat: (n: number) => formatNumber(n),
      grid: true,
      label: "Artikel",
      labelArrow: "none",
    },
    marks: [
      Plot.barY(counts, { x: "key", y: "count", fill: theme.primary }),
      counts.length <= 36
        ? Plot.text(counts.filter((d) => d.count > 0), {
            x: "key",
            y: "count",
            text: (d: PeriodCount) => formatNumber(d.count),
            dy: -6,
            fill: theme.text,
          })
        : null,
      counts.length === 0
        ? Plot.text(["Keine datierten Artikel"], { frameAnchor: "middle", fill: theme.muted, fontSize: 14 })
        : null,
      Plot.ruleY([0], { stroke: theme.text }),
    ],
  });
}

export interface CorpusBySourceOptions extends ChartOptions {
  /** Show at most this many sources; the rest are summed up as "übrige". */
  limit?: number;
}

/** Horizontal bars: articles per source, most first; a missing source is shown as "unbekannt". */
export function corpusBySource(docs: Rows<DatedRow & SourcedRow>, options: CorpusBySourceOptions = {}): Figure {
  const { limit = 20, width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const rows = rowsOf(docs);
  const summary = summarizeCorpus(rows);
  const all = countBySource(rows);
  const counts =
    all.length > limit
      ? [
          ...all.slice(0, limit - 1),
          {
            source: `übrige (${formatNumber(all.length - limit + 1)} Quellen)`,
            count: d3.sum(all.slice(limit - 1), (d) => d.count),
          },
        ]
      : all;
  const other = (source: string) => source === theme.unknown || source.startsWith("übrige (");
  // "unbekannt" and "übrige" go last, whatever their count.
  const order = [...counts.filter((d) => !other(d.source)), ...counts.filter((d) => other(d.source))];
  const shorten = (s: string) => (s.length > 36 ? `${s.slice(0, 35)}…` : s);
  const longest = d3.max(counts, (d) => shorten(d.source).length) ?? 8;
  const max = d3.max(counts, (d) => d.count) ?? 0;
  const height = options.height ?? 60 + Math.max(1, counts.length) * 26;
  return Plot.plot({
    ...themeOptions(document),
    ...textOptions(document, options, {
      title: "Artikel nach Quelle",
      subtitle: corpusSubtitle(summary),
      caption: summary.sources.length > counts.length ? sourcesCaption(summary) : null,
    }),
    width,
    height,
    marginLeft: Math.min(260, 16 + longest * 7),
    marginRight: 40,
    x: {
      domain: [0, Math.max(1, max)],
      ticks: integerTicks(max),
      tickFormat: (n: number) => formatNumber(n),
      grid: true,
      label: null,
    },
    y: {
      domain: order.length > 0 ? order.map((d) => d.source) : [""],
      tickFormat: shorten,
      label: null,
      padding: 0.2,
    },
    marks: [
      Plot.barX(counts, {
        x: "count",
        y: "source",
        fill: (d: SourceCount) => (other(d.source) ? theme.secondary : theme.primary),
      }),
      Plot.text(counts, {
        x: "count",
        y: "source",
        text: (d: SourceCount) => formatNumber(d.count),
        textAnchor: "start",
        dx: 4,
        fill: theme.text,
      }),
      counts.length === 0
        ? Plot.text(["Keine Artikel"], { frameAnchor: "middle", fill: theme.muted, fontSize: 14 })
        : null,
      Plot.ruleX([0], { stroke: theme.text }),
    ],
  });
}

/** Documents a chart was made from: for the subtitle (size, date range) and caption (sources). */
export type Corpus = Rows<DatedRow & SourcedRow>;

/**
 * Title, subtitle and caption of a chart about a corpus: the subtitle states its size
 * and date range (plus `subtitleExtra`), the caption its sources. The caller's text
 * in `options` wins; null leaves a line out.
 */
export function corpusTexts(
  document: Document,
  options: ChartOptions,
  corpus: Corpus,
  title: string,
  subtitleExtra = "",
  undatedShown = true,
): Pick<Plot.PlotOptions, "title" | "subtitle" | "caption"> {
  const summary = summarizeCorpus(corpus);
  return textOptions(document, options, {
    title,
    subtitle: corpusSubtitle(summary, { undatedShown }) + subtitleExtra,
    caption: sourcesCaption(summary),
  });
}

/** Room for the longest label on a band axis (≈ 7 px a character at 12 px). */
export const labelMargin = (labels: string[], max = 240): number => Math.min(max, 16 + (d3.max(labels, (l) => l.length) ?? 6) * 7);
