// The public shapes of statements.ts: statements and their speakers, what a document
// must offer, actor mentions and quotations. Apart so that every part of the extractor
// can name them without importing the entry module.
import type { TextLayer } from "../text.js";

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
  /** A bare title read as the person last written with it ("den Kanzler"): who speaks by it the speaker rules decide. */
  anaphoric?: boolean;
  /** The country the actor belongs to or speaks for ("China" for Wang Yi), when known. */
  side?: string | null;
  /** A country's adjective ("chinesisch"): names an institution after its seat ("die Regierung in Peking"). */
  demonym?: string;
  /** Persons: "female" or "male" when the registry or the given name tells. */
  gender?: "female" | "male";
  /** Persons: the organisations whose office they hold or held ("NATO" for Jens Stoltenberg), their side too. */
  bodies?: string[];
  /** Persons: the organisation whose office they hold on the article's date; as a stance target they stand for it. */
  office?: string;
  /** Bodies: the nouns an article uses for it once named ("konzern", "gewerkschaft"), as the registry lists them. */
  kinds?: readonly string[];
  /** The organisations the actor's country belongs to ("EU", "NATO", "G7" for Olaf Scholz), as the registry lists their members. */
  blocs?: readonly string[];
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
  /** How the speaker was found: "registry", "name", "surname", "pronoun", "role", "institution", "previous", "next" (the frame of the sentence after), "subject" (the subject of its own clause: "nach eigenen Angaben"), "phrase", "none". */
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
  /** Verbatim words inside a statement that is not itself a quotation ("…, der Sohn habe sich „bewusst und gewollt stranguliert“"). */
  quotes: readonly QuotedFragment[];
  /** A quotation whose closing mark was missing. */
  unbalanced?: boolean;
}

/** Quoted words inside a statement: the text between the marks, with its raw offsets. */
export interface QuotedFragment {
  text: string;
  start: number;
  end: number;
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
