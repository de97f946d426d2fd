import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyzeDocuments, analyzeText, loadStopwords, sentenceTokens, type TextLayer } from "../src/analysis/text.js";
import { defaultLexicon, lemmatize } from "../src/analysis/lemmas.js";
import { projectRoot } from "../src/analysis/project.js";
import { evaluateUd, readConllu, UD_DIR } from "../scripts/eval-ud.js";
import { existsSync } from "node:fs";

const seedDir = join(projectRoot(), "seeds");
const seed = (prefix: string) => readFileSync(join(seedDir, readdirSync(seedDir).find((f) => f.startsWith(prefix))!), "utf8");
const seeds = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(join(seedDir, f), "utf8"));

/** The sentence containing a piece of text. */
function sentenceWith(layer: TextLayer, piece: string) {
  const found = layer.sentences.filter((s) => s.text.includes(piece));
  expect(found, `one sentence contains "${piece}"`).toHaveLength(1);
  return found[0];
}

describe("sentences on the seed articles", () => {
  it("do not break after ordinals and dates", () => {
    const s001 = analyzeText(seed("001"));
    expect(sentenceWith(s001, "Am 12. November führte der Sekretär").text.startsWith("Am 12. November")).toBe(true);
    const s002 = analyzeText(seed("002"));
    expect(sentenceWith(s002, "Die 8. Chinesisch-Russische Konferenz des Dialogmechanismus").text).toMatch(/^Die 8\. Chinesisch-Russische .* stattgefunden\.$/);
    // The headline line starting with an ordinal stays one sentence as well.
    expect(s002.sentences[0].text).toBe("8. Chinesisch-Russische Konferenz von Dialogmechanismus regierender Parteien");
    expect(sentenceWith(analyzeText(seed("000")), "der 75. Jahrestag der Aufnahme").text).toMatch(/^In diesem Jahr werde der 75\. Jahrestag/);
    expect(sentenceWith(analyzeText(seed("004")), "zum 80. Jahrestag des Sieges").text).toMatch(/^Ein wichtiger Gesprächspunkt .* in Moskau\.$/);
  });

  it("keep a quotation with its speech frame and break after a closing quote", () => {
    const s001 = analyzeText(seed("001"));
    const quote = sentenceWith(s001, "unterstützen sich gegenseitig");
    expect(quote.text.startsWith("„Russland und China")).toBe(true);
    expect(quote.text.endsWith("“, sagte Wang.")).toBe(true);
    const s004 = analyzeText(seed("004"));
    expect(sentenceWith(s004, "„stetig weiterentwickeln“ würden").text).toMatch(/^Das chinesische Außenministerium wies .* würden\.$/);
    // „fest und unerschütterlich“. ends a sentence; the next one starts after it.
    const after = sentenceWith(s004, "Beide Seiten vereinbarten");
    expect(after.text.startsWith("Beide Seiten vereinbarten")).toBe(true);
  });

  it("split the seeds into the sentences a reader sees", () => {
    // Seed 003, counted by hand: 1 photo line + 1 lead + 4 + 2 + 2 sentences.
    expect(analyzeText(seed("003")).sentences.map((s) => s.text.slice(0, 12))).toEqual([
      "Foto von VCG", "Im Vorfeld d", "Xi sagte, da", "Im vergangen", "Dieses Jahr ", "China sei be",
      "Xi betonte, ", "Zudem sollte", "Wladimir Put", "Russland hal",
    ]);
  });

  it("do not break after abbreviations in real UD news sentences", () => {
    const sentences = readConllu(join(UD_DIR, "de_pud-ud-test.conllu")).concat(readConllu(join(UD_DIR, "de_gsd-ud-test.conllu")));
    const withAbbreviation = sentences.filter((s) => /\b(?:z\. B\.|u\. a\.|Nr\.|Dr\.|ca\.|bzw\.|Mio\.|Mrd\.|St\.)\s+\S/.test(s.text));
    expect(withAbbreviation.length).toBeGreaterThan(10);
    for (const s of withAbbreviation) expect(analyzeText(s.text).sentences.map((x) => x.text)).toEqual([s.text]);
  });

  it("keep initials with the name", () => {
    const layer = analyzeText("Der Autor John F. Kennedy Jr. sprach in Berlin. Danach reiste er ab.");
    expect(layer.sentences.map((s) => s.text)).toEqual(["Der Autor John F. Kennedy Jr. sprach in Berlin.", "Danach reiste er ab."]);
  });

  it("end a sentence after 'Art.' before a capital ('vor einem Aussterben der Art. Bhutan …'), not before a number ('nach Art. 51 der UN-Charta')", () => {
    const layer = analyzeText("Der WWF warnte vor einem Aussterben der Art. Bhutan zählte die Tiger. Sie verwiesen auf Art. 51 der UN-Charta. Weder der Vertrag noch andere galten.");
    expect(layer.sentences.map((s) => s.text)).toEqual(["Der WWF warnte vor einem Aussterben der Art.", "Bhutan zählte die Tiger.", "Sie verwiesen auf Art. 51 der UN-Charta.", "Weder der Vertrag noch andere galten."]);
  });

  it("end a sentence after a letter listed as one that may ('auf der Plattform X.'), not after an initial", () => {
    const layer = analyzeText("Das schrieb er auf der Plattform X. Nato-Generalsekretär Mark Rutte widersprach. George W. Bush schwieg.");
    expect(layer.sentences.map((s) => s.text)).toEqual(["Das schrieb er auf der Plattform X.", "Nato-Generalsekretär Mark Rutte widersprach.", "George W. Bush schwieg."]);
  });
});

