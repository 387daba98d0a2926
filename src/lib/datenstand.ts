/**
 * The data report for staff („Datenstand“): per Anlaufstelle, which facts are confirmed by staff (with date),
 * backed only by a public source, shown with a warning, or missing, and which are older than the freshness
 * limit. Sorted so that the locations without a way to reach a person come first: whom to call first.
 * Printed by `npm run datenstand` as Markdown and as a printable HTML table.
 */
import { checkedWithin } from './freshness';
import { reachOf, type Reach, type ReachStandort } from './reach';
import { formatPartialDate, sourceAgeDays, sourcesFor, type CoveringSource } from './sources';

export const REPORT_FACTS = ['traeger', 'adresse', 'telefon', 'email', 'sprechzeiten', 'zustaendig', 'website'] as const;
export type ReportFact = (typeof REPORT_FACTS)[number];

export const REPORT_FACT_LABELS: Record<ReportFact, string> = {
  traeger: 'Träger',
  adresse: 'Anschrift',
  telefon: 'Telefon',
  email: 'E-Mail',
  sprechzeiten: 'Sprechzeiten',
  zustaendig: 'Zuständig für',
  website: 'Website',
};

/** bestätigt: staff confirmed within the limit; Quelle: public source only; Warnung: source with warning; ohne Quelle: shown but unsourced; fehlt. */
export type FactStatus = 'bestaetigt' | 'quelle' | 'warnung' | 'ohne-quelle' | 'fehlt';

export interface ReportCell {
  status: FactStatus;
  /** Newest „Stand“ of the sources (2021-12), or the confirmation date. */
  date?: string;
  /** Older than the freshness limit. */
  old: boolean;
}

type ReachData = ReachStandort['data'];

export interface ReportStandort {
  id: string;
  data: Omit<ReachData, 'offices' | 'outreach'> & {
    checkedAt?: Date | undefined;
    catchment: readonly unknown[];
    offices: ReadonlyArray<ReachData['offices'][number] & { hours: readonly unknown[] }>;
    outreach: ReadonlyArray<ReachData['outreach'][number] & { hours: readonly unknown[] }>;
  };
}

export interface ReportRow {
  id: string;
  name: string;
  district: string;
  checkedAt?: string;
  reach: Reach['level'];
  cells: Record<ReportFact, ReportCell>;
}

