import { type Rule, rule } from "../engine.ts";
import type { ApologyLabel, ApologyPart, ApologyPitfall } from "../labels.ts";
import { everydayShared } from "../shared/everyday.ts";

/**
 * Ways an apology comes undone in the words of people who never saw the rules: changing the subject
 * ("can we talk about how you…", "the real issue is…", "anyway"), shrinking the act ("a lil thing",
 * "one time, one time", "like 50 bucks"), circumstances offered as a defence, and forgiveness
 * demanded on a clock ("I need to know by tonight"). Rules name shapes, not sentences.
 */

const you = "(?:you|u)";
const your = "(?:your|ur)";
const youAre = "(?:you're|you are|ur|u r|youre)";

const deflection: Rule<ApologyPitfall>[] = [
  rule(
    "deflection",
    `(?:can|could) we (?:please |just |also |now )?(?:talk|chat|focus) (?:about|on) (?:the fact|how|why|what|${your}|${you}|her|him|them)\\b`,
  ),
  rule(
    "deflection",
    "(?:the )?(?:real|bigger|actual|main|more important|underlying) (?:question|issue|problem|conversation|thing|point) (?:here )?(?:is|we|should|that)\\b",
  ),
  rule(
    "deflection",
    "(?:the thing|what) we should (?:really |actually )?be (?:talking about|focusing on|discussing)",
  ),
  rule(
    "deflection",
    "speaking of which|by the way|while we're on the subject|on another note|changing the subject",
  ),
  rule("deflection", `anyways?[,.]? (?:(?:are|r) we|how (?:was|are|r|is)|did ${you}|what|have ${you}|so)\\b`),
  rule(
    "deflection",
    `${you} should (?:really )?(?:be (?:more )?(?:worried|concerned|upset|focused)|focus on|worry about)|(?:that's|thats|that is) what ${you} should be (?:upset|worried|angry) about`,
  ),
  rule(
    "deflection",
    "(?:can|could) we (?:park|table|pause|put aside|set aside) (?:that|this|it)|let's (?:park|table) (?:that|this|it)",
  ),
  rule("deflection", "let'?s focus on (?:that|her|him|them|what (?:really|actually) matters)"),
  rule("deflection", "(?:it's|its|it is) not (?:really |even |all )?about (?:me|what i (?:did|said))"),
  rule(
    "deflection",
    `(?:i'm|i am|i've been|i have been|im|ive been) (?:\\w+ ){0,2}?(?:worried|concerned) about (?:${you}|${your})\\b`,
    { unlessAfter: "^ (?:finding out|hearing|learning|trusting)" },
  ),
  rule(
    "deflection",
    "(?:nobody|no one|noone) (?:\\w+ ){0,2}?(?:gets|understands|knows|sees|asks|notices|cares) (?:how|what|about|when) (?:hard|i|me|i'm)|how hard (?:this|it|all this|all of this) (?:is|has been) (?:for|on) me",
  ),
  rule(
    "deflection",
    `${youAre} (?:upset|angry|mad) about (?:a lot |way |so much |something )?(?:more|else) than`,
  ),
  rule("deflection", `did ${you} (?:see|hear about|watch|catch) the\\b`),
  rule("deflection", `make (?:everything|it|this|all of this) (?:about|abt) (?:${you}|yourself|urself)\\b`),
  rule(
    "deflection",
    "(?:we're|were|we are) supposed to be talking about|why (?:are|r) we (?:even )?talking about (?:this|it)",
  ),
  rule("deflection", "(?:^|(?<=[.!?]\\s*))whatever[,.]? (?:how|what|did|anyway)\\b"),
  rule(
    "deflection",
    `{SORRY} (?:that )?${youAre} (?:so )?(?:upset|hurt|mad|angry|sad|disappointed|feeling)\\b`,
    {
      unlessAfter:
        "^ {GAP_}(?:because of (?:me|what i|my)|by (?:me|what i|my)|that i|about what i|over what i)",
    },
  ),
  rule("deflection", `i (?:can't|cant|cannot) (?:deal|cope) (?:with |w )?${you} being (?:mad|upset|angry)`),
  rule(
    "deflection",
    `${you} (?:said|did|have said|have done|'ve said|'ve done) (?:way |much |even |far )?worse`,
  ),
];

