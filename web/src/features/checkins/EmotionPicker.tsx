import {
  checkinText,
  type Emotion,
  emotionLabels,
  emotions,
  maxIntensity,
  minIntensity,
} from "@mend/core/checkins/fields";
import { RatingScale } from "./RatingScale.tsx";

export type EmotionDraft = Partial<Record<Emotion, number>>;

/** A feeling ticked without a strength starts in the middle; the scale beside it shows the choice. */
const startingIntensity = 3;

interface Props {
  id: string;
  value: EmotionDraft;
  onChange: (value: EmotionDraft) => void;
  error?: string | undefined;
}

/** The ten feelings as tick boxes; each ticked one asks how strong it was, from 1 to 5. */
export function EmotionPicker({ id, value, onChange, error }: Props) {
  const toggle = (emotion: Emotion, checked: boolean) => {
    const next: EmotionDraft = { ...value };
    if (checked) next[emotion] = startingIntensity;
    else delete next[emotion];
    onChange(next);
  };

  return (
    <fieldset className={`fieldset${error ? " field--error" : ""}`}>
      <legend className="fieldset__legend">{checkinText.emotions.question}</legend>
      {error && (
        <p className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <ul className="feelings">
        {emotions.map((emotion) => {
          const inputId = `${id}-${emotion}`;
          const strength = value[emotion];
          return (
            <li key={emotion} className={`feeling${strength === undefined ? "" : " feeling--on"}`}>
              <div className="feeling__pick">
                <input
                  className="choice__input"
                  type="checkbox"
                  id={inputId}
                  checked={strength !== undefined}
                  onChange={(event) => toggle(emotion, event.target.checked)}
                />
                <label className="feeling__label" htmlFor={inputId}>
                  {emotionLabels[emotion]}
                </label>
              </div>
              {strength !== undefined && (
                <RatingScale
                  id={`${inputId}-strength`}
                  size="small"
                  legend={
                    <>
                      How strong? <span className="visually-hidden">({emotionLabels[emotion]})</span>
                    </>
                  }
                  min={minIntensity}
                  max={maxIntensity}
                  lowLabel={checkinText.emotions.intensityLow}
                  highLabel={checkinText.emotions.intensityHigh}
                  value={strength}
                  onChange={(next) => onChange({ ...value, [emotion]: next })}
                />
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
