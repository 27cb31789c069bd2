import { type ComponentType, lazy, Suspense } from "react";
import { LoadingState } from "../../ui/States.tsx";

/**
 * The feature's pages, fetched on first visit: they bring the charts and the wording checks with
 * them, which every other page can do without.
 */
function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return function LazyPage() {
    return (
      <Suspense fallback={<LoadingState />}>
        <Page />
      </Suspense>
    );
  };
}

export const AgreementsRoute = lazyPage(() => import("./AgreementsPage.tsx").then((m) => m.AgreementsPage));
export const AgreementRoute = lazyPage(() => import("./AgreementPage.tsx").then((m) => m.AgreementPage));
export const PromisesRoute = lazyPage(() => import("./PromisesPage.tsx").then((m) => m.PromisesPage));
export const ConsistencyRoute = lazyPage(() =>
  import("./ConsistencyPage.tsx").then((m) => m.ConsistencyPage),
);
