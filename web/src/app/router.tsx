import { createBrowserRouter } from "react-router";
import { LoadingState } from "../ui/States.tsx";
import { AppLayout } from "./AppLayout.tsx";
import { NotFoundPage, PageError, RootError } from "./ErrorPages.tsx";
import { page } from "./lazy-page.ts";
import { RequireAccount } from "./RequireAccount.tsx";

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      errorElement: <RootError />,
      children: [
        {
          errorElement: <PageError />,
          // Shown inside the layout while the first page's code arrives; later visits keep the
          // current page on screen until the next one is ready (see PageLoadingBar).
          hydrateFallbackElement: <LoadingState />,
          children: [
            { index: true, lazy: page(() => import("./HomeRoute.tsx"), "HomeRoute") },
            { path: "signup", lazy: page(() => import("../features/accounts/SignupPage.tsx"), "SignupPage") },
            { path: "login", lazy: page(() => import("../features/accounts/LoginPage.tsx"), "LoginPage") },
            {
              path: "forgot-password",
              lazy: page(() => import("../features/accounts/ForgotPasswordPage.tsx"), "ForgotPasswordPage"),
            },
            {
              path: "reset",
              lazy: page(() => import("../features/accounts/ResetPasswordPage.tsx"), "ResetPasswordPage"),
            },
            {
              path: "join/:token",
              lazy: page(() => import("../features/invitations/JoinPage.tsx"), "JoinPage"),
            },
            {
              path: "counselor/join/:token",
              lazy: page(() => import("../features/counselor/CounselorJoinPage.tsx"), "CounselorJoinPage"),
            },
            { path: "safety", lazy: page(() => import("../features/safety/SafetyPage.tsx"), "SafetyPage") },
            {
              element: <RequireAccount />,
              children: [
                {
                  path: "account",
                  lazy: page(() => import("../features/accounts/AccountPage.tsx"), "AccountPage"),
                },
                {
                  path: "account/reminders",
                  lazy: page(
                    () => import("../features/notifications/NotificationsPage.tsx"),
                    "NotificationsPage",
                  ),
                },
                {
                  path: "journal",
                  lazy: page(() => import("../features/journal/JournalPage.tsx"), "JournalPage"),
                },
                {
                  path: "spaces/new",
                  lazy: page(() => import("../features/spaces/NewSpacePage.tsx"), "NewSpacePage"),
                },
                {
                  path: "spaces/:spaceId",
                  lazy: page(() => import("../features/spaces/SpaceHomePage.tsx"), "SpaceHomePage"),
                },
                {
                  path: "spaces/:spaceId/counselor",
                  lazy: page(() => import("../features/counselor/CounselorPage.tsx"), "CounselorPage"),
                },
                {
                  path: "counselor",
                  lazy: page(
                    () => import("../features/counselor/CounselorDashboardPage.tsx"),
                    "CounselorDashboardPage",
                  ),
                },
                {
                  path: "counselor/spaces/:spaceId",
                  lazy: page(
                    () => import("../features/counselor/CounselorSpacePage.tsx"),
                    "CounselorSpacePage",
                  ),
                },
                {
                  path: "spaces/:spaceId/journey",
                  lazy: page(() => import("../features/journey/JourneyPage.tsx"), "JourneyPage"),
                },
                {
                  path: "spaces/:spaceId/phases/:phaseId",
                  lazy: page(() => import("../features/journey/PhasePage.tsx"), "PhasePage"),
                },
                {
                  path: "spaces/:spaceId/readiness",
                  lazy: page(() => import("../features/readiness/ReadinessPage.tsx"), "ReadinessPage"),
                },
                {
                  path: "spaces/:spaceId/deciding",
                  lazy: page(() => import("../features/deciding/DecidingPage.tsx"), "DecidingPage"),
                },
                {
                  path: "spaces/:spaceId/own-path",
                  lazy: page(() => import("../features/solo/SoloPathPage.tsx"), "SoloPathPage"),
                },
                {
                  path: "spaces/:spaceId/safety",
                  lazy: page(() => import("../features/safety/SafetyPage.tsx"), "SafetyPage"),
                },
                {
                  path: "spaces/:spaceId/checkin",
                  lazy: page(() => import("../features/checkins/CheckinPage.tsx"), "CheckinPage"),
                },
                {
                  path: "spaces/:spaceId/insights",
                  lazy: page(() => import("../features/insights/InsightsPage.tsx"), "InsightsPage"),
                },
                {
                  path: "spaces/:spaceId/insights/how-trust-is-read",
                  lazy: page(
                    () => import("../features/insights/TrustExplanationPage.tsx"),
                    "TrustExplanationPage",
                  ),
                },
                {
                  path: "spaces/:spaceId/help",
                  lazy: page(() => import("../features/help/HelpPage.tsx"), "HelpPage"),
                },
                {
                  path: "spaces/:spaceId/forgiveness",
                  lazy: page(() => import("../features/forgiveness/ForgivenessPage.tsx"), "ForgivenessPage"),
                },
                {
                  path: "spaces/:spaceId/letters",
                  lazy: page(() => import("../features/forgiveness/LettersPage.tsx"), "LettersPage"),
                },
                {
                  path: "spaces/:spaceId/letters/new",
                  lazy: page(() => import("../features/forgiveness/LetterPage.tsx"), "LetterPage"),
                },
                {
                  path: "spaces/:spaceId/letters/:letterId",
                  lazy: page(() => import("../features/forgiveness/LetterPage.tsx"), "LetterPage"),
                },
                {
                  path: "spaces/:spaceId/letting-go",
                  lazy: page(() => import("../features/forgiveness/LettingGoPage.tsx"), "LettingGoPage"),
                },
                {
                  path: "spaces/:spaceId/reflections",
                  lazy: page(() => import("../features/forgiveness/ReflectionsPage.tsx"), "ReflectionsPage"),
                },
                {
                  path: "spaces/:spaceId/appreciations",
                  lazy: page(
                    () => import("../features/closeness/AppreciationsPage.tsx"),
                    "AppreciationsPage",
                  ),
                },
                {
                  path: "spaces/:spaceId/time-together",
                  lazy: page(() => import("../features/closeness/TimeTogetherPage.tsx"), "TimeTogetherPage"),
                },
                {
                  path: "spaces/:spaceId/closeness",
                  lazy: page(() => import("../features/closeness/LadderPage.tsx"), "LadderPage"),
                },
                {
                  path: "spaces/:spaceId/keeping-it-up",
                  lazy: page(() => import("../features/maintenance/MaintenancePage.tsx"), "MaintenancePage"),
                },
                {
                  path: "spaces/:spaceId/ending",
                  lazy: page(() => import("../features/ending/EndingPage.tsx"), "EndingPage"),
                },
                {
                  path: "spaces/:spaceId/acknowledgment",
                  lazy: page(
                    () => import("../features/acknowledgment/StatementPage.tsx"),
                    "AcknowledgmentPage",
                  ),
                },
                {
                  path: "spaces/:spaceId/impact-statement",
                  lazy: page(
                    () => import("../features/acknowledgment/StatementPage.tsx"),
                    "ImpactStatementPage",
                  ),
                },
                {
                  path: "spaces/:spaceId/questions",
                  lazy: page(() => import("../features/questions/QuestionsPage.tsx"), "QuestionsPage"),
                },
                {
                  path: "spaces/:spaceId/questions/:questionId",
                  lazy: page(() => import("../features/questions/QuestionPage.tsx"), "QuestionPage"),
                },
                {
                  path: "spaces/:spaceId/triggers",
                  lazy: page(() => import("../features/triggers/TriggersPage.tsx"), "TriggersPage"),
                },
                {
                  path: "spaces/:spaceId/reassurance",
                  lazy: page(() => import("../features/triggers/ReassurancePage.tsx"), "ReassurancePage"),
                },
                {
                  path: "spaces/:spaceId/amends",
                  lazy: page(() => import("../features/amends/AmendsPage.tsx"), "AmendsPage"),
                },
                {
                  path: "spaces/:spaceId/record",
                  lazy: page(() => import("../features/record/RecordPage.tsx"), "RecordPage"),
                },
                {
                  path: "spaces/:spaceId/talks",
                  lazy: page(() => import("../features/talks/TalksPage.tsx"), "TalksPage"),
                },
                {
                  path: "spaces/:spaceId/talks/:talkId",
                  lazy: page(() => import("../features/talks/TalkPage.tsx"), "TalkPage"),
                },
                {
                  path: "spaces/:spaceId/agreements",
                  lazy: page(() => import("../features/agreements/AgreementsPage.tsx"), "AgreementsPage"),
                },
                {
                  path: "spaces/:spaceId/agreements/:agreementId",
                  lazy: page(() => import("../features/agreements/AgreementPage.tsx"), "AgreementPage"),
                },
                {
                  path: "spaces/:spaceId/promises",
                  lazy: page(() => import("../features/agreements/PromisesPage.tsx"), "PromisesPage"),
                },
                {
                  path: "spaces/:spaceId/consistency",
                  lazy: page(() => import("../features/agreements/ConsistencyPage.tsx"), "ConsistencyPage"),
                },
              ],
            },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
