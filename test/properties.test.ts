// Property tests over random Unicode text (fast-check): loading, sentence splitting,
// tokenization, actor matching and quote/statement extraction never throw, every
// offset stays inside the text, and tokens map back to the text exactly.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseDocument, rawOffset } from "../src/analysis/corpus.js";
import { analyzeDocument, analyzeText, tokenize } from "../src/analysis/text.js";
import { defaultRegistry, matchActors } from "../src/analysis/actors.js";
import { extractStatements, findQuotations, toActorMentions } from "../src/analysis/statements.js";

// PROPERTY_RUNS=5000 for a longer hunt; 200 keeps the suite fast.
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 200 };

// Pieces that exercise the interesting paths (quotes, abbreviations, ordinals, URLs,
// hyphens, names from the registry, reporting verbs), mixed with arbitrary code points,
// combining marks, lone surrogates and odd spaces and line breaks.
const FRAGMENTS = [
  " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\u2028",
  ".", "!", "?", "…", ",", ":", ";", "-", "–", "—", "(", ")", "„", "“", "”", "‚", "‘", "»", "«", "\"", "'",
  "Dr.", "z. B.", "u. a.", "3.", "12.", "1.000,50", "2024-01-11", "11. Januar 2024", "https://example.org/a?b=1.", "x@y.de",
  "sagte", "erklärte", "betonte", "so", "laut", "wies zurück", "sei", "habe",
  "Olaf Scholz", "Scholz", "Wang Yi", "China", "chinesische", "Außenminister", "NATO", "Bundesregierung", "Peking", "Russland",
  "chinesisch-russische", "E-Mail", "Ölpreis", "Straße", "Ä", "ß", "e\u0301", "\u0301", "😀", "👍🏽", "🇩🇪",
  "\ud800", "\udc00", "\u0000", "\u0007", "\u202e",
];

const textArb = fc
  .array(fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  ), { maxLength: 80 })
  .map((parts) => parts.join(""));

const registry = defaultRegistry();

describe("properties over random text", () => {
  it("tokenize: tokens are in order, inside the text, and map back exactly", () => {
    fc.assert(fc.property(textArb, (text) => {
      let last = 0;
      for (const t of tokenize(text)) {
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.end).toBeGreaterThan(t.start);
        expect(t.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(t.start, t.end)).toBe(t.text);
        last = t.end;
      }
    }), RUNS);
  });

  it("analyzeText: sentences and tokens stay in range, tokens and their parts map back exactly", () => {
    fc.assert(fc.property(textArb, (text) => {
      const layer = analyzeText(text);
      for (const p of layer.paragraphs) {
        expect(0 <= p.start && p.start <= p.end && p.end <= text.length).toBe(true);
      }
      let lastEnd = 0;
      layer.sentences.forEach((s, i) => {
        expect(s.index).toBe(i);
        expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
        expect(s.start).toBeGreaterThanOrEqual(lastEnd);
        lastEnd = s.end;
        expect(s.paragraph >= 0 && s.paragraph < layer.paragraphs.length).toBe(true);
        expect(0 <= s.tokenStart && s.tokenStart <= s.tokenEnd && s.tokenEnd <= layer.tokens.length).toBe(true);
        for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(layer.tokens[k].sentence).toBe(i);
      });
      layer.tokens.forEach((t, i) => {
        expect(t.index).toBe(i);
        expect(0 <= t.start && t.start < t.end && t.end <= text.length).toBe(true);
        expect(text.slice(t.start, t.end)).toBe(t.text);
        if (i > 0) expect(t.start).toBeGreaterThanOrEqual(layer.tokens[i - 1].end);
        expect(t.sentence >= 0 && t.sentence < layer.sentences.length).toBe(true);
        const s = layer.sentences[t.sentence];
        expect(s.start <= t.start && t.end <= s.end).toBe(true);
        for (const part of t.parts ?? []) {
          expect(t.start <= part.start && part.start < part.end && part.end <= t.end).toBe(true);
          expect(text.slice(part.start, part.end)).toBe(part.text);
        }
      });
    }), RUNS);
  });

  it("matchActors: mentions point at their surface in the text", () => {
    fc.assert(fc.property(textArb, (text) => {
      const doc = analyzeDocument({ id: "p", date: "2024-01-11", text });
      for (const m of matchActors(doc, registry)) {
        expect(0 <= m.start && m.start < m.end && m.end <= text.length).toBe(true);
        expect(text.slice(m.start, m.end)).toBe(m.surface);
        expect(m.sentence >= 0 && m.sentence < doc.sentences.length).toBe(true);
        expect(m.paragraph >= 0 && m.paragraph < doc.paragraphs.length).toBe(true);
      }
    }), RUNS);
  });


  it("extractStatements survives a text that ends in a reporting verb", () => {
    const doc = analyzeDocument({ id: "p", date: null, text: "betonte\nerklärte" });
    expect(() => extractStatements(doc, { layer: doc, mentions: false })).not.toThrow();
  });

  it("findQuotations and extractStatements: spans stay inside the text", () => {
    fc.assert(fc.property(textArb, (text) => {
      for (const q of findQuotations(text)) {
        expect(0 <= q.start && q.start < q.end && q.end <= text.length).toBe(true);
        expect(text.slice(q.start, q.start + q.open.length)).toBe(q.open);
      }
      const doc = analyzeDocument({ id: "p", date: "2024-01-11", text });
      const mentions = toActorMentions(matchActors(doc, registry), registry);
      for (const st of extractStatements(doc, { layer: doc, mentions })) {
        expect(0 <= st.clean_start && st.clean_start <= st.clean_end && st.clean_end <= text.length).toBe(true);
        // Without an offset map raw offsets are clean offsets.
        expect([st.start, st.end]).toEqual([st.clean_start, st.clean_end]);
        if (st.speaker_start !== null) expect(0 <= st.speaker_start && st.speaker_start <= st.speaker_end! && st.speaker_end! <= text.length).toBe(true);
        for (const i of st.sentences) expect(i >= 0 && i < doc.sentences.length).toBe(true);
      }
    }), RUNS);
  });

  it("parseDocument: never throws, and every clean offset maps into the raw text", () => {
    fc.assert(fc.property(textArb, fc.boolean(), (raw, frontMatter) => {
      const input = frontMatter ? `---\ntitle: ${raw.slice(0, 20)}\n---\n${raw}` : raw;
      const doc = parseDocument(input, { id: "p", file: "p.txt" }, { boilerplate: false });
      for (let i = 0; i <= doc.text.length; i++) {
        const r = rawOffset(doc, i);
        expect(r >= 0 && r <= input.length).toBe(true);
      }
      // Statements on a loaded document carry raw offsets that stay inside the raw text.
      const layer = analyzeDocument(doc);
      for (const st of extractStatements(doc, { layer, mentions: false })) {
        expect(0 <= st.start && st.start <= st.end && st.end <= input.length).toBe(true);
      }
    }), { numRuns: Math.ceil(RUNS.numRuns / 2) });
  });
});
