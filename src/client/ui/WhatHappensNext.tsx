// What happens to a priority after it is saved: how it feeds the CSP's strategic assessment,
// when that is next written (the CSP's month, said as "next autumn"), and where progress will
// appear. Shown after Save on the add screen and in My priorities; reads the CSP from the
// config the device holds, so offline too.
import { Show } from 'solid-js';
import type { CspInfo } from '../../domain/areas';
import { assessmentDueWords, isAssessmentMonth } from '../../domain/assessment-due';
import { PATHS } from '../frame/paths';

export function WhatHappensNext(props: {
  csp: CspInfo | undefined;
  /** 'saved': after Save, pointing to My priorities; 'my': on My priorities itself. */
  where: 'saved' | 'my';
  today?: Date;
}) {
  const month = () => props.csp?.assessmentMonth;
  const due = () => {
    const m = month();
    return isAssessmentMonth(m) ? assessmentDueWords(m, props.today ?? new Date()) : undefined;
  };
  return (
    <div class="what-next">
      <Show
        when={props.csp}
        fallback={
          <p>
            An officer reads every priority first. Then it is counted with everyone else's, by theme and area,
            in your community safety partnership's strategic assessment: the yearly review that decides what
            the police, the council and their partners work on first.
          </p>
        }
      >
        {(csp) => (
          <p>
            An officer reads every priority first. Then it is counted with everyone else's, by theme and area,
            in the strategic assessment of {csp().name} Community Safety Partnership: the yearly review that
            decides what the police, the council and their partners work on first.
          </p>
        )}
      </Show>
      <Show
        when={due()}
        fallback={<p>The partnership has not said yet when it will write its next assessment.</p>}
      >
        {(words) => <p>Its next assessment is due to be written {words()}.</p>}
      </Show>
      <Show
        when={props.where === 'saved'}
        fallback={
          <p>When an officer records what was done about a priority ("you said, we did"), it appears here.</p>
        }
      >
        <p>
          When an officer records what was done about it ("you said, we did"), it will appear in{' '}
          <a href={PATHS.my}>My priorities</a>.
        </p>
      </Show>
    </div>
  );
}
