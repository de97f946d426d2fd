// Co-mentions: which actors are named together, how often, and how strongly they
// attract each other compared with chance.
//
// Unit of counting: the window. Every document is cut into windows (its sentences,
// its paragraphs, or the whole article), and each window counts once per actor and
// once per pair, however often the actors are named in it. With N windows in the
// selected documents (windows without any mention included), f(a) windows naming
// a, f(b) naming b and f(ab) naming both:
//
//   PMI     = log2( f(ab)·N / (f(a)·f(b)) )                  (0 = independent)
//   NPMI    = PMI / −log2( f(ab)/N )                         (−1 … 1; Bouma 2009)
//   G²      = 2 Σ k·ln(k/E) over the 2×2 table
//             [[f(ab), f(a)−f(ab)], [f(b)−f(ab), N−f(a)−f(b)+f(ab)]], E = row·col/N
//   Jaccard = f(ab) / (f(a) + f(b) − f(ab))
//   Dice    = 2·f(ab) / (f(a) + f(b))
//
// Pairs are unordered (actor_a sorts before actor_b) and an actor is never paired
// with itself. Pairs seen in fewer than `minCount` windows are dropped (default 2):
// PMI in particular rewards rare pairs, so a count guard comes first.
import type { ColumnTable } from "arquero";
import { table } from "./project.js";
import { actorMentions, defaultRegistry, type ActorDocument, type ActorType, type MatchOptions, type Mention, type Registry } from "./actors.js";
import { logLikelihood2x2, npmi, pmi } from "./stats.js";
import { periodOf, periodRange } from "./terms.js";

export type Window = "sentence" | "paragraph" | "article";

export interface ComentionOptions extends MatchOptions {
  /** Window within which actors count as named together. Default "sentence". */
  window?: Window;
  /** Keep only mentions of actors of these types (both actors of a pair must pass). */
  types?: readonly ActorType[];
  /** Keep only documents dated from this ISO date on (inclusive); undated documents drop out when a range is set. */
  from?: string;
  /** Keep only documents dated up to this ISO date (inclusive). */
  to?: string;
  /** Keep only pairs with at least one of these actors. */
  actors?: readonly string[];
  /** Count countries named only as the attribute of a person's title ("der russische Präsident"). Default true. */
  attributes?: boolean;
  /** Pairs seen in fewer windows are left out. Default 2. */
  minCount?: number;
  /** Mentions already found (by `actorMentions`); otherwise they are matched with `registry`. */
  mentions?: readonly Mention[];
  registry?: Registry;
}

/** One window: the distinct actors named in it. */
interface WindowActors {
  doc: ActorDocument;
  unit: number;
  actors: Set<string>;
}

function inRange(doc: ActorDocument, options: ComentionOptions): boolean {
  if (options.from === undefined && options.to === undefined) return true;
  if (!doc.date) return false;
  return (options.from === undefined || doc.date >= options.from) && (options.to === undefined || doc.date <= options.to);
}

/** The window a mention falls in. */
function unitOf(m: Pick<Mention, "sentence" | "paragraph">, window: Window): number {
  return window === "sentence" ? m.sentence : window === "paragraph" ? m.paragraph : 0;
}

function windowCount(doc: ActorDocument, window: Window): number {
  return window === "sentence" ? doc.sentences.length : window === "paragraph" ? doc.paragraphs.length : 1;
}

/** The selected documents, their windows (only those with mentions are listed) and the total number of windows N. */
function collectWindows(docs: readonly ActorDocument[], options: ComentionOptions) {
  const window = options.window ?? "sentence";
  const selected = docs.filter((d) => inRange(d, options));
  const mentions = options.mentions ?? actorMentions(selected, { ...options, registry: options.registry ?? defaultRegistry() });
  const byDoc = new Map<string, Mention[]>();
  for (const m of countedMentions(mentions, options)) {
    const list = byDoc.get(m.doc);
    if (list) list.push(m);
    else byDoc.set(m.doc, [m]);
  }
  const windows: WindowActors[] = [];
  let n = 0;
  for (const doc of selected) {
    n += windowCount(doc, window);
    const units = new Map<number, Set<string>>();
    for (const m of byDoc.get(doc.id) ?? []) {
      const u = unitOf(m, window);
      const set = units.get(u);
      if (set) set.add(m.actor);
      else units.set(u, new Set([m.actor]));
    }
    for (const [unit, actors] of [...units].sort((a, b) => a[0] - b[0])) windows.push({ doc, unit, actors });
  }
  return { window, selected, windows, n, byDoc };
}

// One collator for every comparison: localeCompare with a locale builds its own each time.
const byName = new Intl.Collator("de").compare;

/** Jaccard coefficient of two sets of windows: f(ab) / (f(a) + f(b) − f(ab)). */
export function jaccard(ab: number, a: number, b: number): number {
  const union = a + b - ab;
  return union > 0 ? ab / union : 0;
}

