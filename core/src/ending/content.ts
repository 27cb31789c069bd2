import { ENDING_GRACE_DAYS } from "./rules.ts";

export interface EndingSection {
  id: string;
  title: string;
  paragraphs: readonly string[];
}

/** Shown before someone decides: what ending means and what happens next. No reason is asked for. */
export const aboutEnding: readonly EndingSection[] = [
  {
    id: "your_choice",
    title: "This is your decision",
    paragraphs: [
      "You can end the repair at any time. You don't need the other person's agreement, and you don't need to give a reason.",
      "Ending can mean you're stopping this process, or that the relationship itself is ending. Either is a legitimate choice, and looking after yourself is a good reason on its own.",
      "If you have forgiven, or are working on it, that can continue privately. Forgiving was never a promise to stay.",
    ],
  },
  {
    id: "what_happens",
    title: "What happens next",
    paragraphs: [
      "Nothing new can be shared in the space from the moment you end it.",
      `For ${ENDING_GRACE_DAYS} days, both of you can still read what was shared and download your own copy. Anyone can still delete their own things during that time.`,
      `After ${ENDING_GRACE_DAYS} days the space closes for both of you and can no longer be opened.`,
      "The other person will see that the repair has ended and the date it closes. They won't see any message from you unless you write one somewhere yourself.",
    ],
  },
  {
    id: "your_data",
    title: "Your data stays yours",
    paragraphs: [
      "Your download contains everything you wrote, including your private reflections and letters, plus what the other person chose to share with you.",
      "It never contains anything the other person kept private, and theirs never contains anything you kept private.",
      "You can download it as a file for keeping (JSON) or as a document you can read and print (PDF).",
    ],
  },
  {
    id: "leave_now",
    title: "If you need to go right away",
    paragraphs: [
      "You can also leave the space straight away instead, or delete your account. Leaving removes your access at once; deleting your account removes everything you wrote.",
      "If you are worried about your safety, the help lines on the safety page are there for you at any hour.",
    ],
  },
];

export const endConfirmation = {
  title: "End the repair?",
  body: `The space will stay readable for ${ENDING_GRACE_DAYS} days so you can both keep a copy, then it will close.`,
  confirm: "End the repair",
  cancel: "Not now",
} as const;

/** What each person sees once the repair has ended; worded the same whoever ended it. */
export const afterEnding = {
  title: "This repair has ended",
  text: "You can still read what was shared and download your own copy until the space closes.",
  closesOn: "The space closes on",
  care: "However this came about, it's a lot to take in. Be gentle with yourself in the days ahead.",
} as const;

/** Refusal message for new shared things after the repair has ended. */
export const endedRefusal =
  "This repair has ended, so nothing new can be shared here. You can still read and download everything until the space closes.";

export const deleteAccountGuide: EndingSection = {
  id: "delete_account",
  title: "Delete your account",
  paragraphs: [
    "Deleting your account removes everything you wrote in Mend, in every space, and signs you out everywhere. It can't be undone.",
    "Download your data from each space first if you want to keep a copy.",
    "The other person keeps what they wrote. Mend will tell them only that you have left.",
  ],
};

/** Headings and labels for the readable export; the web and the PDF use the same words. */
export const exportLabels = {
  documentTitle: "Your Mend record",
  intro:
    "Everything you wrote in this space, and what the other person chose to share with you. Things they kept private are not included.",
  exportedAt: "Downloaded on",
  from: { you: "You", them: "Them", together: "Both of you", counselor: "Your counselor" },
  visibility: { private: "Private to you", shared: "Shared" },
  empty: "Nothing here.",
  sealed:
    "Kept in your vault, so only your browser can read it. Download the data file with your vault open to have it in words.",
} as const;
