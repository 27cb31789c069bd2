import { type Rule, rule } from "../engine.ts";

/**
 * Justifying and shrinking the act. Inside an apology these are excuses and minimizing; in a
 * conversation they are defensiveness, so each builder takes the label to give.
 */

/** Circumstances offered to justify the act ("I was drunk", "I had no choice"). */
export function excuseShapes<L extends string>(label: L): Rule<L>[] {
  return [
    rule(
      label,
      "(?:i was|i'd been|i had been|i've been|i have been|i got) {ADV_}(?:drunk|drinking|high|wasted|tipsy|hammered|stoned|buzzed|under the influence|not (?:thinking|myself|in my right mind|in a good place|thinking straight|thinking clearly)|out of my (?:mind|head)|half asleep|exhausted|stressed(?: out)?|so stressed|tired|busy|overwhelmed|swamped|slammed|burned out|burnt out|under (?:a lot of|so much|a ton of|huge|enormous|massive) (?:stress|pressure)|going through (?:a lot|so much|stuff|things|a hard time|a rough patch|a tough time|some stuff|hell)|having a (?:bad|rough|hard|terrible|horrible|awful|long|stressful) (?:day|week|month|year|time)|in a (?:bad|dark|rough|weird|terrible) (?:place|mood|headspace|spot)|hungry|hangry|bored|not feeling (?:well|myself)|sleep deprived)",
    ),
    rule(
      label,
      "i (?:had|have|had literally|really had|honestly had) no (?:choice|option|other (?:choice|option)|alternative)",
    ),
    rule(label, "what (?:else )?(?:was|am) i (?:supposed|meant) to do"),
    rule(label, "what (?:else )?could i (?:have )?(?:do|done)"),
    rule(label, "i (?:couldn't|could not|can't|cannot|just couldn't) help (?:it|myself|the way i|how i)", {
      negatable: false,
    }),
    rule(label, "(?:it|things|that|this|stuff) (?:just|kind of just|sort of just|simply) happened"),
    rule(
      label,
      "(?:it|things|everything|stuff|that|this) (?:just |kind of |sort of )?(?:got out of hand|got out of control|spiral(?:l)?ed|escalated|got away from me|went too far|snowballed)",
    ),
    rule(
      label,
      "(?:anyone|anybody|everyone|everybody|any (?:man|woman|guy|girl|person|normal person|sane person|husband|wife)|most people|you) (?:else )?(?:in my (?:shoes|position|place|situation) )?(?:would|would've|would have|'d have|might have|could have) {GAP_}(?:(?:done|do|reacted|acted|did|snapped|lied|cheated|said) (?:the same|it|that|what i did|the exact same|exactly what i did)|(?:lost (?:it|their|his|her|control)|gotten|got (?:angry|mad|upset|jealous)|freaked|panicked|yelled|broken|cracked|caved|given in|snapped))",
    ),
    rule(
      label,
      "(?:everybody|everyone|all (?:guys|men|women|people|couples)|lots of people|half the people|most people) (?:does|do|did|lie|lies|cheat|cheats|flirt|flirts|drinks|texts|looks|has done)\\b(?! (?:not|n't)\\b)",
    ),
    rule(
      label,
      "i (?:only|just) (?:\\w+ ){0,3}?(?:did|said|lied|went|looked|texted|had|kept|hid|took|spent|told|yelled|snapped|left)\\b[^.!?\\n]{0,40}?because",
    ),
    rule(
      label,
      "(?:it's|it is|it was|that's|that was|this is|this was|none of (?:this|it) (?:is|was))(?: not| n't|n't) (?:really |entirely |all |completely |totally |even |fully |just |only |100% )?(?:my fault|on me)",
      { unlessAfter: "^\\s*(?:alone|,? (?:it's|it is|it was) (?:all )?(?:mine|my fault))" },
    ),
    rule(
      label,
      "(?:it's|it isn't|it wasn't|it is) (?:not )?(?:all|entirely|completely|only|just|100%) (?:my fault|on me)",
    ),
    rule(label, "(?:^|(?<=[.!?\\n]\\s*))not (?:really |entirely |all |totally )?my fault", {
      negatable: false,
    }),
    rule(
      label,
      "(?:that's|this is|it's|that is) (?:just )?(?:how|who|the way) i (?:am|was raised|'m wired|am wired|grew up|was brought up|deal with (?:things|stress|it)|handle (?:things|stress|it)|cope)",
    ),
    rule(label, "i was (?:raised|brought up) (?:that way|like that|this way|to)"),
    rule(label, "i can't change who i am"),
    rule(label, "you know how i (?:get|am|react|feel about)"),
    rule(label, "you knew (?:who|what|how) i (?:was|am|were)"),
    rule(
      label,
      "(?:the|my) (?:alcohol|drink|drinks|drinking|booze|beer|wine|pills|meds|medication|stress|job|boss|work|depression|anxiety|adhd|past|childhood|ex|upbringing|hormones|temper) (?:made|makes|got|gets|caused|causes|pushed|drove|was to blame|is to blame|took over)",
    ),
    rule(label, "in my defen[cs]e"),
    rule(
      label,
      "(?:it|that) was the (?:wine|alcohol|beer|drink|drinks|booze|pills|meds|stress|anger|exhaustion|whisky|whiskey|vodka) talking",
    ),
    rule(label, "(?:running on|had|got) (?:no|little|zero|barely any|[\\w']+ hours? of) sleep"),
    rule(label, "(?:there was|there's|i had|i saw|i could see) no other (?:way|option|choice)"),
    rule(label, "i had to (?:lie|do it|do that|hide it|keep it|say something|get out)"),
    rule(
      label,
      "i (?:didn't|did not|never) mean (?:it|that|anything)(?: (?:like that|that way|the way you (?:took|heard|think)|by it|bad|badly|personally))",
    ),
    rule(
      label,
      "(?:how|so|too) (?:stressed|tired|exhausted|drunk|busy|overwhelmed|under pressure|stressed out) i (?:was|am|'ve been|had been|got)",
    ),
    rule(label, "i had (?:my|good|a good|a) reasons?(?! to (?:be|feel) (?:sorry|ashamed))"),
    rule(label, "i was (?:going to|gonna|about to|planning to|meaning to|always going to) tell you"),
    rule(
      label,
      "i was (?:only|just|simply) (?:trying to (?:help|protect|be nice|keep the peace|be honest|have fun|be helpful|look out|make)|being (?:honest|friendly|nice|polite|myself|helpful|social|supportive)|doing my job|following|looking out|helping)",
    ),
    rule(label, "(?:i'm|i am) (?:only|just) human"),
    rule(
      label,
      "(?:everyone|everybody|we all|we were all|they were all) (?:was |were )?(?:joking|drinking|laughing|doing it|flirting|messing around|kidding|teasing)",
    ),
    rule(label, "something (?:came up|happened at work|urgent came up)"),
    rule(
      label,
      "had (?:a few|a couple|one|way|a drink or two|a couple of drinks) too many|(?:i )?(?:don't|do not|can't|cannot) (?:really |even )?remember (?:what i said|much|anything|what happened|saying|doing)",
    ),
    rule(label, "dealing with (?:a lot|so much|stuff|things|everything|too much)"),
    rule(
      label,
      "(?:i wasn't|i was not|i haven't been|i hadn't been) (?:myself|thinking (?:straight|clearly)|in (?:my right mind|a good place|a good headspace|the right headspace))",
    ),
    rule(
      label,
      "what (?:anyone|anybody|everyone|any (?:normal |sane )?person) (?:else )?(?:would|would've|would have|'d have) (?:done|do)",
    ),
    rule(label, "i (?:was|got) stuck (?:in|at|on|with|behind)"),
    rule(
      label,
      "(?:she|he|they) (?:was|were) going through (?:a|so much|a lot|a hard time|hell|some)|(?:she|he|they) (?:really )?needed (?:someone|me|a friend|support|somebody)",
    ),
    rule(
      label,
      "(?:the|my|our|your) [\\w']+ (?:was|were) (?:threatening|pressuring|forcing|harassing|yelling at) (?:me|us|to)",
    ),
    rule(label, "(?:didn't|did not) have (?:any |much of a )?(?:other )?(?:option|choice|alternative)"),
    rule(
      label,
      "i (?:got|was) (?:caught up|held up|tied up|sidetracked|distracted) (?:at|with|in|by)|i lost track of time",
    ),
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
    rule(
      label,
      "(?:it|that|this) was (?:just |only )?(?:a joke|joking|banter|a bit of fun|for fun|for a laugh|harmless fun)|i was (?:only|just|merely) (?:joking|kidding|teasing|messing around|having (?:a )?(?:fun|laugh)|venting|blowing off steam|looking|talking|texting|being friendly|curious|playing|flirting|chatting)",
    ),
    rule(
      label,
      "(?:it|that|this|she|he|they)(?: really| honestly| actually| truly)? (?:didn't|did not|doesn't|does not|never|won't) (?:mean|matter|amount to|change) (?:anything|a thing|much|that much)",
      { negatable: false },
    ),
    rule(
      label,
      "(?:it|that|she|he|they|this|the kiss|the texts?|the messages?) (?:meant|means) (?:nothing|absolutely nothing|so little)",
      { negatable: false },
    ),
    rule(
      label,
      "(?:it|that|this)(?:'s| was| is) (?:really )?(?:nothing|harmless|innocent|meaningless|nothing serious|no biggie|nbd|totally innocent|completely innocent|completely harmless|totally harmless|not serious|not a real (?:affair|relationship|lie|thing|problem))(?! (?:compared to what you|like what you))",
    ),
    rule(
      label,
      "nothing (?:really |actually |even |physical |serious )?(?:happened|was going on|is going on|went on|was happening|came of it)",
      // After an "if" clause it says what would have been spared, in a learner's tense.
      { unlessBefore: "\\bif\\b[^.!?]*,\\s*$" },
    ),
    rule(
      label,
      "(?:didn't|did not|don't think i did|haven't done|never did) (?:anything|nothing) (?:that|so|too|all that) (?:bad|terrible|wrong|awful|serious|major|horrible)",
    ),
    rule(
      label,
      "(?:a |one |some )?(?:little|small|tiny|harmless|white|minor|innocent|silly|teeny|itty bitty|insignificant) (?:white )?(?:lie|lies|fib|fibs|mistake|slip|thing|comment|joke|flirt|flirtation|kiss|crush|detail|text|texts|message|messages|secret|omission|misunderstanding|bump|hiccup)",
      // "Small thing, but it mattered to me" makes a small thing count, not shrink.
      // "For such a small thing" belongs to a remark about their feelings, not to the act.
      {
        unlessAfter: "^,? but (?:for me |to me )?(?:it|that) (?:matters|mattered|meant|means)\\b",
        unlessBefore: "\\b(?:such|so)\\s*$",
      },
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
    rule(
      label,
      "(?:it's|it is|it was|it wasn't|this isn't|it isn't) not like (?:i|we|it|she|he|anything|you)",
    ),
    rule(label, "it's not like (?:i|we|it|she|he|anything|you)"),
    rule(label, "(?:it )?could (?:have|'ve) been (?:a lot |much |way |so much |far )?worse"),
    rule(
      label,
      "(?:other|plenty of|lots of|most) (?:people|guys|men|women|husbands|wives|partners) (?:do|have done|did) (?:much |way |a lot |far )?worse",
    ),
    rule(
      label,
      "(?:it|that|this|what we did|what i did)(?:'s| is| was)(?: not| n't|n't) (?:even |really |technically |actually )?(?:cheating|an affair|a (?:real )?lie|lying|a betrayal|a real relationship)",
    ),
    rule(label, "technically,? (?:i|it|we|nothing|that|this|she|he)"),
    rule(
      label,
      "(?:wasn't|isn't|was not|is not) (?:even )?a real (?:date|affair|relationship|thing|kiss|lie|problem)",
    ),
    rule(
      label,
      "(?<=[,-]\\s*)(?:just|only) (?:a |an |some |one |two |a few |a couple (?:of )?)?[\\w']+(?: [\\w']+)?(?=\\s*[.!]|$)",
      // "I need one message, only this" keeps a request small, not the act.
      { unlessBefore: "\\bi (?:need|want|ask)\\b[^.!?]*$" },
    ),
    rule(label, "happened (?:only |just )?(?:once|one time|twice|a (?:couple|few) (?:of )?times)"),
    rule(label, "(?:a )?bigger (?:thing|deal|issue|problem) than it (?:is|was|needs to be)", {
      negatable: false,
    }),
    rule(
      label,
      "(?:was|were|'s|is) (?:just |only |simply |all |really just )?a (?:misunderstanding|miscommunication|mix-up|bit of fun|harmless (?:\\w+))",
    ),
    rule(
      label,
      "(?:^|,\\s*|-\\s*)(?:nothing more|nothing else|that's all|that is all)(?:,? nothing less)?(?=\\s*[.!]|$)",
    ),
    rule(label, "(?:into|out of) something (?:it|this|that) (?:wasn't|isn't|was not|is not)"),
    rule(
      label,
      "(?:it|that)(?: was|'s| is) (?:just |only |literally )?(?:one|a single|a couple of|two|a few) (?:drink|text|kiss|time|night|lunch|coffee|message|beer|date|dance|hug|conversation|call|photo|like|comment|dollars|bucks|bets?)s?(?!\\w)",
    ),
    rule(label, "(?:barely|hardly) (?:anything|any money|a thing|touched|talked|knew|even)"),
    rule(
      label,
      "(?:i|we) (?:didn't|did not|never) (?:even )?(?:sleep together|sleep with|have sex|do anything (?:physical|serious)|meet up|go all the way|cross (?:that|the) line)",
      {
        unlessBefore: "\\b(?:sorry|if)\\b(?: [^\\s,;:]+){0,3} $",
      },
    ),
  ];
}

/** "It's not a big deal": small in an apology, dismissive of the other's reaction in a conversation. */
export function smallDealShapes<L extends string>(label: L): Rule<L>[] {
  return [
    rule(
      label,
      "(?:it's|it is|that's|that is|it was|that was|this is|this was|this isn't|it isn't|it wasn't|that isn't|that wasn't)(?: not| n't|n't)? (?:a |that |such a |so |really a |even a |that big (?:of )?a |that big a |that much of a )?(?:big|huge|serious|major|much of a|big of a) (?:of a )?deal",
      // "It was a big deal" says the opposite: it takes the hurt at its size.
      {
        unlessNear:
          "^(?:it'?s|it is|it was|that'?s|that is|that was|this is|this was) (?:really |honestly )?a (?:big|huge|serious|major) deal",
      },
    ),
    rule(label, "(?:no|not a|not such a|not that big a|not that big of a) (?:big |huge |major )?deal"),
    rule(
      label,
      "(?:it's|it is|that's|it was|that was|this is|this isn't|this wasn't)(?: really| honestly| seriously| just| actually)?(?: not| n't|n't) (?:exactly )?(?:the end of the world|that bad|that serious|as bad as (?:you|it)|a (?:crime|tragedy|catastrophe)|that important|worth (?:fighting|crying|getting upset) (?:about|over))",
    ),
    rule(label, "what's the (?:big )?deal"),
    rule(
      label,
      "i don't see (?:what|why) (?:the|this|it's|it is|that's|the big) (?:big )?(?:deal|problem|issue)",
    ),
    rule(label, "(?:^|(?<=[.!?,;:\\n]\\s*))so what(?:\\?|!|,|$)"),
    rule(
      label,
      "(?:nothing|no reason) to (?:be upset|cry|get upset|worry|get worked up|fight|make a fuss) (?:about|over)",
    ),
  ];
}
