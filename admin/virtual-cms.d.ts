// The CMS entry as the loader imports it (resolved by src/integrations/cms-bundle.ts).
declare module 'virtual:thinka-cms' {
  export const start: typeof import('./cms').start;
}
