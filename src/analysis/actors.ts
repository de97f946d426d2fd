// Actors in articles: people, countries, organisations and institutions from the
// registry in data/actors.yaml, found in the token stream of analysed documents.
// Names match through inflection ("Chinas", "Putins", "russischen"), inside hyphenated
// compounds ("chinesisch-russische", "US-Außenminister", "NATO-Einflusses"), as
// multiword names ("Vereinigte Staaten"), short forms after a full mention ("Herr Wang")
// and as role nouns resolved by the article's date ("der chinesische Außenminister").
// `unknownNames` lists capitalised names the registry does not know, with a type guess.
import { readFileSync } from "node:fs";
import type { ColumnTable } from "arquero";
import { dataPath, table, yamlLibrary } from "./project.js";
import { compiledOnDisk } from "./cache.js";
import { defaultLexicon, lemmatize, type Lexicon, type WordClass } from "./lemmas.js";
import type { TextLayer, Token, TokenKind, TokenPart } from "./text.js";

// ---------------------------------------------------------------------------
// Types

export type ActorType = "person" | "country" | "organisation" | "institution";

/** How a mention matched: which registry field (or rule) named the actor. */
export type Via = "name" | "alias" | "short" | "demonym" | "metonym" | "role" | "abbreviation";

export const ACTOR_TYPES: readonly ActorType[] = ["person", "country", "organisation", "institution"];
export const VIA_KINDS: readonly Via[] = ["name", "alias", "short", "demonym", "metonym", "role", "abbreviation"];

export type Gender = "female" | "male";
export const GENDERS: readonly Gender[] = ["female", "male"];

/** One registry entry (schema in data/README.md, section "actors.yaml"). */
export interface Actor {
  name: string;
  type: ActorType;
  country: string | null;
  aliases: string[];
  abbreviations: string[];
  short: string[];
  /** Persons: names them after a full mention earlier in the article; default the name's last word. */
  surname: string | null;
  /** Persons, when the registry says (else the given name may tell: see personGender). */
  gender: Gender | null;
  /** Persons: date of birth (YYYY-MM-DD, or YYYY alone), for "der 71-Jährige". */
  born: string | null;
  demonyms: string[];
  capitals: string[];
  /** Nouns an article uses for it once named ("der Konzern", "die Gewerkschaft", "das Ministerium"), lower case. */
  kinds: string[];
  /** Organisations: the countries that belong to it ("Deutschland" in the EU and NATO). */
  members: string[];
}

export interface RoleHolder {
  actor: string;
  /** ISO date, inclusive; null = since ever. */
  from: string | null;
  /** ISO date, exclusive (the successor's first day); null = still in office. */
  to: string | null;
}

export interface Role {
  /** Nouns of the office ("Außenminister", "Außenministerin"). */
  title: string[];
  /** The actor that qualifies the title ("chinesische", "US-", "des russischen Sicherheitsrates"); null: the title alone names the office ("Bundeskanzler"). */
  of: string | null;
  holders: RoleHolder[];
}

export interface RegistryCues {
  titles: string[];
  notCurrent: string[];
  speechVerbs: string[];
  organisationWords: string[];
  placePrepositions: string[];
  firstNames: string[];
  femaleFirstNames: string[];
  /** Nouns a capitalised demonym is the first word of a place name with ("Japanisches Meer", "Indischer Ozean"). */
  geographicNouns: string[];
  /** Currencies a side names in a compound ("US-Dollar", "Hongkong-Dollar"): the money, not the side. */
  currencies: string[];
  /** Heads of nicknames a side's name opens ("Jamaika-Koalition", "Kenia-Koalition" after a flag's colours): no side. */
  nicknameHeads: string[];
  /** Points of the compass: an actor named by one ("der Westen") is no side where it names a direction or a region ("im Westen des Landes"). */
  compassPoints?: string[];
  /** Nouns a capital's adjective names its side with ("die Moskauer Führung", "die Brüsseler Zölle"); elsewhere it is a place ("die Moskauer Metro"). */
  seatHeads?: string[];
}

export interface RegistryData {
  actors: Array<Partial<Actor> & { name: string; type: ActorType }>;
  roles?: Array<{ title: string | string[]; of?: string | null; holders: Array<{ actor: string; from?: string | null; to?: string | null }> }>;
  cues?: Partial<RegistryCues>;
}

/** A compiled registry: the data plus a lookup index of every form. Build with `loadRegistry` or `compileRegistry`. */
export interface Registry {
  actors: Actor[];
  byName: ReadonlyMap<string, Actor>;
  roles: Role[];
  cues: RegistryCues;
  /** Internal lookup structures. */
  index: FormIndex;
  /** The lexicon the forms were lemmatised with (also tells common nouns from names in unknownNames). */
  lexicon: Lexicon;
}

/** What matchers need of a document: id, date and the text layer. */
export interface ActorDocument extends TextLayer {
  id: string;
  date: string | null;
  text: string;
}

export interface Mention {
  doc: string;
  actor: string;
  type: ActorType;
  via: Via;
  /** The words that name the actor: the name when there is one ("Wang Yi" in "der chinesische Außenminister Wang Yi"), else the role phrase. */
  surface: string;
  /** Offsets into the document's clean text: text.slice(start, end) === surface. */
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
  /** The title phrase before or around a person's name ("chinesische Außenminister", "Herr"), or the role phrase of a `role` mention. */
  title?: string;
  /** True for a country named only as the attribute of a person's title ("der russische Präsident", "US-Außenminister"). */
  attribute?: boolean;
  /** True for a bare title read as the person last written with it ("Bundeskanzler Olaf Scholz … den Kanzler"). */
  anaphoric?: boolean;
}

export interface MatchOptions {
  /** Capital cities count as their country ("Peking" → China). Default true. */
  metonyms?: boolean;
  /** Demonym adjectives and nouns count as their country ("russische" → Russland). Default true. */
  demonyms?: boolean;
  /** Bare role nouns resolve to the holder on the article's date. Default true. */
  roles?: boolean;
  /** A country that qualifies a person's title ("der russische Präsident Putin") is also a mention of the country (flagged `attribute`). Default true. */
  countryAttributes?: boolean;
  /** Resolve roles on this date instead of the document's. */
  date?: string;
}

// ---------------------------------------------------------------------------
// Loading the registry

const EMPTY_CUES: RegistryCues = { titles: [], notCurrent: [], speechVerbs: [], organisationWords: [], placePrepositions: [], firstNames: [], femaleFirstNames: [], geographicNouns: [], currencies: [], nicknameHeads: [], seatHeads: [], compassPoints: [] };

/**
 * Read and compile registry files (YAML or JSON). Later files add actors and roles
 * and extend the cue lists, so users can keep their own additions in a file of
 * their own: `loadRegistry([dataPath("actors.yaml"), "my-actors.yaml"])`.
 * Throws with every problem listed when an entry is invalid.
 */
export function loadRegistry(files: string | readonly string[] = dataPath("actors.yaml"), lexicon: Lexicon = defaultLexicon()): Registry {
  const list = typeof files === "string" ? [files] : files;
  const merged: RegistryData = { actors: [], roles: [], cues: {} };
  for (const file of list) {
    const text = readFileSync(file, "utf8");
    const data = compiledOnDisk("registry-yaml", [text], () => yamlLibrary().parse(text) as RegistryData | null);
    if (!data || typeof data !== "object") throw new Error(`actors: ${file} holds no registry`);
    merged.actors.push(...(data.actors ?? []));
    merged.roles!.push(...(data.roles ?? []));
    for (const [key, words] of Object.entries(data.cues ?? {})) {
      const k = key as keyof RegistryCues;
      merged.cues![k] = [...(merged.cues![k] ?? []), ...((words as string[]) ?? [])];
    }
  }
  return compileRegistry(merged, lexicon);
}

let cachedRegistry: Registry | undefined;
/** data/actors.yaml, loaded once per process (read-only data). */
export function defaultRegistry(): Registry {
  return (cachedRegistry ??= loadRegistry());
}

