/// <reference lib="dom" />
// Charts for actor co-mentions: actor × actor heatmap, network, top pairs and a pair
// over time. Each takes a table from `comentions.ts` plus the documents it came from
// (subtitle: corpus size and date range; caption: sources) and returns a Plot figure
// in the house style. The network is laid out in Node by `graph.ts` (d3-force, fixed
// seed) and drawn with Plot marks on fixed pixel domains, so it renders the same in a
// notebook, a test and a PNG.
import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import {
  chartDocument,
  formatMonth,
  formatNumber,
  formatYear,
  rowsOf,
  theme,
  themeOptions,
  type ChartOptions,
  type Rows,
  corpusTexts,
  labelMargin,
  type Corpus,
  type Figure,
} from "../charts.js";
import { comentionNetwork, labelWidth, layoutNetwork, type Measure, type NetworkLayout, type PairRow, type PlacedNode } from "../graph.js";


// ---------------------------------------------------------------------------
// Names and numbers

/** German names of the measures, for titles and axes. */
export const MEASURE_LABELS: Record<Measure, string> = {
  count: "Anzahl",
  docs: "Artikel",
  pmi: "PMI",
  npmi: "NPMI",
  g2: "G²",
  jaccard: "Jaccard",
  dice: "Dice",
};

/** German names of the actor types (legend, tooltips). */
export const TYPE_LABELS: Record<string, string> = {
  person: "Person",
  country: "Staat",
  organisation: "Organisation",
  institution: "Institution",
};

/** Actor types in legend order, each with its house colour. */
const TYPE_ORDER = ["person", "country", "organisation", "institution"];
const typeColor = (type: string) => theme.categorical[Math.max(0, TYPE_ORDER.indexOf(type)) % theme.categorical.length];

/** A measure's value in German notation: counts whole, G² with one decimal, the rest with two. */
export function formatMeasure(measure: Measure, value: number): string {
  if (!Number.isFinite(value)) return "–";
  return formatNumber(value, measure === "count" || measure === "docs" ? 0 : measure === "g2" ? 1 : 2);
}

const WINDOW_PHRASES: Record<string, string> = { sentence: "im selben Satz", paragraph: "im selben Absatz", article: "im selben Artikel" };
const WINDOW_UNITS: Record<string, string> = { sentence: "Sätze", paragraph: "Absätze", article: "Artikel" };

/** "im selben Satz" for the table's window (all rows share one). */
function windowPhrase(rows: PairRow[]): string {
  const w = rows[0]?.window;
  return w ? (WINDOW_PHRASES[w] ?? `im selben Fenster (${w})`) : "im selben Fenster";
}

/** "Sätze" for the table's window. */
function windowUnit(rows: PairRow[]): string {
  const w = rows[0]?.window;
  return w ? (WINDOW_UNITS[w] ?? "Fenster") : "Fenster";
}

/** PMI and NPMI have a sign (0 = chance); the other measures start at 0. */
const signed = (measure: Measure) => measure === "pmi" || measure === "npmi";

// ---------------------------------------------------------------------------
// Clustering

/**
 * Leaf order of an average-linkage clustering (UPGMA). `similarity(a, b)` is turned
 * into a distance (max similarity − similarity); clusters merge closest first, ties
 * by the items' input order, and the merged cluster lists the part holding the
 * earlier item first, so the result is stable and close items sit side by side.
 */
