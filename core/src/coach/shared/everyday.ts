import { type Rule, rule, shapes } from "../engine.ts";

/**
 * Blame and dismissal as people write them when they have never seen the rules, shared by both
 * analyzers: blame passed to a third person ("your brother was the one who…", "if your sister hadn't
 * said anything…"), and disbelief at the other person's feelings ("can't believe you're still upset").
 */

const you = "(?:you|u)";
const your = "(?:your|ur)";
const youAre = "(?:you're|you are|ur|u r|youre)";
const feelings =
  "(?:upset|hurt|mad|angry|crying|cry|bothered|worked up|offended|sad|jealous|on about|going on about|hung up|sulking|stressing|freaking out)";

const blameShift: Rule<"blame_shift">[] = [
  ...shapes("blame_shift", [
    "take it up with (?:her|him|them|\\w+)|blame (?:her|him|them|\\w+),? not me",
    `(?:the whole thing|it all|this all|all of this|this whole thing|everything|it) (?:all )?(?:started|began) (?:with|when|because) (?:${your}|${you}|him|her|them|my \\w+|(?!me\\b|i\\b|my\\b)\\w+'s)\\b`,
    `(?:because|bc|cuz) of (?:how|what|the way) ${you}\\b`,
    `thanks to ${your} (?!help|support|advice|kindness|hard work|patience)\\w+`,
    `${you} {GAP_}(?:made|make) (?:us|me) (?:be |look |feel )?(?:late|miss|lose|the one|wait|pay)`,
    `${you} (?:pushed|backed|drove|forced) me (?:into a corner|to (?:it|this)|over the edge)`,
  ]),
  // Someone else's doing, had it been otherwise, would have spared it: "if your sister hadn't said anything…".
  rule(
    "blame_shift",
    "(?<hit>if (?!i\\b|we\\b|i'd|i'm|im\\b|i've)\\w+(?: \\w+){0,3}? (?:hadn't|hadnt|had not|didn't|didnt|wasn't|wasnt|weren't|werent)\\b)[^.!?]{0,100}?\\b(?:(?:we|i|it|this|that) (?:wouldn't|wouldnt|would not|'d never|would never|never would)|none of (?:this|it) (?:would|'d))",
    { negatable: false },
  ),
  rule(
    "blame_shift",
    `(?:maybe )?if ${you} (?:didn't|didnt|did not|weren't|werent|wasn't|wouldn't|wouldnt) \\w+[^.!?]{0,40}?\\b(?:i'd|id|i would) (?:want|wanna|feel|enjoy|stay|come|be)`,
    { negatable: false },
  ),
  ...shapes("blame_shift", [
    `(?<![\\w'])(?!(?:i|it|this|that|which|who)\\b)(?:${your} |my |her |his |the )?[a-z]+ (?:is|was|'s) the one (?:who|that) (?:told|started|said|wanted|made|did|gave|suggested|invited|brought|kept)`,
    "it was (?!me\\b|i\\b|my\\b|just\\b|only\\b|the\\b|a\\b)\\w+(?: \\w+)? (?:who|that) (?:started|told|said|wanted|made|suggested|brought)",
    `(?:it was|it's|its|that was) (?:mostly |all |really |actually |originally |totally )?(?:${your}|her|his|their|(?!my\\b)\\w+'s|(?!my\\b|this|thi|it|wa|i|hi)\\w+s) idea`,
    `${you} know how ${you} get`,
    `${you} (?:would|'d|d) (?:have |'ve |ve |of )?(?:freaked out|lost it|gone crazy|flipped out|overreacted|blown up|been (?:angry|mad|upset|furious)) if i`,
    "(?:there's|there are|theres) (?:always )?two sides",
  ]),
  rule("blame_shift", "got in(?:to)? my head", { unlessBefore: "\\bi(?: \\w+)? $" }),
  rule("blame_shift", "(?:it's|its|it is|it was) not (?:just|only|all) (?:me|my fault|on me)"),
  // After "but", "so" or "because", nobody having said is offered as the reason it happened.
  ...shapes("blame_shift", [
    "(?:nobody|no one|noone)(?<=\\b(?:but|so|because|bc)\\b[^.!?]{0,60}(?:nobody|no one|noone)) (?:[\\w']+ ){0,4}?(?:told|warned|let) me",
    "(?:his|her|their|\\w+'s) (?:doing|fault),? not mine",
    `(?:it's|its|it is|it was) (?:all |really |totally |actually )?(?:${your} |his |her |their )?(?!(?:my|nobody|no one|anyone|anybody|everyone|everybody|someone|somebody)'s)\\w+'s fault`,
    "(?:they're|theyre|they are|they were) the ones\\b|in (?:your|ur) ear\\b|filling (?:your|ur) head",
    `told me ${you} (?:were|was|'d be|would be) (?:fine|ok|okay|cool) with (?:it|that)`,
  ]),
  rule(
    "blame_shift",
    `i (?:only |just )?(?:told|did|said|went|lied|looked)\\b[^.!?]{0,40}?(?<hit>(?:because|bc|cuz) (?:${you}|${your})\\b)`,
    { negatable: false },
  ),
  ...shapes("blame_shift", [
    `(?!i\\b)\\w+ (?:dared|egged|talked|goaded|pushed|pressured) me (?:to|on|into)`,
    `${you} were being (?:\\w+ )?(?:annoying|difficult|rude|mean|cold|impossible|unreasonable|a pain|a jerk|a brat)`,
  ]),
];

