import actions from './actions';
import executor from './executor';
import scheduler from './scheduler';
import snapshots from './snapshots';

export default { actions, executor, scheduler, snapshots };
