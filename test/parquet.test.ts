// The Parquet twins, read by an independent engine (DuckDB) the way the README tells
// users to: after a full run and after an incremental one that extended a part by a
// row group, they hold exactly the rows of the CSVs.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetTableWriter, writeParquetFile, type ParquetColumn } from "../src/analysis/parquet.js";
import { DuckDBInstance } from "@duckdb/node-api";
import { runAnalyze, seedCorpusCopy } from "./helpers/analyze.js";

async function analyze(args: string[]): Promise<string> {
  const { status, err, summary } = await runAnalyze(args);
  expect(status, err.join("\n")).toBe(0);
  return summary;
}

/** Data lines of CSV parts (header and BOM left out). */
function csvRows(files: string[]): string[] {
  return files.flatMap((f) => readFileSync(f, "utf8").replace(/^\ufeff/, "").split("\n").slice(1).filter(Boolean));
}

describe("Parquet outputs", () => {
  it("answer the README's DuckDB queries with the CSVs' numbers, also after an article was appended", async () => {
    const { tmp, corpus } = seedCorpusCopy("lagebild-parquet-");
    const out = join(tmp, "out");
    const args = [corpus, "--out", out, "--cache", join(tmp, "cache"), "--partitions", "2"];
    await analyze(args);
    writeFileSync(join(corpus, "005_test.txt"), "Wang Yi in Berlin\n\nDer chinesische Außenminister Wang Yi hat am Montag in Berlin Sanktionen gegen China kritisiert. „Sanktionen sind der falsche Weg“, sagte Wang.\n");
    expect(await analyze(args)).toContain("1 new");

    const db = await DuckDBInstance.create(":memory:");
    const con = await db.connect();
    const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjects();

    const termParts = readdirSync(join(out, "terms")).filter((f) => f.endsWith(".csv")).map((f) => join(out, "terms", f));
    const csvTerms = csvRows(termParts);
    const [{ n, total }] = await rows(`SELECT count(*) AS n, sum(count) AS total FROM read_parquet('${out}/terms/*.parquet')`);
    expect(Number(n)).toBe(csvTerms.length);
    expect(Number(total)).toBe(csvTerms.reduce((s, l) => s + Number(l.split(",").pop()), 0));

    // One lemma per document, across every part: the new article is there.
    const sanktion = await rows(`SELECT doc, sum(count) AS n FROM read_parquet('${out}/terms/*.parquet') WHERE lemma = 'Sanktion' GROUP BY doc ORDER BY n DESC`);
    expect(sanktion.map((r) => r.doc)).toContain("005_test");
    const fromCsv = csvTerms.filter((l) => l.startsWith("005_test,") && l.split(",")[2] === "Sanktion").reduce((s, l) => s + Number(l.split(",")[3]), 0);
    expect(Number(sanktion.find((r) => r.doc === "005_test")!.n)).toBe(fromCsv);

    const top = await rows(`SELECT lemma, count, doc_count FROM '${out}/corpus-terms.parquet' ORDER BY count DESC, lemma LIMIT 20`);
    const csvTop = csvRows([join(out, "corpus-terms.csv")]).slice(0, 20).map((l) => l.split(","));
    expect(top.map((r) => [r.lemma, String(r.count), String(r.doc_count)])).toEqual(csvTop.map((c) => c.slice(0, 3)));

    const oppose = await rows(`SELECT speaker, target, count FROM '${out}/stance.parquet' WHERE polarity = 'oppose' ORDER BY count DESC`);
    expect(oppose.length).toBe(csvRows([join(out, "stance.csv")]).filter((l) => /,oppose,/.test(l)).length);
    expect(oppose.length).toBeGreaterThan(0);

    const mentions = await rows(`SELECT count(*) AS n FROM read_parquet('${out}/mentions/*.parquet') WHERE doc = '005_test' AND actor = 'Wang Yi'`);
    expect(Number(mentions[0].n)).toBeGreaterThan(0);
  });

  it("parquetTableWriter: dictionary-encoded strings with nulls, several row groups, an extended file, UTF-8 statistics", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-pq-"));
    const columns: ParquetColumn[] = [["doc", "STRING"], ["word", "STRING"], ["count", "INT32"]];
    // Words in every script the corpus may hold: umlauts, ß, an emoji (after U+FFxx in UTF-8 order, before it in UTF-16), none.
    const words = ["Außenminister", "Peking", "ﬀ", "😀", null, "Zusammenarbeit", "Ölpreis"];
    const rows = Array.from({ length: 2500 }, (_, i) => [`doc-${Math.floor(i / 7)}`, words[i % words.length], i]);
    const file = join(dir, "t.parquet");
    const first = parquetTableWriter(file, columns, { rowGroup: 1000 });
    first.append(rows.slice(0, 1800));
    const layout = first.commit();
    const extended = parquetTableWriter(file, columns, { rowGroup: 1000, extend: { file, layout } });
    extended.append(rows.slice(1800));
    extended.commit();

    const db = await (await DuckDBInstance.create(":memory:")).connect();
    const read = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjects();
    const back = await read(`SELECT doc, word, count FROM '${file}'`);
    expect(back.map((r) => [r.doc, r.word, Number(r.count)])).toEqual(rows);
    const meta = await read(`SELECT row_group_id, path_in_schema, stats_min_value, stats_max_value, stats_null_count, encodings FROM parquet_metadata('${file}') ORDER BY row_group_id, column_id`);
    expect(new Set(meta.map((m) => m.row_group_id)).size).toBe(3); // 1000 + 800, then 700 appended
    const wordChunks = meta.filter((m) => m.path_in_schema === "word");
    expect(wordChunks.map((m) => [m.stats_min_value, m.stats_max_value])).toEqual([["Außenminister", "😀"], ["Außenminister", "😀"], ["Außenminister", "😀"]]);
    const nullsIn = (from: number, to: number) => rows.slice(from, to).filter((r) => r[1] === null).length;
    expect(wordChunks.map((m) => Number(m.stats_null_count))).toEqual([nullsIn(0, 1000), nullsIn(1000, 1800), nullsIn(1800, 2500)]);
    expect(String(wordChunks[0].encodings)).toMatch(/RLE_DICTIONARY/);
    // A filter DuckDB may answer from the statistics finds exactly the rows.
    const emoji = await read(`SELECT count(*) AS n FROM '${file}' WHERE word = '😀'`);
    expect(Number(emoji[0].n)).toBe(rows.filter((r) => r[1] === "😀").length);
  });

  it("parquetTableWriter: numbered words, constants and counts, across row groups; numbers that are not int32 refused", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-pq-"));
    const columns: ParquetColumn[] = [["doc", "STRING"], ["lemma", "STRING"], ["count", "INT32"]];
    const words = ["Außenminister", "Peking", "😀", "und"];
    const file = join(dir, "ids.parquet");
    const pq = parquetTableWriter(file, columns, { rowGroup: 4, words });
    const expected: unknown[][] = [];
    for (const [doc, ids] of [["a", [3, 0, 1, 3, 2, 0]], ["b", [2, 2, 1]], ["c", []], ["d", [0, 3, 3, 3, 1]]] as const) {
      const counts = Int32Array.from(ids, (id, k) => id * 10 + k);
      pq.appendColumns([{ constant: doc }, { ids: Int32Array.from(ids) }, counts]);
      ids.forEach((id, k) => expected.push([doc, words[id], counts[k]]));
    }
    pq.commit();
    const db = await (await DuckDBInstance.create(":memory:")).connect();
    const back = (await db.runAndReadAll(`SELECT doc, lemma, count FROM '${file}'`)).getRowObjects();
    expect(back.map((r) => [r.doc, r.lemma, Number(r.count)])).toEqual(expected);

    const refusing = parquetTableWriter(join(dir, "refused.parquet"), columns, { words });
    expect(() => refusing.appendColumns([{ constant: "e" }, { ids: Int32Array.of(0) }, [2.5]])).toThrow(/count.*int32/);
    refusing.abort();
  });

  it("writeParquetFile: PLAIN columns a column at a time, with runs of nulls, any script, doubles; as DuckDB reads them", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-pq-"));
    const columns: ParquetColumn[] = [["lemma", "STRING"], ["count", "INT32"], ["per_10k", "DOUBLE"], ["note", "STRING"]];
    const lemmas = ["Außenminister", "Сергей Лавров", "😀", "", "王毅", "x".repeat(300)];
    // Nulls alone, in runs (one longer than a one-byte run header holds) and at both ends.
    const note = (i: number) => (i < 3 || (i >= 40 && i < 140) || i % 17 === 0 || i === 999 ? null : `n${i}`);
    const rows = Array.from({ length: 1000 }, (_, i) => [lemmas[i % lemmas.length], i * 7 - 3000, i / 3, note(i)]);
    const file = join(dir, "corpus.parquet");
    const column = (c: number) => rows.map((r) => r[c]);
    // Numbers as the corpus tables give them: typed arrays, written as their bytes.
    await writeParquetFile(file, columns, [column(0), Int32Array.from(column(1) as number[]), Float64Array.from(column(2) as number[]), column(3)]);
    const db = await (await DuckDBInstance.create(":memory:")).connect();
    const back = (await db.runAndReadAll(`SELECT lemma, count, per_10k, note FROM '${file}'`)).getRowObjects();
    expect(back.map((r) => [r.lemma, Number(r.count), r.per_10k, r.note])).toEqual(rows);
    const meta = (await db.runAndReadAll(`SELECT path_in_schema, encodings FROM parquet_metadata('${file}')`)).getRowObjects();
    expect(meta.map((m) => String(m.encodings))).toEqual(["PLAIN", "PLAIN", "PLAIN", "PLAIN"]);
    await expect(writeParquetFile(join(dir, "refused.parquet"), columns, [["a"], [null], [1], ["b"]])).rejects.toThrow(/count.*int32/);
  });
});
