import { existsSync } from "node:fs";
import { exportLabels } from "@mend/core/ending/content";
import type { ExportDocument, ExportItem } from "@mend/core/ending/contract";
import PDFDocument from "pdfkit";
import { readableDate } from "./export-types.ts";

/**
 * DejaVu covers most scripts people write in. Where the operator's system doesn't have it, the PDF
 * falls back to the built-in Helvetica, which can only show Western European letters; the JSON
 * download always has every character.
 */
const fontDirs = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu"];

function findFonts(): { regular: string; bold: string; full: boolean } {
  for (const dir of fontDirs) {
    const regular = `${dir}/DejaVuSans.ttf`;
    const bold = `${dir}/DejaVuSans-Bold.ttf`;
    if (existsSync(regular) && existsSync(bold)) return { regular, bold, full: true };
  }
  return { regular: "Helvetica", bold: "Helvetica-Bold", full: false };
}

const fonts = findFonts();

// Characters outside Latin-1 that the built-in fonts' WinAnsi encoding still has.
const winAnsiExtras = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function printable(text: string): string {
  if (fonts.full) return text;
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      const fits = ch === "\n" || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
      return fits || winAnsiExtras.has(ch) ? ch : "?";
    })
    .join("");
}

const when = (at: string | null) => (at ? readableDate(new Date(at)) : null);

function item(pdf: PDFKit.PDFDocument, entry: ExportItem): void {
  const meta = [
    exportLabels.from[entry.from],
    exportLabels.visibility[entry.visibility],
    when(entry.at),
  ].filter((part): part is string => part !== null);
  pdf.font(fonts.bold).fontSize(11).fillColor("#222222").text(printable(entry.title));
  pdf
    .font(fonts.regular)
    .fontSize(9)
    .fillColor("#666666")
    .text(printable(meta.join(" · ")));
  pdf.fillColor("#222222").fontSize(11);
  if (entry.text) pdf.moveDown(0.2).text(printable(entry.text));
  for (const detail of entry.details) {
    pdf
      .moveDown(0.2)
      .font(fonts.bold)
      .text(`${printable(detail.label)}: `, { continued: true });
    pdf.font(fonts.regular).text(printable(detail.value));
  }
  pdf.moveDown(0.8);
}

/** The readable copy of an export: the same document as the JSON, laid out for reading and printing. */
export function renderExportPdf(doc: ExportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: exportLabels.documentTitle, Producer: "Mend", CreationDate: new Date(doc.exportedAt) },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  pdf.font(fonts.bold).fontSize(20).text(exportLabels.documentTitle);
  pdf.moveDown(0.3).font(fonts.regular).fontSize(10).fillColor("#444444");
  pdf.text(printable(exportLabels.intro));
  pdf.text(`${exportLabels.exportedAt} ${readableDate(new Date(doc.exportedAt))}`);
  const names = [doc.space.yourName, doc.space.otherName].filter((n): n is string => n !== null);
  pdf.text(printable(names.join(" & ")));
  pdf.fillColor("#222222").moveDown(1);

  for (const section of doc.sections) {
    pdf.font(fonts.bold).fontSize(15).text(printable(section.title));
    pdf.moveDown(0.4);
    if (section.items.length === 0) {
      pdf.font(fonts.regular).fontSize(10).fillColor("#666666").text(exportLabels.empty).fillColor("#222222");
      pdf.moveDown(0.8);
    }
    for (const entry of section.items) item(pdf, entry);
    pdf.moveDown(0.5);
  }
  pdf.end();
  return finished;
}