describe("periods inside words", () => {
  it("end no sentence in a name in capitals ('VOV.VN', 'Die Linke.PDS'), but do where a space is missing before a word ('kam.Das')", () => {
    expect(analyzeText("VOV.VN berichtete. Die Linke.PDS kam. Er kam.Das ist gut.").sentences.map((s) => s.text)).toEqual(["VOV.VN berichtete.", "Die Linke.PDS kam.", "Er kam.", "Das ist gut."]);
  });
});

describe("labels before a colon", () => {
  it("are a sentence of their own at a sentence's start ('STANDARD:', 'Jagland:'); not a closed-class word or adverb ('Aber:', 'Demnach:'), a clause, before a quotation, or in a headline", () => {
    const text = "Er kam. STANDARD: Was will Putin? Jagland: Ich erwarte mir viel. Aber: Das gilt nicht. Sie sagte: Das stimmt. Putin: „Wir siegen.“";
    expect(analyzeText(text).sentences.map((s) => s.text)).toEqual(["Er kam.", "STANDARD:", "Was will Putin?", "Jagland:", "Ich erwarte mir viel.", "Aber: Das gilt nicht.", "Sie sagte: Das stimmt.", "Putin: „Wir siegen.“"]);
    // Not in a headline (a paragraph with no end mark), whose label names its actor: "Selenskyj: Russland bereitet …".
    expect(analyzeText("Selenskyj: Russland bereitet neue Offensive vor\n\nEr warnte.").sentences.map((s) => s.text)).toEqual(["Selenskyj: Russland bereitet neue Offensive vor", "Er warnte."]);
    expect(analyzeText("Die EU beschloss Sanktionen. Demnach: Der Kanzler tritt zurück.").sentences.map((s) => s.text)).toEqual(["Die EU beschloss Sanktionen.", "Demnach: Der Kanzler tritt zurück."]);
  });
});

