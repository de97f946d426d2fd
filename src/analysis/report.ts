// The report: one HTML page over everything the notebooks exported into reports/:
// each chart with its title, subtitle, picture and caption and links to its SVG,
// PNG and CSV; the tables; the executed notebooks; and the documents the report
// was made from with the corpus fingerprint. Every text is HTML-escaped, so an
// article's words stay words.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CorpusFingerprint } from "./corpus.js";
import type { ExportMetadata } from "./export.js";

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The metadata files of a reports folder, charts first, each group by name. */
export function readExports(dir: string): ExportMetadata[] {
  if (!existsSync(dir)) return [];
  const out: ExportMetadata[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    try {
      const meta = JSON.parse(readFileSync(join(dir, file), "utf8")) as ExportMetadata;
      if (meta && (meta.kind === "chart" || meta.kind === "table") && typeof meta.name === "string") out.push(meta);
    } catch {
      // Not an export's metadata (or half-written by someone else): not part of the report.
    }
  }
  return out.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "chart" ? -1 : 1));
}

export interface ReportDocument {
  id: string;
  date: string | null;
  source: string | null;
  title: string | null;
}

export interface ReportOptions {
  title?: string;
  corpus: CorpusFingerprint;
  documents: readonly ReportDocument[];
  /** Executed notebooks (HTML files) to link, as paths relative to the report. */
  notebooks?: readonly string[];
  /** Other files in the reports folder (network graphs for Gephi, …) to link. */
  otherFiles?: readonly string[];
  generated: Date;
}

/** Only plain relative file names in links: exports are named by `slug`, anything else is dropped. */
const safeHref = (name: string | undefined) => (name && /^[a-z0-9][a-z0-9._-]*$/.test(name) ? name : null);

function chartSection(meta: ExportMetadata): string {
  const img = safeHref(meta.files.png) ?? safeHref(meta.files.svg);
  const links = (["svg", "png", "csv"] as const)
    .map((k) => safeHref(meta.files[k]))
    .filter((f): f is string => f !== null)
    .map((f) => `<a href="${escapeHtml(f)}">${escapeHtml(f.split(".").pop()!.toUpperCase())}</a>`)
    .join(" · ");
  return `<section class="chart" id="${escapeHtml(meta.name)}">
<h2>${escapeHtml(meta.title)}</h2>
${meta.subtitle ? `<p class="subtitle">${escapeHtml(meta.subtitle)}</p>` : ""}
${img ? `<img src="${escapeHtml(img)}" alt="${escapeHtml(meta.title)}">` : ""}
${meta.caption ? `<p class="caption">${escapeHtml(meta.caption)}</p>` : ""}
<p class="files">${links}</p>
</section>`;
}

/** The whole report page. */
export function reportHTML(exports: readonly ExportMetadata[], options: ReportOptions): string {
  const charts = exports.filter((e) => e.kind === "chart");
  const tables = exports.filter((e) => e.kind === "table");
  const when = options.generated.toISOString().slice(0, 16).replace("T", " ");
  const title = options.title ?? "Lagebild";
  const docRows = options.documents
    .map((d) => `<tr><td>${escapeHtml(d.id)}</td><td>${escapeHtml(d.date ?? "–")}</td><td>${escapeHtml(d.source ?? "unbekannt")}</td><td>${escapeHtml(d.title ?? "")}</td></tr>`)
    .join("\n");
  const tableRows = tables
    .map((t) => {
      const csv = safeHref(t.files.csv);
      return `<li>${csv ? `<a href="${escapeHtml(csv)}">${escapeHtml(t.title)}</a>` : escapeHtml(t.title)} <span class="muted">${escapeHtml(t.subtitle)}</span></li>`;
    })
    .join("\n");
  const otherFiles = (options.otherFiles ?? [])
    .map(safeHref)
    .filter((f): f is string => f !== null)
    .map((f) => `<li><a href="${escapeHtml(f)}">${escapeHtml(f)}</a></li>`)
    .join("\n");
  const notebooks = (options.notebooks ?? []).map((n) => `<li><a href="${escapeHtml(n)}">${escapeHtml(n.split("/").pop()!)}</a></li>`).join("\n");
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: "DejaVu Sans", system-ui, sans-serif; color: #1f2328; max-width: 960px; margin: 2rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; }
h2 { font-size: 1.2rem; margin: 0 0 .2rem; }
.muted, .subtitle, .caption, .files { color: #6e7781; }
.chart { margin: 2.5rem 0; page-break-inside: avoid; break-inside: avoid; }
.chart img { max-width: 100%; height: auto; border: 1px solid #eaeef2; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { text-align: left; padding: .2rem .5rem; border-bottom: 1px solid #eaeef2; vertical-align: top; }
nav ul { columns: 2; }
@media print { body { margin: 0; max-width: none; } .files, nav { display: none; } a { color: inherit; text-decoration: none; } }
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="muted">${options.corpus.documents} Artikel · Korpus-Fingerabdruck ${escapeHtml(options.corpus.hash)} · erstellt ${escapeHtml(when)} UTC · ${charts.length} Diagramme, ${tables.length} Tabellen</p>
</header>
<nav><ul>
${charts.map((c) => `<li><a href="#${escapeHtml(c.name)}">${escapeHtml(c.title)}</a></li>`).join("\n")}
</ul></nav>
<main>
${charts.map(chartSection).join("\n")}
</main>
<section>
<h2>Tabellen</h2>
<ul>
${tableRows || "<li>keine</li>"}
</ul>
</section>
${notebooks ? `<section><h2>Notebooks</h2><ul>\n${notebooks}\n</ul></section>` : ""}
${otherFiles ? `<section><h2>Weitere Dateien</h2><ul>\n${otherFiles}\n</ul></section>` : ""}
<section>
<h2>Dokumente</h2>
<table>
<thead><tr><th>ID</th><th>Datum</th><th>Quelle</th><th>Titel</th></tr></thead>
<tbody>
${docRows}
</tbody>
</table>
</section>
</body>
</html>
`;
}

/** Paths of executed notebook HTML files relative to the reports folder. */
export function notebookLinks(reportsDir: string, notebooksDir: string): string[] {
  if (!existsSync(notebooksDir)) return [];
  return readdirSync(notebooksDir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => relative(reportsDir, join(notebooksDir, f)).split("\\").join("/"));
}

/** Files in the reports folder that belong to no chart or table export (e.g. GraphML, GEXF). */
export function otherReportFiles(dir: string, exports: readonly ExportMetadata[]): string[] {
  if (!existsSync(dir)) return [];
  const known = new Set<string>(["index.html"]);
  for (const e of exports) {
    known.add(`${e.name}.json`);
    for (const f of Object.values(e.files)) if (f) known.add(f);
  }
  return readdirSync(dir).filter((f) => !known.has(f) && !f.endsWith(".tmp")).sort();
}
