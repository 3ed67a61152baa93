/**
 * What optimize may maximise and how many fields it searches at most
 * (decide/optimize.ts is the search). Apart from the search so that the
 * command's registration (its --objective choices and --help) loads no engine.
 */
export type Objective = 'npv' | 'net' | 'roi';
export const OBJECTIVES = ['npv', 'net', 'roi'] as const;

export const MAX_PARAMETERS = 6;