describe("datelines", () => {
  it("are a sentence of their own at a paragraph's start ('Moskau (Reuters)', 'Kiew, 17. Mai 2023 —', 'Moskau/Peking, 15. Juli 2024 (AFP) –')", () => {
    const text = "Moskau (Reuters) Der Präsident kam.\n\nKiew, Dienstag, 17. Mai 2023 — Der Gesandte sprach.\n\nMoskau/Peking, 15. Juli 2024 (AFP) – Russland und China üben.\n\nXi Jinping (r.) und Putin kamen.\n\nPeking, 21. Mai 2024 begann die Messe.";
    expect(analyzeText(text).sentences.map((s) => s.text)).toEqual([
      "Moskau (Reuters)",
      "Der Präsident kam.",
      "Kiew, Dienstag, 17. Mai 2023 —",
      "Der Gesandte sprach.",
      "Moskau/Peking, 15. Juli 2024 (AFP) –",
      "Russland und China üben.",
      "Xi Jinping (r.) und Putin kamen.",
      "Peking, 21. Mai 2024 begann die Messe.",
    ]);
    // A place and a dash alone only before a sentence of some length.
    const bare = "Moskau – Der russische Außenminister Sergej Lawrow hat dem Westen vorgeworfen, Russland und China eindämmen zu wollen.\n\nPutin – ein Porträt";
    expect(analyzeText(bare).sentences.map((s) => s.text)).toEqual([
      "Moskau –",
      "Der russische Außenminister Sergej Lawrow hat dem Westen vorgeworfen, Russland und China eindämmen zu wollen.",
      "Putin – ein Porträt",
    ]);
    // A place's name may hold a particle: "Rio de Janeiro", "Frankfurt am Main".
    const particles = "Rio de Janeiro/Georgetown, 07.12.2023 (Reuters) – Im Grenzstreit hat Lula beide Seiten zur Mäßigung aufgerufen.\n\nFrankfurt am Main (dpa) – Die Bundesbank sieht die Inflation sinken.";
    expect(analyzeText(particles).sentences.map((s) => s.text)).toEqual([
      "Rio de Janeiro/Georgetown, 07.12.2023 (Reuters) –",
      "Im Grenzstreit hat Lula beide Seiten zur Mäßigung aufgerufen.",
      "Frankfurt am Main (dpa) –",
      "Die Bundesbank sieht die Inflation sinken.",
    ]);
  });
});

describe("tokens", () => {
  it("have offsets that point at their text, in every seed", () => {
    for (const text of seeds) {
      const layer = analyzeText(text);
      expect(layer.tokens.length).toBeGreaterThan(200);
      for (const t of layer.tokens) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        for (const p of t.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
      }
      for (const s of layer.sentences) expect(sentenceTokens(layer, s).every((t) => t.sentence === s.index)).toBe(true);
    }
  });

  it("keep hyphenated compounds whole with visible parts", () => {
    const tokens = analyzeText(seed("001") + "\n" + seed("002") + "\n" + seed("000")).tokens;
    const find = (text: string) => tokens.find((t) => t.text === text);
    const sino = find("chinesisch-russischen")!;
    expect(sino.parts!.map((p) => [p.text, p.lemma])).toEqual([["chinesisch", "chinesisch"], ["russischen", "russisch"]]);
    expect(sino.lemma).toBe("chinesisch-russisch");
    expect(find("COVID-19-Pandemie")!.parts!.map((p) => p.text)).toEqual(["COVID", "19", "Pandemie"]);
    expect(find("US-Eindämmungspolitik")!.parts!.map((p) => p.text)).toEqual(["US", "Eindämmungspolitik"]);
    expect(find("Staats-")!.kind).toBe("word"); // "Staats- und Regierungschefs"
  });

  it("read URLs, numbers and times as single tokens", () => {
    const layer = analyzeText(seed("001"));
    expect(layer.tokens.some((t) => t.kind === "url" && t.text.startsWith("https://thanhnien.vn/") && t.text.endsWith(".htm"))).toBe(true);
    const times = analyzeText(seed("002")).tokens.filter((t) => t.kind === "number").map((t) => t.text);
    expect(times).toContain("09:42:32");
  });
});

