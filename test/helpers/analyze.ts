// `lagebild analyze` in-process, as the tests run it: exit status, every stderr line, and
// the last one (the summary).
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/analysis/cli.js";
import { projectRoot } from "../../src/analysis/project.js";

export async function runAnalyze(args: string[]): Promise<{ status: number; err: string[]; summary: string }> {
  const err: string[] = [];
  const status = await main(["analyze", ...args], { out: () => {}, err: (l) => err.push(l) });
  return { status, err, summary: err[err.length - 1] };
}

/** A temporary folder with a copy of the seed articles in corpus/, to change or add to. */
export function seedCorpusCopy(prefix: string): { tmp: string; corpus: string } {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  const corpus = join(tmp, "corpus");
  cpSync(join(projectRoot(), "seeds"), corpus, { recursive: true });
  return { tmp, corpus };
}
