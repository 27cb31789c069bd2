import { type Rule, rule, shapes } from "../engine.ts";
import type { MessageLabel, MessagePitfall, MessageStrength } from "../labels.ts";
import { everydayShared } from "../shared/everyday.ts";

/**
 * Shapes of speech found in messages written by people who never saw the rules: sarcasm that
 * passes for a joke, demands made in passing, doors shut in a few words of texting. Each rule names
 * a shape ("a whole <small amount>" after mock wonder, "send me your <private thing>") rather than a
 * sentence, so it also hears the next person who says it their own way.
 */

const you = "(?:you|u)";
const your = "(?:your|ur)";
const youAre = "(?:you're|you are|ur|u r|youre)";

/** Mock wonder or thanks, somewhere earlier in the same sentence. */
const mockWonder =
  "\\b(?:wow|omg|oh|ooh|congrats|congratulations|thanks|thank (?:you|u)|gee|whoa)\\b[^.!?]{0,30}";

/**
 * `words`, only where `before` ends just ahead of them in the same text. The check looks back from
 * after the words rather than from every position, so the expression scans for the words first.
 */
const after = (before: string, words: string): string => `${words}(?<=${before}${words})`;

const contempt: Rule<MessagePitfall>[] = [
  ...shapes("contempt", [
    `${after(mockWonder, "(?:a whole|the generous|all of|a grand total of)")} (?:\\d+ |\\w+ )?(?:minutes?|mins?|seconds?|hours?|days?|week|weeks|phone call|call|text|message|sentence|dollars?|bucks)`,
    "must be nice",
    "(?:do )?(?:you|u) want a (?:medal|cookie|trophy|prize|gold star|parade|round of applause|pat on the back)|should i (?:call the news|alert the media|throw (?:you )?a (?:party|parade)|get (?:you )?a (?:medal|trophy|cookie))",
    `(?:cute|adorable|sweet|funny|hilarious) (?:that|how) ${you} (?:think|thought|believe|expect|actually)`,
    `bless ${your} (?:little )?heart`,
    `(?:classic|typical) ${you}\\b`,
    "(?<=^|[.!?]\\s*)(?:shocking|what a (?:surprise|shock)|big surprise|surprise,? surprise|color me (?:shocked|surprised))(?=\\s*[.!?]|$)",
    "be still my (?:beating )?heart|(?:i'm|im|i am) the queen of england|out of crayons|oh (?:wise|great|mighty) one|must be a (?:new )?record|as one does|cool story(?:,? (?:bro|babe|bud))?",
    `love that for ${you}`,
  ]),
  rule("contempt", `${your} (?:genius|brilliant|bright|amazing) (?:idea|plan)`, { negatable: false }),
  ...shapes("contempt", [
    "(?:^|(?<=[.!?]\\s*))(?:typical|classic)(?=\\s*[.!])|(?:it's|its) (?:honestly |actually |almost |kind of |kinda )?impressive",
    "(?:oh )?sorry,? (?:did|am|was|is|do) (?:i|my) (?:\\w+ )?(?:interrupt|bother|inconvenienc|disturb|get in the way)\\w*",
    `hope ${youAre} having (?:a )?(?:lovely|great|nice|good|fun|wonderful|fabulous) (?:time|night|day|evening)[^.!?]{0,40}\\bwhile i\\b`,
    "love (?:finding out|hearing about it|learning) (?:from|on|via|through)\\b",
    `${after(mockWonder, "what an?")} (?:great|wonderful|fantastic|amazing|brilliant|caring|thoughtful) \\w+ ${you} are`,
    `per my last|(?:if|whether) ${youAre} still alive|(?:lol|lmao|haha) remember when`,
    `(?:oh )?look who(?:'s| has| finally)? (?:remembered|decided|showed up|awake|back|finally)`,
  ]),
  rule(
    "contempt",
    "(?<hit>congrats|congratulations|wow|nice|look at (?:you|u)|well done|good job|proud of (?:you|u))(?=[^.!?]{0,40}\\b(?:for once|for a change)\\b)",
  ),
  ...shapes("contempt", [
    "excuse me for (?:having (?!feelings)\\w+|being|breathing|existing|wanting|caring|asking|living)",
    "sorry (?:i'm|im|i am) not a mind ?reader",
    "sure,? (?:babe|jan|buddy|pal|bud|sweetie|honey|hon)\\b",
  ]),
  // Eye rolls, a smile turned upside down and slow clapping say it without words.
  rule("contempt", "(?<hit>🙄|🙃|👏\\s*👏)", { negatable: false }),
];

