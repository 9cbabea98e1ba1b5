// What the store does with one pushed edit, given what it holds: the rules every store
// backend applies, kept pure so property tests can throw any interleaving at them.
//
// Writers: a device (its device id) or, for server-side edits such as a moderator's
// redaction, another writer key. A device's own edits form one line of history, so a
// version it already sent (or an older one) is a retry; only a change by ANOTHER writer
// after the device's base version makes a conflict.

export interface HeldRecord {
  readonly version: number;
  /** The device that recorded it: the only device allowed to change it. */
  readonly ownerDevice: string;
  /** Who wrote the held version. */
  readonly writtenBy: string;
  readonly withdrawn: boolean;
}

export interface IncomingEdit {
  readonly version: number;
  readonly baseVersion: number;
  readonly withdrawn: boolean;
}

export type EditDecision =
  | { readonly action: 'insert' }
  /** contentToo false: a withdrawal, which changes the status and version only. */
  | { readonly action: 'update'; readonly contentToo: boolean; readonly version: number }
  | { readonly action: 'duplicate' }
  | { readonly action: 'conflict' }
  | { readonly action: 'reject'; readonly code: 'not_owner' | 'withdrawn'; readonly reason: string };

export function decideEdit(held: HeldRecord | undefined, edit: IncomingEdit, device: string): EditDecision {
  if (!held) return { action: 'insert' };
  if (held.ownerDevice !== device) {
    return {
      action: 'reject',
      code: 'not_owner',
      reason: 'this priority was recorded on another device; only that device can change it',
    };
  }
  if (edit.version <= held.version && (held.writtenBy === device || held.withdrawn)) {
    return { action: 'duplicate' };
  }
  if (held.withdrawn) {
    return {
      action: 'reject',
      code: 'withdrawn',
      reason: 'this priority has been withdrawn and can no longer be changed',
    };
  }
  // The author may always withdraw, whatever others changed meanwhile.
  if (edit.withdrawn) {
    // Past any version someone else wrote, so the withdrawal is the newest word.
    return { action: 'update', contentToo: false, version: Math.max(edit.version, held.version + 1) };
  }
  if (held.writtenBy !== device && edit.baseVersion < held.version) return { action: 'conflict' };
  return edit.version > held.version
    ? { action: 'update', contentToo: true, version: edit.version }
    : { action: 'conflict' };
}

/** What the store holds after applying a decision (for the in-batch view of repeated ids). */
export function applyDecision(
  held: HeldRecord | undefined,
  decision: EditDecision,
  edit: IncomingEdit,
  device: string,
): HeldRecord | undefined {
  if (decision.action === 'insert') {
    return { version: edit.version, ownerDevice: device, writtenBy: device, withdrawn: edit.withdrawn };
  }
  if (decision.action === 'update' && held) {
    return {
      ...held,
      version: decision.version,
      writtenBy: device,
      withdrawn: held.withdrawn || edit.withdrawn,
    };
  }
  return held;
}
