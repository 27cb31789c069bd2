import { type Rule, rule } from "../engine.ts";
import type { ApologyPart } from "../labels.ts";

/** What may follow "sorry" and turn it into something other than regret for one's own act. */
const notRegretAfter =
  "^(?:,? not sorry|,? (?:that )?(?:if|you(?:'re| are| were| feel| felt| think| thought| see| saw| took| take| got| get| perceive| interpreted| seem| chose| choose| decided| let| are feeling| feel like|'ve been| have been| can't| cannot| won't| don't)\\b|(?:that )?(?:it|this|that|things) (?:upset|hurt|bothered|offended|affected) you|for (?:you|how you|the way you|your feelings)\\b|(?:to|about) (?:hear|your feelings)\\b))";

const regret: Rule<ApologyPart>[] = [
  rule("regret", "(?:{IWAS}|i'm feeling|i am feeling) {ADV_}(?<hit>sorry)", { unlessAfter: notRegretAfter }),
  rule("regret", "(?<hit>sorry)", {
    unlessBefore: "(?:\\b(?:i'm|i am|im|i was|i feel|i felt|feel|be|being|say|said|saying|not|no)\\s+(?:\\w+\\s+){0,3}$)",
    unlessAfter: notRegretAfter,
  }),
  rule("regret", "i {ADV_}(?:apologi[sz]e|regret)(?! (?:if|that you|you feel|for (?:how you|the way you|your feelings)))"),
  rule("regret", "(?:my|our) {GAP_}apologies"),
  rule("regret", "(?:please )?accept my {GAP_}apology"),
  rule("regret", "i owe you (?:an|a (?:big|huge|real)|my) apology"),
  rule("regret", "i (?:can't|cannot|still can't|honestly can't) believe (?:i|that i) (?:did|said|could|would|was|let|went|lied|cheated|hurt)", { negatable: false }),
  rule(
    "regret",
    "i (?:just )?wish (?:so much )?(?:i had(?:n't| not| never)?|i'd|i could (?:take|undo|go back|change|erase)|i never|i hadn't|it (?:never|hadn't|had never)|i didn't|i did not|i'd never|that i)",
  ),
  rule(
    "regret",
    "{IWAS} {ADV_}(?:ashamed|awful|terrible|horrible|sick|guilty|remorseful|disgusted with myself|gutted|heartbroken|devastated|miserable|bad|so bad|wretched|ill)(?: (?:about|of|for|that|over|when|at|because|knowing|every|for what|with myself)|[,.!]|$)",
    { unlessAfter: "^ (?:for you|about (?:your|you feeling))", unlessNear: "\\b(?:sick|tired) of\\b" },
  ),
  rule("regret", "{IM} {ADV_}(?:ashamed|heartsick)"),
  rule("regret", "it (?:kills|killed|breaks|broke|eats|ate|tears|is tearing|haunts|haunted) me(?: up| apart| inside)?"),
  rule(
    "regret",
    "i (?:hate|despise) (?:that|myself|what i|how i|the way i|the fact that i|knowing (?:i|that))",
  ),
  rule(
    "regret",
    "(?:i can't|i cannot|i will never|i'll never|i won't ever) (?:forgive myself|stop thinking about (?:how|what) (?:i|my)|forget (?:the look|your face|how i))",
    { negatable: false },
  ),
  rule("regret", "if i could (?:take (?:\\w+ ){0,3}?back|take back|undo|go back|change|turn back|do (?:it|that|this|everything) (?:over|again|differently))", {
    negatable: false,
  }),
  rule("regret", "i (?:feel|have felt) (?:such |so much |deep |real )?(?:remorse|regret|shame|guilt)"),
  rule("regret", "(?:with|full of|filled with) {GAP_}(?:regret|remorse)"),
  rule("regret", "i (?:should(?:n't| not)|shouldn't|should never|should've never|should have never) have", {
    unlessAfter: "^ (?:to|had to)\\b",
  }),
  rule("regret", "i should have (?:told|been|listened|called|asked|come|said|stopped|known better|stood|trusted)", {
    reportable: true,
  }),
];

/** Words that show the speaker understands the cause lies in their own motives or fears. */
const innerCause =
  "(?:i was|i felt|i'd been|i had been|i've been|i was feeling|i wanted|i didn't want|i didn't know|i did not know|i thought|i was trying|i needed|i panicked|i froze|i got scared|i got jealous|i got defensive|i convinced myself|i told myself|i believed|i let|i was too|of my own|my own|part of me|deep down|i couldn't face|i could not face|i avoid|i avoided|i've always|i have always|i never learned|i grew up|i'm scared|i am scared|i'm afraid|i am afraid)";