const asList = (v: unknown): string[] => (v == null ? [] : Array.isArray(v) ? v.map((x) => String(x).trim()).filter(Boolean) : [String(v).trim()]);
const asDate = (v: unknown): string | null => (v == null || v === "" ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/** Validate and index registry data (for tests and notebooks that build a registry in code). */
export function compileRegistry(data: RegistryData, lexicon: Lexicon = defaultLexicon()): Registry {
  const problems: string[] = [];
  const actors: Actor[] = [];
  const byName = new Map<string, Actor>();
  for (const raw of data.actors ?? []) {
    const name = String(raw?.name ?? "").trim();
    if (!name) {
      problems.push(`an actor without a name: ${JSON.stringify(raw)}`);
      continue;
    }
    if (!ACTOR_TYPES.includes(raw.type)) problems.push(`${name}: type must be one of ${ACTOR_TYPES.join(", ")} (got ${JSON.stringify(raw.type)})`);
    if (byName.has(name)) problems.push(`${name}: listed twice`);
    if (raw.gender != null && !GENDERS.includes(raw.gender)) problems.push(`${name}: gender must be one of ${GENDERS.join(", ")} (got ${JSON.stringify(raw.gender)})`);
    const born = asDate(raw.born);
    if (born !== null && !/^\d{4}(?:-\d{2}-\d{2})?$/.test(born)) problems.push(`${name}: born must be YYYY-MM-DD or YYYY (got ${JSON.stringify(raw.born)})`);
    const actor: Actor = {
      name,
      type: raw.type,
      country: raw.country ? String(raw.country) : null,
      aliases: asList(raw.aliases),
      abbreviations: asList(raw.abbreviations),
      short: asList(raw.short),
      surname: raw.surname ? String(raw.surname) : null,
      gender: raw.gender ?? null,
      born,
      demonyms: asList(raw.demonyms),
      capitals: asList(raw.capitals),
      kinds: asList(raw.kinds).map((k) => k.toLowerCase()),
      members: asList(raw.members),
    };
    actors.push(actor);
    byName.set(name, actor);
  }
  for (const a of actors) if (a.country && !byName.has(a.country)) problems.push(`${a.name}: country "${a.country}" is not in the registry`);
  for (const a of actors) for (const m of a.members) if (byName.get(m)?.type !== "country") problems.push(`${a.name}: member "${m}" is no country in the registry`);
  const roles: Role[] = [];
  for (const raw of data.roles ?? []) {
    const title = asList(raw.title);
    const of = raw.of ? String(raw.of) : null;
    const label = `role ${title.join("/")}${of ? ` of ${of}` : ""}`;
    if (title.length === 0) problems.push(`${label}: no title`);
    if (of && !byName.has(of)) problems.push(`${label}: "${of}" is not in the registry`);
    const holders: RoleHolder[] = [];
    for (const h of raw.holders ?? []) {
      const holder = { actor: String(h.actor), from: asDate(h.from), to: asDate(h.to) };
      if (!byName.has(holder.actor)) problems.push(`${label}: holder "${holder.actor}" is not in the registry`);
      for (const d of [holder.from, holder.to]) if (d !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d)) problems.push(`${label}: date "${d}" is not YYYY-MM-DD`);
      holders.push(holder);
    }
    roles.push({ title, of, holders });
  }
  if (problems.length) throw new Error(`actors registry:\n  ${problems.join("\n  ")}`);
  const cues: RegistryCues = { ...EMPTY_CUES };
  for (const key of Object.keys(EMPTY_CUES) as Array<keyof RegistryCues>) cues[key] = asList(data.cues?.[key]);
  // Building the index lemmatises every form word, a tenth of a second or more that a new
  // process would spend on every run: kept on disk, keyed by the registry and the lexicon's files.
  const build = () => buildIndex(actors, roles, cues, lexicon);
  const index = lexicon.fingerprint ? compiledOnDisk("registry-index", [JSON.stringify([actors, roles, cues]), lexicon.fingerprint], build) : build();
  return { actors, byName, roles, cues, index, lexicon };
}

const givenNameGenders = new WeakMap<Registry, Map<string, Gender | null>>();

/**
 * A person's gender: the registry's word for it, else the given name's (`cues.firstNames` are
 * men's, `cues.femaleFirstNames` women's, a name in both tells nothing; "Anne-Marie" by its
 * first part), else null.
 */
export function personGender(name: string, registry: Registry = defaultRegistry()): Gender | null {
  const listed = registry.byName.get(name);
  if (listed?.type === "person" && listed.gender) return listed.gender;
  let byName = givenNameGenders.get(registry);
  if (!byName) {
    byName = new Map();
    for (const n of registry.cues.femaleFirstNames) byName.set(normalizeWord(n), "female");
    for (const n of registry.cues.firstNames) byName.set(normalizeWord(n), byName.get(normalizeWord(n)) === "female" ? null : "male");
    givenNameGenders.set(registry, byName);
  }
  const given = normalizeWord(name.split(/\s+/)[0]);
  return byName.get(given) ?? byName.get(given.split("-")[0]) ?? null;
}

const titlesByRegistry = new WeakMap<Registry, Map<string, string[]>>();

/** Every title of an office the registry says a person held ("außenminister", "chefdiplomat"), lower case. */
/**
 * A person's age in whole years on an ISO date, from the registry's `born`, or null when either is unknown.
 * With a year of birth alone, both ages the person can have that year ([age - 1, age]).
 */
export function personAges(name: string, date: string | null, registry: Registry = defaultRegistry()): number[] | null {
  const born = registry.byName.get(name)?.born;
  if (!born || !date || !/^\d{4}/.test(date)) return null;
  const years = Number(date.slice(0, 4)) - Number(born.slice(0, 4));
  if (born.length === 4 || date.length < 10) return [years - 1, years];
  return [date.slice(5, 10) < born.slice(5, 10) ? years - 1 : years];
}

export function personTitles(name: string, registry: Registry = defaultRegistry()): string[] {
  let byName = titlesByRegistry.get(registry);
  if (!byName) {
    byName = new Map();
    for (const role of registry.roles) for (const h of role.holders) byName.set(h.actor, [...(byName.get(h.actor) ?? []), ...role.title.map((t) => t.toLowerCase())]);
    titlesByRegistry.set(registry, byName);
  }
  return byName.get(name) ?? [];
}

const bodiesByRegistry = new WeakMap<Registry, Map<string, { name: string; type: string; side: string | null }[]>>();
/** Institutions and organisations whose name ends in this noun, any case ("Kommission" → EU-Kommission). */
export function bodiesNamed(noun: string, registry: Registry = defaultRegistry()): { name: string; type: string; side: string | null }[] {
  let byNoun = bodiesByRegistry.get(registry);
  if (!byNoun) {
    byNoun = new Map();
    // (Not an alias that names the body by its seat's adjective: "Brüsseler Behörde" makes no bare "Behörde" the Commission.)
    const seats = registry.actors.flatMap((a) => a.capitals).map((c) => `${c}er `);
    for (const a of registry.actors) {
      if (a.type !== "institution" && a.type !== "organisation") continue;
      // The last word, or a hyphenated compound's head ("EU-Kommission"), of the name and of its aliases.
      for (const name of [a.name, ...a.aliases.filter((alias) => !seats.some((seat) => alias.startsWith(seat)))]) {
        const last = name.slice(name.lastIndexOf(" ") + 1).toLowerCase();
        for (const noun of new Set([last, last.slice(last.lastIndexOf("-") + 1)])) {
          const bodies = byNoun.get(noun) ?? [];
          if (!bodies.some((b) => b.name === a.name)) byNoun.set(noun, [...bodies, { name: a.name, type: a.type, side: a.country ?? null }]);
        }
      }
    }
    bodiesByRegistry.set(registry, byNoun);
  }
  return byNoun.get(noun.toLowerCase()) ?? [];
}

/** The registry as a table: one row per actor with its forms (for notebooks). */
export function registryTable(registry: Registry = defaultRegistry()): ColumnTable {
  return table({
    name: registry.actors.map((a) => a.name),
    type: registry.actors.map((a) => a.type),
    country: registry.actors.map((a) => a.country),
    aliases: registry.actors.map((a) => a.aliases.join("; ")),
    abbreviations: registry.actors.map((a) => a.abbreviations.join("; ")),
    short: registry.actors.map((a) => [...a.short, ...(a.surname ? [`${a.surname} (after full name)`] : [])].join("; ")),
    demonyms: registry.actors.map((a) => a.demonyms.join("; ")),
    capitals: registry.actors.map((a) => a.capitals.join("; ")),
  });
}

/** Was the term in office on the date (from inclusive, to exclusive)? */
export function heldOn(h: RoleHolder, date: string): boolean {
  return (h.from === null || h.from <= date) && (h.to === null || date < h.to);
}

/** Who held a role on a date, or null. */
export function roleHolder(role: Role, date: string): string | null {
  for (const h of role.holders) if (heldOn(h, date)) return h.actor;
  return null;
}

// ---------------------------------------------------------------------------
// The form index

/** A name without the accents German does not write ("Tô Lâm" → "To Lam", "Đặng" → "Dang"); umlauts and ß stay. */
export function withoutForeignAccents(name: string): string {
  return name.replace(/[^\x00-\x7FäöüÄÖÜß]/g, (c) => (c === "đ" ? "d" : c === "Đ" ? "D" : c.normalize("NFD").replace(/\p{M}/gu, "")));
}

/** Is a compound of `head` among units [from, to) ("Wahlkommission" for "kommission")? */
function compoundOfBetween(units: readonly Unit[], from: number, to: number, head: string): boolean {
  for (let j = from; j < to; j++) if (units[j].norm.length > head.length && units[j].norm.endsWith(head)) return true;
  return false;
}

/** How a form names its actor; "surname" is a short form that needs a full mention earlier. */
type FormKind = Via | "surname" | "title";

interface FormWord {
  lower: string;
  lemma: string;
  /** Capitalised single-word forms match capitalised tokens only. */
  caseSensitive: boolean;
  suffixes: readonly string[];
}

interface Form {
  words: FormWord[];
  actor: string | null;
  kind: FormKind;
  /** For titles: the roles (indices into registry.roles) this noun can head. */
  roles: number[];
  /** A capital's adjective ("Moskauer"): a side only before one of the registry's seat heads. */
  seatAdjective?: boolean;
}

interface FormIndex {
  byKey: Map<string, Form[]>;
  /** Every form word, lower-cased: a hyphenated token that is one of them is not split into parts ("Saudi-Arabien"). */
  words: Set<string>;
  notCurrent: Set<string>;
  titles: Set<string>;
  speechVerbs: Set<string>;
  organisationWords: Set<string>;
  placePrepositions: Set<string>;
  firstNames: Set<string>;
  geographicNouns: Set<string>;
  currencies: Set<string>;
  nicknameHeads: Set<string>;
  compassPoints: Set<string>;
  seatHeads: Set<string>;
}

