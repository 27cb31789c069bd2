import type { FactorId } from "./factors.ts";
import { type RoleText, sameForAll } from "./role-text.ts";

export type Tone = "hopeful" | "hard";

interface FindingText {
  factor: FactorId;
  tone: Tone;
  text: RoleText;
}

const hopeful = (factor: FactorId, text: RoleText): FindingText => ({ factor, tone: "hopeful", text });
const hard = (factor: FactorId, text: RoleText): FindingText => ({ factor, tone: "hard", text });

/**
 * What an answer says about repair, keyed "question.value". Answers with no entry (such as "unsure")
 * add nothing either way: not knowing is neither hopeful nor hard.
 */
export const findingTexts: Readonly<Record<string, FindingText>> = {
  "intent.yes": hopeful("intent", sameForAll("You want to try, and that is where repair starts.")),
  "willingness.yes": hopeful("willingness", {
    hurt: "You see real remorse and a readiness to change.",
    broke_trust: "You feel real remorse and are ready to change.",
    both: "You each feel sorry and are ready to change.",
  }),
  "willingness.somewhat": hard("willingness", {
    hurt: "So far you see only some remorse or readiness to change.",
    broke_trust: "Your remorse or readiness to change feels partial right now.",
    both: "Remorse or readiness to change feels partial, on one side or both.",
  }),
  "willingness.no": hard("no_remorse", {
    hurt: "You don't see remorse or a readiness to change.",
    broke_trust: "You don't feel ready to change right now.",
    both: "Remorse or readiness to change seems to be missing.",
  }),
  "blame.no": hopeful("no_remorse", {
    hurt: "They aren't putting the blame on you.",
    broke_trust: "You aren't putting the blame on them.",
    both: "Neither of you blames the other for your own actions.",
  }),
  "blame.sometimes": hard("no_remorse", {
    hurt: "At times they put the blame on you.",
    broke_trust: "At times you find yourself blaming them.",
    both: "At times, blame for one person's actions gets pushed onto the other.",
  }),
  "blame.yes": hard("no_remorse", {
    hurt: "They blame you for what they did. That isn't yours to carry.",
    broke_trust: "You blame them for what you did. Owning your own part is what moves things forward.",
    both: "Blame for your own actions is landing on the other person.",
  }),
  "pattern.once": hopeful("pattern", sameForAll("It happened once rather than as a pattern.")),
  "pattern.repeated": hard("pattern", {
    hurt: "It has happened before, so trust has further to recover.",
    broke_trust: "It has happened before, so the change you commit to matters all the more.",
    both: "It has happened before, so there is more to rebuild.",
  }),
  "respect_affection.yes": hopeful(
    "respect_affection",
    sameForAll("There is still respect and affection between you."),
  ),
  "respect_affection.somewhat": hopeful(
    "respect_affection",
    sameForAll("Some respect and affection remain."),
  ),
  "respect_affection.no": hard("respect_affection", sameForAll("Respect and affection feel lost right now.")),
  "shared_goals.yes": hopeful(
    "shared_goals",
    sameForAll("You want similar things and share important values."),
  ),
  "shared_goals.somewhat": hopeful("shared_goals", sameForAll("You share some of your goals and values.")),
  "shared_goals.no": hard("shared_goals", sameForAll("Your goals or values seem far apart.")),
  "wellbeing.okay": hopeful("wellbeing", sameForAll("You are coping, and your own health is holding up.")),
  "wellbeing.strained": hard(
    "wellbeing",
    sameForAll("This is taking a toll on you. Your own care matters as much as anything else here."),
  ),
  "wellbeing.harmed": hard(
    "wellbeing",
    sameForAll("This is harming your health. Looking after yourself comes first."),
  ),
  "hidden.no": hopeful("ongoing_deception", {
    hurt: "You don't sense anything still being hidden.",
    broke_trust: "You aren't keeping anything hidden.",
    both: "Nothing seems to be hidden any more.",
  }),
  "hidden.unsure": hard("ongoing_deception", sameForAll("You aren't sure everything is in the open yet.")),
  "hidden.yes": hard("ongoing_deception", {
    hurt: "You believe something is still being hidden from you.",
    broke_trust: "Something is still hidden, and trust can't really grow back while it is.",
    both: "Something is still being hidden.",
  }),
  "addiction.treated": hopeful(
    "addiction",
    sameForAll("An addiction is part of this, and it is being treated."),
  ),
  "addiction.untreated": hard(
    "addiction",
    sameForAll(
      "An untreated addiction is part of this. Until it is treated, it tends to undo other progress.",
    ),
  ),
  "outside_help.yes": hopeful("refuses_help", {
    hurt: "They would be open to outside help.",
    broke_trust: "You would be open to outside help.",
    both: "You would both be open to outside help.",
  }),
  "outside_help.no": hard("refuses_help", {
    hurt: "They wouldn't accept outside help.",
    broke_trust: "You wouldn't accept outside help right now.",
    both: "At least one of you wouldn't accept outside help.",
  }),
  "fear.sometimes": hard("fear", sameForAll("You said you sometimes feel afraid of the other person.")),
  "fear.yes": hard("fear", sameForAll("You said you feel afraid of the other person.")),
  "threats.yes": hard(
    "threats",
    sameForAll("You said the other person has threatened you, someone close to you, or themselves."),
  ),
  "physical_harm.yes": hard(
    "physical_harm",
    sameForAll("You said the other person has physically hurt you."),
  ),
  "put_downs.sometimes": hard(
    "emotional_abuse",
    sameForAll("You said the other person sometimes insults or humiliates you."),
  ),
  "put_downs.often": hard(
    "emotional_abuse",
    sameForAll("You said the other person often insults or humiliates you."),
  ),
  "control.any": hard(
    "control",
    sameForAll(
      "You said the other person controls parts of your life, such as money, your phone, who you see or where you go.",
    ),
  ),
};