export function clusterOrder(items: readonly string[], similarity: (a: string, b: string) => number): string[] {
  const n = items.length;
  if (n < 3) return [...items];
  const sim: number[][] = items.map((a, i) => items.map((b, j) => (i === j ? 0 : similarity(a, b))));
  const max = d3.max(sim.flat()) ?? 0;
  const dist = sim.map((row, i) => row.map((s, j) => (i === j ? 0 : max - s)));
  // Each cluster: its members (leaf order) and the index of its earliest item.
  let clusters = items.map((_, i) => ({ members: [i], first: i }));
  while (clusters.length > 1) {
    let best = { i: 0, j: 1, d: Infinity };
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        let sum = 0;
        for (const a of clusters[i].members) for (const b of clusters[j].members) sum += dist[a][b];
        const d = sum / (clusters[i].members.length * clusters[j].members.length);
        // Strictly smaller wins: earlier pairs take ties.
        if (d < best.d - 1e-12) best = { i, j, d };
      }
    }
    const [a, b] = [clusters[best.i], clusters[best.j]];
    const merged = a.first < b.first ? { members: [...a.members, ...b.members], first: a.first } : { members: [...b.members, ...a.members], first: b.first };
    clusters = [...clusters.filter((_, k) => k !== best.i && k !== best.j), merged].sort((x, y) => x.first - y.first);
  }
  return clusters[0].members.map((i) => items[i]);
}

// ---------------------------------------------------------------------------
// Heatmap

export interface ComentionHeatmapOptions extends ChartOptions {
  /** Cell value. Default "count". */
  measure?: Measure;
  /** How many actors: those with the most co-mentions (default 20). */
  n?: number;
  /** Actors to show instead of the top `n`. */
  actors?: string[];
  /** Row and column order: clusters of actors named together (default) or by total of the measure. */
  order?: "cluster" | "total";
}

export interface MatrixCell {
  row: string;
  column: string;
  value: number;
  count: number;
}

/** The symmetric actor × actor matrix behind the heatmap (both (a, b) and (b, a); pairs missing from the table are left out). */
export function comentionMatrix(pairs: Rows<PairRow>, options: Pick<ComentionHeatmapOptions, "measure" | "n" | "actors" | "order"> = {}): { actors: string[]; cells: MatrixCell[] } {
  const { measure = "count", n = 20, order = "cluster" } = options;
  const rows = rowsOf(pairs);
  const totalCount = new Map<string, number>();
  for (const r of rows) {
    totalCount.set(r.actor_a, (totalCount.get(r.actor_a) ?? 0) + r.count);
    totalCount.set(r.actor_b, (totalCount.get(r.actor_b) ?? 0) + r.count);
  }
  const byTotal = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0], "de");
  const chosen = options.actors ?? [...totalCount].sort(byTotal).slice(0, n).map(([a]) => a);
  const shown = new Set(chosen);
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const pairMap = new Map<string, PairRow>();
  for (const r of rows) if (shown.has(r.actor_a) && shown.has(r.actor_b)) pairMap.set(key(r.actor_a, r.actor_b), r);
  const value = (a: string, b: string) => {
    const r = pairMap.get(key(a, b));
    return r ? r[measure] : undefined;
  };
  // Row totals of the measure over the shown pairs; the starting order for clustering too.
  const totals = new Map(chosen.map((a) => [a, d3.sum(chosen, (b) => (a === b ? 0 : (value(a, b) ?? 0)))]));
  const ordered = [...totals].sort(byTotal).map(([a]) => a);
  // A pair the table leaves out counts as "no association" (0).
  const actors = order === "cluster" ? clusterOrder(ordered, (a, b) => value(a, b) ?? 0) : ordered;
  const cells: MatrixCell[] = [];
  for (const a of actors) {
    for (const b of actors) {
      const r = a === b ? undefined : pairMap.get(key(a, b));
      if (r) cells.push({ row: a, column: b, value: r[measure], count: r.count });
    }
  }
  return { actors, cells };
}

/**
 * Actors × actors, shaded by the chosen measure (symmetric; the diagonal is an empty
 * outline: an actor is not paired with itself). Counts and other non-negative measures use the
 * house blues, PMI and NPMI a red–blue scale around 0 (blue = named together more
 * often than by chance). Cells show their value where it fits.
 */
