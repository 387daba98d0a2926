/** JSON for a <script type="application/json">: "<" escaped so the data cannot end the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
