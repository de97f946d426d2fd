import { beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ColumnTable } from "arquero";
import { loadCorpus, type Document } from "../src/analysis/corpus.js";
import { analyzeDocument } from "../src/analysis/text.js";
import { projectRoot } from "../src/analysis/project.js";
import { documentStance, stanceTable, type StatementWithStance } from "../src/analysis/stance.js";
import { articleStanceTable, stanceOverTime, stanceTally, statementTable, statementsBehind, tallyPeriods } from "../src/analysis/tallies.js";
import { formatSupportOppose, stanceBarsChart, stanceMatrixChart, stancePairs, stanceTimelineChart } from "../src/analysis/charts/statements.js";
import { chartHTML } from "../src/analysis/charts.js";
import { exportChart } from "../src/analysis/export.js";

let docs: Document[];
let statements: StatementWithStance[];
beforeAll(async () => {
  docs = (await loadCorpus([join(projectRoot(), "seeds")])).documents;
  statements = docs.flatMap((doc) => documentStance(doc, { layer: analyzeDocument(doc) }));
});

type Row = Record<string, unknown> & { polarity: string; count: number; statements: string[] };
const rows = (t: ColumnTable) => t.objects() as Row[];
/** Stance entries the tallies count: statements with a speaker, neutral only on request. */
const entries = (neutral = false) => statements.filter((s) => s.speaker).flatMap((s) => s.stance.filter((t) => neutral || t.polarity !== "neutral"));
const periodOfDoc = (id: string, interval: "month" | "year") => docs.find((d) => d.id === id)!.date!.slice(0, interval === "year" ? 4 : 7);

describe("stance tallies on the seeds", () => {
  it("has statements with stance to tally", () => {
    expect(docs).toHaveLength(5);
    expect(entries().length).toBeGreaterThan(30);
  });

  const tallies: Array<[string, () => ColumnTable, boolean]> = [
    ["speaker × target (stanceTable)", () => stanceTable(statements), false],
    ["speaker × target (stanceTally)", () => stanceTally(statements), false],
    ["speaker × target with neutral", () => stanceTally(statements, { neutral: true }), true],
    ["per article", () => articleStanceTable(statements), false],
    ["per month × speaker", () => stanceOverTime(statements, docs), false],
    ["per year × target", () => stanceOverTime(statements, docs, { by: "target", interval: "year" }), false],
    ["per month × target with neutral", () => stanceOverTime(statements, docs, { by: "target", neutral: true }), true],
  ];

  it.each(tallies)("%s: counts sum to the statements' stance entries", (_name, tally, neutral) => {
    const t = tally();
    expect(rows(t).reduce((sum, r) => sum + r.count, 0)).toBe(entries(neutral).length);
    if (!neutral) expect(rows(t).every((r) => r.polarity !== "neutral")).toBe(true);
  });

  it.each(tallies)("%s: every row's statements exist and carry its speaker, target, polarity, article and period", (_name, tally) => {
    const byId = new Map(statements.map((s) => [s.id, s]));
    const t = tally();
    const interval = rows(t).some((r) => typeof r.period === "string" && r.period.length === 4) ? "year" : "month";
    for (const row of rows(t)) {
      expect(row.statements.length).toBeGreaterThan(0);
      expect(row.statements.length).toBeLessThanOrEqual(row.count);
      expect(new Set(row.statements).size).toBe(row.statements.length);
      let entriesInRow = 0;
      for (const id of row.statements) {
        const st = byId.get(id);
        expect(st, id).toBeDefined();
        if (row.speaker !== undefined) expect(st!.speaker).toBe(row.speaker);
        if (row.doc !== undefined) expect(st!.doc).toBe(row.doc);
        if (row.period !== undefined) expect(periodOfDoc(st!.doc, interval)).toBe(row.period);
        const matching = st!.stance.filter((s) => s.polarity === row.polarity && (row.target === undefined || s.target === row.target));
        expect(matching.length, `${id} carries ${String(row.target)} / ${row.polarity}`).toBeGreaterThan(0);
        entriesInRow += matching.length;
      }
      expect(entriesInRow).toBe(row.count);
    }
  });

  it("agrees with stanceTable row for row", () => {
    const key = (r: Row) => `${String(r.speaker)}|${String(r.target)}|${r.polarity}|${r.count}|${r.statements.join(",")}`;
    expect(rows(stanceTally(statements)).map(key).sort()).toEqual(rows(stanceTable(statements)).map(key).sort());
  });

  it("traces Xi Jinping / Russland / support back to Xi's statements about Russia", () => {
    const behind = statementsBehind(stanceTable(statements), { speaker: "Xi Jinping", target: "Russland", polarity: "support" }, statements);
    expect(behind.length).toBeGreaterThanOrEqual(5);
    for (const st of behind) {
      expect(st.speaker).toBe("Xi Jinping");
      expect(st.stance).toContainEqual(expect.objectContaining({ target: "Russland", polarity: "support" }));
    }
    expect(behind.some((s) => s.text.includes("im Feuer gehärteter Stahl"))).toBe(true);
  });

  it("over time: periods follow the article dates; undated articles are left out", () => {
    const months = rows(stanceOverTime(statements, docs)).map((r) => r.period as string);
    expect(new Set(months)).toEqual(new Set(["2020-07", "2024-01", "2024-02", "2024-11", "2025-02"]));
    expect(tallyPeriods(months)[0]).toBe("2020-07");
    expect(tallyPeriods(months)).toHaveLength(56);
    const undated = docs.map((d) => ({ ...d, date: d.id.startsWith("004") ? null : d.date }));
    const withoutDate = stanceOverTime(statements, undated);
    expect(rows(withoutDate).some((r) => r.statements.some((id) => id.startsWith("004")))).toBe(false);
    expect(() => stanceTally(statements, { by: ["period", "speaker"] })).toThrow(/docs/);
  });

  it("statementTable: one row per statement, its quoted words, targets and polarities joined in the same order", () => {
    const t = statementTable(statements);
    expect(t.numRows()).toBe(statements.length);
    expect(t.columnNames()).toEqual(["id", "speaker", "kind", "cue", "text", "quoted", "targets", "polarity"]);
    const level = (t.objects() as Array<Record<string, string>>).find((r) => r.text.includes("beispiellos hohen Niveau"))!;
    expect(level.quoted).toBe("„beispiellos hohen Niveau“");
    const row = (t.objects() as Array<Record<string, string>>).find((r) => r.text.includes("gegen Hegemonie"))!;
    expect(row.targets.split(", ")).toEqual(expect.arrayContaining(["Russland", "Hegemonie"]));
    expect(row.polarity.split(", ")[row.targets.split(", ").indexOf("Hegemonie")]).toBe("oppose");
  });
});

