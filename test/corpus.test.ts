import { describe, it, expect, beforeAll } from "vitest";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import {
  detectLanguage, documentTable, formatProblem, isProblem, loadCorpus, loadWorkingSet, parseDocument, rawOffset, streamCorpus, workingSetNote,
  type Document, type Problem,
} from "../src/analysis/corpus.js";
import { projectRoot, sharedPath } from "../src/analysis/project.js";

const SEEDS = join(projectRoot(), "seeds");
const NEWS = sharedPath("corpora", "news-de", "articles.jsonl");

function byPrefix(docs: Document[], prefix: string): Document {
  const d = docs.find((x) => x.id.startsWith(prefix));
  if (!d) throw new Error(`no document ${prefix}`);
  return d;
}

function seedRaw(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"))!;
  return readFileSync(join(SEEDS, name), "utf8");
}

/** Every non-whitespace clean character maps back to the same character in the raw text (after NFC). */
function expectOffsetsRoundTrip(doc: Document): void {
  const bad: string[] = [];
  let last = -1;
  for (let i = 0; i < doc.text.length; i++) {
    const r = rawOffset(doc, i);
    if (r <= last) bad.push(`${i}: raw offset ${r} not increasing`);
    last = r;
    const c = doc.text[i];
    if (/\s/.test(c) || doc.raw[r] === c) continue;
    // Only where the raw text was not NFC: the raw from there, normalised, starts with the character.
    if (!doc.raw.slice(r, r + 8).normalize("NFC").startsWith(c)) bad.push(`${i}: ${JSON.stringify(c)} vs raw ${JSON.stringify(doc.raw.slice(r, r + 8))}`);
  }
  expect(bad.slice(0, 5), doc.id).toEqual([]);
}

