// The co-mention network: actors as nodes, co-mentioned pairs as links. Built from
// the table of `comentions()`, laid out with d3-force in Node (deterministic: fixed
// node order, d3's phyllotaxis start positions and a seeded random source), and
// written for other tools as GraphML and GEXF (Gephi, yEd, Cytoscape) and as d3-style
// JSON (nodes/links).
//
// The layout works in pixels of a fixed frame so labels can be placed without
// pile-up: every node carries the box of its label into the simulation (a rectangle
// collision force keeps boxes apart), and a final greedy pass puts each label where
// it overlaps no other label and no other node, biggest nodes first. A label that
// finds no free spot is left out (counted in `hiddenLabels`), never drawn on top of
// another.
import type { ComentionRow } from "./comentions.js";
import { join, resolve, sep } from "node:path";
import * as d3 from "d3";
import { rowsOf, type Rows } from "./charts.js";
import type { CorpusFingerprint } from "./corpus.js";
import { escapeXml, slug, writeFileAtomic } from "./export.js";
import { projectRoot } from "./project.js";

// ---------------------------------------------------------------------------
// The network

/** Link measures of the co-mention table (see comentions.ts). */
export type Measure = "count" | "docs" | "pmi" | "npmi" | "g2" | "jaccard" | "dice";
export const MEASURES: readonly Measure[] = ["count", "docs", "pmi", "npmi", "g2", "jaccard", "dice"];

/** A row of the `comentions()` table (the columns the network needs). */
export interface PairRow {
  actor_a: string;
  type_a: string;
  actor_b: string;
  type_b: string;
  window?: string;
  count: number;
  docs: number;
  count_a: number;
  count_b: number;
  pmi: number;
  npmi: number;
  g2: number;
  jaccard: number;
  dice: number;
}

export interface NetworkNode {
  /** The actor's name. */
  id: string;
  type: string;
  /** Mentions of the actor (from `mentions` rows when given, else = windows). */
  mentions: number;
  /** Windows (sentences, paragraphs or articles) naming the actor. */
  windows: number;
}

/** A link of the network: a co-mention pair with all its measures. */
export interface NetworkLink extends Pick<ComentionRow, "count" | "docs" | "pmi" | "npmi" | "g2" | "jaccard" | "dice"> {
  source: string;
  target: string;
}

export interface Network {
  nodes: NetworkNode[];
  links: NetworkLink[];
  /** The measure links were ranked by. */
  measure: Measure;
  /** The co-mention window ("sentence", …) when the table names it. */
  window: string | null;
  /** Actors and pairs in the table before the top-N cut. */
  totalNodes: number;
  totalLinks: number;
}

export interface NetworkOptions {
  /** Measure that ranks the links (and is the edge weight in exports). Default "count". */
  measure?: Measure;
  /** Keep the most mentioned actors only. Default: all. */
  maxNodes?: number;
  /** Keep the strongest links (by `measure`) among them only. Default: all. */
  maxLinks?: number;
  /** Mention rows (e.g. `mentionTable`) to size nodes by mentions instead of windows. */
  mentions?: Rows<{ actor: string }>;
}

const byName = (a: string, b: string) => a.localeCompare(b, "de");
/** PMI and NPMI below 0 mean "named together less than by chance": no tie to draw. */
const signed = (measure: Measure) => measure === "pmi" || measure === "npmi";

/**
 * The network of a co-mention table: nodes are the actors of the kept pairs, links
 * the pairs. With `maxNodes` only the most mentioned actors stay (ties by name), with
 * `maxLinks` only the strongest links between them; nodes left without a link drop
 * out. For PMI and NPMI only positive links count. Nodes are sorted by mentions,
 * links by the measure (then count and names), so the result is stable.
 */
