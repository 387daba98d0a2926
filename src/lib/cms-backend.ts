/**
 * Which Git host the CMS saves to, from environment variables (CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_BASE_URL,
 * CMS_AUTH_ENDPOINT, CMS_API_ROOT, CMS_APP_ID, CMS_AUTH_TYPE), so hosting changes need no code change. Read here
 * only: the CMS configuration (admin/config.ts) and the security headers (lib/security-headers.ts) both use it.
 */

export const CMS_BACKENDS = ['github', 'gitlab', 'gitea'] as const;

export interface BackendSettings {
  name: string;
  repo: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: string;
}

/** The production backend; an unsupported CMS_BACKEND stops the build with a German message. */
export function backendFromEnv(env: Record<string, string | undefined>): BackendSettings {
  const name = env.CMS_BACKEND ?? 'github';
  if (!(CMS_BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND „${name}“ wird nicht unterstützt: bitte github, gitlab oder gitea.`);
  }
  const optional = (key: keyof BackendSettings, value: string | undefined) => (value ? { [key]: value } : {});
  return {
    name,
    repo: env.CMS_REPO ?? '',
    branch: env.CMS_BRANCH ?? 'main',
    ...optional('base_url', env.CMS_BASE_URL),
    ...optional('auth_endpoint', env.CMS_AUTH_ENDPOINT),
    ...optional('api_root', env.CMS_API_ROOT),
    ...optional('app_id', env.CMS_APP_ID),
    ...(name === 'github' ? {} : { auth_type: env.CMS_AUTH_TYPE ?? 'pkce' }),
  };
}
