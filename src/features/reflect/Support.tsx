import { Link } from 'react-router-dom';
import { CrisisLines } from '../../shell/CrisisSupport';

/** Validated instruments in the library, for those who want a real measure. */
const INSTRUMENTS = [
  { id: 'dyrbye-2013-well-being-index', label: 'the Well-Being Index (a brief screening tool)' },
  {
    id: 'trockel-2018-professional-fulfillment-index',
    label: 'the Professional Fulfillment Index',
  },
  { id: 'maslach-mbi-hss-mp', label: 'the Maslach Burnout Inventory' },
  { id: 'kristensen-2005-copenhagen-burnout-inventory', label: 'the Copenhagen Burnout Inventory' },
];

/** Always on a reflection page: crisis support, and where validated measures are. */
export function Support() {
  return (
    <aside className="reflect__support" aria-labelledby="reflect-support">
      <h2 id="reflect-support">Support, and real measures</h2>
      <CrisisLines />
      <p>
        This reflection is not a test and gives no score. If you want a validated measure, the
        library describes{' '}
        {INSTRUMENTS.map((i, n) => (
          <span key={i.id}>
            <Link to={`/resource/${i.id}`}>{i.label}</Link>
            {n < INSTRUMENTS.length - 2 ? ', ' : n === INSTRUMENTS.length - 2 ? ' and ' : '.'}
          </span>
        ))}
      </p>
    </aside>
  );
}

/** The privacy promise, in plain words. */
export function PrivacyNote() {
  return (
    <p className="reflect__privacy">
      <strong>Private to you.</strong> What you mark and write stays in this browser on this device.
      The app sends none of it anywhere: there is no account and no tracking. You can lock it with a
      passphrase, keep nothing at all, save it to a file, or delete it.
    </p>
  );
}
