import { type Rule, rule } from "./engine.ts";

/**
 * Shapes that both analyzers look for. Some keep their label in both ("blame_shift", "invalidation");
 * others are the same move under a different name: an excuse inside an apology is defensiveness in a
 * conversation, so those builders take the label to give.
 */

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
  rule("blame_shift", "because of you(?! (?:i'm|i am|i feel|i've|i have|we|i) (?:{ADV_})?(?:happier|better|a better|stronger|alive|grateful|hopeful|learned|grown|smiling|safe))", {
    unlessAfter: "^ (?:i (?:smile|laugh|believe|know|trust|feel (?:safe|loved|better|happy)))",
  }),
  rule("blame_shift", "you (?:started|began|caused|provoked|instigated) (?:it|this|the (?:fight|argument|whole thing)|all of (?:this|it)|that|everything)"),
  rule("blame_shift", "you (?:brought|bring|brought all of) (?:this|it|that) on (?:yourself|us)"),
  rule("blame_shift", "you asked for (?:it|this|that)"),
  rule("blame_shift", "look (?:at )?what you (?:made|make) me"),
  rule("blame_shift", "you (?:left|give|gave|leave) me no (?:choice|option|other choice|alternative)"),
  rule("blame_shift", "(?:you're|you are|you were) the (?:reason|cause|one to blame)(?: (?:i|we|this|that|for|why))?"),
  rule(
    "blame_shift",
    "(?<hit>(?:had you|were you|if (?:only )?you(?:'d| had(?:n't| not)?| would(?:'ve| have)?| did(?:n't| not)?| were(?:n't| not)?| just| only| actually| ever| paid| gave| spent| listened| cared| showed| bothered| treated| looked| wouldn't| weren't| didn't| hadn't| hadnt| didnt| werent| checked| read| answered| asked| told))\\b)(?:[^.!?\\n]{0,80}?)\\b(?:i (?:wouldn't|would not|'d never|would never|never would|would've never|wouldn't have|might not|never|would not have|'d not|wouldn't of)|i'd have never|this (?:wouldn't|would never|would not|never would)|none of this|it (?:wouldn't|would never|never would)|you(?:'d| would)(?:'ve| have) (?:known|seen|understood|realized|realised|noticed|heard)|i(?:'d| would)(?:'ve| have)? (?:remember|have|know|be|come|call|stay|tell|listen|do|care))",
    { negatable: false },
  ),
  rule(
    "blame_shift",
    "i (?:wouldn't|would not|never would|'d never|would never|wouldn't even)(?: have)? (?:\\w+ ){0,5}?(?<hit>if you(?:'d| had| were| would| did| hadn't| weren't| didn't| wouldn't| just| only| had just| actually)\\b)",
    { negatable: false },
  ),
  rule(
    "blame_shift",
    `i (?:only |just |probably |really |even )?{GAP_}${ownActs}\\b[^.!?\\n]{0,60}?(?<hit>because (?:you|of you|of how you|of the way you|of what you|your|you're|you've|you'd|u))`,
    { negatable: false, unlessAfter: "^ (?:deserved|deserve|were right|are right)\\b" },
  ),
  rule("blame_shift", "(?:what|how) (?:did|do|else did|else do|were|was|the hell did) you expect(?: me to do| from me| would happen)?"),
  rule(
    "blame_shift",
    "(?:she|he|they|my \\w+|the \\w+|someone|somebody|your \\w+|her \\w+|his \\w+) {GAP_}(?:came on to me|came onto me|hit on me|threw (?:herself|himself|themselves) at me|made me|pushed me|pressured me|talked me into|seduced me|convinced me|got me drunk|started (?:it|the (?:argument|fight|whole thing|drama)|this|all (?:of )?this)|kissed me first|made the first move|initiated|kept (?:texting|messaging|calling|pushing|flirting|asking))",
    { unlessAfter: "^ (?:feel|laugh|smile|happy|realize)" },
  ),
  rule("blame_shift", "(?:you're|you are|you were) (?:also|just as|equally|partly|partially|at least partly|as much|every bit as) (?:to blame|responsible|at fault|guilty)"),
  rule("blame_shift", "you (?:played|had|have) (?:a|your|some|a big|a huge) (?:part|role|hand) in (?:this|it|that|what happened)"),
  rule("blame_shift", "it takes two"),
  rule("blame_shift", "thanks to you(?!,? (?:i'm|i am|i feel|we|i've) (?:{ADV_})?(?:better|happier|stronger|safe|okay|ok|grateful))"),
  rule("blame_shift", "(?:i was|i got|i've been|i felt) (?:provoked|pushed (?:to|into|over)|driven to)"),
];

