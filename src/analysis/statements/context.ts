// What one extraction carries through a document: the text layer, lexicon, actor
// mentions, quotations and persons (DocContext), and the frame a match yields.
import type { TextLayer } from "../text.js";
import type { StatementKind, StatementInput, ActorMention, Statement, Quotation } from "./types.js";
import type { ReportingLexicon } from "./lexicon.js";

export interface DocContext {
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
  /** firstVerbIndex per sentence once computed, else -1: frames, subjects and pronouns all ask for it. */
  firstVerb: Int32Array;
  /** mainClauseStart per sentence once computed, else -2 (-1 means none). */
  mainStart: Int32Array;
  /** A person's gender from outside the article (registry, given name), else null. */
  genderOf: (name: string) => "female" | "male" | null;
  /** The titles of the offices the registry says a person held, lower case. */
  titlesOf: (name: string) => readonly string[];
  /** Bodies the registry knows whose name ends in this noun ("Kommission" → EU-Kommission, side EU). */
  bodiesNamed?: (noun: string) => readonly { name: string; type: string; side: string | null }[];
  /** The ages a person can have on the article's date, where the registry knows their birth ("der 71-Jährige"). */
  agesOf?: (name: string) => readonly number[] | null;
  /** Genders found so far (see personGenderIn), by name. */
  genders: Map<string, "female" | "male" | null>;
}

export interface PersonMention {
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

export interface FrameMatch {
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
  /** A participle after an auxiliary in the Konjunktiv ("China habe stets zu Dialog aufgerufen"). */
  konjunktivAux?: boolean;
  /** "Dies sagte X": the statement is the sentence before. */
  retro?: boolean;
  /** "Die Regierung will … vorlegen": an intention, which a frame pointing back from the next sentence makes that one's statement. */
  intention?: boolean;
  /** A retro frame with an auxiliary ("Das hatte zuvor auch Putin zugesagt"): after a sentence framed otherwise, a speech act of its own. */
  retroAux?: boolean;
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

/** Token k stands inside a quotation or is one of its marks. */
export const inQuote = (ctx: DocContext, k: number) => ctx.quoteOf[k] !== -1;
