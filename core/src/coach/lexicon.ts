import {
  adverbs,
  emotions,
  faultAdjectives,
  insults,
  overreactions,
  positiveWords,
  selfFaults,
  traits,
  wrongActs,
} from "./words.ts";

/**
 * The word classes rules are written against, as regular-expression fragments over normalized text
 * (lower case, straight apostrophes). A rule names a class as {NAME}.
 */

const alt = (list: readonly string[]): string => `(?:${list.join("|")})`;

export const macros: Record<string, string> = {
  ADV_: `(?:${alt(adverbs)}\\s+)*`,
  /** Softeners that may sit between "I" and a verb without negating it. */
  MOD_: "(?:(?:really|truly|so|just|also|deeply|genuinely|honestly|still|do|did|always|totally|completely|fully|absolutely|now|finally|can|could|actually|sincerely|definitely|already|kind of|sort of|do really|really do|can really|can totally|can completely|can kind of)\\s+)*",
  /** One optional word that is not a negation, so "you didn't make me" never reads as "you made me". */
  GAP_: "(?:(?!(?:don't|do not|didn't|did not|never|can't|cannot|won't|not|doesn't|isn't|wasn't|wouldn't|couldn't|shouldn't|haven't|hasn't|aren't|weren't|no)\\b)[\\w']+\\s+)?",
  IM: "(?:i'm|i am|im)",
  IWAS: "(?:i'm|i am|im|i was|i've been|i have been|i feel|i felt|i've felt|i have felt)",
  YOURE: "(?:you're|you are|youre|you were|you've been|you have been|you've become|you have become)",
  YOU_BE:
    "(?:you're|you are|youre|ur|you were|you've been|you have been|you've become|you have become|you become|you can be|you seem|you sound|you act|you're acting|you are acting|you always are|are you|were you|you're always|you are always|you're such|you are such|you'll always be|you will always be|you're still|you are still)",
  WILL: "(?:i'll|i will|ill|i'm going to|i am going to|i'm gonna|i am gonna|i promise to|i promise i'll|i promise i will|i promise|i swear i'll|i swear i will|i swear|i vow to|i commit to|i'm committed to|i am committed to|i intend to|i plan to|i want to|i'd like to|i would like to|i'm ready to|i am ready to|i'm determined to|i am determined to|let me|i can|i could|i'm willing to|i am willing to|i'm happy to|i am happy to|i'd be happy to|i would be happy to|i offer to|i'm offering to|i am offering to)",
  NT: "(?:n't|nt| not)",
  EMO: alt(emotions),
  TRAIT: alt(traits),
  INSULT: alt(insults),
  OVERREACT: alt(overreactions),
  WRONG: alt(wrongActs),
  SELF_FAULT: alt(selfFaults),
  POSITIVE: alt(positiveWords),
  FAULT_ADJ: alt(faultAdjectives),
  /** Acts that put right harm already done: the heart of an offer of repair. */
  REPAIR_VERB:
    "(?:pay|repay|replace|refund|reimburse|return|fix|repair|make (?:it|this|things|that|everything) (?:right|up)|make up|make amends|cover|compensate|buy (?:you|her|him|them|a|another|new)|get you|give (?:it|them|the money|that|your|you (?:back|the|my|access|a refund|everything))|show you|answer|call (?:your|her|him|them|the)|tell (?:your|her|him|them|everyone|the truth)|apologi[sz]e to|take (?:it|them|the [\\w']+|that|this) down|delete the (?:post|photo|picture|video|comment)|correct|undo|clean|hand over|share|sit down with|go through|set (?:the record|things|it) straight|earn|rebuild|regain|win back|do (?:whatever|anything|everything)|help you|be an open book|let you|keep you|book|cook|take care|carry|drive you|pick (?:you|up)|send you|write to|restock|refill|redo|re-do|buy|get (?:you|a|another|new|more)|order|bring|put (?:it|the money|that|everything|them) back|have (?:it|them|this|that|the [\\w']+) back|look after (?:it|them|the [\\w']+)|be the one to (?:tell|explain|call|fix|pay))",
  /** Future verbs that promise nothing about changing: "I'll understand", "I'll call you". */
  NEUTRAL_VERB:
    "(?:understand|wait|respect|leave|let you go|miss|love|explain|talk|see|think|know|accept|hear|regret|remember|be (?:here|waiting|around|okay|ok|fine|there when|gone)|never forgive|forgive|need|want|feel|hope|give you (?:space|time)|try to explain|tell you (?:why|how|what happened|everything)|admit|say|ask you to|call you|text you|see you|talk to you|go|head|sleep|bed|get going|be (?:quick|brief)|keep this short|let it go|do (?:it|that|this|what|so|whatever|anything)|be (?:at|out|in|staying)|stay (?:at|with)|crash|still|reply|respond|text back)",
  SORRY: "(?:sorry|apologi[sz]e|apologi[sz]ing|apologies|regret)",
  BE: "(?:'s|is|was|are|were|'re|will be|would be|has been|had been)",
  IT: "(?:it|this|that|all of this|all of that|the whole thing|what happened|what i did|everything)",
  FAMILY:
    "(?:friends?|family|mom|mum|mother|dad|father|parents|sister|sisters|brother|brothers|siblings|cousins?|aunt|uncle|grandma|grandmother|grandpa|grandparents|coworkers?|co-workers?|colleagues?|mates|buddies|girlfriends|the guys|the girls|anyone|anybody|other (?:people|men|women|guys|girls)|people|classmates|neighbou?rs?|therapist|best friend)",
  TIMEWORD:
    "(?:(?:from|on|last|this past|since) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|night|year|time)|last night|yesterday|today|this morning|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this week|last week|at the party|at dinner|that night|that day|back then|this time)",
};
