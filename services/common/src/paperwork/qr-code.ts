import QRCode from "qrcode";

/**
 * QR codes drawn on paper as vector squares (no image): sharp at any print size, a few hundred bytes each.
 * The matrix comes from `qrcode`'s encoder; medium error correction survives a crease or a smudge of ink.
 */

/** The modules of the QR code of `text`, `size` × `size`, true where dark. */
export function qrMatrix(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

/** Draws the QR code of `text` as a square of side `side` points with its top left at (x, y); the quiet zone is the caller's margin. */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, side: number): void {
  const { size, dark } = qrMatrix(text);
  const module = side / size;
  doc.save().fillColor("#000000");
  for (let row = 0; row < size; row++) {
    // Runs of dark modules in a row as one rectangle: fewer path operations, no hairline gaps between neighbours.
    for (let col = 0; col < size; col++) {
      if (!dark(row, col)) continue;
      let end = col;
      while (end + 1 < size && dark(row, end + 1)) end++;
      doc.rect(x + col * module, y + row * module, (end - col + 1) * module, module);
      col = end;
    }
  }
  doc.fill();
  doc.restore();
}
