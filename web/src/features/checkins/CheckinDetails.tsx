import type { CheckinAuthorViewJson } from "@mend/core/checkins/contract";
import {
  checkinText,
  type Emotion,
  emotionLabels,
  emotions,
  maxIntensity,
  maxRating,
  type ShareableSection,
  trustSignLabels,
} from "@mend/core/checkins/fields";
import { trustElements, trustElementText } from "@mend/core/trust/elements";
import type { ReactNode } from "react";

type Shown = Partial<Pick<CheckinAuthorViewJson, "trustNow" | "elements" | "emotions" | "signs" | "need">>;

function feelingsInWords(chosen: Partial<Record<Emotion, number>>): string {
  const named = emotions.flatMap((emotion) => {
    const strength = chosen[emotion];
    return strength === undefined ? [] : [`${emotionLabels[emotion]} (${strength} of ${maxIntensity})`];
  });
  return named.length > 0 ? named.join(", ") : "None picked";
}

interface Props {
  checkin: Shown;
  /** Only for one's own check-ins: the private note, opened from the vault in this tab. */
  note?: string | undefined;
  /** Only for one's own check-ins: marks each part as seen by the other person or private. */
  sharing?: CheckinAuthorViewJson["sharing"];
  otherName: string;
  /** Labels written for the author ("What you asked for") or about the other person. */
  voice: "mine" | "theirs";
}

/** The parts of one check-in as a list of label and value, leaving out whatever is absent. */
export function CheckinDetails({ checkin, note, sharing, otherName, voice }: Props) {
  const privacy = (section: ShareableSection | "note") => {
    if (!sharing) return null;
    const shared = section !== "note" && sharing[section];
    return (
      <span className={`privacy-tag${shared ? " privacy-tag--shared" : ""}`}>
        {shared ? `${otherName} can see this` : "Only you"}
      </span>
    );
  };
  const row = (key: string, label: string, value: ReactNode, tag: ReactNode) => (
    <div className="checkin-details__row" key={key}>
      <dt>
        {label} {tag}
      </dt>
      <dd>{value}</dd>
    </div>
  );
  const { trustNow, elements, emotions: felt, signs, need } = checkin;

  return (
    <dl className="checkin-details">
      {trustNow !== undefined &&
        row("trustNow", "Trust right now", `${trustNow} out of ${maxRating}`, privacy("trustNow"))}
      {elements &&
        row(
          "elements",
          "Parts of trust",
          <ul className="inline-list">
            {trustElements.map((element) => (
              <li key={element}>
                {trustElementText[element].label} {elements[element]}
              </li>
            ))}
          </ul>,
          privacy("elements"),
        )}
      {felt && row("emotions", "Feelings", feelingsInWords(felt), privacy("emotions"))}
      {signs &&
        row(
          "signs",
          voice === "mine" ? "Signs you noticed" : `Signs ${otherName} noticed`,
          signs.length > 0 ? (
            <ul className="plain-list">
              {signs.map((sign) => (
                <li key={sign}>{trustSignLabels[sign]}</li>
              ))}
            </ul>
          ) : (
            "None of them"
          ),
          privacy("signs"),
        )}
      {need &&
        row(
          "need",
          voice === "mine" ? "What you asked for" : `What ${otherName} needs from you`,
          need,
          privacy("need"),
        )}
      {note && row("note", checkinText.privateNote.question, note, privacy("note"))}
    </dl>
  );
}
