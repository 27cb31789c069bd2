import type { Page } from "@playwright/test";
import { AppShell } from "../pages/app-shell.ts";
import { LoginPage } from "../pages/login-page.ts";
import { SpacesPage } from "../pages/spaces-page.ts";
import { elsewhereUrl } from "../support/env.ts";
import { expect, test } from "../support/fixtures.ts";
import { serveWithNextRelease } from "../support/next-release.ts";
import { demoPeople } from "../support/people.ts";

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** A PNG's width and height, from its header. */
function pngSize(png: Buffer): string {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

/** Waits until the service worker is running and this page goes through it (from the second load on). */
async function untilServiceWorkerControls(page: Page): Promise<void> {
  // ready resolves once there is an active worker; it may still be finishing its activation.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
    .toBe("activated");
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** Asks the worker running this page which version it is: only the new one in the update test answers. */
function whichVersion(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(String(event.data));
        navigator.serviceWorker.controller?.postMessage({ type: "WHICH_VERSION" }, [channel.port2]);
        setTimeout(() => resolve("current"), 1_000);
      }),
  );
}

/** Every address held in the browser's Cache Storage for Mend. */
function cachedAddresses(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const addresses: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) addresses.push(new URL(request.url).pathname);
    }
    return addresses;
  });
}

test.describe("Mend as an installable app", () => {
  test.use({ serviceWorkers: "allow" });
  test("the app manifest names Mend, opens standalone, and its icons are real PNGs of the stated sizes", async ({
    page,
  }) => {
    await page.goto("/");
    const link = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(link).toBe("/manifest.webmanifest");
    const response = await page.request.get(link ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
    expect(manifest).toMatchObject({
      name: "Mend",
      short_name: "Mend",
      start_url: "/",
      display: "standalone",
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    });
    expect(String(manifest.description)).not.toBe("");
    const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? "any"}`);
    expect(sizes).toEqual(expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]));
    for (const icon of manifest.icons) {
      const image = await page.request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()["content-type"]).toBe("image/png");
      expect(pngSize(await image.body()), icon.src).toBe(icon.sizes);
    }
    const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    expect(pngSize(await (await page.request.get(touchIcon ?? "")).body())).toBe("180x180");
  });

  test("the service worker starts, keeps only the app's own files, and never an API answer", async ({
    page,
  }) => {
    await page.goto("/login");
    await untilServiceWorkerControls(page);
    await new LoginPage(page).logIn(demoPeople.alex);
    await new SpacesPage(page).space("Sam").click();
    await expect(page).toHaveURL(/\/spaces\/[^/]+$/);
    const space = new URL(page.url()).pathname;
    for (const path of [`${space}/insights`, `${space}/letters`, "/account"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    }

    const cached = await cachedAddresses(page);
    expect(cached).toContain("/offline.html");
    expect(cached.some((address) => address.startsWith("/assets/"))).toBe(true);
    // Nothing private: no API answer and no page, which carries the person's own words once drawn.
    expect(cached.filter((address) => address.startsWith("/api/"))).toEqual([]);
    expect(cached.filter((address) => address === "/" || address.endsWith(".html"))).toEqual([
      "/offline.html",
    ]);
    expect(cached.filter((address) => address.startsWith("/spaces") || address === "/account")).toEqual([]);
  });

  test("with the server out of reach, Mend says so, and quick exit still leaves", async ({
    page,
    context,
  }) => {
    await page.goto("/login");
    await untilServiceWorkerControls(page);

    await context.setOffline(true);
    await page.goto("/spaces");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mend can't be reached right now");
    await expect(page.getByText("Nothing you've written is lost")).toBeVisible();

    // Once the connection is back, Try again opens Mend itself.
    await context.setOffline(false);
    await page.getByRole("link", { name: "Try again" }).click();
    await expect(new AppShell(page).quickExit).toBeVisible();

    await context.setOffline(true);
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mend can't be reached right now");
    await context.route("https://www.bbc.co.uk/**", (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<title>Weather</title><h1>Weather</h1>",
      }),
    );
    await context.setOffline(false);
    await page.getByRole("link", { name: "Quick exit" }).click();
    await expect(page.getByRole("heading", { name: "Weather" })).toBeVisible();
    await expect(page).toHaveURL(/^https:\/\/www\.bbc\.co\.uk\//);
  });

  test("the offline page's quick exit, by button or Shift three times, leaves no Mend page for Back to reach", async ({
    page,
    context,
  }) => {
    await context.route("https://www.bbc.co.uk/**", (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<title>Weather</title><h1>Weather</h1>",
      }),
    );
    for (const leave of ["button", "shift"] as const) {
      await page.goto(elsewhereUrl);
      await page.goto("/login");
      await untilServiceWorkerControls(page);
      await page.goto("/reset");
      await context.setOffline(true);
      await page.goto("/account");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mend can't be reached right now");
      // Still out of reach when the step back lands on the earlier Mend pages.
      if (leave === "button") {
        await page.getByRole("link", { name: "Quick exit" }).click();
      } else {
        for (let press = 0; press < 3; press += 1) await page.keyboard.press("Shift");
      }
      await expect(page).toHaveURL(/^https:\/\/www\.bbc\.co\.uk\//);
      await expect(page.getByRole("heading", { name: "Weather" })).toBeVisible();
      // Back goes to where the person was before Mend, and Forward comes back to the neutral page.
      await page.goBack();
      await expect(page).toHaveURL(elsewhereUrl);
      await page.goForward();
      await expect(page).toHaveURL(/^https:\/\/www\.bbc\.co\.uk\//);
      await context.setOffline(false);
    }
  });

  test("when a new version has arrived, a quiet note says so, and Reload starts it", async ({ page }) => {
    // The next release's worker also answers "which version are you?", so the test can tell which runs.
    const mend = await serveWithNextRelease(
      (current) =>
        `${current}\nself.addEventListener("message", (event) => { if (event.data?.type === "WHICH_VERSION") event.ports[0]?.postMessage("next"); });\n`,
    );
    try {
      await page.goto(`${mend.url}/login`);
      await untilServiceWorkerControls(page);
      const note = page.getByRole("status").filter({ hasText: "A new version of Mend is ready." });
      await expect(new LoginPage(page).title).toBeVisible();
      await expect(note).toHaveCount(0);

      mend.release();
      // Opening Mend again makes the browser look for a new worker, as it does for a person.
      await page.reload();
      await expect(note).toBeVisible();
      // Until the person chooses, the version they have keeps running.
      expect(await whichVersion(page)).toBe("current");

      await page.evaluate(() => {
        (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
      });
      await note.getByRole("button", { name: "Reload" }).click();
      await expect.poll(() => page.evaluate(() => "beforeUpdate" in window).catch(() => true)).toBe(false);
      await expect(new LoginPage(page).title).toBeVisible();
      await expect.poll(() => whichVersion(page)).toBe("next");
      await expect(note).toHaveCount(0);
    } finally {
      await mend.close();
    }
  });
});
