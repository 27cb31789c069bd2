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

const ink = { text: "#222222", muted: "#666666", intro: "#444444" } as const;

/** One stretch of text in one style; a paragraph is one or more of them, wrapped together. */
interface Run {
  text: string;
  font: string;
  size: number;
  color: string;
}

/**
 * Writes runs as one wrapped paragraph below the previous one. pdfkit keeps a line open while a run
 * is `continued`, and only the run that ends the paragraph closes it, measuring the lines it took and
 * moving below them. So empty runs are left out (an empty last run would leave the line open and the
 * next paragraph would be printed over it), and the last run written always closes the line.
 */
function paragraph(pdf: PDFKit.PDFDocument, runs: readonly Run[]): void {
  const written = runs.filter((run) => run.text.length > 0);
  written.forEach((run, index) => {
    pdf.font(run.font).fontSize(run.size).fillColor(run.color);
    pdf.text(printable(run.text), { continued: index < written.length - 1 });
  });
}

/** How tall the runs will be once wrapped to the page's width, each measured in its own style. */
function heightOf(pdf: PDFKit.PDFDocument, runs: readonly Run[]): number {
  return runs.reduce((sum, run) => {
    pdf.font(run.font).fontSize(run.size);
    return sum + pdf.heightOfString(printable(run.text));
  }, 0);
}

/** Starts a new page unless `height` more points still fit on this one, so a heading never ends a page. */
function keepTogether(pdf: PDFKit.PDFDocument, height: number): void {
  if (pdf.y + height > pdf.page.maxY()) pdf.addPage();
}

const style = {
  documentTitle: { font: fonts.bold, size: 20, color: ink.text },
  intro: { font: fonts.regular, size: 10, color: ink.intro },
  sectionTitle: { font: fonts.bold, size: 15, color: ink.text },
  itemTitle: { font: fonts.bold, size: 11, color: ink.text },
  meta: { font: fonts.regular, size: 9, color: ink.muted },
  body: { font: fonts.regular, size: 11, color: ink.text },
  label: { font: fonts.bold, size: 11, color: ink.text },
  empty: { font: fonts.regular, size: 10, color: ink.muted },
} as const;

const run = (text: string, look: Omit<Run, "text">): Run => ({ text, ...look });

/** A label and its value on one wrapped line ("Kept: 3"); a label without a value stands alone. */
function detailRuns(detail: ExportItem["details"][number]): Run[] {
  if (detail.value.length === 0) return [run(detail.label, style.label)];
  return [run(`${detail.label}: `, style.label), run(detail.value, style.body)];
}

function item(pdf: PDFKit.PDFDocument, entry: ExportItem): void {
  const meta = [
    exportLabels.from[entry.from],
    exportLabels.visibility[entry.visibility],
    when(entry.at),
  ].filter((part): part is string => part !== null);
  const heading = [run(entry.title, style.itemTitle), run(meta.join(" · "), style.meta)];
  // The title, its meta line and the first line of what follows stay on one page.
  keepTogether(pdf, heightOf(pdf, heading) + heightOf(pdf, [run("M", style.body)]));
  for (const line of heading) paragraph(pdf, [line]);
  if (entry.text) {
    pdf.moveDown(0.2);
    paragraph(pdf, [run(entry.text, style.body)]);
  } else if (entry.sealed) {
    pdf.moveDown(0.2);
    paragraph(pdf, [run(exportLabels.sealed, style.meta)]);
  }
  for (const detail of entry.details) {
    pdf.moveDown(0.2);
    paragraph(pdf, detailRuns(detail));
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

  paragraph(pdf, [run(exportLabels.documentTitle, style.documentTitle)]);
  pdf.moveDown(0.3);
  const names = [doc.space.yourName, doc.space.otherName].filter((n): n is string => n !== null);
  for (const line of [
    exportLabels.intro,
    `${exportLabels.exportedAt} ${readableDate(new Date(doc.exportedAt))}`,
    names.join(" & "),
  ]) {
    paragraph(pdf, [run(line, style.intro)]);
  }
  pdf.moveDown(1);

  for (const section of doc.sections) {
    const title = run(section.title, style.sectionTitle);
    keepTogether(pdf, heightOf(pdf, [title]) + heightOf(pdf, [run("M", style.itemTitle)]) * 2);
    paragraph(pdf, [title]);
    pdf.moveDown(0.4);
    if (section.items.length === 0) {
      paragraph(pdf, [run(exportLabels.empty, style.empty)]);
      pdf.moveDown(0.8);
    }
    for (const entry of section.items) item(pdf, entry);
    pdf.moveDown(0.5);
  }
  pdf.end();
  return finished;
}
