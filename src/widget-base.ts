/**
 * Where the widget's own files live. The entry script (aisle.js) sets it from its own URL, so
 * models default to the folder beside the widget wherever it is hosted; apps that bundle the
 * package themselves get the page's folder unless they set `model-host`.
 */
let base: URL | undefined;

export function setWidgetBase(url: string | URL): void {
  base = new URL('./', url);
}

export function widgetBase(): URL {
  return base ?? new URL('./', document.baseURI);
}