export function comentionNetwork(pairs: Rows<PairRow>, options: NetworkOptions = {}): Network {
  const { measure = "count", maxNodes = Infinity, maxLinks = Infinity } = options;
  const rows = rowsOf(pairs);
  const nodes = new Map<string, NetworkNode>();
  const add = (id: string, type: string, windows: number) => {
    if (!nodes.has(id)) nodes.set(id, { id, type, mentions: windows, windows });
  };
  for (const r of rows) {
    add(r.actor_a, r.type_a, r.count_a);
    add(r.actor_b, r.type_b, r.count_b);
  }
  if (options.mentions !== undefined) {
    const counts = d3.rollup(rowsOf(options.mentions), (v) => v.length, (m) => m.actor);
    for (const n of nodes.values()) n.mentions = counts.get(n.id) ?? n.windows;
  }
  const ranked = [...nodes.values()].sort((a, b) => b.mentions - a.mentions || b.windows - a.windows || byName(a.id, b.id));
  const kept = new Set(ranked.slice(0, maxNodes).map((n) => n.id));
  const links = rows
    .filter((r) => kept.has(r.actor_a) && kept.has(r.actor_b))
    .filter((r) => !signed(measure) || r[measure] > 0)
    .map((r): NetworkLink => ({ source: r.actor_a, target: r.actor_b, count: r.count, docs: r.docs, pmi: r.pmi, npmi: r.npmi, g2: r.g2, jaccard: r.jaccard, dice: r.dice }))
    .sort((a, b) => b[measure] - a[measure] || b.count - a.count || byName(a.source, b.source) || byName(a.target, b.target))
    .slice(0, maxLinks);
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  return {
    nodes: ranked.filter((n) => linked.has(n.id)),
    links,
    measure,
    window: rows.length > 0 && typeof rows[0].window === "string" ? rows[0].window : null,
    totalNodes: nodes.size,
    totalLinks: rows.length,
  };
}

// ---------------------------------------------------------------------------
// Layout

export interface LayoutOptions {
  /** Frame in pixels (default 720 × 560). */
  width?: number;
  height?: number;
  /** Pixels kept free at the top of the frame (e.g. for a legend). Default 0. */
  top?: number;
  /** Node radius range in pixels, by the square root of mentions. Default [4, 20]. */
  radius?: [number, number];
  /** Link width range in pixels, linear in the network's measure. Default [0.8, 7]. */
  linkWidth?: [number, number];
  /** Label font size in pixels. Default 12. */
  fontSize?: number;
  /** Estimated glyph width in em (DejaVu Sans averages ≈ 0.6). Default 0.62. */
  charWidth?: number;
  /** Label only the biggest nodes. Default: all. */
  maxLabels?: number;
  /** Seed of the simulation's random source (it only breaks exact ties). Default 1. */
  seed?: number;
  /** Simulation ticks. Default 400. */
  ticks?: number;
}

/** A label's text box: `x`, `y` is the text anchor point (vertically centred), `left`…`bottom` its estimated extent. */
export interface LabelBox {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  r: number;
  label: LabelBox | null;
}

export interface PlacedLink extends NetworkLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in pixels. */
  width: number;
}

export interface NetworkLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
  /** Nodes whose label found no free spot (or fell beyond `maxLabels`). */
  hiddenLabels: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface SimNode extends d3.SimulationNodeDatum {
  id: string;
  r: number;
  /** The node's footprint with its label below it, relative to the node's centre. */
  box: Box;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Estimated width of a label in pixels. */
export function labelWidth(text: string, fontSize = 12, charWidth = 0.62): number {
  return text.length * fontSize * charWidth;
}

/**
 * A collision force for rectangles: overlapping footprints are pushed apart along the
 * axis where they overlap least (d3's forceCollide does the same for circles).
 */
function boxCollide(strength = 0.7): d3.Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const force = () => {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i];
      const ax = a.x! + a.vx!;
      const ay = a.y! + a.vy!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j];
        const bx = b.x! + b.vx!;
        const by = b.y! + b.vy!;
        const dx = Math.min(ax + a.box.right, bx + b.box.right) - Math.max(ax + a.box.left, bx + b.box.left);
        const dy = Math.min(ay + a.box.bottom, by + b.box.bottom) - Math.max(ay + a.box.top, by + b.box.top);
        if (dx <= 0 || dy <= 0) continue;
        if (dx < dy) {
          const push = (dx / 2) * strength * (ax < bx || (ax === bx && i < j) ? -1 : 1);
          a.vx! += push;
          b.vx! -= push;
        } else {
          const push = (dy / 2) * strength * (ay < by || (ay === by && i < j) ? -1 : 1);
          a.vy! += push;
          b.vy! -= push;
        }
      }
    }
  };
  force.initialize = (n: SimNode[]) => {
    nodes = n;
  };
  return force as d3.Force<SimNode, undefined>;
}

