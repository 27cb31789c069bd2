import { type Rule, rule, shapes } from "../engine.ts";
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
  ...shapes("deflection", [
    `(?:can|could) we (?:please |just |also |now )?(?:talk|chat|focus) (?:about|on) (?:the fact|how|why|what|${your}|${you}|her|him|them)\\b`,
    "(?:the )?(?:real|bigger|actual|main|more important|underlying) (?:question|issue|problem|conversation|thing|point) (?:here )?(?:is|we|should|that)\\b",
    "(?:the thing|what) we should (?:really |actually )?be (?:talking about|focusing on|discussing)",
    "speaking of which|by the way|while we're on the subject|on another note|changing the subject",
    `anyways?[,.]? (?:(?:are|r) we|how (?:was|are|r|is)|did ${you}|what|have ${you}|so)\\b`,
    `${you} should (?:really )?(?:be (?:more )?(?:worried|concerned|upset|focused)|focus on|worry about)|(?:that's|thats|that is) what ${you} should be (?:upset|worried|angry) about`,
    "(?:can|could) we (?:park|table|pause|put aside|set aside) (?:that|this|it)|let's (?:park|table) (?:that|this|it)",
    "let'?s focus on (?:that|her|him|them|what (?:really|actually) matters)",
    "(?:it's|its|it is) not (?:really |even |all )?about (?:me|what i (?:did|said))",
  ]),
  rule(
    "deflection",
    `(?:i'm|i am|i've been|i have been|im|ive been) (?:\\w+ ){0,2}?(?:worried|concerned) about (?:${you}|${your})\\b`,
    { unlessAfter: "^ (?:finding out|hearing|learning|trusting)" },
  ),
  ...shapes("deflection", [
    "(?:nobody|no one|noone) (?:\\w+ ){0,2}?(?:gets|understands|knows|sees|asks|notices|cares) (?:how|what|about|when) (?:hard|i|me|i'm)|how hard (?:this|it|all this|all of this) (?:is|has been) (?:for|on) me",
    `${youAre} (?:upset|angry|mad) about (?:a lot |way |so much |something )?(?:more|else) than`,
    `did ${you} (?:see|hear about|watch|catch) the\\b`,
    `make (?:everything|it|this|all of this) (?:about|abt) (?:${you}|yourself|urself)\\b`,
    "(?:we're|were|we are) supposed to be talking about|why (?:are|r) we (?:even )?talking about (?:this|it)",
    "(?:^|(?<=[.!?]\\s*))whatever[,.]? (?:how|what|did|anyway)\\b",
  ]),
  rule(
    "deflection",
    `{SORRY} (?:that )?${youAre} (?:so )?(?:upset|hurt|mad|angry|sad|disappointed|feeling)\\b`,
    {
      unlessAfter:
        "^ {GAP_}(?:because of (?:me|what i|my)|by (?:me|what i|my)|that i|about what i|over what i)",
    },
  ),
  ...shapes("deflection", [
    `i (?:can't|cant|cannot) (?:deal|cope) (?:with |w )?${you} being (?:mad|upset|angry)`,
    `${you} (?:said|did|have said|have done|'ve said|'ve done) (?:way |much |even |far )?worse`,
  ]),
  // The writer's own suffering put beside theirs: "I hope you can see how much I'm hurting too".
  rule(
    "deflection",
    "how much (?:i'm|im|i am|i've been|ive been|i have been) (?:suffering|hurting|struggling|going through)|(?:i'm|im|i am) (?:suffering|hurting|struggling|in pain) too\\b",
  ),
  rule(
    "deflection",
    `what (?:we|${you}) (?:really |actually )?(?:need|should|ought|have) to (?:focus on|talk about|look at|work on|be (?:focusing on|talking about))\\b`,
    { unlessAfter: "^ (?:is )?(?:what i|how i|my)\\b" },
  ),
  ...shapes("deflection", [
    "(?:i've|ive|i have) been meaning to ask|(?:oh|also),? (?:before i forget|random but|unrelated)",
    `what (?:worries|concerns|bothers|scares) me (?:the )?most (?:right now |now )?is ${you}\\b|${you} (?:haven't|havent|have not) (?:seemed|been|looked) (?:like )?yourself`,
  ]),
  // Sorry that the truth was hard to hear, or that something else left them feeling a way: the
  // apology is for their reception of it, not for the act.
  ...shapes("deflection", [
    "{SORRY} (?:that )?(?:it|this|that|the truth|my (?:honesty|words|feedback|opinion)) (?:was|is|were) (?:so )?(?:hard|difficult|tough|painful) (?:for you )?to hear",
    `{SORRY} (?:that )?(?!i\\b|my\\b|what i\\b)[^.!?]{0,50}?\\bleft ${you} (?:feeling|upset|hurt)`,
    "(?:forgetting|forget|ignoring|overlooking) (?:how much|everything|all (?:that|the things)?) i(?:'ve| have)? (?:done|do|did|given|sacrificed)",
    "(?:look at|see|remember|think about|keep in mind) the (?:bigger|whole|big) picture",
    "(?:look at|focus on|talk about) what (?:actually|really) happened",
    `{SORRY} (?:that )?${you}(?:'ve| have)? had (?:all )?(?:these|those|such|so many) (?:big |strong )?feelings`,
  ]),
];

