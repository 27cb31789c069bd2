import { type Rule, rule } from "../engine.ts";

/** Denial and counter-attack: deflection inside an apology, defensiveness in a conversation. */

/** Denying any part of it. */
export function denialShapes<L extends string>(label: L): Rule<L>[] {
  return [
    rule(
      label,
      "i (?:didn't|did not|never|haven't|have not) {GAP_}(?:do|done|did|say|said) (?:anything|nothing|a thing|that|it|any of that|what you|you were|you're|you are|that you)(?: (?:wrong|bad|to you|you're saying|you think|to deserve))?",
      {
        negatable: false,
        unlessBefore: "\\b(?:if|sorry)\\b(?: [^\\s,;:]+){0,3} $",
        unlessAfter: "^ (?:to (?:hurt|upset)|on purpose)",
      },
    ),
    rule(label, "i (?:did|have done|'ve done) nothing (?:wrong|to|bad)", { negatable: false }),
    rule(
      label,
      "(?:^|(?<=[.!?,;:\\n]\\s*))i (?:didn't|did not|never|wasn't|was not) (?:even )?(?:cheat|cheating|lie|lying|touch (?:her|him|them)|sleep with|kiss|flirt|flirting|steal|hide anything|do (?:it|that|anything)|say (?:that|it))(?=\\s*[,.!;]|$| and| with| on you| to you)",
      {
        negatable: false,
      },
    ),
    rule(
      label,
      "i (?:have|'ve got|got) nothing to (?:apologi[sz]e|be sorry|feel bad|feel guilty|be ashamed|hide) (?:for|about)",
      {
        negatable: false,
      },
    ),
    rule(
      label,
      "(?:that's|that is|this is|it's|it is)(?: not| n't|n't) (?:even )?(?:true|fair|what happened|how it happened|what i said|what i meant|how it went|what you think)",
      {
        negatable: false,
        unlessBefore: "\\b(?:i know|you're right|you are right)\\b[^.!?]*$",
      },
    ),
    rule(label, "(?:that|it) (?:never|didn't|did not) (?:even )?happen(?:ed)?"),
    rule(
      label,
      "(?:don't|do not|stop trying to) (?:blame|put (?:this|it|that|everything|all of this|all this)(?: all)? on|blame (?:this|it|that|everything|all of this|all this)(?: all)? on) me",
      { negatable: false },
    ),
    rule(
      label,
      "why (?:is|does|must) (?:it|everything) (?:always )?(?:have to be )?(?:my fault|on me|about me|blamed on me)",
    ),
    rule(
      label,
      "(?:so|now|oh|of course|great)(?:,)? (?:now )?(?:it's|it is|this is|everything is|everything's)(?: all)? (?:my fault|on me)",
    ),
    rule(label, "(?:it's|it is|this is|everything is|everything's)(?: all)? my fault(?=\\s*\\?)"),
    rule(label, "(?:i'm|i am) not the (?:one|bad guy|villain|problem|only one|enemy)(?: who| that| here)?", {
      negatable: false,
    }),
    rule(
      label,
      "(?:stop|quit) (?:attacking|accusing|blaming|nagging|criticizing|criticising|picking on|yelling at|interrogating) me",
      { negatable: false },
    ),
    rule(label, "(?:you're|you are) (?:twisting|putting) (?:my words|words in my mouth|everything i say)"),
    rule(label, "i (?:don't|do not) know what you're talking about"),
    rule(label, "it's not what (?:you think|it looks like)"),
    rule(
      label,
      "(?:excuse me|sorry|forgive me|pardon me) for (?:trying|caring|breathing|existing|living|wanting|having (?:a life|feelings|an opinion|needs|friends)|being human|being alive)",
    ),
    rule(label, "i did (?:the best|my best|everything|all) (?:i could|i can|i knew how)"),
    rule(
      label,
      "(?:i'm not|i am not|i won't|i will not|i refuse to) (?:going to )?(?:apologi[sz]e|say sorry|be sorry) (?:for|when|because)",
      { negatable: false },
    ),
    rule(label, "(?:i'm|i am) (?:doing|trying) my best(?:,| here| okay| ok|!)"),
  ];
}

/** Answering a complaint with one about them ("what about you?"). */
export function whataboutShapes<L extends string>(label: L): Rule<L>[] {
  return [
    rule(label, "what about (?:everything |all (?:the (?:things|stuff|times) )?)(?:i|i've|that i)"),
    rule(label, "what about (?:[\\w']+ ){0,4}?(?:you|you've|you'd|you're|your|when you)\\b"),
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
    rule(
      label,
      "you(?:'ve| have)? (?:got )?your own (?:skeletons|issues|problems|secrets|stuff|mistakes|faults|baggage|demons)",
    ),
    rule(label, "(?:that's|that is) rich(?: coming from you)?|coming from you(?=\\s*[.!?,]|$)"),
    rule(label, "it's not like you(?:'ve| have)? never"),
    rule(
      label,
      "(?:you're|you are) one to talk|look who's talking|the pot calling the kettle|says the (?:one|person|guy|girl|woman|man) who",
    ),
    rule(
      label,
      "(?:you|you've|you have) (?:hurt|lied to|cheated on|betrayed|ignored|neglected|disrespected|yelled at) me (?:too|as well|first|before|plenty|just as much|more|worse)",
    ),
    rule(label, "(?:you're|you are) the one (?:who|that)(?: \\w+)", { negatable: false }),
  ];
}
