// Reading what `lagebild analyze` wrote, for notebooks over corpora too large to load:
// the Parquet twins of its tables (one file, or the parts of a partitioned table), only
// the columns asked for. Corpus tables (corpus-terms, comentions, stance) are small
// whatever the corpus size, so charts drawn from them work on any archive.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type OutputTable = "documents" | "terms" | "mentions" | "corpus-terms" | "comentions" | "stance";

/** The Parquet files of a table in an output folder: `<name>.parquet`, or `<name>/part-*.parquet` in order. */
export function outputFiles(outDir: string, name: OutputTable): string[] {
  const single = join(outDir, `${name}.parquet`);
  if (existsSync(single)) return [single];
  const dir = join(outDir, name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /^part-\d+\.parquet$/.test(f)).sort().map((f) => join(dir, f));
}

/**
 * The rows of a table `lagebild analyze` wrote into `outDir`, as objects with the
 * columns asked for (all by default; `Row` names their types, see `lagebild analyze --help`). Throws, naming the folder, when the table is not
 * there (run `lagebild analyze` first, without `--no-parquet`).
 */
export async function readOutputTable<Row = Record<string, unknown>>(outDir: string, name: OutputTable, options: { columns?: string[] } = {}): Promise<Row[]> {
  const files = outputFiles(outDir, name);
  if (files.length === 0) throw new Error(`${outDir}: no ${name}.parquet (run "lagebild analyze … --out ${outDir}" first, without --no-parquet)`);
  const { parquetReadObjects } = await import("hyparquet");
  const rows: Row[] = [];
  for (const file of files) {
    const data = readFileSync(file);
    const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    for (const row of await parquetReadObjects({ file: buffer, columns: options.columns })) rows.push(row as Row);
  }
  return rows;
}
