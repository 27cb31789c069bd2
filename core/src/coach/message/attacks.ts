import { type Rule, rule } from "../engine.ts";
import type { MessagePitfall } from "../labels.ts";

/** The first two of Gottman's Four Horsemen: criticism (attacking character) and contempt. */

export const criticismRules: Rule<MessagePitfall>[] = [
  rule(
    "criticism",
    "{YOU_BE} (?:being )?{ADV_}(?:such |the (?:most|biggest|worst|least) )?(?:an? )?{TRAIT}",
    {
      unlessAfter: "^ (?:when|sometimes|at times|about (?:this|that)|in (?:this|that))\\b",
    },
  ),
  rule(
    "criticism",
    "you(?:'re| are)? {GAP_}(?:always |never |only |constantly |just )?(?:think|thinking|care|cares|caring|worried|worry) (?:only )?(?:about|of) (?:yourself|you|your(?:self| own| needs| feelings| image| reputation)|number one|(?:anyone|anybody|anything|no one|nobody) (?:but|except|other than) (?:yourself|you))",
  ),
  rule("criticism", "all you (?:ever )?(?:care|think|worry) about is (?:you|yourself|your)"),
  rule(
    "criticism",
    "you (?:just |really |simply |clearly |obviously |honestly )?(?:don't|do not|never|didn't|did not|can't|cannot|won't) (?:even |really |actually |honestly )?(?:care(?: about (?:me|anyone|anything|us|this|my feelings|how i feel|this family))?|give a (?:damn|shit|crap|toss)|love me|respect (?:me|anyone|anything|women|men|us|my (?:time|feelings|boundaries|opinion|work|needs|space|privacy|family))|think about (?:anyone|me|us|others|other people)|consider (?:anyone|me|my|other)|have (?:a heart|any (?:respect|empathy|integrity|decency|shame|self-control|idea|consideration)))(?! (?:yet|right now))",
    { negatable: true },
  ),
  rule(
    "criticism",
    "(?:what kind of|what sort of|what type of) (?:a )?(?:person|partner|husband|wife|father|mother|dad|mom|friend|man|woman|human|human being|monster|son|daughter|sister|brother|parent) (?:does|would|says|treats|lies|is|acts|forgets|cheats|keeps|hides|leaves)",
  ),
  rule("criticism", "(?:there's|there is) something (?:seriously |really |deeply |very )?wrong with you"),
  rule("criticism", "what(?:'s| is) wrong with you"),
  rule(
    "criticism",
    "make (?:everything|it|this|every (?:conversation|argument|fight|day)|it all) about (?:yourself|you)\\b",
  ),
  rule(
    "criticism",
    "you can't (?:even )?(?:manage|handle|organi[sz]e|remember|run|keep track of) (?:your own|a simple|the simplest|anything|one)",
  ),
  rule(
    "criticism",
    "{YOU_BE} {ADV_}the (?:[\\w']+est|most [\\w']+|worst|least [\\w']+) (?:person|partner|husband|wife|friend|human|human being|man|woman|father|mother|dad|mom|son|daughter|boyfriend|girlfriend|liar|parent)",
  ),
  rule("criticism", "why are you (?:like this|always like this|this way|such a)"),
  rule(
    "criticism",
    "you(?:'re| are) (?:just |exactly )?like your (?:father|mother|dad|mom|mum|ex|brother|sister|family|parents)",
  ),
  rule("criticism", "(?:the|your) (?:real )?(?:problem|trouble|issue) (?:with you )?is (?:that )?you"),
  rule(
    "criticism",
    "you can't (?:be trusted|do anything right|keep (?:a|your|any) (?:promise|word|job|friend)|even)",
    {
      unlessAfter: "^ (?:even )?(?:imagine|see|know)\\b",
    },
  ),
  rule(
    "criticism",
    "you (?:ruin|ruined|destroy|destroyed|wreck|wrecked|poison|poisoned) (?:everything|every|our|my life|this family|us|it all)",
  ),
  rule(
    "criticism",
    "you (?:lie|lied|cheat) (?:about )?(?:everything|to everyone|to everybody|like you breathe|constantly)",
  ),
  rule("criticism", "you (?:only )?(?:ever )?(?:think|care|act) (?:of|for|about) yourself"),
  rule(
    "criticism",
    "you(?:'re| are)(?: not| n't|n't) (?:capable of|able to) (?:love|loving|honesty|being honest|empathy|caring|change|changing|telling the truth|commitment|keeping)",
  ),
  rule("criticism", "(?:i'm|i am) (?:so )?(?:sick|tired) (?:and tired )?of (?:you|your)\\b"),
  rule(
    "criticism",
    "you (?:have|'ve got|got) (?:no|zero|not an ounce of|not one ounce of|not a shred of) (?:respect|empathy|integrity|decency|shame|self-control|backbone|spine|heart|consideration|morals)",
  ),
  rule("criticism", "(?:how|why) (?:can|could) you be so (?:\\w+)"),
  rule("criticism", "(?:shame on you|you should be ashamed(?: of yourself)?)"),
  rule(
    "criticism",
    "all you (?:ever )?do is (?:complain|whine|nag|lie|cry|criticize|criticise|take|ask|blame|play)",
  ),
  rule(
    "criticism",
    "you(?:'re| are) (?:a |an )?(?:terrible|horrible|awful|lousy|rotten) (?:at|with) (?:\\w+)",
  ),
];