describe("seeds with manifest", () => {
  let docs: Document[];
  let problems: Problem[];
  beforeAll(async () => {
    ({ documents: docs, problems } = await loadCorpus([SEEDS]));
  });

  it("loads all five seeds without problems (README/manifest are not articles)", () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(docs.map((d) => d.id.slice(0, 3))).toEqual(["000", "001", "002", "003", "004"]);
    for (const d of docs) {
      expect(d.file.startsWith(SEEDS)).toBe(true);
      expect(d.lang).toBe("de");
      expect(d.hash).toBe(createHash("sha256").update(d.text).digest("hex"));
      expect(d.raw).toBe(seedRaw(d.id.slice(0, 3)));
    }
  });

  it("takes dates and sources from the manifest", () => {
    const expected: Record<string, [string, string | null]> = {
      "000": ["2024-01-11", "CRI"],
      "001": ["2024-11-12", "thanhnien.vn"],
      "002": ["2020-07-24", null],
      "003": ["2024-02-08", null],
      "004": ["2025-02-28", "congluan.vn"],
    };
    for (const [p, [date, source]] of Object.entries(expected)) {
      const d = byPrefix(docs, p);
      expect([d.date, d.source], p).toEqual([date, source]);
      expect(d.metaFrom.date).toBe("manifest");
    }
    expect(byPrefix(docs, "003").raw).not.toMatch(/2024|Februar|08\.02\./); // its date can only come from the manifest
  });

  it("infers sensible titles", () => {
    expect(byPrefix(docs, "000").title).toBe("Wang Yi ruft zu Intensivierung von strategischer Koordinierung zwischen China und Russland auf");
    // 002's headline is its first raw line
    expect(byPrefix(docs, "002").title).toBe(seedRaw("002").split("\n")[0].trim());
    expect(byPrefix(docs, "002").title!.startsWith("8. Chinesisch-Russische Konferenz")).toBe(true);
    // 001, 003, 004 have no headline: the first sentence, shortened with "…"
    for (const p of ["001", "003", "004"]) {
      const t = byPrefix(docs, p).title!;
      expect(t.length, p).toBeLessThanOrEqual(121);
      expect(t.endsWith("…"), p).toBe(true);
      expect(byPrefix(docs, p).text.startsWith(t.slice(0, -1)), p).toBe(true);
      expect(byPrefix(docs, p).metaFrom.title).toBe("inferred");
    }
    expect(byPrefix(docs, "003").title!.startsWith("Im Vorfeld des chinesischen Neujahrfestes hat Staatspräsident Xi Jinping")).toBe(true);
    expect(byPrefix(docs, "004").title!.startsWith("Der chinesische Präsident Xi Jinping empfing am Freitag")).toBe(true);
  });

  it("removes boilerplate and metadata lines and keeps them in `removed`", () => {
    const cases: Array<[string, string]> = [
      ["000", "Nachrichtennetzwerk der Seidenstraßen-Initiative"],
      ["000", "BRNN>>"],
      ["000", "Donnerstag, 11. Januar 2024"],
      ["000", "Quelle : CRI"],
      ["001", "Quelle: https://thanhnien.vn/"],
      ["001", "Kommentar (0)"],
      ["002", "2020-07-24 09:42:32"],
      ["002", "Zur Startseite"],
      ["002", "Das könnte Sie auch interessieren"],
      ["003", "Foto von VCG"],
      ["004", "(CLO)"],
      ["004", "Foto: Xinhua"],
      ["004", "Hoai Phuong (laut CCTV, TASS, SCMP)"],
      ["004", "Quelle: https://www.congluan.vn/"],
      ["004", "Kommentar (0)"],
    ];
    for (const [p, s] of cases) {
      const d = byPrefix(docs, p);
      expect(d.raw.includes(s), `${p} raw has ${s}`).toBe(true);
      expect(d.text.includes(s), `${p} text still has ${s}`).toBe(false);
      expect(d.removed.some((r) => r.text.includes(s)), `${p} removed has ${s}`).toBe(true);
    }
    for (const d of docs) {
      for (const s of ["BRNN>>", "Kommentar (0)", "Zur Startseite", "Foto von VCG"]) expect(d.text).not.toContain(s);
      expect(d.text).not.toMatch(/Quelle\s*:/);
      for (const r of d.removed) {
        expect(d.raw.slice(r.start, r.end)).toBe(r.text);
        expect(r.reason.length).toBeGreaterThan(0);
      }
    }
    expect(byPrefix(docs, "000").removed.find((r) => r.text.startsWith("Donnerstag"))!.reason).toMatch(/^metadata: .*date/);
  });

  it("removes just the credit from a caption line and keeps the headline", () => {
    const d4 = byPrefix(docs, "004");
    expect(d4.text).toContain("in der Großen Halle des Volkes in Peking mit dem Sekretär des russischen Sicherheitsrates, Sergei Schoigu, zusammen.\nDas Treffen");
    expect(d4.text.startsWith("Der chinesische Präsident")).toBe(true);
    const d0 = byPrefix(docs, "000");
    expect(d0.text.startsWith("Wang Yi ruft zu Intensivierung von strategischer Koordinierung zwischen China und Russland auf\n\nAls zwei")).toBe(true);
    expect(byPrefix(docs, "002").text).toContain("\n\nBeijing\n\n"); // a dateline place is text, not boilerplate
  });

  it("keeps paragraphs apart: blank-line paragraphs stay blank-line separated, one-line paragraphs are not merged", () => {
    for (const d of docs) {
      expect(d.text).not.toMatch(/\n\n\n|^\s|\s$|\r/);
    }
    // 001 has one paragraph per line and no blank lines before its trailer
    const raw1 = seedRaw("001");
    const lines1 = raw1.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("Quelle:") && l !== "Kommentar (0)");
    expect(byPrefix(docs, "001").text.split("\n")).toEqual(lines1);
    // 000: paragraphs are the raw's blank-line paragraphs minus site name, breadcrumb and date line
    const paras0 = seedRaw("000").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    expect(byPrefix(docs, "000").text.split("\n\n")).toEqual(paras0.slice(2, 3).concat(paras0.slice(4)));
    // 003: every raw line but the photo credit
    const lines3 = seedRaw("003").split("\n").map((l) => l.trim()).filter((l) => l && l !== "Foto von VCG");
    expect(byPrefix(docs, "003").text.split("\n")).toEqual(lines3);
  });

  it("maps every clean offset back to the raw text", () => {
    for (const d of docs) {
      expectOffsetsRoundTrip(d);
      // the seeds are NFC already, so here the characters are identical
      const bad = [...d.text].map((c, i) => [c, i] as const).filter(([c, i]) => !/\s/.test(c) && d.raw[rawOffset(d, i)] !== c);
      expect(bad, d.id).toEqual([]);
    }
  });

  it("builds a document table", () => {
    const withCounts = docs.map((d, i) => (i === 0 ? { ...d, sentences: [1, 2, 3], tokens: ["a", "b"] } : d));
    const t = documentTable(withCounts);
    expect(t.columnNames()).toEqual(["id", "date", "source", "title", "url", "chars", "sentences", "tokens", "removed"]);
    expect(t.numRows()).toBe(5);
    const rows = t.objects() as Array<Record<string, unknown>>;
    expect(rows[0].sentences).toBe(3);
    expect(rows[0].tokens).toBe(2);
    expect(rows[1].sentences).toBeNull();
    expect(rows.map((r) => r.chars)).toEqual(docs.map((d) => d.text.length));
    expect(rows[4].removed).toBe(byPrefix(docs, "004").removed.map((r) => r.text).join(" | "));
    expect(String(rows[4].removed)).toContain("Kommentar (0)");
  });
});

