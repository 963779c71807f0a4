'use strict';
/**
 * knex prints "Transaction was implicitly committed, do not mix transactions and DDL with MySQL
 * (#805)" with console.log for every table Strapi creates on MariaDB at boot. It is expected
 * there and not actionable, and it buries the test report; everything else is printed as is.
 */
const log = console.log;
console.log = (...args) => {
  if (typeof args[0] === 'string' && args[0].startsWith('Transaction was implicitly committed')) return;
  log(...args);
};
