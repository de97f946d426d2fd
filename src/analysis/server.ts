// A resident analysis server. `lagebild server start` keeps one process with the
// modules loaded, the lexicons read and the JIT compiler warm; `lagebild analyze`
// hands its command to that process when one runs for this project, and runs by
// itself otherwise. The server runs one command at a time, exactly as the command line
// would (same code, same outputs), and steps down when the code or data files it loaded
// change (a new server on the current files takes its place) or after a while without
// requests. The protocol: one JSON object a line over a Unix socket that only the
// user can open; `lagebild analyze` talks it in bin/client.js (plain JavaScript, quick
// to start), the server commands through `askServer`.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createConnection, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "./cli.js";
import { writeFileAtomic } from "./export.js";
import type { ParquetFileWriter } from "./parquet.js";
import { projectRoot } from "./project.js";

/** What a running server wrote into `server.json`. */
export interface ServerInfo {
  pid: number;
  socket: string;
  started: string;
  idleMinutes: number;
}

/** A command for the server: the command line's arguments, where it was started, its LAGEBILD_* settings. */
export interface ServerRequest {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  /** Seconds the client took to start, for `--timings`. */
  startup?: number;
}

type Reply = { out: string } | { err: string } | { exit: number } | { refused: string } | { status: ServerStatus };

export interface ServerStatus {
  pid: number;
  started: string;
  idleMinutes: number;
  served: number;
}

/** The folder of the server's socket, info and log: `LAGEBILD_SERVER_DIR`, else `.cache/server/` of the project. */
export function serverDir(root: string = projectRoot()): string {
  return process.env.LAGEBILD_SERVER_DIR ?? join(root, ".cache", "server");
}

/** The socket path; in the temp folder when the folder's path is too long for a Unix socket (about 100 bytes). */
function socketPathFor(dir: string): string {
  const path = join(dir, "lagebild.sock");
  if (Buffer.byteLength(path) < 100) return path;
  return join(tmpdir(), `lagebild-${createHash("sha1").update(dir).digest("hex").slice(0, 12)}.sock`);
}

/** LAGEBILD_* settings that change what a command does (the server's own folder and LAGEBILD_SERVER do not); bin/client.js sends the same. */
export function settingsOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (k.startsWith("LAGEBILD_") && k !== "LAGEBILD_SERVER_DIR" && k !== "LAGEBILD_SERVER" && v !== undefined) out[k] = v;
  return out;
}

/**
 * Size and modification time of every file the server's results depend on: sources,
 * the compiled build, the launchers and the data files (registries, lexicons, stopwords),
 * not the articles in data/articles/ (input, read anew by every command).
 */