/**
 * Positions for a network in a fixed pixel frame: node radius by √mentions, link
 * width by the network's measure, label boxes placed without overlap. The same
 * network and options always give the same layout.
 */
export function layoutNetwork(network: Network, options: LayoutOptions = {}): NetworkLayout {
  const {
    width = 720,
    height = 560,
    top = 0,
    radius = [4, 20],
    linkWidth = [0.8, 7],
    fontSize = 12,
    charWidth = 0.62,
    maxLabels = Infinity,
    seed = 1,
    ticks = 400,
  } = options;
  const lineHeight = fontSize * 1.25;
  const gap = 3;
  const pad = 2;
  const maxMentions = d3.max(network.nodes, (n) => n.mentions) ?? 1;
  const rScale = d3.scaleSqrt().domain([0, Math.max(1, maxMentions)]).range([0, radius[1]]);
  const rOf = (n: NetworkNode) => Math.max(radius[0], rScale(n.mentions));
  const textWidth = (id: string) => labelWidth(id, fontSize, charWidth);

  const sim: SimNode[] = network.nodes.map((n) => {
    const r = rOf(n);
    const half = Math.max(r, textWidth(n.id) / 2) + pad;
    return { id: n.id, r, box: { left: -half, right: half, top: -r - pad, bottom: r + gap + lineHeight + pad } };
  });
  // Links as d3 wants them (it replaces ids by node objects); the network's own links stay untouched.
  const simLinks = network.links.map((l) => ({ source: l.source, target: l.target, value: l[network.measure] }));
  const area = (width * (height - top)) / Math.max(1, sim.length);
  const cx = width / 2;
  const cy = top + (height - top) / 2;
  const simulation = d3
    .forceSimulation(sim)
    .randomSource(d3.randomLcg(seed))
    .force("link", d3.forceLink<SimNode, d3.SimulationLinkDatum<SimNode>>(simLinks).id((d) => d.id).distance(Math.min(140, Math.sqrt(area) * 0.9)))
    .force("charge", d3.forceManyBody<SimNode>().strength(-Math.min(600, area / 25)))
    .force("x", d3.forceX<SimNode>(cx).strength(0.06))
    // The frame is wider than high: pull harder vertically.
    .force("y", d3.forceY<SimNode>(cy).strength(0.06 * (width / (height - top))))
    .force("boxes", boxCollide())
    .stop();
  // Keep every footprint inside the frame.
  const clamp = () => {
    for (const n of sim) {
      n.x = Math.min(width - n.box.right, Math.max(-n.box.left, n.x!));
      n.y = Math.min(height - n.box.bottom, Math.max(top - n.box.top, n.y!));
    }
  };
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    clamp();
  }
  // Settle leftover overlaps with the collision force alone.
  simulation.force("link", null).force("charge", null).force("x", null).force("y", null).alpha(1);
  for (let i = 0; i < 150; i++) {
    simulation.tick();
    clamp();
  }

  stretchToFrame(sim, { width, height, top });

  const round = (v: number) => Math.round(v * 10) / 10;
  const positions = new Map(sim.map((n) => [n.id, { x: round(n.x!), y: round(n.y!), r: round(n.r) }]));
  const nodes: PlacedNode[] = network.nodes.map((n) => ({ ...n, ...positions.get(n.id)!, label: null }));
  const hiddenLabels = placeLabels(nodes, { width, height, top, fontSize, charWidth, maxLabels, lineHeight, gap });

  const values = network.links.map((l) => l[network.measure]);
  const [lo, hi] = d3.extent(values) as [number | undefined, number | undefined];
  const wScale = d3.scaleLinear().domain(lo === undefined || hi === undefined || lo === hi ? [0, hi ?? 1] : [lo, hi]).range(lo === hi ? [linkWidth[1] / 2, linkWidth[1] / 2] : linkWidth);
  const links: PlacedLink[] = network.links.map((l) => {
    const s = positions.get(l.source)!;
    const t = positions.get(l.target)!;
    return { ...l, x1: s.x, y1: s.y, x2: t.x, y2: t.y, width: round(wScale(l[network.measure])) };
  });
  return { width, height, nodes, links, hiddenLabels };
}

