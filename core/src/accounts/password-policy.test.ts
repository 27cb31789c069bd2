import { describe, expect, it } from "vitest";
import { checkPassword } from "./password-policy.ts";

describe("checkPassword", () => {
  it("rejects passwords shorter than eight characters", () => {
    expect(checkPassword("short1")).toBe("too_short");
  });

  it("counts an emoji as one character", () => {
    expect(checkPassword("🙂🙂🙂🙂🙂🙂🙂")).toBe("too_short");
    expect(checkPassword("🙂🙂🙂🙂🙂🙂🙂🙂")).toBeUndefined();
  });

  it("rejects passwords found on common-password lists, whatever their case", () => {
    expect(checkPassword("password123")).toBe("too_common");
    expect(checkPassword("PassWord123")).toBe("too_common");
  });

  it("accepts 64-character and unicode passphrases without composition rules", () => {
    expect(checkPassword("a".repeat(30) + "quiet river stones at dawn b".padEnd(34, "x"))).toBeUndefined();
    expect(checkPassword("grüne äpfel unter dem birnbaum")).toBeUndefined();
  });

  it("rejects passphrases longer than the maximum", () => {
    expect(checkPassword("x".repeat(257))).toBe("too_long");
  });
});
