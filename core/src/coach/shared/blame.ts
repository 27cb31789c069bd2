import { type Rule, rule } from "../engine.ts";

/** Blame moved onto the other person, and dismissal of their reaction: the same in both analyzers. */

/** First-person actions whose cause gets pinned on the other person with "because you…". */
const ownActs =
  "(?:did|do|lied|lie|cheated|cheat|yelled|yell|snapped|snap|went|looked|look|texted|hid|hide|said|say|drank|drink|left|leave|kept|strayed|screamed|lost|flirted|flirt|acted|act|reacted|react|stayed|spent|checked|check|read|called|turned|sought|needed|had to|felt i had to|blew up|shut down|shut you out|shouted|cursed|stopped|ignored|ignore|forgot|hit|broke|slept|go|talk|talked|lash out|lashed out|withdrew|pulled away|gave up|started|cheat|stray|raised|raise|slammed|threw|stormed|walked|deleted|blocked|snooped|searched|hung up|swore|pushed|grabbed|got (?:angry|mad|upset|defensive)|lost my temper|lost it)";

const blameShift: Rule<"blame_shift">[] = [
  rule(
    "blame_shift",
    "you {GAP_}(?:made|make|forced|force|drove|drive|pushed|push|provoked|provoke|pressured|led|lead|caused) me (?:to |into )?(?:(?<=into\\s+)\\w+ing|do|lie|cheat|act|say|react|snap|yell|scream|lose|go|hit|turn|look|this|it|that|behave|respond|shout|swear|drink|leave|hide|keep|stray|look elsewhere|feel like i (?:had|needed|have|need) to|crazy|{ADV_}(?:angry|mad|furious|jealous|insecure|suspicious))",
  ),
  rule(
    "blame_shift",
    "(?:it's|it is|it was|this is|that's|that is|this was|that was|everything is|everything's|all of this is|this whole thing is|half of this is)(?: all| entirely| completely| totally| partly| half| also| just as much| at least partly| really)? (?:your|partly your|half your) (?:own )?fault",
  ),
  rule(
    "blame_shift",
    "because of you(?! (?:i'm|i am|i feel|i've|i have|we|i) (?:{ADV_})?(?:happier|better|a better|stronger|alive|grateful|hopeful|learned|grown|smiling|safe))",
    {
      unlessAfter: "^ (?:i (?:smile|laugh|believe|know|trust|feel (?:safe|loved|better|happy)))",
    },
  ),
  rule(
    "blame_shift",
    "you (?:started|began|caused|provoked|instigated) (?:it|this|the (?:fight|argument|whole thing)|all of (?:this|it)|that|everything)",
  ),
  rule("blame_shift", "you (?:brought|bring|brought all of) (?:this|it|that) on (?:yourself|us)"),
  rule("blame_shift", "you asked for (?:it|this|that)"),
  rule("blame_shift", "look (?:at )?what you (?:made|make) me"),
  rule("blame_shift", "you (?:left|give|gave|leave) me no (?:choice|option|other choice|alternative)"),
  rule(
    "blame_shift",
    "(?:you're|you are|you were) the (?:reason|cause|one to blame)(?: (?:i|we|this|that|for|why))?",
  ),
  rule(
    "blame_shift",
    "(?<hit>(?:had you|were you|if (?:only )?you(?:'d| had(?:n't| not)?| would(?:'ve| have)?| did(?:n't| not)?| were(?:n't| not)?| just| only| actually| ever| paid| gave| spent| listened| cared| showed| bothered| treated| looked| wouldn't| weren't| didn't| hadn't| hadnt| didnt| werent| checked| read| answered| asked| told))\\b)(?:[^.!?\\n]{0,80}?)\\b(?:i (?:wouldn't|would not|'d never|would never|never would|would've never|wouldn't have|might not|never|would not have|'d not|wouldn't of)|i'd have never|this (?:wouldn't|would never|would not|never would)|none of this|(?:it|we|things|they|she|he) (?:wouldn't|would not|would never|never would|'d never)|you(?:'d| would)(?:'ve| have) (?:known|seen|understood|realized|realised|noticed|heard)|i(?:'d| would)(?:'ve| have)? (?:remember|have|know|be|come|call|stay|tell|listen|do|care))",
    { negatable: false },
  ),
  rule(
    "blame_shift",
    "i (?:wouldn't|would not|never would|'d never|would never|wouldn't even)(?: have)? (?:\\w+ ){0,5}?(?<hit>if you(?:'d| had| were| would| did| hadn't| weren't| didn't| wouldn't| just| only| had just| actually)\\b)",
    { negatable: false },
  ),
  rule(
    "blame_shift",
    `i (?:only |just |probably |really |even )?{GAP_}${ownActs}\\b[^.!?\\n]{0,60}?(?<!\\bnot )(?<hit>because (?:you|of you|of how you|of the way you|of what you|your|you're|you've|you'd|u))`,
    { negatable: false, unlessAfter: "^ (?:deserved|deserve|were right|are right)\\b" },
  ),
  rule(
    "blame_shift",
    "(?:what|how) (?:did|do|else did|else do|were|was|the hell did) you expect(?: me to do| from me| would happen)?",
  ),
  rule(
    "blame_shift",
    "(?:she|he|they|my \\w+|the \\w+|someone|somebody|your \\w+|her \\w+|his \\w+) {GAP_}(?:came on to me|came onto me|hit on me|threw (?:herself|himself|themselves) at me|made me|pushed me|pressured me|talked me into|seduced me|convinced me|got me drunk|started (?:it|the (?:argument|fight|whole thing|drama)|this|all (?:of )?this)|kissed me first|made the first move|initiated|kept (?:texting|messaging|calling|pushing|flirting|asking)|egged me on|put me up to|dared me|goaded me|tempted me|led me on|wound me up)",
    { unlessAfter: "^ (?:feel|laugh|smile|happy|realize)" },
  ),
  rule(
    "blame_shift",
    "(?:you're|you are|you were) (?:also|just as|equally|partly|partially|at least partly|as much|every bit as) (?:to blame|responsible|at fault|guilty)",
  ),
  rule(
    "blame_shift",
    "you (?:played|had|have) (?:a|your|some|a big|a huge) (?:part|role|hand) in (?:this|it|that|what happened)",
  ),
  rule("blame_shift", "it takes two"),
  rule(
    "blame_shift",
    "(?:that's|that is|it's|it is|this is) (?:on you|your (?:problem|issue))|(?:sounds like )?a you problem",
  ),
  rule(
    "blame_shift",
    "(?:he's|she's|they're|he is|she is|they are|he was|she was|they were) the one (?:who|that)",
  ),
  rule(
    "blame_shift",
    "(?:you're|you are) the (?:problem|issue)|the (?:real )?(?:problem|issue) (?:is|here is) you\\b(?! (?:are|were)\\b)|(?<=not the problem[^.!?]{0,15}?,? (?:it's )?)(?<hit>you(?: are)?)(?=\\s*[.!]|$)",
  ),
  rule(
    "blame_shift",
    "thanks to you(?!,? (?:i'm|i am|i feel|we|i've) (?:{ADV_})?(?:better|happier|stronger|safe|okay|ok|grateful))",
  ),
  rule("blame_shift", "(?:i was|i got|i've been|i felt) (?:provoked|pushed (?:to|into|over)|driven to)"),
];

