import Bowser from "bowser";

export interface DeviceLabel {
  browser: string | null;
  os: string | null;
}

/**
 * The browser family and operating system of a sign-in, so the owner can recognise their sessions.
 * Only these two words are kept: never the header itself, its versions or anything else it says.
 */
export function describeUserAgent(userAgent: string | undefined): DeviceLabel {
  if (!userAgent) return { browser: null, os: null };
  const parsed = Bowser.parse(userAgent.slice(0, 1024));
  return { browser: parsed.browser.name || null, os: parsed.os.name || null };
}
