/** Relative imports of a source file as Node and Vite load them: not `import type`, which both erase, nor `typeof import()`. */
const RELATIVE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]|(?<!typeof\s+)\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The specifiers of a file's static imports, re-exports and dynamic import() calls that start with ./ or ../. */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(RELATIVE_IMPORT)].map(([, staticSpecifier, dynamicSpecifier]) => (staticSpecifier ?? dynamicSpecifier)!);
}