// Inflection endings a token may add to a form word.
const ADJECTIVE_ENDINGS = ["e", "en", "er", "es", "em"];
const NOUN_ENDINGS = ["s", "es", "n", "en", "e", "ns", "nen", "'s", "’s"];
const NAME_ENDINGS = ["s", "'s", "’s", "'", "’"];
const ACRONYM_ENDINGS = ["s", "'s", "’s"];
const ALL_ENDINGS = [...new Set([...ADJECTIVE_ENDINGS, ...NOUN_ENDINGS, ...NAME_ENDINGS])].sort((a, b) => b.length - a.length);
const MAX_ENDING = ALL_ENDINGS[0].length;
const ENDING_SET: ReadonlySet<string> = new Set(ALL_ENDINGS);

/** Starts with an upper-case letter; ASCII decides without the Unicode regex (most tokens). */
function isCapitalized(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
}
const isAcronym = (w: string) => /^[\p{Lu}\d.+-]+$/u.test(w) && /\p{Lu}.*\p{Lu}|\p{Lu}\d|^\p{Lu}$/u.test(w);

/** Lower case, NFC, straight apostrophes. */
function normalizeWord(w: string): string {
  // Code units below U+0300 (where combining marks begin) are NFC already and hold no "’":
  // most words need only the lower-casing, not ICU's normalisation.
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x300) return w.normalize("NFC").toLowerCase().replace(/’/g, "'");
  return w.toLowerCase();
}

// Order in which ties between forms of equal length are broken.
const KIND_RANK: Record<FormKind, number> = { name: 0, alias: 1, abbreviation: 2, short: 3, surname: 4, demonym: 5, metonym: 6, role: 7, title: 8 };

function buildIndex(actors: Actor[], roles: Role[], cues: RegistryCues, lexicon: Lexicon): FormIndex {
  const byKey = new Map<string, Form[]>();
  const words = new Set<string>();
  const seen = new Set<string>();
  const compileWord = (w: string, next: string | undefined, single: boolean): FormWord => {
    const capital = isCapitalized(w);
    const lower = normalizeWord(w);
    const lemma = normalizeWord(lemmatize(w, lexicon, { next }).lemma);
    const isNoun = capital && lemmatize(w, lexicon).wordClass === "noun";
    const suffixes = !capital ? ADJECTIVE_ENDINGS : isAcronym(w) ? ACRONYM_ENDINGS : isNoun ? NOUN_ENDINGS : NAME_ENDINGS;
    return { lower, lemma, caseSensitive: capital && single, suffixes };
  };
  const add = (text: string, actor: string | null, kind: FormKind, roleIndex?: number, seatAdjective = false) => {
    const parts = text.trim().split(/\s+/).filter(Boolean);
    if (parts.length === 0) return;
    // Swiss papers write "ss" for "ß": "des Weissen Hauses", "der Aussenminister".
    if (text.includes("ß")) add(text.replace(/ß/g, "ss"), actor, kind, roleIndex, seatAdjective);
    const key = `${kind}\u0000${actor}\u0000${parts.join(" ").toLowerCase()}`;
    if (seen.has(key)) {
      // A title listed under several roles: collect the roles on the one form.
      if (roleIndex !== undefined) for (const f of byKey.get(normalizeWord(parts[0])) ?? []) if (f.kind === "title" && f.words.length === parts.length && f.words.every((w, i) => w.lower === normalizeWord(parts[i]))) f.roles.push(roleIndex);
      return;
    }
    seen.add(key);
    const form: Form = { words: parts.map((p, i) => compileWord(p, parts[i + 1], parts.length === 1)), actor, kind, roles: roleIndex === undefined ? [] : [roleIndex] };
    if (seatAdjective) form.seatAdjective = true;
    for (const w of form.words) words.add(w.lower);
    for (const k of new Set([form.words[0].lower, form.words[0].lemma])) {
      const list = byKey.get(k);
      if (list) list.push(form);
      else byKey.set(k, [form]);
    }
  };
  for (const a of actors) {
    add(a.name, a.name, "name");
    for (const x of a.aliases) add(x, a.name, "alias");
    for (const x of a.abbreviations) add(x, a.name, "abbreviation");
    for (const x of a.short) add(x, a.name, "short");
    for (const x of a.demonyms) add(x, a.name, "demonym");
    for (const x of a.capitals) add(x, a.name, "metonym");
    // The capital's adjective, the same in every case ("der Moskauer Führung"): "Pekinger", "Brüsseler", "Kiewer".
    for (const x of a.capitals) if (!/\s/.test(x.trim())) add(`${x.trim()}er`, a.name, "metonym", undefined, true);
    if (a.type === "person") {
      const words = a.name.split(/\s+/);
      const surname = a.surname ?? (words.length > 1 ? words[words.length - 1] : null);
      if (surname) add(surname, a.name, "surname");
      // A name written the family name last has its variants' last words as surnames too ("Andrej Belousow" → "Belousow");
      // not a Korean given name ("Choe Son-hui", also written "Choe Son Hui").
      if (surname === words[words.length - 1] && !surname.includes("-")) for (const x of a.aliases) if (/\s/.test(x.trim())) add(x.trim().split(/\s+/).pop()!, a.name, "surname");
      // German news often drops foreign accents: "Tô Lâm" is "To Lam", "Herr Lâm" "Herr Lam".
      add(withoutForeignAccents(a.name), a.name, "name");
      for (const x of a.short) add(withoutForeignAccents(x), a.name, "short");
      if (surname) add(withoutForeignAccents(surname), a.name, "surname");
    } else if (a.surname) {
      // A body's head noun after its full name in the same article: "die Kommission" after "die EU-Kommission".
      add(a.surname, a.name, "surname");
    }
  }
  roles.forEach((r, i) => r.title.forEach((t) => add(t, null, "title", i)));
  for (const t of cues.titles) add(t, null, "title");
  const lemmaSet = (list: string[]) => new Set(list.map(normalizeWord));
  return {
    byKey,
    words,
    notCurrent: lemmaSet(cues.notCurrent),
    titles: lemmaSet(cues.titles),
    speechVerbs: lemmaSet(cues.speechVerbs),
    organisationWords: lemmaSet(cues.organisationWords),
    placePrepositions: lemmaSet(cues.placePrepositions),
    firstNames: lemmaSet([...cues.firstNames, ...cues.femaleFirstNames]),
    geographicNouns: lemmaSet(cues.geographicNouns),
    currencies: lemmaSet(cues.currencies),
    nicknameHeads: lemmaSet(cues.nicknameHeads ?? []),
    compassPoints: lemmaSet(cues.compassPoints ?? []),
    seatHeads: lemmaSet(cues.seatHeads ?? []),
  };
}

// ---------------------------------------------------------------------------
// Units: tokens, with hyphenated compounds split into their parts

/** A token, or a part of a hyphenated one, as matching sees it. */
interface Unit {
  readonly text: string;
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly token: number;
  readonly sentence: number;
  readonly capital: boolean;
  readonly kind: TokenKind;
  readonly wordClass: WordClass | null;
  readonly stop: boolean;
  /** A part of a hyphenated compound. */
  readonly part: boolean;
  /** Last unit of its token (parts before it are glued to it by hyphens). */
  readonly tokenEnd: boolean;
  readonly rawLemma: string;
  /** The lemma normalised, once `unitLemma` needed it: most units never do (see unitLemmaHash). */
  normalizedLemma: string | null;
}

function makeUnit(t: Token, part: TokenPart | null, norm: string, tokenEnd: boolean): Unit {
  const own = part ?? t;
  return {
    text: own.text, norm, start: own.start, end: own.end, token: t.index, sentence: t.sentence, capital: isCapitalized(own.text), kind: t.kind,
    wordClass: part ? null : t.wordClass, stop: t.stop, part: part !== null, tokenEnd, rawLemma: own.lemma, normalizedLemma: null,
  };
}

const unitLemma = (u: Unit): string => (u.normalizedLemma ??= normalizeWord(u.rawLemma));

/** keyHash of the unit's lemma; Latin-1 text is lower-cased on the fly (as toLowerCase does) instead of normalised. */
function unitLemmaHash(u: Unit): number {
  if (u.normalizedLemma !== null) return stringHash(u.normalizedLemma);
  const w = u.rawLemma;
  let h = 0;
  for (let i = 0; i < w.length; i++) {
    let c = w.charCodeAt(i);
    if (c >= 0x100) return stringHash(unitLemma(u));
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
    h = keyHash(h, c);
  }
  return h;
}

/**
 * The token stream as matching units. A hyphenated token stays whole when it is a
 * registry word itself ("Saudi-Arabien", "UN-Sicherheitsrates"); otherwise its parts
 * become units ("chinesisch" "russischen"), so names inside compounds are found.
 */
function buildUnits(doc: TextLayer, index: FormIndex): Unit[] {
  const units: Unit[] = [];
  for (const t of doc.tokens) {
    // Tokens are already NFC and lower-cased in `norm`; only the apostrophe needs folding.
    const norm = t.norm.includes("’") ? t.norm.replace(/’/g, "'") : t.norm;
    const whole = makeUnit(t, null, norm, true);
    if (!t.parts || t.parts.length < 2 || lookupKeys(whole.norm, unitLemma(whole)).some((k) => index.words.has(k))) {
      units.push(whole);
      continue;
    }
    t.parts.forEach((p, i) => units.push(makeUnit(t, p, normalizeWord(p.text), i === t.parts!.length - 1)));
  }
  return units;
}

/** Keys under which a unit may find forms: its form, its lemma and its form less an inflection ending. */
function lookupKeys(norm: string, lemma: string): string[] {
  const keys = [norm, lemma];
  for (const e of ALL_ENDINGS) if (norm.length > e.length + 1 && norm.endsWith(e)) keys.push(norm.slice(0, -e.length));
  return keys;
}