const explanation: Rule<ApologyPart>[] = [
  rule("explanation", "(?:the|part of the|one|a big part of the|the real|the honest) reason (?:why )?(?:i|that i|for (?:what i|my))"),
  rule("explanation", "(?:that's|that is|this is|here's|here is) (?:why|how) (?:i|it|this|that) (?:happened|did|lied|got|started|went|kept)"),
  rule(
    "explanation",
    `(?<hit>because ${innerCause})`,
    { negatable: false, unlessBefore: "\\b(?:only|just) (?:\\w+ )*$" },
  ),
  rule(
    "explanation",
    "(?:i think|i've realized|i have realized|i realize|i realise|i now see|i can see now|i understand now|i've learned|i have learned|i've come to see|i have come to see|i've figured out|looking back|in therapy|i've been thinking about why|i've been trying to understand|i now understand|what i've realized|what i understand now|the truth is|the honest answer is|the honest truth is)(?:,| that| now| now that| is)? (?:i|i'm|i was|my|part of me|it was|it came from|deep down)",
    {
      unlessAfter:
        "^\\s*(?:'m sorry|am sorry|'m so sorry|owe you|should|will|'ll|need to|want to|hurt you|lied|let you|was wrong|messed|screwed|made a mistake|have to|can't|cannot|deserve)",
    },
  ),
  rule(
    "explanation",
    "{IWAS} {ADV_}(?:afraid|scared|terrified|insecure|lonely|jealous|panicking|panicked|avoiding|running from|hiding from|desperate|numb|lost|depressed|angry at myself|afraid of|worried) (?:of|that|to|you|about|because|i|what|how|losing|being|if)",
    { unlessAfter: "^\\s*(?:you (?:are|'re|were) (?:overreacting|crazy))" },
  ),
  rule(
    "explanation",
    "i (?:didn't|did not|never) (?:know how to|have the (?:courage|guts|nerve)|want to (?:face|admit|lose|hurt|disappoint|upset)|think (?:about|it through|of how|you'd|you would))",
    { negatable: false },
  ),
  rule(
    "explanation",
    "(?:no excuse|not an excuse|not excusing (?:it|this|that)|not to excuse (?:it|this|that)|that's no excuse|there's no excuse)[,.;:-]? (?:but )?(?:i|i'd|i'm|i was|i've|my|it was|there was)\\b",
    { negatable: false },
  ),
  rule("explanation", "(?:got|get|was|went) (?:(?:stuck|lost|trapped) )?in(?:side)? my (?:own )?head"),
  rule("explanation", "(?:i )?(?:kept |keep )?(?:telling|told|convincing|convinced|persuading) myself"),
  rule("explanation", "(?:to|so i could|so that i could|in order to) (?:protect|save|cover|spare|shield) (?:myself|me|my (?:own )?(?:skin|ego|pride|image|reputation|job))"),
  rule("explanation", "what was (?:going on|happening) (?:for|with|inside|in) me"),
  rule("explanation", "(?:a lot of|so much|deep) (?:shame|fear|anger|pain|resentment|insecurity|loneliness|grief) (?:about|around|from|over|after)"),
  rule("explanation", "(?:i was|i've been|i had been|i'd been) (?:just |really |basically )?(?:avoiding|dodging|running from|hiding from|escaping|numbing|protecting myself|trying not to)"),
  rule("explanation", "part of me (?:wanted|was|felt|thought|needed|knew|hoped|believed|liked|enjoyed)"),
  rule("explanation", "(?:you deserve|you're owed|you are owed|i owe you) (?:an|a|the|some) {GAP_}(?:explanation|reason|answer about why)"),
  rule(
    "explanation",
    "(?:i felt|i was feeling|i'd been feeling|i had been feeling|i've been feeling|i have been feeling|i was|i'd been|i had been|i got) {ADV_}(?:invisible|unappreciated|unwanted|neglected|alone|lonely|ignored|unseen|unheard|rejected|insecure|inadequate|trapped|stuck|numb|lost|empty|resentful|bored|angry|furious|hurt|jealous|embarrassed|humiliated|confused|desperate|afraid|scared|terrified|panicked|worthless|unloved|disconnected|distant|like a failure|like nobody|like no one|like i (?:didn't|did not|wasn't|was not|had to|needed))",
  ),
  rule("explanation", "(?:what happened was|here's what happened|let me explain|i want to explain|to explain|i want you to understand (?:why|how|what))"),
  rule("explanation", "i (?:was|'d been|had been) trying to (?:protect|avoid|spare|keep|hide from|escape|numb|prove|feel|fill)"),
  rule("explanation", "i (?:wanted|needed) to (?:feel|be seen|be wanted|be noticed|escape|get away|prove|be liked)"),
  rule("explanation", "i (?:thought|figured|assumed) (?:that )?(?:i|it|you|if|nobody|no one|this|telling)", {
    negatable: false,
    unlessAfter: "^ (?:was|were|are|knew|wouldn't mind)\\b {GAP_}(?:overreacting|fine with it)",
  }),
  rule("explanation", "(?:it|this|that) (?:came|comes|started|grew) (?:from|out of|when)"),
  rule("explanation", "(?:i've|i have) (?:been|always been) (?:struggling|dealing|feeling|scared|afraid|insecure|unhappy|hiding)"),
  rule("explanation", "(?:it's|that's|it is|that is) not an excuse,? but (?<hit>\\w+)", { negatable: false }),
  rule("explanation", "(?:not to|i'm not trying to|i am not trying to|i don't want to) (?:excuse|justify) (?:it|this|that|what i did|myself|anything),? but", {
    negatable: false,
  }),
];

