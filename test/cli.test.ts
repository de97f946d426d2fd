import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/analysis/cli.js";
import { projectRoot } from "../src/analysis/project.js";

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (l) => out.push(l), err: (l) => err.push(l) }).then((status) => ({ status, out, err }));
}

const csvRows = (file: string) => readFileSync(file, "utf8").replace(/^\ufeff/, "").trim().split("\n").map((l) => l.split(","));

describe("lagebild stance", () => {
  it("writes one polarity per readable line and reports the broken one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-stance-"));
    const input = join(dir, "in.jsonl");
    const snippet = "Die Regierung lobte die enge Zusammenarbeit mit Frankreich.";
    writeFileSync(input, JSON.stringify({ id: "a", opinion_snippet: snippet, target: "Frankreich", target_anchor: { from: snippet.indexOf("Frankreich"), to: snippet.indexOf("Frankreich") + 10 } }) + "\n{broken\n");
    const { status, err } = await run(["stance", input, "--out", join(dir, "out.jsonl")]);
    expect(status).toBe(0);
    expect(err.some((l) => l.includes("in.jsonl") && l.includes("2"))).toBe(true);
    const rows = readFileSync(join(dir, "out.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1);
    expect(rows[0].id).toBe("a");
    expect(["positive", "neutral", "negative"]).toContain(rows[0].polarity);
  });
});

describe("lagebild analyze", () => {
  it("writes documents, terms and corpus terms for the seeds", async () => {
    const out = mkdtempSync(join(tmpdir(), "lagebild-cli-"));
    const { status, err } = await run(["analyze", join(projectRoot(), "seeds"), "--out", out]);
    expect(status).toBe(0);
    expect(err.join("\n")).toContain("5 documents");
    const docs = readFileSync(join(out, "documents.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(docs.map((d) => d.date)).toEqual(["2024-01-11", "2024-11-12", "2020-07-24", "2024-02-08", "2025-02-28"]);
    expect(docs[0].sentences).toBeGreaterThan(5);
    expect(docs[0].removed.some((r: { text: string }) => r.text.startsWith("BRNN>>"))).toBe(true);
    const corpus = csvRows(join(out, "corpus-terms.csv"));
    expect(corpus[0]).toEqual(["lemma", "count", "doc_count", "per_10k"]);
    expect(corpus.find((r) => r[0] === "China")!.slice(1, 3)).toEqual(["24", "5"]);
    expect(corpus.some((r) => r[0] === "und")).toBe(false);
    const terms = csvRows(join(out, "terms.csv"));
    expect(terms[0]).toEqual(["doc", "term", "lemma", "count"]);
    expect(terms.find((r) => r[0] === "002_2cbafb68f2645588" && r[1] === "Chinas")).toEqual(["002_2cbafb68f2645588", "Chinas", "China", "4"]);
    const mentions = readFileSync(join(out, "mentions.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const text000 = readFileSync(join(projectRoot(), "seeds", "000_2609a3f4d5f1518f.txt"), "utf8");
    expect(mentions.some((m) => m.doc === "000_2609a3f4d5f1518f" && m.actor === "Sergej Lawrow" && m.surface === "Sergei Lawrow")).toBe(true);
    expect(text000).toContain("Sergei Lawrow");
    const pairs = csvRows(join(out, "comentions.csv"));
    expect(pairs[0]).toEqual(["actor_a", "actor_b", "window", "count", "docs", "pmi", "npmi", "g2", "jaccard", "dice", "type_a", "type_b", "count_a", "count_b"]);
    expect(pairs.some((r) => r[0] === "Sergej Lawrow" && r[1] === "Wang Yi" && r[2] === "sentence")).toBe(true);
    expect(pairs.some((r) => r[0] === "Marco Rubio" && r[1] === "Sergej Lawrow" && r[2] === "sentence")).toBe(true);
    expect(new Set(pairs.slice(1).map((r) => r[2]))).toEqual(new Set(["sentence", "paragraph", "article"]));
    const statements = readFileSync(join(out, "statements.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const raw001 = readFileSync(join(projectRoot(), "seeds", "001_32bcdc2161b30d8b.txt"), "utf8");
    const quote = statements.find((st) => st.doc === "001_32bcdc2161b30d8b" && st.kind === "direct" && st.text.includes("unterstützen sich gegenseitig"));
    expect(quote.speaker).toBe("Wang Yi");
    expect(raw001.slice(quote.start, quote.end)).toContain("unterstützen sich gegenseitig");
    const stance = csvRows(join(out, "stance.csv"));
    expect(stance[0]).toEqual(["speaker", "target", "polarity", "count", "docs", "statements"]);
    expect(stance.some((r) => r[0] === "Russischer Sicherheitsrat" && r[1] === "NATO" && r[2] === "oppose")).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps what several sides say together only with --joint-statements, and a switch re-reads the statements", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-joint-"));
    const args = ["analyze", join(projectRoot(), "seeds"), "--out", join(dir, "out"), "--cache", join(dir, "cache")];
    const jointOnes = () =>
      readFileSync(join(dir, "out", "statements.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l))
        .filter((st) => /^Zwei hochrangige chinesische und russische Beamte erklärten/.test(st.text));
    expect((await run(args)).status).toBe(0);
    expect(jointOnes()).toEqual([]);
    const joint = await run([...args, "--joint-statements"]);
    expect(joint.status).toBe(0);
    // Text and actors come from the cache; only the statements are computed again.
    expect(joint.err.join("\n")).toContain("cache: 10 of 15 results reused");
    expect(jointOnes().map((st) => st.cue)).toEqual(["erklärten"]);
    expect(jointOnes()[0].speaker).toMatch(/Beamte/);
    const back = await run(args);
    expect(back.err.join("\n")).toContain("cache: 15 of 15 results reused");
    expect(jointOnes()).toEqual([]);
  });

  it("reports bad files one line each, naming them, and processes the rest", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-bad-"));
    cpSync(join(projectRoot(), "seeds", "000_2609a3f4d5f1518f.txt"), join(dir, "good.txt"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]));
    const before = readdirSync(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f)).toString("base64")]);
    const out = join(dir, "out");
    const { status, err } = await run(["analyze", dir, join(dir, "missing.txt"), "--out", out]);
    expect(status).toBe(0);
    for (const name of ["empty.txt", "binary.txt", "missing.txt"]) expect(err.filter((l) => l.includes(name))).toHaveLength(1);
    expect(readFileSync(join(out, "documents.jsonl"), "utf8").trim().split("\n")).toHaveLength(1);
    const after = readdirSync(dir).filter((f) => f !== "out").map((f) => [f, statSync(join(dir, f)).mtimeMs, readFileSync(join(dir, f)).toString("base64")]);
    expect(after).toEqual(before);
  });

  it("keeps the previous outputs when nothing loads, and explains usage errors", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-none-"));
    writeFileSync(join(dir, "documents.jsonl"), "previous\n");
    writeFileSync(join(dir, "empty.txt"), "   \n");
    const { status } = await run(["analyze", join(dir, "empty.txt"), "--out", dir]);
    expect(status).toBe(1);
    expect(readFileSync(join(dir, "documents.jsonl"), "utf8")).toBe("previous\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect((await run(["analyze"])).status).toBe(2);
    expect((await run(["analyze", "--bogus", "x"])).status).toBe(2);
    expect((await run(["nonsense"])).status).toBe(2);
    const help = await run(["analyze", "--help"]);
    expect(help.status).toBe(0);
    expect(help.out.join("\n")).toContain("corpus-terms.csv");
    expect(existsSync(join(dir, "terms.csv"))).toBe(false);
  });
});
