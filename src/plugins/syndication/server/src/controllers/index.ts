import agency from './agency';
import feed from './feed';
import mention from './mention';
import stats from './stats';

export default { agency, feed, mention, stats };
