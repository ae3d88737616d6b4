// Function words and the vocabulary every opinion piece shares ("also", "would",
// "many"): left in, they make every article look a little related to every other.
// Kept lowercase and unstemmed; the tokenizer checks a word before stemming it.
const words = `
a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anybody anyhow anyone anything anyway anywhere are around as at
be became because become becomes becoming been before beforehand behind being below beside besides between beyond
both but by
can cannot could couldn did do does doing done down during
each eg either else elsewhere enough etc even ever every everybody everyone everything everywhere except
few for former formerly from further furthermore
had has have having he hence her here hereafter hereby herein hers herself him himself his how however
i ie if in indeed instead into is it its itself
just
last latter latterly least less let like likely
made make makes many may me meanwhile might mine more moreover most mostly much must my myself
namely neither never nevertheless next no nobody none nor not nothing now nowhere
of off often on once one only onto or other others otherwise our ours ourselves out over own
per perhaps please
quite
rather re really
said same say says see seem seemed seeming seems several she should since so some somehow someone something
sometime sometimes somewhere still such
than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these
they this those though through throughout thru thus to together too toward towards
under until up upon us
very via
was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
whether which while whither who whoever whole whom whose why will with within without would
yet you your yours yourself yourselves
aren couldn didn doesn don hadn hasn haven isn ll ve shan shouldn wasn weren won wouldn
`;

export const STOPWORDS: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));
