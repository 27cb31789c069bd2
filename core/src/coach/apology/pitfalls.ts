import { type Rule, rule } from "../engine.ts";
import type { ApologyPitfall } from "../labels.ts";
import {
  denialShapes,
  excuseShapes,
  minimizingShapes,
  sharedRules,
  smallDealShapes,
  whataboutShapes,
} from "../shared.ts";

const hurtWords =
  "(?:hurt|upset|offended|bothered|wronged|came across|come across|made you (?:feel|upset|sad|angry|mad|uncomfortable|cry)|caused|felt (?:hurt|bad|offended|upset|disrespected|slighted|uncomfortable|sad|let down|ignored)|took (?:it|that|this) (?:the wrong way|badly|personally|wrong)|were (?:hurt|upset|offended|bothered)|was (?:hurtful|wrong|rude|out of line|offensive|insensitive|unfair|mean|harsh)|did (?:something|anything) (?:wrong|to)|have (?:done|said) (?:something|anything)|'ve (?:done|said) (?:something|anything)|crossed a line|overstepped|offend|upset you|hurt you|disappointed)";

/** Before "you went through my phone": owning why they looked, or just when it happened, is not blame. */
const snoopingExplained =
  "\\b(?:why|wonder|understand|know|see|get|made|make|drove|pushed|led|left|gave|give|reason|reasons|right|had to|needed to|felt you had to|when|once|after|before|until|the day|the night|the time)\\b[^.!?]{0,40}$";

const conditional: Rule<ApologyPitfall>[] = [
  rule("conditional", "(?<hit>{SORRY}(?:(?! and )[^.!?\\n,;]){0,30}? if)", {
    unlessAfter:
      "^ (?:i could|i can|only|you (?:let|want|need|ever|will|would|can|give|allow|still)|i ever|it helps|that helps|it would|this is|we|i'm being honest|i don't)\\b",
  }),
  rule(
    "conditional",
    `if (?!i ever|you ever)(?:you|anyone|anybody|i|my \\w+|anything i (?:did|said)|something i (?:did|said)|what i (?:did|said)|that|it|this|i've|i have|some of (?:what|my)|any of (?:what|my)) (?:\\w+ ){0,3}?${hurtWords}`,
    {
      negatable: false,
      unlessAfter: "^[^.!?]*\\bagain\\b",
      unlessBefore: "\\b(?:even|as|what|ask|asking|wonder|wondering|know|tell me)\\s*$",
    },
  ),
  rule(
    "conditional",
    "(?:to (?:the|whatever|any) extent|insofar as|in case) (?:that )?(?:i|you|my|it|that|anything|something)",
  ),
  rule(
    "conditional",
    "if (?:that's|this is|that is) (?:how|the way|what) you (?:feel|see it|took it|saw it|want to see it|interpreted it|heard it|think)",
  ),
  rule(
    "conditional",
    "(?:for |about )?whatever (?:it is |it was )?(?:that )?(?:i did|i may have done|i might have done|i said|you think i did|happened|i've done|upset|hurt|bothered|offended|made you)",
  ),
  rule(
    "conditional",
    "(?:any|whatever) (?:hurt|pain|harm|offen[cs]e|upset|inconvenience|misunderstanding|confusion|trouble|distress) (?:i|that i|this|that|my \\w+|it) (?:may|might|could) have",
  ),
  rule(
    "conditional",
    "(?:i|my \\w+|it|that|this) (?:may|might) have {GAP_}(?:hurt|upset|offended|caused|come across|came across|been (?:hurtful|wrong|rude|insensitive|out of line|harsh))",
  ),
  rule(
    "conditional",
    "{SORRY} (?:for|about) (?:any|whatever) {GAP_}(?:hurt|pain|harm|offen[cs]e|upset|misunderstanding|confusion|inconvenience|trouble|feelings)",
  ),
  rule(
    "conditional",
    "(?:sorry|apologi[sz]e) (?:for|about) (?:anything|whatever) (?:i (?:did|said|may|might)|that (?:upset|hurt|offended|bothered))",
  ),
];

