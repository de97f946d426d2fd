import { describe, expect, it } from "vitest";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/analysis/cli.js";
import { projectRoot } from "../src/analysis/project.js";
import { stageFingerprints } from "../src/analysis/cache.js";

async function analyze(args: string[]) {
  const err: string[] = [];
  const status = await main(["analyze", ...args], { out: () => {}, err: (l) => err.push(l) });
  return { status, summary: err[err.length - 1] };
}

const outputs = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("incremental cache", () => {
  it("gives byte-identical outputs cold and warm, and computes only an added article", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "lagebild-cache-"));
    const corpus = join(tmp, "corpus");
    cpSync(join(projectRoot(), "seeds"), corpus, { recursive: true });
    const cache = join(tmp, "cache");
    const cold = await analyze([corpus, "--out", join(tmp, "cold"), "--cache", cache]);
    expect(cold.status).toBe(0);
    expect(cold.summary).toContain("cache: 0 of 15 results reused");
    const warm = await analyze([corpus, "--out", join(tmp, "warm"), "--cache", cache]);
    expect(warm.summary).toContain("cache: 15 of 15 results reused");
    expect(outputs(join(tmp, "warm"))).toEqual(outputs(join(tmp, "cold")));
    const uncached = await analyze([corpus, "--out", join(tmp, "uncached"), "--no-cache"]);
    expect(uncached.status).toBe(0);
    expect(outputs(join(tmp, "uncached"))).toEqual(outputs(join(tmp, "cold")));

    // A new article: only its three stage results are computed.
    writeFileSync(
      join(corpus, "005_test.txt"),
      "Annalena Baerbock trifft Wang Yi in Peking\n\nDie deutsche Außenministerin Annalena Baerbock hat am Montag in Peking den chinesischen Außenminister Wang Yi getroffen. " +
        "„Wir wollen die Zusammenarbeit beim Klimaschutz vertiefen“, sagte Baerbock nach dem Treffen.\n",
    );
    const added = await analyze([corpus, "--out", join(tmp, "added"), "--cache", cache]);
    expect(added.summary).toContain("6 documents");
    expect(added.summary).toContain("cache: 15 of 18 results reused");
    // The new document, its actor, co-mention and statement are in the outputs.
    const read = (f: string) => readFileSync(join(tmp, "added", f), "utf8");
    expect(read("documents.jsonl")).toContain('"id":"005_test"');
    const mentions = read("mentions.jsonl").trim().split("\n").map((l) => JSON.parse(l));
    expect(mentions.some((m) => m.doc === "005_test" && m.actor === "Annalena Baerbock")).toBe(true);
    expect(read("comentions.csv")).toMatch(/^Annalena Baerbock,Wang Yi,sentence,2,1,/m);
    const statements = read("statements.jsonl").trim().split("\n").map((l) => JSON.parse(l));
    expect(statements.find((st) => st.doc === "005_test")).toMatchObject({ speaker: "Annalena Baerbock", kind: "direct", cue: "sagte" });
  });

  it("invalidates exactly the stages whose data files changed", () => {
    const root = mkdtempSync(join(tmpdir(), "lagebild-fp-"));
    cpSync(join(projectRoot(), "src"), join(root, "src"), { recursive: true });
    cpSync(join(projectRoot(), "data"), join(root, "data"), { recursive: true });
    const before = stageFingerprints(root);
    appendFileSync(join(root, "data", "actors.yaml"), "\n# a comment is a change\n");
    const registryEdited = stageFingerprints(root);
    expect(registryEdited.text).toBe(before.text);
    expect(registryEdited.actors).not.toBe(before.actors);
    expect(registryEdited.statements).not.toBe(before.statements);
    appendFileSync(join(root, "data", "stance", "cues.tsv"), "\n");
    const stanceEdited = stageFingerprints(root);
    expect(stanceEdited.actors).toBe(registryEdited.actors);
    expect(stanceEdited.statements).not.toBe(registryEdited.statements);
    appendFileSync(join(root, "data", "stopwords.txt"), "\nbeispielwort\n");
    const textEdited = stageFingerprints(root);
    expect(textEdited.text).not.toBe(stanceEdited.text);
    expect(textEdited.actors).not.toBe(stanceEdited.actors);
  });
});
