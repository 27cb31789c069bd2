import { type Rule, rule } from "../engine.ts";
import type { MessagePitfall } from "../labels.ts";
import {
  denialShapes,
  excuseShapes,
  minimizingShapes,
  sharedRules,
  smallDealShapes,
  whataboutShapes,
} from "../shared.ts";

import { contemptRules, criticismRules } from "./attacks.ts";

/** Gottman's Four Horsemen (criticism and contempt live in attacks.ts), plus blame and dismissal. */

const defensiveness: Rule<MessagePitfall>[] = [
  ...denialShapes("defensiveness" as const),
  ...whataboutShapes("defensiveness" as const),
  ...excuseShapes("defensiveness" as const),
  ...minimizingShapes("defensiveness" as const),
  rule(
    "defensiveness",
    "(?:i've|i have|i|i've already|i have already) (?:already )?(?:said|told you) (?:i'm |i was |i am )?sorry",
    { negatable: false },
  ),
  rule("defensiveness", "i (?:already|literally) (?:apologi[sz]ed|said sorry|explained|told you)"),
  rule(
    "defensiveness",
    "(?:(?:well|but|yeah|hey),? )?you (?:never|didn't|did not) (?:tell|told|ask|asked|say|said|mention|mentioned) (?:me|anything|that|so)(?: that| so| about it| anything)?(?=\\s*[.!?]|$)",
    {
      negatable: false,
    },
  ),
  rule(
    "defensiveness",
    "so (?:now )?(?:i'm|i am) (?:the bad guy|a (?:liar|monster|terrible person|bad person|villain)|the villain|the problem|always wrong|the enemy|the only one)",
  ),
  rule(
    "defensiveness",
    "so (?:what )?you(?:'re| are) saying (?:that )?(?:i|i'm|i am|it's all|it's my|everything|i'm the|i should|this is all)\\b",
    { negatable: false },
  ),
  rule("defensiveness", "i didn't (?:mean|intend) (?:it|that) (?:like that|that way)"),
  rule("defensiveness", "(?:yeah|yes|well|ok|okay),? (?:but|well) you"),
  rule(
    "defensiveness",
    "(?:why|how) (?:is|are) (?:this|that|it|everything) (?:always |suddenly |somehow )?(?:my (?:fault|problem)|about me)",
  ),
  rule("defensiveness", "i(?:'m| am) (?:not|never) (?:a bad|the bad|that bad|perfect, but|lying)"),
  rule("defensiveness", "(?:i|we) (?:was|were|am|are|'m|'re) (?:only |just )?(?:joking|kidding)"),
  rule("defensiveness", "it was (?:just |only )?a joke"),
  rule("defensiveness", "(?:don't|do not) (?:look at|talk to) me like (?:that|i'm)"),
  rule("defensiveness", "turn (?:this|it|that|things|everything) (?:around )?on me|flip (?:this|it) on me", {
    negatable: false,
  }),
  rule(
    "defensiveness",
    "(?:i|i've|i have) (?:always|done) (?:done )?(?:everything|so much|nothing but) (?:for you|right|to help)",
  ),
  rule(
    "defensiveness",
    "(?:how|what) (?:else|more) (?:was|am|could|can) i (?:supposed to|meant to|going to)? ?(?:do|know|have done)",
  ),
];

