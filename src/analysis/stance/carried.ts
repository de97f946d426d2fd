// A speaker's opposition carried through a document (carriedOpposition): a side the speaker
// (or another speaker of their country) opposes outright in one statement is opposed where
// another of their statements names it in a negative tone, though no cue there reaches it.
import { tokenRange, type Token } from "../text.js";
import { isCapitalized } from "../lemmas.js";
import { PREPOSITIONS } from "../statements/words.js";
import { ARTICLE } from "./clauses.js";
import type { ActorMention } from "../statements.js";
import type { StanceContext, StanceLexicon, StatementWithStance } from "./types.js";
import { defaultStanceLexicon } from "./lexicon.js";
import { targetOf } from "./cues.js";
import { isPlaceMention, modifiedHead, sideHead } from "./sides.js";
import { isDenialCue } from "./statement.js";
import { targetPolarityScore } from "./polarity.js";

// The people of a side, which a side's words of pity or blame about them do not name ("das russische Volk", "die Bevölkerung").
const PEOPLE = /(?:volk|bevölkerung|menschen|bürger|bürgerinnen|leute|kinder|familien|zivilisten|soldaten)$/;
// Words of suffering: a side said to suffer is pitied, not opposed.
const SUFFERING = /^(?:leiden|erleiden|opfer|verlust|verluste|betroffen|trauer|trauern|leid)$/;

/**
 * Is token k inside a phrase a preposition governs: "mit Russland", "gegen Russland", "zwischen der NATO und Russland"? Back over
 * articles, adjectives, names (`named`) and coordinations to the first other word; the agent's "von"/"durch" do not count.
 */
function governedByPreposition(tokens: Token[], k: number, from: number, named: (j: number) => boolean): boolean {
  for (let j = k - 1; j >= from && j >= k - 8; j--) {
    const t = tokens[j];
    if (ARTICLE.test(t.norm) || t.wordClass === "adj" || /^(?:und|oder|sowie)$/.test(t.norm) || (isCapitalized(t.text) && t.wordClass !== "noun") || named(j)) continue;
    return PREPOSITIONS.has(t.norm) && !/^(?:von|vom|durch)$/.test(t.norm);
  }
  return false;
}

/** The key of a speaker (or "side X") and a target in `speakerStanceCounts`. */
export const countKey = (speaker: string, target: string): string => `${speaker}\u0000${target}`;

/**
 * How many statements of each speaker support and oppose each target (keyed by `countKey`); with `bySide`, also those of
 * all speakers of one side, keyed by "side X". Only pairs with a stance are in it.
 */
export function speakerStanceCounts(statements: readonly StatementWithStance[], bySide = false): Map<string, { support: number; oppose: number }> {
  const tally = new Map<string, { support: number; oppose: number }>();
  const count = (key: string, polarity: "support" | "oppose") => {
    const n = tally.get(key) ?? { support: 0, oppose: 0 };
    n[polarity]++;
    tally.set(key, n);
  };
  for (const st of statements) {
    if (!st.speaker) continue;
    for (const s of st.stance) {
      if (s.polarity === "neutral") continue;
      count(countKey(st.speaker, s.target), s.polarity);
      if (bySide && st.speaker_side) count(countKey(`side ${st.speaker_side}`, s.target), s.polarity);
    }
  }
  return tally;
}

export interface CarriedOptions {
  /** How negative a statement's tone must be (the score of `targetPolarityScore`) to carry opposition. Default 0.5. */
  threshold?: number;
  lexicon?: StanceLexicon;
}

/**
 * Opposition a speaker takes elsewhere in the document, carried to a statement that names
 * the same side without a cue of its own: "Jedes Paket schwächt Russlands Fähigkeit, diesen
 * Krieg zu führen", said by Kallas after she condemned Russia's war. A speaker with no stance
 * of their own toward the side takes that of their country's other speakers. Only where the
 * speaker (or their country) never supports that side, and only where this statement's own
 * words are negative; those words are its cues. Not a side named as a place ("niemand in
 * Washington"), as the modifier of a thing ("seiner indischen Herkunft", "die Ukraine-Politik
 * der EU"), as its people ("das russische Volk") or after a preposition ("Sanktionen gegen
 * Russland"); not the speaker's own side; not in a denial, whose words are those of what is
 * denied, nor where someone suffers ("Auch Russland sei Opfer des Terrors"). Support is not carried: a speaker's praise of a side says little
 * of how their next mention of it reads (measured: about half of such mentions take no stance).
 */
export function carriedOpposition(statements: StatementWithStance[], ctx: StanceContext, options: CarriedOptions = {}): void {
  const threshold = options.threshold ?? 0.5;
  const lex = options.lexicon ?? defaultStanceLexicon();
  const { tokens } = ctx.layer;
  // A mention that names the side itself: not a place, not a modifier of anything but a side ("die russische Regierung"), not
  // its people ("das russische Volk"), not after a preposition ("Gespräche mit Russland", "Sanktionen gegen
  // Russland", "ein Krieg zwischen der NATO und Russland"), where the words about the phrase are not about the side.
  const namesSide = (m: ActorMention, st: StatementWithStance) => {
    if (isPlaceMention(ctx.layer, m)) return false;
    const k = tokenRange(tokens, m.start, m.end).from;
    const span = tokenRange(tokens, st.clean_start, st.clean_end);
    const named = (j: number) => ctx.mentions.some((o) => o.start <= tokens[j].start && o.end >= tokens[j].end);
    if (governedByPreposition(tokens, k, span.from, named)) return false;
    const head = modifiedHead(tokens, k, m, span);
    if (head === null) return true;
    if (PEOPLE.test(head)) return false;
    // (A compound followed by its owner names its topic: "die Ukraine-Politik der EU".)
    const owned = m.end < tokens[k].end && /^(?:der|des)$/.test(tokens[k + 1]?.norm ?? "");
    return sideHead(head, lex) && !owned;
  };
  // Each speaker's stances toward each side over the whole document, and those of all speakers of one country
  // ("Modi", "das indische Außenministerium", "Neu-Delhi").
  const taken = speakerStanceCounts(statements, true);
  if (taken.size === 0) return;
  // (Nor where someone suffers: "Das russische Volk leide selbst unter diesem Krieg", "Auch Russland sei Opfer des Terrors".)
  const suffering = (st: StatementWithStance) => {
    const words = tokenRange(tokens, st.clean_start, st.clean_end);
    return tokens.slice(words.from, words.to).some((t) => SUFFERING.test(t.lemma.toLowerCase()));
  };
  for (const st of statements) {
    if (!st.speaker || isDenialCue(st.cue, lex)) continue;
    for (const s of st.stance) {
      if (s.polarity !== "neutral" || s.target === st.speaker_side) continue;
      const before = taken.get(countKey(st.speaker, s.target)) ?? (st.speaker_side ? taken.get(countKey(`side ${st.speaker_side}`, s.target)) : undefined);
      if (!before || before.support > 0 || suffering(st)) continue;
      const named = ctx.mentions.find((m) => m.start >= st.clean_start && m.end <= st.clean_end && targetOf(m) === s.target && namesSide(m, st));
      if (!named) continue;
      const negative: string[] = [];
      const snippet = ctx.text.slice(st.clean_start, st.clean_end);
      const anchor = { from: named.start - st.clean_start, to: named.end - st.clean_start };
      const score = targetPolarityScore(snippet, s.target, anchor, { targetWeight: 0, trace: (word, value) => void (value < 0 && negative.push(word.text)) });
      if (score >= -threshold) continue;
      s.polarity = "oppose";
      s.cues = negative;
    }
  }
}
