import type { PhaseStatus } from "@mend/core/method/index";

export const statusLabels: Record<PhaseStatus, string> = {
  not_started: "Not started",
  under_way: "Under way",
  complete: "Done for now",
  revisited: "Open again",
};

export const statusHints: Record<PhaseStatus, string> = {
  not_started: "Nothing here has happened yet, and that's fine.",
  under_way: "You've begun this part.",
  complete: "The record shows this part done. It can open again if something new happens.",
  revisited: "Something new opened this part again. What you did before still counts.",
};
