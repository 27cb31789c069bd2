import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { configQuery } from "../../app/config.ts";
import { Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { SafetyPageLink } from "../safety/SafetyPageLink.tsx";

/** The signed-out front door: what Mend is, who it's for, and how it keeps people safe. */
export function WelcomePage({ notice }: { notice: string | null }) {
  useDocumentTitle("");
  const signupClosed = useQuery(configQuery).data?.signup === "closed";
  return (
    <div className="page welcome">
      {notice && <Notice>{notice}</Notice>}
      <section className="hero" aria-labelledby="welcome-title">
        <h1 id="welcome-title">A calm, private place to work through broken trust</h1>
        <p className="lead">
          Whether it was an affair, a string of lies, promises that didn't hold or being let down when it
          mattered, Mend gives two people a steady, step-by-step way to rebuild trust. It's for partners,
          family members and friends.
        </p>
        <div className="button-row">
          {!signupClosed && (
            <Link to="/signup" className="button button--primary button--large">
              Create an account
            </Link>
          )}
          <Link to="/login" className="button button--secondary button--large">
            Log in
          </Link>
        </div>
      </section>

      <ul className="feature-grid" aria-label="How Mend works">
        <li className="feature">
          <h2 className="feature__title">Begin on your own</h2>
          <p>
            You don't need anyone's permission to start. Set up a space, go at your own pace, and invite the
            other person when, and if, you're ready.
          </p>
        </li>
        <li className="feature">
          <h2 className="feature__title">Room for both sides</h2>
          <p>
            Whether you broke trust, were hurt, or a bit of both, each of you gets steps that fit. If you see
            what happened differently, Mend doesn't pick a side.
          </p>
        </li>
        <li className="feature">
          <h2 className="feature__title">Private by design</h2>
          <p>
            Mend never tells the other person when you were last online, what you've read, where you are or
            which device you use. You can leave a space whenever you choose.
          </p>
        </li>
      </ul>

      <aside className="callout callout--info" aria-labelledby="leave-quickly-title">
        <h2 id="leave-quickly-title" className="callout__title">
          Need to leave in a hurry?
        </h2>
        <p>
          Press the <strong>Quick exit</strong> button at the top of any page, or press the <kbd>Shift</kbd>{" "}
          key three times. The page clears at once and an unrelated website opens in its place.
        </p>
      </aside>

      <aside className="callout callout--care" aria-labelledby="feel-unsafe-title">
        <h2 id="feel-unsafe-title" className="callout__title">
          If you don't feel safe
        </h2>
        <p>
          If someone close to you hurts, threatens or controls you, your safety comes before any repair.{" "}
          <SafetyPageLink>Help lines and ways to stay safe</SafetyPageLink> are open to anyone, with no
          account.
        </p>
      </aside>
    </div>
  );
}
