// Regenerates src/data/gazetteer/thueringen.json, the finder's gazetteer of Thuringia, from the German
// postcode table of https://github.com/zauberware/postal-codes-json-xml-csv (data from GeoNames,
// geonames.org; licence CC BY 4.0, see that repository's LICENSE).
//
// Usage:  unzip data/DE.zip from that repository, then
//         npm run gazetteer -- path/to/zipcodes.de.json [commit]
//
// What it keeps: every row of the state Thüringen (a place with its postcode, district and coordinates;
// an Ortsteil written "Harth-Pöllnitz Köfeln" becomes Köfeln, part of Harth-Pöllnitz) and the postcodes
// of the rows the source files under "Thuringia" (postcodes of large organisations, e.g. 07497; they name
// a firm, not a place, so only the postcode and its district are kept). The source names 22 districts,
// with Eisenach in the Wartburgkreis (since 2021): the same 22 as src/lib/districts.ts.
//
// The source still uses some names from before mergers and renamings and lacks a few municipalities;
// SUPPLEMENT below adds their current names, with coordinates and postcodes taken from the source.
import { readFileSync, writeFileSync } from 'node:fs';
import { THURINGIAN_DISTRICTS } from '../src/lib/districts.ts';
import type { CompactGazetteer, CompactPlace, CompactPostcode } from '../src/lib/gazetteer.ts';

interface SourceRow {
  zipcode: string;
  place: string;
  state: string;
  community: string;
  latitude: string;
  longitude: string;
}

/**
 * Current names missing from the source. `like` takes coordinates and postcodes from a place the source
 * has (the old name, or the seat of the municipality); `postcode` takes the mean of that postcode's rows.
 */
const SUPPLEMENT: Array<{ name: string; district: string; like?: string; postcodes?: string[]; why: string }> = [
  { name: 'Bad Lobenstein', district: 'Saale-Orla-Kreis', like: 'Lobenstein', why: 'the source has the name before 2005' },
  { name: 'Bad Tabarz', district: 'Gotha', like: 'Tabarz', why: 'the source has the name before 2019' },
  { name: 'Leinefelde-Worbis', district: 'Eichsfeld', like: 'Leinefelde', postcodes: ['37327', '37339'], why: 'town formed 2004 from Leinefelde and Worbis' },
  { name: 'An der Schmücke', district: 'Kyffhäuserkreis', like: 'Heldrungen', why: 'Landgemeinde formed 2019, seat Heldrungen' },
  { name: 'Bleicherode', district: 'Nordhausen', postcodes: ['99752'], why: 'missing from the source' },
  { name: 'Sollstedt', district: 'Nordhausen', postcodes: ['99759'], why: 'missing from the source' },
];

const [inputPath, commit = 'a6e8df1e94385a76d8c8c2f8260b2cd020298c19'] = process.argv.slice(2);
if (!inputPath) {
  console.error('Usage: npm run gazetteer -- path/to/zipcodes.de.json [commit of the source repository]');
  process.exit(1);
}

const districts: readonly string[] = THURINGIAN_DISTRICTS;
const round4 = (value: number) => Math.round(value * 1e4) / 1e4;
const collator = new Intl.Collator('de', { numeric: true });

/** "Landkreis Gotha", "Erfurt, Stadt", "Kreisfreie Stadt Suhl" → index of "Gotha", "Erfurt", "Suhl". */
function districtIndex(community: string): number {
  const name = community.replace(/^Landkreis /, '').replace(/^Kreisfreie Stadt /, '').replace(/, Stadt$/, '');
  const index = districts.indexOf(name);
  if (index < 0) throw new Error(`Unknown district in the source: "${community}"`);
  return index;
}

const rows = JSON.parse(readFileSync(inputPath, 'utf8')) as SourceRow[];
const placeRows = rows.filter((row) => row.state === 'Thüringen');
const organisationRows = rows.filter((row) => row.state === 'Thuringia');
if (placeRows.length === 0) throw new Error('No rows of Thüringen in the source: is this zipcodes.de.json?');

// Postcodes: mean coordinates of all their rows, district of the first row.
const postcodeRows = new Map<string, SourceRow[]>();
for (const row of [...placeRows, ...organisationRows]) postcodeRows.set(row.zipcode, [...(postcodeRows.get(row.zipcode) ?? []), row]);
const mean = (list: SourceRow[], pick: (row: SourceRow) => string) => round4(list.reduce((sum, row) => sum + Number(pick(row)), 0) / list.length);
const postcodes: CompactPostcode[] = [...postcodeRows.entries()]
  .map(([postcode, list]): CompactPostcode => [postcode, districtIndex(list[0]!.community), mean(list, (row) => row.latitude), mean(list, (row) => row.longitude)])
  .sort((a, b) => a[0].localeCompare(b[0]));

