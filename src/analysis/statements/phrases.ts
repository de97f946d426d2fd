// Speaker phrases: the token range that names who speaks ("der chinesische
// Außenminister Wang Yi", "er", "laut Polizei"), found around a reporting verb or
// source word, and the tests for names and head nouns inside such a range.
import { defaultLexicon } from "../lemmas.js";
import type { Sentence, Token } from "../text.js";
import { DETERMINERS, PRONOUNS, PERSONAL_PRONOUNS, PREPOSITIONS, SUBORDINATORS, COORDINATORS, FRAME_ADVERBS, AUX_FORMS, PRONOMINAL_ADVERB, NON_NOMINATIVE, GENITIVE_DETERMINERS, REFLEXIVES, TIME_NOUNS, NOMINATIVE_PRONOUNS, RELATIVES, THIRD_PERSON_POSSESSIVE, isTimeWord, isTimePoint, isCapitalized, isComma, hasLowerCase, firstTokenFrom, PERSON_NOUN } from "./words.js";
import { inQuote, type DocContext } from "./context.js";
import { isRoleNoun, PARTICLE_SET, type ReportingVerb, type ReportingLexicon } from "./lexicon.js";
import type { ActorMention } from "./types.js";
import { attributeEnd, clauseEnd, firstVerbIndex, isVerbLike, isInfinitiveAfterModal, frontedInfinitiveObject, type VerbHit } from "./clauses.js";

// Postpositions that can close a Vorfeld ("Den Bericht betreffend", "Den Kritikern gegenüber"); "zufolge" names a source (frames).
const POSTPOSITIONS = new Set(["betreffend", "entsprechend", "gegenüber", "zuliebe", "halber", "zuwider"]);

/** The speaker phrase of a reporting verb: the Vorfeld subject, else the phrase after the verb. */
export function speakerForVerb(ctx: DocContext, from: number, k: number, to: number, hit: VerbHit): [number, number] | null {
  const { tokens } = ctx.layer;
  // (A main clause after a colon or semicolon is a sentence of its own here: "Aus Moskau kam Kritik: Der Kreml warnte, …".)
  const sentence = ctx.layer.sentences[tokens[k].sentence];
  const s = from > sentence.tokenStart && (tokens[from - 1]?.text === ":" || tokens[from - 1]?.text === ";") ? { ...sentence, tokenStart: from, start: tokens[from].start } : sentence;
  let start = from <= s.tokenStart ? afterDateline(ctx, s) : from;
  // (Past a zu-infinitive in the Vorfeld, a fronted object's: "Das Angebot, eine Rolle zu spielen, begrüßte sie".)
  const vorfeldEnd = isComma(tokens[k - 1]) && frontedInfinitiveObject(ctx, start, k - 1) ? k : Math.min(firstVerbIndex(ctx, s), k);
  // (A colon inside the Vorfeld opens the clause: "Ganz anders Argentinien: Der Präsident Javier Milei hatte … mitgeteilt";
  // not direct speech after it, "Stumpf weiter: Ich bin überzeugt, …".)
  for (let j = vorfeldEnd - 2; j > start; j--) {
    if (tokens[j].text === ":" && !inQuote(ctx, j) && tokens[j + 1].kind === "word" && tokens[j - 1].kind === "word" && !/^(?:ich|wir|du|ihr|man|es)$/.test(tokens[j + 1].norm) && !tokens.slice(start, j).some((t) => SUBORDINATORS.has(t.norm)) && isNominalStart(tokens[j + 1], tokens[j + 2])) {
      start = j + 1;
      break;
    }
  }
  // "Auch viele europäische Außenminister erklärten …": focus particles before the subject.
  while (start < vorfeldEnd - 1 && FRAME_ADVERBS.has(tokens[start].norm) && isNominalStart(tokens[start + 1], tokens[start + 2])) start++;
  // "Aus dem Bericht der UN geht hervor, dass …", "Das geht aus einem Papier des Ministeriums hervor": the text after "aus" speaks.
  if (hit.verb.lemma === "hervorgehen") return textAfterAus(ctx, start, k);
  if (hit.verb.lemma === "heißen") {
    // "In einem Positionspapier des Ministeriums heißt es, …" / "…, hieß es aus Regierungskreisen."
    // Not a topic: "Zum Krieg in der Ukraine heißt es lediglich, …" is the words of whoever spoke before.
    const topic = TOPIC_PREPOSITIONS.has(tokens[start]?.norm ?? "") || (tokens[start]?.norm === "mit" && tokens[start + 1]?.norm === "blick");
    if (TEXT_ADVERBS.test(tokens[start]?.norm ?? "") && vorfeldEnd === start + 1) return textBefore(ctx, tokens[start].sentence);
    const pp = PREPOSITIONS.has(tokens[start]?.norm ?? "") && !topic && vorfeldEnd > start + 1 ? nounPhraseAfter(ctx, start + 1, vorfeldEnd, true) : null;
    const after = sourceAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
    // (A place before it is where a source after it sits: "In Berlin hieß es aus dem Verteidigungsministerium, …".)
    return pp !== null && after !== null && /^(?:in|im)$/.test(tokens[start].norm) ? after : (pp ?? after);
  }
  // "Aus der ukrainischen Delegation verlautete, …": the source without its "aus".
  if (hit.verb.lemma === "verlauten" && tokens[start]?.norm === "aus" && start + 1 < vorfeldEnd) return nounPhraseAfter(ctx, start + 1, vorfeldEnd, true);
  // A participle that opens a passive: "Begrüßt wurde die Entscheidung dagegen vom CDU-Politiker Roderich Kiesewetter".
  if (hit.form === "participle" && k === start && /^(?:wurde|wurden|wird|werden)$/.test(tokens[k + 1]?.norm ?? "")) {
    const end = clauseEnd(ctx, k + 1);
    // (Of several, the last not of a noun before it: "Bestätigt wurde der Tod von Nawalny von der Gefängnisverwaltung"; one
    // alone is the agent, "Zurückgewiesen wurden die Vorwürfe vom Kreml".)
    const vons: number[] = [];
    for (let j = agentAt(ctx, k + 2, end); j !== null; j = agentAt(ctx, j + 1, end)) vons.push(j);
    const agent = vons.length <= 1 ? (vons[0] ?? null) : (vons.filter((j) => tokens[j - 1].wordClass !== "noun").pop() ?? vons[vons.length - 1]);
    const np = agent === null ? null : nounPhraseAfter(ctx, agent + 1, end);
    // (A lone "von" right after a noun with a person after it is the noun's: "Begrüßt wurde die Freilassung von Evan
    // Gershkovich", "die Entscheidung von Bundeskanzler Scholz".)
    if (np && vons.length === 1 && tokens[agent! - 1].wordClass === "noun" && namesPerson(ctx, np[0], np[1])) return null;
    // (Someone, not what the subject is of: "Versprochen wird ein Zeitraum von fünf Jahren", "die Zahlung von Anwaltskosten".)
    return np && (PERSONAL_PRONOUNS.has(tokens[np[0]].norm) || namesPerson(ctx, np[0], np[1]) || ctx.mentions.some((m) => m.type !== "person" && m.start >= tokens[np[0]].start && m.end <= tokens[np[1] - 1].end && m.via !== "demonym")) ? np : null;
  }
  // Passive ("Die Besitzer sollen aufgefordert worden sein"): the subject is the addressee;
  // the speaker is the "von" agent, if any ("zitiert" names the speaker as its subject).
  if (vorfeldEnd < k && !isInfinitiveAfterModal(ctx, k, hit, s) && isPassive(ctx, vorfeldEnd, k) && hit.verb.lemma !== "zitieren") {
    // "Von Zufall kann nicht gesprochen werden", "wird von hoher Gefahr ausgegangen": the verb's own "von" is its object, no agent.
    if (takesVon(hit.verb)) return null;
    // The agent may open the sentence: "Von der Bewegung … wurden Protestwellen angekündigt".
    if (/^(von|vom)$/.test(tokens[start]?.norm ?? "") && start + 1 < vorfeldEnd) return nounPhraseAfter(ctx, start + 1, vorfeldEnd, true);
    const agent = agentAt(ctx, vorfeldEnd + 1, k);
    if (agent !== null) return nounPhraseAfter(ctx, agent + 1, k);
    // Without an agent, a text named in the Vorfeld speaks: "In einer Stellungnahme des Ministeriums wird begründet, dass …".
    if (/^(in|im)$/.test(tokens[start]?.norm ?? "") && start + 1 < vorfeldEnd) {
      const np = nounPhraseAfter(ctx, start + 1, vorfeldEnd, true);
      const head = np ? headNoun(ctx, np[0], np[1]) : null;
      if (np && head && (ctx.lex.documents ?? []).some((d) => head.norm.endsWith(d))) return np;
    }
    return null;
  }
  // "Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: …": who is quoted is the object.
  if (hit.verb.lemma === "zitieren" && vorfeldEnd === k && hit.form === "finite") {
    const object = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
    // Also a name without article: "zitierte Vizeaußenminister Andrej Rudenko mit den Worten, …".
    if (object && ((/^(den|einen)$/.test(tokens[object[0]].norm) && object[1] - object[0] > 1) || namesPerson(ctx, object[0], object[1]))) return object;
  }
  // "Die Person des Premiers betreffend schloss Sonthi nicht aus": a postposition ends an adverbial Vorfeld.
  const adverbialVorfeld = vorfeldEnd > start + 1 && POSTPOSITIONS.has(tokens[vorfeldEnd - 1].norm);
  // "Im Exil lebende Uiguren weisen … zurück": a preposition that opens an attribute without article is part of the subject.
  // (The attribute's word follows the preposition's noun, with no article in between: not "In den meisten Fällen warfen
  // die Taliban …", "In einer weiteren vor Gericht verlesenen Aussage …".)
  const attributeFirst = vorfeldEnd > start + 2 && PREPOSITIONS.has(tokens[start].norm) && tokens.slice(start + 2, vorfeldEnd - 1).some((t, i) => !tokens.slice(start + 1, start + 2 + i).some((x) => DETERMINERS.has(x.norm) || PREPOSITIONS.has(x.norm)) && !isCapitalized(t) && /\p{Ll}(?:e|en|er|es)$/u.test(t.text) && (t.wordClass === "adj" || t.wordClass === "verb") && tokens[start + 1 + i].wordClass === "noun" && isCapitalized(tokens[start + 1 + i]) && isCapitalized(tokens[start + 3 + i]) && tokens[start + 3 + i].wordClass !== "function");
  if (vorfeldEnd > start && !adverbialVorfeld && (isNominalStart(tokens[start], tokens[start + 1]) || attributeFirst || countedGroup(tokens, start, vorfeldEnd)) && !(vorfeldEnd === start + 1 && ctx.lex.retro.has(tokens[start].norm))) {
    const phrase = trimPhrase(ctx, start, vorfeldEnd);
    // "Der Zeitung sagte Filep Karma: …": a dative Vorfeld; the person after the verb is the subject.
    // Only a phrase with a determiner that can be dative ("der", "dem", "einer") is one; a bare name ("Li nannte …") is the subject.
    // ("Der Kanzler rief Xi auf": "der" and a masculine role is a subject.)
    const masculineRole = phrase !== null && tokens[phrase[0]].norm === "der" && phrase[1] - phrase[0] === 2 && isRoleNoun(ctx.lex, tokens[phrase[0] + 1].lemma) && !/in$/.test(tokens[phrase[0] + 1].norm);
    if (phrase && vorfeldEnd === k && /^(der|dem|den|einer|einem)$/.test(tokens[phrase[0]].norm) && !namesPerson(ctx, phrase[0], phrase[1]) && !masculineRole) {
      const after = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
      // (A side or body after the verb too, when the Vorfeld can only be dative: "Der Regierung in Kiew warf Moskau vor, …",
      // "Dem Präsidenten warf die Opposition … vor".)
      // (A pronoun after the verb only where no subject can fill the Vorfeld: "Der Hauptgeschäftsführer des BPI nannte sie
      // „fahrlässig“" names the study.)
      const pronounAfter = after !== null && PERSONAL_PRONOUNS.has(tokens[after[0]].norm);
      // (Not words said, whoever's they are: "Der Kreml wies die Äußerungen Selenskyjs zurück".)
      const saidAfter = after !== null && SAID_THINGS.test(headNoun(ctx, after[0], after[1])?.lemma.toLowerCase() ?? "");
      if (after && !saidAfter && ((namesPerson(ctx, after[0], after[1]) && (!pronounAfter || onlyDative(ctx, phrase))) || (onlyDative(ctx, phrase) && !NON_NOMINATIVE.has(tokens[after[0]].norm) && namesSpeaker(ctx, after)))) return after;
    }
    if (phrase && pronounSubjectAfter(ctx, phrase, vorfeldEnd, k)) return [vorfeldEnd + 1, vorfeldEnd + 2];
    // "Auch die Kritik der G7 … wies Wang zurück": words said or asked for do not speak; a person after the verb does.
    const head = phrase && vorfeldEnd === k ? headNoun(ctx, phrase[0], phrase[1]) : null;
    // So is a bare noun after an adjective in "-en", a case no subject takes: "Fairen Wettbewerb mahnte Scholz an".
    const bareAccusative = phrase !== null && phrase[1] - phrase[0] === 2 && tokens[phrase[0]].wordClass === "adj" && /\p{Ll}en$/u.test(tokens[phrase[0]].text) && tokens[phrase[0] + 1].wordClass === "noun" && !/n$/.test(tokens[phrase[0] + 1].norm);
    // (After a side's or person's genitive, the noun after it: "Chinas Vorschlag lehnte Selenskyj ab", "Chinas
    // Rüstungsprogramm bezeichnete Marles als …".)
    // (Adjectives may stand between: "Putins jüngsten Vorstoß wies der Kanzler zurück".)
    let ownedAt = phrase !== null ? phrase[0] + 1 : 0;
    while (phrase !== null && ownedAt < phrase[1] - 1 && tokens[ownedAt].wordClass === "adj") ownedAt++;
    const owner = phrase !== null && vorfeldEnd === k && phrase[1] - phrase[0] >= 2 && /s$/.test(tokens[phrase[0]].text) && tokens[ownedAt].wordClass === "noun" && ctx.mentions.some((m) => m.via !== "demonym" && (m.type === "country" || m.type === "person") && m.start === tokens[phrase[0]].start);
    const thing = owner ? tokens[ownedAt] : head;
    if (thing && (SAID_THINGS.test(thing.lemma.toLowerCase()) || bareAccusative)) {
      const after = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
      if (after && !NON_NOMINATIVE.has(tokens[after[0]].norm) && namesSpeaker(ctx, after)) return after;
    }
    // "der" and a man's noun right after the verb is a nominative, which leaves a "die"/"das" Vorfeld the object: "Auch die
    // deutsche Politik kritisierte der Republikaner scharf" (not "der Regierung", a dative).
    // (Not where the Vorfeld names a speaker itself: "Die Außenministerin versicherte der Mutter des Journalisten, …".)
    const vorfeldHead = phrase !== null ? headNoun(ctx, phrase[0], phrase[1]) : null;
    // (So a side's genitive and its thing: "Chinas Aufrüstung bezeichnete der australische Verteidigungsminister … als …",
    // and things without an article: "Einseitige Sanktionen und Blockkonfrontation lehnte der chinesische Präsident ab".)
    const bareThings = phrase !== null && !DETERMINERS.has(tokens[phrase[0]].norm) && (tokens[phrase[0]].wordClass === "adj" || tokens[phrase[0]].wordClass === "noun");
    // (And a side's bare name, then an object too: "Japan forderte der Sprecher auf, …".)
    const bareSide = phrase !== null && phrase[1] - phrase[0] === 1 && ctx.mentions.some((m) => m.type === "country" && m.via !== "demonym" && m.start === tokens[phrase[0]].start && m.end === tokens[phrase[0]].end);
    if (phrase && vorfeldEnd === k && (/^(?:die|das)$/.test(tokens[phrase[0]].norm) || owner || bareThings || bareSide) && tokens[k + 1]?.norm === "der" && (owner || bareSide || !namesSpeaker(ctx, phrase)) && !(vorfeldHead && isRoleNoun(ctx.lex, vorfeldHead.lemma))) {
      const after = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
      const man = after !== null && after[0] === k + 1 ? headNoun(ctx, after[0], after[1]) : null;
      if (after && man && !/in(?:nen)?$/.test(man.norm) && (isRoleNoun(ctx.lex, man.lemma) || MAN_NOUN.test(man.norm))) return after;
    }
    // "Die Parade nannte Landwehr «viel Symbolik»": a thing in the Vorfeld says nothing; a person named right after the verb does.
    // (So "Eine Entschuldigung lehnte Selenskyj ab", and a thing after a genitive.)
    if (thing && phrase && (owner || /^(?:die|das|eine|ein)$/.test(tokens[phrase[0]].norm)) && isThing(ctx, owner ? [phrase[0] + 1, phrase[1]] : phrase, thing)) {
      const after = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
      // (Or "er"/"sie": "Die Entscheidung hält sie für richtig".)
      const name = after !== null && after[0] === k + 1 && after[1] - after[0] <= 3 && ((isCapitalized(tokens[after[0]]) && !DETERMINERS.has(tokens[after[0]].norm)) || /^(?:er|sie)$/.test(tokens[after[0]].text));
      if (after && name && (namesPerson(ctx, after[0], after[1]) || (after[1] - after[0] === 1 && (surnameNamedBefore(ctx, tokens[after[0]]) || PERSONAL_PRONOUNS.has(tokens[after[0]].norm))))) return after;
    }
    // "Die Militärübungen der USA bezeichnete sie als Provokation": a plural Vorfeld cannot be the subject
    // of a singular verb, so "sie" after it is, whatever the Vorfeld's determiner.
    if (phrase && tokens[vorfeldEnd + 1]?.norm === "sie" && !AUX_FORMS.has(tokens[vorfeldEnd + 2]?.norm ?? "") && pluralBeforeSingular(ctx, phrase, vorfeldEnd, true)) return [vorfeldEnd + 1, vorfeldEnd + 2];
    // "Weitere Forderungen lehnt die Bundesregierung ab": a plural Vorfeld before a singular verb is its object.
    if (phrase && pluralBeforeSingular(ctx, phrase, vorfeldEnd, true) && !namesPerson(ctx, phrase[0], phrase[1])) {
      const subject = nounPhraseAfter(ctx, vorfeldEnd + 1, clauseEnd(ctx, vorfeldEnd + 1));
      // (Or, whatever the Vorfeld's determiner, a person's name: "Die Zölle der USA bezeichnete Wang als …".)
      const named = subject !== null && subject[0] === vorfeldEnd + 1 && subject[1] - subject[0] <= 3 && isCapitalized(tokens[subject[0]]) && (namesPerson(ctx, subject[0], subject[1]) || (subject[1] - subject[0] === 1 && surnameNamedBefore(ctx, tokens[subject[0]])));
      if (subject && ((DETERMINERS.has(tokens[subject[0]].norm) && pluralBeforeSingular(ctx, phrase, vorfeldEnd)) || named)) return subject;
    }
    // "Details nannte Peskow nicht", "Gründe nannte die Polizei nicht": a bare plural noun before a singular verb, a person or body after it.
    if (phrase && phrase[1] - phrase[0] === 1 && bareCommonPlural(ctx, tokens[phrase[0]]) && vorfeldEnd === k && !/n$/.test(tokens[k].norm)) {
      const subject = nounPhraseAfter(ctx, k + 1, clauseEnd(ctx, k + 1));
      if (subject && namesSpeaker(ctx, subject)) return subject;
    }
    if (phrase && !isTimePhrase(ctx, phrase[0], phrase[1])) return phrase;
  }
  // A person's name that opens with a preposition's word fills the Vorfeld: "Von der Leyen warf Russland vor, …".
  if (vorfeldEnd > start + 1 && ctx.mentions.some((m) => m.type === "person" && m.start === tokens[start].start && m.end === tokens[vorfeldEnd - 1].end)) return [start, vorfeldEnd];
  // Inverted: "Am selben Tag erklärte auch der chinesische Außenminister Wang Yi, …",
  // "Am Montag hat der Minister erklärt, …" (the subject follows the auxiliary).
  const after = hit.particleAt !== null ? Math.min(hit.particleAt, clauseEnd(ctx, k + 1)) : clauseEnd(ctx, k + 1);
  // So does the subject of a first verb the cue is joined to: "Kurz darauf bestätigte das Außenministerium die Einigung und teilte mit, …".
  const joined = vorfeldEnd + 2 < k && tokens[k - 1].norm === "und" && isVerbLike(ctx, tokens[vorfeldEnd]);
  const inverted = vorfeldEnd < k && (AUX_FORMS.has(tokens[vorfeldEnd].norm) || joined) ? nounPhraseAfter(ctx, vorfeldEnd + 1, k) : nounPhraseAfter(ctx, k + 1, Math.min(after, to));
  // (With its seat: "hatte das Außenministerium in Kiew die Regierung … aufgefordert".)
  if (inverted) return withSeat(ctx, inverted, vorfeldEnd + 1, Math.max(k, Math.min(after, to)));
  // A place or time between: "Unterdessen kritisierte in Moskau die Sprecherin …, Maria Sacharowa, …".
  if (vorfeldEnd === k && vorfeldEnd === start + 1 && PREPOSITIONS.has(tokens[k + 1]?.norm ?? "") && isAdverbial(tokens[start])) {
    const subject = invertedSubject(ctx, k, s);
    if (subject) return subject;
  }
  // No subject after the verb: in a V2 clause the Vorfeld is the subject ("Von der Leyen betonte, …").
  // Not when it says when ("Im April 2008 verurteilte ihn …"), nor a phrase with a preposition
  // ("Auf Twitter zeigte sich die Bundesregierung bestürzt und verurteilte …": the subject follows the first verb).
  if (vorfeldEnd > start && isPlainPrepositionalPhrase(ctx, start, vorfeldEnd)) {
    // "In einer Aussendung verwies sie …": a pronoun right after the finite verb is its subject.
    if (/^(?:er|sie|wir|ich|man)$/.test(tokens[vorfeldEnd + 1]?.norm ?? "")) return [vorfeldEnd + 1, vorfeldEnd + 2];
    return vorfeldEnd < k ? invertedSubject(ctx, vorfeldEnd, s) : null;
  }
  // "Woraufhin sie … mehrere Beamten bat": after a relative adverb the clause's first phrase is its subject.
  if (vorfeldEnd > start + 1 && /^wo(?:rauf|raufhin|bei|mit|durch|gegen|nach)$|^wes(?:halb|wegen)$/.test(tokens[start].norm)) return nounPhraseAfter(ctx, start + 1, vorfeldEnd);
  if (vorfeldEnd > start && vorfeldEnd - start <= 8 && !isTimePhrase(ctx, start, vorfeldEnd) && tokens.slice(start, vorfeldEnd).some((t) => isCapitalized(t) && t.wordClass !== "function" && !isAdverbial(t))) return trimPhrase(ctx, start, vorfeldEnd);
  return null;
}

