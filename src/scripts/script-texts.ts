/** The UI texts a script needs, from the data island <ScriptTexts name="…"> rendered in the page's language. */
export function readScriptTexts<T>(name: string): T | undefined {
  const source = document.querySelector(`script[data-script-texts="${name}"]`)?.textContent;
  return source ? (JSON.parse(source) as T) : undefined;
}
