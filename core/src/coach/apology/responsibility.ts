import { type Rule, rule } from "../engine.ts";
import type { ApologyPart } from "../labels.ts";

/**
 * Acknowledging responsibility, the part of an apology that matters most: explicit ownership, a plain
 * admission of the act, or taking the fault off the other person.
 */

export const responsibilityRules: Rule<ApologyPart>[] = [
  rule(
    "responsibility",
    "{IT}(?:'s| is| was| were) (?:all |entirely |completely |totally |100% |fully |100 percent |only |solely )?(?:my|on me and my) (?:own )?(?:fault|doing|responsibility|choice|decision|mistake|failure)",
  ),
  rule(
    "responsibility",
    "(?:that's|that is|this is|it's|it is|it was|that was|this was|all of this is|this one's|this one is) (?:all |entirely |completely |totally |100% )?on me",
  ),
  rule(
    "responsibility",
    "i (?:take|accept|am taking|'m taking|have to take|need to take|want to take|own) (?:full |complete |total |all the |all |100% |every bit of the |real )?(?:responsibility|ownership|the blame|accountability|the consequences)",
  ),
  rule(
    "responsibility",
    "{IM} (?:fully |completely |totally |the one |entirely |solely |the only one )?(?:responsible|accountable|to blame)",
  ),
  rule(
    "responsibility",
    "i own (?:it|this|that|what i did|my (?:part|actions|mistake|choices|choice|behavior|behaviour|decisions))",
  ),
  rule("responsibility", "i (?:was|were|acted|behaved|have been|'ve been) {ADV_}{SELF_FAULT}", {
    unlessBefore:
      "\\b(?:sorry|apologi[sz]e|regret|if|ashamed|feel bad|you think|you said)\\b(?: [^\\s,;:]+){0,4} $",
    unlessAfter: "^ (?:to (?:feel|be (?:upset|angry|mad|hurt))|about (?:you|that you|what you))",
  }),
  rule("responsibility", "i (?:chose|decided|made the (?:choice|decision)) to", {
    unlessAfter: "^ (?:forgive|trust|stay|believe|tell you|come clean|be honest|end|stop|change|get help|go)",
  }),
  rule("responsibility", "(?:it was|that was) my (?:choice|decision|call|doing)"),
  rule(
    "responsibility",
    "(?:i have|there's|there is|there was|i've got) no one (?:else )?to blame but (?:myself|me)",
  ),
  rule(
    "responsibility",
    "(?:there's|there is|there was|there are|i have|i've got|i've|i had|i got) no (?:excuse|excuses|justification|good reason) for [\\w']+",
    { negatable: false },
  ),
  rule(
    "responsibility",
    "(?:nothing|no one|nobody) (?:can|could|will) (?:excuse|justify) (?:what|it|this|that|my)",
    {
      negatable: false,
    },
  ),
  rule(
    "responsibility",
    "(?:i won't|i will not|i'm not going to|i am not going to|i'm not|i am not|i refuse to) (?:make|making|offer|give you) (?:any )?excuses",
    {
      negatable: false,
    },
  ),
  rule(
    "responsibility",
    "(?:what i did|what i said|how i acted|how i treated you|(?:the way|how) i [\\w']+|my (?:behavior|behaviour|actions|lying|lie|lies|affair|choice|words|reaction|tone|comment|comments))(?: [\\w']+){0,5}? (?:was|is|were) {ADV_}(?:{FAULT_ADJ}|on me)",
  ),
  rule(
    "responsibility",
    "(?:you|you've|you have) (?:didn't|did not|never|don't|do not|did nothing to) deserve (?:that|this|it|any|what|how|to|the way|being|a|an|the|me|my|such)",
    { negatable: false },
  ),
  rule(
    "responsibility",
    "(?:none of (?:this|it|that|what happened|what i did)|this|it|that|what happened)(?: is| was|'s)(?: not|n't| never) (?:on you|your fault|your doing|your responsibility|because of you|something you caused|on your shoulders)",
    { negatable: false },
  ),
  rule(
    "responsibility",
    "none of (?:this|it|that|what happened|what i did|the blame) (?:is|was|falls|lies) (?:on you|your fault|with you|your doing|your responsibility)",
    { negatable: false },
  ),
  rule("responsibility", "you (?:did|have done|'ve done) nothing (?:wrong|to deserve)", { negatable: false }),
  rule("responsibility", "you didn't do anything (?:wrong|to deserve)", { negatable: false }),
  // A bare admission of the act, as its own statement: "I lied to you." "I know I hurt you."
  rule("responsibility", "i(?: have|'ve| had)? {GAP_}{WRONG}", {
    unlessBefore:
      "\\b(?:sorry|apologi[sz]e|apologi[sz]ing|regret|if|when|whenever|think|thinks|say|said|says|claim|accuse|accused|whether|ashamed|feel bad|feel terrible|feel awful|hate that|wish|what if|unless|until|before|after|every time|in case|afraid|scared|worried|reason|why|fact)\\b(?: [^\\s,;:]+){0,3} $",
    unlessAfter: "^ if\\b",
  }),
  rule("responsibility", "i admit (?:it|that|i|what|to|everything)"),
  rule("responsibility", "(?<=\\bi\\b[^.!?]{1,60}?\\b(?:and|then|and then) )(?:i )?(?:then )?{WRONG}", {
    unlessBefore: "\\b(?:sorry|apologi[sz]e|regret|if|when|think|say|said|whether|reason|why)\\b[^.!?]*$",
  }),
  rule(
    "responsibility",
    "(?:i see|i realize|i realise|i understand|i know|i get) now (?:that )?[^.!?]{0,40}?\\bhurt (?:you|us)",
  ),
  rule(
    "responsibility",
    "(?:won't|will not|not going to|refuse to|can't|cannot) pretend (?:that )?(?:i didn't|it didn't|it wasn't|i wasn't|i did not|it was not|this wasn't|i had no)",
  ),
  rule("responsibility", "(?:nobody|no one) (?:forced|made|pushed|pressured|talked) me"),
  rule("responsibility", "(?:^|(?<=[.!?\\n]\\s*))i did (?:it|this|that)(?=\\s*[.!]|$)"),
  rule(
    "responsibility",
    "i (?:accept|acknowledge|recogni[sz]e|fully accept|fully acknowledge) (?:that )?(?:i|it was|this was|what i|my|the harm|the hurt|the damage)",
  ),
  rule(
    "responsibility",
    "i chose (?:work|my job|my friends|drinking|the game|her|him|them|myself|money|my phone|my career|the bottle|gambling|alcohol|my pride|my ego|to (?:lie|hide|cheat|drink|go|stay|leave|keep|ignore|spend|gamble|take))\\b",
  ),
  rule(
    "responsibility",
    "i chose (?:[\\w']+ ){1,3}?(?:over (?:you|us|our|my family|the kids)|instead of (?:you|us|being))",
  ),
  rule("responsibility", "you (?:have|had|'ve got) every (?:right|reason) to"),
  rule(
    "responsibility",
    "(?:nothing|no one|nobody|there's nothing that|there is nothing that) (?:can |could |will )?(?:excuse|excuses|justify|justifies) (?:what|it|this|that|my|the way|how)",
    { negatable: false },
  ),
  rule(
    "responsibility",
    "(?:it|that|this|what i did|what i said|doing that|saying that)(?: was|'s| is) {ADV_}{FAULT_ADJ}(?: of me| on my part)?(?! (?:of you|for you|to (?:feel|be|ask)|thing you))",
    { unlessBefore: "\\b(?:if|think|thinks|said|say|says|whether|feel like)\\b(?: [^\\s,;:]+){0,3} $" },
  ),
  rule(
    "responsibility",
    "(?:it|that|this) (?:wasn't|was not|isn't|is not) (?:my (?:place|news|story|secret|decision|call|business|right|money|choice) to|okay for me to|fair (?:of me|to you))",
  ),
  rule(
    "responsibility",
    "(?:that's|that is|it's|it is|this is|which is|but that's|and that's)(?: no| not an?) (?:excuse|justification|reason) (?:for|to)",
    { negatable: false },
  ),
  rule("responsibility", "my (?:bad|mistake)(?!s)"),
  rule(
    "responsibility",
    "(?:^|(?<=[.!?,;:\\n]\\s*)|(?<=\\band ))(?:totally |all |entirely |completely )?(?:my fault|no excuse|no excuses)(?=\\s*[,.;:!-]|\\s*$)",
  ),
  rule("responsibility", "(?:it|this|that)(?:'s| was| is) all (?:me|mine|on me|my doing)"),
  rule(
    "responsibility",
    "nothing you (?:did|said|could have done)(?: [\\w']+){0,3}? (?:made|caused|led|drove|pushed|forced)",
  ),
  rule(
    "responsibility",
    "(?:^|(?<=[.!?,;:\\n]\\s*))yes,? i (?:did(?: it| that| this)?|lied|cheated|was|have|hid|took|read|went)",
  ),
  rule(
    "responsibility",
    "(?:i'm|i am|i was) the one (?:who|that) (?:[\\w']+ ){0,2}?(?:broke|hurt|lied|cheated|messed|screwed|ruined|did|caused|betrayed|made|started|crossed|let|walked|left|wrecked|destroyed|chose)",
  ),
  rule(
    "responsibility",
    "because of (?:me|what i did|what i've done|my (?:[\\w']+ )?(?:actions|choices|choice|lies|lying|behaviou?r|affair|drinking|gambling|selfishness|temper|mistakes?))(?!\\w)",
  ),
  rule(
    "responsibility",
    "i (?:caused|created|brought (?:on|about)) (?:this|it|that|you|so much|all (?:of )?this|the|your)",
    {
      unlessBefore: "\\b(?:sorry|apologi[sz]e|regret)\\b[^.!?,;]*$",
    },
  ),
  rule("responsibility", "(?:not going to|won't|will not|refuse to|i'm not going to) hide behind", {
    negatable: false,
  }),
  rule("responsibility", "you deserved? (?:so much |far |much |a lot )?better"),
  rule(
    "responsibility",
    "i (?:did|do) (?:lie|cheat|hide|break|betray|hurt|take|spend|read|go through|keep|say|tell|use|ignore|forget)",
  ),
  rule(
    "responsibility",
    "(?:you're|you are|you were) (?:right|not wrong)(?: (?:to be|that i|about (?:me|what i|this|that)|,))",
    {
      negatable: false,
    },
  ),
];
