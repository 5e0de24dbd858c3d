import { useState } from 'react';
import { WithModel } from '../../app/WithModel';
import { Link, useNavigate } from 'react-router-dom';
import { useResourceIndex } from '../../app/data';
import { isPractical, rankResources } from '../../model/evidenceLevels';
import type { ModelIndex } from '../../model/indices';
import { useStore } from '../../store/store';
import { Compare } from './Compare';
import { DataControls } from './DataControls';
import { addPlanItem, removePlanItem } from './session';
import { strongest, type Standing } from './summary';
import { STRENGTH_LABELS } from './FactorRating';
import { PrivacyNote, Support } from './Support';
import { useStartReflection } from './useStartReflection';
import './reflect.css';

/** The strongest drains and supports, split by where they sit, with what can be done. */
export default function Summary() {
  return <WithModel>{(index) => <SummaryView index={index} />}</WithModel>;
}

function SummaryView({ index }: { index: ModelIndex }) {
  const state = useStartReflection(index);
  const navigate = useNavigate();
  const showOverlay = () => {
    useStore.getState().setReflectionOverlay(true);
    navigate('/');
  };
  const drains = strongest(index, state.data, 'draining');
  const supports = strongest(index, state.data, 'sustaining');
  const plan = state.data.plan.filter((p) => !p.removed);
  const none =
    !drains.system.length &&
    !drains.person.length &&
    !supports.system.length &&
    !supports.person.length;
  return (
    <article className="reflect">
      <h1>Your reflection</h1>
      <PrivacyNote />
      {state.status !== 'ready' ? (
        <p>
          <Link to="/reflect">Open your reflection</Link> first.
        </p>
      ) : none ? (
        <p>
          Nothing is marked yet. <Link to="/reflect">Go through the domains</Link> and mark what
          drains or sustains you.
        </p>
      ) : (
        <>
          <p>
            This is a picture of how things feel to you now, not a measure of you. Most of what
            drains clinicians sits in the system: those are things to raise with a team, a leader or
            your organisation.{' '}
            <button type="button" className="link-button" onClick={showOverlay}>
              Show my reflection on the diagram
            </button>
          </p>
          <Group title="What drains you" feeling="drains" items={drains} />
          <Group title="What sustains you" feeling="sustains" items={supports} />
        </>
      )}
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">My plan</h2>
        {plan.length ? (
          <ul className="plan">
            {plan.map((p) => (
              <li key={p.id}>
                {p.resourceId ? (
                  <Link to={`/resource/${p.resourceId}`}>{p.text}</Link>
                ) : (
                  <span>{p.text}</span>
                )}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => removePlanItem(p.id)}
                  aria-label={`Remove “${p.text}” from my plan`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>Pin resources from above, or write a next step.</p>
        )}
        <NextStep />
      </section>
      {state.data.snapshots.length > 1 && (
        <Compare index={index} snapshots={state.data.snapshots} />
      )}
      {state.status === 'ready' && <DataControls />}
      <p>
        <Link to="/reflect">Back to the walk-through</Link>
      </p>
      <Support />
    </article>
  );
}

function NextStep() {
  const [text, setText] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        addPlanItem(text.trim());
        setText('');
      }}
    >
      <label htmlFor="next-step">A next step</label>
      <input
        id="next-step"
        value={text}
        maxLength={500}
        onChange={(e) => setText(e.target.value)}
        placeholder="e.g. Ask my team lead about protected admin time"
      />
      <button type="submit">Add to my plan</button>
    </form>
  );
}

function Group({
  title,
  feeling,
  items,
}: {
  title: string;
  feeling: 'drains' | 'sustains';
  items: { system: Standing[]; person: Standing[] };
}) {
  if (!items.system.length && !items.person.length) return null;
  const id = `group-${feeling}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.system.length > 0 && (
        <>
          <h3>In the system around you</h3>
          <p className="muted">
            {feeling === 'drains'
              ? 'Not yours to fix alone: things to raise with your team, a leader or your organisation.'
              : 'Worth protecting, and worth telling those who make them possible.'}
          </p>
          <StandingList items={items.system} />
        </>
      )}
      {items.person.length > 0 && (
        <>
          <h3>With you</h3>
          <p className="muted">
            {feeling === 'drains'
              ? 'Skills and supports that can help; none of this is a failing.'
              : 'Strengths to lean on.'}
          </p>
          <StandingList items={items.person} />
        </>
      )}
    </section>
  );
}

function StandingList({ items }: { items: Standing[] }) {
  const library = useResourceIndex();
  return (
    <ul className="standings">
      {items.map((s) => {
        const practical =
          library.status === 'ready'
            ? rankResources(library.value.byFactor.get(s.factorId) ?? [])
                .filter(({ resource }) => isPractical(resource.type))
                .slice(0, 2)
            : [];
        return (
          <li key={s.factorId}>
            <span className={`standing standing--${s.feeling}`}>
              <span aria-hidden="true">
                {s.feeling === 'draining' ? '▼'.repeat(s.strength) : '▲'.repeat(s.strength)}
              </span>{' '}
              <Link to={`/factor/${s.factorId}`}>{s.label}</Link>{' '}
              <span className="muted">
                ({s.domainLabel}; {s.feeling === 'draining' ? 'drains' : 'sustains'} you{' '}
                {STRENGTH_LABELS[s.strength - 1]?.toLowerCase()})
              </span>
            </span>
            {practical.length > 0 && (
              <ul>
                {practical.map(({ resource }) => (
                  <li key={resource.id}>
                    <Link to={`/resource/${resource.id}`}>{resource.title}</Link>{' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => addPlanItem(resource.title, resource.id)}
                    >
                      Pin to my plan<span className="visually-hidden">: {resource.title}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
