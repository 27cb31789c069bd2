import { type Rule, rule } from "../engine.ts";
import type { ApologyPart } from "../labels.ts";

/** Regret (saying sorry for one's own act) and explanation (how it came about, without a defence). */

/** What may follow "sorry" and turn it into something other than regret for one's own act. */
const notRegretAfter =
  "^(?:,? not sorry|,? (?:that )?you had (?!to\\b)|,? (?:that )?(?:if|you(?:'re| are| were| feel| felt| think| thought| see| saw| took| take| got| get| perceive| interpreted| seem| chose| choose| decided| let| are feeling| feel like|'ve been| have been| can't| cannot| won't| don't)\\b|(?:that )?(?:it|this|that|things) (?:upset|hurt|bothered|offended|affected) you|for (?:you|how you|the way you|your feelings)\\b|(?:to|about) (?:hear|your feelings)\\b))";

export const regretRules: Rule<ApologyPart>[] = [
  rule("regret", "(?:{IWAS}|i'm feeling|i am feeling) {ADV_}(?<hit>sorry)", {
    unlessAfter: notRegretAfter,
    unlessBefore:
      "\\b(?:(?:i|i've|i have|i already|already) (?:said|told you)|keep saying|kept saying|keep telling you)\\s*$",
  }),
  rule("regret", "(?<hit>sorry)", {
    unlessBefore:
      "(?:\\b(?:i'm|i am|im|i was|i feel|i felt|feel|be|being|say|said|saying|not|no)\\s+(?:\\w+\\s+){0,3}$)",
    unlessAfter: notRegretAfter,
  }),
  rule(
    "regret",
    "i {ADV_}(?:apologi[sz]e|regret)(?! (?:if|that you|you feel|for (?:how you|the way you|your feelings)))",
  ),
  rule("regret", "(?:my|our) {GAP_}apologies"),
  rule("regret", "(?:please )?accept my {GAP_}apology"),
  rule("regret", "i owe you (?:an|a (?:big|huge|real)|my) apology"),
  rule(
    "regret",
    "i (?:can't|cannot|still can't|honestly can't) believe (?:i|that i) (?:did|said|could|would|was|let|went|lied|cheated|hurt)",
    { negatable: false },
  ),
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
  rule(
    "regret",
    "it (?:kills|killed|breaks|broke|eats|ate|tears|is tearing|haunts|haunted) me(?: up| apart| inside)?",
  ),
  rule(
    "regret",
    "i (?:hate|despise) (?:that|myself|what i|how i|the way i|the fact that i|knowing (?:i|that))",
  ),
  rule(
    "regret",
    "(?:i can't|i cannot|i will never|i'll never|i won't ever) (?:forgive myself|stop thinking about (?:how|what) (?:i|my)|forget (?:the look|your face|how i))",
    { negatable: false },
  ),
  rule(
    "regret",
    "if i could (?:take (?:\\w+ ){0,3}?back|take back|undo|go back|change|turn back|do (?:it|that|this|everything) (?:over|again|differently))",
    {
      negatable: false,
    },
  ),
  rule("regret", "i (?:feel|have felt) (?:such |so much |deep |real )?(?:remorse|regret|shame|guilt)"),
  rule("regret", "(?:with|full of|filled with) {GAP_}(?:regret|remorse)"),
  rule("regret", "i (?:should(?:n't| not)|shouldn't|should never|should've never|should have never) have", {
    unlessAfter: "^ (?:to|had to)\\b",
  }),
  rule(
    "regret",
    "i should have (?:told|been|listened|called|asked|come|said|stopped|known better|stood|trusted)",
    {
      reportable: true,
    },
  ),
];

/** Words that show the speaker understands the cause lies in their own motives or fears. */
const innerCause =
  "(?:i was|i felt|i'd been|i had been|i've been|i was feeling|i wanted|i didn't want|i didn't know|i did not know|i thought|i was trying|i needed|i panicked|i froze|i got scared|i got jealous|i got defensive|i convinced myself|i told myself|i believed|i let|i was too|of my own|my own|part of me|deep down|i couldn't face|i could not face|i avoid|i avoided|i've always|i have always|i never learned|i grew up|i'm scared|i am scared|i'm afraid|i am afraid)";

