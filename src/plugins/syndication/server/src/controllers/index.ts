import feed from './feed';
import mention from './mention';
import stats from './stats';

export default { feed, mention, stats };
