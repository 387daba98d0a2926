import type { APIRoute } from 'astro';
import { securityContact, securityTxt } from '../../lib/security-txt';

// Generated at build, so Expires always lies about eleven months after the last deployment.
export const GET: APIRoute = ({ site }) => {
  const base = site ?? new URL('https://thinka.de/');
  return new Response(securityTxt({ contact: securityContact(process.env, base), site: base, now: new Date() }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
