import { useState, type FormEvent } from 'react';
import { download } from '../share/exportImage';
import { Dialog } from '../share/Dialog';
import {
  deleteReflection,
  exportFile,
  importFile,
  keepNothing,
  keepUnlocked,
  setPassphrase,
  useReflection,
  type Mode,
} from './session';

/** How the reflection is kept, and the person's own copy of it: save, open, delete. */
export function DataControls() {
  const { mode } = useReflection();
  const [status, setStatus] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [pending, setPending] = useState<File | null>(null);

  const onImport = async (file: File | undefined, passphrase?: string) => {
    if (!file) return;
    const result = await importFile(file, passphrase);
    if (result.ok) {
      setPending(null);
      setStatus(`${file.name} is imported.`);
    } else if (result.needsPassphrase) setPending(file);
    else setStatus(result.reason);
  };

  return (
    <section className="reflect__data" aria-labelledby="reflect-data">
      <h2 id="reflect-data">How your reflection is kept</h2>
      <KeepChoice mode={mode} onDone={setStatus} />
      <p className="share__buttons">
        <button
          type="button"
          onClick={async () => {
            download(await exportFile(), 'my-reflection.json');
            setStatus(
              mode === 'locked'
                ? 'Saved my-reflection.json, locked with your passphrase.'
                : 'Saved my-reflection.json.',
            );
          }}
        >
          Save to a file
        </button>
        <label className="file-button">
          Open a saved file
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void onImport(e.target.files?.[0])}
          />
        </label>
        <button type="button" className="button--danger" onClick={() => setConfirmDelete(true)}>
          Delete everything
        </button>
      </p>
      {pending && (
        <PassphrasePrompt
          label={`Passphrase for ${pending.name}`}
          onSubmit={(p) => void onImport(pending, p)}
        />
      )}
      <p role="status">{status}</p>
      {confirmDelete && (
        <Dialog title="Delete your reflection?" onClose={() => setConfirmDelete(false)}>
          <p>
            This deletes every answer, note, snapshot and plan from this device. It cannot be undone
            (unless you saved a file).
          </p>
          <p className="share__buttons">
            <button
              type="button"
              className="button--danger"
              onClick={async () => {
                await deleteReflection();
                setConfirmDelete(false);
                setStatus('Everything is deleted.');
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Keep it
            </button>
          </p>
        </Dialog>
      )}
    </section>
  );
}

function KeepChoice({ mode, onDone }: { mode: Mode; onDone: (text: string) => void }) {
  const [choice, setChoice] = useState<Mode>(mode);
  const [error, setError] = useState('');
  const apply = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    if (choice === 'locked') {
      const a = String(form.get('passphrase') ?? '');
      const b = String(form.get('passphrase-again') ?? '');
      if (a.length < 8) return setError('Use a passphrase of at least 8 characters.');
      if (a !== b) return setError('The two passphrases are not the same.');
      await setPassphrase(a);
    } else if (choice === 'none') await keepNothing();
    else await keepUnlocked();
    setError('');
    onDone('Saved your choice.');
  };
  return (
    <form onSubmit={(e) => void apply(e)} className="keep">
      <fieldset>
        <legend>On this device</legend>
        {(
          [
            ['device', 'Keep it in this browser'],
            ['locked', 'Keep it, locked with a passphrase (for a shared computer)'],
            ['none', 'Don’t keep anything on this device'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="keep__choice">
            <input
              type="radio"
              name="keep"
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      {choice === 'locked' && (
        <p className="keep__passphrase">
          <label htmlFor="passphrase">Passphrase</label>
          <input id="passphrase" name="passphrase" type="password" autoComplete="new-password" />
          <label htmlFor="passphrase-again">The same passphrase again</label>
          <input
            id="passphrase-again"
            name="passphrase-again"
            type="password"
            autoComplete="new-password"
          />
          <span className="muted">
            It is never stored or sent. If you forget it, the only way on is to delete everything.
          </span>
        </p>
      )}
      {choice === 'none' && mode !== 'none' && (
        <p className="muted">
          What is stored now will be deleted; your answers stay on screen until you leave.
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={choice === mode && choice !== 'locked'}>
        Use this
      </button>
    </form>
  );
}

/** Asks for a passphrase (to unlock this device's reflection, or a locked file). */
export function PassphrasePrompt({
  label,
  onSubmit,
  error,
}: {
  label: string;
  onSubmit: (passphrase: string) => void;
  error?: string;
}) {
  const [value, setValue] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(value);
      }}
    >
      <label htmlFor="unlock-passphrase">{label}</label>
      <input
        id="unlock-passphrase"
        type="password"
        autoComplete="current-password"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={error ? 'unlock-error' : undefined}
      />
      <button type="submit">Unlock</button>
      {error && (
        <span id="unlock-error" role="alert" className="reflect__error">
          {error}
        </span>
      )}
    </form>
  );
}
