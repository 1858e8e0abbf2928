/** Hands the browser a file made in the panel (a CSV or Excel export, a leader's PDPA export) to save under `filename`. */
export function downloadFile(filename: string, content: string | ArrayBuffer, type: string) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = filename;
  link.click();
}
