import { forgetExpectedErrors } from '../helpers/expected-errors';

// An expectation lasts one test: a later test's error of the same kind is shown.
afterEach(forgetExpectedErrors);
