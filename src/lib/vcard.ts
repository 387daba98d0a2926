/**
 * A contact card (vCard 3.0, RFC 2426) for an Anlaufstelle, built only from facts in the content:
 * whatever is unknown is left out rather than guessed.
 */
import { telHref } from './format';

interface VCardAddress {
  street?: string | undefined;
  postcode?: string | undefined;
  city: string;
}

export interface VCardInput {
  name: string;
  operator?: string | undefined;
  /** Absolute URL of the location's page. */
  url: string;
  offices: ReadonlyArray<{ name: string; address: VCardAddress; phone?: string | undefined; email?: string | undefined }>;
}

/** Longest line in octets before folding (RFC 2426 §2.6 via RFC 2425 §5.8.1). */
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes backslash, comma, semicolon and line breaks in a text value. */
export function escapeVCardText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
export function foldVCardLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    if (encoder.encode(current + char).length > limit) {
      chunks.push(current);
      current = '';
      // Continuation lines start with a space, which counts towards their length.
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

function unique(values: ReadonlyArray<string | undefined>): string[] {
  return [...new Set(values.filter((value): value is string => Boolean(value)))];
}

/** The vCard text with CRLF line ends, as RFC 2426 requires. */
export function standortVCard(input: VCardInput): string {
  const name = escapeVCardText(input.name);
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `N:${name};;;;`, `FN:${name}`, `ORG:${name}`, 'X-ABShowAs:COMPANY'];
  for (const office of input.offices) {
    const { street, postcode, city } = office.address;
    // ADR: post office box; extended address; street; locality; region; postal code; country.
    const parts = ['', escapeVCardText(office.name), escapeVCardText(street ?? ''), escapeVCardText(city), 'Thüringen', postcode ?? '', 'Deutschland'];
    lines.push(`ADR;TYPE=WORK:${parts.join(';')}`);
  }
  for (const phone of unique(input.offices.map((office) => office.phone))) lines.push(`TEL;TYPE=WORK,VOICE:${telHref(phone).slice('tel:'.length)}`);
  for (const email of unique(input.offices.map((office) => office.email))) lines.push(`EMAIL;TYPE=INTERNET,WORK:${email}`);
  lines.push(`URL:${input.url}`);
  if (input.operator) lines.push(`NOTE:${escapeVCardText(`Träger: ${input.operator}`)}`);
  lines.push('END:VCARD');
  return `${lines.map(foldVCardLine).join('\r\n')}\r\n`;
}
