import { randomBytes } from 'node:crypto';
import type { Question } from '../../src/features/room/protocol.ts';

/** A participant's token, as the app makes one. */
export const token = () => randomBytes(32).toString('base64url');

/** A question about four factors, of either kind. */
export const question = (kind: 'mark' | 'pick' = 'mark', id = `q-${kind}`): Question => ({
  id,
  kind,
  title: 'Work environment',
  factors: ['workload', 'autonomy', 'staffing', 'ehr'].map((f) => ({
    id: f,
    label: f[0]!.toUpperCase() + f.slice(1),
    group: 'Work environment',
  })),
});