export function comentionHeatmap(pairs: Rows<PairRow>, corpus: Corpus, options: ComentionHeatmapOptions = {}): Figure {
  const { measure = "count", order = "cluster" } = options;
  const document = options.document ?? chartDocument();
  const rows = rowsOf(pairs);
  const { actors, cells } = comentionMatrix(rows, options);
  const maxWidth = options.width ?? theme.width;
  const longest = d3.max(actors, (a) => a.length) ?? 6;
  const marginLeft = labelMargin(actors, 180);
  // Column labels run up and to the right at −40°.
  const marginTop = Math.min(150, 16 + longest * 7 * Math.sin(Math.PI * 40 / 180));
  // The last column's label reaches right of the plot (less the half cell it starts in).
  const lastLength = actors.length > 0 ? actors[actors.length - 1].length : 0;
  const marginRight = Math.min(160, Math.max(10, lastLength * 7 * Math.cos(Math.PI * 40 / 180) - 10));
  const cell = Math.max(14, Math.min(40, (maxWidth - marginLeft - marginRight) / Math.max(1, actors.length)));
  const width = Math.round(marginLeft + marginRight + cell * Math.max(1, actors.length));
  const height = options.height ?? Math.round(marginTop + 12 + cell * Math.max(1, actors.length));
  const maxAbs = d3.max(cells, (c) => Math.abs(c.value)) ?? 1;
  const fontSize = cell < 24 ? 9 : 10;
  const label = (c: MatrixCell) => formatMeasure(measure, c.value);
  const fits = (c: MatrixCell) => label(c).length * fontSize * 0.6 <= cell - 3;
  const orderNote = order === "cluster" ? "geordnet nach Clustern (Average Linkage)" : `geordnet nach Summe (${MEASURE_LABELS[measure]})`;
  const note = `; Zahl = ${MEASURE_LABELS[measure]} der Nennungen ${windowPhrase(rows)}, ${orderNote}`;
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(document, options, corpus, `Gemeinsam genannte Akteure (${MEASURE_LABELS[measure]})`, note),
    width,
    height,
    marginLeft,
    marginTop,
    marginRight,
    marginBottom: 12,
    x: { domain: actors.length > 0 ? actors : [""], axis: "top", tickRotate: -40, label: null, tickSize: 0 },
    y: { domain: actors.length > 0 ? actors : [""], label: null, tickSize: 0 },
    // No ramp legend: it needs a canvas, which linkedom lacks; each cell shows its value.
    color: signed(measure)
      ? { type: "diverging", scheme: "rdbu", pivot: 0, symmetric: true }
      : { type: "linear", scheme: theme.scheme, domain: [0, Math.max(1e-9, maxAbs)] },
    marks: [
      // The diagonal as an outline: a grey fill would read as a weak value.
      Plot.cell(actors, { x: (a: string) => a, y: (a: string) => a, fill: "none", stroke: "#d0d7de", inset: 2 }),
      Plot.cell(cells, {
        x: "column",
        y: "row",
        fill: "value",
        inset: 0.5,
        title: (c: MatrixCell) => `${c.row} – ${c.column}: ${MEASURE_LABELS[measure]} ${label(c)}${measure === "count" ? "" : `, Anzahl ${formatNumber(c.count)}`}`,
      }),
      Plot.text(cells.filter(fits), {
        x: "column",
        y: "row",
        text: label,
        fontSize,
        // Dark cells get white text.
        fill: (c: MatrixCell) => (Math.abs(c.value) > maxAbs * 0.55 ? "white" : theme.text),
      }),
      actors.length === 0 ? Plot.text(["Keine gemeinsamen Nennungen"], { frameAnchor: "middle", fill: theme.muted, fontSize: 14 }) : null,
    ],
  });
}

// ---------------------------------------------------------------------------
// Network

export interface NetworkChartOptions extends ChartOptions {
  /** Link width (and which links are strongest). Default "count". */
  measure?: Measure;
  /** The most mentioned actors shown (default 30). */
  maxNodes?: number;
  /** The strongest links among them shown (default 60). */
  maxLinks?: number;
  /** Mention rows (e.g. `mentionTable(docs)`) to size nodes by mentions; default: windows naming the actor. */
  mentions?: Rows<{ actor: string }>;
  /** Label only the biggest nodes (default: all that find room). */
  maxLabels?: number;
  /** Layout seed (default 1). */
  seed?: number;
  /** Label font size in pixels (default 12). */
  fontSize?: number;
}

