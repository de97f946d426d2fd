import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus } from "../src/analysis/corpus.js";
import { analyzeDocument } from "../src/analysis/text.js";
import { projectRoot, sharedPath } from "../src/analysis/project.js";
import {
  compileRegistry,
  defaultRegistry,
  matchActors,
  mentionRows,
  personGender,
  personSpans,
  roleHolder,
  unknownNames,
  VIA_KINDS,
  type ActorDocument,
  type Mention,
} from "../src/analysis/actors.js";

const gold = JSON.parse(readFileSync(sharedPath("gold", "seed-entities.json"), "utf8")) as Record<string, { must: string[]; may: string[] }>;

let seeds: ActorDocument[];
beforeAll(async () => {
  const { documents } = await loadCorpus([join(projectRoot(), "seeds")]);
  seeds = documents.map((d) => analyzeDocument(d));
});

/** A small article, analysed. */
const article = (text: string, date: string | null = "2024-06-01", id = "test"): ActorDocument => analyzeDocument({ id, date, text });
const actorsIn = (ms: Mention[]) => new Set(ms.map((m) => m.actor));
const find = (ms: Mention[], actor: string) => ms.filter((m) => m.actor === actor);

describe("the registry", () => {
  it("holds every gold actor under its canonical name", () => {
    const registry = defaultRegistry();
    for (const [id, g] of Object.entries(gold)) {
      if (id.startsWith("_")) continue;
      for (const name of [...g.must, ...g.may]) expect(registry.byName.has(name), name).toBe(true);
    }
  });

  it("resolves role holders by date, from inclusive and to exclusive", () => {
    const registry = defaultRegistry();
    const foreignMinister = registry.roles.find((r) => r.of === "China" && r.title.includes("Außenminister"))!;
    expect(roleHolder(foreignMinister, "2022-12-29")).toBe("Wang Yi");
    expect(roleHolder(foreignMinister, "2022-12-30")).toBe("Qin Gang");
    expect(roleHolder(foreignMinister, "2023-07-24")).toBe("Qin Gang");
    expect(roleHolder(foreignMinister, "2023-07-25")).toBe("Wang Yi");
  });

  it("knows a person's gender from the registry or the given name; a name given to women and men tells none", () => {
    expect(personGender("Maria Sacharowa")).toBe("female");
    expect(personGender("Mao Ning")).toBe("female"); // the registry says so; the given name does not
    expect(personGender("Wang Yi")).toBe("male");
    expect(personGender("Anna Berger")).toBe("female");
    expect(personGender("Anne-Sophie Mutter")).toBe("female");
    expect(personGender("Thomas Roth")).toBe("male");
    expect(personGender("Andrea Nahles")).toBe(null);
    expect(personGender("Ngozi Okonkwo")).toBe(null);
  });

  it("names the NATO by its descriptions ('dem westlichen Bündnis', 'des transatlantischen Bündnisses'), not by a bare 'Bündnis' of no body named before", () => {
    const found = (text: string) => matchActors(article(text)).map((m) => [m.actor, m.surface]);
    expect(found("Moskau warf dem westlichen Bündnis vor, die Arktis zu militarisieren.")).toEqual([["Russland", "Moskau"], ["NATO", "westlichen Bündnis"]]);
    expect(found("Die Zukunft des transatlantischen Bündnisses ist offen.")).toEqual([["NATO", "transatlantischen Bündnisses"]]);
    expect(found("Das Bündnis der Oppositionsparteien zerbrach.")).toEqual([]);
  });

  it("reports every invalid entry at once", () => {
    expect(() =>
      compileRegistry({
        actors: [{ name: "A", type: "planet" as never }, { name: "B", type: "person", country: "Nowhere" }, { name: "E", type: "person", gender: "f" as never }, { name: "F", type: "organisation", members: ["B"] }],
        roles: [{ title: "Chef", of: "C", holders: [{ actor: "D", from: "01.01.2020" }] }],
      }),
    ).toThrow(/A: type must be one of[\s\S]*E: gender must be one of female, male[\s\S]*B: country "Nowhere"[\s\S]*F: member "B" is no country[\s\S]*"C" is not in the registry[\s\S]*holder "D"[\s\S]*01\.01\.2020/);
  });
});