/** The private things a demand to be sent or shown reaches for. */
const privateThings =
  "(?:location|phone|passwords?|logins?|passcode|pin|screenshots?|chats?|messages|texts|emails|e-mails|dms|payslips?|pay slips?|bank(?: \\w+)?|cards?|receipts?|statements?|browser history|search history|call log)";

const controlling: Rule<MessagePitfall>[] = [
  rule(
    "controlling",
    `${you} (?:can't|cannot|can not|won't|will not|don't get to|do not get to|are not allowed to|aren't allowed to|'re not allowed to|r not allowed to|are not|aren't|'re not|r not) (?:going to |gonna )?(?:see|go|going|talk|text|visit|hang out|call|meet|speak|go out|be friends|keep|spend|use|drive|wear)\\b(?! (?:to|at|with) me\\b)[^.!?]{0,40}?\\b(?:anymore|any more|unless|until|till|til|without (?:me|asking|my)|if (?:he|she|they|hes|shes|theyre)|from now on|ever again|again)\\b`,
    { negatable: false },
  ),
  rule(
    "controlling",
    `(?:delete|block|unfollow|remove) (?:every|all|her|his|him|them|that|those|${your})\\b[^.!?]{0,30}?\\b(?:number|contacts?|account|from ${your}|guys?|girls?|friends?)\\b`,
  ),
  rule(
    "controlling",
    `(?:stop|quit) (?:seeing|texting|messaging|following|hanging out with|talking to) (?!me\\b|him about|her about)\\w+`,
    { unlessBefore: "\\b(?:i|we|i'll|i will|i'm going to|let me)\\s*$" },
  ),
  rule(
    "controlling",
    `(?:share|send|show|give|forward|hand over|hand) (?:me )?(?:${your}|the) (?:\\w+ ){0,2}?${privateThings}|send me (?:a )?(?:pics?|photos?|pictures?|screenshots?|proof) of (?:who|where|what|${your})`,
    // "Would you be willing to share your location…" asks, and "you show me your phone when I ask"
    // states an agreement; neither is an order.
    {
      unlessBefore:
        "\\b(?:i'll|i will|can i|should i|i can|let me|i|(?:would|could|can|will) (?:you|u)\\b[^.!?]{0,25})\\s*$",
      unlessSentence: "\\b(?:and i'll|and i will|we agree|we agreed|we both|each other)\\b",
    },
  ),
  ...shapes("controlling", [
    `(?:i'm|im|i am|i'll|ill|i will) (?:going to |gonna )?(?:check|go through|read|look through|monitor|track|keep (?:an eye on|track of)) ${your} (?:\\w+ )?(?:phone|messages|texts|emails|chats|location|accounts?|spending|bank|card|dms)`,
    `${you} (?:don't|dont|do not) (?:get|deserve|need) (?:any )?(?:privacy|a phone|a say|friends|money|your own|ur own)`,
    `(?:i'll|ill|i will|i'm|im|i am) (?:be )?(?:handling|handle|holding|hold|controlling|control|managing|manage|keeping|keep|taking|take) (?:over )?(?:all )?(?:the money|the finances|${your} (?:card|cards|money|paycheck|wages|salary|passport|keys|phone)|the (?:card|cards|bank))|i (?:hold|keep|have|take) ${your} (?:card|cards|money|passport|keys|paycheck)`,
    `${you} (?:get|'ll get|will get) an allowance`,
    "ask me (?:first|before|for permission|permission)",
    "be (?:back|home) (?:by|before) (?:\\d|nine|ten|eleven|midnight)",
    `${you} (?:don't|dont|do not) need (?:to see )?(?:${your} |any |those |other )?(?:friends|family|sister|brother|mom|mum|dad|parents|cousins|people)`,
    `(?:i'd|id|i would) (?:prefer|rather|like it if) ${you} (?:not|didn't|didnt|don't|dont|stop|never) (?:talk|see|go|visit|text|hang|call|speak)|(?:it's|its|it is) best (?:if )?${you} (?:don't|dont|do not|stop|not|didn't) (?:go|see|talk|visit|text|call)`,
    "or (?:we're|were|we are|i'm|im|i am) (?:done|through|over|leaving)(?=\\s*[.!]|$)",
    `${you} (?:get|can have) (?:it|them|${your} \\w+) back (?:when|once|after|if)`,
  ]),
];