/** CSS class of the network's label marks (tests find the labels by it). */
export const NETWORK_LABEL_CLASS = "lagebild-network-label";

/** The layout behind `comentionNetworkChart`, for tests and for custom drawings. */
export function comentionNetworkLayout(pairs: Rows<PairRow>, options: NetworkChartOptions = {}): NetworkLayout & { totalNodes: number; totalLinks: number; legendHeight: number } {
  const { measure = "count", maxNodes = 30, maxLinks = 60, fontSize = 12 } = options;
  const network = comentionNetwork(pairs, { measure, maxNodes, maxLinks, mentions: options.mentions });
  const legendHeight = 26;
  const layout = layoutNetwork(network, {
    width: options.width ?? theme.width,
    height: options.height ?? 560,
    top: legendHeight,
    fontSize,
    maxLabels: options.maxLabels,
    seed: options.seed,
  });
  return { ...layout, totalNodes: network.totalNodes, totalLinks: network.totalLinks, legendHeight };
}

/**
 * The co-mention network: circles are actors (area ∝ mentions, colour = type), lines
 * are pairs (width ∝ the measure). By default the 30 most mentioned actors and the 60
 * strongest links between them; the subtitle says how many of how many are shown.
 * Labels never overlap: a label without room is left out and the subtitle says so.
 */
export function comentionNetworkChart(pairs: Rows<PairRow>, corpus: Corpus, options: NetworkChartOptions = {}): Figure {
  const { measure = "count", fontSize = 12 } = options;
  const document = options.document ?? chartDocument();
  const rows = rowsOf(pairs);
  const layout = comentionNetworkLayout(rows, options);
  const { width, height, nodes, links, totalNodes, totalLinks, hiddenLabels, legendHeight } = layout;
  // Actors picked before those without a shown link dropped out.
  const selected = Math.min(options.maxNodes ?? 30, totalNodes);
  const sizeNote = options.mentions !== undefined ? "Kreisfläche = Nennungen" : `Kreisfläche = ${windowUnit(rows)} mit Nennung`;
  const shown =
    nodes.length === totalNodes && links.length === totalLinks
      ? `alle ${formatNumber(nodes.length)} gemeinsam genannten Akteure und ${formatNumber(links.length)} Verbindungen`
      : `${selected === nodes.length ? "die" : `${formatNumber(nodes.length)} der`} ${formatNumber(selected)} meistgenannten Akteure (von ${formatNumber(totalNodes)}) mit den ${formatNumber(links.length)} stärksten Verbindungen (von ${formatNumber(totalLinks)})`;
  const hiddenNote = hiddenLabels > 0 ? `; ${formatNumber(hiddenLabels)} kleine Knoten ohne Beschriftung` : "";
  const note = `; ${shown}, Linienstärke = ${MEASURE_LABELS[measure]} der Nennungen ${windowPhrase(rows)}, ${sizeNote}${hiddenNote}`;

  // Legend: one swatch per type present, drawn in the frame's top band (Plot's swatch legend is HTML, which the SVG export would drop).
  const types = TYPE_ORDER.filter((t) => nodes.some((n) => n.type === t)).concat([...new Set(nodes.map((n) => n.type))].filter((t) => !TYPE_ORDER.includes(t)).sort());
  let cursor = 8;
  const legend = types.map((t) => {
    const text = TYPE_LABELS[t] ?? t;
    const item = { type: t, text, x: cursor, y: legendHeight / 2 };
    cursor += 14 + labelWidth(text, 11) + 16;
    return item;
  });
  const labelled = (anchor: "start" | "middle" | "end") => nodes.filter((n) => n.label?.anchor === anchor);
  const labelMark = (anchor: "start" | "middle" | "end") =>
    Plot.text(labelled(anchor), {
      x: (n: PlacedNode) => n.label!.x,
      y: (n: PlacedNode) => n.label!.y,
      text: (n: PlacedNode) => n.label!.text,
      textAnchor: anchor,
      lineAnchor: "middle",
      fontSize,
      fill: theme.text,
      // A white halo keeps labels readable over lines.
      stroke: "white",
      strokeWidth: 3,
      paintOrder: "stroke",
      className: NETWORK_LABEL_CLASS,
    });
  const typeOf = (n: PlacedNode) => TYPE_LABELS[n.type] ?? n.type;
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(document, options, corpus, `Netzwerk der gemeinsam genannten Akteure (${MEASURE_LABELS[measure]})`, note),
    width,
    height,
    margin: 0,
    // Fixed pixel domains: the layout is already in pixels (y grows downwards).
    x: { domain: [0, width], range: [0, width], axis: null },
    y: { domain: [0, height], range: [0, height], axis: null },
    r: { type: "identity" },
    color: { domain: types, range: types.map(typeColor) },
    marks: [
      Plot.link(links, { x1: "x1", y1: "y1", x2: "x2", y2: "y2", strokeWidth: "width", stroke: "#8c959f", strokeOpacity: 0.55, strokeLinecap: "round" }),
      Plot.dot(nodes, {
        x: "x",
        y: "y",
        r: "r",
        fill: "type",
        fillOpacity: 0.9,
        stroke: "white",
        strokeWidth: 1,
        title: (n: PlacedNode) => `${n.id} (${typeOf(n)}): ${formatNumber(n.mentions)} Nennungen`,
      }),
      labelMark("middle"),
      labelMark("start"),
      labelMark("end"),
      Plot.dot(legend, { x: (d) => d.x + 5, y: "y", r: 5, fill: "type" }),
      Plot.text(legend, { x: (d) => d.x + 14, y: "y", text: "text", textAnchor: "start", fontSize: 11, fill: theme.muted }),
      nodes.length === 0 ? Plot.text(["Keine gemeinsamen Nennungen"], { frameAnchor: "middle", fill: theme.muted, fontSize: 14 }) : null,
    ],
  });
}

