/**
 * All the other member may learn about someone's readiness check. Answers, path, findings and even
 * the date stay private: a date could reveal that something changed in a person's thinking.
 */
export interface ReadinessSeenByOther {
  completed: boolean;
}

/** Allow-list presenter: whatever the stored check holds, only completion leaves it. */
export function presentReadinessToOther(check: object | null | undefined): ReadinessSeenByOther {
  return { completed: check !== null && check !== undefined };
}