const invalidation: Rule<"invalidation">[] = [
  rule(
    "invalidation",
    "you (?:need|have|got|gotta|better|should|must|ought) (?:to )?(?:just )?(?:calm down|relax|chill(?: out)?|settle down|get a grip|toughen up|lighten up|stop overreacting)",
  ),
  rule(
    "invalidation",
    "(?:you're|you are|youre|ur|you were|you've been|are you|were you|you always are|you're always|you are always|you sound|you seem|you're acting|you are acting|you're just|you are just|you're getting|you are getting|you get) {ADV_}{OVERREACT}",
    {
      unlessBefore:
        "\\b(?:made you (?:feel|think|believe)|feel like|felt like|told you|called you|like|as if)\\b(?: [^\\s,;:]+){0,2} $",
    },
  ),
  rule(
    "invalidation",
    "(?:you're|you are|you were) wrong to (?:be|feel|get) (?:so )?(?:upset|angry|hurt|mad|jealous|worried|scared|suspicious|that way)",
  ),
  rule(
    "invalidation",
    "you {ADV_}(?:overreacted|over-reacted|exaggerated|blew (?:it|this|that|things|everything) (?:way )?out of proportion|took (?:it|this|that|things) (?:too |so )?personally|made (?:a big deal|a scene|a fuss) (?:out of|over|about))",
  ),
  rule(
    "invalidation",
    "you {ADV_}(?:overreact|over-react|exaggerate|overthink|catastrophi[sz]e|take (?:things|everything|it|this|that) (?:too |so |way too )?(?:personally|the wrong way|seriously|hard)|blow (?:things|it|this|that|everything) {ADV_}out of proportion|blow (?:things|it|this|that|everything) up|turn (?:everything|this|it|that|things) into (?:a )?(?:drama|crisis|big deal|whole thing|catastrophe)|make (?:everything|every little thing) (?:a|into a) (?:drama|crisis|big deal|catastrophe)|make (?:a big deal|such a big deal|a mountain|too much|a scene|a fuss|everything into)|read (?:too much|way too much|so much) into|imagine things|make (?:things|stuff|this) up|get (?:so )?(?:worked up|hysterical|dramatic|emotional) over)",
  ),
  rule(
    "invalidation",
    "(?<!\\bto\\s)(?<!\\b(?:i|we|let me|help me|let's|let us|i'll|we'll|i can|we can|i'm|i am)\\s)(?:calm down|settle down|get a grip|toughen up|man up|lighten up|grow a (?:thicker )?(?:skin|pair)|(?:stop|quit) (?:crying|whining|complaining|overreacting|overthinking|exaggerating|obsessing|stressing|sulking|pouting|being (?:so |such an? |a |an )?{GAP_}(?:dramatic|emotional|sensitive|crazy|paranoid|hysterical|jealous|insecure|ridiculous|baby|child|drama queen|needy|clingy|petty|touchy|irrational|unreasonable|difficult|crybaby)|making (?:such |a )?(?:a )?(?:big deal|fuss|scene))|quit (?:whining|complaining|crying|sulking)|don't be (?:so |such a )?(?:dramatic|sensitive|silly|ridiculous|emotional|crazy|paranoid|hysterical|jealous|insecure|a baby|a child|like that|petty|touchy|childish|stupid|irrational|unreasonable|a drama queen))",
  ),
  rule("invalidation", "(?:(?<=^|[.!?,;:\\n]\\s*)(?:oh )?(?:just |please |)(?:relax|chill(?: out)?))"),
  rule(
    "invalidation",
    "you (?:shouldn't|should not|don't need to|do not need to|have no reason to|have no right to|don't have any right to|don't get to|do not get to|can't|cannot|got no reason to) (?:be|feel|get) (?:so |that |this |all )?(?:upset|angry|hurt|mad|sad|jealous|worked up|emotional|bothered|offended|like that|that way|this way|insecure|scared|worried|suspicious)",
    { negatable: false },
  ),
  rule(
    "invalidation",
    "there(?:'s| is) (?:really |absolutely |honestly |seriously |just )?no (?:reason|need|cause|point) (?:for you )?to (?:cry|freak out|panic|make a (?:fuss|scene|big deal)|(?:be|feel|get) (?:so |that )?(?:upset|angry|mad|hurt|jealous|worked up|emotional|bothered|offended|like that|that way|this way|sad|scared|worried|suspicious|insecure))",
    { negatable: false },
  ),
  rule(
    "invalidation",
    "(?:it's|it is|that's|that is|this is|it's all|that's all|this is all|it was all) (?:all |just )?in your (?:head|mind|imagination)",
  ),
  rule(
    "invalidation",
    "(?:i don't|i do not|i can't|i cannot|i really don't) (?:understand|see|get|know) why you(?:'re| are| were| would| even| still| keep| get| got| always)? (?:so |this |that |even |still |getting so |making such |making a |acting so |being so |always )(?:upset|angry|mad|worked up|bothered|hurt|sensitive|dramatic|emotional|big deal|fuss|jealous|insecure|paranoid|hung up)",
    { negatable: false },
  ),
  rule(
    "invalidation",
    "why (?:are|were) you (?:always |even |still )?(?:so |getting so |being so |this |that )(?:upset|angry|mad|worked up|bothered|sensitive|dramatic|emotional|hung up|obsessed|bent out of shape|jealous|insecure|paranoid|touchy|uptight)",
  ),
  rule(
    "invalidation",
    "(?:are|were) you (?:seriously |really |honestly )?still (?:upset|mad|angry|on|hung up|harping|going on|crying|sulking|stuck) (?:about|over|on) (?:that|this|it)",
  ),
  rule("invalidation", "(?:can't|cannot|can you not) (?:you )?take a joke"),
  rule(
    "invalidation",
    "(?:you're|you are) (?:acting|talking|behaving|carrying on|treating me) (?:like|as if) (?:i|this|it)\\b",
  ),
  rule("invalidation", "(?:you're|you are) making (?:it|this|that|me|things) out to be"),
  rule(
    "invalidation",
    "(?:upset|worked up|mad|angry|crying|fighting|freaking out|stressing|fussing) (?:over|about) nothing",
  ),
  rule(
    "invalidation",
    "(?:you're|you are) (?:just )?looking for (?:a reason|an excuse|something|reasons) to (?:be|get|stay) (?:mad|angry|upset|offended|hurt)",
  ),
  rule(
    "invalidation",
    "(?:you're|you are) (?:seriously |really |honestly |actually )?still (?:upset|mad|angry|on about|hung up|crying|going on|harping|sulking|bothered|stuck) (?:about|over|on) (?:that|this|it)",
  ),
  rule("invalidation", "learn to take a joke"),
  rule(
    "invalidation",
    "(?:other|most|normal|real) (?:people|couples|women|men|wives|husbands|partners) (?:would|wouldn't|would not|don't|do not|get over|deal with|have it (?:much |way )?worse|manage|cope|move on|wouldn't care)",
  ),
  rule(
    "invalidation",
    "your (?:feelings|reaction|anger|fear|jealousy|hurt) (?:is|are|was|were) (?:wrong|not valid|invalid|ridiculous|irrational|stupid|not my problem|unreasonable|over the top|out of proportion|too much)",
  ),
  rule(
    "invalidation",
    "(?:you're|you are) (?:remembering|recalling) (?:it |this |that |things |everything )?wrong",
  ),
  rule(
    "invalidation",
    "(?:you're|you are|you) (?:twisting|making up|inventing) (?:the )?(?:facts|the story|history|what happened)",
  ),
  rule("invalidation", "(?:you'll|you will|you'd|you would|you) (?:get|be) over it"),
  rule(
    "invalidation",
    "(?:it's|its) not (?:worth|worth getting) (?:being |getting )?(?:this |so |that )?(?:upset|angry|mad|crying|worked up) (?:about|over)",
  ),
];

export const sharedRules = { blameShift, invalidation };