const deflection: Rule<ApologyPitfall>[] = [
  rule(
    "deflection",
    "(?<hit>{SORRY} (?:that )?(?:you(?:'re| are| were)?(?: had (?!to\\b)| feel| felt| think| thought| see| saw| took| take| got| get| perceived| interpreted| seem| chose| choose| decided| let| are feeling| feel like|'ve been| have been| are| were|'re| feel that| find| found| heard| misunderstood| read)|your feelings (?:are|were|got)))",
    {
      negatable: false,
      unlessAfter:
        "^ {GAP_}(?:had to|have had to|went through|go through|have to|because of (?:me|what i|my)|by (?:me|what i|my)|that i|i caused|when i|after i|over what i|from what i|since i|about what i|of my)",
    },
  ),
  rule(
    "deflection",
    "{SORRY} (?:that )?(?:it|this|that|things|the situation) (?:upset|hurt|bothered|offended|affected|made you)",
  ),
  rule(
    "deflection",
    "{SORRY} (?:for|about) (?:how|the way) you (?:feel|felt|took|see|saw|reacted|react|are feeling)",
  ),
  rule("deflection", "{SORRY} (?:for|about) your (?:feelings|reaction|hurt feelings|being upset)"),
  rule("deflection", "mistakes were made"),
  rule("deflection", "(?:things|words|stuff) (?:were said|got said|were done|happened)(?! that i)"),
  rule("deflection", "(?:it|that) is what it is"),
  rule("deflection", "what's done is done"),
  rule("deflection", "the past is (?:the past|behind us|in the past)"),
  rule(
    "deflection",
    "(?:we|we've|we have) (?:all|both) (?:make|made|have made|say|said|did|do|hurt|messed|screwed|have done|done|been|get|got) (?:mistakes|things|stuff|each other|up|our share|wrong|bad|guilty|at fault|carried away)",
  ),
  rule("deflection", "(?:nobody|no one|nobody's|no one's|noone) (?:is )?perfect"),
  rule("deflection", "(?:everyone|everybody|people|we all) (?:makes?|made) mistakes"),
  rule(
    "deflection",
    "(?:can|could) we (?:please )?(?:talk about|focus on) (?:something else|the (?:good|future|positive))",
  ),
  rule("deflection", "let's not (?:play the blame game|point fingers|get into who|make this about)"),
  rule(
    "deflection",
    "(?:i'm|i am) (?:sorry|apologi[sz]ing) (?:for )?(?:that )?you (?:found out|had to find out|caught)(?! (?:from someone|this way|like this because))",
  ),
  ...denialShapes("deflection" as const),
  ...whataboutShapes("deflection" as const).filter((r) => !/the one/.test(r.pattern.source)),
];

