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
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createConnection, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
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

type Reply = { out: string } | { err: string } | { progress: string | null } | { exit: number } | { refused: string } | { status: ServerStatus };

export interface ServerStatus {
  pid: number;
  started: string;
  idleMinutes: number;
  served: number;
}

/** The folder of the server's socket, info and log: `LAGEBILD_SERVER_DIR`, else `.cache/server/` of the project. */
export function serverDir(root: string = projectRoot()): string {
  return resolve(process.env.LAGEBILD_SERVER_DIR ?? join(root, ".cache", "server"));
}

/** The socket path; in the temp folder when the folder's path is too long for a Unix socket (about 100 bytes). */
function socketPathFor(dir: string): string {
  const path = join(dir, "lagebild.sock");
  if (Buffer.byteLength(path) < 100) return path;
  return join(tmpdir(), `lagebild-${createHash("sha1").update(dir).digest("hex").slice(0, 12)}.sock`);
}

/**
 * LAGEBILD_* settings that change what a command does (the server's own folder and
 * LAGEBILD_SERVER do not), in name order; bin/client.js sends the same.
 */
export function settingsOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(env).sort()) if (k.startsWith("LAGEBILD_") && k !== "LAGEBILD_SERVER_DIR" && k !== "LAGEBILD_SERVER" && env[k] !== undefined) out[k] = env[k]!;
  return out;
}

/**
 * Size and modification time of every file the server's results depend on: sources,
 * the compiled build, the launchers, the data files (registries, lexicons, stopwords;
 * not the articles in data/articles/, input read anew by every command) and the
 * installed packages (their lock files).
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
      else if (e.isFile()) stamp(path);
    }
  };
  // A file removed between listing and stat (an editor's backup, a build in progress) counts as absent.
  const stamp = (path: string) => {
    try {
      const st = statSync(path);
      hash.update(`${path}\u0000${st.size}\u0000${st.mtimeMs}\n`);
    } catch {
      hash.update(`${path}\u0000absent\n`);
    }
  };
  for (const dir of ["src", "bin", "data", "dist"]) walk(join(root, dir));
  for (const file of ["package.json", "package-lock.json", join("node_modules", ".package-lock.json")]) stamp(join(root, file));
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
  const child = spawn(process.execPath, args, { cwd: projectRoot(), detached: true, stdio: ["ignore", log, log], env: { ...process.env, LAGEBILD_SERVER_DIR: dir } });
  child.unref();
  const deadline = Date.now() + (options.waitSeconds ?? 30) * 1000;
  while (Date.now() < deadline) {
    const info = readInfo(dir);
    if (info && info.pid === child.pid && (await askServer({ command: "status" }, () => {}, dir))) return info;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // Another start won the race: its server is the one.
  const other = readInfo(dir);
  if (other && (await askServer({ command: "status" }, () => {}, dir))) return other;
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
 * Takes the project's server lock (server.lock, holding the pid), so that two servers
 * never run side by side. A lock whose process is gone is taken over; while its process
 * is still starting (alive, not yet answering), this one waits to see which way it goes.
 */
async function takeLock(dir: string): Promise<void> {
  const lock = join(dir, "server.lock");
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx" });
      return;
    } catch {
      // held, or just released
    }
    let pid = 0;
    try {
      pid = Number(readFileSync(lock, "utf8"));
    } catch {
      continue; // released meanwhile
    }
    if (!isAlive(pid)) {
      rmSync(lock, { force: true });
      continue;
    }
    if (await askServer({ command: "status" }, () => {}, dir)) throw new Error(`a server already runs for this project (pid ${pid})`);
    if (Date.now() > deadline) throw new Error(`${lock} is held by process ${pid}, which does not answer`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether a process runs: killed but not yet reaped (a zombie) counts as gone. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true; // no /proc: trust kill()
  }
}

/**
 * Runs the server in this process until it is stopped, steps down, or has been idle for
 * `idleMinutes`. Refuses to start when another server runs for the project.
 */
