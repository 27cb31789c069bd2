export interface Person {
  name: string;
  email: string;
  password: string;
}

/** A fresh person per test, so tests never share accounts and can run in parallel. */
export function newPerson(name: string): Person {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return {
    name,
    email: `${name.toLowerCase()}.${unique}@example.com`,
    password: "quiet harbour lanterns glow",
  };
}

/**
 * The people `mend demo` creates: Alex and Sam, sixty days into their repair; Jordan and Casey,
 * seven months on and keeping it up.
 */
export const demoPeople = {
  alex: { name: "Alex", email: "alex@demo.mend.local", password: "quiet harbour morning" },
  sam: { name: "Sam", email: "sam@demo.mend.local", password: "quiet harbour morning" },
  jordan: { name: "Jordan", email: "jordan@demo.mend.local", password: "quiet harbour morning" },
  casey: { name: "Casey", email: "casey@demo.mend.local", password: "quiet harbour morning" },
} as const satisfies Record<string, Person>;
