// Vitest global setup: every temp folder of a test run (the tests' own mkdtemp folders and
// those of the commands they start, which read TMPDIR too) goes under one folder of the run,
// removed when the run ends, so that test runs leave nothing behind in the system temp folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "lagebild-tests-"));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
