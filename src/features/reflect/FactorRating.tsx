import type { Factor } from '../../model/types';
import { FEELINGS, isRating, type Entry, type Feeling } from './format';
import { rate } from './session';

const FEELING_LABELS: Record<Feeling, string> = {
  draining: 'Draining',
  neutral: 'Neutral',
  sustaining: 'Sustaining',
};
export const STRENGTH_LABELS = ['A little', 'Quite a lot', 'A great deal'] as const;

/**
 * One factor: whether it drains, is neutral or sustains, how strongly, and a private note. Each
 * radio group is named with the factor, so a screen reader says what is being marked.
 */
export function FactorRating({ factor, entry }: { factor: Factor; entry: Entry | undefined }) {
  const rating = isRating(entry) ? entry : undefined;
  const set = (next: Partial<{ feeling: Feeling; strength: 1 | 2 | 3; note: string }>) => {
    const feeling = next.feeling ?? rating?.feeling;
    if (!feeling) return;
    const note = next.note ?? rating?.note;
    rate(factor.id, {
      feeling,
      strength: next.strength ?? rating?.strength ?? 1,
      ...(note ? { note } : {}),
    });
  };
  const strengthName =
    rating?.feeling === 'sustaining'
      ? `How much ${factor.label} sustains you`
      : `How much ${factor.label} drains you`;
  return (
    <fieldset className="rating">
      <legend>{factor.label}</legend>
      <p className="rating__description">{factor.description}</p>
      <div
        role="radiogroup"
        aria-label={`How ${factor.label} affects you`}
        className="rating__choices"
      >
        {FEELINGS.map((f) => (
          <label key={f} className={`rating__choice rating__choice--${f}`}>
            <input
              type="radio"
              name={`feeling-${factor.id}`}
              value={f}
              checked={rating?.feeling === f}
              onChange={() => set({ feeling: f })}
            />
            <span aria-hidden="true" className="rating__glyph">
              {f === 'draining' ? '▼' : f === 'sustaining' ? '▲' : '●'}
            </span>{' '}
            {FEELING_LABELS[f]}
          </label>
        ))}
      </div>
      {rating && rating.feeling !== 'neutral' && (
        <div role="radiogroup" aria-label={strengthName} className="rating__choices">
          {STRENGTH_LABELS.map((label, i) => (
            <label key={label} className="rating__choice">
              <input
                type="radio"
                name={`strength-${factor.id}`}
                value={i + 1}
                checked={rating.strength === i + 1}
                onChange={() => set({ strength: (i + 1) as 1 | 2 | 3 })}
              />{' '}
              {label}
            </label>
          ))}
        </div>
      )}
      {rating && (
        <p className="rating__note">
          <label htmlFor={`note-${factor.id}`}>Private note on {factor.label} (optional)</label>
          <textarea
            id={`note-${factor.id}`}
            rows={2}
            maxLength={2000}
            defaultValue={rating.note ?? ''}
            onBlur={(e) => e.target.value !== (rating.note ?? '') && set({ note: e.target.value })}
          />
          <button type="button" className="link-button" onClick={() => rate(factor.id, null)}>
            Clear my answer for {factor.label}
          </button>
        </p>
      )}
    </fieldset>
  );
}
