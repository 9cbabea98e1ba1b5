// Descriptions as residents write them, with the personal details a moderator would remove.
// Used by the unit tests and by bench/personal-details.bench.ts (precision and recall).
// `hard` marks cases the detector is known to get wrong; the bench counts them, the tests
// do not require them, and they say where the detector's limits are.
import type { PersonalDetailKind } from '../../src/domain/personal-details';

export interface CorpusCase {
  readonly text: string;
  /** Every personal detail in the text, as [kind, exact text]. Empty for a negative example. */
  readonly details: readonly (readonly [PersonalDetailKind, string])[];
  readonly hard?: true;
}

export const PERSONAL_DETAILS_CORPUS: readonly CorpusCase[] = [
  // Phone numbers
  { text: 'Call me on 07700 900123 if you want more info', details: [['phone', '07700 900123']] },
  { text: 'my mobile is 07700900456', details: [['phone', '07700900456']] },
  { text: 'ring +44 7700 900789 any time', details: [['phone', '+44 7700 900789']] },
  { text: 'Landline (024) 7612 3456 evenings', details: [['phone', '(024) 7612 3456']] },
  { text: 'Phone 01926 123456 and ask for the caretaker', details: [['phone', '01926 123456']] },
  { text: 'contact 0121-496-0000 about the bins', details: [['phone', '0121-496-0000']] },
  { text: 'text 0044 7700 900111', details: [['phone', '0044 7700 900111']] },
  {
    text: 'call oh seven seven double oh nine hundred',
    details: [['phone', 'oh seven seven double oh nine hundred']],
    hard: true,
  },
  // E-mail addresses
  { text: 'email me at jane.doe@example.com please', details: [['email', 'jane.doe@example.com']] },
  {
    text: 'Contact: residents+group@oak-estate.org.uk',
    details: [['email', 'residents+group@oak-estate.org.uk']],
  },
  {
    text: 'write to jane dot doe at example dot com',
    details: [['email', 'jane dot doe at example dot com']],
    hard: true,
  },
  // Addresses and postcodes
  { text: 'Cars parked across 14 Oak Road every night', details: [['address', '14 Oak Road']] },
  { text: 'outside 3a church lane the bins are never emptied', details: [['address', '3a church lane']] },
  { text: 'Fly-tipping behind 221 Baker Street', details: [['address', '221 Baker Street']] },
  { text: 'Dealing from 7 Manor Park Close', details: [['address', '7 Manor Park Close']] },
  { text: 'My house is CV11 6BB and they race past', details: [['postcode', 'CV11 6BB']] },
  { text: 'postcode cv216ab', details: [['postcode', 'cv216ab']] },
  { text: 'Noise from SW1A 1AA all weekend', details: [['postcode', 'SW1A 1AA']] },
  {
    text: 'the house next to number 12 on Elm Grove',
    details: [['address', 'number 12 on Elm Grove']],
    hard: true,
  },
  // Vehicle registrations
  { text: 'A white van AB12 CDE dumps rubbish', details: [['vehicle', 'AB12 CDE']] },
  { text: 'reg ab12cde parks on the verge', details: [['vehicle', 'ab12cde']] },
  { text: 'old Escort A123 BCD races up and down', details: [['vehicle', 'A123 BCD']] },
  { text: 'the Land Rover ABC 123D blocks the lane', details: [['vehicle', 'ABC 123D']] },
  // Names after titles
  { text: 'Mr Smith at the end lets his dog foul', details: [['name', 'Mr Smith']] },
  { text: 'Mrs Patel has complained for years', details: [['name', 'Mrs Patel']] },
  { text: 'ask Dr Okafor, she saw it', details: [['name', 'Dr Okafor']] },
  { text: 'Cllr Jane Brown promised action', details: [['name', 'Cllr Jane Brown']] },
  { text: 'mr jones next door', details: [['name', 'mr jones']] },
  { text: 'Miss Hughes teaches there', details: [['name', 'Miss Hughes']] },
  { text: 'John Smith at number 4 deals drugs', details: [['name', 'John Smith']], hard: true },
  // Several at once
  {
    text: 'Mr Green of 12 Station Road (07700 900222) says van AB12 XYZ',
    details: [
      ['name', 'Mr Green'],
      ['address', '12 Station Road'],
      ['phone', '07700 900222'],
      ['vehicle', 'AB12 XYZ'],
    ],
  },

  // Negative examples: ordinary descriptions the detector must leave alone.
  { text: 'Cars do 50 mph down the road past the school', details: [] },
  { text: 'Call 999 in an emergency, 101 otherwise', details: [] },
  { text: 'Crimestoppers 0800 555 111 is anonymous', details: [] },
  { text: 'The council number 0300 123 4567 never answers', details: [] },
  { text: '2 kids in the park every evening on bikes', details: [] },
  { text: 'Around 30 cars road-racing on Fridays', details: [] },
  { text: 'Speeding on the A46 and the M6 junction 3', details: [] },
  { text: 'Broken street lights in the CV11 area', details: [] },
  { text: 'I miss the old bobby on the beat', details: [] },
  { text: 'Litter along Oak Dr near the shops', details: [] },
  { text: 'Groups of 10 to 15 youths outside the Co-op after 9pm', details: [] },
  { text: 'Fly-tipping happens 3 times a week behind the garages', details: [] },
  { text: 'Parking on double yellow lines outside St Mary Church', details: [] },
  { text: 'Drug dealing near the 24 hour garage', details: [] },
  { text: 'Bus 16 stops at 7.45 and kids run across', details: [] },
  { text: 'About 200 metres down the lane from the pub', details: [] },
  { text: 'Happened on 12/05/2025 at about 11pm', details: [] },
  { text: 'The speed camera says 20 but nobody slows down', details: [] },
  { text: 'Graffiti on the 3 bridges over the canal', details: [] },
  { text: 'E-scooters on the pavement by Warwick Road shops', details: [] },
  { text: 'Mr and Mrs everyone complain about the noise', details: [] },
  { text: 'It has been like this for 15 years now', details: [] },
  { text: 'Between 2 and 4 in the morning most nights', details: [] },
  { text: 'Report it at report-it.org.uk', details: [] },
  { text: 'Lights out on 5 lamp posts along the green', details: [] },
  // Welsh: the street word comes first (Heol, Stryd, Ffordd, Lôn, Cilgant…); Mr and Mrs are shared.
  { text: 'Ceir yn goryrru heibio 14 Heol y Castell bob nos', details: [['address', '14 Heol y Castell']] },
  { text: 'Sbwriel y tu ôl i 3 Stryd Fawr', details: [['address', '3 Stryd Fawr']] },
  { text: 'Cars racing past 22 Ffordd Penlan every night', details: [['address', '22 Ffordd Penlan']] },
  { text: 'Dealing from 7 Lôn Las near the school', details: [['address', '7 Lôn Las']] },
  { text: 'Parcio ar y palmant tu allan i 9 Cilgant y Llan', details: [['address', '9 Cilgant y Llan']] },
  {
    text: 'Mae Mrs Jones yn 5 Heol Newydd yn gwybod',
    details: [
      ['name', 'Mrs Jones'],
      ['address', '5 Heol Newydd'],
    ],
  },
  { text: 'Siaradwch â’r Cynghorydd Evans am y goleuadau', details: [['name', 'Cynghorydd Evans']] },
  { text: 'Ffoniwch fi ar 07700 900123', details: [['phone', '07700 900123']] },
  { text: 'Cod post SA1 1AA', details: [['postcode', 'SA1 1AA']] },
  { text: 'Goryrru ar Heol y Castell ger yr ysgol', details: [] },
  { text: 'Sbwriel yn y parc bob penwythnos', details: [] },
  { text: 'Tua 20 o bobl ifanc ger y siop', details: [] },
  { text: 'Ceir wedi parcio ar 3 stryd wahanol', details: [], hard: true },
  // A road number then an acronym reads like an old-style registration.
  { text: 'The A5 ASB hotspot by the island', details: [], hard: true },
];
