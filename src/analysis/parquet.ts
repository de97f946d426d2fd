// Parquet files next to the CSVs, for DuckDB, Polars, pandas and Spark: columnar,
// compressed, typed, so large tables are queried instead of loaded. Written with
// hyparquet-writer (pure JavaScript), in row groups as rows arrive, into a temp file
// that is renamed into place on commit.
import { closeSync, copyFileSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync, truncateSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { requirePackage } from "./project.js";
import { tempPath } from "./export.js";
import { nativeSnappy } from "./native.js";

export type ParquetType = "STRING" | "INT32" | "DOUBLE";
/** A column: name and type. Strings may be null; numbers may not. */
export type ParquetColumn = readonly [name: string, type: ParquetType];

/** The part of hyparquet-writer used here (its typings need a newer module resolution than tslab's). */
interface ByteWriterLike {
  buffer: ArrayBuffer;
  index: number;
  view: DataView;
  offset: number;
  ensure(size: number): void;
  appendBytes(bytes: Uint8Array): void;
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
interface PageData { values: ArrayLike<unknown>; definitionLevels: ArrayLike<number>; repetitionLevels: number[]; maxDefinitionLevel: number }
interface ColumnResult { chunk: { meta_data?: { total_uncompressed_size: bigint } } }
/** The page functions of hyparquet-writer used to write dictionary-encoded string columns here. */
interface HyparquetPages {
  writeColumn(options: { writer: ByteWriterLike; column: ColumnEncoder; pageData: PageData }): ColumnResult;
  writeDataPageV2(options: { writer: ByteWriterLike; column: ColumnEncoder; encoding: "RLE_DICTIONARY"; pageData: PageData }): number;
  writePageHeader(writer: ByteWriterLike, header: PageHeader): void;
}
type PageHeader = { uncompressed_page_size: number; compressed_page_size: number } & (
  | { type: "DICTIONARY_PAGE"; dictionary_page_header: { num_values: number; encoding: "PLAIN" } }
  | {
      type: "DATA_PAGE_V2";
      data_page_header_v2: { num_values: number; num_nulls: number; num_rows: number; encoding: "PLAIN"; definition_levels_byte_length: number; repetition_levels_byte_length: number; is_compressed: boolean };
    }
);
interface HyparquetWriter {
  ByteWriter: new () => ByteWriterLike;
  ParquetWriter: new (options: { writer: ByteWriterLike; schema: unknown[]; createdBy?: string; statistics?: boolean; compressors?: Record<string, (bytes: Uint8Array) => Uint8Array> }) => {
    write(options: { columnData: Array<{ name: string; data: unknown[] }>; rowGroupSize?: number }): void;
    finish(): void;
  };
}

let pagesLoaded: HyparquetPages | undefined;
/** Loaded once, when the first dictionary-encoded writer opens (a partitioned run opens hundreds). */
function hyparquetPages(): HyparquetPages {
  const from = (file: string) => requirePackage<Record<string, unknown>>(`hyparquet-writer/src/${file}.js`);
  return (pagesLoaded ??= { ...from("column"), ...from("datapage") } as unknown as HyparquetPages);
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

const encoder = new TextEncoder();

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

/**
 * Writes `v` as UTF-8 at `at` (with room for 3 bytes a UTF-16 unit) and returns where it
 * ends: ASCII by hand, as most words are, the rest (and lone surrogates) as TextEncoder does.
 */
function writeUtf8(bytes: Uint8Array, at: number, v: string): number {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0x80) return at + encoder.encodeInto(v, bytes.subarray(at)).written;
    bytes[at + i] = c;
  }
  return at + v.length;
}

/** Byte order of bytes[a..aEnd) and bytes[b..bEnd): the order of Parquet's BYTE_ARRAY statistics. */
function compareBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): number {
  const n = Math.min(aEnd - a, bEnd - b);
  for (let i = 0; i < n; i++) if (bytes[a + i] !== bytes[b + i]) return bytes[a + i] - bytes[b + i];
  return aEnd - a - (bEnd - b);
}

