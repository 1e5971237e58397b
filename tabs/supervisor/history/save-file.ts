/** Hands a downloaded file to the browser to save, under the server's name for it. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is not needed past this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