/**
 * Centre the layout in the frame and spread it to fill the frame (each axis by up to
 * 1.8×). Moving centres apart never makes fixed-size footprints overlap, so the
 * collision work done by the simulation stays valid.
 */
function stretchToFrame(nodes: SimNode[], frame: { width: number; height: number; top: number }): void {
  if (nodes.length < 2) return;
  const axis = (pos: (n: SimNode) => number, lo: (n: SimNode) => number, hi: (n: SimNode) => number, min: number, max: number, set: (n: SimNode, v: number) => void) => {
    const left = d3.min(nodes, (n) => pos(n) + lo(n))!;
    const right = d3.max(nodes, (n) => pos(n) + hi(n))!;
    const centre = (left + right) / 2;
    const target = (min + max) / 2;
    let scale = 1.8;
    for (const n of nodes) {
      const d = pos(n) - centre;
      if (d > 1e-9) scale = Math.min(scale, (max - hi(n) - target) / d);
      if (d < -1e-9) scale = Math.min(scale, (target + lo(n) - min) / -d);
    }
    // The frame clamp kept everything inside, so re-centring at scale 1 always fits.
    scale = Math.max(1, scale);
    for (const n of nodes) set(n, target + (pos(n) - centre) * scale);
  };
  axis((n) => n.x!, (n) => n.box.left, (n) => n.box.right, 0, frame.width, (n, v) => (n.x = v));
  axis((n) => n.y!, (n) => n.box.top, (n) => n.box.bottom, frame.top, frame.height, (n, v) => (n.y = v));
}

/**
 * Greedy label placement, biggest node first: below, above, right, left of the node,
 * then the diagonals, then a little further out; the first spot inside the frame that
 * overlaps no placed label and no other node wins. Returns how many labels found no spot.
 */
function placeLabels(
  nodes: PlacedNode[],
  o: { width: number; height: number; top: number; fontSize: number; charWidth: number; maxLabels: number; lineHeight: number; gap: number },
): number {
  const placed: Box[] = [];
  const circles: Box[] = nodes.map((n) => ({ left: n.x - n.r, right: n.x + n.r, top: n.y - n.r, bottom: n.y + n.r }));
  const inFrame = (b: Box) => b.left >= 0 && b.right <= o.width && b.top >= o.top && b.bottom <= o.height;
  let hidden = 0;
  const order = nodes.map((_, i) => i).sort((a, b) => nodes[b].mentions - nodes[a].mentions || byName(nodes[a].id, nodes[b].id));
  order.forEach((i, rank) => {
    const n = nodes[i];
    if (rank >= o.maxLabels) {
      hidden++;
      return;
    }
    const w = labelWidth(n.id, o.fontSize, o.charWidth);
    const h = o.lineHeight;
    const candidates = (d: number): LabelBox[] => {
      const below = n.y + n.r + d + h / 2;
      const above = n.y - n.r - d - h / 2;
      const box = (x: number, y: number, anchor: LabelBox["anchor"]): LabelBox => {
        const left = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
        return { text: n.id, x, y, anchor, left, right: left + w, top: y - h / 2, bottom: y + h / 2 };
      };
      return [
        box(n.x, below, "middle"),
        box(n.x, above, "middle"),
        box(n.x + n.r + d + 1, n.y, "start"),
        box(n.x - n.r - d - 1, n.y, "end"),
        box(n.x + n.r * 0.7 + d, below - n.r * 0.3, "start"),
        box(n.x - n.r * 0.7 - d, below - n.r * 0.3, "end"),
        box(n.x + n.r * 0.7 + d, above + n.r * 0.3, "start"),
        box(n.x - n.r * 0.7 - d, above + n.r * 0.3, "end"),
      ];
    };
    // Further out only a little: a label far from its node reads as another node's.
    const all = [...candidates(o.gap), ...candidates(o.gap + h / 2)];
    // A label may cross lines (its white halo keeps it legible) but never covers another node.
    const free = (b: LabelBox) => inFrame(b) && !placed.some((p) => overlaps(p, b)) && !circles.some((c, j) => j !== i && overlaps(c, b));
    const best = all.find(free);
    if (best) {
      n.label = best;
      placed.push(best);
    } else hidden++;
  });
  return hidden;
}

