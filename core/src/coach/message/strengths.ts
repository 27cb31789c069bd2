import { type Rule, rule } from "../engine.ts";
import type { MessageStrength } from "../labels.ts";
import { iStatementRules, validationRules } from "./feelings.ts";

/** What keeps a hard conversation open: reflection and appreciation here, feelings in feelings.ts. */

const reflection: Rule<MessageStrength>[] = [
  rule("reflection", "what i(?:'m| am)? hear(?:ing)?(?: you say(?:ing)?)?(?: is)?", { negatable: false }),
  rule(
    "reflection",
    "i(?:'m| am)? hear(?:ing)? (?:you say(?:ing)?|that you|you(?:'re| are)? (?:saying|telling)|what you(?:'re| are)? saying)",
  ),
  rule(
    "reflection",
    "(?:it |that |this )?(?:sounds|sounded) like(?! (?:a (?:plan|good idea|great idea|lie|you problem|threat|joke|cop-out|load|lot of excuses)|an excuse|excuses|fun|nonsense|bs|bullshit|crap|garbage|a great|a good|me)\\b)",
    { unlessBefore: "\\b(?:that|this|it)\\s*$" },
  ),
  rule(
    "reflection",
    "(?:it )?(?:seems|seemed|looks|looked) like (?:you(?:'re| are| were| felt| feel|'ve been| have been)) {ADV_}{EMO}",
  ),
  rule("reflection", "so (?:what )?you(?:'re| are) saying(?: is)?(?: that)?", {
    unlessAfter: "^ (?:that )?(?:i|i'm|i am|it's all|it's my|everything|i'm the|i should|this is all)\\b",
  }),
  rule(
    "reflection",
    "(?:if i(?:'m)? (?:understand|understanding|hear|hearing|get|got)(?: you| this| that| it| what you(?:'re| are)? saying)?(?: correctly| right)|if i(?:'ve| have)? (?:got|understood|heard) (?:this|that|it|you) (?:right|correctly)|let me (?:make sure|see if|check(?: that| if)?) i(?:'m|'ve| have)? (?:understand|get|got|heard|getting|understood|following)|let me (?:repeat|say|play) (?:that|it|what you said|this) back|to make sure i(?:'m)? (?:understand|following|get|got|heard)|am i (?:getting|understanding|hearing) (?:this|that|you|it) right|did i (?:get|hear|understand) (?:that|this|you|it|everything) (?:right|correctly)|(?:is that|is this|was that) (?:right|what you (?:mean|meant|said|were saying))\\s*\\?|in other words|correct me if i(?:'m| am) wrong|tell me if i(?:'ve| have)? got (?:that|this|it) (?:right|wrong)|have i got (?:that|this|it) right)",
    { negatable: false },
  ),
  rule(
    "reflection",
    "you (?:felt|feel|were feeling|have been feeling|'ve been feeling|'re feeling|are feeling|were|'re|are|got|get|'ve been|have been) {ADV_}{EMO}\\b (?:when|because|that|after|since|about|by|like|while|each time|every time|whenever|and (?:you|i))",
    { unlessAfter: "^ (?:you're|you are) (?:overreacting|too)\\b" },
  ),
  rule(
    "reflection",
    "you (?:told me|said|mentioned|shared|explained|were saying|'re saying|are saying) (?:that )?(?:you |it |this |that )?(?:felt|feel|were feeling|are feeling|were|are|'re|was|get|got|made you|makes you|needed|need|wanted|want) (?:{ADV_}(?:{EMO})|more|me to|to|like)",
  ),
  rule("reflection", "so for you,"),
  rule(
    "reflection",
    "(?:^|(?<=[.!?\\n]\\s*))so,? (?:when|if|because|after|whenever) (?:i|we)\\b[^.!?]*\\byou\\b[^.!?]*\\?",
  ),
  rule(
    "reflection",
    "what i(?:'m| am)? (?:getting|taking away|understanding|picking up|gathering|hearing)(?: from (?:you|this|that|what you said))?(?: is| here is)",
  ),
  rule(
    "reflection",
    "you (?:felt|feel|were feeling|'ve been feeling|have been feeling|'re feeling|are feeling) like (?:i|you|nobody|no one|we|my|your|a|an|the|it|everything|everyone)\\b",
    {
      unlessBefore: "\\b(?:i|i'm|don't|never|shouldn't)\\b(?: [^\\s,;:]+){0,2} $",
    },
  ),
  rule(
    "reflection",
    "(?:^|(?<=[.!?\\n]\\s*))so,? (?:basically|essentially|in short|bottom line|to sum up),? (?:you|it|what)",
  ),
  rule("reflection", "(?:the way|how) i (?:heard|understood|understand) (?:it|that|you)"),
  rule(
    "reflection",
    "what you(?:'re| are)? (?:saying|telling me|asking for|asking me for|need(?:ed)?|want(?:ed)?|felt|feel|are feeling) (?:is|was|from me is|from me was)",
  ),
  rule("reflection", "you(?:'re| are) (?:saying|telling me|asking) (?:that )?(?:you|it|when i|what you)", {
    unlessAfter: "^ (?:that )?(?:i|i'm)\\b",
  }),
  rule("reflection", "you want(?:ed)? me to {GAP_}(?:understand|know|hear|see|get) (?:how|that|what|why)"),
];