describe("actor mentions in the seeds", () => {
  it("find every must actor of the gold and nothing outside must ∪ may", () => {
    for (const doc of seeds) {
      const g = gold[doc.id];
      const found = actorsIn(matchActors(doc));
      for (const name of g.must) expect(found.has(name), `${doc.id}: ${name} missing`).toBe(true);
      const allowed = new Set([...g.must, ...g.may]);
      expect([...found].filter((a) => !allowed.has(a)), doc.id).toEqual([]);
    }
  });

  it("keep offsets into the clean text and record how each mention matched", () => {
    for (const doc of seeds) {
      for (const m of matchActors(doc)) {
        expect(doc.text.slice(m.start, m.end)).toBe(m.surface);
        expect(VIA_KINDS).toContain(m.via);
        expect(doc.sentences[m.sentence].start).toBeLessThanOrEqual(m.start);
        expect(doc.sentences[m.sentence].end).toBeGreaterThanOrEqual(m.end);
        expect(doc.sentences[m.sentence].paragraph).toBe(m.paragraph);
      }
    }
  });

  it("make a role phrase with a name one mention of the person, and resolve a bare role by date", () => {
    const doc = seeds.find((d) => d.id.startsWith("000"))!;
    const wang = find(matchActors(doc), "Wang Yi");
    const withTitle = wang.find((m) => m.surface === "Wang Yi" && m.title === "chinesische Außenminister");
    expect(withTitle).toBeDefined();
    // "…, so der chinesische Außenminister." names nobody: the article's date (2024-01-11) does.
    expect(wang.some((m) => m.via === "role" && m.surface === "chinesische Außenminister")).toBe(true);
    // "so Wang weiter" after the full name.
    expect(wang.some((m) => m.via === "short" && m.surface === "Wang")).toBe(true);
    // "Sergei Lawrow" is a spelling variant of Sergej Lawrow.
    expect(find(matchActors(doc), "Sergej Lawrow").map((m) => [m.surface, m.via])).toEqual([["Sergei Lawrow", "alias"], ["Lawrow", "short"]]);
  });

  it("read inflection, compounds, abbreviations, metonyms and long forms", () => {
    const byDoc = Object.fromEntries(seeds.map((d) => [d.id.slice(0, 3), matchActors(d)]));
    const surfaces = (id: string, actor: string) => find(byDoc[id], actor).map((m) => `${m.surface}/${m.via}`);
    expect(surfaces("001", "Russland")).toContain("Russlands/name");
    expect(surfaces("001", "USA")).toEqual(expect.arrayContaining(["US/abbreviation", "Vereinigten Staaten/alias"]));
    expect(surfaces("001", "China")).toContain("Peking/metonym");
    expect(surfaces("003", "SOZ")).toEqual(["Shanghaier Kooperationsorganisation/alias"]);
    expect(surfaces("004", "NATO")).toEqual(["NATO/name"]);
    expect(surfaces("004", "BRICS")).toEqual(["BRICS/name"]);
    expect(surfaces("004", "Marco Rubio")).toEqual(["Marco Rubio/name"]);
    expect(find(byDoc["004"], "Marco Rubio")[0].title).toBe("US-Außenminister");
    expect(surfaces("004", "Chinesisches Außenministerium")).toEqual(["chinesische Außenministerium/name"]);
    expect(surfaces("004", "Russischer Sicherheitsrat")).toEqual(["russische Sicherheitsrat/name"]);
  });

  it("take 'Sekretär des russischen Sicherheitsrates, Sergej Schoigu' as one person; the council is part of the title", () => {
    const doc = seeds.find((d) => d.id.startsWith("001"))!;
    const ms = matchActors(doc).filter((m) => m.sentence === 1);
    expect(ms.map((m) => `${m.actor}/${m.surface}`)).toEqual(["Russland/russischen", "Sergej Schoigu/Sergej Schoigu", "China/Peking", "China/chinesischen", "Wang Yi/Wang Yi"]);
    expect(ms[1].title).toBe("Sekretär des russischen Sicherheitsrates");
    expect(ms[0].attribute).toBe(true);
    // "der ehemalige russische Verteidigungsminister Schoigu" (2024-11-12): the name decides, not the date (Beloussow).
    expect(actorsIn(matchActors(doc)).has("Andrej Beloussow")).toBe(false);
  });

  it("count a demonym that qualifies a person's title as the country, unless told not to", () => {
    const doc = article("Der russische Präsident Wladimir Putin traf am Montag in Moskau ein.");
    expect(matchActors(doc).map((m) => `${m.actor}/${m.via}${m.attribute ? "/attribute" : ""}`)).toEqual(["Russland/demonym/attribute", "Wladimir Putin/name", "Russland/metonym"]);
    expect(matchActors(doc, defaultRegistry(), { countryAttributes: false, metonyms: false }).map((m) => m.actor)).toEqual(["Wladimir Putin"]);
  });
});