const minimizing: Rule<ApologyPitfall>[] = [
  ...shapes("minimizing", [
    "(?:it's|its|it is|that's|thats|it was) (?:honestly |totally |completely |perfectly |practically |pretty |just )?(?:normal|not that deep|not (?:a|that) big (?:a )?thing|a storm in a teacup|a (?:tiny |little |lil )?blip)",
    "(?:it was|it's|its|that's|thats|it is) (?:like|only|just|literally|barely|a measly|a mere) (?:\\d+|a few|\\w+ty|ten|twenty) (?:bucks|dollars|quid|pounds|euros|minutes|mins)",
    "(?:it's|its|it was|it is|that was) (?:literally|only|just) (?:one|a single) (?:msg|message|text|time|night|kiss|drink|call|missed call|comment|joke|post|photo|mistake|slip|dinner)\\b",
    "\\bone (?:time|slip|mistake|night|text|msg|message|kiss|drink|call|thing)\\b[^.!?]{0,20}\\bone\\b",
    "(?:the|a) (?:lil|little|tiny|small|teeny|harmless) (?:thing|joke|lie|white lie|slip|mistake|comment|fib|misunderstanding)|went a (?:lil|little|bit|tad) too far",
    "(?:sorry|apologi[sz]e)[^.!?]{0,60}\\bor whatever\\b",
    "(?:^|(?<=[.!?,]\\s*)|(?<=\\bok\\s))it happens\\b",
    "making (?:it|this|that) (?:sound|seem|look) (?:\\w+ )?(?:worse|bigger)",
    ",? not a (?:tragedy|crime|catastrophe|disaster|murder)\\b",
    "(?:we were|we're|we are) (?:basically |practically |technically |kind of |kinda |pretty much )?(?:broken up|on a break|not together|separated)",
    "(?:the|a|our|this|that) (?:miscommunication|mix-up|mixup|confusion|misunderstanding) (?:about|over|with|around|on)\\b",
    "(?:wasn't|was not|isn't|is not) (?:really |even |actually )?(?:a|an) \\w+,? (?:more|just|only|more like|really) (?:a|an|like)\\b|got (?:a )?(?:bit|little|lil|tad) (?:loud|heated|out of hand)",
    "(?:isn't|is not|it's not|its not|not) (?:actually |really |exactly )?the end of the world",
    "(?:one|a single) (?:mistake|slip|night|lapse|kiss|time) (?:doesn't|does not|shouldn't|should not|can't|cannot|won't) (?:erase|undo|cancel|define|outweigh|change)",
    "(?:it's|its|it is|it was|that's|thats|the \\w+(?:'s| is| was)) (?:pretty|quite|fairly|really|very|so)? ?(?:small|minor|tiny|trivial|insignificant)(?=\\s*[.!,]|$)",
    "worse than it (?:was|is|really was)|(?:was|is) (?:just |only |merely )?a symptom",
    "{SORRY} (?:about|for) all (?:that|the|this) (?:stuff|business)\\b|water under the bridge",
    "(?:i )?(?:just )?(?:don't|dont|do not|can't|cant) (?:see|get|understand) what the big deal (?:is|was)",
  ]),
];

