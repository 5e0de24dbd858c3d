import { isRating } from './format';
import { STRENGTH_LABELS } from './FactorRating';
import { useReflection } from './session';
import './reflect.css';

/** In the outline, what the person marked for a factor, in words and a shape (▼ drains, ▲ sustains). */
export default function ReflectionNote({ id }: { id: string }) {
  const { data, status } = useReflection();
  const entry = data.entries[id];
  if (status !== 'ready' || !isRating(entry)) return null;
  if (entry.feeling === 'neutral')
    return <span className="reflection-note"> · you marked it neutral</span>;
  const draining = entry.feeling === 'draining';
  return (
    <span className={`reflection-note reflection-note--${entry.feeling}`}>
      {' '}
      <span aria-hidden="true">{(draining ? '▼' : '▲').repeat(entry.strength)}</span> ·{' '}
      {draining ? 'drains' : 'sustains'} you {STRENGTH_LABELS[entry.strength - 1]?.toLowerCase()}
    </span>
  );
}