describe("role nouns by the article's date", () => {
  const text =
    "Der chinesische Außenminister hat am Dienstag in Peking die Lage in der Ukraine mit seinem russischen Amtskollegen erörtert. " +
    "Beide Seiten wollten die Zusammenarbeit vertiefen, sagte der chinesische Außenminister nach dem Treffen.";

  it("name Qin Gang in March 2023 and Wang Yi in January 2024", () => {
    const march2023 = matchActors(article(text, "2023-03-01", "a"));
    const january2024 = matchActors(article(text, "2024-01-10", "b"));
    expect(find(march2023, "Qin Gang").map((m) => m.via)).toEqual(["role", "role"]);
    expect(actorsIn(march2023).has("Wang Yi")).toBe(false);
    expect(find(january2024, "Wang Yi").map((m) => m.via)).toEqual(["role", "role"]);
    expect(actorsIn(january2024).has("Qin Gang")).toBe(false);
    // The role phrase's offsets point at the words that name the office.
    const first = find(march2023, "Qin Gang")[0];
    expect(first.surface).toBe("chinesische Außenminister");
  });

  it("resolve the Security Council's secretary and the defence minister across May 2024", () => {
    const secretary = "Der Sekretär des russischen Sicherheitsrates reiste nach Peking. Der russische Verteidigungsminister blieb in Moskau.";
    const before = actorsIn(matchActors(article(secretary, "2023-09-18")));
    const after = actorsIn(matchActors(article(secretary, "2024-09-18")));
    expect(before.has("Nikolai Patruschew") && before.has("Sergej Schoigu")).toBe(true);
    expect(after.has("Sergej Schoigu") && after.has("Andrej Beloussow")).toBe(true);
    expect(after.has("Nikolai Patruschew") || after.has("Russischer Sicherheitsrat")).toBe(false);
  });

  it("read 'die Volksrepublik' alone as the people's republic named before: North Korea after Pjöngjang, China after Peking; none before, China", () => {
    const ofRepublic = (text: string) => matchActors(article(text, "2024-06-21")).filter((m) => m.surface === "Volksrepublik").map((m) => m.actor);
    expect(ofRepublic("Putin reiste nach Pjöngjang. Russland schließe eine Zusammenarbeit mit der Volksrepublik nicht aus.")).toEqual(["Nordkorea"]);
    expect(ofRepublic("Putin reiste nach Peking. Russland schätze die Zusammenarbeit mit der Volksrepublik.")).toEqual(["China"]);
    expect(ofRepublic("Russland schätze die Zusammenarbeit mit der Volksrepublik.")).toEqual(["China"]);
  });

  it("read a bare title ('den Kanzler') as the person last written with a title of that office, not across a name the registry does not know", () => {
    const text =
      "Bundeskanzler Olaf Scholz reiste nach Kiew. Moskau kritisierte den Kanzler scharf. " +
      "Der chinesische Außenminister Wang Yi und Sergej Lawrow trafen sich. Die Außenminister wollen sich wieder treffen.";
    const ms = matchActors(article(text, "2024-06-01"));
    const kanzler = ms.find((m) => m.surface === "Kanzler");
    expect([kanzler?.actor, kanzler?.via, kanzler?.anaphoric]).toEqual(["Olaf Scholz", "role", true]);
    // (A plural names no one.)
    expect(ms.filter((m) => m.surface === "Außenminister")).toEqual([]);
    // Someone the registry does not know written with the office since: "der Premier" is not Modi.
    const premiers = matchActors(article("Premierminister Narendra Modi drohte. Pakistans Premierminister Shebaz Khanwar wies das zurück. Der Premier sprach von Lügen.", "2025-05-13"));
    expect(premiers.filter((m) => m.actor === "Narendra Modi").map((m) => m.surface)).toEqual(["Narendra Modi"]);
    // Nor a title with a genitive after it: "der Sprecher des US-Außenministeriums" is no Peskow.
    const spokesmen = matchActors(article("Kremlsprecher Dmitri Peskow widersprach. Der Sprecher des US-Außenministeriums schwieg.", "2025-05-13"));
    expect(spokesmen.filter((m) => m.actor === "Dmitri Peskow")).toHaveLength(1);
  });

  it("resolve the foreign ministers and heads of Armenia and Azerbaijan by date", () => {
    const text = "Der aserbaidschanische Außenminister und der armenische Außenminister trafen sich. Der armenische Regierungschef lobte die Gespräche.";
    expect(actorsIn(matchActors(article(text, "2024-05-11")))).toEqual(new Set(["Aserbaidschan", "Armenien", "Jeyhun Bayramov", "Ararat Mirsojan", "Nikol Paschinjan"]));
  });

  it("leave former office holders, unknown names and undated articles unresolved", () => {
    expect(actorsIn(matchActors(article("Der ehemalige chinesische Außenminister äußerte sich nicht.", "2024-03-01"))).has("Wang Yi")).toBe(false);
    // "frühere" (the dictionary's lemma "früh") before a compound's prefix or a genitive after the title too.
    expect(actorsIn(matchActors(article("Das sagte der frühere US-Präsident.", "2024-01-11"))).has("Joe Biden")).toBe(false);
    expect(actorsIn(matchActors(article("Das sagte der frühere Ratspräsident der EU.", "2024-01-11"))).has("Charles Michel")).toBe(false);
    expect(actorsIn(matchActors(article("Das sagte der US-Präsident in seiner früheren Rede.", "2024-01-11"))).has("Joe Biden")).toBe(true);
    expect(actorsIn(matchActors(article("Der chinesische Außenminister Li Zhaoxing sprach in Berlin.", "2024-03-01"))).has("Wang Yi")).toBe(false);
    expect(actorsIn(matchActors(article("Der chinesische Außenminister sprach in Berlin.", null))).has("Wang Yi")).toBe(false);
    expect(actorsIn(matchActors(article("US-Präsident Biden und der russische Präsident sprachen.", "2022-05-01")))).toEqual(new Set(["USA", "Joe Biden", "Russland", "Wladimir Putin"]));
  });
});