const stonewalling: Rule<MessagePitfall>[] = [
  ...shapes("stonewalling", [
    "(?:^|(?<=[.!?,]\\s*))(?:(?:i'm|im|i am) |nope,? )?not (?:doing|having|talking about|discussing|getting into) (?:this|that|it)\\b",
    "(?:this|the) (?:conversation|convo|discussion|chat) is (?:over|done|finished)",
    "(?:i've|ive|i have) said all (?:i'm|im|i am|i) (?:going to|gonna) say",
    "(?:can't|cant|cannot) be bothered",
  ]),
  // "I don't think there's anything more to say" shuts the door all the same.
  rule(
    "stonewalling",
    "(?:isn't|is not|there's|there is|theres) (?:anything|nothing) (?:more|else) to (?:say|talk about|discuss)",
    { negatable: false },
  ),
  ...shapes("stonewalling", [
    "not (?:reading|going to read|gonna read) (?:the rest|this|that|all that|ur|your)",
    "(?:i'll|ill|i will) (?:reply|respond|answer|text back|get back to (?:you|u)) when i feel like it",
    `blocking ${you}|(?:talk|speak) later\\.? or not`,
  ]),
  // "Can't wait to never discuss this again": the negation before it is part of the jab.
  rule("stonewalling", "never (?:discuss|talk about|bring up) this again", { negatable: false }),
  ...shapes("stonewalling", [
    "(?:^|(?<=[.!?]\\s*))anyway(?=\\s*[.!]*\\s*$)",
    "(?:don't|dont|do not) (?:want to|wanna) talk about (?:it|this|that)",
  ]),
  rule("stonewalling", "^\\s*(?:👍|k|kk|whatever)\\s*[.!]*\\s*$", { negatable: false }),
  rule("stonewalling", "(?:^|(?<=[.!?,]\\s*))lol (?:bye|ok|k)(?=\\s*[.!]|$| not)"),
];

const defensiveness: Rule<MessagePitfall>[] = [
  ...shapes("defensiveness", [
    "(?:suddenly |so now |now )(?:i'm|im|i am) (?:the )?(?:villain|bad guy|worst|problem|monster)",
    `funny how ${you}`,
    "not everything is (?:a conspiracy|about you|my fault)",
    `i (?:literally |already )?did (?:everything|all|exactly what) ${you} asked`,
    `(?:idk|i don't know|i dont know) what ${youAre} (?:complaining|upset|mad|on) about`,
    "i never said (?:i'd|i would|id|that i|i was)|i never said (?:this|that|it)(?=\\s*[.!]|$)",
    `(?:well )?${you} (?:never|don't|dont|didn't|didnt) \\w+ (?:\\w+ ){0,2}?either\\b`,
    "(?:and )?this is the thanks\\b|after (?:everything|all) i(?:'ve| have)? done",
    "(?:there's|theres|there is) a (?:big |huge )?difference|(?:totally|completely|entirely) different(?=\\s*[.!]|$)",
  ]),
  rule("defensiveness", `(?:i'm|im|i am|i was|i wasn't|i wasnt) (?:not )?(?:being )?"[^"\\n]{1,20}"`, {
    negatable: false,
  }),
  ...shapes("defensiveness", [
    `like ${youAre} (?:some |a )?(?:saint|angel|perfect)`,
    `i (?:pay for|do) (?:everything|it all) (?:around here|in this house|for (?:${you}|this family))`,
  ]),
];

