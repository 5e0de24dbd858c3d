import type { PresenterRoom, Question, Snapshot } from './protocol';

/**
 * The live room's state in one sentence for the presenter (and the screen reader): the server
 * unreachable comes first, then a step that asks nothing, paused answers, how many have answered
 * against the threshold, and whether their answers are on show.
 * @example roomStatus({ room, snapshot: { answered: 3, shown: false, … }, connection: 'open', question }).text // '3 have answered. Their answers show once 5 have.'
 */
export function roomStatus({
  room,
  snapshot,
  connection,
  question,
  unplaced = 0,
}: {
  room: PresenterRoom | null;
  snapshot: Snapshot | null;
  connection: 'connecting' | 'open' | 'lost';
  question: Question | null;
  /** Factors whose counts the diagram has no room for (they are in the table). */
  unplaced?: number;
}): { text: string; tone: 'bad' | 'quiet' | 'good' } {
  if (connection === 'lost')
    return {
      text: 'The room server cannot be reached: trying again. The presentation works as before.',
      tone: 'bad',
    };
  // Once the room is known, a stream opening again is no news.
  if (!room) return { text: 'Connecting to the room…', tone: 'quiet' };
  if (!question)
    return {
      text: 'This step asks the room nothing. The overview and each domain ask.',
      tone: 'quiet',
    };
  const current = snapshot && snapshot.questionId === question.id ? snapshot : null;
  const answered = current?.answered ?? 0;
  const who = answered === 1 ? '1 has answered' : `${answered} have answered`;
  const paused = room.open ? '' : ' Answers are paused.';
  if (!current?.shown)
    return {
      text: `${who}. Their answers show once ${room.threshold} have.${paused}`,
      tone: 'quiet',
    };
  return {
    text: !room.resultsVisible
      ? `${who}: results are hidden.${paused}`
      : unplaced > 0
        ? `${who}: their answers are on the diagram, and in the table where it has no room.${paused}`
        : `${who}: their answers are on the diagram.${paused}`,
    tone: 'good',
  };
}
