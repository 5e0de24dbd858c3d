import { ModelAttribution } from '../../shell/ModelAttribution';
import { CrisisSupport } from '../../shell/CrisisSupport';
import './embed.css';

/**
 * What an embedded view keeps of the app's frame: whose model it is (and that the app is not an
 * NAM product), crisis support, and a way to open the full explorer in a new tab.
 */
export default function EmbedFooter() {
  const full = new URL(location.href);
  full.searchParams.delete('embed');
  return (
    <footer className="embed-footer">
      <ModelAttribution className="embed-footer__line" />
      <a href={full.href} target="_blank" rel="noopener noreferrer">
        Open in the Clinician Well-Being Explorer
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      <CrisisSupport />
    </footer>
  );
}
