import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../src/analysis/corpus.js";
import { analyzeDocument } from "../src/analysis/text.js";
import { projectRoot } from "../src/analysis/project.js";
import { actorMentions, type ActorDocument, type Mention } from "../src/analysis/actors.js";
import { comentions, pairOverTime } from "../src/analysis/comentions.js";
import { chartHTML } from "../src/analysis/charts.js";
import {
  NETWORK_LABEL_CLASS,
  clusterOrder,
  comentionHeatmap,
  comentionMatrix,
  comentionNetworkChart,
  comentionNetworkLayout,
  pairOverTimeChart,
  topPairsChart,
} from "../src/analysis/charts/comentions.js";
import { comentionNetwork, exportNetwork, toGEXF, toGraphML, toNetworkJSON, type PairRow } from "../src/analysis/graph.js";

type Doc = ActorDocument & { source?: string | null };

let seeds: Doc[];
let seedMentions: Mention[];
let seedPairs: ReturnType<typeof comentions>;
beforeAll(async () => {
  const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
  seeds = documents.map((d) => analyzeDocument(d));
  seedMentions = actorMentions(seeds);
  seedPairs = comentions(seeds, { mentions: seedMentions });
});

// ---------------------------------------------------------------------------
// Helpers

/** A made-up co-mention table: `n` actors with long names, pairs from a fixed pseudo-random sequence. */
function syntheticPairs(n: number, pairs: number): PairRow[] {
  let state = 42;
  const random = () => ((state = (state * 1664525 + 1013904223) % 4294967296) / 4294967296);
  const types = ["person", "country", "organisation", "institution"];
  const actors = Array.from({ length: n }, (_, i) => ({ name: `${["Ministerium", "Präsident", "Land", "Rat"][i % 4]} Nummer ${i + 1}${i % 3 === 0 ? " der Föderation" : ""}`, type: types[i % 4], windows: 20 + Math.floor(random() * 400) }));
  const seen = new Set<string>();
  const rows: PairRow[] = [];
  while (rows.length < pairs) {
    // Skewed towards the first actors, like real news: a few hubs.
    const i = Math.floor(random() ** 2 * n);
    const j = Math.floor(random() * n);
    if (i === j || seen.has(`${Math.min(i, j)}-${Math.max(i, j)}`)) continue;
    seen.add(`${Math.min(i, j)}-${Math.max(i, j)}`);
    const [a, b] = i < j ? [actors[i], actors[j]] : [actors[j], actors[i]];
    const count = 2 + Math.floor(random() * 30);
    rows.push({ actor_a: a.name, type_a: a.type, actor_b: b.name, type_b: b.type, window: "sentence", count, docs: count, count_a: a.windows, count_b: b.windows, pmi: random() * 4 - 1, npmi: random() * 1.2 - 0.2, g2: random() * 100, jaccard: random(), dice: random() });
  }
  return rows;
}

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The drawn network labels with their estimated boxes (0.6 em a character). */
function drawnLabels(fig: Element): Box[] {
  const boxes: Box[] = [];
  for (const g of Array.from(fig.querySelectorAll(`g.${NETWORK_LABEL_CLASS}`))) {
    const anchor = g.getAttribute("text-anchor") ?? "middle";
    const size = Number(g.getAttribute("font-size") ?? 12);
    for (const t of Array.from(g.querySelectorAll("text"))) {
      const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(t.getAttribute("transform") ?? "");
      expect(m, "label position").not.toBeNull();
      const [x, y] = [Number(m![1]), Number(m![2])];
      const text = t.textContent ?? "";
      const w = text.length * size * 0.6;
      const left = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
      boxes.push({ text, left, right: left + w, top: y - size / 2, bottom: y + size / 2 });
    }
  }
  return boxes;
}

function overlappingLabels(boxes: Box[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) out.push(`${a.text} / ${b.text}`);
    }
  }
  return out;
}