const pressure: Rule<ApologyPitfall>[] = [
  rule(
    "pressure",
    "(?:you (?:need|have|must|should|ought|got|gotta|'ve got|had better|better)(?: to)?|it's time (?:for you )?to|it is time (?:for you )?to|it's time we|i need you to|i expect you to|you owe it to (?:me|us) to|you can't keep|can't you just|why can't you just|why won't you just|why don't you just|why can't you|why won't you|just|please just|you'll have to|you're going to have to|you are going to have to|you'll need to|when will you) {GAP_}(?:forgive|forget|let (?:it|this|that|things|the past) go|move on|get over|trust me|stop (?:bringing|talking|being mad|being angry|being upset|punishing|holding|dwelling|mentioning|throwing|making)|put (?:it|this|that) behind|drop (?:it|this|that)|give me (?:another|a second) chance|accept (?:my|the) apology|be over (?:it|this)|let me off|see past|look past|give (?:it|this) a rest|get past|stop being|hold(?:ing)? (?:it|this|that) (?:over|against))",
    {
      unlessBefore:
        "\\b(?:don't|do not|doesn't|won't|never|not|no one|nobody|doesn't mean|i know|i understand)\\b(?: [^\\s,;:]+){0,5} $",
    },
  ),
  rule(
    "pressure",
    "(?:can|could|can't|cannot|why can't|why don't|shall) (?:we|you) (?:just |please |finally |now )?(?:move on|let (?:it|this|that) go|drop (?:it|this|the subject)|put (?:it|this|that) behind us|forget (?:about )?(?:it|this|that)|stop talking about (?:it|this|that)|be done with (?:it|this)|get past (?:it|this)|go back to normal|stop (?:bringing|fighting about)|not talk about (?:it|this))",
  ),
  rule(
    "pressure",
    "let's (?:just |please )?(?:move on|put (?:this|it|that|all this|all of this) behind us|forget (?:about )?(?:it|this|that|this ever happened|it ever happened|the whole thing)|not dwell|stop dwelling|drop (?:it|this)|not talk about (?:it|this)|pretend|start (?:over|fresh)|get past (?:it|this)|go back to (?:normal|how things were)|leave (?:it|this|that) in the past|call it even|not make (?:this|it) a (?:big )?(?:thing|deal))",
  ),
  rule(
    "pressure",
    "how many (?:more )?times(?=\\s*[?!.]|$)|how (?:many (?:more )?times|long|much longer|much more) (?:do|must|will|am|are|is|have|should|does) (?:i|you|this|we)(?: \\w+){0,4}? (?:say|apologi[sz]e|be punished|pay|keep|beg|grovel|hold|stay|be mad|be angry|make me|punish|bring|drag|go on|going to)",
  ),
  rule(
    "pressure",
    "when (?:are you going to|will you|are you gonna|do you plan to|can we) {GAP_}(?:forgive|get over|let (?:it|this) go|move on|trust me|stop|be over|drop|put (?:it|this) behind)",
  ),
  rule(
    "pressure",
    "(?:it's|its|it has|it's already|it has already) been (?:\\w+ ){0,2}?(?:days|weeks|months|years|a week|a month|a year|ages|forever|long enough)",
    {
      unlessAfter: "^(?![^.!?]*(?:\\byou\\b|\\balready\\b|\\benough\\b|!|\\?))",
    },
  ),
  rule(
    "pressure",
    "(?:i've|i have|i already|i've already|i have already|i've literally|i've now) (?:said (?:i'm |i am |i was )?sorry|apologi[sz]ed|said sorry)(?: \\w+){0,3}? (?:enough|a (?:hundred|thousand|million|dozen|bunch of) times|so many times|already|over and over|again and again|more than once|plenty|what more|\\d+ times|twice|many times|a lot)",
  ),
  rule(
    "pressure",
    "i (?:already )?said (?:i'm |i am |i was )?sorry(?:,| already| okay| ok|!|\\?| so| what| didn't i| now)",
    {
      negatable: false,
    },
  ),
  rule(
    "pressure",
    "what (?:more|else) (?:do you want|do you need|can i possibly|could i possibly|is it going to take|will it take|does it take)(?: from me)?",
  ),
  rule(
    "pressure",
    "if you (?:really |truly |actually |still )?(?:loved|love|cared about|care about|wanted|want) (?:me|us|this|our (?:family|marriage|relationship))(?: at all)?,? you(?:'d| would| will|'ll|'d be able to| could)",
  ),
  rule(
    "pressure",
    "(?:stop|quit) (?:bringing (?:it|this|that) up|punishing me|throwing (?:it|this|that) in my face|holding (?:it|this|that) over|dwelling|living in the past|making me (?:pay|feel guilty|grovel|beg)|being mad|being angry|giving me the cold shoulder|rehashing)",
    { negatable: false },
  ),
  rule(
    "pressure",
    "(?:you're|you are|you keep) (?:still )?(?:holding|using|throwing) (?:it|this|that) (?:over|against|in)",
  ),
  rule(
    "pressure",
    "(?:holding|hold|throwing|throw) (?:it|this|that|my mistake) (?:over (?:me|my head)|against me|in my face)",
    { negatable: false },
  ),
  rule(
    "pressure",
    "(?:so )?(?:are|is) (?:we|everything|it|this|things) (?:good|okay|ok|fine|alright|all right|settled|over|done|cool) (?:now|then|again)?\\s*\\?",
    {
      negatable: false,
    },
  ),
  rule(
    "pressure",
    "(?:we're|we are|we good|we're good) (?:good|okay|ok|fine|done|cool)? ?(?:now|then)?,? right\\?",
  ),
  rule(
    "pressure",
    "(?:you can't|you cannot|you can not) (?:stay|be) (?:mad|angry|upset|hurt) (?:at me |with me )?forever",
  ),
  rule(
    "pressure",
    "(?:you owe me|i deserve|i've earned|i have earned) (?:another chance|a second chance|forgiveness|your forgiveness|to be forgiven|a fresh start|a break|some credit)",
  ),
  rule(
    "pressure",
    "(?:don't|do not|never) (?:bring (?:it|this|that) up|mention (?:it|this|that)|talk about (?:it|this|that)) (?:again|anymore|any more|ever again)",
    {
      negatable: false,
    },
  ),
  rule(
    "pressure",
    "i don't want to (?:talk|hear|discuss|keep talking|go over|argue) (?:about )?(?:it|this|that)(?: \\w+)? (?:again|anymore|any more|ever)",
    {
      negatable: false,
    },
  ),
  rule(
    "pressure",
    "(?:i'm|i am) (?:so )?(?:tired|sick) of (?:apologi[sz]ing|saying sorry|being punished|talking about (?:this|it)|having to apologi[sz]e|paying for)",
  ),
  rule("pressure", "(?:enough|that's enough) (?:already|with this|of this)"),
  rule("pressure", "get over (?:it|this|that|yourself)"),
  rule("pressure", "(?:move on|let it go|get over it) already"),
  rule(
    "pressure",
    "(?:^|(?<=[.!?\\n]\\s*))(?:just |please |so |now )?(?:let it go|move on|get over it|forget (?:it|about it)|drop it)(?=\\s*[.!]|$)",
  ),
  rule("pressure", "(?:are you )?(?:happy|satisfied|happier) now\\s*\\?"),
  rule(
    "pressure",
    "(?:can|could) we (?:just |please |now |maybe )+(?:go to (?:bed|sleep)|stop|drop|forget|leave it|change the subject|not|be done)",
  ),
  rule("pressure", "you should be (?:grateful|thankful|glad|happy|relieved) (?:that )?i"),
  rule(
    "pressure",
    "(?:there's|there is) no (?:point|use|sense) (?:in )?(?:dwelling|going over|rehashing|talking about|bringing (?:it|this|that) up|crying over|looking back)",
  ),
  rule(
    "pressure",
    "(?:i've|i have) (?:paid|suffered|been punished) (?:for (?:it|this|that|my mistake) )?(?:enough|plenty|long enough)",
  ),
  rule(
    "pressure",
    "(?:after|despite) (?:everything|all(?: that| this)?) i(?:'ve| have)? (?:done|sacrificed|given|tried)",
  ),
  rule(
    "pressure",
    "you still (?:won't|will not|can't|refuse to|haven't) (?:forgive|trust|let (?:it|this|me)|move on|get over)",
  ),
  rule(
    "pressure",
    "(?:i|we) (?:can't|cannot) (?:keep|go on) (?:doing|living like) this (?:forever|much longer)",
  ),
  rule(
    "pressure",
    "(?:i need|i want) (?:an answer|you to decide|your answer) (?:now|today|tonight|right now|by)",
  ),
  rule("pressure", "(?:forgive me|let it go|move on) (?:already|now)[!.]"),
  rule("pressure", "(?:or|otherwise) (?:i'm|i am|i'll|i will) (?:leaving|done|gone|walking)"),
];