export async function serve(options: { idleMinutes?: number } = {}): Promise<void> {
  const root = projectRoot();
  const dir = serverDir(root);
  const idleMinutes = options.idleMinutes ?? 30;
  mkdirSync(dir, { recursive: true });
  await takeLock(dir);
  const signature = projectSignature(root);
  const settings = JSON.stringify(settingsOf(process.env));
  const { main } = await import("./cli.js");
  const { prepareKeptStates } = await import("./analyze.js");
  const parquet = (await import("./workers.js")).parquetWorker();
  const socket = socketPathFor(dir);
  rmSync(socket, { force: true });
  const started = new Date().toISOString();
  let served = 0;
  // Commands run one after another, after the warm-up; status and stop are answered at once.
  let queue: Promise<void> = warmUp(main, root, parquet.write).catch(() => {});
  let waiting = 0;
  let stopping = false;
  let idle: NodeJS.Timeout | undefined;

  const send = (conn: Socket, reply: Reply) => {
    if (!conn.destroyed) conn.write(JSON.stringify(reply) + "\n");
  };
  const refuse = (conn: Socket, reason: string) => {
    send(conn, { refused: reason });
    conn.end();
  };
  const server = createServer((conn) => {
    let buffered = "";
    conn.setEncoding("utf8");
    conn.on("error", () => {}); // a client that went away
    conn.on("data", (chunk: string) => {
      buffered += chunk;
      const nl = buffered.indexOf("\n");
      if (nl < 0) return;
      let request: ServerRequest | { command: "status" | "stop" };
      try {
        request = JSON.parse(buffered.slice(0, nl)) as ServerRequest | { command: "status" | "stop" };
      } catch {
        conn.destroy();
        return;
      }
      buffered = "";
      if ("command" in request) answer(conn, request.command);
      else if (stopping) refuse(conn, "the server is stopping");
      else {
        waiting++;
        clearTimeout(idle); // no idle stop while commands wait or run
        queue = queue.then(() => handle(conn, request as ServerRequest));
      }
    });
  });
  /** Stops taking commands at once; the process ends when the commands already taken are done. */
  const stop = (successor: boolean) => {
    if (stopping) return;
    stopping = true;
    clearTimeout(idle);
    server.close();
    rmSync(socket, { force: true });
    if (readInfo(dir)?.pid === process.pid) rmSync(join(dir, "server.json"), { force: true });
    rmSync(join(dir, "server.lock"), { force: true });
    // A new server on the current files takes over the socket.
    const next = successor ? startServer({ idleMinutes, dir }).then(() => {}, () => {}) : Promise.resolve();
    void Promise.all([next, queue]).finally(() => process.exit(0));
  };
  const resetIdle = () => {
    clearTimeout(idle);
    if (!stopping && waiting === 0) idle = setTimeout(() => stop(false), idleMinutes * 60_000);
  };
  function answer(conn: Socket, command: "status" | "stop"): void {
    if (command === "status") send(conn, { status: { pid: process.pid, started, idleMinutes, served } });
    else send(conn, { exit: 0 });
    conn.end();
    if (command === "stop") stop(false);
  }
  async function handle(conn: Socket, request: ServerRequest): Promise<void> {
    try {
      if (conn.destroyed) return; // the client went away while its command waited
      if (stopping) return refuse(conn, "the server is stopping");
      if (projectSignature(root) !== signature) {
        refuse(conn, "code or data files changed since the server started");
        return stop(true);
      }
      if (JSON.stringify(request.env) !== settings) return refuse(conn, "the command's LAGEBILD_* settings differ from the server's");
      served++;
      process.chdir(request.cwd);
      // A client that goes away (Ctrl-C) stops its command.
      const gone = new AbortController();
      conn.once("close", () => gone.abort());
      const exit = await main(request.argv, {
        signal: gone.signal,
        out: (l) => send(conn, { out: l }),
        err: (l) => send(conn, { err: l }),
        progress: (line) => send(conn, { progress: line }),
        startup: request.startup,
        writeParquet: parquet.write,
      });
      send(conn, { exit });
    } catch (error) {
      send(conn, { err: `lagebild: ${(error as Error).message}` });
      send(conn, { exit: 1 });
    } finally {
      conn.end();
      waiting--;
      try {
        prepareKeptStates(); // idle time, before the next command
      } catch {
        // only a head start
      }
      resetIdle();
    }
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
