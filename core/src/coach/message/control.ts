import { type Rule, rule } from "../engine.ts";
import type { MessagePitfall } from "../labels.ts";

/** Praise or a promise after "always"/"never" is not a complaint ("you always make me laugh"). */
const kindAfter = "^ (?:[\\w']+ ){0,4}?{POSITIVE}";

/** One event named as never: "you never told me you were going out" is about one evening. */
const singleEvent =
  "^ (?:even )?(?:told|said|asked|mentioned|explained|answered|called|texted|replied|came|showed|apologi[sz]ed|said sorry|got back|responded|let me know|warned|checked|gave me|bothered to (?:tell|call|text|ask))\\b(?![^.!?]*\\b(?:anything|a thing|once|any)\\b)";

const generalization: Rule<MessagePitfall>[] = [
  // "Always" for others set against "never" for me is a complaint, however kind its first half sounds.
  rule(
    "generalization",
    "(?:ur|you(?:'re| are)?) (?:[\\w']+ )?always\\b[^.!?\\n]{1,80}?(?:\\b(?:and|but|yet|while)|,)\\s+(?:(?:you(?:'re| are)?|ur) )?(?:[\\w']+ )?never\\b",
    { negatable: false },
  ),
  rule(
    "generalization",
    "(?:ur|u r|you(?:'re| are|'ve| have| will|'ll| can| could| would|'d| do| did| were| was| just| literally| seriously| honestly| basically| pretty much| still)?) (?:(?!(?:don't|do not|not|aren't|isn't)\\b)[\\w']+ )?(?:always|never|constantly|forever|continually|perpetually|invariably)(?! (?:again|ever again))",
    {
      unlessAfter: `(?:${singleEvent}|^[^.!?]*\\b{TIMEWORD}\\b|^ (?:fail|let me down|stop (?:loving|caring|trying|supporting|amazing)|give up on|judge|make me feel (?:small|bad|stupid)|(?:have|need) to|deserve|complain|gave up|give up|failed|let me down|judged|stopped (?:loving|caring|trying|believing))\\b)`,
      unlessNear: "^[^.!?]*?\\b(?:always|constantly|forever|continually) (?:[\\w']+ ){0,2}?{POSITIVE}",
      unlessBefore:
        "\\b(?:promise|promised|swear|hope|i'll make sure|make sure)\\b(?: [^\\s,;:]+){0,3} $|\\b(?:love|like|adore|appreciate|admire|proud of|grateful for|thankful for) (?:how|that|the way|it when|when)\\s*$",
    },
  ),
  rule(
    "generalization",
    "every (?:single |damn |bloody )?(?:time|weekend|day|night|morning|evening|week|month|holiday|birthday|year|christmas|summer|party|argument|fight)(?:,)? (?:you|i|we)",
    {
      unlessNear: "\\b{POSITIVE}",
      // Counting the times they did well is praise, not a verdict: "every evening you called, like you promised".
      unlessSentence:
        "\\b(?:thank|thanks|proud of|appreciate|grateful|kept (?:your|ur) (?:word|promise)|like (?:you )?promised)\\b",
    },
  ),
  rule(
    "generalization",
    "you(?:'re| are)? (?:\\w+ ){0,5}?(?:all the time|every (?:single )?(?:time|day|night|week|weekend)|24/7|nonstop|non-stop|without fail|day (?:in|and) day out|over and over(?: again)?|again and again|each and every time|time after time|time and (?:time )?again)",
    {
      negatable: false,
      unlessNear: "\\b{POSITIVE}",
      // Counting the times they did well is praise, not a verdict: "every evening you called, like you promised".
      unlessSentence:
        "\\b(?:thank|thanks|proud of|appreciate|grateful|kept (?:your|ur) (?:word|promise)|like (?:you )?promised)\\b",
    },
  ),
  rule(
    "generalization",
    "(?:nothing|none of what|nobody|no one|nothing that) (?:i (?:do|say|did|said|try|ever do|ever say)|i) (?:is|was|will (?:ever )?be|ever is|'s)? ?(?:ever )?(?:good enough|enough|right|matters|counts|makes you happy|pleases you|satisfies you|works)",
    { negatable: false },
  ),
  rule(
    "generalization",
    "you {GAP_}(?:criticize|criticise|question|judge|complain about|nitpick|hate|mock|second-guess|ignore|dismiss|correct|forget|twist|ruin|lie about|exaggerate) (?:everything|anything|every(?: single)? (?:thing|decision|choice|word|time|plan))",
    { negatable: false },
  ),
  rule(
    "generalization",
    "(?:it's|it is|this is|everything is|everything's|it has|it's always|things are|this relationship is|our life is|it was) (?:always|never) (?:about you|your way|my fault|enough|good enough|the same|going to change|been about|what you want|on your terms)",
    { negatable: false },
  ),
  rule(
    "generalization",
    "(?:we|this|it|things|everything|this relationship|this family|our (?:talks|fights|arguments|conversations))(?:'re| are|'s| is| was| has been|'s just| is just)? {GAP_}(?:always|never)(?! (?:again|ever again))",
    {
      negatable: false,
      unlessAfter: `(?:${kindAfter}|^[^.!?]*\\b{TIMEWORD}\\b|^ (?:happen again|be the same|forget|give up|stop)\\b)`,
      unlessBefore: "\\b(?:promise|hope|if|that|let's|will|'ll|can|could)\\b(?: [^\\s,;:]+){0,3} $",
    },
  ),
  rule(
    "generalization",
    "(?:i|i'm|i am) (?:always|constantly|forever) (?:the (?:one|last|first|only)|having to|have to|left|cleaning|picking|doing|waiting|stuck|reminding|apologi[sz]ing|walking on|chasing|asking|begging|explaining|fixing|carrying|on my own|alone|last|second)",
    { negatable: false },
  ),
  rule(
    "generalization",
    "i (?:always|never) (?:get|feel|have (?:a|any)|know where i stand|come first|matter)",
    {
      negatable: false,
      unlessNear: "\\b{POSITIVE}",
    },
  ),
  rule("generalization", "you (?:don't|do not|won't|will not|can't|cannot|didn't|haven't|have not) ever", {
    negatable: false,
  }),
  rule(
    "generalization",
    "(?:as usual|like always|like you always do|same as always|yet again|for the (?:hundredth|millionth|thousandth|umpteenth|\\w+th) time|here we go again|same old|like clockwork|every damn time|every bloody time)",
    // "I was polite, like always" says the writer is consistent, which is no verdict on them.
    { unlessBefore: "^\\s*i (?:was|am|'m|did|do)\\b[^.!?]{0,30}$" },
  ),
  rule(
    "generalization",
    "(?:all|the only thing) you (?:ever )?(?:do|care about|think about|want|talk about) is",
  ),
  rule("generalization", "(?:you|everyone|everybody) {GAP_}(?:every|each) (?:chance|opportunity) you get"),
];

