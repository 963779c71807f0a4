import { errors } from '@strapi/utils';
import { ACTIONS } from '../permissions';

/** Admin's hasPermissions answers a bare "Policy Failed": this one says what the role lacks. */
const maySchedule = (policyContext: any) => {
  const ability = policyContext.state?.userAbility;
  if (ability?.can(ACTIONS.schedule)) return true;
  throw new errors.PolicyError(
    `Your role may see embargoes but not set, change or lift them: that needs the permission "${ACTIONS.schedule}" (Editor, Super Admin).`,
    { permission: ACTIONS.schedule }
  );
};

export default { 'may-schedule': maySchedule };
