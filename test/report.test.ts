import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { otherReportFiles, readExports, reportHTML } from "../src/analysis/report.js";
import type { ExportMetadata } from "../src/analysis/export.js";

const meta: ExportMetadata = {
  kind: "chart",
  name: "03-netzwerk",
  title: "Netzwerk",
  subtitle: "5 Artikel",
  caption: "Quellen: CRI",
  files: { svg: "03-netzwerk.svg", png: "03-netzwerk.png", csv: "03-netzwerk.csv" },
  corpus: { documents: 5, hash: "abc123def456" },
  generated: "2026-11-22T04:00:00.000Z",
};

describe("reports/index.html", () => {
  it("links every chart's files and the other files of the folder, and only plain names", () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-report-"));
    for (const f of ["03-netzwerk.svg", "03-netzwerk.png", "03-netzwerk.csv", "03-netzwerk-graph.gexf", "03-netzwerk-graph.graphml", "index.html", "x.csv.123.tmp"]) writeFileSync(join(dir, f), "");
    writeFileSync(join(dir, "03-netzwerk.json"), JSON.stringify(meta));
    const exports = readExports(dir);
    expect(exports.map((e) => e.name)).toEqual(["03-netzwerk"]);
    const others = otherReportFiles(dir, exports);
    expect(others).toEqual(["03-netzwerk-graph.gexf", "03-netzwerk-graph.graphml"]);
    const html = reportHTML(exports, {
      corpus: meta.corpus!,
      documents: [{ id: "a<b", date: null, source: null, title: "<script>alert(1)</script>" }],
      otherFiles: [...others, "../../etc/passwd", "javascript:alert(1)"],
      generated: new Date("2026-11-22T04:00:00Z"),
    });
    expect(html).toContain('<img src="03-netzwerk.png"');
    expect(html).toContain('<a href="03-netzwerk-graph.gexf">');
    expect(html).not.toContain("passwd");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("Korpus-Fingerabdruck abc123def456");
  });
});
