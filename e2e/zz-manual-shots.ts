import { chromium, type Page } from "@playwright/test";
import { JoinPage } from "./pages/join-page.ts";
import { signUp, startSpace } from "./support/journeys.ts";
import { newPerson } from "./support/people.ts";

const base = "http://127.0.0.1:8391";
const out = "/tmp/talk-shots";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--headless", "--disable-gpu"],
});
const wide = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
const narrow = await browser.newContext({ baseURL: base, viewport: { width: 375, height: 800 } });
const alex = await wide.newPage();
const sam = await narrow.newPage();
const errors: string[] = [];
for (const p of [alex, sam])
  p.on("console", (m) => {
    if (m.type() === "error") errors.push(`${p === alex ? "alex" : "sam"}: ${m.text()}`);
  });
async function shot(page: Page, name: string) {
  const width = page.viewportSize()?.width ?? 1280;
  if (width > 600) {
    await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
    return;
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < height && i < 8; y += 1100, i++) {
    await page.screenshot({
      path: `${out}/${name}-${i}.png`,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(1100, height - y) },
    });
  }
}

try {
  await signUp(alex, newPerson("Alex"));
  const home = await startSpace(alex, {
    relationship: "Partner",
    otherName: "Sam",
    whoBrokeTrust: "I did",
    whatHappened: ["Lying or deceit"],
  });
  const link = await home.makeInviteLink();
  await signUp(sam, newPerson("Sam"));
  await sam.goto(link);
  await sam.waitForTimeout(2000);
  await sam.screenshot({ path: `${out}/debug-join.png` });
  await new JoinPage(sam).join("Alex did");
  await sam.getByRole("heading", { name: "Your space with Alex" }).waitFor();
  const spaceUrl = sam.url().replace(base, "");

  // Acknowledgment
  await alex.goto(`${spaceUrl}/acknowledgment`);
  await alex
    .getByRole("textbox", { name: /^What I did/ })
    .fill("I'm sorry if you were hurt, but you overreacted");
  await alex.getByRole("textbox", { name: /^What it did to you/ }).fill("You stopped trusting me.");
  await alex
    .getByRole("textbox", { name: /^My responsibility/ })
    .fill("It was my choice to lie to you, and I own it.");
  await alex.waitForTimeout(1500);
  await alex.setViewportSize({ width: 375, height: 800 });
  await shot(alex, "ack-alex-375");
  await alex.setViewportSize({ width: 1280, height: 900 });
  await alex.getByRole("button", { name: "Share this version" }).first().click();
  await alex.waitForTimeout(300);
  await alex.screenshot({ path: `${out}/ack-share-dialog.png` });
  await alex.getByRole("dialog").getByRole("button", { name: "Share this version" }).click();
  await alex.getByText(/Version 1 is shared/).waitFor();
  await sam.goto(`${spaceUrl}/acknowledgment`);
  await sam.getByRole("group", { name: "Your response" }).waitFor();
  await shot(sam, "ack-sam-375");
  await sam.getByLabel("Partly: here is what is missing").check();
  await sam
    .getByRole("textbox", { name: "What is still missing?" })
    .fill("You haven't said how long it went on.");
  await sam.getByRole("button", { name: "Send my response" }).click();
  await sam.getByText(/can see your response now/).waitFor();
  await alex
    .getByText(/Partly/)
    .first()
    .waitFor();
  await shot(alex, "ack-alex-after-partly-1280");

  // Questions
  await sam.goto(`${spaceUrl}/questions`);
  await sam.getByRole("textbox", { name: "Your question" }).fill("When did it start?");
  await sam.getByLabel("The facts").check();
  await shot(sam, "questions-sam-375");
  await sam.getByRole("button", { name: "Send to Alex" }).click();
  await sam.getByText(/Sent\. Alex can see your question now/).waitFor();
  await alex.goto(`${spaceUrl}/questions`);
  await alex.getByRole("link", { name: "When did it start?" }).click();
  await alex
    .getByRole("textbox", { name: "Your answer" })
    .fill("It started in March. You always ask too much.");
  await alex.waitForTimeout(800);
  await shot(alex, "question-alex-1280");
  await alex.getByRole("button", { name: "Send my answer" }).click();
  await alex.getByText(/can read your answer now/).waitFor();
  await sam.goto(`${spaceUrl}/questions`);
  await sam.getByRole("link", { name: "When did it start?" }).click();
  await sam.getByRole("group", { name: "Did this answer your question?" }).waitFor();
  await shot(sam, "question-sam-375");

  // Triggers & reassurance
  await sam.goto(`${spaceUrl}/triggers`);
  await sam.getByLabel("A place").check();
  await sam.getByLabel(/It hurt/).check();
  await sam.getByLabel("Share this with Alex").check();
  await sam.getByRole("button", { name: "Log it" }).click();
  await sam.getByText(/Logged, and shared/).waitFor();
  await sam.waitForTimeout(800);
  await shot(sam, "triggers-sam-375");
  await sam.goto(`${spaceUrl}/reassurance`);
  await sam.getByLabel("call me?").check();
  await sam.getByRole("button", { name: "Send to Alex" }).click();
  await sam.getByText(/Sent\./).waitFor();
  await alex.goto(spaceUrl);
  await alex.getByRole("heading", { name: "Sam asked for reassurance" }).waitFor();
  await shot(alex, "home-alex-1280");
  await alex.goto(`${spaceUrl}/triggers`);
  await alex.waitForTimeout(800);
  await shot(alex, "triggers-alex-1280");
  await alex.goto(`${spaceUrl}/reassurance`);
  await alex.getByRole("textbox", { name: "Your reply" }).fill("Calling you in five minutes.");
  await alex.getByRole("button", { name: "Send reply" }).click();
  await sam.getByRole("button", { name: "That helped" }).waitFor();
  await shot(sam, "reassurance-sam-375");

  // Talks
  await alex.goto(`${spaceUrl}/talks`);
  await alex.getByRole("textbox", { name: "What would you like to talk about?" }).fill("How we handle money");
  await alex.getByLabel("Now", { exact: true }).check();
  await alex.getByLabel(/No blame/).check();
  await shot(alex, "talks-alex-1280");
  await alex.getByRole("button", { name: "Propose the talk to Sam" }).click();
  await alex.getByText(/Waiting for Sam to say yes/).waitFor();
  await sam.goto(`${spaceUrl}/talks`);
  await sam.getByRole("link", { name: "How we handle money" }).click();
  await shot(sam, "talk-proposed-sam-375");
  await sam.getByRole("button", { name: "Yes, let's talk now" }).click();
  await sam.getByRole("button", { name: "Pause" }).waitFor();
  await alex.getByRole("button", { name: "Pause" }).waitFor();
  await alex
    .getByRole("textbox", { name: /make your point/ })
    .fill("I feel scared when we talk about money.");
  await alex.getByRole("button", { name: "Say it" }).click();
  await sam.getByRole("textbox", { name: "Say back what you heard" }).waitFor();
  await shot(sam, "talk-running-sam-375");
await sam.screenshot({ path: `${out}/talk-running-sam-viewport-375.png` });
  await shot(alex, "talk-running-alex-1280");
  await sam.getByRole("button", { name: "Pause" }).click();
  await sam.waitForTimeout(300);
  await sam.screenshot({ path: `${out}/talk-pause-dialog-375.png` });
  await sam.getByRole("button", { name: "Pause now" }).click();
  await alex.getByRole("heading", { name: /On a break until/ }).waitFor();
  await shot(alex, "talk-break-alex-1280");
  await shot(sam, "talk-break-sam-375");
await sam.screenshot({ path: `${out}/talk-break-sam-viewport-375.png` });
await alex.getByRole("button", { name: "End the talk" }).click();
await alex.getByRole("button", { name: "Yes, we got through it" }).click();
await sam.getByText(/^This talk ended/).waitFor();
await shot(sam, "talk-ended-sam-375");
await alex.goto(`${spaceUrl}/talks`);
await alex.waitForTimeout(800);
await shot(alex, "talks-list-alex-1280");
await sam.goto(spaceUrl);
await sam.waitForTimeout(1500);
await shot(sam, "home-sam-375");
} catch (error) {
  console.log(String(error).slice(0, 500));
  await alex.screenshot({ path: `${out}/fail-alex.png`, fullPage: true });
  await sam.screenshot({ path: `${out}/fail-sam.png`, fullPage: true });
}
await browser.close();
console.log("errors", errors);
