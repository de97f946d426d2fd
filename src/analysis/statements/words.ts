// Closed word classes (grammar, not vocabulary) and the token tests the statement
// extractor's parts share.
import type { Token } from "../text.js";

/** A zu-infinitive written as one word: "auszubauen", "aufzufordern", "auszuhandeln". Tested on a lower-cased form: check the word class too ("Autozulieferern"). */
export const ZU_INFINITIVE = /^\p{Ll}+zu\p{Ll}+(?:en|rn|ln)$/u;

export const DETERMINERS = new Set(
  "der die das dem den des ein eine einen einem einer eines dieser diese dieses diesem diesen jener jene jenes sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer unser unsere beide beiden alle viele mehrere einige zwei drei vier fünf zahlreiche manche kein keine".split(" "),
);
/** Nouns for a person by what they do or are ("Politikwissenschaftler", "Expertin", "Sinologe"). */
export const PERSON_NOUN = /(?:politiker|jährige|gastgeber|chef|sprecher|experte|expertin|analyst|autor|direktor|leiter|vorsitzende|präsident|minister|kanzler|botschafter|diplomat|abgeordnete|sekretär|ökonom|volkswirt|wissenschaftler|forscher|historiker|politologe|soziologe|jurist|professor|kenner|berater|kommentator|journalist|korrespondent|aktivist|anwalt|anwält|general|offizier|sozialist|sozialdemokrat|christdemokrat|republikaner|demokrat|kommunist|populist|nationalist|mathematiker|physiker|chemiker|ingenieur|unternehmer|milliardär|manager|kandidat|bewerber|herausforderer|amtsinhaber|wahlsieger)(?:in|r)?$|(?:sinolog|politolog|soziolog)(?:e|in)$/;
export const PRONOUNS = new Set(["er", "sie", "es", "man", "wir", "ich", "ihr", "beide", "diese", "dieser", "jener"]);
export const PERSONAL_PRONOUNS = new Set(["er", "sie", "ich", "wir", "ihr"]);
/**
 * Pronouns that are never an object: after the finite verb they are the subject. Not "ich"
 * and "wir": in interviews the answer's label ("Behr: Stand heute gehe ich …") names the speaker.
 */
export const NOMINATIVE_PRONOUNS = new Set(["er", "man"]);
export const PREPOSITIONS = new Set(
  "an am auf aus bei beim bis durch für gegen hinter im in ins mit nach neben ohne seit über um unter von vom vor während wegen zu zum zur zwischen angesichts trotz laut gemäß infolge innerhalb außerhalb anlässlich bezüglich seitens vonseiten mithilfe".split(" "),
);
export const SUBORDINATORS = new Set("dass ob wonach weil da wenn als nachdem obwohl während damit sodass bevor seit seitdem falls wie indem zumal obgleich obschon sofern sobald solange wohingegen".split(" "));
/** Subordinators of adverbial clauses (time, cause, purpose …): what they open is never what was said. */
export const ADVERBIAL_SUBORDINATORS = new Set("weil da wenn als nachdem obwohl obgleich während damit sodass bevor seit seitdem falls sobald solange indem um zumal obschon sofern wohingegen".split(" "));
export const COMPLEMENTIZERS = new Set("dass ob wonach warum wieso weshalb wann wo wer was wie inwiefern inwieweit".split(" "));
export const RELATIVES = new Set("der die das dem den deren dessen denen welche welcher welches welchem welchen".split(" "));
export const COORDINATORS = new Set(["und", "oder", "sowie", "aber", "sondern", "doch"]);
// Adverbs and particles that stand between a reporting verb and its subject ("erklärte auch der …").
export const FRAME_ADVERBS = new Set(
  "auch jedoch zudem außerdem ebenfalls noch nun bereits später zuvor erneut dann daraufhin seinerseits ihrerseits dabei dazu damals gestern heute morgen weiter weiterhin abschließend schließlich zunächst kürzlich jüngst nochmals wiederholt mehrfach demnach allerdings indes hingegen dagegen ferner zugleich gleichzeitig nachdrücklich ausdrücklich deutlich offenbar offenbart inzwischen mittlerweile bislang bisher vorige insbesondere allein gerade besonders zumindest immerhin vielmehr sogar nur selbst vornehmlich hauptsächlich ausgerechnet ebenso genauso wiederum".split(" "),
);
export const AUX_FORMS = new Set(
  "hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wären wird werden wurde wurden werde würde würden kann können konnte konnten könne könnte könnten soll sollen sollte sollten muss müssen musste mussten müsse müsste müssten will wollen wollte wollten wolle darf dürfen durfte dürfe dürfte dürften mag möge möchte möchten müsste müssten lässt ließ ließen ließe".split(" "),
);
export const ZU = "zu";
// Nouns of time: a phrase of these (and numbers, articles, prepositions) is an adverbial
// ("Anfang Februar", "Im April 2008", "Am Wochenende"), never who speaks.
export const TIME_NOUNS = new Set(
  "januar februar märz april mai juni juli august september oktober november dezember jänner montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag anfang mitte ende beginn jahr jahres jahre jahren jahrs monat monats monate monaten woche wochen wochenende wochenendes tag tages tage tagen morgen vormittag mittag nachmittag abend nacht frühjahr frühling sommer herbst winter quartal quartals halbjahr zeitpunkt vorjahr vorjahres vorwoche vortag vortages silvester neujahr ostern pfingsten weihnachten".split(" "),
);
/** A time word: "Montag", "Montagmittag", "Januar". */
/** A time itself, not a name made of one: "Montag", "Mittwochabend", "heute" ("Sonntagszeitung", "SonntagsBlick" are none). */
export function isTimePoint(t: { norm: string }): boolean {
  return TIME_NOUNS.has(t.norm) || /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?s?$/.test(t.norm);
}

