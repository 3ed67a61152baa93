/**
 * What `pilot plan` can size a pilot on. Its own file so that the pilot
 * command's option choices (and its --help) need nothing of the planner.
 */
export const PLAN_METRICS = ['revenue', 'orders', 'active'] as const;
export type PlanMetric = (typeof PLAN_METRICS)[number];
