import { chromium, type Page } from "@playwright/test";
import { signUp, startSpace } from "./support/journeys.ts";
import { newPerson } from "./support/people.ts";
import { JoinPage } from "./pages/join-page.ts";

const base = "http://127.0.0.1:8391";
const out = "/tmp/shots";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless", "--disable-gpu"] });
const wide = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
const narrow = await browser.newContext({ baseURL: base, viewport: { width: 375, height: 800 } });
const alex = await wide.newPage();
const sam = await narrow.newPage();
const errors: string[] = [];
for (const p of [alex, sam]) p.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
async function shot(page: Page, name: string) { await page.screenshot({ path: `${out}/${name}.png`, fullPage: true }); }

await signUp(alex, newPerson("Alex"));
const home = await startSpace(alex, { relationship: "Partner", otherName: "Sam", whoBrokeTrust: "I did", whatHappened: ["Lying or deceit"] });
const link = await home.makeInviteLink();
await signUp(sam, newPerson("Sam"));
await sam.goto(link);
await new JoinPage(sam).join("Alex did");
await sam.getByRole("heading", { name: "Your space with Alex" }).waitFor();
const spaceUrl = sam.url().replace(base, "");
console.log("space", spaceUrl);
await shot(sam, "home-sam-375");

await alex.goto(`${spaceUrl}/acknowledgment`);
await alex.getByRole("textbox", { name: /^What I did/ }).fill("I'm sorry if you were hurt, but you overreacted");
await alex.getByRole("textbox", { name: /^What it did to you/ }).fill("You stopped trusting me.");
await alex.waitForTimeout(1500);
await shot(alex, "ack-alex-1280");
await alex.setViewportSize({ width: 375, height: 800 });
await shot(alex, "ack-alex-375");
await alex.setViewportSize({ width: 1280, height: 900 });
await browser.close();
console.log("errors", errors);