const responsibility: Rule<ApologyPart>[] = [
  rule(
    "responsibility",
    "{IT}(?:'s| is| was| were) (?:all |entirely |completely |totally |100% |fully |100 percent |only |solely )?(?:my|on me and my) (?:own )?(?:fault|doing|responsibility|choice|decision|mistake|failure)",
  ),
  rule("responsibility", "(?:that's|that is|this is|it's|it is|it was|that was|this was|all of this is|this one's|this one is) (?:all |entirely |completely |totally |100% )?on me"),
  rule(
    "responsibility",
    "i (?:take|accept|am taking|'m taking|have to take|need to take|want to take|own) (?:full |complete |total |all the |all |100% |every bit of the |real )?(?:responsibility|ownership|the blame|accountability|the consequences)",
  ),
  rule("responsibility", "{IM} (?:fully |completely |totally |the one |entirely |solely |the only one )?(?:responsible|accountable|to blame)"),
  rule("responsibility", "i own (?:it|this|that|what i did|my (?:part|actions|mistake|choices|choice|behavior|behaviour|decisions))"),
  rule("responsibility", "i (?:was|were|acted|behaved|have been|'ve been) {ADV_}{SELF_FAULT}", {
    unlessBefore: "\\b(?:sorry|apologi[sz]e|regret|if|ashamed|feel bad|you think|you said)\\b(?: [^\\s,;:]+){0,4} $",
    unlessAfter: "^ (?:to (?:feel|be (?:upset|angry|mad|hurt))|about (?:you|that you|what you))",
  }),
  rule("responsibility", "i (?:chose|decided|made the (?:choice|decision)) to", {
    unlessAfter: "^ (?:forgive|trust|stay|believe|tell you|come clean|be honest|end|stop|change|get help|go)",
  }),
  rule("responsibility", "(?:it was|that was) my (?:choice|decision|call|doing)"),
  rule("responsibility", "(?:i have|there's|there is|there was|i've got) no one (?:else )?to blame but (?:myself|me)"),
  rule("responsibility", "(?:there's|there is|there was|there are|i have|i've got|i've|i had|i got) no (?:excuse|excuses|justification|good reason) for [\\w']+", { negatable: false }),
  rule("responsibility", "(?:nothing|no one|nobody) (?:can|could|will) (?:excuse|justify) (?:what|it|this|that|my)", {
    negatable: false,
  }),
  rule("responsibility", "(?:i won't|i will not|i'm not going to|i am not going to|i'm not|i am not|i refuse to) (?:make|making|offer|give you) (?:any )?excuses", {
    negatable: false,
  }),
  rule(
    "responsibility",
    "(?:what i did|what i said|how i acted|how i treated you|the way i (?:acted|treated you|behaved|spoke to you|talked to you|handled (?:it|this|that))|my (?:behavior|behaviour|actions|lying|lie|lies|affair|choice|words|reaction|tone|comment|comments))(?: [\\w']+){0,5}? (?:was|is|were) {ADV_}(?:{FAULT_ADJ}|on me)",
  ),
  rule(
    "responsibility",
    "(?:you|you've|you have) (?:didn't|did not|never|don't|do not|did nothing to) deserve (?:that|this|it|any|what|how|to|the way|being|a|an|the|me|my|such)",
    { negatable: false },
  ),
  rule(
    "responsibility",
    "(?:none of (?:this|it|that|what happened|what i did)|this|it|that|what happened)(?: is| was|'s)(?: not|n't| never) (?:on you|your fault|because of you|something you caused)",
    { negatable: false },
  ),
  rule("responsibility", "none of (?:this|it|that|what happened|what i did|the blame) (?:is|was|falls|lies) (?:on you|your fault|with you)", { negatable: false }),
  rule("responsibility", "you (?:did|have done|'ve done) nothing (?:wrong|to deserve)", { negatable: false }),
  rule("responsibility", "you didn't do anything (?:wrong|to deserve)", { negatable: false }),
  // A bare admission of the act, as its own statement: "I lied to you." "I know I hurt you."
  rule("responsibility", "i(?: have|'ve| had)? {GAP_}{WRONG}", {
    unlessBefore:
      "\\b(?:sorry|apologi[sz]e|apologi[sz]ing|regret|if|when|whenever|think|thinks|say|said|says|claim|accuse|accused|whether|ashamed|feel bad|feel terrible|feel awful|hate that|wish|what if|unless|until|before|after|every time|in case|afraid|scared|worried)\\b(?: [^\\s,;:]+){0,3} $",
    unlessAfter: "^ if\\b",
  }),
  rule("responsibility", "i admit (?:it|that|i|what|to|everything)"),
  rule("responsibility", "i (?:accept|acknowledge|recogni[sz]e|fully accept|fully acknowledge) (?:that )?(?:i|it was|this was|what i|my|the harm|the hurt|the damage)"),
  rule("responsibility", "i chose (?:work|my job|my friends|drinking|the game|her|him|them|myself|money|my phone|my career|the bottle|gambling|alcohol|my pride|my ego|to (?:lie|hide|cheat|drink|go|stay|leave|keep|ignore|spend|gamble|take))\\b"),
  rule("responsibility", "i chose (?:[\\w']+ ){1,3}?(?:over (?:you|us|our|my family|the kids)|instead of (?:you|us|being))"),
  rule("responsibility", "you (?:have|had|'ve got) every (?:right|reason) to"),
  rule("responsibility", "(?:nothing|no one|nobody|there's nothing that|there is nothing that) (?:can |could |will )?(?:excuse|excuses|justify|justifies) (?:what|it|this|that|my|the way|how)", { negatable: false }),
  rule(
    "responsibility",
    "(?:it|that|this|what i did|what i said|doing that|saying that)(?: was|'s| is) {ADV_}{FAULT_ADJ}(?: of me| on my part)?(?! (?:of you|for you|to (?:feel|be|ask)|thing you))",
    { unlessBefore: "\\b(?:if|think|thinks|said|say|says|whether|feel like)\\b(?: [^\\s,;:]+){0,3} $" },
  ),
  rule("responsibility", "(?:it|that|this) (?:wasn't|was not|isn't|is not) (?:my (?:place|news|story|secret|decision|call|business|right|money|choice) to|okay for me to|fair (?:of me|to you))"),
  rule("responsibility", "(?:that's|that is|it's|it is|this is|which is|but that's|and that's)(?: no| not an?) (?:excuse|justification|reason) (?:for|to)", { negatable: false }),
  rule("responsibility", "my (?:bad|mistake)(?!s)"),
  rule("responsibility", "(?:^|(?<=[.!?,;:\\n]\\s*)|(?<=\\band ))(?:totally |all |entirely |completely )?(?:my fault|no excuse|no excuses)(?=\\s*[,.;:!-]|\\s*$)"),
  rule("responsibility", "(?:it|this|that)(?:'s| was| is) all (?:me|mine|on me|my doing)"),
  rule("responsibility", "nothing you (?:did|said|could have done)(?: [\\w']+){0,3}? (?:made|caused|led|drove|pushed|forced)"),
  rule("responsibility", "(?:^|(?<=[.!?,;:\\n]\\s*))yes,? i (?:did(?: it| that| this)?|lied|cheated|was|have|hid|took|read|went)"),
  rule("responsibility", "(?:i'm|i am|i was) the one (?:who|that) (?:[\\w']+ ){0,2}?(?:broke|hurt|lied|cheated|messed|screwed|ruined|did|caused|betrayed|made|started|crossed|let|walked|left|wrecked|destroyed|chose)"),
  rule("responsibility", "because of (?:me|what i did|what i've done|my (?:[\\w']+ )?(?:actions|choices|choice|lies|lying|behaviou?r|affair|drinking|gambling|selfishness|temper|mistakes?))(?!\\w)"),
  rule("responsibility", "i (?:caused|created|brought (?:on|about)) (?:this|it|that|you|so much|all (?:of )?this|the|your)", {
    unlessBefore: "\\b(?:sorry|apologi[sz]e|regret)\\b[^.!?,;]*$",
  }),
  rule("responsibility", "(?:not going to|won't|will not|refuse to|i'm not going to) hide behind", { negatable: false }),
  rule("responsibility", "you deserved? (?:so much |far |much |a lot )?better"),
  rule("responsibility", "i (?:did|do) (?:lie|cheat|hide|break|betray|hurt|take|spend|read|go through|keep|say|tell|use|ignore|forget)"),
  rule("responsibility", "(?:you're|you are|you were) (?:right|not wrong)(?: (?:to be|that i|about (?:me|what i|this|that)|,))", {
    negatable: false,
  }),
];

