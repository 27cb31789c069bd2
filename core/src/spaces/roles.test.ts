import { describe, expect, it } from "vitest";
import { resolveRoles } from "./roles.ts";

describe("resolveRoles", () => {
  it("uses the first member's view alone while they are solo", () => {
    expect(resolveRoles("me")).toEqual({ own: "broke_trust", other: "hurt", viewsDiffer: false });
    expect(resolveRoles("them")).toEqual({ own: "hurt", other: "broke_trust", viewsDiffer: false });
  });

  it("keeps clear roles when the two views describe the same situation", () => {
    expect(resolveRoles("me", "them")).toEqual({ own: "broke_trust", other: "hurt", viewsDiffer: false });
    expect(resolveRoles("both", "complicated")).toEqual({ own: "both", other: "both", viewsDiffer: false });
  });

  it("gives both members both roles when their views disagree", () => {
    expect(resolveRoles("me", "me")).toEqual({ own: "both", other: "both", viewsDiffer: true });
    expect(resolveRoles("them", "both")).toEqual({ own: "both", other: "both", viewsDiffer: true });
  });
});
