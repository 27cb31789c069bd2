import { defaultCountry, resourcesFor, type SafetyResources } from "@mend/core/safety/index";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { safetyResourcesQuery } from "./api.ts";

/** No country chosen yet: the person is asked rather than shown some other country's numbers. */
const notChosen = "";
/** A country the list doesn't have: the emergency number advice alone. */
const elsewhere = "elsewhere";

/** The browser's language often names a country ("en-GB"); it is only a starting guess the person can change. */
function browserCountry(resources: SafetyResources): string {
  const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return defaultCountry(resources, languages) ?? notChosen;
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

export function HelpLines() {
  const resources = useQuery(safetyResourcesQuery);
  if (resources.isPending) return <LoadingState label="Loading help lines…" />;
  if (resources.isError) {
    return (
      <ErrorState
        title="We couldn't load the help lines"
        error={resources.error}
        onRetry={() => void resources.refetch()}
      >
        <p>If you are in danger right now, call your local emergency number.</p>
      </ErrorState>
    );
  }
  return <HelpLineList resources={resources.data} />;
}

function HelpLineList({ resources }: { resources: SafetyResources }) {
  const [country, setCountry] = useState(() => browserCountry(resources));
  const selectId = useId();
  const hintId = useId();
  const chosen = country !== notChosen;
  const local = resourcesFor(resources, chosen && country !== elsewhere ? country : undefined);
  return (
    <section className="section" aria-labelledby="help-lines-title">
      <h2 id="help-lines-title">Places to get help</h2>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          Where are you?
        </label>
        {!chosen && (
          <div className="field__hint" id={hintId}>
            Choose the country you are in to see the help lines there.
          </div>
        )}
        <select
          id={selectId}
          className="select"
          value={country}
          aria-describedby={chosen ? undefined : hintId}
          onChange={(e) => setCountry(e.target.value)}
        >
          <option value={notChosen} disabled>
            Choose a country
          </option>
          {resources.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {countryNames.of(c.code) ?? c.code}
            </option>
          ))}
          <option value={elsewhere}>Somewhere else</option>
        </select>
      </div>
      <p className="callout callout--care">
        In immediate danger, call <strong>{local.emergency}</strong>.
      </p>
      {chosen && local.services.length === 0 && (
        <p>
          We don't list services for this country yet. A search for a domestic abuse helpline in your country,
          from a device you trust, will find local help.
        </p>
      )}
      {local.services.length > 0 && (
        <ul className="help-lines">
          {local.services.map((service) => (
            <li key={service.name} className="help-line">
              <h3 className="help-line__name">{service.name}</h3>
              <ul className="plain-list">
                {service.phone && (
                  <li>
                    Call <a href={`tel:${service.phone.replace(/[^\d+]/g, "")}`}>{service.phone}</a>
                    {service.hours ? ` (${service.hours})` : ""}
                  </li>
                )}
                {service.text && <li>Text: {service.text}</li>}
                {service.tty && <li>TTY: {service.tty}</li>}
                {service.web && (
                  <li>
                    <a href={service.web} rel="noreferrer noopener" target="_blank">
                      {service.web.replace(/^https:\/\//, "")}
                    </a>
                  </li>
                )}
                {service.note && <li className="muted">{service.note}</li>}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        Numbers change. The people who run this Mend keep this list; check it against the service's own site
        when you can.
      </p>
    </section>
  );
}
