// Executes lagebild's notebooks headlessly with Jupyter (nbconvert) and the project-local
// tslab kernel, writing the executed copies plus an HTML rendering (default out/notebooks/).
// The committed notebooks are never rewritten. Cells run with --allow-errors and the output
// is inspected afterwards: tslab reports TypeScript compile errors only as a stderr stream,
// which nbconvert would otherwise turn into an empty error.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { projectRoot } from "./project.js";

const root = projectRoot();

const SETUP_HINT = "run `bash scripts/setup.sh` (installs Jupyter and registers the tslab kernel in .jupyter/)";

/** Environment for Jupyter: the project-local kernel registration comes first on JUPYTER_PATH. */
export function jupyterEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const local = join(root, ".jupyter", "share", "jupyter");
  return {
    ...base,
    JUPYTER_PATH: base.JUPYTER_PATH ? `${local}:${base.JUPYTER_PATH}` : local,
    DOTENV_CONFIG_QUIET: "true",
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
}

/** The jupyter command: $JUPYTER, else `jupyter` on PATH, else Debian's /usr/bin/jupyter. */
export function jupyterCommand(env: NodeJS.ProcessEnv = process.env): string {
  if (env.JUPYTER) return env.JUPYTER;
  const onPath = spawnSync("jupyter", ["nbconvert", "--version"], { encoding: "utf8", env: jupyterEnv(env) });
  if (onPath.status === 0) return "jupyter";
  return existsSync("/usr/bin/jupyter") ? "/usr/bin/jupyter" : "jupyter";
}

/** Null when Jupyter, nbconvert and the project's tslab kernel are usable; else what is missing and how to fix it. */
export function jupyterProblem(jupyter: string = jupyterCommand()): string | null {
  const env = jupyterEnv();
  const nbconvert = spawnSync(jupyter, ["nbconvert", "--version"], { encoding: "utf8", env });
  if (nbconvert.error || nbconvert.status !== 0) {
    return `\`${jupyter} nbconvert\` is not available: ${SETUP_HINT}.`;
  }
  // Debian's Jupyter has no `jupyter kernelspec` command (it is in the separate jupyter-client
  // package), so the project-local registration is read directly.
  const kernelJson = join(root, ".jupyter", "share", "jupyter", "kernels", "tslab", "kernel.json");
  if (!existsSync(kernelJson)) return `The tslab kernel is not registered (${relative(root, kernelJson)} missing): ${SETUP_HINT}.`;
  const binary = (JSON.parse(readFileSync(kernelJson, "utf8")) as { argv: string[] }).argv[0];
  if (!existsSync(binary)) return `The tslab kernel points at ${binary}, which does not exist: ${SETUP_HINT}.`;
  return null;
}

/** The notebooks of the project (notebooks/*.ipynb), sorted. */
export function listNotebooks(dir: string = join(root, "notebooks")): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ipynb"))
    .sort()
    .map((name) => join(dir, name));
}

export interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
  ename?: string;
  evalue?: string;
  traceback?: string[];
}

export interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
  execution_count?: number | null;
}

export interface Notebook {
  cells: Cell[];
  metadata: { kernelspec?: { name?: string; display_name?: string } };
}

export const joinText = (text: string | string[] | undefined): string =>
  Array.isArray(text) ? text.join("") : (text ?? "");

const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, "");

export interface CellProblem {
  /** 1-based number of the cell in the notebook (markdown cells included). */
  cell: number;
  source: string;
  message: string;
}

/**
 * Compile errors as tslab prints them: "3:7 - Type 'string' is not assignable …" for the cell,
 * "src/analysis/corpus.ts 933:12 - …" for an imported file.
 */
const COMPILE_ERROR = /^(?:\S.* )?\d+:\d+ - /m;

/** Cells that failed: an `error` output, or stderr with an Error or a TypeScript compile diagnostic. */
export function notebookProblems(notebook: Notebook): CellProblem[] {
  const problems: CellProblem[] = [];
  notebook.cells.forEach((cell, index) => {
    for (const output of cell.outputs ?? []) {
      let message: string | null = null;
      if (output.output_type === "error") {
        const trace = stripAnsi((output.traceback ?? []).join("\n")).trim();
        message = trace || `${output.ename ?? "Error"}: ${output.evalue ?? ""}`;
      } else if (output.output_type === "stream" && output.name === "stderr") {
        const text = stripAnsi(joinText(output.text));
        if (/Error/.test(text) || COMPILE_ERROR.test(text)) message = text.trim();
      }
      if (message !== null) problems.push({ cell: index + 1, source: joinText(cell.source), message });
    }
  });
  return problems;
}

/** Outputs of a cell as one string of all text and HTML (for assertions such as "contains <svg"). */
export function cellOutputText(cell: Cell): string {
  return (cell.outputs ?? [])
    .map((o) => joinText(o.text) + Object.values(o.data ?? {}).map(joinText).join(""))
    .join("");
}