/**
 * In an apology, the other person finding out named as their wrongdoing ("you were snooping", "you
 * went through my phone") turns the apology on them. Texting forms ("goin thru", "snoopin") count too.
 */
const ing = (stem: string) => `${stem}(?:ing|in'?)`;
const through = "(?:through|thru)";
const privateThings =
  "my (?:own )?(?:phone|cell|mobile|messages|texts|text messages|texting|emails?|e-mails?|inbox|dms|chats?|whatsapp|insta(?:gram)?|snap(?:chat)?|socials|facebook|accounts?|stuff|things|belongings|bag|purse|wallet|pockets|drawers?|car|laptop|computer|tablet|ipad|call log|calls|browser|search history|history|location|diary|journal|private \\w+|passwords?)";
const snooping: Rule<ApologyPitfall>[] = [
  rule(
    "blame_shift",
    `you (?:were|was|are|have been|had been|kept|keep|must have been|must've been) (?:always |constantly |just |literally |secretly |even )?(?:${ing("snoop")}|${ing("spy")}(?: on me)?|${ing("stalk")} me|${ing("invad")} my privacy|${ing("go")} behind my back|(?:${ing("go")}|${ing("look")}|${ing("dig")}|${ing("rummag")}|${ing("sneak")}) ${through} ${privateThings}|(?:${ing("read")}|${ing("check")}|${ing("search")}|${ing("track")}|${ing("monitor")}|${ing("hack")}(?: into)?) ${privateThings})`,
    { negatable: false, unlessBefore: snoopingExplained },
  ),
  rule(
    "blame_shift",
    `you (?:snooped|spied on me|stalked me|invaded my privacy|(?:went|looked|dug|rummaged|snuck|sneaked) ${through} ${privateThings}|(?:read|checked|searched|tracked|monitored|hacked(?: into)?|broke into|logged into|unlocked|went into|went on) ${privateThings})(?! and (?:found|saw|learned|discovered|read))`,
    { negatable: false, unlessBefore: snoopingExplained },
  ),
  rule(
    "blame_shift",
    `you had no (?:business|right) (?:to )?(?:be )?(?:${ing("snoop")}|snoop|${ing("spy")}|spy|${ing("go")} ${through}|go ${through}|${ing("look")}|look|${ing("read")}|read|${ing("check")}|check|${ing("search")}|search|in)`,
    { negatable: false },
  ),
];

