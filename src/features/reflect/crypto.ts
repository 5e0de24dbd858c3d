/**
 * A passphrase lock for what is stored: AES-GCM with a 256-bit key derived from the passphrase by
 * PBKDF2 (SHA-256, 310,000 rounds, a random 16-byte salt); a fresh 12-byte IV for every save. The
 * passphrase and key stay in memory for this visit only; nothing about them is stored but the salt.
 */
export const KDF_ITERATIONS = 310_000;

export interface Locked {
  format: 'cwb-reflection';
  encrypted: true;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  iv: string;
  ciphertext: string;
}

function toBase64(bytes: Uint8Array) {
  let text = '';
  // In pieces: spreading a large array into one call overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export const isLocked = (raw: unknown): raw is Locked =>
  typeof raw === 'object' && raw !== null && (raw as { encrypted?: unknown }).encrypted === true;

/** A key for a passphrase and salt (new salt when none is given). */
export async function deriveKey(
  passphrase: string,
  salt?: Uint8Array,
  iterations = KDF_ITERATIONS,
) {
  const useSalt = salt ?? crypto.getRandomValues(new Uint8Array(16));
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  const key = await crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: useSalt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { key, salt: useSalt, iterations };
}

export type Unlock = Awaited<ReturnType<typeof deriveKey>>;

/** Locks any JSON value. */
export async function lock(value: unknown, unlock: Unlock): Promise<Locked> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new TextEncoder().encode(JSON.stringify(value));
  const cipher = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource },
    unlock.key,
    data,
  );
  return {
    format: 'cwb-reflection',
    encrypted: true,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: unlock.iterations,
      salt: toBase64(unlock.salt),
    },
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(cipher)),
  };
}

/** The salt and rounds a locked record was made with, to derive its key from a passphrase. */
export const saltOf = (locked: Locked) => ({
  salt: fromBase64(locked.kdf.salt),
  iterations: locked.kdf.iterations,
});

/** Opens a locked record, or says the passphrase is wrong (nothing is changed either way). */
export async function unlockRecord(
  locked: Locked,
  unlock: Unlock,
): Promise<{ ok: true; value: unknown } | { ok: false; reason: string }> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(locked.iv) as BufferSource },
      unlock.key,
      fromBase64(locked.ciphertext) as BufferSource,
    );
    return { ok: true, value: JSON.parse(new TextDecoder().decode(plain)) as unknown };
  } catch {
    return { ok: false, reason: 'That passphrase does not open it. Nothing was changed.' };
  }
}