const repentance: Rule<ApologyPart>[] = [
  rule(
    "repentance",
    "(?:i'll|i will|i'm going to|i am going to|i'm gonna|i promise(?: (?:you|i'll|i will|that i will|that i'll|to))?|i swear(?: i'll| i will| to you)?|i vow|i can promise(?: you)?) (?:never|not|n't ever|not ever) (?:\\w+ ){0,5}?(?:again|anymore|ever)",
    { negatable: false },
  ),
  rule(
    "repentance",
    "(?:i won't|i will not|i'll never|i will never|i'm never going to|i am never going to|i'm not going to|i am not going to|i refuse to) (?:ever )?{GAP_}(?:lie|cheat|hide|keep|do (?:that|this|it)|let|yell|drink|break|hurt|betray|go behind|deceive|gamble|disappear|shut you out|ignore|put you|talk to (?:her|him|them)|contact|see (?:her|him|them)|make you|leave you|forget|miss|treat|raise|be (?:that|so|dishonest|careless|cruel|that person)|take you|repeat|cross|snoop|scream|lose)(?! behind)",
    { negatable: false },
  ),
  rule("repentance", "(?:it|this|that) (?:won't|will not|will never|is never going to|'s never going to|isn't going to|is not going to) (?:ever )?happen again", {
    negatable: false,
  }),
  rule("repentance", "never again", { negatable: false }),
  rule(
    "repentance",
    "(?:i won't|i will not|i'll never|i will never|i'm never going to|i am never going to|i'm not going to|i am not going to|i'm not gonna|i promise (?:i won't|i will never|i'll never|never to|not to)|i swear (?:i won't|i'll never|never to)) (?:ever )?(?:[\\w']+ ){0,12}?(?:again|anymore|any more)(?!\\w)",
    { negatable: false, unlessNear: "\\b(?:apologi[sz]e|say (?:i'm )?sorry|ask you|beg|explain|repeat|discuss|talk about|bring (?:it|this) up|mention)\\b" },
  ),
  rule("repentance", "i (?:promise|swear|vow) (?:to|that i(?:'ll| will)|i(?:'ll| will)|you i(?:'ll| will)|you that i(?:'ll| will))(?! (?:never )?(?:ask|apologi[sz]e|beg|bring))"),
  rule("repentance", "(?:^|(?<=[.!?,;:\\n]\\s*))(?:starting|beginning|as of) (?:today|tonight|now|this week|tomorrow|right now|this moment)"),
  rule("repentance", "no more (?:secrets|lies|lying|hiding|drinking|gambling|excuses|sneaking around|late nights|hidden accounts|secret accounts|deleted messages)"),
  rule("repentance", "(?:i'm|i am) {GAP_}(?:deleting|blocking|ending|cutting|closing|cancell?ing|quitting|stopping|booking|joining|starting|scheduling|signing up for|making an appointment|looking for|finding) (?:[\\w']+ ){0,3}?(?:app|apps|account|accounts|number|contact|card|cards|therapy|therapist|counsel(?:or|lor|ing|ling)|session|sessions|group|program|meetings?|drinking|gambling|it off|things off|all contact|the affair)"),
  rule("repentance", "i(?:'ve| have)? (?:been )?learn(?:ed|t|ing) (?:to|how to) (?!trust\\b)"),
  rule("repentance", "(?:show|prove) (?:it to )?you (?:with|through|by|in) (?:what i do|my actions|actions|how i|the way i|everything i do)"),
  rule("repentance", "(?:so|so that) i (?:can|could|will|'ll) (?:be (?:home|there|with you|present|around|available|more present)|spend (?:more )?time with you|put you first)"),
  rule(
    "repentance",
    "(?:i'll|i will|i'm going to|i am going to|i'm gonna|i promise|i plan to|i intend to)[^.!?\\n]{0,80}?\\b(?:from now on|going forward|moving forward|from here on(?: out)?|in the future|next time|for good|every (?:single )?(?:day|week|time))",
    { negatable: false },
  ),
  rule("repentance", "(?:next time|in future|from now on),? (?:i'll|i will|i'm going to|i am going to|i promise|i'm gonna|i won't|i will not)"),
  rule(
    "repentance",
    "(?:i'll|i will|i'm going to|i am going to|i'm gonna|i promise(?: to| i'll| i will| you)?|i swear(?: to| i'll| i will)?|i vow to|i commit to|i'm committed to|i am committed to|i intend to|i plan to|i'm determined to|i am determined to|i need to|i have to|i want to|i'm ready to|i am ready to|i'm trying to|i am trying to|i'll try to|i will try to|i'll keep|i will keep) (?:\\w+ ){0,2}?(?:change|do better|be better|(?:be|being) (?:a )?better|become|(?:be|being) (?:more|less|honest|open|transparent|truthful|there|present|careful|patient|kinder|accountable|consistent|reliable)|be the (?:partner|person|husband|wife|friend|son|daughter|parent)|tell you the truth|work on|learn|stop|quit|get help|get (?:some )?(?:therapy|counseling|counselling|treatment|sober)|go to (?:therapy|counseling|counselling|a counselor|meetings|rehab|aa|gamblers)|see a (?:therapist|counselor|counsellor|doctor)|make sure|keep my (?:word|promise|promises)|show up|check in|communicate|listen|think before|walk away|take a breath|put you first|prioriti[sz]e|grow|fix myself|understand why|figure out why|deal with my|cut (?:off )?(?:all )?contact|end (?:it|things|all contact|contact)|block|delete|follow through|keep my|from now on|going forward|each day|every day|practice|slow down|pause|pay attention|leave (?:my|the) phone|limit|cut back|cut down|come home (?:on time|by|earlier|straight)|stay (?:sober|clean|away|off)|stop drinking|stop gambling|step up|always (?:be honest|be there|tell you|keep|come|call|answer|put you|check))",
    {
      unlessAfter: "^\\s*(?:you|{GAP_}your (?:mind|feelings))\\b",
    },
  ),
  rule(
    "repentance",
    "(?:from now on|going forward|moving forward|from this (?:day|point|moment) on|starting (?:today|now|tonight|this week)|in the future|from here on(?: out)?|for the rest of my life),? (?:i|i'll|i will|i'm|i am|you'll|you will|there will|there'll|my)",
    { negatable: false },
  ),
  rule(
    "repentance",
    "(?:i|i'm|i am|i've|i have) (?:already )?(?:been )?(?:started|start|begun|began|joined|booked|signed up for|made an appointment|found|working on|working with|talking to|meeting with|seeing|going to|in|getting|learning|practicing|practising|reading|attending|quit|stopped|cut off|ended|blocked|deleted|uninstalled|closed|gave up|given up|moved|reached out to) (?:\\w+ ){0,3}?(?:therapy|therapist|counsel(?:or|ing|lor|ling)|aa|na|meetings?|group|program|programme|rehab|sponsor|coach|anger management|treatment|my (?:drinking|temper|anger|habits|behavio(?:u)?r|issues|patterns|phone|account|accounts)|drinking|gambling|(?:all )?contact|(?:her|his|their|that|the) (?:number|account|profile|app|apps|contact)|the app|the apps|dating apps?|(?:on )?myself|to (?:change|understand|manage|control|notice|communicate|listen))",
  ),
  rule("repentance", "i (?:want|need|intend|mean) to (?:change|be (?:a )?better|become|grow|be someone|be the (?:person|partner|man|woman)|do better|be more|learn|stop|fix myself|work on|never)", {
    unlessAfter: "^ (?:you|your)\\b",
  }),
  rule("repentance", "you(?:'ll| will) (?:never|not) have to (?:wonder|worry|doubt|question|guess|check|ask|find out|feel that)", {
    negatable: false,
  }),
  rule("repentance", "(?:i'm|i am) (?:changing|going to change|committed to changing|working on (?:it|this|myself|that|my))"),
  rule("repentance", "(?:i|i'll|i will|i'm going to) (?:always )?(?:make sure|ensure) (?:this|that|it|you|i)"),
  rule("repentance", "(?:my|a) (?:plan|commitment|promise) (?:is|going forward|to you is|from now on)"),
];

