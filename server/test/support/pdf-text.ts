import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A piece of text as a PDF reader places it, in points from the page's bottom-left corner. */
export interface TextBox {
  page: number;
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
}

export interface PdfPage {
  width: number;
  height: number;
  boxes: TextBox[];
}

/**
 * Reads a PDF the way a reader does and returns every non-blank piece of text with the box it
 * takes: from a little below its baseline (descenders) to a little below its font size (ascenders),
 * so two lines set one under the other never touch, and two pieces printed over each other do.
 */
export async function readPdfText(bytes: Uint8Array): Promise<PdfPage[]> {
  const document = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const boxes: TextBox[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      // A text matrix: [scale x, skew, skew, scale y, x, y of the baseline].
      const [, , , , x, baseline] = item.transform as [number, number, number, number, number, number];
      const size = item.height;
      boxes.push({
        page: number,
        text: item.str,
        left: x,
        right: x + item.width,
        bottom: baseline - 0.2 * size,
        top: baseline + 0.8 * size,
      });
    }
    pages.push({ width, height, boxes });
  }
  await document.destroy();
  return pages;
}

/** Pairs of text boxes on the same page that cover some of the same area. */
export function overlappingBoxes(boxes: readonly TextBox[]): [TextBox, TextBox][] {
  const overlapping: [TextBox, TextBox][] = [];
  const slack = 0.5;
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
      if (a.page === b.page && across > slack && down > slack) overlapping.push([a, b]);
    }
  });
  return overlapping;
}