/** A person, an actor the registry knows, or "der/die/das" and a role or an institution ("die Polizei", "das Außenministerium"). */
export function namesSpeaker(ctx: DocContext, [a, b]: [number, number]): boolean {
  const { tokens } = ctx.layer;
  if (namesPerson(ctx, a, b)) return true;
  // A side or body the registry knows, as a whole: "lehnt Peking ab", "wies die Nato zurück".
  const from = DETERMINERS.has(tokens[a].norm) ? a + 1 : a;
  if (from < b && ctx.mentions.some((m) => m.start === tokens[from].start && m.end === tokens[b - 1].end)) return true;
  return /^(der|die|das)$/.test(tokens[a].norm) && b - a === 2 && (hasLowerCase(ctx.lex.roles, tokens[a + 1].lemma) || ctx.lex.institutions.some((h) => tokens[a + 1].norm.endsWith(h)));
}

// Feminine nouns by their ending ("Regierung", "Kommission", "Partei", "Allianz") and feminine names of sides.
const FEMININE_ENDING = /(?:ung|heit|keit|schaft|tion|sion|union|gion|tät|tik|[^e]ur|anz|enz|ei)$/;
const FEMININE_SIDES = new Set(["ukraine", "türkei", "schweiz", "slowakei", "mongolei", "eu", "nato", "uno", "bundesregierung", "bundeswehr"]);

/** A Vorfeld no subject can fill: "dem"/"einem …", or "der"/"einer" before a feminine noun ("Der Regierung warf Moskau vor"). */
function onlyDative(ctx: DocContext, [a, b]: [number, number]): boolean {
  const { tokens } = ctx.layer;
  const det = tokens[a].norm;
  if (det === "dem" || det === "einem") return true;
  if (det !== "der" && det !== "einer") return false;
  // The head noun: the last capitalised word before any attribute ("Der Regierung in Kiew").
  let head = a + 1;
  while (head + 1 < b && !isCapitalized(tokens[head])) head++;
  const noun = tokens[head];
  return noun !== undefined && isCapitalized(noun) && (FEMININE_SIDES.has(noun.norm) || (noun.wordClass === "noun" && FEMININE_ENDING.test(noun.norm)));
}

/** A phrase that names a thing, not who could speak: no actor, person, role, group of people or institution in it. */
export function isThing(ctx: DocContext, [a, b]: [number, number], head: Token): boolean {
  const { tokens } = ctx.layer;
  const noun = head.lemma.toLowerCase();
  if (head.wordClass !== "noun" || isRoleNoun(ctx.lex, head.lemma) || ctx.lex.people.has(noun) || /in(?:nen)?$/.test(head.norm)) return false;
  if (ctx.lex.institutions.some((h) => noun.endsWith(h)) || SAID_THINGS.test(noun) || PLACE_NOUNS.test(noun)) return false;
  // (An attribute after its noun may name countries, "Das Votum der Amerikaner in New York"; not a body or medium, whose
  // text speaks, nor a capital that may open a medium's name: "Ein Leitartikel in der Washington Post forderte Obama auf".)
  // (Nor a person after it, whose thing it is: "Die Reise Ficos nannte Kornelius …", "Die Rede von Vance".)
  const personAfter = (m: ActorMention) => m.type === "person" && m.start >= head.end;
  const own: [number, number] = ctx.mentions.some((m) => personAfter(m) && m.start < tokens[b - 1].end) ? [a, head.index + 1] : [a, b];
  return !namesSpeaker(ctx, own) && !ctx.mentions.some((m) => m.start < tokens[b - 1].end && m.end > tokens[a].start && (m.start < head.end || m.type !== "country" || m.via === "metonym") && !personAfter(m));
}

/** A surname alone of a person named in full before ("Landwehr" after "Rüdiger Landwehr"). */
function surnameNamedBefore(ctx: DocContext, t: Token): boolean {
  return isCapitalized(t) && ctx.persons.some((p) => p.end <= t.start && p.name.includes(" ") && p.name.slice(p.name.lastIndexOf(" ") + 1) === t.text);
}

/** Nouns a place's name follows: "die Stadt Wuhan", "in der Provinz Hebei". */
const PLACE_NOUNS = /(?:stadt|provinz|region|gemeinde|bezirk|kreis|kanton|bundesstaat|insel|hafen)$/;

/** Agent nouns of men ("Republikaner", "Präsident", "Demokrat", "Aktivist", "Politiker"): after "der" only a nominative
 * (not any noun in "-er": "der Mutter", "der Kammer" are datives). */
const MAN_NOUN = /(?:aner|ianer|iker|ent|ist|at|ant|eur|ekt|oge)$/;

/** Nouns of what was said or asked for: never the speaker of a verb of saying. */
const SAID_THINGS = /(?:kritik|vorwurf|vorwürfe|forderung|behauptung|anschuldigung|darstellung|äußerung|aussage|vorschlag|spekulation|bericht|angebot|einladung|aufforderung|appell)$/;

