// Hostile content: markup and spreadsheet formulas in titles, texts, names and
// statements must come out as inert text in every HTML page and CSV file, and no
// id, title or name can make a write land outside the output folder.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { csvParseRows } from "d3";
import { from } from "arquero";
import { parseHTML } from "linkedom";
import { main } from "../src/analysis/cli.js";
import { csvCell, exportChart, exportTable, toCSV } from "../src/analysis/export.js";
import { projectRoot } from "../src/analysis/project.js";

const SCRIPT = "<script>alert(1)</script>";
const IMG = '"><img src=x onerror=alert(1)>';
const FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd", "-2+3", "@SUM(A1)", "\tx", "\r=1+1"];
const PAYLOADS = [SCRIPT, IMG, ...FORMULAS];

const realRoot = projectRoot();
let root: string;
let project: string;
let out: string;
let reports: string;
let files: Set<string>;

/** Every file under a folder (recursively). */
function tree(dir: string): string[] {
  const acc: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else acc.push(p);
    }
  };
  if (existsSync(dir)) visit(dir);
  return acc;
}

/** Where runs may write: the output, cache and reports folders, and the project's own .cache (lemma cache). */
const allowed = (f: string) => [out, join(root, "cache"), reports, join(project, ".cache")].some((d) => f.startsWith(d + "/"));

function run(args: string[]) {
  const outLines: string[] = [];
  const err: string[] = [];
  return main(args, { out: (l) => outLines.push(l), err: (l) => err.push(l) }).then((status) => ({ status, out: outLines, err }));
}

/** No script element, no on* attribute, no javascript: link anywhere in the page. */
function expectInertHtml(html: string, where: string): void {
  expect(html, where).not.toMatch(/<script/i);
  // An on* attribute in a tag, outside quoted attribute values (escaped text inside them is inert).
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag.replace(/"[^"]*"|'[^']*'/g, '""'), where).not.toMatch(/\son\w+\s*=/i);
  const { document } = parseHTML(html.startsWith("<!DOCTYPE") ? html : `<!DOCTYPE html><html><body>${html}</body></html>`);
  expect(document.querySelectorAll("script").length, where).toBe(0);
  expect(document.querySelectorAll("img[src=x]").length, where).toBe(0);
  for (const el of Array.from(document.querySelectorAll("*"))) {
    for (const a of Array.from(el.attributes)) {
      expect(a.name.startsWith("on"), `${where}: <${el.tagName} ${a.name}>`).toBe(false);
      expect(/^\s*javascript:/i.test(a.value), `${where}: ${a.name}=${a.value}`).toBe(false);
    }
  }
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/** Every cell of every CSV starts harmlessly: no = + - @ tab CR first, numbers excepted. */
function expectNoFormulas(file: string): number {
  const rows = csvParseRows(readFileSync(file, "utf8").replace(/^\ufeff/, ""));
  let cells = 0;
  for (const row of rows) for (const cell of row) {
    cells++;
    if (/^[=+\-@\t\r]/.test(cell)) expect(NUMBER.test(cell), `${file}: ${JSON.stringify(cell)}`).toBe(true);
  }
  return cells;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "lagebild-hostile-"));
  // A project of its own (LAGEBILD_ROOT), so the report's document list is the hostile corpus:
  // the real data files, linked, and an articles folder with the hostile articles.
  project = join(root, "project");
  mkdirSync(join(project, "data", "articles"), { recursive: true });
  mkdirSync(join(project, "seeds"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "lagebild" }));
  symlinkSync(join(realRoot, "node_modules"), join(project, "node_modules"));
  for (const f of readdirSync(join(realRoot, "data"))) if (f !== "articles") symlinkSync(join(realRoot, "data", f), join(project, "data", f));
  const articles = join(project, "data", "articles");
  const body = (payload: string) =>
    `Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen Präsidenten Emmanuel Macron.\n\n` +
    `„${payload} ist keine Lösung“, sagte Scholz nach dem Treffen mit Macron.\n\n` +
    `${payload} Müller, Sprecher der Gruppe ${payload}, erklärte, man werde die Vorschläge der Regierung prüfen.\n\n` +
    `Die Opposition kritisierte die Pläne als ${payload} und forderte Nachbesserungen bei der Finanzierung.\n`;
  PAYLOADS.forEach((p, i) => {
    writeFileSync(join(articles, `hostile-${i}.md`), `---\ntitle: ${JSON.stringify(`${p} Titel ${i}`)}\nsource: ${JSON.stringify(p)}\nurl: ${JSON.stringify(`javascript:alert(${i})`)}\n---\n${body(p)}`);
  });
  writeFileSync(join(articles, "rows.jsonl"), PAYLOADS.map((p, i) => JSON.stringify({
    id: i === 0 ? "../../escaped" : `${p}-${i}`, title: p, source: p, date: "2024-05-01",
    text: body(p).replace("Montag", "Dienstag").replace(/Müller/g, `Meier${i}`),
  })).join("\n") + "\n");
  writeFileSync(join(articles, "=cmd|' -C calc'!A0.txt"), body("=1+1").replace("Montag", "Freitag"));
  out = join(root, "out");
  reports = join(root, "reports");
  files = new Set(tree(root));
  process.env.LAGEBILD_ROOT = project;
}, 60_000);

