export { type GuidancePage, safetyPage } from "./page.ts";
export {
  defaultCountry,
  type LocalSafetyResources,
  parseSafetyResources,
  parseSafetyResourcesJson,
  resourcesFor,
  type SafetyCountry,
  type SafetyResources,
  type SafetyResourcesParse,
  type SafetyService,
  safetyResourcesSchema,
} from "./resources.ts";
