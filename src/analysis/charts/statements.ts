/// <reference lib="dom" />
// Charts for statements and stance: diverging bars per speaker → target pair, a
// speaker × target matrix of net stance, and stance over time. Each takes a tally
// from `stance.ts` / `tallies.ts` (rows: speaker, target, polarity, count; over time
// also period) plus the documents it came from (subtitle: corpus size and date range;
// caption: sources) and returns a Plot figure in the house style. Support is blue and
// to the right (or up), opposition vermillion and to the left (or down), everywhere.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {
  chartDocument,
  formatNumber,
  rowsOf,
  theme,
  themeOptions,
  timeLocale,
  type ChartOptions,
  type Rows,
  corpusTexts,
  labelMargin,
  type Corpus,
  type Figure,
} from "../charts.js";

type Polarity = "support" | "oppose" | "neutral";

/** A label cut to `max` characters with "…", so one long phrase does not eat the chart. */
export const shorten = (label: string, max = 30): string => (label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label);

/** German names of the polarities (axes, subtitles). */
export const POLARITY_LABELS: Record<Polarity, string> = { support: "unterstützt", oppose: "lehnt ab", neutral: "neutral" };

/** House colours of the polarities: colour-blind safe blue and vermillion (Okabe–Ito). */
export const POLARITY_COLORS: Record<Polarity, string> = { support: theme.categorical[0], oppose: theme.categorical[3], neutral: theme.secondary };

/** "+5 / −1", "+5" or "−1" (typographic minus); "0" when both are zero. */
export function formatSupportOppose(support: number, oppose: number): string {
  const parts = [support > 0 ? `+${formatNumber(support)}` : null, oppose > 0 ? `\u2212${formatNumber(oppose)}` : null].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(" / ") : "0";
}

/** "die 15 häufigsten von 18 Paaren" or "alle 12 Paare". */
function shownOf(shown: number, total: number, singular: string, plural: string, dativePlural = plural): string {
  if (shown >= total) return total === 1 ? `1 ${singular}` : `alle ${formatNumber(total)} ${plural}`;
  return `die ${formatNumber(shown)} häufigsten von ${formatNumber(total)} ${dativePlural}`;
}

const emptyText = (text: string) => Plot.text([text], { frameAnchor: "middle", fill: theme.muted, fontSize: 14 });

/** One tally row: speaker, target, polarity, count (`stanceTable`, `stanceTally`). */
export interface StanceCountRow {
  speaker: string;
  target: string;
  polarity: Polarity;
  count: number;
}

/** Support and opposition summed per speaker → target pair. */
export interface StancePair {
  speaker: string;
  target: string;
  support: number;
  oppose: number;
  neutral: number;
  /** support − oppose */
  net: number;
}

/** Tally rows summed per speaker → target pair (any other columns, e.g. doc or period, are summed over). */
export function stancePairs(rows: Rows<StanceCountRow>): StancePair[] {
  const pairs = new Map<string, StancePair>();
  for (const r of rowsOf(rows)) {
    const key = `${r.speaker}\u0000${r.target}`;
    const p = pairs.get(key) ?? { speaker: r.speaker, target: r.target, support: 0, oppose: 0, neutral: 0, net: 0 };
    p[r.polarity] += r.count;
    p.net = p.support - p.oppose;
    pairs.set(key, p);
  }
  return [...pairs.values()];
}

/** Names ranked by their summed support + opposition, most first (ties alphabetically). */
function ranked(pairs: StancePair[], key: "speaker" | "target"): string[] {
  const totals = d3.rollup(pairs, (v) => d3.sum(v, (p) => p.support + p.oppose), (p) => p[key]);
  return [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "de")).map(([name]) => name);
}

// ---------------------------------------------------------------------------
// Diverging bars

export interface StanceBarsOptions extends ChartOptions {
  /** How many speaker → target pairs (default 15), most support + opposition first. */
  n?: number;
  /** Longest speaker name before it is cut with "…" (default 30). */
  maxLabel?: number;
}

/**
 * Diverging bars, one line per speaker → target pair ("Xi Jinping → Russland"):
 * support to the right, opposition to the left, with counts at the bar ends.
 */