/**
 * A string column's distinct values in the current row group, in order of first appearance,
 * with their slots: by the value, or by its number in `words` in an open-addressing table
 * (keys -1 when free) sized to the dictionary rather than to the vocabulary, as a partitioned
 * run has over a hundred such columns open. Cleared, not renewed, for the next group.
 */
interface Dictionary { slots: Map<unknown, number>; idKeys: Int32Array; idSlots: Int32Array; idCount: number; values: string[] }

const newDictionary = (): Dictionary => ({ slots: new Map(), idKeys: new Int32Array(1024).fill(-1), idSlots: new Int32Array(1024), idCount: 0, values: [] });

function clearDictionary(d: Dictionary): void {
  d.slots.clear();
  d.idKeys.fill(-1);
  d.idCount = 0;
  d.values.length = 0;
}

/** The slot of a value (-1 for null); a new value is added. Non-strings are keyed as they are and written as text. */
function slotOf(d: Dictionary, v: unknown): number {
  if (v === null || v === undefined) return -1;
  let slot = d.slots.get(v);
  if (slot === undefined) {
    d.slots.set(v, (slot = d.values.length));
    d.values.push(String(v));
  }
  return slot;
}

/** Where word number `id` is in the table of `d`, or the free place it would take (Fibonacci hashing, linear probing). */
function idPlace(keys: Int32Array, id: number): number {
  const mask = keys.length - 1;
  let at = (Math.imul(id, 0x9e3779b1) >>> Math.clz32(mask)) & mask;
  while (keys[at] !== id && keys[at] !== -1) at = (at + 1) & mask;
  return at;
}

/** The slot of word number `id`; a new word is added (its string looked up only then). */
function slotOfId(d: Dictionary, id: number, words: readonly string[]): number {
  const at = idPlace(d.idKeys, id);
  if (d.idKeys[at] === id) return d.idSlots[at];
  const slot = d.values.length;
  d.values.push(words[id]);
  d.idKeys[at] = id;
  d.idSlots[at] = slot;
  // Kept at most half full, so that probes stay short.
  if (++d.idCount * 2 > d.idKeys.length) {
    const { idKeys, idSlots } = d;
    d.idKeys = new Int32Array(idKeys.length * 2).fill(-1);
    d.idSlots = new Int32Array(idKeys.length * 2);
    for (let i = 0; i < idKeys.length; i++) {
      if (idKeys[i] === -1) continue;
      const to = idPlace(d.idKeys, idKeys[i]);
      d.idKeys[to] = idKeys[i];
      d.idSlots[to] = idSlots[i];
    }
  }
  return slot;
}

/**
 * A column's rows in the current row group, with dictionary encoding: a string column's as
 * their slots in its dictionary (-1 for null), a number column's as they are. Typed arrays,
 * reused from group to group: plain arrays of this size, grown a value at a time, cost the
 * writing thread more in pushes and garbage collection than the encoding.
 */
interface GroupColumn { rows: Int32Array | Float64Array; length: number; dictionary: Dictionary | null }

const groupColumn = (type: ParquetType): GroupColumn =>
  type === "DOUBLE" ? { rows: new Float64Array(1024), length: 0, dictionary: null } : { rows: new Int32Array(1024), length: 0, dictionary: type === "STRING" ? newDictionary() : null };

/** The column's rows with room for `n` more (they grow to the row group's size at most). */
function roomFor(c: GroupColumn, n: number): GroupColumn["rows"] {
  if (c.length + n > c.rows.length) {
    const size = Math.max(c.rows.length * 2, c.length + n);
    const grown = c.rows instanceof Int32Array ? new Int32Array(size) : new Float64Array(size);
    grown.set(c.rows.subarray(0, c.length));
    c.rows = grown;
  }
  return c.rows;
}

/** A value for `rows`, which would turn anything else silently into a number, or cut it to an int32 (hyparquet-writer refuses such values). */
function numberFor(rows: GroupColumn["rows"], v: unknown, column: string): number {
  if (typeof v !== "number" || (rows instanceof Int32Array && (v | 0) !== v)) throw new Error(`Parquet column ${column}: expected ${rows instanceof Int32Array ? "an int32" : "a number"}, got ${String(v)}`);
  return v;
}