afterAll(() => {
  delete process.env.LAGEBILD_ROOT;
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("hostile article content", () => {
  it("analyze writes only inside --out and the cache, with no formula-leading CSV cell", async () => {
    const { status, err } = await run(["analyze", join(project, "data", "articles"), "--out", out, "--cache", join(root, "cache")]);
    expect(status, err.join("\n")).toBe(0);
    expect(err.join("\n")).toContain(`${PAYLOADS.length * 2 + 1} documents`);
    const csvs = readdirSync(out).filter((f) => f.endsWith(".csv"));
    expect(csvs.sort()).toEqual(["comentions.csv", "corpus-terms.csv", "stance.csv", "terms.csv"]);
    for (const f of csvs) expect(expectNoFormulas(join(out, f))).toBeGreaterThan(0);
    // The payloads did reach the outputs (as data): the test would prove nothing otherwise.
    const statements = readFileSync(join(out, "statements.jsonl"), "utf8");
    expect(statements).toContain("<script>alert(1)</script>");
    const docs = readFileSync(join(out, "documents.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toContain("../../escaped");
    expect(docs.map((d) => d.title)).toContain('=HYPERLINK("http://x","y")');
    // A javascript: url is refused with one warning per file, never kept as metadata.
    expect(docs.filter((d) => d.url !== null)).toEqual([]);
    expect(err.filter((l) => /hostile-\d\.md: warning: front-matter: url "javascript:alert\(\d\)" is not a usable value; ignored/.test(l))).toHaveLength(PAYLOADS.length);
    const fresh = tree(root).filter((f) => !files.has(f));
    for (const f of fresh) expect(allowed(f), f).toBe(true);
    expect(existsSync(join(root, "escaped"))).toBe(false);
  }, 120_000);

  it("exportTable and exportChart neutralise formulas and never leave the folder", () => {
    const rows = PAYLOADS.map((p, i) => ({ speaker: p, target: `${p}!`, text: `„${p}“`, count: -i, share: -0.5 }));
    const csv = exportTable("../../etc/passwd", rows, { dir: reports, title: SCRIPT });
    expect(relative(reports, csv)).toBe("etc-passwd.csv");
    expect(expectNoFormulas(csv)).toBe(5 * (rows.length + 1));
    expect(readFileSync(csv, "utf8")).toContain("'=HYPERLINK");
    expect(csvParseRows(readFileSync(csv, "utf8").replace(/^\ufeff/, ""))[1].slice(3)).toEqual(["0", "-0.5"]);
    expect(toCSV(from(rows))).toBe(readFileSync(csv, "utf8"));
    for (const p of FORMULAS) expect(csvCell(p).startsWith("'")).toBe(true);
    expect([csvCell(-3), csvCell(1e-7), csvCell(null)]).toEqual(["-3", "1e-7", ""]);

    const { document } = parseHTML("<!DOCTYPE html><html><body></body></html>");
    const fig = document.createElement("figure");
    const h2 = document.createElement("h2");
    h2.textContent = `${SCRIPT} ${IMG}`;
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "200");
    svg.setAttribute("height", "40");
    const label = document.createElementNS("http://www.w3.org/2000/svg", "text");
    label.textContent = IMG;
    svg.appendChild(label);
    const caption = document.createElement("figcaption");
    caption.textContent = '=HYPERLINK("http://x","y")';
    fig.append(h2, svg, caption);
    const written = exportChart("../../" + IMG, fig as unknown as Element, rows, { dir: reports });
    for (const f of [written.svg, written.png, written.csv!]) expect(relative(reports, f)).not.toMatch(/^\.\.|\//);
    const svgText = readFileSync(written.svg, "utf8");
    expect(svgText).not.toMatch(/<script|<img/i);
    expectInertHtml(svgText.replace(/^<svg[^>]*>/, "<div>").replace(/<\/svg>\n$/, "</div>"), "chart SVG");
    for (const f of tree(root).filter((x) => !files.has(x))) expect(allowed(f), f).toBe(true);
  });

  it("arquero's toHTML (notebook tables) escapes cell text", () => {
    const statements = readFileSync(join(out, "statements.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const table = from(statements.map((s) => ({ doc: s.doc, speaker: s.speaker, text: s.text, cue: s.cue })));
    expect(table.numRows()).toBeGreaterThan(PAYLOADS.length);
    expectInertHtml(table.toHTML(), "statements table");
    const kwic = from(PAYLOADS.map((p) => ({ doc: p, left: p, keyword: SCRIPT, right: IMG })));
    expectInertHtml(kwic.toHTML(), "kwic table");
    expect(kwic.toHTML()).toContain("&lt;script&gt;");
  });

  it("report --skip-notebooks builds an inert index.html from hostile documents and exports", async () => {
    // A metadata file written by someone hostile (or a broken notebook): names and links are attacker-chosen.
    writeFileSync(join(reports, "evil.json"), JSON.stringify({
      kind: "chart", name: `x"${IMG}`, title: SCRIPT, subtitle: IMG, caption: '=HYPERLINK("http://x","y")',
      files: { svg: "javascript:alert(1)", png: `x.png" onerror="alert(1)`, csv: "../../etc/passwd" }, corpus: null, generated: "",
    }));
    writeFileSync(join(reports, "evil-table.json"), JSON.stringify({
      kind: "table", name: "t", title: IMG, subtitle: SCRIPT, caption: "", files: { csv: "javascript:alert(1)" }, corpus: null, generated: "",
    }));
    const { status, err } = await run(["report", "--skip-notebooks", "--out", reports]);
    expect(status, err.join("\n")).toBe(0);
    const html = readFileSync(join(reports, "index.html"), "utf8");
    expectInertHtml(html, "reports/index.html");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Titel 0");
    expect(html).toContain("../../escaped");
    expect(html).not.toContain('href="../../etc/passwd"');
    expect(statSync(join(reports, "index.html")).size).toBeGreaterThan(1000);
  }, 60_000);
});