function wordMatches(u: Unit, w: FormWord, multi: boolean): boolean {
  if (u.kind !== "word" && u.kind !== "abbreviation") return false;
  if (w.caseSensitive && !u.capital) return false;
  if (u.norm === w.lower) return true;
  // (An ending is written in lower case: "ISS" is no genitive of "IS", "NATOs" is one of "NATO".)
  if (u.norm.length > w.lower.length && u.norm.startsWith(w.lower) && w.suffixes.includes(u.norm.slice(w.lower.length)) && !/^\p{Lu}+$/u.test(u.text.slice(w.lower.length))) return true;
  // Inside multiword names the lexicon's lemmas bridge adjective endings ("russische Sicherheitsrat" ~ "Russischer Sicherheitsrat"),
  // not a genitive's: "Außenministerium Chinas" is not "das Außenministerium China erneut aufgefordert", China its object.
  return multi && unitLemma(u) === w.lemma && !(w.lower === `${w.lemma}s` && !u.norm.endsWith("s"));
}

const NO_FORMS: readonly Form[] = [];

/** A cheap string hash (the same on both sides: index keys and a unit's candidate keys); 30 bits keep it a small integer, not a boxed number. */
function keyHash(h: number, c: number): number {
  return (Math.imul(h, 31) + c) & 0x3fffffff;
}

function stringHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = keyHash(h, w.charCodeAt(i));
  return h;
}

/**
 * Hashes of every index key: most units can then be ruled out without building their keys.
 * A bitmap over the hashes' low bits answers most of them before the set is asked.
 */
interface KeyHashes {
  bits: Uint32Array;
  hashes: Set<number>;
}
const KEY_BITS = 0xffff;
const keyHashes = new WeakMap<FormIndex, KeyHashes>();
function indexKeyHashes(index: FormIndex): KeyHashes {
  let found = keyHashes.get(index);
  if (!found) {
    found = { bits: new Uint32Array((KEY_BITS + 1) >>> 5), hashes: new Set() };
    for (const key of index.byKey.keys()) {
      const h = stringHash(key);
      found.hashes.add(h);
      found.bits[(h & KEY_BITS) >>> 5] |= 1 << (h & 31);
    }
    keyHashes.set(index, found);
  }
  return found;
}

const isKeyHash = (keys: KeyHashes, h: number) => (keys.bits[(h & KEY_BITS) >>> 5] & (1 << (h & 31))) !== 0 && keys.hashes.has(h);

/** Might one of the unit's lookup keys (see lookupKeys) be an index key? False means surely not. */
function mayHaveForms(u: Unit, keys: KeyHashes): boolean {
  const { norm } = u;
  // A lemma written as the form (norm is lower case already) has the form's hash, which the loop below tests.
  if (u.rawLemma !== norm && isKeyHash(keys, unitLemmaHash(u))) return true;
  // The form, and its prefixes less an ending (as lookupKeys cuts them): the running hash at each cut.
  let h = 0;
  const shortest = norm.length - MAX_ENDING;
  for (let cut = 1; cut <= norm.length; cut++) {
    h = keyHash(h, norm.charCodeAt(cut - 1));
    if (cut >= shortest && isKeyHash(keys, h) && (cut === norm.length || (cut >= 2 && ENDING_SET.has(norm.slice(cut))))) return true;
  }
  return false;
}

/** The forms under a unit's lookup keys, each once, in key order (the order findHits breaks ties in). */
function candidateForms(u: Unit, index: FormIndex): readonly Form[] {
  if (!mayHaveForms(u, indexKeyHashes(index))) return NO_FORMS;
  // The keys depend on the form and the lemma alone, and the few words that get this far recur
  // (names, titles, countries): their forms are remembered per index. The length keeps the key unambiguous.
  const memo = formsMemo(index);
  const key = `${u.norm.length}:${u.norm}${u.rawLemma}`;
  let forms = memo.get(key);
  if (forms === undefined) {
    // Bounded like the lemma memo: an archive's stream of rare words that pass the filter starts it over.
    if (memo.size >= FORMS_MEMO_MAX) memo.clear();
    memo.set(key, (forms = collectForms(lookupKeys(u.norm, unitLemma(u)), index)));
  }
  return forms;
}

const FORMS_MEMO_MAX = 100_000;

const formsMemos = new WeakMap<FormIndex, Map<string, readonly Form[]>>();
function formsMemo(index: FormIndex): Map<string, readonly Form[]> {
  let memo = formsMemos.get(index);
  if (!memo) formsMemos.set(index, (memo = new Map()));
  return memo;
}

function collectForms(keys: readonly string[], index: FormIndex): readonly Form[] {
  let out: Form[] | null = null;
  for (const key of keys) {
    for (const form of index.byKey.get(key) ?? NO_FORMS) {
      if (out === null) out = [form];
      else if (!out.includes(form)) out.push(form);
    }
  }
  return out ?? NO_FORMS;
}

interface Hit {
  from: number; // unit index
  to: number; // exclusive
  forms: Form[];
}

/** Longest registry forms, left to right within sentences; forms of equal length are kept together. */
function findHits(units: Unit[], index: FormIndex, options: MatchOptions): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < units.length) {
    let best: Form[] = [];
    let bestLength = 0;
    for (const form of candidateForms(units[i], index)) {
      if (form.kind === "metonym" && options.metonyms === false) continue;
      if (form.kind === "demonym" && options.demonyms === false) continue;
      const n = form.words.length;
      if (n < bestLength || i + n > units.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const u = units[i + k];
        ok = u.sentence === units[i].sentence && wordMatches(u, form.words[k], n > 1);
      }
      if (!ok) continue;
      if (n > bestLength) [best, bestLength] = [[form], n];
      else best.push(form);
    }
    if (bestLength > 0) {
      best.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
      hits.push({ from: i, to: i + bestLength, forms: best });
      i += bestLength;
    } else i++;
  }
  return hits;
}

// ---------------------------------------------------------------------------
// Matching

const isTitleHit = (h: Hit) => h.forms[0].kind === "title";
const isPersonForm = (f: Form, registry: Registry) => f.actor !== null && registry.byName.get(f.actor)?.type === "person" && ["name", "alias", "short", "surname", "abbreviation"].includes(f.kind);

/** A capitalised word the lexicon does not know: likely a name ("Melania" in "Melania Trump"). */
function isUnknownName(u: Unit | undefined): boolean {
  return !!u && u.kind === "word" && u.capital && !u.stop && (u.wordClass === null || u.wordClass === "name") && !/^\p{Lu}+$/u.test(u.text);
}

interface TitlePhrase {
  /** Units of the whole phrase (qualifier and title). */
  from: number;
  to: number;
  /** Roles it may name, already narrowed by the qualifier. */
  roles: number[];
  /** Every role its title may name, of any side: a bare title may still be the one holder named before. */
  anyRoles: number[];
  qualified: boolean;
  notCurrent: boolean;
  /** Hit indices the phrase consumed as its qualifier. */
  qualifier: number | null;
  /** Hit index of the name that follows, if any. */
  name: number | null;
  /** The phrase is followed by a name the registry does not know. */
  unknownName: boolean;
}

/** A name written with a title ("Bundeskanzler Olaf Scholz"): the roles the title may name; the actor, null for a name the registry does not know. */
interface TitledName {
  roles: number[];
  actor: string | null;
}

/**
 * A bare title of no office of its own ("der Kanzler", "den Premier") is the person last written with a title of the same
 * office, where the registry has them hold it on the date ("Bundeskanzler Olaf Scholz … den Kanzler"); not where someone the
 * registry does not know was written so since ("Pakistans Premierminister Shehbaz Sharif … der Premier"). Only a singular
 * with its article and no genitive or name after it: not "die Außenminister wollen", "der beiden Premierminister", "der
 * Sprecher des US-Außenministeriums".
 */
function bareTitleHolder(phrase: TitlePhrase, titledNames: readonly TitledName[], units: readonly Unit[], holderOf: (role: number) => string | null): string | null {
  const before = units[phrase.from - 1];
  const title = units[phrase.to - 1];
  const after = units[phrase.to];
  const sameSentence = (u: Unit | undefined): u is Unit => u !== undefined && u.sentence === title.sentence;
  const feminine = /in(?:nen)?$/.test(title.norm);
  const article = sameSentence(before) && (/^(?:der|den|dem|des)$/.test(before.norm) || (feminine && before.norm === "die"));
  if (!article || (sameSentence(after) && (/^(?:des|der|von|vom)$/.test(after.norm) || after.capital))) return null;
  const last = [...titledNames].reverse().find((t) => t.roles.some((r) => phrase.anyRoles.includes(r)));
  if (!last || last.actor === null) return null;
  return phrase.anyRoles.some((r) => last.roles.includes(r) && holderOf(r) === last.actor) ? last.actor : null;
}

/**
 * Actor mentions in an analysed document, in text order. A role phrase followed by a
 * name ("der chinesische Außenminister Wang Yi") is one mention of the named person
 * (the name decides; the phrase is kept in `title`); a bare role phrase resolves by
 * the article's date. Short forms resolve to the actor mentioned earlier in the
 * article, else to the registry's only owner of that short form.
 */
// Adjectives of the West's politics that may stand between its article and "Westen" ("der kollektive Westen").
const POLITICAL_WEST = /^(?:kollektive|kollektiven|gesamte|gesamten|politische|politischen|liberale|liberalen|demokratische|demokratischen|böse|bösen|dekadente|dekadenten|geeinte|geeinten|ganze|ganzen)$/;