const appreciation: Rule<MessageStrength>[] = [
  rule(
    "appreciation",
    "(?:thank you|thanks|thank u|thx|many thanks)(?= so much| a lot| for| again| from| very much|\\s*[,.!]|$)",
    {
      unlessBefore:
        "\\b(?:say|said|says|saying|even|never|a|no|any|hear|heard|get|got|want|wanted|expect)\\s*$",
    },
  ),
  rule(
    "appreciation",
    "i {MOD_}(?:appreciate|appreciated|value|valued|admire|admired|treasure|cherish|respect|respected) (?:you|it|that|this|how|the way|what|your|everything|all|the|when|it when|having|being|our|that you|you for|so much|so much that|you being|hearing|knowing)",
    { unlessBefore: "\\b(?:would|'d)\\s*$", unlessAfter: "^ (?:it )?if\\b" },
  ),
  rule(
    "appreciation",
    "i(?:'m| am| feel| was|'ve been| have been) (?:so |really |very |truly |deeply |incredibly |genuinely |forever |honestly |just )?(?:grateful|thankful|proud of (?:you|us|how you|what you|the way you|everything you)|lucky to have you|blessed to have you|so lucky)",
  ),
  rule(
    "appreciation",
    "i (?:really |truly |absolutely |just )?(?:love|loved|like|liked|adore|adored|enjoy|enjoyed) (?:it )?(?:(?:how|the way) (?:[\\w']+ ){0,2}?you|that you|it when you|when you)",
  ),
  rule("appreciation", "made my (?:day|week|morning|night|evening|whole week)"),
  rule(
    "appreciation",
    "you (?:always|really|truly|still) (?:\\w+ ){0,3}?(?:such |so )?(?:good|great|amazing|wonderful|lovely|delicious|beautiful|sweet|thoughtful|kind|funny|smart|helpful|patient|generous|gentle|brilliant)(?! (?:at (?:lying|hiding|pretending)))",
  ),
  rule(
    "appreciation",
    "i (?:really |truly |just )?(?:love|adore|admire|appreciate|value) that(?: about you)?(?=\\s*[.!,]|$| about you| so much)",
  ),
  rule(
    "appreciation",
    "(?<!would )(?:meant|means) (?:so much|a lot|the world|everything|more than you know|a great deal|more than i can say)(?: to me)?",
    {
      unlessBefore: "\\b(?:would|it'd|if)\\b(?: [^\\s,;:]+){0,3} $",
    },
  ),
  rule(
    "appreciation",
    "you (?:always |really |truly |still )?(?:make|made) me (?:laugh|smile|feel (?:safe|loved|better|good|happy|special|seen|heard|cared for|calmer|lucky))",
  ),
  rule(
    "appreciation",
    "you (?:always |really )?know (?:how|just how|exactly how) to (?:make me|cheer|calm|comfort)",
  ),
  rule(
    "appreciation",
    "(?:it|that|this|what you (?:did|said)|you (?:doing|saying|coming|calling|being|telling|showing|asking|listening|sharing|taking|making)) (?:\\w+ ){0,3}?(?:meant|means) (?:so much|a lot|the world|everything|more than you know|a great deal|more than i can say)",
  ),
  rule(
    "appreciation",
    "you did (?:a )?(?:really |so |such a )?(?:great|good|amazing|wonderful|fantastic|lovely|beautiful|brilliant|kind|thoughtful|sweet) (?:job|thing|work)",
  ),
  rule(
    "appreciation",
    "(?:great|good|nice|amazing|brilliant|fantastic|excellent) (?:job|work)(?! (?:ruining|wrecking|breaking|forgetting|screwing|messing|lying|genius|as usual))",
  ),
  rule(
    "appreciation",
    "you(?:'re| are| were| have been|'ve been) (?:such a |a |so |really |very |incredibly |always |always been |always so |truly |being |being so |being really |such an |an )?(?:good|great|wonderful|amazing|kind|thoughtful|caring|patient|generous|loving|sweet|supportive|brave|strong|helpful|gentle|honest|understanding|considerate|fantastic|incredible|good listener|great listener|excellent|lovely|open|consistent|reliable|transparent)(?! (?:at (?:lying|hiding|pretending|making excuses)|liar))",
    { unlessBefore: "\\b(?:think|thought|pretend|pretending|act like|used to|if)\\b(?: [^\\s,;:]+){0,3} $" },
  ),
  rule(
    "appreciation",
    "i (?:noticed|'ve noticed|have noticed|see|can see|saw|could see|can tell) (?:that )?(?:how )?(?:hard )?you(?:'ve| have| are|'re)? (?:been )?(?:really )?(?:trying|making (?:an |the |a real )?effort|working (?:on|hard|so hard)|putting in|showing up|keeping|more (?:open|honest|patient|present)|put your phone away|made|cleaned|cooked|called|remembered|took|handled|helped|listened|stayed|checked in|came home)",
  ),
  rule(
    "appreciation",
    "(?<!\\bif )(?:it|that|this|you|what you did|your \\w+) (?:really |so |truly )?(?:helped|helps|made (?:my day|me (?:feel )?(?:better|loved|safe|seen|heard|good|special|happy|cared for|calmer|hopeful|smile))|made a (?:big |huge |real )?difference)",
  ),
  rule("appreciation", "(?:kudos|props to you|hats off|well done)"),
  rule("appreciation", "i(?:'m| am) (?:so |really |very )?glad (?:you|that you|we)"),
];

export const messageStrengthRules: readonly Rule<MessageStrength>[] = [
  ...iStatementRules,
  ...validationRules,
  ...reflection,
  ...appreciation,
];
