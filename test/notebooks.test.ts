// Executes every notebook in notebooks/ through Jupyter with the project's tslab kernel and
// fails on any failing cell (runtime errors and TypeScript compile errors alike). Needs
// Jupyter and the kernel: `bash scripts/setup.sh` installs both. Never skips.
import { readFileSync, rmSync } from "node:fs";
import { basename } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  cellOutputText,
  executeNotebook,
  formatProblems,
  joinText,
  jupyterCommand,
  jupyterProblem,
  listNotebooks,
  tempOutDir,
  type Notebook,
} from "../src/analysis/notebooks.js";

const NOTEBOOK_TIMEOUT_MS = 120_000;
const notebooks = listNotebooks();
const outDir = tempOutDir();
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

let environment: { jupyter: string; problem: string | null } | undefined;
function jupyter(): string {
  environment ??= (() => {
    const command = jupyterCommand();
    return { jupyter: command, problem: jupyterProblem(command) };
  })();
  if (environment.problem) throw new Error(environment.problem);
  return environment.jupyter;
}

describe("notebooks", () => {
  it("there are notebooks", () => {
    expect(notebooks.length).toBeGreaterThan(0);
  });

  it("Jupyter and the project's tslab kernel are installed", () => {
    expect(() => jupyter()).not.toThrow();
  });

  describe.each(notebooks.map((file) => [basename(file), file]))("%s", (_name, file) => {
    const committed = JSON.parse(readFileSync(file, "utf8")) as Notebook;

    it("is committed clean and uses the tslab kernel", () => {
      expect(committed.metadata.kernelspec?.name).toBe("tslab");
      const withOutputs = committed.cells
        .map((cell, i) => ({ cell: i + 1, cell_type: cell.cell_type, outputs: cell.outputs?.length ?? 0, count: cell.execution_count ?? null }))
        .filter((c) => c.cell_type === "code" && (c.outputs > 0 || c.count !== null));
      expect(withOutputs, "cells with stored outputs (clear them before committing)").toEqual([]);
    });

    it(
      "runs without errors, every chart renders an <svg>",
      () => {
        const result = executeNotebook(file, { outDir, jupyter: jupyter(), cellTimeout: 120 });
        if (result.failure) throw new Error(result.failure);
        if (result.problems.length > 0) throw new Error(formatProblems(file, result.problems));
        const cells = result.notebook!.cells;
        // A cell that displays a chart (chartHTML(...)) must have produced SVG markup.
        const chartCells = cells
          .map((cell, i) => ({ cell, number: i + 1 }))
          .filter(({ cell }) => cell.cell_type === "code" && joinText(cell.source).includes("chartHTML("));
        const withoutSvg = chartCells.filter(({ cell }) => !cellOutputText(cell).includes("<svg")).map((c) => c.number);
        expect(withoutSvg, "chart cells without <svg> output").toEqual([]);
      },
      NOTEBOOK_TIMEOUT_MS,
    );
  });
});