export function stanceBarsChart(rows: Rows<StanceCountRow>, corpus: Corpus, options: StanceBarsOptions = {}): Figure {
  const { n = 15, maxLabel = 30, width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const all = stancePairs(rows).filter((p) => p.support + p.oppose > 0);
  const label = (p: StancePair) => `${shorten(p.speaker, maxLabel)} → ${p.target}`;
  // Most stance first; on ties opposition first (rarer, so more telling), then by name.
  const pairs = all
    .sort((a, b) => b.support + b.oppose - (a.support + a.oppose) || b.oppose - a.oppose || label(a).localeCompare(label(b), "de"))
    .slice(0, n);
  const bars = pairs.flatMap((p) => [
    { pair: label(p), polarity: "support" as const, value: p.support, count: p.support },
    { pair: label(p), polarity: "oppose" as const, value: -p.oppose, count: p.oppose },
  ]).filter((b) => b.count > 0);
  type Bar = (typeof bars)[number];
  const extent = Math.max(1, d3.max(bars, (b) => b.count) ?? 1);
  const total = d3.sum(all, (p) => p.support + p.oppose);
  const labels = pairs.map(label);
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(
      document,
      options,
      corpus,
      "Haltungen: Wer unterstützt wen, wer lehnt was ab?",
      all.length === 0 ? "; keine Aussagen mit Haltung" : `; ${formatNumber(total)} Haltungen (Aussage × Ziel); gezeigt: ${shownOf(pairs.length, all.length, "Paar Sprecher → Ziel", "Paare Sprecher → Ziel", "Paaren Sprecher → Ziel")}`,
    ),
    width,
    height: options.height ?? 80 + Math.max(1, pairs.length) * 24,
    marginLeft: labelMargin(labels, 300),
    marginRight: 32,
    marginBottom: 48,
    x: {
      axis: pairs.length === 0 ? null : undefined,
      domain: [-extent * 1.15, extent * 1.15],
      grid: pairs.length > 0,
      label: `← ${POLARITY_LABELS.oppose} · ${POLARITY_LABELS.support} →   (Anzahl Aussagen)`,
      labelAnchor: "center",
      labelOffset: 40,
      labelArrow: "none",
      ticks: d3.ticks(-extent, extent, 8).filter(Number.isInteger),
      tickFormat: (v: number) => formatNumber(Math.abs(v)),
    },
    y: { axis: pairs.length === 0 ? null : undefined, domain: labels.length > 0 ? labels : [""], label: null, padding: 0.2 },
    marks: [
      Plot.barX(bars, { x: "value", y: "pair", fill: (b: Bar) => POLARITY_COLORS[b.polarity] }),
      // Counts at the bar ends: outside to the right for support, to the left for opposition.
      Plot.text(bars.filter((b) => b.polarity === "support"), { x: "value", y: "pair", text: (b) => formatNumber(b.count), textAnchor: "start", dx: 4, fill: theme.text }),
      Plot.text(bars.filter((b) => b.polarity === "oppose"), { x: "value", y: "pair", text: (b) => formatNumber(b.count), textAnchor: "end", dx: -4, fill: theme.text }),
      pairs.length === 0 ? emptyText("Keine Aussagen mit Haltung") : Plot.ruleX([0], { stroke: theme.text }),
    ],
  });
}

// ---------------------------------------------------------------------------
// Speaker × target matrix

export interface StanceMatrixOptions extends ChartOptions {
  /** How many speakers (rows, default 10) and targets (columns, default 8), most stance first. */
  speakers?: number;
  targets?: number;
  /** Longest speaker name before it is cut with "…" (default 30). */
  maxLabel?: number;
}

/**
 * Speakers (rows) × targets (columns); each cell coloured by net stance (support −
 * opposition, diverging: blue for, red against) and labelled "+5 / −1".
 */
