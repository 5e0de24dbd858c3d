import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { agreeToOpen } from '../app/data';
import { shorten } from '../model/origin';
import type { ConsentRequest } from '../store/store';

/**
 * A link asks to open a model from another site: nothing is fetched from it until the person
 * agrees here. Declining drops the link's model and shows the NAM model.
 */
export function ConsentScreen({ request }: { request: ConsentRequest }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  useEffect(() => heading.current?.focus(), [request.url]);
  const decline = () => {
    const params = new URLSearchParams(search);
    params.delete('model');
    const query = params.toString();
    navigate(`${pathname}${query ? `?${query}` : ''}`, { replace: true });
  };
  return (
    <section className="consent" aria-labelledby="consent-title">
      <h1 id="consent-title" ref={heading} tabIndex={-1}>
        Open a model from {request.host}?
      </h1>
      <p className="consent__lead">It is not checked by this app.</p>
      <p>
        This link asks to open a model from another site, at{' '}
        <code className="consent__address">{shorten(request.url, 300)}</code>. Its title,
        descriptions and labels are written by whoever made it, not by this app or the National
        Academy of Medicine. Open it only if you trust where the link came from.
      </p>
      <div className="consent__actions">
        <button
          type="button"
          className="button--primary"
          onClick={() => agreeToOpen(request.url, request.host)}
        >
          Open the model from {request.host}
        </button>
        <button type="button" onClick={decline}>
          No, show the NAM model
        </button>
      </div>
    </section>
  );
}
