/**
 * Apollo plugin: a GraphQL operation that failed only because its input was invalid (Strapi's
 * ValidationError, reported as BAD_USER_INPUT with the field path) answers HTTP 400, as REST
 * does. Operations that partly succeeded keep Apollo's 200.
 */
const isValidationError = (error: any): boolean => {
  for (let current = error; current; current = current.originalError) {
    if (current.name === 'ValidationError' || current.name === 'YupValidationError') return true;
    if (current.originalError === current) break;
  }
  return false;
};

export const validationErrorStatus = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }: any) {
        if (!errors?.length || response.body?.kind !== 'single') return;
        const data = response.body.singleResult.data;
        const nothingResolved = data === null || data === undefined || Object.values(data).every((value) => value === null);
        if (nothingResolved && errors.every(isValidationError)) {
          response.http.status = 400;
        }
      },
    };
  },
};
