// The shapes of stance.ts: cues, lexicons, concepts, targets and options; and what its parts
// pass between them: cue hits, target mentions, token spans, the per-document StanceContext.
import type { TextLayer } from "../text.js";
import type { ActorMention, MentionFinder, Statement, StatementOptions } from "../statements.js";

export type Polarity = "support" | "oppose" | "neutral";
export type CueClass = "cooperation" | "strengthening" | "praise" | "positive" | "rejection" | "countering" | "condemnation" | "accusation" | "hostile" | "containment" | "war";
export type CueScope = "partner" | "nearest" | "left" | "right" | "subject";

export interface StanceCue {
  /** Lower-case lemmas, one per word. */
  words: string[];
  polarity: "support" | "oppose";
  class: CueClass;
  scope: CueScope;
  /** Written with a capital: matches nouns only ("Abkommen", not "vom Weg abgekommen"). */
  noun?: true;
  /** An adjective by the dictionary: matches no noun ("gut", not the "Güter" whose lemma is "Gut"). */
  notNoun?: true;
  /** Lemmas that, anywhere in the cue's clause, make it no stance ("gegen" with "verlieren": a match lost). */
  unless?: ReadonlySet<string>;
}

export interface Concept {
  name: string;
  pattern: RegExp;
  /** The polarity a speaker takes when it is named without a cue near it; undefined: only a cue gives one. */
  default?: "support" | "oppose";
}

export interface StanceLexicon {
  cues: StanceCue[];
  /** First word → cues starting with it. */
  byFirstWord: ReadonlyMap<string, StanceCue[]>;
  negators: ReadonlySet<string>;
  /** Phrases that negate from their last word ("alles andere als"), from negation.tsv. */
  negatorPhrases?: readonly (readonly string[])[];
  /** Phrases with a negator (or a cue) that neither negate nor count ("nicht nur", "zum Scheitern verurteilt"). */
  keep: string[][];
  concepts: Concept[];
  /** "beide Seiten", "bilateral": lemma sequences that name both sides. */
  bilateral: string[][];
  /** Lower-case heads through which a country acts ("regierung", "militär"): see side-nouns.txt. */
  sideNouns?: readonly string[];
  /** Words that undo a measure after them ("Aufhebung", "gelockert"): data/stance/undoing-words.txt. */
  undoingWords?: readonly string[];
  /** Words that impose, tighten or uphold a measure near them ("verschärfen", "Einhaltung"): data/stance/upholding-words.txt. */
  upholdingWords?: ReadonlySet<string>;
  /** First parts of a compound that make a good its head names a sham ("Propagandaerfolg"): sham-prefixes.txt. */
  shamPrefixes?: ReadonlySet<string>;
  /** Lower-case heads of a relation between sides ("beziehung", "verhältnis"): see relation-nouns.txt. */
  relationNouns?: readonly string[];
  /** Positive cues that only measure a tie ("eng", "höchststand"), written as in cues.tsv: see tie-measures.txt. */
  tieMeasures?: ReadonlySet<string>;
  /** Lower-case heads of talks between sides ("gespräch", "treffen"), whose praise supports the partner: see talk-nouns.txt. */
  talkNouns?: readonly string[];
  /** Lower-case verb lemmas that cut back support named before them ("kürzen", "zurückfahren"): see reducing-words.txt. */
  reducingWords?: ReadonlySet<string>;
  /** Lower-case heads of a side's reported act ("plan", "durchfahrt"): see event-nouns.txt. */
  eventNouns?: readonly string[];
  /** Lower-case verb lemmas that carry out the act their object names ("betreiben", "verhängen"): see act-verbs.txt. */
  actVerbs?: ReadonlySet<string>;
  /** Lower-case verb lemmas of giving ("zusichern", "anbieten"): see giving-verbs.txt. */
  givingVerbs?: ReadonlySet<string>;
  /** Lower-case verb lemmas of naming ("bezeichnen", "werten"): see naming-verbs.txt. */
  namingVerbs?: ReadonlySet<string>;
  /** Lower-case verb lemmas of denying ("bestreiten", "dementieren"): see denial-verbs.txt. */
  denialVerbs?: ReadonlySet<string>;
  /** Lower-case cooperation nouns that name a way of settling anything ("dialog"): see method-nouns.txt. */
  methodNouns?: ReadonlySet<string>;
  /** Lower-case verb lemmas of changing course ("beenden", "respektieren"): see corrective-verbs.txt. */
  correctiveVerbs?: ReadonlySet<string>;
  /** Corrective verbs that change course only with one of these object heads before them ("lockern": "sanktion", "zoll"). */
  correctiveObjects?: ReadonlyMap<string, readonly string[]>;
  /** Lower-case nouns for a side that serves another ("marionette"), whose master is opposed too: see puppet-nouns.txt. */
  puppetNouns?: ReadonlySet<string>;
  /** Lower-case compound heads that leave the cue to their first part ("versuch", "politik"), with first parts that do not: see light-heads.txt. */
  lightHeads?: readonly { head: string; except: ReadonlySet<string> }[];
  /** Lower-case verb lemmas of deeds that blame only a side or its forces ("rammen", "kapern"): see deed-verbs.txt. */
  deedVerbs?: ReadonlySet<string>;
  /** Lower-case heads of a side's forces ("schiff", "truppen"): see force-nouns.txt. */
  forceNouns?: readonly string[];
  /** Lower-case heads of what one is responsible for as a duty ("sicherheit", "organisation"): see duty-nouns.txt. */
  dutyNouns?: readonly string[];
}

