// Parquet files next to the CSVs, for DuckDB, Polars, pandas and Spark: columnar,
// compressed, typed, so large tables are queried instead of loaded. Written with
// hyparquet-writer (pure JavaScript), in row groups as rows arrive, into a temp file
// that is renamed into place on commit.
import { closeSync, copyFileSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, truncateSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { requirePackage } from "./project.js";

export type ParquetType = "STRING" | "INT32" | "DOUBLE";
/** A column: name and type. Strings may be null; numbers may not. */
export type ParquetColumn = readonly [name: string, type: ParquetType];

/** The part of hyparquet-writer used here (its typings need a newer module resolution than tslab's). */
interface ByteWriterLike {
  buffer: ArrayBuffer;
  index: number;
  view: DataView;
  ensure(size: number): void;
  finish(): void;
}
/** hyparquet-writer's column encoder options (src/types.d.ts ColumnEncoder), as its ParquetWriter.write builds them. */
interface ColumnEncoder {
  columnName: string;
  element: SchemaElement;
  schemaPath: SchemaElement[];
  codec: string;
  compressors: Record<string, (bytes: Uint8Array) => Uint8Array>;
  stats: boolean;
  statisticsTruncateLength: number | undefined;
  pageSize: number;
  dictionarySize: undefined;
  columnIndex: boolean;
  offsetIndex: boolean;
  encoding: undefined;
  bloomFilter: undefined;
}
interface SchemaElement { name: string; type?: string }
interface PageData { values: ArrayLike<unknown>; definitionLevels: number[]; repetitionLevels: number[]; maxDefinitionLevel: number }
interface ColumnResult { chunk: { meta_data?: { total_uncompressed_size: bigint } } }
/** The page functions of hyparquet-writer used to write dictionary-encoded string columns here. */
interface HyparquetPages {
  writeColumn(options: { writer: ByteWriterLike; column: ColumnEncoder; pageData: PageData }): ColumnResult;
  writeDictionaryPage(writer: ByteWriterLike, column: ColumnEncoder, dictionary: Uint8Array[]): number;
  writeDataPageV2(options: { writer: ByteWriterLike; column: ColumnEncoder; encoding: "RLE_DICTIONARY"; pageData: PageData }): number;
}
interface HyparquetWriter {
  ByteWriter: new () => ByteWriterLike;
  ParquetWriter: new (options: { writer: ByteWriterLike; schema: unknown[]; createdBy?: string; statistics?: boolean }) => {
    write(options: { columnData: Array<{ name: string; data: unknown[] }>; rowGroupSize?: number }): void;
    finish(): void;
  };
}

let pagesLoaded: HyparquetPages | undefined;
/** Loaded once, when the first dictionary-encoded writer opens (a partitioned run opens hundreds). */
function hyparquetPages(): HyparquetPages {
  const from = (file: string) => requirePackage<Record<string, unknown>>(`hyparquet-writer/src/${file}.js`);
  return (pagesLoaded ??= { ...from("column"), ...from("dictionary"), ...from("datapage") } as unknown as HyparquetPages);
}

function schemaOf(columns: readonly ParquetColumn[]): unknown[] {
  return [
    { name: "root", num_children: columns.length },
    ...columns.map(([name, type]) =>
      type === "STRING"
        ? { name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" }
        : { name, type, repetition_type: "REQUIRED" },
    ),
  ];
}

/**
 * Where an earlier Parquet file's row groups are, as its writer left them: a later
 * writer extends that file with new row groups without reading or re-encoding the old
 * ones (their bytes stay, the footer is written anew and lists them all).
 */
export interface ParquetLayout {
  rowGroups: unknown[];
  numRows: bigint;
}

// Strings go in as UTF-8 bytes, encoded once per distinct value: every row group's dictionary
// repeats most words and lemmas of the one before, and so do the columns of plain-encoded
// tables. One memo for every writer (a partitioned run has hundreds open), of bounded size:
// two generations, so that a full memo keeps the values in use (they move to the new one)
// and drops the others.
const ENCODED_MAX = 200_000;
let encoded = new Map<string, Uint8Array>();
let encodedBefore = new Map<string, Uint8Array>();
const encoder = new TextEncoder();

function utf8(v: string): Uint8Array {
  let b = encoded.get(v);
  if (b === undefined) {
    // Long values (lists of statement ids) are seldom repeated: encoded, not remembered.
    if (v.length > 200) return encoder.encode(v);
    if (encoded.size >= ENCODED_MAX) {
      encodedBefore = encoded;
      encoded = new Map();
    }
    encoded.set(v, (b = encodedBefore.get(v) ?? encoder.encode(v)));
  }
  return b;
}

/**
 * A column's strings as UTF-8 views into one buffer: one allocation for the column, not one
 * per value (corpus tables hold tens of thousands of distinct lemmas and names).
 */
function utf8Column(values: readonly unknown[]): unknown[] {
  let size = 0;
  for (const v of values) if (typeof v === "string") size += v.length * 3;
  const bytes = new Uint8Array(size);
  let at = 0;
  return values.map((v) => {
    if (typeof v !== "string") return v;
    const { written } = encoder.encodeInto(v, bytes.subarray(at));
    return bytes.subarray(at, (at += written));
  });
}

/**
 * A column's values; or `{ constant: v }`, v in every row (the length comes from the other
 * columns); or `{ ids }`, numbers of strings in the writer's `words` option.
 */
export type ParquetColumnData = ArrayLike<unknown> | { constant: unknown } | { ids: Int32Array };

export interface ParquetTableWriter {
  /** Rows as arrays in column order. */
  append(rows: Iterable<readonly unknown[]>): void;
  /** Rows given column by column (equal lengths, in column order): no row arrays for large tables. */
  appendColumns(data: ReadonlyArray<ParquetColumnData>): void;
  /** Puts the file in place; returns its layout, for extending it later. */
  commit(): ParquetLayout;
  abort(): void;
}

/** The fields of hyparquet-writer's ParquetWriter that its `write` uses, for `writeRowGroup`. */
interface ParquetWriterState {
  writer: ByteWriterLike & { offset: number };
  schema: SchemaElement[];
  codec: string;
  compressors: ColumnEncoder["compressors"];
  statistics: boolean;
  statisticsTruncateLength: number | undefined;
  row_groups: unknown[];
  num_rows: bigint;
  pendingIndexes: unknown[];
}

// hyparquet-writer's default page size: a column chunk of up to 262,144 dictionary indexes is one page.
const PAGE_SIZE = 1_048_576;
const MAX_DICTIONARY_GROUP = PAGE_SIZE / 4;

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** A string column's distinct values in the current row group, in order of first appearance (keyed by the string, or its number in `words`). */
interface Dictionary { slots: Map<string | number, number>; values: string[] }

/**
 * A string column chunk, dictionary-encoded: the same bytes hyparquet-writer writes for
 * `encoding: "RLE_DICTIONARY"`, with the dictionary built as rows arrive (one Map lookup per
 * value; a repeated string is let go at once instead of being held until the group is
 * written) and the statistics taken over the distinct values only. Its general path tests
 * every value (bytes identity, levels, min and max) and was the largest single cost of
 * writing the per-document tables.
 */
function writeStringColumn(pages: HyparquetPages, writer: ParquetWriterState["writer"], column: ColumnEncoder, indexes: ReadonlyArray<number | null>, dictionary: Dictionary): unknown {
  const levels: number[] = new Array(indexes.length);
  let nulls = 0;
  for (let i = 0; i < indexes.length; i++) {
    levels[i] = indexes[i] === null ? 0 : 1;
    nulls += 1 - levels[i];
  }
  const bytes = dictionary.values.map(utf8);
  let min: Uint8Array | undefined;
  let max: Uint8Array | undefined;
  for (const b of bytes) {
    if (min === undefined || compareBytes(b, min) < 0) min = b;
    if (max === undefined || compareBytes(b, max) > 0) max = b;
  }
  const start = writer.offset;
  const dictionaryOffset = BigInt(start);
  let uncompressed = pages.writeDictionaryPage(writer, column, bytes);
  const dataOffset = BigInt(writer.offset);
  uncompressed += pages.writeDataPageV2({ writer, column, encoding: "RLE_DICTIONARY", pageData: { values: indexes, definitionLevels: levels, repetitionLevels: [], maxDefinitionLevel: 1 } });
  const stats = column.stats;
  return {
    chunk: {
      meta_data: {
        type: "BYTE_ARRAY",
        encodings: ["PLAIN", "RLE_DICTIONARY"],
        path_in_schema: [column.columnName],
        codec: column.codec,
        num_values: BigInt(indexes.length),
        total_compressed_size: BigInt(writer.offset - start),
        total_uncompressed_size: BigInt(uncompressed),
        data_page_offset: dataOffset,
        dictionary_page_offset: dictionaryOffset,
        statistics: stats ? { min_value: min, max_value: max, null_count: BigInt(nulls), nan_count: undefined } : undefined,
        encoding_stats: stats ? [{ page_type: "DICTIONARY_PAGE", encoding: "PLAIN", count: 1 }, { page_type: "DATA_PAGE_V2", encoding: "RLE_DICTIONARY", count: 1 }] : undefined,
        geospatial_statistics: undefined,
      },
      file_offset: BigInt(start),
    },
    columnIndex: false,
    offsetIndex: false,
    bloomFilter: undefined,
  };
}

/**
 * One row group as hyparquet-writer's `ParquetWriter.write` writes it with dictionary-encoded
 * strings (byte for byte the same file): string columns (given as dictionary indexes) through
 * `writeStringColumn`, numbers through its own column writer.
 */
function writeRowGroup(state: ParquetWriterState, pages: HyparquetPages, columns: readonly ParquetColumn[], data: readonly unknown[][], dictionaries: ReadonlyArray<Dictionary | null>): void {
  const { writer } = state;
  const groupStart = writer.offset;
  const rows = data[0].length;
  const chunks: Array<{ meta_data?: { total_uncompressed_size: bigint } }> = [];
  columns.forEach(([name, type], i) => {
    const element = state.schema[i + 1];
    const column: ColumnEncoder = {
      columnName: name, element, schemaPath: [state.schema[0], element], codec: state.codec, compressors: state.compressors, stats: state.statistics,
      statisticsTruncateLength: state.statisticsTruncateLength, pageSize: PAGE_SIZE, dictionarySize: undefined, columnIndex: false, offsetIndex: true, encoding: undefined, bloomFilter: undefined,
    };
    const dictionary = dictionaries[i];
    const result = (type === "STRING" && dictionary
      ? writeStringColumn(pages, writer, column, data[i] as Array<number | null>, dictionary)
      : pages.writeColumn({ writer, column, pageData: { values: data[i], definitionLevels: [], repetitionLevels: [], maxDefinitionLevel: 0 } })) as ColumnResult;
    chunks.push(result.chunk);
    state.pendingIndexes.push(result);
  });
  let totalBytes = 0n;
  for (const c of chunks) totalBytes += c.meta_data?.total_uncompressed_size ?? 0n;
  state.num_rows += BigInt(rows);
  state.row_groups.push({ columns: chunks, total_byte_size: totalBytes, num_rows: BigInt(rows), total_compressed_size: BigInt(writer.offset - groupStart) });
}

/**
 * A Parquet file written row group by row group (default 50,000 rows), put in place on
 * commit. With `extend`, the file starts as that earlier file (same columns) and the
 * rows appended come after its rows. `statistics: false` leaves out the min/max per
 * column chunk (readers use them to skip row groups; a one-group table has no use for them).
 * `dictionary` (default true) dictionary-encodes every string column: per-document tables
 * repeat their ids, words and names, and the writer's own test (the dictionary must halve
 * the plain bytes) turns it down for words and lemmas, whose files then come out about a
 * quarter larger and are slower to write. `words`: the strings that `{ ids }` columns number.
 */
export function parquetTableWriter(
  file: string,
  columns: readonly ParquetColumn[],
  options: { rowGroup?: number; extend?: { file: string; layout: ParquetLayout }; statistics?: boolean; dictionary?: boolean; words?: readonly string[] } = {},
): ParquetTableWriter {
  const words = options.words ?? [];
  const { ByteWriter, ParquetWriter } = requirePackage<HyparquetWriter>("hyparquet-writer");
  // A dictionary-encoded group is kept to one data page per column (see writeStringColumn).
  const rowGroup = options.dictionary === false ? (options.rowGroup ?? 50_000) : Math.min(options.rowGroup ?? 50_000, MAX_DICTIONARY_GROUP);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  // The earlier file without its footer (metadata, its length, "PAR1"): row groups and page indexes.
  let start = 0;
  if (options.extend) {
    const size = statSync(options.extend.file).size;
    const tail = Buffer.alloc(8);
    const fd = openSync(options.extend.file, "r");
    readSync(fd, tail, 0, 8, size - 8);
    closeSync(fd);
    if (tail.toString("latin1", 4) !== "PAR1") throw new Error(`${options.extend.file}: not a Parquet file`);
    start = size - 8 - tail.readUInt32LE(0);
    copyFileSync(options.extend.file, tmp);
    truncateSync(tmp, start);
  }
  const fd = openSync(tmp, options.extend ? "a" : "w");
  // hyparquet-writer's file writer, with a descriptor: the bytes go out in ~1 MB chunks.
  const bytes = new ByteWriter();
  const flushBytes = () => {
    if (bytes.index > 0) writeSync(fd, new Uint8Array(bytes.buffer, 0, bytes.index));
    bytes.index = 0;
  };
  const grow = bytes.ensure.bind(bytes);
  bytes.ensure = (size: number) => {
    if (bytes.index > 1_000_000) flushBytes();
    grow(size);
  };
  bytes.finish = flushBytes;
  const parquet = new ParquetWriter({ writer: bytes, schema: schemaOf(columns), createdBy: "lagebild", statistics: options.statistics ?? true });
  const state = parquet as unknown as ParquetWriterState;
  if (options.extend) {
    // The magic number the constructor wrote is already in the copied bytes.
    bytes.index = 0;
    (bytes as unknown as { offset: number }).offset = start;
    state.row_groups = [...options.extend.layout.rowGroups];
    state.num_rows = options.extend.layout.numRows;
  }
  // Rows gathered for the next row group, column by column; a dictionary column holds its
  // values' dictionary indexes (null for null).
  let buffered: unknown[][] = columns.map(() => []);
  let open = true;
  const isString = columns.map(([, type]) => type === "STRING");
  const pages = options.dictionary === false ? null : hyparquetPages();
  const newDictionaries = () => columns.map(([, type]): Dictionary | null => (pages && type === "STRING" ? { slots: new Map(), values: [] } : null));
  let dictionaries = newDictionaries();
  const put = (i: number, v: unknown) => {
    const d = dictionaries[i];
    if (d === null) return void buffered[i].push(isString[i] && typeof v === "string" ? utf8(v) : v);
    if (v === null || v === undefined) return void buffered[i].push(null);
    let slot = d.slots.get(v as string);
    if (slot === undefined) {
      d.slots.set(v as string, (slot = d.values.length));
      d.values.push(v as string);
    }
    buffered[i].push(slot);
  };
  // Numbered words: the number is the key, the string is looked up only for a new dictionary entry.
  const putId = (i: number, id: number) => {
    const d = dictionaries[i];
    if (d === null) return put(i, words[id]);
    let slot = d.slots.get(id);
    if (slot === undefined) {
      d.slots.set(id, (slot = d.values.length));
      d.values.push(words[id]);
    }
    buffered[i].push(slot);
  };
  const writeGroup = () => {
    if (buffered[0].length === 0) return;
    if (pages) writeRowGroup(state, pages, columns, buffered, dictionaries);
    else parquet.write({ columnData: columns.map(([name], i) => ({ name, data: buffered[i] })), rowGroupSize: rowGroup });
    buffered = columns.map(() => []);
    dictionaries = newDictionaries();
  };
  return {
    append(rows) {
      for (const row of rows) {
        for (let i = 0; i < columns.length; i++) put(i, row[i]);
        if (buffered[0].length >= rowGroup) writeGroup();
      }
    },
    appendColumns(data) {
      const n = data.reduce((length, c) => ("constant" in c ? length : Math.max(length, "ids" in c ? c.ids.length : c.length)), 0);
      for (let start = 0; start < n; ) {
        const end = Math.min(n, start + rowGroup - buffered[0].length);
        for (let i = 0; i < columns.length; i++) {
          const column = data[i];
          if ("constant" in column) for (let k = start; k < end; k++) put(i, column.constant);
          else if ("ids" in column) for (let k = start; k < end; k++) putId(i, column.ids[k]);
          // Strings of a column without dictionary: encoded into one buffer per call (see utf8Column).
          else if (isString[i] && !pages) for (const v of utf8Column(Array.prototype.slice.call(column, start, end))) buffered[i].push(v);
          else for (let k = start; k < end; k++) put(i, column[k]);
        }
        start = end;
        if (buffered[0].length >= rowGroup) writeGroup();
      }
    },
    commit() {
      if (open) {
        writeGroup();
        parquet.finish();
        closeSync(fd);
        open = false;
        renameSync(tmp, file);
      }
      return { rowGroups: state.row_groups, numRows: state.num_rows };
    },
    abort() {
      if (!open) return;
      closeSync(fd);
      open = false;
      rmSync(tmp, { force: true });
    },
  };
}

/** Writes a whole table, given column by column, as one Parquet file (put in place when complete). */
export type ParquetFileWriter = (file: string, columns: readonly ParquetColumn[], data: ReadonlyArray<ArrayLike<unknown>>) => Promise<void>;

/** `ParquetFileWriter` on the calling thread: one row group, no statistics (small aggregate tables). */
export const writeParquetFile: ParquetFileWriter = async (file, columns, data) => {
  const pq = parquetTableWriter(file, columns, { rowGroup: Math.max(data[0]?.length ?? 0, 1), statistics: false, dictionary: false });
  pq.appendColumns(data);
  pq.commit();
};
