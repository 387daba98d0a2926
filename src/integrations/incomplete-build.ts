// A build step after the pages (search index, headers) that fails must not leave a dist/ that looks finished:
// a deploy script would upload pages without search or without security headers.
import { rm } from 'node:fs/promises';

/** The German sentence every cleanup of a failed build prints (here and in fresh-output.ts). */
export const outputRemovedNotice = (outputDir: string): string => `Der Ordner ${outputDir} wurde gelöscht, damit kein halb fertiger Stand ausgeliefert wird.`;

/** Run `step`; if it fails, delete the output folder and report in German that it is gone. */
export async function orRemoveOutput<T>(outputDir: string, stepName: string, step: () => Promise<T> | T): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await rm(outputDir, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${stepName} ist fehlgeschlagen: ${reason}\n${outputRemovedNotice(outputDir)}`, { cause: error });
  }
}
