import fs from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { Plugin } from "vite";

/**
 * The app's icons for home screens and app switchers, drawn at build time from the one mark in
 * public/favicon.svg, so there is never a picture to keep in step by hand.
 */
export interface AppIcon {
  file: string;
  size: number;
  /** "maskable" icons fill their square: the phone cuts its own shape out of them. */
  purpose: "any" | "maskable";
}

export const appIcons: AppIcon[] = [
  { file: "icons/icon-192.png", size: 192, purpose: "any" },
  { file: "icons/icon-512.png", size: 512, purpose: "any" },
  { file: "icons/maskable-512.png", size: 512, purpose: "maskable" },
  // iOS reads this one from the page's apple-touch-icon link and rounds the corners itself.
  { file: "icons/apple-touch-icon-180.png", size: 180, purpose: "maskable" },
];

/** The mark's own colour, which also fills the space around it on a maskable icon. */
const markColour = "#2d6a5a";

/**
 * A maskable icon must keep everything that matters inside the middle 80% of the square. The mark sits
 * at that size on a full square of its own colour, so whatever shape the phone cuts, only plain colour
 * is lost.
 */
function fullBleed(mark: string): string {
  const inner = mark.replace(/^<svg[^>]*>/, '<svg x="4" y="4" width="32" height="32" viewBox="0 0 32 32">');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="${markColour}"/>${inner}</svg>`;
}

function render(mark: string, icon: AppIcon): Buffer {
  const drawing = icon.purpose === "maskable" ? fullBleed(mark) : mark;
  return new Resvg(drawing, { fitTo: { mode: "width", value: icon.size } }).render().asPng();
}

export function appIconsPlugin(): Plugin {
  let markFile = "";
  const readMark = () => fs.readFileSync(markFile, "utf8");
  return {
    name: "mend-app-icons",
    configResolved(config) {
      markFile = path.join(config.publicDir, "favicon.svg");
    },
    // Written into the build beside the other public files, before the service worker lists them.
    generateBundle() {
      const mark = readMark();
      for (const icon of appIcons) {
        this.emitFile({ type: "asset", fileName: icon.file, source: render(mark, icon) });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const icon = appIcons.find((candidate) => request.url === `/${candidate.file}`);
        if (!icon) return next();
        response.setHeader("content-type", "image/png");
        response.end(render(readMark(), icon));
      });
    },
  };
}