const excuse: Rule<ApologyPitfall>[] = [
  ...shapes("excuse", [
    "i was (?:so |too |just )?(?:young|a kid|a teenager|immature)\\b",
    "(?:it's|its) (?:just )?(?:in my blood|how (?:i was raised|my family (?:talks|is)|i am|we talk))",
    "(?:anyone|anybody|everyone|everybody) (?:else )?(?:in my (?:position|shoes|place)|would (?:have|'ve|of) (?:done the same|been (?:short-tempered|stressed|tired|angry|snappy|late)|(?=\\s*[.!,]|$)))",
    "(?:there was|there's|theres) (?:literally |really |honestly )?nothing i could (?:have|'ve|of) done|no way i could (?:have|'ve) (?:been expected|known)",
    "(?:trying|tryna) to be funny",
    "(?:someone|somebody) had to (?:say|do|tell)",
    "(?:\\d+|two|three|four|five|no) hours? (?:of )?sleep",
    "(?:it was|it's|its) (?:just )?a work thing|(?:couldn't|couldnt|could not|can't|cant) (?:exactly |really )?say no to (?:the|my) (?:boss|manager|family|mum|mom|dad)",
    "my (?:money|business|phone|life) and my (?:business|life|money)",
    "(?:everyone's|everyone is|everybody's|people are|i'm|im) allowed (?:a|to have)",
    "(?:it was|it's|its|that's|thats|it is) (?:perfectly |totally |completely |pretty |honestly )?(?:normal|understandable|the right (?:thing|call))",
    "under the circumstances",
    "(?:it was|it's|its|i was|we were) technically",
  ]),
  rule(
    "excuse",
    "(?:the|my) (?:flight|bus|train|car|phone|battery|alarm|traffic) (?:got |was |were |had )?(?:cancell?ed|late|dead|died|in the shop|broke|broken down|delayed|bad)",
    // "I should have called when the flight was cancelled" tells when, not why it was fine.
    { unlessBefore: "\\b(?:when|after|before|once|since|while)\\s*$" },
  ),
  ...shapes("excuse", [
    "(?:things have been|it's been|its been|it has been|work (?:has been|was|is|'s been)|things were|it was) (?:so |really |just |absolutely |totally )?(?:crazy|insane|hectic|mental|chaotic|nuts|manic|a nightmare|stressful)(?: at work| lately| with work)?\\b",
    "(?:it had been|it'd been|i'd had|i had had|it was) (?:such )?a (?:very |really |so |super |long and )?(?:long|rough|hard|bad|stressful|awful|exhausting) (?:day|week|night|month|shift)",
    "(?:i'd|i would|i'll|i will) do (?:it|the same|that) again",
    "(?:it was|it's|its|that was) (?:only |just )?(?:meant as|supposed to be|intended as) (?:a joke|banter|fun|a compliment)|i was (?:only |just )(?:joking|kidding|teasing)",
  ]),
  rule(
    "excuse",
    `i was (?:only |just )(?:trying|tryna) to (?:help|protect|give|be|keep|make|look out)|i was (?:only |just )?(?:protecting|sparing|shielding|looking out for) ${you}\\b|my (?:intention|intent) was (?:only |always |only ever |just )?(?:ever )?to\\b`,
    // "I thought I was protecting you" owns a belief the writer had: that explains, it does not excuse.
    { unlessBefore: "\\b(?:thought|told myself|believed|convinced myself)\\b[^.!?]{0,10}$" },
  ),
  ...shapes("excuse", [
    "(?:doing|did|do) (?:the|my|our) best (?:i|we) (?:could|can)|(?:all )?(?:just )?doing (?:our|my) best",
    "(?:no one|nobody|noone) could (?:have|'ve) (?:made|done|pleased|handled|managed)|(?:it's|its|it is|it was) (?:really |just |all |very )?complicated",
  ]),
  rule(
    "excuse",
    "(?:\\w+ing|it|that) was (?:pretty |totally |completely |perfectly |quite )?(?:understandable|justified|reasonable)",
    { unlessBefore: `\\b(?:${you}|${your}|they|he|she)\\b[^.!?]{0,30}$` },
  ),
  ...shapes("excuse", [
    "(?:pretty|perfectly|completely|very|only|just|so) human\\b|a human (?:response|reaction|thing to do)",
    `(?:${you} know|as ${you} know) (?:i'm|im|i am) not a\\b|we had to (?:keep|cut|stay|choose|work)`,
    "my (?:\\w+ )?(?:style|issues|anxiety|adhd|depression|upbringing|childhood|trauma|past|condition|meds|medication) (?:made|makes|drove|pushed) me",
  ]),
];