const repair: Rule<ApologyPart>[] = [
  rule(
    "repair",
    "{WILL} (?:\\w+ ){0,2}?(?:make (?:it|this|things|that|everything) (?:right|up to you|better)|make (?:it|this|that) up|make up for|make amends|fix (?:it|this|what|things|that|the)|repair (?:it|this|the|what|things|our|the damage)|undo|pay (?:you|it|for|back|off|the)|replace (?:it|the|your|what)|cover (?:it|the|your)|reimburse|refund|earn (?:back )?(?:your|it|back)|rebuild (?:your|the|our|trust)|regain (?:your|the)|win back|do (?:whatever|anything|everything) (?:it takes|you need|i can|to|that)|answer (?:any|all|every|whatever|your|anything|everything|each|questions)|show you (?:my|everything|anything|whatever|any|every|all)|sit down with you|go through (?:every|all|the|our|my) {GAP_}(?:accounts?|statements?|messages|texts|receipts|bills|questions|details|records)|give you (?:access|my (?:phone|passwords?|password|pin|code|keys|login)|(?:the|all my|all the) (?:password|passwords|pin|code|keys|login|logins)|space|time|whatever|all the time|the time|room|full access|any)|share (?:my (?:location|phone|passwords?|calendar|accounts?)|everything)|hand over|tell (?:them|her|him|your \\w+|everyone|my \\w+|the \\w+) (?:the truth|everything|what (?:i did|really happened|happened))|apologi[sz]e to (?:your|them|her|him|everyone|my)|call (?:your|them|her|him|the)|talk to (?:your \\w+|them|her|him)|set (?:it|things|the record) straight|come clean|clear (?:your|the) name|correct|take (?:care of|you to|over)|go (?:to (?:counseling|counselling|therapy) )?with you|come with you|book (?:a|an|us)|cancel|return|give (?:it|the|your|them) back|pay you back|carry|cook|clean|handle|sort it out|make time|be (?:an )?open book|let you (?:see|check|look|read|ask|know)|keep you (?:updated|informed|posted|in the loop)|check in with you|close (?:the|that|my)|move (?:the|that)|delete)",
    {
      unlessAfter: "^\\s*(?:if you (?:stop|forgive))",
    },
  ),
  rule(
    "repair",
    "(?:what|how) (?:can|could|should|do) i (?:do|make|help|show|fix|start|begin|repair|earn|prove|make up)",
    { negatable: false },
  ),
  rule(
    "repair",
    "(?:show(?:ing)?|giv(?:e|ing)|shar(?:e|ing)|hand(?:ing)? over) you (?:full |complete |open )?(?:my (?:phone|bank|accounts?|messages|texts|emails?|statements?|receipts|location|calendar|passwords?|bank app)|everything|access|all (?:my|of my))",
  ),
  rule("repair", "(?:correct (?:the record|my mistake|the story)|set (?:the record|things|it) straight|make amends|make (?:it|this|things|that) (?:right|up to you)|make up for (?:it|this|that|what|lost|the|my))"),
  rule("repair", "if you(?:'re| are) open to it|if you(?:'d| would) like me to|if you want me to|if that would help you|if it would help you"),
  rule("repair", "(?:would|will|does|could|might) it help (?:if i|for me to|you if i)"),
  rule("repair", "(?:i'm |i am |i'll be |i will be )?hand(?:ing)? (?:over )?(?:you )?(?:the|my|all (?:the|my)) (?:credit cards?|cards|keys|phone|passwords?|accounts?|finances|money|bank details|logins?|chequebook|checkbook)(?: (?:over|to you))?"),
  rule("repair", "(?:is there )?anything (?:i can do|you need(?: from me)?|that would help)", { negatable: false }),
  rule("repair", "(?:tell me|let me know) (?:what|how|whatever) (?:you need|would help|i can do|to do|helps|can help)", {
    negatable: false,
  }),
  rule("repair", "whatever you need(?:,| from me| i(?:'ll| will)| to)", { negatable: false }),
  rule("repair", "(?:my|the) (?:phone|passwords?|laptop|email|messages|accounts?|location|calendar|life) (?:is|are) (?:yours|open|available|an open book|there for you)"),
  rule(
    "repair",
    "you can (?:see|check|look (?:at|through)|ask (?:me )?(?:anything|any|whatever|about)|read|have|call|go through|use|track) (?:my|anything|any|whatever|everything|me anything|about)",
  ),
  rule(
    "repair",
    "(?:i've|i have|i already|i've already|i have already) {GAP_}(?:paid|replaced|fixed|returned|repaid|called (?:your|her|him|them)|(?:emailed|messaged|contacted|written to|wrote to|texted|spoken to|spoke to) (?:the|your|them|her|him|everyone|everybody)|told (?:them|her|him|your|everyone)|apologi[sz]ed to (?:your|them|her|him|everyone)|set up|booked|transferred|refunded|made an appointment|put (?:the|it|that) back|given back|gave back|deleted|cancelled|canceled)",
    { unlessAfter: "^ (?:you|sorry)\\b" },
  ),
  rule("repair", "(?:i|i'll|i will) (?:want to |need to |have to )?(?:earn|win|rebuild|regain|restore) (?:back )?(?:your|our|the) (?:trust|faith|confidence|respect)"),
  rule("repair", "i (?:want|hope|would like|'d like) to (?:make (?:this|it|that|things) (?:right|up to you)|make amends|make up for)"),
  rule("repair", "i owe you {GAP_}(?:more than|a|an|better)", {
    unlessAfter: "^\\s*(?:nothing|apology)",
  }),
  rule("repair", "(?:i'm|i am|i'll be|i will be) (?:here|available|ready) (?:to (?:answer|listen|talk|help|hear)|whenever you|for whatever|when you)"),
];

