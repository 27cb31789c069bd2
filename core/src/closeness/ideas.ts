import { type RelationshipKind, relationshipKinds } from "../spaces/contract.ts";
import { wordsFor } from "../spaces/relationship-words.ts";

export const ideaCategories = ["conversation", "new_activity", "date", "volunteering", "trip"] as const;
export type IdeaCategory = (typeof ideaCategories)[number];

export const effortLevels = ["low", "medium", "high"] as const;
export type Effort = (typeof effortLevels)[number];

export const costLevels = ["free", "low", "medium", "high"] as const;
export type Cost = (typeof costLevels)[number];

export const ideaCategoryLabels: Record<IdeaCategory, string> = {
  conversation: "Conversations",
  new_activity: "Something new",
  date: "Dates",
  volunteering: "Helping others",
  trip: "Trips",
};

export const effortLabels: Record<Effort, string> = {
  low: "Easy",
  medium: "Some planning",
  high: "A bigger project",
};

export const costLabels: Record<Cost, string> = {
  free: "Free",
  low: "Cheap",
  medium: "Moderate",
  high: "A treat",
};

export interface TimeTogetherIdea {
  /** Stable: plans refer to ideas by id. */
  id: string;
  category: IdeaCategory;
  title: string;
  detail: string;
  effort: Effort;
  cost: Cost;
  /** The relationships it fits; ideas for everyone list all four. */
  suits: readonly RelationshipKind[];
}

const everyone: readonly RelationshipKind[] = relationshipKinds;
/** Ideas that assume romance go only to the relationships where romance may be spoken of. */
const partners: readonly RelationshipKind[] = relationshipKinds.filter((kind) => wordsFor(kind).romantic);