export function isTimeWord(t: { norm: string }): boolean {
  return TIME_NOUNS.has(t.norm) || /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)/.test(t.norm);
}
export const PRONOMINAL_ADVERB = /^(?:da|dar|hier|wo|wor)(?:an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)(?:hinaus|hin|her)?$/;
export const NON_NOMINATIVE = new Set(["den", "dem", "einen", "einem", "ihm", "ihn", "ihnen", "uns", "mir", "mich"]);
export const GENITIVE_DETERMINERS = new Set("des der eines einer aller dieser dieses seines seiner ihres ihrer beider".split(" "));
// Between an inverted reporting verb and its subject: "äußerte sich der Präsident", "zeigte sich X".
export const REFLEXIVES = new Set(["sich", "dazu", "darauf", "daran", "hierzu", "hierauf"]);

export const isWord = (t: Token) => t.kind === "word" || t.kind === "abbreviation" || t.kind === "number" || t.kind === "ordinal";
/** Starts with an upper-case letter; ASCII decides without the Unicode regex (most tokens). */
export function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}
export const isComma = (t: Token | undefined) => t !== undefined && t.text === ",";

interface FoldedSet {
  /** Hashes of the entries (see hasLowerCase). */
  hashes: Set<number>;
  /** Some entry has a character at or above U+0100. */
  wide: boolean;
}
const foldedSets = new WeakMap<ReadonlySet<string>, FoldedSet>();
// 30 bits keep the hash a small integer, not a boxed number.
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) & 0x3fffffff;
// The only characters at or above U+0100 that toLowerCase maps below it: Ÿ, ẞ, the Kelvin and Ångström signs.
const LOWER_TO_LATIN1 = new Set([0x178, 0x1e9e, 0x212a, 0x212b]);

function foldedSet(set: ReadonlySet<string>): FoldedSet {
  let folded = foldedSets.get(set);
  if (!folded) {
    folded = { hashes: new Set(), wide: false };
    for (const w of set) {
      let h = 0;
      for (let i = 0; i < w.length; i++) {
        h = hashStep(h, w.charCodeAt(i));
        if (w.charCodeAt(i) >= 0x100) folded.wide = true;
      }
      folded.hashes.add(h);
    }
    foldedSets.set(set, folded);
  }
  return folded;
}

/**
 * `set.has(word.toLowerCase())` for a set of lower-case words, without lower-casing (and
 * hashing a new string for) most words that miss: a hash over the word's letters,
 * lower-cased the way toLowerCase does below U+0100, rules them out first; so does a
 * character above (a dash, a quotation mark) when no entry has one. With `length`, the
 * same for the word's first `length` characters (without slicing them off first).
 */
export function hasLowerCase(set: ReadonlySet<string>, word: string, length = word.length): boolean {
  const folded = foldedSet(set);
  let h = 0;
  for (let i = 0; i < length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x100) return (folded.wide || LOWER_TO_LATIN1.has(c)) && set.has(lowerPrefix(word, length));
    h = hashStep(h, lowerLatin1(c));
  }
  return folded.hashes.has(h) && set.has(lowerPrefix(word, length));
}

// Module-level, not closures in the callers: under tsx (keepNames) every closure made costs a call that names it.
const lowerPrefix = (word: string, length: number) => (length === word.length ? word : word.slice(0, length)).toLowerCase();

/** A character below U+0100 lower-cased as toLowerCase does (which there maps one character to one). */
export function lowerLatin1(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}

/** A compound's first part that names a source: four letters or more ("Polizei", not "Ein" of "Einschätzung"), or an abbreviation ("US-Angaben"). */
export function isSourcePrefix(prefix: string | null): boolean {
  return prefix !== null && (prefix.length >= 4 || /^\p{Lu}{2,}$/u.test(prefix));
}

/** Index of the first token that starts at or after `offset`, -1 if none (tokens are in text order). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length ? lo : -1;
}

/** A quotation mark token. */
export const QUOTE_MARK = /^["„“”«»‚‘’‹›]$/;

/** Possessives of "er" and "sie" ("seinen", "ihrer"); the group tells which. */
export const THIRD_PERSON_POSSESSIVE = /^(sein|ihr)(?:e|en|em|er|es)?$/;

/** Lemmas of reports and claims that a denial names before their content ("wies Berichte zurück, wonach …"), also as compound heads. */
export const REPORT_NOUNS = /(?:bericht|meldung|vorwurf|vorwürfe|behauptung|spekulation|gerücht|darstellung|anschuldigung|unterstellung)$/;
