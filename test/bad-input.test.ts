// Bad input, through the loader and the command line alike: every broken, odd or
// unwanted file gets ONE message naming the file and the problem, everything else is
// processed, no input is changed, and `lagebild check` lists the same problems.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  detectLanguage, extractHtmlArticle, rawOffset, formatProblem, loadCorpus, looksLikeHtml,
  type Document, type Problem,
} from "../src/analysis/corpus.js";
import { main } from "../src/analysis/cli.js";
import { projectRoot } from "../src/analysis/project.js";

const seed = (n: string) => {
  const f = readdirSync(join(projectRoot(), "seeds")).find((x) => x.startsWith(n))!;
  return readFileSync(join(projectRoot(), "seeds", f), "utf8");
};

/** Windows-1252 bytes of a string (Buffer has no such encoding): Latin-1 plus the 0x80–0x9F specials. */
function cp1252(s: string): Buffer {
  const special: Record<string, number> = { "€": 0x80, "„": 0x84, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "‚": 0x82, "‘": 0x91, "’": 0x92 };
  return Buffer.from([...s].map((c) => special[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}

const GERMAN_1252 = "Der Preis für Heizöl stieg um 12 € auf „Rekordniveau“, sagte Jürgen Weiß am Dienstag in München.\nDie Verbraucherzentrale übte scharfe Kritik an den Händlern.\n";
const GERMAN_LATIN1 = "Außenminister Müller traf am Montag in Köln seinen französischen Amtskollegen.\nÜber die Gespräche wurde Stillschweigen vereinbart.\n";
const UTF16LE = "Der Bundestag stimmte am Donnerstag über das Gesetz ab.\nDie Opposition übte scharfe Kritik an dem Entwurf.\n";
const UTF16BE = "Der Bundesrat vertagte die Entscheidung über das Gesetz.\nDie Länder fordern Änderungen.\n";
const MIXED_EOL = "Der Stadtrat tagte am Mittwoch.\r\nEr beschloss den Haushalt.\rDie Opposition stimmte dagegen.\nDer Bürgermeister zeigte sich zufrieden.\r\n";
const ENGLISH = "The foreign ministers of the two countries met on Monday in Geneva to discuss the ongoing conflict. " +
  "According to a statement released after the talks, both sides agreed that a ceasefire would be the first step. " +
  "Observers said the meeting was constructive, but they warned that the differences between the governments remain large and that it is not clear when the next round will take place.\n";
const HTML_PAGE = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Gipfel in Brüssel | Beispielzeitung</title>
<meta property="og:title" content="Gipfel in Brüssel endet ohne Einigung">
<meta property="og:site_name" content="Beispielzeitung">
<meta property="article:published_time" content="2024-03-14T09:30:00+01:00">
<link rel="canonical" href="https://example.org/politik/gipfel">
<style>body { color: red } .tracking { display: none }</style>
<script>var tracking = "Cookie-Banner Text";</script></head>
<body><header><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav><p>Abo abschließen</p></header>
<main><article><h1>Gipfel in Brüssel endet ohne Einigung</h1>
<p>Die Staats- und Regierungschefs der Europäischen Union haben sich am Donnerstag in Brüssel nicht auf einen gemeinsamen Haushalt einigen können.</p>
<p>Bundeskanzler Olaf Scholz sagte nach dem Treffen: „Wir sind noch nicht am Ziel, aber wir kommen voran.“</p>
<script>document.write("Werbung")</script>
<aside><p>Mehr zum Thema: Lesen Sie auch</p></aside>
<blockquote><p>Die Gespräche sollen im April</p> <p>fortgesetzt werden.</p></blockquote></article></main>
<footer><p>© 2024 Beispielzeitung · Impressum · Datenschutz</p></footer></body></html>
`;
// A real PNG (1×1 pixel) and a real zip archive (one stored file), named as text files.
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6a3f30000000049454e44ae426082", "hex");
const ZIP = Buffer.concat([
  Buffer.from("504b0304140000000000", "hex"), Buffer.alloc(16, 0), Buffer.from("0500000061", "hex"), Buffer.from("a.txtHallo"),
  Buffer.from("504b0506", "hex"), Buffer.alloc(18, 0),
]);

/** Every problem the suite expects, per file (relative to the input folder): level and what the message says. */
const EXPECTED: Record<string, { level: Problem["level"]; message: RegExp; line?: number }> = {
  "empty.txt": { level: "warning", message: /empty file/ },
  "blank.txt": { level: "warning", message: /empty file \(only whitespace\)/ },
  "image.txt": { level: "error", message: /binary file/ },
  "archive.txt": { level: "error", message: /binary file/ },
  "cp1252.txt": { level: "warning", message: /not valid UTF-8; decoded as Windows-1252/ },
  "latin1.txt": { level: "warning", message: /not valid UTF-8; decoded as Windows-1252/ },
  "utf16le.txt": { level: "warning", message: /decoded as UTF-16LE/ },
  "utf16be.txt": { level: "warning", message: /decoded as UTF-16BE/ },
  "huge.txt": { level: "error", message: /too large \(100 MB; the limit for one article file is 20 MB, loader option maxFileSize\)/ },
  "english.txt": { level: "warning", message: /language is English \("en"\), not German; skipped \(loader option languages/ },
  "badyaml.md": { level: "warning", message: /invalid YAML in front matter/ },
  "oddtag.md": { level: "warning", message: /^front matter: Unresolved tag: !quelle; read as plain text$/, line: 3 },
  "baddate.md": { level: "warning", message: /date "2024-02-30" is not a usable date/ },
  "bulk.jsonl": { level: "error", message: /invalid JSON/, line: 2 },
  "rows-1252.jsonl": { level: "warning", message: /1 line\(s\) not valid UTF-8; decoded as Windows-1252/, line: 2 },
  "zz-dup.txt": { level: "warning", message: /duplicate of .*art-000\.txt/ },
  "zz-near.txt": { level: "warning", message: /near-duplicate of .*art-001\.txt/ },
  "loop/again": { level: "warning", message: /symbolic link to a folder already read/ },
  "loop/self.txt": { level: "warning", message: /symbolic link loop/ },
};

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

let root: string;
let dir: string;
let before: Map<string, string>;
let loaded: { documents: Document[]; problems: Problem[] };

/** Bytes (as a hash) and mtime of every file in the tree; links are recorded, not followed. */
function snapshot(base: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      const st = lstatSync(p);
      if (e.isSymbolicLink()) out.set(p, `link ${st.mtimeMs}`);
      else if (e.isDirectory()) visit(p);
      else {
        let hash = "unreadable";
        try { hash = createHash("sha256").update(readFileSync(p)).digest("hex"); } catch { /* chmod 000 without root */ }
        out.set(p, `${hash} ${st.mtimeMs} ${st.mode}`);
      }
    }
  };
  visit(base);
  return out;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "lagebild-badinput-"));
  dir = join(root, "in");
  mkdirSync(dir);
  const w = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  w("art-000.txt", seed("000"));
  w("art-001.txt", seed("001"));
  w("empty.txt", "");
  w("blank.txt", "  \n\n\t \r\n");
  w("image.txt", PNG);
  w("archive.txt", ZIP);
  w("photo.png", PNG); // not an article type: skipped silently in a folder
  w("bundle.zip", ZIP);
  w("cp1252.txt", cp1252(GERMAN_1252));
  w("latin1.txt", Buffer.from(GERMAN_LATIN1, "latin1"));
  w("utf16le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16LE, "utf16le")]));
  w("utf16be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(UTF16BE, "utf16le").swap16()]));
  w("mixed-eol.txt", MIXED_EOL);
  w("huge.txt", Buffer.alloc(100 * 1024 * 1024, "Das ist ein sehr langer Text. "));
  w("page.html", HTML_PAGE);
  w("english.txt", ENGLISH);
  w("badyaml.md", "---\ntitle: [kaputt\nsource: X\n---\nDie Verhandlungen in Genf wurden am Freitag fortgesetzt.\n");
  w("oddtag.md", "---\ntitle: Ein Tag in Bonn\nsource: !quelle Lokalzeitung\n---\nDer Stadtrat in Bonn beriet am Dienstag über den neuen Radweg am Rhein.\n");
  w("baddate.md", "---\ntitle: Schaltjahr\ndate: 2024-02-30\n---\nDer Gemeinderat tagte am Abend im Rathaus.\n");
  w("bulk.jsonl", [
    JSON.stringify({ id: "row-1", title: "Erste Zeile", date: "2024-03-01", text: "Die Regierung kündigte neue Maßnahmen an." }),
    '{"id": "row-2", "text": "abgeschnitten',
    JSON.stringify({ id: "row-3", title: "Dritte Zeile", text: "Der Ausschuss tagte am Dienstag in Berlin." }),
  ].join("\n") + "\n");
  w("rows-1252.jsonl", Buffer.concat([
    Buffer.from(JSON.stringify({ id: "u1", text: "Eine Zeile in UTF-8: Größe zählt." }) + "\n"),
    cp1252(JSON.stringify({ id: "w1", text: "Eine Zeile in Windows-1252: 5 € für „Brötchen“." }) + "\n"),
  ]));
  w("quoted.csv", 'id,title,text\nq1,Mit Umbruch,"Erster Absatz mit ""Zitat"".\n\nZweiter Absatz, mit Komma."\nq2,Einfach,Ein kurzer Artikel ohne Umbruch.\n');
  w("zz-dup.txt", seed("000").replace(/\n/g, "\r\n"));
  // The same article with other whitespace and a header and footer no rule knows.
  w("zz-near.txt", "BEISPIELZEITUNG ONLINE\n\n" + seed("001").replace(/ /g, "  ") + "\nAlle Rechte vorbehalten\n");
  w("mit Leerzeichen und Ümlaut.txt", seed("002"));
  w("-x.txt", seed("003"));
  w("locked.txt", seed("004"));
  chmodSync(join(dir, "locked.txt"), 0o000);
  mkdirSync(join(dir, "loop"));
  symlinkSync("..", join(dir, "loop", "again"));
  symlinkSync("self.txt", join(dir, "loop", "self.txt"));
  before = snapshot(dir);
  loaded = await loadCorpus([dir]);
}, 120_000);

afterAll(() => {
  if (root) {
    chmodSync(join(dir, "locked.txt"), 0o644);
    rmSync(root, { recursive: true, force: true });
  }
});

const rel = (p: string) => p.slice(dir.length + 1);
const problemsOf = (name: string) => loaded.problems.filter((p) => rel(p.file) === name);
const docOf = (name: string) => loaded.documents.find((d) => rel(d.file) === name);

describe("loadCorpus on a folder of bad input", () => {
  it("gives exactly one clear message per bad file, naming the file", () => {
    for (const [name, want] of Object.entries(EXPECTED)) {
      const got = problemsOf(name);
      expect(got.map(formatProblem), name).toHaveLength(1);
      expect(got[0].level, name).toBe(want.level);
      expect(got[0].message, name).toMatch(want.message);
      if (want.line) expect(got[0].line, name).toBe(want.line);
      expect(formatProblem(got[0]).startsWith(join(dir, name)), name).toBe(true);
      expect(formatProblem(got[0])).not.toMatch(/\n/);
    }
    // ... and nothing about any other file (unreadable files only when chmod can block the read).
    const other = loaded.problems.filter((p) => !(rel(p.file) in EXPECTED));
    if (isRoot) expect(other.map(formatProblem)).toEqual([]);
    else expect(other.map((p) => [rel(p.file), p.message.replace(/\(.*/, "")])).toEqual([["locked.txt", "cannot read file "]]);
  });

  it("processes everything else", () => {
    const names = loaded.documents.map((d) => rel(d.file) + (d.line ? `:${d.line}` : ""));
    expect(names).toEqual([
      "-x.txt", "art-000.txt", "art-001.txt", "baddate.md", "badyaml.md", "bulk.jsonl:1", "bulk.jsonl:3",
      "cp1252.txt", "latin1.txt", ...(isRoot ? ["locked.txt"] : []), "mit Leerzeichen und Ümlaut.txt", "mixed-eol.txt", "oddtag.md",
      "page.html", "quoted.csv:2", "quoted.csv:5", "rows-1252.jsonl:1", "rows-1252.jsonl:2", "utf16be.txt", "utf16le.txt", "zz-near.txt",
    ]);
  });

  it("decodes Windows-1252, Latin-1 and UTF-16 German exactly", () => {
    expect(docOf("cp1252.txt")!.text).toBe(GERMAN_1252.trim());
    expect(docOf("cp1252.txt")!.text).toContain("12 € auf „Rekordniveau“");
    expect(docOf("latin1.txt")!.text).toBe(GERMAN_LATIN1.trim());
    expect(docOf("utf16le.txt")!.text).toBe(UTF16LE.trim());
    expect(docOf("utf16be.txt")!.text).toBe(UTF16BE.trim());
    expect(loaded.documents.find((d) => d.id === "w1")!.text).toBe("Eine Zeile in Windows-1252: 5 € für „Brötchen“.");
    expect(loaded.documents.find((d) => d.id === "u1")!.text).toBe("Eine Zeile in UTF-8: Größe zählt.");
    for (const name of ["cp1252.txt", "latin1.txt", "utf16le.txt", "utf16be.txt"]) expect(docOf(name)!.lang, name).toBe("de");
  });

  it("splits lines at CRLF, CR and LF alike, with exact offsets", () => {
    const d = docOf("mixed-eol.txt")!;
    expect(d.text.split("\n")).toEqual(["Der Stadtrat tagte am Mittwoch.", "Er beschloss den Haushalt.", "Die Opposition stimmte dagegen.", "Der Bürgermeister zeigte sich zufrieden."]);
    let at = 0;
    for (const line of d.text.split("\n")) {
      expect(d.raw.slice(rawOffset(d, at), rawOffset(d, at) + line.length)).toBe(line);
      at += line.length + 1;
    }
  });

  it("extracts the article from a saved HTML page", () => {
    const d = docOf("page.html")!;
    expect(d.text).toBe([
      "Gipfel in Brüssel endet ohne Einigung",
      "Die Staats- und Regierungschefs der Europäischen Union haben sich am Donnerstag in Brüssel nicht auf einen gemeinsamen Haushalt einigen können.",
      "Bundeskanzler Olaf Scholz sagte nach dem Treffen: „Wir sind noch nicht am Ziel, aber wir kommen voran.“",
      "Die Gespräche sollen im April fortgesetzt werden.",
    ].join("\n\n"));
    expect([d.title, d.date, d.source, d.url, d.lang]).toEqual(["Gipfel in Brüssel endet ohne Einigung", "2024-03-14", "Beispielzeitung", "https://example.org/politik/gipfel", "de"]);
    for (const junk of ["Startseite", "Werbung", "Impressum", "Mehr zum Thema", "tracking", "color", "Abo"]) expect(d.text).not.toContain(junk);
  });

  it("loads bulk rows around a broken line, and CSV fields with newlines", () => {
    expect(loaded.documents.filter((d) => rel(d.file) === "bulk.jsonl").map((d) => d.id)).toEqual(["row-1", "row-3"]);
    const q = loaded.documents.filter((d) => rel(d.file) === "quoted.csv");
    expect(q.map((d) => [d.id, d.title])).toEqual([["q1", "Mit Umbruch"], ["q2", "Einfach"]]);
    expect(q[0].text).toBe('Erster Absatz mit "Zitat".\n\nZweiter Absatz, mit Komma.');
  });

  it("keeps front matter problems to one warning and loads the body", () => {
    expect(docOf("badyaml.md")!.text).toBe("Die Verhandlungen in Genf wurden am Freitag fortgesetzt.");
    const d = docOf("baddate.md")!;
    expect([d.title, d.date, d.text]).toEqual(["Schaltjahr", null, "Der Gemeinderat tagte am Abend im Rathaus."]);
    // An unknown YAML tag: the value as plain text, one warning naming the file (nothing on the console).
    expect([docOf("oddtag.md")!.title, docOf("oddtag.md")!.source]).toEqual(["Ein Tag in Bonn", "Lokalzeitung"]);
  });

  it("keeps a language when asked to", async () => {
    const r = await loadCorpus([join(dir, "english.txt")], { languages: ["de", "en"] });
    expect(r.problems).toEqual([]);
    expect(r.documents.map((d) => d.lang)).toEqual(["en"]);
    const all = await loadCorpus([join(dir, "english.txt")], { languages: "all" });
    expect(all.documents).toHaveLength(1);
  });

  it("refuses an oversized file without reading it, quickly; the limit is an option", async () => {
    const t = Date.now();
    const r = await loadCorpus([join(dir, "huge.txt")]);
    expect(Date.now() - t).toBeLessThan(2000);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^too large/)]);
    const small = await loadCorpus([join(dir, "art-000.txt")], { maxFileSize: 1000 });
    expect(small.documents).toEqual([]);
    expect(small.problems[0].message).toMatch(/too large \(\d+\.\d MB; the limit for one article file is 0\.0 MB/);
  });

  it("reads a chmod-000 file only where permissions allow (root reads everything)", () => {
    // Tests usually run as root here, where chmod 000 does not block reads: then the file loads.
    if (isRoot) expect(docOf("locked.txt")).toBeDefined();
    else expect(problemsOf("locked.txt")[0].message).toMatch(/cannot read file \(EACCES/);
  });

  it("never modifies an input (bytes and mtime)", () => {
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("lagebild analyze and check on the same folder", () => {
  function run(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    return main(args, { out: (l) => out.push(l), err: (l) => err.push(l) }).then((status) => ({ status, out, err }));
  }
  const expectedLines = () => loaded.problems.map(formatProblem).sort();

  it("analyze prints the same one-line problems and writes every other document", async () => {
    const out = join(root, "out");
    const { status, err } = await run(["analyze", dir, "--out", out, "--cache", join(root, "cache")]);
    expect(status).toBe(0);
    const problemLines = err.filter((l) => l.startsWith(dir));
    expect(problemLines.sort()).toEqual(expectedLines());
    const docs = readFileSync(join(out, "documents.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(loaded.documents.map((d) => d.id));
    expect(snapshot(dir)).toEqual(before);
  }, 120_000);

  it("check lists the same problems", async () => {
    const { status, out } = await run(["check", dir]);
    expect(status).toBe(1); // binary files and the broken row are errors
    expect(out.filter((l) => l.startsWith(dir)).sort()).toEqual(expectedLines());
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  // Once a defect: a text ending in a reporting verb made the statement rules read past the last token.
  it("one article ending in a reporting verb does not stop the run", async () => {
    const d = join(root, "ends-in-verb");
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, "a.txt"), seed("000"));
    writeFileSync(join(d, "b.txt"), "Der Außenminister traf am Montag seinen Amtskollegen.\n\nDas sei ein Erfolg, betonte\n");
    const { status } = await run(["analyze", d, "--out", join(d, "out"), "--no-cache"]);
    expect(status).toBe(0);
  }, 60_000);

  it("takes a file name with a leading dash after --, and says how when it is missing", () => {
    const env = { ...process.env, LAGEBILD_ROOT: projectRoot(), DOTENV_CONFIG_QUIET: "true" };
    const bin = join(projectRoot(), "bin", "lagebild.js");
    const ok = spawnSync(process.execPath, [bin, "analyze", "--out", join(root, "out-dash"), "--no-cache", "--", "-x.txt", "mit Leerzeichen und Ümlaut.txt"], { cwd: dir, env, encoding: "utf8" });
    expect(ok.stderr).toContain("2 documents");
    expect(ok.status).toBe(0);
    const bad = spawnSync(process.execPath, [bin, "analyze", "--out", join(root, "out-dash2"), "-x.txt"], { cwd: dir, env, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/'-x'.*after '--'/s);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);
});

describe("language detection and HTML extraction", () => {
  it("tells German from other languages and stays out of short texts", () => {
    expect(detectLanguage(ENGLISH)).toBe("en");
    expect(detectLanguage(seed("000"))).toBe("de");
    expect(detectLanguage("Le président de la République a annoncé lundi une nouvelle réforme des retraites, qui sera présentée au Parlement dans les prochaines semaines par le gouvernement.")).toBe("fr");
    expect(detectLanguage("Xi Jinping, Wladimir Putin")).toBeNull();
    expect(detectLanguage("")).toBeNull();
  });

  it("recognises saved pages and copes with pages without an article", () => {
    expect(looksLikeHtml("  <!-- saved -->\n<!doctype html><html>")).toBe(true);
    expect(looksLikeHtml("<b>fett</b> ist kein Dokument")).toBe(false);
    expect(extractHtmlArticle("<html><body><nav>Menü</nav></body></html>").text).toBe("");
    expect(extractHtmlArticle("<html><body><div>Nur ein Satz ohne Absatz.</div></body></html>").text).toBe("Nur ein Satz ohne Absatz.");
  });
});