describe("metadata inference without a manifest", () => {
  let docs: Document[];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-nomanifest-"));
    for (const f of readdirSync(SEEDS)) if (f.endsWith(".txt")) copyFileSync(join(SEEDS, f), join(dir, f));
    const r = await loadCorpus([dir]);
    expect(r.problems).toEqual([]);
    docs = r.documents;
  });

  it("reads date and source from header lines", () => {
    const d0 = byPrefix(docs, "000");
    expect([d0.date, d0.source]).toEqual(["2024-01-11", "CRI"]);
    expect(d0.metaFrom).toMatchObject({ date: "inferred", source: "inferred" });
    const d2 = byPrefix(docs, "002");
    expect(d2.date).toBe("2020-07-24");
  });

  it("reads url and source from a Quelle line", () => {
    const d1 = byPrefix(docs, "001");
    expect(d1.url).toBe("https://thanhnien.vn/nga-trung-quoc-nhan-manh-no-luc-chung-chong-vong-kiem-toa-cua-my-185241112164938635.htm");
    expect(d1.source).toBe("thanhnien.vn");
    const d4 = byPrefix(docs, "004");
    expect(d4.source).toBe("congluan.vn"); // host without www.
    expect(d4.url!.startsWith("https://www.congluan.vn/")).toBe(true);
  });

  it("never takes a date from body sentences", () => {
    const d1 = byPrefix(docs, "001");
    expect(d1.raw).toContain("Am 12. November");
    expect(d1.date).toBeNull();
    expect(byPrefix(docs, "003").date).toBeNull();
    expect(byPrefix(docs, "004").date).toBeNull(); // "am 28. Februar" is in a caption sentence
  });
});

