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