const pressure: Rule<ApologyPitfall>[] = [
  rule(
    "pressure",
    "(?:it's|its|it has) been (?:\\w+ ){0,2}?(?:days|weeks|months|years|a week|a month|a year|ages|forever|since)\\b",
    { onlyIfText: "\\b(?:still|already|by now|move on|over it|get over|holding on|checking|long enough)\\b" },
  ),
  ...shapes("pressure", [
    `(?:can|could) we (?:\\w+ ){0,2}?be (?:normal|ok|okay|fine|good|friends)(?: again| by)`,
    "forgive me or not|just say (?:yes|you forgive me|it's okay|we're okay|we're ok)",
    "(?:i need|i have) to (?:know|hear)[^.!?]{0,40}\\b(?:by|before|tonight|today|now|this weekend)\\b",
    "not (?:gonna|going to) (?:grovel|beg|wait|apologi[sz]e|keep (?:apologi[sz]ing|waiting|saying sorry|a seat open)) forever|(?:can't|cant|cannot) keep (?:waiting|living|apologi[sz]ing|saying sorry|begging)",
    "(?:please|pls|plz)[, ]+(?:please|pls|plz)",
    "when do i get to (?:be trusted|be forgiven|stop|move on)",
    "everyone (?:else )?has (?:already )?(?:forgiven|moved on|forgotten)",
    "let'?s (?:just )?leave (?:it|this|that) (?:in|behind)|fresh start|clean slate",
    "(?:hope|hoping|hoped) (?:that )?(?:we can|to) (?:put (?:it|this|that) behind|move on|get past|forget)",
    "(?:this|it|all this) (?:will|would|'ll|can) be (?:behind us|in the past|forgotten)",
    `i need (?:${you}|us) to (?:start|stop|tell me (?:this|that|today|tonight|now|we're|you forgive|it's)|say (?:yes|it|you)|act like|decide|forgive|trust me|move on|get over|come to)`,
    `${you} (?:need|have|must|'ve got|gotta) to (?:decide|choose|tell me|answer) (?:\\w+ )?(?:by|before|now|today|tonight|this week)`,
    `at some point ${you} (?:have|need|'ve got|gotta) to`,
    "(?:this|it) has gone on (?:long enough|too long)",
    "(?:it's|its|it is) (?:about |high |past )?time (?:for us |for you |that we |we |you )?(?:to )?(?:stop (?:revisiting|bringing|talking|dwelling)|move on|moved on|let (?:it|this|that) go|put (?:it|this|that) behind|get back|got back|start healing|heal|forgive|draw a line|drop (?:it|this)|be past)",
  ]),
  rule(
    "pressure",
    "(?:so |and |then )?(?:we|we all|everyone|we can all) (?:can|could) (?:all |finally |just )?(?:move on|put (?:it|this|that) behind us|forget (?:about )?(?:it|this|that))",
    {
      unlessBefore:
        "\\b(?:if|whether|when|until|before|hope|hoping|someday|one day|eventually)\\b[^.!?]{0,30}$",
    },
  ),
  rule(
    "pressure",
    "water under the bridge|(?:it'd|it would|it'll|it will) mean (?:a lot|so much|the world)(?: to (?:me|us|everyone|the family|mum|mom|dad))? if (?:you|u)\\b|draw a line under|(?:keep|stop) holding (?:it|this|that) against|not bringing (?:it|this|that) up again|(?:trusting|trust|need|want|asking|ask) (?:you|u) to let (?:it|this|that) go",
  ),
  rule(
    "pressure",
    "(?:be|get|are|we're|were) (?:past|over) (?:this|it|that) by\\b|(?:get|got|go|getting) back to (?:how (?:things|we) were|the way (?:things|we) were|normal|being us)",
    { onlyIfText: "\\b(?:soon|it's time|its time|by the|by now|already|right away|quickly|by)\\b" },
  ),
  rule(
    "pressure",
    "forgive me (?:soon|quickly|already|now|today|tonight)\\b|how (?:much )?(?:longer|long) (?:i|we) can (?:live|keep|go on|take)",
  ),
];

