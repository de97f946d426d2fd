// `lagebild analyze` in-process, as the tests run it: exit status, every stderr line, and
// the last one (the summary).
import { main } from "../../src/analysis/cli.js";

export async function runAnalyze(args: string[]): Promise<{ status: number; err: string[]; summary: string }> {
  const err: string[] = [];
  const status = await main(["analyze", ...args], { out: () => {}, err: (l) => err.push(l) });
  return { status, err, summary: err[err.length - 1] };
}
