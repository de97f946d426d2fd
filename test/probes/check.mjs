#!/usr/bin/env node
// usage: node test/probes/check.mjs test/probes/pNNN
// Checks a probe folder: articles/*.txt and gold.jsonl in the seed gold format.
import { readFileSync, readdirSync, existsSync } from "node:fs";
const dir = process.argv[2];
const problems = [];
const fold = (s) => String(s ?? "").replace(/\s+/g, " ").trim();
if (!existsSync(`${dir}/articles`) || !existsSync(`${dir}/gold.jsonl`)) { console.log(`FAIL: need ${dir}/articles/ and ${dir}/gold.jsonl`); process.exit(1); }
const files = readdirSync(`${dir}/articles`).filter((f) => f.endsWith(".txt"));
const texts = new Map(files.map((f) => [f.slice(0, -4), fold(readFileSync(`${dir}/articles/${f}`, "utf8"))]));
if (files.length < 7 || files.length > 10) problems.push(`${files.length} articles; want 7 to 10`);
for (const [doc, t] of texts) {
  const words = t.split(" ").length;
  if (words < 200 || words > 600) problems.push(`${doc}: ${words} words; want 200 to 600`);
  if (!/\b(19|20)\d\d\b/.test(t.slice(0, 400))) problems.push(`${doc}: no date (year) in the first lines`);
}
const lines = readFileSync(`${dir}/gold.jsonl`, "utf8").split("\n").filter((l) => l.trim());
const perDoc = new Map();
const KINDS = new Set(["direct", "indirect", "reported"]);
lines.forEach((l, i) => {
  const at = `gold.jsonl:${i + 1}`;
  let g;
  try { g = JSON.parse(l); } catch { problems.push(`${at}: not JSON`); return; }
  const t = texts.get(g.doc);
  if (!t) { problems.push(`${at}: doc "${g.doc}" is no file in articles/`); return; }
  perDoc.set(g.doc, (perDoc.get(g.doc) ?? 0) + 1);
  if (!g.speaker || typeof g.speaker !== "string") problems.push(`${at}: no speaker`);
  if (!KINDS.has(g.kind)) problems.push(`${at}: kind "${g.kind}" not direct/indirect/reported`);
  if (!g.cue) problems.push(`${at}: no cue`);
  const a = fold(g.anchor);
  if (a.length < 8 || a.length > 90) problems.push(`${at}: anchor of ${a.length} characters; want 8 to 90`);
  const first = t.indexOf(a);
  if (first < 0) problems.push(`${at}: anchor "${a}" not in ${g.doc}`);
  else if (t.indexOf(a, first + 1) >= 0) problems.push(`${at}: anchor "${a}" occurs twice in ${g.doc}`);
  if (!Array.isArray(g.stance)) problems.push(`${at}: stance is not a list`);
  else for (const s of g.stance) if (!s || !s.target || !["support", "oppose"].includes(s.polarity)) problems.push(`${at}: bad stance entry ${JSON.stringify(s)}`);
});
for (const doc of texts.keys()) if (!perDoc.has(doc)) problems.push(`${doc}: no gold statements`);
if (lines.length < 60) problems.push(`${lines.length} gold statements; want at least 60`);
const stances = lines.map((l) => { try { return JSON.parse(l).stance?.length ?? 0; } catch { return 0; } }).reduce((a, b) => a + b, 0);
console.log(problems.length ? `FAIL (${problems.length} problems)\n${problems.join("\n")}` : `OK: ${files.length} articles, ${lines.length} statements, ${stances} stance targets`);
process.exit(problems.length ? 1 : 0);