// ---------------------------------------------------------------------------
// Writers


const NODE_ATTRIBUTES = [
  { key: "type", type: "string" },
  { key: "mentions", type: "int" },
  { key: "windows", type: "int" },
] as const;
const EDGE_ATTRIBUTES = [
  { key: "count", type: "int" },
  { key: "docs", type: "int" },
  { key: "pmi", type: "double" },
  { key: "npmi", type: "double" },
  { key: "g2", type: "double" },
  { key: "jaccard", type: "double" },
  { key: "dice", type: "double" },
] as const;

/** A value as XML text; null for values that should be left out (NaN, ±Infinity, null). */
function xmlValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  return escapeXml(String(value));
}

/** Stable XML ids: names may hold anything, ids must not. */
const nodeIds = (network: Network) => new Map(network.nodes.map((n, i) => [n.id, `n${i}`]));

/** Options of the writers. */
export interface WriterOptions {
  /** Description (default: what the network is, its window and measure, and the corpus). */
  description?: string;
  /** The corpus the table came from (size and fingerprint go into the file). */
  corpus?: CorpusFingerprint;
}

/** "Ko-Nennungen von Akteuren (Fenster: sentence); Kantengewicht: count; Korpus: 5 Artikel, Fingerabdruck …" */
function describe(network: Network, options: WriterOptions): string {
  if (options.description !== undefined) return options.description;
  const corpus = options.corpus ? `; Korpus: ${options.corpus.documents} Artikel, Fingerabdruck ${options.corpus.hash}` : "";
  return `Ko-Nennungen von Akteuren${network.window ? ` (Fenster: ${network.window})` : ""}; Kantengewicht: ${network.measure}${corpus}`;
}

/** The network as GraphML (undirected; node label, type, mentions, windows; edge weight = the network's measure, count and all measures). */
export function toGraphML(network: Network, options: WriterOptions = {}): string {
  const ids = nodeIds(network);
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    `  <desc>${escapeXml(describe(network, options))}</desc>`,
    `  <key id="label" for="node" attr.name="label" attr.type="string"/>`,
    ...NODE_ATTRIBUTES.map((a) => `  <key id="${a.key}" for="node" attr.name="${a.key}" attr.type="${a.type}"/>`),
    `  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>`,
    ...EDGE_ATTRIBUTES.map((a) => `  <key id="${a.key}" for="edge" attr.name="${a.key}" attr.type="${a.type}"/>`),
    `  <graph id="comentions" edgedefault="undirected">`,
  ];
  const data = (key: string, value: unknown) => {
    const v = xmlValue(value);
    return v === null ? "" : `<data key="${key}">${v}</data>`;
  };
  for (const n of network.nodes) {
    lines.push(`    <node id="${ids.get(n.id)}">${data("label", n.id)}${NODE_ATTRIBUTES.map((a) => data(a.key, n[a.key])).join("")}</node>`);
  }
  network.links.forEach((l, i) => {
    lines.push(
      `    <edge id="e${i}" source="${ids.get(l.source)}" target="${ids.get(l.target)}">${data("weight", l[network.measure])}${EDGE_ATTRIBUTES.map((a) => data(a.key, l[a.key])).join("")}</edge>`,
    );
  });
  lines.push(`  </graph>`, `</graphml>`, ``);
  return lines.join("\n");
}

