// Notifications (email to a user or group, targets, webhooks): they leave routing untouched,
// so a firing that only notifies changes nothing here; the firing itself is still counted.

import type { ActionField } from './TriggerAction.ts';

export const notifyAction: ActionField = {
  compile() {
    return () => false;
  },
};