/** Prepositions of what is spoken about ("Zum Krieg heißt es …", "Über die Sanktionen hieß es …"). */
const TOPIC_PREPOSITIONS = new Set(["zu", "zum", "zur", "über", "wegen", "angesichts", "hinsichtlich", "bezüglich"]);

/** The "von"/"vom" in tokens [from, k) that opens a passive's agent, or null: "von 240 bis 320 km" is a range, no agent. */
/** A verb whose companion is "von" ("sprechen von", "ausgehen von"): in the passive its "von" phrase is no agent. */
export const takesVon = (verb: ReportingVerb) => verb.companions.some((group) => group.some((w) => w === "von" || w === "vom"));

export function agentAt(ctx: DocContext, from: number, k: number): number | null {
  const { tokens } = ctx.layer;
  for (let j = from; j < k; j++) {
    if (!/^(von|vom)$/.test(tokens[j].norm) || inQuote(ctx, j)) continue;
    let n = j + 1;
    while (n < k && (DETERMINERS.has(tokens[n].norm) || tokens[n].wordClass === "adj")) n++;
    if (n < k && tokens[n].kind !== "number" && !noAgent(ctx, n)) return j;
  }
  return null;
}

/** Nouns of inquiries, talks and elections, which one takes part in or is kept out of: "von den Untersuchungen ausgeschlossen", "von der Wahl ausgeschlossen". */
const PROCEEDINGS = /(?:untersuchung|ermittlung|gespräch|verhandlung|beratung|verfahren|abstimmung|wahl|kandidatur|teilnahme)(?:en|e|n|s)?$/;

/** A "von" phrase whose noun at n speaks for no one: a time ("von Anfang an") or proceedings ("wurde von den Untersuchungen ausgeschlossen"). */
function noAgent(ctx: DocContext, n: number): boolean {
  const t = ctx.layer.tokens[n];
  return isTimeWord(t) || (t.wordClass === "noun" && PROCEEDINGS.test(t.norm) && !ctx.mentions.some((m) => m.start <= t.start && m.end >= t.end));
}

/**
 * A Vorfeld that is a prepositional phrase and no more ("Auf Twitter", "In einer Aussendung"): not
 * "von" (a passive's agent or "Von der Leyen"), not a source ("Laut Polizei", "Aus EU-Kreisen":
 * sourceFrame reads those), not a noun phrase with a participle in it ("In Nepal lebende Tibeter").
 */
function isPlainPrepositionalPhrase(ctx: DocContext, start: number, end: number): boolean {
  const { tokens } = ctx.layer;
  const p = tokens[start].norm;
  // "Als Beispiel nannte er …": "als" (as) before a noun phrase is a preposition here.
  if (!(PREPOSITIONS.has(p) || p === "als") || p === "von" || p === "aus" || ctx.lex.sourcePrepositions.has(p) || ctx.lex.sourceNounPrepositions.has(p)) return false;
  // "Von der Leyen", "Zu Guttenberg": a person's name particle (a name the registry or the lexicon does not know as a word).
  if (ctx.mentions.some((m) => m.type === "person" && m.start <= tokens[start + 1].start && m.end > tokens[start].start)) return false;
  const next = tokens[start + 1];
  if (isCapitalized(next) && next.wordClass !== "function" && !DETERMINERS.has(next.norm) && !defaultLexicon().forms.has(next.text)) return false;
  if (isTimePhrase(ctx, start, end)) return false;
  for (let j = start + 1; j < end; j++) if (/end(?:e|en|er|es|em)?$/.test(tokens[j].norm) && tokens[j].wordClass === "adj") return false;
  return true;
}

/**
 * A Vorfeld whose head noun is plural ("Weitere individuelle Forderungen") before a finite verb
 * that is singular ("lehnt", "wies", "hat"): the two do not agree, so the Vorfeld is an object.
 */
/** A common noun in the plural, no name ("Details", "Einzelheiten", "Gründe"). */
function bareCommonPlural(ctx: DocContext, t: Token): boolean {
  if (t.wordClass !== "noun" || !isCapitalized(t) || t.lemma === t.text || ctx.mentions.some((m) => m.start <= t.start && m.end >= t.end)) return false;
  // The plural may take an umlaut: "Gründe" (Grund).
  const plain = (w: string) => w.replace(/ä/g, "a").replace(/ö/g, "o").replace(/ü/g, "u");
  return /(?:en|n|e|er|s)$/.test(t.text) && plain(t.text).startsWith(plain(t.lemma.replace(/e$/, "")));
}

function pluralBeforeSingular(ctx: DocContext, phrase: [number, number], finiteAt: number, anyDeterminer = false): boolean {
  const { tokens } = ctx.layer;
  const finite = tokens[finiteAt];
  if (!finite || finite.kind !== "word" || /n$/.test(finite.norm)) return false;
  // The head stands before the first attachment ("das Außenministerium der USA", "… für die Palästinensergebiete").
  let h = phrase[0] + 1;
  while (h < phrase[1] && !GENITIVE_DETERMINERS.has(tokens[h].norm) && !PREPOSITIONS.has(tokens[h].norm)) h++;
  const head = tokens[h - 1];
  if (!head || !isCapitalized(head) || head.wordClass !== "noun" || head.lemma === head.text) return false;
  // "Forderungen" (Forderung), "Vorschläge" (Vorschlag): a plural ending the lemma lacks; a genitive -s is no plural.
  const plural = /(?:en|n|e|er)$/.test(head.text) && !head.lemma.endsWith(head.text.slice(-2)) && !/s$/.test(head.text);
  // Only a phrase without a determiner, or with one of der/das/dem/des, is read this way ("Weitere Forderungen");
  // "die", "diese", "keine" … leave the phrase as it was.
  const first = tokens[phrase[0]].norm;
  const determinerLeft = DETERMINERS.has(first) && !/^(der|das|dem|des)$/.test(first);
  return plural && phrase[1] - phrase[0] >= 2 && (anyDeterminer || !determinerLeft);
}

/**
 * "Die Vorschläge lehnte er ab", "Diese Lösung hält man für unrealistisch": a pronoun that is only
 * ever a subject, right after the finite verb (the reporting verb or its auxiliary), is the subject,
 * and the Vorfeld phrase its object. Not before an auxiliary: "Der Minister sagte er habe …" lacks a comma.
 */
function pronounSubjectAfter(ctx: DocContext, vorfeld: [number, number], finiteAt: number, k: number): boolean {
  const { tokens } = ctx.layer;
  const finite = finiteAt === k || AUX_FORMS.has(tokens[finiteAt].norm);
  const pronounVorfeld = vorfeld[1] - vorfeld[0] === 1 && PRONOUNS.has(tokens[vorfeld[0]].norm);
  return finite && !pronounVorfeld && NOMINATIVE_PRONOUNS.has(tokens[finiteAt + 1]?.norm ?? "") && !AUX_FORMS.has(tokens[finiteAt + 2]?.norm ?? "");
}

/**
 * A token range of time nouns with numbers, articles, prepositions or adjectives: "Anfang
 * Februar", "Am Montag", "Im April 2008", "Vergangene Woche". A time noun alone may be a
 * surname ("Sommer sagte …"), so it needs one of the others, or a second time noun.
 */
export function isTimePhrase(ctx: DocContext, a: number, b: number): boolean {
  const { tokens } = ctx.layer;
  // A span before or after an event: "Drei Tage nach der Waffenruhe", "Wenige Stunden vor dem Gipfel", "Kurz nach der Wahl".
  let n = a;
  while (n < b && n < a + 3 && !TIME_NOUNS.has(tokens[n].norm) && (tokens[n].kind === "number" || NUMBER_WORDS.test(tokens[n].norm) || DETERMINERS.has(tokens[n].norm) || tokens[n].wordClass === "adj")) n++;
  if ((n > a && TIME_NOUNS.has(tokens[n]?.norm ?? "") && /^(?:nach|vor|seit)$/.test(tokens[n + 1]?.norm ?? "") && n + 1 < b) || (tokens[a].norm === "kurz" && /^(?:nach|vor)$/.test(tokens[a + 1]?.norm ?? ""))) return true;
  let times = 0;
  let others = 0;
  for (let j = a; j < b; j++) {
    const t = tokens[j];
    if (TIME_NOUNS.has(t.norm)) times++;
    else if (t.kind === "number" || t.kind === "ordinal" || DETERMINERS.has(t.norm) || PREPOSITIONS.has(t.norm) || t.wordClass === "adj") others++;
    else if (t.kind !== "punct") return false;
  }
  return times > 1 || (times === 1 && others > 0);
}

// A dateline opens one of a news text's first sentences, if any.
const DATELINE_SENTENCES = 4;
const DASHES = new Set(["–", "—", "-"]);

/**
 * Where a sentence starts after its dateline: "Moskau – Der Kreml …", "Berlin/Ankara – …",
 * "Peking (dpa) – …", "(CLO) Der Präsident …". Place names are capitalised words joined by
 * "/", then an agency in brackets and a dash before a capitalised word; or only a bracketed
 * source. Not a person's name ("Merkel – Die Kanzlerin …" is rare, "Entholzer – seit zwei
 * Jahren Parteichef – sagte" has no capital after the dash).
 */
export function afterDateline(ctx: DocContext, s: Sentence): number {
  const { tokens } = ctx.layer;
  const start = s.tokenStart;
  if (s.index >= DATELINE_SENTENCES) return start;
  const capital = (j: number) => tokens[j] !== undefined && j < s.tokenEnd && tokens[j].kind === "word" && isCapitalized(tokens[j]);
  // "(dpa)", "(CLO)": a source in brackets, one to three words.
  const bracket = (j: number): number => {
    if (tokens[j]?.text !== "(") return j;
    for (let e = j + 2; e <= j + 4 && e < s.tokenEnd; e++) if (tokens[e].text === ")") return e + 1;
    return j;
  };
  let j = start;
  // Up to five places: "Wien/Spielfeld/Athen/Belgrad – …".
  while (capital(j) && j < start + 10) {
    j++;
    if (tokens[j]?.text === "/" && capital(j + 1)) j++;
  }
  const places = j > start;
  j = bracket(j);
  if (places && DASHES.has(tokens[j]?.text ?? "") && capital(j + 1)) {
    const from = tokens[start].start;
    const to = tokens[j - 1].end;
    if (!ctx.mentions.some((m) => m.type === "person" && m.start < to && m.end > from)) return j + 1;
  }
  // Only a bracketed source: "(CLO) Der chinesische Präsident …".
  return !places && j > start && capital(j) ? j : start;
}

/** Does a token range name a person (registry mention or a two-word name)? */
export function namesPerson(ctx: DocContext, a: number, b: number): boolean {
  const { tokens } = ctx.layer;
  const from = tokens[a].start;
  const to = tokens[b - 1].end;
  if (ctx.mentions.some((m) => m.type === "person" && m.start >= from && m.end <= to)) return true;
  if (PERSONAL_PRONOUNS.has(tokens[a].norm) && b === a + 1) return true;
  const name = nameIn(ctx, a, b);
  return name !== null && name.includes(" ");
}

// Verbs of saying whose perfect takes "sein": "ist davon ausgegangen", "ist darauf eingegangen", "ist darauf zurückgekommen".
const SEIN_PERFECT = /(?:gehen|kommen|treten|fahren|laufen|fallen|weichen|rücken|schwenken|bleiben)$/;

/**
 * A statal passive: "sein" and the participle of a verb that takes "haben" in the perfect, nothing verbal between ("Für
 * Montag sind Kundgebungen angekündigt", "Ein Einsatz ist ausgeschlossen", "Jetzt sind andere Staaten gefordert"): a state,
 * nobody's speech act (not "ist davon ausgegangen", a perfect with "sein"; not "worden").
 */
export function isStatalPassive(ctx: DocContext, first: number, k: number): boolean {
  const { tokens } = ctx.layer;
  const sein = /^(?:ist|sind|war|waren|sei|seien|wäre|wären)$/;
  if (SEIN_PERFECT.test(tokens[k].lemma.toLowerCase()) || !(ctx.lex.forms.get(tokens[k].norm) ?? []).some((r) => r.form === "participle") || tokens[k + 1]?.norm === "worden") return false;
  // (Verb-final, "sein" after the participle: "Welche Waffensysteme gemeint seien, blieb offen".)
  if (sein.test(tokens[k + 1]?.norm ?? "") && tokens[k + 1].sentence === tokens[k].sentence) return true;
  if (first >= k || !sein.test(tokens[first].norm)) return false;
  return !tokens.slice(first + 1, k).some((t) => t.kind === "punct" || AUX_FORMS.has(t.norm) || COORDINATORS.has(t.norm));
}

/** A werden-passive between the finite auxiliary and the participle ("wurde … aufgefordert", "sollen … aufgefordert worden sein"). */
export function isPassive(ctx: DocContext, first: number, k: number): boolean {
  const { tokens } = ctx.layer;
  const werden = /^(wird|werden|wurde|wurden|würde|würden|werde|worden)$/;
  if (werden.test(tokens[first].norm)) return true;
  // "… aufgefordert worden sein", and after a participle "… gerechnet werden", "… für möglich gehalten wurde"
  // (after an infinitive "werden" is the future: "dass er es erklären wird").
  const participle = (ctx.lex.forms.get(tokens[k].norm) ?? []).some((r) => r.form === "participle");
  for (let j = k + 1; j < k + 3 && j < tokens.length && tokens[j].sentence === tokens[k].sentence; j++) {
    if (tokens[j].norm === "worden" || (participle && werden.test(tokens[j].norm))) return true;
  }
  return false;
}

/** Can this token start a subject noun phrase? */
const NUMBER_WORDS = /^(?:ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|wenige|wenigen|einige|einigen|mehrere|mehreren|gut|knapp)$/;
const SHARE_NOUNS = /^(?:prozent|promille|viertel|drittel|fünftel|zehntel|hälfte|mehrheit|teil)$/;
const COUNT_OPENERS = new Set(["mehr", "weniger", "rund", "etwa", "knapp", "fast", "mindestens", "gut", "über", "annähernd", "insgesamt", "zirka", "ca."]);