/** Checking you heard them, in shorthand: "so u want me to…, right?", "just to make sure…". */
const reflection: Rule<MessageStrength>[] = [
  rule(
    "reflection",
    "just to (?:check|make sure|be clear|be sure|confirm)|just so (?:i'm|im|i am) clear|if (?:i'm|im|i am) following|let me check (?:i|that)",
    { negatable: false },
  ),
  rule(
    "reflection",
    `(?:^|(?<=[.!?\\n]\\s*))(?:ok |okay |wait |hang on,? )?so,? (?:${youAre}|${you}|what ${you}) (?:saying|want|wanted|need|needed|felt|feel|mean|meant|'d rather|d rather|would rather|are saying|were saying)\\b`,
    { unlessAfter: "^ (?:that )?(?:i|i'm|im|it's all|its all|everything|i should)\\b" },
  ),
  rule(
    "reflection",
    after(
      "(?:^|[.!?\\n]\\s*)(?:ok |okay |wait )?so\\b[^!?\\n]{5,160}?",
      "(?:right|correct|yeah|did i get (?:it|that)(?: right)?|is that right|have i got (?:it|that) right)\\s*\\?",
    ),
    { negatable: false },
  ),
  rule("reflection", "(?:is that right|did i get (?:it|that)|did i miss anything)(?=\\s*[.!?]|$)", {
    negatable: false,
  }),
];

const summing: Rule<MessageStrength>[] = [
  rule(
    "reflection",
    "(?:^|(?<=[.!?\\n]\\s*))so,? (?:(?:it's|its|it was) (?:the fact|that|because|more|really)\\b|the \\w+(?: \\w+)? (?:wasn't|wasnt|isn't|isnt|was|is) (?:the|really the) (?:issue|problem|thing|hard part))",
  ),
];

const appreciation: Rule<MessageStrength>[] = [
  ...shapes("appreciation", [
    `(?:really |so |very )?(?:nice|kind|sweet|thoughtful|generous|lovely) of ${you} to`,
    `(?:i )?(?:really |truly )?appreciated? (?:${you}|${your}|it when|that ${you})\\b`,
    `(?:that was|it was) (?:a |such a |so |really )?(?:kind|nice|sweet|thoughtful|generous|lovely) (?:thing )?(?:${you} did|of ${you})`,
    `${you} kept ${your} (?:promise|word)`,
    `proud of ${you} (?:for|!)|${you} (?:handled|did) (?:\\w+ ){0,4}?(?:really |so |super )?well\\b`,
  ]),
];

const validation: Rule<MessageStrength>[] = [
  ...shapes("validation", [
    `of course ${youAre} (?:\\w+ )?(?:angry|upset|mad|hurt|scared|sad|frustrated|livid|worried|furious|anxious)`,
    `makes (?:total |complete |so much )?sense (?:that )?(?:${you}|${youAre}|we)\\b`,
    `${you} (?:had|have|'ve got|got) every right|${you} (?:have|had|'ve got|got) a (?:fair )?point`,
    "(?:that's|thats|that is) (?:totally |completely |more than )?fair(?: enough)?(?=\\s*[.!]|$)",
    "i know (?:that|it|this) (?:wasn't|wasnt|was not|isn't|isnt|is not|can't have been) easy",
  ]),
];