describe("lemmas", () => {
  const lemmasOf = (text: string) => new Map(analyzeText(text).tokens.map((t) => [t.text, t.lemma]));
  it("reduce inflected forms in the seeds", () => {
    const l = lemmasOf(seed("001") + "\n" + seed("004") + "\n" + seed("000"));
    expect(l.get("Chinas")).toBe("China");
    expect(l.get("Russlands")).toBe("Russland");
    expect(l.get("Beziehungen")).toBe("Beziehung");
    expect(l.get("hätten")).toBe("haben");
    expect(l.get("größeren")).toBe("groß");
    expect(l.get("Staatspräsidenten")).toBe("Staatspräsident");
    expect(l.get("zusammenzuarbeiten")).toBe("zusammenarbeiten");
    expect(l.get("betonten")).toBe("betonen");
    expect(l.get("Sicherheitskonsultationsmechanismus")).toBe("Sicherheitskonsultationsmechanismus");
    expect(l.get("Vereinigten")).toBe("vereinigt");
  });

  it("read a feminine person noun the dictionary lacks as a noun when its masculine is listed ('Diplomatin', 'Politologin'); names stay names ('Putin'); linking adverbs opening a sentence are no names ('Hinzu')", () => {
    const tokens = new Map(analyzeText("Hinzu komme, sagte die Diplomatin, dass Putin und die Politologin Karin Chefdiplomatinnen seien.").tokens.map((t) => [t.text, t]));
    expect(tokens.get("Diplomatin")).toMatchObject({ lemma: "Diplomatin", wordClass: "noun" });
    expect(tokens.get("Politologin")).toMatchObject({ lemma: "Politologin", wordClass: "noun" });
    expect(tokens.get("Chefdiplomatinnen")).toMatchObject({ lemma: "Chefdiplomatin", wordClass: "noun" });
    expect(tokens.get("Putin")?.wordClass).not.toBe("noun");
    expect(tokens.get("Karin")?.wordClass).not.toBe("noun");
    expect(tokens.get("Hinzu")).toMatchObject({ lemma: "hinzu", wordClass: "function" });
  });

  it("read a compound joined by a linking -s- in the genitive as a noun, not a name ('des Angriffskriegs')", () => {
    const tokens = new Map(analyzeText("Rutte sprach vom Unterstützer des Angriffskriegs und des Handelskriegs, Putins Sprecher schwieg.").tokens.map((t) => [t.text, t]));
    expect(tokens.get("Angriffskriegs")).toMatchObject({ lemma: "Angriffskrieg", wordClass: "noun" });
    expect(tokens.get("Handelskriegs")).toMatchObject({ lemma: "Handelskrieg", wordClass: "noun" });
    expect(tokens.get("Putins")).toMatchObject({ lemma: "Putin", wordClass: "name" });
  });

  it("use capitalisation and the preceding article", () => {
    const lexicon = defaultLexicon();
    expect(lemmatize("Putins", lexicon).lemma).toBe("Putin");
    expect(lemmatize("Abkommen", lexicon).lemma).toBe("Abkommen");
    expect(lemmatize("Fragen", lexicon).lemma).toBe("Frage");
    expect(lemmatize("Die", lexicon, { sentenceInitial: true }).lemma).toBe("der");
    expect(lemmatize("Beide", lexicon, { sentenceInitial: true }).lemma).toBe("beide");
    expect(lemmatize("Kooperationsorganisation", lexicon).lemma).toBe("Kooperationsorganisation");
    expect(lemmatize("Glückwunschschreiben", lexicon).lemma).toBe("Glückwunschschreiben");
  });

  it("read a word after an article and an opening quotation mark as after the article ('die „klare“ Position', 'einer „veränderten Lage“')", () => {
    const tokens = analyzeText("Mao Ning lobte die „klare und gerechte Position“ Russlands. Stoiber begründete seinen Rückzug mit einer „veränderten Lage“.").tokens;
    expect(tokens.find((t) => t.text === "klare")).toMatchObject({ lemma: "klar", wordClass: "adj" });
    expect(tokens.find((t) => t.text === "veränderten")).toMatchObject({ lemma: "verändert", wordClass: "adj" });
  });

  it("give verbs in -ieren the dictionary lacks their infinitive, and separated forms joined to their verb", () => {
    const lexicon = defaultLexicon();
    expect(lemmatize("prognostiziert", lexicon)).toEqual({ lemma: "prognostizieren", wordClass: "verb" });
    expect(lemmatize("prognostizierten", lexicon)).toEqual({ lemma: "prognostizieren", wordClass: "verb" });
    expect(lemmatize("kontingentiert", lexicon)).toEqual({ lemma: "kontingentieren", wordClass: "verb" });
    // The dictionary lists "unterstützen" as "stützte … unter": the joined forms are the verb's too.
    expect(lemmatize("unterstützte", lexicon)).toEqual({ lemma: "unterstützen", wordClass: "verb" });
    expect(lemmatize("übernahm", lexicon)).toEqual({ lemma: "übernehmen", wordClass: "verb" });
    expect(lemmatize("ablehnte", lexicon)).toEqual({ lemma: "ablehnen", wordClass: "verb" });
    expect(lemmatize("unterstützten", lexicon, { previous: "die" }).wordClass).toBe("adj");
    expect(lemmatize("vier", lexicon).lemma).toBe("vier");
    // Infinitives the dictionary lists without their final -n get it back.
    expect(lemmatize("weiterentwickelt", lexicon).lemma).toBe("weiterentwickeln");
    expect(lemmatize("aufrechterhalten", lexicon).lemma).toBe("aufrechterhalten");
    expect(lemmatize("wiedervereinigt", lexicon).lemma).toBe("wiedervereinigen");
  });

  it("read an adjective before a noun as attributive where its verb is only made from it ('sehr enge Beziehungen', not 'engen'), a verb of its own stays one", () => {
    const lexicon = defaultLexicon();
    expect(lemmatize("enge", lexicon, { previous: "sehr", next: "Beziehungen" })).toEqual({ lemma: "eng", wordClass: "adj" });
    expect(lemmatize("sichere", lexicon, { previous: "sehr", next: "Häfen" })).toEqual({ lemma: "sicher", wordClass: "adj" });
    expect(lemmatize("enge", lexicon, { previous: "sehr", next: "die" }).wordClass).toBe("verb");
    expect(lemmatize("gratulierte", lexicon, { previous: "Tusk", next: "Frankreich" })).toEqual({ lemma: "gratulieren", wordClass: "verb" });
  });

  it("read adjectives in -isch the dictionary lacks as adjectives, not as compounds ending in a verb ('tibe|tische')", () => {
    const lexicon = defaultLexicon();
    expect(lemmatize("tibetische", lexicon)).toEqual({ lemma: "tibetisch", wordClass: "adj" });
    expect(lemmatize("uigurischen", lexicon)).toEqual({ lemma: "uigurisch", wordClass: "adj" });
    expect(lemmatize("ostturkestanischer", lexicon)).toEqual({ lemma: "ostturkestanisch", wordClass: "adj" });
    // Verbs in -ischen are listed and stay verbs; "dazwischen" is no adjective.
    expect(lemmatize("einmischen", lexicon).wordClass).toBe("verb");
    expect(lemmatize("erwischen", lexicon).wordClass).toBe("verb");
    expect(lemmatize("dazwischen", lexicon).wordClass).not.toBe("adj");
  });
});