export const explanationRules: Rule<ApologyPart>[] = [
  rule(
    "explanation",
    "(?:the|part of the|one|a big part of the|the real|the honest) reason (?:why )?(?:i|that i|for (?:what i|my))",
  ),
  rule(
    "explanation",
    "(?:that's|that is|this is|here's|here is) (?:why|how) (?:i|it|this|that) (?:happened|did|lied|got|started|went|kept)",
  ),
  rule("explanation", `(?<hit>because ${innerCause})`, {
    negatable: false,
    unlessBefore: "\\b(?:only|just) (?:\\w+ )*$",
  }),
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
    "(?:no excuse|not an excuse|not excusing (?:it|this|that)|not to excuse (?:it|this|that)|that's no excuse|there's no excuse)[,;:-]? (?:but )?(?:i|i'd|i'm|i was|i've|my|it was|there was)\\b",
    { negatable: false },
  ),
  rule("explanation", "(?:got|get|was|went) (?:(?:stuck|lost|trapped) )?in(?:side)? my (?:own )?head"),
  rule("explanation", "(?:i )?(?:kept |keep )?(?:telling|told|convincing|convinced|persuading) myself"),
  rule(
    "explanation",
    "(?:to|so i could|so that i could|in order to) (?:protect|save|cover|spare|shield) (?:myself|me|my (?:own )?(?:skin|ego|pride|image|reputation|job))",
  ),
  rule("explanation", "what was (?:going on|happening) (?:for|with|inside|in) me"),
  rule(
    "explanation",
    "(?:a lot of|so much|deep) (?:shame|fear|anger|pain|resentment|insecurity|loneliness|grief) (?:about|around|from|over|after)",
  ),
  rule(
    "explanation",
    "(?:i was|i've been|i had been|i'd been) (?:just |really |basically )?(?:avoiding|dodging|running from|hiding from|escaping|numbing|protecting myself|trying not to)",
  ),
  rule("explanation", "part of me (?:wanted|was|felt|thought|needed|knew|hoped|believed|liked|enjoyed)"),
  rule(
    "explanation",
    "(?:you deserve|you're owed|you are owed|i owe you) (?:an|a|the|some) {GAP_}(?:explanation|reason|answer about why)",
  ),
  rule(
    "explanation",
    "(?:i felt|i was feeling|i'd been feeling|i had been feeling|i've been feeling|i have been feeling|i was|i'd been|i had been|i got) {ADV_}(?:invisible|unappreciated|unwanted|neglected|alone|lonely|ignored|unseen|unheard|rejected|insecure|inadequate|trapped|stuck|numb|lost|empty|resentful|bored|angry|furious|hurt|jealous|embarrassed|humiliated|confused|desperate|afraid|scared|terrified|panicked|worthless|unloved|disconnected|distant|like a failure|like nobody|like no one|like i (?:didn't|did not|wasn't|was not|had to|needed))",
  ),
  rule(
    "explanation",
    "(?:what happened was|here's what happened|let me explain|i want to explain|to explain|i want you to understand (?:why|how|what))",
  ),
  rule(
    "explanation",
    "i (?:was|'d been|had been) trying to (?:protect|avoid|spare|keep|hide from|escape|numb|prove|feel|fill|impress|look|seem|fit in|be liked|please|keep up|get|win|make)",
  ),
  rule(
    "explanation",
    "i (?:wanted|needed) to (?:feel|be seen|be wanted|be noticed|escape|get away|prove|be liked)",
  ),
  rule("explanation", "i (?:thought|figured|assumed) (?:that )?(?:i|it|you|if|nobody|no one|this|telling)", {
    negatable: false,
    unlessAfter: "^ (?:was|were|are|knew|wouldn't mind)\\b {GAP_}(?:overreacting|fine with it)",
  }),
  rule("explanation", "(?:it|this|that) (?:came|comes|started|grew) (?:from|out of|when)"),
  rule(
    "explanation",
    "(?:i've|i have) (?:been|always been) (?:struggling|feeling|scared|afraid|insecure|unhappy|hiding)",
  ),
  rule("explanation", "(?:it's|that's|it is|that is) not an excuse,? but (?<hit>\\w+)", { negatable: false }),
  rule(
    "explanation",
    "(?:not to|i'm not trying to|i am not trying to|i don't want to) (?:excuse|justify) (?:it|this|that|what i did|myself|anything),? but",
    {
      negatable: false,
    },
  ),
];
