import { AgreementPage } from "./AgreementPage.tsx";
import { AgreementsPage } from "./AgreementsPage.tsx";
import { ConsistencyPage } from "./ConsistencyPage.tsx";
import { PromisesPage } from "./PromisesPage.tsx";

/** The feature's pages for the router's `lazy` routes, so they arrive in one chunk on first visit. */
export const agreementsRoute = { Component: AgreementsPage };
export const agreementRoute = { Component: AgreementPage };
export const promisesRoute = { Component: PromisesPage };
export const consistencyRoute = { Component: ConsistencyPage };
