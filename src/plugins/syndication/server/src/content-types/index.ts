import mention from './mention/schema.json';
import rollup from './rollup/schema.json';

export const MENTION = 'plugin::syndication.mention' as const;
export const ROLLUP = 'plugin::syndication.rollup' as const;

export default {
  mention: { schema: mention },
  rollup: { schema: rollup },
};
