import { analyzeMessage } from "../coach/index.ts";

/**
 * The `controlling` check every boundary and agreement goes through. It warns, it never blocks:
 * transparency chosen freely (sharing plans, showing a phone when asked, no contact with one
 * person) is a legitimate way to rebuild trust, while taking away someone's friends, money,
 * movements or all privacy is control. Both people see the warnings, and the person an agreement
 * binds can always withdraw from it.
 *
 * Two readers work together: the language coach's `controlling` findings (tuned for messages said
 * to someone, "you need to send me...") and the patterns below, tuned for how agreements are
 * written ("you share your location at all times"). Everything goes through `controlCheck`.
 */

export const controlKinds = ["surveillance", "isolation", "money", "movement", "other"] as const;
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
  other: {
    title: "Taking away a choice",
    explanation:
      "This wording decides something for the other person instead of asking. Say what you need to feel safe, and ask what they can offer.",
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

const patterns: Record<Exclude<ControlKind, "other">, readonly RegExp[]> = {
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

/** Which kind of control a coach finding is about, from its words; order matters ("spend without me" is money). */
const kindWords: readonly [ControlKind, RegExp][] = [
  [
    "money",
    /money|salary|wages|pay ?che|paycheck|card|bank|spend|buy|allowance|earnings|income|financ|withdraw/,
  ],
  [
    "surveillance",
    /phone|location|message|texts?\b|e-?mail|password|pin\b|login|account|track|monitor|spy|camera|gps|where you are|dms|social media|read|check|photo|video|every hour|every minute/,
  ],
  [
    "isolation",
    /friend|family|mother|father|mum|mom|dad|sister|brother|anyone|anybody|people|men\b|women|guys|girls|job|work|school|church|club|team/,
  ],
  ["movement", /go out|going out|leave|house|home|anywhere|travel|drive|without me|going|stay/],
];

const kindOf = (excerpt: string): ControlKind =>
  kindWords.find(([, words]) => words.test(excerpt.toLowerCase()))?.[0] ?? "other";

function patternWarnings(joined: string): ControlWarning[] {
  const warnings: ControlWarning[] = [];
  for (const [kind, list] of Object.entries(patterns) as [
    Exclude<ControlKind, "other">,
    readonly RegExp[],
  ][]) {
    const match = list.map((pattern) => pattern.exec(joined)).find((m) => m !== null);
    if (match) warnings.push({ kind, ...warningText[kind], excerpt: match[0] });
  }
  return warnings;
}

const wordPairs = (text: string) => {
  const words = normalize(text).match(/[a-z0-9']+/g) ?? [];
  return new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`));
};

/** The coach's findings, except where they point at words a pattern already explained. */
function coachWarnings(texts: readonly string[], explained: readonly ControlWarning[]): ControlWarning[] {
  const seen = explained.map((w) => wordPairs(w.excerpt));
  return texts.flatMap((text) =>
    analyzeMessage(text)
      .findings.filter((finding) => finding.label === "controlling")
      .filter((finding) => {
        const pairs = wordPairs(finding.text);
        return !seen.some((other) => [...pairs].some((pair) => other.has(pair)));
      })
      .map((finding) => ({
        kind: kindOf(finding.text),
        ...warningText[kindOf(finding.text)],
        excerpt: finding.text,
      })),
  );
}

/**
 * Warnings for `texts` (every field of one boundary or agreement), at most one per kind, in the
 * order of `controlKinds`.
 */
export function controlCheck(texts: readonly string[]): ControlWarning[] {
  const fromPatterns = patternWarnings(normalize(texts.join(". ")));
  const found = [...fromPatterns, ...coachWarnings(texts, fromPatterns)];
  return controlKinds.flatMap((kind) => {
    const first = found.find((w) => w.kind === kind);
    return first ? [first] : [];
  });
}