const criticism: Rule<MessagePitfall>[] = [
  rule(
    "criticism",
    `(?:${youAre}|${you} are|${you} turned out to be|${you}'re) (?:(?:just|such|clearly|obviously|really|honestly|not) )*(?:a |an |such a |such an )?(?:\\w+ )?(?:dishonest|untrustworthy|trustworthy|selfish|lazy|cold|heartless|cruel|careless|thoughtless|useless|pathetic|spineless|fake|two-faced|manipulative|unreliable|irresponsible|immature|joke of a) (?:person|human|human being|man|woman|brother|sister|son|daughter|friend|mother|father|mom|mum|dad|partner)`,
    { negatable: false },
  ),
  ...shapes("criticism", [
    "what an? (?:joke|disgrace|disappointment|excuse|failure) of an? \\w+",
    `(?:that's|thats|that is) (?:just )?who ${you} are|some people (?:just )?(?:aren't|arent|are not) capable of`,
    `${you} (?:clearly |obviously |just |really |honestly )*(?:don't|dont|do not) care (?:about|abt) (?:anyone|anything|this|me|us|the|${your})`,
    `${youAre} (?:such )?a (?:child|flake|coward|hypocrite|joke|baby|fraud)\\b|(?:^|,\\s*)hypocrite(?=\\s*[.!]|$)`,
  ]),
];

const generalization: Rule<MessagePitfall>[] = [
  ...shapes("generalization", [
    `for once in ${your} life|(?:incapable|not capable) of \\w+(?: \\w+){0,3}? (?:anything|everything)`,
    `everything (?:out of|that comes out of) ${your} mouth|always has been|always have been`,
  ]),
  // "You overreact to everything" is a verdict on every time, more than a doubt about this one.
  rule("generalization", `${you} \\w+ (?:to|about|over|at) (?:everything|every little thing|anything)\\b`),
  rule("generalization", "(?:^|(?<=,\\s*))always \\w+ing (?:about )?(?:everything|anything|every)", {
    onlyIfText: "\\b(?:you|u|ur|your)\\b",
  }),
];

/**
 * Shapes heard in messages written in a second language: "is normal that…", "if I understand you
 * correct…", "thank you that you…", "speak to the wall", "close the theme". Each is the learner's
 * form of a shape the other rules already know, so each is written as a shape, not a phrase book.
 */
