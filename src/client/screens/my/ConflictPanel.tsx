// Shown when the store refused an edit because the priority was changed there first (for
// example by a moderator): both versions side by side, and the author chooses.
export default function ConflictPanel(props: {
  mine: string;
  theirs: string;
  onKeep: (keep: 'mine' | 'theirs') => void;
}) {
  return (
    <fieldset class="conflict">
      <legend>Two versions of this priority</legend>
      <p>
        This priority was changed on the consultation store after you edited it. Which version should count?
      </p>
      <dl>
        <dt>The store's version</dt>
        <dd>{props.theirs || '(no description)'}</dd>
        <dt>Your version</dt>
        <dd>{props.mine || '(no description)'}</dd>
      </dl>
      <div class="item-actions">
        <button type="button" class="primary" onClick={() => props.onKeep('mine')}>
          Keep my version
        </button>
        <button type="button" class="secondary" onClick={() => props.onKeep('theirs')}>
          Use the store's version
        </button>
      </div>
    </fieldset>
  );
}
