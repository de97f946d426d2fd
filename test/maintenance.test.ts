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
