/**
 * No silent overwrite: before a save, the CMS reads the entry's file as it is now (local checkout or
 * the repository) and compares it with the file the editor opened. If someone else saved in between,
 * the save is refused and the editor's text stays in the editor.
 */

export interface BackendInfo {
  name: string;
  repo?: string;
  branch?: string;
  api_root?: string;
}

export interface FileRequest {
  url: string;
  init: RequestInit;
  /** How the answer is read: JSON of the local server, GitHub's base64 content, or the raw text. */
  answer: 'local' | 'github' | 'raw';
}

const DEFAULT_API_ROOTS: Record<string, string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
};

/** The request that returns the current text of a file on `ref` (branch), for each supported backend. */
export function currentFileRequest(options: { local: boolean; origin: string; backend: BackendInfo; token?: string; path: string; ref?: string }): FileRequest | undefined {
  const { backend, path, token } = options;
  const ref = options.ref ?? backend.branch ?? 'main';
  if (options.local) {
    return {
      url: `${options.origin}/decap-api/v1`,
      init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'getEntry', params: { path, branch: ref } }) },
      answer: 'local',
    };
  }
  if (!backend.repo || !token) return undefined;
  const root = (backend.api_root ?? DEFAULT_API_ROOTS[backend.name] ?? '').replace(/\/$/, '');
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  if (backend.name === 'github') {
    return {
      url: `${root}/repos/${backend.repo}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`,
      init: { headers: { Authorization: `token ${token}`, Accept: 'application/vnd.github+json' }, cache: 'no-store' },
      answer: 'github',
    };
  }
  if (backend.name === 'gitlab') {
    return {
      url: `${root}/projects/${encodeURIComponent(backend.repo)}/repository/files/${encodeURIComponent(path)}/raw?ref=${encodeURIComponent(ref)}`,
      init: { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' },
      answer: 'raw',
    };
  }
  if (backend.name === 'gitea' && root) {
    return {
      url: `${root}/repos/${backend.repo}/raw/${encodedPath}?ref=${encodeURIComponent(ref)}`,
      init: { headers: { Authorization: `token ${token}` }, cache: 'no-store' },
      answer: 'raw',
    };
  }
  return undefined;
}

const decodeBase64Utf8 = (base64: string): string => new TextDecoder().decode(Uint8Array.from(atob(base64.replace(/\s/g, '')), (char) => char.charCodeAt(0)));

/** The file's text from the answer, or null when the file does not exist (any more). */
export async function readCurrentFile(response: Response, answer: FileRequest['answer']): Promise<string | null> {
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  if (answer === 'raw') return response.text();
  const body = (await response.json()) as { data?: unknown; content?: unknown; error?: unknown };
  if (answer === 'github') return typeof body.content === 'string' ? decodeBase64Utf8(body.content) : null;
  return typeof body.data === 'string' ? body.data : null;
}

/** Line endings and a trailing newline do not make a change. */
const comparable = (text: string): string => text.replace(/\r\n/g, '\n').trimEnd();

export function changedSinceOpened(opened: string, current: string | null): boolean {
  return current === null || comparable(opened) !== comparable(current);
}

export const CONFLICT_MESSAGE =
  'Nicht gespeichert: Dieser Eintrag wurde geändert, seit Sie ihn geöffnet haben – von jemand anderem oder in einem anderen Fenster. ' +
  'Ihre Änderungen stehen noch hier im Editor. So geht nichts verloren: Ihre geänderten Texte kopieren, die Seite neu laden ' +
  '(dann sehen Sie die neue Fassung), Ihre Änderungen wieder eintragen und erneut speichern.';

export const CONFLICT_CHECK_FAILED_MESSAGE =
  'Nicht gespeichert: Der aktuelle Stand des Eintrags ließ sich nicht abrufen, daher kann nicht geprüft werden, ob ihn inzwischen jemand geändert hat. ' +
  'Bitte die Verbindung prüfen und erneut speichern; Ihre Änderungen stehen noch hier im Editor.';
