/** Saves text made in this browser as a file; nothing is sent anywhere. */
export function downloadText(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object only after the click's task ends.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export const dayStamp = (now: Date) => now.toISOString().slice(0, 10);
