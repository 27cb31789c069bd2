import type { RepairRole } from "../spaces/roles.ts";

/** Who makes promises: the person rebuilding trust, or either person when both broke it. */
export const mayMakePromises = (role: RepairRole) => role === "broke_trust" || role === "both";

/** Past this many promises running at once, we suggest keeping fewer well. */
export const comfortablePromiseCount = 3;

export const smallPromiseIdeas = [
  "Tell you my plans for the day each morning.",
  "Let you know if I'll be more than 15 minutes late.",
  "Put my phone away when we eat together.",
  "Message you at lunchtime to say how the day is going.",
  "Answer your questions about what happened without getting defensive.",
] as const;

export interface PromiseGuidance {
  text: string;
  ideas: string[];
}

export function promiseGuidance(role: RepairRole, activePromises: number): PromiseGuidance {
  if (!mayMakePromises(role)) {
    return {
      text: "Promises here are made by the person rebuilding trust. When one comes due you can confirm it was kept, or say if it didn't feel kept to you.",
      ideas: [],
    };
  }
  if (activePromises > comfortablePromiseCount) {
    return {
      text: `You have ${activePromises} promises going. If that feels like a lot, it's fine to end one and keep fewer well: a few kept every time build more trust than many kept now and then.`,
      ideas: [],
    };
  }
  return {
    text: "Start with one or two small promises you're sure you can keep, and add more once those feel steady. If you miss one, saying so yourself is part of rebuilding trust.",
    ideas: [...smallPromiseIdeas],
  };
}

/** Shown with every boundary: what it is, and that the reader only needs to say they've read it. */
export const boundaryGuidance =
  "A boundary is yours: it says what you need or what you will do. It doesn't need the other person's agreement. They can let you know they've read it.";

/** Shown when proposing an agreement: the parts that make one work. */
export const agreementGuidance =
  "A good agreement says what you both agree to, the need behind it, what happens if it's broken, and when you'll look at it again. The other person can accept it, suggest changes or decline.";

export const withdrawalNotice =
  "You can always step back from an agreement that asks something of you. The other person will see that you withdrew, and any note you add.";
