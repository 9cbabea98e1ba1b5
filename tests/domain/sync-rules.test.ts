// Property tests of the sync rules: any interleaving of replays, duplicates and stale edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDecision, decideEdit, type HeldRecord, type IncomingEdit } from '../../src/domain/sync-rules';

const DEVICE = 'device-a';
const OTHER = 'device-b';
const MODERATOR = 'staff:1';

/** One device's edit chain: version k was edited from some earlier confirmed version. */
const chain = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc
      .tuple(...Array.from({ length: n }, (_, k) => fc.integer({ min: 0, max: k })))
      .map((bases) =>
        bases.map((base, k): IncomingEdit => ({ version: k + 1, baseVersion: base, withdrawn: false })),
      ),
  );

/** Deliveries: indexes into the chain, in any order, with repeats (retries, replays). */
const deliveries = (length: number) => fc.array(fc.nat(length - 1), { minLength: 1, maxLength: 30 });

function run(edits: readonly IncomingEdit[], order: readonly number[]) {
  let held: HeldRecord | undefined;
  const statuses: string[] = [];
  for (const i of order) {
    const edit = edits[i] as IncomingEdit;
    const before = held?.version ?? 0;
    const decision = decideEdit(held, edit, DEVICE);
    held = applyDecision(held, decision, edit, DEVICE);
    statuses.push(decision.action);
    expect(held?.version ?? 0).toBeGreaterThanOrEqual(before);
  }
  return { held, statuses };
}

describe('decideEdit', () => {
  it('one device: any delivery order ends on the highest version sent, never a conflict', () => {
    fc.assert(
      fc.property(
        chain.chain((edits) => fc.tuple(fc.constant(edits), deliveries(edits.length))),
        ([edits, order]) => {
          const { held, statuses } = run(edits, order);
          expect(held?.version).toBe(Math.max(...order.map((i) => (edits[i] as IncomingEdit).version)));
          expect(statuses.every((s) => ['insert', 'update', 'duplicate'].includes(s))).toBe(true);
          // Replaying everything again changes nothing.
          const again = order.map((i) => decideEdit(held, edits[i] as IncomingEdit, DEVICE).action);
          expect(again.every((s) => s === 'duplicate')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('another writer’s change is never overwritten by an edit based on an older version', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 1, max: 5 }),
        (heldVersion, base, step) => {
          const held: HeldRecord = {
            version: heldVersion,
            ownerDevice: DEVICE,
            writtenBy: MODERATOR,
            withdrawn: false,
          };
          const edit = { version: base + step, baseVersion: base, withdrawn: false };
          const decision = decideEdit(held, edit, DEVICE);
          if (base < heldVersion) expect(decision.action).toBe('conflict');
          else expect(decision).toEqual({ action: 'update', contentToo: true, version: base + step });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('the author can always withdraw, past any version someone else wrote, and it is final', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 20 }),
        (heldVersion, version) => {
          const held: HeldRecord = {
            version: heldVersion,
            ownerDevice: DEVICE,
            writtenBy: MODERATOR,
            withdrawn: false,
          };
          const withdraw = { version, baseVersion: version - 1, withdrawn: true };
          const decision = decideEdit(held, withdraw, DEVICE);
          expect(decision).toEqual({
            action: 'update',
            contentToo: false,
            version: Math.max(version, heldVersion + 1),
          });
          const after = applyDecision(held, decision, withdraw, DEVICE) as HeldRecord;
          expect(after.withdrawn).toBe(true);
          expect(decideEdit(after, withdraw, DEVICE).action).toBe('duplicate');
          const later = { version: after.version + 1, baseVersion: after.version, withdrawn: false };
          expect(decideEdit(after, later, DEVICE)).toMatchObject({ action: 'reject', code: 'withdrawn' });
        },
      ),
    );
  });

  it('no other device can change a record, whatever versions it sends', () => {
    fc.assert(
      fc.property(chain, (edits) => {
        const held: HeldRecord = { version: 1, ownerDevice: DEVICE, writtenBy: DEVICE, withdrawn: false };
        for (const edit of edits) {
          expect(decideEdit(held, edit, OTHER)).toMatchObject({ action: 'reject', code: 'not_owner' });
        }
      }),
    );
  });
});
