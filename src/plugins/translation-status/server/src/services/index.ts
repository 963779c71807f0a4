import status from './status';
import tracker from './tracker';

export default { status, tracker };
