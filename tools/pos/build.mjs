// Derives the data of Timeline's part-of-speech tagger (a C# port of en-pos 1.0.16) from the npm packages
// en-pos, en-lexicon, en-inflectors, humannames and cities-list (all MIT, by Alex Corvi), and writes the
// parity fixture: news-like sentences tokenised the way Timeline's Tokenizer does, tagged by en-pos itself.
// Run: npm ci && node build.mjs   (from tools/pos)
import { createRequire } from "node:module";
import { mkdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const dataDir = join(repo, "src", "Timeline.Core", "Extract", "Text", "Pos", "Data");
const fixture = join(repo, "tests", "Timeline.Tests", "Extract", "Text", "Pos", "parity.tsv");

const { Tag } = require("en-pos");
const { lexicon } = require("en-lexicon");
const inflectors = require("en-inflectors");
const nounExceptions = require("en-inflectors/dist/noun/list_exceptions");
const { rules } = require("en-pos/dist/smoothing/brill_rules");
const { conditions } = require("en-pos/dist/smoothing/brill_conditions");
const givenNames = require("humannames");
const cities = require("cities-list");

const versions = Object.fromEntries(["en-pos", "en-lexicon", "en-inflectors", "humannames", "cities-list"]
    .map((name) => [name, require(`${name}/package.json`).version]));
if (versions["en-pos"] !== "1.0.16" || versions["en-lexicon"] !== "1.0.11") {
    throw new Error(`expected en-pos 1.0.16 and en-lexicon 1.0.11, got ${JSON.stringify(versions)}`);
}

// Ordinal (UTF-16 code unit) order, the same as C#'s StringComparer.Ordinal: byte-identical reruns.
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const clean = (s) => {
    if (/[\t\n\r]/.test(s)) throw new Error(`tab or newline in ${JSON.stringify(s)}`);
    return s;
};
const written = [];
function write(name, lines) {
    const path = join(dataDir, name);
    writeFileSync(path, lines.map((l) => l + "\n").join(""));
    written.push(`${name}: ${lines.length} lines, ${statSync(path).size} bytes`);
}

mkdirSync(dataDir, { recursive: true });

// en-pos reads the lexicon as a raw "TAG|TAG" string (it also searches it by substring), so it is kept raw.
const words = Object.keys(lexicon).sort(ordinal);
write("pos-lexicon.tsv", words.map((w) => `${clean(w)}\t${clean(lexicon[w])}`));

write("pos-given-names.txt", Object.keys(givenNames).sort(ordinal).map(clean));
write("pos-cities.txt", Object.keys(cities).sort(ordinal).map(clean));

// Verbs en-inflectors knows in the base form (its `infinitives`).
write("pos-infinitives.txt", Object.keys(inflectors.infinitives).sort(ordinal).map(clean));

// isPlural's word lists: uncountable nouns, and irregular singulars and plurals.
const nounLines = [
    ...inflectors.nonCountables.map((w) => `${clean(w)}\tuncountable`),
    ...Object.keys(nounExceptions.singular2plural).map((w) => `${clean(w)}\tsingular`),
    ...Object.keys(nounExceptions.plural2singular).map((w) => `${clean(w)}\tplural`),
];
write("pos-noun-number.tsv", [...new Set(nounLines)].sort(ordinal));

// en-pos's post-Brill step only asks whether conjugate(word, "VBP") is one of these verbs; the full
// conjugator (lookup tables, regexes, Porter stemmer) is not ported, its answers are tabulated for every
// lowercased lexicon word and every form of the irregular verbs instead.
const baseVerbs = new Set(["walk", "throw", "move", "go", "cash", "come", "bring", "lock", "put", "take", "get", "be"]);
const verbBases = new Map();
const candidates = new Set(words.map((w) => w.toLowerCase()));
for (const entry of require("en-inflectors/dist/verb/solve_lookup").irregular) entry.forEach((f) => f && candidates.add(f));
for (const form of candidates) {
    const base = new inflectors.Inflectors(form).conjugate("VBP");
    if (baseVerbs.has(base)) verbBases.set(form, base);
}
write("pos-verb-bases.tsv", [...verbBases.keys()].sort(ordinal).map((w) => `${clean(w)}\t${verbBases.get(w)}`));

// Brill rules in en-pos's order, with the condition's name. One rule in en-pos has no condition type and no
// target tag, so it can never fire: it is left out.
const conditionNames = Object.fromEntries(Object.entries(conditions).map(([k, v]) => [v, k]));
const field = (v) => (v === undefined || v === null ? "" : clean(String(v)));
const ruleLines = rules
    .filter((r) => conditionNames[r.type] !== undefined && r.to)
    .map((r) => [r.from, r.to, conditionNames[r.type], field(r.c1), field(r.c2), field(r.c3),
        r.cr ? clean(r.cr.source) : "", r.verify ? "1" : "0", r.secondRun ? "1" : "0"].join("\t"));
write("pos-brill-rules.tsv", ["from\tto\tcondition\tc1\tc2\tc3\tregex\tverify\tsecond_run", ...ruleLines]);

// Parity fixture. The regex is Timeline's Tokenizer regex (Extract/Text/Tokenizer.cs).
const tokenRegex = /(?:\p{Lu}\.){2,}|\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?(?:-[\p{L}\p{N}]+(?:,\p{N}{3})*)*(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:(?:[\-.]|['’](?![sS]\b))[\p{L}\p{N}]+)*|['’][sS]\b|[^\s\p{L}\p{N}]/gu;
const sentences = readFileSync(join(here, "sentences.txt"), "utf8").split("\n").map((s) => s.trim()).filter((s) => s && !s.startsWith("#"));
const rows = sentences.map((s) => {
    const tokens = s.match(tokenRegex);
    const tags = new Tag(tokens).initial().smooth().tags;
    return `${clean(s)}\t${tokens.join(" ")}\t${tags.join(" ")}`;
});
mkdirSync(dirname(fixture), { recursive: true });
writeFileSync(fixture, ["sentence\ttokens\ttags", ...rows].map((l) => l + "\n").join(""));
written.push(`parity.tsv: ${rows.length} sentences, ${rows.reduce((n, r) => n + r.split("\t")[1].split(" ").length, 0)} tokens`);

const attribution = `# Part-of-speech data: sources and licences

These files are derived by \`tools/pos/build.mjs\` from npm packages, all under the MIT licence
(Copyright (c) 2017 Alex Corvi), and are used by Timeline's C# port of en-pos's tagger.

| file | source |
| --- | --- |
| pos-lexicon.tsv | en-lexicon ${versions["en-lexicon"]}: word -> tags, as en-pos reads it |
| pos-given-names.txt | humannames ${versions["humannames"]} (en-pos's given names) |
| pos-cities.txt | cities-list ${versions["cities-list"]} (en-pos's cities) |
| pos-infinitives.txt | en-inflectors ${versions["en-inflectors"]}: verbs in the base form |
| pos-noun-number.tsv | en-inflectors ${versions["en-inflectors"]}: uncountable nouns, irregular singulars and plurals |
| pos-verb-bases.tsv | en-inflectors ${versions["en-inflectors"]}: conjugate(word, "VBP") where en-pos tests the result |
| pos-brill-rules.tsv | en-pos ${versions["en-pos"]}: Brill transformation rules |

The tagging algorithm itself is a port of en-pos ${versions["en-pos"]} (MIT, Alex Corvi,
https://github.com/finnlp/en-pos).

The MIT License (MIT)

Copyright (c) 2017 Alex Corvi

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the
following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO
EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE
USE OR OTHER DEALINGS IN THE SOFTWARE.
`;
writeFileSync(join(dataDir, "ATTRIBUTION.md"), attribution);
console.log(written.join("\n"));
