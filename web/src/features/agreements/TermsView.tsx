import type { AgreementTermsView } from "@mend/core/agreements/contract";
import { formatDateTime } from "../../ui/dates.ts";
import { ControlWarningList } from "./ControlWarnings.tsx";
import { appliesToText, reviewText, topicLabels, who } from "./words.ts";

interface Props {
  terms: AgreementTermsView;
  name: string;
  controlNotice: string | null;
}

/** One version of an agreement's terms, as both people see it. */
export function TermsView({ terms, name, controlNotice }: Props) {
  return (
    <div className="terms">
      <p className="terms__what written">{terms.what}</p>
      <dl className="summary-list terms__list">
        <div className="summary-list__row">
          <dt>The need behind it</dt>
          <dd className="written">{terms.need}</dd>
        </div>
        <div className="summary-list__row">
          <dt>If it's broken</dt>
          <dd className="written">{terms.consequence ?? "Nothing agreed in advance."}</dd>
        </div>
        <div className="summary-list__row">
          <dt>About</dt>
          <dd>
            {topicLabels[terms.topic]} · {appliesToText(terms.appliesTo, name)}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Review</dt>
          <dd>{reviewText(terms.review)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Written by</dt>
          <dd>
            {who(terms.author, name)}, {formatDateTime(terms.createdAt)}
          </dd>
        </div>
      </dl>
      <ControlWarningList warnings={terms.warnings} notice={controlNotice} />
    </div>
  );
}
