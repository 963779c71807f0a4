import mention from './mention';
import stats from './stats';

export default { mention, stats };
