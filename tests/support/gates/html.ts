/**
 * Gate: every built page is valid HTML, checked with html-validate and the project's .htmlvalidate.mjs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlFilesIn } from './site-files.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const validator = () => new HtmlValidate(new FileSystemConfigLoader());

/** Problems in one HTML document; `file` names it in the report and selects the config (.htmlvalidate.mjs above it). */
export async function validateHtml(html: string, file: string, htmlvalidate = validator()): Promise<HtmlProblem[]> {
  const report = await htmlvalidate.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map((message) => ({ file, line: message.line, column: message.column, rule: message.ruleId, message: message.message })),
  );
}

/** Problems in every HTML file of a built site (config resolved from the project root). */
export async function validateSite(dist: string, files = htmlFilesIn(dist), projectRoot = process.cwd()): Promise<HtmlProblem[]> {
  const htmlvalidate = validator();
  const problems: HtmlProblem[] = [];
  for (const file of files) {
    // Named as if inside the project, so .htmlvalidate.mjs at the root applies to copies in temp folders too.
    problems.push(...(await validateHtml(readFileSync(join(dist, file), 'utf8'), join(projectRoot, 'dist', file), htmlvalidate)));
  }
  return problems;
}

export const formatHtmlProblem = (problem: HtmlProblem) => `${problem.file}:${problem.line}:${problem.column} ${problem.rule}: ${problem.message}`;
