/**
 * Apollo plugin (config/plugins.ts): tells the read cache which operation a GraphQL request ran,
 * so that only queries are stored (a persisted query's body names no operation by itself).
 */
import { requestState } from './read-cache';

export const graphqlOperationForReadCache = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }: any) {
        const ctx = contextValue?.koaContext;
        if (ctx) requestState(ctx).graphqlOperation = operation?.operation ?? null;
      },
    };
  },
};
