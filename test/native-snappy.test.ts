// The optional native Snappy compressor (native/snappy.cc) against hyparquet-writer's
// JavaScript one: the same bytes for real text, random bytes and long runs; hyparquet's
// decompressor gives the input back; a Parquet file written with it is the file the
// JavaScript writes, and DuckDB reads it. And the fallback when the addon is off or broken.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterEach, describe, expect, it } from "vitest";
import { loadSnappy, nativeSnappy, snappyPath } from "../src/analysis/native.js";
import { writeParquetFile, type ParquetColumn } from "../src/analysis/parquet.js";
import { requirePackage, sharedPath } from "../src/analysis/project.js";

const built = existsSync(snappyPath()) && loadSnappy(snappyPath()) !== null;
const NEWS = sharedPath("corpora", "news-de", "articles.jsonl");
const unless = (skip: boolean, reason: string, name: string) => (skip ? `${name} (skipped: ${reason})` : name);
const { snappyCompress } = requirePackage<{ snappyCompress: (b: Uint8Array) => Uint8Array }>("hyparquet-writer/src/snappy.js");

/** hyparquet's decompressor (what notebooks read Parquet with). */
async function uncompress(compressed: Uint8Array, size: number): Promise<Uint8Array> {
  const { snappyUncompress } = (await import("hyparquet")) as unknown as { snappyUncompress: (input: Uint8Array, output: Uint8Array) => void };
  const out = new Uint8Array(size);
  snappyUncompress(compressed, out);
  return out;
}

const saved = process.env.LAGEBILD_NATIVE;
afterEach(() => {
  if (saved === undefined) delete process.env.LAGEBILD_NATIVE;
  else process.env.LAGEBILD_NATIVE = saved;
});

describe.skipIf(!built)(unless(!built, "not built or not loadable: npm run -s build:native says why", "native Snappy compressor"), () => {
  const noNews = !existsSync(NEWS);
  it.skipIf(noNews)(unless(noNews, `${NEWS} missing`, "compresses news-de text to the JavaScript's bytes, at every size around the block limits"), async () => {
    const text = readFileSync(NEWS);
    const { compress } = nativeSnappy()!;
    const sizes = [...Array.from({ length: 40 }, (_, n) => n), 100, 2047, 2048, 65_535, 65_536, 70_000, 1 << 20, text.length];
    for (const n of sizes) {
      const input = text.subarray(1000, 1000 + n);
      const native = compress(input);
      expect(Buffer.from(native).equals(Buffer.from(snappyCompress(input))), `${input.length} bytes`).toBe(true);
      expect(Buffer.from(await uncompress(native, input.length)).equals(input)).toBe(true);
    }
    // Real text compresses: the test would pass for a compressor that only copied.
    expect(compress(text.subarray(0, 1 << 20)).length).toBeLessThan(0.7 * (1 << 20));
  });

  it("gives the JavaScript's bytes for random bytes, runs and repeats far apart", async () => {
    const { compress } = nativeSnappy()!;
    const bytes = fc.uint8Array({ maxLength: 5000 });
    // Short alphabets make matches; a block repeated beyond 65,535 bytes cannot be copied from so far.
    const repetitive = fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.integer({ min: 1, max: 400 })).map(([unit, times]) => {
      const out = new Uint8Array(unit.length * times);
      for (let i = 0; i < times; i++) out.set(unit, i * unit.length);
      return out;
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(bytes, repetitive), async (input) => {
        const native = compress(input);
        expect(Buffer.from(native).equals(Buffer.from(snappyCompress(input)))).toBe(true);
        expect(Buffer.from(await uncompress(native, input.length)).equals(Buffer.from(input))).toBe(true);
      }),
      { numRuns: 300 },
    );
    const far = new Uint8Array(200_000);
    for (let i = 0; i < far.length; i++) far[i] = (i * 7919) % 251;
    far.set(far.subarray(0, 1000), 150_000);
    expect(Buffer.from(compress(far)).equals(Buffer.from(snappyCompress(far)))).toBe(true);
  });

  it("writes the Parquet file the JavaScript compressor writes, and DuckDB reads it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-snappy-"));
    try {
      const words = readFileSync(NEWS, "utf8").split(/\s+/).slice(0, 20_000);
      const columns: ParquetColumn[] = [["word", "STRING"], ["count", "INT32"]];
      const data = [words, Int32Array.from(words, (w) => w.length)];
      process.env.LAGEBILD_NATIVE = "1";
      await writeParquetFile(join(dir, "native.parquet"), columns, data);
      process.env.LAGEBILD_NATIVE = "0";
      await writeParquetFile(join(dir, "js.parquet"), columns, data);
      expect(readFileSync(join(dir, "native.parquet")).equals(readFileSync(join(dir, "js.parquet")))).toBe(true);
      const con = await (await DuckDBInstance.create(":memory:")).connect();
      const rows = (await con.runAndReadAll(`SELECT count(*) AS n, sum(count) AS total, max(word) AS last FROM read_parquet('${join(dir, "native.parquet")}')`)).getRowObjects();
      expect(Number(rows[0].n)).toBe(words.length);
      expect(Number(rows[0].total)).toBe(words.reduce((s, w) => s + w.length, 0));
      expect(rows[0].last).toBe([...words].sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b)))).pop());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("without the native Snappy compressor", () => {
  it("is off when LAGEBILD_NATIVE=0, and not found in a missing, broken or foreign file", () => {
    process.env.LAGEBILD_NATIVE = "0";
    expect(nativeSnappy()).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), "lagebild-native-"));
    try {
      const broken = join(dir, "snappy.node");
      writeFileSync(broken, "not a shared object");
      const foreign = join(dir, "foreign.js");
      writeFileSync(foreign, "module.exports = { api: 0, compress() {} };");
      expect(loadSnappy(join(dir, "missing.node"))).toBeNull();
      expect(loadSnappy(broken)).toBeNull();
      expect(loadSnappy(foreign)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