const forgivenessRequest: Rule<ApologyPart>[] = [
  rule("forgiveness_request", "(?<![\\w'] )(?:please,? )?(?:can|could|will|would) you {GAP_}(?:ever |someday |one day |eventually |please |find it in your heart to |possibly )?forgive (?:me|us)", {
    unlessBefore: "\\b(?:when|how long|why can't|why won't|why don't)\\b[^,]*$",
  }),
  rule("forgiveness_request", "(?:please,? )?forgive me", {
    unlessBefore: "\\b(?:need|have|must|should|got|gotta|expect|demand|just|already|why|when)\\b(?: [^\\s,;:]+){0,3} $",
  }),
  rule(
    "forgiveness_request",
    "(?:i|i'm|i am) {MOD_}(?:hope|hoping|pray|praying|wish|ask|asking|beg|begging|humbly ask)(?: (?:that|so much|and pray|with all my heart))? (?:\\w+ ){0,6}?(?:forgive|forgiveness|another chance|a second chance|one more chance|another try|give (?:me|us) (?:a|another) chance|give us (?:a|another) (?:chance|try|shot)|take me back|let me back|let me (?:try again|come home|stay|back in))",
    {
      unlessBefore: "\\b(?:need|have|must|should)\\b(?: [^\\s,;:]+){0,3} $",
    },
  ),
  rule("forgiveness_request", "(?:your|for) forgiveness", {
    unlessBefore: "\\b(?:need|demand|expect|deserve|earned|owe|have|don't|do not|never)\\b(?: [^\\s,;:]+){0,4} $",
  }),
  rule("forgiveness_request", "(?:if|when) you(?:'re| are)? (?:ever )?(?:ready|able|can|willing)(?: to)?,? (?:i hope )?(?:\\w+ ){0,3}?(?:forgive|give (?:me|us) (?:another|a second) chance)"),
  rule("forgiveness_request", "(?:would|could|will) you (?:\\w+ ){0,2}?(?:give (?:me|us) (?:another|a second|one more) chance|take me back|let me (?:try again|back in|prove))"),
  rule("forgiveness_request", "(?:please|i'm asking you to|i am asking you to|i beg you to) {GAP_}(?:give (?:me|us) (?:another|a second|one more) chance|take me back|don't give up on (?:me|us))", {
    unlessBefore: "\\bjust\\b(?: [^\\s,;:]+){0,2} $",
  }),
];

export const apologyPartRules: readonly Rule<ApologyPart>[] = [
  ...regret,
  ...explanation,
  ...responsibility,
  ...repentance,
  ...repair,
  ...forgivenessRequest,
];
