import { readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
const f = process.argv[2];
let t = performance.now();
const buf = readFileSync(f);
const st = deserialize(buf) as any;
console.log("deserialize", Math.round(performance.now() - t), "ms", (buf.length / 1e6).toFixed(1), "MB");
t = performance.now(); const out = serialize(st); console.log("serialize", Math.round(performance.now() - t), "ms");
for (const k of Object.keys(st)) { const s = serialize(st[k]); console.log(k, (s.length / 1e6).toFixed(2), "MB"); }
for (const k of Object.keys(st.totals)) { const s = serialize(st.totals[k]); console.log("  totals." + k, (s.length / 1e6).toFixed(2), "MB"); }
console.log("known.hashes", serialize(st.known.hashes).length / 1e6, "ids", serialize(st.known.ids).length / 1e6);
console.log("stance groups", st.totals.stance.groups.size, "lemmas", st.totals.lemmas.size, "pairs", st.totals.comentions.map((c: any) => c.pairs.size));
