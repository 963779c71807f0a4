import dayRollup from './day-rollup/schema.json';
import feed from './feed/schema.json';
import lock from './lock/schema.json';
import mention from './mention/schema.json';
import monthRollup from './month-rollup/schema.json';

export const MENTION = 'plugin::syndication.mention' as const;
export const DAY_ROLLUP = 'plugin::syndication.day-rollup' as const;
export const MONTH_ROLLUP = 'plugin::syndication.month-rollup' as const;
export const FEED = 'plugin::syndication.feed' as const;
export const LOCK = 'plugin::syndication.lock' as const;

export default {
  mention: { schema: mention },
  'day-rollup': { schema: dayRollup },
  'month-rollup': { schema: monthRollup },
  feed: { schema: feed },
  lock: { schema: lock },
};