/** Dice coefficient: 2·f(ab) / (f(a) + f(b)). */
export function dice(ab: number, a: number, b: number): number {
  return a + b > 0 ? (2 * ab) / (a + b) : 0;
}

/** G² of a pair from window counts (2×2 table as in the header comment). */
export function pairG2(ab: number, a: number, b: number, n: number): number {
  return logLikelihood2x2(ab, a - ab, b - ab, n - a - b + ab);
}

export interface ComentionRow {
  actor_a: string;
  actor_b: string;
  window: Window;
  count: number;
  docs: number;
  pmi: number;
  npmi: number;
  g2: number;
  jaccard: number;
  dice: number;
}

export interface PairStats extends ComentionRow {
  type_a: ActorType;
  type_b: ActorType;
  count_a: number;
  count_b: number;
  windows: number;
}

/**
 * Window counts that add up across documents: N, windows per actor, windows and
 * documents per pair. Built one document at a time (`addComentionWindows`), so a
 * corpus streams through and a re-run adds only its new documents.
 */
export interface ComentionTotals {
  window: Window;
  /** N: every window of the documents added, those without mentions included. */
  windows: number;
  actors: Map<string, number>;
  types: Map<string, ActorType>;
  /** "a\0b" (a sorts first) → windows naming both, documents with such a window. */
  pairs: Map<string, { count: number; docs: number }>;
}

export function comentionTotals(window: Window = "sentence"): ComentionTotals {
  return { window, windows: 0, actors: new Map(), types: new Map(), pairs: new Map() };
}

/** Adds one document: its number of windows and its mentions (already filtered by type and attribute). */
export function addComentionWindows(totals: ComentionTotals, windows: number, mentions: Iterable<Pick<Mention, "actor" | "type" | "sentence" | "paragraph">>): void {
  totals.windows += windows;
  const units = new Map<number, Set<string>>();
  for (const m of mentions) {
    const u = unitOf(m, totals.window);
    const set = units.get(u);
    if (set) set.add(m.actor);
    else units.set(u, new Set([m.actor]));
    totals.types.set(m.actor, m.type);
  }
  const inDoc = new Set<string>();
  for (const actorSet of units.values()) {
    const actors = [...actorSet].sort(byName);
    for (const a of actors) totals.actors.set(a, (totals.actors.get(a) ?? 0) + 1);
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        const key = `${actors[i]}\u0000${actors[j]}`;
        let p = totals.pairs.get(key);
        if (!p) totals.pairs.set(key, (p = { count: 0, docs: 0 }));
        p.count++;
        if (!inDoc.has(key)) {
          inDoc.add(key);
          p.docs++;
        }
      }
    }
  }
}

/** Pair rows with their measures from the totals, sorted by count, then G². */
export function comentionStats(totals: ComentionTotals, options: Pick<ComentionOptions, "minCount" | "actors"> = {}): PairStats[] {
  const { window, windows: n, actors: single, types } = totals;
  const wanted = options.actors ? new Set(options.actors) : null;
  const minCount = options.minCount ?? 2;
  const out: PairStats[] = [];
  for (const [key, p] of totals.pairs) {
    if (p.count < minCount) continue;
    const [a, b] = key.split("\u0000");
    if (wanted && !wanted.has(a) && !wanted.has(b)) continue;
    const fa = single.get(a)!;
    const fb = single.get(b)!;
    out.push({
      actor_a: a,
      type_a: types.get(a)!,
      actor_b: b,
      type_b: types.get(b)!,
      window,
      count: p.count,
      docs: p.docs,
      count_a: fa,
      count_b: fb,
      windows: n,
      pmi: pmi(p.count, fa, fb, n),
      npmi: npmi(p.count, fa, fb, n),
      g2: pairG2(p.count, fa, fb, n),
      jaccard: jaccard(p.count, fa, fb),
      dice: dice(p.count, fa, fb),
    });
  }
  return out.sort((x, y) => y.count - x.count || y.g2 - x.g2 || byName(x.actor_a, y.actor_a) || byName(x.actor_b, y.actor_b));
}

/** The mentions `comentions` counts: of selected documents, types and attributes as the options say. */
export function countedMentions(mentions: Iterable<Mention>, options: Pick<ComentionOptions, "types" | "attributes"> = {}): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (options.types && !options.types.includes(m.type)) continue;
    if (options.attributes === false && m.attribute) continue;
    out.push(m);
  }
  return out;
}

function pairStats(docs: readonly ActorDocument[], options: ComentionOptions): PairStats[] {
  const { window, selected, byDoc } = collectWindows(docs, options);
  const totals = comentionTotals(window);
  for (const doc of selected) addComentionWindows(totals, windowCount(doc, window), byDoc.get(doc.id) ?? []);
  return comentionStats(totals, options);
}

/**
 * Actor pairs named in the same window, one row per pair: actor_a, type_a, actor_b,
 * type_b, window, count (windows naming both), docs (documents with such a window),
 * count_a, count_b (windows naming each), windows (N), pmi, npmi, g2, jaccard, dice.
 * Sorted by count, then G².
 */
