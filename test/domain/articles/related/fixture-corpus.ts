import type { RelatedDoc } from '../../../../src/domain/articles/related/related-reading.js';

// Eight short pieces on three themes (water policy, housing, digital privacy),
// written for these tests. Ids are deliberately out of order and non-contiguous.
export const WATER_IDS = [11, 4, 27] as const;
export const HOUSING_IDS = [8, 15, 30] as const;
export const PRIVACY_IDS = [2, 19] as const;

export const FIXTURE_DOCS: RelatedDoc[] = [
  {
    id: 11,
    title: 'Who Owns the River? Water Rights After the Drought',
    tags: ['Water Policy', 'Agriculture'],
    text:
      'Three dry summers have emptied the reservoirs that farmers in the valley depend on. Irrigation districts ' +
      'hold senior water rights written a century ago, while growing towns downstream hold junior claims. ' +
      'The state water board must now decide whether allocations should follow the old priority list or the ' +
      'needs of drinking water systems. Groundwater pumping has filled the gap so far, but aquifers are falling.',
  },
  {
    id: 4,
    title: 'Pricing Water So Cities Can Afford the Pipes',
    tags: ['Water Policy', 'Infrastructure'],
    text:
      'Municipal water utilities charge far less than it costs to replace ageing pipes and treatment plants. ' +
      'Tiered tariffs can protect low-income households while making heavy users pay for scarcity. Leaking ' +
      'mains lose a fifth of treated water before it reaches a tap. Without reform, drought years leave ' +
      'reservoirs low and utilities in debt.',
  },
  {
    id: 27,
    title: 'Aquifers Are the Reservoirs Nobody Sees',
    tags: ['Water Policy', 'Climate'],
    text:
      'Groundwater supplies much of the irrigation in dry regions, yet pumping is rarely metered. When aquifers ' +
      'fall, wells run dry and land subsides. A water board that counts surface reservoirs but ignores ' +
      'groundwater is planning for drought with half the ledger. Farmers and towns share the same hidden supply.',
  },
  {
    id: 8,
    title: 'Zoning Rules Keep Rents High',
    tags: ['Housing', 'Cities'],
    text:
      'Most residential land in the city is zoned for detached houses only. Allowing duplexes and small ' +
      'apartment buildings near transit would add homes without new roads. Tenants pay for scarcity through ' +
      'rents that rise faster than wages, while landlords in restricted neighbourhoods collect the premium.',
  },
  {
    id: 15,
    title: 'Social Housing Without the Stigma',
    tags: ['Housing', 'Public Finance'],
    text:
      'Vienna builds mixed-income social housing that middle-class tenants compete to rent. Public land, ' +
      'long-term loans and limits on rents keep apartments affordable for decades. Cities that sold their ' +
      'housing stock now pay landlords through rent subsidies instead.',
  },
  {
    id: 30,
    title: 'The Case for Building Up, Not Out',
    tags: ['Housing', 'Cities', 'Transit'],
    text:
      'Suburban sprawl lengthens commutes and spreads the cost of roads across more taxpayers. Denser ' +
      'apartment buildings near transit stations house more tenants on less land. Zoning reform is the cheapest ' +
      'housing subsidy a city council can pass, and it lowers rents for everyone.',
  },
  {
    id: 2,
    title: 'Your Phone Is a Tracking Device',
    tags: ['Privacy', 'Technology'],
    text:
      'Apps collect location data every few minutes and sell it to brokers who build profiles of movements ' +
      'and habits. Consent screens are designed to be accepted without reading. Data protection law lets ' +
      'regulators fine companies, but enforcement is slow and the data, once sold, cannot be recalled.',
  },
  {
    id: 19,
    title: 'Data Brokers Need a Licence',
    tags: ['Privacy', 'Regulation'],
    text:
      'A licensing regime for data brokers would require audits of where personal data comes from and who ' +
      'buys it. Location profiles reveal visits to clinics, places of worship and protests. Regulators could ' +
      'revoke a licence after repeated breaches, which a fine alone never achieves.',
  },
];
