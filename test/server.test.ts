// The resident server (lagebild server start): analyze handed to it gives the outputs a
// run of its own gives; it steps down when data files change, a successor takes over;
// a killed server or other settings leave the command to run by itself.
import { afterEach, describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot, sharedPath } from "../src/analysis/project.js";
import { askServer, settingsOf } from "../src/analysis/server.js";
import { createConnection } from "node:net";

const bin = join(projectRoot(), "bin", "lagebild.js");
const started: string[] = [];

function lagebild(dir: string, args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, LAGEBILD_SERVER: "1", LAGEBILD_SERVER_DIR: dir, ...extraEnv }, timeout: 120_000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function startServer(): string {
  const dir = mkdtempSync(join(tmpdir(), "lagebild-server-"));
  started.push(dir);
  const r = lagebild(dir, ["server", "start", "--idle", "5"]);
  expect(r.err).toMatch(/lagebild server: running \(pid \d+/);
  return dir;
}

const pidOf = (dir: string) => Number(/pid (\d+)/.exec(lagebild(dir, ["server", "status"]).out)?.[1] ?? 0);

const filesOf = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), "utf8")]);

afterEach(() => {
  for (const dir of started.splice(0)) lagebild(dir, ["server", "stop"]);
});

describe("lagebild server", () => {
  it("runs analyze with the outputs of a run of its own, relays problems, and stops", () => {
    const dir = startServer();
    expect(lagebild(dir, ["server", "status"]).out).toMatch(/^running: pid \d+, since .*, 0 commands served/);
    const out = mkdtempSync(join(tmpdir(), "lagebild-served-"));
    const seeds = join(projectRoot(), "seeds");
    const served = lagebild(dir, ["analyze", seeds, "--out", join(out, "served"), "--cache", join(out, "cache-a")]);
    expect(served.status).toBe(0);
    expect(served.err).toContain("5 documents");
    expect(served.err).toContain("in the resident server");
    const here = lagebild(dir, ["analyze", seeds, "--out", join(out, "here"), "--cache", join(out, "cache-b"), "--no-server"]);
    expect(here.err).not.toContain("in the resident server");
    expect(filesOf(join(out, "served"))).toEqual(filesOf(join(out, "here")));

    // Problems and the exit status come through: a missing input, then usage.
    const missing = lagebild(dir, ["analyze", join(out, "no-such-folder"), "--out", join(out, "none")]);
    expect(missing.status).toBe(1);
    expect(missing.err).toContain("no-such-folder");
    expect(lagebild(dir, ["analyze", seeds, "--threads", "x"]).status).toBe(2);
    expect(lagebild(dir, ["server", "status"]).out).toMatch(/[34] commands served/);

    expect(lagebild(dir, ["server", "stop"]).err).toMatch(/stopped \(pid \d+\)/);
    expect(lagebild(dir, ["server", "status"]).out.trim()).toBe("not running");
    expect(existsSync(join(dir, "server.json"))).toBe(false);
  });

  it("steps down when a data file changes; a new server on the current files takes over", async () => {
    const dir = startServer();
    const first = pidOf(dir);
    // Only the modification time changes: the content, and so every cache key, stays.
    const file = join(projectRoot(), "data", "README.md");
    const { atime, mtime } = statSync(file);
    const out = mkdtempSync(join(tmpdir(), "lagebild-stale-"));
    const seeds = join(projectRoot(), "seeds");
    try {
      utimesSync(file, atime, new Date(mtime.getTime() + 5000));
      const r = lagebild(dir, ["analyze", seeds, "--out", join(out, "a"), "--cache", join(out, "cache")]);
      expect(r.status).toBe(0);
      expect(r.err).toContain("running here, not in the server: code or data files changed");
      expect(r.err).not.toContain("in the resident server");
      // The successor starts on the files as they are now.
      let next = 0;
      for (let i = 0; i < 100 && (next === 0 || next === first); i++) {
        await new Promise((res) => setTimeout(res, 200));
        next = pidOf(dir);
      }
      expect(next).toBeGreaterThan(0);
      expect(next).not.toBe(first);
      const again = lagebild(dir, ["analyze", seeds, "--out", join(out, "b"), "--cache", join(out, "cache")]);
      expect(again.err).toContain("in the resident server");
      expect(filesOf(join(out, "b"))).toEqual(filesOf(join(out, "a")));
    } finally {
      utimesSync(file, atime, mtime);
    }
  }, 120_000);

  it("leaves the command to run by itself when the server was killed or has other settings", () => {
    const dir = startServer();
    const out = mkdtempSync(join(tmpdir(), "lagebild-gone-"));
    const seeds = join(projectRoot(), "seeds");
    const other = lagebild(dir, ["analyze", seeds, "--out", join(out, "a"), "--no-cache"], { LAGEBILD_THREADS: "0" });
    expect(other.status).toBe(0);
    expect(other.err).toContain("LAGEBILD_* settings differ");
    process.kill(pidOf(dir), "SIGKILL");
    const r = lagebild(dir, ["analyze", seeds, "--out", join(out, "b"), "--no-cache"]);
    expect(r.status).toBe(0);
    expect(r.err).toContain("5 documents");
    expect(r.err).not.toContain("in the resident server");
    // A new server starts over the one that left its files behind.
    expect(lagebild(dir, ["server", "start"]).err).toMatch(/running \(pid \d+/);
  }, 120_000);

  it("survives a garbled request and answers a command it cannot run with an error, not silence", async () => {
    const dir = startServer();
    const { socket } = JSON.parse(readFileSync(join(dir, "server.json"), "utf8")) as { socket: string };
    await new Promise<void>((resolve) => {
      const conn = createConnection(socket, () => conn.write("{not json\n"));
      conn.on("close", () => resolve());
      conn.on("error", () => resolve());
    });
    const replies: unknown[] = [];
    // As bin/lagebild.js sends it (it sets LAGEBILD_ROOT), from a folder that does not exist.
    const request = { argv: ["analyze", join(projectRoot(), "seeds")], cwd: join(dir, "no-such-folder"), env: settingsOf({ ...process.env, LAGEBILD_ROOT: join(projectRoot(), "/") }) };
    expect(await askServer(request, (r) => replies.push(r), dir)).toBe(true);
    expect(replies[replies.length - 1]).toEqual({ exit: 1 });
    expect(JSON.stringify(replies)).toContain("no-such-folder");
    expect(lagebild(dir, ["server", "status"]).out).toMatch(/^running/);
  }, 120_000);

  it("stops a command whose client went away (Ctrl-C) and serves the next", async () => {
    const dir = startServer();
    const tmp = mkdtempSync(join(tmpdir(), "lagebild-gone-"));
    expect(lagebild(dir, ["analyze", join(projectRoot(), "seeds"), "--out", join(tmp, "first"), "--no-cache"]).status).toBe(0); // warmed up
    const client = spawn(process.execPath, [bin, "analyze", sharedPath("corpora", "news-de", "articles.jsonl"), "--out", join(tmp, "big"), "--no-cache"], {
      env: { ...process.env, LAGEBILD_SERVER: "1", LAGEBILD_SERVER_DIR: dir },
    });
    // Killed once the server is writing its outputs (their temporary files are there).
    const running = () => existsSync(join(tmp, "big")) && readdirSync(join(tmp, "big")).some((f) => f.endsWith(".tmp"));
    for (let waited = 0; !running() && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(running()).toBe(true);
    client.kill("SIGINT");
    await new Promise((r) => client.on("exit", r));
    // Commands run one after another: had the first gone on, its outputs would be there when the second is done.
    const next = lagebild(dir, ["analyze", join(projectRoot(), "seeds"), "--out", join(tmp, "seeds"), "--no-cache"]);
    expect(next.status).toBe(0);
    expect(next.err).toContain("in the resident server");
    expect(existsSync(join(tmp, "big")) ? readdirSync(join(tmp, "big")) : []).toEqual([]);
  }, 120_000);

  it("starts one server when two starts race", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-server-"));
    started.push(dir);
    const start = () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [bin, "server", "start"], { env: { ...process.env, LAGEBILD_SERVER: "1", LAGEBILD_SERVER_DIR: dir } });
        let err = "";
        child.stderr.on("data", (d: Buffer) => (err += d.toString()));
        child.on("exit", () => resolve(err));
      });
    const messages = await Promise.all([start(), start()]);
    const pids = messages.flatMap((m) => [...m.matchAll(/pid (\d+)/g)].map((x) => Number(x[1])));
    const alive = [...new Set(pids)].filter((pid) => {
      try {
        return process.kill(pid, 0);
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([pidOf(dir)]);
  }, 120_000);
});

describe("progress through the resident server", () => {
  it("the bar comes after two seconds, at most every 200 ms, and is cleared", async () => {
    const { progressBar } = await import("../src/analysis/cli.js");
    const lines: Array<string | null> = [];
    let t = 0;
    const bar = progressBar("analyze", { out: () => {}, err: () => {}, progress: (l) => lines.push(l) }, { now: () => t });
    t = 1500;
    bar.tick(1, 10);
    expect(lines).toEqual([]);
    t = 2500;
    bar.tick(4, 10);
    t = 2600;
    bar.tick(5, 10); // within 200 ms of the last line
    t = 3000;
    bar.tick(5, 10);
    bar.clear();
    bar.clear();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^analyze ▕█{10}░{14}▏ 4\/10 · 3 s · noch 4 s $/);
    expect(lines[1]).toContain("5/10");
    expect(lines[2]).toBeNull();
  });

  it("the client shows the server's progress line in place and clears it before other output", async () => {
    const { createServer } = await import("node:net");
    const { writeFileSync } = await import("node:fs");
    // @ts-expect-error plain JavaScript module without types
    const { runInServer } = (await import("../bin/client.js")) as { runInServer: (dir: string, argv: string[], io: object, terminal: object | null) => Promise<number | null> };
    const dir = mkdtempSync(join(tmpdir(), "lagebild-client-"));
    const socket = join(dir, "s.sock");
    const fake = createServer((conn) => {
      conn.once("data", () => {
        for (const reply of [{ progress: "analyze ▕█░▏ 1/2" }, { err: "a.txt: warning: empty file; skipped" }, { progress: "analyze ▕██▏ 2/2" }, { out: "done" }, { exit: 0 }]) conn.write(JSON.stringify(reply) + "\n");
        conn.end();
      });
    });
    await new Promise<void>((r) => fake.listen(socket, () => r()));
    writeFileSync(join(dir, "server.json"), JSON.stringify({ socket }));
    const shown: string[] = [];
    const events: string[] = [];
    const io = { out: (l: string) => events.push(`out ${l}`), err: (l: string) => events.push(`err ${l}`) };
    const terminal = { write: (s: string) => (shown.push(s), events.push(`tty ${JSON.stringify(s)}`)) };
    expect(await runInServer(dir, ["analyze", "x"], io, terminal)).toBe(0);
    fake.close();
    expect(events).toEqual([
      `tty ${JSON.stringify("\ranalyze ▕█░▏ 1/2")}`,
      `tty ${JSON.stringify("\r\x1b[K")}`,
      "err a.txt: warning: empty file; skipped",
      `tty ${JSON.stringify("\ranalyze ▕██▏ 2/2")}`,
      `tty ${JSON.stringify("\r\x1b[K")}`,
      "out done",
    ]);
    // Not a terminal: the progress lines are dropped, the rest is relayed.
    const plain: string[] = [];
    const fake2 = createServer((conn) => conn.once("data", () => conn.end([{ progress: "p" }, { err: "e" }, { exit: 3 }].map((r) => JSON.stringify(r) + "\n").join(""))));
    await new Promise<void>((r) => fake2.listen(socket + "2", () => r()));
    writeFileSync(join(dir, "server.json"), JSON.stringify({ socket: socket + "2" }));
    expect(await runInServer(dir, ["analyze", "x"], { out: (l: string) => plain.push(l), err: (l: string) => plain.push(l) }, null)).toBe(3);
    fake2.close();
    expect(plain).toEqual(["e"]);
  });
});
