// Original fixture texts for the manuscript checks (written for these tests).

export const ORIGINAL_PARAGRAPHS = [
  `The tool library on Alder Street opened in a former bicycle shop with forty-two drills, a ladder nobody wanted to carry home and a card catalogue printed on the back of old raffle tickets. Its founders expected to lend hammers to students and retirees. What they did not expect was that the queue on Saturday mornings would become the closest thing the neighbourhood had to a town square, a place where people who had lived three doors apart for a decade finally learned each other's names.`,
  `Lending objects instead of books is an old idea wearing new clothes. Parish halls kept communal sheep shears, farming cooperatives shared threshing machines, and wartime salvage drives treated every spanner as a public good. The modern version adds an online reservation page and a volunteer rota, but the underlying bargain is unchanged: a household gives up the comfort of owning a thing outright in exchange for access to many more things than it could ever afford or store.`,
  `The economics are more persuasive than the nostalgia. A typical power drill is used for somewhere between six and thirteen minutes over its entire life, according to the figures the volunteers like to quote at the counter. Buying one for every flat in a street of two hundred flats is an absurd allocation of money, metal and cupboard space. Sharing a dozen among the same street costs each member less than a cinema ticket a year, and the drills are better maintained because someone is responsible for them.`,
  `Maintenance turned out to be the quiet heart of the project. Every returned item is inspected on a workbench at the back, where a retired electrician named Ruth checks cables and sharpens blades while explaining to whoever is watching why a blunt saw is more dangerous than a sharp one. Her repair evenings began as a way to keep the stock in working order and grew into a small school. Teenagers now arrive with broken toasters of their own and leave knowing how to open them safely.`,
  `Not everything worked. The library tried lending camping tents and abandoned the experiment after one wet summer, when half the tents came back folded around puddles and the other half did not come back at all. A scheme to lend sewing machines stalled because nobody could agree on whose job it was to replace the needles. The volunteers speak about these failures with some pride, as evidence that they test ideas rather than defend them.`,
  `The harder problem is reach. Members are disproportionately people who already have time, confidence and a car to carry a lawnmower home. Families in the tower blocks at the end of the road, who might gain the most from not buying tools, are the least likely to walk in. The library has responded with a delivery bicycle and a sliding membership fee, yet the volunteers admit that trust is built slowly and mostly through word of mouth, not leaflets.`,
  `Councils have started to notice. Two neighbouring boroughs now offer small grants for lending libraries of things, usually framed as waste reduction because that is the budget line with money in it. The volunteers are grateful and wary in equal measure. A grant pays for shelving and insurance, but it also brings reporting forms that ask how many kilograms of carbon a borrowed hedge trimmer has saved, a figure nobody on Alder Street knows how to calculate honestly.`,
  `Whatever the spreadsheets say, the most convincing argument for the tool library is the Saturday queue itself. Somebody borrows a wallpaper steamer and is told by the person behind them which paste works on old plaster. Somebody returns a tile cutter with a plate of biscuits. Objects move from house to house and carry a little knowledge with them each time. That circulation of competence, more than the money saved, is what the founders now say they were building all along.`,
];

export const ORIGINAL = ORIGINAL_PARAGRAPHS.join('\n\n');

// The planted near-copy: paragraphs reordered (5, 2, 0, 7, 3 and 6), several sentences reworded,
// two paragraphs dropped, a new opening and closing added.
export const NEAR_COPY = [
  `Every city has a few institutions that nobody planned. This is a story about one of them.`,
  `Not everything worked. The library tried lending camping tents and gave up on the experiment after one rainy summer, when half the tents came back folded around puddles and the other half did not come back at all. A scheme to lend sewing machines stalled because nobody could agree on whose job it was to replace the needles. The volunteers talk about these failures with some pride, as evidence that they test ideas rather than defend them.`,
  `The economics are more persuasive than the nostalgia. A typical power drill is used for somewhere between six and thirteen minutes over its entire life, according to the figures the volunteers like to quote at the counter. Buying one for every flat in a street of two hundred flats is a ridiculous allocation of money, metal and storage. Sharing a dozen among the same street costs each member less than a cinema ticket a year, and the drills are better maintained because someone is responsible for them.`,
  `The tool library on Alder Street opened in an old bicycle shop with forty-two drills, a ladder nobody wanted to carry home and a card catalogue printed on the back of old raffle tickets. Its founders expected to lend hammers to students and pensioners. What they did not expect was that the queue on Saturday mornings would become the closest thing the neighbourhood had to a town square, a place where people who had lived three doors apart for a decade finally learned each other's names.`,
  `Whatever the spreadsheets say, the strongest argument for the tool library is the Saturday queue itself. Somebody borrows a wallpaper steamer and is told by the person behind them which paste works on old plaster. Somebody returns a tile cutter with a plate of biscuits. Objects move from house to house and carry a little knowledge with them each time.`,
  `Maintenance turned out to be the quiet heart of the project. Every returned item is inspected on a workbench at the back, where a retired electrician checks cables and sharpens blades while explaining to whoever is watching why a blunt saw is more dangerous than a sharp one. Her repair evenings began as a way to keep the stock in working order and grew into a small school. Teenagers now arrive with broken toasters of their own and leave knowing how to open them safely.`,
  `Councils have started to notice. Two nearby boroughs now offer small grants for lending libraries of things, usually framed as waste reduction because that is the budget line with money in it. A grant pays for shelving and insurance, but it also brings reporting forms that ask how many kilograms of carbon a borrowed hedge trimmer has saved.`,
  `Whether the idea travels beyond one street remains to be seen.`,
].join('\n\n');

