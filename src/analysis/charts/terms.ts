/// <reference lib="dom" />
// Charts for term frequencies: top terms, term × document heatmap, keyness
// diverging bars, terms over time. Each takes the tables from `terms.ts` plus the
// documents they came from (for the subtitle: corpus size and date range; and the
// caption: sources) and returns a Plot figure in the house style.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {
  chartDocument,
  formatNumber,
  rowsOf,
  theme,
  themeOptions,
  type ChartOptions,
  type DatedRow,
  type Rows,
  type SourcedRow,
  corpusTexts,
  labelMargin,
  type Corpus,
  type Figure,
} from "../charts.js";


export interface TopTermsOptions extends ChartOptions {
  /** How many terms (default 20). */
  n?: number;
  /** Bar length: raw count (default) or per 10,000 words. */
  value?: "count" | "per_10k";
}

/** Horizontal bars of the most frequent terms (rows: term, count, per_10k; e.g. `corpusTermCounts`). */
export function topTermsChart(terms: Rows<{ term: string; count: number; per_10k?: number }>, corpus: Corpus, options: TopTermsOptions = {}): Figure {
  const { n = 20, value = "count", width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const rows = rowsOf(terms)
    .slice()
    .sort((a, b) => (b[value] ?? 0) - (a[value] ?? 0))
    .slice(0, n);
  const unit = value === "count" ? "Anzahl" : "je 10.000 Wörter";
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(document, options, corpus, `Häufigste Begriffe (${unit})`, ", ohne Stoppwörter"),
    width,
    height: options.height ?? 50 + rows.length * 22,
    marginLeft: labelMargin(rows.map((r) => r.term)),
    marginRight: 48,
    x: { grid: true, label: null, tickFormat: (v: number) => formatNumber(v) },
    y: { domain: rows.map((r) => r.term), label: null, padding: 0.2 },
    marks: [
      Plot.barX(rows, { x: value, y: "term", fill: theme.primary }),
      Plot.text(rows, { x: value, y: "term", text: (r) => formatNumber(r[value] ?? 0, value === "count" ? 0 : 1), textAnchor: "start", dx: 4, fill: theme.text }),
      Plot.ruleX([0], { stroke: theme.text }),
    ],
  });
}

export interface HeatmapOptions extends ChartOptions {
  /** Terms to show (default: the `n` most frequent over all documents). */
  terms?: string[];
  n?: number;
  /** Cell value: per 10,000 words of the document (default) or raw count. */
  value?: "count" | "per_10k";
  /** Label for each document (default: date and source, else the id shortened). */
  docLabel?: (id: string) => string;
}

/** Terms × documents, shaded by frequency (rows: doc, term, count, per_10k; e.g. `documentTermCounts`). */
export function termDocumentHeatmap(cells: Rows<{ doc: string; term: string; count: number; per_10k: number }>, corpus: Corpus, options: HeatmapOptions = {}): Figure {
  const { n = 15, value = "per_10k", width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const rows = rowsOf(cells);
  const totals = d3.rollup(rows, (v) => d3.sum(v, (r) => r.count), (r) => r.term);
  const terms = options.terms ?? [...totals].sort((a, b) => b[1] - a[1] || d3.ascending(a[0], b[0])).slice(0, n).map(([t]) => t);
  const wanted = new Set(terms);
  const shown = rows.filter((r) => wanted.has(r.term));
  const corpusRows = rowsOf(corpus) as Array<DatedRow & SourcedRow & { id?: string }>;
  const byId = new Map(corpusRows.filter((d) => typeof d.id === "string").map((d) => [d.id!, d]));
  const docOrder = byId.size > 0 ? [...byId.keys()] : [...new Set(rows.map((r) => r.doc))];
  const shortId = (id: string) => (id.length > 14 ? `${id.slice(0, 12)}…` : id);
  const label =
    options.docLabel ??
    ((id: string) => {
      const d = byId.get(id);
      const date = typeof d?.date === "string" ? d.date.slice(0, 10) : null;
      return date ? `${date}${d?.source ? ` ${d.source}` : ""}` : shortId(id);
    });
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(document, options, corpus, "Begriffe je Artikel", value === "count" ? "; Zahl = Anzahl" : "; Farbe = je 10.000 Wörter, Zahl = Anzahl"),
    width,
    height: options.height ?? 90 + terms.length * 24,
    marginLeft: labelMargin(terms),
    marginBottom: 70,
    x: { domain: docOrder, tickFormat: label, tickRotate: -30, label: null },
    y: { domain: terms, label: null },
    // No ramp legend: it needs a canvas, which linkedom lacks; each cell shows its count.
    color: { scheme: theme.scheme, type: "linear", zero: true },
    marks: [
      Plot.cell(shown, { x: "doc", y: "term", fill: value, inset: 0.5 }),
      Plot.text(shown, {
        x: "doc",
        y: "term",
        text: (r) => formatNumber(r.count),
        // Dark cells get white text.
        fill: (r) => (r[value] > (d3.max(shown, (s) => s[value]) ?? 0) * 0.55 ? "white" : theme.text),
      }),
    ],
  });
}

