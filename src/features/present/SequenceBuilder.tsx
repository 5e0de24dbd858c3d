import { useState, type FormEvent } from 'react';
import { WithModel } from '../../app/WithModel';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { domainsInGroupOrder, type ModelIndex } from '../../model/indices';
import { formatSequence, MAX_SEQUENCE, parseSequence } from './steps';
import './present.css';

/** Pick and order domains and factors for your own talk; the result is a link. */
export default function SequenceBuilder() {
  return <WithModel>{(index) => <Builder index={index} />}</WithModel>;
}

function Builder({ index }: { index: ModelIndex }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [ids, setIds] = useState(() => parseSequence(params.get('seq'), index).ids);
  const [title, setTitle] = useState(params.get('title') ?? '');
  const name = (id: string) =>
    index.factorById.get(id)?.label ?? index.domainById.get(id)?.label ?? id;
  const add = (id: string) => setIds((list) => (list.length < MAX_SEQUENCE ? [...list, id] : list));
  const move = (i: number, by: number) =>
    setIds((list) => {
      const out = [...list];
      const [item] = out.splice(i, 1);
      if (item) out.splice(Math.min(Math.max(0, i + by), out.length), 0, item);
      return out;
    });
  const link = () => {
    const p = new URLSearchParams();
    const model = params.get('model');
    if (model) p.set('model', model);
    p.set('seq', formatSequence(ids));
    if (title.trim()) p.set('title', title.trim());
    p.set('step', '1');
    return `/present?${p.toString()}`;
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (ids.length) navigate(link());
  };
  return (
    <article className="builder">
      <h1>Your own sequence</h1>
      <p>
        Choose domains and factors in the order you want to present them. The sequence lives in the
        link, so you can bookmark it or send it to a colleague.
      </p>
      <form onSubmit={onSubmit}>
        <p>
          <label htmlFor="sequence-title">Title</label>{' '}
          <input
            id="sequence-title"
            value={title}
            maxLength={150}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="e.g. Burnout and the EHR: a 20-minute talk"
          />
        </p>
        <h2 id="chosen">Your steps ({ids.length})</h2>
        {ids.length === 0 ? (
          <p>No steps yet: add some from the list below.</p>
        ) : (
          <ol aria-labelledby="chosen" className="builder__chosen">
            {ids.map((id, i) => (
              <li key={`${i}-${id}`}>
                <span>{name(id)}</span>
                <button
                  type="button"
                  onClick={() => move(i, -1)}
                  disabled={i === 0}
                  aria-label={`Move ${name(id)} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  onClick={() => move(i, 1)}
                  disabled={i === ids.length - 1}
                  aria-label={`Move ${name(id)} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  onClick={() => setIds((list) => list.filter((_, j) => j !== i))}
                  aria-label={`Remove ${name(id)}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
        <p className="builder__actions">
          <button type="submit" className="button--primary" disabled={!ids.length}>
            Present this sequence
          </button>{' '}
          <Link to="/present">Back to the guided tour</Link>
        </p>
        <h2>Add steps</h2>
        {domainsInGroupOrder(index.model).map((d) => (
          <section key={d.id} aria-labelledby={`add-${d.id}`} className="builder__domain">
            <h3 id={`add-${d.id}`}>
              {d.label}{' '}
              <button type="button" onClick={() => add(d.id)}>
                Add domain<span className="visually-hidden">: {d.label}</span>
              </button>
            </h3>
            <ul>
              {d.factors.map((f) => (
                <li key={f.id}>
                  <button type="button" className="link-button" onClick={() => add(f.id)}>
                    <span aria-hidden="true">+ </span>
                    <span className="visually-hidden">Add</span> {f.label}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </form>
    </article>
  );
}
