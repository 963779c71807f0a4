import actions from './actions';
import executor from './executor';
import scheduler from './scheduler';

export default { actions, executor, scheduler };
