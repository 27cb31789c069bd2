import { type Rule, rule } from "../engine.ts";
import type { MessageStrength } from "../labels.ts";
import { emotions } from "../words.ts";

/** Speaking from one's own feelings (I-statements) and accepting the other's (validation). */

/** Emotion words that read as a feeling even after a bare "I'm" (unlike "I'm good" or "I'm sick"). */
const plainAfterIm = emotions.filter(
  (e) =>
    ![
      "good",
      "bad",
      "better",
      "grateful",
      "proud",
      "happy",
      "hopeful",
      "excited",
      "relieved",
      "worse",
      "seen",
      "heard",
      "used",
      "raw",
      "heavy",
      "sick",
      "small",
      "closer",
      "pain",
      "anger",
      "sadness",
      "fear",
      "shame",
      "jealousy",
      "loneliness",
      "valued",
      "respected",
      "supported",
      "loved",
      "safe",
      "connected",
      "tired",
      "stupid",
      "defensive",
      "broken",
      "empty",
      "lost",
      "close to you",
    ].includes(e) && !e.startsWith("like "),
);
const imEmotion = `(?:${plainAfterIm.join("|")})`;

export const iStatementRules: Rule<MessageStrength>[] = [
  rule(
    "i_statement",
    "it (?:really |still |honestly )?(?:hurts|stings|stung|hurt) (?:when|that|to(?! hear)|so|a lot|every time)",
    {
      unlessBefore: "\\b(?:if|even if|though|although)\\s*$",
    },
  ),
  rule(
    "i_statement",
    "(?:i'm|i am) (?:just |only )?trying to (?:protect|take care of|look after|keep) (?:myself|my heart|me|my peace)",
  ),
  rule(
    "i_statement",
    "i(?: feel| felt|'m feeling| am feeling| was feeling| have been feeling|'ve been feeling| keep feeling| start to feel| started to feel| end up feeling| ended up feeling|'ve felt| have felt| get| got| become| became| still feel| often feel| sometimes feel| would feel|'d feel| always feel| just feel| really feel) {ADV_}{EMO}",
    { negatable: false, unlessAfter: "^ (?:of you|of your|with you)\\b" },
  ),
  rule(
    "i_statement",
    "i(?: feel| felt|'m feeling| am feeling| was feeling| have been feeling|'ve been feeling| keep feeling| still feel| often feel| sometimes feel| always feel| just feel| really feel| never feel| rarely feel| don't feel| do not feel) like (?:i|i'm|i am|i was|i've|nobody|no one|my|we|i have|i don't|i can't|i'm not|i need|i have to|i had to|a|an|the|i'd|i would|it's|it was|this|something)\\b",
    { negatable: false, unlessAfter: "^ (?:you|your)\\b" },
  ),
  rule("i_statement", `(?:i'm|i am|im|i was|i've been|i have been|i get|i got) {ADV_}${imEmotion}`, {
    negatable: false,
    unlessBefore: "\\b(?:every (?:single )?time|whenever|when|if)\\s*$",
    unlessAfter: "^ (?:of|with) (?:you|your|this|it|the way you|hearing)\\b",
  }),
  rule(
    "i_statement",
    "i (?:\\w+ )?need (?:you to|us to|to|some|more|a|time|space|honesty|reassurance|a break|help|support|clarity|a minute|a moment|answers|the truth|your help|you|us)\\b",
    { negatable: false, unlessAfter: "^ (?:to (?:go|leave|get out|stop talking|shut up))" },
  ),
  rule(
    "i_statement",
    "i(?:'d| would) (?:really |so |honestly |much |truly )?(?:like|love|appreciate|prefer|rather|feel (?:a lot |so much |much |a little |a bit )?(?:better|safer|calmer|closer|more|less))\\b",
  ),
  rule("i_statement", "i (?:really )?(?:want|wish|hope) (?:us|you|that we|we) (?:to|could|can|would|'d)"),
  rule(
    "i_statement",
    "i (?:really |honestly |just |never |don't |do not |didn't |really don't )?(?:want|wanted|need|needed) to",
  ),
  rule(
    "i_statement",
    "part of me (?:wants|is|feels|needs|thinks|hopes|fears|worries|still|can't|wonders|believes)",
  ),
  rule(
    "i_statement",
    "(?:it|this|that|what you (?:did|said)) (?:really |still )?(?:makes|made) me (?:feel )?{ADV_}{EMO}",
    { negatable: false },
  ),
  rule(
    "i_statement",
    "(?:it|this|that) (?:really |still |honestly )?(?:hurts|hurt|scares|scared|worries|worried|upsets|upset|frightens|frightened|bothers|bothered|saddens|saddened|stings|stung|makes|made|breaks|broke|kills|killed|stresses|stressed|confuses|confused|embarrasses|embarrassed|terrifies|terrified|angers|angered|frustrates|frustrated) me(?: (?:when|that|to|so|a lot|because|feel|how|deeply|more|every|inside|out|up)|[,.!]|$)",
    { negatable: false },
  ),
  rule(
    "i_statement",
    "(?:i'm|i am|i've been|i have been|i was) (?:really |honestly |still )?(?:struggling|having a (?:really )?(?:hard|tough|difficult) time|finding (?:it|this) (?:really )?(?:hard|difficult)|not okay|not ok|not doing (?:well|okay|ok|great)|hurting|trying to (?:understand|trust|heal|cope|process))",
    { negatable: false },
  ),
  rule("i_statement", "i miss (?:you|us|when|the way|how|being|our|talking|feeling|having|trusting)"),
  rule(
    "i_statement",
    "i (?:don't|do not|didn't|did not|no longer|can't|cannot) (?:really |always )?(?:feel|felt) {GAP_}(?:safe|heard|loved|respected|important|seen|valued|supported|like a priority|close|connected|wanted|comfortable|trusted|okay|ok|sure|secure|relaxed|appreciated)",
    { negatable: false },
  ),
  rule(
    "i_statement",
    "(?:my (?:heart|chest|stomach|gut)) (?:sinks|sank|drops|dropped|races|raced|hurts|hurt|aches|ached|tightens|tightened|knots|broke|breaks|pounds|pounded)",
    {
      negatable: false,
    },
  ),
  rule(
    "i_statement",
    "what (?:i|i really) (?:need|want|am asking for|'m asking for|would love)(?: most)?(?: from you| right now)? is",
  ),
  rule("i_statement", "what would (?:really )?help me"),
  rule(
    "i_statement",
    "i (?:worry|worried|fear|feared|dread|dreaded) (?:that|about|you|we|it|this|losing|being|what)",
  ),
  rule("i_statement", "for me,? (?:it|this|that) (?:feels|felt|was|is)"),
  rule("i_statement", "it (?:feels|felt) like (?:i|i'm|i am|nobody|no one|my|i was|i don't|i'm not)\\b", {
    negatable: false,
  }),
  rule("i_statement", "(?:i'm|i am) (?:not )?ready to", { negatable: false }),
  rule(
    "i_statement",
    "i (?:can't|cannot) (?:stop thinking|sleep|stop picturing|shake the feeling|get (?:it|this|the image) out of my head)",
    {
      negatable: false,
    },
  ),
  rule(
    "i_statement",
    "(?:i'm|i am|i feel) (?:a little |a bit |really |so )?(?:scared|afraid|worried|anxious|nervous) (?:to|that|of|about)",
  ),
];