// Nouns of amounts, times and shares a count may stand before, which name no one: "Rund 300 Millionen Euro sagte Berlin zu".
const AMOUNT_NOUNS = /^(?:millionen?|milliarden?|billionen?|tausend|hundert|euro|dollar|pfund|franken|yuan|rubel|yen|tonnen?|kilometer|meter|kilogramm|liter|barrel|stück|prozent|prozentpunkte)$/;

/**
 * A Vorfeld that is a count of people or bodies and nothing else: "Mehr als 200 georgische Diplomaten", "Rund 300 Beamte"
 * (not an amount, time or share, "Rund 300 Millionen Euro", "Über 7000 Jahre alte …", "Rund 40 Prozent der Befragten", nor a
 * list set off by commas, "Mehr als 30 Staaten, darunter …").
 */
export function countedGroup(tokens: readonly Token[], start: number, end: number): boolean {
  const words = countWords(tokens, start);
  if (words === 0 || start + words >= end) return false;
  const counted = tokens.slice(start + words, end);
  const noun = counted.find((t) => isCapitalized(t));
  return noun !== undefined && !AMOUNT_NOUNS.test(noun.norm) && !TIME_NOUNS.has(noun.norm) && !SHARE_NOUNS.test(noun.norm) && !counted.some((t) => t.kind === "punct");
}

/** How many tokens a count opening at `start` takes ("Mehr als 200", "Rund 300"), or 0. */
export function countWords(tokens: readonly Token[], start: number): number {
  if (!COUNT_OPENERS.has(tokens[start]?.norm ?? "")) return 0;
  const number = /^(?:mehr|weniger)$/.test(tokens[start].norm) && tokens[start + 1]?.norm === "als" ? start + 2 : start + 1;
  return tokens[number]?.kind === "number" ? number + 1 - start : 0;
}

export function isNominalStart(t: Token | undefined, next?: Token): boolean {
  if (!t) return false;
  // "Den Internationalen Währungsfonds … forderte er auf": an object in the Vorfeld.
  if (NON_NOMINATIVE.has(t.norm)) return false;
  // "Des Weiteren wirft die OSZE …", "des Öfteren": adverbs, not a genitive.
  if (t.norm === "des" && next !== undefined && /^(weiteren|öfteren)$/.test(next.norm)) return false;
  if (DETERMINERS.has(t.norm) || PRONOUNS.has(t.norm)) return true;
  // "Sowohl die EU als auch die USA kritisierten …", "Weder Scholz noch Macron äußerten sich": a pair of subjects.
  if (/^(?:sowohl|weder|entweder)$/.test(t.norm)) return next !== undefined && next.norm !== t.norm && isNominalStart(next);
  if (PREPOSITIONS.has(t.norm) || SUBORDINATORS.has(t.norm)) return false;
  if (t.kind === "number") return true;
  // Inside a clause an adjective may open the phrase: "Nachdem erste Ermittlungen ergeben hatten, …".
  if (t.wordClass === "adj" && !isCapitalized(t) && next && isCapitalized(next) && next.wordClass === "noun") return true;
  // A genitive name the lemmatizer took for an adverb ("Thüringens Justizminister").
  if (t.wordClass === "function" && isCapitalized(t) && !defaultLexicon().functionWords.has(t.norm) && next && isCapitalized(next) && next.wordClass === "noun") return true;
  if (t.wordClass === "function") return false;
  // Sentence-initial "Insgesamt", "Unterdessen", "Ähnlich": adverbs and bare adjectives,
  // unless an adjective stands before a noun ("Chinesische Behörden").
  if (isAdverbial(t) && !(next && isCapitalized(next) && next.wordClass !== "function" && t.wordClass === "adj")) return false;
  return isCapitalized(t) || t.kind === "abbreviation";
}

// Adverbs of time and sequence that open sentences ("Zuletzt hatten Naturschützer …").
const MORE_ADVERBS = new Set("zuletzt erstmals nunmehr vorher nachher anschließend seither derzeit aktuell jetzt letztlich vorgestern übermorgen wiederum überdies vorab bald sofort".split(" "));

/** A capitalised word whose lower-case form is an adverb or adjective and that is no listed noun or name. */
export function isAdverbial(t: Token): boolean {
  if (isNounOrName(t.text)) return false;
  if (t.wordClass === "adj" || t.wordClass === "function") return true;
  const lower = t.norm;
  if (FRAME_ADVERBS.has(lower) || MORE_ADVERBS.has(lower)) return true;
  if (isAdjectiveForm(lower)) return true;
  // Pronominal adverbs, also written together with "hinaus" ("Darüberhinaus", "Danach", "Dagegen").
  if (PRONOMINAL_ADVERB.test(lower)) return true;
  // … and present participles used as adverbs ("Relativierend fügte er hinzu", "Ergänzend sagte sie").
  return /(?:weise|dessen|dem|halb|mals|falls|seits|wärts|samt|maßen|ders|lich|[^aeiouäöü]end)$/.test(lower);
}

// The lexicon's form map is a binary search in a sorted file, dear next to everything
// else here: its answers for a word are remembered (bounded, words repeat across texts).
const WORD_MEMO_MAX = 50_000;
function memoized(memo: Map<string, boolean>, word: string, compute: (word: string) => boolean): boolean {
  let known = memo.get(word);
  if (known === undefined) {
    if (memo.size >= WORD_MEMO_MAX) memo.clear();
    memo.set(word, (known = compute(word)));
  }
  return known;
}

const nounOrName = new Map<string, boolean>();
/** The word as written is a listed noun or name, or starts with two capitals. */
function isNounOrName(text: string): boolean {
  return memoized(nounOrName, text, (w) => {
    const lexicon = defaultLexicon();
    return /(^|\|)[NI]:/.test(lexicon.forms.get(w) ?? "") || lexicon.names.has(w) || /^\p{Lu}{2,}/u.test(w);
  });
}

/** A noun whose words are someone else's: a text, a source, a statement or a spokesperson ("Zitat", "Analysen", "Sprecher"). */
function speaksForOther(ctx: DocContext, t: Token): boolean {
  const lemma = t.lemma.toLowerCase();
  const { lex } = ctx;
  return /sprecher(?:in)?$/.test(lemma) || lex.sourceNouns.includes(t.norm) || lex.sourceNouns.includes(lemma) || lex.complementNouns.has(t.norm) || (lex.documents ?? []).some((d) => lemma.endsWith(d));
}

/** A listed noun, a hyphenated compound or a word of eight letters or more (most unlisted compounds). */
function readsAsNoun(text: string): boolean {
  return text.length >= 8 || text.includes("-") || /(^|\|)N:/.test(defaultLexicon().forms.get(text) ?? "");
}

const adjectiveForm = new Map<string, boolean>();
/** The lower-case word is a function word or a listed adjective form. */
function isAdjectiveForm(lower: string): boolean {
  return memoized(adjectiveForm, lower, (w) => {
    const lexicon = defaultLexicon();
    return lexicon.functionWords.has(w) || /(^|\|)A:/.test(lexicon.forms.get(w) ?? "");
  });
}

/** Trim punctuation and frame adverbs from both ends of a token range. */
export function trimPhrase(ctx: DocContext, from: number, to: number): [number, number] | null {
  const { tokens } = ctx.layer;
  let a = from;
  let b = to;
  const skip = (t: Token) => t.kind === "punct" || FRAME_ADVERBS.has(t.norm) || COORDINATORS.has(t.norm);
  while (a < b && skip(tokens[a])) a++;
  // An extended attribute tells about the speaker, the noun after it names them: "Der dem Kreml nahestehende Politologe X".
  const closing = attributeEnd(ctx, a, b);
  if (closing >= 0) a = closing + 1;
  // A relative clause tells about the speaker and is no part of the name: "Ein Beamter des Ministeriums, der anonym bleiben wollte, …".
  for (let j = a + 1; j < b - 1; j++) {
    if (!isComma(tokens[j]) || !RELATIVES.has(tokens[j + 1].norm)) continue;
    let e = j + 2;
    while (e < b && !isComma(tokens[e])) e++;
    const last = tokens[e - 1];
    if (last.wordClass === "verb" || AUX_FORMS.has(last.norm)) {
      b = j;
      break;
    }
  }
  while (b > a && skip(tokens[b - 1])) b--;
  // A time after the speaker and what follows it are no part of the name: "wie das marokkanische Innenministerium am
  // Montag mitteilte", "wie die Bank of England am Dienstag in London mitteilte".
  // (After a noun: not in an attribute, "Ein am Mittwoch veröffentlichter Bericht", "des am Montag zurückgetretenen Chefs".)
  for (let j = a + 1; j + 1 < b; j++) {
    if (isTimePoint(tokens[j + 1]) && /^(?:am|an|im|in|vom|seit)$/.test(tokens[j].norm) && ((isCapitalized(tokens[j - 1]) && tokens[j - 1].wordClass !== "function" && !DETERMINERS.has(tokens[j - 1].norm)) || PERSONAL_PRONOUNS.has(tokens[j - 1].norm) || /^(?:es|man|\d.*)$/.test(tokens[j - 1].norm))) {
      b = j;
      break;
    }
  }
  return b > a ? [a, b] : null;
}

// A medium's noun, and its own staff, whose "der" after them is a genitive ("ein Reporter der AFP", "ein Sprecher der Agentur").
const MEDIUM_NOUN = /(?:agentur|zeitung|sender|fernsehen|rundfunk|blatt|magazin|portal|radio)$/;
const MEDIUM_STAFF = /^(?:reporter|korrespondent|redakteur|journalist|herausgeber|chefredakteur|moderator|kolumnist|mitarbeiter|chef|leiter|sprecher|direktor|intendant|fotograf|kameramann)(?:in|innen|en)?$/;

/**
 * Is "der" at k, after the head of a speaker's phrase, the dative of a medium they told ("sagte ein Heeressprecher der
 * APA", "der Zeitung Kommersant")? Not after a medium's own staff ("ein Reporter der Nachrichtenagentur AFP").
 */
function toldMedium(ctx: DocContext, k: number): boolean {
  const { tokens } = ctx.layer;
  const head = tokens[k - 1];
  if (!head || MEDIUM_STAFF.test(head.lemma.toLowerCase()) || MEDIUM_NOUN.test(head.norm)) return false;
  let j = k + 1;
  while (tokens[j] && tokens[j].wordClass === "adj" && !isCapitalized(tokens[j])) j++;
  // (A name's own adjectives, capitalised: "sagte Eide der Deutschen Presse-Agentur", "der Neuen Zürcher Zeitung".)
  const medium = (t: Token | undefined) => t !== undefined && isCapitalized(t) && (MEDIUM_NOUN.test(t.norm) || (ctx.lex.media?.has(t.norm) ?? false));
  for (let n = 0; n < 2 && tokens[j] && !medium(tokens[j]) && isCapitalized(tokens[j]) && /(?:en|er)$/.test(tokens[j].norm); n++) j++;
  return medium(tokens[j]);
}

/** A sentence that is only a label the text layer split off: one to three words and a colon ("STANDARD:", "Jagland:"). */
export function isLabel(ctx: DocContext, s: Sentence): boolean {
  return s.tokenEnd - s.tokenStart <= 4 && s.tokenEnd - s.tokenStart >= 2 && ctx.layer.tokens[s.tokenEnd - 1].text === ":";
}

/**
 * Whom label sentence si names, if anyone: a person ("Jagland:" after "Thorbjørn Jagland", "SPD-Chef Lars Klingbeil:")
 * or a body or side the registry knows ("Kreml:"), as the token range of the name. Not an outlet asking ("STANDARD:")
 * nor a heading ("Zeitungsberichte:").
 */
export function labelSpeaker(ctx: DocContext, si: number): { range: [number, number]; person: boolean } | null {
  const label = ctx.layer.sentences[si];
  if (!label || !isLabel(ctx, label)) return null;
  const { tokens } = ctx.layer;
  const from = label.start;
  const to = tokens[label.tokenEnd - 2].end;
  const named = ctx.doc.text.slice(from, to);
  const ending = (x: { start: number; end: number }) => x.start >= from && x.end === to;
  const person = ctx.persons.find(ending) ?? ctx.mentions.find((m) => m.type === "person" && ending(m));
  const surname = !person && ctx.persons.some((p) => p.start < from && p.name.endsWith(` ${named}`));
  if (person || surname) return { range: [person ? firstTokenFrom(tokens, person.start) : label.tokenStart, label.tokenEnd - 1], person: true };
  const actor = ctx.mentions.find((m) => m.type !== "person" && m.start === from && m.end === to);
  return actor ? { range: [label.tokenStart, label.tokenEnd - 1], person: false } : null;
}

/**
 * The noun phrase starting at `from` (after frame adverbs): a pronoun, or
 * determiners, adjectives and nouns/names, genitive attachments ("des russischen
 * Sicherheitsrates") and an apposition between commas. Stops at prepositions.
 */
/** Where person mentions start and end, and where any mention starts, per mention list (built once per document). */
const mentionOffsets = new WeakMap<readonly ActorMention[], { personEnds: Map<number, number>; actorStarts: Set<number>; starts: Set<number> }>();
function offsetsOf(ctx: DocContext) {
  let o = mentionOffsets.get(ctx.mentions);
  if (!o) {
    o = { personEnds: new Map(), actorStarts: new Set(), starts: new Set() };
    for (const m of ctx.mentions) {
      o.starts.add(m.start);
      if (m.type === "person") o.personEnds.set(m.end, Math.max(o.personEnds.get(m.end) ?? -1, m.start));
      // (Not a demonym: "der serbische TV-Sender RTS", "die chinesische Presseagentur Xinhua" go on.)
      else if (m.via !== "demonym") o.actorStarts.add(m.start);
    }
    mentionOffsets.set(ctx.mentions, o);
  }
  return o;
}

/** Does a side or body the registry knows start in tokens [from, to)? */
function namesSideBefore(ctx: DocContext, from: number, to: number): boolean {
  const { actorStarts } = offsetsOf(ctx);
  for (let j = from; j < to; j++) if (actorStarts.has(ctx.layer.tokens[j].start)) return true;
  return false;
}