/** Rows start..end of a string column as slots in its dictionary: a constant looked up once, numbered words by their number (the string only for a new entry). */
function appendSlots(c: GroupColumn, dictionary: Dictionary, column: ParquetColumnData, start: number, end: number, words: readonly string[]): void {
  const out = roomFor(c, end - start);
  const at = c.length - start;
  if ("constant" in column) out.fill(slotOf(dictionary, column.constant), at + start, at + end);
  else if ("ids" in column) for (let k = start; k < end; k++) out[at + k] = slotOfId(dictionary, column.ids[k], words);
  else for (let k = start; k < end; k++) out[at + k] = slotOf(dictionary, column[k]);
  c.length += end - start;
}

/** Rows start..end of a number column; a typed array of the column's kind (counts) is copied at once. */
function appendNumbers(c: GroupColumn, name: string, column: ArrayLike<unknown> | { constant: unknown }, start: number, end: number): void {
  const out = roomFor(c, end - start);
  const at = c.length - start;
  if ("constant" in column) out.fill(numberFor(out, column.constant, name), at + start, at + end);
  else if (column.constructor === out.constructor) out.set((column as typeof out).subarray(start, end), at + start);
  else for (let k = start; k < end; k++) out[at + k] = numberFor(out, column[k], name);
  c.length += end - start;
}

/** Rows start..end of a column without dictionary encoding, as values: strings as UTF-8 (see utf8Column). */
function appendValues(out: unknown[], isString: boolean, column: ArrayLike<unknown> | { constant: unknown }, start: number, end: number): void {
  if ("constant" in column) {
    const v = isString && typeof column.constant === "string" ? encoder.encode(column.constant) : column.constant;
    for (let k = start; k < end; k++) out.push(v);
  } else if (isString) for (const v of utf8Column(Array.prototype.slice.call(column, start, end))) out.push(v);
  else for (let k = start; k < end; k++) out.push(column[k]);
}

/**
 * hyparquet-writer's `writeDictionaryPage` for strings, the PLAIN values (length, UTF-8 bytes)
 * encoded straight into one buffer instead of one at a time through a growing ByteWriter; the
 * smallest and largest value (in byte order) are found on the way, for the statistics.
 */
function writeStringDictionary(pages: HyparquetPages, writer: ByteWriterLike, column: ColumnEncoder, values: readonly string[]): { size: number; min?: Uint8Array; max?: Uint8Array } {
  let room = 0;
  for (const v of values) room += 4 + v.length * 3;
  const bytes = new Uint8Array(room);
  const lengths = new DataView(bytes.buffer);
  let at = 0;
  let [min, minEnd, max, maxEnd] = [-1, -1, -1, -1];
  for (const v of values) {
    const start = at + 4;
    at = writeUtf8(bytes, start, v);
    lengths.setUint32(start - 4, at - start, true);
    if (min < 0 || compareBytes(bytes, start, at, min, minEnd) < 0) [min, minEnd] = [start, at];
    if (max < 0 || compareBytes(bytes, start, at, max, maxEnd) > 0) [max, maxEnd] = [start, at];
  }
  const plain = bytes.subarray(0, at);
  const compressed = column.compressors[column.codec]?.(plain) ?? plain;
  const headerStart = writer.offset;
  pages.writePageHeader(writer, {
    type: "DICTIONARY_PAGE",
    uncompressed_page_size: plain.byteLength,
    compressed_page_size: compressed.byteLength,
    dictionary_page_header: { num_values: values.length, encoding: "PLAIN" },
  });
  const headerSize = writer.offset - headerStart;
  writer.appendBytes(compressed);
  // Copies: the statistics stay until the footer is written, the page's buffer need not.
  return { size: headerSize + plain.byteLength, min: min < 0 ? undefined : bytes.slice(min, minEnd), max: max < 0 ? undefined : bytes.slice(max, maxEnd) };
}