export const validationRules: Rule<MessageStrength>[] = [
  rule(
    "validation",
    "(?:that|it|this|telling me|saying (?:it|that|this)) (?:must have |must've |really )?(?:took|takes|take) (?:so much |a lot of |real |some )?(?:courage|guts|strength|bravery)",
  ),
  rule(
    "validation",
    "anyone (?:would|in your (?:position|shoes|place) would) (?:be|feel|understand|want|need|struggle)\\b",
  ),
  rule(
    "validation",
    "i {MOD_}(?:understand|get|see|can see|can understand|totally get|know|can imagine|can only imagine|imagine|hear|completely understand|really understand) (?:why|how)(?! to\\b)(?! (?:you|it) (?:could|can)\\b)",
  ),
  rule(
    "validation",
    "i {MOD_}(?:understand|know|see|get|realize|realise|hear|can tell|can see) (?:that )?(?:you(?:'re| are| were| feel| felt|'ve been| have been| must be| must feel| might be| might feel| need| needed| don't trust| can't trust| have doubts| have questions)) {ADV_}(?:{EMO}|hurting|in pain|frustrated|hurt|space|time|answers|me|scared|trust)",
  ),
  rule(
    "validation",
    "(?:that|it|this|your \\w+|what you(?:'re| are)? (?:saying|feeling|said|felt)) (?:totally |completely |really |honestly )?makes? (?:total |complete |perfect |so much |a lot of |absolute )?sense",
  ),
  rule(
    "validation",
    "you (?:have|had|'ve got|have got|got) (?:every|a|good|all the|a good|a real|a fair|a perfect|a complete|plenty of) (?:right|reason|reasons) (?:not )?to (?:be|feel|ask|want|need|not|doubt|question|wonder|check|worry|believe|trust|stay|keep|take)",
  ),
  rule(
    "validation",
    "(?:your|those|these|the|all your|all of your|all those) (?:feelings|reaction|reactions|anger|fear|fears|hurt|concern|concerns|questions|pain|doubts|sadness|frustration|feelings about this|worries|emotions|needs) (?:is|are|was|were|make|makes|seem|feel) (?:completely |totally |absolutely |so |entirely |really |perfectly |100% )?(?:valid|understandable|fair|legitimate|reasonable|justified|real|normal|okay|ok|natural|warranted|important|sense|matter|appropriate)",
  ),
  rule(
    "validation",
    "(?:it's|that's|it is|that is|this is|it was|that was) (?:completely |totally |so |really |perfectly |absolutely |entirely |very |more than |only |pretty )?(?:understandable|fair|valid|reasonable|natural|normal|okay|ok|alright|legitimate|human)(?: (?:that|to|you|for you|if you|how you|given|after|considering)|\\s*[.!,]|$)",
    { unlessAfter: "^ (?:to (?:lie|cheat|yell|hide|snoop|go through)|enough)\\b" },
  ),
  rule(
    "validation",
    "of course you(?:'re| are| were| feel| felt| would be| would feel|'d be|'d feel| don't trust| can't trust| want| need| have doubts| have questions| doubt| wonder| worry| still| have)\\b {GAP_}(?:{EMO}|trust|doubts|questions|space|time|to know|proof|answers|scared|hurt|angry|upset|feel)?",
  ),
  rule(
    "validation",
    "(?:you're|you are|you were) (?:absolutely |completely |totally |so |100% )?(?:right|not wrong|not crazy|not overreacting|not being (?:dramatic|unreasonable|crazy|paranoid|silly|too sensitive|needy|difficult)|not imagining (?:it|things|this)|allowed|entitled)(?! (?:now|there|here|away|back|in front))",
    { negatable: false, unlessBefore: "\\b(?:think|thinks|always|say|says|said)\\b(?: [^\\s,;:]+){0,2} $" },
  ),
  rule(
    "validation",
    "anyone (?:would|in your (?:position|shoes|place) would|would have|would've) {GAP_}(?:be|feel|have felt|have been|react|be hurt|be angry|be upset|want|need|struggle|have)(?! done\\b)",
  ),
  rule(
    "validation",
    "(?:that|it|this) (?:must|must've|must have|would|would've|would have|sounds|sounded|sounds like it was|sounds like it's|seems) (?:been |be |felt |feel |like it was )?{ADV_}(?:hard|painful|awful|scary|lonely|exhausting|difficult|terrible|confusing|frightening|overwhelming|hurtful|horrible|devastating|humiliating|infuriating|frustrating|unbearable|crushing|upsetting|disorienting|brutal|rough|tough|a lot|so much|heavy|agonizing|terrifying|isolating|hard to (?:hear|see|take|carry))",
  ),
  rule("validation", "no wonder you"),
  rule(
    "validation",
    "you (?:don't|do not) (?:always )?(?:have|need) to (?:be (?:the strong one|strong|okay|ok|perfect|brave|fine|calm)|pretend|hide (?:it|how you feel)|hold it (?:all )?together|have it all figured out|carry this alone)",
    {
      negatable: false,
    },
  ),
  rule(
    "validation",
    "(?:you aren't|you are not|you weren't|you were not|you're not) {GAP_}(?:crazy|overreacting|imagining (?:it|things|this)|being (?:dramatic|paranoid|unreasonable|silly|difficult)|too sensitive|paranoid|dramatic|stupid (?:for|to))",
    {
      negatable: false,
    },
  ),
  rule(
    "validation",
    "(?:i know |i realize |i can see |i get that )?(?:that|it|this) (?:wasn't|was not|isn't|is not|can't be|can't have been|couldn't have been|won't be) {GAP_}easy (?:for you|to (?:hear|say|share|talk))",
  ),
  rule(
    "validation",
    "(?:i know|i realize|i realise|i can see|i understand|i get) (?:that )?(?:this|it|that) (?:is|was|has been|must be|must have been) {GAP_}(?:hard|painful|difficult|a lot|scary|exhausting|hurtful|awful)",
  ),
  rule("validation", "i (?:don't|do not) blame you(?: (?:for|at all|one bit|a bit))?", { negatable: false }),
  rule("validation", "(?:^|(?<=[.!?,;:\\n]\\s*))i hear you(?! (?:say|saying|said|tell|telling))"),
  rule("validation", "i believe you"),
  rule(
    "validation",
    "you (?:don't|do not) (?:have|need) to (?:apologi[sz]e|justify|explain|defend|be sorry) (?:for |yourself|how you feel|your feelings|feeling)",
    {
      negatable: false,
    },
  ),
  rule(
    "validation",
    "(?:it's|it is|that's) (?:okay|ok|alright|all right|fine|normal|natural|understandable) (?:to|that you|if you) (?:be|feel|are|cry|need|want|not|take|still|have|ask|doubt|wonder|worry|grieve)",
  ),
  rule(
    "validation",
    "(?:it's|this is|that's|it is|this isn't|it isn't|that isn't|it wasn't|that wasn't)(?: not| n't|n't) (?:your fault|on you)",
    { negatable: false },
  ),
  rule("validation", "you (?:did|have done|'ve done) nothing (?:wrong|to deserve)", { negatable: false }),
  rule("validation", "you didn't do anything (?:wrong|to deserve)", { negatable: false }),
  rule(
    "validation",
    "(?:i'd|i would|i'd have|i would have|i'd be|i would be) (?:be |have been |feel |have felt )?{GAP_}(?:upset|angry|hurt|furious|mad|scared|the same|too|devastated|suspicious) (?:too|as well|in your (?:place|position|shoes))",
  ),
  rule(
    "validation",
    "(?:how|what) you(?:'re| are)? (?:feel|feeling|felt) (?:is|was) (?:valid|real|important|understandable|okay|ok|fair)",
  ),
  rule("validation", "(?:your|those) feelings (?:matter|count|are real)"),
  rule("validation", "you(?:'re| are) not (?:alone|the only one|wrong) (?:in|to|for)"),
  rule(
    "validation",
    "(?:i|i can|i completely|i totally) (?:understand|get it|get that)(?:\\s*[.!]|,? (?:really|completely|totally)|$)",
    {
      unlessAfter: "^\\s*,? ?(?:but|okay|ok)\\b",
    },
  ),
];
