// Keeping a corpus in order: adding articles to data/articles/ and checking the
// corpus, manifests, registries and lexicons for problems. Both report every
// problem as one line naming the file, like the loader does.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parse as parseYaml, stringify as toYaml } from "yaml";
import { loadBoilerplate, loadCorpus, parseDocument, decodeBytes, extractHtmlArticle, HTML_EXTS, type Problem } from "./corpus.js";
import { loadRegistry } from "./actors.js";
import { loadStanceLexicon } from "./stance.js";
import { loadReportingLexicon } from "./statements.js";
import { loadAbbreviations, loadStopwords } from "./text.js";
import { loadLexicon } from "./lemmas.js";
import { writeFileAtomic } from "./export.js";
import { dataPath } from "./project.js";

export interface AddOptions {
  /** Folder the articles go to (default data/articles/). */
  dir?: string;
  /** Metadata for every added file; front matter in the file wins field by field. */
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  /** Folders whose documents count as already there (default: seeds/ and the target folder). */
  existing?: string[];
}

export interface AddResult {
  added: string[];
  problems: Problem[];
}

const ARTICLE_EXTS = [".txt", ".md", ...HTML_EXTS];
const BULK_EXTS = [".jsonl", ".csv"];

/**
 * Copy article files into data/articles/. Metadata from the options is written as
 * front matter (a .txt becomes a .md with front matter; the input is never changed).
 * A saved web page is copied as it is, or, with metadata, becomes a .md of its article
 * text whose front matter has the page's title, date, source and url, the options
 * winning (they correct what the page says). A file whose article text is already in
 * the corpus, or whose name is taken, is refused.
 */
export async function addArticles(files: string[], options: AddOptions = {}): Promise<AddResult> {
  const dir = options.dir ?? dataPath("articles");
  const { documents } = await loadCorpus(options.existing ?? [dataPath("..", "seeds"), dir]);
  const known = new Map(documents.map((d) => [d.hash, d.id]));
  const added: string[] = [];
  const problems: Problem[] = [];
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries({ title: options.title, date: options.date, source: options.source, url: options.url })) if (v) meta[k] = v;
  for (const file of files) {
    const problem = (message: string) => problems.push({ file, level: "error", message });
    if (!existsSync(file)) {
      problem("not found");
      continue;
    }
    const ext = extname(file).toLowerCase();
    if (![...ARTICLE_EXTS, ...BULK_EXTS].includes(ext)) {
      problem(`unsupported file type "${ext}" (use .txt, .md, .html, .jsonl or .csv)`);
      continue;
    }
    const bytes = readFileSync(file);
    const { text } = decodeBytes(bytes);
    const id = basename(file, extname(file));
    // A page is read as the loader reads it: its article, without the page around it.
    const page = HTML_EXTS.has(ext) ? extractHtmlArticle(text) : null;
    const doc = page
      ? parseDocument(page.text, { id, file }, { format: "text", frontMatter: false })
      : parseDocument(text, { id, file }, { format: ext === ".md" ? "markdown" : "text" });
    const isArticle = ARTICLE_EXTS.includes(ext);
    if (isArticle) {
      if (!doc.text.trim()) {
        problem(page ? "no article text in the page (no <article>, <main> or <p> text)" : "no article text");
        continue;
      }
      const twin = known.get(doc.hash);
      if (twin) {
        problem(`already in the corpus as ${twin}`);
        continue;
      }
    }
    const hasMeta = Object.keys(meta).length > 0 && isArticle;
    const target = join(dir, hasMeta ? `${id}.md` : basename(file));
    if (existsSync(target) || existsSync(join(dir, `${id}.txt`)) || existsSync(join(dir, `${id}.md`))) {
      problem(`an article named ${id} is already in ${dir}`);
      continue;
    }
    mkdirSync(dir, { recursive: true });
    if (hasMeta && page) {
      const fromPage: Record<string, string> = {};
      for (const f of ["title", "date", "source", "url"] as const) if (page[f]) fromPage[f] = page[f]!;
      writeFileAtomic(target, withFrontMatter("", { ...fromPage, ...meta }) + page.text + "\n");
    } else if (hasMeta) {
      writeFileAtomic(target, withFrontMatter(text.replace(/^\ufeff/, ""), meta));
    } else {
      copyFileSync(file, target);
    }
    known.set(doc.hash, id);
    added.push(target);
  }
  return { added, problems };
}

/** The text with `meta` added to its front matter; fields the file already has win. */
export function withFrontMatter(text: string, meta: Record<string, string>): string {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  let own: Record<string, unknown> = {};
  if (m) {
    try {
      const parsed = parseYaml(m[1]) as unknown;
      if (parsed && typeof parsed === "object") own = parsed as Record<string, unknown>;
    } catch {
      // Broken front matter stays as it is; the loader reports it.
      return text;
    }
  }
  const merged = { ...meta, ...own };
  return `---\n${toYaml(merged).trim()}\n---\n${m ? text.slice(m[0].length) : text}`;
}

/**
 * Every problem with the corpus folders, their manifests, the boilerplate rules,
 * the actor registry and the lexicons; an empty list means all is well.
 */
export async function checkProject(inputs: string[]): Promise<Problem[]> {
  const problems: Problem[] = [];
  const guard = (file: string, load: () => unknown) => {
    try {
      load();
    } catch (error) {
      for (const line of String((error as Error).message).split("\n").filter(Boolean)) problems.push({ file, level: "error", message: line });
    }
  };
  problems.push(...loadBoilerplate().problems);
  guard(dataPath("abbreviations.txt"), () => loadAbbreviations());
  guard(dataPath("stopwords.txt"), () => loadStopwords());
  guard(dataPath("lemmas"), () => loadLexicon());
  guard(dataPath("actors.yaml"), () => loadRegistry());
  guard(dataPath("reporting-verbs.yaml"), () => loadReportingLexicon());
  guard(dataPath("stance"), () => loadStanceLexicon());
  const corpus = await loadCorpus(inputs);
  problems.push(...corpus.problems);
  if (corpus.documents.length === 0) problems.push({ file: inputs.join(", "), level: "error", message: "no documents" });
  return problems;
}
