// The client side of the resident server (src/analysis/server.ts, "lagebild server
// start"): hands a command to the server of the project and relays its output. Plain
// JavaScript with Node.js modules only, so that it costs no more than starting Node.js.
import { readFileSync } from "node:fs";
import { createConnection } from "node:net";
import { join } from "node:path";

/**
 * Runs `argv` in the server whose socket and server.json are in `dir`. Resolves with the
 * exit status, or null when the command has to run here: no server, or the server refused
 * it (other LAGEBILD_* settings, or it stepped down because files changed), or it went
 * away before answering at all. The server's progress line is shown in place on
 * `terminal` (default: stderr when it is a terminal) and cleared before any other output.
 */
export function runInServer(dir, argv, io, terminal = process.stderr.isTTY ? process.stderr : null) {
  let info;
  try {
    info = JSON.parse(readFileSync(join(dir, "server.json"), "utf8"));
  } catch {
    return Promise.resolve(null);
  }
  // The settings the server compares with its own, in name order (settingsOf in server.ts).
  const env = {};
  for (const k of Object.keys(process.env).sort()) if (k.startsWith("LAGEBILD_") && k !== "LAGEBILD_SERVER_DIR" && k !== "LAGEBILD_SERVER") env[k] = process.env[k];
  const request = { argv, cwd: process.cwd(), env, startup: process.uptime() };
  return new Promise((resolve) => {
    let exit = null;
    let relayed = false;
    let buffered = "";
    let bar = false;
    const progress = (line) => {
      if (!terminal || (line === null && !bar)) return;
      terminal.write(line === null ? "\r\x1b[K" : `\r${line}`);
      bar = line !== null;
    };
    const conn = createConnection(info.socket);
    conn.setEncoding("utf8");
    conn.on("connect", () => conn.write(JSON.stringify(request) + "\n"));
    conn.on("data", (chunk) => {
      buffered += chunk;
      for (let nl = buffered.indexOf("\n"); nl >= 0; nl = buffered.indexOf("\n")) {
        const reply = JSON.parse(buffered.slice(0, nl));
        buffered = buffered.slice(nl + 1);
        if ("progress" in reply) {
          progress(reply.progress);
          continue;
        }
        progress(null);
        if ("out" in reply) io.out(reply.out);
        else if ("err" in reply) io.err(reply.err);
        if ("out" in reply || "err" in reply) relayed = true;
        else if ("exit" in reply) exit = reply.exit;
        else if ("refused" in reply) io.err(`lagebild ${argv[0]}: running here, not in the server: ${reply.refused}`);
      }
    });
    // Gone before a word: the command runs here. Gone midway: said so, not run twice.
    let settled = false;
    const gone = () => {
      if (settled) return;
      settled = true;
      progress(null);
      if (exit !== null || !relayed) return resolve(exit);
      io.err(`lagebild ${argv[0]}: the server stopped during the command (see ${join(dir, "server.log")})`);
      resolve(1);
    };
    conn.on("error", gone);
    conn.on("close", gone);
  });
}
