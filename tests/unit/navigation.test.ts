import { describe, expect, it } from 'vitest';
import { keyboardRings, nextFocus } from '../../src/layout/navigation';
import { bundledIndex } from './helpers';

const index = bundledIndex();
const top = keyboardRings(index, null);

describe('keyboard movement in the diagram', () => {
  it('goes round the factor ring with Left/Right, wrapping at the ends', () => {
    expect(nextFocus(index, top, 'media-portrayal', 'ArrowRight', null)).toEqual({
      focus: 'patient-behaviors-and-expectations',
    });
    expect(nextFocus(index, top, 'media-portrayal', 'ArrowLeft', null)).toEqual({
      focus: 'discrimination-and-bias',
    });
    expect(nextFocus(index, top, 'teamwork-skills', 'ArrowRight', null)).toEqual({
      focus: 'societal-expectations',
    });
    expect(nextFocus(index, top, 'societal-expectations', 'ArrowLeft', null)).toEqual({
      focus: 'teamwork-skills',
    });
  });

  it('moves between rings with Up (out to factors) and Down (in to the domain)', () => {
    expect(nextFocus(index, top, 'media-portrayal', 'ArrowDown', null)).toEqual({
      focus: 'society-and-culture',
    });
    expect(nextFocus(index, top, 'personal-factors', 'ArrowUp', null)).toEqual({
      focus: 'personal-support-system',
    });
    expect(nextFocus(index, top, 'media-portrayal', 'ArrowUp', null)).toBeNull();
  });

  it('goes round the domain ring, and jumps to the ends with Home/End', () => {
    expect(nextFocus(index, top, 'skills-and-abilities', 'ArrowRight', null)).toEqual({
      focus: 'society-and-culture',
    });
    expect(nextFocus(index, top, 'rules-and-regulations', 'Home', null)).toEqual({
      focus: 'society-and-culture',
    });
    expect(nextFocus(index, top, 'autonomy', 'End', null)).toEqual({ focus: 'teamwork-skills' });
  });

  it('stays within the zoomed domain’s factors, and zooms to the next domain from the domain ring', () => {
    const zoomed = keyboardRings(index, 'rules-and-regulations');
    expect(zoomed.factors).toHaveLength(9);
    expect(
      nextFocus(index, zoomed, 'reimbursement-structure', 'ArrowRight', 'rules-and-regulations'),
    ).toEqual({
      focus: 'accreditation-and-ratings',
    });
    expect(
      nextFocus(index, zoomed, 'rules-and-regulations', 'ArrowRight', 'rules-and-regulations'),
    ).toEqual({
      navigateToDomain: 'organizational-factors',
    });
  });
});
