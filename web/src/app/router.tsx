import { createBrowserRouter } from "react-router";
import { AccountPage } from "../features/accounts/AccountPage.tsx";
import { LoginPage } from "../features/accounts/LoginPage.tsx";
import { SignupPage } from "../features/accounts/SignupPage.tsx";
import { JoinPage } from "../features/invitations/JoinPage.tsx";
import { JourneyPage } from "../features/journey/JourneyPage.tsx";
import { PhasePage } from "../features/journey/PhasePage.tsx";
import { DecidingPage } from "../features/readiness/DecidingPage.tsx";
import { ReadinessPage } from "../features/readiness/ReadinessPage.tsx";
import { SafetyPage } from "../features/safety/SafetyPage.tsx";
import { NewSpacePage } from "../features/spaces/NewSpacePage.tsx";
import { SpaceHomePage } from "../features/spaces/SpaceHomePage.tsx";
import { AppLayout } from "./AppLayout.tsx";
import { NotFoundPage, PageError, RootError } from "./ErrorPages.tsx";
import { HomeRoute } from "./HomeRoute.tsx";
import { RequireAccount } from "./RequireAccount.tsx";

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RootError />,
      children: [
        {
          errorElement: <PageError />,
          children: [
            { index: true, element: <HomeRoute /> },
            { path: "signup", element: <SignupPage /> },
            { path: "login", element: <LoginPage /> },
            { path: "join/:token", element: <JoinPage /> },
            { path: "safety", element: <SafetyPage /> },
            {
              element: <RequireAccount />,
              children: [
                { path: "account", element: <AccountPage /> },
                { path: "spaces/new", element: <NewSpacePage /> },
                { path: "spaces/:spaceId", element: <SpaceHomePage /> },
                { path: "spaces/:spaceId/journey", element: <JourneyPage /> },
                { path: "spaces/:spaceId/phases/:phaseId", element: <PhasePage /> },
                { path: "spaces/:spaceId/readiness", element: <ReadinessPage /> },
                { path: "spaces/:spaceId/deciding", element: <DecidingPage /> },
                { path: "spaces/:spaceId/safety", element: <SafetyPage /> },
              ],
            },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
