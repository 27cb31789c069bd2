import { type Rule, rule } from "../engine.ts";
import type { ApologyPart } from "../labels.ts";

/**
 * What the apology offers for the future: a commitment to change (repentance), an offer to put the
 * harm right (repair), and a request for forgiveness that leaves the choice with the other person.
 */

export const repentanceRules: Rule<ApologyPart>[] = [
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
  rule(
    "repentance",
    "(?:it|this|that) (?:won't|will not|will never|is never going to|'s never going to|isn't going to|is not going to) (?:ever )?happen again",
    {
      negatable: false,
    },
  ),
  rule("repentance", "never again", { negatable: false }),
  rule(
    "repentance",
    "(?:^|(?<=[.!?,;:\\n]\\s*))(?:from|as of|starting|beginning) (?:today|tonight|now|this moment|this day|this point)",
  ),
  rule(
    "repentance",
    "(?:i'll|i will|i'm going to|i am going to|i'm gonna|i promise (?:to|i'll|i will|that i'll|that i will)|i swear (?:to|i'll|i will)|i commit to|i'm committed to|i am committed to|i plan to|i intend to|i'm determined to|i am determined to) (?!(?:(?:also|now|really|definitely|absolutely|always|actively|personally|immediately|finally|from now on) )?(?:{REPAIR_VERB}|{NEUTRAL_VERB})\\b)(?:(?:also|now|really|definitely|absolutely|always|actively|personally|immediately|finally|from now on) )?(?:try (?:to |and )?|start |begin |make (?:an effort|a point) to )?[a-z][\\w'-]*",
    {
      unlessAfter:
        "^\\s*(?:you|your|myself for)\\b|^[^.!?]*\\b(?:make (?:it|this|things) (?:up|right)|make amends|to make up for)\\b",
    },
  ),
  rule(
    "repentance",
    "(?:i've|i have)(?: now| already| finally)? (?:stopped|quit|blocked|ended|cut (?:off|ties|contact)|closed|cancell?ed|signed up|joined|started|begun|booked|enrolled|uninstalled|given up|found a (?:therapist|counsel(?:l)?or|sponsor|group|program)|been (?:sober|clean|going to|seeing a|attending|working on|meeting with|off (?:the|alcohol|drink|gambling))|deleted (?!the (?:post|photo|picture|video|comment)))",
  ),
  rule(
    "repentance",
    "(?:my|the) phone (?:stays|will stay|is staying|goes|will go|is going) (?:off|down|away|face up|face-up|in the|out of)",
  ),
  rule(
    "repentance",
    "(?:i've|i have) (?:made an appointment|booked|scheduled|set up) (?:an appointment |a session |sessions )?(?:with|for)",
  ),
  rule(
    "repentance",
    "(?:i'm|i am) (?:now |finally |already )?(?:getting|seeking|finding|in) (?:help|treatment|support|counseling|counselling|therapy|recovery|rehab)",
  ),
  rule(
    "repentance",
    "(?:i won't|i will not|i'll never|i will never|i'm never going to|i am never going to|i'm not going to|i am not going to|i'm not gonna|i promise (?:i won't|i will never|i'll never|never to|not to)|i swear (?:i won't|i'll never|never to)) (?:ever )?(?:[\\w']+ ){0,12}?(?:again|anymore|any more)(?!\\w)",
    {
      negatable: false,
      unlessNear:
        "\\b(?:apologi[sz]e|say (?:i'm )?sorry|ask you|beg|explain|repeat|discuss|talk about|bring (?:it|this) up|mention)\\b",
    },
  ),
  rule(
    "repentance",
    "i (?:promise|swear|vow) (?:to|that i(?:'ll| will)|i(?:'ll| will)|you i(?:'ll| will)|you that i(?:'ll| will))(?! (?:never )?(?:ask|apologi[sz]e|beg|bring))",
  ),
  rule(
    "repentance",
    "(?:^|(?<=[.!?,;:\\n]\\s*))(?:starting|beginning|as of) (?:today|tonight|now|this week|tomorrow|right now|this moment)",
  ),
  rule(
    "repentance",
    "no more (?:secrets|lies|lying|hiding|drinking|gambling|excuses|sneaking around|late nights|hidden accounts|secret accounts|deleted messages)",
  ),
  rule(
    "repentance",
    "(?:i'm|i am) {GAP_}(?:deleting|blocking|ending|cutting|closing|cancell?ing|quitting|stopping|booking|joining|starting|scheduling|signing up for|making an appointment|looking for|finding) (?:[\\w']+ ){0,3}?(?:app|apps|account|accounts|number|contact|card|cards|therapy|therapist|counsel(?:or|lor|ing|ling)|session|sessions|group|program|meetings?|drinking|gambling|it off|things off|all contact|the affair)",
  ),
  rule("repentance", "i(?:'ve| have)? (?:been )?learn(?:ed|t|ing) (?:to|how to) (?!trust\\b)"),
  rule(
    "repentance",
    "(?:show|prove) (?:it to )?you (?:with|through|by|in) (?:what i do|my actions|actions|how i|the way i|everything i do)",
  ),
  rule(
    "repentance",
    "(?:so|so that) i (?:can|could|will|'ll) (?:be (?:home|there|with you|present|around|available|more present)|spend (?:more )?time with you|put you first)",
  ),
  rule(
    "repentance",
    "(?:i'll|i will|i'm going to|i am going to|i'm gonna|i promise|i plan to|i intend to)[^.!?\\n]{0,80}?\\b(?:from now on|going forward|moving forward|from here on(?: out)?|in the future|next time|for good|every (?:single )?(?:day|week|time))",
    { negatable: false },
  ),
  rule(
    "repentance",
    "(?:next time|in future|from now on),? (?:i'll|i will|i'm going to|i am going to|i promise|i'm gonna|i won't|i will not)",
  ),
  rule(
    "repentance",
    "(?:i'll|i will|i'm going to|i am going to|i'm gonna|i promise(?: to| i'll| i will| you)?|i swear(?: to| i'll| i will)?|i vow to|i commit to|i'm committed to|i am committed to|i intend to|i plan to|i'm determined to|i am determined to|i need to|i have to|i want to|i'm ready to|i am ready to|i'm trying to|i am trying to|i'll try to|i will try to|i'll keep|i will keep) (?:\\w+ ){0,2}?(?:change|do better|be better|(?:be|being) (?:a )?better|become|(?:be|being) (?:more|less|honest|open|transparent|truthful|there|present|careful|patient|kinder|accountable|consistent|reliable)|be the (?:partner|person|husband|wife|friend|son|daughter|parent)|tell you the truth|work on|learn|stop|quit|get help|get (?:some )?(?:therapy|counseling|counselling|treatment|sober)|go to (?:every |all |weekly |regular |my |the |our )?(?:therapy|counseling|counselling|a counselor|meetings?|rehab|aa|gamblers|sessions?|counsel(?:ing|ling) sessions?|appointments?)|see a (?:therapist|counselor|counsellor|doctor)|make sure|keep my (?:word|promise|promises)|show up|check in|communicate|listen|think before|walk away|take a breath|put you first|prioriti[sz]e|grow|fix myself|understand why|figure out why|deal with my|cut (?:off )?(?:all )?contact|end (?:it|things|all contact|contact)|block|delete|follow through|keep my|from now on|going forward|each day|every day|practice|slow down|pause|pay attention|leave (?:my|the) phone|limit|cut back|cut down|come home (?:on time|by|earlier|straight)|stay (?:sober|clean|away|off)|stop drinking|stop gambling|step up|always (?:be honest|be there|tell you|keep|come|call|answer|put you|check))",
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
  rule(
    "repentance",
    "i (?:want|need|intend|mean) to (?:change|be (?:a )?better|become|grow|be someone|be the (?:person|partner|man|woman)|do better|be more|learn|stop|fix myself|work on|never)",
    {
      unlessAfter: "^ (?:you|your)\\b",
    },
  ),
  rule(
    "repentance",
    "you(?:'ll| will) (?:never|not) have to (?:wonder|worry|doubt|question|guess|check|ask|find out|feel that)",
    {
      negatable: false,
    },
  ),
  rule(
    "repentance",
    "(?:i'm|i am) (?:changing|going to change|committed to changing|working on (?:it|this|myself|that|my))",
  ),
  rule(
    "repentance",
    "(?:i|i'll|i will|i'm going to) (?:always )?(?:make sure|ensure) (?:this|that|it|you|i)",
  ),
  rule("repentance", "(?:my|a) (?:plan|commitment|promise) (?:is|going forward|to you is|from now on)"),
];

export const repairRules: Rule<ApologyPart>[] = [
  rule(
    "repair",
    "{WILL} (?:\\w+ ){0,2}?(?:make (?:it|this|things|that|everything) (?:right|up to you|better)|make (?:it|this|that) up|make up for|make amends|fix (?:it|this|what|things|that|the)|repair (?:it|this|the|what|things|our|the damage)|undo|pay (?:you|it|for|back|off|the)|replace (?:it|the|your|what)|cover (?:it|the|your)|reimburse|refund|earn (?:back )?(?:your|it|back)|rebuild (?:your|the|our|trust)|regain (?:your|the)|win back|do (?:whatever|anything|everything) (?:it takes|you need|i can|to|that)|answer (?:any|all|every|whatever|your|anything|everything|each|questions)|show you (?:my|everything|anything|whatever|any|every|all)|sit down with you|go through (?:every|all|the|our|my) {GAP_}(?:accounts?|statements?|messages|texts|receipts|bills|questions|details|records)|give you (?:access|my (?:phone|passwords?|password|pin|code|keys|login)|(?:the|all my|all the) (?:password|passwords|pin|code|keys|login|logins)|whatever|full access|any)|share (?:my (?:location|phone|passwords?|calendar|accounts?)|everything)|hand over|tell (?:them|her|him|your \\w+|everyone|my \\w+|the \\w+) (?:the truth|everything|what (?:i did|really happened|happened))|apologi[sz]e to (?:your|them|her|him|everyone|my)|call (?:your|them|her|him|the)|talk to (?:your \\w+|them|her|him)|set (?:it|things|the record) straight|come clean|clear (?:your|the) name|correct|take (?:care of|you to|over)|go (?:to (?:counseling|counselling|therapy) )?with you|come with you|book (?:a|an|us)|cancel|return|give (?:it|the|your|them) back|pay you back|carry|cook|clean|handle|sort it out|make time|be (?:an )?open book|let you (?:see|check|look|read|ask|know)|keep you (?:updated|informed|posted|in the loop)|check in with you|close (?:the|that|my)|move (?:the|that)|delete)",
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
  rule(
    "repair",
    "(?:correct (?:the record|my mistake|the story)|set (?:the record|things|it) straight|make amends|make (?:it|this|things|that) (?:right|up to you)|make up for (?:it|this|that|what|lost|the|my))",
  ),
  rule(
    "repair",
    "if you(?:'re| are) open to it|if you(?:'d| would) like me to|if you want me to|if that would help you|if it would help you",
  ),
  rule(
    "repair",
    "(?:i've|i have)(?: now| already)? (?:taken (?:it|them|the [\\w']+|that) down|deleted the (?:post|photo|picture|video|comment)|repaid|paid (?:it|you|her|him|them) back|replaced|returned|refunded|fixed)",
  ),
  rule(
    "repair",
    "{WILL} (?:\\w+ )?(?:repay|pay (?:back|your|her|him|them)|buy (?:you|her|him|them) (?:a|another|new|one)|get you (?:a|another|new)|show you the (?:letter|statements?|receipts?|records?|messages|texts|emails?|bank|account|proof|app))",
  ),
  rule(
    "repair",
    "(?:i'm|i am) (?:putting|paying|giving|returning|replacing|fixing|repaying) (?:it|the money|that|everything|them|you|her|him|the [\\w']+)(?: [\\w']+){0,3}? back",
  ),
  // The words between may not open another clause: in "I'll understand if the answer is no" nothing is offered.
  rule("repair", "{WILL} (?:(?!(?:if|when|whether|unless|because)\\b)[\\w']+ ){0,5}?{REPAIR_VERB}(?!\\w)", {
    unlessAfter: "^\\s*(?:myself|my own)\\b|^ (?:with|through|by|in) (?:what i do|my actions|actions|how i)",
  }),
  rule(
    "repair",
    "(?:earn|win|get) (?:back )?(?:your|our) (?:trust|faith|respect|confidence)(?: back)?|rebuild (?:your|our|the) trust",
  ),
  rule("repair", "(?:would|will|does|could|might) it help (?:if i|for me to|you if i)"),
  rule(
    "repair",
    "(?:i'm |i am |i'll be |i will be )?hand(?:ing)? (?:over )?(?:you )?(?:the|my|all (?:the|my)) (?:credit cards?|cards|keys|phone|passwords?|accounts?|finances|money|bank details|logins?|chequebook|checkbook)(?: (?:over|to you))?",
  ),
  rule("repair", "(?:is there )?anything (?:i can do|you need(?: from me)?|that would help)", {
    negatable: false,
  }),
  rule(
    "repair",
    "(?:tell me|let me know) (?:what|how|whatever) (?:you need|would help|i can do|to do|helps|can help)",
    {
      negatable: false,
    },
  ),
  rule("repair", "whatever you need(?:,| from me| i(?:'ll| will)| to)", { negatable: false }),
  rule(
    "repair",
    "(?:my|the) (?:phone|passwords?|laptop|email|messages|accounts?|location|calendar|life) (?:is|are) (?:yours|open|available|an open book|there for you)",
  ),
  rule(
    "repair",
    "you can (?:see|check|look (?:at|through)|ask (?:me )?(?:anything|any|whatever|about)|read|have|call|go through|use|track) (?:my|anything|any|whatever|everything|me anything|about)",
  ),
  rule(
    "repair",
    "(?:i've|i have|i already|i've already|i have already) {GAP_}(?:paid|replaced|fixed|returned|repaid|called (?:your|her|him|them)|(?:emailed|messaged|contacted|written to|wrote to|texted|spoken to|spoke to) (?:the|your|them|her|him|everyone|everybody)|(?:told|informed|emailed|called) (?:the|your|our|my) [\\w']+ (?:it was|that it was|the truth|what really)|told (?:them|her|him|your|everyone)|apologi[sz]ed to [\\w']+|transferred|refunded|put (?:the|it|that) back|given back|gave back|deleted|cancelled|canceled)",
    { unlessAfter: "^ (?:you|sorry)\\b" },
  ),
  rule(
    "repair",
    "(?:i|i'll|i will) (?:want to |need to |have to )?(?:earn|win|rebuild|regain|restore) (?:back )?(?:your|our|the) (?:trust|faith|confidence|respect)",
  ),
  rule(
    "repair",
    "i (?:want|hope|would like|'d like) to (?:make (?:this|it|that|things) (?:right|up to you)|make amends|make up for)",
  ),
  rule("repair", "i owe you {GAP_}(?:more than|a|an|better)", {
    unlessAfter: "^\\s*(?:nothing|apology)",
  }),
  rule(
    "repair",
    "(?:i'm|i am|i'll be|i will be) (?:here|available|ready) (?:to (?:answer|listen|talk|help|hear)|whenever you|for whatever|when you)",
  ),
];

export const forgivenessRules: Rule<ApologyPart>[] = [
  rule("forgiveness_request", "(?:could|can|would|will) you (?:[\\w']+ ){0,5}?forgiv(?:e|ing) me", {
    unlessBefore: "\\b(?:when|how long|why can't|why won't|why don't)\\b[^,]*$",
  }),
  rule(
    "forgiveness_request",
    "(?:another|a second|one more|a fresh|a new|one last) (?:chance|start|try|shot)",
    {
      unlessBefore:
        "\\b(?:need|have|must|owe|owes|deserve|should|don't|do not|won't|not asking|never)\\b[^.!?]*$",
    },
  ),
  rule(
    "forgiveness_request",
    "(?<![\\w'] )(?:please,? )?(?:can|could|will|would) you {GAP_}(?:ever |someday |one day |eventually |please |find it in your heart to |possibly )?forgive (?:me|us)",
    {
      unlessBefore: "\\b(?:when|how long|why can't|why won't|why don't)\\b[^,]*$",
    },
  ),
  rule("forgiveness_request", "(?:please,? )?forgive me", {
    unlessBefore:
      "\\b(?:need|have|must|should|got|gotta|expect|demand|just|already|why|when)\\b(?: [^\\s,;:]+){0,3} $",
  }),
  rule(
    "forgiveness_request",
    "(?:i|i'm|i am) {MOD_}(?:hope|hoping|pray|praying|wish|ask|asking|beg|begging|humbly ask)(?: (?:that|so much|and pray|with all my heart))? (?:\\w+ ){0,6}?(?:forgive|forgiveness|another chance|a second chance|one more chance|another try|give (?:me|us) (?:a|another) chance|give us (?:a|another) (?:chance|try|shot)|take me back|let me back|let me (?:try again|come home|stay|back in))",
    {
      unlessBefore: "\\b(?:need|have|must|should)\\b(?: [^\\s,;:]+){0,3} $",
    },
  ),
  rule("forgiveness_request", "(?:your|for) forgiveness", {
    unlessBefore:
      "\\b(?:need|demand|expect|deserve|earned|owe|have|don't|do not|never)\\b(?: [^\\s,;:]+){0,4} $",
  }),
  rule(
    "forgiveness_request",
    "(?:if|when) you(?:'re| are)? (?:ever )?(?:ready|able|can|willing)(?: to)?,? (?:i hope )?(?:\\w+ ){0,3}?(?:forgive|give (?:me|us) (?:another|a second) chance)",
  ),
  rule(
    "forgiveness_request",
    "(?:would|could|will) you (?:\\w+ ){0,2}?(?:give (?:me|us) (?:another|a second|one more) chance|take me back|let me (?:try again|back in|prove))",
  ),
  rule(
    "forgiveness_request",
    "(?:please|i'm asking you to|i am asking you to|i beg you to) {GAP_}(?:give (?:me|us) (?:another|a second|one more) chance|take me back|don't give up on (?:me|us))",
    {
      unlessBefore: "\\bjust\\b(?: [^\\s,;:]+){0,2} $",
    },
  ),
];