const secondLanguage: Rule<MessageLabel>[] = [
  ...shapes("validation", [
    `(?:^|(?<=[.!?,;]\\s*))(?:it's |its |it is |that's |thats |is )(?:completely |totally |very |so |only |perfectly )?(?:normal|natural|logical|understandable|clear why|no wonder) (?:that |why |for ${you} to )?${you}\\b`,
    `${your} (?:feelings?|sadness|anger|hurt|pain|fear|reaction|frustration|worry) (?:is|are) (?:completely |totally |very |so )?(?:understandable|valid|normal|natural|okay|ok|not too much|fair|justified|the right size)`,
  ]),
  rule(
    "reflection",
    "if i understand(?: (?:you|u))?(?: (?:correct|correctly|right|well))?,|if i (?:repeat|say it|put it) (?:back )?(?:in|with) my (?:own )?words|(?:want|need) to (?:be sure|make sure|check) (?:that )?i (?:understand|understood|got it)",
    { negatable: false },
  ),
  rule(
    "reflection",
    `(?:^|(?<=[.!?]\\s*))${you} (?:want|need|mean|are saying|said|feel|would like|'d like)\\b[^.!?]{3,100}?,? (?:correct|right|yes|is it so|true)\\s*\\?`,
    { negatable: false },
  ),
  rule(
    "appreciation",
    `(?:thank you|thanks|thank u|many thanks)(?: very much| so much)? (?:that|because) ${you}\\b|i (?:really |truly )?appreciate (?:very much|so much|a lot) (?:that|how|what|the)\\b|(?:i want to |i'd like to |i would like to )?(?:say|tell you) (?:thank you|thanks) for\\b`,
  ),
  rule(
    "i_statement",
    "i need that (?:we|you|u)\\b|i feel (?:\\w+ )?when\\b|i (?:have|had) (?:the |a )?feeling that|i felt (?:again|once more) like|for me (?:it|this) means",
  ),
  rule(
    "criticism",
    `${youAre} (?:a|an) (?:person|man|woman|human|human being) (?:without|with no) (?:any )?(?:honou?r|heart|shame|respect|conscience|morals|backbone|spine|dignity)`,
  ),
  rule(
    "criticism",
    `${youAre} (?:simply |just |really |such )?(?:an? )?(?:egoist|egoistic|egotistical|egocentric)\\b|${youAre} (?:simply |just |really )?not a (?:serious|real|good|reliable|responsible|decent|normal) (?:person|man|woman|father|mother|husband|wife|friend|partner|brother|sister)`,
    { negatable: false },
  ),
  ...shapes("criticism", [
    `${youAre} (?:simply |just |really )?a (?:bad|terrible|horrible|awful|lousy|useless) (?:father|mother|dad|mom|mum|husband|wife|partner|friend|son|daughter|brother|sister|person)`,
    `(?:heart|head) (?:of|made of|like) (?:a )?stone|(?:a )?normal person would\\b|like all ${your} (?:family|people|kind)|(?:irresponsible|selfish|lazy|careless|useless|late) (?:like|as) (?:always|usual|ever)`,
  ]),
  ...shapes("contempt", [
    `what an? (?:honou?r|privilege|treat|pleasure) for (?:us|me)|(?:us|we) (?:simple|poor|ordinary|mere|little) (?:people|mortals|humans)|(?:mister|mr|miss|little miss|mrs) (?:perfect|know-it-all|important|always right)`,
    `(?:explain|say|spell) (?:it |this |that )?(?:to )?(?:${you} )?(?:slowly|in small words|like (?:for|to) a (?:small |little )?(?:child|kid|baby))|like (?:for|to) a (?:small |little )?(?:child|kid|baby)`,
  ]),
  rule("contempt", "(?:talk|speak|talking|speaking) (?:to|with) (?:a|the) wall", { negatable: false }),
  rule(
    "contempt",
    `(?:a|an) (?:man|woman|person|guy|girl) like ${you}\\b|even ${your} (?:own )?(?:dog|cat|mother|mom|mum|kids|friends|family) (?:doesn't|does not|don't|wouldn't|can't|cannot)`,
  ),
  rule(
    "contempt",
    `${after(`\\b${you}\\b[^.!?]{0,60}`, "(?:,? like an? (?:fish|goldfish|donkey|robot|parrot|theatre actress|theater actress|actress|drama queen|little child|small child|baby|chicken|sheep))")}\\b|a real (?:man|woman|friend|father|mother|partner|husband|wife) would`,
  ),
  rule("contempt", "(?:don't|dont|do not) make me laugh", { negatable: false }),
  rule(
    "defensiveness",
    `(?:it was not|it wasn't|it is not|it's not|its not) me (?:who|that)|(?:^|(?<=[.!?]\\s*))(?:it was not|it wasn't|wasn't|was not) me(?=\\s*[,.!;])|why (?:do )?(?:${you} )?(?:attack|accuse|blame) me|why (?:always (?:i am|i'm|me)|(?:am i|i am) always) the (?:guilty|bad|wrong|only) one|i was not even there|(?:^|(?<=[.!?]\\s*))i did nothing(?: wrong)?(?=\\s*[.!]|$)`,
    { negatable: false },
  ),
  rule(
    "defensiveness",
    `i was the only one (?:who|that) (?:worked|paid|did|cleaned|cooked|cared|tried)|(?:and )?${you} want to complain about|still ${you} find something|(?:i am|i'm|im) doing everything (?:what|that)?`,
  ),
  rule(
    "stonewalling",
    `close the (?:theme|topic|subject)|talk about (?:it|this|that) never|(?:talk|speak) (?:with|to) yourself|i (?:put|am putting|'m putting) the phone (?:away|down)|(?:don't|dont|do not) (?:follow|wait for|call) me|i (?:will not|won't|wont) (?:pick up|answer|continue|reply)|(?:write|talk|speak) to my lawyer`,
    { negatable: false },
  ),
  rule(
    "stonewalling",
    `(?:^|(?<=[.!?]\\s*))enough(?=\\s*[.!])|(?:^|(?<=[.!?]\\s*))do what(?:ever)? ${you} want(?=\\s*[.!]|$)|i (?:don't|dont|do not) want to (?:see|read|hear) ${your} (?:messages|texts|voice|feelings|excuses)`,
    { negatable: false },
  ),
  rule(
    "generalization",
    `(?:^|(?<=[.!?,]\\s*))(?:all the time|always) ${you}\\b|(?:why )?(?:i must|must i|do i have to|i have to) always\\b|why always (?:i am|i'm|me)\\b`,
  ),
  ...shapes("blame_shift", [
    `(?:^|(?<=[.!?,]\\s*))(?:is|it's|its|it is|was) ${your} fault|${youAre} the one (?:who|that) (?:started|began|wanted|brought)|i only (?:followed|copied|did what|did the same)|what ${you} did first`,
    `(?:put|puts|putting) (?:these|those|this|that|the|such) (?:ideas?|things?|thoughts?|stuff) in(?:to)? ${your} head|(?:is|are|was) (?:a )?bad influence|(?:because|bc) (?:the situation|things|life) at home (?:was|were|is)|(?:it is|it's|its|is|it was) because of ${your} \\w+`,
  ]),
  rule(
    "invalidation",
    `(?:making|make|made) (?:an )?elephant (?:from|out of) a fly|(?:making|make|made) a mountain out of a molehill|(?:somebody|someone) call (?:the|an) (?:ambulance|police|doctor)`,
  ),
  rule(
    "invalidation",
    `(?:for|over|about|from) such (?:a )?(?:little|small|tiny|stupid|silly) thing|(?:^|(?<=[.!?]\\s*))(?:it's |its |it is |is )?not a (?:tragedy|catastrophe)(?=\\s*[.!]|$)|(?:nobody|no one) died`,
    // "You can't feel betrayed over such a little thing": the "can't" is part of the dismissal.
    { negatable: false },
  ),
  ...shapes("invalidation", [
    `stop (?:to feel|feeling) (?:like this|like that|this way|so|bad|sad|hurt)|not my (?:problem|fault) (?:that|if) ${you} (?:feel|are|got)|(?:don't|dont|do not) want to hear (?:about )?${your} (?:feelings|emotions|drama)`,
    `${you} (?:invent|imagine|make up) (?:things|stories|stuff|problems)|${you} see (?:things|stuff) that (?:are not|aren't|arent|is not|isn't) there|(?:is|it's|its|all) (?:only |just )?in ${your} head(?: only)?|nobody else (?:sees|thinks|feels) (?:it|this|that|so)|(?:crying|doing this|acting up|sulking) (?:again )?for attention`,
  ]),
  rule(
    "controlling",
    `send me (?:a )?(?:pics?|photos?|pictures?) (?:of )?(?:where|from where|who)|i (?:keep|take|hold|have) the (?:bank )?(?:card|cards|money|keys|passport)|ask me (?:when|if|before) ${you} (?:need|want|buy|spend|go)|${you} (?:will )?get money from me`,
  ),
  rule(
    "controlling",
    `i (?:don't|do not|dont) want ${you} to (?:see|talk to|visit|meet|text|call|go)(?! me\\b)|i need to (?:see|check|read|know) (?:all )?${your} (?:bank|messages|phone|texts|chats|location|spending|movements|accounts?)|(?:don't|dont|do not|won't|wont) buy (?:anything|something)[^.!?]{0,30}without asking me`,
    { negatable: false },
  ),
  rule(
    "controlling",
    `${you} (?:don't|dont|do not) (?:go|see|visit|call|talk) (?:to )?[^.!?]{0,30}?\\b(?:anymore|any more)\\b|(?:^|(?<=[.!?]\\s*))${you} stay (?:here|home)(?=\\s*[.!]|$)|i want ${your} (?:location|phone|passwords?)|or (?:this|it|we) (?:is|are|'s) (?:finished|over|done)(?=\\s*[.!]|$)|i changed the password`,
    { negatable: false },
  ),
];

export const everydayMessageRules: readonly Rule<MessageLabel>[] = [
  ...reflection,
  ...summing,
  ...appreciation,
  ...validation,
  ...contempt,
  ...controlling,
  ...stonewalling,
  ...defensiveness,
  ...criticism,
  ...generalization,
  ...secondLanguage,
  ...everydayShared.blameShift,
  ...everydayShared.invalidation,
];
