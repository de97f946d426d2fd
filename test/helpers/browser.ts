// Headless Chromium for tests: Debian's /usr/bin/chromium driven by playwright-core (playwright
// cannot download its own browsers here). Also a tiny static file server for pages that load
// files next to them (reports/index.html).
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { SETUP_HINT } from "./jupyter-server.js";

/** The Chromium executable: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** Null when Chromium can be started; else what is missing and how to fix it. */
export function chromiumProblem(): string | null {
  const path = chromiumPath();
  if (!existsSync(path)) return `Chromium is not installed (${path} missing): ${SETUP_HINT}.`;
  const version = spawnSync(path, ["--version"], { encoding: "utf8", timeout: 30_000 });
  if (version.error || version.status !== 0) {
    return `\`${path} --version\` failed (${version.error?.message ?? version.stderr.trim()}): ${SETUP_HINT}.`;
  }
  return null;
}

// As root Chromium needs --no-sandbox. The background-networking flags keep it from calling
// Google's services, which this machine's closed network refuses (many times a start).
// playwright-core gives every launch a fresh, temporary --user-data-dir and removes it on close.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (error) {
    throw new Error(`could not start ${chromiumPath()} through playwright-core (${(error as Error).message}); ${SETUP_HINT}`);
  }
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the files of `dir` (GET/HEAD only, no listings) on 127.0.0.1 at a free port. */
export function serveStatic(dir: string): Promise<StaticServer> {
  const base = resolve(dir);
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(base, pathname.endsWith("/") ? `${pathname}index.html` : pathname));
    if (pathname === "/favicon.ico" && !existsSync(file)) {
      // Chromium asks for it on its own; a missing icon is not the page's error.
      res.writeHead(204).end();
      return;
    }
    if ((file !== base && !file.startsWith(base + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": MIME[extname(file).toLowerCase()] ?? "application/octet-stream" });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer, reject) => {
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolveServer({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