export interface StanceTarget {
  target: string;
  polarity: Polarity;
  /** The words that decided it, as written ("lehne … ab", "Zusammenarbeit", "nicht unterstützen"). */
  cues: string[];
}

export interface StatementWithStance extends Statement {
  stance: StanceTarget[];
}

export interface StanceOptions extends Omit<StatementOptions, "mentions"> {
  stanceLexicon?: StanceLexicon;
  /** Actor mentions or a finder; default the actor registry. */
  mentions?: ActorMention[] | MentionFinder | false;
  /** Tokens a cue reaches to find its target. Default 10. */
  window?: number;
}

export interface CueHit {
  cue: StanceCue;
  /** Token index the cue stands at (the particle of a separated verb). */
  at: number;
  /** Token index of its first word. */
  from: number;
  polarity: "support" | "oppose";
  text: string;
  /** The negator that turned its polarity round, if one did. */
  negator?: number;
}

export interface TargetMention {
  target: string;
  from: number;
  to: number;
  kind: "actor" | "concept" | "bilateral";
  /** Named as a place ("in Deutschland", "im deutschen Bundesland"): where, not whom, a cue is about. */
  place?: true;
  /** A country named as a place ("in der Ukraine"): no partner of a cooperation, unlike a body one works in ("in der SOZ"). */
  countryPlace?: true;
  /** Only a modifier of what the phrase is about ("deutsche Kaffeeröster", "US-Industriekonzern", "anti-chinesische Proteste"). */
  modifier?: true;
  /** A modifier of a relation ("die russisch-chinesischen Beziehungen"): a party to it, which an evaluation of the relation supports. */
  party?: true;
  /** The first part of an issue's name ("in der Taiwan-Frage"): no side a cooperation is with. */
  issue?: true;
  /** What a matter after "um"/"über" is about ("die Hängepartie um Schweden"): an issue no cue reaches. */
  about?: true;
  /** One or a few persons named by their people ("ein 34-jähriger Türke", "zwei Chinesen"): no doer a misdeed blames their state for. */
  individual?: true;
  /** A side named by its people ("der Russen", "die Amerikaner"): who acts, never a land invaded. */
  people?: true;
  /** A side of talks between two that a third backs ("Gespräche zwischen Caracas und Georgetown"): no support reaches it. */
  talks?: true;
  /** The agent of an attributive participle ("das von Russland angegriffene Land"): it describes whom the phrase is about, which support is for. */
  describing?: true;
  /** Concepts: the polarity a speaker takes when no cue is near. */
  fallback?: "support" | "oppose";
  /** A concept only a cue makes a target ("Sanktionen", which speakers reject and uphold). */
  cueOnly?: true;
}

export interface Span {
  from: number;
  to: number;
}

export interface StanceContext {
  text: string;
  layer: TextLayer;
  mentions: readonly ActorMention[];
  /** The article's two leading countries, when it has them (the "bilateral" pair). */
  pair: readonly string[];
  /** Sides the statement's speaker opposes in other statements of the document and never supports (a second reading). */
  opposedElsewhere?: ReadonlySet<string>;
  /**
   * Does the document name a measure between states somewhere ("Sanktionen gegen Iran", "westliche Sanktionen")? Then a
   * bare "die Sanktionen" in it is one too (see `measuresBetweenStates`). Asked only where a statement needs it.
   */
  measuresBetweenStates?: () => boolean;
  /** The sides the document names as waging a war ("Russlands Krieg", "den russischen Angriffskrieg"), see `warringSides`. Asked only where needed. */
  warringSides?: () => ReadonlySet<string>;
}