/** Does a person's name end at `end`, inside a phrase that starts at `start`? (A country's may go on: "Russlands Vizeminister X", "Washington Post".) */
function nameEndsAt(ctx: DocContext, start: number, end: number): boolean {
  return (offsetsOf(ctx).personEnds.get(end) ?? -1) >= start;
}

/**
 * A body's phrase goes on with its seat, which names its country: "nach Angaben des Außenministeriums in Peking",
 * "Dem Verteidigungsministerium in Baku zufolge" (read as "Chinesisches Außenministerium", not as the place alone).
 * `np` is the phrase with the body or the seat; the result holds both, else it is `np`.
 */
export function withSeat(ctx: DocContext, np: [number, number], from: number, to: number): [number, number] {
  const { tokens } = ctx.layer;
  // The registry may name body and seat as one ("Außenministeriums in Peking"): its mention runs across the preposition.
  const registryEnd = (p: number) => ctx.mentions.find((m) => m.type !== "person" && m.type !== "country" && m.start < tokens[p].start && m.end > tokens[p].end)?.end;
  const countryAt = (k: number) => ctx.mentions.find((m) => m.type === "country" && m.start === tokens[k].start);
  // (An embassy's seat is its host's place, but still part of its phrase: "Laut der Botschaft in Berlin".)
  const isBody = (t: Token) => isCapitalized(t) && t.wordClass === "noun" && (SEATED_BODY.test(t.lemma.toLowerCase()) || HOSTED_BODY.test(t.lemma.toLowerCase()));
  // The body, then its seat: "des Außenministeriums | in Peking", "der Regierung | in Den Haag".
  const p = np[1];
  if (p + 1 < to && SEAT_PREPOSITION.test(tokens[p].norm)) {
    const seatEnd = registryEnd(p) ?? (isBody(tokens[p - 1]) ? countryAt(p + 1)?.end : undefined);
    let b = p + 1;
    while (seatEnd !== undefined && b < to && tokens[b].start < seatEnd) b++;
    // (Not a place that an attribute after it takes: "nach Angaben des Außenministeriums | in Israel festgehaltene Deutsche".)
    const attribute = tokens[b] !== undefined && !isCapitalized(tokens[b]) && (tokens[b].wordClass === "adj" || tokens[b].wordClass === "verb") && /e[nmrs]?$/.test(tokens[b].norm);
    if (seatEnd !== undefined && !attribute) return [np[0], b];
  }
  // The seat, with its body before it (before "zufolge"): "Dem Verteidigungsministerium in | Baku".
  const q = np[0] - 1;
  if (q - 1 >= from && SEAT_PREPOSITION.test(tokens[q].norm) && (registryEnd(q) !== undefined || (isBody(tokens[q - 1]) && countryAt(np[0])?.end === tokens[np[1] - 1].end))) {
    const body = nounPhraseBefore(ctx, q, from);
    if (body && body[1] === q) return [body[0], np[1]];
  }
  return np;
}

/**
 * Do these words look like a person's name, by a surname's ending or an Arabic name's opening ("Serhij Filimonow",
 * "Ekrem İmamoğlu", "Abu Obaida"), not like a body's ("Srpska Lista", "Hayat Tahrir al-Scham")?
 */
export function personNameShape(words: readonly string[]): boolean {
  return /^(?:Abu|Umm|Ibn|Bin)$/.test(words[0] ?? "") || (words.length >= 2 && /(?:ow|ew|jew|enko|uk|oğlu|oglu|ić|vić|ov|ev|ski|sky|dse|schwili|jan|yan)$/.test(words[words.length - 1]));
}

/** Kinds of party, movement and armed group whose name follows them: "die Partei Srpska Lista", "die Miliz Hayat Tahrir". */
export const NAMED_BODY_KIND = /(?:partei|bewegung|gruppierung|miliz|allianz|bündnis|initiative|vereinigung|verein|netzwerk|fraktion|koalition|front|brigade|bataillon|einheit|kommando|liste|kampagne|institut)$/;

/** The prepositions before a body's seat or a place it speaks from: "in Peking", "aus Moskau". */
export const SEAT_PREPOSITION = /^(?:in|aus)$/;

// Nouns of a quantity or group before what they count: "ein Dutzend Experten", "eine Reihe Ökonomen".
const QUANTITY_NOUNS = /^(?:gruppe|dutzend|reihe|team|zahl|anzahl|vielzahl|mehrheit|handvoll|hälfte|menge|teil|hundert|tausend|paar)$/;

/**
 * A form the dictionary knows as a noun's, or a compound ending in one: "Verhandlungen", "Attentatspläne" ("Pläne");
 * not a name read as a noun, "Jerome", "Kuhn".
 */
function knownNounForm(text: string): boolean {
  const forms = defaultLexicon().forms;
  const isNoun = (form: string) => /(?:^|\|)N:/.test(forms.get(form) ?? "");
  if (isNoun(text)) return true;
  // (A compound's first part has three letters or more, its head four: "Attentats|pläne", not "Jer|ome".)
  for (let i = 3; i <= text.length - 4; i++) if (isNoun(text.charAt(i).toUpperCase() + text.slice(i + 1))) return true;
  return false;
}

/** Is the inflected noun at k, right after a common noun, no part of that noun's phrase (see nounPhraseAfter)? */
function objectAfterNoun(ctx: DocContext, k: number): boolean {
  const { tokens } = ctx.layer;
  const [before, t] = [tokens[k - 1], tokens[k]];
  // (A word in -er may be a place's adjective, "Stuttgarter Nachrichten", unless it names an office: "forderte der Minister | Verhandlungen".)
  const placeAdjective = /(?:isch|ische[nmrs]?)$/.test(before.text) || (/er$/.test(before.text) && !isRoleNoun(ctx.lex, before.lemma));
  if (before.wordClass !== "noun" || placeAdjective || t.text.includes("-") || !knownNounForm(t.text)) return false;
  // Not the last word before the verb, which ends the phrase in the Vorfeld ("Laut der Gemeinde Waren sind …"), nor a name
  // with a genitive ("die Organisation Freunde der Erde"), nor what a quantity counts ("eine Gruppe Demonstranten").
  const next = tokens[k + 1];
  const finite = (v: Token) => AUX_FORMS.has(v.norm) || (v.wordClass === "verb" && !/^ge|en$/.test(v.norm));
  if (next && (finite(next) || (GENITIVE_DETERMINERS.has(next.norm) && tokens[k + 2] !== undefined && isCapitalized(tokens[k + 2])))) return false;
  if (QUANTITY_NOUNS.test(before.norm) && !/^(?:der|die|das|dem|den|des)$/.test(tokens[k - 2]?.norm ?? "")) return false;
  const covers = (m: { start: number; end: number }) => m.start < t.end && m.end > t.start;
  // (A person of one word after a role is this noun read as a name: "der Minister Verhandlungen".)
  return !ctx.mentions.some(covers) && !ctx.persons.some((p) => covers(p) && p.name.includes(" "));
}

// A number's compound: "der 61-Jährige", "die 45-Jährige".
const AGE_NOUN = /^\d+-\p{Lu}/u;