const invalidation: Rule<"invalidation">[] = [
  rule(
    "invalidation",
    "(?:you're|you are|youre|ur|you were|you've been|are you|were you|you always are|you're always|you are always|you sound|you seem|you're acting|you are acting|you're just|you are just|you're getting|you are getting|you get) {ADV_}{OVERREACT}",
    { unlessBefore: "\\b(?:made you (?:feel|think|believe)|feel like|felt like|told you|called you|like|as if)\\b(?: [^\\s,;:]+){0,2} $" },
  ),
  rule("invalidation", "(?:you're|you are|you were) wrong to (?:be|feel|get) (?:so )?(?:upset|angry|hurt|mad|jealous|worried|scared|suspicious|that way)"),
  rule(
    "invalidation",
    "you {ADV_}(?:overreacted|over-reacted|exaggerated|blew (?:it|this|that|things|everything) (?:way )?out of proportion|took (?:it|this|that|things) (?:too |so )?personally|made (?:a big deal|a scene|a fuss) (?:out of|over|about))",
  ),
  rule(
    "invalidation",
    "you {ADV_}(?:overreact|over-react|exaggerate|overthink|catastrophi[sz]e|take (?:things|everything|it|this|that) (?:too |so |way too )?(?:personally|the wrong way|seriously|hard)|blow (?:things|it|this|that|everything) (?:way )?out of proportion|blow (?:things|it|this|that|everything) up|turn (?:everything|this|it|that|things) into (?:a )?(?:drama|crisis|big deal|whole thing|catastrophe)|make (?:everything|every little thing) (?:a|into a) (?:drama|crisis|big deal|catastrophe)|make (?:a big deal|such a big deal|a mountain|too much|a scene|a fuss|everything into)|read (?:too much|way too much|so much) into|imagine things|make (?:things|stuff|this) up|get (?:so )?(?:worked up|hysterical|dramatic|emotional) over)",
  ),
  rule(
    "invalidation",
    "(?:calm down|settle down|get a grip|toughen up|man up|lighten up|grow a (?:thicker )?(?:skin|pair)|stop (?:crying|whining|complaining|overreacting|sulking|pouting|being (?:so |such an? |a |an )?{GAP_}(?:dramatic|emotional|sensitive|crazy|paranoid|hysterical|jealous|insecure|ridiculous|baby|child|drama queen|needy|clingy|petty|touchy|irrational|unreasonable|difficult|crybaby)|making (?:such |a )?(?:a )?(?:big deal|fuss|scene))|quit (?:whining|complaining|crying|sulking)|don't be (?:so |such a )?(?:dramatic|sensitive|silly|ridiculous|emotional|crazy|paranoid|hysterical|jealous|insecure|a baby|a child|like that|petty|touchy|childish|stupid|irrational|unreasonable|a drama queen))",
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
  rule("invalidation", "(?:it's|it is|that's|that is|this is|it's all|that's all|this is all|it was all) (?:all |just )?in your (?:head|mind|imagination)"),
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
  rule("invalidation", "(?:upset|worked up|mad|angry|crying|fighting|freaking out|stressing|fussing) (?:over|about) nothing"),
  rule("invalidation", "(?:you're|you are) (?:just )?looking for (?:a reason|an excuse|something|reasons) to (?:be|get|stay) (?:mad|angry|upset|offended|hurt)"),
  rule(
    "invalidation",
    "(?:you're|you are) (?:seriously |really |honestly |actually )?still (?:upset|mad|angry|on about|hung up|crying|going on|harping|sulking|bothered|stuck) (?:about|over|on) (?:that|this|it)",
  ),
  rule("invalidation", "learn to take a joke"),
  rule(
    "invalidation",
    "(?:other|most|normal|real) (?:people|couples|women|men|wives|husbands|partners) (?:would|wouldn't|would not|don't|do not|get over|deal with|have it (?:much |way )?worse|manage|cope|move on|wouldn't care)",
  ),
  rule("invalidation", "your (?:feelings|reaction|anger|fear|jealousy|hurt) (?:is|are|was|were) (?:wrong|not valid|invalid|ridiculous|irrational|stupid|not my problem|unreasonable|over the top|out of proportion|too much)"),
  rule("invalidation", "(?:you're|you are) (?:remembering|recalling) (?:it |this |that |things |everything )?wrong"),
  rule("invalidation", "(?:you're|you are|you) (?:twisting|making up|inventing) (?:the )?(?:facts|the story|history|what happened)"),
  rule("invalidation", "(?:you'll|you will|you'd|you would|you) (?:get|be) over it"),
  rule("invalidation", "(?:it's|its) not (?:worth|worth getting) (?:being )?(?:upset|angry|mad|crying|worked up) (?:about|over)"),
];

export const sharedRules = { blameShift, invalidation };

/** Circumstances offered to justify the act ("I was drunk", "I had no choice"). */
export function excuseShapes<L extends string>(label: L): Rule<L>[] {
  return [
    rule(
      label,
      "(?:i was|i'd been|i had been|i've been|i have been|i got) {ADV_}(?:drunk|drinking|high|wasted|tipsy|hammered|stoned|buzzed|under the influence|not (?:thinking|myself|in my right mind|in a good place|thinking straight|thinking clearly)|out of my (?:mind|head)|half asleep|exhausted|stressed(?: out)?|so stressed|tired|busy|overwhelmed|swamped|slammed|burned out|burnt out|under (?:a lot of|so much|a ton of|huge|enormous|massive) (?:stress|pressure)|going through (?:a lot|so much|stuff|things|a hard time|a rough patch|a tough time|some stuff|hell)|having a (?:bad|rough|hard|terrible|horrible|awful|long|stressful) (?:day|week|month|year|time)|in a (?:bad|dark|rough|weird|terrible) (?:place|mood|headspace|spot)|hungry|hangry|bored|not feeling (?:well|myself)|sleep deprived)",
    ),
    rule(label, "i (?:had|have|had literally|really had|honestly had) no (?:choice|option|other (?:choice|option)|alternative)"),
    rule(label, "what (?:else )?(?:was|am) i (?:supposed|meant) to do"),
    rule(label, "what (?:else )?could i (?:have )?(?:do|done)"),
    rule(label, "i (?:couldn't|could not|can't|cannot|just couldn't) help (?:it|myself|the way i|how i)", { negatable: false }),
    rule(label, "(?:it|things|that|this|stuff) (?:just|kind of just|sort of just|simply) happened"),
    rule(label, "(?:it|things|everything|stuff|that|this) (?:just |kind of |sort of )?(?:got out of hand|got out of control|spiral(?:l)?ed|escalated|got away from me|went too far|snowballed)"),
    rule(
      label,
      "(?:anyone|anybody|everyone|everybody|any (?:man|woman|guy|girl|person|normal person|sane person|husband|wife)|most people|you) (?:else )?(?:in my (?:shoes|position|place|situation) )?(?:would|would've|would have|'d have|might have|could have) {GAP_}(?:done|do|reacted|acted|did|snapped|lied|cheated|said) (?:the same|it|that|what i did|the exact same|exactly what i did)",
    ),
    rule(label, "(?:everybody|everyone|all (?:guys|men|women|people|couples)|lots of people|half the people|most people) (?:does|do|did|lie|lies|cheat|cheats|flirt|flirts|drinks|texts|looks|has done)\\b(?! (?:not|n't)\\b)"),
    rule(label, "i (?:only|just) (?:\\w+ ){0,3}?(?:did|said|lied|went|looked|texted|had|kept|hid|took|spent|told|yelled|snapped|left)\\b[^.!?\\n]{0,40}?because"),
    rule(
      label,
      "(?:it's|it is|it was|that's|that was|this is|this was|none of (?:this|it) (?:is|was))(?: not| n't|n't) (?:really |entirely |all |completely |totally |even |fully |just |only |100% )?(?:my fault|on me)",
      { unlessAfter: "^\\s*(?:alone|,? (?:it's|it is|it was) (?:all )?(?:mine|my fault))" },
    ),
    rule(label, "(?:it's|it isn't|it wasn't|it is) (?:not )?(?:all|entirely|completely|only|just|100%) (?:my fault|on me)"),
    rule(label, "(?:^|(?<=[.!?\\n]\\s*))not (?:really |entirely |all |totally )?my fault", { negatable: false }),
    rule(label, "(?:that's|this is|it's|that is) (?:just )?(?:how|who|the way) i (?:am|was raised|'m wired|am wired|grew up|was brought up|deal with (?:things|stress|it)|handle (?:things|stress|it)|cope)"),
    rule(label, "i was (?:raised|brought up) (?:that way|like that|this way|to)"),
    rule(label, "i can't change who i am"),
    rule(label, "you know how i (?:get|am|react|feel about)"),
    rule(label, "you knew (?:who|what|how) i (?:was|am|were)"),
    rule(
      label,
      "(?:the|my) (?:alcohol|drink|drinks|drinking|booze|beer|wine|pills|meds|medication|stress|job|boss|work|depression|anxiety|adhd|past|childhood|ex|upbringing|hormones|temper) (?:made|makes|got|gets|caused|causes|pushed|drove|was to blame|is to blame|took over)",
    ),
    rule(label, "in my defen[cs]e"),
    rule(label, "(?:it|that) was the (?:wine|alcohol|beer|drink|drinks|booze|pills|meds|stress|anger|exhaustion|whisky|whiskey|vodka) talking"),
    rule(label, "(?:running on|had|got) (?:no|little|zero|barely any|[\\w']+ hours? of) sleep"),
    rule(label, "(?:there was|there's|i had|i saw|i could see) no other (?:way|option|choice)"),
    rule(label, "i had to (?:lie|do it|do that|hide it|keep it|say something|get out)"),
    rule(label, "i (?:didn't|did not|never) mean (?:it|that|anything)(?: (?:like that|that way|the way you (?:took|heard|think)|by it|bad|badly|personally))"),
    rule(label, "(?:how|so|too) (?:stressed|tired|exhausted|drunk|busy|overwhelmed|under pressure|stressed out) i (?:was|am|'ve been|had been|got)"),
    rule(label, "i had (?:my|good|a good|a) reasons?(?! to (?:be|feel) (?:sorry|ashamed))"),
    rule(label, "i was (?:going to|gonna|about to|planning to|meaning to|always going to) tell you"),
    rule(
      label,
      "i was (?:only|just|simply) (?:trying to (?:help|protect|be nice|keep the peace|be honest|have fun|be helpful|look out|make)|being (?:honest|friendly|nice|polite|myself|helpful|social|supportive)|doing my job|following|looking out|helping)",
    ),
    rule(label, "(?:i'm|i am) (?:only|just) human"),
    rule(label, "(?:everyone|everybody|we all|we were all|they were all) (?:was |were )?(?:joking|drinking|laughing|doing it|flirting|messing around|kidding|teasing)"),
    rule(label, "something (?:came up|happened at work|urgent came up)"),
    rule(
      label,
      "(?:work|my job|my boss|traffic|the traffic|the meeting|the kids|my phone|the train|the bus|my car) (?:kept me|held me up|ran late|ran over|died|broke down|got in the way)",
    ),
    rule(
      label,
      "(?:work|my job|my boss|traffic|the traffic|the meeting|the kids|the train|the bus) (?:got|was|has been|is|had been|went)(?: so| really| just)? (?:crazy|busy|hectic|insane|chaotic|awful|terrible|horrible|a nightmare|nuts|slammed|brutal|intense|nonstop)",
      { unlessAfter: "^\\s*(?:is no excuse|isn't an excuse|is not an excuse|doesn't excuse)" },
    ),
    rule(label, "how (?:was|am|were) i (?:supposed|meant) to know"),
    rule(label, "how (?:could|would) i (?:have )?(?:known|know)"),
    rule(
      label,
      "i didn't (?:know|realize|realise|think) (?:it|that|you|this) (?:was|would|mattered|cared|meant) (?:\\w+ ){0,3}?(?:a big deal|such a big deal|so important|that important|matter|mind|care|bother|upset)",
    ),
  ];
}

/** Making the act or its effect sound small ("it was just a kiss"). */
export function minimizingShapes<L extends string>(label: L): Rule<L>[] {
  const evaluative =
    "(?:me|my|wrong|plain|so|too|as|like|the (?:beginning|start|first|tip)|a (?:symptom|sign|part|start|beginning)|one (?:part|piece|of)|because|now|then|when|before|after|starting|selfish|cruel|careless|cowardly|thoughtless|reckless|dishonest|unfair|mean|awful|terrible|horrible|disrespectful|inexcusable|unforgivable|wrong of me|stupid of me|not|the (?:latest|last|most)|another|once again|how|what|one more)";
  return [
    rule(
      label,
      `(?:it|that|this|she|he|they|we|those|these)(?:'s| is| was| were| are|'re)(?: really| honestly| literally| seriously)? (?:just|only|merely|simply|nothing but|barely) (?!${evaluative}\\b)(?:a |an |one |some |the |two |three )?\\w+`,
      { unlessAfter: "^ (?:later|after|once i|when|because|that)\\b" },
    ),
    rule(
      label,
      "(?:we|i) (?:only|just|merely|simply|barely|never even|hardly) (?:talked|texted|kissed|flirted|had (?:a|one|lunch|coffee|drinks|a drink|dinner|sex)|met|hung out|chatted|messaged|looked|went for|danced|sent|liked|followed|exchanged|spoke|grabbed|borrowed|joked|teased|said|forgot|used|talk|text|chat|hang out|swiped|browsed|made out|hugged|held hands|touched)",
      { unlessBefore: "\\b(?:if|when)\\b(?: [^\\s,;:]+){0,3} $" },
    ),
    rule(label, "i was (?:only|just|merely) (?:joking|kidding|teasing|messing around|having (?:a )?(?:fun|laugh)|venting|blowing off steam|looking|talking|texting|being friendly|curious|playing|flirting|chatting)"),
    rule(
      label,
      "(?:it|that|this|she|he|they)(?: really| honestly| actually| truly)? (?:didn't|did not|doesn't|does not|never|won't) (?:mean|matter|amount to|change) (?:anything|a thing|much|that much)",
      { negatable: false },
    ),
    rule(label, "(?:it|that|she|he|they|this|the kiss|the texts?|the messages?) (?:meant|means) (?:nothing|absolutely nothing|so little)", { negatable: false }),
    rule(label, "(?:it|that|this)(?:'s| was| is) (?:really )?(?:nothing|harmless|innocent|meaningless|nothing serious|no biggie|nbd|totally innocent|completely innocent|completely harmless|totally harmless|not serious|not a real (?:affair|relationship|lie|thing|problem))(?! (?:compared to what you|like what you))"),
    rule(label, "nothing (?:really |actually |even |physical |serious )?(?:happened|was going on|is going on|went on|was happening|came of it)"),
    rule(label, "(?:didn't|did not|don't think i did|haven't done|never did) (?:anything|nothing) (?:that|so|too|all that) (?:bad|terrible|wrong|awful|serious|major|horrible)"),
    rule(
      label,
      "(?:a |one |some )?(?:little|small|tiny|harmless|white|minor|innocent|silly|teeny|itty bitty|insignificant) (?:white )?(?:lie|lies|fib|fibs|mistake|slip|thing|comment|joke|flirt|flirtation|kiss|crush|detail|text|texts|message|messages|secret|omission|misunderstanding|bump|hiccup)",
    ),
    rule(
      label,
      "only (?:once|twice|one time|two times|a (?:few|couple)(?: of)? (?:times|texts|messages|days|weeks|drinks|dollars|bucks)|a little|a bit|for a (?:few|couple)|a few (?:times|texts|messages|days|weeks|minutes|hundred)|the one time|happened once|a handful)",
    ),
    rule(label, "(?:it was|it's|it is|that was|that's) (?:just|only) (?:once|twice|one time|the once)"),
    rule(
      label,
      "at least i (?:didn't|did not|never|wasn't|was not|'m not|am not|haven't|have not|don't|do not|told you|came clean|admitted|stopped|was honest|didn't sleep|ended it|apologized)",
    ),
    rule(label, "(?:it's|it is|it was|it wasn't|this isn't|it isn't) not like (?:i|we|it|she|he|anything|you)"),
    rule(label, "it's not like (?:i|we|it|she|he|anything|you)"),
    rule(label, "(?:it )?could (?:have|'ve) been (?:a lot |much |way |so much |far )?worse"),
    rule(label, "(?:other|plenty of|lots of|most) (?:people|guys|men|women|husbands|wives|partners) (?:do|have done|did) (?:much |way |a lot |far )?worse"),
    rule(
      label,
      "(?:it|that|this|what we did|what i did)(?:'s| is| was)(?: not| n't|n't) (?:even |really |technically |actually )?(?:cheating|an affair|a (?:real )?lie|lying|a betrayal|a real relationship)",
    ),
    rule(label, "technically,? (?:i|it|we|nothing|that|this|she|he)"),
    rule(label, "(?:was|were|'s|is) (?:just |only |simply |all |really just )?a (?:misunderstanding|miscommunication|mix-up|bit of fun|harmless (?:\\w+))"),
    rule(label, "(?:^|,\\s*|-\\s*)(?:nothing more|nothing else|that's all|that is all)(?:,? nothing less)?(?=\\s*[.!]|$)"),
    rule(label, "(?:into|out of) something (?:it|this|that) (?:wasn't|isn't|was not|is not)"),
    rule(label, "(?:it|that)(?: was|'s| is) (?:just |only |literally )?(?:one|a single|a couple of|two|a few) (?:drink|text|kiss|time|night|lunch|coffee|message|beer|date|dance|hug|conversation|call|photo|like|comment|dollars|bucks|bets?)s?(?!\\w)"),
    rule(label, "(?:barely|hardly) (?:anything|any money|a thing|touched|talked|knew|even)"),
    rule(label, "(?:i|we) (?:didn't|did not|never) (?:even )?(?:sleep together|sleep with|have sex|do anything (?:physical|serious)|meet up|go all the way|cross (?:that|the) line)", {
      unlessBefore: "\\b(?:sorry|if)\\b(?: [^\\s,;:]+){0,3} $",
    }),
  ];
}

/** "It's not a big deal": small in an apology, dismissive of the other's reaction in a conversation. */
export function smallDealShapes<L extends string>(label: L): Rule<L>[] {
  return [
    rule(
      label,
      "(?:it's|it is|that's|that is|it was|that was|this is|this was|this isn't|it isn't|it wasn't|that isn't|that wasn't)(?: not| n't|n't)? (?:a |that |such a |so |really a |even a |that big (?:of )?a |that big a |that much of a )?(?:big|huge|serious|major|much of a|big of a) (?:of a )?deal",
    ),
    rule(label, "(?:no|not a|not such a|not that big a|not that big of a) (?:big |huge |major )?deal"),
    rule(label, "(?:it's|it is|that's|it was|that was|this is|this isn't|this wasn't)(?: really| honestly| seriously| just| actually)?(?: not| n't|n't) (?:exactly )?(?:the end of the world|that bad|that serious|as bad as (?:you|it)|a (?:crime|tragedy|catastrophe)|that important|worth (?:fighting|crying|getting upset) (?:about|over))"),
    rule(label, "what's the (?:big )?deal"),
    rule(label, "i don't see (?:what|why) (?:the|this|it's|it is|that's|the big) (?:big )?(?:deal|problem|issue)"),
    rule(label, "(?:^|(?<=[.!?,;:\\n]\\s*))so what(?:\\?|!|,|$)"),
    rule(label, "(?:nothing|no reason) to (?:be upset|cry|get upset|worry|get worked up|fight|make a fuss) (?:about|over)"),
  ];
}

/** Denying any part of it. */
export function denialShapes<L extends string>(label: L): Rule<L>[] {
  return [
    rule(
      label,
      "i (?:didn't|did not|never|haven't|have not) {GAP_}(?:do|done|did|say|said) (?:anything|nothing|a thing|that|it|any of that|what you|you were|you're|you are|that you)(?: (?:wrong|bad|to you|you're saying|you think|to deserve))?",
      { negatable: false, unlessBefore: "\\b(?:if|sorry)\\b(?: [^\\s,;:]+){0,3} $", unlessAfter: "^ (?:to (?:hurt|upset)|on purpose)" },
    ),
    rule(label, "i (?:did|have done|'ve done) nothing (?:wrong|to|bad)", { negatable: false }),
    rule(label, "(?:^|(?<=[.!?,;:\\n]\\s*))i (?:didn't|did not|never|wasn't|was not) (?:even )?(?:cheat|cheating|lie|lying|touch (?:her|him|them)|sleep with|kiss|flirt|flirting|steal|hide anything|do (?:it|that|anything)|say (?:that|it))(?=\\s*[,.!;]|$| and| with| on you| to you)", {
      negatable: false,
    }),
    rule(label, "i (?:have|'ve got|got) nothing to (?:apologi[sz]e|be sorry|feel bad|feel guilty|be ashamed|hide) (?:for|about)", {
      negatable: false,
    }),
    rule(label, "(?:that's|that is|this is|it's|it is)(?: not| n't|n't) (?:even )?(?:true|fair|what happened|how it happened|what i said|what i meant|how it went|what you think)", {
      negatable: false,
      unlessBefore: "\\b(?:i know|you're right|you are right)\\b[^.!?]*$",
    }),
    rule(label, "(?:that|it) (?:never|didn't|did not) (?:even )?happen(?:ed)?"),
    rule(label, "(?:don't|do not|stop trying to) (?:blame|put (?:this|it|that|everything|all of this|all this)(?: all)? on|blame (?:this|it|that|everything|all of this|all this)(?: all)? on) me", { negatable: false }),
    rule(label, "why (?:is|does|must) (?:it|everything) (?:always )?(?:have to be )?(?:my fault|on me|about me|blamed on me)"),
    rule(label, "(?:so|now|oh|of course|great)(?:,)? (?:now )?(?:it's|it is|this is|everything is|everything's)(?: all)? (?:my fault|on me)"),
    rule(label, "(?:it's|it is|this is|everything is|everything's)(?: all)? my fault(?=\\s*\\?)"),
    rule(label, "(?:i'm|i am) not the (?:one|bad guy|villain|problem|only one|enemy)(?: who| that| here)?", { negatable: false }),
    rule(label, "(?:stop|quit) (?:attacking|accusing|blaming|nagging|criticizing|criticising|picking on|yelling at|interrogating) me", { negatable: false }),
    rule(label, "(?:you're|you are) (?:twisting|putting) (?:my words|words in my mouth|everything i say)"),
    rule(label, "i (?:don't|do not) know what you're talking about"),
    rule(label, "it's not what (?:you think|it looks like)"),
    rule(label, "(?:excuse me|sorry|forgive me|pardon me) for (?:trying|caring|breathing|existing|living|wanting|having (?:a life|feelings|an opinion|needs|friends)|being human|being alive)"),
    rule(label, "i did (?:the best|my best|everything|all) (?:i could|i can|i knew how)"),
    rule(label, "(?:i'm not|i am not|i won't|i will not|i refuse to) (?:going to )?(?:apologi[sz]e|say sorry|be sorry) (?:for|when|because)", { negatable: false }),
    rule(label, "(?:i'm|i am) (?:doing|trying) my best(?:,| here| okay| ok|!)"),
  ];
}

/** Answering a complaint with one about them ("what about you?"). */
export function whataboutShapes<L extends string>(label: L): Rule<L>[] {
  return [
    rule(label, "what about (?:everything |all (?:the (?:things|stuff|times) )?)(?:i|i've|that i)"),
    rule(label, "what about (?:you|when you|the time(?:s)? (?:you|when you)|your|all the times (?:you|when)|how you|that time you|last (?:week|month|year|time) when you)"),
    rule(
      label,
      "(?:you're not|you are not|you aren't|you were not|you weren't|you're no|you are no|you were no) (?:exactly |so |any |that |completely |entirely )?(?:perfect|innocent|a saint|an angel|blameless|better|any better)(?: (?:either|yourself|than me|here|in this))?",
      { negatable: false, unlessAfter: "^ (?:at|for|than you think|to me)" },
    ),
    rule(label, "(?:you're|you are) no (?:saint|angel|better|prize|picnic)"),
    rule(
      label,
      "you (?:do|did|have done|'ve done|said|lie|lied|flirt|flirted|yell|yelled|forget|forgot|hide|hid|text|texted|spend|spent|ignore|ignored) (?:it|that|this|(?:the )?(?:exact |very )?same(?: thing)?|worse|things|stuff|that too|it too) (?:too|all the time|as well|yourself|to me|first|before me|constantly|every day)",
    ),
    rule(label, "you've done (?:worse|the same|it too|it to me|plenty)"),
    rule(label, "(?:that's|that is) rich(?: coming from you)?|coming from you(?=\\s*[.!?,]|$)"),
    rule(label, "it's not like you(?:'ve| have)? never"),
    rule(label, "(?:you're|you are) one to talk|look who's talking|the pot calling the kettle|says the (?:one|person|guy|girl|woman|man) who"),
    rule(label, "(?:you|you've|you have) (?:hurt|lied to|cheated on|betrayed|ignored|neglected|disrespected|yelled at) me (?:too|as well|first|before|plenty|just as much|more|worse)"),
    rule(label, "(?:you're|you are) the one (?:who|that)(?: \\w+)", { negatable: false }),
  ];
}