/** The network as GEXF 1.2 (Gephi): node label and attributes, edge weight = the network's measure, count and all measures as attributes. */
export function toGEXF(network: Network, options: WriterOptions = {}): string {
  const ids = nodeIds(network);
  const gexfType = (t: string) => (t === "int" ? "integer" : t);
  const attvalues = (attrs: ReadonlyArray<{ key: string }>, row: Record<string, unknown>) => {
    const values = attrs
      .map((a) => ({ key: a.key, value: xmlValue(row[a.key]) }))
      .filter((a) => a.value !== null)
      .map((a) => `<attvalue for="${a.key}" value="${a.value}"/>`);
    return values.length > 0 ? `<attvalues>${values.join("")}</attvalues>` : "";
  };
  const description = describe(network, options);
  const weight = (l: NetworkLink) => {
    const v = xmlValue(l[network.measure]);
    return v === null ? "" : ` weight="${v}"`;
  };
  const lines = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">`,
    `  <meta><creator>lagebild</creator><description>${escapeXml(description)}</description></meta>`,
    `  <graph mode="static" defaultedgetype="undirected">`,
    `    <attributes class="node">${NODE_ATTRIBUTES.map((a) => `<attribute id="${a.key}" title="${a.key}" type="${gexfType(a.type)}"/>`).join("")}</attributes>`,
    `    <attributes class="edge">${EDGE_ATTRIBUTES.map((a) => `<attribute id="${a.key}" title="${a.key}" type="${gexfType(a.type)}"/>`).join("")}</attributes>`,
    `    <nodes>`,
    ...network.nodes.map((n) => `      <node id="${ids.get(n.id)}" label="${escapeXml(n.id)}">${attvalues(NODE_ATTRIBUTES, { ...n })}</node>`),
    `    </nodes>`,
    `    <edges>`,
    ...network.links.map(
      (l, i) => `      <edge id="e${i}" source="${ids.get(l.source)}" target="${ids.get(l.target)}"${weight(l)}>${attvalues(EDGE_ATTRIBUTES, { ...l })}</edge>`,
    ),
    `    </edges>`,
    `  </graph>`,
    `</gexf>`,
    ``,
  ];
  return lines.join("\n");
}

/** The network as d3-style JSON: {nodes: [{id, type, mentions, windows}], links: [{source, target, value, count, …}]} (value = the measure). */
export function toNetworkJSON(network: Network, options: Pick<WriterOptions, "corpus"> = {}): string {
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return (
    JSON.stringify(
      {
        measure: network.measure,
        window: network.window,
        corpus: options.corpus ?? null,
        nodes: network.nodes.map((n) => ({ id: n.id, type: n.type, mentions: n.mentions, windows: n.windows })),
        links: network.links.map((l) => ({
          source: l.source,
          target: l.target,
          value: finite(l[network.measure]),
          ...Object.fromEntries(EDGE_ATTRIBUTES.map((a) => [a.key, finite(l[a.key])])),
        })),
      },
      null,
      2,
    ) + "\n"
  );
}

export interface ExportNetworkOptions extends NetworkOptions, WriterOptions {
  /** Output folder (default: reports/ in the project). */
  dir?: string;
}

export interface ExportedNetwork {
  graphml: string;
  gexf: string;
  json: string;
  network: Network;
}

/**
 * Write the co-mention network as `<name>.graphml`, `<name>.gexf` and `<name>.json`
 * into the reports folder, each atomically. Without `maxNodes`/`maxLinks` every pair
 * of the table is written (Gephi can filter); the name is slugged. Use a name of its
 * own: `exportChart` writes its metadata to `<name>.json` too.
 */
export function exportNetwork(name: string, pairs: Rows<PairRow>, options: ExportNetworkOptions = {}): ExportedNetwork {
  const dir = resolve(options.dir ?? join(projectRoot(), "reports"));
  const base = join(dir, slug(name));
  if (!base.startsWith(dir + sep)) throw new Error(`exportNetwork: name "${name}" leaves ${dir}`);
  const network = comentionNetwork(pairs, options);
  writeFileAtomic(`${base}.graphml`, toGraphML(network, options));
  writeFileAtomic(`${base}.gexf`, toGEXF(network, options));
  writeFileAtomic(`${base}.json`, toNetworkJSON(network, options));
  return { graphml: `${base}.graphml`, gexf: `${base}.gexf`, json: `${base}.json`, network };
}