/** Repair already under way, or offered in shorthand: "I've ordered the same one", "can i make it up by…". */
const repair: Rule<ApologyPart>[] = [
  ...shapes("repair", [
    "i(?:'ve| have) (?:already )?(?:booked|ordered|filed|paid|replaced|bought|arranged|returned|fixed|potted|sent (?:you|u|it|the|back))\\b|i(?:'ve| have) taken (?:it|them|the \\w+) to",
    `(?:i'm|im|i am) (?:paying|buying|replacing|covering|fixing|sending|returning) (?:you|u|for|a|an|the|it|back|every|all)\\b`,
    "sending (?:you |u )?(?:\\$|£|€)?\\d+|(?:i'll|ill|i will) put (?:it |the \\w+ |\\w+ )?back|put back the",
    `(?:can|could|may) i {REPAIR_VERB}|(?:can|could|may) i (?:make it up|take ${you}\\b)`,
    "if it helps,? i (?:can|could|'ll|will)",
    `(?:{WILL}|(?:can|could) i) take ${you}(?: and \\w+(?: \\w+)?)? (?:out|to)\\b`,
    "(?:i(?:'ve| have)|i'll|i will) (?:taken|take) (?:it|them|those|the \\w+) (?:all )?(?:down|off)",
    "(?:i'll|ill|i will) (?:move|put|transfer) (?:it|the money|them|that) back|be the one who (?:does|drives|takes|helps|tells)",
    `(?:i'll|ill|i will) give ${you} (?:half|all|every|the (?:rest|money))`,
  ]),
];

/** Change already begun, or tied to the next time: "I signed up for the class", "next time I'll…". */
const repentance: Rule<ApologyPart>[] = [
  ...shapes("repentance", [
    "next time,? (?:i'm|im|i am|i feel|i get|that|something|it|we)\\b[^.!?]{0,40}?\\b(?:i'll|i will|i'm going to|i'm gonna)",
    "i(?:'ve| have)? (?:signed up|enrolled|registered|joined|started (?:therapy|counsel\\w*|seeing a|going to (?:meetings|therapy|aa)))\\b",
    "i(?:'ve| have) (?:set|put) (?:up )?[^.!?]{0,40}?\\breminders?\\b",
    "(?:i'm|im|i am) (?:cutting (?:back|down)|stopping|quitting|giving up|changing)\\b[^.!?]{0,40}?\\b(?:from (?:next|now|today|tomorrow|this)|starting (?:next|now|today|tomorrow|this))",
    "(?:i'm|im|i am) done (?:making|doing|saying|telling|playing)\\b|(?:today|this) is day \\d+",
  ]),
  rule(
    "repentance",
    "(?:i'm|im|i am) not (?:drinking|gambling|smoking|using|betting) (?:at all|anymore|any more)",
    {
      negatable: false,
    },
  ),
  rule(
    "repentance",
    "(?:i'd|i would) (?:like|love) to (?:\\w+ ){1,6}?(?:every (?:sunday|week|weekend|day|month)|from now on)\\b",
  ),
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
  ...shapes("explanation", [
    "i (?:honestly |really )?(?:thought|told myself) (?:i was|it was|it would|i'd|i could)\\b",
    "(?:because|bc|cuz|cause) i (?:liked|wanted|needed|didn't want|didnt want|felt|was (?:so |really )?(?:scared|afraid|ashamed|lonely|bored|jealous|insecure|embarrassed))\\b",
    "i started \\w+(?: \\w+){0,5}? (?:as a kid|when i was (?:a kid|young|little|a teenager)|growing up|in school)",
    "(?:because|bc|cuz) (?:\\w+ ){0,8}?(?:was|felt|got) too (?:hard|much|painful|scary) for me|(?:because|bc|cuz) i (?:couldn't|could not|didn't know how to) (?:bring myself|face|handle|cope)",
    "so (?:that )?i (?:wouldn't|would not|didn't|did not) have to\\b",
    "my (?:jealousy|insecurity|anger|fear|pride|ego|shame|hurt|envy) (?:talking|speaking)",
    `i (?:didn't|did not|didnt) want (?:to (?:worry|upset|hurt|scare|burden|lose|disappoint) ${you}|${you} to (?:worry|be upset|be hurt|leave|know))`,
    "i was (?:raised|brought up) (?:in|by|to|with|where)|(?:i )?grew up (?:in a|in an|with|where|around)",
  ]),
];

