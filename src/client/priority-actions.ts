// The author's actions on saved priorities, for the screens: change the device's copy, then
// ask the sync engine to send it.

import type { PriorityActions } from './screens/my/PriorityItem';
import { editPriority, resolveConflict, withdrawPriority } from './store/priority-edits';

export function makePriorityActions(kick: () => void): PriorityActions {
  return {
    async edit(id, description) {
      await editPriority(id, { description });
      kick();
    },
    async withdraw(id) {
      await withdrawPriority(id);
      kick();
    },
    async resolve(id, keep) {
      await resolveConflict(id, keep);
      kick();
    },
  };
}
