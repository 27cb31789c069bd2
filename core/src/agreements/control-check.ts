/**
 * The `controlling` check every boundary and agreement goes through. It warns, it never blocks:
 * transparency chosen freely (sharing plans, showing a phone when asked, no contact with one
 * person) is a legitimate way to rebuild trust, while taking away someone's friends, money,
 * movements or all privacy is control. Both people see the warnings, and the person an agreement
 * binds can always withdraw from it.
 *
 * Everything goes through `controlCheck`, so the language coach can take its place later without
 * any caller changing.
 */

export const controlKinds = ["surveillance", "isolation", "money", "movement"] as const;
export type ControlKind = (typeof controlKinds)[number];

export interface ControlWarning {
  kind: ControlKind;
  /** A short plain name for the warning. */
  title: string;
  /** Why this wording reads as control, and what to try instead. */
  explanation: string;
  /** The words that raised it, as written. */
  excerpt: string;
}

/** What tells a boundary from control; shown beside every warning. */
export const boundaryVersusControl =
  "A boundary says what you need and what you will do to look after yourself. Control decides for the other person where they can go, who they can see, how they spend money or what stays private. Agreements rebuild trust when both choose them freely, and either of you can step back from one that starts to feel like a cage.";

const warningText: Record<ControlKind, { title: string; explanation: string }> = {
  surveillance: {
    title: "Watching at all times",
    explanation:
      "Checking someone's phone, messages or location all the time leaves no privacy at all. It can calm fear for a while, but it tends to feed more checking. Openness offered with limits (plans shared ahead, a phone shown when asked) builds more trust.",
  },
  isolation: {
    title: "Cutting someone off from people",
    explanation:
      "Keeping someone from friends or family takes away their support. Agreeing about one particular person can be fair; a rule about everyone is control. Try naming the one contact that hurts, and what would help you feel safe.",
  },
  money: {
    title: "Control over money",
    explanation:
      "Taking charge of all of someone's money, or making them ask before they spend, removes their independence. Openness about shared money can be agreed together, with each person keeping something of their own.",
  },
  movement: {
    title: "Permission to go out",
    explanation:
      "Needing permission to leave the house, travel or see people decides someone's movements for them. Letting each other know plans and times is a fair request; asking for permission is not.",
  },
};

// Each pattern reads normalized text: lower case, straight apostrophes, single spaces.
const watch =
  "(?:track|tracking|monitor|monitoring|check|checking|read|reading|see|go through|going through|look through|access|look at|looking at)";
const personal =
  "(?:phone|phones|messages|texts|emails?|e-mails?|location|whereabouts|social media|dms|chats|browser history|calls|call log)";
const always =
  "(?:at all times|all the time|always|24/7|24 7|constantly|whenever (?:i|he|she|they|you) (?:want|wants|like|likes|ask|asks)|any time|anytime|without asking|without warning|every day|every night)";
const everyone =
  "(?:friends|family|parents|mother|mum|mom|father|dad|siblings|sisters|brothers|colleagues|coworkers|co-workers|anyone|anybody|other people|people)";
const forbidden =
  "(?:no|not|never|stop|don't|do not|won't|will not|can't|cannot|can not|mustn't|must not|isn't allowed to|aren't allowed to|not allowed to|forbidden to|banned from|forbid|forbids)";
const meet =
  "(?:see|seeing|talk to|talking to|speak to|speaking to|contact|contacting|meet|meeting|visit|visiting|call|calling|text|texting|message|messaging|spend time with|go out with|hang out with|contact with|meet up with)";
const permission = "(?:(?:(?:my|your|his|her|their) )?(?:permission|approval|ok|okay|say-so)|a yes from me)";

