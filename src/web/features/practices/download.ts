/** Saves text the browser already holds as a file, without another request. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The whole file as text, refused when it is not valid UTF-8 (the API's practice/v1 files always are). */
export async function readUtf8(file: File): Promise<{ ok: true; text: string } | { ok: false }> {
  const bytes = await file.arrayBuffer();
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false };
  }
}