const minimizing: Rule<ApologyPitfall>[] = [
  rule(
    "minimizing",
    "(?:it's|its|it is|that's|thats|it was) (?:honestly |totally |completely |perfectly |practically |pretty |just )?(?:normal|not that deep|not (?:a|that) big (?:a )?thing|a storm in a teacup|a (?:tiny |little |lil )?blip)",
  ),
  rule(
    "minimizing",
    "(?:it was|it's|its|that's|thats|it is) (?:like|only|just|literally|barely|a measly|a mere) (?:\\d+|a few|\\w+ty|ten|twenty) (?:bucks|dollars|quid|pounds|euros|minutes|mins)",
  ),
  rule(
    "minimizing",
    "(?:it's|its|it was|it is|that was) (?:literally|only|just) (?:one|a single) (?:msg|message|text|time|night|kiss|drink|call|missed call|comment|joke|post|photo|mistake|slip|dinner)\\b",
  ),
  rule(
    "minimizing",
    "\\bone (?:time|slip|mistake|night|text|msg|message|kiss|drink|call|thing)\\b[^.!?]{0,20}\\bone\\b",
  ),
  rule(
    "minimizing",
    "(?:the|a) (?:lil|little|tiny|small|teeny|harmless) (?:thing|joke|lie|white lie|slip|mistake|comment|fib|misunderstanding)|went a (?:lil|little|bit|tad) too far",
  ),
  rule("minimizing", "(?:sorry|apologi[sz]e)[^.!?]{0,60}\\bor whatever\\b"),
  rule("minimizing", "(?:^|(?<=[.!?,]\\s*)|(?<=\\bok\\s))it happens\\b"),
  rule("minimizing", "making (?:it|this|that) (?:sound|seem|look) (?:\\w+ )?(?:worse|bigger)"),
  rule("minimizing", ",? not a (?:tragedy|crime|catastrophe|disaster|murder)\\b"),
  rule(
    "minimizing",
    "(?:we were|we're|we are) (?:basically |practically |technically |kind of |kinda |pretty much )?(?:broken up|on a break|not together|separated)",
  ),
];

const excuse: Rule<ApologyPitfall>[] = [
  rule("excuse", "i was (?:so |too |just )?(?:young|a kid|a teenager|immature)\\b"),
  rule(
    "excuse",
    "(?:it's|its) (?:just )?(?:in my blood|how (?:i was raised|my family (?:talks|is)|i am|we talk))",
  ),
  rule(
    "excuse",
    "(?:anyone|anybody|everyone|everybody) (?:else )?(?:in my (?:position|shoes|place)|would (?:have|'ve|of) (?:done the same|been (?:short-tempered|stressed|tired|angry|snappy|late)|(?=\\s*[.!,]|$)))",
  ),
  rule(
    "excuse",
    "(?:there was|there's|theres) (?:literally |really |honestly )?nothing i could (?:have|'ve|of) done|no way i could (?:have|'ve) (?:been expected|known)",
  ),
  rule("excuse", "(?:trying|tryna) to be funny"),
  rule("excuse", "(?:someone|somebody) had to (?:say|do|tell)"),
  rule("excuse", "(?:\\d+|two|three|four|five|no) hours? (?:of )?sleep"),
  rule(
    "excuse",
    "(?:it was|it's|its) (?:just )?a work thing|(?:couldn't|couldnt|could not|can't|cant) (?:exactly |really )?say no to (?:the|my) (?:boss|manager|family|mum|mom|dad)",
  ),
  rule("excuse", "my (?:money|business|phone|life) and my (?:business|life|money)"),
  rule("excuse", "(?:everyone's|everyone is|everybody's|people are|i'm|im) allowed (?:a|to have)"),
  rule(
    "excuse",
    "(?:it was|it's|its|that's|thats|it is) (?:perfectly |totally |completely |pretty |honestly )?(?:normal|understandable|the right (?:thing|call))",
  ),
  rule("excuse", "under the circumstances"),
  rule("excuse", "(?:it was|it's|its|i was|we were) technically"),
  rule(
    "excuse",
    "(?:the|my) (?:flight|bus|train|car|phone|battery|alarm|traffic) (?:got |was |were |had )?(?:cancell?ed|late|dead|died|in the shop|broke|broken down|delayed|bad)",
    // "I should have called when the flight was cancelled" tells when, not why it was fine.
    { unlessBefore: "\\b(?:when|after|before|once|since|while)\\s*$" },
  ),
];