// ---------------------------------------------------------------------------
// Top pairs

export interface TopPairsOptions extends ChartOptions {
  /** How many pairs (default 20). */
  n?: number;
  /** Bar length and order. Default "count". */
  measure?: Measure;
}

/** Horizontal bars of the strongest pairs ("A – B"), negative values (PMI, NPMI) in grey; with a measure other than count the count follows in brackets. */
export function topPairsChart(pairs: Rows<PairRow>, corpus: Corpus, options: TopPairsOptions = {}): Figure {
  const { n = 20, measure = "count", width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const all = rowsOf(pairs);
  const rows = all
    .slice()
    .sort((a, b) => b[measure] - a[measure] || b.count - a.count || a.actor_a.localeCompare(b.actor_a, "de") || a.actor_b.localeCompare(b.actor_b, "de"))
    .slice(0, n)
    .map((r) => ({ ...r, pair: `${r.actor_a} – ${r.actor_b}`, value: r[measure] }));
  const valueText = (r: (typeof rows)[number]) => formatMeasure(measure, r.value) + (measure === "count" ? "" : ` (${formatNumber(r.count)})`);
  const note = `; Balken = ${MEASURE_LABELS[measure]} der Nennungen ${windowPhrase(all)}${measure === "count" ? "" : ", in Klammern: Anzahl"}`;
  const extent = d3.extent(rows, (r) => r.value) as [number | undefined, number | undefined];
  const lo = Math.min(0, extent[0] ?? 0);
  const hi = Math.max(0, extent[1] ?? 1);
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(document, options, corpus, `${measure === "count" || measure === "docs" ? "Häufigste" : "Stärkste"} Akteurspaare (${MEASURE_LABELS[measure]})`, note),
    width,
    height: options.height ?? 50 + Math.max(1, rows.length) * 22,
    marginLeft: labelMargin(rows.map((r) => r.pair), 300),
    marginRight: 70,
    x: { domain: [lo, hi === lo ? lo + 1 : hi], grid: true, label: null, tickFormat: (v: number) => formatMeasure(measure === "count" || measure === "docs" ? "g2" : measure, v).replace(/,0+$/, "") },
    y: { domain: rows.length > 0 ? rows.map((r) => r.pair) : [""], label: null, padding: 0.2 },
    marks: [
      // Below 0 (PMI, NPMI): named together less often than by chance, in grey.
      Plot.barX(rows, { x: "value", y: "pair", fill: (r) => (r.value < 0 ? theme.secondary : theme.primary) }),
      Plot.text(rows, { x: "value", y: "pair", text: valueText, textAnchor: "start", dx: 4, fill: theme.text, filter: (r) => r.value >= 0 }),
      Plot.text(rows, { x: 0, y: "pair", text: valueText, textAnchor: "start", dx: 4, fill: theme.text, filter: (r) => r.value < 0 }),
      Plot.ruleX([0], { stroke: theme.text }),
      rows.length === 0 ? Plot.text(["Keine gemeinsamen Nennungen"], { frameAnchor: "middle", fill: theme.muted, fontSize: 14 }) : null,
    ],
  });
}

