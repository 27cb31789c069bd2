/**
 * pg-boss's statement builders, which it does not declare. The job engine compares against two of
 * them to recognise the statements pg-boss sends without awaiting them.
 */
declare module "pg-boss/src/plans.js" {
  const plans: {
    completeJobs(schema: string): string;
    failJobsById(schema: string): string;
  };
  export default plans;
}