const pressure: Rule<ApologyPitfall>[] = [
  rule(
    "pressure",
    "(?:it's|its|it has) been (?:\\w+ ){0,2}?(?:days|weeks|months|years|a week|a month|a year|ages|forever|since)\\b",
    { onlyIfText: "\\b(?:still|already|by now|move on|over it|get over|holding on|checking|long enough)\\b" },
  ),
  rule("pressure", `(?:can|could) we (?:\\w+ ){0,2}?be (?:normal|ok|okay|fine|good|friends)(?: again| by)`),
  rule("pressure", "forgive me or not|just say (?:yes|you forgive me|it's okay|we're okay|we're ok)"),
  rule(
    "pressure",
    "(?:i need|i have) to (?:know|hear)[^.!?]{0,40}\\b(?:by|before|tonight|today|now|this weekend)\\b",
  ),
  rule(
    "pressure",
    "not (?:gonna|going to) (?:grovel|beg|wait|apologi[sz]e|keep (?:apologi[sz]ing|waiting|saying sorry|a seat open)) forever|(?:can't|cant|cannot) keep (?:waiting|living|apologi[sz]ing|saying sorry|begging)",
  ),
  rule("pressure", "(?:please|pls|plz)[, ]+(?:please|pls|plz)"),
  rule("pressure", "when do i get to (?:be trusted|be forgiven|stop|move on)"),
  rule("pressure", "everyone (?:else )?has (?:already )?(?:forgiven|moved on|forgotten)"),
  rule("pressure", "let'?s (?:just )?leave (?:it|this|that) (?:in|behind)|fresh start|clean slate"),
  rule(
    "pressure",
    "(?:hope|hoping|hoped) (?:that )?(?:we can|to) (?:put (?:it|this|that) behind|move on|get past|forget)",
  ),
  rule("pressure", "(?:this|it|all this) (?:will|would|'ll|can) be (?:behind us|in the past|forgotten)"),
  rule(
    "pressure",
    `i need (?:${you}|us) to (?:start|stop|tell me (?:this|that|today|tonight|now|we're|you forgive|it's)|say (?:yes|it|you)|act like|decide|forgive|trust me|move on|get over|come to)`,
  ),
  rule(
    "pressure",
    `${you} (?:need|have|must|'ve got|gotta) to (?:decide|choose|tell me|answer) (?:\\w+ )?(?:by|before|now|today|tonight|this week)`,
  ),
  rule("pressure", `at some point ${you} (?:have|need|'ve got|gotta) to`),
  rule("pressure", "(?:this|it) has gone on (?:long enough|too long)"),
];

/** Repair already under way, or offered in shorthand: "I've ordered the same one", "can i make it up by…". */
const repair: Rule<ApologyPart>[] = [
  rule(
    "repair",
    "i(?:'ve| have) (?:already )?(?:booked|ordered|filed|paid|replaced|bought|arranged|returned|fixed|potted|sent (?:you|u|it|the|back))\\b|i(?:'ve| have) taken (?:it|them|the \\w+) to",
  ),
  rule(
    "repair",
    `(?:i'm|im|i am) (?:paying|buying|replacing|covering|fixing|sending|returning) (?:you|u|for|a|an|the|it|back|every|all)\\b`,
  ),
  rule(
    "repair",
    "sending (?:you |u )?(?:\\$|£|€)?\\d+|(?:i'll|ill|i will) put (?:it |the \\w+ |\\w+ )?back|put back the",
  ),
  rule("repair", `(?:can|could|may) i {REPAIR_VERB}|(?:can|could|may) i (?:make it up|take ${you}\\b)`),
  rule("repair", "if it helps,? i (?:can|could|'ll|will)"),
  rule("repair", `(?:{WILL}|(?:can|could) i) take ${you}(?: and \\w+(?: \\w+)?)? (?:out|to)\\b`),
];