// Places: one per name and district, with all their postcodes and the mean of their coordinates.
interface Draft {
  name: string;
  district: number;
  rows: SourceRow[];
}
const drafts = new Map<string, Draft>();
for (const row of placeRows) {
  const district = districtIndex(row.community);
  const key = `${row.place}\u0000${district}`;
  const draft = drafts.get(key) ?? { name: row.place, district, rows: [] };
  draft.rows.push(row);
  drafts.set(key, draft);
}
const namesByDistrict = new Map<number, Set<string>>();
for (const draft of drafts.values()) namesByDistrict.set(draft.district, (namesByDistrict.get(draft.district) ?? new Set()).add(draft.name));

function toPlace(draft: Draft): CompactPlace {
  const codes = [...new Set(draft.rows.map((row) => row.zipcode))].sort().join(' ');
  const lat = mean(draft.rows, (row) => row.latitude);
  const lng = mean(draft.rows, (row) => row.longitude);
  // "Harth-Pöllnitz Köfeln": an Ortsteil written after its municipality, which the source lists too.
  const parent = [...(namesByDistrict.get(draft.district) ?? [])].find((other) => other !== draft.name && draft.name.startsWith(`${other} `));
  return parent ? [draft.name.slice(parent.length + 1), draft.district, lat, lng, codes, parent] : [draft.name, draft.district, lat, lng, codes];
}
const places: CompactPlace[] = [...drafts.values()].map(toPlace);

for (const extra of SUPPLEMENT) {
  const district = districts.indexOf(extra.district);
  if (district < 0) throw new Error(`SUPPLEMENT: unknown district ${extra.district}`);
  if (places.some((place) => place[0] === extra.name && place[1] === district)) {
    console.warn(`SUPPLEMENT: the source now has ${extra.name}; the entry can go.`);
    continue;
  }
  const model = extra.like ? places.find((place) => place[0] === extra.like && place[1] === district) : undefined;
  if (extra.like && !model) throw new Error(`SUPPLEMENT: ${extra.like} not found in ${extra.district}`);
  const codes = [...new Set([...(model ? model[4].split(' ') : []), ...(extra.postcodes ?? [])])].sort();
  const coordinates = model
    ? { lat: model[2], lng: model[3] }
    : (() => {
        const list = codes.flatMap((code) => postcodeRows.get(code) ?? []);
        if (list.length === 0) throw new Error(`SUPPLEMENT: no source rows for ${extra.name}`);
        return { lat: mean(list, (row) => row.latitude), lng: mean(list, (row) => row.longitude) };
      })();
  places.push([extra.name, district, coordinates.lat, coordinates.lng, codes.join(' ')]);
}

places.sort((a, b) => collator.compare(a[0], b[0]) || a[1] - b[1] || collator.compare(a[5] ?? '', b[5] ?? ''));

const gazetteer: CompactGazetteer = {
  source: {
    name: 'GeoNames-Postleitzahlen Deutschland, aufbereitet von zauberware/postal-codes-json-xml-csv',
    url: 'https://github.com/zauberware/postal-codes-json-xml-csv',
    commit,
    file: 'data/DE.zip (zipcodes.de.json)',
    updated: '2026-03-30',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.de',
    attribution: 'Orte, Postleitzahlen und Koordinaten: GeoNames (geonames.org), über zauberware/postal-codes-json-xml-csv, CC BY 4.0; von ThINKA auf Thüringen beschränkt und um aktuelle Gemeindenamen ergänzt.',
  },
  districts: [...districts],
  places,
  postcodes,
};

// One place per line: readable diffs when the source changes.
const lines = [
  '{',
  `  "source": ${JSON.stringify(gazetteer.source)},`,
  `  "districts": ${JSON.stringify(gazetteer.districts)},`,
  '  "places": [',
  places.map((place) => `    ${JSON.stringify(place)}`).join(',\n'),
  '  ],',
  '  "postcodes": [',
  postcodes.map((postcode) => `    ${JSON.stringify(postcode)}`).join(',\n'),
  '  ]',
  '}',
  '',
];
const output = new URL('../src/data/gazetteer/thueringen.json', import.meta.url);
writeFileSync(output, lines.join('\n'));
const used = new Set(places.map((place) => place[1]));
console.log(`${places.length} places, ${postcodes.length} postcodes, ${used.size} districts → ${output.pathname}`);