describe("stance charts", () => {
  const html = (fig: Element) => chartHTML(fig);

  it("diverging bars name speaker → target pairs and say how many are shown", () => {
    const fig = stanceBarsChart(stanceTable(statements), docs);
    const out = html(fig);
    for (const label of ["Xi Jinping → Russland", "Russischer Sicherheitsrat → NATO", "lehnt ab", "unterstützt", "5 Artikel"]) expect(out).toContain(label);
    // The seeds' speaker → target pairs (14, as in the gold): all are shown by default, the top 3 when asked.
    const pairs = new Set(statements.flatMap((st) => st.stance.filter((t) => t.polarity !== "neutral").map((t) => `${st.speaker} → ${t.target}`))).size;
    expect(pairs).toBe(14);
    expect(out).toContain(`alle ${pairs} Paare`);
    const three = html(stanceBarsChart(stanceTable(statements), docs, { n: 3 }));
    expect(three).toMatch(new RegExp(`die 3 häufigsten von ${pairs} Paaren`));
    expect(three).not.toContain("→ NATO");
  });

  it("the matrix shows speakers, targets and '+n / −m' counts", () => {
    const out = html(stanceMatrixChart(stanceTable(statements), docs));
    for (const label of ["Xi Jinping", "Russland", "NATO", "+10", "\u22121"]) expect(out).toContain(label);
    expect(out).toMatch(/Sprecher/);
    expect(formatSupportOppose(5, 1)).toBe("+5 / \u22121");
    expect(formatSupportOppose(0, 2)).toBe("\u22122");
    const pairs = stancePairs(stanceTable(statements));
    expect(pairs.find((p) => p.speaker === "Xi Jinping" && p.target === "Russland")!.net).toBe(10);
  });

  it("the timeline shows stance per month by polarity, or net stance per speaker", () => {
    const overTime = stanceOverTime(statements, docs);
    const bars = html(stanceTimelineChart(overTime, docs));
    expect(bars).toContain("Haltungen pro Monat");
    expect(bars).toContain("2024");
    const net = html(stanceTimelineChart(overTime, docs, { mode: "net" }));
    for (const label of ["Xi Jinping", "Jul 2020", "Feb 2025", "pro Monat"]) expect(net).toContain(label);
    const yearly = html(stanceTimelineChart(stanceOverTime(statements, docs, { by: "target", interval: "year" }), docs, { mode: "net" }));
    expect(yearly).toContain("je Ziel pro Jahr");
    expect(yearly).toContain("NATO");
  });

  it("an empty corpus and a corpus without statements give empty-state charts", () => {
    const quiet = [{ id: "wetter", text: "Das Wetter in Peking war am Montag sonnig und warm.", date: "2024-05-01", source: "Test" }];
    const none = quiet.flatMap((doc) => documentStance(doc, { layer: analyzeDocument(doc) }));
    expect(none).toEqual([]);
    for (const [corpus, stmts] of [[[], []], [quiet, none]] as const) {
      const tally = stanceTable(stmts);
      expect(tally.numRows()).toBe(0);
      const overTime = stanceOverTime(stmts, corpus);
      expect(overTime.numRows()).toBe(0);
      expect(articleStanceTable(stmts).numRows()).toBe(0);
      const figures = [stanceBarsChart(tally, corpus), stanceMatrixChart(tally, corpus), stanceTimelineChart(overTime, corpus), stanceTimelineChart(overTime, corpus, { mode: "net" })];
      for (const fig of figures) {
        expect(html(fig)).toContain("<svg");
        expect(html(fig)).toMatch(/Keine (datierten )?Aussagen mit Haltung/);
      }
    }
  });

  it("export as SVG, PNG and CSV", () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-stance-charts-"));
    try {
      const tally = stanceTable(statements);
      const files = exportChart("04-test-matrix", stanceMatrixChart(tally, docs), tally, { dir });
      for (const f of [files.svg, files.png, files.csv!]) expect(existsSync(f)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