export const apologyPitfallRules: readonly Rule<ApologyPitfall>[] = [
  ...snooping,
  ...excuseShapes("excuse" as const),
  ...minimizingShapes("minimizing" as const),
  ...smallDealShapes("minimizing" as const),
  ...conditional,
  ...sharedRules.blameShift,
  rule(
    "blame_shift",
    "you should(?:'ve| have) (?:known|told|been|seen|asked|said|paid|noticed|listened|cared|stopped|come|given|trusted|understood|realized|realised|thought|checked)",
  ),
  rule(
    "blame_shift",
    "you (?:weren't|were not|were never|never were|haven't been|have not been|aren't|are never|never) {GAP_}(?:there|around|home|available|interested|paying attention|giving me|attentive|affectionate|present|listening|touching me|wanting me|making time)",
    { negatable: false },
  ),
  rule("blame_shift", "you pushed me (?:away|to|into)"),
  rule(
    "blame_shift",
    "you (?:were|are|'re|kept|keep|have been|'ve been) (?:always |constantly )?(?:on my case|on my back|nagging|riding me|breathing down my neck|picking (?:a fight|fights|on me)|in my face|provoking me)",
  ),
  rule("blame_shift", "(?:in all fairness|to be fair|in fairness|let's be fair|be fair),? you"),
  rule(
    "blame_shift",
    "you (?:never|didn't|did not) (?:tell|told|ask|asked|say|said|mention|mentioned|warn|warned|let me know) (?:me|us)",
    {
      negatable: false,
    },
  ),
  rule("blame_shift", "(?:you're|you are|you were) the one (?:who|that)(?= \\w)", {
    negatable: false,
    unlessAfter: "^ (?:got hurt|was hurt|suffered|paid|had to|deserved|ended up)",
  }),
  rule(
    "blame_shift",
    "you (?:were|are|'re|did|do|have been|'ve been|had been|acted|started|said|lied|yelled|screamed|cheated|messed up|made mistakes|weren't|didn't|\\w+ed) (?:\\w+ ){0,4}?(?:too|as well)(?=\\s*[.!?,]|$)",
    {
      unlessBefore: "\\b(?:sorry|if|know|hope|hear|see|understand|love|miss|that)\\b(?: [^\\s,;:]+){0,3} $",
      unlessNear: "^you (?:were|are|'re|felt) {GAP_}{EMO}",
    },
  ),
  rule("blame_shift", "you (?:did |really |kind of )?provoke(?:d)? me"),
  rule(
    "blame_shift",
    "until i (?:snapped|broke|lost it|exploded|lost my temper|couldn't take it|cracked|blew up)",
  ),
  rule("blame_shift", "you kept (?:pushing|poking|prodding|nagging|needling|at me|on at me|going on)"),
  rule(
    "blame_shift",
    "you [^.!?]{3,60}?,? so (?:of course |naturally |obviously |what did you expect |)i\\b",
    {
      unlessBefore: "\\b(?:if|when|because|sorry|thank|thanks)\\b[^.!?]*$",
      unlessNear: "^you (?:asked|wanted|told me to|said (?:it was )?(?:ok|okay|fine))",
    },
  ),
  rule(
    "blame_shift",
    "you (?:were|are|'re|kept) (?:being )?(?:so |really |completely |totally |just )?(?:impossible|difficult|unreasonable|rude|mean|annoying|awful|cruel|nasty|horrible|provocative|aggressive|nagging|cold|distant|hostile|insufferable)",
  ),
  rule("blame_shift", "(?:you (?:kept|keep|were|are|'re|kept on) )?(?:pushing|pushed|push) my buttons"),
  rule(
    "blame_shift",
    "you (?:kept|keep|were|are|'re) (?:pushing|provoking|nagging|pressuring|poking|picking at|needling|antagonizing|goading|taunting|egging) (?:me|at me|on)",
  ),
  rule(
    "blame_shift",
    "(?:we're|we are|we were) (?:both |equally |all )(?:to blame|responsible|at fault|guilty)",
  ),
  rule(
    "blame_shift",
    "(?:on (?:the )?both of us|(?:both of us|we both) (?:are|were|share|have) (?:to blame|responsible|at fault|the blame|equal blame))",
  ),
  ...deflection,
  ...sharedRules.invalidation,
  ...pressure,
];