/** Change already begun, or tied to the next time: "I signed up for the class", "next time I'll…". */
const repentance: Rule<ApologyPart>[] = [
  rule(
    "repentance",
    "next time,? (?:i'm|im|i am|i feel|i get|that|something|it|we)\\b[^.!?]{0,40}?\\b(?:i'll|i will|i'm going to|i'm gonna)",
  ),
  rule(
    "repentance",
    "i(?:'ve| have)? (?:signed up|enrolled|registered|joined|started (?:therapy|counsel\\w*|seeing a|going to (?:meetings|therapy|aa)))\\b",
  ),
  rule("repentance", "i(?:'ve| have) (?:set|put) (?:up )?[^.!?]{0,40}?\\breminders?\\b"),
];

/** How it came about, owned as one's own state: "I panicked", "I was ashamed". */
const explanation: Rule<ApologyPart>[] = [
  rule(
    "explanation",
    "i (?:was|felt|'d been|had been) (?:so |really |just |too |completely )?(?:ashamed|scared|afraid|embarrassed|in a (?:really |very )?dark place|small|insecure|jealous|bored|lonely|panicking|overwhelmed|drowning|showing off)\\b",
  ),
  // Beside "I had no choice" the same words plead circumstances instead.
  rule("explanation", "i (?:panicked|froze|went numb|felt small|got scared|was showing off)\\b", {
    unlessSentence: "\\b(?:no choice|no other choice|had to)\\b",
  }),
  rule(
    "explanation",
    "i (?:honestly |really )?(?:thought|told myself) (?:i was|it was|it would|i'd|i could)\\b",
  ),
  rule(
    "explanation",
    "(?:because|bc|cuz|cause) i (?:liked|wanted|needed|didn't want|didnt want|felt|was (?:so |really )?(?:scared|afraid|ashamed|lonely|bored|jealous|insecure|embarrassed))\\b",
  ),
  rule(
    "explanation",
    "i started \\w+(?: \\w+){0,5}? (?:as a kid|when i was (?:a kid|young|little|a teenager)|growing up|in school)",
  ),
];

const responsibility: Rule<ApologyPart>[] = [
  rule(
    "responsibility",
    "(?:it|that|what i did) was (?:so |really |just |plain )?(?:cruel|mean|unfair|selfish|cowardly|unkind|disrespectful|a betrayal)\\b",
  ),
  rule(
    "responsibility",
    "(?:something|what|the (?:mess|pain|hurt|damage)) i caused|i (?:see|realize|realise) that now",
  ),
  rule(
    "responsibility",
    `i (?:wrecked|broke|ruined|destroyed|damaged|betrayed) ${your} (?:trust|faith|confidence)`,
  ),
  rule("responsibility", "i (?:have|had) no (?:excuse|right)\\b"),
  rule("responsibility", "(?:^|(?<=[.,;!?]\\s*))(?:still|all|totally|completely) my fault"),
];

const forgivenessRequest: Rule<ApologyPart>[] = [
  rule(
    "forgiveness_request",
    `(?:can|could|would|will) ${you} (?:ever |one day |someday |maybe )?forgive (?:${your} \\w+(?: \\w+)?|us)\\b`,
  ),
  rule(
    "forgiveness_request",
    "is forgiving me (?:something|possible)|(?:someday|one day|eventually) (?:that's|thats|that is|it's|it is|it might be) possible",
  ),
];

export const everydayApologyRules: readonly Rule<ApologyLabel>[] = [
  ...repair,
  ...repentance,
  ...explanation,
  ...responsibility,
  ...forgivenessRequest,
  ...deflection,
  ...minimizing,
  ...excuse,
  ...pressure,
  ...everydayShared.blameShift,
  ...everydayShared.invalidation,
];
