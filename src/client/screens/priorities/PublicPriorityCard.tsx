// One published priority: theme, what was said, where (ward), when, how many back it, its latest
// progress ("you said, we did") and "me too".
import { Match, Show, Switch } from 'solid-js';
import type { PublicPriority } from '../../../domain/public';
import { PATHS } from '../../frame/paths';
import { themeText } from '../../i18n/theme-text';
import type { WardCollection } from '../../sync/reference-data';
import { formatDate } from '../../ui/dates';
import { MeTooButton, supportText } from '../../ui/MeToo';
import { PublicProgress } from './PublicProgress';

export function wardName(wards: WardCollection | undefined, code: string | null): string {
  if (!code) return 'Ward not known';
  const name = wards?.features.find((f) => f.properties.code === code)?.properties.name;
  return name ? `${name} ward` : code;
}

export function PublicPriorityCard(props: {
  priority: PublicPriority;
  wards: WardCollection | undefined;
  headingLevel?: 2 | 3 | 4;
  onBacked?: () => void;
  /** The heading links to the priority's own screen (lists); not on that screen itself. */
  linked?: boolean;
}) {
  const headingId = () => `pp-${props.priority.id}`;
  const heading = () =>
    props.linked ? (
      <a href={PATHS.publicOne(props.priority.id)}>{themeText(props.priority.themeKey)}</a>
    ) : (
      themeText(props.priority.themeKey)
    );
  return (
    <article class="public-priority">
      <Switch fallback={<h3 id={headingId()}>{heading()}</h3>}>
        <Match when={props.headingLevel === 4}>
          <h4 id={headingId()}>{heading()}</h4>
        </Match>
        <Match when={props.headingLevel === 2}>
          <h2 id={headingId()}>{heading()}</h2>
        </Match>
      </Switch>
      <Show when={props.priority.description}>
        <p>{props.priority.description}</p>
      </Show>
      <p class="meta">
        {wardName(props.wards, props.priority.wardCode)} · raised {formatDate(props.priority.createdOn)} ·{' '}
        {supportText(props.priority)}
      </p>
      <PublicProgress progress={props.priority.progress} />
      <MeTooButton priority={props.priority} describedBy={headingId()} onBacked={props.onBacked} />
    </article>
  );
}