describe("bad input", () => {
  const seed3 = () => seedRaw("003");
  const latin1Text = "Außenminister Müller traf am Montag in Köln seinen französischen Amtskollegen.\nDie Gespräche dauerten über zwei Stunden.\n";
  const utf16Text = "Der Bundestag stimmte am Donnerstag über das Gesetz ab.\nDie Opposition übte scharfe Kritik an dem Entwurf.\n";
  const utf16beText = "Der Bundesrat vertagte die Entscheidung über das Gesetz.\nDie Länder fordern Änderungen.\n";
  let dir: string;
  let docs: Document[];
  let problems: Problem[];
  let before: Map<string, { bytes: Buffer; mtime: number }>;

  function snapshot(root: string): Map<string, { bytes: Buffer; mtime: number }> {
    const out = new Map<string, { bytes: Buffer; mtime: number }>();
    const visit = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) visit(p);
        else out.set(p, { bytes: readFileSync(p), mtime: statSync(p).mtimeMs });
      }
    };
    visit(root);
    return out;
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "corpus-bad-"));
    writeFileSync(join(dir, "a-original.txt"), seed3());
    writeFileSync(join(dir, "b-copy.txt"), seed3().replace(/\n/g, "\r\n")); // same clean text: a duplicate
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "blank.txt"), "  \n\n\t \n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from(latin1Text, "latin1"));
    writeFileSync(join(dir, "utf16le.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16Text, "utf16le")]));
    writeFileSync(join(dir, "utf16be.txt"), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16beText, "utf16le").swap16()]));
    writeFileSync(join(dir, "unclosed.md"), "---\ntitle: Ohne Ende\n\nDer Gipfel in Brüssel endete am Abend ohne Einigung.\n");
    writeFileSync(join(dir, "badyaml.md"), "---\ntitle: [kaputt\ndate: 2024-01-01\n---\nDie Verhandlungen in Genf wurden am Freitag fortgesetzt.\n");
    writeFileSync(join(dir, "good.md"), "---\ntitle: Telefonat zwischen Wang Yi und Lawrow\ndate: 2024-01-10\nsource: CRI\nurl: https://german.cri.cn/\n---\n" + seedRaw("000").split("\n\n").slice(4).join("\n\n"));
    writeFileSync(join(dir, "notes.pdf"), "%PDF-1.4 not an article");
    writeFileSync(join(dir, ".hidden.txt"), "Versteckt und nicht geladen.");
    writeFileSync(join(dir, "README.md"), "# Hier liegen Artikel\n\nDiese Datei ist kein Artikel.\n");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "nested.txt"), seedRaw("002"));
    writeFileSync(join(dir, "bulk.jsonl"), [
      JSON.stringify({ id: "row-1", title: "Erster Artikel", date: "2024-03-01", text: "Die Regierung kündigte neue Maßnahmen an.\n\nKritiker sprachen von Symbolpolitik." }),
      '{"id": "row-2", "text": "abgeschnitten',
      JSON.stringify({ id: "row-3", title: "Ohne Text" }),
      JSON.stringify({ headline: "Vierter Artikel", datum: "05.03.2024", content: "Am Dienstag tagte der Ausschuss in Berlin." }),
    ].join("\n") + "\n");
    writeFileSync(join(dir, "bulk.csv"), 'id,headline,datum,body\nc1,Erster CSV-Artikel,11.01.2024,"Erster Absatz mit ""Zitat"".\n\nZweiter Absatz, mit Komma."\nc2,,,Kurzer zweiter Artikel aus der Tabelle.\n');
    before = snapshot(dir);
    ({ documents: docs, problems } = await loadCorpus([dir]));
  });

  const problemsFor = (name: string) => problems.filter((p) => basename(p.file) === name);

  it("gives exactly one problem per bad file, naming the file", () => {
    for (const name of ["b-copy.txt", "empty.txt", "blank.txt", "binary.txt", "latin1.txt", "utf16le.txt", "utf16be.txt", "unclosed.md", "badyaml.md"]) {
      expect(problemsFor(name).map(formatProblem), name).toHaveLength(1);
      expect(formatProblem(problemsFor(name)[0]).startsWith(join(dir, name))).toBe(true);
    }
    expect(problemsFor("binary.txt")[0].level).toBe("error");
    expect(problemsFor("empty.txt")[0].message).toMatch(/empty/);
    expect(problemsFor("blank.txt")[0].message).toMatch(/empty|whitespace/);
    expect(problemsFor("latin1.txt")[0]).toMatchObject({ level: "warning" });
    expect(problemsFor("latin1.txt")[0].message).toMatch(/Windows-1252/);
    expect(problemsFor("utf16be.txt")[0].message).toMatch(/UTF-16BE/);
    const yamlLine = problemsFor("badyaml.md")[0].line!;
    expect(yamlLine >= 2 && yamlLine <= 4).toBe(true); // inside the front matter
    const dup = problemsFor("b-copy.txt")[0];
    expect(dup.message).toContain(join(dir, "a-original.txt"));
    expect(dup.message).toMatch(/duplicate/);
  });

  it("reports unreadable bulk rows with their line and loads the rest", () => {
    const bulk = problemsFor("bulk.jsonl");
    expect(bulk.map((p) => [p.line, p.level])).toEqual([[2, "error"], [3, "error"]]);
    expect(bulk[0].message).toMatch(/JSON/);
    expect(bulk[1].message).toMatch(/no text/);
    expect(problemsFor("bulk.csv")).toEqual([]);
    const rows = docs.filter((d) => d.file.endsWith("bulk.jsonl"));
    expect(rows.map((d) => [d.id, d.line, d.title, d.date])).toEqual([
      ["row-1", 1, "Erster Artikel", "2024-03-01"],
      ["bulk-4", 4, "Vierter Artikel", "2024-03-05"],
    ]);
    expect(rows[0].metaFrom).toMatchObject({ title: "row", date: "row" });
    expect(rows[0].text).toBe("Die Regierung kündigte neue Maßnahmen an.\n\nKritiker sprachen von Symbolpolitik.");
    const csv = docs.filter((d) => d.file.endsWith("bulk.csv"));
    expect(csv.map((d) => [d.id, d.line, d.title, d.date])).toEqual([
      ["c1", 2, "Erster CSV-Artikel", "2024-01-11"],
      ["c2", 5, "Kurzer zweiter Artikel aus der Tabelle", null],
    ]);
    expect(csv[0].text).toBe('Erster Absatz mit "Zitat".\n\nZweiter Absatz, mit Komma.');
  });

  it("has no other problems; hidden, README and unsupported files are skipped silently", () => {
    expect(problems).toHaveLength(11);
    expect(docs.map((d) => basename(d.file))).toEqual([
      "a-original.txt", "badyaml.md", "bulk.csv", "bulk.csv", "bulk.jsonl", "bulk.jsonl", "good.md", "latin1.txt", "nested.txt", "unclosed.md", "utf16be.txt", "utf16le.txt",
    ]);
  });

  it("decodes Latin-1 and UTF-16 right", () => {
    const doc = (name: string) => docs.find((d) => basename(d.file) === name)!;
    expect(doc("latin1.txt").text).toBe(latin1Text.trim());
    expect(doc("latin1.txt").text).toContain("Außenminister Müller");
    expect(doc("utf16le.txt").text).toBe(utf16Text.trim());
    expect(doc("utf16be.txt").text).toBe(utf16beText.trim());
    expect(doc("utf16le.txt").raw.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("loads the body of broken front matter and uses good front matter", () => {
    const doc = (name: string) => docs.find((d) => basename(d.file) === name)!;
    expect(doc("unclosed.md").text).toContain("Der Gipfel in Brüssel endete am Abend ohne Einigung.");
    expect(doc("badyaml.md").text).toBe("Die Verhandlungen in Genf wurden am Freitag fortgesetzt.");
    expect(doc("badyaml.md").title).toBe("Die Verhandlungen in Genf wurden am Freitag fortgesetzt");
    const good = doc("good.md");
    expect([good.title, good.date, good.source, good.url]).toEqual(["Telefonat zwischen Wang Yi und Lawrow", "2024-01-10", "CRI", "https://german.cri.cn/"]);
    expect(good.metaFrom).toEqual({ title: "front-matter", date: "front-matter", source: "front-matter", url: "front-matter" });
    expect(good.raw.startsWith("---\ntitle:")).toBe(true);
    expect(good.text.startsWith("Als zwei verantwortungsbewusste")).toBe(true);
    expect(good.removed[0]).toMatchObject({ reason: "front matter", start: 0 });
    expectOffsetsRoundTrip(good);
  });

  it("never modifies input files", () => {
    const after = snapshot(dir);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [p, b] of before) {
      expect(after.get(p)!.bytes.equals(b.bytes), p).toBe(true);
      expect(after.get(p)!.mtime, p).toBe(b.mtime);
    }
  });

  it("reports explicitly named unsupported or missing inputs", async () => {
    const r = await loadCorpus([join(dir, "notes.pdf"), join(dir, "missing.txt"), join(dir, "latin1.txt")]);
    expect(r.documents).toHaveLength(1);
    expect(r.problems.map((p) => [basename(p.file), p.level])).toEqual([["notes.pdf", "error"], ["missing.txt", "error"], ["latin1.txt", "warning"]]);
  });
});