export function stanceMatrixChart(rows: Rows<StanceCountRow>, corpus: Corpus, options: StanceMatrixOptions = {}): Figure {
  const { speakers: nSpeakers = 10, targets: nTargets = 8, maxLabel = 30, width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const pairs = stancePairs(rows).filter((p) => p.support + p.oppose > 0);
  const allSpeakers = ranked(pairs, "speaker");
  const allTargets = ranked(pairs, "target");
  const speakers = allSpeakers.slice(0, nSpeakers);
  const targets = allTargets.slice(0, nTargets);
  const shown = pairs.filter((p) => speakers.includes(p.speaker) && targets.includes(p.target));
  const grid = speakers.flatMap((speaker) => targets.map((target) => ({ speaker, target })));
  const extent = Math.max(1, d3.max(shown, (p) => Math.abs(p.net)) ?? 1);
  const marginLeft = labelMargin(speakers.map((s) => shorten(s, maxLabel)), 260);
  // Column labels are turned when they would not fit their column.
  const column = (width - marginLeft - 16) / Math.max(1, targets.length);
  const rotate = (d3.max(targets, (t) => t.length) ?? 0) * 7 > column - 6;
  // A label turned by 30° rises by half its length (sin 30°).
  const marginBottom = rotate ? Math.min(150, 28 + (d3.max(targets, (t) => t.length) ?? 6) * 3.6) : 36;
  const extra =
    pairs.length === 0
      ? "; keine Aussagen mit Haltung"
      : `; Farbe: Saldo (${POLARITY_LABELS.support} − ${POLARITY_LABELS.oppose}), Zahl: +${POLARITY_LABELS.support} / \u2212${POLARITY_LABELS.oppose}; ` +
        `${shownOf(speakers.length, allSpeakers.length, "Sprecher", "Sprecher", "Sprechern")}, ${shownOf(targets.length, allTargets.length, "Ziel", "Ziele", "Zielen")}`;
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(document, options, corpus, "Haltung der Sprecher zu den Zielen", extra),
    width,
    height: options.height ?? marginBottom + 30 + Math.max(1, speakers.length) * 34,
    marginLeft,
    marginRight: 16,
    marginTop: 20,
    marginBottom,
    x: { domain: targets.length > 0 ? targets : [""], axis: targets.length > 0 ? "bottom" : null, tickRotate: rotate ? -30 : 0, label: null, padding: 0 },
    y: { domain: speakers.length > 0 ? speakers : [""], axis: speakers.length > 0 ? "left" : null, tickFormat: (s: string) => shorten(s, maxLabel), label: null, padding: 0 },
    // No ramp legend: it needs a canvas, which linkedom lacks; each cell shows its counts.
    // Square-root colour, so a single opposing statement still shows next to ten supporting ones.
    color: { type: "diverging-sqrt", scheme: "rdbu", pivot: 0, domain: [-extent, extent] },
    marks: [
      Plot.cell(grid, { x: "target", y: "speaker", fill: "#f6f8fa", inset: 1 }),
      Plot.cell(shown, { x: "target", y: "speaker", fill: "net", inset: 1 }),
      Plot.text(shown, {
        x: "target",
        y: "speaker",
        text: (p: StancePair) => formatSupportOppose(p.support, p.oppose),
        // Dark cells (strong net stance either way) get white text.
        fill: (p: StancePair) => (Math.sqrt(Math.abs(p.net) / extent) > 0.7 ? "white" : theme.text),
      }),
      pairs.length === 0 ? emptyText("Keine Aussagen mit Haltung") : null,
    ],
  });
}

// ---------------------------------------------------------------------------
// Over time

/** One over-time tally row: period ("2024-01" or "2024"), speaker or target, polarity, count (`stanceOverTime`). */
export interface StancePeriodRow {
  period: string;
  speaker?: string;
  target?: string;
  polarity: Polarity;
  count: number;
}

export interface StanceTimelineOptions extends ChartOptions {
  /**
   * "polarity" (default): bars on a time axis, support up, opposition down.
   * "net": speakers (or targets, whichever the rows carry) × periods, each cell coloured by
   * net stance and labelled "+5 / −1"; periods without stance are left out.
   */
  mode?: "polarity" | "net";
  /** How many speakers (or targets) in "net" mode (default 8), most stance first. */
  n?: number;
  /** Longest name before it is cut with "…" (default 30). */
  maxLabel?: number;
}

/** First day of a period "2024-01" or "2024" (UTC). */
export function periodStart(period: string): Date {
  return new Date(Date.UTC(Number(period.slice(0, 4)), period.length > 4 ? Number(period.slice(5, 7)) - 1 : 0, 1));
}

