import { beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corpusFingerprint, loadCorpus } from "../src/analysis/corpus.js";
import { analyzeDocument } from "../src/analysis/text.js";
import { projectRoot } from "../src/analysis/project.js";
import { corpusTermCounts, documentTermCounts, keyness, termsOverTime, type TermDocument } from "../src/analysis/terms.js";
import { keynessChart, termDocumentHeatmap, termsOverTimeChart, topTermsChart } from "../src/analysis/charts/terms.js";
import { chartSVG, csvLine, csvLinesOfColumns, exportChart, slug, svgToPNG, toCSV } from "../src/analysis/export.js";

let docs: Array<TermDocument & { hash: string }>;
beforeAll(async () => {
  docs = (await loadCorpus([join(projectRoot(), "seeds")])).documents.map((d) => analyzeDocument(d));
});

describe("term charts", () => {
  it("draw the terms, title and corpus subtitle", () => {
    const svg = chartSVG(topTermsChart(corpusTermCounts(docs), docs));
    expect(svg).toContain("Häufigste Begriffe");
    expect(svg).toContain("5 Artikel vom 24.07.2020 bis 28.02.2025");
    expect(svg).toContain(">China<");
    expect(svg).not.toContain(">und<"); // stopwords are off by default
    const heat = chartSVG(termDocumentHeatmap(documentTermCounts(docs), docs));
    expect(heat).toContain("2024-01-11 CRI");
    const key = chartSVG(keynessChart(keyness(docs, { from: "2024-01-01" }, { to: "2020-12-31" }, { minCount: 2 }), docs, { maxP: 0.5 }));
    expect(key).toContain(">Partei<");
    const time = chartSVG(termsOverTimeChart(termsOverTime(docs, ["China"], { interval: "year" }), docs));
    expect(time).toContain(">China<");
  });
});

describe("export", () => {
  it("writes SVG, PNG and CSV with stable names inside the folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-export-"));
    const corpus = corpusFingerprint(docs);
    const files = exportChart("Top-Begriffe: Seeds", topTermsChart(corpusTermCounts(docs), docs), corpusTermCounts(docs), { dir, corpus });
    expect(files.svg).toBe(join(dir, "top-begriffe-seeds.svg"));
    expect(readdirSync(dir).sort()).toEqual(["top-begriffe-seeds.csv", "top-begriffe-seeds.json", "top-begriffe-seeds.png", "top-begriffe-seeds.svg"]);
    // Provenance: the corpus fingerprint is in the picture's caption and in the metadata.
    expect(corpus.documents).toBe(5);
    expect(readFileSync(files.svg, "utf8")).toContain(`Fingerabdruck ${corpus.hash}`);
    const meta = JSON.parse(readFileSync(join(dir, "top-begriffe-seeds.json"), "utf8"));
    expect(meta).toMatchObject({ kind: "chart", title: "Häufigste Begriffe (Anzahl)", corpus, files: { svg: "top-begriffe-seeds.svg", png: "top-begriffe-seeds.png", csv: "top-begriffe-seeds.csv" } });
    const png = readFileSync(files.png);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const csv = readFileSync(files.csv!, "utf8");
    expect(csv.startsWith("\ufeffterm,count,doc_count,per_10k\nChina,24,5,")).toBe(true);
    // A hostile name cannot leave the folder.
    expect(slug("../../etc/passwd")).toBe("etc-passwd");
    exportChart("../../x", topTermsChart(corpusTermCounts(docs), docs), undefined, { dir });
    expect(readdirSync(dir)).toContain("x.svg");
  });

  it("renders text into the PNG with the bundled fonts", () => {
    const svg = chartSVG(topTermsChart(corpusTermCounts(docs), docs));
    const withText = svgToPNG(svg, { scale: 1 });
    const withoutText = svgToPNG(svg.replace(/<text[\s\S]*?<\/text>/g, ""), { scale: 1 });
    // Without a usable font both would be identical.
    expect(Buffer.compare(Buffer.from(withText), Buffer.from(withoutText))).not.toBe(0);
    expect(withText.length - withoutText.length).toBeGreaterThan(2000);
  });

  it("neutralises spreadsheet formulas in CSV cells, not numbers", () => {
    const csv = toCSV([{ a: "=HYPERLINK(\"x\")", b: -2.5, c: "+cmd", d: "@SUM(A1)", e: "-2+3", f: "ok, \"quoted\"" }]);
    const line = csv.split("\n")[1];
    expect(line).toBe(`"'=HYPERLINK(""x"")",-2.5,'+cmd,'@SUM(A1),'-2+3,"ok, ""quoted"""`);
  });

  it("formats a table given column by column as it formats rows", () => {
    const rows = [
      ["=1+1", -2.5, "Xi Jinping", null],
      ['sagte: "ja", dann', Number.NaN, "Peking\nMoskau", 1e-7],
      ["", 0, "@Lawrow", 3],
    ];
    const columns = rows[0].map((_, c) => rows.map((row) => row[c]));
    expect(csvLinesOfColumns(columns)).toBe(rows.map((row) => csvLine(row)).join(""));
    expect(csvLinesOfColumns([[], []])).toBe("");
  });
});