/**
 * A strict XML well-formedness check (no DTDs): one root, balanced tags, quoted and
 * unique attributes, no raw `<` or stray `&` in text or values. Returns the problems.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const token = /<\?xml[^?]*\?>|<!--[\s\S]*?-->|<\/([A-Za-z_][\w.:-]*)\s*>|<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|[^<]+|</y;
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    token.lastIndex = i;
    const m = token.exec(xml);
    if (!m) break;
    const [whole, close, open, attrs, selfClosing] = m;
    if (whole === "<") problems.push(`bad markup at ${i}: ${xml.slice(i, i + 40)}`);
    else if (close) {
      if (stack.pop() !== close) problems.push(`unbalanced </${close}> at ${i}`);
    } else if (open) {
      if (stack.length === 0 && ++roots > 1) problems.push(`second root <${open}>`);
      const names = [...(attrs ?? "").matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*"([^"]*)"/g)];
      if (new Set(names.map((n) => n[1])).size !== names.length) problems.push(`duplicate attribute in <${open}>`);
      for (const n of names) if (entity.test(n[2])) problems.push(`raw & in ${open}@${n[1]}`);
      if (!selfClosing) stack.push(open);
    } else if (!whole.startsWith("<")) {
      if (entity.test(whole)) problems.push(`raw & in text at ${i}`);
      if (stack.length === 0 && whole.trim()) problems.push(`text outside the root at ${i}`);
    }
    i += whole.length;
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(", ")}`);
  if (roots !== 1) problems.push(`${roots} roots`);
  return problems;
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

// ---------------------------------------------------------------------------

describe("co-mention heatmap", () => {
  it("shows the seed actors, symmetric, diagonal empty", () => {
    const fig = comentionHeatmap(seedPairs, seeds);
    const html = chartHTML(fig);
    for (const name of ["China", "Russland", "Wang Yi", "Xi Jinping", "Wladimir Putin"]) expect(html).toContain(`>${name}<`);
    // Every cell (a, b) has its mirror (b, a) with the same value.
    const titles = Array.from(fig.querySelectorAll("rect > title, title")).map((t) => t.textContent ?? "");
    const cells = new Map(titles.map((t) => /^(.+) – (.+?): Anzahl (\S+)$/.exec(t)).filter((m): m is RegExpExecArray => m !== null).map((m) => [`${m[1]}|${m[2]}`, m[3]]));
    expect(cells.size).toBeGreaterThan(10);
    for (const [key, value] of cells) {
      const [a, b] = key.split("|");
      expect(a).not.toBe(b);
      expect(cells.get(`${b}|${a}`), key).toBe(value);
    }
    expect(cells.get("China|Russland")).toBe("36");
    expect(fig.querySelector("h2")?.textContent).toBe("Gemeinsam genannte Akteure (Anzahl)");
    expect(fig.querySelector("h3")?.textContent).toMatch(/^5 Artikel vom 24\.07\.2020 bis 28\.02\.2025/);
    expect(fig.querySelector("figcaption")?.textContent).toMatch(/^Quellen: /);
  });

  it("matrix is symmetric for every measure and order", () => {
    for (const measure of ["count", "npmi", "g2"] as const) {
      for (const order of ["cluster", "total"] as const) {
        const { actors, cells } = comentionMatrix(seedPairs, { measure, order });
        expect(new Set(actors).size).toBe(actors.length);
        const value = new Map(cells.map((c) => [`${c.row}|${c.column}`, c.value]));
        for (const c of cells) expect(value.get(`${c.column}|${c.row}`)).toBe(c.value);
      }
    }
    // By total: the row sums of the measure fall.
    const { actors, cells } = comentionMatrix(seedPairs, { order: "total" });
    const sums = actors.map((a) => cells.filter((c) => c.row === a).reduce((s, c) => s + c.value, 0));
    expect(sums).toEqual([...sums].sort((x, y) => y - x));
    expect(actors.slice(0, 2).sort()).toEqual(["China", "Russland"]);
  });

  it("clusters put close items side by side", () => {
    const groups: Record<string, string> = { a1: "a", b1: "b", a2: "a", c1: "c", b2: "b", a3: "a", c2: "c" };
    const order = clusterOrder(Object.keys(groups), (x, y) => (groups[x] === groups[y] ? 10 : 1));
    const runs = order.map((x) => groups[x]).join("");
    expect(runs).toMatch(/^(a{3}|b{2}|c{2})+$/);
    expect(runs).toMatch(/aaa/);
    expect(clusterOrder(["x", "y"], () => 0)).toEqual(["x", "y"]);
  });
});

describe("co-mention network", () => {
  it("draws the seed actors with labels, node per actor, link per pair", () => {
    const fig = comentionNetworkChart(seedPairs, seeds, { mentions: seedMentions });
    const labels = drawnLabels(fig).map((b) => b.text);
    for (const name of ["China", "Russland", "Wang Yi", "Xi Jinping", "Wladimir Putin"]) expect(labels).toContain(name);
    const layout = comentionNetworkLayout(seedPairs, { mentions: seedMentions });
    expect(fig.querySelectorAll("circle").length).toBe(layout.nodes.length + new Set(layout.nodes.map((n) => n.type)).size);
    expect(layout.links.length).toBe(seedPairs.numRows());
    expect(fig.querySelector("h3")?.textContent).toContain(`alle ${layout.nodes.length} gemeinsam genannten Akteure und ${layout.links.length} Verbindungen`);
    // Bigger node = more mentions.
    const china = layout.nodes.find((n) => n.id === "China")!;
    const lawrow = layout.nodes.find((n) => n.id === "Sergej Lawrow")!;
    expect(china.r).toBeGreaterThan(lawrow.r);
  });

  it("is deterministic: two runs give the same SVG", () => {
    const one = chartHTML(comentionNetworkChart(seedPairs, seeds, { mentions: seedMentions }));
    const two = chartHTML(comentionNetworkChart(seedPairs, seeds, { mentions: seedMentions }));
    expect(one).toBe(two);
    const big = syntheticPairs(60, 200);
    expect(chartHTML(comentionNetworkChart(big, seeds))).toBe(chartHTML(comentionNetworkChart(big, seeds)));
  });

  it("never draws overlapping labels (seeds)", () => {
    for (const measure of ["count", "npmi", "g2"] as const) {
      const fig = comentionNetworkChart(seedPairs, seeds, { measure });
      const boxes = drawnLabels(fig);
      expect(boxes.length).toBeGreaterThan(5);
      expect(overlappingLabels(boxes)).toEqual([]);
    }
  });

  it("never draws overlapping labels (dense network, long names), stays in the frame and says what it left out", () => {
    const big = syntheticPairs(90, 400);
    for (const options of [{}, { maxNodes: 60, maxLinks: 150 }, { maxNodes: 90, maxLinks: 400, width: 640, height: 480 }]) {
      const fig = comentionNetworkChart(big, seeds, options);
      const boxes = drawnLabels(fig);
      expect(overlappingLabels(boxes)).toEqual([]);
      const svg = fig.querySelector("svg")!;
      const [w, h] = [Number(svg.getAttribute("width")), Number(svg.getAttribute("height"))];
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(w);
        expect(b.top).toBeGreaterThanOrEqual(0);
        expect(b.bottom).toBeLessThanOrEqual(h);
      }
      const layout = comentionNetworkLayout(big, options);
      expect(boxes.length + layout.hiddenLabels).toBe(layout.nodes.length);
      // No label covers another node's circle.
      for (const n of layout.nodes) {
        if (!n.label) continue;
        const covered = layout.nodes.filter((o) => o !== n && n.label!.left < o.x + o.r && o.x - o.r < n.label!.right && n.label!.top < o.y + o.r && o.y - o.r < n.label!.bottom);
        expect(covered.map((o) => o.id), n.id).toEqual([]);
      }
      if (layout.hiddenLabels > 0) expect(fig.querySelector("h3")?.textContent).toContain(`${layout.hiddenLabels} kleine Knoten ohne Beschriftung`);
    }
    // The default keeps the 30 most mentioned actors and says so.
    const fig = comentionNetworkChart(big, seeds);
    expect(fig.querySelector("h3")?.textContent).toMatch(/(die|\d+ der) 30 meistgenannten Akteure \(von 90\) mit den \d+ stärksten Verbindungen \(von 400\)/);
    expect(drawnLabels(fig).length).toBeGreaterThan(20);
  });

  it("drops PMI/NPMI links at or below chance", () => {
    const net = comentionNetwork(syntheticPairs(30, 120), { measure: "npmi" });
    expect(net.links.length).toBeGreaterThan(0);
    expect(net.links.every((l) => l.npmi > 0)).toBe(true);
  });
});

const NEWS_DE = "/work/shared/corpora/news-de/articles.jsonl";

// A larger real corpus when it is on this machine: the first 500 of news-de's 1,878
// articles (all of them take 15–30 s to analyse; the notebook check uses all).
describe.runIf(existsSync(NEWS_DE))("co-mention network of a larger corpus (news-de)", () => {
  let docs: Doc[];
  let pairs: ReturnType<typeof comentions>;
  let mentions: Mention[];
  beforeAll(async () => {
    const { documents } = await loadCorpus([NEWS_DE]);
    docs = documents.slice(0, 500).map((d) => analyzeDocument(d));
    mentions = actorMentions(docs);
    pairs = comentions(docs, { mentions });
  }, 120_000);

  it("labels the top actors without overlap", () => {
    for (const measure of ["count", "npmi"] as const) {
      const fig = comentionNetworkChart(pairs, docs, { measure, mentions });
      const boxes = drawnLabels(fig);
      expect(boxes.length).toBeGreaterThan(20);
      expect(overlappingLabels(boxes)).toEqual([]);
      expect(boxes.map((b) => b.text)).toEqual(expect.arrayContaining(["Deutschland", "USA", "EU"]));
    }
  });
});

describe("top pairs and pair over time", () => {
  it("bars the pairs as 'A – B', strongest first", () => {
    const fig = topPairsChart(seedPairs, seeds, { n: 10 });
    const labels = Array.from(fig.querySelectorAll("text")).map((t) => t.textContent);
    expect(labels).toContain("China – Russland");
    expect(labels).toContain("Wladimir Putin – Xi Jinping");
    expect(labels.indexOf("China – Russland")).toBeLessThan(labels.indexOf("Wladimir Putin – Xi Jinping"));
    const npmi = topPairsChart(seedPairs, seeds, { measure: "npmi" });
    expect(npmi.querySelector("h2")?.textContent).toBe("Stärkste Akteurspaare (NPMI)");
    // German decimals, the count in brackets.
    expect(chartHTML(npmi)).toMatch(/>0,\d\d \(\d+\)</);
  });

  it("draws a pair over time with German ticks", () => {
    const rows = pairOverTime(seeds, "Xi Jinping", "Wladimir Putin", { interval: "year" });
    const fig = pairOverTimeChart(rows, seeds, { pair: ["Xi Jinping", "Wladimir Putin"] });
    expect(fig.querySelector("h2")?.textContent).toBe("Xi Jinping – Wladimir Putin: gemeinsame Nennungen im Zeitverlauf");
    expect(fig.querySelectorAll("circle").length).toBe(rows.objects().filter((r) => (r as { windows: number }).windows > 0).length);
    const monthly = pairOverTimeChart(pairOverTime(seeds, "Xi Jinping", "Wladimir Putin"), seeds);
    expect(chartHTML(monthly)).toMatch(/>(Jan|Apr|Jul|Okt) 20\d\d</);
  });
});

describe("graph export", () => {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-graph-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const tricky: PairRow[] = [
    { actor_a: `Müller <&"> 'Co'`, type_a: "organisation", actor_b: "Russland", type_b: "country", window: "sentence", count: 3, docs: 2, count_a: 4, count_b: 9, pmi: 1.5, npmi: 0.4, g2: 7.25, jaccard: 0.3, dice: 0.46 },
    { actor_a: "China", type_a: "country", actor_b: "Russland", type_b: "country", window: "sentence", count: 5, docs: 3, count_a: 6, count_b: 9, pmi: -0.2, npmi: Number.NaN, g2: 1, jaccard: 0.5, dice: 0.66 },
  ];

  it("writes well-formed GraphML and GEXF with names escaped", () => {
    const net = comentionNetwork(tricky);
    for (const xml of [toGraphML(net), toGEXF(net)]) {
      expect(xmlProblems(xml)).toEqual([]);
      expect(xml).toContain("Müller &lt;&amp;&quot;&gt; &apos;Co&apos;");
      expect(xml).not.toContain(`<&">`);
      expect(xml).not.toMatch(/NaN|Infinity/);
    }
    const graphml = toGraphML(net);
    const labels = [...graphml.matchAll(/<data key="label">([^<]*)<\/data>/g)].map((m) => unescape(m[1]));
    expect(labels).toContain(`Müller <&"> 'Co'`);
    expect(graphml).toContain(`edgedefault="undirected"`);
    expect(graphml.match(/<edge /g)).toHaveLength(2);
    expect(graphml).toMatch(/<key id="g2" for="edge" attr.name="g2" attr.type="double"\/>/);
    const gexf = toGEXF(net);
    expect(gexf).toMatch(/<attvalue for="mentions" value="4"\/>/);
    expect(gexf).toMatch(/weight="5"/);
    expect(gexf.match(/<node /g)).toHaveLength(3);
  });

  it("writes the seeds' network as GraphML, GEXF and JSON", () => {
    const files = exportNetwork("Netz der Seeds", seedPairs, { dir, mentions: seedMentions, corpus: { documents: 5, hash: "abc123def456" } });
    expect(readFileSync(files.gexf, "utf8")).toContain("Korpus: 5 Artikel, Fingerabdruck abc123def456");
    expect(readFileSync(files.graphml, "utf8")).toMatch(/<desc>Ko-Nennungen von Akteuren \(Fenster: sentence\); Kantengewicht: count; Korpus: 5 Artikel/);
    expect(files.graphml).toBe(join(dir, "netz-der-seeds.graphml"));
    for (const file of [files.graphml, files.gexf]) expect(xmlProblems(readFileSync(file, "utf8"))).toEqual([]);
    const json = JSON.parse(readFileSync(files.json, "utf8")) as { corpus: unknown; nodes: Array<{ id: string; type: string; mentions: number }>; links: Array<{ source: string; target: string; count: number; npmi: number }> };
    expect(json.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["China", "Russland", "Xi Jinping", "Wladimir Putin"]));
    expect(json.links).toHaveLength(seedPairs.numRows());
    expect(json.corpus).toEqual({ documents: 5, hash: "abc123def456" });
    const ids = new Set(json.nodes.map((n) => n.id));
    expect(json.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true);
    expect(json.nodes.find((n) => n.id === "China")!.mentions).toBe(seedMentions.filter((m) => m.actor === "China").length);
    const trickyLinks = JSON.parse(toNetworkJSON(comentionNetwork(tricky))).links as Array<{ source: string; npmi: number | null }>;
    expect(trickyLinks.find((l) => l.source === "China")!.npmi).toBeNull();
    expect(() => exportNetwork("../x", seedPairs, { dir })).not.toThrow();
    expect(existsSync(join(dir, "x.gexf"))).toBe(true);
  });
});