describe("parseDocument", () => {
  it("normalises CRLF, NBSP, NFD and invisible characters while keeping offsets exact", () => {
    const raw = "\uFEFFÜberschrift\u00A0zum Test\r\n\r\nHerr Mu\u0308ller sprach im Bundes\u00ADtag.\r\nEin zweiter Satz.";
    const d = parseDocument(raw, { id: "x", file: "x.txt" }, { boilerplate: false });
    expect(d.text).toBe("Überschrift zum Test\n\nHerr Müller sprach im Bundestag.\nEin zweiter Satz.");
    expect(d.text).toBe(d.text.normalize("NFC"));
    expect(d.title).toBe("Überschrift zum Test");
    expectOffsetsRoundTrip(d);
    expect(d.raw.slice(rawOffset(d, d.text.indexOf("Bundestag")), rawOffset(d, d.text.indexOf("Bundestag") + 9))).toBe("Bundes\u00ADtag");
  });

  it("removes a list of related headlines with its heading, down to the next line of prose", () => {
    const body = "Xi sagte, beide Seiten hätten die Partnerschaft vertieft.";
    const raw = `Neujahrsgrüße\n\n${body}\n\nTeilen:\n\nVerwandte Nachrichten\n\nWang Yi: China und Russland sollen Koordinierung verstärken\n\nLawrow lobt Beziehungen zu China\n\nCopyright © 2024 China Radio International. Alle Rechte vorbehalten.`;
    const d = parseDocument(raw, { id: "r", file: "r.txt" });
    expect(d.text).toBe(`Neujahrsgrüße\n\n${body}`);
    expect(d.removed.map((r) => r.reason)).toEqual(["navigation", "recommendations", "recommendations", "recommendations", "copyright"]);
    // A sentence after the heading is text again.
    const prose = parseDocument(`Titel\n\n${body}\n\nMehr zum Thema\n\nLawrow lobt Beziehungen zu China\n\nPutin sagte, er sei zufrieden.`, { id: "s", file: "s.txt" });
    expect(prose.text).toBe(`Titel\n\n${body}\n\nPutin sagte, er sei zufrieden.`);
  });

  it("takes dates from date lines only", () => {
    const body = "Am 12. November 2024 trafen sich die Außenminister in Peking zu Gesprächen über die Lage.";
    expect(parseDocument(body, { id: "a", file: "a.txt" }, { boilerplate: false }).date).toBeNull();
    const d = parseDocument(`Gipfel in Peking\n11.01.2024\n${body}`, { id: "b", file: "b.txt" }, { boilerplate: false });
    expect(d.date).toBe("2024-01-11");
    expect(d.text).toBe(`Gipfel in Peking\n${body}`);
    expect(d.removed).toEqual([{ text: "11.01.2024", reason: "metadata: date", start: 17, end: 27 }]);
    // A Quelle line may carry the date after the source: "Quelle: Xinhua, 21. März 2023".
    const q = parseDocument(`Gipfel in Moskau\n\nQuelle: Xinhua, 21. März 2023\n\n${body}`, { id: "c", file: "c.txt" }, { boilerplate: false });
    expect(q).toMatchObject({ date: "2023-03-21", source: "Xinhua", text: `Gipfel in Moskau\n\n${body}` });
    // A dateline: a line of its own is metadata (with the agency as source); opening the first paragraph it stays text.
    const line = parseDocument(`Gipfel in Astana\n\nAstana, 4. Juli 2024 (AFP)\n\n${body}`, { id: "d", file: "d.txt" }, { boilerplate: false });
    expect(line).toMatchObject({ date: "2024-07-04", source: "AFP", text: `Gipfel in Astana\n\n${body}` });
    const inline = parseDocument(`Appell aus Kiew\n\nKiew, 15. Mai 2024 – ${body}`, { id: "e", file: "e.txt" }, { boilerplate: false });
    expect(inline).toMatchObject({ date: "2024-05-15", text: `Appell aus Kiew\n\nKiew, 15. Mai 2024 – ${body}` });
    // One on a line of its own that ends in a dash leads into the text: it dates the article and stays text.
    const lead = parseDocument(`Yoon schließt Waffenlieferungen nicht mehr aus\n\nSeoul, 07.11.2024 (APA) –\n\n${body}`, { id: "h", file: "h.txt" }, { boilerplate: false });
    expect(lead).toMatchObject({ date: "2024-11-07", source: "APA", text: `Yoon schließt Waffenlieferungen nicht mehr aus\n\nSeoul, 07.11.2024 (APA) –\n\n${body}` });
    // (A bracket of a note is no agency.)
    expect(parseDocument(`Appell\n\nWashington, 5. Mai 2024 (Ortszeit) – ${body}`, { id: "i", file: "i.txt" }, { boilerplate: false })).toMatchObject({ date: "2024-05-05", source: null });
    // A date line with the place after it, as Chinese state media print it.
    expect(parseDocument(`Treffen in Beijing\n\n2020-07-24 09:42:32  Beijing\n\n${body}`, { id: "g", file: "g.txt" }, { boilerplate: false })).toMatchObject({ date: "2020-07-24", text: `Treffen in Beijing\n\n${body}` });
    // A date line that says it is one may follow a teaser paragraph, as Deutsche Welle and tagesschau.de print it.
    const teaser = "Der Streit um die ungarische Ratspräsidentschaft eskaliert.";
    expect(parseDocument(`EU boykottiert Ratsvorsitz\n\n${teaser}\n\nDatum 22.07.2024\n\n${body}`, { id: "j", file: "j.txt" }, { boilerplate: false })).toMatchObject({ date: "2024-07-22", text: `EU boykottiert Ratsvorsitz\n\n${teaser}\n\n${body}` });
    // (Not a bare date there: below prose it may be a table's heading.)
    expect(parseDocument(`Gipfel\n\n${teaser}\n\n22.07.2024\n\n${body}`, { id: "k", file: "k.txt" }, { boilerplate: false }).date).toBeNull();
    // So may a date line with its weekday and source, or a dateline with its weekday, if the article has no date yet.
    expect(parseDocument(`Kiew wirft Peking Doppelspiel vor\n\n${teaser}\n\nMontag, 12. Mai 2025 Quelle: APA/Reuters\n\n${body}`, { id: "l", file: "l.txt" }, { boilerplate: false })).toMatchObject({ date: "2025-05-12", source: "APA/Reuters", text: `Kiew wirft Peking Doppelspiel vor\n\n${teaser}\n\n${body}` });
    expect(parseDocument(`Xi in Moskau\n\n${teaser}\n\nZürich, Sonntag, 11. Mai 2025\n\n${body}`, { id: "m", file: "m.txt" }, { boilerplate: false })).toMatchObject({ date: "2025-05-11", text: `Xi in Moskau\n\n${teaser}\n\n${body}` });
    // An agency in slashes, as TASS prints it; a rubric before the place; a day without its period, as RT DE prints it.
    expect(parseDocument(`Putin in Harbin\n\nHarbin, 17. Mai 2024 /TASS/.\n\n${body}`, { id: "n", file: "n.txt" }, { boilerplate: false })).toMatchObject({ date: "2024-05-17", source: "TASS", text: `Putin in Harbin\n\n${body}` });
    expect(parseDocument(`Warum Peking schweigt\n\nAnalyse | Wien/Peking, 12. November 2024\n\n${body}`, { id: "o", file: "o.txt" }, { boilerplate: false }).date).toBe("2024-11-12");
    expect(parseDocument(`Peskow antwortet dem Westen\n\n18 Mai 2024 11:20 Uhr\n\n${body}`, { id: "p", file: "p.txt" }, { boilerplate: false }).date).toBe("2024-05-18");
    // Not a dateline: a sentence that mentions a date after a comma.
    expect(parseDocument(`Gipfel\n\nDer Gipfel endete, 4. Juli 2024 war der letzte Tag.`, { id: "f", file: "f.txt" }, { boilerplate: false }).date).toBeNull();
  });

  it("lets the manifest win over front matter and front matter over inference; reports bad dates", () => {
    const problems: Problem[] = [];
    const raw = "---\ntitle: Aus dem Front Matter\ndate: 2024-03-01\n---\n# Überschrift im Text\n\nStand: 02.03.2024\n\nVon Max Muster\n\nDie Koalition einigte sich am Abend.";
    const d = parseDocument(raw, { id: "m", file: "m.md", date: "2024-03-05", source: "nicht-ein-datum", url: null }, { format: "markdown", onProblem: (p) => problems.push(p) });
    expect(d.date).toBe("2024-03-05");
    expect(d.metaFrom.date).toBe("manifest");
    expect(d.title).toBe("Aus dem Front Matter");
    expect(d.metaFrom.title).toBe("front-matter");
    expect(d.source).toBe("nicht-ein-datum");
    expect(d.text).toBe("Überschrift im Text\n\nDie Koalition einigte sich am Abend.");
    expect(d.removed.map((r) => r.reason)).toEqual(["front matter", "markdown heading marker", "metadata: date", "byline"]);
    expect(problems).toEqual([]);
    parseDocument("Text.", { id: "n", file: "n.txt", date: "irgendwann" }, { onProblem: (p) => problems.push(p) });
    expect(problems.map(formatProblem)).toEqual(['n.txt: warning: manifest: date "irgendwann" is not a usable date; ignored']);
  });
});