const invalidation: Rule<"invalidation">[] = [
  rule(
    "invalidation",
    `(?:idk why|i don't know why|i dont know why|i don't get why|can't believe|cant believe|cant beleive|can't beleive|cannot believe|no way) (?:${youAre}|${you}) (?:even |still |so |this |that |really )*(?:${feelings}|care so much|making (?:a|such|this|it)|bringing (?:this|it|that) up)`,
    { negatable: false },
  ),
  // "Why are you even upset" doubts the feeling; "I get why you're upset" (kept out) understands it.
  ...shapes("invalidation", [
    `why (?:are|r) ${you} (?:(?:even|still|so|really) )+${feelings}|why (?:are|r) ${you} (?:crying|freaking out|sulking) (?:over|about) (?:this|that|it|nothing)`,
    "(?:why|idk why|i don't know why|i dont know why) (?:this|it|that) (?:is|was|'s) (?:such|so|a) (?:a )?big deal",
    `making (?:it|this|that|me) (?:sound|seem|look) (?:\\w+ )?(?:worse|bigger|like a (?:big )?(?:deal|monster|villain))`,
    "(?:it's|its|it is|that's|thats) not (?:that|even that|this) deep",
    `${you} (?:can't|cant|cannot|shouldn't|shouldnt) (?:really |seriously |honestly |possibly |actually |still )(?:be|feel|get) (?:so |that )?(?:hurt|upset|mad|angry|offended|bothered)`,
    "(?:valid|fair|understandable) (?:and (?:all|everything)|or whatever),? but",
    `the only one (?:still |who's still |who is still )?(?:holding on|upset|mad|angry|making|bringing|thinking about it|still)`,
    `${youAre} (?:just )?(?:reading (?:into|too much into)|imagining|overthinking)`,
    `(?:i think )?${youAre} just (?:tired|stressed|hormonal|hungry|in a (?:bad )?mood|grieving|taking it out)`,
    `${youAre} taking (?:it|this|that|other (?:stuff|things)|\\w+ (?:stuff|things)) out on me`,
    `(?:${youAre}|${you} can be|${you} get) (?:being )?(?:a bit|kinda|kind of|so|too|way too|pretty|overly|super|a little|a lil|a tad|honestly) (?:sensitive|touchy|dramatic|emotional|extra|uptight|much)`,
    "(?:is|are|was|it's|that's|its|thats) (?:frankly |honestly |just )?a bit much",
    `${you} (?:always |just |constantly )?(?:make|turn) (?:everything|every little thing|it|this|things) into (?:a |such a )?(?:drama|big deal|crisis|catastrophe|whole thing)`,
  ]),
  rule(
    "invalidation",
    `${youAre} not (?:actually|really|even|that) (?:still )?(?:hurt|upset|scared|mad|angry|sad|offended)`,
    {
      negatable: false,
    },
  ),
  ...shapes("invalidation", [
    "(?:^|(?<=[.!?,]\\s*)|(?<=\\b(?:ok|okay|sure|yes|alright),? ))drama queen",
    "(?:there's|theres|there is) nothing to (?:be )?(?:anxious|upset|worried|scared|sad|mad|angry|jealous|cry|panic) (?:about|over)",
    `${you} (?:just |clearly |obviously )?(?:misread|misunderstood|misheard) (?:it|that|this|me|what)`,
    `${you} just want to (?:win|be right|fight|argue|be angry|be mad)`,
    "remember(?:ing)? (?:it|that|this|that night|that day|things|everything) differently",
    `${youAre} (?:being |so |way )?(?:over-?sensitive|hypersensitive)|${youAre} confusing`,
    `${you} (?:really |just |honestly )?(?:need|have|got|gotta|should|must) (?:to )?(?:just )?(?:toughen up|grow up|get over it|calm down|relax|chill|lighten up|man up)|(?:^|(?<=[.!?,]\\s*))grow up(?=\\s*[.!]|$)`,
  ]),
];

export const everydayShared = { blameShift, invalidation };