export function projectSignature(root: string = projectRoot()): string {
  const hash = createHash("sha1");
  const articles = join(root, "data", "articles");
  const walk = (dir: string) => {
    if (dir === articles) return;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) {
        const st = statSync(path);
        hash.update(`${path}\u0000${st.size}\u0000${st.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ["src", "bin", "data", "dist"]) walk(join(root, dir));
  for (const file of ["package.json", join("dist", ".built")]) {
    const path = join(root, file);
    if (existsSync(path)) hash.update(`${path}\u0000${statSync(path).mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function readInfo(dir: string): ServerInfo | null {
  try {
    return JSON.parse(readFileSync(join(dir, "server.json"), "utf8")) as ServerInfo;
  } catch {
    return null;
  }
}

/**
 * Sends one request to the server of `dir` and passes each reply to `onReply`. Resolves
 * with false when there is no server to talk to (nothing listening, or it went away
 * before answering in full), true when the exchange ended with a final reply.
 */
export function askServer(request: ServerRequest | { command: "status" | "stop" }, onReply: (reply: Reply) => void, dir: string = serverDir()): Promise<boolean> {
  const info = readInfo(dir);
  if (!info) return Promise.resolve(false);
  return new Promise((resolve) => {
    let done = false;
    let buffered = "";
    const conn = createConnection(info.socket);
    conn.setEncoding("utf8");
    conn.on("connect", () => conn.write(JSON.stringify(request) + "\n"));
    conn.on("data", (chunk: string) => {
      buffered += chunk;
      for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
        const reply = JSON.parse(buffered.slice(0, nl)) as Reply;
        buffered = buffered.slice(nl + 1);
        if ("exit" in reply || "refused" in reply || "status" in reply) done = true;
        onReply(reply);
      }
    });
    conn.on("error", () => resolve(false));
    conn.on("close", () => resolve(done));
  });
}

/** Starts a server in the background for this project; resolves with its info once it listens. */
export async function startServer(options: { idleMinutes?: number; dir?: string; waitSeconds?: number } = {}): Promise<ServerInfo> {
  const dir = options.dir ?? serverDir();
  mkdirSync(dir, { recursive: true });
  const log = openSync(join(dir, "server.log"), "a");
  const args = [join(projectRoot(), "bin", "lagebild.js"), "server", "run", "--idle", String(options.idleMinutes ?? 30)];
  const child = spawn(process.execPath, args, { detached: true, stdio: ["ignore", log, log], env: { ...process.env, LAGEBILD_SERVER_DIR: dir } });
  child.unref();
  const deadline = Date.now() + (options.waitSeconds ?? 30) * 1000;
  while (Date.now() < deadline) {
    const info = readInfo(dir);
    if (info && info.pid === child.pid && (await askServer({ command: "status" }, () => {}, dir))) return info;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`the server did not start; see ${join(dir, "server.log")}`);
}

/**
 * Analyses the project's seed articles in a temp folder, from scratch and then with one
 * article added, twice: the first real command then finds the lexicons loaded and the
 * code of both kinds of run compiled.
 */
async function warmUp(main: (argv: string[], io: Io) => Promise<number>, root: string, writeParquet: ParquetFileWriter): Promise<void> {
  const seeds = join(root, "seeds");
  const articles = existsSync(seeds) ? readdirSync(seeds).filter((f) => /\.(txt|md)$/.test(f)).sort() : [];
  if (articles.length < 2) return;
  const tmp = mkdtempSync(join(tmpdir(), "lagebild-warm-"));
  const quiet: Io = { out: () => {}, err: () => {}, writeParquet };
  const corpus = join(tmp, "corpus");
  const run = () => main(["analyze", corpus, "--out", join(tmp, "out"), "--cache", join(tmp, "cache")], quiet);
  try {
    for (let round = 0; round < 2; round++) {
      rmSync(corpus, { recursive: true, force: true });
      mkdirSync(corpus);
      for (const f of articles.slice(1)) copyFileSync(join(seeds, f), join(corpus, f));
      await run();
      copyFileSync(join(seeds, articles[0]), join(corpus, articles[0]));
      await run();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Runs the server in this process until it is stopped, steps down, or has been idle for
 * `idleMinutes`. Refuses to start when another server already listens on the socket.
 */
export async function serve(options: { idleMinutes?: number } = {}): Promise<void> {
  const root = projectRoot();
  const dir = serverDir(root);
  const idleMinutes = options.idleMinutes ?? 30;
  mkdirSync(dir, { recursive: true });
  if (await askServer({ command: "status" }, () => {}, dir)) throw new Error(`a server already runs for this project (${join(dir, "server.json")})`);
  const signature = projectSignature(root);
  const settings = JSON.stringify(settingsOf(process.env));
  const { main } = await import("./cli.js");
  const { prepareKeptStates } = await import("./analyze.js");
  const parquet = (await import("./workers.js")).parquetWorker();
  const socket = socketPathFor(dir);
  rmSync(socket, { force: true });
  const started = new Date().toISOString();
  let served = 0;
  // Commands wait for the warm-up; status and stop are answered at once.
  let queue: Promise<void> = warmUp(main, root, parquet.write).catch(() => {});
  let idle: NodeJS.Timeout | undefined;

  const server = createServer((conn) => {
    let buffered = "";
    conn.setEncoding("utf8");
    conn.on("error", () => {}); // a client that went away: its command still finishes, unread
    conn.on("data", (chunk: string) => {
      buffered += chunk;
      const nl = buffered.indexOf("\n");
      if (nl < 0) return;
      const request = JSON.parse(buffered.slice(0, nl)) as ServerRequest | { command: "status" | "stop" };
      buffered = "";
      if ("command" in request) void handle(conn, request);
      else queue = queue.then(() => handle(conn, request)).catch(() => {});
    });
  });
  const send = (conn: Socket, reply: Reply) => {
    if (!conn.destroyed) conn.write(JSON.stringify(reply) + "\n");
  };
  const stop = (successor: boolean) => {
    clearTimeout(idle);
    server.close();
    rmSync(socket, { force: true });
    if (readInfo(dir)?.pid === process.pid) rmSync(join(dir, "server.json"), { force: true });
    // A new server on the current files; this one ends once the successor is started.
    if (successor) void startServer({ idleMinutes, dir }).catch(() => {}).finally(() => process.exit(0));
    else setImmediate(() => process.exit(0));
  };
  const resetIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(() => stop(false), idleMinutes * 60_000);
  };
  async function handle(conn: Socket, request: ServerRequest | { command: "status" | "stop" }): Promise<void> {
    resetIdle();
    if ("command" in request) {
      if (request.command === "status") send(conn, { status: { pid: process.pid, started, idleMinutes, served } });
      else send(conn, { exit: 0 });
      conn.end();
      if (request.command === "stop") stop(false);
      return;
    }
    if (projectSignature(root) !== signature) {
      send(conn, { refused: "code or data files changed since the server started" });
      conn.end();
      stop(true);
      return;
    }
    if (JSON.stringify(request.env) !== settings) {
      send(conn, { refused: "the command's LAGEBILD_* settings differ from the server's" });
      conn.end();
      return;
    }
    served++;
    process.chdir(request.cwd);
    let exit = 1;
    try {
      exit = await main(request.argv, { out: (l) => send(conn, { out: l }), err: (l) => send(conn, { err: l }), startup: request.startup, writeParquet: parquet.write });
    } catch (error) {
      send(conn, { err: `lagebild: ${(error as Error).message}` });
    }
    send(conn, { exit });
    conn.end();
    // Idle time, before the next command: ready what it will need.
    prepareKeptStates();
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socket, () => resolve());
  });
  chmodSync(socket, 0o600);
  writeFileAtomic(join(dir, "server.json"), JSON.stringify({ pid: process.pid, socket, started, idleMinutes } satisfies ServerInfo, null, 2) + "\n");
  process.on("SIGTERM", () => stop(false));
  process.on("SIGINT", () => stop(false));
  resetIdle();
}