export function matchActors(doc: ActorDocument, registry: Registry = defaultRegistry(), options: MatchOptions = {}): Mention[] {
  const { index } = registry;
  const units = buildUnits(doc, index);
  // "im Japanischen Meer", "im Indischen Ozean": a capitalised demonym that opens a place name names no side.
  const placeName = (h: Hit) => h.forms.every((f) => f.kind === "demonym") && units[h.from].capital && units[h.from - 1]?.sentence === units[h.from].sentence && index.geographicNouns.has(unitLemma(units[h.to] ?? units[h.from]));
  // "US-Dollar", "Taiwan-Dollar": a side before a currency in its compound names the money, not the side.
  const currency = (h: Hit) => units[h.to]?.token === units[h.to - 1].token && index.currencies.has(unitLemma(units[h.to]));
  // "Jamaika-Koalition", "Kenia-Koalition": a nickname after a flag's colours names no country.
  const nickname = (h: Hit) => units[h.to]?.token === units[h.to - 1].token && index.nicknameHeads.has(unitLemma(units[h.to]));
  // "die Moskauer Führung", "die Brüsseler Zölle" name the side; "die Moskauer Metro", "ein Berliner" a place or its people.
  const seatOnly = (h: Hit) => h.forms.every((f) => f.seatAdjective) && !(units[h.to]?.sentence === units[h.from].sentence && index.seatHeads.has(unitLemma(units[h.to])));
  // "der Westen" is a side; "im Westen des Landes", "nach Westen", "den englischen Westen", "der Westen und Norden" are places
  // (`cues.compassPoints`).
  const compass = (u: Unit | undefined) => u !== undefined && index.compassPoints.has(unitLemma(u));
  const region = (h: Hit) => {
    if (h.to - h.from !== 1 || !compass(units[h.from])) return false;
    const same = (u: Unit | undefined) => u !== undefined && u.sentence === units[h.from].sentence;
    const [before, before2, after, after2] = [units[h.from - 1], units[h.from - 2], units[h.to], units[h.to + 1]];
    // The bloc is named with its article, an adjective of its politics at most between ("der kollektive Westen"); not a
    // plural ("schusssichere Westen", "Helme und Westen"), a name ("im Wilden Westen", "die Gelben Westen").
    const article = (u: Unit | undefined) => same(u) && /^(?:der|des|dem|den|vom|zum|beim)$/.test(u!.norm);
    const political = same(before) && POLITICAL_WEST.test(before.norm) && article(before2);
    if (!article(before) && !political) return true;
    if (same(before2) && before2.norm === "in" && /^(?:den|dem)$/.test(before.norm)) return true;
    if (same(after) && (/^(?:des|der|von|vom)$/.test(after.norm) || (after.capital && /s$/.test(after.norm) && after.kind === "word"))) return true;
    const after3 = units[h.to + 2];
    if (same(after) && /^(?:und|oder|sowie)$/.test(after.norm) && (compass(after2) || (/^(?:der|den|dem|des)$/.test(after2?.norm ?? "") && compass(after3)))) return true;
    return same(before) && /^(?:und|oder|sowie)$/.test(before.norm) && compass(before2);
  };
  const hits = findHits(units, index, options).filter((h) => !seatOnly(h) && !region(h) && !(h.to < units.length && (placeName(h) || currency(h) || nickname(h))));
  const date = options.date ?? doc.date;
  const out: Mention[] = [];
  const emit = (actor: string, via: Via, from: number, to: number, extra: Partial<Mention> = {}) => {
    const a = registry.byName.get(actor);
    if (!a) return;
    const start = units[from].start;
    const end = units[to - 1].end;
    const sentence = units[from].sentence;
    out.push({ doc: doc.id, actor, type: a.type, via, surface: doc.text.slice(start, end), start, end, sentence, paragraph: doc.sentences[sentence]?.paragraph ?? 0, ...extra });
  };

  // 1. Role and title phrases: qualifier, title, and the name after them.
  const phrases = new Map<number, TitlePhrase>(); // by the title's hit index
  const titleOfName = new Map<number, TitlePhrase>(); // name hit → its title phrase
  const consumed = new Set<number>(); // hits that are part of a phrase, not mentions of their own
  const attributes = new Set<number>(); // country hits that qualify a person's title
  for (let k = 0; k < hits.length; k++) {
    if (!isTitleHit(hits[k])) continue;
    const title = hits[k];
    const roleIds = title.forms.flatMap((f) => f.roles);
    const ofActors = new Set(roleIds.map((r) => registry.roles[r].of));
    let from = title.from;
    let to = title.to;
    let qualifier: number | null = null;
    // Qualifier right before: "chinesische Außenminister", "US-Präsident".
    const before = hits[k - 1];
    if (before && before.to === title.from && !isTitleHit(before) && units[before.from].sentence === units[title.from].sentence) {
      const actor = before.forms.map((f) => f.actor).find((a) => a !== null && (ofActors.has(a) || registry.byName.get(a)?.type === "country"));
      if (actor) [qualifier, from] = [k - 1, before.from];
    }
    // Or after, in the genitive: "Sekretär des russischen Sicherheitsrates", "Präsident Russlands".
    if (qualifier === null) {
      let p = title.to;
      const article = units[p] && /^(des|der)$/.test(units[p].norm);
      if (article) p++;
      const after = hits.find((h) => h.from === p);
      const genitive = after && (article || /s$/.test(units[after.to - 1].norm));
      const actor = after?.forms.map((f) => f.actor).find((a) => a !== null && ofActors.has(a));
      if (after && genitive && actor && !isPersonForm(after.forms[0], registry)) [qualifier, to] = [hits.indexOf(after), after.to];
    }
    const qualifierActors = qualifier === null ? [] : hits[qualifier].forms.map((f) => f.actor);
    const roles = roleIds.filter((r) => (qualifier === null ? registry.roles[r].of === null : qualifierActors.includes(registry.roles[r].of)));
    // "der ehemalige russische Verteidigungsminister", "Ex-Präsident": not the holder on the date.
    let notCurrent = false;
    for (let u = from - 1; u >= Math.max(0, from - 3) && units[u].sentence === units[from].sentence; u--) {
      if (index.notCurrent.has(unitLemma(units[u])) || index.notCurrent.has(units[u].norm)) notCurrent = true;
      if (!/^(der|die|das|dem|den|des|ein|eine|einen|einem|eines|sein|seine|seinem|seinen|seines|ihr|ihre|ihrem|ihren|ihres)$/.test(units[u].norm) && units[u].kind === "word" && !index.notCurrent.has(unitLemma(units[u])) && !index.notCurrent.has(units[u].norm)) break;
    }
    // The name after the phrase (a comma may stand between: "Sekretär des …, Sergej Schoigu"); titles chain ("Kuratorin Dr. X").
    let p = to;
    let next = k + 1 + (qualifier !== null && qualifier > k ? 1 : 0);
    while (hits[next] && isTitleHit(hits[next]) && hits[next].from === p) [p, next] = [hits[next].to, next + 1];
    if (units[p]?.text === ",") p++;
    const nameHit = hits[next] && hits[next].from === p && hits[next].forms.some((f) => isPersonForm(f, registry)) ? next : null;
    const phrase: TitlePhrase = { from, to, roles, anyRoles: roleIds, qualified: qualifier !== null, notCurrent, qualifier, name: nameHit, unknownName: nameHit === null && isUnknownName(units[p]) && units[p].sentence === units[to - 1].sentence };
    phrases.set(k, phrase);
    if (nameHit !== null && !titleOfName.has(nameHit)) titleOfName.set(nameHit, phrase);
    if (qualifier !== null) {
      const q = hits[qualifier];
      const qActor = registry.byName.get(q.forms[0].actor ?? "");
      const namesPerson = nameHit !== null || roles.length > 0 || qualifier < k;
      if (qActor?.type === "country") {
        if (namesPerson) attributes.add(qualifier);
      } else if (roles.length > 0 || nameHit !== null) consumed.add(qualifier);
    }
  }

  // 2. Mentions in text order.
  const lastSeen = new Map<string, number>(); // actor → unit index of its latest mention
  const seenAt = (actor: string, at: number) => lastSeen.set(actor, at);
  const hitStarts = new Set(hits.map((x) => x.from));
  const titledNames: TitledName[] = []; // names written with a title so far, in text order
  const otherBearers = new Map<string, number>(); // a registry surname → where someone else was last written out with it
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k];
    if (isTitleHit(h)) {
      const phrase = phrases.get(k)!;
      if (phrase.name !== null || phrase.unknownName) titledNames.push({ roles: phrase.anyRoles, actor: phrase.name === null ? null : (hits[phrase.name].forms.find((f) => isPersonForm(f, registry))?.actor ?? null) });
      if (phrase.name !== null || phrase.unknownName || phrase.notCurrent || options.roles === false || !date) continue;
      const holderOn = (r: number) => roleHolder(registry.roles[r], date);
      const writtenBefore = !phrase.qualified && phrase.roles.length === 0 ? bareTitleHolder(phrase, titledNames, units, holderOn) : null;
      if (!phrase.qualified && phrase.roles.length === 0 && writtenBefore === null) continue;
      const holders = writtenBefore !== null ? new Set([writtenBefore]) : new Set(phrase.roles.map(holderOn).filter((a): a is string => a !== null));
      if (holders.size !== 1) continue; // no holder, or the title is ambiguous between offices
      const [actor] = holders;
      const titleText = doc.text.slice(units[phrase.from].start, units[phrase.to - 1].end);
      emit(actor, "role", phrase.from, phrase.to, writtenBefore !== null ? { title: titleText, anaphoric: true } : { title: titleText });
      seenAt(actor, phrase.from);
      continue;
    }
    if (consumed.has(k)) {
      // An institution that is part of a title ("Sekretär des russischen Sicherheitsrates"): only the country in it counts.
      if (options.countryAttributes !== false) {
        for (let u = h.from; u < h.to; u++) {
          const inner = findHits(units.slice(u, u + 1), index, options)[0];
          const country = inner?.forms.find((f) => f.actor && registry.byName.get(f.actor)?.type === "country");
          if (country) emit(country.actor!, viaOf(country.kind), u, u + 1, { attribute: true });
        }
      }
      continue;
    }
    if (attributes.has(k)) {
      const f = h.forms[0];
      if (options.countryAttributes !== false && f.actor) emit(f.actor, viaOf(f.kind), h.from, h.to, { attribute: true });
      continue;
    }
    const phrase = titleOfName.get(k);
    const extra: Partial<Mention> = phrase ? { title: doc.text.slice(units[phrase.from].start, units[phrase.to - 1].end) } : {};
    const f = h.forms[0];
    if (f.kind === "short" || f.kind === "surname") {
      // "Wang Wenbin" when only "Wang Yi" is known, "Melania Trump": a different person.
      const after = units[h.to];
      const prev = units[h.from - 1];
      const sentence = units[h.from].sentence;
      // A name the registry knows is no unknown neighbour: "lobte Putin Chinas Haltung".
      const unknownAfter = isUnknownName(after) && after.sentence === sentence && !after.part && !hitStarts.has(h.to);
      const unknownBefore = isUnknownName(prev) && prev.sentence === sentence && !hits.some((x) => x.to === h.from);
      // (A surname another person was written out with since is theirs: "Gazprom-Chef Alexej Miller … der Sprecher des
      // US-Außenministeriums, Matthew Miller. … sagte Miller.")
      const written = doc.text.slice(units[h.from].start, units[h.to - 1].end);
      if (unknownAfter || (unknownBefore && !phrase)) {
        // (Not one of the actor's own given names: "Tayyip Erdoğan" is "Recep Tayyip Erdoğan".)
        const ownGivenName = (given: Unit) => h.forms.some((x) => x.actor !== null && x.actor.split(" ").includes(given.text));
        if (unknownBefore && !unknownAfter && !ownGivenName(prev)) otherBearers.set(written, h.from);
        continue;
      }
      const candidates = h.forms.filter((x) => x.actor !== null && (x.kind === "short" || x.kind === "surname") && !((lastSeen.get(x.actor) ?? -1) < (otherBearers.get(written) ?? -1)));
      // (A body's head noun points back past no other body of that noun: "die EU-Kommission … die Wahlkommission … die Kommission".)
      const nearerBody = (x: Form) => x.kind === "surname" && registry.byName.get(x.actor!)?.type !== "person" && compoundOfBetween(units, lastSeen.get(x.actor!)! + 1, h.from, units[h.from].norm);
      const earlier = candidates.filter((x) => lastSeen.has(x.actor!) && !nearerBody(x)).sort((a, b) => lastSeen.get(b.actor!)! - lastSeen.get(a.actor!)!);
      const owners = new Set(candidates.filter((x) => x.kind === "short").map((x) => x.actor!));
      // (Or a title before it, of an office that is theirs on the article's date: "Präsident Yoon" with no full name before.)
      const titled = phrase && date && !phrase.notCurrent ? candidates.filter((x) => x.kind === "surname" && phrase.anyRoles.some((r) => roleHolder(registry.roles[r], date) === x.actor)) : [];
      const actor = earlier.length > 0 ? earlier[0].actor! : owners.size === 1 ? [...owners][0] : new Set(titled.map((x) => x.actor)).size === 1 ? titled[0].actor! : null;
      if (actor) {
        emit(actor, "short", h.from, h.to, extra);
        seenAt(actor, h.from);
      }
      continue;
    }
    // After a title phrase, the hit's first person form names it.
    const chosen = (phrase && h.forms.find((x) => isPersonForm(x, registry))) || f;
    if (!chosen.actor) continue;
    emit(chosen.actor, viaOf(chosen.kind), h.from, h.to, extra);
    seenAt(chosen.actor, h.from);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function viaOf(kind: FormKind): Via {
  return kind === "surname" ? "short" : kind === "title" ? "role" : kind;
}

