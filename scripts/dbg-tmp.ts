import { analyzeText } from "../src/analysis/text.js";
console.log(analyzeText("Wien/Spielfeld/Athen/Belgrad –Die österreichische Bundesregierung will diesen Mittwoch ein Konzept vorlegen.").tokens.map((t) => `${t.text}/${t.kind}`).join(" "));
