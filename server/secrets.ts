import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET } from '../src/features/room/protocol.ts';

/** 32 random bytes, base64url: a presenter's control key. */
export const newKey = () => randomBytes(32).toString('base64url');

/** 16 random bytes, base64url: a room's id. */
export const newRoomId = () => randomBytes(16).toString('base64url');

/** Six characters from an alphabet without 0/O or 1/I: about 10⁹ codes. */
export const newJoinCode = () =>
  Array.from({ length: 6 }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join(
    '',
  );

/** What is stored of a key or a participant's token: its SHA-256, never the secret itself. */
export const hashSecret = (secret: string) =>
  createHash('sha256').update(secret).digest('base64url');

/** Whether a secret is the one whose hash is stored, compared in constant time. */
export function secretMatches(secret: string, storedHash: string) {
  const a = Buffer.from(hashSecret(secret));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A stand-in for a network address, for counting requests against the limits: a keyed hash whose
 * key is drawn when the process starts and never leaves it, so the address itself is never kept,
 * and the stand-in means nothing to anyone after the process has ended.
 */
export function addressKeyer() {
  const key = randomBytes(32);
  return (address: string) => createHmac('sha256', key).update(address).digest('base64url');
}