const responsibility: Rule<ApologyPart>[] = [
  ...shapes("responsibility", [
    "(?:it|that|what i did) was (?:so |really |just |plain )?(?:cruel|mean|unfair|selfish|cowardly|unkind|disrespectful|a betrayal)\\b",
    "(?:something|what|the (?:mess|pain|hurt|damage)) i caused|i (?:see|realize|realise) that now",
    `i (?:wrecked|broke|ruined|destroyed|damaged|betrayed) ${your} (?:trust|faith|confidence)`,
    "i (?:have|had) no (?:excuse|right)\\b",
    "(?:^|(?<=[.,;!?]\\s*))(?:still|all|totally|completely) my fault",
  ]),
  rule(
    "responsibility",
    "without (?:asking|telling|talking to|checking with|consulting) (?:you|u)\\b|without (?:asking|telling)(?=\\s*[.,!]| and)",
    // A promise about next time, or a date counted from the act, names it without owning it.
    { unlessBefore: "\\b(?:never|again|since|will|'ll|ill|won't|promise|from now)\\b[^.!?]*$" },
  ),
  ...shapes("responsibility", [
    "i (?:chose|decided) not to\\b",
    "i (?:made fun of|mocked|laughed at|ridiculed) (?:you|u|your)\\b",
    "i made (?:it|that|the (?:decision|choice|call)) (?:alone|by myself|on my own|without you|for you)",
    "nothing (?:that )?(?:makes|made|will make|can make) (?:it|that|this|what i did) (?:okay|ok|right|alright|fine)",
    "(?:it's|its|it is) mine to (?:fix|unlearn|carry|own|work on|deal with|change)",
    "(?:it|that|they|those|what i (?:did|said)) (?:was|were) (?:so |really |just |plain |deeply )?(?:dismissive|unfair|cruel|selfish|humiliating|hurtful|wrong of me)\\b",
    "(?:^|(?<=[.!?]\\s*))it was me\\b|when it was (?:my|me|all me)\\b",
    "i (?:see|know|realize|realise|understand) (?:now )?how (?:selfish|cruel|unfair|wrong|hurtful|careless|thoughtless|cowardly) (?:that|it|i) (?:was|were|had been)",
    `(?:it was|was) (?:yours|${your} (?:choice|decision)) to make|took away ${your} (?:choice|say)`,
    "when (?:in fact )?i(?:'d| had)? (?:actually|really|in fact) \\w+",
  ]),
];

const forgivenessRequest: Rule<ApologyPart>[] = [
  ...shapes("forgiveness_request", [
    `(?:can|could|would|will) ${you} (?:ever |one day |someday |maybe )?forgive (?:${your} \\w+(?: \\w+)?|us)\\b`,
    "is forgiving me (?:something|possible)|(?:someday|one day|eventually) (?:that's|thats|that is|it's|it is|it might be) possible",
  ]),
];

