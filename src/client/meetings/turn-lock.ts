// While an attendee's turn is open, the shared device shows only that turn: the frame hides its
// bar of destinations and header controls, the meeting room hides the chair's controls, and the
// meetings route refuses to be left (Back included) until the turn ends or the chair unlocks.
import { createSignal } from 'solid-js';

const [locked, setLocked] = createSignal(false);
const [refused, setRefused] = createSignal(0);

export const turnLocked = locked;
export const setTurnLocked = (on: boolean) => setLocked(on);

/** How many times leaving was refused during turns: the turn says why when it goes up. */
export const refusedLeaves = refused;
export const noteRefusedLeave = () => setRefused((n) => n + 1);
