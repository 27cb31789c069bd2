import { lazy, Suspense } from "react";
import { LoadingState } from "../../ui/States.tsx";

/*
 * The feature's pages, fetched on first visit: they bring the charts and the wording checks with
 * them, which every other page can do without.
 */
const AgreementsPage = lazy(() =>
  import("./AgreementsPage.tsx").then((m) => ({ default: m.AgreementsPage })),
);
const AgreementPage = lazy(() => import("./AgreementPage.tsx").then((m) => ({ default: m.AgreementPage })));
const PromisesPage = lazy(() => import("./PromisesPage.tsx").then((m) => ({ default: m.PromisesPage })));
const ConsistencyPage = lazy(() =>
  import("./ConsistencyPage.tsx").then((m) => ({ default: m.ConsistencyPage })),
);

export const AgreementsRoute = () => (
  <Suspense fallback={<LoadingState />}>
    <AgreementsPage />
  </Suspense>
);

export const AgreementRoute = () => (
  <Suspense fallback={<LoadingState />}>
    <AgreementPage />
  </Suspense>
);

export const PromisesRoute = () => (
  <Suspense fallback={<LoadingState />}>
    <PromisesPage />
  </Suspense>
);

export const ConsistencyRoute = () => (
  <Suspense fallback={<LoadingState />}>
    <ConsistencyPage />
  </Suspense>
);
