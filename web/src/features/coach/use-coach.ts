import { useEffect, useState } from "react";

type CoachModule = typeof import("@mend/core/coach/index");

let loaded: CoachModule | null = null;
let loading: Promise<CoachModule> | null = null;

/**
 * The coach's rules, fetched the first time a draft needs them rather than with every page, so
 * pages without a draft stay light. Null until they have arrived.
 */
export function useCoach(): CoachModule | null {
  const [coach, setCoach] = useState<CoachModule | null>(loaded);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    loading ??= import("@mend/core/coach/index").then((module) => {
      loaded = module;
      return module;
    });
    loading.then(
      (module) => {
        if (current) setCoach(module);
      },
      () => {
        // A failed download is tried again the next time a panel opens.
        loading = null;
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return coach;
}