describe("names, short forms and compounds", () => {
  it("do not take Xinhua for Xi Jinping; 'Xi' matches only as a whole token", () => {
    const ms = matchActors(article("Wie die Nachrichtenagentur Xinhua meldete, wird die Xinhua-Meldung in Xian diskutiert."));
    expect(actorsIn(ms)).toEqual(new Set(["Xinhua"]));
    expect(find(ms, "Xinhua").map((m) => m.surface)).toEqual(["Nachrichtenagentur Xinhua", "Xinhua"]);
    expect(actorsIn(matchActors(article("Xi sagte, China sei bereit.")))).toEqual(new Set(["Xi Jinping", "China"]));
  });

  it("split 'chinesisch-russischen' into China and Russland with offsets inside the token", () => {
    const doc = article("Der Beginn des chinesisch-russischen Kulturjahrs wurde gefeiert.");
    const token = doc.tokens.find((t) => t.text === "chinesisch-russischen")!;
    const ms = matchActors(doc);
    expect(ms.map((m) => [m.actor, m.surface, m.via])).toEqual([["China", "chinesisch", "demonym"], ["Russland", "russischen", "demonym"]]);
    for (const m of ms) {
      expect(m.start).toBeGreaterThanOrEqual(token.start);
      expect(m.end).toBeLessThanOrEqual(token.end);
      expect(doc.text.slice(m.start, m.end)).toBe(m.surface);
    }
    expect(ms[0].start).toBe(token.start);
    expect(ms[1].end).toBe(token.end);
  });

  it("match through inflection and inside compounds", () => {
    const doc = article("Putins Sprecher kritisierte Chinas Haltung und die Ausweitung des NATO-Einflusses; beim BRICS-Gipfel sprachen Vertreter der Vereinigten Staaten nicht. Ein Xi-Putin-Treffen ist geplant.");
    const ms = matchActors(doc);
    expect(ms.map((m) => `${m.actor}/${m.surface}`)).toEqual([
      "Wladimir Putin/Putins",
      "China/Chinas",
      "NATO/NATO",
      "BRICS/BRICS",
      "USA/Vereinigten Staaten",
      "Xi Jinping/Xi",
      "Wladimir Putin/Putin",
    ]);
  });

  it("resolve a body's head noun to the body named in full earlier ('die Kommission' after 'die EU-Kommission'), never alone or in a compound", () => {
    const named = matchActors(article("Die EU-Kommission legte einen Entwurf vor. Die Bundesregierung lehnte den Vorschlag der Kommission ab."));
    expect(named.filter((m) => m.actor === "EU-Kommission").map((m) => m.surface)).toEqual(["EU-Kommission", "Kommission"]);
    const alone = matchActors(article("Die Wahlkommission erklärte die Wahl für gültig. Die Kommission prüft nun Beschwerden."));
    expect(alone.filter((m) => m.actor === "EU-Kommission")).toEqual([]);
    const nearer = matchActors(article("Die EU-Kommission legte einen Plan vor. Die Wahlkommission in Georgien prüfte ihn. Die Kommission erklärte, man prüfe das."));
    expect(nearer.filter((m) => m.actor === "EU-Kommission").map((m) => m.surface)).toEqual(["EU-Kommission"]);
  });

  it("resolve a surname and 'Herr X' to the person named in full earlier, but not a different full name", () => {
    const doc = article("Außenminister Wang Yi traf Herrn Lawrow. Herr Wang sagte, man sei sich einig. Sprecher Wang Wenbin bestätigte das Treffen. Wang Xiaoming, ein Student, war auch da.");
    const ms = matchActors(doc);
    expect(ms.map((m) => `${m.actor}/${m.surface}/${m.via}`)).toEqual([
      "Wang Yi/Wang Yi/name",
      "Sergej Lawrow/Lawrow/short",
      "Wang Yi/Wang/short",
      "Wang Wenbin/Wang Wenbin/name",
    ]);
    expect(ms[2].title).toBe("Herr");
    // Without a full name before it, an ambiguous surname stays open.
    expect(actorsIn(matchActors(article("Wang sagte, die Lage sei ernst.")))).toEqual(new Set());
    // A known name next to a short form is no unknown neighbour.
    expect(matchActors(article("Am Montag lobte Putin Chinas Haltung.")).map((m) => m.actor)).toEqual(["Wladimir Putin", "China"]);
  });

  it("take no capitalised demonym that opens a place name for a side ('im Japanischen Meer', 'Im Indischen Ozean'; geographicNouns in actors.yaml), but a lower-case one", () => {
    const doc = article("Die chinesische und die russische Marine üben im Japanischen Meer. Im Indischen Ozean kreuzen Schiffe. Der japanische Minister reiste ab.");
    expect(matchActors(doc).map((m) => m.actor)).toEqual(["China", "Russland", "Japan"]);
  });

  it("take a side in a compound before a currency for the money ('240 Milliarden US-Dollar', 'Taiwan-Dollar'; currencies in actors.yaml), not other compounds ('US-Präsident')", () => {
    const doc = article("Der Handel zwischen Russland und China erreichte 240 Milliarden US-Dollar. Der Taiwan-Dollar stieg. US-Präsident Joe Biden reiste ab.");
    expect(matchActors(doc).map((m) => m.actor)).toEqual(["Russland", "China", "USA", "Joe Biden"]);
  });

  it("know every state and the armed groups of international news ('die Regierung in Kinshasa', 'Ruanda', 'dänisch', 'Huthi-Rebellen'), and a coalition named after a flag's colours names no country ('Jamaika-Koalition'; nicknameHeads in actors.yaml)", () => {
    const doc = article("Die Regierung in Kinshasa warf Ruanda vor, die M23 zu steuern. Die dänische Regierung kritisierte die Huthi-Rebellen. Die Jamaika-Koalition in Kiel und die Kenia-Koalition in Potsdam streiten.");
    expect(matchActors(doc).map((m) => m.actor)).toEqual(["Kongo", "Ruanda", "M23", "Dänemark", "Huthi"]);
    // An ending is written in lower case: "ISS" (the space station) is no genitive of "IS", "NATOs" is one of "NATO".
    expect(matchActors(article("Die ISS kreist. Die Kämpfer des IS bedrohen den NATOs Einfluss.")).map((m) => m.actor)).toEqual(["Islamischer Staat", "NATO"]);
  });

  it("read a capital's adjective as its side before a noun of government or policy ('die Moskauer Führung', 'die Brüsseler Zölle'; seatHeads in actors.yaml), as a place elsewhere ('die Moskauer Metro', 'die Wiener Linien', 'ein Berliner')", () => {
    const doc = article("Die Pekinger Führung kritisierte die Brüsseler Zölle. Die Moskauer Metro fuhr weiter. Die Kiewer Regierung protestierte. Die Wiener Linien und die Wiener Stadtregierung schwiegen, ein Berliner lachte.");
    expect(matchActors(doc).map((m) => [m.actor, m.via])).toEqual([
      ["China", "metonym"],
      ["EU", "metonym"],
      ["Ukraine", "metonym"],
    ]);
    expect(matchActors(doc, defaultRegistry(), { metonyms: false })).toEqual([]);
  });

  it("switch metonyms off", () => {
    const doc = article("Peking und Moskau wiesen die Kritik aus Washington zurück.");
    expect(matchActors(doc).map((m) => m.actor)).toEqual(["China", "Russland", "USA"]);
    expect(matchActors(doc, defaultRegistry(), { metonyms: false })).toEqual([]);
  });

  it("give mentions.jsonl rows", () => {
    const rows = mentionRows(seeds.slice(0, 1));
    expect(Object.keys(rows[0])).toEqual(["doc", "actor", "type", "surface", "via", "start", "end", "sentence"]);
    expect(rows[0]).toMatchObject({ doc: "000_2609a3f4d5f1518f", actor: "Wang Yi", type: "person", surface: "Wang Yi", via: "name", sentence: 0 });
  });

  it("let users extend the registry in code or in their own file", () => {
    const registry = compileRegistry({
      actors: [
        { name: "China", type: "country", demonyms: ["chinesisch"], capitals: ["Peking"] },
        { name: "Li Hui", type: "person", country: "China", surname: "Li" },
      ],
      roles: [{ title: ["Sonderbeauftragter", "Sondergesandter"], of: "China", holders: [{ actor: "Li Hui", from: "2019-01-01" }] }],
    });
    const ms = matchActors(article("Chinas Sondergesandter reiste nach Kiew. Li Hui traf dort Vertreter der Regierung. Li sagte danach, man bleibe im Gespräch."), registry);
    expect(ms.map((m) => `${m.actor}/${m.via}`)).toEqual(["China/name", "Li Hui/role", "Li Hui/name", "Li Hui/short"]);
  });
  it("name the West as a side, not a direction or a region: the registry's compass points ('im Westen des Landes', 'der Westen und Norden', 'in den Westen', 'nach Westen')", () => {
    const west = (text: string) => matchActors(article(text), defaultRegistry()).filter((m) => m.actor === "Westen").map((m) => m.surface);
    expect(west("Im Westen des Landes ist es ruhig. Der Westen und Norden sind betroffen. Viele wollten in den Westen gelangen. Der Zug fährt nach Westen. Im Westen Deutschlands regnet es.")).toEqual([]);
    expect(west("Der Westen hat Sanktionen verhängt. Moskau kritisierte den Westen und die Sanktionen des Westens.")).toEqual(["Westen", "Westen", "Westens"]);
    // (Nor a plural or a name: vests, "im Wilden Westen", "die Gelben Westen"; nor a region joined to another with its article.)
    expect(west("Der Film spielt im Wilden Westen. Die Polizisten trugen schusssichere Westen. Die Gelben Westen protestierten. Berlin liefert Helme und Westen. Der Westen und der Süden der Ukraine wurden angegriffen.")).toEqual([]);
    expect(west("Lawrow sagte, der kollektive Westen führe Krieg.")).toEqual(["kollektive Westen"]);
  });
});

