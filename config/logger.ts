// `http` logs every request (Strapi's default); LOG_LEVEL=warn keeps tests and scripts quiet.
export default ({ env }) => ({
  level: env('LOG_LEVEL', 'http'),
});
