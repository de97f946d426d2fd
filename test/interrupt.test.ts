// Stopping a run: Ctrl-C (or, in the resident server, a client that went away) leaves the
// outputs as they were, removes the run's temporary files, and keeps what was analysed in
// the cache for the next run.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot, sharedPath } from "../src/analysis/project.js";
import { analyzeCorpus } from "../src/analysis/analyze.js";
import { seedCorpusCopy } from "./helpers/analyze.js";

const outputs = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("interrupting analyze", () => {
  it("an aborted run leaves the outputs as they were and keeps its analysed documents in the cache", async () => {
    const { tmp, corpus } = seedCorpusCopy("lagebild-stop-");
    const out = join(tmp, "out");
    const cache = join(tmp, "cache");
    await analyzeCorpus([corpus], { out, cacheDir: cache, threads: 0 });
    const before = outputs(out);
    // An edited article (the first) makes the next run a full one; it is stopped after two documents.
    const edited = join(corpus, readdirSync(corpus).filter((f) => f.endsWith(".txt")).sort()[0]);
    writeFileSync(edited, readFileSync(edited, "utf8") + "\nDer russische Außenminister Sergej Lawrow sagte am Dienstag in Peking, die Zusammenarbeit mit China sei eng.\n");
    const stop = new AbortController();
    const run = analyzeCorpus([corpus], { out, cacheDir: cache, threads: 0, signal: stop.signal, onProgress: (done) => done === 2 && stop.abort() });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(outputs(out)).toEqual(before);
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    // The next run finishes and finds the analysed documents in the cache.
    const summary = await analyzeCorpus([corpus], { out, cacheDir: cache, threads: 0 });
    expect(summary.documents).toBe(5);
    expect(summary.reused).toBe(3 * 5); // the edited article too: analysed before the stop
  });

  it("Ctrl-C stops `lagebild analyze` with exit status 130 and a message, its workers included", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "lagebild-sigint-"));
    const out = join(tmp, "out");
    const child = spawn(process.execPath, [join(projectRoot(), "bin", "lagebild.js"), "analyze", sharedPath("corpora", "news-de", "articles.jsonl"), "--out", out, "--no-cache"], {
      env: { ...process.env, LAGEBILD_SERVER: "0" },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise((r) => setTimeout(r, 3000));
    child.kill("SIGINT");
    const status = await new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    expect(stderr).toMatch(/stopping \(SIGINT\)/);
    expect(stderr).toMatch(/interrupted after \d+ documents; the outputs are as they were/);
    expect(status).toBe(130);
    // Nothing was written: no outputs, no temporary files.
    expect(readdirSync(tmp).includes("out") ? readdirSync(out) : []).toEqual([]);
  }, 60_000);
});
