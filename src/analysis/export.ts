// Writing outputs. Every file is written to a temporary name in the same folder
// and renamed into place, so a reader never sees half a file and an interrupted
// run leaves the previous output intact.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Write a file atomically (temp file + rename), creating its folder. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** One JSON object a line. */
export function toJsonl(rows: Iterable<unknown>): string {
  let out = "";
  for (const row of rows) out += JSON.stringify(row) + "\n";
  return out;
}
