import { validationErrorStatus } from '../src/graphql/validation-error-status';
import { ACCEPTED_DOCUMENT_TYPES, ACCEPTED_IMAGE_TYPES, uploadSizeLimit } from '../src/uploads/policy';

export default ({ env }) => ({
  // Exact counts of syndicated mentions per partner agency (src/plugins/syndication).
  syndication: {
    enabled: true,
    resolve: './src/plugins/syndication',
    config: {
      agency: { contentType: 'api::media-partner.media-partner', slugField: 'slug', nameField: 'name' },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
    },
  },
  upload: {
    config: {
      sizeLimit: uploadSizeLimit(env),
      security: {
        allowedTypes: [...ACCEPTED_IMAGE_TYPES, ...ACCEPTED_DOCUMENT_TYPES],
      },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 7),
      defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 25),
      maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
      landingPage: env('NODE_ENV', 'development') !== 'production',
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', env('NODE_ENV', 'development') !== 'production'),
        plugins: [validationErrorStatus],
      },
    },
  },
});
