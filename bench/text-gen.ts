// Synthetic article text for the benchmark dataset: titles, deks and Markdown bodies
// with headings, footnotes, emphasis and the occasional list or quotation. Bodies carry
// placeholder tokens (`zqz<N>`) in running text; each article swaps them for words of
// its own, so a few hundred rendered bodies yield 100,000 different texts.
import { COLLOCATIONS, between, pick, type Random, type Vocabulary } from './vocabulary.js';

export const PLACEHOLDER = /zqz(\d+)/g;

const TITLE_NOUNS = [
  'Policy', 'Power', 'Trade', 'Water', 'Borders', 'Cities', 'Debt', 'Energy', 'Elections', 'Courts', 'Migration',
  'Housing', 'Schools', 'Alliances', 'Sanctions', 'Farmers', 'Wages', 'Budgets', 'Treaties', 'Parliaments', 'Data',
  'Evidence', 'Hospitals', 'Forests', 'Rivers', 'Markets', 'Ports', 'Unions', 'Newsrooms', 'Archives',
];
const TITLE_ADJECTIVES = [
  'Quiet', 'Unfinished', 'Uneven', 'Hidden', 'Fragile', 'Missing', 'Long', 'Local', 'Shared', 'Contested', 'New',
  'Forgotten', 'Costly', 'Slow', 'Open', 'Divided', 'Practical', 'Invisible', 'Durable', 'Regional',
];
const PLACES = [
  'the Baltic', 'the Sahel', 'the Andes', 'the Mekong', 'Central Asia', 'the Balkans', 'the Gulf', 'East Africa',
  'the Pacific Islands', 'the Caucasus', 'Southern Europe', 'the Great Lakes', 'the Horn of Africa', 'Patagonia',
];
const TITLE_PATTERNS: Array<(r: Random, v: Vocabulary) => string> = [
  (r) => `The ${pick(r, TITLE_ADJECTIVES)} Politics of ${pick(r, TITLE_NOUNS)}`,
  (r) => `Why ${pick(r, TITLE_NOUNS)} Matter More Than ${pick(r, TITLE_NOUNS)}`,
  (r) => `${pick(r, TITLE_NOUNS)} and ${pick(r, TITLE_NOUNS)}: Lessons from ${pick(r, PLACES)}`,
  (r) => `What ${pick(r, PLACES)} Teaches Us About ${pick(r, TITLE_NOUNS)}`,
  (r, v) => `Rethinking ${pick(r, TITLE_NOUNS)} after the ${capitalize(v.draw(r))} ${pick(r, ['Crisis', 'Reform', 'Shock', 'Decade'])}`,
  (r) => `${pick(r, TITLE_ADJECTIVES)} ${pick(r, TITLE_NOUNS)}: A ${pick(r, ['Field Report', 'Research Note', 'Short History', 'Policy Brief', 'Review Essay'])}`,
  (r) => `How ${pick(r, TITLE_NOUNS)} Shape ${pick(r, TITLE_NOUNS)} in ${pick(r, PLACES)}`,
  (r, v) => `The Case for ${capitalize(pick(r, COLLOCATIONS))} in ${capitalize(v.drawRare(r))}`,
];

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function makeTitle(random: Random, vocab: Vocabulary): string {
  return pick(random, TITLE_PATTERNS)(random, vocab);
}

function words(random: Random, vocab: Vocabulary, n: number): string[] {
  const out: string[] = [];
  while (out.length < n) {
    if (random() < 0.008) out.push(...pick(random, COLLOCATIONS).split(' '));
    else out.push(vocab.draw(random));
  }
  return out.slice(0, n);
}

/** A plain sentence: letters and spaces only, so it is the same in Markdown, HTML and text. */
export function plainSentence(random: Random, vocab: Vocabulary, min = 9, max = 24): string {
  const w = words(random, vocab, between(random, min, max));
  w[0] = capitalize(w[0]!);
  return `${w.join(' ')}.`;
}

export function makeDek(random: Random, vocab: Vocabulary): string {
  return plainSentence(random, vocab, 14, 28);
}