const patterns: Record<ControlKind, readonly RegExp[]> = {
  surveillance: [
    new RegExp(
      `${watch} (?:all (?:of )?|everything on |everything in )?(?:your|my|his|her|their|the) (?:\\w+ )?${personal}[^.!?]*?${always}`,
    ),
    new RegExp(
      `${always},? (?:\\w+ )?${watch} (?:all of |everything on )?(?:your|my|his|her|their) (?:\\w+ )?${personal}`,
    ),
    new RegExp(
      `(?:share|sharing|keep|keeping|leave|leaving|have|having|turn on|switch on) (?:on )?(?:your|my|his|her|their)? ?(?:live )?location\\b[^.!?]{0,40}?${always}`,
    ),
    /(?:all|every one of) (?:your|my|his|her|their) (?:passwords|passcodes|logins|accounts)/,
    /(?:full|complete|total|unlimited|unrestricted|free) access to (?:your|my|his|her|their|all)/,
    /(?:install|put|add)(?:s|ing)? (?:a |an )?(?:tracking|tracker|spy|spyware|monitoring|stalkerware)/,
  ],
  isolation: [
    new RegExp(
      `${forbidden} (?:to )?${meet} (?:any |your |my |his |her |their |any of (?:your|my|his|her|their) |with )?(?:own )?${everyone}\\b`,
    ),
    new RegExp(
      `only (?:see|talk to|meet|contact|speak to) (?:the )?${everyone} (?:i|we|he|she) (?:approve|approves|allow|allows|choose|chooses|agree to)`,
    ),
    new RegExp(`cut (?:off|ties with|out) (?:all )?(?:of )?(?:your|my|his|her|their)? ?${everyone}`),
  ],
  money: [
    /(?:i|he|she|they|you) (?:will )?(?:control|controls|manage|manages|handle|handles|keep|keeps|hold|holds|take|takes) (?:all|every penny|every cent|every dollar|every pound)(?: of)? (?:the |your |my |his |her |their |our )?(?:money|finances|income|wages|salary|pay|earnings|bank accounts?|cards)/,
    /(?:hand|hands|give|gives|sign|signs|turn|turns) (?:over )?(?:me )?(?:all )?(?:of )?(?:your|my|his|her|their) (?:whole )?(?:salary|wages|pay|paycheck|pay cheque|income|earnings|bank cards?|cards|money)(?: over)?/,
    new RegExp(
      `(?:ask|asks|asking|get|gets|need|needs|have|has) (?:me )?(?:for )?${permission} (?:before|to) (?:spend|spending|buy|buying|pay|paying)`,
    ),
    /(?:an|a weekly|a monthly) allowance/,
    /(?:no|not have|not keep|can't have|cannot have|not allowed) (?:a |any )?(?:money|bank account|account|card) of (?:your|his|her|their|my) own/,
  ],
  movement: [
    new RegExp(
      `(?:ask|asks|asking|get|gets|getting|need|needs|have|has|must have|with|without) (?:me )?(?:for )?${permission} (?:to|before|for) (?:(?:you|he|she|they|i) )?(?:go|goes|going|leave|leaves|leaving|travel|travels|travelling|traveling|see|sees|meet|meets|visit|visits|drive|drives)`,
    ),
    new RegExp(
      `${forbidden} (?:to )?(?:go out|going out|leave the house|leaving the house|go anywhere|going anywhere|travel|travelling|traveling|leave home)(?! without telling| without letting)`,
    ),
    /(?:must|has to|have to|needs? to|will) be (?:home|back) (?:by|before) [^.!?]*(?:every|each) (?:night|day|evening)/,
    /(?:never|not|don't|do not|won't) (?:go|going) (?:out|anywhere) without me/,
  ],
};

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Warnings for `texts` (every field of one boundary or agreement), at most one per kind, in the
 * order of `controlKinds`. Matching is on normalized text; the excerpt is taken from that text.
 */
export function controlCheck(texts: readonly string[]): ControlWarning[] {
  const joined = normalize(texts.join(". "));
  const warnings: ControlWarning[] = [];
  for (const kind of controlKinds) {
    for (const pattern of patterns[kind]) {
      const match = pattern.exec(joined);
      if (match) {
        warnings.push({ kind, ...warningText[kind], excerpt: match[0] });
        break;
      }
    }
  }
  return warnings;
}
