import { apologyPartRules } from "./src/coach/apology/parts.ts";
import { apologyPitfallRules } from "./src/coach/apology/pitfalls.ts";
import { messageStrengthRules } from "./src/coach/message/strengths.ts";
import { horsemenRules } from "./src/coach/message/horsemen.ts";
import { controlRules } from "./src/coach/message/control.ts";
import { prepare } from "./src/coach/text.ts";
import { readFileSync } from "node:fs";
const all = [...apologyPartRules, ...apologyPitfallRules, ...messageStrengthRules, ...horsemenRules, ...controlRules];
const texts = ["coach-apology.jsonl", "coach-message.jsonl"].flatMap(f => readFileSync("core/test/fixtures/" + f, "utf8").trim().split("\n").map(l => JSON.parse(l).text as string));
let bad = 0;
for (const t of texts) { const n = prepare(t).norm; for (const r of all) { r.pattern.lastIndex = 0; if (r.pattern.test(n) && r.trigger && !r.trigger.some(s => n.includes(s))) { bad++; console.log("UNSOUND", r.pattern.source.slice(0, 80), JSON.stringify(r.trigger), t); } r.pattern.lastIndex = 0; } }
console.log("unsound", bad, "texts", texts.length);
