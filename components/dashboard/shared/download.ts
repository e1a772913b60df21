/**
 * Saves text as a file the browser's way: a Blob, an object URL and a click on
 * a temporary <a download>. No network and no extension permission needed.
 */
export function downloadText(doc: Document, text: string, fileName: string, mime: string): void {
  downloadBlob(doc, new Blob([text], { type: mime }), fileName);
}

/** Saves a Blob (a backup built piece by piece, never one string) as a file. */
export function downloadBlob(doc: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Lets the page paint between chunks of long work. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