const stonewalling: Rule<MessagePitfall>[] = [
  rule(
    "stonewalling",
    "(?:i'm|i am|we're|we are|im) (?:so |just |totally |completely |officially |really )?(?:done|finished|through) (?:talking|with (?:this|you|it|the conversation|this conversation|this discussion|all of this|all this|this topic)|discussing|arguing|explaining|listening|here|having this conversation|trying)",
  ),
  rule("stonewalling", "(?:i'm|i am|im|we're|we are) (?:so |just )?done(?=\\s*[.!]|\\s*$)"),
  rule(
    "stonewalling",
    "i (?:don't|do not|won't|will not|refuse to|am not going to|'m not going to|can't|cannot|'m not gonna|am not gonna|don't even) (?:want to |wanna |have to )?(?:talk|discuss|go over|get into|deal with|have this conversation|answer|argue about|explain|justify|revisit|rehash|engage|do this|hear (?:it|this|that|any more|anymore|another word|your excuses|any of it)|listen to (?:this|you|it|that|any more|anymore|your excuses))(?: (?:about )?(?:it|this|that|any of this|this again|you|this conversation|any more|anymore|right now|now|again|with you|your questions))?",
    { negatable: false, unlessAfter: "^ (?:to (?:her|him|them|my|your)|you (?:cry|hurt|sad))\\b" },
  ),
  rule("stonewalling", "(?:this|the|our) (?:conversation|discussion|talk) is (?:over|done|finished|closed)"),
  rule("stonewalling", "end of (?:discussion|story|conversation|subject)"),
  rule("stonewalling", "(?:just )?(?:drop|forget) (?:it|about it)(?=\\s*[.!,]|$)"),
  rule("stonewalling", "(?:just )?(?:leave|let) it (?:be|alone)(?=\\s*[.!,]|$)"),
  rule("stonewalling", "leave me (?:alone|be)"),
  rule("stonewalling", "(?:^|(?<=[.!?,;:\\n]\\s*))(?:just )?(?:go away|get out)"),
  rule(
    "stonewalling",
    "(?:i )?(?:don't|do not) (?:want to|wanna) hear (?:it|any of it|this|that|another word|your excuses)",
  ),
  rule("stonewalling", "(?:^|(?<=[.!?,;:\\n]\\s*))save it"),
  rule("stonewalling", "(?:^|(?<=[.!?,;:\\n]\\s*))not (?:now|this again|again|tonight|today)(?=\\s*[.!]|$)"),
  rule("stonewalling", "i (?:have|'ve got|got) nothing (?:more |else )?to say"),
  rule("stonewalling", "no comment"),
  rule(
    "stonewalling",
    "(?:^|(?<=[.!?\\n]\\s*))(?:this |the |our )?(?:conversation|discussion|talk) (?:is )?(?:over|done|finished|closed)",
  ),
  rule("stonewalling", "(?:i'm|i am) not in the mood (?:for|to)", { negatable: false }),
  rule(
    "stonewalling",
    "(?:we|i) (?:don't|do not) (?:need|have) to (?:talk|discuss|go over|get into|keep talking) (?:about )?(?:this|it|that)",
    { negatable: false },
  ),
  rule(
    "stonewalling",
    "(?:i'd|i would) (?:much )?(?:rather|prefer) (?:not|never) (?:talk|discuss|go over|get into|hear|bring|think|deal)",
  ),
  rule(
    "stonewalling",
    "(?:i refuse to|i won't|i will not|i'm not going to|i am not going to|i'm not gonna) keep (?:going over|talking about|discussing|rehashing|having|arguing about|explaining) (?:this|it|that)",
  ),
  rule("stonewalling", "(?:^|(?<=[.!?\\n]\\s*))nothing (?:to talk about|more to say|to discuss|left to say)"),
  rule(
    "stonewalling",
    "(?:i have|i've got|i got) (?:no|zero) (?:interest|desire|intention|energy) (?:in|of) (?:talking|discussing|hearing|going over|revisiting|getting into|having this)",
  ),
  rule(
    "stonewalling",
    "(?:^|(?<=[.!?\\n,]\\s*)|(?<=\\b(?:ok|okay|fine|sure|yeah|lol|k|well|oh)\\s+))whatever(?=\\s*[,.!]|\\s*$)",
  ),
  rule("stonewalling", "talk to the hand"),
  rule(
    "stonewalling",
    "(?:i'm|i am) not (?:listening|discussing this|doing this|having this conversation|talking about this|answering)",
  ),
  rule(
    "stonewalling",
    "(?:i'm|i am) (?:not )?(?:doing|having) this (?:again|right now|now|anymore|any more)",
  ),
  rule(
    "stonewalling",
    "(?:^|(?<=[.!?\\n]\\s*))(?:whatever|fine|k|ok,? whatever|okay,? whatever|sure,? whatever|fine,? whatever)\\s*[.!]*(?=\\s*$|\\s+\\S)",
    {
      negatable: false,
    },
  ),
  rule("stonewalling", "(?:do|say) whatever you want"),
  rule(
    "stonewalling",
    "(?:i'm|i am) (?:leaving|out of here|outta here|walking away|going out|gone)(?=\\s*[.!,]|\\s*$)",
  ),
  rule("stonewalling", "(?:stop|quit) talking(?: to me)?"),
  rule(
    "stonewalling",
    "(?:can we|let's) (?:just )?(?:not|not talk about this|change the subject|talk about something else)(?=\\s*[.!?]|$| talk| discuss| do this| go there)",
  ),
  rule("stonewalling", "(?:there's|there is) nothing (?:to talk about|more to say|to discuss|left to say)"),
  rule("stonewalling", "i don't have time for (?:this|you|your)"),
  rule(
    "stonewalling",
    "(?:don't|do not) (?:talk to me|text me|call me|bother me|message me|speak to me)(?=\\s*[.!,]|$| again| anymore| ever)",
  ),
  rule(
    "stonewalling",
    "(?:\\*\\s*)?(?:silence|silent treatment|walks (?:away|out|off)|slams (?:the )?door|leaves the room|turns away|no response)(?:\\s*\\*)?",
  ),
  rule(
    "stonewalling",
    "(?:we've|we have|i've|i have) (?:been over|talked about|discussed|gone over) (?:this|it|that)(?: \\w+)? (?:a (?:hundred|thousand|million) times|enough|already|too many times|to death|before)",
  ),
  rule("stonewalling", "i'm not (?:going to|gonna) keep (?:talking|going) (?:about|over)"),
  rule(
    "stonewalling",
    "(?:stop|quit) (?:bringing (?:it|this|that) up|asking (?:me )?(?:about|questions)|harping on|going on about)",
  ),
  rule(
    "stonewalling",
    "(?:^|(?<=[.!?\\n]\\s*))(?:i )?(?:don't|do not) care(?: anymore| any more)?(?=\\s*[.!]|$)",
  ),
  rule("stonewalling", "(?:i'm|i am) (?:shutting|turning) (?:my phone )?off"),
  rule("stonewalling", "(?:i'm|i am) not (?:talking|speaking) to you"),
];

export const horsemenRules: readonly Rule<MessagePitfall>[] = [
  ...criticismRules,
  ...contemptRules,
  ...defensiveness,
  ...stonewalling,
  ...sharedRules.invalidation,
  ...smallDealShapes("invalidation" as const),
  rule("invalidation", "(?:just )?(?:get over|move on from) (?:it|this|that)(?: already)?", {
    unlessBefore: "\\b(?:how|help|can|we|will|i)\\b(?: [^\\s,;:]+){0,2} $",
  }),
  rule("invalidation", "(?:just )?(?:let it go|move on)(?= already|\\s*[.!]|$)", {
    unlessBefore: "\\b(?:how|help|can|i|we|to|will|won't|ready)\\b(?: [^\\s,;:]+){0,2} $",
  }),
  rule(
    "invalidation",
    "(?:it|that|this) (?:doesn't|does not|didn't|did not) (?:even )?matter(?=\\s*[.!,]|$| anyway| anymore)",
    {
      negatable: false,
    },
  ),
  ...sharedRules.blameShift,
];
