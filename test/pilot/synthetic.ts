/**
 * The synthetic pilots of the tests: src/pilot/generate.ts with the small
 * shop's population by default (kept under its old name so the tests read
 * as before).
 */
export { generatePilot as syntheticPilot, type GeneratedPilot as SyntheticPilot, type GenerateOptions as SyntheticOptions } from '../../src/pilot/generate.js';