describe("detectLanguage reads words as toLowerCase().match(/\\p{L}+/gu) would", () => {
  const eleven = "xx ".repeat(11);

  it("reads only the first 20,000 chars: a word or surrogate pair cut there is cut", () => {
    // Eleven non-function words, then "dasselbe" cut to "das" (a German hit, 1 of 12 words ≥ 6 %).
    const cut = (word: string, after: string) => "1".repeat(20000 - eleven.length - word.length) + eleven + word + after;
    expect(detectLanguage(cut("das", "selbe 1111"))).toBe("de");
    expect(detectLanguage(eleven + "dasselbe 1111")).toBeNull();
    // "der" + the high half of "𐐀": the half alone is no letter, so "der" stays a word of its own.
    expect(detectLanguage(cut("der\uD801", "\uDC00 1111"))).toBe("de");
    expect(detectLanguage(eleven + "der\uD801\uDC00 1111")).toBeNull();
  });

  it("counts the first 2,000 words only", () => {
    expect(detectLanguage("der ".repeat(240) + "the ".repeat(1760))).toBe("de");
    expect(detectLanguage("der ".repeat(239) + "the ".repeat(1761) + "der ".repeat(500))).toBe("en");
  });

  it("lower-cases letters beyond ASCII as toLowerCase does", () => {
    expect(detectLanguage("\u212Aann xx ".repeat(6))).toBe("de"); // KELVIN SIGN → "k"
    expect(detectLanguage("FÜR ÜBER DAẞ xx ".repeat(3))).toBe("de");
    expect(detectLanguage("İl xx xx xx ".repeat(3))).toBeNull(); // "i̇l": the dot splits "i" from "l"
    expect(detectLanguage("PIÙ È ÉTÉ xx ".repeat(3))).not.toBe("de");
  });
});