describe("names the registry does not know", () => {
  it("are listed with a type guess, counts and an example", () => {
    const docs = [
      article("Konzernsprecherin Petra Hohlfeld sagte am Montag, die Gespräche mit der Voith AG gingen weiter. Hohlfeld erwartet eine Einigung.", "2024-05-01", "a"),
      article("In Marktredwitz bestätigte Herr Kowalczyk die Zahlen. Die Firma Tenbrink schwieg.", "2024-05-02", "b"),
    ];
    const rows = unknownNames(docs).objects() as Array<{ name: string; type: string; count: number; docs: number; example: string }>;
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName["Petra Hohlfeld"]).toMatchObject({ type: "person", count: 1, docs: 1 });
    expect(byName["Petra Hohlfeld"].example).toMatch(/^Konzernsprecherin Petra Hohlfeld sagte/);
    expect(byName["Hohlfeld"]).toMatchObject({ type: "person", count: 1 });
    expect(byName["Kowalczyk"].type).toBe("person");
    expect(byName["Voith AG"].type).toBe("organisation");
    expect(byName["Marktredwitz"].type).toBe("location");
    expect(byName["Tenbrink"].type).toBe("organisation");
    // Registry actors are never "unknown".
    expect(rows.some((r) => /Putin|China/.test(r.name))).toBe(false);
  });

  it("count as persons for the NER scorer together with registry persons (name spans only)", () => {
    const doc = article("Der russische Präsident Wladimir Putin empfing den Unternehmer Oleg Deripaska. Deripaska sagte danach wenig.");
    const spans = personSpans([doc]).map((p) => `${doc.text.slice(p.start, p.end)}/${p.source}`);
    expect(spans).toEqual(["Wladimir Putin/registry", "Oleg Deripaska/discovered", "Deripaska/discovered"]);
  });
});

  it("are persons after a title even when the lemmatizer guessed a noun, with an article before a given name, and with hyphenated given names", () => {
    const doc = article(
      "Das sei ein Fehler, sagte der Politikwissenschaftler Pelinka. Auf dem Plakat grinst der muskelbepackte Arnold Schwarzenegger. " +
        "Hans-Jochen Vogel war damals Parteichef. Die Deutsche Bank schwieg.",
    );
    const spans = personSpans([doc]).map((p) => doc.text.slice(p.start, p.end));
    expect(spans).toEqual(["Pelinka", "Arnold Schwarzenegger", "Hans-Jochen Vogel"]);
  });

  it("are persons after a verb of saying the dictionary lacks or a closing 'so' ('prognostiziert Steiner', '…“, so Blecha abschließend')", () => {
    const doc = article("Für die kommenden Jahre prognostiziert Steiner gute Geschäfte. „Das wird sich entwickeln“, so Blecha abschließend. Die Firma Tenbrink schwieg.");
    expect(personSpans([doc]).map((p) => doc.text.slice(p.start, p.end))).toEqual(["Steiner", "Blecha"]);
  });
