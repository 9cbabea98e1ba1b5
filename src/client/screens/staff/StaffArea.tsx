// The staff area's frame: who is signed in, the tools their role allows (beside the tool at a
// desk, above it on a phone), and sign-in in place of a tool until someone is signed in.
import { For, type JSX, Show } from 'solid-js';
import type { StaffAction } from '../../../domain/staff';
import { useAppPath } from '../../frame/app-location';
import { useApp } from '../../frame/app-state';
import { PATHS } from '../../frame/paths';
import { StaffView } from './StaffView';
import './staff-area.css';

const TOOLS: ReadonlyArray<{ href: string; label: string; needs: StaffAction }> = [
  { href: PATHS.moderation, label: 'Moderation', needs: 'moderate' },
  { href: PATHS.responses, label: 'You said, we did', needs: 'read' },
  { href: PATHS.assessment, label: 'Strategic assessment', needs: 'export' },
  { href: PATHS.patrol, label: 'Patrol', needs: 'record-on-behalf' },
];

export function StaffArea(props: { tool?: { label: string; needs: StaffAction }; children?: JSX.Element }) {
  const app = useApp();
  const path = useAppPath();
  const tools = () => TOOLS.filter((t) => app.staff.can(t.needs));
  return (
    <StaffView session={app.staff} cspName={app.cspName} compact={!!props.tool}>
      <div class={props.tool ? 'staff-area with-tool' : 'staff-area'}>
        <Show when={tools().length > 0}>
          <nav class="staff-tools" aria-label="Staff tools">
            <ul>
              <For each={tools()}>
                {(t) => (
                  <li>
                    <a href={t.href} aria-current={path() === t.href ? 'page' : undefined}>
                      {t.label}
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </nav>
        </Show>
        <Show when={props.tool}>
          {(tool) => (
            <div class="staff-tool">
              <Show
                when={app.staff.can(tool().needs)}
                fallback={<p class="signpost">Your role does not include {tool().label.toLowerCase()}.</p>}
              >
                {props.children}
              </Show>
            </div>
          )}
        </Show>
      </div>
    </StaffView>
  );
}