describe("boilerplate rules with pre-checked chars", () => {
  const clean = (raw: string, rules: Array<{ pattern: string; flags?: string; reason: string; scope?: "line" | "leading" | "trailing" }>) =>
    parseDocument(raw, { id: "x", file: "x.txt" }, { boilerplate: rules }).text;

  it("still matches lines that have the chars every match needs", () => {
    const body = "Der Rat beschloss am Montag neue Regeln für die Häfen an der Küste.";
    expect(clean(`${body} © Agentur`, [{ pattern: "(?<=[.!?])\\s+©\\s*\\p{L}+$", reason: "credit", scope: "trailing" }])).toBe(body);
    expect(clean(`MEHR:\n${body}`, [{ pattern: "^mehr:$", flags: "i", reason: "nav" }])).toBe(body);
    expect(clean(`(dpa) ${body}`, [{ pattern: "^\\((?:dpa|afp)\\)\\s*", reason: "agency", scope: "leading" }])).toBe(body);
    expect(clean(`Werbung\n${body}`, [{ pattern: "^x{0}y?(?:Anzeige|Werbung)$", reason: "ad" }])).toBe(body);
  });
});

describe("formatProblem and streaming", () => {
  it("formats one line", () => {
    expect(formatProblem({ file: "seeds/x.txt", line: 12, level: "error", message: "the problem" })).toBe("seeds/x.txt:12: error: the problem");
    expect(formatProblem({ file: "a.md", level: "warning", message: "two\nlines" })).toBe("a.md: warning: two lines");
  });

  it.skipIf(!existsSync(NEWS))("streams documents one by one and can stop early", async () => {
    let n = 0;
    for await (const x of streamCorpus([NEWS])) {
      if (!isProblem(x)) n++;
      if (n === 3) break;
    }
    expect(n).toBe(3);
  });
});

