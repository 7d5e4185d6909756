// The part-of-speech lexicon the C# tagger embeds: which words are ordinary English words (a first tag
// other than NNP/NNPS), the test the gazetteers use to keep names that are also common words out.
import fs from 'node:fs';
import path from 'node:path';

const lexiconPath = path.resolve(import.meta.dirname, '../../src/Timeline.Core/Extract/Text/Pos/Data/pos-lexicon.tsv');

export function loadOrdinaryWords() {
  const ordinary = new Set();
  for (const line of fs.readFileSync(lexiconPath, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0 && !line.slice(tab + 1).split('|')[0].startsWith('NNP')) ordinary.add(line.slice(0, tab));
  }
  return { has: w => ordinary.has(w.toLowerCase()) };
}
