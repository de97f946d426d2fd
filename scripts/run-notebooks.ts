// Runs notebooks headlessly: node bin/run.js scripts/run-notebooks.ts [notebook.ipynb …] [--out <dir>]
// (`lagebild report` does the same and then builds reports/index.html.)
import { join, resolve } from "node:path";
import { projectRoot } from "../src/analysis/project.js";
import { runNotebooks } from "../src/analysis/notebooks.js";

export * from "../src/analysis/notebooks.js";

function main(args: string[]): number {
  let outDir = join(projectRoot(), "out", "notebooks");
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--out") outDir = resolve(args[++i] ?? outDir);
    else if (args[i] === "--help" || args[i] === "-h") {
      console.log("usage: node bin/run.js scripts/run-notebooks.ts [notebook.ipynb …] [--out <dir>]");
      return 0;
    } else files.push(resolve(args[i]));
  }
  const { failed, problem, results } = runNotebooks(files, outDir, { out: (l) => console.log(l), err: (l) => console.error(l) });
  if (problem) {
    console.error(`lagebild: ${problem}`);
    return 1;
  }
  if (failed > 0) {
    console.error(`lagebild: ${failed} of ${results.length} notebooks failed`);
    return 1;
  }
  return 0;
}

if (/run-notebooks\.ts$/.test(process.argv[1] ?? "")) process.exitCode = main(process.argv.slice(2));