export function nounPhraseAfter(ctx: DocContext, from: number, to: number, allowVon = false): [number, number] | null {
  const { tokens } = ctx.layer;
  let k = from;
  while (k < to && (FRAME_ADVERBS.has(tokens[k].norm) || REFLEXIVES.has(tokens[k].norm) || (tokens[k].kind === "punct" && !(allowVon && ctx.quoteOf[k] === -2)))) k++;
  if (k >= to) return null;
  const start = k;
  const first = tokens[k];
  if (PERSONAL_PRONOUNS.has(first.norm) || first.norm === "man") return [k, k + 1];
  // A demonstrative standing alone: "…, sagte dieser." (the person named last, see `resolveSpeakerPhrase`).
  if (/^(?:dieser|diese|jener|jene)$/.test(first.norm) && (k + 1 >= to || tokens[k + 1].kind === "punct")) return [k, k + 1];
  // A name that opens with a lower-case particle: "sagte von der Leyen", "so de Mistura" (not the preposition "von"),
  // "sagte al-Kaabi".
  if (first.kind === "word" && !isCapitalized(first)) {
    const name = ctx.mentions.find((m) => m.type === "person" && m.start === first.start);
    if (name) {
      const end = firstTokenFrom(tokens, name.end);
      return [k, end < 0 ? to : Math.min(end, to)];
    }
    if (ARABIC_ARTICLE.test(first.text)) return [k, k + 1];
  }
  // A quoted name: "laut „BBC News“", "so die „Financial Times“".
  if (allowVon && ctx.quoteOf[k] === -2) {
    let j = k + 1;
    while (j < to && j < k + 7 && ctx.quoteOf[j] >= 0) j++;
    if (j > k + 1 && j < to && ctx.quoteOf[j] === -2) return [k, j + 1];
  }
  let sawHead = false;
  while (k < to) {
    const t = tokens[k];
    // A quoted name in a genitive, every word capitalised: "die Redaktion der „Münsterschen Zeitung“"; or right
    // after its article: "laut einem Bericht der „Financial Times“".
    if (ctx.quoteOf[k] === -2 && (sawHead ? GENITIVE_DETERMINERS.has(tokens[k - 1].norm) : k > start && DETERMINERS.has(tokens[k - 1].norm))) {
      let j = k + 1;
      while (j < to && j < k + 6 && ctx.quoteOf[j] >= 0 && isCapitalized(tokens[j])) j++;
      if (j > k + 1 && j < to && ctx.quoteOf[j] === -2) {
        // A name after its article is the head; a genitive after it belongs to the verb ("wirft der „Arbeitskreis“ der Polizei vor").
        if (!sawHead) return [start, j + 1];
        k = j + 1;
        continue;
      }
    }
    if (inQuote(ctx, k)) break;
    if (t.kind === "punct") {
      // "-" in "ZK der KP Chinas" never appears as a token; a comma may open an apposition.
      break;
    }
    // An extended attribute between the article and its noun: "einer im Staatsfernsehen verlesenen Erklärung", "ein der
    // Gruppe nahestehender Kanal". A participle or adjective in -en/-er/-es/-e ends it, right before the noun; the
    // noun's phrase is the speaker.
    if (!sawHead && k > start && DETERMINERS.has(tokens[k - 1].norm)) {
      // The noun and what follows it name the speaker: "Erklärung des Präsidialamts".
      const closing = attributeEnd(ctx, k - 1, to);
      if (closing >= 0) return nounPhraseAfter(ctx, closing + 1, to, allowVon);
    }
    if (DETERMINERS.has(t.norm) && !sawHead) {
      k++;
      continue;
    }
    // (Not after a person's name: "warf Schoigu | der NATO vor" names the accused in the dative.)
    if (sawHead && GENITIVE_DETERMINERS.has(t.norm) && nameEndsAt(ctx, tokens[start].start, tokens[k - 1].end)) break;
    // "sagte ein Heeressprecher der APA", "sagte ein Diplomat der Zeitung Kommersant": a medium is whom they told.
    if (sawHead && !allowVon && t.norm === "der" && toldMedium(ctx, k)) break;
    // (A dative before the object and particle of "vorwerfen", "vorhalten", "androhen", "anbieten" is whom it is said to: "warf die
    // Opposition | der Regierung Betrug vor"; not "kündigte der Chef der Gewerkschaft Widerstand an".)
    if (sawHead && t.norm === "der" && dativeBeforeObject(ctx, from, k)) break;
    if (sawHead && GENITIVE_DETERMINERS.has(t.norm)) {
      // Genitive attachment: "der Sekretär des russischen Sicherheitsrates"
      k++;
      continue;
    }
    if (allowVon && t.norm === "von" && sawHead) {
      k++;
      continue;
    }
    // A shortened compound goes on past its "und": "forderten die Staats- und Regierungschefs die Junta auf".
    if (sawHead && tokens[k - 1].text.endsWith("-") && /^(?:und|oder|sowie)$/.test(t.norm)) {
      k++;
      continue;
    }
    // An adjective right after the head noun opens the next phrase: "von der Staatsanwaltschaft Innsbruck | fahrlässige Tötung vorgeworfen".
    // (Not after a person's Saxon genitive, which is no head: "Kims einflussreiche Schwester Kim Yo Jong".)
    const saxonGenitive = sawHead && /[s'’]$/.test(tokens[k - 1].text) && ctx.mentions.some((m) => m.type === "person" && m.end === tokens[k - 1].end);
    if (t.wordClass === "adj" && !isCapitalized(t) && !(sawHead && (isCapitalized(tokens[k - 1]) || AGE_NOUN.test(tokens[k - 1].text)) && !GENITIVE_DETERMINERS.has(tokens[k - 1].norm) && !saxonGenitive)) {
      k++;
      continue;
    }
    // An adjective the lexicon does not know, before its noun ("der malaysischen Nachrichtenagentur").
    if (!sawHead && t.wordClass === null && t.kind === "word" && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(t.text) && tokens[k + 1] && isCapitalized(tokens[k + 1])) {
      k++;
      continue;
    }
    // A particle inside a name: "Abdulaziz bin Salman", "Lula da Silva" (not a verb: "bin"); an article: "Fursan al-Hak";
    // any word inside a name the registry knows: "Ursula von der Leyen", "der Syrischen Beobachtungsstelle für Menschenrechte".
    if (sawHead && isCapitalized(tokens[k - 1]) && (isNameParticle(tokens, k, to) || ARABIC_ARTICLE.test(t.text) || ctx.mentions.some((m) => m.start < t.start && m.end >= t.end))) {
      k++;
      continue;
    }
    // (A number's compound is a noun too: "sagte der 61-Jährige".)
    if (isCapitalized(t) || t.kind === "abbreviation" || t.kind === "number" || AGE_NOUN.test(t.text)) {
      if (t.wordClass === "function" && !DETERMINERS.has(t.norm)) break;
      // A number before a noun after the head opens the next phrase: "laut der Polizei | 4.450 Menschen", "nach Angaben
      // der Beobachtungsstelle | 18 Zivilisten" (a number that ends a name stays: "der Radiosender Athina 984").
      if (sawHead && t.kind === "number" && tokens[k + 1] !== undefined && tokens[k + 1].kind === "word" && isCapitalized(tokens[k + 1])) break;
      if (PREPOSITIONS.has(t.norm)) break;
      // An inflected noun after an acronym opens the object: "erwartet die IADB | Überweisungen in Höhe von …"
      // (a name goes on: "AK Vorratsdatenspeicherung", "AK Oberösterreich").
      // So does one after a common noun: "forderte die Regierung | Verhandlungen mit Russland". (Not inside a name, the
      // registry's or a person's, "die Organisation Ärzte ohne Grenzen", "Polizeibeamten Thomas Pettersen"; nor a name
      // of nouns, "der Gewerkschaft Nahrung-Genuss-Gaststätten"; nor after a place's adjective, "Stuttgarter Nachrichten".)
      if (sawHead && t.wordClass === "noun" && t.lemma !== t.text && (/^\p{Lu}{2,}$/u.test(tokens[k - 1].text) || objectAfterNoun(ctx, k))) break;
      // A person's name ends the phrase before a noun or another name: "lobte Putin | Chinas Haltung"
      // (a name goes on: "Wang Yi").
      // (Not a name in the Saxon genitive that opens the phrase: "Lins Kollegin Mao Ning", "Putins Sprecher".)
      const saxonGenitive = k - 1 === start && /\p{Ll}s$/u.test(tokens[start].text) && t.wordClass === "noun";
      if (sawHead && !saxonGenitive && nameEndsAt(ctx, tokens[start].start, tokens[k - 1].end) && (t.wordClass === "noun" || offsetsOf(ctx).starts.has(t.start))) break;
      // A body's noun ends before a list of countries named in no genitive, the verb's objects: "dankte das Ministerium |
      // Deutschland, Ungarn und …". (Not a seat, "das Oberlandesgericht Wien", nor a name, "der Zeitung China Daily",
      // "der Zeitung Österreich", "das Parlament Georgien".)
      if (sawHead && tokens[k - 1].wordClass === "noun" && ctx.lex.institutions.some((h) => tokens[k - 1].norm.endsWith(h)) && !/s$/.test(t.norm) && ctx.mentions.some((m) => m.type === "country" && m.via !== "demonym" && m.via !== "metonym" && m.start === t.start && /^(?:,|und|sowie)$/.test(tokens[firstTokenFrom(tokens, m.end)]?.text ?? ""))) break;
      // So does a common noun before a country that a verb's particle or participle closing the clause follows: the country
      // is the object, "forderte die Staatengruppe | Venezuela auf, …", "hatten die Richter | Venezuela angewiesen, …" (not
      // a name: "berichtete die Zeitung Österreich.").
      if (sawHead && tokens[k - 1].wordClass === "noun" && !COUNTRY_KIND.test(tokens[k - 1].norm) && !/s$/.test(t.norm) && objectBeforeClosing(ctx, k)) break;
      // So does a bare common noun there: "warf die Opposition | Wahlbetrug vor.", "warf Ungarn | Erpressung vor."
      if (sawHead && bareObjectBeforeClosing(ctx, k)) break;
      // A phrase that names a side ends before another side: "hatte die Nato | China als … bezeichnet", "die G7-Staaten | China".
      if (sawHead && offsetsOf(ctx).actorStarts.has(t.start) && namesSideBefore(ctx, start, k)) break;
      // So does another person the text names, by their surname, after one: "forderte Kickl | Van der Bellen auf", said after
      // "Herbert Kickl" and "Alexander Van der Bellen" were named.
      if (sawHead && isCapitalized(tokens[k - 1]) && secondPersonAt(ctx, start, k)) break;
      // So does a person's name the registry does not know: "hat Regierungschef Nikol Paschinjan | Aserbaidschan … vorgeworfen".
      if (sawHead && offsetsOf(ctx).actorStarts.has(t.start) && ctx.persons.some((p) => p.end === tokens[k - 1].end && p.start >= tokens[start].start)) break;
      sawHead = true;
      k++;
      continue;
    }
    break;
  }
  if (!sawHead) return null;
  let end = k;
  // Apposition: "der Sekretär des russischen Sicherheitsrates, Sergej Schoigu,"
  if (end < to && isComma(tokens[end])) end = appositionEnd(ctx, end, to) ?? end;
  // … also after a short place or body: "der Botschafter in Moskau, Zhang Hanhui,", "der Chef der Fraktion im Parlament, Manfred Weber,".
  else if (end < to && PREPOSITIONS.has(tokens[end].norm)) {
    let comma = end + 1;
    while (comma < to && comma < end + 5 && tokens[comma].kind !== "punct" && !isVerbLike(ctx, tokens[comma])) comma++;
    const apposition = comma < to && isComma(tokens[comma]) ? appositionEnd(ctx, comma, to) : null;
    if (apposition !== null) end = apposition;
    // … and a government's seat at the end: "erklärte das Außenministerium in Taipeh." (or before the verb's particle:
    // ", teilte das Handelsministerium in Peking mit").
    else {
      const seatEnd = withSeat(ctx, [start, end], start, tokens.length)[1];
      // (A time may stand between seat and particle: ", teilte das Ministerium in Berlin am Samstag mit".)
      const after = seatEnd + (/^(?:am|im)$/.test(tokens[seatEnd]?.norm ?? "") && tokens[seatEnd + 1] && isTimePoint(tokens[seatEnd + 1]) ? 2 : 0);
      if (seatEnd > end && (after >= to || tokens[after].kind === "punct" || (after + 1 < tokens.length && PARTICLE_SET.has(tokens[after].norm) && tokens[after + 1].kind === "punct"))) end = seatEnd;
    }
  }
  return [start, end];
}

/**
 * The person (ctx.persons, names of two words or more) whose name ends in the words of tokens [from, to), if any; named
 * elsewhere in the text, not by a name read at `at` (the phrase being read may have run two names together).
 */
function personByTail(ctx: DocContext, from: number, to: number, at: number): string | undefined {
  const words = ctx.layer.tokens.slice(from, to).map((t) => t.text).join(" ");
  const here = ctx.layer.tokens[at].start;
  return ctx.persons.find((p) => (p.end < here || p.start > ctx.layer.tokens[to - 1].end) && (p.name.endsWith(` ${words}`) || (p.name === words && p.name.includes(" "))))?.name;
}

/**
 * Does a second person's surname start at k, right after a first person's name ends the phrase [start, k)? Both known
 * from the text: "Kickl" of "Herbert Kickl", then "Van der Bellen" of "Alexander Van der Bellen".
 */
function secondPersonAt(ctx: DocContext, start: number, k: number): boolean {
  let first: string | undefined;
  let i = k;
  while (!first && i > start && i > k - 4) first = personByTail(ctx, --i, k, start);
  if (!first) return false;
  for (let j = k + 1; j <= k + 4 && j <= ctx.layer.tokens.length; j++) {
    const second = personByTail(ctx, k, j, start);
    // (Not where both make one name the text knows: "Harald Neumann", "Rahmani Purs".)
    if (second && second !== first) return personByTail(ctx, i, j, start) === undefined;
  }
  return false;
}

// Nouns a country's name follows as its own: "das Königreich Saudi-Arabien", "die Republik Moldau".
const COUNTRY_KIND = /^(?:königreich|republik|bundesrepublik|volksrepublik|emirat|emirate|staat|land|fürstentum|sultanat|großherzogtum)$/;

/** Is token k a country named by name that a separated particle or a verb closing the clause follows ("Venezuela auf,", "Venezuela angewiesen,")? */
function objectBeforeClosing(ctx: DocContext, k: number): boolean {
  const { tokens } = ctx.layer;
  const m = ctx.mentions.find((x) => x.type === "country" && x.via !== "demonym" && x.via !== "metonym" && x.start === tokens[k].start);
  if (!m) return false;
  let next = firstTokenFrom(tokens, m.end);
  // (Adverbs may stand between: "hat das Außenministerium China erneut aufgefordert, …".)
  for (let n = 0; n < 3 && tokens[next]?.kind === "word" && !isCapitalized(tokens[next]) && tokens[next].wordClass !== "verb" && !PARTICLE_SET.has(tokens[next].norm); n++) next++;
  return closesClause(tokens, next);
}

/** Is token j the verb's particle or a verb-final form, with the clause's punctuation right after it? */
function closesClause(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t !== undefined && (PARTICLE_SET.has(t.norm) || (t.wordClass === "verb" && !isCapitalized(t))) && /^[,.;:!?]$/.test(tokens[j + 1]?.text ?? "");
}

/**
 * Does "der" at k open the dative of a verb of saying that always has one, its bare object and particle after it
 * ("warf die Opposition der Regierung Betrug vor", "drohte die Kommission der Slowakei Strafzahlungen an")?
 */
function dativeBeforeObject(ctx: DocContext, from: number, k: number): boolean {
  const { tokens } = ctx.layer;
  const verb = tokens[from - 1];
  const particle = tokens[k + 3]?.norm;
  const dativeVerb = verb !== undefined && ((/^(?:werfen|halten)$/.test(verb.lemma) && particle === "vor") || (/^(?:drohen|bieten)$/.test(verb.lemma) && particle === "an"));
  return dativeVerb && tokens[k + 1] !== undefined && isCapitalized(tokens[k + 1]) && bareObjectBeforeClosing(ctx, k + 2);
}

/** A common noun the dictionary knows, no actor's, that only the verb's particle or participle follows before the clause ends. */
function bareObjectBeforeClosing(ctx: DocContext, k: number): boolean {
  const { tokens } = ctx.layer;
  const [before, t] = [tokens[k - 1], tokens[k]];
  // (The cheap test first: this runs for every capitalised word after a phrase's head.)
  if (!closesClause(tokens, k + 1)) return false;
  if (t.wordClass !== "noun" || t.text.includes("-") || /s$/.test(t.text) || !isCapitalized(before) || !knownNounForm(t.text)) return false;
  // The head before it is a noun or an actor's name, not in the genitive: "von Kenias | Regierung" is one phrase.
  const endsActor = ctx.mentions.some((m) => m.end === before.end);
  // (Nor a name's capitalised adjective or a place's: "die Deutsche | Bischofskonferenz", "die Karlsruher | Behörde".)
  const placeAdjective = /er$/.test(before.text) && !endsActor && !isRoleNoun(ctx.lex, before.lemma);
  if ((before.wordClass !== "noun" && !endsActor) || (/s$/.test(before.text) && (endsActor || before.lemma !== before.text)) || isAdjectiveForm(before.norm) || placeAdjective) return false;
  const covers = (m: { start: number; end: number }) => m.start < t.end && m.end > t.start;
  return !ctx.mentions.some(covers) && !ctx.persons.some(covers);
}

// Bodies named by their seat: "die Regierung in Peking", "das Außenministerium in Taipeh".
export const SEATED_BODY = /(?:regierung|führung|ministerium|behörde|administration|parlament)$/;

/** Bodies a country keeps in another, whose seat names the host, not the owner: "die Botschaft in Berlin" is no German body. */
export const HOSTED_BODY = /(?:botschaft|konsulat|vertretung|mission)$/;

/** The end of a name set off after the comma at `comma` ("…, Sergej Schoigu,", "…, Sebastian Edathy (SPD),"), or null. */
export function appositionEnd(ctx: DocContext, comma: number, to: number): number | null {
  const { tokens } = ctx.layer;
  let j = comma + 1;
  while (j < tokens.length && j < comma + 5 && isCapitalized(tokens[j]) && tokens[j].wordClass !== "function") j++;
  // A party or age in parentheses after the name: "…, Sebastian Edathy (SPD),".
  if (j > comma + 1 && tokens[j]?.text === "(") {
    let close = j + 1;
    while (close < tokens.length && close < j + 4 && tokens[close].text !== ")" && tokens[close].kind !== "punct") close++;
    if (tokens[close]?.text === ")" && close > j + 1 && (isComma(tokens[close + 1]) || close + 1 >= to)) j = close + 1;
  }
  // (Or it ends the sentence: "sagte der Sprecher im Weißen Haus, Adam Hodge.")
  return j > comma + 1 && (isComma(tokens[j]) || j >= to || /^[.!?]$/.test(tokens[j]?.text ?? "")) ? j : null;
}

/**
 * The noun phrase that ends right before token `k` ("Berichten" in "… befanden sich
 * Berichten zufolge …", "einem Bericht der Zeitung The Jakarta Post zufolge"): walks back
 * over nouns, names, adjectives, determiners and genitive attachments.
 */
export function nounPhraseBefore(ctx: DocContext, k: number, from: number): [number, number] | null {
  const { tokens } = ctx.layer;
  let j = k - 1;
  let sawNoun = false;
  while (j >= from) {
    const t = tokens[j];
    if (inQuote(ctx, j) || ctx.quoteOf[j] === -2) {
      j--;
      continue;
    }
    if (isCapitalized(t) && t.wordClass !== "function" && !isVerbLike(ctx, t)) sawNoun = true;
    else if (DETERMINERS.has(t.norm) || t.wordClass === "adj" || t.norm === "von" || t.kind === "number") {
      // Determiners and adjectives belong to the phrase; "von" only between nouns.
    } else break;
    j--;
  }
  return sawNoun ? trimPhrase(ctx, j + 1, k) : null;
}

/** The phrase after "heißt es": "in einer Erklärung des Ministeriums", "aus Regierungskreisen"; "darin": the text the sentence before names. */
export function sourceAfter(ctx: DocContext, from: number, to: number): [number, number] | null {
  const { tokens } = ctx.layer;
  if (TEXT_ADVERBS.test(tokens[from]?.norm ?? "")) return textBefore(ctx, tokens[from].sentence);
  for (let j = from; j < to; j++) {
    if (/^(von|vom|vonseiten|seitens|des|der|aus|in|im)$/.test(tokens[j].norm)) {
      // A text with its writer after "von": "hieß es in einer Mitteilung von Gazprom".
      const np = nounPhraseAfter(ctx, j + 1, to, /^(?:in|im)$/.test(tokens[j].norm));
      if (np) return np;
    }
  }
  return null;
}

// Adverbs that point to a text named just before: "Darin heißt es", "…, hieß es darin".
const TEXT_ADVERBS = /^(?:darin|hierin)$/;

/** The text the sentence before sentence `si` names ("verlas eine Rede Modis", "veröffentlichte eine Erklärung"), with its owner. */
export function textBefore(ctx: DocContext, si: number): [number, number] | null {
  const { tokens } = ctx.layer;
  const before = ctx.layer.sentences[si - 1];
  if (!before) return null;
  for (let j = before.tokenStart; j < before.tokenEnd; j++) {
    const t = tokens[j];
    if (!isCapitalized(t) || t.wordClass !== "noun" || !(ctx.lex.documents ?? []).some((d) => t.norm.endsWith(d))) continue;
    const text = nounPhraseAfter(ctx, j, before.tokenEnd);
    // A text of no one named is its issuer's, the subject that opens the sentence: "Das Außenministerium veröffentlichte eine Erklärung".
    const owned = text !== null && ctx.mentions.some((m) => m.start > t.start && m.end <= tokens[text[1] - 1].end);
    const verb = firstVerbIndex(ctx, before);
    if (owned || verb >= j) return text;
    // (After an adverbial Vorfeld, the subject after the verb: "Zum Abschluss unterzeichneten beide Seiten eine Erklärung".)
    const issuer = verb > before.tokenStart && isNominalStart(tokens[before.tokenStart], tokens[before.tokenStart + 1]) && !isPlainPrepositionalPhrase(ctx, before.tokenStart, verb) ? trimPhrase(ctx, before.tokenStart, verb) : invertedSubject(ctx, verb, before);
    return issuer ?? text;
  }
  return null;
}

/**
 * The subject after the finite verb of a clause with an adverbial Vorfeld: the first noun
 * phrase no preposition governs ("Gegen den Verband ermittelt seit vergangenem Jahr die
 * Staatsanwaltschaft", "Unterdessen verteidigte der Vorsitzende …"). Null at an object first.
 */
export function invertedSubject(ctx: DocContext, verb: number, s: Sentence): [number, number] | null {
  const { tokens } = ctx.layer;
  const end = Math.min(clauseEnd(ctx, verb + 1), verb + 12);
  // (With its seat: "hatte das Außenministerium in Kiew … aufgefordert".)
  const seated = (np: [number, number] | null) => np && withSeat(ctx, np, verb + 1, s.tokenEnd);
  let governed = false;
  for (let j = verb + 1; j < end; j++) {
    const t = tokens[j];
    if (inQuote(ctx, j) || ctx.quoteOf[j] === -2) continue;
    // "über 50 linke Gruppierungen": "more than", no preposition.
    if (PREPOSITIONS.has(t.norm) && !(t.norm === "über" && tokens[j + 1]?.kind === "number")) {
      governed = true;
      continue;
    }
    // An extended attribute after the article: "schrieb das dem Verteidigungsministerium unterstellte Africa Corps", "sagte
    // die von der Regierung eingesetzte Kommission"; the noun after it is the subject (see nounPhraseAfter).
    if (!governed && !NON_NOMINATIVE.has(t.norm) && attributeEnd(ctx, j, end) >= 0) return seated(nounPhraseAfter(ctx, j, s.tokenEnd));
    if (NON_NOMINATIVE.has(t.norm) && !governed) return null;
    // A pronoun right after the verb is its subject: "Am Montag legte er auf seiner Plattform Truth Social nach".
    if (j === verb + 1 && /^(?:er|sie|ich|wir)$/.test(t.norm)) return [j, j + 1];
    if (isCapitalized(t) && t.wordClass !== "function" && !isAdverbial(t)) {
      if (governed) {
        governed = false;
        continue;
      }
      let a = j;
      while (a > verb + 1 && (DETERMINERS.has(tokens[a - 1].norm) || tokens[a - 1].wordClass === "adj") && !inQuote(ctx, a - 1)) a--;
      if (a > verb + 1 && PREPOSITIONS.has(tokens[a - 1].norm)) return null;
      return seated(nounPhraseAfter(ctx, a, s.tokenEnd));
    }
    if (t.kind === "punct" && t.text !== "(") return null;
  }
  return null;
}

export function headNoun(ctx: DocContext, a: number, b: number): Token | null {
  // The first noun not inside a genitive attachment: "Der Sekretär des russischen Sicherheitsrates" → Sekretär.
  const { tokens } = ctx.layer;
  for (let j = a; j < b; j++) {
    const t = tokens[j];
    // (A number's compound is a noun too: "der 71-Jährige".)
    if (t.kind !== "word" || !(isCapitalized(t) || AGE_NOUN.test(t.text)) || DETERMINERS.has(t.norm) || t.wordClass === "function") continue;
    if (t.wordClass === "adj" && tokens[j + 1] && isCapitalized(tokens[j + 1])) continue;
    // A side's genitive before a person's office is whose it is: "Katars Regierungschef", "Ecuadors Präsident".
    // So is it before a body of its own named by name: "Irans Oberster Nationaler Sicherheitsrat" (not "Russlands Auswärtiges Amt").
    const country = /s$/.test(t.text) && j + 1 < b ? ctx.mentions.find((m) => m.type === "country" && m.via !== "demonym" && m.start === t.start && m.end === t.end) : undefined;
    if (country && (isRoleNoun(ctx.lex, tokens[j + 1].lemma) || ctx.mentions.some((m) => m.type !== "person" && m.type !== "country" && m.start === tokens[j + 1].start && m.side === country.name))) continue;
    // A place's adjective in -er, which the dictionary reads as no noun or the registry as a capital's: "die Brüsseler Behörde", "das Mailänder Institut"
    // (the phrase's last noun: not "der Krumpendorfer Grüne-Nationalrat Matthias Köchl").
    if ((t.wordClass !== "noun" || ctx.mentions.some((m) => m.start === t.start && isSeatAdjective(ctx, m))) && /\p{Ll}er$/u.test(t.text) && tokens[j + 1]?.wordClass === "noun" && isCapitalized(tokens[j + 1]) && j + 1 < b && (j + 2 === b || !isCapitalized(tokens[j + 2]))) continue;
    return t;
  }
  return null;
}

/** Is the mention a capital's adjective, one token of its own ("Brüsseler", "Moskauer")? */
export function isSeatAdjective(ctx: DocContext, m: ActorMention): boolean {
  const t = ctx.layer.tokens[firstTokenFrom(ctx.layer.tokens, m.start)];
  return m.via === "metonym" && t !== undefined && t.end === m.end && /er$/.test(t.text);
}

/** A compound ending in an institution's head noun, genitive too: "Sicherheitsrats", "Außenministeriums". */
export function namesInstitution(lex: ReportingLexicon, t: Token, before = 3): boolean {
  const word = t.norm.replace(/e?s$/, "");
  return lex.institutions.some((h) => (t.norm.endsWith(h) || word.endsWith(h)) && t.norm.length >= h.length + before);
}

/** "des (Nationalen) Sicherheitsrats": token j follows "des"/"der", adjectives between. */
function afterGenitiveArticle(tokens: readonly Token[], j: number, from: number): boolean {
  let k = j - 1;
  while (k >= from && tokens[k].wordClass === "adj") k--;
  return k >= from && /^(des|der|eines|einer)$/.test(tokens[k].norm);
}

/**
 * "…, die Partnerin der Kanzlei Qianqian ist, …", "…, der neue Trainer Red Bull Salzburg, …": after a name,
 * a relative clause or an apposition at the comma j tells about it and names no one else, unless a new
 * given name stands in it ("…, der dänische Diplomat Peter Sörensen"). Its end (the next comma), or null.
 */
function insertedClauseEnd(ctx: DocContext, j: number, b: number): number | null {
  const { tokens } = ctx.layer;
  if (!isComma(tokens[j]) || !RELATIVES.has(tokens[j + 1]?.norm ?? "")) return null;
  let e = j + 1;
  while (e < b && !isComma(tokens[e])) e++;
  const relative = tokens[e - 1].wordClass === "verb" || AUX_FORMS.has(tokens[e - 1].norm);
  const newName = tokens.slice(j + 1, e).some((x) => isCapitalized(x) && ctx.genderOf(x.text) !== null);
  return relative || !newName ? e : null;
}

/** A particle inside a name at token j: "Staffan de Mistura", "Rafael van der Vaart", "Osama bin Laden". */
function isNameParticle(tokens: readonly Token[], j: number, b: number, givenName: (word: string) => boolean = () => false): boolean {
  const nameAt = (n: number) => n < b && isCapitalized(tokens[n]) && tokens[n].wordClass !== "function";
  const text = tokens[j].text;
  if (NAME_PARTICLES.has(text)) return nameAt(j + 1);
  // "von" and "zu", mostly prepositions, only right after a given name: "Konstantin von Notz", "Karl-Theodor zu Guttenberg".
  if (text === "von" || text === "zu") return givenName(tokens[j - 1]?.text ?? "") && (nameAt(j + 1) || (/^de[rn]$/.test(tokens[j + 1]?.text ?? "") && nameAt(j + 2)));
  if (/^de[rn]$/.test(text) && tokens[j - 1]?.text === "von") return givenName(tokens[j - 2]?.text ?? "") && nameAt(j + 1);
  if (/^de[rn]$/.test(text)) return /^[Vv]an$/.test(tokens[j - 1]?.text ?? "") && nameAt(j + 1);
  return text === "van" && /^de[rn]$/.test(tokens[j + 1]?.text ?? "") && nameAt(j + 2);
}

/**
 * A word before a given name that reads as a noun is no part of the name: "Verfassungsrechtler Heinz
 * Mayer", "des Gasmonopolisten Naftogas Andrej Kobolew"; short unknown words may be names ("Iain Duncan Smith").
 */
function fromGivenName(ctx: DocContext, run: Token[]): Token[] {
  if (run.length < 3 || ctx.genderOf(run[0].text) !== null) return run;
  const given = run.findIndex((t, i) => i > 0 && i < run.length - 1 && ctx.genderOf(t.text) !== null);
  return given > 0 && readsAsNoun(run[given - 1].text) ? run.slice(given) : run;
}

const NAME_PARTICLES = new Set(["de", "da", "di", "del", "della", "dos", "du", "van", "ten", "ter", "bin", "ibn", "al", "el", "le", "la"]);

/** Capitalised words of a phrase that look like a name ("Sergej Schoigu", "Herr Wang" → "Wang"). */
/**
 * The source of "hervorgehen": the phrase after "aus" in the verb's clause, or the owner in its genitive
 * ("aus einer Meldung der dpa" → "der dpa", "aus einer Studie des Wissenschafters Arjen Hoekstra").
 */
export function textAfterAus(ctx: DocContext, from: number, k: number): [number, number] | null {
  const { tokens } = ctx.layer;
  const end = clauseEnd(ctx, k + 1);
  const clause = tokens[k].sentence;
  let aus = -1;
  for (let j = k - 1; j >= from && tokens[j].sentence === clause && !isComma(tokens[j]); j--) if (tokens[j].norm === "aus") aus = j;
  if (aus < 0) for (let j = k + 1; j < end; j++) if (tokens[j].norm === "aus") {
    aus = j;
    break;
  }
  if (aus < 0) return null;
  // Up to the verb, past adjectives and participles of the text ("einer Ende vergangener Woche publizierten Studie").
  const stop = aus < k ? k : end;
  let head = -1;
  for (let j = aus + 1; j < stop; j++) {
    const t = tokens[j];
    if (t.kind === "punct" && t.text !== "(" ) break;
    if (head < 0 && isCapitalized(t) && t.wordClass === "noun" && !isTimeWord(t) && !/^(?:ende|anfang|mitte)$/.test(t.norm)) head = j;
    if (head >= 0 && j > head && GENITIVE_DETERMINERS.has(t.norm)) {
      // A name written in lower case is one too: "einer Meldung der dpa".
      const owner = nounPhraseAfter(ctx, j, stop, true) ?? (/^\p{Ll}{2,}$/u.test(tokens[j + 1]?.text ?? "") && tokens[j + 1].wordClass === null ? ([j, j + 2] as [number, number]) : null);
      if (owner) return owner;
      break;
    }
  }
  return head < 0 ? null : nounPhraseAfter(ctx, head, stop, true);
}

// Offices of a body, as compounds the role list need not hold: "Fraktionschefin", "Parteivorsitzende".
const OFFICE_HEAD = /(?:chef|chefin|vorsitzende|vorsitzender|sprecher|sprecherin|leiter|leiterin)$/;

/** Is the token a noun for a person: an office ("Außenminister") or what one does or is ("Politikwissenschaftler", "Expertin")? */
export function isPersonNoun(lex: ReportingLexicon, t: Token): boolean {
  return isRoleNoun(lex, t.lemma) || PERSON_NOUN.test(t.norm);
}

// Nouns of a department or a region after an office: "Der Leiter Kommunikation", "Der Geschäftsführer Technik", "Der Kommandeur Süd".
const DEPARTMENT_NOUN = /(?:ion|ik|ung|heit|keit|schaft|tät|nord|süd|ost|west|mitte|finanzen|vertrieb|personal|einkauf)$/;

export function nameIn(ctx: DocContext, a: number, b: number): string | null {
  const { tokens } = ctx.layer;
  const names: Token[][] = [];
  let run: Token[] = [];
  for (let j = a; j < b; j++) {
    const t = tokens[j];
    const inserted = run.length > 0 || names.length > 0 ? insertedClauseEnd(ctx, j, b) : null;
    if (inserted !== null) {
      if (run.length) names.push(run);
      run = [];
      j = inserted - 1;
      continue;
    }
    // After "Frau"/"Herr" a word is a name even where the dictionary knows it as a noun ("Frau Hang", "Herr Bach").
    const afterHonorific = j > a && /^(herr|herrn|frau)$/.test(tokens[j - 1].norm);
    const nameLike =
      // (An initial is a word of a name: "Múte B. Egede", "C.C. Wei".)
      (t.kind === "word" || (t.kind === "abbreviation" && /^(?:\p{Lu}\.){1,3}$/u.test(t.text))) &&
      (isCapitalized(t) || ARABIC_ARTICLE.test(t.text)) &&
      // "Staats- und Regierungschefs": the first part of a shortened compound is no name.
      !t.text.endsWith("-") &&
      (t.wordClass === "name" || t.wordClass === null || (afterHonorific && t.wordClass === "noun")) &&
      !/^(herr|herrn|frau)$/.test(t.norm) &&
      !DETERMINERS.has(t.norm) &&
      !/^\p{Lu}{2,}(?:-|$)/u.test(t.text) &&
      // A word right after an acronym names a firm, no person: "JBC Energy", "ETF Securities".
      !(run.length === 0 && j > a && /^\p{Lu}{2,}$/u.test(tokens[j - 1].text) && tokens[j - 1].end === t.start - 1) &&
      !isRoleNoun(ctx.lex, t.lemma) &&
      // (Nor a place's adjective before a person's noun: "Der Pekinger Politikwissenschaftler Li Ming", "Seouler Sicherheitsanalyst".)
      !(run.length === 0 && /er$/.test(t.text) && t.wordClass === null && ctx.genderOf(t.text) === null && j + 1 < b && tokens[j + 1].wordClass === "noun" && isPersonNoun(ctx.lex, tokens[j + 1])) &&
      !((namesInstitution(ctx.lex, t) && afterGenitiveArticle(tokens, j, a)) || (run.length === 0 && t.wordClass === null && namesInstitution(ctx.lex, t, 6))) &&
      // (Nor a run right after an office and "des": the body it heads, "die Fraktionschefin des Rassemblement National".)
      !(run.length === 0 && j > a + 1 && tokens[j - 1].norm === "des" && (isRoleNoun(ctx.lex, tokens[j - 2].lemma) || OFFICE_HEAD.test(tokens[j - 2].norm))) &&
      !ctx.mentions.some((m) => m.type !== "person" && m.start <= t.start && m.end >= t.end);
    // A given name the dictionary also reads as a compound noun ("Wolfgang": Wolf + Gang) before a name.
    // So is a noun the dictionary reads only as an inflected form, between a role and a name ("Außenminister Espen Barth
    // Eide": not the aspens); a title as written stays one ("Energieminister Prinz Abdulaziz bin Salman").
    // (Or any noun there before two more words of a name: "Sicherheitsanalyst Park Ji Won".)
    const nameWord = (k: number) => k < b && tokens[k].kind === "word" && isCapitalized(tokens[k]) && (tokens[k].wordClass === "name" || tokens[k].wordClass === null);
    const afterOffice = run.length === 0 && j > a && (isRoleNoun(ctx.lex, tokens[j - 1].lemma) || (nameWord(j + 1) && nameWord(j + 2) && PERSON_NOUN.test(tokens[j - 1].norm)));
    const givenBeforeName = t.wordClass === "noun" && isCapitalized(t) && j + 1 < b && isCapitalized(tokens[j + 1]) && tokens[j + 1].wordClass !== "function" && (ctx.genderOf(t.text) !== null || (afterOffice && (t.lemma !== t.text || (nameWord(j + 1) && nameWord(j + 2))) && !ctx.mentions.some((m) => m.start <= t.start && m.end >= t.end) && (tokens[j + 1].wordClass === "name" || tokens[j + 1].wordClass === null)));
    // A surname that is also a word ("Olaf Müller", "Eva Klein") follows a given name; a side does not follow a person's
    // whole name ("hat Regierungschef Nikol Paschinjan Aserbaidschan … vorgeworfen" names the accused after it).
    const surnameAfterName = run.length > 0 && (run.length < 3 || /^(?:der|den|de|van|von)$/.test(tokens[j - 1].text)) && t.kind === "word" && isCapitalized(t) && t.wordClass !== "function" && !isRoleNoun(ctx.lex, t.lemma) && !/^\p{Lu}{2,}$/u.test(t.text) && tokens[j - 1].end === t.start - 1 && !isTimeWord(t) && !(ctx.persons.some((p) => p.start === run[0].start && p.end === tokens[j - 1].end) && ctx.mentions.some((m) => m.type !== "person" && m.via !== "demonym" && m.start <= t.start && m.end >= t.end));
    // (And a lone surname that is also a noun, closing the phrase after a person's noun: "Der Pekinger Korrespondent Fischer".)
    // (An uninflected word, no person's noun itself, after a noun: not "der 17-jährige Lehrling", "der Forscher Juden"; nor a
    // department or a region, "Der Leiter Kommunikation", "Der Kommandeur Süd".)
    const surnameAfterOffice = run.length === 0 && j + 1 === b && t.wordClass === "noun" && isCapitalized(t) && t.lemma === t.text && !isTimeWord(t) && !DEPARTMENT_NOUN.test(t.norm) && !isPersonNoun(ctx.lex, t) && j > a && tokens[j - 1].wordClass === "noun" && isCapitalized(tokens[j - 1]) && isPersonNoun(ctx.lex, tokens[j - 1]) && !ctx.mentions.some((m) => m.start <= t.start && m.end >= t.end);
    if (nameLike || givenBeforeName || surnameAfterName || surnameAfterOffice || (run.length > 0 && isNameParticle(tokens, j, b, (w) => ctx.genderOf(w) !== null))) run.push(t);
    else {
      if (run.length) names.push(run);
      run = [];
    }
  }
  if (run.length) names.push(run);
  // Prefer the last run: appositions and names after roles come last ("…, Song Tang"); but not
  // an affiliation or a place after a preposition ("David Wech von JPC Energy", "…, Experte in Bonn").
  const governor = (r: Token[]): string | null => {
    let j = r[0].index - 1;
    // A name after an institution's or a place's noun belongs to that noun's phrase: "an der Universität Kiel", "in der Provinz Hebei".
    if (j > a && tokens[j].wordClass === "noun" && (ctx.lex.institutions.some((h) => tokens[j].norm.endsWith(h)) || PLACE_NOUNS.test(tokens[j].lemma.toLowerCase()))) {
      j--;
      // In a genitive after another noun too: "der Staatsanwalt des Bundesstaates Illinois", "Sprecher der Staatsanwaltschaft
      // Dresden" (a place's one word; not a person's name: "die Vorsitzende der Selbstverwaltung Istvan Kovacs").
      if (j > a && r.length === 1 && /^(?:des|der)$/.test(tokens[j].norm) && tokens[j - 1].wordClass === "noun") return tokens[j].norm;
    }
    while (j >= a && (DETERMINERS.has(tokens[j].norm) || tokens[j].wordClass === "adj" || /^\p{Lu}{2,}$/u.test(tokens[j].text))) j--;
    return j >= a && PREPOSITIONS.has(tokens[j].norm) ? tokens[j].norm : null;
  };
  const governed = (r: Token[]) => governor(r) !== null;
  // A genitive after a noun is its attribute, no speaker: "der Gründer der Demokratischen Partei Hongkongs".
  const genitiveAttribute = (r: Token[]) => r.length === 1 && r[0].index > a && isGenitiveName(ctx, r[0]) && tokens[r[0].index - 1].wordClass === "noun";
  // A single name after a common noun, in the apposition of a full name before it, is that noun's ("Peter Maier,
  // Chef der Stadtwerke Memmingen"; not a title's name: "Handelskommissar Dombrovskis").
  const nounAttribute = (r: Token[]) => {
    const noun = tokens[r[0].index - 1];
    return r.length === 1 && r[0].index > a && noun.wordClass === "noun" && !isRoleNoun(ctx.lex, noun.lemma) && !hasLowerCase(ctx.lex.roles, noun.lemma) && names.some((o) => o[0].index < r[0].index && (o.length >= 2 || ctx.genderOf(o[0].text) !== null));
  };
  // A single name in the genitive before a noun owns it: "Christandls Anwältin", "Tirols SPÖ-Chef" speak, not Christandl.
  // (Names the dictionary does not know keep their "s" as lemma: an office right after tells.)
  const possessor = (r: Token[]) => {
    const next = tokens[r[0].index + 1];
    return r.length === 1 && r[0].index + 1 < b && /\p{Ll}s$/u.test(r[0].text) && (isGenitiveName(ctx, r[0]) ? next.wordClass === "noun" && isCapitalized(next) : isRoleNoun(ctx.lex, next.lemma));
  };
  // So is a name of more words after a body's kind, in such an apposition: "Milan Radoičić, Vizevorsitzender der Partei Srpska Lista".
  const bodyName = (r: Token[]) => {
    const noun = tokens[r[0].index - 1];
    return r[0].index > a && noun.wordClass === "noun" && (NAMED_BODY_KIND.test(noun.norm) || ctx.lex.institutions.some((h) => noun.norm.endsWith(h))) && ctx.genderOf(r[0].text) === null && !personNameShape(r.map((t) => t.text)) && names.some((o) => o[0].index < r[0].index && (o.length >= 2 || ctx.genderOf(o[0].text) !== null));
  };
  // One word that ends a body's name opened by a capitalised adjective is that name's: "die Nationale Task Force".
  const nameTail = (r: Token[]) => {
    const k = r[0].index;
    // (Not after a noun of a person: "Der Oberste Befehlshaber Syrskyj", "Der Nationale Sicherheitsberater Sullivan".)
    return r.length === 1 && k - 2 >= a && tokens[k - 1].wordClass === "noun" && isCapitalized(tokens[k - 1]) && !isRoleNoun(ctx.lex, tokens[k - 1].lemma) && !/(?:er|in|ent|ant|eur|or|ist)$/.test(tokens[k - 1].norm) && tokens[k - 2].wordClass === "adj" && isCapitalized(tokens[k - 2]) && ctx.genderOf(r[0].text) === null;
  };
  const free = names.filter((r) => !governed(r) && !possessor(r) && !nameTail(r) && !(names.length > 1 && (genitiveAttribute(r) || nounAttribute(r) || bodyName(r))));
  // Only names after a preposition: the phrase's own noun speaks, not what it is about ("Kampagne für ein
  // Freies Tibet"); but words, texts and spokespeople speak for the name ("Zitat von Schröder", "Sprecher von Tesla").
  const nounBefore = (r: Token[]) => {
    const by = governor(r) === "von" || governor(r) === "vom";
    return tokens.slice(a, r[0].index).some((t) => t.wordClass === "noun" && isCapitalized(t) && !(by && speaksForOther(ctx, t)));
  };
  const last = names[names.length - 1];
  const chosen = free.length > 0 ? free[free.length - 1] : last && !nounBefore(last) && !possessor(last) ? last : undefined;
  if (!chosen) return null;
  const best = fromGivenName(ctx, chosen);
  const mention = ctx.mentions.find((m) => m.start <= best[0].start && m.end >= best[best.length - 1].end);
  if (mention && mention.type !== "person") return null;
  // A full name in the genitive owns the noun after it ("Angela Merkels Politik") or follows it ("Anhänger Saddam Husseins");
  // elsewhere a final "s" is the name's ("Rainer Kerstiens, sagte"; "Außenminister Lawrow" is no genitive).
  const lastWord = best[best.length - 1];
  const isNoun = (t: Token | undefined) => t !== undefined && t.wordClass === "noun" && isCapitalized(t);
  const before = tokens[best[0].index - 1];
  // (A woman's noun before it is her apposition: "die Sinologin Henrike Albers".)
  // (A compound role before the name is its title: "Handelskommissar Valdis Dombrovskis".)
  // (A noun with a possessive has no genitive after it: "Sein Verteidiger Hansjörg Elbs" is his name.)
  const possessed = (t: Token) => THIRD_PERSON_POSSESSIVE.test(tokens[t.index - 1]?.norm ?? "") || /^(?:dessen|deren)$/.test(tokens[t.index - 1]?.norm ?? "");
  const genitive = best.length > 1 && isGenitiveName(ctx, lastWord) && (isNoun(tokens[lastWord.index + 1]) || (isNoun(before) && !possessed(before) && !hasLowerCase(ctx.lex.roles, before.lemma) && !isRoleNoun(ctx.lex, before.lemma) && !/\p{Ll}in$/u.test(before.text)));
  return best.map((t) => (genitive && t === lastWord ? t.text.replace(/s$/, "") : t.text)).join(" ");
}

/** A surname with the Arabic article: "al-Maliki", "el-Sisi", "as-Sadr". */
export const ARABIC_ARTICLE = /^(?:al|el|as|ad|ar|at|an|az|ash)-(?=\p{Lu})/u;

/** A name word without its Arabic article: "Safadi" for "al-Safadi". */
export const withoutArabicArticle = (word: string): string => word.replace(ARABIC_ARTICLE, "");

function isGenitiveName(ctx: DocContext, t: Token): boolean {
  return t.lemma !== t.text && t.lemma === t.text.slice(0, -1);
}

/** Object pronouns between an inverted reporting verb and its subject ("so charakterisierte ihn X"). */
export function skipObjectPronouns(ctx: DocContext, from: number, to: number): number {
  let k = from;
  // (Not the article of an extended attribute: "„…“, schrieb das dem Ministerium unterstellte Korps".)
  while (k < to && /^(ihn|ihm|ihr|ihnen|es|das|dies|uns|mir|mich)$/.test(ctx.layer.tokens[k].norm) && attributeEnd(ctx, k, to) < 0) k++;
  return k;
}

/**
 * "RIA Novosti zitiert dazu Néstor Kirchner mit folgenden Worten: „…“": the one an active "zitieren" quotes speaks,
 * not who quotes; the object after the verb (and after the subject, when that follows the verb), up to "mit".
 */
export function quotedObject(ctx: DocContext, verb: number, colon: number, subject: [number, number] | null): [number, number] | null {
  const { tokens } = ctx.layer;
  let end = verb + 1;
  while (end < colon && tokens[end].norm !== "mit") end++;
  let from = subject && subject[0] > verb ? subject[1] : verb + 1;
  while (from < end && FRAME_ADVERBS.has(tokens[from].norm)) from++;
  return from < end ? nounPhraseAfter(ctx, from, end) : null;
}
