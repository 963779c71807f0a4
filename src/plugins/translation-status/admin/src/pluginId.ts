export const PLUGIN_ID = 'translation-status';