class BodyWriter {
  private placeholder = 0;
  private footnote = 0;
  private wordsWritten = 0;
  constructor(
    private readonly random: Random,
    private readonly vocab: Vocabulary,
  ) {}

  sentence(): string {
    const r = this.random;
    const w = words(r, this.vocab, between(r, 9, 26));
    for (let i = 1; i < w.length; i++) {
      const roll = r();
      if (roll < 0.07) w[i] = `zqz${this.placeholder++}`;
      else if (roll < 0.075) w[i] = `*${w[i]}*`;
      else if (roll < 0.078) w[i] = `**${w[i]}**`;
    }
    w[0] = capitalize(w[0]!);
    this.wordsWritten += w.length;
    const end = r() < 0.08 ? '?' : '.';
    if (w.length > 12 && r() < 0.35) w[between(r, 4, w.length - 4)] += ',';
    return `${w.join(' ')}${end}`;
  }

  paragraph(footnoteChance: number, maxFootnotes: number): string {
    const r = this.random;
    const sentences = Array.from({ length: between(r, 3, 6) }, () => this.sentence());
    if (this.footnote < maxFootnotes && r() < footnoteChance) {
      const at = between(r, 0, sentences.length - 1);
      sentences[at] = `${sentences[at]}[^${++this.footnote}]`;
    }
    return sentences.join(' ');
  }

  get words(): number {
    return this.wordsWritten;
  }
  get footnotes(): number {
    return this.footnote;
  }
}

/**
 * A Markdown body of 600–1,500 words with 2–4 section headings and 3–8 footnotes, whose
 * running text holds `zqz<N>` placeholders; also returns how many placeholders it holds.
 */
export function makeBodyMarkdown(random: Random, vocab: Vocabulary): { markdown: string; placeholders: number } {
  const targetWords = between(random, 500, 1250);
  const headings = between(random, 2, 4);
  const footnotes = between(random, 3, 8);
  const writer = new BodyWriter(random, vocab);
  const blocks: string[] = [];
  const perSection = targetWords / (headings + 1);
  for (let section = 0; section <= headings; section++) {
    if (section > 0) {
      const h = words(random, vocab, between(random, 2, 5)).join(' ');
      blocks.push(`## ${capitalize(h)}`);
    }
    const start = writer.words;
    while (writer.words - start < perSection) {
      const roll = random();
      if (roll < 0.06) {
        blocks.push(Array.from({ length: between(random, 3, 5) }, () => `- ${writer.sentence()}`).join('\n'));
      } else if (roll < 0.1) {
        blocks.push(`> ${writer.sentence()} ${writer.sentence()}`);
      } else {
        // Spread footnotes so most sections get some, and force the rest into the last one.
        const last = section === headings && writer.words - start > perSection * 0.6;
        blocks.push(writer.paragraph(last ? 1 : 0.35, footnotes));
      }
    }
  }
  while (writer.footnotes < footnotes) blocks.push(writer.paragraph(1, footnotes));
  const notes = Array.from({ length: writer.footnotes }, (_, i) => {
    const year = between(random, 1968, 2025);
    const source = capitalize(words(random, vocab, between(random, 3, 7)).join(' '));
    return `[^${i + 1}]: ${capitalize(vocab.drawRare(random))}, *${source}* (${year}), p. ${between(random, 3, 420)}.`;
  });
  const placeholders = (blocks.join(' ').match(PLACEHOLDER) ?? []).length;
  return { markdown: `${blocks.join('\n\n')}\n\n${notes.join('\n')}\n`, placeholders };
}

/** A varied opening paragraph of plain words, distinct for every article. */
export function makeIntro(random: Random, vocab: Vocabulary): string {
  return Array.from({ length: between(random, 2, 4) }, () => {
    const w = words(random, vocab, between(random, 10, 22));
    for (let i = 1; i < w.length; i++) if (random() < 0.08) w[i] = vocab.drawRare(random);
    w[0] = capitalize(w[0]!);
    return `${w.join(' ')}.`;
  }).join(' ');
}