/** Mentions of every document (documents in order, mentions in text order). */
export function actorMentions(docs: readonly ActorDocument[], options: MatchOptions & { registry?: Registry } = {}): Mention[] {
  const registry = options.registry ?? defaultRegistry();
  return docs.flatMap((d) => matchActors(d, registry, options));
}

export interface MentionRow {
  doc: string;
  actor: string;
  type: ActorType;
  surface: string;
  via: Via;
  start: number;
  end: number;
  sentence: number;
}

/** Rows of mentions.jsonl: doc, actor, type, surface, via, start, end, sentence. */
export function mentionRows(docs: readonly ActorDocument[], options: MatchOptions & { registry?: Registry } = {}): MentionRow[] {
  return actorMentions(docs, options).map((m) => ({ doc: m.doc, actor: m.actor, type: m.type, surface: m.surface, via: m.via, start: m.start, end: m.end, sentence: m.sentence }));
}

/** Mentions as an arquero table (all fields; title and attribute null when absent). */
export function mentionTable(docs: readonly ActorDocument[], options: MatchOptions & { registry?: Registry } = {}): ColumnTable {
  const ms = actorMentions(docs, options);
  const col = <K extends keyof Mention>(k: K) => ms.map((m) => m[k] ?? null);
  return table({
    doc: col("doc"), actor: col("actor"), type: col("type"), via: col("via"), surface: col("surface"),
    start: col("start"), end: col("end"), sentence: col("sentence"), paragraph: col("paragraph"),
    title: col("title"), attribute: ms.map((m) => m.attribute === true),
  });
}

// ---------------------------------------------------------------------------
// Names the registry does not know

export type NameType = "person" | "organisation" | "location" | "unknown";

/** One occurrence of a capitalised name that is not a registry mention. */
export interface NameOccurrence {
  doc: string;
  name: string;
  start: number;
  end: number;
  sentence: number;
  /** Evidence found around this occurrence ("title", "speech", "herr", "pair", "article", "place", "org", …). */
  cues: string[];
}

const ARTICLE_WORDS = new Set("der die das dem den des ein eine einen einem einer eines".split(" "));
const NAME_PARTICLES = new Set("von van de der den da di del bin al el le la zu ten ter dos du mac".split(" "));
// Particles that may open a name ("van Gaal", "de Maizière"); "von" is left out: it is mostly a preposition.
const START_PARTICLES = new Set("van de di del dos".split(" "));
// English words that show a title of a work or a product, not a person ("We Own The Night", "Good Morning").
const FOREIGN_WORDS = new Set("the of and we you i my me in on to for at by with a an is it our your this that".split(" "));
// Suffixes of German abstract nouns the lexicon may lack ("Koordinierung", "Unilateralität"): no names.
const COMMON_NOUN_SUFFIX = /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ismus|ität|itäten|tion|tionen|sion|sionen|tum|nis|nisse|tag|tage|schreiben)$/;
// Suffixes of place names ("Duisburg", "Frankfurt", "Sachsenhausen"): no person without other evidence.
const PLACE_SUFFIX = /(?:burg|stadt|dorf|hausen|heim|ingen|furt|hafen|see|land|tal|thal|bach|feld|weiler|rode|leben|walde?|brück|brücken|münde|ow|itz|istan|ien)$/;
const COORDINATION = /^\s*(?:und|oder|noch|sowie|&|bzw\.|als auch)\s*$/;
const STRONG_PERSON_CUES = new Set(["title", "herr", "apposition", "speech", "surname"]);

function titleWords(registry: Registry): Set<string> {
  const words = new Set(registry.cues.titles.map(normalizeWord));
  for (const r of registry.roles) for (const t of r.title) words.add(normalizeWord(t));
  return words;
}

/** Is this token a title noun ("Präsident", "Außenministerin", "SPD-Chef", "Nationalspieler")? */
function isTitleToken(norm: string, lemma: string, titles: ReadonlySet<string>): boolean {
  if (titles.has(norm) || titles.has(lemma)) return true;
  for (const key of lookupKeys(norm, lemma)) if (titles.has(key)) return true;
  // Compound titles: the head decides ("SPD-Chef", "Bundestrainer", "Nationalspieler").
  const head = lemma.split(/[-‐‑]/).pop() ?? lemma;
  for (let i = 1; i <= head.length - 4; i++) if (titles.has(head.slice(i))) return true;
  return false;
}

/**
 * Capitalised name sequences in a document that no registry mention covers, with the
 * cues around each: a title or "Herr/Frau" before, a verb of saying next to it, an
 * apposition ("Müller (45)"), two name words in a row (first and last name), and
 * against a person: an article before ("die Telekom"), a place preposition ("in
 * Aachen"), an organisation word ("Bayer AG"), all capitals ("BND"), a place suffix.
 */