export interface KeynessChartOptions extends ChartOptions {
  /** Terms per side (default 12). */
  n?: number;
  /** Names of the two groups for labels (default "Zielgruppe", "Referenz"). */
  targetLabel?: string;
  referenceLabel?: string;
  /** Only terms with p below this (default 0.05). */
  maxP?: number;
}

/**
 * Diverging bars of log ratio: terms over-represented in the target group to the
 * right, in the reference group to the left (rows from `keyness`).
 */
export function keynessChart(rows: Rows<{ term: string; log_ratio: number; g2: number; p: number }>, corpus: Corpus, options: KeynessChartOptions = {}): Figure {
  const { n = 12, maxP = 0.05, targetLabel = "Zielgruppe", referenceLabel = "Referenz", width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const significant = rowsOf(rows).filter((r) => r.p < maxP);
  const pos = significant.filter((r) => r.log_ratio > 0).sort((a, b) => b.g2 - a.g2).slice(0, n);
  const neg = significant.filter((r) => r.log_ratio < 0).sort((a, b) => b.g2 - a.g2).slice(0, n);
  const shown = [...pos.sort((a, b) => b.log_ratio - a.log_ratio), ...neg.sort((a, b) => b.log_ratio - a.log_ratio)];
  const extent = Math.max(1, d3.max(shown, (r) => Math.abs(r.log_ratio)) ?? 1);
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(document, options, corpus, `Schlüsselbegriffe: ${targetLabel} gegenüber ${referenceLabel}`, `; Log-Ratio, p < ${formatNumber(maxP, 2)} (G²)`),
    width,
    height: options.height ?? 70 + Math.max(1, shown.length) * 22,
    marginLeft: labelMargin(shown.map((r) => r.term)),
    marginBottom: 48,
    x: { domain: [-extent * 1.1, extent * 1.1], grid: true, labelOffset: 40, label: `← häufiger in ${referenceLabel} · häufiger in ${targetLabel} →`, labelAnchor: "center", tickFormat: (v: number) => formatNumber(v, 1) },
    y: { domain: shown.map((r) => r.term), label: null, padding: 0.2 },
    marks: [
      Plot.barX(shown, { x: "log_ratio", y: "term", fill: (r) => (r.log_ratio > 0 ? theme.categorical[0] : theme.categorical[1]) }),
      Plot.ruleX([0], { stroke: theme.text }),
      shown.length === 0 ? Plot.text(["Keine signifikanten Unterschiede"], { frameAnchor: "middle", fill: theme.muted, fontSize: 14 }) : null,
    ],
  });
}

export interface OverTimeChartOptions extends ChartOptions {
  value?: "count" | "per_10k";
}

/** Lines of term frequency per period, labelled at their ends (rows from `termsOverTime`); periods without articles are gaps. */
export function termsOverTimeChart(rows: Rows<{ period: string; term: string; count: number; tokens: number; per_10k: number }>, corpus: Corpus, options: OverTimeChartOptions = {}): Figure {
  const { value = "per_10k", width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const data = rowsOf(rows).map((r) => ({ ...r, date: new Date(Date.UTC(Number(r.period.slice(0, 4)), r.period.length > 4 ? Number(r.period.slice(5, 7)) - 1 : 0, 1)) }));
  const terms = [...new Set(data.map((r) => r.term))];
  const last = terms.map((t) => data.filter((r) => r.term === t && r.tokens > 0).pop()).filter((r): r is (typeof data)[number] => r !== undefined);
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(document, options, corpus, value === "count" ? "Begriffe im Zeitverlauf (Anzahl)" : "Begriffe im Zeitverlauf (je 10.000 Wörter)"),
    width,
    height: options.height ?? 320,
    marginRight: labelMargin(terms, 160),
    x: { type: "utc", label: null },
    y: { grid: true, zero: true, nice: true, label: value === "count" ? "Anzahl" : "je 10.000 Wörter", tickFormat: (v: number) => formatNumber(v) },
    color: { domain: terms, range: [...theme.categorical] },
    marks: [
      Plot.ruleY([0], { stroke: theme.text }),
      Plot.line(data, { x: "date", y: (r) => (r.tokens > 0 ? r[value] : NaN), stroke: "term", strokeWidth: 2 }),
      Plot.dot(data.filter((r) => r.tokens > 0), { x: "date", y: value, fill: "term", r: 3 }),
      Plot.text(last, { x: "date", y: value, text: "term", fill: "term", textAnchor: "start", dx: 8 }),
    ],
  });
}
