import action from './action/schema.json';

export const ACTION = 'plugin::embargo.action' as const;

export default { action: { schema: action } };
