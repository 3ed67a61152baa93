/** Every registered command. Only commands that really work are listed here. */
import type { Command } from 'commander';
import { registerBreakeven } from './breakeven.js';
import { registerCompare } from './compare.js';
import { registerFit } from './fit.js';
import { registerInit } from './init.js';
import { registerOptimize } from './optimize.js';
import { registerPilot } from './pilot.js';
import { registerProfile } from './profile.js';
import { registerReport } from './report.js';
import { registerRoi } from './roi.js';
import { registerSchema } from './schema.js';
import { registerSimulate } from './simulate.js';
import { registerSweep } from './sweep.js';
import { registerTornado } from './tornado.js';
import { registerValidate } from './validate.js';

/** In the order of the work: draft, know the customers, simulate, decide, pilot, report. */
export const commands: Array<(program: Command) => void> = [
  registerInit,
  registerValidate,
  registerSchema,
  registerProfile,
  registerFit,
  registerSimulate,
  registerCompare,
  registerSweep,
  registerTornado,
  registerBreakeven,
  registerOptimize,
  registerRoi,
  registerPilot,
  registerReport,
];
