// The benchmark's vocabulary: a few hundred real words ranked roughly by how often
// they appear in commentary and research writing, followed by a long tail of made-up
// words, drawn with a Zipf-like distribution so search terms have realistic frequencies
// (a handful of words in nearly every article, most words in very few).

/** A small, fast, seedable generator (mulberry32): the same seed makes the same dataset. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;

export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

// Ordered by rough frequency in this kind of prose: function words first, then the
// language of policy, economics, international affairs and research.
const COMMON = `
the of and to in a that is for on as with by it this be are was from at or which not have an their
its has but more than they were can been also would these other between into most such about while
there when those over only new both within where because even however through under how what who
after may could should much many same each first them some all without during against often will
policy government public state political economic social international national countries country
research evidence data analysis study report findings results change growth power system market
security trade development health climate energy water food education labour work workers income
cost costs price prices tax taxes budget debt spending investment finance financial bank banks
law legal court courts rights reform regulation rules institutions institution agency agencies
region regional local city cities rural urban community communities population households families
war conflict peace military defence alliance treaty sanctions diplomacy diplomatic border borders
election elections voters party parties parliament minister ministers leaders leadership president
democracy democratic authority power influence strategy strategic interests interest decision
decisions process question questions problem problems approach framework model models measure
measures outcomes impact effects effect level levels rate rates share number period years year
decade decades history historical record future present past century generation generations
industry industrial firms companies company sector sectors private supply demand production
exports imports tariffs currency inflation unemployment wages poverty inequality welfare benefits
housing land property transport infrastructure technology digital platforms online information
media press journalism newspaper readers audience debate argument arguments view views claim
claims case cases example examples experience practice practices standard standards quality
environment environmental emissions carbon renewable fossil fuel gas oil coal nuclear electricity
migration migrants refugees asylum citizenship identity culture cultural language religion
university universities students schools teachers science scientific method methods survey
sample samples respondents interviews fieldwork archive archives sources source literature
theory theories concept concepts scholars researchers authors review journal paper papers
europe european africa african asia asian america american china chinese india indian russia
russian brazil japan germany france britain british union united nations global world regions
water rivers drought floods agriculture farmers crops land forests fisheries ocean coastal
hospital hospitals care patients doctors disease vaccine vaccines pandemic mortality life
crime police justice prison prisons violence safety courts judges trial constitution
constitutional federal provinces municipal council councils mayor governor cabinet committee
network networks cooperation competition coordination governance accountability transparency
corruption trust legitimacy reform reforms protest protests movement movements union unions
risk risks crisis crises recovery resilience shock shocks stability instability uncertainty
pressure pressures capacity capacities resources resource access barriers support funding
plan plans programme programmes project projects initiative initiatives target targets goals
argue argues suggest suggests show shows find finds found remain remains seem seems appear
became become becomes made make makes took take takes gave give gives held hold holds
increase increased decline declined rise rose fall fell grow grew reduce reduced expand
important significant limited broad narrow strong weak large small higher lower greater
recent early late long short modern traditional formal informal central northern southern
clear uncertain likely unlikely possible difficult direct indirect common rare shared
careful simple complex open closed free fair equal unequal rich poor young old
`;

// Pairs that writers in this field reach for often; they make phrase searches meaningful.
export const COLLOCATIONS = [
  'public health', 'climate policy', 'foreign policy', 'central bank', 'supply chain', 'trade policy',
  'human rights', 'rule of law', 'civil society', 'labour market', 'housing market', 'interest rates',
  'carbon emissions', 'renewable energy', 'food security', 'water security', 'social policy',
  'electoral reform', 'local government', 'public spending', 'fiscal policy', 'monetary policy',
  'peace talks', 'arms control', 'border security', 'press freedom', 'higher education',
  'public opinion', 'digital platforms', 'nuclear power', 'coastal cities', 'income inequality',
];

const ONSETS = ['b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'nt', 'st', 'rd', 'm', 'x', 'ck'];

function madeUpWord(random: Random): string {
  const syllables = between(random, 2, 3);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, VOWELS) + (i === syllables - 1 ? pick(random, CODAS) : '');
  return word;
}

export interface Vocabulary {
  /** every word, most frequent first */
  words: string[];
  /** how many of the first words are real English */
  realCount: number;
  /** a word drawn with Zipf-like frequency */
  draw(random: Random): string;
  /** a word drawn from the rarer half of the ranking (names, jargon, one-off terms) */
  drawRare(random: Random): string;
}

/** `size` words in all; the tail beyond the real words is generated from `seed`. */
export function buildVocabulary(size = 30_000, seed = 7, exponent = 1.15): Vocabulary {
  const real = [...new Set(COMMON.split(/\s+/).filter(Boolean))];
  const random = seededRandom(seed);
  const seen = new Set(real);
  const words = [...real];
  while (words.length < size) {
    const w = madeUpWord(random);
    if (w.length >= 4 && !seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    sum += 1 / Math.pow(i + 1, exponent);
    cumulative[i] = sum;
  }
  const drawIndex = (u: number): number => {
    const target = u * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const rareStart = Math.floor(real.length / 2);
  return {
    words,
    realCount: real.length,
    draw: (r) => words[drawIndex(r())]!,
    drawRare: (r) => words[rareStart + drawIndex(r()) % (words.length - rareStart)]!,
  };
}