describe.skipIf(!existsSync(NEWS))("news-de/articles.jsonl", () => {
  it("loads all 1,878 rows with their ids and no errors", async () => {
    const rows = readFileSync(NEWS, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
    expect(rows).toHaveLength(1878);
    const { documents, problems } = await loadCorpus([NEWS]);
    expect(problems.filter((p) => p.level === "error").map(formatProblem)).toEqual([]);
    expect(documents).toHaveLength(1878);
    expect(documents.map((d) => d.id)).toEqual(rows.map((r) => r.id));
    expect(documents.map((d) => d.line)).toEqual(rows.map((_, i) => i + 1));
    documents.forEach((d, i) => {
      const r = rows[i];
      expect(d.file).toBe(NEWS);
      if (r.title) expect(d.title).toBe(r.title);
      else expect(d.title && d.title.length > 0 && d.metaFrom.title === "inferred").toBe(true);
      if (r.date && r.date >= "1900") expect(d.date).toBe(r.date);
      expect(d.source).toBe(r.source);
    });
    // one row has the placeholder date 0001-01-01: a warning, not a date
    const odd = rows.findIndex((r) => r.date === "0001-01-01");
    expect(odd >= 0 ? documents[odd].date : null).toBeNull();
    for (const d of documents.slice(0, 200)) expectOffsetsRoundTrip(d);
  }, 60_000);
});

describe.skipIf(!existsSync(NEWS))("the working set of a notebook", () => {
  it("is the whole corpus up to its size, else the most recent articles, in input order", async () => {
    const { documents: all } = await loadCorpus([NEWS]);
    const whole = await loadWorkingSet([NEWS], { max: 5000 });
    expect(whole.total).toBe(all.length);
    expect(whole.documents.map((d) => d.id)).toEqual(all.map((d) => d.id));
    expect(workingSetNote(whole.documents.length, whole.total)).toBeNull();

    const part = await loadWorkingSet([NEWS], { max: 300 });
    expect(part.total).toBe(all.length);
    expect(part.documents).toHaveLength(300);
    // In input order, and none left out is newer than the oldest kept (undated ones count as oldest).
    const index = new Map(all.map((d, i) => [d.id, i]));
    const positions = part.documents.map((d) => index.get(d.id)!);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const kept = new Set(part.documents.map((d) => d.id));
    const oldestKept = part.documents.map((d) => d.date ?? "").sort()[0];
    expect(all.filter((d) => !kept.has(d.id) && (d.date ?? "") > oldestKept)).toEqual([]);
    expect(workingSetNote(300, part.total)).toBe(`${all.length.toLocaleString("de-DE")} Artikel im Korpus; dieses Notebook analysiert die neuesten 300 (nach Datum). Das ganze Korpus: Notebook 05-archive oder lagebild analyze.`);
  }, 60_000);
});