const REACH_RANK: Record<Reach['level'], number> = { coordination: 3, district: 2, page: 1, own: 0 };
export const REACH_LABELS: Record<Reach['level'], string> = {
  own: 'eigener Kontakt',
  page: 'nur öffentliche Seite',
  district: 'nur über andere Anlaufstelle im Kreis',
  coordination: 'nur über Koordinierungsstelle',
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function present(standort: ReportStandort, fact: ReportFact): boolean {
  const { data } = standort;
  const places = [...data.offices, ...data.outreach];
  switch (fact) {
    case 'traeger':
      return Boolean(data.operator.name);
    case 'adresse':
      return places.some((place) => place.address?.street || place.address?.landmark);
    case 'telefon':
      return data.offices.some((office) => office.phone);
    case 'email':
      return data.offices.some((office) => office.email);
    case 'sprechzeiten':
      return places.some((place) => place.hours.length > 0);
    case 'zustaendig':
      return data.catchment.length > 0;
    case 'website':
      return Boolean(data.website || data.operator.url);
  }
}

function factSources(standort: ReportStandort, fact: ReportFact): CoveringSource[] {
  const { data } = standort;
  const own = (sources: readonly CoveringSource[], key: string) => sourcesFor(sources, key);
  switch (fact) {
    case 'traeger':
    case 'zustaendig':
      return own(data.sources, fact);
    case 'website':
      return [...own(data.sources, 'website'), ...(data.operator.url ? own(data.sources, 'traeger') : [])];
    case 'adresse':
      return [...data.offices.flatMap((office) => own(office.sources, 'adresse')), ...data.outreach.flatMap((place) => own(place.sources, 'ort'))];
    default:
      return [...data.offices, ...data.outreach].flatMap((place) => own(place.sources, fact));
  }
}

/** One row per Anlaufstelle; the ones hardest to reach and with the most gaps first. */
export function datenstand(standorte: readonly ReportStandort[], today: Date, maxDays: number): ReportRow[] {
  const rows = standorte.map((standort): ReportRow => {
    const checkedAt = standort.data.checkedAt;
    const confirmed = checkedAt !== undefined && checkedWithin(checkedAt, today, maxDays);
    const cells = Object.fromEntries(
      REPORT_FACTS.map((fact): [ReportFact, ReportCell] => {
        if (!present(standort, fact)) return [fact, { status: 'fehlt', old: false }];
        if (confirmed) return [fact, { status: 'bestaetigt', date: isoDay(checkedAt), old: false }];
        const sources = factSources(standort, fact);
        if (sources.length === 0) return [fact, { status: 'ohne-quelle', old: false }];
        const youngest = sources.reduce((best, source) => (sourceAgeDays(source, today) < sourceAgeDays(best, today) ? source : best));
        return [
          fact,
          {
            status: sources.some((source) => source.warning) ? 'warnung' : 'quelle',
            date: youngest.dated ?? youngest.seen,
            old: sourceAgeDays(youngest, today) > maxDays,
          },
        ];
      }),
    ) as Record<ReportFact, ReportCell>;
    return {
      id: standort.id,
      name: standort.data.name,
      district: standort.data.district,
      ...(checkedAt ? { checkedAt: isoDay(checkedAt) } : {}),
      reach: reachOf(standort, standorte).level,
      cells,
    };
  });
  const gaps = (row: ReportRow) => REPORT_FACTS.filter((fact) => row.cells[fact].status !== 'bestaetigt' && row.cells[fact].status !== 'quelle').length;
  return rows.sort((a, b) => REACH_RANK[b.reach] - REACH_RANK[a.reach] || gaps(b) - gaps(a) || a.name.localeCompare(b.name, 'de'));
}

const STATUS_TEXT: Record<FactStatus, string> = {
  bestaetigt: 'bestätigt',
  quelle: 'nur Quelle',
  warnung: '⚠ Warnung',
  'ohne-quelle': 'OHNE QUELLE',
  fehlt: '–',
};

/** „nur Quelle, Dez. 2021, zu alt“: the text of one cell. */
export function cellText(cell: ReportCell): string {
  const parts = [STATUS_TEXT[cell.status]];
  if (cell.date) parts.push(formatPartialDate(cell.date));
  if (cell.old) parts.push('älter als Frist');
  return parts.join(', ');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function header(today: Date, maxDays: number): string {
  return `Datenstand der Anlaufstellen, erstellt am ${formatPartialDate(isoDay(today))}. Frist für „aktuell“: ${maxDays} Tage (THINKA_FRESHNESS_DAYS).`;
}

export function datenstandMarkdown(rows: readonly ReportRow[], today: Date, maxDays: number): string {
  const head = ['Anlaufstelle', 'Erreichbar', 'Geprüft am', ...REPORT_FACTS.map((fact) => REPORT_FACT_LABELS[fact])];
  const lines = rows.map((row) =>
    [row.name, REACH_LABELS[row.reach], row.checkedAt ? formatPartialDate(row.checkedAt) : 'nie', ...REPORT_FACTS.map((fact) => cellText(row.cells[fact]))]
      .map((cell) => cell.replace(/\|/g, '\\|'))
      .join(' | '),
  );
  return [
    `# ${header(today, maxDays)}`,
    '',
    'Zuerst anrufen: die Anlaufstellen oben in der Liste (kein eigener Kontakt, viele Lücken).',
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...lines.map((line) => `| ${line} |`),
    '',
  ].join('\n');
}

export function datenstandHtml(rows: readonly ReportRow[], today: Date, maxDays: number): string {
  const head = ['Anlaufstelle', 'Erreichbar', 'Geprüft am', ...REPORT_FACTS.map((fact) => REPORT_FACT_LABELS[fact])];
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.name)}<br><small>${escapeHtml(row.district)}</small></th><td>${escapeHtml(REACH_LABELS[row.reach])}</td><td>${
          row.checkedAt ? escapeHtml(formatPartialDate(row.checkedAt)) : 'nie'
        }</td>${REPORT_FACTS.map((fact) => `<td class="${row.cells[fact].status}${row.cells[fact].old ? ' alt' : ''}">${escapeHtml(cellText(row.cells[fact]))}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Datenstand der ThINKA-Anlaufstellen</title>
<style>
body { font: 11pt/1.35 system-ui, sans-serif; margin: 1.5rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #444; padding: .25rem .4rem; text-align: start; vertical-align: top; }
thead th { background: #eee; }
.fehlt, .ohne-quelle { background: #fde2e2; }
.warnung, .alt { background: #fff3c4; }
.bestaetigt { background: #dff3df; }
@page { size: A4 landscape; margin: 1cm; }
@media print { body { margin: 0; font-size: 9pt; } }
</style>
</head>
<body>
<h1>Datenstand der ThINKA-Anlaufstellen</h1>
<p>${escapeHtml(header(today, maxDays))}</p>
<p>Zuerst anrufen: die Anlaufstellen oben in der Liste (kein eigener Kontakt, viele Lücken). „nur Quelle“: öffentlich belegt, aber von niemandem vor Ort bestätigt. „bestätigt“: „Geprüft am“ liegt innerhalb der Frist.</p>
<table>
<thead><tr>${head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}

/** One line for the build log: how many locations can be reached how, and who has no way but the coordination office. */
export function datenstandSummary(rows: readonly ReportRow[]): string {
  const order: Array<Reach['level']> = ['own', 'page', 'district', 'coordination'];
  const counts = order.map((level) => `${REACH_LABELS[level]}: ${rows.filter((row) => row.reach === level).length}`);
  const lastResort = rows.filter((row) => row.reach === 'coordination').map((row) => row.name);
  return [
    `Datenstand: ${rows.length} Anlaufstellen – ${counts.join(', ')}.`,
    ...(lastResort.length > 0 ? [`Zuerst anrufen: ${lastResort.join(', ')}.`] : []),
    'Tabelle zum Ausdrucken: npm run datenstand',
  ].join(' ');
}
