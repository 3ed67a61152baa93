/**
 * The names of init's templates and a line on each (draft/templates.ts holds
 * the templates themselves). Apart from them so that registering `init`
 * (its --template choices, its --help) reads no template and loads no YAML.
 */
export const TEMPLATE_NAMES = ['points', 'discount', 'tiers', 'rebate', 'hybrid', 'club', 'referral', 'early-pay', 'segments'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** One line on each template, for `init --help` and the wizard. */
export const TEMPLATE_DESCRIPTIONS: Record<TemplateName, string> = {
  points: 'points on every purchase, redeemed for goods once a threshold is reached',
  discount: 'a flat member discount off list price',
  tiers: 'Silver / Gold / Platinum levels by trailing 12-month spend',
  rebate: 'a quarterly rebate on volume brackets',
  hybrid: 'points + tiers + rebate, the full wholesale example',
  club: 'a paid business club: a yearly fee for market research and training',
  referral: 'dealers rewarded for bringing new dealers into the network',
  'early-pay': 'a distributor\'s points for paying invoices early and ordering online, partly supplier-funded',
  segments: 'a personal offer by spend rank: key accounts 2 %, the middle 4 %, the smallest 30 % not invited',
};