export function nameOccurrences(doc: ActorDocument, registry: Registry = defaultRegistry(), mentions: readonly Mention[] = matchActors(doc, registry)): NameOccurrence[] {
  const { index } = registry;
  const titles = titleWords(registry);
  const covered = new Set<number>();
  for (const m of mentions) for (const t of doc.tokens) if (t.start < m.end && t.end > m.start) covered.add(t.index);
  const out: NameOccurrence[] = [];
  const tokens = doc.tokens;
  const isNameWord = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.kind !== "word" || covered.has(i) || !isCapitalized(t.text) || t.stop) return false;
    if (index.titles.has(t.norm) || isTitleToken(t.norm, normalizeWord(t.lemma), titles)) return false;
    if (t.wordClass !== null && t.wordClass !== "name") return false;
    if (/^\p{Lu}[\p{Lu}\d]+$/u.test(t.text)) return false; // acronyms are handled on their own
    if (/[-‐‑]$/.test(t.text) || COMMON_NOUN_SUFFIX.test(t.norm)) return false; // "Staats-", "Koordinierung", "Multilateralismus"
    // "Gewerbevereins", "Baufinanzierers": the genitive rule took a compound noun for a name.
    if (t.wordClass === "name" && t.lemma !== t.text && lemmatize(t.lemma, registry.lexicon).wordClass === "noun") return false;
    // Hyphenated: every part capitalised ("Graf-Rudolf", "Jean-Claude"), not "Lehmbruck-Museum" (the head is a known noun: excluded above).
    if (t.parts && t.parts.some((p) => !isCapitalized(p.text))) return false;
    return true;
  };
  const isAcronymToken = (i: number) => {
    const t = tokens[i];
    return !!t && (t.kind === "word" || t.kind === "abbreviation") && !covered.has(i) && /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(t.text) && t.text.length >= 2;
  };
  const isGivenName = (norm: string) => index.firstNames.has(norm) || (norm.endsWith("s") && index.firstNames.has(norm.slice(0, -1)));
  const isFirstName = (i: number): boolean => {
    const t = tokens[i];
    if (!t || t.kind !== "word" || covered.has(i) || !isCapitalized(t.text)) return false;
    // "Hans-Jochen", "Karl-Heinz", "Anne-Marie": every part a given name.
    if (t.parts && t.parts.length > 1) return t.parts.every((p) => index.firstNames.has(p.text.toLowerCase()));
    return isGivenName(t.norm);
  };
  // A surname that is also a word ("Korn", "Schnell", "Althaus") after a given name.
  const isSurnameAfterFirstName = (i: number): boolean => {
    const t = tokens[i];
    return !!t && t.kind === "word" && !covered.has(i) && isCapitalized(t.text) && !ARTICLE_WORDS.has(t.norm) && !isTitleToken(t.norm, normalizeWord(t.lemma), titles) && !/^\p{Lu}+$/u.test(t.text);
  };
  // A capitalised word the full-form lexicon does not know, no common-noun suffix and no title:
  // a name where a place preposition or a title stands before it, whatever class the lemmatizer guessed.
  const isUnknownCapitalWord = (i: number): boolean => {
    const t = tokens[i];
    return t.kind === "word" && !covered.has(i) && isCapitalized(t.text) && !registry.lexicon.forms.has(t.text) && !COMMON_NOUN_SUFFIX.test(t.norm) && !isTitleToken(t.norm, normalizeWord(t.lemma), titles);
  };
  const isInitial = (i: number) => !!tokens[i] && tokens[i].kind === "abbreviation" && /^\p{Lu}\.$/u.test(tokens[i].text);
  for (const s of doc.sentences) {
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const acronym = isAcronymToken(i);
      const before = tokens[i - 1];
      const afterWord = tokens[i + 1];
      // After "Herr"/"Frau" any capitalised word is a name ("Frau Effenberg"); so is one right after an inverted
      // verb of saying when the clause goes on or ends ("…, sagte Freund.", "so Hirsch.", "warnte Vogel vergangene Woche").
      const afterHerr = i > s.tokenStart && /^(herr|herrn|frau)$/.test(before.norm);
      const afterSpeech = i > s.tokenStart && before.kind === "word" && ((!isCapitalized(before.text) && before.wordClass === "verb" && index.speechVerbs.has(normalizeWord(before.lemma))) || before.norm === "so") && (!afterWord || afterWord.kind === "punct" || !isCapitalized(afterWord.text));
      const particleStart = START_PARTICLES.has(tokens[i].text) && (isNameWord(i + 1) || (NAME_PARTICLES.has(tokens[i + 1]?.text ?? "") && isNameWord(i + 2)));
      // "in Marktredwitz": a word the lexicon knows only by its compound head ("…witz") is a place after a place preposition.
      const placeAfterPreposition = i > s.tokenStart && index.placePrepositions.has(before.norm) && tokens[i].wordClass === "noun" && isUnknownCapitalWord(i);
      // "der Politikwissenschaftler Pelinka": after a title, a word the lexicon does not know is a name even when the lemmatizer guessed a noun.
      const afterTitle = i > s.tokenStart && before.kind === "word" && isTitleToken(before.norm, normalizeWord(before.lemma), titles) && !tokens[i].stop && isUnknownCapitalWord(i);
      if (!isNameWord(i) && !isFirstName(i) && !acronym && !particleStart && !placeAfterPreposition && !afterTitle && !((afterHerr || afterSpeech) && isSurnameAfterFirstName(i) && !tokens[i].stop)) {
        i++;
        continue;
      }
      let j = i + 1;
      if (particleStart) while (j < s.tokenEnd && NAME_PARTICLES.has(tokens[j].text)) j++;
      if (acronym) {
        while (j < s.tokenEnd && isAcronymToken(j)) j++;
      } else {
        for (;;) {
          // Not after a genitive ("Ottos Warenposten"): only a given name in its base form takes a surname that is also a word.
          const prevFirst = isFirstName(j - 1) && (index.firstNames.has(tokens[j - 1].norm) || (tokens[j - 1].parts?.length ?? 0) > 1);
          if (j >= s.tokenEnd) break;
          if (isNameWord(j) || isFirstName(j)) j++;
          else if (prevFirst && isSurnameAfterFirstName(j)) j++;
          else if (isInitial(j) && (isNameWord(j + 1) || isFirstName(j + 1) || isSurnameAfterFirstName(j + 1))) j++;
          else if (/^[IVX]{2,5}\.?$/.test(tokens[j].text)) j++; // "Johannes Paul II.", "Benedikt XVI."
          else if (isInitial(j) && isFirstName(j - 1)) j++; // "Thomas L."
          else if (NAME_PARTICLES.has(tokens[j].text) && isFirstName(j - 1)) {
            let k = j;
            while (k < s.tokenEnd && NAME_PARTICLES.has(tokens[k].text)) k++;
            if (k < s.tokenEnd && (isNameWord(k) || isSurnameAfterFirstName(k))) j = k + 1;
            else break;
          } else break;
        }
      }
      const cues: string[] = [];
      // "Volontärin Sabine Simon", "Verbandsdirektor Volker Leienbach": a word before a given name is a title, not part of the name.
      let from = i;
      if (!acronym && !isFirstName(i)) {
        for (let k = i + 1; k < j - 1; k++) if (isFirstName(k)) {
          from = k;
          cues.push("title");
          break;
        }
      }
      // An organisation word after the name belongs to it ("Bayer AG").
      let end = j;
      if (tokens[j] && index.organisationWords.has(tokens[j].norm) && isCapitalized(tokens[j].text)) {
        end = j + 1;
        cues.push("org");
      }
      const words = tokens.slice(from, j).filter((t) => !NAME_PARTICLES.has(t.text));
      const first = tokens[from];
      const prev = tokens[from - 1];
      const prev2 = tokens[from - 2];
      const next = tokens[end];
      const sentenceStart = from === s.tokenStart || (prev && /^[„"»«“(–-]$/.test(prev.text) && from - 1 === s.tokenStart);
      if (acronym) cues.push("acronym");
      if (words.some((t) => index.organisationWords.has(t.norm)) || (prev && isCapitalized(prev.text) && index.organisationWords.has(prev.norm))) cues.push("org");
      if (prev && (prev.norm === "herr" || prev.norm === "frau" || prev.norm === "herrn")) cues.push("herr");
      else if (prev && prev.kind !== "punct" && isTitleToken(prev.norm, normalizeWord(prev.lemma), titles)) cues.push("title");
      else if (prev && /^(dr\.?|prof\.?)$/.test(prev.norm)) cues.push("title");
      if (prev && index.speechVerbs.has(normalizeWord(prev.lemma)) && prev.kind === "word") cues.push("speech");
      // "…, so Blecha." / "…“, so Blecha abschließend": after the comma that closes the statement.
      if (prev && prev.norm === "so" && (!next || next.kind === "punct" || next.norm === "weiter" || (prev2 && /^[,“”"»«]$/.test(prev2.text) && next.kind === "word" && !isCapitalized(next.text) && next.wordClass !== "verb"))) cues.push("speech");
      if (next && next.kind === "word" && index.speechVerbs.has(normalizeWord(next.lemma))) cues.push("speech");
      // Only names take a genitive before a noun: "Swayzes Liebe", "Boltons Nominierung", "Picassos wichtigste Vertraute".
      const genitiveHead = next && (isCapitalized(next.text) || (next.wordClass === "adj" && tokens[end + 1] && isCapitalized(tokens[end + 1].text)));
      if (words.length === 1 && /[^s]s$/.test(words[0].text) && genitiveHead && next.kind === "word" && !ARTICLE_WORDS.has(prev?.norm ?? "")) cues.push("genitive");
      if (next && next.text === "(" && tokens[end + 1]?.kind === "number" && tokens[end + 2]?.text === ")") cues.push("apposition");
      if (next && next.text === "," && tokens[end + 1]?.kind === "number" && tokens[end + 2]?.text === ",") cues.push("apposition");
      if (!acronym && isFirstName(from)) cues.push(words.length >= 2 ? "firstname" : "given");
      else if (words.length >= 2 && !acronym) cues.push("pair");
      if (prev && ARTICLE_WORDS.has(prev.norm) && !sentenceStart) cues.push("article");
      else if (prev && prev.wordClass === "adj" && prev2 && ARTICLE_WORDS.has(prev2.norm)) cues.push("article");
      if (prev && index.placePrepositions.has(prev.norm) && !cues.includes("title")) cues.push("place");
      if (words.length === 1 && PLACE_SUFFIX.test(words[0].norm)) cues.push("placename");
      if (sentenceStart) cues.push("initial");
      // „Project Natal“, 'Two World': a quoted name is a title of a work, a product or a nickname.
      if (prev && /^[„"»«“'‚‘]$/.test(prev.text) && next && /^[“”"«»'‘’]$/.test(next.text)) cues.push("quoted");
      if (words.some((t) => FOREIGN_WORDS.has(t.norm))) cues.push("foreign");
      const start = first.start;
      const stop = tokens[end - 1].end;
      out.push({ doc: doc.id, name: normalizeName(doc.text.slice(start, stop)), start, end: stop, sentence: s.index, cues });
      i = end;
    }
  }
  // A surname alone after the full name ("Petra Hohlfeld" … "Hohlfeld erwartet"), even when it is also a word.
  const surnames = new Set(out.filter((o) => o.cues.includes("firstname") || o.cues.some((c) => STRONG_PERSON_CUES.has(c))).filter((o) => o.name.includes(" ")).map((o) => o.name.slice(o.name.lastIndexOf(" ") + 1)));
  const taken = new Set(out.flatMap((o) => tokens.filter((t) => t.start >= o.start && t.end <= o.end).map((t) => t.index)));
  for (const t of tokens) {
    if (taken.has(t.index) || covered.has(t.index) || t.kind !== "word" || !isCapitalized(t.text)) continue;
    if (!surnames.has(t.text) && !(t.text.endsWith("s") && surnames.has(t.text.slice(0, -1)))) continue;
    const prev = tokens[t.index - 1];
    const cues = ["surname"];
    if (prev && ARTICLE_WORDS.has(prev.norm) && prev.sentence === t.sentence) cues.push("article");
    out.push({ doc: doc.id, name: t.text, start: t.start, end: t.end, sentence: t.sentence, cues });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The name as listed: its text with spaces collapsed. */
function normalizeName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

/** Type guess for one name from the cues of all its occurrences (see nameOccurrences). */
export function guessNameType(cueLists: readonly string[][]): NameType {
  let person = 0;
  let organisation = 0;
  let location = 0;
  for (const cues of cueLists) {
    const has = (c: string) => cues.includes(c);
    if (has("org") || has("acronym")) organisation += 3;
    if (has("place")) location += 1.5;
    if (has("placename")) location += 1;
    // Persons rarely take an article ("die Telekom", "der Bundesrat"): such an occurrence says nothing for a person;
    // nor do quoted names (titles of works) and English phrases.
    if (has("quoted") || has("foreign")) continue;
    // Not against a given name and a surname: "der muskelbepackte Arnold Schwarzenegger", "der 45-jährige Peter Müller".
    if (has("article") && !has("firstname")) {
      organisation += 1.5;
      continue;
    }
    if (has("herr") || has("apposition") || has("firstname")) person += 3;
    if (has("title")) person += 2;
    // Organisations and places "say" things too: a verb of saying weighs less for a single word.
    if (has("speech")) person += cues.includes("pair") || cues.includes("firstname") ? 2 : 1.5;
    if (has("surname") || has("given") || has("genitive")) person += 2;
    if (has("pair")) person += 1;
  }
  if (person >= 2 && person > organisation && person > location) return "person";
  if (organisation > 0 && organisation >= location) return "organisation";
  if (location > 0) return "location";
  return person > 0 ? "person" : "unknown";
}

export interface UnknownNameOptions extends MatchOptions {
  registry?: Registry;
  /** Only names seen at least this often (default 1). */
  minCount?: number;
}

/**
 * Names that are not in the registry, with a type guess, counts and an example
 * sentence: name, type, count, docs, example, cues (how often each cue was seen).
 * A single word that is the last word of a person's name elsewhere in the same
 * article counts as that person ("Marion Bornscheuer" … "Bornscheuer").
 */
export function unknownNames(docs: readonly ActorDocument[], options: UnknownNameOptions = {}): ColumnTable {
  const registry = options.registry ?? defaultRegistry();
  const groups = new Map<string, { occurrences: NameOccurrence[]; docs: Set<string>; example: string }>();
  for (const doc of docs) {
    for (const o of resolveSurnames(nameOccurrences(doc, registry, matchActors(doc, registry, options)))) {
      let g = groups.get(o.name);
      if (!g) groups.set(o.name, (g = { occurrences: [], docs: new Set(), example: doc.sentences[o.sentence]?.text ?? "" }));
      g.occurrences.push(o);
      g.docs.add(doc.id);
    }
  }
  const rows = [...groups.entries()]
    .map(([name, g]) => {
      const cueCounts = new Map<string, number>();
      for (const o of g.occurrences) for (const c of o.cues) cueCounts.set(c, (cueCounts.get(c) ?? 0) + 1);
      return {
        name,
        type: guessNameType(g.occurrences.map((o) => o.cues)),
        count: g.occurrences.length,
        docs: g.docs.size,
        example: g.example,
        cues: [...cueCounts].map(([c, n]) => `${c}:${n}`).join(" "),
      };
    })
    .filter((r) => r.count >= (options.minCount ?? 1))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "de"));
  return table({
    name: rows.map((r) => r.name),
    type: rows.map((r) => r.type),
    count: rows.map((r) => r.count),
    docs: rows.map((r) => r.docs),
    example: rows.map((r) => r.example),
    cues: rows.map((r) => r.cues),
  });
}

/** A lone word that ends a longer name in the same document takes that name's cues as "surname". */
function resolveSurnames(occurrences: NameOccurrence[]): NameOccurrence[] {
  const full = occurrences.filter((o) => o.name.includes(" "));
  return occurrences.map((o) => {
    if (o.name.includes(" ")) return o;
    if (o.cues.includes("acronym") || o.cues.includes("surname")) return o;
    const owner = full.find((f) => f.name.endsWith(` ${o.name}`) || f.name.endsWith(` ${o.name.replace(/s$/, "")}`));
    if (!owner) return o;
    const strong = full.filter((f) => f.name === owner.name).some((f) => f.cues.some((c) => STRONG_PERSON_CUES.has(c) || c === "firstname"));
    return strong ? { ...o, cues: [...o.cues, "surname"] } : o;
  });
}

export interface PersonSpan {
  doc: string;
  start: number;
  end: number;
  name: string;
  /** "registry": a registry person; "discovered": a name typed as person by its cues. */
  source: "registry" | "discovered";
  /** Cues of a discovered name's occurrence (see nameOccurrences). */
  cues?: string[];
}

/**
 * Every person named in the documents: registry persons (the name's span; role
 * phrases without a name are left out) and unknown names whose cues, pooled over the
 * corpus, make them persons. This is what `npm run eval:ner` scores.
 */
export function personSpans(docs: readonly ActorDocument[], options: UnknownNameOptions = {}): PersonSpan[] {
  const registry = options.registry ?? defaultRegistry();
  const perDoc = docs.map((doc) => {
    const mentions = matchActors(doc, registry, options);
    return { doc, mentions, occurrences: resolveSurnames(nameOccurrences(doc, registry, mentions)) };
  });
  // Pool the cues of each name over the corpus: a name with a title in one article is a person in the next.
  const cuesByName = new Map<string, string[][]>();
  for (const { occurrences } of perDoc) for (const o of occurrences) {
    const list = cuesByName.get(o.name);
    if (list) list.push(o.cues);
    else cuesByName.set(o.name, [o.cues]);
  }
  const personNames = new Set<string>();
  for (const [name, cues] of cuesByName) if (guessNameType(cues) === "person") personNames.add(name);
  // Single words that end a person's name are that person's surname.
  const surnames = new Set<string>();
  for (const [n, cues] of cuesByName) if (personNames.has(n) && n.includes(" ") && cues.some((c) => c.includes("firstname") || c.some((x) => STRONG_PERSON_CUES.has(x)))) surnames.add(n.slice(n.lastIndexOf(" ") + 1));
  const out: PersonSpan[] = [];
  for (const { doc, mentions, occurrences } of perDoc) {
    const persons: Array<{ start: number; end: number }> = [];
    for (const m of mentions) if (m.type === "person" && m.via !== "role") {
      out.push({ doc: doc.id, start: m.start, end: m.end, name: m.actor, source: "registry" });
      persons.push(m);
    }
    const vetoed = (o: NameOccurrence) => o.cues.some((c) => c === "article" || c === "place" || c === "org" || c === "acronym" || c === "quoted" || c === "foreign");
    const isPerson = occurrences.map((o) => {
      const asSurname = !o.name.includes(" ") && (surnames.has(o.name) || surnames.has(o.name.replace(/s$/, ""))) && !vetoed(o);
      return personNames.has(o.name) || asSurname;
    });
    // Only well-evidenced persons vouch for their neighbours.
    occurrences.forEach((o, k) => isPerson[k] && o.cues.some((c) => c === "firstname" || STRONG_PERSON_CUES.has(c)) && persons.push(o));
    // Coordination: "Jolie und Pitt", "Staiger, Muschg oder Rychner": a name listed with a person is a person.
    for (let changed = true; changed; ) {
      changed = false;
      occurrences.forEach((o, k) => {
        if (isPerson[k] || vetoed(o)) return;
        const linked = persons.some((p) => COORDINATION.test(p.end <= o.start ? doc.text.slice(p.end, o.start) : doc.text.slice(o.end, p.start)));
        if (linked) {
          isPerson[k] = changed = true;
          persons.push(o);
          o.cues.push("coordination");
        }
      });
    }
    occurrences.forEach((o, k) => isPerson[k] && out.push({ doc: doc.id, start: o.start, end: o.end, name: o.name, source: "discovered", cues: o.cues }));
  }
  return out.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start));
}