/**
 * A string column chunk, dictionary-encoded: the same bytes hyparquet-writer writes for
 * `encoding: "RLE_DICTIONARY"`, with the dictionary built as rows arrive (one lookup per
 * value; a repeated string is let go at once instead of being held until the group is
 * written) and the statistics taken over the distinct values only. Its general path tests
 * every value (bytes identity, levels, min and max) and was the largest single cost of
 * writing the per-document tables.
 */
function writeStringColumn(pages: HyparquetPages, writer: ParquetWriterState["writer"], column: ColumnEncoder, slots: Int32Array, dictionary: Dictionary): unknown {
  const n = slots.length;
  let nulls = 0;
  for (let i = 0; i < n; i++) if (slots[i] < 0) nulls++;
  // Definition levels, 0 for null; hyparquet-writer wants the nulls among the values too.
  const levels = new Uint8Array(n).fill(1);
  let values: ArrayLike<number | null> = slots;
  if (nulls > 0) {
    const withNulls = new Array<number | null>(n);
    for (let i = 0; i < n; i++) {
      withNulls[i] = slots[i] < 0 ? null : slots[i];
      if (slots[i] < 0) levels[i] = 0;
    }
    values = withNulls;
  }
  const start = writer.offset;
  const dictionaryOffset = BigInt(start);
  const { size, min, max } = writeStringDictionary(pages, writer, column, dictionary.values);
  const dataOffset = BigInt(writer.offset);
  const uncompressed = size + pages.writeDataPageV2({ writer, column, encoding: "RLE_DICTIONARY", pageData: { values, definitionLevels: levels, repetitionLevels: [], maxDefinitionLevel: 1 } });
  const stats = column.stats;
  return {
    chunk: {
      meta_data: {
        type: "BYTE_ARRAY",
        encodings: ["PLAIN", "RLE_DICTIONARY"],
        path_in_schema: [column.columnName],
        codec: column.codec,
        num_values: BigInt(n),
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
 * One row group as hyparquet-writer's `ParquetWriter.write` writes it, each column chunk
 * written by `writeChunk`: the row group's entry in the footer and the chunks' page indexes.
 */
function writeRowGroup(state: ParquetWriterState, columns: readonly ParquetColumn[], rows: number, writeChunk: (column: ColumnEncoder, i: number) => ColumnResult): void {
  const { writer } = state;
  const groupStart = writer.offset;
  const chunks: Array<{ meta_data?: { total_uncompressed_size: bigint } }> = [];
  columns.forEach(([name], i) => {
    const element = state.schema[i + 1];
    const column: ColumnEncoder = {
      columnName: name, element, schemaPath: [state.schema[0], element], codec: state.codec, compressors: state.compressors, stats: state.statistics,
      statisticsTruncateLength: state.statisticsTruncateLength, pageSize: PAGE_SIZE, dictionarySize: undefined, columnIndex: false, offsetIndex: true, encoding: undefined, bloomFilter: undefined,
    };
    const result = writeChunk(column, i);
    chunks.push(result.chunk);
    state.pendingIndexes.push(result);
  });
  let totalBytes = 0n;
  for (const c of chunks) totalBytes += c.meta_data?.total_uncompressed_size ?? 0n;
  state.num_rows += BigInt(rows);
  state.row_groups.push({ columns: chunks, total_byte_size: totalBytes, num_rows: BigInt(rows), total_compressed_size: BigInt(writer.offset - groupStart) });
}

/**
 * A row group with dictionary-encoded strings (byte for byte the file hyparquet-writer
 * writes): string columns through `writeStringColumn`, numbers through its own column writer.
 */
function writeDictionaryRowGroup(state: ParquetWriterState, pages: HyparquetPages, columns: readonly ParquetColumn[], rows: number, data: readonly GroupColumn[]): void {
  const { writer } = state;
  writeRowGroup(state, columns, rows, (column, i) => {
    const { rows: values, length, dictionary } = data[i];
    return (dictionary
      ? writeStringColumn(pages, writer, column, values.subarray(0, length) as Int32Array, dictionary)
      : pages.writeColumn({ writer, column, pageData: { values: values.subarray(0, length), definitionLevels: [], repetitionLevels: [], maxDefinitionLevel: 0 } })) as ColumnResult;
  });
}

/**
 * A column chunk of PLAIN values in one DATA_PAGE_V2, without statistics, encoded a column
 * at a time: numbers as the bytes of a typed array (little-endian, as Parquet and every
 * platform Node.js runs on), strings with writeUtf8. hyparquet-writer encodes and copies
 * value by value, which took a third of a second for the 50,000 lemmas of corpus-terms in
 * a new process (code not yet compiled), where the resident server takes a twentieth.
 */
function writePlainColumn(pages: HyparquetPages, writer: ByteWriterLike & { offset: number }, column: ColumnEncoder, type: ParquetType, values: ArrayLike<unknown>): ColumnResult {
  const n = values.length;
  // Strings are OPTIONAL (definition levels, nulls left out of the values); numbers REQUIRED.
  const levels = type === "STRING" ? definitionLevels(values) : { bytes: new Uint8Array(0), nulls: 0 };
  const plain = plainBytes(type, values, column.columnName);
  const compressed = column.compressors[column.codec]?.(plain) ?? plain;
  const start = writer.offset;
  pages.writePageHeader(writer, {
    type: "DATA_PAGE_V2",
    uncompressed_page_size: levels.bytes.length + plain.length,
    compressed_page_size: levels.bytes.length + compressed.length,
    data_page_header_v2: {
      num_values: n, num_nulls: levels.nulls, num_rows: n, encoding: "PLAIN",
      definition_levels_byte_length: levels.bytes.length, repetition_levels_byte_length: 0, is_compressed: !!column.codec,
    },
  });
  const headerSize = writer.offset - start;
  writer.appendBytes(levels.bytes);
  writer.appendBytes(compressed);
  const chunk = {
    meta_data: {
      type: type === "STRING" ? "BYTE_ARRAY" : type,
      encodings: ["PLAIN"],
      path_in_schema: [column.columnName],
      codec: column.codec,
      num_values: BigInt(n),
      total_compressed_size: BigInt(writer.offset - start),
      total_uncompressed_size: BigInt(headerSize + levels.bytes.length + plain.length),
      data_page_offset: BigInt(start),
      dictionary_page_offset: undefined,
      statistics: undefined,
      encoding_stats: undefined,
      geospatial_statistics: undefined,
    },
    file_offset: BigInt(start),
  };
  return { chunk, columnIndex: false, offsetIndex: false, bloomFilter: undefined } as ColumnResult;
}

/** A column's non-null values, PLAIN-encoded: strings as length (uint32) and UTF-8 bytes, numbers as int32 or double. */
function plainBytes(type: ParquetType, values: ArrayLike<unknown>, name: string): Uint8Array {
  if ((type === "INT32" && values instanceof Int32Array) || (type === "DOUBLE" && values instanceof Float64Array)) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  if (type !== "STRING") {
    const out = type === "INT32" ? new Int32Array(values.length) : new Float64Array(values.length);
    for (let i = 0; i < values.length; i++) out[i] = numberFor(out, values[i], name);
    return new Uint8Array(out.buffer);
  }
  let room = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== null && values[i] !== undefined) room += 4 + String(values[i]).length * 3;
  const bytes = new Uint8Array(room);
  const lengths = new DataView(bytes.buffer);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    const start = at + 4;
    at = writeUtf8(bytes, start, typeof v === "string" ? v : String(v));
    lengths.setUint32(start - 4, at - start, true);
  }
  return bytes.subarray(0, at);
}

/**
 * Definition levels of an optional column (1: a value, 0: null) in the RLE/bit-packed hybrid
 * encoding with bit width 1, as RLE runs only: a varint of the run's length times two, then
 * its level in one byte. A column without nulls is one run.
 */
function definitionLevels(values: ArrayLike<unknown>): { bytes: Uint8Array; nulls: number } {
  const out: number[] = [];
  let nulls = 0;
  for (let i = 0; i < values.length; ) {
    const defined = values[i] !== null && values[i] !== undefined;
    let j = i + 1;
    while (j < values.length && (values[j] !== null && values[j] !== undefined) === defined) j++;
    if (!defined) nulls += j - i;
    let header = (j - i) * 2;
    for (; header >= 0x80; header = Math.floor(header / 128)) out.push((header % 128) | 0x80);
    out.push(header, defined ? 1 : 0);
    i = j;
  }
  return { bytes: Uint8Array.from(out), nulls };
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
  const tmp = tempPath(file);
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
  // The native compressor gives the bytes hyparquet-writer's would, without its cold start in a new process.
  const snappy = nativeSnappy();
  const compressors = snappy ? { SNAPPY: snappy.compress } : undefined;
  const parquet = new ParquetWriter({ writer: bytes, schema: schemaOf(columns), createdBy: "lagebild", statistics: options.statistics ?? true, compressors });
  const state = parquet as unknown as ParquetWriterState;
  if (options.extend) {
    // The magic number the constructor wrote is already in the copied bytes.
    bytes.index = 0;
    (bytes as unknown as { offset: number }).offset = start;
    state.row_groups = [...options.extend.layout.rowGroups];
    state.num_rows = options.extend.layout.numRows;
  }
  // Rows gathered for the next row group, column by column: in typed arrays with dictionary
  // encoding (see GroupColumn), else as values; without statistics too, PLAIN-encoded a
  // column at a time (writePlainColumn), else through hyparquet-writer.
  let rows = 0;
  let values: Array<unknown[] | Int32Array | Float64Array> = columns.map(() => []);
  let open = true;
  const isString = columns.map(([, type]) => type === "STRING");
  const dictionary = options.dictionary !== false;
  const plain = !dictionary && options.statistics === false;
  const pages = dictionary || plain ? hyparquetPages() : null;
  const group = dictionary ? columns.map(([, type]) => groupColumn(type)) : [];
  /** Rows start..end of column i, into the row group. */
  const appendRange = (i: number, column: ParquetColumnData, start: number, end: number): void => {
    const c = dictionary ? group[i] : null;
    if (c?.dictionary) return appendSlots(c, c.dictionary, column, start, end, words);
    // Numbered words where no dictionary takes them: as their strings.
    if ("ids" in column) return appendRange(i, Array.from(column.ids.subarray(start, end), (id) => words[id]), 0, end - start);
    if (c) appendNumbers(c, columns[i][0], column, start, end);
    // A whole column at once (writeParquetFile) is taken at once: typed arrays as they are.
    else if (plain && values[i].length === 0 && !("constant" in column)) values[i] = ArrayBuffer.isView(column) ? (column as Int32Array | Float64Array).subarray(start, end) : Array.prototype.slice.call(column, start, end);
    else {
      if (!Array.isArray(values[i])) values[i] = Array.from(values[i]);
      appendValues(values[i] as unknown[], isString[i] && !plain, column, start, end);
    }
  };
  const writeGroup = () => {
    if (rows === 0) return;
    if (dictionary) writeDictionaryRowGroup(state, pages!, columns, rows, group);
    else if (plain) writeRowGroup(state, columns, rows, (column, i) => writePlainColumn(pages!, state.writer, column, columns[i][1], values[i]));
    // Only the PLAIN path takes typed arrays as they are: here every column is an array.
    else parquet.write({ columnData: columns.map(([name], i) => ({ name, data: values[i] as unknown[] })), rowGroupSize: rowGroup });
    rows = 0;
    values = columns.map(() => []);
    for (const c of group) {
      c.length = 0;
      if (c.dictionary) clearDictionary(c.dictionary);
    }
  };
  const appendColumns = (data: ReadonlyArray<ParquetColumnData>) => {
    const n = data.reduce((length, c) => ("constant" in c ? length : Math.max(length, "ids" in c ? c.ids.length : c.length)), 0);
    for (let start = 0; start < n; ) {
      const end = Math.min(n, start + rowGroup - rows);
      for (let i = 0; i < columns.length; i++) appendRange(i, data[i], start, end);
      rows += end - start;
      start = end;
      if (rows >= rowGroup) writeGroup();
    }
  };
  return {
    append(rowArrays) {
      const list = Array.from(rowArrays);
      appendColumns(columns.map((_, i) => list.map((row) => row[i])));
    },
    appendColumns,
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