export function formatProblems(file: string, problems: CellProblem[]): string {
  const lines = [`${relative(root, file)}: ${problems.length} failing cell${problems.length === 1 ? "" : "s"}`];
  for (const p of problems) {
    lines.push(`--- cell ${p.cell}:`);
    lines.push(p.source.split("\n").map((l) => `    ${l}`).join("\n"));
    lines.push(p.message.split("\n").map((l) => `  ! ${l}`).join("\n"));
  }
  return lines.join("\n");
}

export interface ExecuteOptions {
  /** Where the executed .ipynb goes (same file name as the input). */
  outDir: string;
  /** Per-cell timeout in seconds. */
  cellTimeout?: number;
  /** Also write an HTML rendering of the executed notebook next to it. */
  html?: boolean;
  jupyter?: string;
}

export interface ExecuteResult {
  file: string;
  executed: string;
  html: string | null;
  notebook: Notebook | null;
  problems: CellProblem[];
  /** Set when nbconvert itself failed (kernel did not start, timeout, …). */
  failure: string | null;
  seconds: number;
}

function nbconvert(jupyter: string, args: string[], timeoutMs: number) {
  return spawnSync(jupyter, ["nbconvert", ...args], {
    encoding: "utf8",
    env: jupyterEnv(),
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Runs one notebook with nbconvert (kernel cwd: the notebook's folder) and inspects the result. */
export function executeNotebook(file: string, options: ExecuteOptions): ExecuteResult {
  const { outDir, cellTimeout = 120, html = false, jupyter = jupyterCommand() } = options;
  const started = Date.now();
  mkdirSync(outDir, { recursive: true });
  const name = basename(file, ".ipynb");
  const executed = join(outDir, `${name}.ipynb`);
  rmSync(executed, { force: true });
  const run = nbconvert(
    jupyter,
    [
      "--to", "notebook", "--execute", "--allow-errors",
      `--ExecutePreprocessor.timeout=${cellTimeout}`,
      "--ExecutePreprocessor.startup_timeout=120",
      "--output-dir", outDir, "--output", name,
      file,
    ],
    (cellTimeout + 60) * 1000 * 4,
  );
  const seconds = () => (Date.now() - started) / 1000;
  if (run.error || run.status !== 0 || !existsSync(executed)) {
    const why = run.error ? String(run.error) : `exit code ${run.status}`;
    return {
      file, executed, html: null, notebook: null, problems: [],
      failure: `nbconvert failed for ${relative(root, file)} (${why}):\n${stripAnsi(run.stderr ?? "").trim()}`,
      seconds: seconds(),
    };
  }
  const notebook = JSON.parse(readFileSync(executed, "utf8")) as Notebook;
  let htmlFile: string | null = null;
  let failure: string | null = null;
  if (html) {
    const toHtml = nbconvert(jupyter, ["--to", "html", "--output-dir", outDir, "--output", name, executed], 120_000);
    if (toHtml.status === 0) htmlFile = join(outDir, `${name}.html`);
    else failure = `HTML export failed for ${relative(root, executed)}:\n${stripAnsi(toHtml.stderr ?? "").trim()}`;
  }
  return { file, executed, html: htmlFile, notebook, problems: notebookProblems(notebook), failure, seconds: seconds() };
}

/** A temporary output folder for test runs. */
export function tempOutDir(): string {
  return mkdtempSync(join(tmpdir(), "lagebild-nb-"));
}

/** Progress and problems of a notebook run, one line each. */
export interface RunLog {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * Execute notebooks (default: all in notebooks/) into `outDir` with an HTML copy
 * each; returns the results. Logs one line per notebook and every cell problem.
 */
export function runNotebooks(files: string[], outDir: string, log: RunLog): { results: ExecuteResult[]; failed: number; problem: string | null } {
  const jupyter = jupyterCommand();
  const problem = jupyterProblem(jupyter);
  if (problem) return { results: [], failed: 0, problem };
  const notebooks = files.length > 0 ? files : listNotebooks();
  const results: ExecuteResult[] = [];
  let failed = 0;
  for (const file of notebooks) {
    const result = executeNotebook(file, { outDir, html: true, jupyter });
    results.push(result);
    const ok = !result.failure && result.problems.length === 0;
    const where = [result.notebook ? result.executed : null, result.html].filter(Boolean).map((f) => relative(root, f!));
    log.out(`${ok ? "ok  " : "FAIL"} ${relative(root, file)} (${result.seconds.toFixed(1)} s)${where.length ? ` → ${where.join(", ")}` : ""}`);
    if (result.problems.length > 0) log.err(formatProblems(file, result.problems));
    if (result.failure) log.err(result.failure);
    if (!ok) failed++;
  }
  return { results, failed, problem: null };
}
