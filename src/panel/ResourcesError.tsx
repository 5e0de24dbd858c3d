import { retryResources } from '../app/data';
import type { LoadError } from '../model/load';

/** The resource library could not be had: what went wrong, in one sentence, and a way to retry. */
export function ResourcesError({ error }: { error: LoadError }) {
  return (
    <div role="alert" className="notice notice--error">
      <p>{error.summary}</p>
      <button type="button" onClick={retryResources}>
        Try again
      </button>
    </div>
  );
}