export const timeTogetherIdeas: readonly TimeTogetherIdea[] = [
  // Conversations
  {
    id: "talk_first_memories",
    category: "conversation",
    title: "Share your first memories of each other",
    detail: "Take turns telling what you first noticed about the other and what you thought then.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  {
    id: "talk_hopes_year",
    category: "conversation",
    title: "What you hope for this year",
    detail: "Each name one hope for yourself and one for the two of you. Listen without fixing.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  {
    id: "talk_childhood",
    category: "conversation",
    title: "A story from when you were young",
    detail: "Tell a childhood story the other hasn't heard, and what it taught you.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  {
    id: "talk_three_good_things",
    category: "conversation",
    title: "Three good things",
    detail: "At the end of a day, each name three things that went well, however small.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  {
    id: "talk_walk_and_talk",
    category: "conversation",
    title: "A walk with no phones",
    detail: "Walk for half an hour with phones left at home, and talk about whatever comes up.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  {
    id: "talk_question_cards",
    category: "conversation",
    title: "Questions in a jar",
    detail: "Each write five curious questions on slips of paper, mix them up, and take turns drawing one.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  {
    id: "talk_love_language",
    category: "conversation",
    title: "What makes you feel cared for",
    detail: "Each describe a time you felt really looked after, and what exactly made it feel that way.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  // Something new
  {
    id: "new_cook_unfamiliar",
    category: "new_activity",
    title: "Cook a dish neither of you has made",
    detail: "Pick a cuisine you don't know, shop for it together and cook side by side.",
    effort: "medium",
    cost: "low",
    suits: everyone,
  },
  {
    id: "new_class",
    category: "new_activity",
    title: "Take a one-off class",
    detail: "Pottery, dance, climbing, a language taster: something where you're both beginners.",
    effort: "medium",
    cost: "medium",
    suits: everyone,
  },
  {
    id: "new_puzzle",
    category: "new_activity",
    title: "Build a puzzle or a model",
    detail: "Something that takes a few evenings, so you come back to it together.",
    effort: "low",
    cost: "low",
    suits: everyone,
  },
  {
    id: "new_board_game",
    category: "new_activity",
    title: "Learn a new board game",
    detail: "Borrow or buy one neither of you has played, and learn the rules together.",
    effort: "low",
    cost: "low",
    suits: everyone,
  },
  {
    id: "new_garden",
    category: "new_activity",
    title: "Grow something",
    detail: "Plant herbs on a windowsill or a patch of garden, and look after it between you.",
    effort: "medium",
    cost: "low",
    suits: everyone,
  },
  {
    id: "new_photo_walk",
    category: "new_activity",
    title: "A photo walk",
    detail:
      "Walk somewhere familiar and each photograph ten things you never usually notice. Compare afterwards.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  {
    id: "new_exercise",
    category: "new_activity",
    title: "Move together",
    detail: "A swim, a bike ride, a gentle run or a yoga video at home: something active you can both enjoy.",
    effort: "medium",
    cost: "free",
    suits: everyone,
  },
  {
    id: "new_old_photos",
    category: "new_activity",
    title: "Sort through old photos",
    detail: "Pick out favourites from the years you've known each other and tell the story behind each.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  // Dates and outings
  {
    id: "date_recreate_first",
    category: "date",
    title: "Recreate an early date",
    detail: "Go back to a place from your early days, or recreate it at home.",
    effort: "medium",
    cost: "medium",
    suits: partners,
  },
  {
    id: "date_picnic",
    category: "date",
    title: "A picnic",
    detail: "Pack simple food and find a park, a beach or a spot with a view.",
    effort: "low",
    cost: "low",
    suits: everyone,
  },
  {
    id: "date_home_cinema",
    category: "date",
    title: "A film night at home",
    detail: "Each pick a film the other hasn't seen. Snacks, blankets, phones in another room.",
    effort: "low",
    cost: "free",
    suits: everyone,
  },
  {
    id: "date_breakfast_out",
    category: "date",
    title: "Breakfast out",
    detail: "Mornings can feel lighter than evenings. Find a café and take your time.",
    effort: "low",
    cost: "low",
    suits: everyone,
  },
  {
    id: "date_stargazing",
    category: "date",
    title: "Look at the stars",
    detail: "Find somewhere dark on a clear night, bring a blanket and something warm to drink.",
    effort: "medium",
    cost: "free",
    suits: everyone,
  },
  {
    id: "date_dress_up_dinner",
    category: "date",
    title: "Dress up for dinner",
    detail: "Make an ordinary dinner special: dress up, light candles, set the table properly.",
    effort: "medium",
    cost: "low",
    suits: partners,
  },
  {
    id: "date_live_music",
    category: "date",
    title: "Live music or a show",
    detail: "A small gig, a local play or a comedy night: something to share and talk about afterwards.",
    effort: "medium",
    cost: "medium",
    suits: everyone,
  },
  {
    id: "date_museum",
    category: "date",
    title: "A museum or gallery visit",
    detail: "Each choose one piece you'd take home if you could, and explain why.",
    effort: "low",
    cost: "low",
    suits: everyone,
  },
  // Helping others
  {
    id: "help_food_bank",
    category: "volunteering",
    title: "Help at a food bank",
    detail:
      "Many take volunteers for a single shift. Working side by side for others can feel good together.",
    effort: "medium",
    cost: "free",
    suits: everyone,
  },
  {
    id: "help_clean_up",
    category: "volunteering",
    title: "Join a local clean-up",
    detail: "A park, a beach or a riverbank: an hour or two outdoors doing something useful.",
    effort: "medium",
    cost: "free",
    suits: everyone,
  },
  {
    id: "help_neighbour",
    category: "volunteering",
    title: "Do something for a neighbour",
    detail: "Bake for someone on their own, help with a garden, or run an errand for someone who can't.",
    effort: "low",
    cost: "low",
    suits: everyone,
  },
  {
    id: "help_animal_shelter",
    category: "volunteering",
    title: "Walk dogs at a shelter",
    detail: "Some shelters welcome volunteers to walk or play with animals waiting for a home.",
    effort: "medium",
    cost: "free",
    suits: everyone,
  },
  {
    id: "help_charity_event",
    category: "volunteering",
    title: "Take part in a charity walk or run",
    detail: "Pick a cause you both care about and train for it together.",
    effort: "high",
    cost: "low",
    suits: everyone,
  },
  // Trips
  {
    id: "trip_day_somewhere_new",
    category: "trip",
    title: "A day trip somewhere new",
    detail: "A town or a stretch of coast within a couple of hours that neither of you knows.",
    effort: "medium",
    cost: "medium",
    suits: everyone,
  },
  {
    id: "trip_hike",
    category: "trip",
    title: "A long walk or hike",
    detail: "Pick a route with a good place to stop for lunch halfway.",
    effort: "medium",
    cost: "free",
    suits: everyone,
  },
  {
    id: "trip_weekend_away",
    category: "trip",
    title: "A weekend away",
    detail: "Two nights somewhere simple, with a loose plan and plenty of room for doing nothing.",
    effort: "high",
    cost: "high",
    suits: everyone,
  },
  {
    id: "trip_old_places",
    category: "trip",
    title: "Visit a place that matters to one of you",
    detail: "Where one of you grew up, studied or loved to go. Let that person be the guide.",
    effort: "high",
    cost: "medium",
    suits: everyone,
  },
  {
    id: "trip_camping",
    category: "trip",
    title: "A night under canvas",
    detail: "Camping, or a cabin if tents aren't your thing. Cooking outdoors turns into a shared project.",
    effort: "high",
    cost: "medium",
    suits: everyone,
  },
];

/** The ideas that fit a relationship, in library order. */
export function ideasFor(relationship: RelationshipKind): TimeTogetherIdea[] {
  return timeTogetherIdeas.filter((idea) => idea.suits.includes(relationship));
}

export function findIdea(id: string): TimeTogetherIdea | undefined {
  return timeTogetherIdeas.find((idea) => idea.id === id);
}

export const timeTogetherIdeaIds = timeTogetherIdeas.map((idea) => idea.id) as [string, ...string[]];

export const timeTogetherGuide = {
  title: "Time together",
  paragraphs: [
    "Closeness grows back through ordinary time spent on purpose. Pick an idea from the library or write your own, and set a date if that helps.",
    "Afterwards, each of you can write one line about how it was. Your line stays hidden until both of you have written yours, so neither shapes what the other says.",
    "Plans change. Moving a date or setting a plan aside is fine.",
  ],
} as const;