/** "Jan 2024" for a month, "2024" for a year. */
export const periodLabel = (period: string): string => (period.length > 4 ? timeLocale.utcFormat("%b %Y")(periodStart(period)) : period);

/** German time ticks: the year at January, else the short month ("2024", "Apr"). */
const timeTick = (d: Date) => timeLocale.utcFormat(d.getUTCMonth() === 0 ? "%Y" : "%b")(d);

/** Stance per month or year: diverging bars by polarity, or net stance per speaker (`mode: "net"`). Neutral is left out. */
export function stanceTimelineChart(rows: Rows<StancePeriodRow>, corpus: Corpus, options: StanceTimelineOptions = {}): Figure {
  const data = rowsOf(rows).filter((r) => r.polarity !== "neutral" && r.count > 0);
  return options.mode === "net" ? netTimeline(data, corpus, options) : polarityTimeline(data, corpus, options);
}

function polarityTimeline(data: StancePeriodRow[], corpus: Corpus, options: StanceTimelineOptions): Figure {
  const { width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const floor = data.length > 0 && data[0].period.length === 4 ? d3.utcYear : d3.utcMonth;
  const sums = d3.rollup(data, (v) => d3.sum(v, (r) => r.count), (r) => r.period, (r) => r.polarity);
  const bars = [...sums].flatMap(([period, byPolarity]) =>
    [...byPolarity].map(([polarity, count]) => {
      const start = periodStart(period);
      const end = floor.offset(start, 1);
      return { period, polarity, count, start, end, mid: new Date((start.getTime() + end.getTime()) / 2), value: polarity === "oppose" ? -count : count };
    }),
  );
  type Bar = (typeof bars)[number];
  // From the start of the first period to the end of the last, so both bars are whole.
  const domain = bars.length > 0 ? [d3.min(bars, (b) => b.start)!, d3.max(bars, (b) => b.end)!] : [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2001, 0, 1))];
  // Each side as tall as its largest bar, opposition at least a quarter of support so its labels fit.
  const up = Math.max(1, d3.max(bars, (b) => b.value) ?? 1);
  const down = Math.max(1, up / 4, -(d3.min(bars, (b) => b.value) ?? 0));
  const total = d3.sum(bars, (b) => b.count);
  const empty = bars.length === 0;
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(
      document,
      options,
      corpus,
      floor === d3.utcYear ? "Haltungen pro Jahr" : "Haltungen pro Monat",
      empty ? "; keine datierten Aussagen mit Haltung" : `; ${formatNumber(total)} Haltungen, nach oben: ${POLARITY_LABELS.support}, nach unten: ${POLARITY_LABELS.oppose}`,
      false,
    ),
    width,
    height: options.height ?? 320,
    marginLeft: 56,
    marginTop: 24,
    marginRight: 24,
    x: { type: "utc", domain, label: null, tickFormat: timeTick, ticks: Math.max(2, Math.floor(width / 90)), inset: 6, axis: empty ? null : "bottom" },
    y: {
      axis: empty ? null : "left",
      domain: [-down, up],
      // Pixel room beyond the longest bars for their count labels.
      insetTop: 20,
      insetBottom: 20,
      ticks: d3.ticks(-down, up, 6).filter(Number.isInteger),
      tickFormat: (v: number) => formatNumber(Math.abs(v)),
      grid: !empty,
      label: `↑ ${POLARITY_LABELS.support} · ${POLARITY_LABELS.oppose} ↓`,
      labelArrow: "none",
    },
    marks: [
      Plot.rectY(bars, { x1: "start", x2: "end", y1: 0, y2: "value", fill: (b: Bar) => POLARITY_COLORS[b.polarity], insetLeft: 0.5, insetRight: 0.5 }),
      // Counts above the support bars and below the opposition bars.
      Plot.text(bars.filter((b) => b.polarity === "support"), { x: "mid", y: "value", text: (b: Bar) => formatNumber(b.count), lineAnchor: "bottom", dy: -4, fill: theme.text }),
      Plot.text(bars.filter((b) => b.polarity === "oppose"), { x: "mid", y: "value", text: (b: Bar) => formatNumber(b.count), lineAnchor: "top", dy: 4, fill: theme.text }),
      empty ? emptyText("Keine datierten Aussagen mit Haltung") : Plot.ruleY([0], { stroke: theme.text }),
    ],
  });
}

