import { createBrowserRouter } from "react-router";
import { AccountPage } from "../features/accounts/AccountPage.tsx";
import { LoginPage } from "../features/accounts/LoginPage.tsx";
import { SignupPage } from "../features/accounts/SignupPage.tsx";
import { AcknowledgmentPage, ImpactStatementPage } from "../features/acknowledgment/StatementPage.tsx";
import {
  AgreementRoute,
  AgreementsRoute,
  ConsistencyRoute,
  PromisesRoute,
} from "../features/agreements/routes.tsx";
import { CheckinPage } from "../features/checkins/CheckinPage.tsx";
import { AppreciationsPage } from "../features/closeness/AppreciationsPage.tsx";
import { LadderPage } from "../features/closeness/LadderPage.tsx";
import { TimeTogetherPage } from "../features/closeness/TimeTogetherPage.tsx";
import { EndingPage } from "../features/ending/EndingPage.tsx";
import { ForgivenessPage } from "../features/forgiveness/ForgivenessPage.tsx";
import { LetterPage } from "../features/forgiveness/LetterPage.tsx";
import { LettersPage } from "../features/forgiveness/LettersPage.tsx";
import { LettingGoPage } from "../features/forgiveness/LettingGoPage.tsx";
import { ReflectionsPage } from "../features/forgiveness/ReflectionsPage.tsx";
import { HelpPage } from "../features/help/HelpPage.tsx";
import { InsightsPage } from "../features/insights/InsightsPage.tsx";
import { JoinPage } from "../features/invitations/JoinPage.tsx";
import { JourneyPage } from "../features/journey/JourneyPage.tsx";
import { PhasePage } from "../features/journey/PhasePage.tsx";
import { MaintenancePage } from "../features/maintenance/MaintenancePage.tsx";
import { QuestionPage } from "../features/questions/QuestionPage.tsx";
import { QuestionsPage } from "../features/questions/QuestionsPage.tsx";
import { DecidingPage } from "../features/readiness/DecidingPage.tsx";
import { ReadinessPage } from "../features/readiness/ReadinessPage.tsx";
import { SafetyPage } from "../features/safety/SafetyPage.tsx";
import { NewSpacePage } from "../features/spaces/NewSpacePage.tsx";
import { SpaceHomePage } from "../features/spaces/SpaceHomePage.tsx";
import { TalkPage } from "../features/talks/TalkPage.tsx";
import { TalksPage } from "../features/talks/TalksPage.tsx";
import { ReassurancePage } from "../features/triggers/ReassurancePage.tsx";
import { TriggersPage } from "../features/triggers/TriggersPage.tsx";
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
                { path: "spaces/:spaceId/checkin", element: <CheckinPage /> },
                { path: "spaces/:spaceId/insights", element: <InsightsPage /> },
                { path: "spaces/:spaceId/help", element: <HelpPage /> },
                { path: "spaces/:spaceId/forgiveness", element: <ForgivenessPage /> },
                { path: "spaces/:spaceId/letters", element: <LettersPage /> },
                { path: "spaces/:spaceId/letters/new", element: <LetterPage /> },
                { path: "spaces/:spaceId/letters/:letterId", element: <LetterPage /> },
                { path: "spaces/:spaceId/letting-go", element: <LettingGoPage /> },
                { path: "spaces/:spaceId/reflections", element: <ReflectionsPage /> },
                { path: "spaces/:spaceId/appreciations", element: <AppreciationsPage /> },
                { path: "spaces/:spaceId/time-together", element: <TimeTogetherPage /> },
                { path: "spaces/:spaceId/closeness", element: <LadderPage /> },
                { path: "spaces/:spaceId/keeping-it-up", element: <MaintenancePage /> },
                { path: "spaces/:spaceId/ending", element: <EndingPage /> },
                { path: "spaces/:spaceId/acknowledgment", element: <AcknowledgmentPage /> },
                { path: "spaces/:spaceId/impact-statement", element: <ImpactStatementPage /> },
                { path: "spaces/:spaceId/questions", element: <QuestionsPage /> },
                { path: "spaces/:spaceId/questions/:questionId", element: <QuestionPage /> },
                { path: "spaces/:spaceId/triggers", element: <TriggersPage /> },
                { path: "spaces/:spaceId/reassurance", element: <ReassurancePage /> },
                { path: "spaces/:spaceId/talks", element: <TalksPage /> },
                { path: "spaces/:spaceId/talks/:talkId", element: <TalkPage /> },
                { path: "spaces/:spaceId/agreements", element: <AgreementsRoute /> },
                { path: "spaces/:spaceId/agreements/:agreementId", element: <AgreementRoute /> },
                { path: "spaces/:spaceId/promises", element: <PromisesRoute /> },
                { path: "spaces/:spaceId/consistency", element: <ConsistencyRoute /> },
              ],
            },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
