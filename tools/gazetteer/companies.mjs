// Companies: names from @cspell/dict-companies (MIT, Street Side Software), kept where they read as a
// company's name and not as an ordinary word, a person's name or a stock ticker.
import fs from 'node:fs';
import path from 'node:path';

export function buildCompanies({ given, nameWords, ordinaryWords, out, header }) {
  const ordinary = w => ordinaryWords.has(w);
  const names = new Set();
  const source = path.join(import.meta.dirname, 'node_modules/@cspell/dict-companies/dict/companies.txt');
  for (const raw of fs.readFileSync(source, 'utf8').split('\n')) {
    const name = raw.trim();
    if (name.length < 3 || name.startsWith('#')) continue;
    if (!/^[A-Z0-9]/.test(name) || !/[a-z]/.test(name)) continue; // tickers and acronyms are organisations by shape already
    const words = name.split(/\s+/);
    if (words.length === 1 && (ordinary(name) || given.has(name) || nameWords.has(name))) continue; // "Target", "Ford", "Dell"
    if (words.every(w => ordinary(w))) continue; // "General Electric" stays; "Green Mountain" does not
    names.add(name);
  }
  fs.writeFileSync(path.join(out, 'companies.txt'),
    header + '# one company name a line\n' + [...names].sort().join('\n') + '\n');
  return names.size;
}