function netTimeline(data: StancePeriodRow[], corpus: Corpus, options: StanceTimelineOptions): Figure {
  const { n = 8, maxLabel = 30, width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const key: "speaker" | "target" = data.length > 0 && data[0].speaker === undefined ? "target" : "speaker";
  const sumOf = (v: StancePeriodRow[], polarity: Polarity) => d3.sum(v, (r) => (r.polarity === polarity ? r.count : 0));
  const cells = [...d3.rollup(data, (v) => ({ support: sumOf(v, "support"), oppose: sumOf(v, "oppose") }), (r) => r[key] ?? "", (r) => r.period)].flatMap(([name, byPeriod]) =>
    [...byPeriod].map(([period, c]) => ({ name, period, ...c, net: c.support - c.oppose })),
  );
  type Cell = (typeof cells)[number];
  const totals = d3.rollup(cells, (v) => d3.sum(v, (c) => c.support + c.oppose), (c) => c.name);
  const all = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "de")).map(([name]) => name);
  const names = all.slice(0, n);
  const shown = cells.filter((c) => names.includes(c.name));
  // Only periods with stance get a column: a calendar of mostly empty months would leave no room for the counts.
  const periods = [...new Set(shown.map((c) => c.period))].sort();
  const yearly = periods.length > 0 && periods[0].length === 4;
  const extent = Math.max(1, d3.max(shown, (c) => Math.abs(c.net)) ?? 1);
  const marginLeft = labelMargin(names.map((s) => shorten(s, maxLabel)), 260);
  const column = (width - marginLeft - 16) / Math.max(1, periods.length);
  const rotate = column < 64;
  const who = key === "speaker" ? shownOf(names.length, all.length, "Sprecher", "Sprecher", "Sprechern") : shownOf(names.length, all.length, "Ziel", "Ziele", "Zielen");
  const empty = shown.length === 0;
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(
      document,
      options,
      corpus,
      `Saldo der Haltungen je ${key === "speaker" ? "Sprecher" : "Ziel"} ${yearly ? "pro Jahr" : "pro Monat"}`,
      empty
        ? "; keine datierten Aussagen mit Haltung"
        : `; Farbe: Saldo (${POLARITY_LABELS.support} − ${POLARITY_LABELS.oppose}), Zahl: +${POLARITY_LABELS.support} / \u2212${POLARITY_LABELS.oppose}; ${who}; ${yearly ? "Jahre" : "Monate"} ohne Aussagen ausgelassen`,
      false,
    ),
    width,
    height: options.height ?? (rotate ? 80 : 60) + Math.max(1, names.length) * 34,
    marginLeft,
    marginRight: 16,
    marginTop: 20,
    marginBottom: rotate ? 64 : 36,
    x: { domain: periods.length > 0 ? periods : [""], axis: empty ? null : "bottom", tickFormat: periodLabel, tickRotate: rotate ? -30 : 0, label: null, padding: 0 },
    y: { domain: names.length > 0 ? names : [""], axis: empty ? null : "left", tickFormat: (s: string) => shorten(s, maxLabel), label: null, padding: 0 },
    // As in the matrix: square-root colour, no ramp legend (no canvas in linkedom).
    color: { type: "diverging-sqrt", scheme: "rdbu", pivot: 0, domain: [-extent, extent] },
    marks: [
      Plot.cell(names.flatMap((name) => periods.map((period) => ({ name, period }))), { x: "period", y: "name", fill: "#f6f8fa", inset: 1 }),
      Plot.cell(shown, { x: "period", y: "name", fill: "net", inset: 1 }),
      // Counts only where they fit; the colour still shows the net stance.
      column >= 40
        ? Plot.text(shown, { x: "period", y: "name", text: (c: Cell) => formatSupportOppose(c.support, c.oppose), fill: (c: Cell) => (Math.sqrt(Math.abs(c.net) / extent) > 0.7 ? "white" : theme.text) })
        : null,
      empty ? emptyText("Keine datierten Aussagen mit Haltung") : null,
    ],
  });
}