export const contemptRules: Rule<MessagePitfall>[] = [
  rule("contempt", "{YOU_BE} {ADV_}(?:such )?{INSULT}", {
    unlessAfter: "^ (?:like|to me|but|when|then|at the time|back then|compared|of|in)\\b",
  }),
  rule(
    "contempt",
    "you {GAP_}(?:idiot|moron|loser|jerk|fool|clown|bitch|bastard|asshole|dumbass|psycho|freak|pig|creep|liar|cheater|coward|baby|child|imbecile|snake|rat|leech|parasite|narcissist|hypocrite)\\b",
    { unlessBefore: "\\b(?:are|were|thank|love|miss|adore)\\b(?: \\S+)? $" },
  ),
  rule(
    "contempt",
    "(?:what an?|(?<!(?:you're|you are|youre|you were|ur|you've been|being|be) )such an?) {GAP_}(?:idiot|moron|loser|jerk|joke|fool|clown|baby|child|disappointment|embarrassment|waste|loser|hypocrite|crybaby|piece of work|drama queen)",
  ),
  rule("contempt", "(?:oh,? )?(?:poor|poor little) (?:you|baby|thing|victim|little (?:you|thing|baby))"),
  rule("contempt", "boo[- ]?hoo"),
  rule("contempt", "cry me a river"),
  rule("contempt", "(?:real|very|so|how|super) mature"),
  rule("contempt", "(?:^|(?<=[.!?,;:\\n]\\s*))grow up"),
  rule("contempt", "get a (?:life|grip on yourself)"),
  rule("contempt", "get over yourself"),
  rule("contempt", "give me a break"),
  rule("contempt", "(?:yeah|yea|ya),? right"),
  rule("contempt", "(?:^|(?<=[.!?,;:\\n]\\s*))oh,? please(?=\\s*[.!,]|$)"),
  rule("contempt", "whatever you say"),
  // "After so big a shock" speaks of their pain; only the exclamation mocks.
  rule("contempt", "(?:what a|big|huge|real) (?:surprise|shock|shocker)", {
    unlessBefore: "\\b(?:so|such|after)\\s*$",
  }),
  rule("contempt", "(?:surprise|shocker),? surprise"),
  rule(
    "contempt",
    "of course you (?:did|would|forgot|didn't|did not|were|are|can't|don't|do|'d|had to)(?=\\s*[.!,]|$| again)",
  ),
  rule("contempt", "(?:^|(?<=[.!?,;:\\n]\\s*))sure you (?:did|were|are|will|do|didn't|would|can|have)\\b"),
  rule(
    "contempt",
    "(?:good|great|nice|brilliant) (?:job|going|work|one|move)(?:,)? (?:genius|einstein|ruining|wrecking|breaking|forgetting|screwing|messing|as usual|again)",
  ),
  rule("contempt", "way to go(?:,)? (?:genius|again|as usual|ruining|wrecking)"),
  rule(
    "contempt",
    "thanks (?:for nothing|a lot(?:\\s*[.!]|$| for (?:nothing|ruining|that|wrecking|embarrassing|making me)))",
  ),
  rule(
    "contempt",
    "thanks for (?:ruining|wrecking|embarrassing|humiliating|making me look|letting me down|nothing|lying|ignoring)",
  ),
  rule(
    "contempt",
    "congratulations(?:,)? you(?:'ve| have)? (?:ruined|managed|done|really|finally|officially|outdone)",
  ),
  rule("contempt", "you (?:disgust|sicken|repulse|revolt) me"),
  rule("contempt", "you make me (?:sick|want to (?:throw up|puke|vomit))"),
  rule(
    "contempt",
    "i can't (?:stand|even look at|bear|stomach) (?:you|to look at you|the sight of you|being around you|your face)",
  ),
  rule(
    "contempt",
    "(?:i'm|i am) (?:ashamed|embarrassed|disgusted) (?:of you|to be (?:with|married to|seen with|related to) you|by you)",
  ),
  rule("contempt", "who do you think you are"),
  rule(
    "contempt",
    "how (?:stupid|dumb|pathetic|dense|naive|clueless|blind|thick) (?:can|could|are|were|do) you",
  ),
  rule(
    "contempt",
    "are you (?:stupid|dumb|an idiot|kidding me|serious right now|deaf|blind|insane|that stupid|that dense|thick)",
  ),
  rule("contempt", "do you (?:even )?(?:have a brain|think at all|ever think|have any idea how stupid)"),
  rule(
    "contempt",
    "(?:\\*\\s*)?(?:eye ?roll|rolls (?:my |her |his )?eyes|rolling my eyes|rolling eyes)(?:\\s*\\*)?",
  ),
  rule("contempt", "🙄"),
  rule("contempt", "shut (?:up|your mouth)"),
  rule(
    "contempt",
    "(?:don't be|stop being) (?:so )?(?:stupid|an idiot|a moron|dense|dumb|a baby|a child|pathetic)",
  ),
  rule("contempt", "only (?:an idiot|a moron|a fool|an imbecile|someone stupid|a loser|a child) would"),
  rule("contempt", "even a (?:child|kid|five[- ]year[- ]old|toddler|monkey|dog) (?:could|would|knows|can)"),
  rule("contempt", "(?:i'm|i am) (?:so much |way |far )?(?:better|smarter) than (?:you|this)"),
  rule("contempt", "you(?:'ll| will) never (?:amount|be) (?:to )?(?:anything|enough|good enough|worth)"),
  rule("contempt", "(?:you're|you are) (?:a )?(?:sad|poor|pathetic|sorry) excuse (?:for|of) a"),
  rule("contempt", "(?:your|his|her|my|this|the) so[- ]called"),
  rule("contempt", '(?:your|you were|you\'re|you are) "[^"\\n]{1,25}"'),
  rule("contempt", "i feel sorry for you"),
  rule(
    "contempt",
    "(?:lol|lmao|haha|hah)(?:,|\\.|!)? (?:you|okay|ok|sure|right|whatever|good luck|nice try)",
    // A laugh before agreeing or making plans is warmth: "haha ok fair", "lol ok see you at 7".
    {
      unlessNear:
        "^\\S+ \\S+,? (?:fair|see (?:you|u)|sounds good|cool|thanks|thx|ty|love (?:you|u)|np|no worries|i (?:deserved|get it|will|'ll))",
    },
  ),
  rule("contempt", "nice try"),
  rule(
    "contempt",
    "(?:^|(?<=[.!?\\n]\\s*))(?:oh,? )?(?:great|wonderful|perfect|fantastic|brilliant|lovely|terrific)[,!.] (?:another|just what|thanks|now|so|that's|you)",
  ),
  rule("contempt", "look who(?:'s| is| finally| decided| has)"),
  rule(
    "contempt",
    "what an? (?:[\\w']+ )?(?:excuse|liar|coward|loser|hypocrite|mess|disappointment)(?=\\s*[.!?]|$)",
  ),
  rule(
    "contempt",
    "(?:with )?the drama(?=\\s*[.!?]|$)|drama queen|spare me the (?:drama|theatrics|tears|lecture|sob story|act)|cut the (?:drama|act|crap)",
  ),
  rule("contempt", "(?:^|(?<=[.!?\\n]\\s*))(?:ha|haha|hah|lol|lmao|pfft|psh)[.!]"),
  rule("contempt", "(?:that's|how|real|so) (?:cute|adorable|precious|hilarious|original)(?=\\s*[.!?]|$)"),
  rule(
    "contempt",
    "(?:^|(?<=[.!?\\n]\\s*))(?:pathetic|unbelievable|laughable|embarrassing|priceless|disgusting|typical|classic)(?=\\s*[.!?]|$)",
  ),
  rule("contempt", "you call (?:that|this) an? (?:apology|effort|answer|explanation|\\w+)"),
  rule(
    "contempt",
    "(?:aw+|aww+)[,.]? (?:is|are|did|does|poor|the)|(?:big|little|poor) (?:baby|crybaby)|crybaby",
  ),
  rule("contempt", "(?:^|(?<=[.!?\\n]\\s*))(?:oh |yeah )?sure,? (?:because|like|as if|whatever|you)\\b"),
  rule(
    "contempt",
    "because you're (?:so|soo+|such an?|always so) (?:perfect|innocent|smart|great|wonderful|amazing|reliable|honest|mature|saint|angel)",
  ),
  rule("contempt", "play(?:ing)? the (?:victim|martyr|saint)|(?:^|(?<=[.!?\\n]\\s*))look at you,"),
  rule("contempt", "(?:^|(?<=[.!?,;:\\n]\\s*))typical(?: you| \\w+)?(?=\\s*[.!]|$)"),
  rule("contempt", "(?:what a|such a) {GAP_}(?:joke|mess|waste of (?:time|space))"),
  rule("contempt", "(?:you|u) (?:are|'re) (?:nothing|no one|nobody)(?: without me)?(?=\\s*[.!,]|$| without)"),
  rule("contempt", "(?:excuse me|sorry),? (?:your )?(?:majesty|highness|princess|prince)"),
  rule("contempt", "(?:oh|wow|gee),? (?:i'm|i am) so (?:sorry|scared|impressed|hurt)"),
  rule("contempt", "(?:wow|oh wow|well done|bravo|congrats)(?:,|\\.|!) (?:you|another|so|really|just)"),
];