/** Blame laid on them or on someone else inside an otherwise polite apology. */
const blameShift: Rule<ApologyPitfall>[] = [
  // "None of this would have happened if you hadn't…": the "none" belongs to the blame, not against it.
  rule("blame_shift", "(?:would|'d) (?:never )?(?:have |'ve )?happened if (?!i\\b|i'd\\b|i had\\b)\\w+", {
    negatable: false,
  }),
  ...shapes("blame_shift", [
    "got me (?:all )?(?:worked up|wound up|riled up|fired up|so angry|so upset)",
    `${you}(?:'d| had|'ve| have)? been (?:so |really |very |acting )?(?:secretive|distant|cold|shady|suspicious|weird|off|mean|difficult|impossible)\\b[^.!?]{0,30}?\\b(?:that|so) i\\b`,
    `(?:because|bc|cuz) (?:every time|whenever|when) [^.!?]{0,30}?\\b${you} (?:get|got|go|react|freak|blow|explode|yell|shout)\\b`,
    `(?:${your}|his|her|their) (?:\\w+ )?(?!i\\b|we\\b|you\\b|u\\b)\\w+ (?:shouldn't|should not|should never) have\\b`,
    "we both (?:let|stopped|dropped|made|messed|contributed|played|did|neglected)\\b|(?:we're|we are|we were) both (?:to blame|responsible|at fault)",
    `${your} (?:constant |endless |\\w+ )?\\w+ made (?:it|me) (?:feel )?(?:impossible|hard|difficult|do|lie|hide|snap|react|feel like i)`,
    `${you} could (?:have|'ve|of) \\w+(?: \\w+){0,3}? (?:too|as well)\\b`,
    "if we(?:'d| had) (?:been|had|talked|spent)\\b[^.!?]{0,60}?\\bi (?:wouldn't|would not|'d never|would never)",
  ]),
];

/** The apology made to hang on whether it hurt, in formal dress: "should anything I did have…". */
const conditional: Rule<ApologyPitfall>[] = [
  rule(
    "conditional",
    "to the (?:degree|extent) that\\b|(?:^|(?<=[.!?]\\s*))should (?:anything|something|what|any of)\\b[^.!?]{0,40}?\\b(?:hurt|upset|offend\\w*|caused)",
  ),
];

/** Their reading of what happened recast as a mistake of theirs. */
const invalidation: Rule<ApologyPitfall>[] = [
  ...shapes("invalidation", [
    `(?:landed|came across|came off|felt) (?:differently|different) (?:for|to) ${you}`,
    `${youAre} (?:just )?reading (?:a lot|so much|way too much|too much|more|things|a bit much) into`,
    `${youAre} remembering (?:it|this|that|things) (?:as|wrong|differently)`,
    `${you} (?:tend to|always|often|sometimes) (?:catastrophi[sz]e|overreact|exaggerate|blow (?:things|it|everything) up)`,
    "hurting (?:you|u) more than (?:it's |it is |it )?(?:hurting )?me",
    `${your} (?:reaction|response)\\b[^.!?]{0,40}?\\b(?:out of proportion|over the top|overboard|too much|a bit much|extreme|excessive|uncalled for)`,
    "(?:it|this|that) felt like a (?:big deal|lot)|(?:see|understand) how (?:it|this|that) (?:might|may|could) (?:look|seem) (?:that way|like that)",
    "feelings (?:aren't|are not|arent) facts",
    `${you} (?:heard|took|read|saw|interpreted|perceived) (?:it|that|this|what i said) as\\b`,
    "no reason to (?:take (?:it|this|that) (?:so )?(?:seriously|personally|hard)|be (?:so )?(?:upset|hurt|worried))|take (?:it|this|that) so (?:seriously|personally)",
    `(?:don't|dont|do not) know what (?:more|else) ${you} want from me`,
    "(?:doesn't|does not) (?:really )?make (?:much )?sense (?:for you )?to (?:keep|still)",
  ]),
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
  ...blameShift,
  ...conditional,
  ...invalidation,
  ...everydayShared.blameShift,
  ...everydayShared.invalidation,
];
