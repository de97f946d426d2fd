import { describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addArticles, checkProject, withFrontMatter } from "../src/analysis/maintenance.js";
import { loadCorpus } from "../src/analysis/corpus.js";
import { projectRoot } from "../src/analysis/project.js";
import { main } from "../src/analysis/cli.js";

const seeds = join(projectRoot(), "seeds");
const article = "China und Russland vereinbaren engere Zusammenarbeit\n\nDer russische Außenminister Sergej Lawrow hat am Dienstag in Moskau seinen chinesischen Amtskollegen Wang Yi empfangen. Beide Seiten wollen die Zusammenarbeit vertiefen.\n";

describe("lagebild add", () => {
  it("copies an article with metadata as front matter and refuses duplicates", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "lagebild-add-"));
    const dir = join(tmp, "articles");
    const input = join(tmp, "neu.txt");
    writeFileSync(input, article);
    const before = statSync(input).mtimeMs;
    const first = await addArticles([input], { dir, date: "2025-03-04", source: "Testquelle", existing: [seeds, dir] });
    expect(first.problems).toEqual([]);
    expect(first.added).toEqual([join(dir, "neu.md")]);
    const { documents } = await loadCorpus([dir]);
    expect(documents[0]).toMatchObject({ id: "neu", date: "2025-03-04", source: "Testquelle" });
    expect(statSync(input).mtimeMs).toBe(before);
    // The same text again, under another name: refused, naming the file and the twin.
    const copy = join(tmp, "kopie.txt");
    writeFileSync(copy, article);
    const second = await addArticles([copy], { dir, existing: [seeds, dir] });
    expect(second.added).toEqual([]);
    expect(second.problems).toHaveLength(1);
    expect(second.problems[0].message).toContain("already in the corpus as neu");
    // A seed is already in the corpus too.
    const seed = readdirSync(seeds).find((f) => f.endsWith(".txt"))!;
    const third = await addArticles([join(seeds, seed)], { dir, existing: [seeds, dir] });
    expect(third.problems[0].file).toBe(join(seeds, seed));
    expect(readdirSync(dir)).toEqual(["neu.md"]);
  });

  it("adds saved web pages: copied as they are, or as their article text with the page's metadata", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "lagebild-add-html-"));
    const dir = join(tmp, "articles");
    const page = (title: string, body: string) =>
      `<!doctype html><html lang="de"><head><title>${title} | Zeitung</title><meta property="og:title" content="${title}">` +
      `<meta property="article:published_time" content="2025-02-01T08:00:00Z"><meta property="og:site_name" content="Zeitung"></head>` +
      `<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav><article><h1>${title}</h1>` +
      body.split("\n\n").map((p) => `<p>${p}</p>`).join("") + `</article><footer>© Zeitung 2025</footer></body></html>`;
    const [head, ...rest] = article.trim().split("\n\n");
    const first = join(tmp, "seite.html");
    writeFileSync(first, page(head, rest.join("\n\n")));
    const copied = await addArticles([first], { dir, existing: [seeds, dir] });
    expect(copied.problems).toEqual([]);
    expect(copied.added).toEqual([join(dir, "seite.html")]);
    expect(readFileSync(join(dir, "seite.html"), "utf8")).toBe(readFileSync(first, "utf8"));
    // The same article in another page (other furniture): the loader's article text decides.
    const twin = join(tmp, "andere.htm");
    writeFileSync(twin, page(head, rest.join("\n\n")).replace("Startseite", "Home"));
    const refused = await addArticles([twin], { dir, existing: [seeds, dir] });
    expect(refused.problems.map((p) => p.message)).toEqual(["already in the corpus as seite"]);
    // With metadata: a .md of the article text; the page's title and source, the given date.
    const other = join(tmp, "zweite.html");
    writeFileSync(other, page("Moskau und Peking beraten über Energie", "Wang Yi sagte, beide Seiten wollten mehr Gas handeln.\n\nLawrow stimmte zu."));
    const withMeta = await addArticles([other], { dir, date: "2025-03-04", existing: [seeds, dir] });
    expect(withMeta.problems).toEqual([]);
    expect(withMeta.added).toEqual([join(dir, "zweite.md")]);
    const md = readFileSync(join(dir, "zweite.md"), "utf8");
    expect(md).not.toContain("Startseite");
    expect(md).not.toContain("<p>");
    const { documents } = await loadCorpus([dir]);
    const byId = new Map(documents.map((d) => [d.id, d]));
    expect(byId.get("seite")).toMatchObject({ title: head, date: "2025-02-01", source: "Zeitung" });
    expect(byId.get("zweite")).toMatchObject({ title: "Moskau und Peking beraten über Energie", date: "2025-03-04", source: "Zeitung" });
    expect(byId.get("zweite")!.text).toContain("Wang Yi sagte, beide Seiten wollten mehr Gas handeln.");
    // Added again, the page is recognised in its .md form; a page without article text is refused.
    expect((await addArticles([other], { dir, existing: [seeds, dir] })).problems[0].message).toBe("already in the corpus as zweite");
    const empty = join(tmp, "leer.html");
    writeFileSync(empty, "<!doctype html><html><body><nav>Menü</nav></body></html>");
    expect((await addArticles([empty], { dir, existing: [seeds, dir] })).problems[0].message).toContain("no article text in the page");
  });

  it("keeps fields of the file's own front matter", () => {
    expect(withFrontMatter("---\ndate: 2024-01-01\n---\nText", { date: "2025-01-01", source: "X" })).toBe("---\ndate: 2024-01-01\nsource: X\n---\nText");
  });

  it("is a command with a usage message", async () => {
    const err: string[] = [];
    expect(await main(["add"], { out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(await main(["add", "x.txt", "--date", "4.3.2025"], { out: () => {}, err: (l) => err.push(l) })).toBe(2);
    expect(err.join("\n")).toContain("--date must be YYYY-MM-DD");
  });
});

describe("lagebild check", () => {
  it("finds nothing wrong with the project's own data and seeds", async () => {
    expect((await checkProject([seeds])).filter((p) => p.level === "error")).toEqual([]);
  });

  it("lists every problem of a messy folder, one line each", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-check-"));
    cpSync(join(seeds, readdirSync(seeds).find((f) => f.endsWith(".txt"))!), join(dir, "gut.txt"));
    writeFileSync(join(dir, "leer.txt"), "");
    writeFileSync(join(dir, "kaputt.md"), "---\ntitle: [unclosed\n---\nText des Artikels mit genug Inhalt.\n");
    writeFileSync(join(dir, "manifest.json"), "{ not json");
    mkdirSync(join(dir, "sub"));
    const problems = await checkProject([dir]);
    const files = problems.map((p) => p.file);
    expect(files.some((f) => f.endsWith("leer.txt"))).toBe(true);
    expect(files.some((f) => f.endsWith("kaputt.md"))).toBe(true);
    expect(files.some((f) => f.endsWith("manifest.json"))).toBe(true);
    const out: string[] = [];
    await main(["check", dir], { out: (l) => out.push(l), err: () => {} });
    expect(out).toHaveLength(problems.length);
    expect(existsSync(join(dir, "gut.txt"))).toBe(true);
    expect(readFileSync(join(dir, "leer.txt"), "utf8")).toBe("");
  });
});