export const UNRELATED = [
  `At low tide the estuary becomes a brown mirror several kilometres wide, and the birds arrive before the water has finished leaving. Knots come first, in flocks so dense that they turn like smoke when a falcon passes. Then the godwits, probing the mud with bills almost as long as their legs, and the curlews, whose call carries further than any other sound on the flats.`,
  `Counting them is a discipline of patience. The survey team walks out along fixed transects with telescopes and tally counters, estimating flocks in blocks of fifty when they are too large to count one by one. The numbers go into a national record that now stretches back more than half a century and shows, with uncomfortable clarity, which species are holding on and which are slipping away.`,
  `The mud itself is the reason for all of this. A single square metre can hold tens of thousands of small worms, snails and shrimps, a larder renewed by every tide. When a port authority proposes to dredge a channel or build a sea wall, the argument is really about that invisible larder and whether anything else could replace it for birds that have flown from the Arctic to eat there.`,
  `Most visitors never walk onto the flats, and they are wise not to. The tide returns faster than a person can run on soft ground, and the channels fill from below before the surface looks wet. The wardens tell everyone the same thing: watch from the sea wall, bring binoculars, and let the birds keep the mud.`,
].join('\n\n');

/** Notes that a reader could check: URLs, DOIs (bare, doi: and doi.org), full book and journal details. */
export const GOOD_NOTES = `The library began in 2019.[^1] Sharing schemes are well studied.[^2] One survey found the same.[^3]
A standard text covers this.[^4] The journal data agree.[^5] So does a later article.[^6] An ISBN is enough.[^7]

[^1]: Alder Street Tool Library, "Annual report 2023", https://example.org/reports/2023.pdf, accessed March 2024.
[^2]: M. Okafor and L. Brandt, "Access over ownership", *Journal of Urban Commons* 14, no. 2 (2021): 113–139, https://doi.org/10.5555/juc.2021.14.2.113.
[^3]: P. Lindqvist, "Lending economies", doi:10.1234/lend-econ.2020.7.
[^4]: Hannah Ferreira, *The Shared Shed* (Manchester: Northgate University Press, 2017), 88.
[^5]: R. Castell, "Tools as commons", Review of Civic Studies, vol. 9, no. 4, pp. 201–220, 2018.
[^6]: S. Ito, "Repair cafés", Material Culture Quarterly 31(2): 45–61, 2022.
[^7]: Dana Whitlock, *Borrowed Things*, ISBN 978-0-00-000000-2.
`;

/** Notes that are cut, uncheckable, badly formed, repeated, unused or missing. */
export const BAD_NOTES = `First claim.[^a] Second claim.[^b] Third claim.[^c] Fourth claim.[^d]
Fifth claim.[^e] Sixth claim.[^f] Seventh claim.[^g] An aside.[^h] A missing note.[^zz]

[^a]: "Tool libraries and the sharing economy", Bright Cities Blog, accessed December 2018,
[^b]: Jon Marsh, "Why we should share drills", The Guardian, June 9, 2014,
[^c]: Interview with the founders, "Notes from the counter", 2021.
[^d]: L. Oduya, "Civic repair", doi:10.12/abc.
[^e]: Jon Marsh, "Why we should share drills", The Guardian, June 9, 2014,
[^f]: See the borough's grant scheme, https://doi.org/10.1000civic-grants.
[^g]: Hannah Ferreira, *The Shared Shed* (Manchester: Northgate University Press, 2017), 88.
[^h]: The volunteers prefer the word "members" to "customers".
[^unused]: Hannah Ferreira, *The Shared Shed* (Manchester: Northgate University Press, 2017), 88.
`;
