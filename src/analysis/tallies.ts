// Tallies of stance: how often a speaker took a polarity toward a target, per article
// and over time. Every row keeps the ids of the statements behind it (`statements`),
// so any number in a table or chart can be traced back to the sentences it counts.
// A tally counts stance entries (statement × target): a statement that supports
// Russland and opposes Hegemonie counts once in each row. Statements without a
// speaker are left out, as in `stanceTable`; so is neutral unless asked for.
import type { ColumnTable } from "arquero";
import { table } from "./project.js";
import type { Polarity, StatementWithStance } from "./stance.js";
import { periodOf, periodRange } from "./terms.js";

/** What a tally needs of a statement. */
export type TallyStatement = Pick<StatementWithStance, "id" | "doc" | "speaker" | "stance">;

/** Columns a tally can group by (besides polarity, which every tally splits by). */
export type TallyKey = "doc" | "period" | "speaker" | "target";

export type Interval = "month" | "year";

/** A document's id and publication date (ISO "YYYY-MM-DD…"); `Document` from corpus.ts fits. */
export interface DatedDocument {
  id: string;
  date?: string | null;
}

export interface TallyOptions {
  /** Group columns, in output order. Default ["speaker", "target"]. */
  by?: readonly TallyKey[];
  /** Count neutral stance too. Default false. */
  neutral?: boolean;
  /** Documents with their dates; needed for "period" (statements of undated documents are left out). */
  docs?: Iterable<DatedDocument>;
  /** Period length for "period". Default "month". */
  interval?: Interval;
}

/** Polarities in display order. */
export const POLARITIES: readonly Polarity[] = ["support", "oppose", "neutral"];

/**
 * Stance entries grouped by the `by` columns and polarity: one row per group with
 * `count` (stance entries) and `statements` (the distinct statement ids, in text
 * order). Sorted by period, then most frequent first.
 */
export function stanceTally(statements: Iterable<TallyStatement>, options: TallyOptions = {}): ColumnTable {
  const by = options.by ?? ["speaker", "target"];
  const interval = options.interval ?? "month";
  const needsPeriod = by.includes("period");
  if (needsPeriod && !options.docs) throw new Error('stanceTally: grouping by "period" needs the documents (options.docs)');
  const periods = new Map<string, string>();
  for (const d of options.docs ?? []) if (typeof d.date === "string" && d.date !== "") periods.set(d.id, periodOf(d.date, interval));

  interface Group { keys: Record<string, string>; polarity: Polarity; count: number; ids: string[] }
  const groups = new Map<string, Group>();
  for (const st of statements) {
    if (!st.speaker) continue;
    const period = periods.get(st.doc);
    if (needsPeriod && period === undefined) continue;
    for (const s of st.stance) {
      if (s.polarity === "neutral" && !options.neutral) continue;
      const values: Record<TallyKey, string> = { doc: st.doc, period: period ?? "", speaker: st.speaker, target: s.target };
      const keys = Object.fromEntries(by.map((k) => [k, values[k]]));
      const id = [...by.map((k) => values[k]), s.polarity].join("\u0000");
      const g = groups.get(id) ?? { keys, polarity: s.polarity, count: 0, ids: [] };
      g.count++;
      // One statement can name several targets: list it once per row.
      if (g.ids[g.ids.length - 1] !== st.id) g.ids.push(st.id);
      groups.set(id, g);
    }
  }
  const rows = [...groups.values()].sort(
    (a, b) =>
      (needsPeriod ? a.keys.period.localeCompare(b.keys.period) : 0) ||
      b.count - a.count ||
      by.reduce((c, k) => c || a.keys[k].localeCompare(b.keys[k], "de"), 0) ||
      POLARITIES.indexOf(a.polarity) - POLARITIES.indexOf(b.polarity),
  );
  const columns: Record<string, unknown[]> = {};
  for (const k of by) columns[k] = rows.map((r) => r.keys[k]);
  columns.polarity = rows.map((r) => r.polarity);
  columns.count = rows.map((r) => r.count);
  columns.statements = rows.map((r) => r.ids);
  return table(columns);
}

/** Doc × speaker × target × polarity: who took which stance in which article. */
export function articleStanceTable(statements: Iterable<TallyStatement>, options: Pick<TallyOptions, "neutral"> = {}): ColumnTable {
  return stanceTally(statements, { ...options, by: ["doc", "speaker", "target"] });
}

export interface OverTimeTallyOptions extends Pick<TallyOptions, "neutral" | "interval"> {
  /** Split each period by speaker (default) or by target. */
  by?: "speaker" | "target";
}

/**
 * Period × speaker (or target) × polarity, periods "2024-01" (month) or "2024" (year).
 * Only periods with stance appear; charts fill the gaps. Undated articles are left out.
 */
export function stanceOverTime(statements: Iterable<TallyStatement>, docs: Iterable<DatedDocument>, options: OverTimeTallyOptions = {}): ColumnTable {
  return stanceTally(statements, { neutral: options.neutral, interval: options.interval, docs, by: ["period", options.by ?? "speaker"] });
}

/** Every period from the first to the last in a tally (months or years), gaps included. */
export function tallyPeriods(periods: Iterable<string>): string[] {
  const sorted = [...new Set(periods)].filter((p) => p !== "").sort();
  if (sorted.length === 0) return [];
  return periodRange(sorted[0], sorted[sorted.length - 1], sorted[0].length > 4 ? "month" : "year");
}

// ---------------------------------------------------------------------------
// Tracing rows back to statements

/** A tally row to look up: any of its key columns and polarity. */
export type TallyMatch = Partial<Record<TallyKey, string>> & { polarity?: Polarity };

/**
 * The statements behind the tally rows that match (all given fields equal), in the
 * order of `statements`; an id missing from `statements` is skipped.
 */
export function statementsBehind<S extends { id: string }>(tally: ColumnTable, match: TallyMatch, statements: readonly S[]): S[] {
  const wanted = new Set<string>();
  for (const row of tally.objects() as Array<Record<string, unknown>>) {
    const hit = Object.entries(match).every(([k, v]) => v === undefined || row[k] === v);
    if (hit) for (const id of row.statements as string[]) wanted.add(id);
  }
  return statements.filter((s) => wanted.has(s.id));
}

/**
 * One row per statement for display: id, speaker, kind, cue, text, the words quoted
 * verbatim inside it („…“ „…“, see Statement.quotes), and its targets and their
 * polarities as text ("Russland, Hegemonie" / "support, oppose", same order).
 */
export function statementTable(statements: Iterable<Pick<StatementWithStance, "id" | "speaker" | "kind" | "cue" | "text" | "stance"> & { quotes?: ReadonlyArray<{ text: string }> }>): ColumnTable {
  const rows = [...statements];
  return table({
    id: rows.map((s) => s.id),
    speaker: rows.map((s) => s.speaker ?? ""),
    kind: rows.map((s) => s.kind),
    cue: rows.map((s) => s.cue),
    text: rows.map((s) => s.text),
    quoted: rows.map((s) => (s.quotes ?? []).map((q) => `„${q.text}“`).join(" ")),
    targets: rows.map((s) => s.stance.map((t) => t.target).join(", ")),
    polarity: rows.map((s) => s.stance.map((t) => t.polarity).join(", ")),
  });
}
