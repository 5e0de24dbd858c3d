import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { showBundledModel } from '../app/data';
import { OWN_MODEL_WORDS, shorten, type ModelOrigin } from '../model/origin';
import { selectModelIndex, selectModelOrigin, useStore } from '../store/store';

/**
 * Shown on every screen while a model other than the bundled one is on show, and never
 * dismissed: whose model this is, where it came from, that it is not the NAM model, and one way
 * back. Everything from the model is rendered as text.
 */
export function ProvenanceBanner() {
  const origin = useStore(selectModelOrigin);
  const index = useStore(selectModelIndex);
  const navigate = useNavigate();
  if (!origin || origin.kind === 'bundled' || !index) return null;
  const back = () => {
    showBundledModel();
    navigate('/');
  };
  return (
    <section className="provenance" aria-label="Whose model this is">
      <p className="provenance__text">
        <strong>{OWN_MODEL_WORDS.notNam}</strong> You are viewing “{shorten(index.model.title)}”,
        opened from <Origin origin={origin} />. {OWN_MODEL_WORDS.unchecked}
      </p>
      <button type="button" className="provenance__back" onClick={back}>
        {OWN_MODEL_WORDS.back}
      </button>
    </section>
  );
}

/** The host (or file name); the full address shows on hover or focus, and Escape hides it. */
function Origin({ origin }: { origin: Exclude<ModelOrigin, { kind: 'bundled' }> }) {
  const [hidden, setHidden] = useState(false);
  if (origin.kind === 'file')
    return (
      <>
        the file <strong>{shorten(origin.name, 60)}</strong> on this device
      </>
    );
  return (
    <span
      className={hidden ? 'provenance__origin is-quiet' : 'provenance__origin'}
      // Focusable so the full address can be read by keyboard, not only on hover.
      tabIndex={0}
      aria-describedby="provenance-address"
      onKeyDown={(e) => e.key === 'Escape' && setHidden(true)}
      onBlur={() => setHidden(false)}
      onPointerLeave={() => setHidden(false)}
    >
      <strong>{origin.host}</strong>
      <span role="tooltip" id="provenance-address" className="provenance__address">
        {shorten(origin.url, 300)}
      </span>
    </span>
  );
}
