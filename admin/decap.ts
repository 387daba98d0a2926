/**
 * Decap CMS as Decap ships it prebuilt (decap-cms-app/dist): scripts/build-cms.ts copies those files next to the
 * CMS bundle, which the build copies to dist/admin/ and the dev server serves (src/integrations/cms-bundle.ts). Bundling Decap's
 * sources ourselves took most of a fresh build's CPU time and memory.
 *
 * The prebuilt file is a UMD script that takes React and ReactDOM from window and loads its chunks and WebAssembly
 * from the folder of the script tag: it is loaded as a classic script from /admin/, after this bundle put its React
 * (the version Decap built with, package.json pins it; tests/unit/decap-prebuilt.test.ts checks) on window.
 */
import React from 'react';
import ReactDOM from 'react-dom';

export type DecapCms = typeof import('decap-cms-app').default;

/** The prebuilt script's file name in decap-cms-app/dist and in /admin/. */
const DECAP_SCRIPT = 'decap-cms-app.js';

/** The array through which the prebuilt bundle's webpack runtime loads its chunks (webpack's output.chunkLoadingGlobal). */
const DECAP_CHUNK_GLOBAL = 'webpackChunkDecapCmsApp';

interface DecapWindow {
  React?: unknown;
  ReactDOM?: unknown;
  CMS_MANUAL_INIT?: boolean;
  /** The CMS object itself (Decap's webpack build exports its default export as the library). */
  DecapCmsApp?: DecapCms;
}

/** Loads the prebuilt Decap once and returns its CMS object (not yet initialised: CMS_MANUAL_INIT). */
export function loadDecap(): Promise<DecapCms> {
  const target = window as unknown as DecapWindow;
  target.React = React;
  target.ReactDOM = ReactDOM;
  // Decap waits for CMS.init() in admin/cms.ts instead of starting itself.
  target.CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `/admin/${DECAP_SCRIPT}`;
    script.addEventListener('load', () => {
      const cms = target.DecapCmsApp;
      if (typeof cms?.init === 'function') resolve(cms);
      else reject(new Error(`${script.src} did not define DecapCmsApp`));
    });
    script.addEventListener('error', () => reject(new Error(`${script.src} did not load`)));
    document.head.append(script);
  });
}

type WebpackRequire = ((id: string) => Record<string, unknown>) & { m: Record<string, (...args: never[]) => unknown> };

/**
 * The prebuilt bundle's own module loader, obtained the way webpack's chunk loading hands it to every chunk: a chunk
 * pushed onto its chunk array runs its callback with it. Needed to reach a module that Decap does not export.
 */
export function decapModuleLoader(): WebpackRequire | undefined {
  const chunks = (window as unknown as Record<string, unknown[] | undefined>)[DECAP_CHUNK_GLOBAL];
  let loader: WebpackRequire | undefined;
  chunks?.push([[`thinka-${Date.now()}`], {}, (require: WebpackRequire) => void (loader = require)]);
  return loader;
}

/** The id of the first module whose source contains every marker (module ids change with every Decap release). */
export function findModule(modules: Record<string, { toString(): string }>, markers: readonly string[]): string | undefined {
  return Object.keys(modules).find((id) => {
    const source = modules[id]!.toString();
    return markers.every((marker) => source.includes(marker));
  });
}
