import { useState } from 'react';
import { WithModel } from '../../app/WithModel';
import { Link } from 'react-router-dom';
import { domainsInGroupOrder, type ModelIndex } from '../../model/indices';
import { DataControls, PassphrasePrompt } from './DataControls';
import { FactorRating } from './FactorRating';
import { isRating } from './format';
import {
  deleteReflection,
  dismissNotice,
  finishReflection,
  goToDomain,
  unlockWith,
} from './session';
import { PrivacyNote, Support } from './Support';
import { useStartReflection } from './useStartReflection';
import './reflect.css';

/** A calm walk through the domains, one at a time, on this device only. */
export default function Reflect() {
  return <WithModel>{(index) => <Walk index={index} />}</WithModel>;
}

function Walk({ index }: { index: ModelIndex }) {
  const state = useStartReflection(index);
  const domains = domainsInGroupOrder(index.model);
  const at = Math.min(state.data.position.domain, domains.length - 1);
  const domain = domains[at];
  const [unlockError, setUnlockError] = useState('');
  const marked = domains.reduce(
    (n, d) => n + d.factors.filter((f) => isRating(state.data.entries[f.id])).length,
    0,
  );
  return (
    <article className="reflect">
      <h1>Reflect on what affects you</h1>
      <PrivacyNote />
      <p>
        Go through the domains at your own pace and mark what drains you and what sustains you. Skip
        anything; come back any time and carry on where you left off. Most of what wears clinicians
        down sits in the system around them, not in the person.
      </p>
      {state.notice && (
        <div
          className={`notice notice--${state.notice.kind === 'error' ? 'warning' : 'info'}`}
          role="status"
        >
          <p>{state.notice.text}</p>
          <button type="button" onClick={dismissNotice}>
            OK
          </button>
        </div>
      )}
      {state.status === 'loading' && (
        // As tall as a screen, the place of the walk that replaces it, so what follows does not
        // jump from the first screen's foot when the reflection opens.
        <p className="reflect__opening">Opening your reflection…</p>
      )}
      {state.status === 'locked' && (
        <section aria-labelledby="locked-title" className="reflect__locked">
          <h2 id="locked-title">Your reflection is locked</h2>
          <PassphrasePrompt
            label="Passphrase"
            error={unlockError}
            onSubmit={async (p) => setUnlockError((await unlockWith(p)) ?? '')}
          />
          <p>
            Forgot it? There is no way to open it without the passphrase.{' '}
            <button type="button" className="link-button" onClick={() => void deleteReflection()}>
              Delete it and start afresh
            </button>
          </p>
        </section>
      )}
      {state.status === 'ready' && domain && (
        <>
          <nav className="reflect__progress" aria-label="Your progress">
            <p>
              Domain {at + 1} of {domains.length} · {marked} of {index.factors.length} factors
              marked
            </p>
            <div
              role="progressbar"
              aria-label="Domains gone through"
              aria-valuemin={1}
              aria-valuemax={domains.length}
              aria-valuenow={at + 1}
              className="reflect__bar"
            >
              <span style={{ width: `${((at + 1) / domains.length) * 100}%` }} />
            </div>
          </nav>
          <section aria-labelledby="walk-domain" className="reflect__domain">
            <h2 id="walk-domain">{domain.label}</h2>
            <p>{domain.description}</p>
            {domain.factors.map((f) => (
              <FactorRating key={f.id} factor={f} entry={state.data.entries[f.id]} />
            ))}
          </section>
          <p className="reflect__nav">
            <button type="button" onClick={() => goToDomain(at - 1)} disabled={at === 0}>
              ← Previous domain
            </button>
            {at < domains.length - 1 ? (
              <button type="button" className="button--primary" onClick={() => goToDomain(at + 1)}>
                Next domain →
              </button>
            ) : (
              <Link
                className="button--primary"
                to="/reflect/summary"
                onClick={() => finishReflection()}
              >
                Finish and see the summary
              </Link>
            )}{' '}
            <Link to="/reflect/summary">Summary so far</Link>
          </p>
          <DataControls />
        </>
      )}
      <Support />
    </article>
  );
}