const demand =
  "(?:you (?:need|have|must|will have|'ll have|are going to have|'re going to have|will|'ll|better|had better|are to|'re to)(?: to)?|i (?:need|want|expect|demand|require|insist) (?:that )?you(?: to)?|from now on,? you(?: will| must| need to| have to|'ll| are going to| are to)?|you(?:'re| are) (?:going|gonna) to)";

const people =
  "(?:your {GAP_}{FAMILY}|anyone|anybody|other (?:people|men|women|guys|girls)|all (?:of )?your \\w+|your friends|your family|friends|family)";

const controlling: Rule<MessagePitfall>[] = [
  rule(
    "controlling",
    "(?:you're not|you are not|you aren't|you're never|you are never|you're no longer|you are no longer) (?:allowed|permitted) to {GAP_}(?:see|talk|go|leave|use|spend|have|hang|visit|call|text|wear|drive|work|meet|message|contact|be|keep|post|make|get|follow|open|buy|sleep|eat|close|lock|change)",
    { negatable: false },
  ),
  rule(
    "controlling",
    `you (?:can't|cannot|can not|won't|will not|aren't going to|are not going to|may not|don't get to|do not get to|will never|are never going to|'re never going to|mustn't|must not|shouldn't be allowed to) (?:be )?{GAP_}(?:see|seeing|going|go out|hang out|talk to|leave|spend|visit|call|text|meet|go|have|drive|work|wear|keep|use|contact|speak to|message|be friends with) (?:\\w+ ){0,3}?(?:${people}|anywhere|any money|money|without me|without my|without asking|without telling|without permission|the house|your (?:phone|car|card|money|job|own)|alone|unless i|until i)`,
    { negatable: false },
  ),
  rule(
    "controlling",
    "i (?:forbid|won't let|will not let|don't allow|do not allow|will not allow|won't allow|am not letting|'m not letting|refuse to let|never let|won't be letting) you(?: to)?",
    {
      negatable: false,
      unlessAfter:
        "^ {GAP_}(?:hurt|treat|speak to me|talk to me like|lie to me|disrespect|walk all over|use me|do this to me|make me feel|yell|scream|manipulate|gaslight|push me|take (?:advantage|me for granted)|blame yourself|carry|go through this alone|face this alone|give up)",
    },
  ),
  rule(
    "controlling",
    `${demand} {GAP_}(?:text|call|check in with|report to|tell|send|show|give|hand|share|ask|update|photo|video ?call|facetime|prove to) (?:me|my)?(?: \\w+){0,6}? (?:every (?:hour|minute|half hour|\\d+ minutes|single (?:hour|minute|time|day|message|text)|time you (?:leave|go|move|talk|text|see|spend|get))|each hour|at all times|all the time|24/7|wherever you (?:go|are)|everywhere you go|everything you (?:do|say|spend|buy|text|send)|whenever i (?:want|ask|say|demand|like)|before you (?:go|leave|spend|buy|see|talk|text|post|make|meet)|who you(?:'re| are)? (?:with|talking|texting|see|seeing|meeting)|(?:my )?permission|your (?:passwords?|pin|codes?|paycheck|salary|wages|cards?|bank|logins?|accounts?|receipts|every))`,
  ),
  rule(
    "controlling",
    "(?:give|hand|send|turn) (?:me )?(?:over )?(?:all )?(?:of )?your (?:passwords?|pin|pins|codes?|paycheck|salary|wages|bank cards?|credit cards?|cards|bank (?:details|login|account)|car keys|keys|money|earnings|passport|phone)",
    { unlessBefore: "\\b(?:would you|could you|can you|will you|if you)\\b(?: [^\\s,;:]+){0,3} $" },
  ),
  rule(
    "controlling",
    "(?:i want|i need|i'm taking|i am taking|i'll take|i will take|i'll be taking|i'll keep|i will keep|i'm keeping|i'll hold on to|i'm holding on to|i'm confiscating|i'll confiscate|i'm locking up) (?:all )?(?:of )?your (?:passwords?|car keys|keys|paycheck|salary|cards?|credit cards?|bank cards?|money|passport|wallet|laptop|id|phone|earnings|wages)",
  ),
  rule(
    "controlling",
    "(?:i'll|i will|i'm going to|i am going to|i'm gonna|i get to|i should|i'll be the one to|i alone|only i|i) {GAP_}(?:decide|choose|control|approve|pick|say) (?:who|what|where|when|how|if|whether|all (?:the|our|your) (?:money|finances|spending)|the (?:money|finances|budget)|your (?:money|friends|schedule|spending|clothes|phone)) (?:\\w+ ){0,2}?(?:you|your|goes|gets|can|to spend|is spent)",
  ),
  rule(
    "controlling",
    "(?:i need|i want|i have|i've got|i get|i must|i deserve|i expect|i demand) to (?:know|see|read|check|track|monitor|approve|hear about|be told about|have access to|go through|look at) (?:\\w+ ){0,3}?(?:every(?:thing| single [\\w']+| [\\w']+)|where you are (?:at all times|every|all the time|24/7|always)|all (?:of )?your (?:messages|texts|emails|calls|accounts|passwords|conversations|chats|dms|spending|receipts)|who you (?:talk|text|see|are with|'re with|speak) (?:to )?(?:at all times|every|all the time|always)|your (?:location|phone|messages|texts|whereabouts) (?:at all times|all the time|whenever|every|24/7|any time|anytime|always))",
  ),
  rule(
    "controlling",
    "(?:i|i'll|i will|i'm going to|i am going to|i'm gonna|i'll be|i will be|i'm|i am) {GAP_}(?:check(?:ing)?|read(?:ing)?|go(?:ing)? through|monitor(?:ing)?|track(?:ing)?|look(?:ing)? through|search(?:ing)?|inspect(?:ing)?) {GAP_}(?:your|all your|all of your) (?:phone|messages|texts|email|emails|location|accounts?|bank|browser|history|car|bag|things|stuff|computer|laptop|social media|dms|mail|pockets|receipts)(?: \\w+){0,3}? (?:every (?:day|night|morning|hour|time|week|evening)|whenever i (?:want|like|feel like|please)|daily|nightly|any time|anytime|at any time|without (?:asking|telling|warning|notice)|from now on|constantly|all the time|24/7)",
  ),
  rule(
    "controlling",
    "(?:i'm|i am|i'll|i will|i've) (?:going to |gonna )?(?:put|install|installed|putting|installing) (?:a )?(?:tracker|tracking (?:app|software|device)|spyware|a gps|gps|an app|a camera|cameras) (?:on|in)",
  ),
  rule(
    "controlling",
    "(?:^|(?<=[.!?,;:\\n]\\s*))(?:send|text|call|show|facetime|update|message|ping) me (?:[\\w']+ ){0,6}?(?:every (?:hour|minute|\\d+ minutes|half hour|time|single|night|day|morning|evening|week)|at all times|24/7|wherever you (?:go|are)|the second you)",
  ),
  rule(
    "controlling",
    "(?:you can )?forget about (?:seeing|going|visiting|talking to|hanging out with|calling|texting|meeting) (?:your|any|anyone|the|those)",
  ),
  rule(
    "controlling",
    "(?:track|monitor|watch) (?:your|every|all your) (?:phone|location|car|every move|movements|moves|spending|calls|messages)",
  ),
  rule(
    "controlling",
    "you(?:'re| are| aren't| are not|'re not) (?:not )?(?:going|leaving|going out|going anywhere|stepping out|setting foot)(?: \\w+){0,3}? (?:without me|without my|without (?:telling|asking)|this house|the house|anywhere)",
    { negatable: false },
  ),
  rule("controlling", "you(?:'re| are) not going anywhere", { negatable: false }),
  rule(
    "controlling",
    "(?:you (?:don't|do not) (?:leave|go out|go anywhere)|don't (?:you )?(?:dare )?(?:leave|go out|go anywhere)) (?:\\w+ ){0,3}?(?:without (?:me|my|telling|asking|permission)|this house|the house)",
    { negatable: false },
  ),
  rule(
    "controlling",
    `(?:stop|quit|no more) (?:seeing|talking to|hanging out with|visiting|calling|texting|contacting|being friends with|spending time with|going out with|meeting) ${people}`,
  ),
  rule(
    "controlling",
    `(?:cut off|drop|unfriend|block|delete|dump|get rid of|ditch|cut ties with|stop seeing) (?:all )?(?:of )?${people}`,
  ),
  rule(
    "controlling",
    "(?:spend|buy|withdraw|touch|use) (?:\\w+ ){0,3}?without (?:my (?:permission|approval|ok|okay|say-so|sign-off)|asking me|me|telling me|checking with me|clearing it with me|running it by me)",
    {
      negatable: false,
      unlessBefore: "\\b(?:never|won't|wouldn't|would never|don't want to|not going to)\\b[^.!?]*$",
    },
  ),
  rule(
    "controlling",
    "(?:i'll|i will) give you an allowance|you(?:'ll| will) (?:get|have) an allowance|on an allowance",
  ),
  rule(
    "controlling",
    "(?:all|every) (?:of )?(?:your|the) (?:money|paychecks?|salary|earnings|wages|income) (?:goes|go|will go|gets|comes|is going) (?:to|into|through|straight to) (?:me|my)",
  ),
  rule(
    "controlling",
    "(?:without|need|needs|with|get|ask(?:ing)? for|ask) (?:my|me for) (?:permission|approval|ok|okay|say-so|consent|sign-off|blessing)",
  ),
  rule(
    "controlling",
    "(?:^|(?<=[.!?,;:\\n]\\s*))(?:quit|leave|give up|drop out of) your (?:job|work|school|classes|gym|hobbies|band|team|club|course|studies|degree|book club|church|choir)",
  ),
  rule(
    "controlling",
    `${demand} (?:quit|leave|give up|drop out of|stop going to) (?:your )?(?:job|work|school|classes|gym|friends|hobbies|band|team|club|course|studies|degree|book club|church|choir)`,
  ),
  rule(
    "controlling",
    "(?:your|you(?:'re| are)) (?:phone|location|messages|email|life|time|money|body) (?:is|are|belong|belongs) (?:mine|to me|my business)(?: now)?",
  ),
  rule(
    "controlling",
    "no more {GAP_}(?:friends|nights out|going out|girls' nights?|guys' nights?|girls nights?|guys nights?|seeing your \\w+|family visits|trips|gym|hobbies)",
  ),
  rule("controlling", "you (?:will|'ll|can) only (?:go|see|talk|spend|leave|wear|eat|use)"),
  rule(
    "controlling",
    "(?:if|when) you (?:leave|go out|see (?:your|them|her|him)|talk to) (?:\\w+ ){0,3}?(?:i'll|i will) (?:leave|take|cut|kill|hurt|tell everyone|make you)",
    {
      negatable: false,
    },
  ),
  rule(
    "controlling",
    "(?:i|i'll) (?:decide|get to decide|will decide|'ll decide) (?:if|whether|when|who|what|where) you",
  ),
  rule(
    "controlling",
    "(?:i get to|i alone|only i|i'm the one who gets to|i am the one who gets to|i'll be the one to) (?:decide|choose|control|approve|say) (?:who|what|where|when|whether|if|how)",
  ),
  rule("controlling", "(?:you|your phone) (?:stay|stays|will stay) (?:home|in this house|where i can see)"),
  rule(
    "controlling",
    "you (?:need|have|must) to (?:answer|pick up) (?:every time|immediately|within|whenever|every call|right away when)",
  ),
  rule(
    "controlling",
    "(?:i want|i need|give me|hand over) (?:all )?(?:of )?(?:your|full access to your|access to all your|access to your) (?:[\\w']+ )?(?:passwords?|location at all times|logins?|accounts|pins?|codes)",
  ),
];

export const controlRules: readonly Rule<MessagePitfall>[] = [...generalization, ...controlling];
