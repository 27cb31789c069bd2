import type { QuestionView } from "@mend/core/questions/contract";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDate, formatDateTime } from "../../ui/dates.ts";
import { detailLabel, statusText, statusTone, topicLabel } from "./words.ts";

interface Props {
  spaceId: string;
  questions: readonly QuestionView[];
  otherName: string;
}

/** Sent questions as a list of cards, each leading to its whole thread. */
export function QuestionList({ spaceId, questions, otherName }: Props) {
  return (
    <ul className="question-list">
      {questions.map((question) => {
        const topic = topicLabel(question.topic);
        return (
          <li key={question.id} className="question-card">
            <p className="question-card__text">
              <Link to={`/spaces/${segment(spaceId)}/questions/${segment(question.id)}`}>
                {question.text}
              </Link>
            </p>
            <p className="question-card__meta">
              <span className={`status-pill status-pill--${statusTone[question.status]}`}>
                {statusText(question, otherName)}
              </span>
              {question.overdue && (
                <span className="status-pill status-pill--late">Past the promised time</span>
              )}
            </p>
            <p className="question-card__about">
              {question.askedBy === "you" ? "You asked" : `${otherName} asked`} on{" "}
              {formatDate(question.sentAt)} · {detailLabel(question.detail)}
              {topic && ` · ${topic}`}
              {question.answerBy &&
                !question.overdue &&
                ` · answer promised by ${formatDateTime(question.answerBy)}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
