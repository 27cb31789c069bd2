/**
 * The language coach: reads a draft apology or message and points at the words that help or hurt.
 * Pure and synchronous, so it runs the same in the browser and in Node.
 */
export { type ApologyAnalysis, type ApologyPartStatus, analyzeApology } from "./apology/analyze.ts";
export type { CoachFinding, CoachRewrite } from "./findings.ts";
export {
  type ApologyLabel,
  type ApologyPart,
  type ApologyPitfall,
  apologyLabels,
  apologyParts,
  apologyPartWeights,
  apologyPitfalls,
  type CoachLabel,
  isApologyLabel,
  isMessageLabel,
  type LabelEffect,
  type LabelInfo,
  labelInfo,
  type MessageLabel,
  type MessagePitfall,
  type MessageStrength,
  messageLabels,
  messagePitfalls,
  messageStrengths,
} from "./labels.ts";
export { analyzeMessage, type MessageAnalysis } from "./message/analyze.ts";
export { applyRewrite, rewritePreview } from "./rewrites.ts";
