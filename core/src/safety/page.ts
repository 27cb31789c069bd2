/** A page of guidance: a few short sections, each a list of points. */
export interface GuidancePage {
  title: string;
  intro: string;
  sections: readonly { id: string; heading: string; points: readonly string[] }[];
}

/**
 * The private safety page. It never mentions repairing the relationship: someone who is afraid needs
 * options, not encouragement to stay.
 */
export const safetyPage: GuidancePage = {
  title: "Your safety comes first",
  intro:
    "If you are afraid of the other person, or they hurt, threaten or control you, your safety matters more than anything else here. You deserve to feel safe.",
  sections: [
    {
      id: "now",
      heading: "What you can do now",
      points: [
        "If you are in danger, call your local emergency number.",
        "Call or message a domestic abuse help line. They listen in confidence and can help you plan for your safety, whatever you decide.",
        "Tell someone you trust what is going on.",
        "Think about where you could go if you needed to, and keep documents, keys, some money and any medicines somewhere you could reach quickly.",
      ],
    },
    {
      id: "leave_space",
      heading: "You can step away from Mend",
      points: [
        "You can stop using this shared space at any time. You don't need the other person's agreement, and you don't owe them an explanation.",
        "Working on things together isn't advised while one person is afraid or being harmed. Help lines and counselors who know about abuse can support you on your own.",
      ],
    },
    {
      id: "quick_exit",
      heading: "Quick exit",
      points: [
        "The quick exit button hides Mend straight away and opens an everyday website.",
        "It helps if someone walks in, but it doesn't erase your browsing history, and it can't protect you from spying apps.",
      ],
    },
    {
      id: "help_lines",
      heading: "Help lines differ by country",
      points: [
        "Every country has its own emergency number and its own support services. Some are listed below, and whoever runs this Mend can add more.",
        "If your country isn't listed, searching for a domestic abuse help line in your country, from a device that feels safe, will usually find one.",
      ],
    },
    {
      id: "devices",
      heading: "Keeping your devices safer",
      points: [
        "If the other person may look at your phone or computer, it can be safer to look for help on a device they can't reach, such as a trusted friend's phone or a library computer.",
        "Suddenly deleting all your browsing history can itself raise suspicion. A private browsing window, or a different device, may draw less attention.",
        "Spying apps are sometimes installed without a person knowing. A help line can advise you if you think that has happened.",
      ],
    },
  ],
};
