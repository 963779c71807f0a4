import record from './record/schema.json';

export const RECORD = 'plugin::translation-status.record' as const;

export default { record: { schema: record } };