// ---------------------------------------------------------------------------
// A pair over time

export interface PairOverTimeChartOptions extends ChartOptions {
  /** The two actors (for the title). */
  pair?: [string, string];
  /** Line value: windows naming both (default) or per 1,000 windows of the period. */
  value?: "count" | "per_1k";
}

interface PeriodRow {
  period: string;
  count: number;
  windows: number;
  share: number;
  count_a?: number;
  count_b?: number;
  docs?: number;
}

/** A line of how often the pair is named together per period (rows from `pairOverTime`); periods without articles are gaps, not zeros. */
export function pairOverTimeChart(rows: Rows<PeriodRow>, corpus: Corpus, options: PairOverTimeChartOptions = {}): Figure {
  const { value = "count", width = theme.width } = options;
  const document = options.document ?? chartDocument();
  const data = rowsOf(rows).map((r) => ({
    ...r,
    date: new Date(Date.UTC(Number(r.period.slice(0, 4)), r.period.length > 4 ? Number(r.period.slice(5, 7)) - 1 : 0, 1)),
    y: value === "count" ? r.count : r.share * 1000,
  }));
  const withArticles = data.filter((r) => r.windows > 0);
  // German tick labels: "2024" for yearly periods, "Jan 2024" for months.
  const yearly = data.length > 0 && data.every((r) => r.period.length === 4);
  const pairName = options.pair ? `${options.pair[0]} – ${options.pair[1]}` : "Akteurspaar";
  const unit = value === "count" ? "Anzahl" : "je 1.000 Fenster";
  return Plot.plot({
    ...themeOptions(document),
    ...corpusTexts(document, options, corpus, `${pairName}: gemeinsame Nennungen im Zeitverlauf`, "; Zeiträume ohne Artikel bleiben Lücken"),
    width,
    height: options.height ?? 300,
    marginLeft: 48,
    x: { type: "utc", label: null, tickFormat: yearly ? formatYear : formatMonth },
    y: { grid: true, zero: true, label: unit, tickFormat: (v: number) => formatNumber(v, value === "count" ? 0 : 1), ticks: value === "count" ? Math.min(6, Math.max(1, d3.max(data, (r) => r.y) ?? 1)) : undefined },
    marks: [
      Plot.ruleY([0], { stroke: theme.text }),
      Plot.line(data, { x: "date", y: (r) => (r.windows > 0 ? r.y : NaN), stroke: theme.primary, strokeWidth: 2 }),
      Plot.dot(withArticles, {
        x: "date",
        y: "y",
        fill: theme.primary,
        r: 3,
        title: (r) => `${r.period}: ${formatNumber(r.count)} gemeinsam, ${formatNumber(r.windows)} Fenster`,
      }),
      data.length === 0 ? Plot.text(["Keine datierten Artikel"], { frameAnchor: "middle", fill: theme.muted, fontSize: 14 }) : null,
    ],
  });
}
