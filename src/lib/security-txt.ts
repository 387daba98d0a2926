/**
 * /.well-known/security.txt (RFC 9116). There is no dedicated security contact yet, so the default
 * Contact is the Impressum page (a web URI, which RFC 9116 allows); SECURITY_CONTACT overrides it
 * with a mailto:, https: or tel: URI once one exists.
 */

/** RFC 9116 recommends an Expires less than a year ahead; the site is rebuilt on every change. */
export const SECURITY_TXT_VALID_DAYS = 330;

export function securityContact(env: Record<string, string | undefined>, site: URL): string {
  const configured = env.SECURITY_CONTACT?.trim();
  if (!configured) return new URL('/impressum/', site).href;
  if (!/^(mailto:|https:\/\/|tel:)\S+$/.test(configured)) {
    throw new Error(`SECURITY_CONTACT „${configured}“ ist keine gültige Adresse: bitte mailto:…, https://… oder tel:… angeben.`);
  }
  return configured;
}

export function securityTxt({ contact, site, now }: { contact: string; site: URL; now: Date }): string {
  const expires = new Date(now.getTime() + SECURITY_TXT_VALID_DAYS * 24 * 60 * 60 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: de',
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
    '',
  ].join('\n');
}

/** Parsed fields of a security.txt (for tests). */
export function parseSecurityTxt(text: string): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const match = /^([A-Za-z-]+):\s*(.+)$/.exec(line.trim());
    if (match) (fields[match[1]!] ??= []).push(match[2]!);
  }
  return fields;
}
