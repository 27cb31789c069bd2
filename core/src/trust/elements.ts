/** The five elements of trust Mend measures and helps rebuild, in a fixed order for charts and forms. */
export const trustElements = ["honesty", "reliability", "respect", "loyalty", "empathy"] as const;
export type TrustElement = (typeof trustElements)[number];

export interface TrustElementText {
  label: string;
  /** One line a person can hold in mind while rating the element. */
  meaning: string;
}

export const trustElementText: Record<TrustElement, TrustElementText> = {
  honesty: {
    label: "Honesty",
    meaning: "They tell me what is true, including the parts that are hard to say.",
  },
  reliability: {
    label: "Reliability",
    meaning: "When they say they will do something, it gets done.",
  },
  respect: {
    label: "Respect",
    meaning: "They take my feelings, limits and choices seriously.",
  },
  loyalty: {
    label: "Loyalty",
    meaning: "They stand with me and protect what we have, even when I am not there.",
  },
  empathy: {
    label: "Empathy",
    meaning: "They try to understand how things feel from my side and show that they care.",
  },
};

/** A value for each element; used for ratings and estimates alike. */
export type PerElement<T> = Record<TrustElement, T>;

export function perElement<T>(make: (element: TrustElement) => T): PerElement<T> {
  return {
    honesty: make("honesty"),
    reliability: make("reliability"),
    respect: make("respect"),
    loyalty: make("loyalty"),
    empathy: make("empathy"),
  };
}
