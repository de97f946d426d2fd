// Starts and stops a real Jupyter Notebook server (Debian's Notebook 6.4) for browser tests.
//
// The server process is `jupyter-notebook` itself (not the `jupyter` wrapper, whose PID would
// leave the server running when killed). It listens on 127.0.0.1 on a free port with a random
// token, uses the project-local tslab kernel registration (.jupyter/share/jupyter) and keeps its
// runtime and config files in a temporary folder. stop() shuts the kernels down over the REST
// API, asks the server to exit (/api/shutdown, which also cleans up kernels), and escalates to
// SIGTERM and SIGKILL by the server's PID when it does not.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const SETUP_HINT = "run `bash scripts/setup.sh` (installs Jupyter, Chromium and the tslab kernel)";

export interface JupyterServer {
  /** Base URL without token, e.g. http://127.0.0.1:8901/ */
  url: string;
  token: string;
  /** PID of the jupyter-notebook process. */
  pid: number;
  /** URL that opens a notebook (path relative to the notebook dir) with the token. */
  notebookUrl(path: string): string;
  /** Shuts down every session and kernel the server runs (keeps the server). */
  shutdownKernels(): Promise<void>;
  /** Server log (stdout + stderr) so far. */
  log(): string;
  /** Stops the server and waits until its process has exited. Safe to call twice. */
  stop(): Promise<void>;
}

/** The jupyter-notebook executable: $JUPYTER_NOTEBOOK, else on PATH, else Debian's /usr/bin/jupyter-notebook. */
export function jupyterNotebookCommand(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.JUPYTER_NOTEBOOK) return env.JUPYTER_NOTEBOOK;
  const which = spawnSync("sh", ["-c", "command -v jupyter-notebook"], { encoding: "utf8" });
  const onPath = which.status === 0 ? which.stdout.trim() : "";
  if (onPath) return onPath;
  return existsSync("/usr/bin/jupyter-notebook") ? "/usr/bin/jupyter-notebook" : null;
}

/** Null when the Notebook server and the project's tslab kernel are usable; else what is missing. */
export function jupyterServerProblem(root: string): string | null {
  const command = jupyterNotebookCommand();
  if (!command) return `jupyter-notebook (Jupyter Notebook server) is not installed: ${SETUP_HINT}.`;
  const version = spawnSync(command, ["--version"], { encoding: "utf8" });
  if (version.error || version.status !== 0) {
    return `\`${command} --version\` failed (${version.error?.message ?? version.stderr.trim()}): ${SETUP_HINT}.`;
  }
  const kernelJson = join(root, ".jupyter", "share", "jupyter", "kernels", "tslab", "kernel.json");
  if (!existsSync(kernelJson)) return `The tslab kernel is not registered (${relative(root, kernelJson)} missing): ${SETUP_HINT}.`;
  const binary = (JSON.parse(readFileSync(kernelJson, "utf8")) as { argv: string[] }).argv[0];
  if (!existsSync(binary)) return `The tslab kernel points at ${binary}, which does not exist: ${SETUP_HINT}.`;
  return null;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolvePort(port) : reject(new Error("no free port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => {
      child.off("exit", onExit);
      resolveExit(false);
    }, ms);
    const onExit = () => {
      clearTimeout(timer);
      resolveExit(true);
    };
    child.once("exit", onExit);
  });
}

export interface StartOptions {
  /** Folder the server serves (its notebook dir); the kernel's working directory is the notebook's folder. */
  notebookDir: string;
  /** The lagebild project folder (for the kernel registration and LAGEBILD_ROOT). */
  root: string;
  /** Extra environment for the server and its kernels. */
  env?: NodeJS.ProcessEnv;
  /** How long to wait for the server to answer (ms). */
  startTimeout?: number;
}

export async function startJupyterServer(options: StartOptions): Promise<JupyterServer> {
  const command = jupyterNotebookCommand();
  if (!command) throw new Error(`jupyter-notebook is not installed: ${SETUP_HINT}.`);
  const port = await freePort();
  const token = randomBytes(24).toString("hex");
  const home = mkdtempSync(join(tmpdir(), "lagebild-jupyter-"));
  const localKernels = join(options.root, ".jupyter", "share", "jupyter");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    JUPYTER_PATH: process.env.JUPYTER_PATH ? `${localKernels}:${process.env.JUPYTER_PATH}` : localKernels,
    JUPYTER_RUNTIME_DIR: join(home, "runtime"),
    JUPYTER_CONFIG_DIR: join(home, "config"),
    DOTENV_CONFIG_QUIET: "true",
    LAGEBILD_ROOT: options.root,
    PYDEVD_DISABLE_FILE_VALIDATION: "1",
  };
  const args = [
    "--no-browser",
    "--allow-root",
    "--ip=127.0.0.1",
    `--port=${port}`,
    "--port-retries=0",
    `--notebook-dir=${options.notebookDir}`,
    `--NotebookApp.token=${token}`,
    "--NotebookApp.password=",
    // No MathJax from a CDN, no update checks: the machine may have no network.
    "--NotebookApp.enable_mathjax=False",
  ];
  // detached: the server leads its own process group, so nothing it starts is tied to vitest's.
  const child = spawn(command, args, { cwd: options.notebookDir, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  let spawnError: Error | null = null;
  child.on("error", (e) => (spawnError = e));

  const url = `http://127.0.0.1:${port}/`;
  const api = (path: string) => `${url}${path}${path.includes("?") ? "&" : "?"}token=${token}`;
  let stopped = false;

  const server: JupyterServer = {
    url,
    token,
    pid: child.pid ?? -1,
    notebookUrl: (path) => api(`notebooks/${path.split("/").map(encodeURIComponent).join("/")}`),
    log: () => log,
    async shutdownKernels() {
      if (exited(child)) return;
      try {
        const sessions = (await (await fetch(api("api/sessions"))).json()) as { id: string }[];
        for (const s of sessions) await fetch(api(`api/sessions/${s.id}`), { method: "DELETE" });
        const kernels = (await (await fetch(api("api/kernels"))).json()) as { id: string }[];
        for (const k of kernels) await fetch(api(`api/kernels/${k.id}`), { method: "DELETE" });
      } catch {
        // The server is going away anyway; stop() escalates.
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (!exited(child)) {
          await server.shutdownKernels();
          // /api/shutdown stops the IO loop; the server then cleans up its kernels and exits.
          await fetch(api("api/shutdown"), { method: "POST", signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
          if (!(await waitForExit(child, 15_000)) && child.pid) {
            process.kill(child.pid, "SIGTERM");
            if (!(await waitForExit(child, 10_000))) {
              process.kill(child.pid, "SIGKILL");
              await waitForExit(child, 5_000);
            }
          }
        }
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    },
  };

  // Wait until the REST API answers with the token.
  const deadline = Date.now() + (options.startTimeout ?? 60_000);
  for (;;) {
    if (spawnError) throw new Error(`could not start ${command}: ${(spawnError as Error).message}`);
    if (exited(child)) {
      await server.stop();
      throw new Error(`${command} exited (code ${child.exitCode}, signal ${child.signalCode}) before answering:\n${log}`);
    }
    try {
      const res = await fetch(api("api/status"), { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return server;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${command} did not answer on ${url} within ${options.startTimeout ?? 60_000} ms:\n${log}`);
    }
    await sleep(250);
  }
}