export function comentions(docs: readonly ActorDocument[], options: ComentionOptions = {}): ColumnTable {
  const rows = pairStats(docs, options);
  const columns = ["actor_a", "type_a", "actor_b", "type_b", "window", "count", "docs", "count_a", "count_b", "windows", "pmi", "npmi", "g2", "jaccard", "dice"] as const;
  return table(Object.fromEntries(columns.map((c) => [c, rows.map((r) => r[c])])));
}

/** Rows of comentions.csv: actor_a, actor_b, window, count, docs, pmi, npmi, g2, jaccard, dice. */
export function comentionRows(docs: readonly ActorDocument[], options: ComentionOptions = {}): ComentionRow[] {
  return pairStats(docs, options).map(({ actor_a, actor_b, window, count, docs: d, pmi: p, npmi: np, g2, jaccard: j, dice: di }) => ({ actor_a, actor_b, window, count, docs: d, pmi: p, npmi: np, g2, jaccard: j, dice: di }));
}

/**
 * The evidence of a pair: every sentence of every window that names both actors,
 * with doc, date, window, unit (the window's index: sentence, paragraph or 0),
 * sentence, start, end (offsets into the clean text), text, and names ("both",
 * or the one actor the sentence names; sentences of a larger window that name
 * neither are left out).
 */
export function pairEvidence(docs: readonly ActorDocument[], a: string, b: string, options: ComentionOptions = {}): ColumnTable {
  const { window, windows, byDoc } = collectWindows(docs, { ...options, minCount: 1 });
  const cols = { doc: [] as string[], date: [] as Array<string | null>, window: [] as Window[], unit: [] as number[], sentence: [] as number[], start: [] as number[], end: [] as number[], text: [] as string[], names: [] as string[] };
  for (const w of windows) {
    if (!w.actors.has(a) || !w.actors.has(b)) continue;
    const inWindow = (byDoc.get(w.doc.id) ?? []).filter((m) => unitOf(m, window) === w.unit && (m.actor === a || m.actor === b));
    const sentences = [...new Set(inWindow.map((m) => m.sentence))].sort((x, y) => x - y);
    for (const s of sentences) {
      const sentence = w.doc.sentences[s];
      const named = new Set(inWindow.filter((m) => m.sentence === s).map((m) => m.actor));
      cols.doc.push(w.doc.id);
      cols.date.push(w.doc.date);
      cols.window.push(window);
      cols.unit.push(w.unit);
      cols.sentence.push(s);
      cols.start.push(sentence.start);
      cols.end.push(sentence.end);
      cols.text.push(sentence.text);
      cols.names.push(named.size === 2 ? "both" : [...named][0]);
    }
  }
  return table(cols);
}

export interface OverTimeOptions extends ComentionOptions {
  interval?: "month" | "year";
}

/**
 * A pair over time: period, count (windows naming both), docs, windows (all windows
 * of the period's documents), count_a, count_b, share (count / windows). Every period
 * from the first to the last dated document is listed, gaps as zeros; undated
 * documents are left out.
 */
export function pairOverTime(docs: readonly ActorDocument[], a: string, b: string, options: OverTimeOptions = {}): ColumnTable {
  const interval = options.interval ?? "month";
  const dated = docs.filter((d) => d.date);
  const { window, windows } = collectWindows(dated, { ...options, minCount: 1 });
  const stats = new Map<string, { count: number; docs: Set<string>; windows: number; a: number; b: number }>();
  const at = (period: string) => {
    let s = stats.get(period);
    if (!s) stats.set(period, (s = { count: 0, docs: new Set(), windows: 0, a: 0, b: 0 }));
    return s;
  };
  for (const d of dated) if (inRange(d, options)) at(periodOf(d.date!, interval)).windows += windowCount(d, window);
  for (const w of windows) {
    const s = at(periodOf(w.doc.date!, interval));
    const hasA = w.actors.has(a);
    const hasB = w.actors.has(b);
    if (hasA) s.a++;
    if (hasB) s.b++;
    if (hasA && hasB) {
      s.count++;
      s.docs.add(w.doc.id);
    }
  }
  const periods = [...stats.keys()].sort();
  const cols = { period: [] as string[], count: [] as number[], docs: [] as number[], windows: [] as number[], count_a: [] as number[], count_b: [] as number[], share: [] as number[] };
  if (periods.length === 0) return table(cols);
  for (const period of periodRange(periods[0], periods[periods.length - 1], interval)) {
    const s = stats.get(period);
    cols.period.push(period);
    cols.count.push(s?.count ?? 0);
    cols.docs.push(s?.docs.size ?? 0);
    cols.windows.push(s?.windows ?? 0);
    cols.count_a.push(s?.a ?? 0);
    cols.count_b.push(s?.b ?? 0);
    cols.share.push(s && s.windows > 0 ? s.count / s.windows : 0);
  }
  return table(cols);
}