describe("analyzeDocuments", () => {
  it("gives every document its layer and ends with a progress line", async () => {
    const lines: string[] = [];
    const docs = await analyzeDocuments(seeds.map((text, i) => ({ id: String(i), text })), { onProgress: (l) => lines.push(l) });
    expect(docs.map((d) => d.sentences.length)).toEqual(seeds.map((t) => analyzeText(t).sentences.length));
    expect(lines[lines.length - 1]).toMatch(/^Textanalyse: 5 von 5 Artikeln · \d+ s$/);
  });
});

describe("stopwords", () => {
  it("flag function words, not content words", () => {
    const tokens = analyzeText(seed("000")).tokens;
    const flag = (w: string) => tokens.find((t) => t.text === w)!.stop;
    expect(flag("und")).toBe(true);
    expect(flag("der")).toBe(true);
    expect(flag("China")).toBe(false);
    expect(flag("Zusammenarbeit")).toBe(false);
  });

  it("extend and shrink the list from a data file", () => {
    const dir = mkdtempSync(join(tmpdir(), "lagebild-stop-"));
    writeFileSync(join(dir, "stopwords.txt"), "# test\nstrategisch\n-und\n");
    const words = loadStopwords(join(dir, "stopwords.txt"));
    expect(words.has("strategisch")).toBe(true);
    expect(words.has("und")).toBe(false);
    expect(words.has("der")).toBe(true);
  });
});

describe.skipIf(!existsSync(UD_DIR))("UD German evaluation", () => {
  it("meets the accuracy bar", () => {
    const scores = evaluateUd();
    expect(scores.sentence_f1_news).toBeGreaterThanOrEqual(0.97);
    expect(scores.token_f1).toBeGreaterThanOrEqual(0.99);
    expect(scores.lemma_acc_content).toBeGreaterThanOrEqual(0.92);
  });
});
